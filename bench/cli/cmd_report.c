// SPDX-License-Identifier: MIT
/*
 * cmd_report.c - pdbench report [RUN]: report.md setting each claim of
 * results/paper/claims.csv beside this run's figure, with a verdict and the
 * conditions under which each was measured.
 *
 * The summary compares each Fig. 2 claim at the highest target every
 * compared transport met (cores per 10 Gbit/s where the target differs from
 * the paper's), a baseline in its cheaper placement; Fig. 3 by flatness;
 * latency per wait regime.  Verdicts are explained in the report itself.
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

/*
 * The cheapest row of transport at target g that met it: a baseline is
 * measured in several placements (pinned as pd is, and unpinned) and is
 * compared in the one where it needed fewer cores.  -1 if none met it; *any
 * gets some median row of it at g (for the reason), or -1.
 */
static int best_row(const struct pdb_csv *t, const char *transport, double g, int *any)
{
	int best = -1;

	*any = -1;
	for (unsigned r = 0; r < t->nrow; r++) {
		if (strcmp(cell(t, r, "transport"), transport) || strcmp(cell(t, r, "repeat"), "median") ||
		    atof(cell(t, r, "target_gbps")) != g)
			continue;
		if (*any < 0 || measured(t, (int)r))
			*any = (int)r;
		if (ok_row(t, (int)r) && (best < 0 || atof(cell(t, r, "paper_cores")) <
							      atof(cell(t, (unsigned)best, "paper_cores"))))
			best = (int)r;
	}
	return best;
}

/*
 * The target to compare at: the claim's own where every compared transport
 * met it, else the highest target that all of them met; -1 if there is none.
 */
static double pick_target(const struct pdb_csv *t, double want, const char *a, const char *b)
{
	double best = -1;
	int any;

	if (best_row(t, a, want, &any) >= 0 && (!*b || best_row(t, b, want, &any) >= 0))
		return want;
	for (unsigned r = 0; r < t->nrow; r++) {
		double g = atof(cell(t, r, "target_gbps"));

		if (g > best && best_row(t, a, g, &any) >= 0 && (!*b || best_row(t, b, g, &any) >= 0))
			best = g;
	}
	return best;
}

/* saved cores, saved fraction: reproduced when at least 70 % of the paper's saving */
static const char *verdict_saving(double run, double paper)
{
	if (run <= 0)
		return "contradicted";
	if (run >= 0.7 * paper)
		return run > 1.3 * paper ? "reproduced (a larger saving)" : "reproduced";
	return "same direction, smaller";
}

static const char *verdict_cores(double run, double paper)
{
	return fabs(run - paper) <= 0.3 * paper ? "consistent" : run < paper ? "fewer cores here" : "more cores here";
}

static void why_not(const struct pdb_csv *t, int r, const char *tr, char *buf, size_t n)
{
	if (r < 0)
		snprintf(buf, n, "%s not in this run", tr);
	else
		snprintf(buf, n, "%s: %s", tr, cell(t, (unsigned)r, "status"));
}

/* one row of a cpu claim for transport tr (pd, or pd-zc: the same claim through the zero-copy API) */
static void claim_cpu_one(FILE *o, const struct run *R, const struct pdb_csv *cl, unsigned i, const char *tr)
{
	const char *metric = cell(cl, i, "metric"), *base = cell(cl, i, "baseline");
	double paper = atof(cell(cl, i, "paper_value")), want = atof(cell(cl, i, "target_gbps"));
	double g = pick_target(&R->cpu, want, tr, base), run = 0, pa, pb = 0;
	char id[96], val[96], paperv[64], cond[400], why[200];
	const char *v;
	int anya, anyb = -1, a, b = -1;

	snprintf(id, sizeof(id), "%s%s", cell(cl, i, "id"), strcmp(tr, cell(cl, i, "transport")) ? " (zero-copy API)" : "");
	if (g < 0) {
		best_row(&R->cpu, tr, want, &anya);
		if (*base)
			best_row(&R->cpu, base, want, &anyb);
		if (anya < 0 || !measured(&R->cpu, anya))
			why_not(&R->cpu, anya, tr, why, sizeof(why));
		else
			why_not(&R->cpu, anyb, base, why, sizeof(why));
		fprintf(o, "| %s | %s | %g %s | - | not measured | no target that %s%s%s met: %s |\n", id,
			cell(cl, i, "claim"), paper, cell(cl, i, "unit"), tr, *base ? " and " : "", base, why);
		return;
	}
	a = best_row(&R->cpu, tr, g, &anya);
	pa = atof(cell(&R->cpu, (unsigned)a, "paper_cores"));
	if (*base) {
		b = best_row(&R->cpu, base, g, &anyb);
		pb = atof(cell(&R->cpu, (unsigned)b, "paper_cores"));
	}
	/* cores scale with throughput: below the paper's target, compare cores per 10 Gbit/s */
	if (!strcmp(metric, "saved_fraction")) {
		run = pb > 0 ? 1 - pa / pb : 0;
		snprintf(val, sizeof(val), "%.3f", run);
		snprintf(paperv, sizeof(paperv), "%g", paper);
		v = verdict_saving(run, paper);
	} else if (!strcmp(metric, "saved_cores")) {
		run = (pb - pa) * 10 / g;
		paper = paper * 10 / want;
		snprintf(val, sizeof(val), "%.3f cores per 10G", run);
		snprintf(paperv, sizeof(paperv), "%.3f cores per 10G", paper);
		v = verdict_saving(run, paper);
	} else {
		run = pa * 10 / g;
		paper = paper * 10 / want;
		snprintf(val, sizeof(val), "%.3f cores per 10G", run);
		snprintf(paperv, sizeof(paperv), "%.3f cores per 10G", paper);
		v = verdict_cores(run, paper);
	}
	snprintf(cond, sizeof(cond), "at %gG%s: %s %s paper_cores (%s placement)", g,
		 g != want ? " (the highest target every compared transport met here)" : "", tr,
		 cell(&R->cpu, (unsigned)a, "paper_cores"), cell(&R->cpu, (unsigned)a, "placement"));
	if (b >= 0)
		snprintf(cond + strlen(cond), sizeof(cond) - strlen(cond), ", %s %s (%s placement, the cheaper)",
			 base, cell(&R->cpu, (unsigned)b, "paper_cores"), cell(&R->cpu, (unsigned)b, "placement"));
	fprintf(o, "| %s | %s | %s | %s | %s | %s |\n", id, cell(cl, i, "claim"), paperv, val, v, cond);
}

static bool has_transport(const struct pdb_csv *t, const char *tr)
{
	for (unsigned r = 0; r < t->nrow; r++)
		if (!strcmp(cell(t, r, "transport"), tr))
			return true;
	return false;
}

static void claim_cpu(FILE *o, const struct run *R, const struct pdb_csv *cl, unsigned i)
{
	const char *tr = cell(cl, i, "transport");

	claim_cpu_one(o, R, cl, i, tr);
	if (!strcmp(tr, "pd") && has_transport(&R->cpu, "pd-zc"))
		claim_cpu_one(o, R, cl, i, "pd-zc");
}

static void claim_scale(FILE *o, const struct run *R, const struct pdb_csv *cl, unsigned i)
{
	const char *tr = cell(cl, i, "transport");
	double paper = atof(cell(cl, i, "paper_value")), want = atof(cell(cl, i, "conns"));
	double lo = 1e9, hi = 0, first = 0, peak = 0;
	unsigned npts = 0;
	char why[200];
	int r = find(&R->scale, tr, "conns", want);

	if (!measured(&R->scale, r)) {
		for (unsigned k = 0; k < R->scale.nrow && r < 0; k++)
			if (!strcmp(cell(&R->scale, k, "transport"), tr))
				r = (int)k;
		why_not(&R->scale, r, tr, why, sizeof(why));
		fprintf(o, "| %s | %s | %g | - | not measured | %g connections: %s |\n", cell(cl, i, "id"),
			cell(cl, i, "claim"), paper, want, why);
		return;
	}
	/* flatness: every point against the first (the normalization), and the first against the peak */
	for (unsigned k = 0; k < R->scale.nrow; k++) {
		double nv, gb;

		if (strcmp(cell(&R->scale, k, "transport"), tr) || strcmp(cell(&R->scale, k, "repeat"), "median") ||
		    !measured(&R->scale, (int)k))
			continue;
		nv = atof(cell(&R->scale, k, "normalized"));
		gb = atof(cell(&R->scale, k, "gbps"));
		if (!npts++)
			first = gb;
		lo = nv < lo ? nv : lo;
		hi = nv > hi ? nv : hi;
		peak = gb > peak ? gb : peak;
	}
	double nv = atof(cell(&R->scale, (unsigned)r, "normalized"));
	bool flat = lo >= 0.9 && hi <= 1.1 && first >= 0.9 * peak;
	const char *v = paper >= 0.95 ? (flat && fabs(nv - paper) <= 0.1 ? "reproduced" : "not reproduced")
				      : (fabs(nv - paper) <= 0.1 ? "consistent" : nv > paper ? "above the paper" : "below the paper");

	fprintf(o, "| %s | %s | %g | %.3f | %s | %u points, %s-byte messages: normalized %.2f..%.2f, first point "
		   "%.2f of the sweep's peak (%.1f of %.1f Gbit/s) |\n",
		cell(cl, i, "id"), cell(cl, i, "claim"), paper, nv, v, npts, cell(&R->scale, (unsigned)r, "msg_bytes"),
		lo, hi, peak > 0 ? first / peak : 0, first, peak);
}

/* the median latency row of transport with wait mode; -1 if none */
static int find_lat(const struct pdb_csv *t, const char *tr, const char *wait)
{
	for (unsigned r = 0; r < t->nrow; r++)
		if (!strcmp(cell(t, r, "transport"), tr) && !strcmp(cell(t, r, "repeat"), "median") &&
		    !strcmp(cell(t, r, "wait"), wait))
			return (int)r;
	return -1;
}

/* latency: each pd regime beside the baseline in the same regime (this project's targets, no paper figure) */
static void latency_rows(FILE *o, const struct run *R)
{
	static const struct { const char *wait, *base; } pairs[] = {
		{ "busy", "freeflow-model" }, { "sleep", "tcp" },
	};

	for (size_t k = 0; k < sizeof(pairs) / sizeof(pairs[0]); k++) {
		int a = find_lat(&R->lat, "pd", pairs[k].wait), b = find_lat(&R->lat, pairs[k].base, pairs[k].wait);
		char why[200];

		if (!measured(&R->lat, a) || !measured(&R->lat, b)) {
			why_not(&R->lat, measured(&R->lat, a) ? b : a, measured(&R->lat, a) ? pairs[k].base : "pd",
				why, sizeof(why));
			fprintf(o, "| latency-%s | pd p50 below %s's, %s waits | - | - | not measured | %s |\n",
				pairs[k].wait, pairs[k].base, pairs[k].wait, why);
			continue;
		}
		double pa = atof(cell(&R->lat, (unsigned)a, "p50_us")), pb = atof(cell(&R->lat, (unsigned)b, "p50_us"));

		fprintf(o, "| latency-%s | pd p50 below %s's, %s waits (no paper figure) | - | %.2f us vs %.2f us | %s | "
			   "%s-byte ping-pong; p99 %s us vs %s us |\n",
			pairs[k].wait, pairs[k].base, pairs[k].wait, pa, pb, pa < pb ? "met" : "not met",
			cell(&R->lat, (unsigned)a, "msg_bytes"), cell(&R->lat, (unsigned)a, "p99_us"),
			cell(&R->lat, (unsigned)b, "p99_us"));
	}
}

/* cores per 10 Gbit/s of every measured cpu point: the table the claims are read from */
static void cores_table(FILE *o, const struct pdb_csv *t)
{
	if (!t->nrow)
		return;
	fputs("\n### Cores per 10 Gbit/s (cpu.csv, median rows that met their target)\n\n"
	      "| transport | placement | target | achieved Gbit/s | paper_cores | paper_cores per 10G | "
	      "device_cores |\n|---|---|---|---|---|---|---|\n", o);
	for (unsigned r = 0; r < t->nrow; r++) {
		double g = atof(cell(t, r, "target_gbps"));

		if (strcmp(cell(t, r, "repeat"), "median") || !ok_row(t, (int)r) || g <= 0)
			continue;
		fprintf(o, "| %s | %s | %gG | %s | %s | %.3f | %s |\n", cell(t, r, "transport"),
			cell(t, r, "placement"), g, cell(t, r, "achieved_gbps"), cell(t, r, "paper_cores"),
			atof(cell(t, r, "paper_cores")) * 10 / g, cell(t, r, "device_cores"));
	}
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
static int dbl_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/*
 * The host's floor (xcore_gbps) over every repeat of the run, the repeats
 * measured again because of it, and the rows that missed their target with
 * the floor beside them: a reader can tell the transport from the host.
 */
static void floor_section(FILE *o, const struct run *R)
{
	const struct pdb_csv *t[3] = { &R->cpu, &R->scale, &R->lat };
	const char *names[3] = { "cpu", "scale", "latency" };
	double *v = NULL;
	size_t nv = 0, cap = 0;
	unsigned redone = 0, missed = 0;

	for (int k = 0; k < 3; k++) {
		for (unsigned r = 0; r < t[k]->nrow; r++) {
			const char *x = cell(t[k], r, "xcore_gbps"), *rep = cell(t[k], r, "repeat");

			if (!*x || !strcmp(rep, "median") || !strcmp(rep, "min") || !strcmp(rep, "max"))
				continue;
			if (!strcmp(rep, "discarded"))
				redone++;
			if (nv == cap) {
				double *nvv = realloc(v, (cap = cap ? cap * 2 : 64) * sizeof(*v));

				if (!nvv)
					break;
				v = nvv;
			}
			v[nv++] = atof(x);
		}
	}
	fputs("\n### The host's floor (xcore_gbps)\n\n", o);
	if (!nv) {
		fputs("Not probed in this run (one CPU, or --min-xcore 0).\n", o);
		free(v);
		return;
	}
	qsort(v, nv, sizeof(*v), dbl_cmp);
	fprintf(o, "Every repeat is framed by a probe of the machine itself: the rate of a copy from "
		   "the driver's CPU into a buffer the sender's CPU keeps reading, the traffic every "
		   "transport here depends on.  Over this run's %zu repeats: min %.1f, median %.1f, max "
		   "%.1f GB/s.  %u repeat%s measured below the --min-xcore floor %s kept as "
		   "`discarded` rows and measured again.  A virtual machine's host may place its CPUs "
		   "far apart for seconds at a time (on the machine these numbers were first taken on: "
		   "~25 GB/s and ~2 GB/s, with nothing of the run's own changing); a figure measured "
		   "then is the host's.\n",
		nv, v[0], v[nv / 2], v[nv - 1], redone, redone == 1 ? "" : "s",
		redone == 1 ? "was" : "were");
	for (int k = 0; k < 3; k++) {
		for (unsigned r = 0; r < t[k]->nrow; r++) {
			if (strcmp(cell(t[k], r, "repeat"), "median") ||
			    strcmp(cell(t[k], r, "status"), "target-not-met"))
				continue;
			if (!missed++)
				fputs("\nMedian rows that missed their target, with the floor of their "
				      "repeats:\n\n| file | transport | placement | target | achieved Gbit/s | "
				      "xcore_gbps (median) |\n|---|---|---|---|---|---|\n", o);
			fprintf(o, "| %s | %s | %s | %sG | %s | %s |\n", names[k], cell(t[k], r, "transport"),
				cell(t[k], r, "placement"), cell(t[k], r, "target_gbps"),
				cell(t[k], r, "achieved_gbps"), cell(t[k], r, "xcore_gbps"));
		}
	}
	free(v);
}

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
	fputs("## Summary: what this run reproduced\n\n| claim | paper says | paper | this run | verdict | "
	      "how it was measured here |\n|---|---|---|---|---|---|\n", o);
	for (unsigned i = 0; i < cl.nrow; i++) {
		const char *m = cell(&cl, i, "metric");

		if (!strcmp(m, "normalized"))
			claim_scale(o, &R, &cl, i);
		else if (!strcmp(m, "speedup"))
			fprintf(o, "| %s | %s | %sx | - | not measured | pdbench has no allreduce workload yet, "
				   "so this run has no allreduce figure |\n", cell(&cl, i, "id"), cell(&cl, i, "claim"),
				cell(&cl, i, "paper_value"));
		else
			claim_cpu(o, &R, &cl, i);
	}
	latency_rows(o, &R);
	fputs("\nHow to read it: Fig. 2 claims are compared at the paper's target where every compared "
	      "transport met it, else at the highest target all of them met (kernel TCP cannot move 80 "
	      "Gbit/s on a small machine), and absolute cores are compared per 10 Gbit/s.  A baseline "
	      "measured in two placements (pinned like pd, and unpinned) is compared in the cheaper.  "
	      "*reproduced* = at least 70 % of the paper's saving; *same direction, smaller*; "
	      "*contradicted* = no saving; Fig. 3 *reproduced* = every point within 0.9..1.1 of the "
	      "first and the first at least 0.9 of the peak; *not measured* names why.  `paper_cores` "
	      "= sender + receiver + driver, as the paper counted; the emulated device's CPU is "
	      "`device_cores`, apart.\n", o);
	cores_table(o, &R.cpu);
	floor_section(o, &R);
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
