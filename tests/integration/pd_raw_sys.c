// SPDX-License-Identifier: MIT
/*
 * pd_raw_sys.c - fstat for pd_raw, kept out of files that include pd_hw.h
 * (<sys/stat.h> with _GNU_SOURCE pulls in <linux/types.h>, whose __u64
 * clashes with pd_hw.h's user-space typedef).
 */
#include <errno.h>
#include <stdint.h>
#include <sys/stat.h>

int pd_raw_fstat(int fd, uint64_t *ino, uint64_t *size);

int pd_raw_fstat(int fd, uint64_t *ino, uint64_t *size)
{
	struct stat st;

	if (fstat(fd, &st))
		return -errno;
	*ino = (uint64_t)st.st_ino;
	*size = (uint64_t)st.st_size;
	return 0;
}
