// SPDX-License-Identifier: MIT
/*
 * measure.c - CPU over the steady-state window (docs/abi.md, pdbench's CSV schemas).
 *
 * Per core: busy = 1 - Δidle/Δwall from /proc/stat (idle is exact even where
 * the user/system split is tick-sampled).  Per container: exact cgroup time,
 * v1 cpuacct.usage (ns) or v2 cpu.stat usage_usec.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pdbench.h"

static const char *role_name[PDB_NROLES] = { "a", "b", "drv", "dev" };

static uint64_t cg_usage_ns(const struct pdb_ctx *c, enum pdb_role r)
{
	char path[PATH_MAX], *s, *u;
	uint64_t v = 0;

	if (c->cg_v1) {
		snprintf(path, sizeof(path), "/sys/fs/cgroup/cpuacct/%s-%s/cpuacct.usage", c->tag,
			 role_name[r]);
		s = pdb_slurp(path);
		v = s ? strtoull(s, NULL, 10) : 0;
	} else {
		snprintf(path, sizeof(path), "/sys/fs/cgroup/unified/%s-%s/cpu.stat", c->tag,
			 role_name[r]);
		s = pdb_slurp(path);
		u = s ? strstr(s, "usage_usec ") : NULL;
		v = u ? strtoull(u + 11, NULL, 10) * 1000 : 0;
	}
	free(s);
	return v;
}

/*
 * pdd's own split of its CPU time into the device body's and the driver's
 * (pdctl stats --json: cpu_device_ns), read while a pd point runs.  A body
 * on its own thread, or inline in pdd's workers, is the device's either way.
 */
static bool pdd_device_ns(const struct pdb_ctx *c, uint64_t *ns)
{
	char *argv[] = { (char *)c->pdctl, "--socket", (char *)c->pdd_sock, "stats", "--json", NULL };
	char buf[8192];
	double v = 0;

	if (!c->pdd_sock[0] || !c->pdctl[0] || pdb_capture(argv, buf, sizeof(buf)))
		return false;
	if (pdb_json_num(buf, "cpu_device_ns", &v))
		return false;
	*ns = (uint64_t)v;
	return true;
}

/* run time (ns) of every thread of the point's processes: the cross-check of the cgroups */
static uint64_t procs_ns(const struct pdb_ctx *c)
{
	uint64_t sum = 0;

	for (unsigned i = 0; i < c->nlive; i++) {
		char path[64];
		DIR *d;
		struct dirent *e;

		snprintf(path, sizeof(path), "/proc/%d/task", (int)c->live[i]);
		d = opendir(path);
		while (d && (e = readdir(d))) {
			char f[128], *st;

			if (e->d_name[0] == '.')
				continue;
			snprintf(f, sizeof(f), "/proc/%d/task/%.16s/schedstat", (int)c->live[i], e->d_name);
			st = pdb_slurp(f);
			sum += st ? strtoull(st, NULL, 10) : 0;
			free(st);
		}
		if (d)
			closedir(d);
	}
	return sum;
}

int pdb_sample_take(struct pdb_ctx *c, struct pdb_sample *s)
{
	struct timespec ts;
	char *stat = pdb_slurp("/proc/stat"), *line, *save = NULL;

	if (!stat)
		return -errno;
	memset(s, 0, sizeof(*s));
	clock_gettime(CLOCK_MONOTONIC, &ts);
	s->wall = (double)ts.tv_sec + ts.tv_nsec / 1e9;
	for (line = strtok_r(stat, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		unsigned long long v[10] = { 0 };
		unsigned cpu;

		if (strncmp(line, "cpu", 3) || line[3] == ' ')
			continue;
		if (sscanf(line, "cpu%u %llu %llu %llu %llu %llu %llu %llu %llu %llu %llu", &cpu, &v[0],
			   &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7], &v[8], &v[9]) < 5 ||
		    cpu >= 256)
			continue;
		/* idle + iowait are the not-busy time; guest is already in user */
		s->idle[cpu] = v[3] + v[4];
		for (int i = 0; i < 8; i++)
			s->total[cpu] += v[i];
		if (cpu + 1 > s->ncpu)
			s->ncpu = cpu + 1;
	}
	free(stat);
	for (int r = 0; r < PDB_NROLES; r++)
		s->cg_ns[r] = cg_usage_ns(c, (enum pdb_role)r);
	s->procs_ns = procs_ns(c);
	s->dev_ok = pdd_device_ns(c, &s->dev_ns);
	return 0;
}

void pdb_sample_diff(const struct pdb_sample *a, const struct pdb_sample *b, struct pdb_result *r,
		     double *per_core, unsigned ncores)
{
	double wall = b->wall - a->wall;
	double busy = 0;

	if (wall <= 0)
		return;
	for (unsigned i = 0; i < b->ncpu; i++) {
		double dt = (double)(b->total[i] - a->total[i]);
		double di = (double)(b->idle[i] - a->idle[i]);
		double core = dt > 0 ? 1.0 - di / dt : 0;

		if (core < 0)
			core = 0;
		busy += core;
		if (per_core && i < ncores)
			per_core[i] = core;
	}
	r->host_busy_cores = busy;
	r->app_cores = (double)(b->cg_ns[PDB_A] - a->cg_ns[PDB_A] + b->cg_ns[PDB_B] - a->cg_ns[PDB_B]) /
		       1e9 / wall;
	r->driver_cores = (double)(b->cg_ns[PDB_DRV] - a->cg_ns[PDB_DRV]) / 1e9 / wall;
	r->device_cores = (double)(b->cg_ns[PDB_DEV] - a->cg_ns[PDB_DEV]) / 1e9 / wall;
	/* pdd's device body (inline or its own thread) is the device's, not the driver's */
	if (a->dev_ok && b->dev_ok && b->dev_ns > a->dev_ns) {
		double dev = (double)(b->dev_ns - a->dev_ns) / 1e9 / wall;

		if (dev > r->driver_cores)
			dev = r->driver_cores;
		r->device_cores += dev;
		r->driver_cores -= dev;
	}
	r->exact_cores = (double)(b->procs_ns - a->procs_ns) / 1e9 / wall;
	/* what the paper counted: sender + receiver + driver, not the router/device */
	r->paper_cores = r->app_cores + r->driver_cores;
	r->total_cores = r->paper_cores + r->device_cores;
}

/*
 * The steady-state window of a run that lasts duration_s from now: skip the
 * first 20 % (at most 1 s: connection setup, slow start), stop 10 % before
 * the end (at most 0.5 s: teardown).  Returns -EINTR on Ctrl-C.
 */
int pdb_measure_window(struct pdb_ctx *c, double duration_s, struct pdb_result *r)
{
	double warm = duration_s * 0.2 < 1.0 ? duration_s * 0.2 : 1.0;
	double tail = duration_s * 0.1 < 0.5 ? duration_s * 0.1 : 0.5;
	struct pdb_sample *a, *b;
	int rc = 0;

	if (c->o.dry_run)
		return 0;
	a = calloc(1, sizeof(*a));
	b = calloc(1, sizeof(*b));
	if (!a || !b) {
		rc = -ENOMEM;
		goto out;
	}
	if (!pdb_sleep(warm)) {
		rc = -EINTR;
		goto out;
	}
	pdb_sample_take(c, a);
	if (!pdb_sleep(duration_s - warm - tail)) {
		rc = -EINTR;
		goto out;
	}
	pdb_sample_take(c, b);
	pdb_sample_diff(a, b, r, NULL, 0);
out:
	free(a);
	free(b);
	return rc;
}
