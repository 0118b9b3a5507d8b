/* SPDX-License-Identifier: MIT */
/*
 * Description: the soft device's registers: value after create of every
 * register, read/write behaviour (masks, clamping, read-only, unknown and
 * unaligned offsets, windows and queues beyond the configured counts,
 * doorbell range), CTRL.reset, create arguments and pd_dev_lookup.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "soft_harness.h"

#define NQ 3
#define NW 2

static void *dma_null(void *ctx, uint64_t addr, uint64_t len)
{
	(void)ctx;
	(void)addr;
	(void)len;
	return NULL;
}

static int setup(void **state)
{
	struct pd_dev_config cfg = { .num_queues = NQ, .num_windows = NW };
	struct pd_dev_host host = { .dma_map = dma_null };
	struct pd_dev *dev;

	if (pd_soft_ops.create(&cfg, &host, &dev))
		return -1;
	*state = dev;
	return 0;
}

static int teardown(void **state)
{
	pd_soft_ops.destroy(*state);
	return 0;
}

#define RD(off) pd_soft_ops.reg_read(dev, (off))
#define WR(off, v) pd_soft_ops.reg_write(dev, (off), (v))

static void test_reset_values(void **state)
{
	struct pd_dev *dev = *state;

	assert_true(RD(PD_REG_ID) == (PD_HW_MAGIC | (uint64_t)PD_HW_ABI_VERSION << 32));
	assert_int_equal(RD(PD_REG_NUM_QUEUES), NQ);
	assert_int_equal(RD(PD_REG_NUM_WINDOWS), NW);
	assert_int_equal(RD(PD_REG_CTRL), 0);
	assert_int_equal(RD(PD_REG_STATUS), 0);
	assert_int_equal(RD(PD_REG_IRQ_MODERATION), 0);
	for (unsigned int w = 0; w < NW; w++) {
		assert_int_equal(RD(PD_REG_WIN(w) + PD_WIN_BASE), 0);
		assert_int_equal(RD(PD_REG_WIN(w) + PD_WIN_SIZE), 0);
		assert_int_equal(RD(PD_REG_WIN(w) + PD_WIN_CTRL), 0);
	}
	for (unsigned int q = 0; q < NQ; q++) {
		assert_int_equal(RD(PD_REG_Q(q) + PD_Q_SQ_BASE), 0);
		assert_int_equal(RD(PD_REG_Q(q) + PD_Q_SQ_LOG2_SIZE), PD_Q_LOG2_MIN);
		assert_int_equal(RD(PD_REG_Q(q) + PD_Q_CQ_BASE), 0);
		assert_int_equal(RD(PD_REG_Q(q) + PD_Q_CQ_LOG2_SIZE), PD_Q_LOG2_MIN);
		assert_int_equal(RD(PD_REG_Q(q) + PD_Q_SQ_TAIL), 0);
		assert_int_equal(RD(PD_REG_Q(q) + PD_Q_CQ_HEAD), 0);
		assert_int_equal(RD(PD_REG_Q(q) + PD_Q_IRQ_VECTOR), 0);
		assert_int_equal(RD(PD_REG_Q(q) + PD_Q_CTRL), 0);
	}
}

static void test_read_only(void **state)
{
	struct pd_dev *dev = *state;

	WR(PD_REG_ID, 0);
	WR(PD_REG_NUM_QUEUES, 99);
	WR(PD_REG_NUM_WINDOWS, 99);
	WR(PD_REG_STATUS, ~0ull);
	assert_true(RD(PD_REG_ID) == (PD_HW_MAGIC | (uint64_t)PD_HW_ABI_VERSION << 32));
	assert_int_equal(RD(PD_REG_NUM_QUEUES), NQ);
	assert_int_equal(RD(PD_REG_NUM_WINDOWS), NW);
	assert_int_equal(RD(PD_REG_STATUS), 0);
}

static void test_unknown_offsets(void **state)
{
	struct pd_dev *dev = *state;
	static const uint32_t offs[] = { 0x030, 0x100, 0x7f8, PD_REG_WIN(0) + 0x18,
					 PD_REG_WIN(NW), PD_REG_WIN(63) + 8, PD_REG_Q(NQ),
					 PD_REG_Q(NQ) + PD_Q_CTRL, PD_REG_Q(255) + PD_Q_SQ_BASE,
					 0xfffffff8u };

	for (unsigned int i = 0; i < sizeof(offs) / sizeof(offs[0]); i++) {
		WR(offs[i], ~0ull);
		assert_int_equal(RD(offs[i]), 0);
	}
	/* unaligned accesses: ignored, read 0 (also inside real registers) */
	WR(PD_REG_CTRL + 1, ~0ull);
	WR(PD_REG_Q(0) + PD_Q_SQ_BASE + 4, ~0ull);
	assert_int_equal(RD(PD_REG_CTRL), 0);
	assert_int_equal(RD(PD_REG_Q(0) + PD_Q_SQ_BASE), 0);
	assert_int_equal(RD(PD_REG_ID + 4), 0);
	/* nothing else changed */
	test_reset_values(state);
}

static void test_global_rw(void **state)
{
	struct pd_dev *dev = *state;

	WR(PD_REG_CTRL, ~0ull & ~PD_CTRL_RESET);
	assert_int_equal(RD(PD_REG_CTRL), PD_CTRL_ENABLE);
	assert_int_equal(RD(PD_REG_STATUS), PD_STATUS_RUNNING);
	WR(PD_REG_CTRL, 0);
	assert_int_equal(RD(PD_REG_STATUS), 0);
	WR(PD_REG_IRQ_MODERATION, PD_IRQMOD(0x1234, 0xabcd) | 0xffff000000000000ull);
	assert_true(RD(PD_REG_IRQ_MODERATION) == PD_IRQMOD(0x1234, 0xabcd));
}

static void test_window_rw(void **state)
{
	struct pd_dev *dev = *state;

	for (unsigned int w = 0; w < NW; w++) {
		WR(PD_REG_WIN(w) + PD_WIN_BASE, 0xfedcba9876543210ull + w);
		WR(PD_REG_WIN(w) + PD_WIN_SIZE, 0x0123456789abcdefull + w);
		WR(PD_REG_WIN(w) + PD_WIN_CTRL, ~0ull);
	}
	for (unsigned int w = 0; w < NW; w++) {
		assert_true(RD(PD_REG_WIN(w) + PD_WIN_BASE) == 0xfedcba9876543210ull + w);
		assert_true(RD(PD_REG_WIN(w) + PD_WIN_SIZE) == 0x0123456789abcdefull + w);
		assert_true(RD(PD_REG_WIN(w) + PD_WIN_CTRL) == PD_WIN_CTRL_ENABLE);
	}
	WR(PD_REG_WIN(1) + PD_WIN_CTRL, 2);
	assert_int_equal(RD(PD_REG_WIN(1) + PD_WIN_CTRL), 0);
}

static void test_queue_rw(void **state)
{
	struct pd_dev *dev = *state;
	uint32_t q2 = PD_REG_Q(2);

	WR(q2 + PD_Q_SQ_BASE, 0x1122334455667788ull);
	WR(q2 + PD_Q_CQ_BASE, 0x8877665544332211ull);
	assert_true(RD(q2 + PD_Q_SQ_BASE) == 0x1122334455667788ull);
	assert_true(RD(q2 + PD_Q_CQ_BASE) == 0x8877665544332211ull);
	/* LOG2 sizes are clamped into [MIN, MAX] */
	WR(q2 + PD_Q_SQ_LOG2_SIZE, 0);
	assert_int_equal(RD(q2 + PD_Q_SQ_LOG2_SIZE), PD_Q_LOG2_MIN);
	WR(q2 + PD_Q_SQ_LOG2_SIZE, 17);
	assert_int_equal(RD(q2 + PD_Q_SQ_LOG2_SIZE), PD_Q_LOG2_MAX);
	WR(q2 + PD_Q_CQ_LOG2_SIZE, ~0ull);
	assert_int_equal(RD(q2 + PD_Q_CQ_LOG2_SIZE), PD_Q_LOG2_MAX);
	WR(q2 + PD_Q_CQ_LOG2_SIZE, 7);
	assert_int_equal(RD(q2 + PD_Q_CQ_LOG2_SIZE), 7);
	WR(q2 + PD_Q_SQ_LOG2_SIZE, 3);
	/* IRQ_VECTOR: NUM_QUEUES vectors */
	WR(q2 + PD_Q_IRQ_VECTOR, NQ - 1);
	assert_int_equal(RD(q2 + PD_Q_IRQ_VECTOR), NQ - 1);
	WR(q2 + PD_Q_IRQ_VECTOR, NQ);
	assert_int_equal(RD(q2 + PD_Q_IRQ_VECTOR), NQ - 1);
	/* Q_CTRL keeps bit 0 */
	WR(q2 + PD_Q_CTRL, ~0ull);
	assert_int_equal(RD(q2 + PD_Q_CTRL), PD_Q_CTRL_ENABLE);
	/* doorbells: in range stored, out of range ignored */
	WR(q2 + PD_Q_SQ_TAIL, 7);
	assert_int_equal(RD(q2 + PD_Q_SQ_TAIL), 7);
	WR(q2 + PD_Q_SQ_TAIL, 8);
	assert_int_equal(RD(q2 + PD_Q_SQ_TAIL), 7);
	WR(q2 + PD_Q_CQ_HEAD, 127);
	assert_int_equal(RD(q2 + PD_Q_CQ_HEAD), 127);
	WR(q2 + PD_Q_CQ_HEAD, 128);
	WR(q2 + PD_Q_CQ_HEAD, 1ull << 40);
	assert_int_equal(RD(q2 + PD_Q_CQ_HEAD), 127);
	/* the other queues did not move */
	assert_int_equal(RD(PD_REG_Q(1) + PD_Q_SQ_TAIL), 0);
	assert_int_equal(RD(PD_REG_Q(1) + PD_Q_CTRL), 0);
	/* enable 1 -> 1 keeps the doorbells; 0 -> 1 zeroes them */
	WR(q2 + PD_Q_CTRL, 1);
	assert_int_equal(RD(q2 + PD_Q_SQ_TAIL), 7);
	WR(q2 + PD_Q_CTRL, 0);
	assert_int_equal(RD(q2 + PD_Q_SQ_TAIL), 7);
	WR(q2 + PD_Q_CTRL, 1);
	assert_int_equal(RD(q2 + PD_Q_SQ_TAIL), 0);
	assert_int_equal(RD(q2 + PD_Q_CQ_HEAD), 0);
}

static void test_ctrl_reset(void **state)
{
	struct pd_dev *dev = *state;

	WR(PD_REG_CTRL, PD_CTRL_ENABLE);
	WR(PD_REG_IRQ_MODERATION, PD_IRQMOD(8, 100));
	WR(PD_REG_WIN(0) + PD_WIN_BASE, 0x1000);
	WR(PD_REG_WIN(0) + PD_WIN_SIZE, 0x2000);
	WR(PD_REG_WIN(0) + PD_WIN_CTRL, 1);
	WR(PD_REG_WIN(1) + PD_WIN_CTRL, 1);
	WR(PD_REG_Q(0) + PD_Q_SQ_BASE, 0x1000);
	WR(PD_REG_Q(0) + PD_Q_IRQ_VECTOR, 2);
	WR(PD_REG_Q(0) + PD_Q_CTRL, 1);
	WR(PD_REG_Q(1) + PD_Q_CTRL, 1);
	/* reset + enable in one write: reset, then enable */
	WR(PD_REG_CTRL, PD_CTRL_RESET | PD_CTRL_ENABLE);
	assert_int_equal(RD(PD_REG_CTRL), PD_CTRL_ENABLE);
	assert_int_equal(RD(PD_REG_STATUS), PD_STATUS_RUNNING);
	assert_int_equal(RD(PD_REG_IRQ_MODERATION), 0);
	assert_int_equal(RD(PD_REG_WIN(0) + PD_WIN_CTRL), 0);
	assert_int_equal(RD(PD_REG_WIN(1) + PD_WIN_CTRL), 0);
	assert_int_equal(RD(PD_REG_Q(0) + PD_Q_CTRL), 0);
	assert_int_equal(RD(PD_REG_Q(1) + PD_Q_CTRL), 0);
	/* not touched by reset */
	assert_int_equal(RD(PD_REG_WIN(0) + PD_WIN_BASE), 0x1000);
	assert_int_equal(RD(PD_REG_WIN(0) + PD_WIN_SIZE), 0x2000);
	assert_int_equal(RD(PD_REG_Q(0) + PD_Q_SQ_BASE), 0x1000);
	assert_int_equal(RD(PD_REG_Q(0) + PD_Q_IRQ_VECTOR), 2);
	/* reset alone leaves the device disabled */
	WR(PD_REG_CTRL, PD_CTRL_RESET);
	assert_int_equal(RD(PD_REG_CTRL), 0);
	assert_int_equal(RD(PD_REG_STATUS), 0);
}

static void test_create_args(void **state)
{
	struct pd_dev_host host = { .dma_map = dma_null };
	struct pd_dev_host nohost = { 0 };
	struct pd_dev_config cfg = { .num_queues = 1, .num_windows = 1 };
	struct pd_dev *dev = NULL;

	(void)state;
	cfg.num_queues = 0;
	assert_int_equal(pd_soft_ops.create(&cfg, &host, &dev), -EINVAL);
	cfg.num_queues = 257;
	assert_int_equal(pd_soft_ops.create(&cfg, &host, &dev), -EINVAL);
	cfg.num_queues = 1;
	cfg.num_windows = 0;
	assert_int_equal(pd_soft_ops.create(&cfg, &host, &dev), -EINVAL);
	cfg.num_windows = PD_HW_MAX_WINDOWS + 1;
	assert_int_equal(pd_soft_ops.create(&cfg, &host, &dev), -EINVAL);
	cfg.num_windows = 1;
	cfg.poll = (enum pd_dev_poll)7;
	assert_int_equal(pd_soft_ops.create(&cfg, &host, &dev), -EINVAL);
	cfg.poll = PD_DEV_POLL_ADAPTIVE;
	assert_int_equal(pd_soft_ops.create(&cfg, &nohost, &dev), -EINVAL);
	assert_int_equal(pd_soft_ops.create(NULL, &host, &dev), -EINVAL);
	assert_null(dev);
	/* the largest device */
	cfg.num_queues = 256;
	cfg.num_windows = PD_HW_MAX_WINDOWS;
	assert_int_equal(pd_soft_ops.create(&cfg, &host, &dev), 0);
	pd_soft_ops.reg_write(dev, PD_REG_WIN(63) + PD_WIN_SIZE, 5);
	assert_int_equal(pd_soft_ops.reg_read(dev, PD_REG_WIN(63) + PD_WIN_SIZE), 5);
	pd_soft_ops.reg_write(dev, PD_REG_Q(255) + PD_Q_IRQ_VECTOR, 255);
	assert_int_equal(pd_soft_ops.reg_read(dev, PD_REG_Q(255) + PD_Q_IRQ_VECTOR), 255);
	assert_int_equal(pd_soft_ops.poll(dev, 10), 0);
	pd_soft_ops.destroy(dev);
	pd_soft_ops.destroy(NULL);
}

static void test_lookup(void **state)
{
	(void)state;
	assert_ptr_equal(pd_dev_lookup("soft"), &pd_soft_ops);
	assert_string_equal(pd_dev_lookup("soft")->name, "soft");
	assert_int_equal(pd_dev_lookup("soft")->version, PD_DEV_OPS_VERSION);
	/* this test does not link the RTL body */
	assert_null(pd_dev_lookup("rtl"));
	assert_null(pd_dev_lookup("fpga"));
	assert_null(pd_dev_lookup(""));
	assert_null(pd_dev_lookup(NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_reset_values, setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_only, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unknown_offsets, setup, teardown),
		cmocka_unit_test_setup_teardown(test_global_rw, setup, teardown),
		cmocka_unit_test_setup_teardown(test_window_rw, setup, teardown),
		cmocka_unit_test_setup_teardown(test_queue_rw, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ctrl_reset, setup, teardown),
		cmocka_unit_test(test_create_args),
		cmocka_unit_test(test_lookup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
