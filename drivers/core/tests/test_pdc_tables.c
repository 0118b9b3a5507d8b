// SPDX-License-Identifier: MIT
/*
 * Description: the core's tables through pdc_request: bind (address not in
 * the container, in use, ephemeral, loopback per container), listen, connect
 * (refused, backlog full, established at once), accept, bad descriptors and
 * operations, socket table exhaustion, options, HELLO.
 */
#include <arpa/inet.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "pdc_harness.h"

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

static void test_hello_and_header(void **state)
{
	struct hc_world *e = *state;
	struct pd_req r = { 0 };
	struct pd_resp rr;
	struct pd_notify_hdr *hdr = (struct pd_notify_hdr *)e->a->notify;

	assert_int_equal(hdr->magic, PD_NOTIFY_MAGIC);
	assert_int_equal(hdr->max_sockets, 64);
	assert_int_equal(hdr->workers, 2);
	assert_int_equal(hdr->event_seq, 0);
	r.u.hello.version = PD_UAPI_VERSION;
	assert_int_equal(hc_req(e->a, PD_REQ_HELLO, 0, &r, &rr), 0);
	assert_int_equal(rr.u.hello.max_sockets, 64);
	assert_int_equal(rr.u.hello.workers, 2);
	assert_int_equal(rr.u.hello.container, pdc_ctr_id(e->ca->ctr));
	assert_int_equal(rr.u.hello.notify_size, pd_notify_size(64));
	r.u.hello.version = 99;
	assert_int_equal(hc_req(e->a, PD_REQ_HELLO, 0, &r, NULL), -EPROTO);
}

static void test_bad_sd_and_op(void **state)
{
	struct hc_world *e = *state;
	int sd;

	assert_int_equal(hc_req(e->a, 999, 0, NULL, NULL), -EINVAL);
	assert_int_equal(hc_req(e->a, 0, 0, NULL, NULL), -EINVAL);
	assert_int_equal(hc_bind(e->a, 5, NULL, 80), -EBADF);
	assert_int_equal(hc_close(e->a, 64), -EBADF);
	assert_int_equal(hc_close(e->a, -1), -EBADF);
	sd = hc_socket(e->a);
	assert_true(sd >= 0);
	assert_int_equal(hc_close(e->a, sd), 0);
	assert_int_equal(hc_close(e->a, sd), -EBADF);
	/* another process's descriptor numbers mean nothing here */
	sd = hc_socket(e->b);
	assert_int_equal(sd, 0);
	assert_int_equal(hc_listen(e->a, sd, 1), -EBADF);
	assert_int_equal(hc_close(e->b, sd), 0);
}

static void test_bind(void **state)
{
	struct hc_world *e = *state;
	int s1 = hc_socket(e->a), s2 = hc_socket(e->a), s3 = hc_socket(e->a), s4 = hc_socket(e->b);
	int s5 = hc_socket(e->b);
	struct pd_resp rr;

	assert_int_equal(hc_bind(e->a, s1, "198.18.0.2", 5000), -EADDRNOTAVAIL);
	assert_int_equal(hc_bind(e->a, s1, "198.18.0.1", 5000), 0);
	assert_int_equal(hc_bind(e->a, s1, "198.18.0.1", 5001), -EINVAL); /* bound already */
	assert_int_equal(hc_bind(e->a, s2, "198.18.0.1", 5000), -EADDRINUSE);
	assert_int_equal(hc_bind(e->a, s2, NULL, 5000), -EADDRINUSE); /* ANY covers it */
	assert_int_equal(hc_bind(e->a, s2, "127.0.0.1", 6000), 0);
	/* loopback is per container */
	assert_int_equal(hc_bind(e->b, s4, "127.0.0.1", 6000), 0);
	assert_int_equal(hc_bind(e->b, s5, NULL, 5000), 0);
	/* ephemeral */
	assert_int_equal(hc_bind(e->a, s3, NULL, 0), 0);
	assert_int_equal(hc_req(e->a, PD_REQ_INFO, (uint32_t)s3, NULL, &rr), 0);
	assert_in_range(ntohs(rr.u.info.local_port), 32768, 60999);
	/* closing frees the key */
	assert_int_equal(hc_close(e->a, s1), 0);
	s1 = hc_socket(e->a);
	assert_int_equal(hc_bind(e->a, s1, "198.18.0.1", 5000), 0);
	hc_close(e->a, s1);
	hc_close(e->a, s2);
	hc_close(e->a, s3);
	hc_close(e->b, s4);
	hc_close(e->b, s5);
}

static void test_connect_refused_and_backlog(void **state)
{
	struct hc_world *e = *state;
	int l = hc_socket(e->b), c[4], i, n;
	struct pd_sock_shm *lm;
	int wakes;

	for (i = 0; i < 4; i++)
		c[i] = hc_socket(e->a);
	assert_int_equal(hc_connect(e->a, c[0], "198.18.0.2", 7000), -ECONNREFUSED);
	assert_int_equal(hc_bind(e->b, l, "198.18.0.2", 7000), 0);
	/* bound but not listening */
	assert_int_equal(hc_connect(e->a, c[0], "198.18.0.2", 7000), -ECONNREFUSED);
	assert_int_equal(hc_listen(e->b, l, 2), 0);
	/* loopback of another container does not reach it */
	assert_int_equal(hc_connect(e->a, c[0], "127.0.0.1", 7000), -ECONNREFUSED);
	wakes = e->b->wakes;
	assert_int_equal(hc_connect(e->a, c[0], "198.18.0.2", 7000), 0);
	assert_true(e->b->wakes > wakes);
	assert_int_equal(hc_connect(e->a, c[0], "198.18.0.2", 7000), -EISCONN);
	assert_int_equal(hc_connect(e->a, c[1], "198.18.0.2", 7000), 0);
	assert_int_equal(hc_connect(e->a, c[2], "198.18.0.2", 7000), -ECONNREFUSED); /* backlog 2 */
	lm = hc_shm(e->b, l);
	assert_int_equal(lm->accepts, 2);
	assert_int_equal(lm->state, PD_SS_LISTEN);
	assert_int_equal(hc_shm(e->a, c[0])->state, PD_SS_CONNECTED);
	n = hc_accept(e->b, l);
	assert_true(n >= 0);
	assert_int_equal(lm->accepts, 1);
	assert_int_equal(hc_shm(e->b, n)->state, PD_SS_CONNECTED);
	assert_int_equal(hc_connect(e->a, c[2], "198.18.0.2", 7000), 0);
	assert_true(hc_accept(e->b, l) >= 0);
	assert_true(hc_accept(e->b, l) >= 0);
	assert_int_equal(hc_accept(e->b, l), -EAGAIN);
	assert_int_equal(hc_accept(e->b, c[3] >= 0 ? l : l), -EAGAIN);
	assert_int_equal(hc_listen(e->a, c[0], 1), -EINVAL); /* connected */
	assert_int_equal(hc_accept(e->a, c[3]), -EINVAL);     /* not a listener */
	/* addresses in the response */
	{
		struct pd_resp rr;

		assert_int_equal(hc_req(e->b, PD_REQ_INFO, (uint32_t)n, NULL, &rr), 0);
		assert_int_equal(ntohs(rr.u.info.local_port), 7000);
		assert_int_equal(rr.u.info.peer_addr, e->ca->addr);
		assert_int_equal(rr.u.info.send_size, 16384);
	}
	hc_close(e->b, l);
	for (i = 0; i < 4; i++)
		hc_close(e->a, c[i]);
}

/*
 * A full backlog: a container that holds more unaccepted connections than a
 * newcomer's container loses its oldest one to the newcomer; a container
 * that holds the most is refused.
 */
static void test_backlog_flood(void **state)
{
	struct hc_world *e = *state;
	struct hc_ctr *cc = hc_ctr_new(e->h, "198.18.0.3", 0);
	struct hc_proc *x = hc_proc_new(cc);
	int l = hc_socket(e->b), c[5], y, i;

	assert_int_equal(hc_bind(e->b, l, "198.18.0.2", 7100), 0);
	assert_int_equal(hc_listen(e->b, l, 4), 0);
	for (i = 0; i < 4; i++) {
		c[i] = hc_socket(e->a);
		assert_int_equal(hc_connect(e->a, c[i], "198.18.0.2", 7100), 0);
	}
	/* a holds all 4: a fifth of its own is refused */
	c[4] = hc_socket(e->a);
	assert_int_equal(hc_connect(e->a, c[4], "198.18.0.2", 7100), -ECONNREFUSED);
	/* x's client gets in; a's oldest is reset */
	y = hc_socket(x);
	i = hc_connect(x, y, "198.18.0.2", 7100);
	assert_int_equal(i, 0);
	assert_true(hc_shm(e->a, c[0])->flags & PD_SF_RESET);
	assert_false(hc_shm(e->a, c[1])->flags & PD_SF_RESET);
	assert_int_equal(hc_shm(e->b, l)->accepts, 4);
	/* the listener takes them in order: a's three, then x's */
	for (i = 0; i < 4; i++)
		assert_true(hc_accept(e->b, l) >= 0);
	assert_int_equal(hc_accept(e->b, l), -EAGAIN);
	assert_false(hc_shm(x, y)->flags & PD_SF_RESET);
	hc_close(e->b, l);
	for (i = 0; i < 5; i++)
		hc_close(e->a, c[i]);
	hc_close(x, y);
	hc_proc_free(x);
	hc_run(e->h, 10);
	hc_ctr_free(cc);
}

/* The caller died before ACCEPT: the accepted socket is reset, and has rings like any other */
static void test_accept_after_caller_died(void **state)
{
	struct hc_world *e = *state;
	struct hc_ctr *cc = hc_ctr_new(e->h, "198.18.0.3", 0);
	struct hc_proc *x = hc_proc_new(cc);
	int l = hc_socket(e->b), y = hc_socket(x), n;
	struct pd_resp rr;

	assert_int_equal(hc_bind(e->b, l, "198.18.0.2", 7200), 0);
	assert_int_equal(hc_listen(e->b, l, 4), 0);
	assert_int_equal(hc_connect(x, y, "198.18.0.2", 7200), 0);
	hc_proc_free(x);
	hc_run(e->h, 10);
	n = hc_accept(e->b, l);
	assert_true(n >= 0);
	assert_true(hc_shm(e->b, n)->flags & PD_SF_RESET);
	assert_int_equal(hc_req(e->b, PD_REQ_INFO, (uint32_t)n, NULL, &rr), 0);
	assert_int_equal(rr.u.info.send_size, 16384);
	assert_int_equal(rr.u.info.recv_size, 16384);
	hc_close(e->b, n);
	hc_close(e->b, l);
	hc_run(e->h, 10);
	assert_int_equal(hc_ctr_stats(e->cb).mem_used, 0);
	hc_ctr_free(cc);
}

static void test_loopback_and_any(void **state)
{
	struct hc_world *e = *state;
	int l = hc_socket(e->a), c = hc_socket(e->a), c2 = hc_socket(e->b);

	assert_int_equal(hc_bind(e->a, l, NULL, 8000), 0);
	assert_int_equal(hc_listen(e->a, l, 4), 0);
	assert_int_equal(hc_connect(e->a, c, "127.0.0.1", 8000), 0); /* own container */
	assert_int_equal(hc_connect(e->b, c2, "127.0.0.1", 8000), -ECONNREFUSED);
	assert_int_equal(hc_connect(e->b, c2, "198.18.0.1", 8000), 0); /* ANY covers its address */
	hc_close(e->a, l);
	/* the queued connections are reset */
	assert_true(hc_shm(e->a, c)->flags & PD_SF_RESET);
	assert_true(hc_shm(e->b, c2)->flags & PD_SF_RESET);
	assert_int_equal(hc_getopt(e->b, c2, PD_OPT_ERROR), ECONNRESET);
	assert_int_equal(hc_getopt(e->b, c2, PD_OPT_ERROR), 0);
	hc_close(e->a, c);
	hc_close(e->b, c2);
}

static void test_socket_table_full(void **state)
{
	struct hc_world *e = *state;
	int sd[64], i, l, c;

	for (i = 0; i < 64; i++) {
		sd[i] = hc_socket(e->a);
		assert_int_equal(sd[i], i);
	}
	assert_int_equal(hc_socket(e->a), -EMFILE);
	/* the peer's table full: connect has nowhere to put the server side */
	l = hc_socket(e->b);
	hc_bind(e->b, l, "198.18.0.2", 9000);
	hc_listen(e->b, l, 8);
	hc_close(e->a, sd[63]);
	c = hc_socket(e->a);
	assert_int_equal(c, 63);
	for (i = 0; i < 63; i++) {
		assert_int_equal(hc_close(e->a, sd[i]), 0);
	}
	for (i = 0; i < 63; i++)
		assert_true(hc_socket(e->b) > 0);
	assert_int_equal(hc_connect(e->a, c, "198.18.0.2", 9000), -ENOBUFS);
	for (i = 1; i < 64; i++)
		hc_close(e->b, i);
	assert_int_equal(hc_connect(e->a, c, "198.18.0.2", 9000), 0);
	hc_close(e->a, c);
	hc_close(e->b, l);
}

static void test_options(void **state)
{
	struct hc_world *e = *state;
	int c = hc_socket(e->a), s, l = hc_socket(e->b);

	assert_int_equal(hc_getopt(e->a, c, PD_OPT_RING_SIZE), 16384);
	assert_int_equal(hc_setopt(e->a, c, PD_OPT_RING_SIZE, 3000), -EINVAL);
	assert_int_equal(hc_setopt(e->a, c, PD_OPT_RING_SIZE, 1u << 30), -EINVAL);
	assert_int_equal(hc_setopt(e->a, c, PD_OPT_RING_SIZE, 8192), 0);
	assert_int_equal(hc_setopt(e->b, l, PD_OPT_RING_SIZE, 65536), 0);
	assert_int_equal(hc_setopt(e->a, c, 77, 1), -ENOPROTOOPT);
	assert_int_equal(hc_setopt(e->a, c, PD_OPT_NODELAY, 1), 0);
	hc_bind(e->b, l, "198.18.0.2", 9100);
	hc_listen(e->b, l, 1);
	assert_int_equal(hc_connect(e->a, c, "198.18.0.2", 9100), 0);
	s = hc_accept(e->b, l);
	assert_true(s >= 0);
	assert_int_equal(hc_getopt(e->a, c, PD_OPT_SNDBUF), 8192);
	assert_int_equal(hc_getopt(e->b, s, PD_OPT_RCVBUF), 65536);
	assert_int_equal(hc_setopt(e->a, c, PD_OPT_RING_SIZE, 8192), -EISCONN);
	hc_close(e->a, c);
	hc_close(e->b, s);
	hc_close(e->b, l);
}

static void test_shutdown_eof(void **state)
{
	struct hc_world *e = *state;
	int c, s;
	char buf[16];

	hc_pair(e->a, e->b, "198.18.0.2", 9200, &c, &s);
	assert_int_equal(hc_shutdown(e->a, c, 9), -EINVAL);
	assert_int_equal(hc_send(e->a, c, "hello", 5), 5);
	assert_int_equal(hc_shutdown(e->a, c, PD_SHUT_WR), 0);
	/* EOF only after the data */
	assert_false(hc_shm(e->b, s)->flags & PD_SF_PEER_SHUT);
	hc_run(e->h, 100);
	assert_true(hc_shm(e->b, s)->flags & PD_SF_PEER_SHUT);
	assert_int_equal(hc_recv(e->b, s, buf, sizeof(buf)), 5);
	assert_memory_equal(buf, "hello", 5);
	/* the other direction still works, then close gives EOF too */
	assert_int_equal(hc_send(e->b, s, "back", 4), 4);
	hc_run(e->h, 100);
	assert_int_equal(hc_recv(e->a, c, buf, sizeof(buf)), 4);
	assert_int_equal(hc_close(e->b, s), 0);
	hc_run(e->h, 100);
	assert_true(hc_shm(e->a, c)->flags & PD_SF_PEER_SHUT);
	assert_false(hc_shm(e->a, c)->flags & PD_SF_RESET);
	assert_int_equal(hc_shutdown(e->a, s, PD_SHUT_WR), -EBADF);
	hc_close(e->a, c);
	hc_run(e->h, 100);
	assert_int_equal(hc_ctr_stats(e->ca).mem_used, 0);
	assert_int_equal(hc_ctr_stats(e->cb).mem_used, 0);
}

static void test_stats_records(void **state)
{
	struct hc_world *e = *state;
	uint8_t buf[1024];
	struct pd_req r = { 0 };
	struct pd_resp rr;
	struct pd_stats_global *g = (struct pd_stats_global *)buf;
	struct pd_stats_ctr *rec = (struct pd_stats_ctr *)(buf + sizeof(struct pd_stats_global));
	struct pd_sock_stat *ss = (struct pd_sock_stat *)buf;
	int c, s, c2, s2;

	hc_pair(e->a, e->b, "198.18.0.2", 9300, &c, &s);
	/* b's container has a second connection of its own: a must not see it */
	hc_pair(e->b, e->b, "198.18.0.2", 9301, &c2, &s2);
	r.op = PD_REQ_STATS;
	/* a tenant: its own container only */
	assert_int_equal(pdc_request(e->a->proc, &r, &rr, buf, sizeof(buf)), 0);
	assert_int_equal(rr.nrec, 2);
	assert_int_equal(rr.val, 2);
	assert_int_equal(g->scope, PD_STATS_SCOPE_OWN);
	assert_int_equal(g->containers, 1);
	assert_int_equal(g->sockets, 1);
	assert_int_equal(rec->container, pdc_ctr_id(e->ca->ctr));
	assert_int_equal(rec->sockets, 1);
	r.op = PD_REQ_SOCKETS;
	assert_int_equal(pdc_request(e->a->proc, &r, &rr, buf, sizeof(buf)), 0);
	assert_int_equal(rr.nrec, 1);
	assert_int_equal(rr.val, 1);
	assert_int_equal(ss[0].container, pdc_ctr_id(e->ca->ctr));
	assert_int_equal(ss[0].peer_port, htons(9300));

	/* the administrator: every container */
	pdc_proc_set_sees_all(e->a->proc, true);
	r.op = PD_REQ_STATS;
	assert_int_equal(pdc_request(e->a->proc, &r, &rr, buf, sizeof(buf)), 0);
	assert_int_equal(rr.nrec, 3);
	assert_int_equal(g->scope, PD_STATS_SCOPE_ALL);
	assert_int_equal(g->sockets, 4);
	assert_int_equal(g->containers, 2);
	/* the global record is 128 bytes, then one 64-byte record per container */
	assert_true(rec->sockets == 1 || rec->sockets == 3);
	r.op = PD_REQ_SOCKETS;
	assert_int_equal(pdc_request(e->a->proc, &r, &rr, buf, sizeof(buf)), 0);
	assert_int_equal(rr.nrec, 4);
	assert_int_equal(ss[0].state, PD_SS_CONNECTED);
	/* a small buffer: what fits, and how many exist */
	assert_int_equal(pdc_request(e->a->proc, &r, &rr, buf, 50), 0);
	assert_int_equal(rr.nrec, 1);
	assert_int_equal(rr.val, 4);
	pdc_proc_set_sees_all(e->a->proc, false);
	hc_close(e->a, c);
	hc_close(e->b, s);
	hc_close(e->b, c2);
	hc_close(e->b, s2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_hello_and_header, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_sd_and_op, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bind, setup, teardown),
		cmocka_unit_test_setup_teardown(test_connect_refused_and_backlog, setup, teardown),
		cmocka_unit_test_setup_teardown(test_loopback_and_any, setup, teardown),
		cmocka_unit_test_setup_teardown(test_backlog_flood, setup, teardown),
		cmocka_unit_test_setup_teardown(test_accept_after_caller_died, setup, teardown),
		cmocka_unit_test_setup_teardown(test_socket_table_full, setup, teardown),
		cmocka_unit_test_setup_teardown(test_options, setup, teardown),
		cmocka_unit_test_setup_teardown(test_shutdown_eof, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stats_records, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
