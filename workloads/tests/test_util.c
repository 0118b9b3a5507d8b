// SPDX-License-Identifier: MIT
/*
 * Description: size/rate/duration/address parsing, the token bucket (rate,
 * burst, waits) and the verify pattern (fill/check, first bad offset).
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

static void test_token_bucket(void **state)
{
	struct wl_tb tb;
	int64_t t = 1000000000;
	uint64_t sent = 0;

	(void)state;
	/* 1 MB/s, 10 KB burst; starts empty */
	wl_tb_init(&tb, 1e6, 10000, t);
	assert_int_equal(wl_tb_avail(&tb, t), 0);
	assert_int_equal(wl_tb_avail(&tb, t + 1000000), 1000); /* 1 ms -> 1000 bytes */
	/* a long idle period is capped at the burst */
	assert_int_equal(wl_tb_avail(&tb, t + 1000000000), 10000);
	wl_tb_take(&tb, 10000);
	assert_int_equal(wl_tb_avail(&tb, t + 1000000000), 0);
	/* the wait for 5000 bytes at 1 MB/s is 5 ms */
	assert_int_equal(wl_tb_wait_ns(&tb, t + 1000000000, 5000), 5000000);
	/* a want above the burst waits for the burst only */
	assert_int_equal(wl_tb_wait_ns(&tb, t + 1000000000, 50000), 10000000);
	/* over one simulated second in 100 us steps, a greedy sender gets the rate */
	t += 1000000000;
	for (int i = 1; i <= 10000; i++) {
		uint64_t a = wl_tb_avail(&tb, t + (int64_t)i * 100000);

		wl_tb_take(&tb, a);
		sent += a;
	}
	assert_true(sent >= 999000 && sent <= 1000000);
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
		cmocka_unit_test(test_token_bucket),
		cmocka_unit_test(test_pattern),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
