// SPDX-License-Identifier: MIT
/*
 * cmd_plot.c - pdbench plot FILE.csv: gnuplot figures (PNG and SVG) beside
 * the result file (or in --out DIR).
 *   cpu.csv     -> fig2: cores per transport at each target, stacked
 *                  app/driver/device, plus the paper's 80G counts
 *   scale.csv   -> fig3: normalized throughput vs connections (log2 x), one
 *                  line per transport, the paper's ConnectX-5/6 points
 *   latency.csv -> latency: p50/p99 per transport
 * Only the median rows are drawn; skipped points are left out.
 */
#include <errno.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pdbench.h"

#define MAXT 16

static const char *cell(const struct pdb_csv *t, unsigned r, const char *col)
{
	int i = pdb_csv_col(t, col);

	return i < 0 ? "" : t->row[r][i];
}

static bool usable(const struct pdb_csv *t, unsigned r)
{
	return !strcmp(cell(t, r, "repeat"), "median") && strncmp(cell(t, r, "status"), "skipped", 7);
}

/* results/paper/ next to the sources: $PD_ROOT, the build's parent, or ./ */
static int paper_dir(char *out, size_t n)
{
	char exe[PATH_MAX];
	ssize_t l;

	if (getenv("PD_ROOT")) {
		snprintf(out, n, "%s/results/paper", getenv("PD_ROOT"));
		if (!access(out, R_OK))
			return 0;
	}
	l = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (l > 0) {
		exe[l] = 0;
		snprintf(out, n, "%s/../../results/paper", dirname(exe));
		if (!access(out, R_OK))
			return 0;
	}
	snprintf(out, n, "results/paper");
	return access(out, R_OK) ? -ENOENT : 0;
}

static unsigned transports(const struct pdb_csv *t, const char **names)
{
	unsigned n = 0;

	for (unsigned r = 0; r < t->nrow; r++) {
		const char *tr = cell(t, r, "transport");
		unsigned k;

		if (!usable(t, r))
			continue;
		for (k = 0; k < n && strcmp(names[k], tr); k++)
			;
		if (k == n && n < MAXT)
			names[n++] = tr;
	}
	return n;
}

static int fig2(const struct pdb_csv *t, const char *dir, FILE *gp)
{
	const char *names[MAXT];
	double targets[MAXT];
	unsigned nt = transports(t, names), ng = 0;
	char paper[PATH_MAX], path[PATH_MAX + 32];
	struct pdb_csv pc = { 0 };
	FILE *d;

	for (unsigned r = 0; r < t->nrow; r++) {
		double g = atof(cell(t, r, "target_gbps"));
		unsigned k;

		if (!usable(t, r))
			continue;
		for (k = 0; k < ng && targets[k] != g; k++)
			;
		if (k == ng && ng < MAXT)
			targets[ng++] = g;
	}
	if (!nt)
		return -ENODATA;
	snprintf(path, sizeof(path), "%s/fig2.dat", dir);
	d = fopen(path, "w");
	if (!d)
		return -errno;
	/* one block per target: transport app driver device (gnuplot index k) */
	for (unsigned k = 0; k < ng; k++) {
		fprintf(d, "# target %gG\n", targets[k]);
		for (unsigned i = 0; i < nt; i++)
			for (unsigned r = 0; r < t->nrow; r++)
				if (usable(t, r) && !strcmp(cell(t, r, "transport"), names[i]) &&
				    atof(cell(t, r, "target_gbps")) == targets[k])
					/* label: transport (u: unpinned), * if the target was not met, rate reached */
					fprintf(d, "\"%s%s%s %.3gG\" %s %s %s\n", names[i],
						!strcmp(cell(t, r, "placement"), "unpinned") ? " (u)" : "",
						strcmp(cell(t, r, "status"), "ok") ? "*" : "",
						atof(cell(t, r, "achieved_gbps")), cell(t, r, "app_cores"),
						cell(t, r, "driver_cores"), cell(t, r, "device_cores"));
		fputs("\n\n", d);
	}
	/* the paper's counts at 80G (sender + receiver + driver), one more block */
	if (!paper_dir(paper, sizeof(paper))) {
		snprintf(path, sizeof(path), "%s/fig2.csv", paper);
		if (!pdb_csv_read(path, &pc)) {
			fputs("# paper 80G\n", d);
			for (unsigned r = 0; r < pc.nrow; r++)
				fprintf(d, "\"%s\" %s 0 0\n", cell(&pc, r, "transport"),
					cell(&pc, r, "paper_cores"));
			fputs("\n\n", d);
		}
	}
	fclose(d);
	fprintf(gp, "set title \"CPU cores per transport at each throughput target (Fig. 2 analog; (u) = unpinned)\\n"
		    "* = target not met here; paper = its sender + receiver cores at 80G\"\n"
		    "set ylabel 'cores'\nset style data histograms\nset style histogram rowstacked\n"
		    "set style fill solid 0.8 border -1\nset boxwidth 0.75\nset key top left\n"
		    "set xtics rotate by -30\nset grid ytics\n");
	fputs("plot ", gp);
	for (unsigned k = 0; k < ng + (pc.nrow ? 1 : 0); k++) {
		char label[32];

		if (k < ng)
			snprintf(label, sizeof(label), "%gG", targets[k]);
		else
			snprintf(label, sizeof(label), "paper 80G");
		fprintf(gp, "%snewhistogram '%s' lt 1, 'fig2.dat' index %u using 2:xtic(1) %s lc rgb "
			    "'#4477aa', '' index %u using 3 %s lc rgb '#ee6677', '' index %u using 4 %s "
			    "lc rgb '#228833'",
			k ? ", " : "", label, k, k ? "notitle" : "title 'app'", k,
			k ? "notitle" : "title 'driver'", k, k ? "notitle" : "title 'device/router'");
	}
	fputc('\n', gp);
	pdb_csv_free(&pc);
	return 0;
}

static int fig3(const struct pdb_csv *t, const char *dir, FILE *gp)
{
	const char *names[MAXT];
	unsigned nt = transports(t, names);
	char paper[PATH_MAX], path[PATH_MAX + 32];
	struct pdb_csv pc = { 0 };
	const char *series[MAXT];
	unsigned ns = 0;
	FILE *d;

	if (!nt)
		return -ENODATA;
	snprintf(path, sizeof(path), "%s/fig3.dat", dir);
	d = fopen(path, "w");
	if (!d)
		return -errno;
	for (unsigned i = 0; i < nt; i++) {
		fprintf(d, "# %s\n", names[i]);
		for (unsigned r = 0; r < t->nrow; r++)
			if (usable(t, r) && !strcmp(cell(t, r, "transport"), names[i]))
				fprintf(d, "%s %s %s\n", cell(t, r, "conns"), cell(t, r, "normalized"),
					cell(t, r, "gbps"));
		fputs("\n\n", d);
	}
	if (!paper_dir(paper, sizeof(paper))) {
		snprintf(path, sizeof(path), "%s/fig3.csv", paper);
		if (!pdb_csv_read(path, &pc)) {
			for (unsigned r = 0; r < pc.nrow; r++) {
				const char *s = cell(&pc, r, "series");
				unsigned k;

				for (k = 0; k < ns && strcmp(series[k], s); k++)
					;
				if (k == ns && ns < MAXT)
					series[ns++] = s;
			}
			for (unsigned k = 0; k < ns; k++) {
				fprintf(d, "# paper %s\n", series[k]);
				for (unsigned r = 0; r < pc.nrow; r++)
					if (!strcmp(cell(&pc, r, "series"), series[k]))
						fprintf(d, "%s %s\n", cell(&pc, r, "conns"),
							cell(&pc, r, "normalized"));
				fputs("\n\n", d);
			}
		}
	}
	fclose(d);
	fprintf(gp, "set title 'Throughput vs connections, normalized to the first count (Fig. 3 "
		    "analog)'\nset xlabel 'connections'\nset ylabel 'normalized throughput'\n"
		    "set logscale x 2\nset yrange [0:*]\nset key bottom left\nset grid\n");
	fputs("plot ", gp);
	for (unsigned i = 0; i < nt; i++)
		fprintf(gp, "%s'fig3.dat' index %u using 1:2 with linespoints lw 2 title '%s'",
			i ? ", " : "", i, names[i]);
	for (unsigned k = 0; k < ns; k++)
		fprintf(gp, ", 'fig3.dat' index %u using 1:2 with linespoints dt 2 pt 7 ps 1.5 "
			    "title 'paper: %s'", nt + k, series[k]);
	fputc('\n', gp);
	pdb_csv_free(&pc);
	return 0;
}

static int figlat(const struct pdb_csv *t, const char *dir, FILE *gp)
{
	char path[PATH_MAX + 32];
	unsigned n = 0;
	FILE *d;

	snprintf(path, sizeof(path), "%s/latency.dat", dir);
	d = fopen(path, "w");
	if (!d)
		return -errno;
	for (unsigned r = 0; r < t->nrow; r++)
		if (usable(t, r) && ++n)
			fprintf(d, "\"%s %s\" %s %s\n", cell(t, r, "transport"),
				!strcmp(cell(t, r, "wait"), "busy") ? "busy" : "sleep", cell(t, r, "p50_us"),
				cell(t, r, "p99_us"));
	fclose(d);
	if (!n)
		return -ENODATA;
	fprintf(gp, "set title 'Ping-pong one-way latency'\nset ylabel 'microseconds'\n"
		    "set style data histograms\nset style histogram clustered\n"
		    "set style fill solid 0.8 border -1\nset logscale y\nset grid ytics\n"
		    "plot 'latency.dat' using 2:xtic(1) title 'p50', '' using 3 title 'p99'\n");
	return 0;
}

int pdb_cmd_plot(struct pdb_ctx *c)
{
	struct pdb_csv t;
	char dir[PATH_MAX], tmp[PATH_MAX], gpath[PATH_MAX + 32];
	const char *name;
	int rc;
	FILE *gp;

	if (pdb_csv_read(c->o.arg, &t)) {
		fprintf(stderr, "pdbench: cannot read result file %s\n", c->o.arg);
		return 1;
	}
	snprintf(tmp, sizeof(tmp), "%s", c->o.arg);
	snprintf(dir, sizeof(dir), "%s", c->o.out[0] ? c->o.out : dirname(tmp));
	if (pdb_csv_col(&t, "app_cores") >= 0)
		name = "fig2";
	else if (pdb_csv_col(&t, "normalized") >= 0)
		name = "fig3";
	else if (pdb_csv_col(&t, "p50_us") >= 0)
		name = "latency";
	else {
		fprintf(stderr, "pdbench: %s is not a cpu, scale or latency result file\n", c->o.arg);
		pdb_csv_free(&t);
		return 1;
	}
	snprintf(gpath, sizeof(gpath), "%s/%s.gp", dir, name);
	gp = fopen(gpath, "w");
	if (!gp) {
		fprintf(stderr, "pdbench: cannot write %s: %s\n", gpath, strerror(errno));
		pdb_csv_free(&t);
		return 1;
	}
	/* one script, two terminals: the same figure as PNG and SVG */
	fprintf(gp, "# written by pdbench plot from %s\n", c->o.arg);
	fprintf(gp, "set terminal pngcairo size 1000,600 noenhanced\nset output '%s.png'\nload '%s.body'\n"
		    "set terminal svg size 1000,600 noenhanced\nset output '%s.svg'\nreplot\n",
		name, name, name);
	fclose(gp);
	snprintf(gpath, sizeof(gpath), "%s/%s.body", dir, name);
	gp = fopen(gpath, "w");
	rc = !gp ? -errno
		 : !strcmp(name, "fig2") ? fig2(&t, dir, gp)
		 : !strcmp(name, "fig3") ? fig3(&t, dir, gp) : figlat(&t, dir, gp);
	if (gp)
		fclose(gp);
	pdb_csv_free(&t);
	if (rc) {
		fprintf(stderr, "pdbench: nothing to plot in %s (no measured median rows)\n", c->o.arg);
		return 1;
	}
	snprintf(gpath, sizeof(gpath), "cd '%s' && gnuplot %s.gp 2>%s.gnuplot.err", dir, name, name);
	if (system(gpath)) {
		fprintf(stderr, "pdbench: gnuplot failed (see %s/%s.gnuplot.err)\n", dir, name);
		return 1;
	}
	if (!c->o.quiet)
		printf("%s/%s.png\n%s/%s.svg\n", dir, name, dir, name);
	return 0;
}
