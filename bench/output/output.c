// SPDX-License-Identifier: MIT
/*
 * output.c - one output layer: each result becomes a list of {key, value}
 * fields once, and the CSV row, the --json line and the text line are all
 * written from that list.  The CSV schemas are those of docs/abi.md and pdbench(1).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pdbench.h"

static const char *hdr[] = {
	[PDB_CPU] = "run_id,transport,device,placement,target_gbps,achieved_gbps,msg_bytes,conns,repeat,"
		    "duration_s,app_cores,driver_cores,device_cores,paper_cores,total_cores,xcore_gbps,status",
	[PDB_SCALE] = "run_id,transport,device,placement,conns,msg_bytes,repeat,duration_s,gbps,mops,"
		      "normalized,xcore_gbps,status",
	[PDB_LATENCY] = "run_id,transport,device,placement,wait,msg_bytes,repeat,samples,p50_us,p90_us,"
			"p99_us,p999_us,max_us,xcore_gbps,status",
	[PDB_STACK] = "run_id,figure,transport,device,placement,msg_bytes,repeat,value,unit,app_cores,"
		      "driver_cores,device_cores,status",
};
static const char *csv_name[] = { [PDB_CPU] = "cpu.csv", [PDB_SCALE] = "scale.csv",
				  [PDB_LATENCY] = "latency.csv", [PDB_STACK] = "stack.csv" };

struct field {
	const char *key;
	char val[192];
	bool str;	/* JSON string (else number; empty = null) */
};

static void put(struct field *f, unsigned *n, const char *key, bool str, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
static void put(struct field *f, unsigned *n, const char *key, bool str, const char *fmt, ...)
{
	va_list ap;

	f[*n].key = key;
	f[*n].str = str;
	va_start(ap, fmt);
	vsnprintf(f[*n].val, sizeof(f[*n].val), fmt, ap);
	va_end(ap);
	(*n)++;
}

static unsigned fields(const struct pdb_ctx *c, const struct pdb_result *r, struct field *f)
{
	unsigned n = 0;

	put(f, &n, "run_id", true, "%s", c->run_id);
	if (c->cmd == PDB_STACK)
		put(f, &n, "figure", true, "%s", r->figure ? r->figure : "");
	put(f, &n, "transport", true, "%s", r->transport);
	put(f, &n, "device", true, "%s", r->device);
	put(f, &n, "placement", true, "%s", r->placement ? r->placement : pdb_place_name[c->place]);
	if (c->cmd == PDB_LATENCY)
		put(f, &n, "wait", true, "%s", r->wait ? r->wait : "sleep");
	switch (c->cmd) {
	case PDB_CPU:
		put(f, &n, "target_gbps", false, "%g", r->target_gbps);
		if (r->measured) {
			put(f, &n, "achieved_gbps", false, "%.3f", r->achieved_gbps);
		} else {
			put(f, &n, "achieved_gbps", false, "%s", "");
		}
		put(f, &n, "msg_bytes", false, "%llu", (unsigned long long)r->msg_bytes);
		put(f, &n, "conns", false, "%u", r->conns);
		put(f, &n, "repeat", true, "%s", r->repeat);
		put(f, &n, "duration_s", false, "%g", r->duration_s);
		if (r->measured) {
			put(f, &n, "app_cores", false, "%.3f", r->app_cores);
			put(f, &n, "driver_cores", false, "%.3f", r->driver_cores);
			put(f, &n, "device_cores", false, "%.3f", r->device_cores);
			put(f, &n, "paper_cores", false, "%.3f", r->paper_cores);
			put(f, &n, "total_cores", false, "%.3f", r->total_cores);
		} else {
			const char *k[] = { "app_cores", "driver_cores", "device_cores", "paper_cores",
					    "total_cores" };

			for (int i = 0; i < 5; i++)
				put(f, &n, k[i], false, "%s", "");
		}
		break;
	case PDB_SCALE:
		put(f, &n, "conns", false, "%u", r->conns);
		put(f, &n, "msg_bytes", false, "%llu", (unsigned long long)r->msg_bytes);
		put(f, &n, "repeat", true, "%s", r->repeat);
		put(f, &n, "duration_s", false, "%g", r->duration_s);
		if (r->measured) {
			put(f, &n, "gbps", false, "%.3f", r->achieved_gbps);
			put(f, &n, "mops", false, "%.4f", r->mops);
			put(f, &n, "normalized", false, "%.4f", r->normalized);
		} else {
			put(f, &n, "gbps", false, "%s", "");
			put(f, &n, "mops", false, "%s", "");
			put(f, &n, "normalized", false, "%s", "");
		}
		break;
	case PDB_STACK:
		put(f, &n, "msg_bytes", false, "%llu", (unsigned long long)r->msg_bytes);
		put(f, &n, "repeat", true, "%s", r->repeat);
		if (r->measured)
			put(f, &n, "value", false, "%.3f", r->value);
		else
			put(f, &n, "value", false, "%s", "");
		put(f, &n, "unit", true, "%s", r->unit ? r->unit : "");
		if (r->measured && !strcmp(r->figure ? r->figure : "", "throughput")) {
			put(f, &n, "app_cores", false, "%.3f", r->app_cores);
			put(f, &n, "driver_cores", false, "%.3f", r->driver_cores);
			put(f, &n, "device_cores", false, "%.3f", r->device_cores);
		} else {
			for (int i = 0; i < 3; i++)
				put(f, &n, i == 0 ? "app_cores" : i == 1 ? "driver_cores" : "device_cores", false,
				    "%s", "");
		}
		break;
	default:
		put(f, &n, "msg_bytes", false, "%llu", (unsigned long long)r->msg_bytes);
		put(f, &n, "repeat", true, "%s", r->repeat);
		if (r->measured) {
			put(f, &n, "samples", false, "%llu", (unsigned long long)r->samples);
			put(f, &n, "p50_us", false, "%.3f", r->p50);
			put(f, &n, "p90_us", false, "%.3f", r->p90);
			put(f, &n, "p99_us", false, "%.3f", r->p99);
			put(f, &n, "p999_us", false, "%.3f", r->p999);
			put(f, &n, "max_us", false, "%.3f", r->max);
		} else {
			const char *k[] = { "samples", "p50_us", "p90_us", "p99_us", "p999_us", "max_us" };

			for (int i = 0; i < 6; i++)
				put(f, &n, k[i], false, "%s", "");
		}
		break;
	}
	if (c->cmd != PDB_STACK) {
		/* the host's floor around the repeat (median row: the repeats' median); empty: not probed */
		if (r->xcore_gbps > 0)
			put(f, &n, "xcore_gbps", false, "%.1f", r->xcore_gbps);
		else
			put(f, &n, "xcore_gbps", false, "%s", "");
	}
	put(f, &n, "status", true, "%s", r->status);
	return n;
}

static void csv_value(FILE *o, const char *v)
{
	if (!strpbrk(v, ",\"\n")) {
		fputs(v, o);
		return;
	}
	fputc('"', o);
	for (; *v; v++) {
		if (*v == '"')
			fputc('"', o);
		fputc(*v == '\n' ? ' ' : *v, o);
	}
	fputc('"', o);
}

static void json_string(FILE *o, const char *v)
{
	fputc('"', o);
	for (; *v; v++) {
		if (*v == '"' || *v == '\\')
			fprintf(o, "\\%c", *v);
		else if ((unsigned char)*v < 32)
			fprintf(o, "\\u%04x", *v);
		else
			fputc(*v, o);
	}
	fputc('"', o);
}

void pdb_out_open(struct pdb_ctx *c)
{
	char path[PATH_MAX + 16];

	if (c->o.dry_run || !hdr[c->cmd])
		return;
	snprintf(path, sizeof(path), "%s/%s", c->outdir, csv_name[c->cmd]);
	c->csv = fopen(path, "w");
	if (!c->csv) {
		fprintf(stderr, "pdbench: cannot write %s: %s\n", path, strerror(errno));
		return;
	}
	fprintf(c->csv, "%s\n", hdr[c->cmd]);
	fflush(c->csv);
}

void pdb_out_close(struct pdb_ctx *c)
{
	if (c->csv)
		fclose(c->csv);
	c->csv = NULL;
}

void pdb_emit(struct pdb_ctx *c, const struct pdb_result *r)
{
	struct field f[24];
	unsigned n = fields(c, r, f);

	pdb_progress_done(c);
	if (c->csv) {
		for (unsigned i = 0; i < n; i++) {
			if (i)
				fputc(',', c->csv);
			csv_value(c->csv, f[i].val);
		}
		fputc('\n', c->csv);
		fflush(c->csv);
	}
	if (c->o.json) {
		fputc('{', stdout);
		for (unsigned i = 0; i < n; i++) {
			printf("%s\"%s\":", i ? "," : "", f[i].key);
			if (f[i].str)
				json_string(stdout, f[i].val);
			else
				fputs(f[i].val[0] ? f[i].val : "null", stdout);
		}
		/* not a CSV column: the processes' own run time, the cross-check of the cgroups */
		if (c->cmd == PDB_CPU && r->measured)
			printf(",\"exact_cores\":%.3f", r->exact_cores);
		fputs("}\n", stdout);
	} else if (!c->o.quiet && !strcmp(r->repeat, "median")) {
		for (unsigned i = 1; i < n; i++)
			if (f[i].val[0] && strcmp(f[i].key, "repeat"))
				printf("%s%s=%s", i > 1 ? " " : "", f[i].key, f[i].val);
		putchar('\n');
	}
	fflush(stdout);
}

void pdb_progress(struct pdb_ctx *c, const char *fmt, ...)
{
	va_list ap;

	if (c->o.quiet || c->o.dry_run || !isatty(2))
		return;
	fputs("\r\033[K", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fflush(stderr);
}

void pdb_progress_done(struct pdb_ctx *c)
{
	if (!c->o.quiet && !c->o.dry_run && isatty(2))
		fputs("\r\033[K", stderr);
}

void pdb_skip(struct pdb_ctx *c, struct pdb_result *r, const char *fmt, ...)
{
	va_list ap;
	int l = snprintf(r->status, sizeof(r->status), "skipped: ");

	(void)c;
	va_start(ap, fmt);
	vsnprintf(r->status + l, sizeof(r->status) - (size_t)l, fmt, ap);
	va_end(ap);
	r->measured = false;
}

/*
 * Whole-machine busy cores over the same window (1 - Δidle/Δwall summed over
 * cores) beside the containers' exact share: logs/host-busy.csv.  Not part of
 * the cpu schema; the difference is everything else on the machine (other
 * tenants, softirq time charged to no container).
 */
static void host_busy(struct pdb_ctx *c, const struct pdb_result *r)
{
	char path[PATH_MAX + 32];
	bool fresh;
	FILE *f;

	if (c->cmd != PDB_CPU || !r->measured || c->o.dry_run)
		return;
	snprintf(path, sizeof(path), "%s/logs/host-busy.csv", c->outdir);
	fresh = access(path, F_OK) != 0;
	f = fopen(path, "a");
	if (!f)
		return;
	if (fresh)
		fputs("run_id,transport,target_gbps,repeat,host_busy_cores,total_cores\n", f);
	fprintf(f, "%s,%s,%g,%s,%.3f,%.3f\n", c->run_id, r->transport, r->target_gbps, r->repeat,
		r->host_busy_cores, r->total_cores);
	fclose(f);
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* median (mean of the middle two for even counts), min, max of field off */
static void stat3(struct pdb_result *reps, unsigned n, size_t off, double out[3])
{
	double v[128];
	unsigned k = 0;

	for (unsigned i = 0; i < n && k < 128; i++)
		if (reps[i].measured)
			v[k++] = *(double *)((char *)&reps[i] + off);
	if (!k)
		return;
	qsort(v, k, sizeof(v[0]), cmp_d);
	out[0] = k % 2 ? v[k / 2] : (v[k / 2 - 1] + v[k / 2]) / 2;
	out[1] = v[0];
	out[2] = v[k - 1];
}

static void set_status(struct pdb_ctx *c, struct pdb_result *r)
{
	/* 5 % slack: paced senders count start-up in their average; below that the
	 * target was not met (and the achieved rate is reported as it is) */
	if (c->cmd == PDB_CPU && r->target_gbps > 0 && r->achieved_gbps < 0.95 * r->target_gbps)
		snprintf(r->status, sizeof(r->status), "target-not-met");
	else
		snprintf(r->status, sizeof(r->status), "ok");
}

/*
 * One row per repeat, then median, min and max rows (each column's own
 * median/min/max over the repeats that measured something).
 */
void pdb_summarize(struct pdb_ctx *c, struct pdb_result *reps, unsigned n)
{
	static const size_t offs[] = {
		offsetof(struct pdb_result, achieved_gbps), offsetof(struct pdb_result, app_cores),
		offsetof(struct pdb_result, driver_cores), offsetof(struct pdb_result, device_cores),
		offsetof(struct pdb_result, paper_cores), offsetof(struct pdb_result, total_cores),
		offsetof(struct pdb_result, host_busy_cores), offsetof(struct pdb_result, exact_cores),
		offsetof(struct pdb_result, mops),
		offsetof(struct pdb_result, normalized), offsetof(struct pdb_result, p50),
		offsetof(struct pdb_result, p90), offsetof(struct pdb_result, p99),
		offsetof(struct pdb_result, p999), offsetof(struct pdb_result, max),
		offsetof(struct pdb_result, value), offsetof(struct pdb_result, xcore_gbps),
	};
	static const char *names[3] = { "median", "min", "max" };
	struct pdb_result s[3];
	unsigned measured = 0;
	uint64_t samples = 0;

	for (unsigned i = 0; i < n; i++) {
		snprintf(reps[i].repeat, sizeof(reps[i].repeat), "%u", i + 1);
		host_busy(c, &reps[i]);
		if (reps[i].measured) {
			set_status(c, &reps[i]);
			measured++;
			samples += reps[i].samples;
		}
		pdb_emit(c, &reps[i]);
	}
	for (int k = 0; k < 3; k++) {
		s[k] = reps[0];
		snprintf(s[k].repeat, sizeof(s[k].repeat), "%s", names[k]);
	}
	if (!measured) {
		pdb_emit(c, &s[0]);
		/* a run that failed (not a point that cannot run here) fails the command */
		if (!strncmp(reps[0].status, "skipped: error", 14))
			c->errors++;
		return;
	}
	for (size_t j = 0; j < sizeof(offs) / sizeof(offs[0]); j++) {
		double v[3] = { 0, 0, 0 };

		stat3(reps, n, offs[j], v);
		for (int k = 0; k < 3; k++) {
			*(double *)((char *)&s[k] + offs[j]) = v[k];
			s[k].measured = true;
		}
	}
	for (int k = 0; k < 3; k++) {
		s[k].samples = samples / measured;
		set_status(c, &s[k]);
		pdb_emit(c, &s[k]);
	}
	if (measured < n)
		c->errors++;
}
