// SPDX-License-Identifier: MIT
/*
 * xcore.c - the machine's floor for moving bytes between two cores, probed
 * around every repeat.
 *
 * Every transport here moves data from one core to another: the sender
 * writes lines the device (or the receiver) then reads.  On a virtual
 * machine the host decides how far apart the two virtual CPUs are, and may
 * change its mind while a run goes on: on the 2-CPU machines this project
 * is measured on, the rate of a copy into a buffer that the other CPU keeps
 * reading swings between ~25 GB/s and ~2 GB/s within seconds (and the
 * round trip of one cache line between 130 ns and 330 ns), with nothing of
 * the run's own changing.  A repeat measured in the slow state measures the
 * host, not the transport.  So pdbench probes the floor (this file) before
 * and after each repeat, records the lower figure in the row (xcore_gbps),
 * and measures a repeat again when it fell below --min-xcore (run.c).
 *
 * The probe: a thread on the device placement's driver CPU copies 64 KiB
 * pieces round a 4 MiB buffer for 100 ms while a thread on the sender's CPU
 * reads the buffer over and over; GB/s of the copy.  Then 20 ms of one
 * cache line bounced between the two (the round trip, ns).
 */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pdbench.h"

#define XC_BUF (4u << 20)
#define XC_PIECE (64u << 10)

struct xc {
	int cpu_peer;
	uint8_t *buf;
	atomic_int phase;		/* 0 start, 1 read the buffer, 2 ping-pong, 3 stop */
	_Alignas(64) atomic_long ball;	/* the ping-pong line */
};

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int pin(int cpu)
{
	cpu_set_t s;

	CPU_ZERO(&s);
	CPU_SET(cpu, &s);
	return pthread_setaffinity_np(pthread_self(), sizeof(s), &s);
}

static void *peer(void *arg)
{
	struct xc *x = arg;
	volatile uint64_t sink = 0;
	long v = 0;

	pin(x->cpu_peer);
	while (atomic_load(&x->phase) == 0)
		;
	while (atomic_load(&x->phase) == 1)
		for (size_t i = 0; i < XC_BUF; i += 64)
			sink += x->buf[i];
	while (atomic_load(&x->phase) == 2) {
		if (atomic_load_explicit(&x->ball, memory_order_acquire) == 2 * v + 1) {
			atomic_store_explicit(&x->ball, 2 * v + 2, memory_order_release);
			v++;
		}
	}
	(void)sink;
	return NULL;
}

/* first CPU of a list such as "0", "1-3" or "2,5"; -1 if none */
static int first_cpu(const char *list)
{
	char *end;
	long v = strtol(list, &end, 10);

	return end == list || v < 0 ? -1 : (int)v;
}

double pdb_xcore_probe(const struct pdb_ctx *c, double *rtt_ns)
{
	struct xc *x;
	pthread_t t;
	cpu_set_t old;
	uint8_t *piece;
	double t0, gbps = 0;
	uint64_t copied = 0, off = 0;
	long n = 0;
	int cpu = first_cpu(c->place_cpus[PDB_PLACE_DEVICE][PDB_DRV]);
	int cpu_peer = first_cpu(c->place_cpus[PDB_PLACE_DEVICE][PDB_A]);

	if (rtt_ns)
		*rtt_ns = 0;
	if (cpu < 0 || cpu_peer < 0 || cpu == cpu_peer)
		return 0; /* one CPU: nothing moves between cores */
	x = aligned_alloc(64, sizeof(*x));
	piece = malloc(XC_PIECE);
	if (!x || !piece) {
		free(x);
		free(piece);
		return 0;
	}
	memset(x, 0, sizeof(*x));
	x->cpu_peer = cpu_peer;
	x->buf = aligned_alloc(64, XC_BUF);
	if (!x->buf || pthread_getaffinity_np(pthread_self(), sizeof(old), &old)) {
		free(x->buf);
		free(x);
		free(piece);
		return 0;
	}
	memset(x->buf, 1, XC_BUF);
	memset(piece, 2, XC_PIECE);
	if (pthread_create(&t, NULL, peer, x)) {
		free(x->buf);
		free(x);
		free(piece);
		return 0;
	}
	pin(cpu);
	atomic_store(&x->phase, 1);
	t0 = now_s();
	while (now_s() - t0 < 0.1) {
		for (int k = 0; k < 16; k++) {
			memcpy(x->buf + off, piece, XC_PIECE);
			off = (off + XC_PIECE) & (XC_BUF - 1);
			copied += XC_PIECE;
		}
	}
	gbps = (double)copied / (now_s() - t0) / 1e9;
	atomic_store(&x->phase, 2);
	t0 = now_s();
	while (now_s() - t0 < 0.02) {
		unsigned spins = 0;

		atomic_store_explicit(&x->ball, 2 * n + 1, memory_order_release);
		while (atomic_load_explicit(&x->ball, memory_order_acquire) != 2 * n + 2)
			if (++spins % 4096 == 0 && now_s() - t0 > 0.5)
				break; /* the peer is not running: no round trip to report */
		if (atomic_load_explicit(&x->ball, memory_order_acquire) != 2 * n + 2) {
			n = 0;
			break;
		}
		n++;
	}
	if (rtt_ns && n)
		*rtt_ns = (now_s() - t0) / (double)n * 1e9;
	atomic_store(&x->phase, 3);
	pthread_join(t, NULL);
	pthread_setaffinity_np(pthread_self(), sizeof(old), &old);
	free(x->buf);
	free(x);
	free(piece);
	return gbps;
}
