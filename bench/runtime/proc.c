// SPDX-License-Identifier: MIT
/*
 * proc.c - processes inside containers: spawn (join the cgroups, enter the
 * network namespace, exec), bounded waits, stop, and reading their output.
 */
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

static const char *role_name[PDB_NROLES] = { "a", "b", "drv", "dev" };

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

char *pdb_slurp(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	size_t cap = 4096, len = 0;
	char *buf;
	ssize_t n;

	if (fd < 0)
		return NULL;
	buf = malloc(cap);
	while (buf && (n = read(fd, buf + len, cap - len - 1)) > 0) {
		len += (size_t)n;
		if (cap - len < 2) {
			char *nb = realloc(buf, cap * 2);

			if (!nb) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = nb;
			cap *= 2;
		}
	}
	close(fd);
	if (buf)
		buf[len] = 0;
	return buf;
}

static void join_cgroup(const char *dir)
{
	char path[PATH_MAX], pid[24];
	int fd;

	snprintf(path, sizeof(path), "%s/cgroup.procs", dir);
	snprintf(pid, sizeof(pid), "%d", getpid());
	fd = open(path, O_WRONLY);
	if (fd < 0 || write(fd, pid, strlen(pid)) < 0) {
		fprintf(stderr, "pdbench: cannot join cgroup %s: %s\n", dir, strerror(errno));
		_exit(126);
	}
	close(fd);
}

static void print_plan(struct pdb_ctx *c, enum pdb_role role, char *const argv[], char *const env[])
{
	printf("  [%s-%s, %s placement, cpus %s] ", c->tag, role_name[role], pdb_place_name[c->place],
	       c->place_cpus[c->place][role]);
	for (int i = 0; env && env[i]; i++)
		printf("%s ", env[i]);
	for (int i = 0; argv[i]; i++)
		printf("%s%s", i ? " " : "", argv[i]);
	putchar('\n');
}

/* affinity from a CPU list such as "1", "0-3" or "0,2" */
static int set_affinity(const char *list)
{
	cpu_set_t set;
	const char *p = list;

	CPU_ZERO(&set);
	while (*p) {
		char *end;
		unsigned long lo = strtoul(p, &end, 10), hi = lo;

		if (end == p)
			break;
		if (*end == '-')
			hi = strtoul(end + 1, &end, 10);
		for (unsigned long i = lo; i <= hi && i < CPU_SETSIZE; i++)
			CPU_SET(i, &set);
		p = *end == ',' ? end + 1 : end;
		if (*end != ',')
			break;
	}
	if (!CPU_COUNT(&set)) {
		errno = EINVAL;
		return -1;
	}
	return sched_setaffinity(0, sizeof(set), &set);
}

int pdb_spawn(struct pdb_ctx *c, enum pdb_role role, const char *name, char *const argv[],
	      char *const envp_add[], struct pdb_proc *p)
{
	char dir[PATH_MAX];

	memset(p, 0, sizeof(*p));
	p->name = name;
	if (c->o.dry_run) {
		print_plan(c, role, argv, envp_add);
		p->done = true;
		return 0;
	}
	snprintf(dir, sizeof(dir), "%s/logs", c->outdir);
	mkdir(dir, 0755);
	snprintf(p->out, sizeof(p->out), "%s/%s.out", dir, name);
	snprintf(p->err, sizeof(p->err), "%s/%s.err", dir, name);
	fflush(stdout);
	fflush(stderr);
	p->pid = fork();
	if (p->pid < 0)
		return -errno;
	if (p->pid && c->nlive < sizeof(c->live) / sizeof(c->live[0]))
		c->live[c->nlive++] = p->pid; /* measure.c cross-checks their run time */
	if (!p->pid) {
		int in = open("/dev/null", O_RDONLY);
		int out = open(p->out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int err = open(p->err, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		signal(SIGPIPE, SIG_DFL);
		setpgid(0, 0);	/* Ctrl-C goes to pdbench, which stops us in order */
		if (in < 0 || out < 0 || err < 0)
			_exit(126);
		dup2(in, 0);
		dup2(out, 1);
		dup2(err, 2);
		if (c->cg_v1) {
			snprintf(dir, sizeof(dir), "/sys/fs/cgroup/cpuset/%s-%s", c->tag, role_name[role]);
			join_cgroup(dir);
			snprintf(dir, sizeof(dir), "/sys/fs/cgroup/cpuacct/%s-%s", c->tag, role_name[role]);
		} else {
			snprintf(dir, sizeof(dir), "/sys/fs/cgroup/unified/%s-%s", c->tag, role_name[role]);
		}
		join_cgroup(dir);
		if (role == PDB_A || role == PDB_B) {
			int ns;

			snprintf(dir, sizeof(dir), "/run/netns/%s-%s", c->tag, role_name[role]);
			ns = open(dir, O_RDONLY | O_CLOEXEC);
			if (ns < 0 || setns(ns, CLONE_NEWNET)) {
				fprintf(stderr, "pdbench: cannot enter %s: %s\n", dir, strerror(errno));
				_exit(126);
			}
			close(ns);
		}
		if (set_affinity(c->place_cpus[c->place][role])) {
			fprintf(stderr, "pdbench: cannot pin to CPUs %s: %s\n", c->place_cpus[c->place][role],
				strerror(errno));
			_exit(126);
		}
		for (int i = 0; envp_add && envp_add[i]; i++)
			putenv(envp_add[i]);
		execvp(argv[0], argv);
		fprintf(stderr, "pdbench: cannot run %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	return 0;
}

static bool reap(struct pdb_proc *p)
{
	if (p->done)
		return true;
	if (waitpid(p->pid, &p->status, WNOHANG) == p->pid)
		p->done = true;
	return p->done;
}

int pdb_wait(struct pdb_ctx *c, struct pdb_proc *p, double timeout_s)
{
	double end = now_s() + timeout_s;

	(void)c;
	while (!reap(p)) {
		if (pdb_interrupted()) {
			pdb_stop(p);
			return -EINTR;
		}
		if (now_s() > end) {
			kill(p->pid, SIGKILL);
			waitpid(p->pid, &p->status, 0);
			p->done = true;
			return -ETIMEDOUT;
		}
		usleep(10000);
	}
	return WIFEXITED(p->status) && !WEXITSTATUS(p->status) ? 0 : -EIO;
}

/* SIGTERM, 3 s to exit, then SIGKILL. */
void pdb_stop(struct pdb_proc *p)
{
	if (!p->pid || p->done)
		return;
	kill(p->pid, SIGTERM);
	for (int i = 0; i < 300 && !reap(p); i++)
		usleep(10000);
	if (!p->done) {
		kill(p->pid, SIGKILL);
		waitpid(p->pid, &p->status, 0);
		p->done = true;
	}
}

int pdb_proc_error(struct pdb_proc *p, char *why, size_t n)
{
	char *err = p->err[0] ? pdb_slurp(p->err) : NULL, *line = NULL;

	if (err) {
		/* the last non-empty line says most */
		char *e = err + strlen(err);

		while (e > err && (e[-1] == '\n' || e[-1] == ' '))
			*--e = 0;
		line = strrchr(err, '\n');
		line = line ? line + 1 : err;
		for (char *q = line; *q; q++)
			if (*q == ',' || *q == '"' || (unsigned char)*q < 32)
				*q = ' ';
	}
	if (WIFSIGNALED(p->status))
		snprintf(why, n, "%s killed by signal %d%s%.80s", p->name, WTERMSIG(p->status),
			 line && *line ? ": " : "", line ? line : "");
	else
		snprintf(why, n, "%s exit %d%s%.80s", p->name, WEXITSTATUS(p->status),
			 line && *line ? ": " : "", line ? line : "");
	free(err);
	return 0;
}

/* Is a TCP socket listening on port in the network namespace of p? */
static bool listening(pid_t pid, unsigned port)
{
	static const char *files[] = { "net/tcp", "net/tcp6" };
	char path[64];
	bool found = false;

	for (int i = 0; i < 2 && !found; i++) {
		char *s, *line, *save = NULL;

		snprintf(path, sizeof(path), "/proc/%d/%s", pid, files[i]);
		s = pdb_slurp(path);
		/* "sl: local_addr:PORT rem_addr:PORT st ..."; st 0A is LISTEN */
		for (line = s ? strtok_r(s, "\n", &save) : NULL; line && !found;
		     line = strtok_r(NULL, "\n", &save)) {
			unsigned lport, st;

			if (sscanf(line, " %*d: %*[0-9A-Fa-f]:%x %*[0-9A-Fa-f]:%*x %x", &lport, &st) == 2 &&
			    lport == port && st == 0x0A)
				found = true;
		}
		free(s);
	}
	return found;
}

int pdb_wait_listen(struct pdb_ctx *c, struct pdb_proc *p, unsigned port, double timeout_s)
{
	double end = now_s() + timeout_s;

	if (c->o.dry_run)
		return 0;
	while (!listening(p->pid, port)) {
		if (reap(p) || pdb_interrupted())
			return -ECHILD;
		if (now_s() > end)
			return -ETIMEDOUT;
		usleep(5000);
	}
	return 0;
}

int pdb_wait_path(struct pdb_ctx *c, const char *path, struct pdb_proc *p, double timeout_s)
{
	double end = now_s() + timeout_s;
	struct stat st;

	if (c->o.dry_run)
		return 0;
	while (stat(path, &st)) {
		if ((p && reap(p)) || pdb_interrupted())
			return -ECHILD;
		if (now_s() > end)
			return -ETIMEDOUT;
		usleep(5000);
	}
	return 0;
}

int pdb_capture(char *const argv[], char *buf, size_t n)
{
	size_t len = 0;
	int fd[2], st;
	pid_t pid;

	if (n == 0 || pipe(fd))
		return -errno;
	pid = fork();
	if (pid == 0) {
		int nul = open("/dev/null", O_WRONLY);

		dup2(fd[1], 1);
		if (nul >= 0)
			dup2(nul, 2);
		close(fd[0]);
		execv(argv[0], argv);
		_exit(127);
	}
	close(fd[1]);
	while (pid > 0 && len < n - 1) {
		ssize_t k = read(fd[0], buf + len, n - 1 - len);

		if (k <= 0)
			break;
		len += (size_t)k;
	}
	buf[len] = 0;
	close(fd[0]);
	if (pid < 0)
		return -ECHILD;
	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st) || WEXITSTATUS(st))
		return -EIO;
	return 0;
}

