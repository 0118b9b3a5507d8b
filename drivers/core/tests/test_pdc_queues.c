// SPDX-License-Identifier: MIT
/*
 * Description: the SQ/CQ discipline against the soft device: the CQ phase
 * bit over many passes through a tiny CQ; a full SQ (entries - 1
 * outstanding) defers work and resumes it as slots free; a full CQ stalls
 * the device until the worker releases entries, and no completion is lost;
 * the sleep protocol sees pending kicks and completions.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "pdc_harness.h"
#include "pdc_int.h"

struct env {
	struct hc *h;
	struct hc_ctr *ca, *cb;
	struct hc_proc *a, *b;
	int c[4], s[4];
};

static struct env *env_new_cfg(struct pdc_config cfg, int npairs)
{
	struct env *e = calloc(1, sizeof(*e));
	int i;

	e->h = hc_new(&cfg);
	e->ca = hc_ctr_new(e->h, "198.18.0.1", 0);
	e->cb = hc_ctr_new(e->h, "198.18.0.2", 0);
	e->a = hc_proc_new(e->ca);
	e->b = hc_proc_new(e->cb);
	for (i = 0; i < npairs; i++)
		hc_pair(e->a, e->b, "198.18.0.2", (uint16_t)(2000 + i), &e->c[i], &e->s[i]);
	return e;
}

static struct env *env_new(uint32_t sq_log2, uint32_t cq_log2, int npairs)
{
	return env_new_cfg((struct pdc_config){ .workers = 1, .sq_log2 = sq_log2, .cq_log2 = cq_log2 },
			   npairs);
}

static void env_free(struct env *e)
{
	hc_proc_free(e->a);
	hc_proc_free(e->b);
	hc_run(e->h, 100);
	assert_int_equal(hc_ctr_free(e->ca), 0);
	assert_int_equal(hc_ctr_free(e->cb), 0);
	hc_free(e->h);
	free(e);
}

static void test_cq_phase_wrap(void **state)
{
	struct env *e = env_new(2, 1, 1);
	uint8_t msg[10], in[16];
	int i, j;

	(void)state;
	for (i = 0; i < 1000; i++) {
		for (j = 0; j < 10; j++)
			msg[j] = (uint8_t)(i + j);
		assert_int_equal(hc_send(e->a, e->c[0], msg, 10), 10);
		hc_run(e->h, 50);
		assert_int_equal(hc_recv(e->b, e->s[0], in, sizeof(in)), 10);
		assert_memory_equal(in, msg, 10);
	}
	/* 1000 completions through a 2-entry CQ: 500 passes, phase flipped each time */
	assert_int_equal(hc_stats(e->h).commands, 1000);
	assert_int_equal(e->h->dev->wk[0].cq_head, 1000);
	assert_int_equal(hc_stats(e->h).faults, 0);
	env_free(e);
}

/* the largest CQ: the phase must flip after 65536 entries (a 16-bit index would not) */
static void test_cq_phase_wrap_65536(void **state)
{
	struct pdc_config cfg = { .workers = 1, .sq_log2 = 10, .cq_log2 = 16, .ring_size = 4096 };
	struct hc *h = hc_new(&cfg);
	struct hc_ctr *ca = hc_ctr_new(h, "198.18.0.1", 0), *cb = hc_ctr_new(h, "198.18.0.2", 0);
	struct hc_proc *a = hc_proc_new(ca), *b = hc_proc_new(cb);
	int c[32], s[32], i;
	uint64_t total = 0;
	uint8_t x, y;

	(void)state;
	for (i = 0; i < 32; i++)
		hc_pair(a, b, "198.18.0.2", (uint16_t)(2100 + i), &c[i], &s[i]);
	while (total < 65536 + 3000) {
		for (i = 0; i < 32; i++) {
			x = (uint8_t)(total + (uint64_t)i);
			assert_int_equal(hc_send(a, c[i], &x, 1), 1);
		}
		hc_run(h, 100);
		for (i = 0; i < 32; i++) {
			assert_int_equal(hc_recv(b, s[i], &y, 1), 1);
			assert_int_equal(y, (uint8_t)(total + (uint64_t)i));
		}
		total += 32;
	}
	assert_int_equal(hc_stats(h).commands, total);
	assert_int_equal(h->dev->wk[0].cq_head, total);
	assert_int_equal(hc_stats(h).faults, 0);
	hc_proc_free(a);
	hc_proc_free(b);
	hc_run(h, 100);
	assert_int_equal(hc_ctr_free(ca), 0);
	assert_int_equal(hc_ctr_free(cb), 0);
	hc_free(h);
}

static void test_sq_full_defers(void **state)
{
	struct env *e = env_new(1, 4, 4);
	struct pdc_worker *wk;
	uint8_t msg[100], in[128];
	int i, rounds = 0;

	(void)state;
	wk = &e->h->dev->wk[0];
	memset(msg, 0x5a, sizeof(msg));
	for (i = 0; i < 4; i++)
		assert_int_equal(hc_send(e->a, e->c[i], msg, sizeof(msg)), sizeof(msg));
	assert_int_equal(pdc_worker_poll(e->h->dev, 0, 0) > 0, 1);
	/* a 2-entry SQ holds one command; the other three pipes wait */
	assert_int_equal(pdc_worker_inflight(e->h->dev, 0), 1);
	assert_false(pdc_list_empty(&wk->deferred));
	while (!pdc_list_empty(&wk->deferred) && rounds++ < 50) {
		assert_true(pdc_worker_inflight(e->h->dev, 0) <= 1);
		hc_step(e->h);
	}
	assert_true(pdc_list_empty(&wk->deferred));
	hc_run(e->h, 50);
	for (i = 0; i < 4; i++) {
		assert_int_equal(hc_recv(e->b, e->s[i], in, sizeof(in)), sizeof(msg));
		assert_memory_equal(in, msg, sizeof(msg));
	}
	assert_int_equal(hc_stats(e->h).commands, 4);
	env_free(e);
}

static void test_cq_full_stalls(void **state)
{
	struct env *e = env_new(4, 1, 4);
	uint8_t msg[4][64], in[128];
	unsigned int done;
	int i, j;

	(void)state;
	for (i = 0; i < 4; i++) {
		for (j = 0; j < 64; j++)
			msg[i][j] = (uint8_t)(i * 64 + j);
		hc_send(e->a, e->c[i], msg[i], sizeof(msg[i]));
	}
	pdc_worker_poll(e->h->dev, 0, 0);
	assert_int_equal(pdc_worker_inflight(e->h->dev, 0), 4);
	/* a 2-entry CQ takes one unreleased completion: the device stalls */
	done = e->h->dops->poll(e->h->sdev, 64);
	assert_int_equal(done, 1);
	assert_int_equal(e->h->dops->poll(e->h->sdev, 64), 0);
	for (i = 0; i < 3; i++) {
		/* the worker drains and releases; the device moves one more */
		assert_true(pdc_worker_poll(e->h->dev, 0, 0) >= 1);
		assert_int_equal(e->h->dops->poll(e->h->sdev, 64), 1);
	}
	pdc_worker_poll(e->h->dev, 0, 0);
	assert_int_equal(pdc_worker_inflight(e->h->dev, 0), 0);
	assert_int_equal(hc_stats(e->h).commands, 4);
	for (i = 0; i < 4; i++) {
		assert_int_equal(hc_recv(e->b, e->s[i], in, sizeof(in)), 64);
		assert_memory_equal(in, msg[i], 64);
	}
	env_free(e);
}

static void test_sleep_protocol(void **state)
{
	struct env *e = env_new(4, 4, 1);
	struct pd_notify_hdr *ha = (struct pd_notify_hdr *)e->a->notify;
	uint8_t msg[8] = "sleepy!";

	(void)state;
	hc_run(e->h, 10);
	assert_true(pdc_worker_sleep_prepare(e->h->dev, 0));
	assert_int_equal(ha->worker[0].sleeping, 1);
	/* a process created while the worker sleeps sees the flag too */
	{
		struct hc_proc *late = hc_proc_new(e->ca);

		assert_int_equal(((struct pd_notify_hdr *)late->notify)->worker[0].sleeping, 1);
		hc_proc_free(late);
	}
	pdc_worker_sleep_done(e->h->dev, 0);
	assert_int_equal(ha->worker[0].sleeping, 0);
	/* a pending kick: not safe to sleep, and the flags are cleared again */
	hc_send(e->a, e->c[0], msg, sizeof(msg));
	assert_false(pdc_worker_sleep_prepare(e->h->dev, 0));
	assert_int_equal(ha->worker[0].sleeping, 0);
	pdc_worker_poll(e->h->dev, 0, 0);
	/* a completion waiting in the CQ: not safe either */
	e->h->dops->poll(e->h->sdev, 64);
	assert_false(pdc_worker_sleep_prepare(e->h->dev, 0));
	hc_run(e->h, 10);
	assert_true(pdc_worker_sleep_prepare(e->h->dev, 0));
	pdc_worker_sleep_done(e->h->dev, 0);
	env_free(e);
}

/*
 * workers_run_device (pdd's inline device): a COPY issued but not run by the
 * device keeps the worker awake; a device with a thread of its own completes
 * it and interrupts, so there the worker may sleep.
 */
static void test_sleep_inline_device(void **state)
{
	uint8_t msg[8] = "inline!";

	(void)state;
	for (uint32_t inline_dev = 0; inline_dev < 2; inline_dev++) {
		struct env *e = env_new_cfg((struct pdc_config){ .workers = 1, .sq_log2 = 4, .cq_log2 = 4,
								 .workers_run_device = inline_dev },
					    1);

		hc_run(e->h, 10);
		hc_send(e->a, e->c[0], msg, sizeof(msg));
		assert_true(pdc_worker_poll(e->h->dev, 0, 0) > 0); /* the COPY is on the SQ */
		assert_true(pdc_worker_inflight(e->h->dev, 0) > 0);
		if (inline_dev) {
			assert_false(pdc_worker_sleep_prepare(e->h->dev, 0));
		} else {
			assert_true(pdc_worker_sleep_prepare(e->h->dev, 0));
			pdc_worker_sleep_done(e->h->dev, 0);
		}
		hc_run(e->h, 10);
		assert_int_equal(pdc_worker_inflight(e->h->dev, 0), 0);
		assert_true(pdc_worker_sleep_prepare(e->h->dev, 0));
		pdc_worker_sleep_done(e->h->dev, 0);
		env_free(e);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cq_phase_wrap),
		cmocka_unit_test(test_cq_phase_wrap_65536),
		cmocka_unit_test(test_sq_full_defers),
		cmocka_unit_test(test_cq_full_stalls),
		cmocka_unit_test(test_sleep_protocol),
		cmocka_unit_test(test_sleep_inline_device),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
