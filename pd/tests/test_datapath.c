// SPDX-License-Identifier: MIT
/*
 * Description: libpd's data path on plain memory, with this test playing
 * the driver: a host whose "driver" is the notify region and arena in this
 * process.  pd_send wraps, is partial when non-blocking, publishes send.prod
 * and kicks (bitmap, summary, eventfd only when the worker sleeps); pd_recv
 * wraps, peeks, honours MSG_WAITALL, EOF, reset and sticky errors; the
 * zero-copy calls validate; counters cross 2^64; a blocked recv sleeps
 * on a socket's futex word (pd_poll: the process's event_seq) and wakes when
 * the driver moves it; pd_poll reports readiness.
 */
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "pd.h"
#include "pd_atomic.h"
#include "pd_internal.h"

#define MAXS 64
#define RING 4096u
#define ARENA (MAXS * 2 * RING)

static uint64_t g_start; /* initial counter value of the next connection */
static struct pd_ctx *g_c;

static struct pd_sock_shm *shm(int sd)
{
	return pd_shm_of(g_c, (uint32_t)sd);
}

static uint8_t *send_ring(int sd)
{
	return g_c->arena + (uint64_t)sd * 2 * RING;
}

static uint8_t *recv_ring(int sd)
{
	return g_c->arena + (uint64_t)sd * 2 * RING + RING;
}

static uint64_t *kick_area(uint32_t w)
{
	return (uint64_t *)((uint8_t *)g_c->hdr + PD_NOTIFY_KICK_OFF + w * pd_kick_bytes(MAXS));
}

/* ---- the in-memory host ---- */

static int mem_open(struct pd_ctx *c)
{
	uint32_t w;

	c->max_sockets = MAXS;
	c->workers = 2;
	c->notify_size = pd_notify_size(MAXS);
	c->hdr = aligned_alloc(4096, c->notify_size);
	c->arena_size = ARENA;
	c->arena = aligned_alloc(4096, ARENA);
	if (!c->hdr || !c->arena)
		return -ENOMEM;
	memset(c->hdr, 0, c->notify_size);
	memset(c->arena, 0, ARENA);
	c->hdr->magic = PD_NOTIFY_MAGIC;
	c->hdr->max_sockets = MAXS;
	c->hdr->workers = 2;
	c->app_efd = eventfd(0, EFD_NONBLOCK);
	for (w = 0; w < c->workers; w++)
		c->worker_efd[w] = eventfd(0, EFD_NONBLOCK);
	c->ctl_fd = -1;
	g_c = c;
	return 0;
}

static void mem_close(struct pd_ctx *c)
{
	uint32_t w;

	free(c->hdr);
	free(c->arena);
	c->hdr = NULL;
	c->arena = NULL;
	close(c->app_efd);
	for (w = 0; w < c->workers; w++)
		close(c->worker_efd[w]);
}

static int mem_call(struct pd_ctx *c, struct pd_req *req, struct pd_resp *resp)
{
	static int next_sd;
	struct pd_sock_shm *s = req->op == PD_REQ_SOCKET ? NULL : pd_shm_of(c, req->sd);

	memset(resp, 0, sizeof(*resp));
	resp->op = req->op;
	resp->seq = req->seq;
	resp->sd = req->sd;
	switch (req->op) {
	case PD_REQ_SOCKET:
		resp->sd = (uint32_t)(next_sd++ % MAXS);
		memset(pd_shm_of(c, resp->sd), 0, sizeof(struct pd_sock_shm));
		break;
	case PD_REQ_CONNECT:
		/* the driver sets the counters up before it answers */
		s->send.prod = s->send.cons = s->recv.prod = s->recv.cons = g_start;
		s->state = PD_SS_CONNECTED;
		resp->u.info = (struct pd_sock_info){ .send_off = (uint64_t)req->sd * 2 * RING,
						      .recv_off = (uint64_t)req->sd * 2 * RING + RING,
						      .send_size = RING, .recv_size = RING,
						      .local_addr = 0x0100007f, .local_port = 0x3930,
						      .peer_addr = req->u.inet.addr, .peer_port = req->u.inet.port,
						      .worker = req->sd % 2 };
		break;
	case PD_REQ_GETOPT:
		if (req->u.opt.opt == PD_OPT_ERROR) {
			resp->val = (uint64_t)s->error;
			s->error = 0; /* read and cleared, like SO_ERROR */
		}
		break;
	case PD_REQ_CLOSE:
	case PD_REQ_SHUTDOWN:
		break;
	default:
		resp->status = -EOPNOTSUPP;
	}
	return 0;
}

static const struct pd_host_ops mem_host = {
	.name = "memory", .open = mem_open, .close = mem_close, .call = mem_call,
};

static int conn(void)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = 0x5000, .sin_addr.s_addr = 0x0100007f };
	int sd = pd_socket(AF_INET, SOCK_STREAM, 0);

	assert_true(sd >= 0);
	assert_int_equal(pd_connect(sd, (struct sockaddr *)&sin, sizeof(sin)), 0);
	return sd;
}

/* the driver delivers n bytes into sd's receive ring */
static void deliver(int sd, const void *src, uint64_t n)
{
	struct pd_sock_shm *s = shm(sd);
	uint64_t p = s->recv.prod;

	for (uint64_t i = 0; i < n; i++)
		recv_ring(sd)[(p + i) & (RING - 1)] = ((const uint8_t *)src)[i];
	pd_store_release64(&s->recv.prod, p + n);
}

/* the driver takes everything produced in sd's send ring into dst */
static uint64_t drain(int sd, uint8_t *dst)
{
	struct pd_sock_shm *s = shm(sd);
	uint64_t c = s->send.cons, p = pd_load_acquire64(&s->send.prod);

	for (uint64_t i = 0; c + i != p; i++)
		dst[i] = send_ring(sd)[(c + i) & (RING - 1)];
	pd_store_release64(&s->send.cons, p);
	return p - c;
}

static int setup(void **state)
{
	(void)state;
	pd_set_host_for_test(&mem_host);
	return pd_init() == 0 ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	pd_fini();
	return 0;
}

static void test_send_wrap_partial_kick(void **state)
{
	uint8_t src[3 * RING], dst[3 * RING];
	uint64_t got = 0, v;
	int sd;

	(void)state;
	g_start = 1000; /* not ring aligned: writes wrap */
	sd = conn();
	for (size_t i = 0; i < sizeof(src); i++)
		src[i] = (uint8_t)(i * 31 + 7);
	memset(kick_area(sd % 2), 0, pd_kick_bytes(MAXS));
	/* non-blocking: a partial send of what fits, then EAGAIN */
	assert_int_equal(pd_send(sd, src, sizeof(src), MSG_DONTWAIT), RING);
	assert_int_equal(shm(sd)->send.prod, 1000 + RING);
	errno = 0;
	assert_int_equal(pd_send(sd, src, 1, MSG_DONTWAIT), -1);
	assert_int_equal(errno, EAGAIN);
	/* kicked: the socket's bit, then its summary bit; the worker was awake: no eventfd write */
	assert_true(kick_area(sd % 2)[1 + sd / 64] & (1ull << (sd % 64)));
	assert_true(kick_area(sd % 2)[0] & (1ull << (sd / 64)));
	assert_int_equal(read(g_c->worker_efd[sd % 2], &v, 8), -1);
	/* the driver drains; the rest goes, and a sleeping worker gets its eventfd written */
	got += drain(sd, dst);
	g_c->hdr->worker[sd % 2].sleeping = 1;
	assert_int_equal(pd_send(sd, src + RING, 2 * RING, MSG_DONTWAIT), RING);
	assert_int_equal(read(g_c->worker_efd[sd % 2], &v, 8), 8);
	g_c->hdr->worker[sd % 2].sleeping = 0;
	got += drain(sd + 0, dst + got);
	assert_int_equal(pd_send(sd, src + 2 * RING, RING, MSG_DONTWAIT), RING);
	got += drain(sd, dst + got);
	assert_int_equal(got, sizeof(src));
	assert_memory_equal(src, dst, sizeof(src));
	assert_int_equal(pd_close(sd), 0);
}

static int kicked(int sd)
{
	return !!(kick_area(sd % 2)[1 + sd / 64] & (1ull << (sd % 64)));
}

/* MSG_MORE publishes the bytes but leaves the kick for the last piece, a wait, or close */
static void test_msg_more(void **state)
{
	uint8_t src[RING] = { 1 }, dst[RING];
	void *p;
	int sd;

	(void)state;
	g_start = 0;
	sd = conn();
	memset(kick_area(sd % 2), 0, pd_kick_bytes(MAXS));
	assert_int_equal(pd_send(sd, src, 100, MSG_MORE), 100);
	assert_int_equal(shm(sd)->send.prod, 100); /* published ... */
	assert_false(kicked(sd));                  /* ... the driver not told yet */
	assert_int_equal(pd_send(sd, src, 100, 0), 100);
	assert_true(kicked(sd));                   /* one kick for both */
	memset(kick_area(sd % 2), 0, pd_kick_bytes(MAXS));
	/* zero-copy: the same through pd_send_commit_flags */
	assert_true(pd_send_reserve(sd, &p, 50) > 0);
	assert_int_equal(pd_send_commit_flags(sd, 50, MSG_MORE), 0);
	assert_false(kicked(sd));
	errno = 0;
	assert_int_equal(pd_send_commit_flags(sd, 0, MSG_DONTWAIT), -1);
	assert_int_equal(errno, EOPNOTSUPP);
	assert_int_equal(pd_send_commit_flags(sd, 0, 0), 0); /* nothing more: the pending kick goes */
	assert_true(kicked(sd));
	memset(kick_area(sd % 2), 0, pd_kick_bytes(MAXS));
	/* a full ring: the wait for space tells the driver first (else nobody would copy) */
	assert_int_equal(pd_send(sd, src, RING - 250, MSG_MORE | MSG_DONTWAIT), RING - 250);
	assert_false(kicked(sd));
	errno = 0;
	assert_int_equal(pd_send(sd, src, 1, MSG_MORE | MSG_DONTWAIT), -1);
	assert_int_equal(errno, EAGAIN);
	assert_true(kicked(sd));
	drain(sd, dst);
	memset(kick_area(sd % 2), 0, pd_kick_bytes(MAXS));
	/* close flushes a pending kick so the peer gets every byte */
	assert_int_equal(pd_send(sd, src, 10, MSG_MORE), 10);
	assert_false(kicked(sd));
	assert_int_equal(pd_close(sd), 0);
	assert_true(kicked(sd));
}

static void test_recv_peek_waitall_eof(void **state)
{
	uint8_t msg[3000], buf[RING];
	int sd;

	(void)state;
	g_start = RING - 100;
	sd = conn();
	for (size_t i = 0; i < sizeof(msg); i++)
		msg[i] = (uint8_t)(i ^ 0x5a);
	errno = 0;
	assert_int_equal(pd_recv(sd, buf, 10, MSG_DONTWAIT), -1);
	assert_int_equal(errno, EAGAIN);
	deliver(sd, msg, sizeof(msg)); /* crosses the ring end */
	assert_int_equal(pd_recv(sd, buf, 200, MSG_PEEK), 200);
	assert_memory_equal(buf, msg, 200);
	assert_int_equal(shm(sd)->recv.cons, RING - 100); /* peek consumed nothing */
	assert_int_equal(pd_recv(sd, buf, sizeof(buf), 0), sizeof(msg));
	assert_memory_equal(buf, msg, sizeof(msg));
	assert_int_equal(shm(sd)->recv.cons, RING - 100 + sizeof(msg));
	/* WAITALL gets what there is when the peer shuts, then EOF */
	deliver(sd, msg, 10);
	pd_store_release32(&shm(sd)->flags, PD_SF_PEER_SHUT);
	assert_int_equal(pd_recv(sd, buf, 100, MSG_WAITALL), 10);
	assert_int_equal(pd_recv(sd, buf, 100, 0), 0);
	assert_int_equal(pd_recv(sd, buf, 100, MSG_DONTWAIT), 0);
	pd_close(sd);
}

static void test_reset_and_sticky_error(void **state)
{
	uint8_t buf[64] = { 0 };
	int sd, v = -1;
	socklen_t vl = sizeof(v);

	(void)state;
	g_start = 0;
	sd = conn();
	/* a refused value: the sticky error comes back once, then it is gone */
	shm(sd)->error = EINVAL;
	errno = 0;
	assert_int_equal(pd_send(sd, buf, 1, 0), -1);
	assert_int_equal(errno, EINVAL);
	assert_int_equal(pd_send(sd, buf, 1, 0), 1);
	assert_int_equal(pd_getsockopt(sd, SOL_SOCKET, SO_ERROR, &v, &vl), 0);
	assert_int_equal(v, 0);
	/* reset: recv ECONNRESET even with bytes buffered, send EPIPE, repeatedly */
	deliver(sd, buf, 5);
	shm(sd)->error = ECONNRESET;
	pd_store_release32(&shm(sd)->flags, PD_SF_RESET);
	for (int i = 0; i < 2; i++) {
		errno = 0;
		assert_int_equal(pd_recv(sd, buf, 10, 0), -1);
		assert_int_equal(errno, ECONNRESET);
		errno = 0;
		assert_int_equal(pd_send(sd, buf, 1, 0), -1);
		assert_int_equal(errno, EPIPE);
	}
	pd_close(sd);
	/* our own SHUT_WR: EPIPE */
	sd = conn();
	assert_int_equal(pd_shutdown(sd, SHUT_WR), 0);
	errno = 0;
	assert_int_equal(pd_send(sd, buf, 1, 0), -1);
	assert_int_equal(errno, EPIPE);
	pd_close(sd);
}

static void test_zero_copy(void **state)
{
	const void *rp;
	void *wp;
	uint8_t data[RING];
	int sd;

	(void)state;
	g_start = RING - 8; /* 8 bytes before the ring end */
	sd = conn();
	/* a reservation stops at the ring end */
	assert_int_equal(pd_send_reserve(sd, &wp, 100), 8);
	assert_ptr_equal(wp, send_ring(sd) + RING - 8);
	errno = 0;
	assert_int_equal(pd_send_commit(sd, 9), -1);
	assert_int_equal(errno, EINVAL);
	memcpy(wp, "01234567", 8);
	assert_int_equal(pd_send_commit(sd, 8), 0);
	assert_int_equal(shm(sd)->send.prod, RING);
	errno = 0;
	assert_int_equal(pd_send_commit(sd, 1), -1); /* the reservation was used up */
	assert_int_equal(errno, EINVAL);
	/* next reservation starts at offset 0, bounded by free space */
	assert_int_equal(pd_send_reserve(sd, &wp, 2 * RING), RING - 8);
	assert_ptr_equal(wp, send_ring(sd));
	assert_int_equal(pd_send_commit(sd, 0), 0);
	/* peek: contiguous up to the ring end; consume is validated */
	memset(data, 'q', sizeof(data));
	deliver(sd, data, 20);
	assert_int_equal(pd_recv_peek(sd, &rp), 8);
	assert_ptr_equal(rp, recv_ring(sd) + RING - 8);
	errno = 0;
	assert_int_equal(pd_recv_consume(sd, 9), -1);
	assert_int_equal(errno, EINVAL);
	assert_int_equal(pd_recv_consume(sd, 8), 0);
	assert_int_equal(pd_recv_peek(sd, &rp), 12);
	assert_ptr_equal(rp, recv_ring(sd));
	assert_int_equal(pd_recv_consume(sd, 12), 0);
	pd_store_release32(&shm(sd)->flags, PD_SF_PEER_SHUT);
	assert_int_equal(pd_recv_peek(sd, &rp), 0); /* EOF */
	pd_close(sd);
}

static void test_counters_cross_2_64(void **state)
{
	uint8_t src[2000], dst[2000];
	int sd;

	(void)state;
	g_start = UINT64_MAX - 999;
	sd = conn();
	memset(src, 0x77, sizeof(src));
	assert_int_equal(pd_send(sd, src, sizeof(src), 0), sizeof(src));
	assert_int_equal(shm(sd)->send.prod, 1000); /* wrapped past 2^64 */
	assert_int_equal(drain(sd, dst), sizeof(src));
	assert_memory_equal(src, dst, sizeof(src));
	deliver(sd, src, sizeof(src));
	assert_int_equal(pd_recv(sd, dst, sizeof(dst), 0), sizeof(src));
	assert_int_equal(shm(sd)->recv.cons, 1000);
	pd_close(sd);
}

struct blocked {
	int sd;
	ssize_t n;
	char buf[16];
};

static void *blocked_recv(void *arg)
{
	struct blocked *b = arg;

	b->n = pd_recv(b->sd, b->buf, sizeof(b->buf), 0);
	return NULL;
}

/* the driver's side of a wake (pd_uapi.h): word += 1 (release), full fence, count -> FUTEX_WAKE */
static void wake_word(uint32_t *word, const uint32_t *count)
{
	__atomic_store_n(word, *word + 1, __ATOMIC_RELEASE);
	pd_fence_full();
	if (__atomic_load_n(count, __ATOMIC_RELAXED) & PD_APP_WAIT_SLEEPERS)
		assert_true(syscall(SYS_futex, word, FUTEX_WAKE, INT_MAX, NULL, NULL, 0) >= 0);
}

/* bounded wait until *count says a thread sleeps (1 ms steps, 5 s) */
static void wait_sleeper(const uint32_t *count)
{
	struct timespec ts = { 0, 1000000 };

	for (int i = 0; i < 5000 && !(pd_load_acquire32(count) & PD_APP_WAIT_SLEEPERS); i++)
		nanosleep(&ts, NULL);
	assert_int_equal(pd_load_acquire32(count), 1);
}

static void test_sleep_and_wake(void **state)
{
	struct blocked b = { 0 };
	struct pd_stats st0, st1;
	pthread_t th;

	(void)state;
	g_start = 0;
	b.sd = conn();
	assert_int_equal(pd_stats(&st0), 0);
	pthread_create(&th, NULL, blocked_recv, &b);
	/* a wait on one socket sleeps on that socket's word and says so first */
	wait_sleeper(&shm(b.sd)->waiters);
	assert_int_equal(g_c->hdr->app_waiting, 0);
	deliver(b.sd, "wake", 4);
	wake_word(&shm(b.sd)->wake_seq, &shm(b.sd)->waiters);
	pthread_join(th, NULL);
	assert_int_equal(b.n, 4);
	assert_memory_equal(b.buf, "wake", 4);
	assert_int_equal(shm(b.sd)->waiters, 0); /* the waiter counted itself out */
	assert_int_equal(pd_stats(&st1), 0);
	assert_true(st1.sleeps > st0.sleeps);
	assert_int_equal(st1.lost_wakeups, st0.lost_wakeups);
	pd_close(b.sd);
}

struct blocked_poll {
	int sd, n;
	struct pollfd p;
};

static void *blocked_poll(void *arg)
{
	struct blocked_poll *b = arg;

	b->p = (struct pollfd){ .fd = b->sd, .events = POLLIN };
	b->n = pd_poll(&b->p, 1, 10000);
	return NULL;
}

static void test_poll_sleep_and_wake(void **state)
{
	struct blocked_poll b = { 0 };
	struct pd_stats st0, st1;
	pthread_t th;

	(void)state;
	g_start = 0;
	b.sd = conn();
	assert_int_equal(pd_stats(&st0), 0);
	pthread_create(&th, NULL, blocked_poll, &b);
	/* pd_poll sleeps on the process's event_seq, counted in app_waiting */
	wait_sleeper(&g_c->hdr->app_waiting);
	deliver(b.sd, "x", 1);
	wake_word(pd_futex_word64(&g_c->hdr->event_seq), &g_c->hdr->app_waiting);
	pthread_join(th, NULL);
	assert_int_equal(b.n, 1);
	assert_int_equal(b.p.revents, POLLIN);
	assert_int_equal(g_c->hdr->app_waiting, 0);
	assert_int_equal(pd_stats(&st1), 0);
	assert_int_equal(st1.lost_wakeups, st0.lost_wakeups);
	pd_close(b.sd);
}

static void test_poll(void **state)
{
	struct pollfd p[3];
	int a, b;

	(void)state;
	g_start = 0;
	a = conn();
	b = conn();
	p[0] = (struct pollfd){ .fd = a, .events = POLLIN | POLLOUT };
	p[1] = (struct pollfd){ .fd = b, .events = POLLIN };
	p[2] = (struct pollfd){ .fd = MAXS - 1, .events = POLLIN }; /* never opened */
	assert_int_equal(pd_poll(p, 3, 0), 2);
	assert_int_equal(p[0].revents, POLLOUT);
	assert_int_equal(p[1].revents, 0);
	assert_int_equal(p[2].revents, POLLNVAL);
	deliver(b, "x", 1);
	assert_int_equal(pd_poll(p + 1, 1, 0), 1);
	assert_int_equal(p[1].revents, POLLIN);
	pd_store_release32(&shm(a)->flags, PD_SF_PEER_SHUT);
	p[0].events = POLLIN;
	assert_int_equal(pd_poll(p, 1, 10), 1);
	assert_int_equal(p[0].revents, POLLIN | POLLHUP);
	pd_close(a);
	pd_close(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_send_wrap_partial_kick),
		cmocka_unit_test(test_msg_more),
		cmocka_unit_test(test_recv_peek_waitall_eof),
		cmocka_unit_test(test_reset_and_sticky_error),
		cmocka_unit_test(test_zero_copy),
		cmocka_unit_test(test_counters_cross_2_64),
		cmocka_unit_test(test_sleep_and_wake),
		cmocka_unit_test(test_poll_sleep_and_wake),
		cmocka_unit_test(test_poll),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
