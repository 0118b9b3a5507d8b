// SPDX-License-Identifier: MIT
/*
 * env.c - env.json: the machine, kernel, CPU, memory, hugepages, tool
 * versions, hardware counters and the options of each subcommand run into
 * this directory (options-<cmd>.json, merged into env.json).
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "pdbench.h"

static void jstr(FILE *o, const char *v)
{
	fputc('"', o);
	for (; v && *v; v++) {
		if (*v == '"' || *v == '\\')
			fprintf(o, "\\%c", *v);
		else if ((unsigned char)*v < 32)
			fputc(' ', o);
		else
			fputc(*v, o);
	}
	fputc('"', o);
}

/* First line a command prints (stdout+stderr), colours removed; "" if none. */
static void first_line(const char *cmd, char *buf, size_t n)
{
	FILE *p = popen(cmd, "r");

	buf[0] = 0;
	if (!p)
		return;
	if (fgets(buf, (int)n, p)) {
		buf[strcspn(buf, "\n")] = 0;
		pdb_strip_ansi(buf);
	}
	pclose(p);
}

static long meminfo(const char *key)
{
	char *s = pdb_slurp("/proc/meminfo"), *p = s ? strstr(s, key) : NULL;
	long v = p ? atol(p + strlen(key)) : -1;

	free(s);
	return v;
}

static void options_json(struct pdb_ctx *c, int argc, char **argv)
{
	char path[PATH_MAX + 32], rate[32];
	static const char *names[] = { "doctor", "cpu", "scale", "latency", "plot", "report", "cleanup" };
	FILE *o;

	snprintf(path, sizeof(path), "%s/options-%s.json", c->outdir, names[c->cmd]);
	o = fopen(path, "w");
	if (!o)
		return;
	fputs("{\"argv\":[", o);
	for (int i = 0; i < argc; i++) {
		if (i)
			fputc(',', o);
		jstr(o, argv[i]);
	}
	fputs("],\"transports\":", o);
	jstr(o, c->o.transports);
	fputs(",\"device\":", o);
	jstr(o, c->o.device);
	fputs(",\"runtime\":", o);
	jstr(o, c->o.runtime);
	fprintf(o, ",\"duration_s\":%g,\"repeat\":%u,\"msg_bytes\":%llu,\"conns\":%u,\"from\":%u",
		c->o.duration_s, c->o.repeat, (unsigned long long)c->o.msg_size, c->o.conns, c->o.from);
	fputs(",\"targets\":[", o);
	for (unsigned i = 0; i < c->o.ntargets; i++) {
		pdb_fmt_rate(c->o.targets_bps[i], rate, sizeof(rate));
		fprintf(o, "%s\"%s\"", i ? "," : "", rate);
	}
	fprintf(o, "],\"cpus\":{\"a\":\"%s\",\"b\":\"%s\",\"drv\":\"%s\",\"dev\":\"%s\"}}\n",
		c->cpus[PDB_A], c->cpus[PDB_B], c->cpus[PDB_DRV], c->cpus[PDB_DEV]);
	fclose(o);
}

/* perf stat -x, prints "<count>,,cycles,..." or "<not supported>,,cycles,..." */
static bool isdigit_line(const char *s)
{
	return *s >= '0' && *s <= '9';
}

int pdb_write_env(struct pdb_ctx *c, int argc, char **argv)
{
	char path[PATH_MAX + 16], line[256], *cpuinfo, *model = NULL, *hp;
	struct utsname u;
	struct dirent *e;
	DIR *d;
	FILE *o;
	static const struct { const char *name, *cmd; } tools[] = {
		{ "iperf3", "iperf3 --version 2>&1" },
		{ "sockperf", "sockperf --version 2>&1 | grep -m1 version" },
		{ "perftest", "ib_write_bw --version 2>&1" },
		{ "gnuplot", "gnuplot --version 2>&1" },
		{ "perf", "perf --version 2>&1" },
		{ "iproute2", "ip -V 2>&1" },
		{ "cc", "${CC:-gcc} --version 2>&1" },
	};

	options_json(c, argc, argv);
	snprintf(path, sizeof(path), "%s/env.json", c->outdir);
	o = fopen(path, "w");
	if (!o)
		return -errno;
	uname(&u);
	cpuinfo = pdb_slurp("/proc/cpuinfo");
	if (cpuinfo && (model = strstr(cpuinfo, "model name"))) {
		model = strchr(model, ':');
		model = model ? model + 2 : NULL;
		if (model)
			model[strcspn(model, "\n")] = 0;
	}
	fputs("{\n  \"run_id\": ", o);
	jstr(o, c->run_id);
	fprintf(o, ",\n  \"date\": %ld,\n  \"machine\": ", (long)time(NULL));
	jstr(o, u.nodename);
	fputs(",\n  \"arch\": ", o);
	jstr(o, u.machine);
	fputs(",\n  \"kernel\": ", o);
	snprintf(line, sizeof(line), "%s %s", u.release, u.version);
	jstr(o, line);
	fputs(",\n  \"cpu_model\": ", o);
	jstr(o, model ? model : "unknown");
	fprintf(o, ",\n  \"cores\": %ld,\n  \"mem_total_kb\": %ld,\n  \"mem_available_kb\": %ld",
		sysconf(_SC_NPROCESSORS_ONLN), meminfo("MemTotal:"), meminfo("MemAvailable:"));
	hp = pdb_slurp("/proc/sys/vm/nr_hugepages");
	fprintf(o, ",\n  \"hugepages\": {\"nr\": %ld, \"free\": %ld, \"size_kb\": %ld}",
		hp ? atol(hp) : -1, meminfo("HugePages_Free:"), meminfo("Hugepagesize:"));
	free(hp);
	fprintf(o, ",\n  \"cgroup\": \"%s\"", c->cg_v1 ? "v1 cpuset+cpuacct" : "v2 cpu.stat");
	fputs(",\n  \"tools\": {", o);
	for (size_t i = 0; i < sizeof(tools) / sizeof(tools[0]); i++) {
		first_line(tools[i].cmd, line, sizeof(line));
		fprintf(o, "%s\"%s\": ", i ? ", " : "", tools[i].name);
		jstr(o, line);
	}
	/* hardware counters: recorded only if perf can count cycles here */
	first_line("perf stat -x, -e cycles,instructions true 2>&1 | head -1", line, sizeof(line));
	fputs("},\n  \"perf_counters\": ", o);
	if (line[0] && isdigit_line(line))
		fprintf(o, "{\"available\": true, \"sample\": \"%s\"}", line);
	else
		fputs("{\"available\": false, \"reason\": \"cycles/instructions not supported (no PMU)\"}", o);
	fputs(",\n  \"options\": {", o);
	d = opendir(c->outdir);
	for (bool first = true; d && (e = readdir(d));) {
		char *s;
		size_t l = strlen(e->d_name);

		if (strncmp(e->d_name, "options-", 8) || l < 14 || strcmp(e->d_name + l - 5, ".json"))
			continue;
		snprintf(path, sizeof(path), "%s/%s", c->outdir, e->d_name);
		s = pdb_slurp(path);
		if (!s)
			continue;
		s[strcspn(s, "\n")] = 0;
		fprintf(o, "%s\"%.*s\": %s", first ? "" : ", ", (int)(l - 13), e->d_name + 8, s);
		first = false;
		free(s);
	}
	if (d)
		closedir(d);
	fputs("}\n}\n", o);
	free(cpuinfo);
	return fclose(o) ? -errno : 0;
}
