// SPDX-License-Identifier: MIT
/*
 * Description: COPY commands at ring ends: a transfer that crosses the end
 * of the source ring, of the destination ring, or of both at once is split
 * (one command per contiguous piece) and the bytes arrive intact; a copy
 * never exceeds the receiver's free space.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "pdc_harness.h"

struct env {
	struct hc *h;
	struct hc_ctr *ca, *cb;
	struct hc_proc *a, *b;
	int c, s;
};

static struct env *env_new(uint32_t send_ring, uint32_t recv_ring)
{
	struct env *e = calloc(1, sizeof(*e));
	int l;

	e->h = hc_new(NULL);
	e->ca = hc_ctr_new(e->h, "198.18.0.1", 0);
	e->cb = hc_ctr_new(e->h, "198.18.0.2", 0);
	e->a = hc_proc_new(e->ca);
	e->b = hc_proc_new(e->cb);
	l = hc_socket(e->b);
	e->c = hc_socket(e->a);
	assert_int_equal(hc_setopt(e->b, l, PD_OPT_RING_SIZE, recv_ring), 0);
	assert_int_equal(hc_setopt(e->a, e->c, PD_OPT_RING_SIZE, send_ring), 0);
	assert_int_equal(hc_bind(e->b, l, "198.18.0.2", 1234), 0);
	assert_int_equal(hc_listen(e->b, l, 1), 0);
	assert_int_equal(hc_connect(e->a, e->c, "198.18.0.2", 1234), 0);
	e->s = hc_accept(e->b, l);
	assert_true(e->s >= 0);
	hc_close(e->b, l);
	return e;
}

static void env_free(struct env *e)
{
	hc_proc_free(e->a);
	hc_proc_free(e->b);
	hc_run(e->h, 100);
	assert_int_equal(hc_ctr_free(e->ca), 0);
	assert_int_equal(hc_ctr_free(e->cb), 0);
	hc_free(e->h);
	free(e);
}

static void fill(uint8_t *buf, size_t n, unsigned int seed)
{
	size_t i;

	for (i = 0; i < n; i++)
		buf[i] = (uint8_t)(seed * 131 + i * 7 + (i >> 8));
}

/* send n bytes, run, receive them all; returns the COPY commands it took */
static uint64_t transfer(struct env *e, size_t n, unsigned int seed)
{
	uint8_t out[16384], in[16384];
	uint64_t before = hc_stats(e->h).commands;

	assert_true(n <= sizeof(out));
	fill(out, n, seed);
	assert_int_equal(hc_send(e->a, e->c, out, n), n);
	hc_run(e->h, 100);
	memset(in, 0, sizeof(in));
	assert_int_equal(hc_recv(e->b, e->s, in, sizeof(in)), n);
	assert_memory_equal(in, out, n);
	hc_run(e->h, 100);
	return hc_stats(e->h).commands - before;
}

static void test_no_wrap(void **state)
{
	struct env *e = env_new(8192, 8192);

	(void)state;
	assert_int_equal(transfer(e, 6000, 1), 1);
	env_free(e);
}

static void test_source_wrap(void **state)
{
	struct env *e = env_new(8192, 16384);

	(void)state;
	assert_int_equal(transfer(e, 6000, 1), 1);
	/* 6000..10000: the send ring ends at 8192, the receive ring does not */
	assert_int_equal(transfer(e, 4000, 2), 2);
	env_free(e);
}

static void test_destination_wrap(void **state)
{
	struct env *e = env_new(16384, 8192);

	(void)state;
	assert_int_equal(transfer(e, 6000, 1), 1);
	assert_int_equal(transfer(e, 4000, 2), 2);
	env_free(e);
}

static void test_both_wrap(void **state)
{
	struct env *e = env_new(8192, 8192);
	int i;

	(void)state;
	assert_int_equal(transfer(e, 6000, 1), 1);
	/* both rings end at the same byte: one split point, two commands */
	assert_int_equal(transfer(e, 4000, 2), 2);
	/* and many more passes, each piece checked */
	for (i = 0; i < 50; i++)
		assert_in_range(transfer(e, 3000 + (size_t)i * 97, 3 + i), 1, 2);
	assert_int_equal(hc_stats(e->h).faults, 0);
	env_free(e);
}

static void test_receiver_space(void **state)
{
	struct env *e = env_new(16384, 4096);
	uint8_t out[12000], in[12000];
	size_t got = 0, n;
	int rounds = 0;

	(void)state;
	fill(out, sizeof(out), 9);
	assert_int_equal(hc_send(e->a, e->c, out, sizeof(out)), sizeof(out));
	hc_run(e->h, 100);
	/* only what fits in the 4 KiB receive ring was copied */
	assert_int_equal(hc_shm(e->b, e->s)->recv.prod, 4096);
	assert_int_equal(hc_shm(e->a, e->c)->send.cons, 4096);
	while (got < sizeof(out) && rounds++ < 100) {
		n = hc_recv(e->b, e->s, in + got, 1000);
		got += n;
		hc_run(e->h, 100);
	}
	assert_int_equal(got, sizeof(out));
	assert_memory_equal(in, out, sizeof(out));
	env_free(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_wrap),
		cmocka_unit_test(test_source_wrap),
		cmocka_unit_test(test_destination_wrap),
		cmocka_unit_test(test_both_wrap),
		cmocka_unit_test(test_receiver_space),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
