// SPDX-License-Identifier: MIT
/* cmd_latency.c - pdbench latency: ping-pong latency percentiles per transport. */
#include <stdlib.h>
#include <string.h>

#include "pdbench.h"
#include "transports/common.h"

/* pd: both; kernel TCP (sockperf) sleeps; the shared-memory models (FreeFlow, shm) and RDMA poll */
unsigned pdb_waits(const struct pdb_transport_ops *t, bool out[2])
{
	if (!strcmp(t->name, "pd")) {
		out[0] = true;
		out[1] = false;
		return 2;
	}
	out[0] = strcmp(t->name, "tcp") != 0;
	return 1;
}

int pdb_cmd_latency(struct pdb_ctx *c)
{
	const struct pdb_transport_ops *t[PDB_MAX_TRANSPORTS];
	const char *names[PDB_MAX_TRANSPORTS];
	int nt = pdb_transport_list(c, t, names, PDB_MAX_TRANSPORTS);
	struct pdb_result *reps = calloc(c->o.repeat, sizeof(*reps));

	if (!reps)
		return 1;
	for (int i = 0; i < nt && !pdb_interrupted(); i++) {
		enum pdb_place pl[PDB_NPLACES];
		bool waits[2];
		unsigned nw = pdb_waits(t[i], waits);
		char why[160];
		int pr = pdb_probe(c, t[i], why, sizeof(why));

		pdb_placements(c, t[i], pl);
		c->place = pl[0];
		if (!pr && !t[i]->rr) {
			snprintf(why, sizeof(why), "%s measures streams only, not latency", t[i]->label);
			pr = -1;
		}
		for (unsigned w = 0; w < nw && !pdb_interrupted(); w++) {
			struct pdb_req q = { 0, c->o.msg_size, 1, c->o.duration_s, 0, waits[w] };

			if (pr) {
				pdb_result_init(c, t[i], &q, &reps[0]);
				pdb_emit_skipped(c, &reps[0], why);
				break;
			}
			if (c->o.dry_run) {
				printf("%s ping-pong, %s waits, %llu-byte messages, %s placement (x%u "
				       "repeats, %gs each):\n",
				       t[i]->label, q.busy ? "busy-polling" : "sleeping",
				       (unsigned long long)q.msg_size, pdb_place_name[c->place], c->o.repeat,
				       q.duration_s);
				pdb_result_init(c, t[i], &q, &reps[0]);
				t[i]->rr(c, &q, &reps[0]);
				continue;
			}
			pdb_point_begin(c);
			for (unsigned r = 0; r < c->o.repeat && !pdb_interrupted(); r++) {
				pdb_progress(c, "latency: %s (%s waits), repeat %u/%u (%gs)", t[i]->label,
					     q.busy ? "busy" : "sleeping", r + 1, c->o.repeat, q.duration_s);
				pdb_repeat(c, t[i], &q, &reps[r], true);
			}
			if (!pdb_interrupted())
				pdb_summarize(c, reps, c->o.repeat);
		}
	}
	free(reps);
	return 0;
}
