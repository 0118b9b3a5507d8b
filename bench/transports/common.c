// SPDX-License-Identifier: MIT
/*
 * common.c - what every transport does the same way: start the servers (each
 * waits until it is ready), start the clients, measure the steady-state
 * window, wait for the clients within a bound, stop the servers.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

void pdb_result_init(struct pdb_ctx *c, const struct pdb_transport_ops *t, const struct pdb_req *q,
		     struct pdb_result *r)
{
	memset(r, 0, sizeof(*r));
	r->transport = t->label;
	r->device = !strncmp(t->name, "pd", 2) ? c->o.device : "-";
	r->placement = pdb_place_name[c->place];
	r->wait = q->busy ? "busy" : "sleep";
	r->target_gbps = q->rate_bps / 1e9;
	r->msg_bytes = q->msg_size;
	r->conns = q->conns;
	r->duration_s = q->duration_s;
}

unsigned pdb_next_port(struct pdb_ctx *c)
{
	/* a fresh port per run: no TIME_WAIT surprises between repeats */
	if (c->port < 5201 || c->port > 5999)
		c->port = 5201;
	return c->port++;
}

static int start(struct pdb_ctx *c, struct pdb_launch *l, struct pdb_proc *p, char *why, size_t n)
{
	int rc = pdb_spawn(c, l->role, l->name, l->argv, l->env, p);

	if (rc) {
		snprintf(why, n, "cannot start %s: %s", l->name, strerror(-rc));
		return rc;
	}
	if (l->listen_port)
		rc = pdb_wait_listen(c, p, l->listen_port, 10);
	else if (l->wait_path)
		rc = pdb_wait_path(c, l->wait_path, p, 10);
	else if (l->settle > 0 && !c->o.dry_run)
		rc = pdb_wait_path(c, "/nonexistent/pdbench", p, l->settle) == -ETIMEDOUT ? 0 : -ECHILD;
	if (rc == -ETIMEDOUT) {
		snprintf(why, n, "%s not ready after 10 s", l->name);
	} else if (rc == -ECHILD && !pdb_interrupted()) {
		pdb_proc_error(p, why, n);
	} else if (rc) {
		snprintf(why, n, "interrupted");
	}
	return rc;
}

int pdb_run_set(struct pdb_ctx *c, struct pdb_launch *srv, unsigned nsrv, struct pdb_launch *cli,
		unsigned ncli, double duration_s, struct pdb_result *r, struct pdb_proc *sp,
		struct pdb_proc *cp)
{
	char why[160] = "";
	unsigned ns = 0, nc = 0;
	int rc = 0;

	c->nlive = 0;
	for (; ns < nsrv && !rc; ns++)
		rc = start(c, &srv[ns], &sp[ns], why, sizeof(why));
	for (; nc < ncli && !rc; nc++)
		rc = start(c, &cli[nc], &cp[nc], why, sizeof(why));
	if (!rc && r)
		rc = pdb_measure_window(c, duration_s, r);
	/* clients end by themselves: duration plus a generous bound for teardown */
	for (unsigned i = 0; i < nc; i++) {
		int wrc = c->o.dry_run ? 0 : pdb_wait(c, &cp[i], duration_s + 20);

		if (!rc && wrc) {
			rc = wrc;
			if (wrc == -ETIMEDOUT)
				snprintf(why, sizeof(why), "%s did not finish in %.0f s", cli[i].name,
					 duration_s + 20);
			else if (wrc == -EINTR)
				snprintf(why, sizeof(why), "interrupted");
			else
				pdb_proc_error(&cp[i], why, sizeof(why));
		}
	}
	for (unsigned i = ns; i-- > 0;) {
		if (srv[i].finite && !rc) {
			int wrc = c->o.dry_run ? 0 : pdb_wait(c, &sp[i], 10);

			if (wrc) {
				rc = wrc;
				pdb_proc_error(&sp[i], why, sizeof(why));
			}
		}
		pdb_stop(&sp[i]);
	}
	if (rc && r)
		pdb_skip(c, r, "error: %s", why);
	return rc;
}

/* {"bytes":..,"seconds":..,"gbps":..,"msgs":..,"errors":..} from pd_stream and our programs */
int pdb_parse_stream_json(const char *path, struct pdb_result *r, char *why, size_t n)
{
	char *s = pdb_slurp(path), *line;
	double bytes = 0, secs = 0, gbps = 0, msgs = 0, errs = 0;
	int rc = -EINVAL;

	line = s ? strrchr(s, '{') : NULL;
	if (line && !pdb_json_num(line, "bytes", &bytes) && !pdb_json_num(line, "seconds", &secs) &&
	    secs > 0) {
		if (pdb_json_num(line, "gbps", &gbps))
			gbps = bytes * 8 / secs / 1e9;
		pdb_json_num(line, "msgs", &msgs);
		pdb_json_num(line, "errors", &errs);
		r->achieved_gbps = gbps;
		r->mops = msgs / secs / 1e6;
		rc = 0;
		if (errs > 0) {
			snprintf(why, n, "%.0f errors reported", errs);
			rc = -EIO;
		}
	} else {
		snprintf(why, n, "no result JSON in %s", path);
	}
	free(s);
	return rc;
}

int pdb_parse_latency_json(const char *path, struct pdb_result *r)
{
	char *s = pdb_slurp(path);
	const char *j = s ? strrchr(s, '{') : NULL;
	double v = 0;
	int rc = -EINVAL;

	if (j && !pdb_json_num(j, "samples", &v) && !pdb_json_num(j, "p50_us", &r->p50) &&
	    !pdb_json_num(j, "p90_us", &r->p90) && !pdb_json_num(j, "p99_us", &r->p99) &&
	    !pdb_json_num(j, "p999_us", &r->p999) && !pdb_json_num(j, "max_us", &r->max)) {
		r->samples = (uint64_t)v;
		rc = 0;
	}
	free(s);
	return rc;
}

int pdb_parse_connect_rate(const char *path, struct pdb_result *r)
{
	char *s = pdb_slurp(path);
	const char *j = s ? strrchr(s, '{') : NULL;
	double v = 0;
	int rc = -EINVAL;

	if (j && !pdb_json_num(j, "connect_rate", &v) && v > 0) {
		r->value = v;
		r->measured = true;
		rc = 0;
	} else {
		pdb_skip(NULL, r, "error: no connect_rate in %s", path);
	}
	free(s);
	return rc;
}

