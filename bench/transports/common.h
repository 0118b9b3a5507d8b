/* SPDX-License-Identifier: MIT */
/* common.h - helpers shared by the transports of bench/transports/. */
#ifndef PDB_TRANSPORTS_COMMON_H
#define PDB_TRANSPORTS_COMMON_H

#include "../pdbench.h"

struct pdb_launch {
	enum pdb_role role;
	const char *name;		/* log file name and messages */
	char **argv, **env;
	unsigned listen_port;		/* ready when a TCP socket listens here */
	const char *wait_path;		/* ready when this path exists */
	bool finite;			/* a server that exits by itself after the clients */
	double settle;			/* no readiness signal: seconds it must stay up first */
};

void pdb_result_init(struct pdb_ctx *c, const struct pdb_transport_ops *t, const struct pdb_req *q,
		     struct pdb_result *r);
unsigned pdb_next_port(struct pdb_ctx *c);
int pdb_run_set(struct pdb_ctx *c, struct pdb_launch *srv, unsigned nsrv, struct pdb_launch *cli,
		unsigned ncli, double duration_s, struct pdb_result *r, struct pdb_proc *sp,
		struct pdb_proc *cp);
/* iperf3 (cpu) and sockperf ping-pong (latency) between the containers (tcp.c): env for
 * both sides (NULL: none), pre[0..npre) (at most 3, e.g. pdd) started first */
int pdb_iperf3(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r, char **env,
	       struct pdb_launch *pre, unsigned npre);
int pdb_sockperf(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r, char **env,
		 struct pdb_launch *pre, unsigned npre);
int pdb_parse_stream_json(const char *path, struct pdb_result *r, char *why, size_t n);
/*
 * The last JSON object of a latency client's output file (pd_rr, pdb_ff,
 * pdb_shm: samples, p50_us .. max_us) into r; 0, or -EINVAL if it is missing.
 */
int pdb_parse_latency_json(const char *path, struct pdb_result *r);
/* pd_rr --connect-rate's JSON ("connect_rate") into r->value, measured; 0 or -EINVAL (r skipped) */
int pdb_parse_connect_rate(const char *path, struct pdb_result *r);

#endif
