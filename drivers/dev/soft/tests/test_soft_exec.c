/* SPDX-License-Identifier: MIT */
/*
 * Description: command execution of the soft device through poll(): every
 * opcode and status, nothing written on failure (guard bytes), fatal stops,
 * SQ/CQ wrap with phase flips, CQ full, round robin, FENCE, queue enable,
 * reset in the middle of traffic.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "soft_harness.h"

#define SRC (H_DATA)
#define DST (H_DATA + 0x10000)
#define GUARD 0xa5

static int setup(void **state)
{
	struct harness *h = h_new(4, 4, H_MEM, PD_DEV_POLL_BUSY);

	if (!h)
		return -1;
	for (unsigned int i = 0; i < 0x10000; i++)
		((uint8_t *)h_ptr(h, SRC))[i] = (uint8_t)(i * 7 + 3);
	memset(h_ptr(h, DST), GUARD, 0x10000);
	*state = h;
	return 0;
}

static int teardown(void **state)
{
	h_free(*state);
	return 0;
}

static bool dst_untouched(struct harness *h)
{
	const uint8_t *d = h_ptr(h, DST);

	for (unsigned int i = 0; i < 0x10000; i++)
		if (d[i] != GUARD)
			return false;
	return true;
}

/* Submit one command on q0, run it, return its CQE (checks the common fields). */
static struct pd_cqe run1(struct harness *h, uint8_t op, uint8_t flags, uint32_t len, uint64_t src,
			  uint64_t dst)
{
	static uint64_t tag = 0x1234567800000000ull;
	struct pd_cqe c;

	h_submit(h, 0, op, flags, len, src, dst, ++tag, true);
	assert_int_equal(h->ops->poll(h->dev, 16), 1);
	assert_int_equal(h_reap(h, 0, &c, true), 1);
	assert_true(c.tag == tag);
	assert_int_equal(c.sq_id, 0);
	assert_int_equal(c.sq_head, h->q[0].sq_tail);
	assert_int_equal(c.rsvd, 0);
	assert_int_equal(h->ops->poll(h->dev, 16), 0);
	return c;
}

static void test_nop(void **state)
{
	struct harness *h = *state;
	struct pd_cqe c;

	h_qsetup(h, 0, H_SQA(0), 4, H_CQA(0), 4);
	/* NOP ignores len, src and dst, even wild ones. */
	c = run1(h, PD_OP_NOP, 0, 0, 0xdeadbeef, 0xfffffffffffffff0ull);
	assert_int_equal(c.status, PD_ST_OK);
	assert_int_equal(c.phase, 1);
	assert_int_equal(c.sq_head, 1);
	assert_true(dst_untouched(h));
}

static void test_copy(void **state)
{
	struct harness *h = *state;
	struct pd_cqe c;

	h_qsetup(h, 0, H_SQA(0), 4, H_CQA(0), 4);
	c = run1(h, PD_OP_COPY, 0, 100, SRC + 5, DST + 9);
	assert_int_equal(c.status, PD_ST_OK);
	assert_memory_equal(h_ptr(h, DST + 9), h_ptr(h, SRC + 5), 100);
	assert_int_equal(((uint8_t *)h_ptr(h, DST))[8], GUARD);
	assert_int_equal(((uint8_t *)h_ptr(h, DST))[109], GUARD);
	/* flags other than IRQ/FENCE and rsvd are ignored */
	struct pd_sqe *s = h_ptr(h, H_SQA(0) + 32ull * h->q[0].sq_tail);
	h_submit(h, 0, PD_OP_COPY, 0xfc, 1, SRC, DST + 200, 77, false);
	s->rsvd = 0xffff;
	h_ring(h, 0);
	assert_int_equal(h->ops->poll(h->dev, 4), 1);
	assert_int_equal(h_reap(h, 0, &c, true), 1);
	assert_int_equal(c.status, PD_ST_OK);
	assert_int_equal(((uint8_t *)h_ptr(h, DST))[200], ((uint8_t *)h_ptr(h, SRC))[0]);
}

static void test_bad_opcode(void **state)
{
	struct harness *h = *state;
	static const uint8_t ops[] = { 2, 3, 7, 0x80, 0xff };

	h_qsetup(h, 0, H_SQA(0), 4, H_CQA(0), 4);
	for (unsigned int i = 0; i < sizeof(ops); i++)
		assert_int_equal(run1(h, ops[i], 0, 64, SRC, DST).status, PD_ST_BAD_OPCODE);
	/* opcode is checked before length */
	assert_int_equal(run1(h, 9, 0, 0, SRC, DST).status, PD_ST_BAD_OPCODE);
	assert_true(dst_untouched(h));
}

static void test_bad_length(void **state)
{
	struct harness *h = *state;

	h_qsetup(h, 0, H_SQA(0), 4, H_CQA(0), 4);
	assert_int_equal(run1(h, PD_OP_COPY, 0, 0, SRC, DST).status, PD_ST_BAD_LENGTH);
	assert_int_equal(run1(h, PD_OP_COPY, 0, PD_COPY_MAX_LEN + 1, SRC, DST).status,
			 PD_ST_BAD_LENGTH);
	assert_int_equal(run1(h, PD_OP_COPY, 0, 0xffffffffu, SRC, DST).status, PD_ST_BAD_LENGTH);
	/* length is checked before the windows */
	assert_int_equal(run1(h, PD_OP_COPY, 0, 0, 0, 0).status, PD_ST_BAD_LENGTH);
	/* the maximum is legal as a length (here it faults on the window: 2 MiB of memory) */
	assert_int_equal(run1(h, PD_OP_COPY, 0, PD_COPY_MAX_LEN, SRC, DST).status,
			 PD_ST_DMA_FAULT);
	assert_true(dst_untouched(h));
}

static void test_dma_fault(void **state)
{
	struct harness *h = *state;
	uint64_t end = H_DEVBASE + H_MEM;

	h_qsetup(h, 0, H_SQA(0), 4, H_CQA(0), 4);
	/* source or destination outside every window */
	assert_int_equal(run1(h, PD_OP_COPY, 0, 16, 0x1000, DST).status, PD_ST_DMA_FAULT);
	assert_int_equal(run1(h, PD_OP_COPY, 0, 16, SRC, 0x1000).status, PD_ST_DMA_FAULT);
	assert_int_equal(run1(h, PD_OP_COPY, 0, 16, H_DEVBASE - 1, DST).status, PD_ST_DMA_FAULT);
	/* straddling the window's end by one byte; ending exactly at it is fine */
	assert_int_equal(run1(h, PD_OP_COPY, 0, 16, end - 15, DST).status, PD_ST_DMA_FAULT);
	assert_true(dst_untouched(h));
	assert_int_equal(run1(h, PD_OP_COPY, 0, 16, end - 16, DST).status, PD_ST_OK);
	memset(h_ptr(h, DST), GUARD, 16);
	/* address + len wrapping past 2^64 */
	assert_int_equal(run1(h, PD_OP_COPY, 0, 16, UINT64_MAX - 7, DST).status, PD_ST_DMA_FAULT);
	assert_int_equal(run1(h, PD_OP_COPY, 0, 16, SRC, UINT64_MAX).status, PD_ST_DMA_FAULT);

	/* Split memory into windows 1 [DATA, DATA+64K) and 2 [DATA+64K, DATA+128K). */
	h_wr(h, PD_REG_WIN(1) + PD_WIN_BASE, SRC);
	h_wr(h, PD_REG_WIN(1) + PD_WIN_SIZE, 0x10000);
	h_wr(h, PD_REG_WIN(1) + PD_WIN_CTRL, 1);
	h_wr(h, PD_REG_WIN(2) + PD_WIN_BASE, DST);
	h_wr(h, PD_REG_WIN(2) + PD_WIN_SIZE, 0x10000);
	h_wr(h, PD_REG_WIN(2) + PD_WIN_CTRL, 1);
	/* a window for device addresses the host does not back: dma_map NULL */
	h_wr(h, PD_REG_WIN(3) + PD_WIN_BASE, 0x10000000ull);
	h_wr(h, PD_REG_WIN(3) + PD_WIN_SIZE, 0x10000);
	h_wr(h, PD_REG_WIN(3) + PD_WIN_CTRL, 1);
	assert_int_equal(run1(h, PD_OP_COPY, 0, 16, 0x10000000ull, DST).status, PD_ST_DMA_FAULT);
	assert_int_equal(run1(h, PD_OP_COPY, 0, 16, SRC, 0x10000000ull).status, PD_ST_DMA_FAULT);
	/* shrink window 0 to the rings only: source and destination in different windows work */
	h_wr(h, PD_REG_WIN(0) + PD_WIN_SIZE, 0x100000);
	assert_int_equal(run1(h, PD_OP_COPY, 0, 32, SRC + 1, DST + 100).status, PD_ST_OK);
	assert_memory_equal(h_ptr(h, DST + 100), h_ptr(h, SRC + 1), 32);
	memset(h_ptr(h, DST + 100), GUARD, 32);
	/* a range across two adjacent windows is in neither */
	assert_int_equal(run1(h, PD_OP_COPY, 0, 32, DST - 16, DST + 1000).status, PD_ST_DMA_FAULT);
	/* a disabled window covers nothing; a zero-sized one neither */
	h_wr(h, PD_REG_WIN(1) + PD_WIN_CTRL, 0);
	assert_int_equal(run1(h, PD_OP_COPY, 0, 32, SRC, DST).status, PD_ST_DMA_FAULT);
	h_wr(h, PD_REG_WIN(1) + PD_WIN_CTRL, 1);
	h_wr(h, PD_REG_WIN(1) + PD_WIN_SIZE, 0);
	assert_int_equal(run1(h, PD_OP_COPY, 0, 1, SRC, DST).status, PD_ST_DMA_FAULT);
	assert_true(dst_untouched(h));
}

static void test_fatal_sqe_fetch(void **state)
{
	struct harness *h = *state;
	struct pd_cqe c;

	h_qsetup(h, 0, H_SQA(0), 3, H_CQA(0), 3);
	h_qsetup(h, 1, H_SQA(1), 3, H_CQA(1), 3);
	h_qsetup(h, 2, H_SQA(2), 3, H_CQA(2), 3);
	/* q1's SQ moves outside every window (the driver still writes where it thinks) */
	h_qwr(h, 1, PD_Q_SQ_BASE, 0x2000);
	/* q2's CQ straddles the window's end */
	h_qwr(h, 2, PD_Q_CQ_BASE, H_DEVBASE + H_MEM - 8);
	for (unsigned int q = 0; q < 3; q++)
		h_submit(h, q, PD_OP_COPY, 0, 64, SRC, DST + 256 * q, q, true);
	assert_int_equal(h->ops->poll(h->dev, 10), 1);
	assert_true(h_rd(h, PD_REG_STATUS) == (PD_STATUS_RUNNING | PD_STATUS_FATAL));
	assert_int_equal(h_reap(h, 0, &c, true), 1);
	assert_int_equal(c.status, PD_ST_OK);
	assert_int_equal(h_reap(h, 1, &c, true), 0);
	/* the CQE fault is detected before executing: q2's copy wrote nothing */
	assert_int_equal(((uint8_t *)h_ptr(h, DST + 512))[0], GUARD);
	/* the other queue keeps running; stopped ones stay stopped */
	h_submit(h, 0, PD_OP_NOP, 0, 0, 0, 0, 10, true);
	h_submit(h, 1, PD_OP_NOP, 0, 0, 0, 0, 11, true);
	assert_int_equal(h->ops->poll(h->dev, 10), 1);
	assert_int_equal(h_reap(h, 0, &c, true), 1);
	assert_true(c.tag == 10);
	/* re-enabling a queue with good rings serves it again; fatal stays set */
	h_qsetup(h, 1, H_SQA(1), 3, H_CQA(1), 3);
	h_submit(h, 1, PD_OP_NOP, 0, 0, 0, 0, 12, true);
	assert_int_equal(h->ops->poll(h->dev, 10), 1);
	assert_int_equal(h_reap(h, 1, &c, true), 1);
	assert_true(c.tag == 12);
	assert_true(h_rd(h, PD_REG_STATUS) & PD_STATUS_FATAL);
	/* reset clears it */
	h_wr(h, PD_REG_CTRL, PD_CTRL_RESET | PD_CTRL_ENABLE);
	assert_true(h_rd(h, PD_REG_STATUS) == PD_STATUS_RUNNING);
}

/* Many passes over a 4-entry SQ and an 8-entry CQ: sq_head and phase every time. */
static void test_wrap(void **state)
{
	struct harness *h = *state;
	struct pd_cqe c;
	unsigned int n = 0, done = 0;

	h_qsetup(h, 0, H_SQA(0), 2, H_CQA(0), 3);
	while (done < 200) {
		unsigned int k = 1 + n % 3; /* 1..3 outstanding, at most entries - 1 */

		for (unsigned int i = 0; i < k; i++)
			h_submit(h, 0, PD_OP_NOP, 0, 0, 0, 0, n++, i == k - 1);
		assert_int_equal(h->ops->poll(h->dev, 100), k);
		for (unsigned int i = 0; i < k; i++, done++) {
			uint8_t want_phase = 1 ^ ((done / 8) & 1);

			assert_int_equal(h_reap(h, 0, &c, true), 1);
			assert_true(c.tag == done);
			assert_int_equal(c.sq_head, (done + 1) % 4);
			assert_int_equal(c.phase, want_phase);
		}
	}
	assert_int_equal(h_reap(h, 0, &c, true), 0);
}

/* The 16-bit sq_head at the largest SQ (65536 entries) wraps to 0, phases flip. */
static void test_wrap_max(void **state)
{
	struct harness *h = h_new(1, 1, 4u << 20, PD_DEV_POLL_BUSY);
	struct pd_cqe c;
	unsigned int done = 0, n = 0;

	(void)state;
	assert_non_null(h);
	h_qsetup(h, 0, H_DEVBASE, 16, H_DEVBASE + (2u << 20), 16);
	while (done < 70000) {
		for (unsigned int i = 0; i < 1000; i++)
			h_submit(h, 0, PD_OP_NOP, 0, 0, 0, 0, n++, i == 999);
		assert_int_equal(h->ops->poll(h->dev, 5000), 1000);
		for (unsigned int i = 0; i < 1000; i++, done++) {
			assert_int_equal(h_reap(h, 0, &c, true), 1);
			assert_true(c.tag == done);
			assert_int_equal(c.sq_head, (done + 1) % 65536);
			assert_int_equal(c.phase, 1 ^ ((done / 65536) & 1));
		}
	}
	h_free(h);
}

static void test_cq_full(void **state)
{
	struct harness *h = *state;
	struct pd_cqe c[8];

	h_qsetup(h, 0, H_SQA(0), 4, H_CQA(0), 2); /* CQ of 4: 3 unreleased at most */
	h_qsetup(h, 1, H_SQA(1), 4, H_CQA(1), 4);
	for (unsigned int i = 0; i < 8; i++) {
		h_submit(h, 0, PD_OP_NOP, 0, 0, 0, 0, i, true);
		h_submit(h, 1, PD_OP_NOP, 0, 0, 0, 0, 100 + i, true);
	}
	assert_int_equal(h->ops->poll(h->dev, 100), 3 + 8);
	assert_int_equal(h->ops->poll(h->dev, 100), 0);
	for (unsigned int i = 0; i < 8; i++)
		assert_int_equal(h_reap(h, 1, &c[0], true), 1);
	/* read without releasing: still stalled */
	for (unsigned int i = 0; i < 3; i++)
		assert_int_equal(h_reap(h, 0, &c[i], false), 1);
	assert_int_equal(h_reap(h, 0, &c[3], false), 0);
	assert_int_equal(h->ops->poll(h->dev, 100), 0);
	/* release slots 0-1: two more complete (slots 3, 0), then full again */
	h_qwr(h, 0, PD_Q_CQ_HEAD, 2);
	assert_int_equal(h->ops->poll(h->dev, 100), 2);
	/* release slot 2: one more (slot 1) */
	h_qwr(h, 0, PD_Q_CQ_HEAD, 3);
	assert_int_equal(h->ops->poll(h->dev, 100), 1);
	for (unsigned int i = 0; i < 3; i++) {
		assert_int_equal(h_reap(h, 0, &c[i], true), 1);
		assert_true(c[i].tag == 3 + i);
	}
	assert_int_equal(h_reap(h, 0, &c[0], true), 0);
	assert_int_equal(h->ops->poll(h->dev, 100), 2);
	for (unsigned int i = 0; i < 2; i++) {
		assert_int_equal(h_reap(h, 0, &c[i], true), 1);
		assert_true(c[i].tag == 6 + i);
	}
	assert_int_equal(h->ops->poll(h->dev, 100), 0);
}

static int poll_one_queue(struct harness *h, unsigned int nq, struct pd_cqe *c)
{
	if (h->ops->poll(h->dev, 1) != 1)
		return -1;
	for (unsigned int q = 0; q < nq; q++)
		if (h_reap(h, q, c, true))
			return (int)q;
	return -2;
}

static void test_round_robin(void **state)
{
	struct harness *h = *state;
	/* q0: 3 commands, q1: 1, q2: 0, q3: 2 */
	static const int want[] = { 0, 1, 3, 0, 3, 0 };
	static const int want2[] = { 1, 3, 0, 1, 3, 0 };
	struct pd_cqe c;
	unsigned int i, cnt[4] = { 0 };

	for (unsigned int q = 0; q < 4; q++)
		h_qsetup(h, q, H_SQA(q), 4, H_CQA(q), 4);
	for (i = 0; i < 3; i++)
		h_submit(h, 0, PD_OP_NOP, 0, 0, 0, 0, i, true);
	h_submit(h, 1, PD_OP_NOP, 0, 0, 0, 0, 100, true);
	h_submit(h, 3, PD_OP_NOP, 0, 0, 0, 0, 300, true);
	h_submit(h, 3, PD_OP_NOP, 0, 0, 0, 0, 301, true);
	for (i = 0; i < 6; i++) {
		int q = poll_one_queue(h, 4, &c);

		assert_int_equal(q, want[i]);
		assert_true(c.tag == (uint64_t)q * 100 + cnt[q]++);
	}
	assert_int_equal(h->ops->poll(h->dev, 1), 0);
	/* the pointer continues after the last served queue (q0): q1, then wraps */
	memset(cnt, 0, sizeof(cnt));
	for (i = 0; i < 2; i++) {
		h_submit(h, 0, PD_OP_NOP, 0, 0, 0, 0, i, true);
		h_submit(h, 1, PD_OP_NOP, 0, 0, 0, 0, 100 + i, true);
		h_submit(h, 3, PD_OP_NOP, 0, 0, 0, 0, 300 + i, true);
	}
	for (i = 0; i < 6; i++) {
		int q = poll_one_queue(h, 4, &c);

		assert_int_equal(q, want2[i]);
		assert_true(c.tag == (uint64_t)q * 100 + cnt[q]++);
	}
}

static void test_fence(void **state)
{
	struct harness *h = *state;
	struct pd_cqe c;

	h_qsetup(h, 0, H_SQA(0), 4, H_CQA(0), 4);
	h_submit(h, 0, PD_OP_COPY, 0, 64, SRC, DST, 1, false);
	/* the fenced copy reads what the first one wrote */
	h_submit(h, 0, PD_OP_COPY, PD_SQE_F_FENCE, 64, DST, DST + 64, 2, true);
	assert_int_equal(h->ops->poll(h->dev, 10), 2);
	for (unsigned int i = 1; i <= 2; i++) {
		assert_int_equal(h_reap(h, 0, &c, true), 1);
		assert_true(c.tag == i);
		assert_int_equal(c.status, PD_ST_OK);
	}
	assert_memory_equal(h_ptr(h, DST + 64), h_ptr(h, SRC), 64);
}

static void test_enable_resets(void **state)
{
	struct harness *h = *state;
	struct pd_cqe c;

	h_qsetup(h, 0, H_SQA(0), 3, H_CQA(0), 3);
	for (unsigned int i = 0; i < 5; i++)
		h_submit(h, 0, PD_OP_NOP, 0, 0, 0, 0, i, true);
	assert_int_equal(h->ops->poll(h->dev, 3), 3);
	/* disable: not served, indices kept */
	h_qwr(h, 0, PD_Q_CTRL, 0);
	assert_int_equal(h->ops->poll(h->dev, 10), 0);
	assert_int_equal(h_qrd(h, 0, PD_Q_SQ_TAIL), 5);
	/* 1 -> 1 changes nothing */
	h_qwr(h, 0, PD_Q_CTRL, 0);
	h_qwr(h, 0, PD_Q_CTRL, 1);
	assert_int_equal(h_qrd(h, 0, PD_Q_SQ_TAIL), 0);
	assert_int_equal(h_qrd(h, 0, PD_Q_CQ_HEAD), 0);
	assert_int_equal(h->ops->poll(h->dev, 10), 0);
	/* the next command is read from slot 0 and completes at CQ slot 0, phase 1 */
	h->q[0].sq_tail = 0;
	h->q[0].cq_head = 0;
	h->q[0].phase = 1;
	memset(h_ptr(h, H_CQA(0)), 0, 16 * 8);
	h_submit(h, 0, PD_OP_NOP, 0, 0, 0, 0, 42, true);
	h_qwr(h, 0, PD_Q_CTRL, 1);
	assert_int_equal(h->ops->poll(h->dev, 10), 1);
	assert_int_equal(h_reap(h, 0, &c, true), 1);
	assert_true(c.tag == 42);
	assert_int_equal(c.sq_head, 1);
	assert_int_equal(c.phase, 1);
}

static void test_reset_mid_traffic(void **state)
{
	struct harness *h = *state;
	struct pd_cqe c;

	h_qsetup(h, 0, H_SQA(0), 5, H_CQA(0), 5);
	h_qsetup(h, 1, H_SQA(1), 5, H_CQA(1), 5);
	for (unsigned int i = 0; i < 20; i++) {
		h_submit(h, 0, PD_OP_COPY, 0, 16, SRC + i, DST + 16 * i, i, true);
		h_submit(h, 1, PD_OP_NOP, PD_SQE_F_IRQ, 0, 0, 0, i, true);
	}
	h_wr(h, PD_REG_IRQ_MODERATION, PD_IRQMOD(100, 0));
	assert_int_equal(h->ops->poll(h->dev, 10), 10);
	h_wr(h, PD_REG_CTRL, PD_CTRL_RESET);
	assert_int_equal(h_rd(h, PD_REG_CTRL), 0);
	assert_int_equal(h_rd(h, PD_REG_STATUS), 0);
	assert_int_equal(h_rd(h, PD_REG_IRQ_MODERATION), 0);
	for (unsigned int q = 0; q < 4; q++)
		assert_int_equal(h_qrd(h, q, PD_Q_CTRL), 0);
	for (unsigned int w = 0; w < 4; w++)
		assert_int_equal(h_rd(h, PD_REG_WIN(w) + PD_WIN_CTRL), 0);
	/* base registers survive a reset */
	assert_true(h_qrd(h, 1, PD_Q_SQ_BASE) == H_SQA(1));
	assert_true(h_rd(h, PD_REG_WIN(0) + PD_WIN_BASE) == H_DEVBASE);
	assert_int_equal(h->ops->poll(h->dev, 100), 0);
	/* 5 copies ran: exactly those bytes changed */
	for (unsigned int i = 0; i < 20; i++) {
		if (i < 5)
			assert_memory_equal(h_ptr(h, DST + 16 * i), h_ptr(h, SRC + i), 16);
		else
			assert_int_equal(((uint8_t *)h_ptr(h, DST + 16 * i))[0], GUARD);
	}
	/* bring it back: everything starts fresh, no interrupt was left pending */
	h_wr(h, PD_REG_WIN(0) + PD_WIN_CTRL, 1);
	h_wr(h, PD_REG_CTRL, PD_CTRL_ENABLE);
	h_qsetup(h, 1, H_SQA(1), 5, H_CQA(1), 5);
	h_submit(h, 1, PD_OP_NOP, PD_SQE_F_IRQ, 0, 0, 0, 99, true);
	assert_int_equal(h->ops->poll(h->dev, 10), 1);
	assert_int_equal(h_reap(h, 1, &c, true), 1);
	assert_true(c.tag == 99);
	assert_int_equal(c.sq_head, 1);
	assert_int_equal(atomic_load(&h->irqs[1]), 1); /* moderation cleared: count 1 */
}

/* A host that maps the top 64 KiB of the device address space, wrapping naively. */
static uint8_t top_mem[0x20000];

static void *top_map(void *ctx, uint64_t addr, uint64_t len)
{
	(void)ctx;
	if (addr < 0xffffffffffff0000ull || len > 0x10000)
		return NULL;
	return top_mem + (addr & 0xffff);
}

#define TOP(off) (0ull - 0x8000 + (off)) /* 2^64 - 32 KiB + off */

/* S9: a window may reach 2^64 (or beyond); a range may end at 2^64 but not wrap. */
static void test_top_of_space(void **state)
{
	struct pd_dev_config cfg = { .num_queues = 1, .num_windows = 1 };
	struct pd_dev_host host = { .dma_map = top_map };
	const struct pd_dev_ops *ops = &pd_soft_ops;
	struct pd_cqe *cq = (struct pd_cqe *)(top_mem + (TOP(0x4000) & 0xffff));
	struct pd_sqe *sq = (struct pd_sqe *)(top_mem + (TOP(0) & 0xffff));
	struct pd_dev *dev;

	(void)state;
	memset(top_mem, 0, sizeof(top_mem));
	assert_int_equal(ops->create(&cfg, &host, &dev), 0);
	ops->reg_write(dev, PD_REG_WIN(0) + PD_WIN_BASE, TOP(0));
	ops->reg_write(dev, PD_REG_WIN(0) + PD_WIN_SIZE, 0x10000); /* "ends" at 2^64 + 32 KiB */
	ops->reg_write(dev, PD_REG_WIN(0) + PD_WIN_CTRL, 1);
	ops->reg_write(dev, PD_REG_Q(0) + PD_Q_SQ_BASE, TOP(0));
	ops->reg_write(dev, PD_REG_Q(0) + PD_Q_SQ_LOG2_SIZE, 3);
	ops->reg_write(dev, PD_REG_Q(0) + PD_Q_CQ_BASE, TOP(0x4000));
	ops->reg_write(dev, PD_REG_Q(0) + PD_Q_CQ_LOG2_SIZE, 3);
	ops->reg_write(dev, PD_REG_Q(0) + PD_Q_CTRL, 1);
	ops->reg_write(dev, PD_REG_CTRL, PD_CTRL_ENABLE);
	memset(top_mem + 0xfff0, 0x11, 16); /* the last 16 bytes below 2^64 */
	/* ends exactly at 2^64: fine; wraps past it: fault (source, destination) */
	sq[0] = (struct pd_sqe){ .opcode = PD_OP_COPY, .len = 16, .src = 0ull - 16,
				 .dst = TOP(0x6000), .tag = 1 };
	sq[1] = (struct pd_sqe){ .opcode = PD_OP_COPY, .len = 16, .src = 0ull - 8,
				 .dst = TOP(0x6100), .tag = 2 };
	sq[2] = (struct pd_sqe){ .opcode = PD_OP_COPY, .len = 16, .src = TOP(0),
				 .dst = 0ull - 1, .tag = 3 };
	ops->reg_write(dev, PD_REG_Q(0) + PD_Q_SQ_TAIL, 3);
	assert_int_equal(ops->poll(dev, 10), 3);
	assert_int_equal(cq[0].status, PD_ST_OK);
	assert_int_equal(top_mem[(TOP(0x6000) & 0xffff) + 15], 0x11);
	assert_int_equal(cq[1].status, PD_ST_DMA_FAULT);
	assert_int_equal(top_mem[TOP(0x6100) & 0xffff], 0);
	assert_int_equal(cq[2].status, PD_ST_DMA_FAULT);
	ops->destroy(dev);
}

static void test_ctrl_disable(void **state)
{
	struct harness *h = *state;

	h_qsetup(h, 0, H_SQA(0), 3, H_CQA(0), 3);
	h_wr(h, PD_REG_CTRL, 0);
	h_submit(h, 0, PD_OP_NOP, 0, 0, 0, 0, 1, true);
	assert_int_equal(h->ops->poll(h->dev, 10), 0);
	h_wr(h, PD_REG_CTRL, PD_CTRL_ENABLE);
	assert_int_equal(h->ops->poll(h->dev, 10), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_nop, setup, teardown),
		cmocka_unit_test_setup_teardown(test_copy, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_opcode, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_length, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dma_fault, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fatal_sqe_fetch, setup, teardown),
		cmocka_unit_test_setup_teardown(test_wrap, setup, teardown),
		cmocka_unit_test(test_wrap_max),
		cmocka_unit_test_setup_teardown(test_cq_full, setup, teardown),
		cmocka_unit_test_setup_teardown(test_round_robin, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fence, setup, teardown),
		cmocka_unit_test_setup_teardown(test_enable_resets, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reset_mid_traffic, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ctrl_disable, setup, teardown),
		cmocka_unit_test(test_top_of_space),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
