/* SPDX-License-Identifier: MIT */
/*
 * Description: the "rtl" device body through pd_dev.h: found by pd_dev_lookup,
 * rejects bad configurations, honours the configured queue/window counts,
 * executes COPY and NOP through poll() and through its thread (busy and
 * adaptive polling), with interrupts delivered to the host callback.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sched.h>
#include <time.h>
#include <stdatomic.h>
#include <cmocka.h>

#include "pd_dev.h"

#define MEM_BASE 0x100000000ull
#define MEM_SIZE (4u << 20)
#define QMEM (MEM_BASE)
#define SRC (MEM_BASE + (1u << 20))
#define DST (MEM_BASE + (2u << 20))

static uint8_t *mem;
static atomic_uint irqs;

static void *map(void *ctx, uint64_t a, uint64_t len)
{
	(void)ctx;
	if (a < MEM_BASE || a - MEM_BASE > MEM_SIZE || len > MEM_SIZE - (a - MEM_BASE))
		return NULL;
	return mem + (a - MEM_BASE);
}

static void on_irq(void *ctx, unsigned int v)
{
	(void)ctx;
	(void)v;
	atomic_fetch_add(&irqs, 1);
}

static const struct pd_dev_host host = { .ctx = NULL, .dma_map = map, .irq = on_irq };

static struct pd_dev *make(enum pd_dev_poll poll)
{
	const struct pd_dev_ops *ops = pd_dev_lookup("rtl");
	struct pd_dev_config cfg = { .num_queues = 3, .num_windows = 4, .poll = poll };
	struct pd_dev *d = NULL;

	assert_non_null(ops);
	assert_int_equal(ops->create(&cfg, &host, &d), 0);
	ops->reg_write(d, PD_REG_WIN(0) + PD_WIN_BASE, MEM_BASE);
	ops->reg_write(d, PD_REG_WIN(0) + PD_WIN_SIZE, MEM_SIZE);
	ops->reg_write(d, PD_REG_WIN(0) + PD_WIN_CTRL, PD_WIN_CTRL_ENABLE);
	ops->reg_write(d, PD_REG_Q(1) + PD_Q_SQ_BASE, QMEM);
	ops->reg_write(d, PD_REG_Q(1) + PD_Q_SQ_LOG2_SIZE, 7);
	ops->reg_write(d, PD_REG_Q(1) + PD_Q_CQ_BASE, QMEM + 0x10000);
	ops->reg_write(d, PD_REG_Q(1) + PD_Q_CQ_LOG2_SIZE, 7);
	ops->reg_write(d, PD_REG_Q(1) + PD_Q_IRQ_VECTOR, 2);
	ops->reg_write(d, PD_REG_Q(1) + PD_Q_CTRL, PD_Q_CTRL_ENABLE);
	ops->reg_write(d, PD_REG_CTRL, PD_CTRL_ENABLE);
	return d;
}

static int setup(void **state)
{
	(void)state;
	mem = calloc(1, MEM_SIZE);
	for (unsigned i = 0; i < (1u << 20); i++)
		mem[(1u << 20) + i] = (uint8_t)(i * 7 + 3);
	atomic_store(&irqs, 0);
	return mem ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	free(mem);
	return 0;
}

static void put(unsigned slot, uint8_t op, uint8_t flags, uint32_t len, uint64_t src, uint64_t dst, uint64_t tag)
{
	struct pd_sqe s = { .opcode = op, .flags = flags, .len = len, .src = src, .dst = dst, .tag = tag };

	memcpy(mem + (QMEM - MEM_BASE) + 32 * slot, &s, sizeof(s));
}

static const struct pd_cqe *cqe(unsigned slot)
{
	return (const struct pd_cqe *)(mem + (QMEM - MEM_BASE) + 0x10000 + 16 * slot);
}

static void test_lookup_and_config(void **state)
{
	const struct pd_dev_ops *ops = pd_dev_lookup("rtl");
	struct pd_dev_config cfg = { .num_queues = 17, .num_windows = 4 };
	struct pd_dev_host nomap = { 0 };
	struct pd_dev *d = NULL;

	(void)state;
	assert_non_null(ops);
	assert_string_equal(ops->name, "rtl");
	assert_int_equal(ops->version, PD_DEV_OPS_VERSION);
	assert_int_equal(ops->create(&cfg, &host, &d), -22);
	cfg.num_queues = 0;
	assert_int_equal(ops->create(&cfg, &host, &d), -22);
	cfg.num_queues = 2;
	cfg.num_windows = PD_HW_MAX_WINDOWS + 1;
	assert_int_equal(ops->create(&cfg, &host, &d), -22);
	cfg.num_windows = 4;
	assert_int_equal(ops->create(&cfg, &nomap, &d), -22);

	d = make(PD_DEV_POLL_BUSY);
	assert_int_equal(ops->reg_read(d, PD_REG_NUM_QUEUES), 3);
	assert_int_equal(ops->reg_read(d, PD_REG_NUM_WINDOWS), 4);
	assert_int_equal(ops->reg_read(d, PD_REG_ID) & 0xffffffffu, PD_HW_MAGIC);
	assert_int_equal(ops->reg_read(d, PD_REG_Q(1) + PD_Q_SQ_LOG2_SIZE), 7);
	ops->reg_write(d, PD_REG_Q(3) + PD_Q_SQ_BASE, 5);
	assert_int_equal(ops->reg_read(d, PD_REG_Q(3) + PD_Q_SQ_BASE), 0);
	ops->reg_write(d, PD_REG_WIN(4) + PD_WIN_BASE, 5);
	assert_int_equal(ops->reg_read(d, PD_REG_WIN(4) + PD_WIN_BASE), 0);
	ops->reg_write(d, PD_REG_Q(1) + PD_Q_IRQ_VECTOR, 3);
	assert_int_equal(ops->reg_read(d, PD_REG_Q(1) + PD_Q_IRQ_VECTOR), 2);
	ops->destroy(d);
}

static void test_poll(void **state)
{
	const struct pd_dev_ops *ops = pd_dev_lookup("rtl");
	struct pd_dev *d = make(PD_DEV_POLL_BUSY);
	unsigned n = 0;

	(void)state;
	put(0, PD_OP_COPY, PD_SQE_F_IRQ, 10001, SRC + 3, DST + 61, 7);
	put(1, PD_OP_NOP, 0, 0, 0, 0, 8);
	put(2, PD_OP_COPY, 0, 64, SRC, MEM_BASE + MEM_SIZE - 32, 9);
	ops->reg_write(d, PD_REG_Q(1) + PD_Q_SQ_TAIL, 3);
	for (int i = 0; i < 100 && n < 3; i++)
		n += ops->poll(d, 3 - n);
	assert_int_equal(n, 3);
	assert_memory_equal(mem + (DST - MEM_BASE) + 61, mem + (SRC - MEM_BASE) + 3, 10001);
	assert_int_equal(mem[(DST - MEM_BASE) + 60], 0);
	assert_int_equal(mem[(DST - MEM_BASE) + 61 + 10001], 0);
	assert_int_equal(cqe(0)->tag, 7);
	assert_int_equal(cqe(0)->status, PD_ST_OK);
	assert_int_equal(cqe(0)->phase, 1);
	assert_int_equal(cqe(1)->tag, 8);
	assert_int_equal(cqe(1)->sq_head, 2);
	assert_int_equal(cqe(2)->status, PD_ST_DMA_FAULT);
	assert_int_equal(cqe(2)->sq_id, 1);
	assert_int_equal(atomic_load(&irqs), 1);
	ops->destroy(d);
}

static void run_thread(enum pd_dev_poll poll)
{
	const struct pd_dev_ops *ops = pd_dev_lookup("rtl");
	struct pd_dev *d = make(poll);
	struct timespec t0, t;
	unsigned i;

	assert_int_equal(ops->start(d), 0);
	for (i = 0; i < 100; i++)
		put(i, PD_OP_COPY, PD_SQE_F_IRQ, 1000 + i, SRC + i, DST + 4096 * i, i);
	/* adaptive: let the thread fall asleep first, the doorbell must wake it */
	if (poll == PD_DEV_POLL_ADAPTIVE) {
		struct timespec ms = { 0, 5 * 1000 * 1000 };
		nanosleep(&ms, NULL);
	}
	ops->reg_write(d, PD_REG_Q(1) + PD_Q_SQ_TAIL, 100);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		if (__atomic_load_n(&cqe(99)->phase, __ATOMIC_ACQUIRE) == 1)
			break;
		clock_gettime(CLOCK_MONOTONIC, &t);
		assert_true(t.tv_sec - t0.tv_sec < 20); /* bounded wait */
		sched_yield();
	}
	ops->stop(d);
	for (i = 0; i < 100; i++) {
		assert_int_equal(cqe(i)->tag, i);
		assert_memory_equal(mem + (DST - MEM_BASE) + 4096 * i, mem + (SRC - MEM_BASE) + i, 1000 + i);
	}
	assert_int_equal(atomic_load(&irqs), 100);
	assert_int_equal(ops->poll(d, 1), 0); /* nothing left */
	ops->destroy(d);
}

static void test_thread_busy(void **state)
{
	(void)state;
	run_thread(PD_DEV_POLL_BUSY);
}

static void test_thread_adaptive(void **state)
{
	(void)state;
	run_thread(PD_DEV_POLL_ADAPTIVE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_lookup_and_config, setup, teardown),
		cmocka_unit_test_setup_teardown(test_poll, setup, teardown),
		cmocka_unit_test_setup_teardown(test_thread_busy, setup, teardown),
		cmocka_unit_test_setup_teardown(test_thread_adaptive, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
