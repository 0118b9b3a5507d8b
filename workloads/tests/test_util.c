// SPDX-License-Identifier: MIT
/*
 * Description: size/rate/duration/address parsing, the verify pattern
 * (fill/check, first bad offset) and the zc payload touch (wl_touch_xor).
 * The pacer is test_pace.c.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "wl.h"

static void test_sizes(void **state)
{
	uint64_t v;
	static const char *bad[] = { "", "0", "-1", "1X", "K", "1.5", "64KB", "abc", "1e30", NULL };

	(void)state;
	assert_int_equal(wl_parse_size("1", &v), 0);
	assert_int_equal(v, 1);
	assert_int_equal(wl_parse_size("64K", &v), 0);
	assert_int_equal(v, 65536);
	assert_int_equal(wl_parse_size("4m", &v), 0);
	assert_int_equal(v, 4u << 20);
	assert_int_equal(wl_parse_size("2G", &v), 0);
	assert_int_equal(v, 2ull << 30);
	assert_int_equal(wl_parse_size("1.5K", &v), 0);
	assert_int_equal(v, 1536);
	for (int i = 0; bad[i]; i++)
		assert_int_equal(wl_parse_size(bad[i], &v), -EINVAL);
}

static void test_rates(void **state)
{
	double r;

	(void)state;
	assert_int_equal(wl_parse_rate("10G", &r), 0);
	assert_true(r == 10e9); /* decimal, as iperf3 */
	assert_int_equal(wl_parse_rate("100M", &r), 0);
	assert_true(r == 100e6);
	assert_int_equal(wl_parse_rate("1.5k", &r), 0);
	assert_true(r == 1500);
	assert_int_equal(wl_parse_rate("0", &r), -EINVAL);
	assert_int_equal(wl_parse_rate("fast", &r), -EINVAL);
	assert_int_equal(wl_parse_rate("-5M", &r), -EINVAL);
}

static void test_durations_addrs(void **state)
{
	double d;
	struct sockaddr_in sin;

	(void)state;
	assert_int_equal(wl_parse_duration("10", &d), 0);
	assert_true(d == 10);
	assert_int_equal(wl_parse_duration("2.5s", &d), 0);
	assert_true(d == 2.5);
	assert_int_equal(wl_parse_duration("0", &d), -EINVAL);
	assert_int_equal(wl_parse_duration("s", &d), -EINVAL);
	assert_int_equal(wl_parse_duration("5m", &d), -EINVAL);
	assert_int_equal(wl_parse_addr("127.0.0.1:5201", &sin, 0), 0);
	assert_int_equal(ntohs(sin.sin_port), 5201);
	assert_int_equal(sin.sin_addr.s_addr, htonl(0x7f000001));
	assert_int_equal(wl_parse_addr("127.0.0.1:0", &sin, 0), -EINVAL);
	assert_int_equal(wl_parse_addr("127.0.0.1:0", &sin, 1), 0);
	assert_int_equal(wl_parse_addr("127.0.0.1", &sin, 1), -EINVAL);
	assert_int_equal(wl_parse_addr("localhost:80", &sin, 1), -EINVAL);
	assert_int_equal(wl_parse_addr("1.2.3.4:65536", &sin, 1), -EINVAL);
	assert_int_equal(wl_parse_addr(":80", &sin, 1), -EINVAL);
}

static void test_touch(void **state)
{
	uint8_t a[1000];

	(void)state;
	memset(a, 0, sizeof(a));
	assert_int_equal(wl_touch_xor(a, sizeof(a)), 0);
	assert_int_equal(wl_touch_xor(a, 0), 0);
	/* every byte counts, also in the 32-byte blocks, the words and the tail, at any alignment */
	for (size_t off = 0; off < 8; off++) {
		for (size_t i = off; i < sizeof(a); i++) {
			a[i] = 0x5a;
			assert_true(wl_touch_xor(a + off, sizeof(a) - off) != 0);
			a[i] = 0;
		}
	}
	/* the XOR of the 64-bit words */
	wl_pattern_fill(0, 0, a, 64);
	{
		uint64_t w[8], x = 0;

		memcpy(w, a, 64);
		for (int i = 0; i < 8; i++)
			x ^= w[i];
		assert_int_equal(wl_touch_xor(a, 64), x);
	}
}

static void test_pattern(void **state)
{
	uint8_t a[1000], b[1000];

	(void)state;
	wl_pattern_fill(3, 5, a, sizeof(a));
	assert_int_equal(wl_pattern_check(3, 5, a, sizeof(a)), -1);
	/* the same stream in pieces with odd boundaries */
	wl_pattern_fill(3, 5, b, 7);
	wl_pattern_fill(3, 12, b + 7, 993);
	assert_memory_equal(a, b, sizeof(a));
	/* another connection, another stream */
	wl_pattern_fill(4, 5, b, sizeof(b));
	assert_int_equal(wl_pattern_check(3, 5, b, sizeof(b)), 5);
	/* a corrupted byte: its offset */
	a[500] ^= 1;
	assert_int_equal(wl_pattern_check(3, 5, a, sizeof(a)), 505);
	/* a lost byte: the stream shifts, detected at or right after the loss */
	wl_pattern_fill(3, 0, a, sizeof(a));
	memmove(a + 100, a + 101, sizeof(a) - 101);
	assert_true(wl_pattern_check(3, 0, a, sizeof(a) - 1) >= 100);
	assert_true(wl_pattern_check(3, 0, a, sizeof(a) - 1) <= 108);
	/* a swapped word (reordering) */
	wl_pattern_fill(3, 0, a, sizeof(a));
	memcpy(b, a + 64, 8);
	memcpy(a + 64, a + 72, 8);
	memcpy(a + 72, b, 8);
	assert_int_equal(wl_pattern_check(3, 0, a, sizeof(a)), 64);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sizes),
		cmocka_unit_test(test_rates),
		cmocka_unit_test(test_durations_addrs),
		cmocka_unit_test(test_touch),
		cmocka_unit_test(test_pattern),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
