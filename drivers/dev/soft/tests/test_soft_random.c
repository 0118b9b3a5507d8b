/* SPDX-License-Identifier: MIT */
/*
 * Description: randomized command streams on 4 queues of random sizes
 * (CQs smaller than SQs, so CQ-full stalls happen), mixing COPY, NOP and
 * every error status, run three ways - inline poll() with random budgets,
 * the busy thread, the adaptive thread - and each checked against a
 * reference computed here from pd_hw.h alone: per-queue completion stream
 * (tag, sq_head, sq_id, status, phase) and the final memory image.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "soft_harness.h"

#define NQ 4
#define NCMD 3000 /* per queue */
#define SLOT 256  /* destination bytes per command */
#define SRC_OFF 0x100000u
#define SRC_LEN 0x10000u
#define DST_OFF (SRC_OFF + SRC_LEN)
#define MEM (DST_OFF + NQ * NCMD * SLOT)
#define WAIT_MS 5000

struct cmd {
	struct pd_sqe sqe;
	uint16_t status; /* expected */
};

static struct cmd cmds[NQ][NCMD];
static uint8_t *ref; /* expected memory image */
static unsigned int sq_log2[NQ], cq_log2[NQ];

static uint32_t rnd(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

static void generate(uint32_t seed)
{
	uint64_t base = H_DEVBASE;

	ref = calloc(1, MEM);
	assert_non_null(ref);
	for (unsigned int i = 0; i < SRC_LEN; i++)
		ref[SRC_OFF + i] = (uint8_t)rnd(&seed);
	for (unsigned int q = 0; q < NQ; q++) {
		sq_log2[q] = 2 + rnd(&seed) % 6;
		cq_log2[q] = 2 + rnd(&seed) % 5;
		for (unsigned int i = 0; i < NCMD; i++) {
			struct cmd *c = &cmds[q][i];
			uint32_t r = rnd(&seed) % 100, len = 1 + rnd(&seed) % SLOT;
			uint64_t src = base + SRC_OFF + rnd(&seed) % (SRC_LEN - SLOT);
			uint64_t dst = base + DST_OFF + (uint64_t)(q * NCMD + i) * SLOT + (SLOT - len);

			c->sqe = (struct pd_sqe){ .opcode = PD_OP_COPY, .len = len, .src = src,
						  .dst = dst, .tag = ((uint64_t)q << 32) | i };
			c->sqe.flags = (uint8_t)(rnd(&seed) & (PD_SQE_F_IRQ | PD_SQE_F_FENCE | 0x10));
			c->status = PD_ST_OK;
			if (r < 60) {
				memcpy(ref + (dst - base), ref + (src - base), len);
			} else if (r < 68) {
				c->sqe.opcode = PD_OP_NOP;
				c->sqe.len = rnd(&seed);
			} else if (r < 76) {
				c->sqe.opcode = (uint8_t)(2 + rnd(&seed) % 254);
				c->status = PD_ST_BAD_OPCODE;
			} else if (r < 84) {
				c->sqe.len = (r & 1) ? 0 : PD_COPY_MAX_LEN + 1 + rnd(&seed) % 100;
				c->status = PD_ST_BAD_LENGTH;
			} else if (r < 90) {
				c->sqe.src = (r & 1) ? 0x1000 : base + MEM - len + 1;
				c->status = PD_ST_DMA_FAULT;
			} else if (r < 96) {
				c->sqe.dst = (r & 1) ? base - 1 : UINT64_MAX - len + 2;
				c->status = PD_ST_DMA_FAULT;
			} else {
				c->sqe.len = PD_COPY_MAX_LEN; /* legal length, outside the window */
				c->status = PD_ST_DMA_FAULT;
			}
		}
	}
}

enum mode { INLINE, BUSY, ADAPTIVE };

static void run(enum mode mode, uint32_t seed)
{
	struct harness *h = h_new(NQ, 1, MEM, mode == ADAPTIVE ? PD_DEV_POLL_ADAPTIVE
							       : PD_DEV_POLL_BUSY);
	unsigned int issued[NQ] = { 0 }, done[NQ] = { 0 }, total = 0;
	uint64_t last_progress;

	assert_non_null(h);
	memcpy(h->mem + SRC_OFF, ref + SRC_OFF, SRC_LEN);
	for (unsigned int q = 0; q < NQ; q++)
		h_qsetup(h, q, H_DEVBASE + q * 0x10000, sq_log2[q], H_DEVBASE + q * 0x10000 + 0x8000,
			 cq_log2[q]);
	if (mode != INLINE)
		assert_int_equal(h->ops->start(h->dev), 0);
	last_progress = h_now_ms();
	while (total < NQ * NCMD) {
		for (unsigned int q = 0; q < NQ; q++) {
			unsigned int room = (1u << sq_log2[q]) - 1 - (issued[q] - done[q]);
			unsigned int k = room ? 1 + rnd(&seed) % room : 0;
			struct pd_cqe c;

			for (unsigned int j = 0; j < k && issued[q] < NCMD; j++, issued[q]++) {
				const struct pd_sqe *s = &cmds[q][issued[q]].sqe;

				h_submit(h, q, s->opcode, s->flags, s->len, s->src, s->dst, s->tag,
					 false);
			}
			h_ring(h, q);
			if (mode == INLINE)
				h->ops->poll(h->dev, rnd(&seed) % 8);
			/* reap a random number, release in a random pattern */
			for (unsigned int j = rnd(&seed) % 16; j && h_reap(h, q, &c, rnd(&seed) & 1); j--) {
				const struct cmd *e = &cmds[q][done[q]];

				assert_true(c.tag == e->sqe.tag);
				assert_int_equal(c.status, e->status);
				assert_int_equal(c.sq_id, q);
				assert_int_equal(c.sq_head, (done[q] + 1) % (1u << sq_log2[q]));
				assert_int_equal(c.phase, 1 ^ ((done[q] >> cq_log2[q]) & 1));
				assert_int_equal(c.rsvd, 0);
				done[q]++;
				total++;
				last_progress = h_now_ms();
			}
			h_qwr(h, q, PD_Q_CQ_HEAD, h->q[q].cq_head);
		}
		assert_true(h_now_ms() - last_progress < WAIT_MS);
	}
	if (mode != INLINE)
		h->ops->stop(h->dev);
	assert_int_equal(h_rd(h, PD_REG_STATUS), PD_STATUS_RUNNING);
	/* the rings live below SRC_OFF; compare the data areas */
	assert_int_equal(memcmp(h->mem + SRC_OFF, ref + SRC_OFF, MEM - SRC_OFF), 0);
	h_free(h);
}

static void test_inline(void **state)
{
	(void)state;
	run(INLINE, 11);
}

static void test_busy(void **state)
{
	(void)state;
	run(BUSY, 22);
}

static void test_adaptive(void **state)
{
	(void)state;
	run(ADAPTIVE, 33);
}

static int setup(void **state)
{
	(void)state;
	generate(0x5eed1234);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	free(ref);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_inline),
		cmocka_unit_test(test_busy),
		cmocka_unit_test(test_adaptive),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
