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

int pdb_cmd_scale(struct pdb_ctx *c)
{
	const struct pdb_transport_ops *t[PDB_MAX_TRANSPORTS];
	const char *names[PDB_MAX_TRANSPORTS];
	int nt = pdb_transport_list(c, t, names, PDB_MAX_TRANSPORTS);
	struct pdb_result *reps = calloc(c->o.repeat, sizeof(*reps));
	unsigned counts[32], ncounts = 0;

	if (!reps)
		return 1;
	for (uint64_t n = c->o.from; n < c->o.conns && ncounts < 31; n *= 2)
		counts[ncounts++] = (unsigned)n;
	counts[ncounts++] = c->o.conns;
	/* the ring size is part of the result: say it where the reader looks */
	fprintf(c->o.json ? stderr : stdout,
		"scale: pd with pdd's default rings and quotas (rings size themselves: the configured "
		"size while a container has few sockets, then quota / (32 x its sockets), at least "
		"16 KiB; pdctl sockets shows each)\n");
	for (int i = 0; i < nt && !pdb_interrupted(); i++) {
		enum pdb_place pl[PDB_NPLACES];
		char why[160];
		int pr = pdb_probe(c, t[i], why, sizeof(why));
		double base = 0;

		pdb_placements(c, t[i], pl);
		c->place = pl[0];

		for (unsigned k = 0; k < ncounts && !pdb_interrupted(); k++) {
			struct pdb_req q = { 0, c->o.msg_size, counts[k], c->o.duration_s, 0, false };

			if (pr) {
				pdb_result_init(c, t[i], &q, &reps[0]);
				pdb_emit_skipped(c, &reps[0], why);
				continue;
			}
			if (c->o.dry_run) {
				printf("%s with %u connections, %llu-byte messages, unpaced (x%u, %gs):\n",
				       t[i]->label, q.conns, (unsigned long long)q.msg_size, c->o.repeat,
				       q.duration_s);
				pdb_result_init(c, t[i], &q, &reps[0]);
				t[i]->stream(c, &q, &reps[0]);
				continue;
			}
			if (k == 0) {
				/*
				 * The sweep's first point is every other point's yardstick, and
				 * the first run of a sweep is a cold one (on the 2-vCPU VM of
				 * docs/performance.md: 23 against 37 Gbit/s in repeats 1 and 3):
				 * one run before it, kept as a row of its own and not counted.
				 */
				struct pdb_req w = q;

				w.duration_s = q.duration_s < 2 ? q.duration_s : 2;
				pdb_progress(c, "scale: %s, %u connections, warm-up (%gs)", t[i]->label, w.conns,
					     w.duration_s);
				pdb_result_init(c, t[i], &w, &reps[0]);
				t[i]->stream(c, &w, &reps[0]);
				if (reps[0].measured) {
					snprintf(reps[0].repeat, sizeof(reps[0].repeat), "warmup");
					snprintf(reps[0].status, sizeof(reps[0].status),
						 "warmup: run before the sweep and not counted");
					pdb_emit(c, &reps[0]);
				}
			}
			pdb_point_begin(c);
			for (unsigned r = 0; r < c->o.repeat && !pdb_interrupted(); r++) {
				pdb_progress(c, "scale: %s, %u connections, repeat %u/%u (%gs)", t[i]->label,
					     q.conns, r + 1, c->o.repeat, q.duration_s);
				pdb_repeat(c, t[i], &q, &reps[r], false);
			}
			if (pdb_interrupted())
				break;
			/* normalized to the first count that measured something */
			if (base <= 0)
				base = median_gbps(reps, c->o.repeat);
			for (unsigned r = 0; r < c->o.repeat; r++)
				reps[r].normalized = base > 0 ? reps[r].achieved_gbps / base : 0;
			pdb_summarize(c, reps, c->o.repeat);
		}
	}
	free(reps);
	return 0;
}
