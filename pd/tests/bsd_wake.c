// SPDX-License-Identifier: MIT
/*
 * Description: wake-ups among many threads of one process, default polling.
 *   pingpong  16 threads: 8 clients and 8 servers doing 64-byte blocking
 *             ping-pong on 8 connections; the round trips' p50/p99/max are
 *             printed and p99 must stay under a generous 20 ms (a lost
 *             wake-up costs the 100 ms safety timer).
 *   poll      4 threads pd_poll one shared set of the 8 server sockets while
 *             one more sends on them one at a time: every poller must see
 *             each send, promptly.
 *   accept    a thread blocked in pd_accept while the ping-pong goes on: it
 *             returns promptly after each connect.
 * libpd's own count of lost wake-ups (pd_stats: sleeps that the safety timer
 * ended with their condition already true) must be 0.
 * Usage: bsd_wake [SECONDS]: length of the ping-pong (3).
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <time.h>

#include "pdd_harness.h"

#define CONNS 8
#define MSG 64
#define POLLERS 4
#define POLL_ROUNDS 200
#define ACCEPTS 20
/* a wake-up must arrive well before the 100 ms safety timer would end the sleep */
#define PROMPT_NS (50 * 1000000LL)
#define P99_MAX_NS (20 * 1000000LL)
#define MAX_SAMPLES (1 << 20)

static int g_cli[CONNS], g_srv[CONNS];
static atomic_int g_stop;

static int64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int recv_all(int sd, uint8_t *buf, size_t len)
{
	size_t got = 0;

	while (got < len) {
		ssize_t n = pd_recv(sd, buf + got, len - got, 0);

		if (n <= 0)
			return -1;
		got += (size_t)n;
	}
	return 0;
}

/* ---- ping-pong ---- */

struct client {
	int id;
	int64_t *rtt;
	size_t n;
	int bad;
};

static void *server_main(void *arg)
{
	int sd = g_srv[(intptr_t)arg];
	uint8_t buf[MSG];

	/* echo until the client closes */
	while (recv_all(sd, buf, MSG) == 0)
		if (pd_send(sd, buf, MSG, 0) != MSG)
			break;
	return NULL;
}

static void *client_main(void *arg)
{
	struct client *cl = arg;
	int sd = g_cli[cl->id];
	uint8_t out[MSG], in[MSG];
	uint32_t k;

	for (k = 0; !atomic_load(&g_stop) && cl->n < MAX_SAMPLES; k++) {
		int64_t t0 = now_ns();

		memset(out, (int)(k + (uint32_t)cl->id), MSG);
		if (pd_send(sd, out, MSG, 0) != MSG || recv_all(sd, in, MSG)) {
			cl->bad++;
			break;
		}
		cl->rtt[cl->n++] = now_ns() - t0;
		if (memcmp(in, out, MSG))
			cl->bad++;
	}
	return NULL;
}

static int cmp64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

/* ---- accept while the ping-pong runs ---- */

static int g_lsd;
static uint16_t g_port;

struct acceptor {
	atomic_llong connected_at; /* ns of the last connect, 0 before */
	int64_t worst;
	int done, bad;
};

static void *accept_main(void *arg)
{
	struct acceptor *a = arg;

	for (int i = 0; i < ACCEPTS; i++) {
		int sd = pd_accept(g_lsd, NULL, NULL);
		int64_t lat = now_ns() - atomic_load(&a->connected_at);

		if (sd < 0) {
			a->bad++;
			return NULL;
		}
		if (lat > a->worst)
			a->worst = lat;
		pd_close(sd);
		a->done++;
	}
	return NULL;
}

static void sleep_ms(int ms)
{
	struct timespec ts = { .tv_sec = ms / 1000, .tv_nsec = (long)(ms % 1000) * 1000000 };

	nanosleep(&ts, NULL);
}

static void run_pingpong(double seconds)
{
	pthread_t srv[CONNS], cli[CONNS], acc;
	struct client cl[CONNS];
	struct acceptor a = { 0 };
	int64_t *all, end;
	size_t total = 0, i;
	int bad = 0, k;

	for (k = 0; k < CONNS; k++) {
		cl[k] = (struct client){ .id = k, .rtt = malloc(MAX_SAMPLES * sizeof(int64_t)) };
		CHECK(cl[k].rtt != NULL);
		pthread_create(&srv[k], NULL, server_main, (void *)(intptr_t)k);
	}
	for (k = 0; k < CONNS; k++)
		pthread_create(&cli[k], NULL, client_main, &cl[k]);
	pthread_create(&acc, NULL, accept_main, &a);
	/* the acceptor sleeps in pd_accept between connects, spread over the run */
	end = now_ns() + (int64_t)(seconds * 1e9);
	for (k = 0; k < ACCEPTS; k++) {
		int sd;

		sleep_ms((int)(seconds * 1000 / (ACCEPTS + 1)));
		atomic_store(&a.connected_at, now_ns());
		sd = pdh_connect(g_port);
		/* the acceptor closes its side: wait for that EOF, then close ours */
		{
			uint8_t b;

			CHECK(pd_recv(sd, &b, 1, 0) == 0);
		}
		pd_close(sd);
	}
	while (now_ns() < end)
		sleep_ms(10);
	atomic_store(&g_stop, 1);
	for (k = 0; k < CONNS; k++) {
		pthread_join(cli[k], NULL);
		pd_close(g_cli[k]); /* the server sees EOF and ends */
		pthread_join(srv[k], NULL);
		pd_close(g_srv[k]);
		total += cl[k].n;
		bad += cl[k].bad;
	}
	pthread_join(acc, NULL);

	all = malloc((total ? total : 1) * sizeof(int64_t));
	CHECK(all != NULL);
	for (k = 0, i = 0; k < CONNS; k++) {
		memcpy(all + i, cl[k].rtt, cl[k].n * sizeof(int64_t));
		i += cl[k].n;
		free(cl[k].rtt);
	}
	qsort(all, total, sizeof(int64_t), cmp64);
	CHECK(total > 0);
	CHECK(bad == 0);
	if (total) {
		int64_t p50 = all[total / 2], p99 = all[total * 99 / 100], max = all[total - 1];

		printf("pingpong: %d threads, %d connections, %zu round trips in %.1f s: p50 %.1f us, p99 "
		       "%.1f us, max %.1f us\n",
		       2 * CONNS, CONNS, total, seconds, p50 / 1e3, p99 / 1e3, max / 1e3);
		if (p99 >= P99_MAX_NS)
			fprintf(stderr, "FAIL: p99 round trip %.1f ms, bound %lld ms\n", p99 / 1e6,
				P99_MAX_NS / 1000000);
		CHECK(p99 < P99_MAX_NS);
	}
	free(all);
	printf("accept: %d connections accepted by a sleeping thread, worst %.2f ms after connect\n",
	       a.done, a.worst / 1e6);
	CHECK(a.done == ACCEPTS && a.bad == 0);
	CHECK(a.worst < PROMPT_NS);
}

/* ---- several threads in pd_poll over one shared set ---- */

struct poller {
	int id;
	int64_t worst;
	int seen[CONNS];
	int bad;
};

static atomic_int g_round = -1;       /* round being polled for, -1 before */
static atomic_int g_acks;             /* pollers done with the round */
static atomic_llong g_sent_at;

static void *poller_main(void *arg)
{
	struct poller *p = arg;
	struct pollfd fds[CONNS];
	int round = 0;

	while (round < POLL_ROUNDS) {
		int n, k, hit = -1;

		/* wait (bounded by the test's own clock) for the sender's round */
		while (atomic_load(&g_round) < round)
			sched_yield();
		for (k = 0; k < CONNS; k++)
			fds[k] = (struct pollfd){ .fd = g_srv[k], .events = POLLIN };
		n = pd_poll(fds, CONNS, 2000);
		if (n != 1) {
			p->bad++;
			return NULL;
		}
		for (k = 0; k < CONNS; k++)
			if (fds[k].revents)
				hit = k;
		if (hit != round % CONNS || fds[hit].revents != POLLIN)
			p->bad++;
		else
			p->seen[hit]++;
		{
			int64_t lat = now_ns() - atomic_load(&g_sent_at);

			if (lat > p->worst)
				p->worst = lat;
		}
		atomic_fetch_add(&g_acks, 1);
		round++;
	}
	return NULL;
}

static void run_poll(void)
{
	pthread_t th[POLLERS];
	struct poller p[POLLERS];
	int64_t worst = 0;
	int i, k, bad = 0;
	uint8_t b = 0x5a;

	for (i = 0; i < POLLERS; i++) {
		p[i] = (struct poller){ .id = i };
		pthread_create(&th[i], NULL, poller_main, &p[i]);
	}
	for (int round = 0; round < POLL_ROUNDS; round++) {
		int sd = g_cli[round % CONNS], srv = g_srv[round % CONNS];
		int64_t t;

		atomic_store(&g_acks, 0);
		atomic_store(&g_round, round);
		/* let the pollers go to sleep in pd_poll before the byte is sent */
		sleep_ms(1);
		atomic_store(&g_sent_at, now_ns());
		CHECK(pd_send(sd, &b, 1, 0) == 1);
		t = now_ns() + 5000000000LL;
		while (atomic_load(&g_acks) < POLLERS && now_ns() < t)
			sched_yield();
		CHECK(atomic_load(&g_acks) == POLLERS);
		if (atomic_load(&g_acks) < POLLERS)
			break;
		/* drain it before the next round, so that only one socket is readable */
		CHECK(pd_recv(srv, &b, 1, 0) == 1);
	}
	for (i = 0; i < POLLERS; i++) {
		pthread_join(th[i], NULL);
		bad += p[i].bad;
		if (p[i].worst > worst)
			worst = p[i].worst;
		for (k = 0; k < CONNS; k++)
			CHECK(p[i].seen[k] == POLL_ROUNDS / CONNS);
	}
	printf("poll: %d threads polling one set of %d sockets, %d sends: every poller saw each, worst "
	       "%.2f ms after the send\n",
	       POLLERS, CONNS, POLL_ROUNDS, worst / 1e6);
	CHECK(bad == 0);
	CHECK(worst < PROMPT_NS);
}

int main(int argc, char **argv)
{
	double seconds = argc > 1 ? atof(argv[1]) : 3.0;
	struct pd_stats st;
	int k;

	if (seconds <= 0)
		seconds = 3.0;
	pdh_start();
	g_lsd = pdh_listen(&g_port);
	for (k = 0; k < CONNS; k++)
		pdh_pair(g_lsd, g_port, &g_cli[k], &g_srv[k]);
	run_poll();
	run_pingpong(seconds);
	pd_close(g_lsd);
	CHECK(pd_stats(&st) == 0);
	printf("bsd_wake: sleeps %llu, timer wake-ups %llu, lost wake-ups %llu\n", st.sleeps,
	       st.timer_wakeups, st.lost_wakeups);
	CHECK(st.lost_wakeups == 0);
	return pdh_result("bsd_wake");
}
