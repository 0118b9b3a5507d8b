// SPDX-License-Identifier: MIT
/*
 * Description: the core as pdd runs it: the soft device on its own thread,
 * one thread per worker (poll, then the sleep protocol with wakes from kicks
 * and device interrupts), and the test thread acting as the applications
 * and issuing control requests (connection churn) at the same time.  Every
 * byte of several bidirectional pattern streams must arrive, within a
 * bounded time, and all memory must come back.
 */
#include <pthread.h>
#include <sched.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "pdc_harness.h"

#define NCONN 4
#define TOTAL (2u << 20)
#define DEADLINE_S 60

struct wthread {
	struct hc *h;
	unsigned int w;
	pthread_t t;
	pthread_mutex_t m;
	pthread_cond_t cv;
	int pending;
	int stop;
	unsigned long sleeps;
};

static struct wthread wt[2];

static void wake_cb(struct hc *h, unsigned int w)
{
	(void)h;
	if (w >= 2)
		return;
	pthread_mutex_lock(&wt[w].m);
	wt[w].pending = 1;
	pthread_cond_signal(&wt[w].cv);
	pthread_mutex_unlock(&wt[w].m);
}

static void *worker(void *arg)
{
	struct wthread *t = arg;

	while (!__atomic_load_n(&t->stop, __ATOMIC_ACQUIRE)) {
		if (pdc_worker_poll(t->h->dev, t->w, 0))
			continue;
		if (pdc_worker_sleep_prepare(t->h->dev, t->w)) {
			struct timespec ts;

			clock_gettime(CLOCK_REALTIME, &ts);
			ts.tv_nsec += 20 * 1000 * 1000;
			if (ts.tv_nsec >= 1000000000) {
				ts.tv_sec++;
				ts.tv_nsec -= 1000000000;
			}
			pthread_mutex_lock(&t->m);
			if (!t->pending)
				pthread_cond_timedwait(&t->cv, &t->m, &ts);
			t->pending = 0;
			pthread_mutex_unlock(&t->m);
			t->sleeps++;
			pdc_worker_sleep_done(t->h->dev, t->w);
		}
	}
	return NULL;
}

static uint8_t pat(int conn, int dir, uint64_t off)
{
	return (uint8_t)((off * 40503u) >> 7) ^ (uint8_t)(conn * 8 + dir) ^ (uint8_t)(off >> 12);
}

struct stream {
	struct hc_proc *tx, *rx;
	int txs, rxs, conn, dir;
	uint64_t sent, recvd;
};

static void step(struct stream *st, unsigned int *seed)
{
	uint8_t buf[6000];
	size_t n, i;

	*seed = *seed * 1103515245u + 12345u;
	if (st->sent < TOTAL) {
		n = 1 + (*seed >> 8) % sizeof(buf);
		if (n > TOTAL - st->sent)
			n = TOTAL - st->sent;
		for (i = 0; i < n; i++)
			buf[i] = pat(st->conn, st->dir, st->sent + i);
		st->sent += hc_send(st->tx, st->txs, buf, n);
	}
	n = hc_recv(st->rx, st->rxs, buf, sizeof(buf));
	for (i = 0; i < n; i++)
		if (buf[i] != pat(st->conn, st->dir, st->recvd + i))
			fail_msg("conn %d dir %d: byte %llu wrong", st->conn, st->dir,
				 (unsigned long long)(st->recvd + i));
	st->recvd += n;
}

static void test_threads(void **state)
{
	struct hc *h = hc_new(NULL);
	struct hc_ctr *ca = hc_ctr_new(h, "198.18.0.1", 0), *cb = hc_ctr_new(h, "198.18.0.2", 0);
	struct hc_proc *a = hc_proc_new(ca), *b = hc_proc_new(cb);
	struct stream st[NCONN * 2];
	unsigned int seed = 99, w;
	time_t start = time(NULL);
	int i, churn = 0, l;
	bool busy = true;

	(void)state;
	for (i = 0; i < NCONN; i++) {
		int c, s;

		hc_pair(a, b, "198.18.0.2", (uint16_t)(4000 + i), &c, &s);
		st[2 * i] = (struct stream){ a, b, c, s, i, 0, 0, 0 };
		st[2 * i + 1] = (struct stream){ b, a, s, c, i, 1, 0, 0 };
	}
	l = hc_socket(b);
	assert_int_equal(hc_bind(b, l, NULL, 4999), 0);
	assert_int_equal(hc_listen(b, l, 8), 0);

	h->worker_wake_cb = wake_cb;
	for (w = 0; w < 2; w++) {
		wt[w] = (struct wthread){ .h = h, .w = w };
		pthread_mutex_init(&wt[w].m, NULL);
		pthread_cond_init(&wt[w].cv, NULL);
		assert_int_equal(pthread_create(&wt[w].t, NULL, worker, &wt[w]), 0);
	}
	assert_int_equal(h->dops->start(h->sdev), 0);

	while (busy && time(NULL) - start < DEADLINE_S) {
		busy = false;
		for (i = 0; i < NCONN * 2; i++) {
			step(&st[i], &seed);
			if (st[i].recvd < TOTAL)
				busy = true;
		}
		/* control traffic while the workers and the device run */
		if (++churn % 50 == 0) {
			int c = hc_socket(a), s;

			uint8_t x;
			time_t t0 = time(NULL);

			assert_int_equal(hc_connect(a, c, "198.18.0.2", 4999), 0);
			s = hc_accept(b, l);
			assert_true(s >= 0);
			hc_send(a, c, "x", 1);
			/* bounded wait for the byte, then both ends close */
			while (hc_recv(b, s, &x, 1) == 0 && time(NULL) - t0 < 10)
				sched_yield();
			assert_int_equal(x, 'x');
			hc_close(a, c);
			hc_close(b, s);
		}
	}

	h->dops->stop(h->sdev);
	for (w = 0; w < 2; w++) {
		__atomic_store_n(&wt[w].stop, 1, __ATOMIC_RELEASE);
		wake_cb(h, w);
		pthread_join(wt[w].t, NULL);
		pthread_mutex_destroy(&wt[w].m);
		pthread_cond_destroy(&wt[w].cv);
	}
	h->worker_wake_cb = NULL;
	for (i = 0; i < NCONN * 2; i++)
		assert_int_equal(st[i].recvd, TOTAL);
	assert_int_equal(hc_stats(h).faults, 0);
	assert_int_equal(hc_stats(h).refused, 0);
	hc_close(b, l);
	hc_proc_free(a);
	hc_proc_free(b);
	hc_run(h, 100);
	assert_int_equal(hc_stats(h).region_used, 0);
	assert_int_equal(hc_ctr_free(ca), 0);
	assert_int_equal(hc_ctr_free(cb), 0);
	hc_free(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_threads),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
