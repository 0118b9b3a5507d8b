// SPDX-License-Identifier: MIT
/*
 * run.c - setup shared by the subcommands that measure (cpu, scale,
 * latency): defaults, the run directory, containers, output; and teardown,
 * which runs on every path out (normal end, error, Ctrl-C).
 */
#include <errno.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "pdbench.h"
#include "transports/common.h"

static const struct pdb_transport_ops *const all[] = {
	&pdb_tcp_ops, &pdb_freeflow_ops, &pdb_rdma_ops, &pdb_pd_ops, &pdb_pd_zc_ops, &pdb_shm_ops, NULL,
};

const struct pdb_transport_ops *const *pdb_transport_all(void)
{
	return all;
}

/* The loader's check (fio style): right version, mandatory hooks present. */
const struct pdb_transport_ops *pdb_transport_find(const char *name)
{
	for (int i = 0; all[i]; i++)
		if (!strcmp(all[i]->name, name) || !strcmp(all[i]->label, name)) {
			if (all[i]->version != PDB_TRANSPORT_V1 || !all[i]->probe || !all[i]->stream)
				return NULL;
			return all[i];
		}
	return NULL;
}

int pdb_transport_list(struct pdb_ctx *c, const struct pdb_transport_ops **t, const char **names,
		       unsigned max)
{
	static char buf[256];
	char *save = NULL, *tok;
	unsigned n = 0;

	snprintf(buf, sizeof(buf), "%s", c->o.transports);
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		if (n == max)
			pdb_usage_error("--transports: too many");
		t[n] = pdb_transport_find(tok);
		if (!t[n])
			pdb_usage_error("--transports: unknown transport '%s' (tcp, freeflow, rdma, pd, pd-zc, shm)",
					tok);
		names[n++] = tok;
	}
	if (!n)
		pdb_usage_error("--transports: empty list");
	return (int)n;
}

static int mkdir_p(char *path)
{
	for (char *p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = 0;
		if (mkdir(path, 0755) && errno != EEXIST) {
			*p = '/';
			return -errno;
		}
		*p = '/';
	}
	return mkdir(path, 0755) && errno != EEXIST ? -errno : 0;
}

int pdb_prepare(struct pdb_ctx *c, int argc, char **argv)
{
	struct pdb_opts *o = &c->o;
	char exe[PATH_MAX];
	ssize_t n;
	const struct pdb_transport_ops *t[PDB_MAX_TRANSPORTS];
	const char *names[PDB_MAX_TRANSPORTS];
	int rc;

	if (!o->transports[0])
		snprintf(o->transports, sizeof(o->transports), "%s",
			 c->cmd == PDB_SCALE ? "tcp,rdma,pd" : c->cmd == PDB_STACK ? "tcp,pd,pd-zc" :
			 "tcp,freeflow,rdma,pd,shm");
	pdb_transport_list(c, t, names, PDB_MAX_TRANSPORTS);	/* exits 2 on a bad name */
	if (!o->device[0])
		snprintf(o->device, sizeof(o->device), "soft");
	if (!o->runtime[0])
		snprintf(o->runtime, sizeof(o->runtime), "netns");
	if (!o->duration_s)
		o->duration_s = c->cmd == PDB_STACK ? 3 : 10;
	if (!o->repeat)
		o->repeat = c->cmd == PDB_STACK ? 3 : 1;
	if (o->min_xcore < 0)
		o->min_xcore = c->cmd == PDB_STACK ? 0 : 8;
	if (!o->msg_size)
		o->msg_size = c->cmd == PDB_CPU || c->cmd == PDB_STACK ? 64 << 10 : c->cmd == PDB_SCALE ? 1024 : 64;
	if (c->cmd == PDB_CPU && !o->conns)
		o->conns = 1;
	if (c->cmd == PDB_SCALE) {
		if (!o->conns)
			o->conns = 4096;
		if (!o->from)
			o->from = o->conns < 128 ? o->conns : 128;
		if (o->from > o->conns)
			pdb_usage_error("scale: --from %u is larger than --conns %u", o->from, o->conns);
	}
	if (c->cmd == PDB_CPU && !o->target_bps && !o->ntargets) {
		static const double paper[] = { 20e9, 40e9, 60e9, 80e9 };

		memcpy(o->targets_bps, paper, sizeof(paper));
		o->ntargets = 4;
	} else if (c->cmd == PDB_CPU && o->target_bps) {
		o->targets_bps[0] = o->target_bps;
		o->ntargets = 1;
	}

	snprintf(c->tag, sizeof(c->tag), PDB_PREFIX "%d", getpid());
	c->port = 5201;
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = 0;
		snprintf(c->bindir, sizeof(c->bindir), "%s", dirname(exe));
	}
	if (o->out[0]) {
		char tmp[PATH_MAX];

		snprintf(c->outdir, sizeof(c->outdir), "%s", o->out);
		while (strlen(c->outdir) > 1 && c->outdir[strlen(c->outdir) - 1] == '/')
			c->outdir[strlen(c->outdir) - 1] = 0;
		snprintf(tmp, sizeof(tmp), "%s", c->outdir);
		snprintf(c->run_id, sizeof(c->run_id), "%s", basename(tmp));
	} else {
		time_t now = time(NULL);
		struct tm tm;

		gmtime_r(&now, &tm);
		strftime(c->run_id, sizeof(c->run_id), "%Y%m%d-%H%M%S", &tm);
		snprintf(c->outdir, sizeof(c->outdir), "results/%s", c->run_id);
	}
	pdb_signals_install(c);
	if (o->dry_run) {
		printf("plan: pdbench %s, run %s, results in %s/ (nothing is run)\n", argv[1], c->run_id,
		       c->outdir);
		pdb_plan_containers(c, stdout);
		return 0;
	}
	if (geteuid()) {
		fprintf(stderr, "pdbench: %s needs root (network namespaces, cgroups); try --dry-run\n",
			argv[1]);
		return 1;
	}
	if (!strcmp(o->runtime, "netns")) {
		rc = pdb_containers_up(c);
		if (rc)
			return 1;
	}
	rc = mkdir_p(c->outdir);
	if (rc) {
		fprintf(stderr, "pdbench: cannot create %s: %s\n", c->outdir, strerror(-rc));
		return 1;
	}
	pdb_out_open(c);
	if (!c->csv)
		return 1;
	pdb_write_env(c, argc, argv);
	return 0;
}

void pdb_finish(struct pdb_ctx *c)
{
	pdb_progress_done(c);
	pdb_containers_down(c);
	pdb_out_close(c);
	if (pdb_interrupted())
		fprintf(stderr, "pdbench: interrupted; containers removed\n");
}

void pdb_point_begin(struct pdb_ctx *c)
{
	c->xcore_left = c->o.repeat > PDB_XCORE_REDO ? c->o.repeat : PDB_XCORE_REDO;
}

/* the floor now; while below --min-xcore, probe again every 0.5 s for PDB_XCORE_WAIT_S at most */
static double floor_wait(struct pdb_ctx *c)
{
	double x = pdb_xcore_probe(c, NULL);

	for (double waited = 0; x > 0 && x < c->o.min_xcore && waited < PDB_XCORE_WAIT_S; waited += 0.5) {
		if (!pdb_sleep(0.4))
			break;
		x = pdb_xcore_probe(c, NULL);
	}
	return x;
}

void pdb_repeat(struct pdb_ctx *c, const struct pdb_transport_ops *t, const struct pdb_req *q,
		struct pdb_result *r, bool rr)
{
	for (unsigned attempt = 0;; attempt++) {
		double before = c->o.min_xcore > 0 ? floor_wait(c) : 0, after;

		pdb_result_init(c, t, q, r);
		if (rr)
			t->rr(c, q, r);
		else
			t->stream(c, q, r);
		after = c->o.min_xcore > 0 ? pdb_xcore_probe(c, NULL) : 0;
		r->xcore_gbps = before > 0 && after > 0 ? (before < after ? before : after) : 0;
		if (!r->measured || r->xcore_gbps <= 0 || r->xcore_gbps >= c->o.min_xcore ||
		    attempt >= PDB_XCORE_REDO || !c->xcore_left || pdb_interrupted())
			return;
		/* the host, not the transport, was measured: keep the row, measure again */
		snprintf(r->repeat, sizeof(r->repeat), "discarded");
		snprintf(r->status, sizeof(r->status),
			 "discarded: the host's copy rate between CPUs fell to %.1f GB/s (--min-xcore %g) "
			 "during this repeat; measured again", r->xcore_gbps, c->o.min_xcore);
		pdb_emit(c, r);
		c->xcore_redone++;
		c->xcore_left--;
	}
}
