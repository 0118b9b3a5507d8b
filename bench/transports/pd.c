// SPDX-License-Identifier: MIT
/*
 * pd.c - PipeDevice: pdd (driver + device) in the driver container,
 * pd_stream / pd_rr in the two application containers, found through
 * PD_SOCKET.  Two transports: pd (the BSD API) and pd-zc (the zero-copy
 * API).  Latency: sleeping waits (pd_rr's default) or busy polling
 * (PD_POLL=busy, pd_rr --busy).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

static int pd_probe(struct pdb_ctx *c, char *why, size_t n)
{
	const char *dev = c->o.device;
	char path[PATH_MAX];

	if (strcmp(dev, "soft") && strcmp(dev, "rtl")) {
		snprintf(why, n, "device %s needs the kernel host pipedevice.ko (no loadable modules "
				 "here); use --device soft or rtl", dev);
		return -ENODEV;
	}
	if (pdb_find_bin(c, "pdd", path, sizeof(path))) {
		snprintf(why, n, "pdd not built (no pdd in %s; run make)", c->bindir);
		return -ENOENT;
	}
	if (pdb_find_bin(c, c->cmd == PDB_LATENCY ? "pd_rr" : "pd_stream", path, sizeof(path))) {
		snprintf(why, n, "%s not built (run make)", c->cmd == PDB_LATENCY ? "pd_rr" : "pd_stream");
		return -ENOENT;
	}
	return 0;
}

struct pd_daemon {
	char bin[PATH_MAX], sock[PATH_MAX], ring[24], sockets[16], mem[24], region[24], cpus[32];
	char env[PATH_MAX + 16];
	char *argv[32];
	char *envp[3];
};

/*
 * pdd for one point.  Device placement: one worker on the device's CPU,
 * busy polling and never yielding (the soft body runs inline in it and
 * stands in for a hardware engine that runs by itself); its time outside
 * driver rounds is the device's (pdctl's cpu_device_ns).  q->ring_size 0:
 * pdd's own defaults for rings, region and quotas; else (scale) rings of
 * that size and memory to match.
 */
static void pd_daemon_setup(struct pdb_ctx *c, const struct pdb_req *q, struct pd_daemon *d)
{
	uint64_t ring = q->ring_size;
	unsigned k = 0;

	pdb_find_bin(c, "pdd", d->bin, sizeof(d->bin));
	snprintf(d->sock, sizeof(d->sock), PDB_RUNDIR "/%s.sock", c->tag);
	snprintf(d->env, sizeof(d->env), "PD_SOCKET=%s", d->sock);
	d->argv[k++] = d->bin;
	d->argv[k++] = "--socket";
	d->argv[k++] = d->sock;
	d->argv[k++] = "--device";
	d->argv[k++] = c->o.device;
	/*
	 * Slots per process: one socket per connection each side, plus the
	 * listener and slack; and a listener's backlog is at most half the
	 * slots, which must hold every connection not accepted yet.  pdd's
	 * default (8192) covers 4096 connections.
	 */
	if (2 * q->conns > 8192) {
		unsigned n = 2 * q->conns + 16;

		snprintf(d->sockets, sizeof(d->sockets), "%u", n > 65536 ? 65536 : n);
		d->argv[k++] = "--max-sockets";
		d->argv[k++] = d->sockets;
	}
	if (ring) {
		uint64_t budget = ring * 4 * q->conns;
		/* per container: its sockets' send + receive rings; the driver core wants a
		 * power-of-two arena of at least two 2 MiB pages (pages are backed only
		 * when a ring uses them, so rounding up costs address space, not memory) */
		uint64_t need = budget / 2 + budget / 16 + ring * 4, arena = 4u << 20;

		while (arena < need)
			arena <<= 1;
		pdb_fmt_size(ring, d->ring, sizeof(d->ring));
		pdb_fmt_size(arena, d->mem, sizeof(d->mem));
		/* the region bounds the memory really used: both containers' rings plus slack */
		pdb_fmt_size(((need * 2) + (2u << 20) - 1) & ~(uint64_t)((2u << 20) - 1), d->region,
			     sizeof(d->region));
		d->argv[k++] = "--ring-size";
		d->argv[k++] = d->ring;
		d->argv[k++] = "--max-memory";
		d->argv[k++] = d->mem;
		d->argv[k++] = "--region";
		d->argv[k++] = d->region;
	}
	if (c->place == PDB_PLACE_DEVICE) {
		snprintf(d->cpus, sizeof(d->cpus), "%s", c->place_cpus[PDB_PLACE_DEVICE][PDB_DRV]);
		d->argv[k++] = "--workers";
		d->argv[k++] = "1";
		d->argv[k++] = "--cpus";
		d->argv[k++] = d->cpus;
		d->argv[k++] = "--device-thread";
		d->argv[k++] = "inline";
		d->argv[k++] = "--poll";
		d->argv[k++] = "busy";
		d->argv[k++] = "--yield-after";
		d->argv[k++] = "0";
	}
	/* PDB_PDD_ARGS: extra pdd options for experiments, e.g. "--poll adaptive" */
	if (getenv("PDB_PDD_ARGS")) {
		static char extra[256];
		char *save = NULL;

		snprintf(extra, sizeof(extra), "%s", getenv("PDB_PDD_ARGS"));
		for (char *w = strtok_r(extra, " ", &save); w && k < 31; w = strtok_r(NULL, " ", &save))
			d->argv[k++] = w;
	}
	d->argv[k] = NULL;
	d->envp[0] = d->env;
	d->envp[1] = q->busy ? "PD_POLL=busy" : NULL;
	d->envp[2] = NULL;
	/* measure.c asks this pdd for its device/driver split while the point runs */
	snprintf(c->pdd_sock, sizeof(c->pdd_sock), "%s", d->sock);
	pdb_find_bin(c, "pdctl", c->pdctl, sizeof(c->pdctl));
}

static int stream(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r, const char *api)
{
	static struct pd_daemon d;
	char prog[PATH_MAX], bind[40], conns[16], msg[24], dur[24], rate[32], why[160];
	unsigned port = pdb_next_port(c);
	struct pdb_proc sp[2], cp;
	int rc;

	pd_daemon_setup(c, q, &d);
	pdb_find_bin(c, "pd_stream", prog, sizeof(prog));
	snprintf(bind, sizeof(bind), "%s:%u", c->ip_b, port);
	snprintf(conns, sizeof(conns), "%u", q->conns);
	snprintf(msg, sizeof(msg), "%llu", (unsigned long long)q->msg_size);
	snprintf(dur, sizeof(dur), "%g", q->duration_s);
	snprintf(rate, sizeof(rate), "%.0f", q->rate_bps);
	char *sargv[] = { prog, "server", "--bind", bind, "--json", "--once", "--api", (char *)api, NULL };
	char *cargv[16] = { prog, "client", "--connect", bind, "--conns", conns, "--msg-size", msg,
			    "--duration", dur, "--json", "--api", (char *)api, NULL };
	if (q->rate_bps > 0) {
		cargv[13] = "--rate";
		cargv[14] = rate;
	}
	/* pdd is ready when its control socket exists; a pd_stream server listens
	 * through pdd (no kernel socket to watch): it must stay up 0.3 s first. */
	struct pdb_launch srv[2] = {
		{ PDB_DRV, "pdd", d.argv, d.envp, 0, d.sock, false, 0 },
		{ PDB_B, "pd-stream-server", sargv, d.envp, 0, NULL, true, 0.3 },
	};
	struct pdb_launch cli = { PDB_A, "pd-stream-client", cargv, d.envp, 0, NULL, false, 0 };

	rc = pdb_run_set(c, srv, 2, &cli, 1, q->duration_s, r, sp, &cp);
	c->pdd_sock[0] = 0;
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

static int pd_stream(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r)
{
	return stream(c, q, r, "bsd");
}

/* the zero-copy API; pd_stream writes and reads every payload byte in the rings */
static int pd_zc_stream(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r)
{
	return stream(c, q, r, "zc");
}

/*
 * pdd, a pd_rr server and one pd_rr client (argv after "--connect ADDR":
 * mode, duration, --json ...) for q; the client's output file in *cp.
 * 0, or -errno with r skipped and the reason.
 */
static int rr_set(struct pdb_ctx *c, const struct pdb_req *q, const char *name, char *const mode[],
		  struct pdb_result *r, struct pdb_proc *cp)
{
	static struct pd_daemon d;
	char prog[PATH_MAX], bind[40];
	unsigned port = pdb_next_port(c);
	struct pdb_proc sp[2];
	char *cargv[16] = { prog, "client", "--connect", bind };
	int rc, k = 4;

	pd_daemon_setup(c, q, &d);
	pdb_find_bin(c, "pd_rr", prog, sizeof(prog));
	snprintf(bind, sizeof(bind), "%s:%u", c->ip_b, port);
	for (int i = 0; mode[i] && k < 15; i++)
		cargv[k++] = mode[i];
	cargv[k] = NULL;
	char *sargv[] = { prog, "server", "--bind", bind, "--json", NULL };
	struct pdb_launch srv[2] = {
		{ PDB_DRV, "pdd", d.argv, d.envp, 0, d.sock, false, 0 },
		/* busy: PD_POLL=busy in the environment makes the server's waits spin too */
		{ PDB_B, "pd-rr-server", sargv, d.envp, 0, NULL, false, 0.3 },
	};
	struct pdb_launch cli = { PDB_A, name, cargv, d.envp, 0, NULL, false, 0 };

	rc = pdb_run_set(c, srv, 2, &cli, 1, q->duration_s, NULL, sp, cp);
	c->pdd_sock[0] = 0;
	if (rc)
		pdb_skip(c, r, "error: %s failed (see %s)", name, cp->err[0] ? cp->err : sp[1].err);
	return rc;
}

static int pd_rr(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r)
{
	char msg[24], dur[24];
	struct pdb_proc cp;
	int rc;

	snprintf(msg, sizeof(msg), "%llu", (unsigned long long)q->msg_size);
	snprintf(dur, sizeof(dur), "%g", q->duration_s);
	char *mode[] = { "--msg-size", msg, "--duration", dur, "--json", q->busy ? "--busy" : NULL, NULL };

	rc = rr_set(c, q, "pd-rr-client", mode, r, &cp);
	if (rc || c->o.dry_run)
		return rc;
	rc = pdb_parse_latency_json(cp.out, r);
	if (rc) {
		pdb_skip(c, r, "error: pd_rr output not understood (%s)", cp.out);
		return rc;
	}
	r->measured = true;
	return 0;
}

/* pd_rr --connect-rate (busy polling): connections set up, used for one byte each way, closed */
static int pd_connect_rate(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r)
{
	char dur[24];
	struct pdb_proc cp;
	struct pdb_req qb = *q;
	int rc;

	qb.busy = true;
	snprintf(dur, sizeof(dur), "%g", q->duration_s);
	char *mode[] = { "--connect-rate", "--duration", dur, "--json", "--busy", NULL };

	rc = rr_set(c, &qb, "pd-rr-connect", mode, r, &cp);
	if (rc || c->o.dry_run)
		return rc;
	return pdb_parse_connect_rate(cp.out, r);
}

const struct pdb_transport_ops pdb_pd_ops = {
	.version = PDB_TRANSPORT_V1,
	.name = "pd",
	.label = "pd",
	.probe = pd_probe,
	.stream = pd_stream,
	.rr = pd_rr,
	.connect_rate = pd_connect_rate,
};

/* the same stack through the zero-copy API (pd_send_reserve / pd_recv_peek) */
const struct pdb_transport_ops pdb_pd_zc_ops = {
	.version = PDB_TRANSPORT_V1,
	.name = "pd-zc",
	.label = "pd-zc",
	.probe = pd_probe,
	.stream = pd_zc_stream,
};
