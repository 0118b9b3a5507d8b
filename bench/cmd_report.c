// SPDX-License-Identifier: MIT
/*
 * cmd_report.c - pdbench report [RUN]: report.md setting each claim of
 * results/paper/claims.csv beside this run's figure, with a verdict and the
 * conditions under which each was measured.
 *
 * Verdicts: consistent (same sign, within 30 % of the paper's value; for
 * normalized throughput within 0.1), same direction (same sign, different
 * size), contradicted, not comparable (a target was not met here), not
 * measured (skipped or absent).
 */
#include <dirent.h>
#include <errno.h>
#include <libgen.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pdbench.h"

struct run {
	char dir[PATH_MAX];
	struct pdb_csv cpu, scale, lat;
	char *env;
};

static const char *cell(const struct pdb_csv *t, unsigned r, const char *col)
{
	int i = pdb_csv_col(t, col);

	return i < 0 || r >= t->nrow ? "" : t->row[r][i];
}

/* the median row of transport at target (cpu) or conns (scale); -1 if none */
static int find(const struct pdb_csv *t, const char *transport, const char *key, double v)
{
	for (unsigned r = 0; r < t->nrow; r++)
		if (!strcmp(cell(t, r, "transport"), transport) && !strcmp(cell(t, r, "repeat"), "median") &&
		    atof(cell(t, r, key)) == v)
			return (int)r;
	return -1;
}

static bool ok_row(const struct pdb_csv *t, int r)
{
	return r >= 0 && !strncmp(cell(t, (unsigned)r, "status"), "ok", 2);
}

static bool measured(const struct pdb_csv *t, int r)
{
	return r >= 0 && strncmp(cell(t, (unsigned)r, "status"), "skipped", 7);
}

/* The target to compare at: the claim's own if this run has it for every transport, else the
 * highest target at which all of them were measured. */
/*
 * The target to compare at: the claim's own where both transports met it, else the highest
 * target both met, else the claim's own if both measured it, else the highest both measured.
 */
static double pick_target(const struct pdb_csv *t, double want, const char *a, const char *b)
{
	double best = -1;

	for (int pass = 0; pass < 2; pass++) {
		bool (*good)(const struct pdb_csv *, int) = pass ? measured : ok_row;
		int rb = b && *b ? find(t, b, "target_gbps", want) : -2;

		if (good(t, find(t, a, "target_gbps", want)) && (rb == -2 || good(t, rb)))
			return want;
		for (unsigned r = 0; r < t->nrow; r++) {
			double g = atof(cell(t, r, "target_gbps"));
			int ra = find(t, a, "target_gbps", g);

			rb = b && *b ? find(t, b, "target_gbps", g) : -2;
			if (g > best && good(t, ra) && (rb == -2 || good(t, rb)))
				best = g;
		}
		if (best >= 0)
			return best;
	}
	return best;
}

static const char *verdict(double run, double paper, bool normalized)
{
	if (normalized)
		return fabs(run - paper) <= 0.1 ? "consistent" : run < paper ? "below the paper" : "above the paper";
	if ((run > 0) != (paper > 0))
		return "contradicted";
	return fabs(run - paper) <= 0.3 * fabs(paper) ? "consistent" : "same direction, different size";
}

static void why_not(const struct pdb_csv *t, int r, const char *tr, char *buf, size_t n)
{
	if (r < 0)
		snprintf(buf, n, "%s not in this run", tr);
	else
		snprintf(buf, n, "%s: %s", tr, cell(t, (unsigned)r, "status"));
}

static void claim_cpu(FILE *o, const struct run *R, const struct pdb_csv *cl, unsigned i)
{
	const char *metric = cell(cl, i, "metric"), *tr = cell(cl, i, "transport");
	const char *base = cell(cl, i, "baseline");
	double paper = atof(cell(cl, i, "paper_value"));
	double g = pick_target(&R->cpu, atof(cell(cl, i, "target_gbps")), tr, base);
	int a = find(&R->cpu, tr, "target_gbps", g), b = *base ? find(&R->cpu, base, "target_gbps", g) : -1;
	char val[96] = "-", cond[320], why[200];
	const char *v;

	if (g < 0 || !measured(&R->cpu, a) || (*base && !measured(&R->cpu, b))) {
		why_not(&R->cpu, measured(&R->cpu, a) ? b : a, measured(&R->cpu, a) ? base : tr, why,
			sizeof(why));
		fprintf(o, "| %s | %s | %g %s | - | not measured | %s |\n", cell(cl, i, "id"),
			cell(cl, i, "claim"), paper, cell(cl, i, "unit"), why);
		return;
	}
	double pa = atof(cell(&R->cpu, (unsigned)a, "paper_cores"));
	double pb = b >= 0 ? atof(cell(&R->cpu, (unsigned)b, "paper_cores")) : 0;
	double run = !strcmp(metric, "saved_cores") ? pb - pa
		     : !strcmp(metric, "saved_fraction") ? (pb > 0 ? 1 - pa / pb : 0) : pa;

	snprintf(val, sizeof(val), "%.3g %s", run, cell(cl, i, "unit"));
	if (!ok_row(&R->cpu, a) || (b >= 0 && !ok_row(&R->cpu, b)))
		v = "not comparable (target not met here)";
	else if (g != atof(cell(cl, i, "target_gbps")) && strcmp(metric, "saved_fraction"))
		v = "not comparable (cores at a lower target)";
	else
		v = verdict(run, paper, false);
	snprintf(cond, sizeof(cond), "target %gG%s; %s %s Gbit/s, %s paper_cores (%s)", g,
		 g != atof(cell(cl, i, "target_gbps")) ? " (not the paper's target)" : "", tr,
		 cell(&R->cpu, (unsigned)a, "achieved_gbps"), cell(&R->cpu, (unsigned)a, "paper_cores"),
		 cell(&R->cpu, (unsigned)a, "status"));
	if (b >= 0)
		snprintf(cond + strlen(cond), sizeof(cond) - strlen(cond), "; %s %s Gbit/s, %s (%s)", base,
			 cell(&R->cpu, (unsigned)b, "achieved_gbps"), cell(&R->cpu, (unsigned)b, "paper_cores"),
			 cell(&R->cpu, (unsigned)b, "status"));
	fprintf(o, "| %s | %s | %g %s | %s | %s | %s |\n", cell(cl, i, "id"), cell(cl, i, "claim"), paper,
		cell(cl, i, "unit"), val, v, cond);
}

static void claim_scale(FILE *o, const struct run *R, const struct pdb_csv *cl, unsigned i)
{
	const char *tr = cell(cl, i, "transport");
	double paper = atof(cell(cl, i, "paper_value")), want = atof(cell(cl, i, "conns")), best = -1;
	char why[200];
	int r = find(&R->scale, tr, "conns", want);

	if (!measured(&R->scale, r)) {
		for (unsigned k = 0; k < R->scale.nrow; k++) {
			double n = atof(cell(&R->scale, k, "conns"));

			if (n > best && measured(&R->scale, find(&R->scale, tr, "conns", n)))
				best = n;
		}
		if (best > 0)
			r = find(&R->scale, tr, "conns", best);
	}
	if (!measured(&R->scale, r)) {
		why_not(&R->scale, r, tr, why, sizeof(why));
		fprintf(o, "| %s | %s | %g | - | not measured | %s |\n", cell(cl, i, "id"), cell(cl, i, "claim"),
			paper, why);
		return;
	}
	/* when the paper's count did not measure here, say why beside the count used */
	why[0] = 0;
	if (best > 0) {
		int w = find(&R->scale, tr, "conns", want);

		if (w >= 0)
			snprintf(why, sizeof(why), "; %g connections: %s", want, cell(&R->scale, (unsigned)w, "status"));
	}
	fprintf(o, "| %s | %s | %g | %s | %s | %s connections (%s), %s-byte messages, %s Gbit/s%s |\n",
		cell(cl, i, "id"), cell(cl, i, "claim"), paper, cell(&R->scale, (unsigned)r, "normalized"),
		best > 0 ? "not comparable (fewer connections)"
			 : verdict(atof(cell(&R->scale, (unsigned)r, "normalized")), paper, true),
		cell(&R->scale, (unsigned)r, "conns"), best > 0 ? "largest measured" : "as the paper",
		cell(&R->scale, (unsigned)r, "msg_bytes"), cell(&R->scale, (unsigned)r, "gbps"), why);
}

static void table(FILE *o, const struct pdb_csv *t, const char *title)
{
	if (!t->nrow)
		return;
	fprintf(o, "\n### %s (median rows)\n\n|", title);
	for (unsigned f = 1; f < t->nfield; f++)
		if (strcmp(t->field[f], "repeat"))
			fprintf(o, " %s |", t->field[f]);
	fputs("\n|", o);
	for (unsigned f = 1; f < t->nfield; f++)
		if (strcmp(t->field[f], "repeat"))
			fputs("---|", o);
	fputc('\n', o);
	for (unsigned r = 0; r < t->nrow; r++) {
		if (strcmp(cell(t, r, "repeat"), "median"))
			continue;
		fputc('|', o);
		for (unsigned f = 1; f < t->nfield; f++)
			if (strcmp(t->field[f], "repeat"))
				fprintf(o, " %s |", t->row[r][f]);
		fputc('\n', o);
	}
}

/* RUN: a directory, a run id under results/, or the newest run under results/ */
static int resolve(const char *arg, char *dir, size_t n)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	time_t newest = 0;

	if (arg) {
		snprintf(dir, n, "%s", arg);
		if (!stat(dir, &st) && S_ISDIR(st.st_mode))
			return 0;
		snprintf(dir, n, "results/%s", arg);
		return !stat(dir, &st) && S_ISDIR(st.st_mode) ? 0 : -ENOENT;
	}
	d = opendir("results");
	while (d && (e = readdir(d))) {
		char p[PATH_MAX], c[PATH_MAX + 16];

		if (e->d_name[0] == '.' || !strcmp(e->d_name, "paper"))
			continue;
		snprintf(p, sizeof(p), "results/%s", e->d_name);
		snprintf(c, sizeof(c), "%s/env.json", p);
		if (!stat(c, &st) && st.st_mtime >= newest) {
			newest = st.st_mtime;
			snprintf(dir, n, "%s", p);
		}
	}
	if (d)
		closedir(d);
	return newest ? 0 : -ENOENT;
}

static void env_line(FILE *o, const char *env, const char *key, const char *label)
{
	char pat[64];
	const char *p;

	snprintf(pat, sizeof(pat), "\"%s\": ", key);
	p = env ? strstr(env, pat) : NULL;
	if (!p)
		return;
	p += strlen(pat);
	fprintf(o, "- %s: %.*s\n", label, (int)strcspn(p, ",\n"), p);
}

int pdb_cmd_report(struct pdb_ctx *c)
{
	static struct run R;
	struct pdb_csv cl;
	char path[PATH_MAX + 32], paper[PATH_MAX];
	char exe[PATH_MAX];
	ssize_t l;
	FILE *o;

	if (resolve(c->o.arg, R.dir, sizeof(R.dir))) {
		fprintf(stderr, "pdbench: no run %s (give a results directory or run id)\n",
			c->o.arg ? c->o.arg : "under results/");
		return 1;
	}
	snprintf(paper, sizeof(paper), "%s/results/paper/claims.csv", getenv("PD_ROOT") ? getenv("PD_ROOT") : ".");
	if (access(paper, R_OK) && (l = readlink("/proc/self/exe", exe, sizeof(exe) - 1)) > 0) {
		exe[l] = 0;
		snprintf(paper, sizeof(paper), "%s/../../results/paper/claims.csv", dirname(exe));
	}
	if (pdb_csv_read(paper, &cl)) {
		fprintf(stderr, "pdbench: cannot read the paper's claims (%s)\n", paper);
		return 1;
	}
	snprintf(path, sizeof(path), "%s/cpu.csv", R.dir);
	pdb_csv_read(path, &R.cpu);
	snprintf(path, sizeof(path), "%s/scale.csv", R.dir);
	pdb_csv_read(path, &R.scale);
	snprintf(path, sizeof(path), "%s/latency.csv", R.dir);
	pdb_csv_read(path, &R.lat);
	snprintf(path, sizeof(path), "%s/env.json", R.dir);
	R.env = pdb_slurp(path);
	snprintf(path, sizeof(path), "%s/report.md", c->o.out[0] ? c->o.out : R.dir);
	o = fopen(path, "w");
	if (!o) {
		fprintf(stderr, "pdbench: cannot write %s: %s\n", path, strerror(errno));
		return 1;
	}
	fprintf(o, "# pdbench report: %s\n\nThis run beside the numbers of the PipeDevice paper "
		   "(results/paper/claims.csv).\n\n## Conditions\n\n", R.dir);
	env_line(o, R.env, "cpu_model", "CPU");
	env_line(o, R.env, "cores", "cores");
	env_line(o, R.env, "mem_total_kb", "memory (KiB)");
	env_line(o, R.env, "kernel", "kernel");
	env_line(o, R.env, "cgroup", "CPU accounting");
	fputs("- devices: `pd` rows name theirs (`soft` = the device is a CPU thread in pdd, so its "
	      "copies cost CPU here that the paper's FPGA did not); `freeflow-model` is pdbench's "
	      "reference model of FreeFlow's fast path, its router in device_cores; no RDMA NIC "
	      "unless rdma rows are measured\n"
	      "- cores compared are `paper_cores` (sender + receiver + driver, as the paper counted); "
	      "the paper's prototype: Linux 4.9, Intel Arria 10, 2x8 PCIe gen3, 4 GB of 2 MB "
	      "hugepages, 4 MB rings, 16-core containers\n\n", o);
	fputs("## Claims\n\n| claim | paper says | paper | this run | verdict | conditions here |\n"
	      "|---|---|---|---|---|---|\n", o);
	for (unsigned i = 0; i < cl.nrow; i++) {
		const char *m = cell(&cl, i, "metric");

		if (!strcmp(m, "normalized"))
			claim_scale(o, &R, &cl, i);
		else if (!strcmp(m, "speedup"))
			fprintf(o, "| %s | %s | %s | - | not measured | pdbench does not run allreduce "
				   "(workloads/) |\n", cell(&cl, i, "id"), cell(&cl, i, "claim"),
				cell(&cl, i, "paper_value"));
		else
			claim_cpu(o, &R, &cl, i);
	}
	fputs("\nVerdicts: *consistent* = same sign and within 30 % of the paper (normalized "
	      "throughput: within 0.1); *same direction, different size*; *contradicted*; *not "
	      "comparable* = a target was not met here, so the cores are not for the same throughput; "
	      "*not measured* = skipped or absent, with the reason.\n", o);
	fputs("\n## This run\n", o);
	table(o, &R.cpu, "cpu.csv");
	table(o, &R.scale, "scale.csv");
	table(o, &R.lat, "latency.csv");
	fputs("\nFigures: fig2.png/svg (cpu), fig3.png/svg (scale), when `pdbench plot` was run.\n", o);
	fclose(o);
	if (!c->o.quiet)
		printf("%s\n", path);
	pdb_csv_free(&cl);
	pdb_csv_free(&R.cpu);
	pdb_csv_free(&R.scale);
	pdb_csv_free(&R.lat);
	free(R.env);
	return 0;
}
