// SPDX-License-Identifier: MIT
/*
 * Description: the log-linear histogram: bucket indices are monotonic and
 * bounded; percentiles of random data match a sorted reference within the
 * stated relative error; extremes are exact.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "wl.h"

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static void test_index_monotonic(void **state)
{
	uint64_t v;
	unsigned int prev = 0;

	(void)state;
	for (v = 0; v < 1000000; v++) {
		unsigned int i = wl_hist_index(v);

		assert_true(i >= prev);
		prev = i;
	}
	assert_true(wl_hist_index(UINT64_MAX) < WL_HIST_BUCKETS);
	assert_int_equal(wl_hist_index(127), 127);
	assert_int_equal(wl_hist_index(255), 255); /* exact below 2*SUB */
	assert_int_equal(wl_hist_index(256), wl_hist_index(257));
}

static void check_against_reference(uint64_t *v, size_t n)
{
	static const double pcts[] = { 1, 10, 50, 90, 99, 99.9, 99.99 };
	struct wl_hist *h = malloc(sizeof(*h));
	size_t i;

	wl_hist_init(h);
	for (i = 0; i < n; i++)
		wl_hist_add(h, v[i]);
	qsort(v, n, sizeof(*v), cmp_u64);
	assert_int_equal(h->count, n);
	assert_int_equal(h->min, v[0]);
	assert_int_equal(h->max, v[n - 1]);
	assert_int_equal(wl_hist_pct(h, 100), v[n - 1]);
	for (i = 0; i < sizeof(pcts) / sizeof(pcts[0]); i++) {
		size_t rank = (size_t)__builtin_ceil(pcts[i] / 100 * (double)n);
		uint64_t ref = v[rank ? rank - 1 : 0], got = wl_hist_pct(h, pcts[i]);
		double err = got > ref ? (double)(got - ref) : (double)(ref - got);

		if (err > (double)ref * WL_HIST_REL_ERR + 0.5)
			fail_msg("p%g: got %llu, reference %llu (relative error %g > %g)", pcts[i],
				 (unsigned long long)got, (unsigned long long)ref, err / (double)ref, WL_HIST_REL_ERR);
	}
	free(h);
}

static void test_random_loguniform(void **state)
{
	enum { N = 200000 };
	uint64_t *v = malloc(N * sizeof(*v));
	unsigned seed = 12345;
	size_t i;

	(void)state;
	for (i = 0; i < N; i++) {
		/* log-uniform over 1 ns .. ~17 s: every bucket width is exercised */
		int bits = rand_r(&seed) % 34;
		uint64_t r = ((uint64_t)rand_r(&seed) << 31) ^ (uint64_t)rand_r(&seed);

		v[i] = (r & ((1ull << bits) - 1)) | (1ull << bits);
	}
	check_against_reference(v, N);
	free(v);
}

static void test_random_narrow(void **state)
{
	enum { N = 100000 };
	uint64_t *v = malloc(N * sizeof(*v));
	unsigned seed = 99;
	size_t i;

	(void)state;
	for (i = 0; i < N; i++) /* latencies around 10 us with a tail */
		v[i] = 9000 + (uint64_t)(rand_r(&seed) % 3000) + (rand_r(&seed) % 1000 == 0 ? 500000 : 0);
	check_against_reference(v, N);
	free(v);
}

static void test_empty_and_single(void **state)
{
	struct wl_hist *h = malloc(sizeof(*h));

	(void)state;
	wl_hist_init(h);
	assert_int_equal(wl_hist_pct(h, 50), 0);
	wl_hist_add(h, 123456789);
	assert_int_equal(wl_hist_pct(h, 50), 123456789); /* clamped to the exact min/max */
	assert_int_equal(wl_hist_pct(h, 99.9), 123456789);
	free(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_index_monotonic),
		cmocka_unit_test(test_random_loguniform),
		cmocka_unit_test(test_random_narrow),
		cmocka_unit_test(test_empty_and_single),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
