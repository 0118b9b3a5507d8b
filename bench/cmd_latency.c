// SPDX-License-Identifier: MIT
/* cmd_latency.c - pdbench latency: ping-pong latency percentiles per transport. */
#include <stdlib.h>
#include <string.h>

#include "pdbench.h"
#include "transports/common.h"

int pdb_cmd_latency(struct pdb_ctx *c)
{
	const struct pdb_transport_ops *t[PDB_MAX_TRANSPORTS];
	const char *names[PDB_MAX_TRANSPORTS];
	int nt = pdb_transport_list(c, t, names, PDB_MAX_TRANSPORTS);
	struct pdb_result *reps = calloc(c->o.repeat, sizeof(*reps));
	struct pdb_req q = { 0, c->o.msg_size, 1, c->o.duration_s, 0 };

	if (!reps)
		return 1;
	for (int i = 0; i < nt && !pdb_interrupted(); i++) {
		char why[160];
		int pr = pdb_probe(c, t[i], why, sizeof(why));

		if (!pr && !t[i]->rr) {
			snprintf(why, sizeof(why), "%s measures streams only, not latency", t[i]->label);
			pr = -1;
		}
		if (pr) {
			pdb_result_init(c, t[i], &q, &reps[0]);
			pdb_emit_skipped(c, &reps[0], why);
			continue;
		}
		if (c->o.dry_run) {
			printf("%s ping-pong, %llu-byte messages (x%u repeats, %gs each):\n", t[i]->label,
			       (unsigned long long)q.msg_size, c->o.repeat, q.duration_s);
			pdb_result_init(c, t[i], &q, &reps[0]);
			t[i]->rr(c, &q, &reps[0]);
			continue;
		}
		for (unsigned r = 0; r < c->o.repeat && !pdb_interrupted(); r++) {
			pdb_progress(c, "latency: %s, repeat %u/%u (%gs)", t[i]->label, r + 1, c->o.repeat,
				     q.duration_s);
			pdb_result_init(c, t[i], &q, &reps[r]);
			t[i]->rr(c, &q, &reps[r]);
		}
		if (!pdb_interrupted())
			pdb_summarize(c, reps, c->o.repeat);
	}
	free(reps);
	return 0;
}
