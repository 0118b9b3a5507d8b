// SPDX-License-Identifier: MIT
/*
 * Description: data integrity through the soft device: several connections
 * on two workers, mixed ring sizes, both directions at once, irregular send
 * and receive sizes, a position-dependent byte pattern checked at every byte
 * over many ring wraps; then EOF after close and every byte of ring memory
 * back.  Also the synchronous PD_REQ_SENT / PD_REQ_CONSUMED path, and the
 * quiet flags (the harness, as libpd, kicks only when they are 0).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "pdc_harness.h"

#define NCONN 4
#define TOTAL (1u << 20) /* bytes per direction per connection */

static uint8_t pat(int conn, int dir, uint64_t off)
{
	return (uint8_t)(off * 2654435761u >> 13) ^ (uint8_t)(conn * 16 + dir) ^ (uint8_t)(off >> 16);
}

static uint32_t lcg(uint32_t *s)
{
	*s = *s * 1103515245u + 12345u;
	return *s >> 8;
}

struct stream {
	struct hc_proc *tx, *rx;
	int txs, rxs;
	uint64_t sent, recvd;
	int conn, dir;
};

static void step_stream(struct stream *st, uint32_t *seed)
{
	uint8_t buf[9000];
	size_t n, i;

	if (st->sent < TOTAL) {
		n = 1 + lcg(seed) % sizeof(buf);
		if (n > TOTAL - st->sent)
			n = TOTAL - st->sent;
		for (i = 0; i < n; i++)
			buf[i] = pat(st->conn, st->dir, st->sent + i);
		st->sent += hc_send(st->tx, st->txs, buf, n);
	}
	n = hc_recv(st->rx, st->rxs, buf, 1 + lcg(seed) % sizeof(buf));
	for (i = 0; i < n; i++)
		if (buf[i] != pat(st->conn, st->dir, st->recvd + i))
			fail_msg("conn %d dir %d: byte %llu is %#x, expected %#x", st->conn, st->dir,
				 (unsigned long long)(st->recvd + i), buf[i],
				 pat(st->conn, st->dir, st->recvd + i));
	st->recvd += n;
}

static void test_pattern_stream(void **state)
{
	static const uint32_t rings[NCONN][2] = {
		{ 4096, 4096 }, { 8192, 16384 }, { 65536, 4096 }, { 16384, 32768 },
	};
	struct hc *h = hc_new(NULL);
	struct hc_ctr *ca = hc_ctr_new(h, "198.18.0.1", 0), *cb = hc_ctr_new(h, "198.18.0.2", 0);
	struct hc_proc *a = hc_proc_new(ca), *b = hc_proc_new(cb);
	struct stream st[NCONN * 2];
	uint32_t seed = 12345;
	int i, l, rounds = 0;
	bool busy = true;
	uint64_t wrk[2] = { 0, 0 };

	(void)state;
	for (i = 0; i < NCONN; i++) {
		int c = hc_socket(a), s;

		l = hc_socket(b);
		hc_setopt(a, c, PD_OPT_RING_SIZE, rings[i][0]);
		hc_setopt(b, l, PD_OPT_RING_SIZE, rings[i][1]);
		hc_bind(b, l, "198.18.0.2", (uint16_t)(3000 + i));
		hc_listen(b, l, 1);
		assert_int_equal(hc_connect(a, c, "198.18.0.2", (uint16_t)(3000 + i)), 0);
		s = hc_accept(b, l);
		assert_true(s >= 0);
		hc_close(b, l);
		wrk[a->info[c].worker]++;
		st[2 * i] = (struct stream){ a, b, c, s, 0, 0, i, 0 };
		st[2 * i + 1] = (struct stream){ b, a, s, c, 0, 0, i, 1 };
	}
	/* round robin: both queue pairs carry connections */
	assert_int_equal(wrk[0], NCONN / 2);
	assert_int_equal(wrk[1], NCONN / 2);
	while (busy && rounds++ < 200000) {
		busy = false;
		for (i = 0; i < NCONN * 2; i++) {
			step_stream(&st[i], &seed);
			if (st[i].recvd < TOTAL)
				busy = true;
		}
		hc_step(h);
	}
	for (i = 0; i < NCONN * 2; i++)
		assert_int_equal(st[i].recvd, TOTAL);
	assert_int_equal(hc_stats(h).bytes_copied, (uint64_t)TOTAL * NCONN * 2);
	assert_int_equal(hc_stats(h).faults, 0);
	assert_int_equal(hc_stats(h).refused, 0);
	assert_int_equal(hc_ctr_stats(ca).bytes_sent, (uint64_t)TOTAL * NCONN);
	assert_int_equal(hc_ctr_stats(cb).bytes_recv, (uint64_t)TOTAL * NCONN);
	/* close one side: the other reads EOF, not reset */
	for (i = 0; i < NCONN; i++)
		assert_int_equal(hc_close(a, st[2 * i].txs), 0);
	hc_run(h, 100);
	for (i = 0; i < NCONN; i++) {
		struct pd_sock_shm *m = hc_shm(b, st[2 * i].rxs);

		assert_true(m->flags & PD_SF_PEER_SHUT);
		assert_false(m->flags & PD_SF_RESET);
		hc_close(b, st[2 * i].rxs);
	}
	hc_run(h, 100);
	assert_int_equal(hc_ctr_stats(ca).mem_used, 0);
	assert_int_equal(hc_ctr_stats(cb).mem_used, 0);
	assert_int_equal(hc_stats(h).region_used, 0);
	assert_int_equal(hc_stats(h).sockets, 0);
	hc_proc_free(a);
	hc_proc_free(b);
	assert_int_equal(hc_ctr_free(ca), 0);
	assert_int_equal(hc_ctr_free(cb), 0);
	hc_free(h);
}

/* close with unsent bytes: they drain to the peer before its EOF */
/* both processes gone, then every byte of both containers back, then the device */
static void free_world(struct hc *h, struct hc_ctr *ca, struct hc_ctr *cb, struct hc_proc *a, struct hc_proc *b)
{
	hc_proc_free(a);
	hc_proc_free(b);
	hc_run(h, 20);
	assert_int_equal(hc_ctr_free(ca), 0);
	assert_int_equal(hc_ctr_free(cb), 0);
	hc_free(h);
}

static void test_close_drains(void **state)
{
	struct hc *h = hc_new(NULL);
	struct hc_ctr *ca = hc_ctr_new(h, "198.18.0.1", 0), *cb = hc_ctr_new(h, "198.18.0.2", 0);
	struct hc_proc *a = hc_proc_new(ca), *b = hc_proc_new(cb);
	uint8_t out[40000], in[40000];
	size_t sent = 0, got = 0;
	int c, s, i, rounds = 0;

	(void)state;
	for (i = 0; i < (int)sizeof(out); i++)
		out[i] = (uint8_t)(i * 13);
	hc_pair(a, b, "198.18.0.2", 3100, &c, &s);
	sent = hc_send(a, c, out, sizeof(out)); /* fills the 16 KiB send ring */
	assert_int_equal(sent, 16384);
	assert_int_equal(hc_close(a, c), 0);
	assert_true(hc_ctr_stats(ca).mem_used > 0); /* still draining */
	while (rounds++ < 200) {
		hc_run(h, 20);
		got += hc_recv(b, s, in + got, 3000);
		if (got == sent && (hc_shm(b, s)->flags & PD_SF_PEER_SHUT))
			break;
	}
	assert_int_equal(got, sent);
	assert_memory_equal(in, out, sent);
	assert_true(hc_shm(b, s)->flags & PD_SF_PEER_SHUT);
	hc_run(h, 20);
	assert_int_equal(hc_ctr_stats(ca).mem_used, 0);
	hc_close(b, s);
	free_world(h, ca, cb, a, b);
}

/*
 * The wake words (pd_uapi.h, "Waking the process"): every completion and
 * status change moves the socket's wake_seq and the process's event_seq;
 * the host is asked to wake the socket's sleepers only when the process
 * counted some in; a scribbled word is rewritten from the core's copy.
 */
static void test_wake_words(void **state)
{
	struct hc *h = hc_new(NULL);
	struct hc_ctr *ca = hc_ctr_new(h, "198.18.0.1", 0), *cb = hc_ctr_new(h, "198.18.0.2", 0);
	struct hc_proc *a = hc_proc_new(ca), *b = hc_proc_new(cb);
	struct pd_sock_shm *rx;
	uint8_t buf[100] = { 1 };
	uint32_t w0;
	uint64_t e0;
	int c, s, calls;

	(void)state;
	hc_pair(a, b, "198.18.0.2", 3200, &c, &s);
	rx = hc_shm(b, s);
	hc_run(h, 20);
	/* nobody sleeps: the words move, the host is not asked to wake anyone */
	w0 = rx->wake_seq;
	e0 = ((struct pd_notify_hdr *)(void *)b->notify)->event_seq;
	calls = h->sock_wakes;
	assert_int_equal(hc_send(a, c, buf, sizeof(buf)), sizeof(buf));
	hc_run(h, 20);
	assert_true(rx->wake_seq != w0);
	assert_true(((struct pd_notify_hdr *)(void *)b->notify)->event_seq != e0);
	assert_int_equal(h->sock_wakes, calls);
	/* a sleeper counted in: the next completion asks the host to wake it, on rx's word */
	rx->waiters = 1;
	w0 = rx->wake_seq;
	assert_int_equal(hc_send(a, c, buf, sizeof(buf)), sizeof(buf));
	hc_run(h, 20);
	assert_true(rx->wake_seq != w0);
	assert_true(h->sock_wakes > calls);
	assert_ptr_equal(h->last_sock_word, &rx->wake_seq);
	/* a scribbled word: the core writes its own next value, never one derived from it */
	rx->waiters = 0;
	rx->wake_seq = 0xdeadbeef;
	assert_int_equal(hc_send(a, c, buf, sizeof(buf)), sizeof(buf));
	hc_run(h, 20);
	assert_true(rx->wake_seq != 0xdeadbeef && rx->wake_seq != 0xdeadbeef + 1);
	hc_close(a, c);
	hc_close(b, s);
	free_world(h, ca, cb, a, b);
}

static void test_sent_consumed_requests(void **state)
{
	struct hc *h = hc_new(NULL);
	struct hc_ctr *ca = hc_ctr_new(h, "198.18.0.1", 0), *cb = hc_ctr_new(h, "198.18.0.2", 0);
	struct hc_proc *a = hc_proc_new(ca), *b = hc_proc_new(cb);
	struct pd_req r = { 0 };
	int c, s, i, k;
	uint64_t pos = 0;

	(void)state;
	hc_pair(a, b, "198.18.0.2", 3200, &c, &s);
	for (k = 0; k < 10; k++) {
		uint8_t *ring = ca->arena + a->info[c].send_off;
		const uint8_t *rr = cb->arena + b->info[s].recv_off;
		struct pd_sock_shm *m = hc_shm(a, c);

		for (i = 0; i < 10000; i++)
			ring[(pos + i) & 16383] = (uint8_t)(pos + i);
		/* the synchronous path: SENT(off, len), with send.prod kept current too */
		r.u.data.off = pos & 16383;
		r.u.data.len = 10000;
		__atomic_store_n(&m->send.prod, pos + 10000, __ATOMIC_RELEASE);
		assert_int_equal(hc_req(a, PD_REQ_SENT, (uint32_t)c, &r, NULL), 0);
		hc_run(h, 50);
		assert_int_equal(hc_shm(b, s)->recv.prod, pos + 10000);
		for (i = 0; i < 10000; i++)
			assert_int_equal(rr[(pos + i) & 16383], (uint8_t)(pos + i));
		r.u.data.len = 10000;
		__atomic_store_n(&hc_shm(b, s)->recv.cons, pos + 10000, __ATOMIC_RELEASE);
		assert_int_equal(hc_req(b, PD_REQ_CONSUMED, (uint32_t)s, &r, NULL), 0);
		pos += 10000;
	}
	assert_int_equal(hc_stats(h).refused, 0);
	free_world(h, ca, cb, a, b);
}

/*
 * The quiet flags say when a kick is needed: an idle pipe needs one from the
 * sender, a pipe stalled for room needs one from the receiver, and a
 * send.prod stored without a kick while the flag said so is still copied.
 */
static void test_quiet_flags(void **state)
{
	struct hc *h = hc_new(NULL);
	struct hc_ctr *ca = hc_ctr_new(h, "198.18.0.1", 0), *cb = hc_ctr_new(h, "198.18.0.2", 0);
	struct hc_proc *a = hc_proc_new(ca), *b = hc_proc_new(cb);
	static uint8_t buf[16384];
	struct pd_sock_shm *ma, *mb;
	uint8_t *ring;
	int c, s, i;

	(void)state;
	hc_pair(a, b, "198.18.0.2", 3300, &c, &s);
	ma = hc_shm(a, c);
	mb = hc_shm(b, s);
	/* an idle pipe: the next send must kick */
	assert_int_equal(ma->send.prod_quiet, 0);
	for (i = 0; i < 1000; i++)
		buf[i] = (uint8_t)i;
	assert_int_equal(hc_send(a, c, buf, 1000), 1000);
	hc_run(h, 50);
	assert_int_equal(mb->recv.prod, 1000);
	/* all copied, nothing under way: the next send must kick; room is not awaited */
	assert_int_equal(ma->send.prod_quiet, 0);
	assert_int_equal(mb->recv.cons_quiet, 1);
	assert_int_equal(hc_recv(b, s, buf, 1000), 1000);
	hc_run(h, 50);

	/* fill the receiver's 16 KiB ring, then 8000 bytes more wait for room */
	memset(buf, 0xa5, sizeof(buf));
	assert_int_equal(hc_send(a, c, buf, 16384), 16384);
	hc_run(h, 50);
	assert_int_equal(mb->recv.prod, 1000 + 16384);
	assert_int_equal(hc_send(a, c, buf, 8000), 8000);
	hc_run(h, 50);
	assert_int_equal(mb->recv.prod, 1000 + 16384);
	assert_int_equal(ma->send.prod_quiet, 1); /* bytes wait: the sender need not kick */
	assert_int_equal(mb->recv.cons_quiet, 0); /* the receiver's next release must */
	/* 100 bytes more without a kick, as libpd does while the flag is set */
	ring = ca->arena + a->info[c].send_off;
	for (i = 0; i < 100; i++)
		ring[(1000 + 16384 + 8000 + i) & 16383] = (uint8_t)(0x40 + i);
	__atomic_store_n(&ma->send.prod, 1000 + 16384 + 8100, __ATOMIC_RELEASE);
	hc_run(h, 50);
	assert_int_equal(mb->recv.prod, 1000 + 16384);
	/* the release kicks (flag 0): the 8100 bytes move, the last 100 unkicked ones with them */
	assert_int_equal(hc_recv(b, s, buf, 16384), 16384);
	hc_run(h, 50);
	assert_int_equal(mb->recv.prod, 1000 + 16384 + 8100);
	assert_int_equal(hc_recv(b, s, buf, 16384), 8100);
	for (i = 0; i < 100; i++)
		assert_int_equal(buf[8000 + i], (uint8_t)(0x40 + i));
	hc_run(h, 50);
	assert_int_equal(ma->send.prod_quiet, 0);
	assert_int_equal(mb->recv.cons_quiet, 1);
	/* a scribbled flag only silences its own socket: a kick still moves the bytes */
	__atomic_store_n(&ma->send.prod_quiet, 1, __ATOMIC_RELAXED);
	assert_int_equal(hc_send(a, c, buf, 10), 10); /* no kick: the flag says quiet */
	hc_run(h, 50);
	assert_int_equal(mb->recv.prod, 1000 + 16384 + 8100);
	hc_kick(a, c);
	hc_run(h, 50);
	assert_int_equal(mb->recv.prod, 1000 + 16384 + 8110);
	assert_int_equal(ma->send.prod_quiet, 0);
	assert_int_equal(hc_stats(h).refused, 0);
	free_world(h, ca, cb, a, b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pattern_stream),
		cmocka_unit_test(test_close_drains),
		cmocka_unit_test(test_wake_words),
		cmocka_unit_test(test_sent_consumed_requests),
		cmocka_unit_test(test_quiet_flags),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
