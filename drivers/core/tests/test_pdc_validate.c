// SPDX-License-Identifier: MIT
/*
 * Description: the isolation rules of DESIGN section 5 as the core enforces
 * them.  Each bad value a process can give - send.prod backwards or beyond
 * the ring, SENT at the wrong offset / out of the ring / beyond the free
 * space, CONSUMED or recv.cons beyond what arrived or backwards - is refused,
 * counted (global and per container), sets the socket's sticky EINVAL, makes
 * no COPY, and leaves the connection usable: a pattern sent afterwards
 * arrives intact.
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
	unsigned int seq;
};

static int setup(void **state)
{
	struct env *e = calloc(1, sizeof(*e));

	e->h = hc_new(NULL);
	e->ca = hc_ctr_new(e->h, "198.18.0.1", 0);
	e->cb = hc_ctr_new(e->h, "198.18.0.2", 0);
	e->a = hc_proc_new(e->ca);
	e->b = hc_proc_new(e->cb);
	hc_pair(e->a, e->b, "198.18.0.2", 5555, &e->c, &e->s);
	*state = e;
	return 0;
}

static int teardown(void **state)
{
	struct env *e = *state;

	hc_proc_free(e->a);
	hc_proc_free(e->b);
	hc_run(e->h, 100);
	assert_int_equal(hc_ctr_free(e->ca), 0);
	assert_int_equal(hc_ctr_free(e->cb), 0);
	hc_free(e->h);
	free(e);
	return 0;
}

/* the connection still carries data both ways, intact */
static void still_usable(struct env *e)
{
	uint8_t out[5000], in[6000];
	size_t i;

	for (i = 0; i < sizeof(out); i++)
		out[i] = (uint8_t)(e->seq * 31 + i);
	e->seq++;
	assert_int_equal(hc_send(e->a, e->c, out, sizeof(out)), sizeof(out));
	hc_run(e->h, 100);
	assert_int_equal(hc_recv(e->b, e->s, in, sizeof(in)), sizeof(out));
	assert_memory_equal(in, out, sizeof(out));
	assert_int_equal(hc_send(e->b, e->s, out, 100), 100);
	hc_run(e->h, 100);
	assert_int_equal(hc_recv(e->a, e->c, in, sizeof(in)), 100);
	assert_memory_equal(in, out, 100);
	hc_run(e->h, 100);
	assert_false(hc_shm(e->a, e->c)->flags & PD_SF_RESET);
}

/* one refusal happened: counted twice (global, container), sticky EINVAL, cleared by GETOPT */
static void refused_once(struct env *e, struct hc_proc *p, int sd, uint64_t before)
{
	assert_int_equal(hc_stats(e->h).refused, before + 1);
	assert_int_equal(hc_ctr_stats(p->c).refused, before + 1);
	assert_int_equal(hc_shm(p, sd)->error, EINVAL);
	assert_int_equal(hc_getopt(p, sd, PD_OPT_ERROR), EINVAL);
	assert_int_equal(hc_shm(p, sd)->error, 0);
}

static void test_send_prod_backwards(void **state)
{
	struct env *e = *state;
	struct pd_sock_shm *m = hc_shm(e->a, e->c);
	uint64_t copied;

	still_usable(e); /* send.prod = 5000 */
	copied = hc_stats(e->h).bytes_copied;
	__atomic_store_n(&m->send.prod, 4000, __ATOMIC_RELEASE);
	hc_kick(e->a, e->c);
	hc_run(e->h, 100);
	refused_once(e, e->a, e->c, 0);
	assert_int_equal(hc_stats(e->h).bytes_copied, copied);
	/* the process puts its counter back; the connection goes on */
	__atomic_store_n(&m->send.prod, 5000, __ATOMIC_RELEASE);
	still_usable(e);
}

static void test_send_prod_beyond_ring(void **state)
{
	struct env *e = *state;
	struct pd_sock_shm *m = hc_shm(e->a, e->c);

	/* 16 KiB ring, nothing in flight: prod - cons may be at most 16384 */
	__atomic_store_n(&m->send.prod, 16385, __ATOMIC_RELEASE);
	hc_kick(e->a, e->c);
	hc_run(e->h, 100);
	refused_once(e, e->a, e->c, 0);
	assert_int_equal(hc_stats(e->h).commands, 0);
	assert_int_equal(hc_shm(e->b, e->s)->recv.prod, 0);
	__atomic_store_n(&m->send.prod, 0, __ATOMIC_RELEASE);
	still_usable(e);
	/* exactly a full ring is fine */
	__atomic_store_n(&m->send.prod, 5000 + 16384, __ATOMIC_RELEASE);
	hc_kick(e->a, e->c);
	hc_run(e->h, 100);
	assert_int_equal(hc_stats(e->h).refused, 1);
	assert_int_equal(hc_shm(e->b, e->s)->recv.prod, 5000 + 16384);
}

static void sent(struct env *e, uint64_t off, uint64_t len, int expect)
{
	struct pd_req r = { 0 };

	r.u.data.off = off;
	r.u.data.len = len;
	assert_int_equal(hc_req(e->a, PD_REQ_SENT, (uint32_t)e->c, &r, NULL), expect);
}

static void test_sent_rules(void **state)
{
	struct env *e = *state;

	still_usable(e); /* prod = cons = 5000 */
	sent(e, 5001, 10, -EINVAL); /* not prod & mask */
	refused_once(e, e->a, e->c, 0);
	sent(e, 16384 + 5000, 10, -EINVAL); /* off >= ring size */
	refused_once(e, e->a, e->c, 1);
	sent(e, 5000, 16385, -EINVAL); /* more than the free space */
	refused_once(e, e->a, e->c, 2);
	assert_int_equal(hc_stats(e->h).commands, 2);
	still_usable(e);
}

static void consumed(struct env *e, uint64_t len, int expect)
{
	struct pd_req r = { 0 };

	r.u.data.len = len;
	assert_int_equal(hc_req(e->b, PD_REQ_CONSUMED, (uint32_t)e->s, &r, NULL), expect);
}

static void test_consumed_rules(void **state)
{
	struct env *e = *state;
	struct pd_sock_shm *m = hc_shm(e->b, e->s);
	uint8_t out[300];

	memset(out, 1, sizeof(out));
	hc_send(e->a, e->c, out, sizeof(out));
	hc_run(e->h, 100);
	/* 300 bytes arrived: CONSUMED 301 is beyond them */
	consumed(e, 301, -EINVAL);
	refused_once(e, e->b, e->s, 0);
	consumed(e, (uint64_t)-1, -EINVAL); /* a "backwards" length wraps: refused as well */
	refused_once(e, e->b, e->s, 1);
	/* recv.cons in shared memory beyond the received bytes */
	__atomic_store_n(&m->recv.cons, 301, __ATOMIC_RELEASE);
	hc_kick(e->b, e->s);
	hc_run(e->h, 100);
	refused_once(e, e->b, e->s, 2);
	/* a legitimate partial release, then one backwards */
	__atomic_store_n(&m->recv.cons, 200, __ATOMIC_RELEASE);
	hc_kick(e->b, e->s);
	hc_run(e->h, 100);
	assert_int_equal(hc_stats(e->h).refused, 3);
	__atomic_store_n(&m->recv.cons, 100, __ATOMIC_RELEASE);
	hc_kick(e->b, e->s);
	hc_run(e->h, 100);
	refused_once(e, e->b, e->s, 3);
	__atomic_store_n(&m->recv.cons, 300, __ATOMIC_RELEASE);
	hc_kick(e->b, e->s);
	hc_run(e->h, 100);
	assert_int_equal(hc_stats(e->h).refused, 4);
	still_usable(e);
}

/* a refusal in one connection leaves another untouched */
static void test_other_connection_unaffected(void **state)
{
	struct env *e = *state;
	int c2, s2;
	uint8_t in[64];

	hc_pair(e->a, e->b, "198.18.0.2", 5556, &c2, &s2);
	__atomic_store_n(&hc_shm(e->a, e->c)->send.prod, (uint64_t)-5, __ATOMIC_RELEASE);
	hc_kick(e->a, e->c);
	assert_int_equal(hc_send(e->a, c2, "other", 5), 5);
	hc_run(e->h, 100);
	assert_int_equal(hc_stats(e->h).refused, 1);
	assert_int_equal(hc_recv(e->b, s2, in, sizeof(in)), 5);
	assert_memory_equal(in, "other", 5);
	assert_int_equal(hc_shm(e->a, c2)->error, 0);
	__atomic_store_n(&hc_shm(e->a, e->c)->send.prod, 0, __ATOMIC_RELEASE);
	still_usable(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_send_prod_backwards, setup, teardown),
		cmocka_unit_test_setup_teardown(test_send_prod_beyond_ring, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sent_rules, setup, teardown),
		cmocka_unit_test_setup_teardown(test_consumed_rules, setup, teardown),
		cmocka_unit_test_setup_teardown(test_other_connection_unaffected, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
