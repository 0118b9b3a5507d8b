// SPDX-License-Identifier: MIT
/*
 * Description: pdbench's parsers on real tool output captured on this machine
 * (iperf3 -J, sockperf with its ANSI colours) and on perftest's documented
 * format (bench/tests/data/README.md), plus the JSON path lookup and the
 * size/rate/duration parsers of the option table.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../pdbench.h"

static char *data(const char *name)
{
	char path[PATH_MAX];
	const char *root = getenv("PD_ROOT");
	char *s;

	snprintf(path, sizeof(path), "%s/bench/tests/data/%s", root ? root : ".", name);
	s = pdb_slurp(path);
	if (!s)
		fail_msg("cannot read %s (set PD_ROOT to the source tree)", path);
	return s;
}

static void iperf3_paced(void **state)
{
	char *j = data("iperf3-cpu-2G.json"), err[128];
	double bps, bytes, secs;

	(void)state;
	assert_int_equal(pdb_parse_iperf3(j, &bps, &bytes, &secs, err, sizeof(err)), 0);
	/* end.sum_received, not the first "bits_per_second" of the intervals */
	assert_true(bps > 1998909540.0 && bps < 1998909541.0);
	assert_true(bytes == 499843072.0);
	assert_true(secs > 2.0004 && secs < 2.0005);
	free(j);
}

static void iperf3_parallel(void **state)
{
	char *j = data("iperf3-cpu-P2.json"), err[128];
	double bps, bytes, secs;

	(void)state;
	assert_int_equal(pdb_parse_iperf3(j, &bps, &bytes, &secs, err, sizeof(err)), 0);
	assert_true(bps > 23988804100.0 && bps < 23988804101.0);
	assert_true(bytes == 2998927360.0);
	free(j);
}

static void iperf3_error(void **state)
{
	char *j = data("iperf3-refused.json"), err[128];
	double bps, bytes, secs;

	(void)state;
	assert_int_not_equal(pdb_parse_iperf3(j, &bps, &bytes, &secs, err, sizeof(err)), 0);
	assert_non_null(strstr(err, "Connection refused"));
	assert_int_not_equal(pdb_parse_iperf3("", &bps, &bytes, &secs, err, sizeof(err)), 0);
	assert_int_not_equal(pdb_parse_iperf3("{\"start\":{}}", &bps, &bytes, &secs, err, sizeof(err)),
			     0);
	free(j);
}

static void sockperf_pp(void **state)
{
	char *t = data("sockperf-pp-tcp-64.txt");
	struct pdb_result r = { 0 };

	(void)state;
	assert_non_null(strchr(t, 0x1b));	/* the capture really has colour codes */
	assert_int_equal(pdb_parse_sockperf(t, &r), 0);
	assert_null(strchr(t, 0x1b));
	assert_int_equal(r.samples, 107883);
	assert_true(r.p50 == 6.719);
	assert_true(r.p90 == 7.155);
	assert_true(r.p99 == 10.275);
	assert_true(r.p999 == 27.986);
	assert_true(r.max == 1910.438);
	free(t);
}

static void sockperf_truncated(void **state)
{
	char *t = data("sockperf-pp-tcp-64.txt");
	struct pdb_result r = { 0 };
	char *cut = strstr(t, "percentile 99.000");

	(void)state;
	assert_non_null(cut);
	*cut = 0;	/* a run killed before its summary was complete */
	assert_int_not_equal(pdb_parse_sockperf(t, &r), 0);
	free(t);
}

static void perftest_bw(void **state)
{
	char *t = data("perftest-write-bw-q4-1k.txt");
	double gbps = 0, mpps = 0;

	(void)state;
	assert_int_equal(pdb_parse_perftest_bw(t, &gbps, &mpps), 0);
	assert_true(gbps == 37.34);
	assert_true(mpps == 4.558023);
	assert_int_not_equal(pdb_parse_perftest_bw(" Did not detect devices\n", &gbps, &mpps), 0);
	free(t);
}

static void json_paths(void **state)
{
	const char *j = "{\"a\": {\"end\": 1.5, \"s\": \"x,}\\\"\", \"arr\": [1, {\"b\": 2}]},"
			" \"end\": {\"b\": 7, \"c\": {\"d\": -3e2}}, \"bytes\": 42}";
	double v;

	(void)state;
	assert_int_equal(pdb_json_num(j, "end.b", &v), 0);
	assert_true(v == 7);
	assert_int_equal(pdb_json_num(j, "end.c.d", &v), 0);
	assert_true(v == -300);
	assert_int_equal(pdb_json_num(j, "bytes", &v), 0);
	assert_true(v == 42);
	assert_int_equal(pdb_json_num(j, "a.end", &v), 0);
	assert_true(v == 1.5);
	assert_int_not_equal(pdb_json_num(j, "end.x", &v), 0);
	assert_int_not_equal(pdb_json_num(j, "b", &v), 0);	/* only top-level members */
	assert_int_not_equal(pdb_json_num(j, "a.s", &v), 0);	/* a string, not a number */
}

static void sizes_rates(void **state)
{
	uint64_t b;
	double x;

	(void)state;
	assert_int_equal(pdb_parse_size("64K", &b), 0);
	assert_int_equal(b, 65536);
	assert_int_equal(pdb_parse_size("1M", &b), 0);
	assert_int_equal(b, 1 << 20);
	assert_int_equal(pdb_parse_size("4GiB", &b), 0);
	assert_int_equal(b, 4ull << 30);
	assert_int_not_equal(pdb_parse_size("12Q", &b), 0);
	assert_int_not_equal(pdb_parse_size("-1", &b), 0);
	assert_int_not_equal(pdb_parse_size("0.3", &b), 0);
	assert_int_equal(pdb_parse_rate("80G", &x), 0);
	assert_true(x == 80e9);
	assert_int_equal(pdb_parse_rate("500M", &x), 0);
	assert_true(x == 500e6);
	assert_int_not_equal(pdb_parse_rate("0", &x), 0);
	assert_int_not_equal(pdb_parse_rate("fast", &x), 0);
	assert_int_equal(pdb_parse_duration("10s", &x), 0);
	assert_true(x == 10);
	assert_int_equal(pdb_parse_duration("500ms", &x), 0);
	assert_true(x == 0.5);
	assert_int_not_equal(pdb_parse_duration("10h", &x), 0);
}

static void ansi(void **state)
{
	char s[] = "\x1b[2;35m====> avg-latency=7.172\x1b[0m end";

	(void)state;
	assert_string_equal(pdb_strip_ansi(s), "====> avg-latency=7.172 end");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(iperf3_paced),	    cmocka_unit_test(iperf3_parallel),
		cmocka_unit_test(iperf3_error),	    cmocka_unit_test(sockperf_pp),
		cmocka_unit_test(sockperf_truncated), cmocka_unit_test(perftest_bw),
		cmocka_unit_test(json_paths),	    cmocka_unit_test(sizes_rates),
		cmocka_unit_test(ansi),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
