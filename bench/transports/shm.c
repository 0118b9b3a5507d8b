// SPDX-License-Identifier: MIT
/*
 * shm.c - the shm reference transport: pdb_shm (bench/models/shm_stream.c), one
 * lock-free ring shared by the two containers, no isolation: the upper bound.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

static int shm_probe(struct pdb_ctx *c, char *why, size_t n)
{
	char path[PATH_MAX];

	if (pdb_find_bin(c, "pdb_shm", path, sizeof(path))) {
		snprintf(why, n, "pdb_shm not built (run make)");
		return -ENOENT;
	}
	return 0;
}

static int shm_run(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r, bool rr)
{
	char prog[PATH_MAX], shm[PATH_MAX], msg[24], dur[24], rate[32], ring[24], why[160];
	struct pdb_proc sp, cp;
	uint64_t rs = 4u << 20;
	int rc;

	if (q->conns != 1) {
		pdb_skip(c, r, "shm streams one connection");
		return 0;
	}
	while (rs < q->msg_size * 2)
		rs <<= 1;
	pdb_find_bin(c, "pdb_shm", prog, sizeof(prog));
	snprintf(shm, sizeof(shm), "/dev/shm/%s-shm", c->tag);
	if (!c->o.dry_run)
		unlink(shm);
	snprintf(msg, sizeof(msg), "%llu", (unsigned long long)q->msg_size);
	snprintf(dur, sizeof(dur), "%g", q->duration_s);
	snprintf(rate, sizeof(rate), "%.0f", q->rate_bps);
	snprintf(ring, sizeof(ring), "%llu", (unsigned long long)rs);
	char *vargv[] = { prog, rr ? "pong" : "recv", "--shm", shm, "--ring", ring, "--msg-size", msg,
			  "--duration", dur, NULL };
	char *sargv[] = { prog, rr ? "ping" : "send", "--shm", shm, "--msg-size", msg, "--duration",
			  dur, "--rate", rate, NULL };
	struct pdb_launch srv = { PDB_B, rr ? "shm-pong" : "shm-recv", vargv, NULL, 0, shm, true, 0 };
	struct pdb_launch cli = { PDB_A, rr ? "shm-ping" : "shm-send", sargv, NULL, 0, NULL, false, 0 };

	rc = pdb_run_set(c, &srv, 1, &cli, 1, q->duration_s, rr ? NULL : r, &sp, &cp);
	if (!c->o.dry_run)
		unlink(shm);
	if (rc && rr)
		pdb_skip(c, r, "error: pdb_shm failed (see %s)", cp.err);
	if (rc || c->o.dry_run)
		return rc;
	if (rr) {
		rc = pdb_parse_latency_json(cp.out, r);
		if (rc) {
			pdb_skip(c, r, "error: no latency JSON in %s", cp.out);
			return rc;
		}
	} else {
		rc = pdb_parse_stream_json(sp.out, r, why, sizeof(why));
		if (rc) {
			pdb_skip(c, r, "error: %s", why);
			return rc;
		}
	}
	r->measured = true;
	return 0;
}

static int shm_stream(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r)
{
	return shm_run(c, q, r, false);
}

static int shm_rr(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r)
{
	return shm_run(c, q, r, true);
}

const struct pdb_transport_ops pdb_shm_ops = {
	.version = PDB_TRANSPORT_V1,
	.name = "shm",
	.label = "shm",
	.probe = shm_probe,
	.stream = shm_stream,
	.rr = shm_rr,
};
