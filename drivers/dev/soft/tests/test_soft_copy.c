/* SPDX-License-Identifier: MIT */
/*
 * Description: COPY correctness of the soft device: every length 1..256 at
 * every source alignment 0..63 (destination alignments cycling through
 * 0..63 as well), and large copies up to PD_COPY_MAX_LEN (16 MiB) at odd
 * offsets, compared with memcmp; bytes around each destination untouched.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "soft_harness.h"

#define GUARD 0x5a

static void pattern(uint8_t *p, size_t n, uint32_t seed)
{
	for (size_t i = 0; i < n; i++) {
		seed = seed * 1103515245u + 12345u;
		p[i] = (uint8_t)(seed >> 16);
	}
}

/* Run what is queued on q0 and reap count completions, all OK. */
static void run_all(struct harness *h, unsigned int count)
{
	struct pd_cqe c;

	h_ring(h, 0);
	assert_int_equal(h->ops->poll(h->dev, count + 1), count);
	for (unsigned int i = 0; i < count; i++) {
		assert_int_equal(h_reap(h, 0, &c, true), 1);
		assert_int_equal(c.status, PD_ST_OK);
	}
}

static void test_small_unaligned(void **state)
{
	struct harness *h = h_new(1, 1, H_MEM, PD_DEV_POLL_BUSY);
	const uint64_t src = H_DATA, dst = H_DATA + 0x1000;
	uint8_t *s, *d;

	(void)state;
	assert_non_null(h);
	h_qsetup(h, 0, H_SQA(0), 8, H_CQA(0), 8);
	s = h_ptr(h, src);
	d = h_ptr(h, dst);
	pattern(s, 64 + 256, 1);
	for (unsigned int len = 1; len <= 256; len++) {
		for (unsigned int sa = 0; sa < 64; sa++) {
			unsigned int da = (sa * 37 + len) % 64;

			memset(d, GUARD, 64 + 256 + 64);
			h_submit(h, 0, PD_OP_COPY, 0, len, src + sa, dst + 64 + da, len, false);
			run_all(h, 1);
			if (memcmp(d + 64 + da, s + sa, len)) {
				fail_msg("len %u src align %u dst align %u: data differs", len, sa, da);
			}
			for (unsigned int i = 0; i < 64 + da; i++)
				assert_int_equal(d[i], GUARD);
			for (unsigned int i = 64 + da + len; i < 64 + 256 + 64; i++)
				assert_int_equal(d[i], GUARD);
		}
	}
	h_free(h);
}

static void test_large(void **state)
{
	static const uint32_t lens[] = { 4096, 65536, 65537, (1u << 20) + 3, 3u << 20,
					 PD_COPY_MAX_LEN - 1, PD_COPY_MAX_LEN };
	size_t area = PD_COPY_MAX_LEN + 128;
	struct harness *h = h_new(1, 1, 0x100000 + 2 * area, PD_DEV_POLL_BUSY);
	uint64_t src = H_DATA, dst = H_DATA + area;
	uint8_t *s, *d;

	(void)state;
	assert_non_null(h);
	h_qsetup(h, 0, H_SQA(0), 3, H_CQA(0), 3);
	s = h_ptr(h, src);
	d = h_ptr(h, dst);
	pattern(s, area, 7);
	for (unsigned int i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		unsigned int so = (i * 13) % 61, doff = 64 - (i * 7) % 64;

		memset(d, GUARD, area);
		h_submit(h, 0, PD_OP_COPY, 0, lens[i], src + so, dst + doff, i, false);
		run_all(h, 1);
		assert_int_equal(memcmp(d + doff, s + so, lens[i]), 0);
		assert_int_equal(d[doff - 1], GUARD);
		assert_int_equal(d[doff + lens[i]], GUARD);
	}
	h_free(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_small_unaligned),
		cmocka_unit_test(test_large),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
