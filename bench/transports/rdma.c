// SPDX-License-Identifier: MIT
/*
 * rdma.c - RDMA through perftest (ib_write_bw / ib_read_bw, -q N for
 * connections, 1 KiB messages as in the paper, --report_gbits), when
 * ibv_devices lists a device; otherwise every row is skipped with the reason.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

/* ibv_devices prints a header, a dashes line, then one line per device */
static bool have_device(void)
{
	FILE *p = popen("ibv_devices 2>/dev/null", "r");
	char line[256];
	bool dashes = false, dev = false;

	if (!p)
		return false;
	while (fgets(line, sizeof(line), p)) {
		if (strstr(line, "------"))
			dashes = true;
		else if (dashes && strspn(line, " \t\n") < strlen(line))
			dev = true;
	}
	pclose(p);
	return dev;
}

static int rdma_probe(struct pdb_ctx *c, char *why, size_t n)
{
	char path[PATH_MAX];

	if (pdb_find_bin(c, "ib_write_bw", path, sizeof(path))) {
		snprintf(why, n, "perftest not installed (make deps)");
		return -ENOENT;
	}
	if (!have_device()) {
		snprintf(why, n, "no RDMA device");
		return -ENODEV;
	}
	if (c->cmd == PDB_LATENCY) {
		snprintf(why, n, "rdma latency is not measured by pdbench");
		return -ENOTSUP;
	}
	return 0;
}

static int rdma_stream(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r)
{
	char prog[PATH_MAX], port_s[16], qps[16], dur[16], size[24], why[64];
	unsigned port = pdb_next_port(c);
	struct pdb_proc sp, cp;
	double gbps, mpps;
	char *text;
	int rc;

	pdb_find_bin(c, "ib_write_bw", prog, sizeof(prog));
	snprintf(port_s, sizeof(port_s), "%u", port);
	snprintf(qps, sizeof(qps), "%u", q->conns);
	snprintf(dur, sizeof(dur), "%.0f", q->duration_s < 2 ? 2 : q->duration_s);
	snprintf(size, sizeof(size), "%llu", (unsigned long long)q->msg_size);
	char *sargv[] = { prog, "-p", port_s, "-q", qps, "-s", size, "-D", dur, "--report_gbits", NULL };
	char *cargv[] = { prog, "-p", port_s, "-q", qps, "-s", size, "-D", dur, "--report_gbits",
			  c->ip_b, NULL };
	struct pdb_launch srv = { PDB_B, "ib_write_bw-server", sargv, NULL, port, NULL, true, 0 };
	struct pdb_launch cli = { PDB_A, "ib_write_bw-client", cargv, NULL, 0, NULL, false, 0 };

	rc = pdb_run_set(c, &srv, 1, &cli, 1, atof(dur), r, &sp, &cp);
	if (rc || c->o.dry_run)
		return rc;
	text = pdb_slurp(cp.out);
	rc = pdb_parse_perftest_bw(text, &gbps, &mpps);
	free(text);
	if (rc) {
		snprintf(why, sizeof(why), "perftest output not understood");
		pdb_skip(c, r, "error: %s", why);
		return rc;
	}
	r->achieved_gbps = gbps;
	r->mops = mpps;
	r->measured = true;
	return 0;
}

const struct pdb_transport_ops pdb_rdma_ops = {
	.version = PDB_TRANSPORT_V1,
	.name = "rdma",
	.label = "rdma",
	.probe = rdma_probe,
	.stream = rdma_stream,
	.rr = NULL,
};
