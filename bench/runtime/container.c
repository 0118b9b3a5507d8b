// SPDX-License-Identifier: MIT
/*
 * container.c - runtime netns: each container is a network namespace plus a
 * cgroup (v1 cpuset + cpuacct where mounted separately, else v2), joined by a
 * veth pair from 198.18.0.0/15.  Everything is named "pdb-<pid>-..." so that
 * pdbench cleanup can find what a killed run left behind.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "pdbench.h"

#define CG_CPUSET "/sys/fs/cgroup/cpuset"
#define CG_CPUACCT "/sys/fs/cgroup/cpuacct"
#define CG_V2 "/sys/fs/cgroup/unified"

static const char *role_name[PDB_NROLES] = { "a", "b", "drv", "dev" };
static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	interrupted = sig;
}

bool pdb_interrupted(void)
{
	return interrupted != 0;
}

void pdb_signals_install(struct pdb_ctx *c)
{
	struct sigaction sa = { .sa_handler = on_signal };

	(void)c;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

bool pdb_sleep(double secs)
{
	struct timespec ts = { (time_t)secs, (long)((secs - (time_t)secs) * 1e9) };

	while (!interrupted && nanosleep(&ts, &ts) && errno == EINTR)
		;
	return !interrupted;
}

static int write_file(const char *path, const char *val)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return -errno;
	n = write(fd, val, strlen(val));
	close(fd);
	return n < 0 ? -errno : 0;
}

int pdb_run_cmd(char *const argv[], bool quiet)
{
	int st;
	pid_t pid = fork();

	if (pid < 0)
		return -errno;
	if (!pid) {
		int fd = open("/dev/null", O_RDWR);

		dup2(fd, 0);
		if (quiet) {
			dup2(fd, 1);
			dup2(fd, 2);
		}
		execvp(argv[0], argv);
		_exit(127);
	}
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -errno;
	return WIFEXITED(st) && !WEXITSTATUS(st) ? 0 : -EIO;
}

static int ipcmd(bool quiet, const char *a0, const char *a1, const char *a2, const char *a3,
		 const char *a4, const char *a5, const char *a6, const char *a7, const char *a8)
{
	char *argv[] = { "ip", (char *)a0, (char *)a1, (char *)a2, (char *)a3, (char *)a4,
			 (char *)a5, (char *)a6, (char *)a7, (char *)a8, NULL };

	return pdb_run_cmd(argv, quiet);
}

static void cg_path(const struct pdb_ctx *c, const char *root, enum pdb_role r, char *buf, size_t n)
{
	snprintf(buf, n, "%s/%s-%s", root, c->tag, role_name[r]);
}

/* Kill every process of one cgroup directory; true once it is empty. */
static bool cg_kill_all(const char *dir)
{
	char path[PATH_MAX], line[32];
	bool empty = true;
	FILE *f;

	snprintf(path, sizeof(path), "%s/cgroup.procs", dir);
	f = fopen(path, "r");
	if (!f)
		return true;
	while (fgets(line, sizeof(line), f)) {
		pid_t pid = (pid_t)atoi(line);

		if (pid > 0 && pid != getpid()) {
			kill(pid, SIGKILL);
			empty = false;
		}
	}
	fclose(f);
	return empty;
}

/* Empty and remove one cgroup; bounded: 3 s for the processes to die. */
static int cg_remove(const char *dir, bool verbose)
{
	for (int i = 0; i < 300; i++) {
		if (cg_kill_all(dir) && (!rmdir(dir) || errno == ENOENT)) {
			if (verbose)
				printf("removed cgroup %s\n", dir);
			return 0;
		}
		usleep(10000);
	}
	fprintf(stderr, "pdbench: cannot remove cgroup %s: %s\n", dir, strerror(errno));
	return -EBUSY;
}

static int cg_create(struct pdb_ctx *c, enum pdb_role r)
{
	char dir[PATH_MAX], f[PATH_MAX + 32];

	if (c->cg_v1) {
		cg_path(c, CG_CPUSET, r, dir, sizeof(dir));
		if (mkdir(dir, 0755) && errno != EEXIST)
			return -errno;
		snprintf(f, sizeof(f), "%s/cpuset.mems", dir);
		if (write_file(f, "0"))
			return -EIO;
		snprintf(f, sizeof(f), "%s/cpuset.cpus", dir);
		if (write_file(f, c->cpus[r]))
			return -EIO;
		cg_path(c, CG_CPUACCT, r, dir, sizeof(dir));
	} else {
		cg_path(c, CG_V2, r, dir, sizeof(dir));
	}
	if (mkdir(dir, 0755) && errno != EEXIST)
		return -errno;
	return 0;
}

const char *const pdb_place_name[PDB_NPLACES] = { "device", "unpinned" };

static void set_cpus(char *dst, unsigned lo, unsigned hi)
{
	if (lo == hi)
		snprintf(dst, 32, "%u", lo);
	else
		snprintf(dst, 32, "%u-%u", lo, hi);
}

/*
 * The placement model.  device: CPU 0 is the device's (pdd: its worker runs
 * the soft body, its control thread too; FreeFlow's router), standing in for
 * the hardware engine; the applications get the other CPUs:
 *    1 CPU   everything on 0
 *    2 CPUs  device 0; sender and receiver share 1
 *    3 CPUs  device 0; sender 1, receiver 2
 *    4+      device 0; sender 1, receiver 2; FreeFlow's router 3 (pdd stays on 0)
 * unpinned: every role on every CPU.  The cgroups themselves span every CPU:
 * pinning is each process's affinity (pdb_spawn), the same on cgroup v1 and v2.
 */
static void assign_cpus(struct pdb_ctx *c)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	unsigned last;

	c->ncpus = n > 0 ? (unsigned)n : 1;
	last = c->ncpus - 1;
	for (int r = 0; r < PDB_NROLES; r++) {
		set_cpus(c->cpus[r], 0, last);
		set_cpus(c->place_cpus[PDB_PLACE_UNPINNED][r], 0, last);
	}
	set_cpus(c->place_cpus[PDB_PLACE_DEVICE][PDB_DRV], 0, 0);
	set_cpus(c->place_cpus[PDB_PLACE_DEVICE][PDB_DEV], c->ncpus >= 4 ? 3 : 0, c->ncpus >= 4 ? 3 : 0);
	set_cpus(c->place_cpus[PDB_PLACE_DEVICE][PDB_A], c->ncpus > 1 ? 1 : 0, c->ncpus > 1 ? 1 : 0);
	set_cpus(c->place_cpus[PDB_PLACE_DEVICE][PDB_B], c->ncpus > 2 ? 2 : last, c->ncpus > 2 ? 2 : last);
	c->cg_v1 = !access(CG_CPUSET "/cpuset.cpus", F_OK) && !access(CG_CPUACCT "/cpuacct.usage", F_OK);
	snprintf(c->ip_a, sizeof(c->ip_a), "198.18.0.1");
	snprintf(c->ip_b, sizeof(c->ip_b), "198.18.0.2");
}

void pdb_plan_containers(struct pdb_ctx *c, FILE *f)
{
	assign_cpus(c);
	fprintf(f, "containers (runtime %s, cgroup %s):\n", c->o.runtime,
		c->cg_v1 ? "v1 cpuset+cpuacct" : "v2 cpu.stat");
	fprintf(f, "  %s-a   netns %s-a, cgroup %s-a, cpus %s, veth %s-a %s/30 (sender)\n", c->tag,
		c->tag, c->tag, c->cpus[PDB_A], c->tag, c->ip_a);
	fprintf(f, "  %s-b   netns %s-b, cgroup %s-b, cpus %s, veth %s-b %s/30 (receiver)\n", c->tag,
		c->tag, c->tag, c->cpus[PDB_B], c->tag, c->ip_b);
	fprintf(f, "  %s-drv cgroup only, cpus %s (pdd)\n", c->tag, c->cpus[PDB_DRV]);
	fprintf(f, "  %s-dev cgroup only, cpus %s (freeflow-model router)\n", c->tag, c->cpus[PDB_DEV]);
	fprintf(f, "placements (%u CPUs; each process's affinity):\n", c->ncpus);
	for (int p = 0; p < PDB_NPLACES; p++)
		fprintf(f, "  %-8s pdd and its device %s, FreeFlow router %s, sender %s, receiver %s\n",
			pdb_place_name[p], c->place_cpus[p][PDB_DRV], c->place_cpus[p][PDB_DEV],
			c->place_cpus[p][PDB_A], c->place_cpus[p][PDB_B]);
	fprintf(f, "  pd and pd-zc run in the device placement; the baselines in both for cpu "
		   "(the cheaper is compared), unpinned for scale and latency\n");
}

unsigned pdb_placements(const struct pdb_ctx *c, const struct pdb_transport_ops *t,
			enum pdb_place out[PDB_NPLACES])
{
	if (!strncmp(t->name, "pd", 2) && strcmp(t->name, "pdb")) {
		out[0] = PDB_PLACE_DEVICE;
		return 1;
	}
	if (c->cmd == PDB_CPU && strcmp(t->name, "rdma")) {
		out[0] = PDB_PLACE_DEVICE;
		out[1] = PDB_PLACE_UNPINNED;
		return 2;
	}
	out[0] = PDB_PLACE_UNPINNED;
	return 1;
}

static void write_state(struct pdb_ctx *c)
{
	char path[PATH_MAX], buf[64];
	char *hp = pdb_slurp("/proc/sys/vm/nr_hugepages");
	FILE *f;

	mkdir(PDB_RUNDIR, 0755);
	snprintf(path, sizeof(path), PDB_RUNDIR "/%s.state", c->tag);
	f = fopen(path, "w");
	if (f) {
		snprintf(buf, sizeof(buf), "%ld", hp ? atol(hp) : 0L);
		fprintf(f, "nr_hugepages %s\n", buf);
		/* the pdd this run uses: it knows what it added to the pool (pdd --cleanup) */
		fprintf(f, "pdd %s/pdd\n", c->bindir);
		fclose(f);
	}
	free(hp);
}

int pdb_containers_up(struct pdb_ctx *c)
{
	char ns_a[48], ns_b[48], v_a[48], v_b[48], cidr_a[24], cidr_b[24];
	int rc;

	assign_cpus(c);
	if (c->o.dry_run)
		return 0;
	write_state(c);
	c->up = true;	/* from here on, pdb_containers_down undoes whatever exists */
	snprintf(ns_a, sizeof(ns_a), "%s-a", c->tag);
	snprintf(ns_b, sizeof(ns_b), "%s-b", c->tag);
	snprintf(v_a, sizeof(v_a), "%s-a", c->tag);
	snprintf(v_b, sizeof(v_b), "%s-b", c->tag);
	snprintf(cidr_a, sizeof(cidr_a), "%s/30", c->ip_a);
	snprintf(cidr_b, sizeof(cidr_b), "%s/30", c->ip_b);
	rc = ipcmd(false, "netns", "add", ns_a, 0, 0, 0, 0, 0, 0) ?:
	     ipcmd(false, "netns", "add", ns_b, 0, 0, 0, 0, 0, 0) ?:
	     ipcmd(false, "link", "add", v_a, "type", "veth", "peer", "name", v_b, 0) ?:
	     ipcmd(false, "link", "set", v_a, "netns", ns_a, 0, 0, 0, 0) ?:
	     ipcmd(false, "link", "set", v_b, "netns", ns_b, 0, 0, 0, 0) ?:
	     ipcmd(false, "-n", ns_a, "addr", "add", cidr_a, "dev", v_a, 0, 0) ?:
	     ipcmd(false, "-n", ns_b, "addr", "add", cidr_b, "dev", v_b, 0, 0) ?:
	     ipcmd(false, "-n", ns_a, "link", "set", v_a, "up", 0, 0, 0) ?:
	     ipcmd(false, "-n", ns_b, "link", "set", v_b, "up", 0, 0, 0) ?:
	     ipcmd(false, "-n", ns_a, "link", "set", "lo", "up", 0, 0, 0) ?:
	     ipcmd(false, "-n", ns_b, "link", "set", "lo", "up", 0, 0, 0);
	if (rc) {
		fprintf(stderr, "pdbench: cannot build the network namespaces and veth pair (are you "
				"root? is 'ip' installed?)\n");
		return rc;
	}
	for (int r = 0; r < PDB_NROLES; r++) {
		rc = cg_create(c, (enum pdb_role)r);
		if (rc) {
			fprintf(stderr, "pdbench: cannot create cgroup %s-%s: %s\n", c->tag, role_name[r],
				strerror(-rc));
			return rc;
		}
	}
	return 0;
}

/*
 * Give back hugepages a killed pdd did not.  pdd records what it added and
 * `pdd --cleanup` gives back exactly that (other users' pages stay); only a
 * state file without a pdd line (an older run's) falls back to restoring
 * the count the run started with.
 */
static void restore_hugepages(const char *state)
{
	char *s = pdb_slurp(state), *now = pdb_slurp("/proc/sys/vm/nr_hugepages");
	char *p = s ? strstr(s, "nr_hugepages ") : NULL, *d = s ? strstr(s, "\npdd ") : NULL;

	if (d) {
		char path[PATH_MAX], *nl;

		snprintf(path, sizeof(path), "%s", d + 5);
		nl = strchr(path, '\n');
		if (nl)
			*nl = 0;
		if (!access(path, X_OK)) {
			char *argv[] = { path, "--cleanup", NULL };

			pdb_run_cmd(argv, true);
		}
	} else if (p && now && atol(now) > atol(p + 13)) {
		char buf[32];

		snprintf(buf, sizeof(buf), "%ld", atol(p + 13));
		write_file("/proc/sys/vm/nr_hugepages", buf);
	}
	free(s);
	free(now);
}

/* Is the pdbench run that owns tag "pdb-<pid>" still alive (not a zombie)? */
static bool owner_alive(const char *name)
{
	char path[64], *stat;
	long pid = atol(name + strlen(PDB_PREFIX));
	bool alive = false;

	if (pid <= 0 || pid == getpid())
		return false;
	snprintf(path, sizeof(path), "/proc/%ld/stat", pid);
	stat = pdb_slurp(path);
	/* "pid (comm) S ...": comm is pdbench, state not Z(ombie) or X (dead) */
	if (stat && strstr(stat, "(pdbench) ")) {
		char st = strstr(stat, "(pdbench) ")[10];

		alive = st != 'Z' && st != 'X';
	}
	free(stat);
	return alive;
}

static int sweep_dir(const char *dir, const char *prefix, int (*rm)(const char *, bool),
		     bool verbose)
{
	char path[PATH_MAX];
	struct dirent *e;
	int n = 0;
	DIR *d = opendir(dir);

	if (!d)
		return 0;
	while ((e = readdir(d))) {
		if (strncmp(e->d_name, prefix, strlen(prefix)) || owner_alive(e->d_name))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (!rm(path, verbose))
			n++;
	}
	closedir(d);
	return n;
}

static int rm_netns(const char *path, bool verbose)
{
	const char *name = strrchr(path, '/') + 1;
	char *kill_argv[] = { "sh", "-c", "for p in $(ip netns pids \"$0\"); do kill -9 $p; done",
			      (char *)name, NULL };

	pdb_run_cmd(kill_argv, true);
	if (ipcmd(true, "netns", "del", name, 0, 0, 0, 0, 0, 0))
		return -EIO;
	if (verbose)
		printf("removed netns %s\n", name);
	return 0;
}

static int rm_link(const char *path, bool verbose)
{
	const char *name = strrchr(path, '/') + 1;

	if (ipcmd(true, "link", "del", name, 0, 0, 0, 0, 0, 0))
		return -EIO;
	if (verbose)
		printf("removed veth %s\n", name);
	return 0;
}

static int rm_file(const char *path, bool verbose)
{
	if (strstr(path, ".state"))
		restore_hugepages(path);
	if (unlink(path))
		return -errno;
	if (verbose)
		printf("removed %s\n", path);
	return 0;
}

int pdb_cleanup_prefix(const char *prefix, bool verbose)
{
	int n = 0;

	/* processes first (cgroups kill them), then namespaces, links, files */
	n += sweep_dir(CG_CPUACCT, prefix, cg_remove, verbose);
	n += sweep_dir(CG_CPUSET, prefix, cg_remove, verbose);
	n += sweep_dir(CG_V2, prefix, cg_remove, verbose);
	n += sweep_dir("/run/netns", prefix, rm_netns, verbose);
	n += sweep_dir("/sys/class/net", prefix, rm_link, verbose);
	n += sweep_dir("/dev/shm", prefix, rm_file, verbose);
	n += sweep_dir(PDB_RUNDIR, prefix, rm_file, verbose);
	return n;
}

void pdb_containers_down(struct pdb_ctx *c)
{
	if (!c->up)
		return;
	char dash[48], dot[48];

	/* our own tag: owner_alive() is false for our pid, so the sweep takes it;
	 * "pdb-12-" and "pdb-12." so that run pdb-123 is left alone */
	snprintf(dash, sizeof(dash), "%s-", c->tag);
	snprintf(dot, sizeof(dot), "%s.", c->tag);
	pdb_cleanup_prefix(dash, false);
	pdb_cleanup_prefix(dot, false);
	c->up = false;
}

int pdb_find_bin(struct pdb_ctx *c, const char *name, char *path, size_t n)
{
	const char *env = getenv("PD_BUILD");
	char *pathv = getenv("PATH") ? strdup(getenv("PATH")) : NULL, *save = NULL, *dir;

	snprintf(path, n, "%s/%s", c->bindir, name);
	if (c->bindir[0] && !access(path, X_OK))
		goto found;
	if (env) {
		snprintf(path, n, "%s/bin/%s", env, name);
		if (!access(path, X_OK))
			goto found;
	}
	for (dir = pathv ? strtok_r(pathv, ":", &save) : NULL; dir; dir = strtok_r(NULL, ":", &save)) {
		snprintf(path, n, "%s/%s", dir, name);
		if (!access(path, X_OK))
			goto found;
	}
	free(pathv);
	return -ENOENT;
found:
	free(pathv);
	return 0;
}
