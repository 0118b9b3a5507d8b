/* SPDX-License-Identifier: MIT */
/*
 * pdd_sys.h - the few system calls that need <sys/stat.h>.  With _GNU_SOURCE
 * that header pulls in <linux/types.h>, whose __u64 (unsigned long long)
 * clashes with pd_hw.h's user-space typedef (uint64_t); so they live in a
 * file that includes no PipeDevice header.
 */
#ifndef PDD_SYS_H
#define PDD_SYS_H

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

#endif /* PDD_SYS_H */
