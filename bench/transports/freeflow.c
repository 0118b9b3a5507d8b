// SPDX-License-Identifier: MIT
/*
 * freeflow.c - the freeflow-model transport: pdb_ff (bench/models/ff_router.c), a
 * reference model of FreeFlow's intra-host fast path.  The router runs in
 * the device container, so its core lands in device_cores, as the paper
 * left the router core out of its count.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

static int ff_probe(struct pdb_ctx *c, char *why, size_t n)
{
	char path[PATH_MAX];

	if (pdb_find_bin(c, "pdb_ff", path, sizeof(path))) {
		snprintf(why, n, "pdb_ff not built (run make)");
		return -ENOENT;
	}
	return 0;
}

static int ff_run(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r, bool rr)
{
	char prog[PATH_MAX], shm[PATH_MAX], msg[24], dur[24], rate[32], why[160];
	struct pdb_proc sp[2], cp;
	int rc;

	if (q->conns != 1) {
		pdb_skip(c, r, "freeflow-model streams one connection");
		return 0;
	}
	if (q->msg_size > (64u << 20)) {
		pdb_skip(c, r, "freeflow-model messages are at most 64M");
		return 0;
	}
	pdb_find_bin(c, "pdb_ff", prog, sizeof(prog));
	snprintf(shm, sizeof(shm), "/dev/shm/%s-ff", c->tag);
	if (!c->o.dry_run)
		unlink(shm);
	snprintf(msg, sizeof(msg), "%llu", (unsigned long long)q->msg_size);
	snprintf(dur, sizeof(dur), "%g", q->duration_s);
	snprintf(rate, sizeof(rate), "%.0f", q->rate_bps);
	char *rargv[] = { prog, "router", "--shm", shm, "--msg-size", msg, NULL };
	char *vargv[] = { prog, rr ? "pong" : "recv", "--shm", shm, "--duration", dur, NULL };
	char *sargv[] = { prog, rr ? "ping" : "send", "--shm", shm, "--duration", dur, "--rate", rate,
			  NULL };
	struct pdb_launch srv[2] = {
		{ PDB_DEV, "ff-router", rargv, NULL, 0, shm, true, 0 },
		{ PDB_B, rr ? "ff-pong" : "ff-recv", vargv, NULL, 0, NULL, true, 0 },
	};
	struct pdb_launch cli = { PDB_A, rr ? "ff-ping" : "ff-send", sargv, NULL, 0, NULL, false, 0 };

	rc = pdb_run_set(c, srv, 2, &cli, 1, q->duration_s, rr ? NULL : r, sp, &cp);
	if (!c->o.dry_run)
		unlink(shm);
	if (rc && rr)
		pdb_skip(c, r, "error: pdb_ff ping-pong failed (see %s)", cp.err);
	if (rc || c->o.dry_run)
		return rc;
	if (rr) {
		rc = pdb_parse_latency_json(cp.out, r);
		if (rc) {
			pdb_skip(c, r, "error: no latency JSON in %s", cp.out);
			return rc;
		}
	} else {
		rc = pdb_parse_stream_json(sp[1].out, r, why, sizeof(why));
		if (rc) {
			pdb_skip(c, r, "error: %s", why);
			return rc;
		}
	}
	r->measured = true;
	return 0;
}

static int ff_stream(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r)
{
	return ff_run(c, q, r, false);
}

static int ff_rr(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r)
{
	return ff_run(c, q, r, true);
}

const struct pdb_transport_ops pdb_freeflow_ops = {
	.version = PDB_TRANSPORT_V1,
	.name = "freeflow",
	.label = "freeflow-model",
	.probe = ff_probe,
	.stream = ff_stream,
	.rr = ff_rr,
};
