/* SPDX-License-Identifier: MIT */
/*
 * shmq.h - what pdbench's own traffic programs (pdb_shm, pdb_ff,
 * pdb_tcpstream) share: clocks, a token-bucket pacer, the shared-file
 * mapping, and the one place where memory ordering is spelled out.
 */
#ifndef PDB_SHMQ_H
#define PDB_SHMQ_H

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdbool.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define PDB_CACHELINE 64

/* Every load of an index the other side writes pairs with its store_release. */
static inline uint64_t pdb_load_acquire(const _Atomic uint64_t *p)
{
	return atomic_load_explicit(p, memory_order_acquire);
}

static inline void pdb_store_release(_Atomic uint64_t *p, uint64_t v)
{
	atomic_store_explicit(p, v, memory_order_release);
}

static inline double pdb_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static inline uint64_t pdb_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static inline void pdb_cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_pause();
#endif
}

/* Token bucket: may the sender put out `bytes` more at time `now`? rate 0 = unpaced. */
struct pdb_pacer {
	double rate_Bps, start;
	uint64_t sent;
};

static inline bool pdb_pace_ok(const struct pdb_pacer *p, double now, uint64_t bytes)
{
	/* a burst of at most 1 ms worth of tokens, so pacing stays smooth */
	return p->rate_Bps <= 0 || (double)(p->sent + bytes) <= (now - p->start) * p->rate_Bps +
								    p->rate_Bps / 1000 + (double)bytes;
}

/* Map a shared file of size bytes; create it (exclusively) when create. */
static inline void *pdb_map_shared(const char *path, size_t size, bool create)
{
	int fd = open(path, create ? O_RDWR | O_CREAT | O_EXCL : O_RDWR, 0600);
	void *p;

	if (fd < 0)
		return NULL;
	if (create && ftruncate(fd, (off_t)size)) {
		close(fd);
		return NULL;
	}
	p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd, 0);
	close(fd);
	return p == MAP_FAILED ? NULL : p;
}

/* Wait (bounded) until the file exists and has reached size bytes. */
static inline int pdb_wait_file(const char *path, size_t size, double timeout_s)
{
	double end = pdb_now() + timeout_s;
	struct stat st;

	while (stat(path, &st) || (size_t)st.st_size < size) {
		if (pdb_now() > end)
			return -ETIMEDOUT;
		usleep(1000);
	}
	return 0;
}

/* Parse "64K", "1M", "100" as bytes (binary) or bit/s (decimal) */
static inline double pdb_arg_num(const char *s, double kilo)
{
	char *e;
	double v = strtod(s, &e);

	switch (*e) {
	case 'k': case 'K': return v * kilo;
	case 'm': case 'M': return v * kilo * kilo;
	case 'g': case 'G': return v * kilo * kilo * kilo;
	}
	return v;
}

/* log-linear latency histogram: 10 ns buckets to 1 ms, 1 us buckets to 100 ms */
#define PDB_HIST_FINE 100000u
#define PDB_HIST_COARSE 99000u
struct pdb_hist {
	uint64_t n, max_ns;
	uint32_t b[PDB_HIST_FINE + PDB_HIST_COARSE + 1];
};

static inline void pdb_hist_add(struct pdb_hist *h, uint64_t ns)
{
	uint64_t i = ns < 1000000 ? ns / 10 : PDB_HIST_FINE + (ns - 1000000) / 1000;

	if (i > PDB_HIST_FINE + PDB_HIST_COARSE)
		i = PDB_HIST_FINE + PDB_HIST_COARSE;
	h->b[i]++;
	h->n++;
	if (ns > h->max_ns)
		h->max_ns = ns;
}

static inline double pdb_hist_pct(const struct pdb_hist *h, double pct)
{
	uint64_t want = (uint64_t)((double)h->n * pct / 100.0), seen = 0;

	for (uint64_t i = 0; i <= PDB_HIST_FINE + PDB_HIST_COARSE; i++) {
		seen += h->b[i];
		if (seen > want)
			return i < PDB_HIST_FINE ? (double)(i * 10 + 5) / 1000.0
						 : (double)(1000000 + (i - PDB_HIST_FINE) * 1000 + 500) / 1000.0;
	}
	return (double)h->max_ns / 1000.0;
}

#endif
