/* SPDX-License-Identifier: MIT */
/*
 * pdd_sys.h - the few system calls that need <sys/stat.h>.  With _GNU_SOURCE
 * that header pulls in <linux/types.h>, whose __u64 (unsigned long long)
 * clashes with pd_hw.h's user-space typedef (uint64_t); so they live in a
 * file that includes no PipeDevice header.
 */
#ifndef PDD_SYS_H
#define PDD_SYS_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

/* Open /proc/<pid>/ns/net: *fd keeps the namespace, *ino identifies it.  0 or -errno. */
int pdd_sys_netns_open(pid_t pid, int *fd, uint64_t *ino);
/*
 * The network namespace of the peer of a connected Unix socket (pid from
 * SO_PEERCRED), robust against pid reuse where the kernel has pidfds.
 */
int pdd_sys_peer_netns(int sock, pid_t pid, int *fd, uint64_t *ino);
/* Create the parent directories of path (mode 0755).  0 or -errno. */
int pdd_sys_mkdir_parent(const char *path);
/* 0: path does not exist; 1: it is a socket; -EEXIST: something else is there. */
int pdd_sys_path_kind(const char *path);
int pdd_sys_chmod(const char *path, unsigned int mode);
/* Size of the file behind fd, or -errno. */
int64_t pdd_sys_fsize(int fd);
/* 512-byte blocks of memory the file holds (st_blocks: hugetlbfs and shmem count their pages), or -errno */
int64_t pdd_sys_fblocks(int fd);
/*
 * The host's administrator: root (uid 0 as pdd sees it) in pdd's own user
 * namespace and pdd's own network namespace (the host's, where pdd runs).
 * netns_ino: the peer's network namespace, already looked up.
 */
bool pdd_sys_peer_is_admin(int sock, pid_t pid, uint64_t netns_ino);
/* CLOCK_MONOTONIC, nanoseconds */
int64_t pdd_sys_now_ns(void);

#endif /* PDD_SYS_H */
