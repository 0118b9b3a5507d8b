/* SPDX-License-Identifier: MIT */
/*
 * Description: interrupt moderation of the soft device: by count (0 counts
 * as 1), by timeout in microseconds (inline poll() and the adaptive
 * polling thread sleeping until the deadline), per-vector routing, only
 * PD_SQE_F_IRQ completions count, reset clears pending interrupts.  Every
 * wait is bounded.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "soft_harness.h"

static int setup(void **state)
{
	struct harness *h = h_new(4, 1, H_MEM, PD_DEV_POLL_ADAPTIVE);

	if (!h)
		return -1;
	for (unsigned int q = 0; q < 4; q++)
		h_qsetup(h, q, H_SQA(q), 6, H_CQA(q), 6);
	*state = h;
	return 0;
}

static int teardown(void **state)
{
	h_free(*state);
	return 0;
}

static unsigned int irqs(struct harness *h, unsigned int v)
{
	return atomic_load(&h->irqs[v]);
}

/* Submit and complete one command on q (poll), reaping it. */
static void one(struct harness *h, unsigned int q, uint8_t flags)
{
	struct pd_cqe c;

	h_submit(h, q, PD_OP_NOP, flags, 0, 0, 0, 0, true);
	assert_int_equal(h->ops->poll(h->dev, 1), 1);
	assert_int_equal(h_reap(h, q, &c, true), 1);
}

static void test_count(void **state)
{
	struct harness *h = *state;

	h_wr(h, PD_REG_IRQ_MODERATION, PD_IRQMOD(4, 0));
	for (unsigned int i = 1; i <= 10; i++) {
		one(h, 0, PD_SQE_F_IRQ);
		one(h, 0, 0); /* does not count */
		assert_int_equal(irqs(h, 0), i / 4);
	}
	/* many in one poll: each firing is delivered */
	for (unsigned int i = 0; i < 10; i++)
		h_submit(h, 0, PD_OP_NOP, PD_SQE_F_IRQ, 0, 0, 0, 0, true);
	assert_int_equal(h->ops->poll(h->dev, 100), 10);
	assert_int_equal(irqs(h, 0), 5); /* 2 pending + 10 = 12 -> 3 more */
	for (unsigned int v = 1; v < 4; v++)
		assert_int_equal(irqs(h, v), 0);
}

static void test_count_zero_is_one(void **state)
{
	struct harness *h = *state;

	for (unsigned int i = 1; i <= 5; i++) {
		one(h, 1, PD_SQE_F_IRQ);
		assert_int_equal(irqs(h, 1), i);
	}
	one(h, 1, 0);
	one(h, 1, PD_SQE_F_FENCE);
	assert_int_equal(irqs(h, 1), 5);
	/* errors count too */
	h_submit(h, 1, 0x77, PD_SQE_F_IRQ, 0, 0, 0, 0, true);
	assert_int_equal(h->ops->poll(h->dev, 1), 1);
	assert_int_equal(irqs(h, 1), 6);
}

static void test_vectors(void **state)
{
	struct harness *h = *state;

	h_qwr(h, 0, PD_Q_IRQ_VECTOR, 3);
	h_qwr(h, 1, PD_Q_IRQ_VECTOR, 3);
	h_qwr(h, 2, PD_Q_IRQ_VECTOR, 9); /* >= NUM_QUEUES: ignored, stays 2 */
	h_wr(h, PD_REG_IRQ_MODERATION, PD_IRQMOD(2, 0));
	one(h, 0, PD_SQE_F_IRQ);
	assert_int_equal(irqs(h, 3), 0);
	one(h, 1, PD_SQE_F_IRQ); /* shares vector 3: its pending count */
	assert_int_equal(irqs(h, 3), 1);
	one(h, 2, PD_SQE_F_IRQ);
	one(h, 2, PD_SQE_F_IRQ);
	assert_int_equal(irqs(h, 2), 1);
	assert_int_equal(irqs(h, 0), 0);
	assert_int_equal(irqs(h, 1), 0);
}

static void test_timeout_poll(void **state)
{
	struct harness *h = *state;
	uint64_t t0, end;

	h_wr(h, PD_REG_IRQ_MODERATION, PD_IRQMOD(100, 3000)); /* 3 ms */
	t0 = h_now_ms();
	one(h, 0, PD_SQE_F_IRQ);
	one(h, 0, PD_SQE_F_IRQ);
	assert_int_equal(irqs(h, 0), 0);
	/* poll(0) runs only the timers */
	end = t0 + 2000;
	while (!irqs(h, 0) && h_now_ms() < end)
		h->ops->poll(h->dev, 0);
	assert_int_equal(irqs(h, 0), 1);
	assert_true(h_now_ms() - t0 >= 3);
	/* pending was cleared: nothing more fires */
	h->ops->poll(h->dev, 0);
	assert_int_equal(irqs(h, 0), 1);
}

static void test_lower_count(void **state)
{
	struct harness *h = *state;

	h_wr(h, PD_REG_IRQ_MODERATION, PD_IRQMOD(10, 0));
	for (unsigned int i = 0; i < 3; i++)
		one(h, 0, PD_SQE_F_IRQ);
	assert_int_equal(irqs(h, 0), 0);
	h_wr(h, PD_REG_IRQ_MODERATION, PD_IRQMOD(2, 0));
	h->ops->poll(h->dev, 0);
	assert_int_equal(irqs(h, 0), 1);
}

static void test_reset_clears_pending(void **state)
{
	struct harness *h = *state;

	h_wr(h, PD_REG_IRQ_MODERATION, PD_IRQMOD(4, 0));
	for (unsigned int i = 0; i < 3; i++)
		one(h, 0, PD_SQE_F_IRQ);
	h_wr(h, PD_REG_CTRL, PD_CTRL_RESET | PD_CTRL_ENABLE);
	h_wr(h, PD_REG_WIN(0) + PD_WIN_CTRL, 1);
	h_wr(h, PD_REG_IRQ_MODERATION, PD_IRQMOD(4, 0));
	h_qsetup(h, 0, H_SQA(0), 6, H_CQA(0), 6);
	one(h, 0, PD_SQE_F_IRQ);
	one(h, 0, PD_SQE_F_IRQ);
	one(h, 0, PD_SQE_F_IRQ);
	assert_int_equal(irqs(h, 0), 0);
	one(h, 0, PD_SQE_F_IRQ);
	assert_int_equal(irqs(h, 0), 1);
}

/* The adaptive thread sleeps with nothing to do and wakes for the deadline. */
static void test_timeout_thread(void **state)
{
	struct harness *h = *state;
	struct pd_cqe c;
	uint64_t t0;

	h_wr(h, PD_REG_IRQ_MODERATION, PD_IRQMOD(100, 20000)); /* 20 ms */
	assert_int_equal(h->ops->start(h->dev), 0);
	t0 = h_now_ms();
	h_submit(h, 0, PD_OP_NOP, PD_SQE_F_IRQ, 0, 0, 0, 5, true);
	assert_int_equal(h_reap_wait(h, 0, &c, 2000), 1);
	assert_true(c.tag == 5);
	while (!irqs(h, 0) && h_now_ms() < t0 + 2000)
		;
	assert_int_equal(irqs(h, 0), 1);
	assert_true(h_now_ms() - t0 >= 20);
	h->ops->stop(h->dev);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_count, setup, teardown),
		cmocka_unit_test_setup_teardown(test_count_zero_is_one, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vectors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_timeout_poll, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lower_count, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reset_clears_pending, setup, teardown),
		cmocka_unit_test_setup_teardown(test_timeout_thread, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
