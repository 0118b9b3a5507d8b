// SPDX-License-Identifier: MIT
/*
 * Description: ring arithmetic (wrap, partial, full/empty, 64-bit counters
 * near wrap), the kick bitmap, and zero-copy reserve/peek spans, on plain
 * memory without a driver.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "pd_ring.h"
#include "pd_uapi.h"

static void test_empty_full(void **state)
{
	(void)state;
	assert_int_equal(pd_ring_used(0, 0, 4096), 0);
	assert_int_equal(pd_ring_free(0, 0, 4096), 4096);
	assert_int_equal(pd_ring_used(4096, 0, 4096), 4096);
	assert_int_equal(pd_ring_free(4096, 0, 4096), 0);
	assert_int_equal(pd_ring_free(5000, 1000, 4096), 96);
	/* a bogus producer far ahead is clamped: never more than the ring */
	assert_int_equal(pd_ring_used(1u << 20, 0, 4096), 4096);
	assert_int_equal(pd_ring_free(1u << 20, 0, 4096), 0);
}

static void test_counters_near_wrap(void **state)
{
	uint64_t cons = UINT64_MAX - 100, prod = cons + 300; /* prod wrapped past 2^64 */

	(void)state;
	assert_true(prod < cons);
	assert_int_equal(pd_ring_used(prod, cons, 4096), 300);
	assert_int_equal(pd_ring_free(prod, cons, 4096), 4096 - 300);
	/* the slot of a counter is its low bits, also across 2^64 */
	assert_int_equal(pd_ring_contig(UINT64_MAX, 4096, 10), 1);
	assert_int_equal(pd_ring_contig(0, 4096, 10), 10);
}

static void test_contig(void **state)
{
	(void)state;
	assert_int_equal(pd_ring_contig(0, 4096, 5000), 4096);
	assert_int_equal(pd_ring_contig(4000, 4096, 5000), 96);
	assert_int_equal(pd_ring_contig(4096 + 10, 4096, 100), 100);
	assert_int_equal(pd_ring_contig(8191, 4096, 2), 1);
}

/* write/read through the wrap with random sizes; every byte arrives in order */
static void test_wrap_stream(void **state)
{
	enum { SIZE = 4096, TOTAL = 1 << 20 };
	uint8_t *ring = malloc(SIZE), *src = malloc(TOTAL), *dst = malloc(TOTAL);
	uint64_t prod = UINT64_MAX - 5000, cons = prod, w = 0, r = 0;
	unsigned seed = 7;

	(void)state;
	for (uint64_t i = 0; i < TOTAL; i++)
		src[i] = (uint8_t)(i * 131 + 17);
	while (r < TOTAL) {
		uint64_t n = (uint64_t)(rand_r(&seed) % 3000) + 1, f = pd_ring_free(prod, cons, SIZE);

		if (n > f)
			n = f; /* partial: only what fits */
		if (n > TOTAL - w)
			n = TOTAL - w;
		pd_ring_write(ring, SIZE, prod, src + w, n);
		prod += n;
		w += n;
		n = (uint64_t)(rand_r(&seed) % 3000) + 1;
		if (n > pd_ring_used(prod, cons, SIZE))
			n = pd_ring_used(prod, cons, SIZE);
		pd_ring_read(ring, SIZE, cons, dst + r, n);
		cons += n;
		r += n;
		assert_true(pd_ring_used(prod, cons, SIZE) <= SIZE);
	}
	assert_memory_equal(src, dst, TOTAL);
	free(ring);
	free(src);
	free(dst);
}

static void test_kick_bitmap(void **state)
{
	uint64_t area[1 + 4096 / 64] = { 0 };

	(void)state;
	assert_int_equal(pd_kick_bytes(4096) % 64, 0);
	assert_true(pd_kick_bytes(4096) >= sizeof(area));
	pd_kick_mark(area, 0);
	pd_kick_mark(area, 63);
	pd_kick_mark(area, 64);
	pd_kick_mark(area, 4095);
	assert_int_equal(area[1], (1ull << 0) | (1ull << 63));
	assert_int_equal(area[2], 1);
	assert_int_equal(area[64], 1ull << 63);
	assert_int_equal(area[0], (1ull << 0) | (1ull << 1) | (1ull << 63));
	/* marking twice is idempotent */
	pd_kick_mark(area, 64);
	assert_int_equal(area[2], 1);
}

static void test_notify_layout(void **state)
{
	(void)state;
	/* the socket blocks start on a page after every worker's kick area */
	assert_int_equal(pd_notify_sock_off(4096) % 4096, 0);
	assert_true(pd_notify_sock_off(4096) >= PD_NOTIFY_KICK_OFF + PD_MAX_WORKERS * pd_kick_bytes(4096));
	assert_true(pd_notify_size(4096) >= pd_notify_sock_off(4096) + 4096 * 512);
}

/* what pd_send_reserve / pd_recv_peek hand out: contiguous, never beyond free/used */
static void test_reserve_peek_spans(void **state)
{
	uint64_t size = 8192;

	(void)state;
	/* reserve: min(want, free, up to the ring end) */
	assert_int_equal(pd_ring_contig(100, size, 1000 < pd_ring_free(100, 0, size) ? 1000 : 0), 1000);
	assert_int_equal(pd_ring_contig(8000, size, pd_ring_free(8000, 7000, size)), 192);
	assert_int_equal(pd_ring_free(8192, 0, size), 0); /* full: nothing to reserve */
	/* peek: used bytes up to the ring end */
	assert_int_equal(pd_ring_contig(8100, size, pd_ring_used(8300, 8100, size)), 92);
	assert_int_equal(pd_ring_contig(8200, size, pd_ring_used(8300, 8200, size)), 100);
	assert_true(pd_is_pow2(4096) && pd_is_pow2(1) && !pd_is_pow2(0) && !pd_is_pow2(4097));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_full),
		cmocka_unit_test(test_counters_near_wrap),
		cmocka_unit_test(test_contig),
		cmocka_unit_test(test_wrap_stream),
		cmocka_unit_test(test_kick_bitmap),
		cmocka_unit_test(test_notify_layout),
		cmocka_unit_test(test_reserve_peek_spans),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
