// SPDX-License-Identifier: MIT
/*
 * cmd_stack.c - pdbench stack (make bench): the stack beside kernel TCP in
 * one run, on the containers, placements and accounting of cpu/latency:
 *   throughput    unpaced, --msg-size (64 KiB), one connection: pd (BSD API)
 *                 and pd-zc in the device placement; kernel TCP (iperf3)
 *                 pinned like pd and unpinned, the better of the two
 *   latency       64 B ping-pong, p50 one-way: pd busy-polling and sleeping,
 *                 kernel TCP (sockperf) sleeping
 *   connect rate  connections set up, used for one byte each way and closed
 *                 per second: pd_rr --connect-rate over pd (busy) and over
 *                 kernel TCP (--kernel)
 *   floors        one thread's memcpy of a 4 MiB ring (what a copy costs
 *                 here) and the handoff of a core from one process to another
 *                 (the floor under pd's latency when client and server share
 *                 a core, as they do on 2 CPUs)
 * then each target: pd BSD >= 2x TCP, zero-copy >= 3x, p50 <= 2 us, connect
 * rate >= 5x TCP, met or not (stack.csv, and stack-summary.txt beside it).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "pdbench.h"
#include "transports/common.h"

typedef int (*point_fn)(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r);

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* one figure of one transport in one placement, repeated; the median value, or -1 */
static double point(struct pdb_ctx *c, const struct pdb_transport_ops *t, enum pdb_place pl,
		    const char *figure, const char *unit, struct pdb_req q, point_fn fn)
{
	struct pdb_result *reps = calloc(c->o.repeat, sizeof(*reps));
	double v[128], med = -1;
	unsigned k = 0;

	if (!reps)
		return -1;
	c->place = pl;
	for (unsigned r = 0; r < c->o.repeat && !pdb_interrupted(); r++) {
		pdb_progress(c, "stack: %s %s (%s%s), repeat %u/%u", figure, t->label, pdb_place_name[pl],
			     q.busy ? ", busy" : "", r + 1, c->o.repeat);
		pdb_result_init(c, t, &q, &reps[r]);
		reps[r].figure = figure;
		reps[r].unit = unit;
		if (c->o.dry_run) {
			printf("%s, %s, %s placement%s:\n", figure, t->label, pdb_place_name[pl],
			       q.busy ? ", busy polling" : "");
			fn(c, &q, &reps[r]);
			free(reps);
			return -1;
		}
		fn(c, &q, &reps[r]);
		if (reps[r].measured && !strcmp(figure, "throughput"))
			reps[r].value = reps[r].achieved_gbps;
		else if (reps[r].measured && !strncmp(figure, "latency", 7))
			reps[r].value = reps[r].p50;
		if (reps[r].measured && k < 128)
			v[k++] = reps[r].value;
	}
	if (!pdb_interrupted())
		pdb_summarize(c, reps, c->o.repeat);
	if (k) {
		qsort(v, k, sizeof(v[0]), cmp_d);
		med = k % 2 ? v[k / 2] : (v[k / 2 - 1] + v[k / 2]) / 2;
	}
	free(reps);
	return med;
}

/* a floor measured by a helper of build/bench-stack/ (JSON on stdout): one row, the value */
static double floor_fig(struct pdb_ctx *c, const char *tool, char *const args[], const char *key,
			const char *figure, const char *unit)
{
	char path[PATH_MAX], buf[4096];
	char *argv[8] = { path };
	struct pdb_result r = { .transport = "-", .device = "-", .figure = figure, .unit = unit,
				.placement = pdb_place_name[PDB_PLACE_DEVICE] };
	double v = -1;

	for (int i = 0; args[i] && i < 6; i++)
		argv[i + 1] = args[i];
	snprintf(path, sizeof(path), "%s/../bench-stack/%s", c->bindir, tool);
	snprintf(r.repeat, sizeof(r.repeat), "median");
	if (c->o.dry_run) {
		printf("%s: %s", figure, path);
		for (int i = 1; argv[i]; i++)
			printf(" %s", argv[i]);
		putchar('\n');
		return -1;
	}
	if (pdb_capture(argv, buf, sizeof(buf)) || pdb_json_num(buf, key, &v)) {
		pdb_skip(c, &r, "error: %s did not run (make builds it in build/bench-stack/)", tool);
		v = -1;
	} else {
		r.value = v;
		r.measured = true;
		snprintf(r.status, sizeof(r.status), "ok");
	}
	pdb_emit(c, &r);
	return v;
}

static const struct pdb_transport_ops *pick(struct pdb_ctx *c, const char *name)
{
	const struct pdb_transport_ops *t[PDB_MAX_TRANSPORTS];
	const char *names[PDB_MAX_TRANSPORTS];
	int nt = pdb_transport_list(c, t, names, PDB_MAX_TRANSPORTS);
	char why[160];

	for (int i = 0; i < nt; i++)
		if (!strcmp(t[i]->name, name))
			return pdb_probe(c, t[i], why, sizeof(why)) ? NULL : t[i];
	return NULL;
}

static void target(FILE *o, const char *what, double have, double base, double want, bool ratio)
{
	if (have < 0 || (ratio && base <= 0)) {
		fprintf(o, "  %-28s %-16s not measured\n", what, "-");
		return;
	}
	if (ratio) {
		double x = have / base;

		fprintf(o, "  %-28s %7.2fx         %s\n", what, x, x >= want ? "met" : "not met");
	} else {
		fprintf(o, "  %-28s %7.2f us       %s\n", what, have, have <= want ? "met" : "not met");
	}
}

int pdb_cmd_stack(struct pdb_ctx *c)
{
	const struct pdb_transport_ops *tcp = pick(c, "tcp"), *pd = pick(c, "pd"), *zc = pick(c, "pd-zc");
	struct pdb_req thr = { 0, c->o.msg_size, 1, c->o.duration_s, 0, false };
	struct pdb_req lat = { 0, 64, 1, c->o.duration_s, 0, false }, latb = lat;
	double pd_bsd = -1, pd_zc = -1, tcp_g = -1, t2, pd_p50 = -1, pd_p50s = -1, tcp_p50 = -1;
	double pd_cps = -1, tcp_cps = -1, mem = -1, hand = -1;
	char *mem_args[] = { "--size", "4M", "--duration", "1", "--json", NULL };
	char cpu[32], path[PATH_MAX + 32];
	char *hand_args[] = { "--cpu", cpu, "--json", NULL };
	FILE *o;

	latb.busy = true;
	if (pd) {
		pd_bsd = point(c, pd, PDB_PLACE_DEVICE, "throughput", "Gbit/s", thr, pd->stream);
		pd_p50 = point(c, pd, PDB_PLACE_DEVICE, "latency_p50", "us", latb, pd->rr);
		pd_p50s = point(c, pd, PDB_PLACE_DEVICE, "latency_p50", "us", lat, pd->rr);
		pd_cps = point(c, pd, PDB_PLACE_DEVICE, "connect_rate", "conn/s", lat, pd->connect_rate);
	}
	if (zc && !pdb_interrupted())
		pd_zc = point(c, zc, PDB_PLACE_DEVICE, "throughput", "Gbit/s", thr, zc->stream);
	if (tcp && !pdb_interrupted()) {
		/* the baseline is never handicapped by placement: the better of pinned and unpinned */
		tcp_g = point(c, tcp, PDB_PLACE_DEVICE, "throughput", "Gbit/s", thr, tcp->stream);
		t2 = point(c, tcp, PDB_PLACE_UNPINNED, "throughput", "Gbit/s", thr, tcp->stream);
		tcp_g = t2 > tcp_g ? t2 : tcp_g;
		tcp_p50 = point(c, tcp, PDB_PLACE_UNPINNED, "latency_p50", "us", lat, tcp->rr);
		tcp_cps = point(c, tcp, PDB_PLACE_UNPINNED, "connect_rate", "conn/s", lat, tcp->connect_rate);
	}
	if (pdb_interrupted())
		return 1;
	mem = floor_fig(c, "memcpy_bw", mem_args, "gbytes_per_s", "memcpy_4M", "GB/s");
	snprintf(cpu, sizeof(cpu), "%s", c->place_cpus[PDB_PLACE_DEVICE][PDB_A]);
	hand = floor_fig(c, "handoff", hand_args, "handoff_us", "handoff", "us");
	if (c->o.dry_run)
		return 0;
	snprintf(path, sizeof(path), "%s/stack-summary.txt", c->outdir);
	o = fopen(path, "w");
	for (int pass = 0; pass < 2; pass++) {
		FILE *f = pass ? o : (c->o.json || c->o.quiet ? NULL : stdout);

		if (!f)
			continue;
		fprintf(f, "\nthe stack beside kernel TCP (medians of %u x %gs)\n", c->o.repeat, c->o.duration_s);
		fprintf(f, "  throughput %s msgs   pd BSD %.1f  pd zc %.1f  TCP %.1f Gbit/s\n",
			c->o.msg_size == 65536 ? "64K" : "", pd_bsd, pd_zc, tcp_g);
		fprintf(f, "  latency p50 one-way    pd busy %.2f  pd sleeping %.2f  TCP %.2f us\n", pd_p50,
			pd_p50s, tcp_p50);
		fprintf(f, "  connect rate           pd %.0f  TCP %.0f per s\n", pd_cps, tcp_cps);
		fprintf(f, "  floors                 memcpy of 4M %.1f GB/s; handoff of CPU %s %.2f us\n", mem,
			cpu, hand);
		fputs("targets\n", f);
		target(f, "pd BSD >= 2x TCP", pd_bsd, tcp_g, 2, true);
		target(f, "pd zc >= 3x TCP", pd_zc, tcp_g, 3, true);
		target(f, "p50 one-way <= 2 us", pd_p50, 0, 2, false);
		target(f, "connect rate >= 5x TCP", pd_cps, tcp_cps, 5, true);
		if (c->ncpus <= 2 && hand > 0)
			fprintf(f, "  client and server share CPU %s (the device has the other): each one-way trip\n"
				   "  includes one handoff of that core, %.2f us here.\n", cpu, hand);
	}
	if (o)
		fclose(o);
	return 0;
}
