/* SPDX-License-Identifier: MIT */
/*
 * Description: the soft device's polling thread in busy and adaptive mode:
 * streams of verified COPYs, wake-ups from sleep by the SQ_TAIL and CQ_HEAD
 * doorbells and by configuration writes, two host threads on two queues,
 * reset in the middle of traffic, start/stop/poll rules.  Every wait on a
 * completion is bounded.
 */
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <cmocka.h>

#include "soft_harness.h"

#define WAIT_MS 5000
#define BLK 4096
#define NBLK 64 /* source and destination areas of NBLK blocks */
#define SRC H_DATA
#define DST(q) (H_DATA + (1 + (q)) * (uint64_t)(BLK * NBLK))

static void fill(struct harness *h)
{
	uint8_t *s = h_ptr(h, SRC);

	for (unsigned int i = 0; i < BLK * NBLK; i++)
		s[i] = (uint8_t)(i ^ (i >> 9));
}

/* n COPYs of varying length on q, up to depth outstanding; every CQE and byte checked. */
static void stream(struct harness *h, unsigned int q, unsigned int n, unsigned int depth)
{
	unsigned int issued = 0, done = 0;
	struct pd_cqe c;

	while (done < n) {
		while (issued < n && issued - done < depth) {
			unsigned int b = issued % NBLK, len = 1 + (issued * 37) % BLK;

			h_submit(h, q, PD_OP_COPY, 0, len, SRC + b * BLK, DST(q) + b * BLK, issued,
				 true);
			issued++;
		}
		assert_int_equal(h_reap_wait(h, q, &c, WAIT_MS), 1);
		assert_true(c.tag == done);
		assert_int_equal(c.status, PD_ST_OK);
		assert_int_equal(c.sq_id, q);
		unsigned int b = done % NBLK, len = 1 + (done * 37) % BLK;
		assert_memory_equal(h_ptr(h, DST(q) + b * BLK), h_ptr(h, SRC + b * BLK), len);
		done++;
	}
}

static struct harness *mk(enum pd_dev_poll poll)
{
	struct harness *h = h_new(2, 1, H_MEM, poll);

	assert_non_null(h);
	fill(h);
	h_qsetup(h, 0, H_SQA(0), 5, H_CQA(0), 4);
	h_qsetup(h, 1, H_SQA(1), 5, H_CQA(1), 4);
	return h;
}

static void test_busy_stream(void **state)
{
	struct harness *h = mk(PD_DEV_POLL_BUSY);

	(void)state;
	assert_int_equal(h->ops->start(h->dev), 0);
	stream(h, 0, 20000, 31);
	stream(h, 1, 2000, 1);
	h->ops->stop(h->dev);
	h_free(h);
}

static void test_adaptive_stream(void **state)
{
	struct harness *h = mk(PD_DEV_POLL_ADAPTIVE);

	(void)state;
	assert_int_equal(h->ops->start(h->dev), 0);
	stream(h, 0, 20000, 31);
	h->ops->stop(h->dev);
	h_free(h);
}

static void sleep_ms(unsigned int ms)
{
	struct timespec ts = { .tv_sec = 0, .tv_nsec = (long)ms * 1000000 };

	nanosleep(&ts, NULL);
}

/* Idle gaps far longer than spin_us: the thread sleeps, and each doorbell wakes it. */
static void test_adaptive_wakeups(void **state)
{
	struct harness *h = mk(PD_DEV_POLL_ADAPTIVE);
	struct pd_cqe c;

	(void)state;
	assert_int_equal(h->ops->start(h->dev), 0);
	for (unsigned int i = 0; i < 100; i++) {
		sleep_ms(1);
		h_submit(h, i & 1, PD_OP_NOP, 0, 0, 0, 0, i, true);
		assert_int_equal(h_reap_wait(h, i & 1, &c, WAIT_MS), 1);
		assert_true(c.tag == i);
	}
	/* CQ_HEAD wakes it: fill q0's CQ (15 of 16) without releasing, then release */
	for (unsigned int i = 0; i < 20; i++)
		h_submit(h, 0, PD_OP_NOP, 0, 0, 0, 0, 1000 + i, i == 19);
	for (unsigned int i = 0; i < 15; i++) {
		uint64_t end = h_now_ms() + WAIT_MS;

		while (!h_reap(h, 0, &c, false) && h_now_ms() < end)
			;
		assert_true(c.tag == 1000 + i);
	}
	sleep_ms(5);
	assert_int_equal(h_reap(h, 0, &c, false), 0); /* stalled on the full CQ */
	h_qwr(h, 0, PD_Q_CQ_HEAD, h->q[0].cq_head);
	for (unsigned int i = 15; i < 20; i++) {
		assert_int_equal(h_reap_wait(h, 0, &c, WAIT_MS), 1);
		assert_true(c.tag == 1000 + i);
	}
	/* a configuration write wakes it: doorbell while the device is disabled, then enable */
	h_wr(h, PD_REG_CTRL, 0);
	h_submit(h, 1, PD_OP_NOP, 0, 0, 0, 0, 77, true);
	sleep_ms(5);
	assert_int_equal(h_reap(h, 1, &c, true), 0);
	h_wr(h, PD_REG_CTRL, PD_CTRL_ENABLE);
	assert_int_equal(h_reap_wait(h, 1, &c, WAIT_MS), 1);
	assert_true(c.tag == 77);
	h->ops->stop(h->dev);
	h_free(h);
}

static uint64_t cpu_us(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return (uint64_t)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000 +
	       (uint64_t)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec);
}

/* An idle adaptive device sleeps: the process uses (almost) no CPU. */
static void test_idle_cpu(void **state)
{
	struct harness *h = mk(PD_DEV_POLL_ADAPTIVE);
	struct pd_cqe c;
	uint64_t t0, c0, wall, cpu;

	(void)state;
	assert_int_equal(h->ops->start(h->dev), 0);
	h_submit(h, 0, PD_OP_NOP, 0, 0, 0, 0, 1, true);
	assert_int_equal(h_reap_wait(h, 0, &c, WAIT_MS), 1);
	t0 = h_now_ms();
	c0 = cpu_us();
	sleep_ms(200);
	wall = (h_now_ms() - t0) * 1000;
	cpu = cpu_us() - c0;
	assert_true(cpu < wall / 10);
	h->ops->stop(h->dev);
	h_free(h);
}

struct worker {
	struct harness *h;
	unsigned int q;
};

static void *worker_main(void *arg)
{
	struct worker *w = arg;

	stream(w->h, w->q, 10000, 15);
	return NULL;
}

static void two_hosts(enum pd_dev_poll poll)
{
	struct harness *h = mk(poll);
	struct worker w = { .h = h, .q = 1 };
	pthread_t t;

	assert_int_equal(h->ops->start(h->dev), 0);
	assert_int_equal(pthread_create(&t, NULL, worker_main, &w), 0);
	stream(h, 0, 10000, 15);
	pthread_join(t, NULL);
	h->ops->stop(h->dev);
	h_free(h);
}

static void test_two_hosts_busy(void **state)
{
	(void)state;
	two_hosts(PD_DEV_POLL_BUSY);
}

static void test_two_hosts_adaptive(void **state)
{
	(void)state;
	two_hosts(PD_DEV_POLL_ADAPTIVE);
}

static void reset_mid_traffic(enum pd_dev_poll poll)
{
	struct harness *h = mk(poll);
	struct pd_cqe c;
	unsigned int got = 0;

	assert_int_equal(h->ops->start(h->dev), 0);
	for (unsigned int i = 0; i < 31; i++)
		h_submit(h, 0, PD_OP_COPY, 0, BLK, SRC, DST(0), i, true);
	h_wr(h, PD_REG_CTRL, PD_CTRL_RESET);
	/* after the write returned nothing more runs: the CQ stays as it is */
	while (h_reap(h, 0, &c, false))
		got++;
	sleep_ms(5);
	assert_int_equal(h_reap(h, 0, &c, false), 0);
	assert_true(got <= 31);
	assert_int_equal(h_rd(h, PD_REG_STATUS), 0);
	/* bring it back and run a verified stream */
	h_wr(h, PD_REG_WIN(0) + PD_WIN_CTRL, PD_WIN_CTRL_ENABLE);
	h_wr(h, PD_REG_CTRL, PD_CTRL_ENABLE);
	h_qsetup(h, 0, H_SQA(0), 5, H_CQA(0), 4);
	stream(h, 0, 1000, 15);
	h->ops->stop(h->dev);
	h_free(h);
}

static void test_reset_busy(void **state)
{
	(void)state;
	reset_mid_traffic(PD_DEV_POLL_BUSY);
}

static void test_reset_adaptive(void **state)
{
	(void)state;
	reset_mid_traffic(PD_DEV_POLL_ADAPTIVE);
}

static void test_start_stop_rules(void **state)
{
	struct harness *h = mk(PD_DEV_POLL_ADAPTIVE);

	(void)state;
	h->ops->stop(h->dev); /* not running: nothing */
	assert_int_equal(h->ops->start(h->dev), 0);
	assert_int_equal(h->ops->start(h->dev), -EALREADY);
	h_submit(h, 0, PD_OP_NOP, 0, 0, 0, 0, 1, false);
	assert_int_equal(h->ops->poll(h->dev, 10), 0); /* not while the thread runs */
	h->ops->stop(h->dev);
	h->ops->stop(h->dev);
	h_ring(h, 0);
	assert_int_equal(h->ops->poll(h->dev, 10), 1);
	/* restart, then destroy while running */
	assert_int_equal(h->ops->start(h->dev), 0);
	stream(h, 1, 100, 4);
	h_free(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_busy_stream),
		cmocka_unit_test(test_adaptive_stream),
		cmocka_unit_test(test_adaptive_wakeups),
		cmocka_unit_test(test_two_hosts_busy),
		cmocka_unit_test(test_two_hosts_adaptive),
		cmocka_unit_test(test_reset_busy),
		cmocka_unit_test(test_reset_adaptive),
		cmocka_unit_test(test_start_stop_rules),
		cmocka_unit_test(test_idle_cpu),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
