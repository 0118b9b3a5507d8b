// SPDX-License-Identifier: MIT
/*
 * Description: several threads, each with its own connections (socket,
 * connect, accept, blocking transfer, close) at the same time: the control
 * channel is shared, the data paths are not; every byte arrives intact.
 * Usage: bsd_threads [REPS]: the whole run REPS times against one pdd (1);
 * each run must end in under a second (a lost wake-up costs 100 ms, the
 * safety timer, and used to cost 8-10 s a run), and libpd must count no
 * lost wake-up (pd_stats).
 */
#include <pthread.h>
#include <time.h>

#include "pdd_harness.h"

#define THREADS 4
#define BYTES (3u << 20)

static int g_lsd[THREADS];
static uint16_t g_port[THREADS];

struct job {
	int id, sd;
	size_t got;
	int bad;
};

static void *rx_thread(void *arg)
{
	struct job *j = arg;
	uint8_t buf[8192];
	ssize_t n;

	while ((n = pd_recv(j->sd, buf, sizeof(buf), 0)) > 0) {
		for (ssize_t i = 0; i < n; i++)
			if (buf[i] != (uint8_t)(j->got + (size_t)i + (size_t)j->id))
				j->bad++;
		j->got += (size_t)n;
	}
	CHECK(n == 0);
	return NULL;
}

static void *worker(void *arg)
{
	struct job *j = arg, rx = { .id = j->id };
	static __thread uint8_t buf[BYTES];
	pthread_t th;
	int c, round;

	for (round = 0; round < 3; round++) {
		pdh_pair(g_lsd[j->id], g_port[j->id], &c, &rx.sd);
		rx.got = 0;
		pthread_create(&th, NULL, rx_thread, &rx);
		for (size_t i = 0; i < BYTES; i++)
			buf[i] = (uint8_t)(i + (size_t)j->id);
		CHECK(pd_send(c, buf, BYTES, 0) == (ssize_t)BYTES);
		CHECK(pd_close(c) == 0);
		pthread_join(th, NULL);
		CHECK(rx.got == BYTES && rx.bad == 0);
		CHECK(pd_close(rx.sd) == 0);
	}
	return NULL;
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	pthread_t th[THREADS];
	struct job jobs[THREADS];
	int i, rep, reps = argc > 1 ? atoi(argv[1]) : 1;
	double worst = 0, total = 0;
	struct pd_stats st;

	pdh_start();
	for (i = 0; i < THREADS; i++)
		g_lsd[i] = pdh_listen(&g_port[i]);
	for (rep = 0; rep < reps; rep++) {
		double t0 = now_s(), dt;

		for (i = 0; i < THREADS; i++) {
			jobs[i] = (struct job){ .id = i };
			pthread_create(&th[i], NULL, worker, &jobs[i]);
		}
		for (i = 0; i < THREADS; i++)
			pthread_join(th[i], NULL);
		dt = now_s() - t0;
		total += dt;
		if (dt > worst)
			worst = dt;
		if (dt >= 1.0)
			fprintf(stderr, "FAIL: run %d took %.3f s (%u threads x 3 rounds x %u MiB)\n", rep,
				dt, THREADS, BYTES >> 20);
		CHECK(dt < 1.0);
	}
	for (i = 0; i < THREADS; i++)
		pd_close(g_lsd[i]);
	CHECK(pd_stats(&st) == 0);
	printf("bsd_threads: %d run(s), mean %.3f s, worst %.3f s; sleeps %llu, timer wake-ups %llu, "
	       "lost wake-ups %llu\n",
	       reps, total / (reps > 0 ? reps : 1), worst, st.sleeps, st.timer_wakeups, st.lost_wakeups);
	CHECK(st.lost_wakeups == 0);
	return pdh_result("bsd_threads");
}
