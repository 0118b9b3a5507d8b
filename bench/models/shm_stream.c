// SPDX-License-Identifier: MIT
/*
 * shm_stream.c - pdb_shm, the shm reference transport: two containers share
 * one lock-free single-producer/single-consumer byte ring in a file under
 * /dev/shm.  No isolation and no driver: the upper bound of what two copies
 * (sender in, receiver out) can move.
 *
 *   pdb_shm recv --shm PATH [--ring SIZE]       create the ring, drain it, print JSON
 *   pdb_shm send --shm PATH --msg-size SIZE --duration SECS [--rate RATE]
 *   pdb_shm pong --shm PATH                      create, answer pings until told to stop
 *   pdb_shm ping --shm PATH --msg-size SIZE --duration SECS   print latency JSON
 */
#include "shmq.h"

#define HDR_SIZE 4096u
#define ST_START 1u
#define ST_DONE 2u

struct shm_hdr {
	/* written by the sender only */
	_Alignas(PDB_CACHELINE) _Atomic uint64_t prod;	/* bytes produced, free-running */
	_Atomic uint64_t state;				/* ST_START, then ST_DONE */
	uint64_t t0_ns;					/* sender's start (CLOCK_MONOTONIC) */
	_Atomic uint64_t ping;				/* ping sequence */
	/* written by the receiver only */
	_Alignas(PDB_CACHELINE) _Atomic uint64_t cons;	/* bytes consumed, free-running */
	_Atomic uint64_t pong;				/* pong sequence */
	/* set at creation */
	_Alignas(PDB_CACHELINE) uint64_t ring_size;	/* power of two */
};

static const char *shm_path;
static uint64_t ring_size = 4u << 20, msg_size = 64u << 10;
static double duration = 10, rate_bps;

/* Wait for work without burning a core at low rates: spin ~20 us, then nap 20 us. */
static void idle_wait(unsigned *spins)
{
	if (++*spins < 2000) {
		pdb_cpu_relax();
		return;
	}
	struct timespec ts = { 0, 20000 };

	nanosleep(&ts, NULL);
}

static struct shm_hdr *attach(bool create, size_t *total)
{
	char tmp[4096];
	struct shm_hdr *h;

	*total = HDR_SIZE + ring_size;
	if (!create) {
		if (pdb_wait_file(shm_path, HDR_SIZE, 10)) {
			fprintf(stderr, "pdb_shm: %s did not appear within 10 s\n", shm_path);
			return NULL;
		}
		h = pdb_map_shared(shm_path, HDR_SIZE, false);
		if (!h)
			return NULL;
		*total = HDR_SIZE + h->ring_size;
		ring_size = h->ring_size;
		munmap(h, HDR_SIZE);
		return pdb_map_shared(shm_path, *total, false);
	}
	/* build it under a temporary name; the rename makes it appear complete */
	snprintf(tmp, sizeof(tmp), "%s.tmp", shm_path);
	unlink(tmp);
	h = pdb_map_shared(tmp, *total, true);
	if (!h)
		return NULL;
	h->ring_size = ring_size;
	if (rename(tmp, shm_path)) {
		munmap(h, *total);
		return NULL;
	}
	return h;
}

static int do_recv(void)
{
	size_t total;
	struct shm_hdr *h = attach(true, &total);
	uint8_t *ring = (uint8_t *)h + HDR_SIZE, *buf = malloc(msg_size);
	uint64_t cons = 0, msgs = 0, mask = ring_size - 1;
	double last = pdb_now();
	unsigned spins = 0;

	if (!h || !buf) {
		fprintf(stderr, "pdb_shm: cannot create %s: %s\n", shm_path, strerror(errno));
		return 1;
	}
	for (;;) {
		/* pairs with the sender's store_release(prod): the bytes are there */
		uint64_t prod = pdb_load_acquire(&h->prod);

		if (prod == cons) {
			if (pdb_load_acquire(&h->state) == ST_DONE && pdb_load_acquire(&h->prod) == cons)
				break;
			if (pdb_now() - last > duration + 15) {
				fprintf(stderr, "pdb_shm: no data for %.0f s; sender gone?\n", duration + 15);
				return 1;
			}
			idle_wait(&spins);
			continue;
		}
		spins = 0;
		last = pdb_now();
		while (prod != cons) {
			uint64_t n = prod - cons < msg_size ? prod - cons : msg_size;
			uint64_t off = cons & mask, first = n < ring_size - off ? n : ring_size - off;

			memcpy(buf, ring + off, first);
			memcpy(buf + first, ring, n - first);
			cons += n;
			msgs++;
			/* pairs with the sender's load_acquire(cons): we are done reading */
			pdb_store_release(&h->cons, cons);
		}
	}
	double secs = (double)(pdb_now_ns() - h->t0_ns) / 1e9;

	printf("{\"bytes\":%llu,\"seconds\":%.6f,\"gbps\":%.4f,\"msgs\":%llu,\"conns\":1,"
	       "\"errors\":0,\"verify\":false}\n",
	       (unsigned long long)cons, secs, (double)cons * 8 / secs / 1e9, (unsigned long long)msgs);
	munmap(h, total);
	free(buf);
	return 0;
}

static int do_send(void)
{
	size_t total;
	struct shm_hdr *h = attach(false, &total);
	uint8_t *ring, *buf = malloc(msg_size);
	uint64_t prod = 0, msgs = 0, mask;
	struct pdb_pacer pace = { rate_bps / 8, 0, 0 };
	unsigned spins = 0;
	double end;

	if (!h || !buf) {
		fprintf(stderr, "pdb_shm: cannot attach %s: %s\n", shm_path, strerror(errno));
		return 1;
	}
	ring = (uint8_t *)h + HDR_SIZE;
	mask = ring_size - 1;
	memset(buf, 0xa5, msg_size);
	h->t0_ns = pdb_now_ns();
	pace.start = pdb_now();
	end = pace.start + duration;
	pdb_store_release(&h->state, ST_START);
	for (double now = pace.start; now < end; now = pdb_now()) {
		/* pairs with the receiver's store_release(cons): that space is free */
		uint64_t cons = pdb_load_acquire(&h->cons);

		if (ring_size - (prod - cons) < msg_size || !pdb_pace_ok(&pace, now, msg_size)) {
			idle_wait(&spins);
			continue;
		}
		spins = 0;
		uint64_t off = prod & mask, first = msg_size < ring_size - off ? msg_size : ring_size - off;

		memcpy(ring + off, buf, first);
		memcpy(ring, buf + first, msg_size - first);
		prod += msg_size;
		pace.sent += msg_size;
		msgs++;
		/* publishes the bytes just copied; pairs with the receiver's load_acquire */
		pdb_store_release(&h->prod, prod);
	}
	pdb_store_release(&h->state, ST_DONE);
	double secs = pdb_now() - pace.start;

	printf("{\"bytes\":%llu,\"seconds\":%.6f,\"gbps\":%.4f,\"msgs\":%llu,\"conns\":1,"
	       "\"errors\":0,\"verify\":false}\n",
	       (unsigned long long)prod, secs, (double)prod * 8 / secs / 1e9, (unsigned long long)msgs);
	munmap(h, total);
	free(buf);
	return 0;
}

/* Ping-pong: the request at ring[0..msg), the reply at ring[ring/2..]; busy polling. */
static int do_pong(void)
{
	size_t total;
	struct shm_hdr *h = attach(true, &total);
	uint8_t *ring, *buf = malloc(msg_size);
	uint64_t seq = 0;
	double last = pdb_now();

	if (!h || !buf)
		return 1;
	ring = (uint8_t *)h + HDR_SIZE;
	while (pdb_load_acquire(&h->state) != ST_DONE) {
		/* pairs with ping's store_release(ping): the request bytes are there */
		if (pdb_load_acquire(&h->ping) == seq) {
			if (pdb_now() - last > 60) {
				fprintf(stderr, "pdb_shm: no ping for 60 s\n");
				return 1;
			}
			pdb_cpu_relax();
			continue;
		}
		last = pdb_now();
		seq++;
		memcpy(buf, ring, msg_size);
		memcpy(ring + ring_size / 2, buf, msg_size);
		pdb_store_release(&h->pong, seq);
	}
	munmap(h, total);
	free(buf);
	return 0;
}

static int do_ping(void)
{
	size_t total;
	struct shm_hdr *h = attach(false, &total);
	struct pdb_hist *hist = calloc(1, sizeof(*hist));
	uint8_t *ring, *buf = malloc(msg_size);
	uint64_t seq = 0;
	double end;

	if (!h || !buf || !hist || msg_size > ring_size / 2)
		return 1;
	ring = (uint8_t *)h + HDR_SIZE;
	memset(buf, 0x5a, msg_size);
	end = pdb_now() + duration;
	while (pdb_now() < end) {
		uint64_t t0 = pdb_now_ns();

		memcpy(ring, buf, msg_size);
		pdb_store_release(&h->ping, ++seq);
		/* pairs with pong's store_release(pong): the reply is complete */
		while (pdb_load_acquire(&h->pong) != seq)
			pdb_cpu_relax();
		memcpy(buf, ring + ring_size / 2, msg_size);
		/* one-way latency = RTT / 2, as sockperf reports it */
		pdb_hist_add(hist, (pdb_now_ns() - t0) / 2);
	}
	pdb_store_release(&h->state, ST_DONE);
	printf("{\"samples\":%llu,\"p50_us\":%.3f,\"p90_us\":%.3f,\"p99_us\":%.3f,\"p999_us\":%.3f,"
	       "\"max_us\":%.3f}\n",
	       (unsigned long long)hist->n, pdb_hist_pct(hist, 50), pdb_hist_pct(hist, 90),
	       pdb_hist_pct(hist, 99), pdb_hist_pct(hist, 99.9), (double)hist->max_ns / 1000);
	munmap(h, total);
	free(buf);
	free(hist);
	return 0;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";

	for (int i = 2; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--shm"))
			shm_path = argv[i + 1];
		else if (!strcmp(argv[i], "--ring"))
			ring_size = (uint64_t)pdb_arg_num(argv[i + 1], 1024);
		else if (!strcmp(argv[i], "--msg-size"))
			msg_size = (uint64_t)pdb_arg_num(argv[i + 1], 1024);
		else if (!strcmp(argv[i], "--duration"))
			duration = atof(argv[i + 1]);
		else if (!strcmp(argv[i], "--rate"))
			rate_bps = pdb_arg_num(argv[i + 1], 1000);
		else
			goto usage;
	}
	if (!shm_path || !msg_size || ring_size & (ring_size - 1) || msg_size > ring_size ||
	    duration <= 0)
		goto usage;
	if (!strcmp(mode, "recv"))
		return do_recv();
	if (!strcmp(mode, "send"))
		return do_send();
	if (!strcmp(mode, "pong"))
		return do_pong();
	if (!strcmp(mode, "ping"))
		return do_ping();
usage:
	fprintf(stderr, "usage: pdb_shm recv|send|pong|ping --shm PATH [--ring SIZE] [--msg-size SIZE] "
			"[--duration SECS] [--rate BITS]\n(ring a power of two, message no larger)\n");
	return 2;
}
