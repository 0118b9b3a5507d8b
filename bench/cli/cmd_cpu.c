// SPDX-License-Identifier: MIT
/*
 * cmd_cpu.c - pdbench cpu: CPU cores each transport needs for a throughput
 * target (paper Fig. 2).  One point per transport and target, repeated.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "pdbench.h"
#include "transports/common.h"

/* Probe a transport under the chosen runtime; 0 or -errno with the reason. */
int pdb_probe(struct pdb_ctx *c, const struct pdb_transport_ops *t, char *why, size_t n)
{
	if (!strcmp(c->o.runtime, "docker")) {
		char *argv[] = { "docker", "info", NULL };

		if (pdb_run_cmd(argv, true))
			snprintf(why, n, "runtime docker: 'docker info' failed (no Docker engine here)");
		else
			snprintf(why, n, "runtime docker is not supported by this build; use --runtime netns");
		return -ENOTSUP;
	}
	return t->probe(c, why, n);
}

/* A point that cannot run here: one row, repeat "median", with the reason. */
void pdb_emit_skipped(struct pdb_ctx *c, struct pdb_result *r, const char *why)
{
	pdb_skip(c, r, "%s", why);
	snprintf(r->repeat, sizeof(r->repeat), "median");
	if (c->o.dry_run)
		printf("  %s: skipped: %s\n", r->transport, why);
	else
		pdb_emit(c, r);
}

int pdb_cmd_cpu(struct pdb_ctx *c)
{
	const struct pdb_transport_ops *t[PDB_MAX_TRANSPORTS];
	const char *names[PDB_MAX_TRANSPORTS];
	int nt = pdb_transport_list(c, t, names, PDB_MAX_TRANSPORTS);
	struct pdb_result *reps = calloc(c->o.repeat, sizeof(*reps));

	if (!reps)
		return 1;
	for (int i = 0; i < nt && !pdb_interrupted(); i++) {
		enum pdb_place pl[PDB_NPLACES];
		unsigned npl = pdb_placements(c, t[i], pl);
		char why[160];
		int pr = pdb_probe(c, t[i], why, sizeof(why));

		for (unsigned p = 0; p < npl && !pdb_interrupted(); p++) {
			c->place = pl[p];
			for (unsigned k = 0; k < c->o.ntargets && !pdb_interrupted(); k++) {
				struct pdb_req q = { c->o.targets_bps[k], c->o.msg_size, c->o.conns,
						     c->o.duration_s, 0, false };
				char rate[32];

				pdb_fmt_rate(q.rate_bps, rate, sizeof(rate));
				if (pr) {
					pdb_result_init(c, t[i], &q, &reps[0]);
					pdb_emit_skipped(c, &reps[0], why);
					continue;
				}
				if (c->o.dry_run) {
					printf("%s at %s, %s placement (x%u repeats, %gs each, steady-state "
					       "window measured):\n",
					       t[i]->label, rate, pdb_place_name[c->place], c->o.repeat,
					       q.duration_s);
					pdb_result_init(c, t[i], &q, &reps[0]);
					t[i]->stream(c, &q, &reps[0]);
					continue;
				}
				pdb_point_begin(c);
				for (unsigned r = 0; r < c->o.repeat && !pdb_interrupted(); r++) {
					pdb_progress(c, "cpu: %s (%s) at %s, repeat %u/%u (%gs)", t[i]->label,
						     pdb_place_name[c->place], rate, r + 1, c->o.repeat,
						     q.duration_s);
					pdb_repeat(c, t[i], &q, &reps[r], false);
				}
				if (!pdb_interrupted())
					pdb_summarize(c, reps, c->o.repeat);
			}
		}
	}
	free(reps);
	return 0;
}
