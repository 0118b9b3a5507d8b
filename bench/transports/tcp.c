// SPDX-License-Identifier: MIT
/*
 * tcp.c - kernel TCP between the two containers over the veth pair: iperf3
 * (cpu, paced with -b), sockperf (latency), a multi-connection stream
 * program for scale (pd_stream --kernel, or pdbench's own pdb_tcpstream).
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

static int tcp_probe(struct pdb_ctx *c, char *why, size_t n)
{
	char path[PATH_MAX];

	if (c->cmd == PDB_CPU && pdb_find_bin(c, "iperf3", path, sizeof(path))) {
		snprintf(why, n, "iperf3 not installed (make deps)");
		return -ENOENT;
	}
	if (c->cmd == PDB_LATENCY && pdb_find_bin(c, "sockperf", path, sizeof(path))) {
		snprintf(why, n, "sockperf not installed (make deps)");
		return -ENOENT;
	}
	return 0;
}

/* pd_stream --kernel when it is built (and PDB_TCP_STREAM is not "own"), else pdb_tcpstream */
static int stream_prog(struct pdb_ctx *c, char *path, size_t n, bool *kernel_flag)
{
	const char *force = getenv("PDB_TCP_STREAM");

	*kernel_flag = true;
	if ((!force || strcmp(force, "own")) && !pdb_find_bin(c, "pd_stream", path, n))
		return 0;
	*kernel_flag = false;
	return pdb_find_bin(c, "pdb_tcpstream", path, n);
}

static int tcp_scale(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r)
{
	char prog[PATH_MAX], bind[40], conns[16], msg[24], dur[24], rate[32], why[160];
	unsigned port = pdb_next_port(c);
	struct pdb_proc sp, cp;
	bool kflag;
	int rc;

	if (stream_prog(c, prog, sizeof(prog), &kflag)) {
		pdb_skip(c, r, "no stream program (pd_stream or pdb_tcpstream not built)");
		return 0;
	}
	snprintf(bind, sizeof(bind), "%s:%u", c->ip_b, port);
	snprintf(conns, sizeof(conns), "%u", q->conns);
	snprintf(msg, sizeof(msg), "%llu", (unsigned long long)q->msg_size);
	snprintf(dur, sizeof(dur), "%g", q->duration_s);
	snprintf(rate, sizeof(rate), "%.0f", q->rate_bps);
	char *sargv[] = { prog, "server", "--bind", bind, "--json", "--once",
			  kflag ? "--kernel" : NULL, NULL };
	char *cargv[16] = { prog, "client", "--connect", bind, "--conns", conns, "--msg-size", msg,
			    "--duration", dur, "--json" };
	int k = 11;

	if (q->rate_bps > 0) {
		cargv[k++] = "--rate";
		cargv[k++] = rate;
	}
	if (kflag)
		cargv[k++] = "--kernel";
	cargv[k] = NULL;
	struct pdb_launch srv = { PDB_B, "tcp-stream-server", sargv, NULL, port, NULL, true, 0 };
	struct pdb_launch cli = { PDB_A, "tcp-stream-client", cargv, NULL, 0, NULL, false, 0 };

	rc = pdb_run_set(c, &srv, 1, &cli, 1, q->duration_s, r, &sp, &cp);
	if (rc || c->o.dry_run)
		return rc;
	rc = pdb_parse_stream_json(cp.out, r, why, sizeof(why));
	if (rc) {
		pdb_skip(c, r, "error: %s", why);
		return rc;
	}
	r->measured = true;
	return 0;
}

/* srv[] starts with pre[0..npre) (at most 3); returns how many were taken */
static unsigned with_pre(struct pdb_launch *srv, const struct pdb_launch *pre, unsigned npre)
{
	npre = npre < 3 ? npre : 3;
	for (unsigned i = 0; i < npre; i++)
		srv[i] = pre[i];
	return npre;
}

/*
 * iperf3 between the containers (cpu), paced with -b: the server in B, the
 * client in A, each with env (NULL: none); pre[0..npre) start first (pdd for
 * the shim).  Shared by tcp and pd-preload: the same program for both.
 */
int pdb_iperf3(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r, char **env,
	       struct pdb_launch *pre, unsigned npre)
{
	char iperf[PATH_MAX], port_s[16], dur[16], rate[32], len[24], par[16], why[160];
	unsigned port = pdb_next_port(c);
	struct pdb_proc sp[4], cp;
	struct pdb_launch srv[4];
	double bps, bytes, secs;
	char *json;
	int rc;

	pdb_find_bin(c, "iperf3", iperf, sizeof(iperf));
	snprintf(port_s, sizeof(port_s), "%u", port);
	/* iperf3 takes whole seconds */
	snprintf(dur, sizeof(dur), "%.0f", q->duration_s < 1 ? 1 : round(q->duration_s));
	/* -b paces each stream: split the target over the connections */
	snprintf(rate, sizeof(rate), "%.0f", q->rate_bps / q->conns);
	snprintf(len, sizeof(len), "%llu", (unsigned long long)q->msg_size);
	snprintf(par, sizeof(par), "%u", q->conns);
	char *sargv[] = { iperf, "-s", "-1", "-B", c->ip_b, "-p", port_s, NULL };
	char *cargv[] = { iperf, "-c", c->ip_b, "-p", port_s, "-t", dur, "-b", rate, "-l", len, "-P",
			  par, "-J", NULL };
	struct pdb_launch cli = { PDB_A, "iperf3-client", cargv, env, 0, NULL, false, 0 };

	npre = with_pre(srv, pre, npre);
	srv[npre] = (struct pdb_launch){ PDB_B, "iperf3-server", sargv, env, port, NULL, true, 0 };
	rc = pdb_run_set(c, srv, npre + 1, &cli, 1, atof(dur), r, sp, &cp);
	if (c->o.dry_run)
		return rc;
	json = pdb_slurp(cp.out);
	if (!rc || (json && strstr(json, "\"error\""))) {
		int prc = pdb_parse_iperf3(json, &bps, &bytes, &secs, why, sizeof(why));

		if (prc) {
			pdb_skip(c, r, "error: %s", why);
			rc = prc;
		} else if (!rc) {
			r->achieved_gbps = bps / 1e9;
			r->mops = bytes / (double)q->msg_size / secs / 1e6;
			r->measured = true;
		}
	}
	free(json);
	return rc;
}

static int tcp_stream(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r)
{
	if (c->cmd == PDB_SCALE)
		return tcp_scale(c, q, r);
	return pdb_iperf3(c, q, r, NULL, NULL, 0);
}

/* sockperf ping-pong (latency), as pdb_iperf3: env for both sides, pre started first */
int pdb_sockperf(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r, char **env,
		 struct pdb_launch *pre, unsigned npre)
{
	char sp_path[PATH_MAX], port_s[16], dur[16], msg[24];
	unsigned port = pdb_next_port(c);
	struct pdb_proc sp[4], cp;
	struct pdb_launch srv[4];
	char *text;
	int rc;

	pdb_find_bin(c, "sockperf", sp_path, sizeof(sp_path));
	snprintf(port_s, sizeof(port_s), "%u", port);
	snprintf(dur, sizeof(dur), "%.0f", q->duration_s < 1 ? 1 : round(q->duration_s));
	snprintf(msg, sizeof(msg), "%llu", (unsigned long long)q->msg_size);
	char *sargv[] = { sp_path, "sr", "--tcp", "-i", c->ip_b, "-p", port_s, NULL };
	char *cargv[] = { sp_path, "pp", "--tcp", "-i", c->ip_b, "-p", port_s, "-m", msg, "-t", dur,
			  NULL };
	struct pdb_launch cli = { PDB_A, "sockperf-client", cargv, env, 0, NULL, false, 0 };

	npre = with_pre(srv, pre, npre);
	srv[npre] = (struct pdb_launch){ PDB_B, "sockperf-server", sargv, env, port, NULL, false, 0 };
	rc = pdb_run_set(c, srv, npre + 1, &cli, 1, atof(dur), NULL, sp, &cp);
	if (rc) {
		pdb_skip(c, r, "error: sockperf failed (see %s)", cp.err[0] ? cp.err : sp[npre].err);
		return rc;
	}
	if (c->o.dry_run)
		return 0;
	text = pdb_slurp(cp.out);
	rc = pdb_parse_sockperf(text, r);
	free(text);
	if (rc) {
		pdb_skip(c, r, "error: sockperf output not understood (%s)", cp.out);
		return rc;
	}
	r->measured = true;
	return 0;
}

static int tcp_rr(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r)
{
	return pdb_sockperf(c, q, r, NULL, NULL, 0);
}

/* kernel TCP's connect rate, by the same program: pd_rr --kernel --connect-rate */
static int tcp_connect_rate(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r)
{
	char prog[PATH_MAX], bind[40], dur[24];
	unsigned port = pdb_next_port(c);
	struct pdb_proc sp, cp;
	int rc;

	if (pdb_find_bin(c, "pd_rr", prog, sizeof(prog))) {
		pdb_skip(c, r, "pd_rr not built (run make)");
		return -ENOENT;
	}
	snprintf(bind, sizeof(bind), "%s:%u", c->ip_b, port);
	snprintf(dur, sizeof(dur), "%g", q->duration_s);
	char *sargv[] = { prog, "server", "--bind", bind, "--kernel", "--json", NULL };
	char *cargv[] = { prog, "client", "--connect", bind, "--connect-rate", "--duration", dur, "--json",
			  "--kernel", NULL };
	struct pdb_launch srv = { PDB_B, "pd-rr-kernel-server", sargv, NULL, port, NULL, false, 0 };
	struct pdb_launch cli = { PDB_A, "pd-rr-kernel-connect", cargv, NULL, 0, NULL, false, 0 };

	rc = pdb_run_set(c, &srv, 1, &cli, 1, q->duration_s, NULL, &sp, &cp);
	if (rc) {
		pdb_skip(c, r, "error: pd_rr --kernel --connect-rate failed (see %s)", cp.err[0] ? cp.err : sp.err);
		return rc;
	}
	if (c->o.dry_run)
		return 0;
	return pdb_parse_connect_rate(cp.out, r);
}

const struct pdb_transport_ops pdb_tcp_ops = {
	.version = PDB_TRANSPORT_V1,
	.name = "tcp",
	.label = "tcp",
	.connect_rate = tcp_connect_rate,
	.probe = tcp_probe,
	.stream = tcp_stream,
	.rr = tcp_rr,
};
