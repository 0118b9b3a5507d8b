// SPDX-License-Identifier: MIT
/*
 * pdd_sys.c - system calls that need <sys/stat.h> (see pdd_sys.h for why
 * they are kept apart from the PipeDevice headers).
 */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <string.h>
#include <linux/nsfs.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "pdd_sys.h"

/* Linux 6.5+ / 6.11+; not in Debian 12's headers yet */
#ifndef SO_PEERPIDFD
#define SO_PEERPIDFD 77
#endif
#ifndef PIDFD_GET_NET_NAMESPACE
#define PIDFD_GET_NET_NAMESPACE _IO(0xFF, 4)
#endif

static int fd_ino(int fd, uint64_t *ino)
{
	struct stat st;

	if (fstat(fd, &st))
		return -errno;
	*ino = (uint64_t)st.st_ino;
	return 0;
}

int pdd_sys_peer_netns(int sock, pid_t pid, int *fd, uint64_t *ino)
{
	socklen_t len = sizeof(int);
	int pidfd, ret;

	/*
	 * The pid from SO_PEERCRED may have been reused by the time we open
	 * /proc/<pid>.  A pidfd of the peer pins the process: ask it for its
	 * namespace directly, or check it is still alive after opening /proc.
	 */
	if (getsockopt(sock, SOL_SOCKET, SO_PEERPIDFD, &pidfd, &len))
		return pdd_sys_netns_open(pid, fd, ino); /* older kernel: best effort */
	*fd = ioctl(pidfd, PIDFD_GET_NET_NAMESPACE, 0);
	if (*fd >= 0 && ioctl(*fd, NS_GET_NSTYPE) == CLONE_NEWNET) {
		close(pidfd);
		ret = fd_ino(*fd, ino);
		goto out;
	}
	if (*fd >= 0)
		close(*fd);
	ret = pdd_sys_netns_open(pid, fd, ino);
	if (!ret && syscall(SYS_pidfd_send_signal, pidfd, 0, NULL, 0))
		ret = -ESRCH; /* the peer is gone: the pid may name another process now */
	close(pidfd);
out:
	if (ret && *fd >= 0) {
		close(*fd);
		*fd = -1;
	}
	return ret;
}

int pdd_sys_netns_open(pid_t pid, int *fd, uint64_t *ino)
{
	char path[64];
	struct stat st;

	snprintf(path, sizeof(path), "/proc/%d/ns/net", (int)pid);
	*fd = open(path, O_RDONLY | O_CLOEXEC);
	if (*fd < 0)
		return -errno;
	if (fstat(*fd, &st)) {
		int ret = -errno;

		close(*fd);
		*fd = -1;
		return ret;
	}
	*ino = (uint64_t)st.st_ino;
	return 0;
}

int pdd_sys_mkdir_parent(const char *path)
{
	char buf[4096];
	char *dir;

	snprintf(buf, sizeof(buf), "%s", path);
	dir = dirname(buf);
	if (!strcmp(dir, ".") || !strcmp(dir, "/"))
		return 0;
	if (!mkdir(dir, 0755) || errno == EEXIST)
		return 0;
	if (errno == ENOENT) {
		int ret = pdd_sys_mkdir_parent(dir);

		if (ret)
			return ret;
		if (!mkdir(dir, 0755) || errno == EEXIST)
			return 0;
	}
	return -errno;
}

int pdd_sys_path_kind(const char *path)
{
	struct stat st;

	if (lstat(path, &st))
		return errno == ENOENT ? 0 : -errno;
	return S_ISSOCK(st.st_mode) ? 1 : -EEXIST;
}

int pdd_sys_chmod(const char *path, unsigned int mode)
{
	return chmod(path, (mode_t)mode) ? -errno : 0;
}

int64_t pdd_sys_fsize(int fd)
{
	struct stat st;

	return fstat(fd, &st) ? -errno : (int64_t)st.st_size;
}

int64_t pdd_sys_fblocks(int fd)
{
	struct stat st;

	return fstat(fd, &st) ? -errno : (int64_t)st.st_blocks;
}

int64_t pdd_sys_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int ns_ino(const char *path, uint64_t *ino)
{
	struct stat st;

	if (stat(path, &st))
		return -errno;
	*ino = (uint64_t)st.st_ino;
	return 0;
}

bool pdd_sys_peer_is_admin(int sock, pid_t pid, uint64_t netns_ino)
{
	struct ucred cr;
	socklen_t len = sizeof(cr);
	uint64_t own_net = 0, own_user = 0, peer_user = 1;
	char path[64];

	if (getsockopt(sock, SOL_SOCKET, SO_PEERCRED, &cr, &len) || cr.uid != 0)
		return false;
	snprintf(path, sizeof(path), "/proc/%d/ns/user", (int)pid);
	if (ns_ino("/proc/self/ns/net", &own_net) || ns_ino("/proc/self/ns/user", &own_user) ||
	    ns_ino(path, &peer_user))
		return false;
	return netns_ino == own_net && peer_user == own_user;
}
