// SPDX-License-Identifier: MIT
/*
 * pdd_huge.c - the region's page size: 2 MiB hugepages when they can be had
 * (growing the pool if needed and giving back exactly what was added), else
 * 4 KiB pages.
 *
 * What pdd added is recorded in PDD_POOL_DIR/<pid> ("N sysctl|hugeadm
 * STARTTIME") from the moment the pool grew until it is given back, so a pdd
 * that died (kill -9, a crash) does not keep the pages: the next pdd to
 * start, or `pdd --cleanup`, gives back what every dead pdd's record says.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pdd.h"

#define HUGE_2M (2ull << 20)
#define NR_HUGEPAGES "/proc/sys/vm/nr_hugepages"

extern char **environ;

/* One field of /proc/meminfo ("HugePages_Free:" ...), or -1. */
static long meminfo_field(const char *name)
{
	FILE *f = fopen("/proc/meminfo", "re");
	char line[256];
	size_t n = strlen(name);
	long v = -1;

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		if (!strncmp(line, name, n) && line[n] == ':') {
			v = strtol(line + n + 1, NULL, 10);
			break;
		}
	}
	fclose(f);
	return v;
}

/* 2 MiB pages free and not reserved by someone else; -1 if the default size is not 2 MiB. */
static long huge_available(void)
{
	long free_p = meminfo_field("HugePages_Free");
	long rsvd = meminfo_field("HugePages_Rsvd");

	if (meminfo_field("Hugepagesize") != 2048 || free_p < 0 || rsvd < 0)
		return -1;
	return free_p > rsvd ? free_p - rsvd : 0;
}

static long read_nr(void)
{
	FILE *f = fopen(NR_HUGEPAGES, "re");
	long v = -1;

	if (!f)
		return -1;
	if (fscanf(f, "%ld", &v) != 1)
		v = -1;
	fclose(f);
	return v;
}

static int write_nr(long v)
{
	FILE *f = fopen(NR_HUGEPAGES, "we");
	int ret = 0;

	if (!f)
		return -errno;
	if (fprintf(f, "%ld\n", v) < 0)
		ret = -EIO;
	if (fclose(f))
		ret = -errno;
	return ret;
}

/* Run "hugeadm --pool-pages-min 2MB:<sign>N", quietly.  0, -ENOENT (not installed) or -EIO. */
static int run_hugeadm(char sign, long n)
{
	char arg[64];
	char *argv[] = { "hugeadm", "--pool-pages-min", arg, NULL };
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int st, ret;

	snprintf(arg, sizeof(arg), "2MB:%c%ld", sign, n);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	ret = posix_spawnp(&pid, "hugeadm", &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (ret)
		return ret == ENOENT ? -ENOENT : -ret;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -errno;
	return WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : -EIO;
}

/* Field 22 of /proc/PID/stat (start time in clock ticks): tells a pid from its reuse.  0 if none. */
static unsigned long long proc_start(long pid)
{
	char path[64], buf[1024], *p;
	unsigned long long v = 0;
	FILE *f;
	int i;

	snprintf(path, sizeof(path), "/proc/%ld/stat", pid);
	f = fopen(path, "re");
	if (!f)
		return 0;
	p = fgets(buf, sizeof(buf), f) ? strrchr(buf, ')') : NULL;
	fclose(f);
	/* after "comm)": field 3 onwards; the start time is field 22 */
	for (i = 3; p && i <= 22; i++) {
		p = strchr(p + 1, ' ');
		if (p && i == 22)
			v = strtoull(p + 1, NULL, 10);
	}
	return v;
}

static void record_path(char *buf, size_t len, long pid)
{
	snprintf(buf, len, "%s/%ld", PDD_POOL_DIR, pid);
}

/* What this pdd added, on disk before anything else happens (the parent directories made as needed). */
static void record_write(const struct pdd_region *r)
{
	char path[256], tmp[272];
	FILE *f;

	mkdir("/run/pipedevice", 0755);
	mkdir(PDD_POOL_DIR, 0755);
	record_path(path, sizeof(path), (long)getpid());
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	f = fopen(tmp, "we");
	if (!f || fprintf(f, "%ld %s %llu\n", r->added, r->via_hugeadm ? "hugeadm" : "sysctl",
			  proc_start((long)getpid())) < 0 ||
	    fflush(f) || fsync(fileno(f))) {
		pdd_log("warning: cannot record the %ld hugepages pdd added in %s: %s; if pdd dies, "
			"give them back yourself", r->added, path, strerror(errno));
		if (f)
			fclose(f);
		unlink(tmp);
		return;
	}
	fclose(f);
	rename(tmp, path);
}

static void record_remove(void)
{
	char path[256];

	record_path(path, sizeof(path), (long)getpid());
	unlink(path);
}

static void shrink_by(long n, bool via_hugeadm);

/*
 * Give back what dead pdds recorded; log each.  A record is claimed by
 * renaming it (one pdd wins), so two pdds starting at once never give back
 * the same pages twice.  Returns the records handled.
 */
int pdd_pool_recover(void)
{
	DIR *d = opendir(PDD_POOL_DIR);
	struct dirent *e;
	int n = 0;

	while (d && (e = readdir(d))) {
		char path[512], claim[544], via[16];
		unsigned long long start = 0;
		long pid, added = 0;
		char *end;
		FILE *f;
		int got;

		pid = strtol(e->d_name, &end, 10);
		if (pid <= 0 || *end)
			continue;
		snprintf(path, sizeof(path), "%s/%s", PDD_POOL_DIR, e->d_name);
		f = fopen(path, "re");
		if (!f)
			continue;
		got = fscanf(f, "%ld %15s %llu", &added, via, &start);
		fclose(f);
		if (got == 3 && proc_start(pid) == start && start)
			continue; /* that pdd lives */
		snprintf(claim, sizeof(claim), "%s.claimed-%ld", path, (long)getpid());
		if (rename(path, claim))
			continue; /* another pdd took it */
		if (got == 3 && added > 0) {
			shrink_by(added, !strcmp(via, "hugeadm"));
			pdd_log("gave back %ld 2 MiB pages that pdd %ld added to the hugepage pool before "
				"it died", added, pid);
		}
		unlink(claim);
		n++;
	}
	if (d)
		closedir(d);
	return n;
}

/* Add n pages to the pool; remembers how (hugeadm or sysctl) so giving back uses the same way. */
static int grow_pool(struct pdd_region *r, long n)
{
	long nr;

	if (run_hugeadm('+', n) == 0) {
		r->via_hugeadm = true;
		r->added = n;
		record_write(r);
		return 0;
	}
	nr = read_nr();
	if (nr < 0)
		return -EIO;
	if (write_nr(nr + n))
		return -EIO;
	/* the kernel may give fewer than asked (fragmented memory): record what it gave */
	r->added = read_nr() - nr;
	if (r->added < 0)
		r->added = 0;
	r->via_hugeadm = false;
	if (r->added > 0)
		record_write(r);
	return r->added >= n ? 0 : -ENOMEM;
}

static void shrink_by(long n, bool via_hugeadm)
{
	long nr;

	if (via_hugeadm && run_hugeadm('-', n) == 0)
		return;
	nr = read_nr();
	if (nr < 0 || write_nr(nr > n ? nr - n : 0))
		pdd_log("warning: could not give back %ld hugepages: write %s yourself", n, NR_HUGEPAGES);
}

static void shrink_pool(struct pdd_region *r)
{
	if (r->added <= 0)
		return;
	shrink_by(r->added, r->via_hugeadm);
	record_remove();
	r->added = 0;
}

int pdd_region_setup(struct pdd_region *r, enum pdd_huge_mode mode, uint64_t region)
{
	long need = (long)(region / HUGE_2M), avail;
	const char *why = NULL;

	memset(r, 0, sizeof(*r));
	r->page_size = 4096;
	/* what dead pdds left in the pool first (whatever this pdd's mode): it counts as free again */
	pdd_pool_recover();
	if (mode == PDD_HUGE_OFF)
		return 0;
	avail = huge_available();
	if (avail < 0) {
		why = "the default hugepage size is not 2 MiB or /proc/meminfo is unreadable";
	} else if (avail < need && (need - avail) * 2048 > meminfo_field("MemAvailable") / 2) {
		/* the kernel would take what it can get from a sysctl: never ask for that much */
		why = "growing the hugepage pool by that much would take over half of the available memory";
	} else if (avail < need) {
		if (grow_pool(r, need - avail) || huge_available() < need) {
			shrink_pool(r);
			why = "the hugepage pool could not be grown (not enough contiguous memory?)";
		}
	}
	if (!why) {
		r->huge = true;
		r->page_size = HUGE_2M;
		return 0;
	}
	if (mode == PDD_HUGE_ON) {
		pdd_log("error: --hugepages on: %ld free 2 MiB pages needed for --region, %s; "
			"reserve them (echo N > %s) or use --hugepages auto|off",
			need, why, NR_HUGEPAGES);
		return -ENOMEM;
	}
	pdd_log("warning: ring memory falls back to 4 KiB pages: %s (%ld 2 MiB pages needed)", why,
		need);
	return 0;
}

void pdd_region_release(struct pdd_region *r)
{
	shrink_pool(r);
}
