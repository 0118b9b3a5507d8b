// SPDX-License-Identifier: MIT
/*
 * measure.c - CPU over the steady-state window (DESIGN.md section 7).
 *
 * Per core: busy = 1 - Δidle/Δwall from /proc/stat (idle is exact even where
 * the user/system split is tick-sampled).  Per container: exact cgroup time,
 * v1 cpuacct.usage (ns) or v2 cpu.stat usage_usec.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
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
 * An emulated device runs as threads of pdd (soft: "pd-soft"); their exact
 * run time (schedstat, ns) moves from driver_cores to device_cores.
 */
static bool device_thread(const char *comm)
{
	return !strncmp(comm, "pd-soft", 7) || !strncmp(comm, "pd-rtl", 6) ||
	       !strncmp(comm, "pd-dev", 6);
}

static uint64_t devthr_ns(const struct pdb_ctx *c)
{
	char path[PATH_MAX], *tasks, *line, *save = NULL;
	uint64_t sum = 0;

	if (c->cg_v1)
		snprintf(path, sizeof(path), "/sys/fs/cgroup/cpuacct/%s-drv/tasks", c->tag);
	else
		snprintf(path, sizeof(path), "/sys/fs/cgroup/unified/%s-drv/cgroup.threads", c->tag);
	tasks = pdb_slurp(path);
	for (line = tasks ? strtok_r(tasks, "\n", &save) : NULL; line;
	     line = strtok_r(NULL, "\n", &save)) {
		char *comm, *st;

		snprintf(path, sizeof(path), "/proc/%s/comm", line);
		comm = pdb_slurp(path);
		if (comm && device_thread(comm)) {
			snprintf(path, sizeof(path), "/proc/%s/schedstat", line);
			st = pdb_slurp(path);
			sum += st ? strtoull(st, NULL, 10) : 0;
			free(st);
		}
		free(comm);
	}
	free(tasks);
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
	s->devthr_ns = devthr_ns(c);
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
	if (b->devthr_ns > a->devthr_ns) {
		double dev = (double)(b->devthr_ns - a->devthr_ns) / 1e9 / wall;

		r->device_cores += dev;
		r->driver_cores = r->driver_cores > dev ? r->driver_cores - dev : 0;
	}
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
