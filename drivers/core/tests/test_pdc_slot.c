// SPDX-License-Identifier: MIT
/*
 * Description: the control slot of pd_uapi.h.  Worker 0 serves a request a
 * process posted in its notify header exactly like the same request on the
 * control channel (answer, ctl_done, a wake-up); HELLO, STATS and SOCKETS
 * are refused there; a pending request keeps worker 0 from sleeping; a
 * one-way CLOSE posted just before the process dies is still served, so the
 * peer sees end-of-stream after the data, not a reset.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "pdc_harness.h"
#include "pdc_int.h"

static int setup(void **state)
{
	*state = hc_world_new();
	return *state ? 0 : -1;
}

static int teardown(void **state)
{
	assert_int_equal(hc_world_free(*state), 0);
	return 0;
}

static struct pd_notify_hdr *hdr(struct hc_proc *p)
{
	return (struct pd_notify_hdr *)p->notify;
}

/* the process's side: write the request, then publish its seq */
static void post(struct hc_proc *p, uint32_t op, uint32_t sd, uint64_t seq)
{
	struct pd_req req;

	memset(&req, 0, sizeof(req));
	req.op = op;
	req.sd = sd;
	req.seq = seq;
	req.u.hello.version = PD_UAPI_VERSION;
	memcpy(&hdr(p)->ctl_req, &req, sizeof(req));
	__atomic_store_n(&hdr(p)->ctl_post, seq, __ATOMIC_RELEASE);
}

static void test_served_like_the_channel(void **state)
{
	struct hc_world *e = *state;
	struct pd_notify_hdr *h = hdr(e->a);
	int wakes = e->a->wakes;
	uint32_t sd;

	assert_int_equal(h->ctl_slot, 1);
	post(e->a, PD_REQ_SOCKET, 0, 1);
	/* worker 1 does not serve slots */
	pdc_worker_poll(e->h->dev, 1, 0);
	assert_int_equal(h->ctl_done, 0);
	pdc_worker_poll(e->h->dev, 0, 0);
	assert_int_equal(h->ctl_done, 1);
	assert_int_equal(h->ctl_resp.seq, 1);
	assert_int_equal(h->ctl_resp.op, PD_REQ_SOCKET);
	assert_int_equal(h->ctl_resp.status, 0);
	assert_true(e->a->wakes > wakes);
	assert_int_equal(hc_ctr_stats(e->ca).sockets, 1);
	sd = h->ctl_resp.sd;
	/* the same seq again is not a new request */
	pdc_worker_poll(e->h->dev, 0, 0);
	assert_int_equal(hc_ctr_stats(e->ca).sockets, 1);
	/* BIND to an address the container does not have: the channel's error */
	{
		struct pd_req req;

		memset(&req, 0, sizeof(req));
		req.op = PD_REQ_BIND;
		req.sd = sd;
		req.seq = 2;
		req.u.inet.addr = 0x01020304;
		req.u.inet.port = 80;
		memcpy(&h->ctl_req, &req, sizeof(req));
		__atomic_store_n(&h->ctl_post, 2, __ATOMIC_RELEASE);
	}
	pdc_worker_poll(e->h->dev, 0, 0);
	assert_int_equal(h->ctl_done, 2);
	assert_int_equal(h->ctl_resp.status, -EADDRNOTAVAIL);
	post(e->a, PD_REQ_CLOSE | PD_REQ_F_NOREPLY, sd, 3);
	pdc_worker_poll(e->h->dev, 0, 0);
	assert_int_equal(h->ctl_done, 3);
	assert_int_equal(h->ctl_resp.seq, 2); /* one-way: no answer written */
	assert_int_equal(hc_ctr_stats(e->ca).sockets, 0);
}

static void test_channel_only_ops_refused(void **state)
{
	struct hc_world *e = *state;
	struct pd_notify_hdr *h = hdr(e->a);
	const uint32_t ops[] = { PD_REQ_HELLO, PD_REQ_STATS, PD_REQ_SOCKETS, 0, 0x7fff };
	uint64_t refused = hc_stats(e->h).refused;

	for (unsigned int i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		post(e->a, ops[i], 0, 10 + i);
		pdc_worker_poll(e->h->dev, 0, 0);
		assert_int_equal(h->ctl_done, 10 + i);
		assert_int_equal(h->ctl_resp.status, -EINVAL);
	}
	assert_true(hc_stats(e->h).refused >= refused + 3);
	assert_int_equal(hc_ctr_stats(e->ca).sockets, 0);
}

static void test_pending_keeps_worker0_awake(void **state)
{
	struct hc_world *e = *state;

	post(e->a, PD_REQ_SOCKET, 0, 5);
	assert_false(pdc_worker_sleep_prepare(e->h->dev, 0));
	/* worker 1 has nothing to do and may sleep */
	assert_true(pdc_worker_sleep_prepare(e->h->dev, 1));
	pdc_worker_sleep_done(e->h->dev, 1);
	pdc_worker_poll(e->h->dev, 0, 0);
	assert_int_equal(hdr(e->a)->ctl_done, 5);
	assert_true(pdc_worker_sleep_prepare(e->h->dev, 0));
	pdc_worker_sleep_done(e->h->dev, 0);
	post(e->a, PD_REQ_CLOSE, hdr(e->a)->ctl_resp.sd, 6);
	hc_run(e->h, 10);
	assert_int_equal(hdr(e->a)->ctl_done, 6);
}

static void test_close_posted_before_death_is_eof(void **state)
{
	struct hc_world *e = *state;
	uint8_t buf[16];
	int c, s;

	hc_pair(e->a, e->b, "198.18.0.2", 7000, &c, &s);
	assert_int_equal(hc_send(e->a, c, "last words", 10), 10);
	/* CLOSE posted one-way, and the process dies before any worker ran */
	post(e->a, PD_REQ_CLOSE | PD_REQ_F_NOREPLY, (uint32_t)c, 99);
	hc_proc_free(e->a);
	e->a = NULL;
	hc_run(e->h, 50);
	assert_int_equal(hc_recv(e->b, s, buf, sizeof(buf)), 10);
	assert_memory_equal(buf, "last words", 10);
	assert_true(hc_shm(e->b, s)->flags & PD_SF_PEER_SHUT);
	assert_false(hc_shm(e->b, s)->flags & PD_SF_RESET);
	assert_int_equal(hc_close(e->b, s), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_served_like_the_channel, setup, teardown),
		cmocka_unit_test_setup_teardown(test_channel_only_ops_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pending_keeps_worker0_awake, setup, teardown),
		cmocka_unit_test_setup_teardown(test_close_posted_before_death_is_eof, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
