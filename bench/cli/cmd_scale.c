// SPDX-License-Identifier: MIT
/*
 * cmd_scale.c - pdbench scale: throughput as connections grow (--from,
 * doubling, up to --conns), normalized to the first count (paper Fig. 3).
 */
#include <stdlib.h>
#include <string.h>

#include "pdbench.h"
#include "transports/common.h"

static double median_gbps(struct pdb_result *reps, unsigned n)
{
	double v[128];
	unsigned k = 0;

	for (unsigned i = 0; i < n && k < 128; i++)
		if (reps[i].measured)
			v[k++] = reps[i].achieved_gbps;
	for (unsigned i = 1; i < k; i++)	/* insertion sort: n is small */
		for (unsigned j = i; j > 0 && v[j] < v[j - 1]; j--) {
			double x = v[j];

			v[j] = v[j - 1];
			v[j - 1] = x;
		}
	return !k ? 0 : k % 2 ? v[k / 2] : (v[k / 2 - 1] + v[k / 2]) / 2;
}

/*
 * The counts of a sweep are measured round by round: repeat 1 of every
 * count, then repeat 2, and so on.  This host's copy rate flips between
 * spells (on the 2-vCPU VM of docs/performance.md: ~35 and ~75 GB/s, with
 * pd at ~28 and ~43 Gbit/s in them); measured count after count, a spell
 * falls on the counts that ran during it and draws a slope that is the
 * host's.  Round by round it falls on every count alike, and the medians
 * compare counts measured under the same mix of spells.
 */
int pdb_cmd_scale(struct pdb_ctx *c)
{
	const struct pdb_transport_ops *t[PDB_MAX_TRANSPORTS];
	const char *names[PDB_MAX_TRANSPORTS];
	int nt = pdb_transport_list(c, t, names, PDB_MAX_TRANSPORTS);
	unsigned counts[32], left[32], ncounts = 0, nr = c->o.repeat;
	struct pdb_result *reps = calloc((size_t)nr * 32, sizeof(*reps));

	if (!reps)
		return 1;
	for (uint64_t n = c->o.from; n < c->o.conns && ncounts < 31; n *= 2)
		counts[ncounts++] = (unsigned)n;
	counts[ncounts++] = c->o.conns;
	/* the ring size is part of the result: say it where the reader looks */
	fprintf(c->o.json ? stderr : stdout,
		"scale: pd with pdd's default rings and quotas (rings size themselves: the configured "
		"size while a container has few sockets, then quota / (32 x its sockets), at least "
		"16 KiB; pdctl sockets shows each); counts measured round by round\n");
	for (int i = 0; i < nt && !pdb_interrupted(); i++) {
		enum pdb_place pl[PDB_NPLACES];
		char why[160];
		int pr = pdb_probe(c, t[i], why, sizeof(why));
		double base = 0;
		struct pdb_req q = { 0, c->o.msg_size, counts[0], c->o.duration_s, 0, false };

		pdb_placements(c, t[i], pl);
		c->place = pl[0];
		if (pr || c->o.dry_run) {
			for (unsigned k = 0; k < ncounts && !pdb_interrupted(); k++) {
				q.conns = counts[k];
				pdb_result_init(c, t[i], &q, &reps[0]);
				if (pr) {
					pdb_emit_skipped(c, &reps[0], why);
					continue;
				}
				printf("%s with %u connections, %llu-byte messages, unpaced (x%u, %gs):\n",
				       t[i]->label, q.conns, (unsigned long long)q.msg_size, nr, q.duration_s);
				t[i]->stream(c, &q, &reps[0]);
			}
			continue;
		}
		{
			/*
			 * The sweep's first point is every other point's yardstick, and
			 * the first run of a sweep is a cold one (on the 2-vCPU VM of
			 * docs/performance.md: 23 against 37 Gbit/s in repeats 1 and 3):
			 * one run before it, kept as a row of its own and not counted.
			 */
			struct pdb_req w = q;

			w.duration_s = q.duration_s < 2 ? q.duration_s : 2;
			pdb_progress(c, "scale: %s, %u connections, warm-up (%gs)", t[i]->label, w.conns, w.duration_s);
			pdb_result_init(c, t[i], &w, &reps[0]);
			t[i]->stream(c, &w, &reps[0]);
			if (reps[0].measured) {
				snprintf(reps[0].repeat, sizeof(reps[0].repeat), "warmup");
				snprintf(reps[0].status, sizeof(reps[0].status),
					 "warmup: run before the sweep and not counted");
				pdb_emit(c, &reps[0]);
			}
		}
		/* each count keeps its own budget of repeats measured again (pdb_point_begin) */
		for (unsigned k = 0; k < ncounts; k++) {
			pdb_point_begin(c);
			left[k] = c->xcore_left;
		}
		for (unsigned r = 0; r < nr && !pdb_interrupted(); r++) {
			for (unsigned k = 0; k < ncounts && !pdb_interrupted(); k++) {
				q.conns = counts[k];
				pdb_progress(c, "scale: %s, round %u/%u, %u connections (%gs)", t[i]->label, r + 1, nr,
					     q.conns, q.duration_s);
				c->xcore_left = left[k];
				pdb_repeat(c, t[i], &q, &reps[k * nr + r], false);
				left[k] = c->xcore_left;
			}
		}
		if (pdb_interrupted())
			break;
		for (unsigned k = 0; k < ncounts; k++) {
			struct pdb_result *pr_k = &reps[k * nr];

			/* normalized to the first count that measured something */
			if (base <= 0)
				base = median_gbps(pr_k, nr);
			for (unsigned r = 0; r < nr; r++)
				pr_k[r].normalized = base > 0 ? pr_k[r].achieved_gbps / base : 0;
			pdb_summarize(c, pr_k, nr);
		}
	}
	free(reps);
	return 0;
}
