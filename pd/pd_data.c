// SPDX-License-Identifier: MIT
/*
 * pd_data.c - the data path: pd_send/pd_recv and the zero-copy calls.  No
 * system call per send: bytes go straight into the mapped rings, counters
 * are published with release stores, the worker is kicked through the shared
 * bitmap (docs/architecture.md, "Data path").
 *
 * PD never raises SIGPIPE: a send after a reset or after our own SHUT_WR
 * fails with EPIPE whether or not MSG_NOSIGNAL was given.
 */
#include <string.h>

#include "pd.h"
#include "pd_atomic.h"
#include "pd_internal.h"
#include "pd_ring.h"

#define SEND_FLAGS (MSG_DONTWAIT | MSG_NOSIGNAL | MSG_MORE)
#define RECV_FLAGS (MSG_DONTWAIT | MSG_PEEK | MSG_WAITALL)

static int connected_sock(struct pd_ctx **cp, struct pd_lsock **sp, int sd)
{
	struct pd_ctx *c = pd_ctx_get();

	if (!c)
		return -errno;
	*cp = c;
	*sp = pd_lsock_get(c, sd);
	if (!*sp)
		return -EBADF;
	if ((*sp)->kind != PD_K_CONN)
		return -ENOTCONN;
	return 0;
}

/* a sticky error not collected yet */
static int error_pending(const struct pd_lsock *s)
{
	int32_t e = pd_load_acquire_s32(&s->shm->error);

	return e != 0 && e != s->err_ack;
}

static uint32_t sock_flags(const struct pd_lsock *s)
{
	/* pairs with the driver's store_release of the status line */
	return pd_load_acquire32(&s->shm->flags);
}

/* ---- send side ---- */

static uint64_t send_space(const struct pd_lsock *s)
{
	/* send.cons: pairs with the driver's store_release once the device read the bytes */
	uint64_t cons = pd_load_acquire64(&s->shm->send.cons);

	return pd_ring_free(s->send_prod, cons, s->send_size);
}

static int send_ready(struct pd_ctx *c, void *arg)
{
	struct pd_lsock *s = arg;

	(void)c;
	return send_space(s) > 0 || (sock_flags(s) & PD_SF_RESET) || error_pending(s);
}

/* 0 if sending may go on, else -errno (EPIPE after reset or SHUT_WR, a sticky error) */
static int send_check(struct pd_ctx *c, struct pd_lsock *s, int sd)
{
	if (s->shut_wr)
		return -EPIPE;
	if (sock_flags(s) & PD_SF_RESET)
		return -EPIPE;
	return pd_take_error(c, s, sd);
}

/*
 * publish n bytes written at send_prod; more (MSG_MORE): more follows at
 * once, so the driver is told with the last piece (one kick for a burst,
 * and the device copies behind the writer instead of racing it for the
 * same cache lines), or before this socket waits or closes
 */
static void send_publish(struct pd_ctx *c, struct pd_lsock *s, int sd, uint64_t n, int more)
{
	s->send_prod += n;
	/* the bytes before the counter: pairs with the driver's load_acquire of send.prod */
	pd_store_release64(&s->shm->send.prod, s->send_prod);
	if (more) {
		s->kick_pending = 1;
		if (!__atomic_load_n(&c->more_used, __ATOMIC_RELAXED))
			__atomic_store_n(&c->more_used, 1, __ATOMIC_RELAXED);
	} else {
		s->kick_pending = 0;
		pd_kick_unless_quiet(c, s, (uint32_t)sd, &s->shm->send.prod_quiet);
	}
}

/* wait for send space; 0, -EAGAIN when non-blocking, -EPIPE if the driver died */
static int send_wait(struct pd_ctx *c, struct pd_lsock *s, int sd, int dontwait)
{
	int r;

	/* the space comes from the device copying what we published: tell it first */
	pd_kick_flush(c, s, (uint32_t)sd);
	if (dontwait)
		return pd_dontwait_gone(c) ? -EPIPE : -EAGAIN;
	r = pd_wait_sock(c, s, send_ready, -1);
	return r == -ECONNRESET ? -EPIPE : r;
}

ssize_t pd_send(int sd, const void *buf, size_t len, int flags)
{
	struct pd_ctx *c = NULL;
	struct pd_lsock *s = NULL;
	size_t done = 0;
	int r = connected_sock(&c, &s, sd);

	if (r)
		return pd_ret(r);
	if (flags & ~SEND_FLAGS)
		return pd_ret(-EOPNOTSUPP);
	if (len && !buf)
		return pd_ret(-EFAULT);
	for (;;) {
		uint64_t space, n;

		r = send_check(c, s, sd);
		if (r)
			break;
		if (done == len)
			return (ssize_t)done;
		space = send_space(s);
		if (space) {
			n = len - done < space ? len - done : space;
			pd_ring_write(s->send_base, s->send_size, s->send_prod, (const uint8_t *)buf + done, n);
			send_publish(c, s, sd, n, !!(flags & MSG_MORE));
			done += n;
			continue;
		}
		r = send_wait(c, s, sd, s->nonblock || (flags & MSG_DONTWAIT));
		if (r)
			break;
	}
	/* bytes already in the ring are sent: report them, the error comes next call */
	return done ? (ssize_t)done : pd_ret(r);
}

ssize_t pd_send_reserve(int sd, void **ptr, size_t len)
{
	struct pd_ctx *c = NULL;
	struct pd_lsock *s = NULL;
	int r = connected_sock(&c, &s, sd);

	if (r)
		return pd_ret(r);
	if (!ptr || len == 0)
		return pd_ret(-EINVAL);
	for (;;) {
		uint64_t space;

		r = send_check(c, s, sd);
		if (r)
			return pd_ret(r);
		space = send_space(s);
		if (space) {
			uint64_t n = pd_ring_contig(s->send_prod, s->send_size, len < space ? len : space);

			*ptr = s->send_base + (s->send_prod & (s->send_size - 1));
			s->reserved = n;
			return (ssize_t)n;
		}
		r = send_wait(c, s, sd, s->nonblock);
		if (r)
			return pd_ret(r);
	}
}

int pd_send_commit_flags(int sd, size_t len, int flags)
{
	struct pd_ctx *c = NULL;
	struct pd_lsock *s = NULL;
	int r = connected_sock(&c, &s, sd);

	if (r)
		return pd_ret(r);
	if (flags & ~MSG_MORE)
		return pd_ret(-EOPNOTSUPP);
	if (len > s->reserved)
		return pd_ret(-EINVAL);
	s->reserved = 0;
	if (len)
		send_publish(c, s, sd, len, !!(flags & MSG_MORE));
	else if (!(flags & MSG_MORE))
		pd_kick_flush(c, s, (uint32_t)sd);
	return 0;
}

int pd_send_commit(int sd, size_t len)
{
	return pd_send_commit_flags(sd, len, 0);
}

/* ---- receive side ---- */

static uint64_t recv_avail(const struct pd_lsock *s)
{
	/* recv.prod: pairs with the driver's store_release after the COPY into the ring completed */
	uint64_t prod = pd_load_acquire64(&s->shm->recv.prod);

	return pd_ring_used(prod, s->recv_cons, s->recv_size);
}

static int recv_ready(struct pd_ctx *c, void *arg)
{
	struct pd_lsock *s = arg;

	(void)c;
	return recv_avail(s) > 0 || (sock_flags(s) & (PD_SF_PEER_SHUT | PD_SF_RESET)) || error_pending(s);
}

static void recv_release(struct pd_ctx *c, struct pd_lsock *s, int sd, uint64_t n)
{
	s->recv_cons += n;
	/* done reading before the space is handed back: pairs with the driver's load_acquire of recv.cons */
	pd_store_release64(&s->shm->recv.cons, s->recv_cons);
	pd_kick_unless_quiet(c, s, (uint32_t)sd, &s->shm->recv.cons_quiet);
}

/*
 * The receive ring is empty: 1 if there is nothing more to wait for (EOF or
 * reset; *err says which), 0 to wait.  The driver sets PEER_SHUT only after
 * the last recv.prod store, so the caller re-reads the ring after this.
 */
static int recv_ended(struct pd_lsock *s, int *err)
{
	uint32_t fl = sock_flags(s);

	if (s->shut_rd) {
		*err = 0;
		return 1;
	}
	if (fl & PD_SF_RESET) {
		*err = -ECONNRESET;
		return 1;
	}
	if (fl & PD_SF_PEER_SHUT) {
		*err = 0;
		return 1;
	}
	return 0;
}

/*
 * Wait for bytes: > 0 bytes available, 0 at end of stream, or -errno
 * (EAGAIN when dontwait, ECONNRESET, a sticky error).
 */
static ssize_t recv_wait_avail(struct pd_ctx *c, struct pd_lsock *s, int sd, int dontwait)
{
	for (;;) {
		uint64_t avail;
		int err, r;

		/* a reset wins over buffered bytes, as a TCP RST purges the receive queue */
		if (sock_flags(s) & PD_SF_RESET) {
			s->err_ack = pd_load_acquire_s32(&s->shm->error); /* the reset is the error */
			return -ECONNRESET;
		}
		r = pd_take_error(c, s, sd);
		if (r)
			return r;
		avail = recv_avail(s);
		if (avail)
			return (ssize_t)avail;
		if (recv_ended(s, &err)) {
			/* flags were read with acquire after the driver's last recv.prod store */
			avail = recv_avail(s);
			return avail && !err ? (ssize_t)avail : err;
		}
		/* a request sent with MSG_MORE must reach the peer before we wait for its answer */
		pd_kick_flush(c, s, (uint32_t)sd);
		if (dontwait)
			return pd_dontwait_gone(c) ? -ECONNRESET : -EAGAIN;
		r = pd_wait_sock(c, s, recv_ready, -1);
		if (r)
			return r;
	}
}

ssize_t pd_recv(int sd, void *buf, size_t len, int flags)
{
	struct pd_ctx *c = NULL;
	struct pd_lsock *s = NULL;
	size_t done = 0;
	int dontwait;
	ssize_t avail;
	int r = connected_sock(&c, &s, sd);

	if (r)
		return pd_ret(r);
	if (flags & ~RECV_FLAGS)
		return pd_ret(-EOPNOTSUPP);
	if (len && !buf)
		return pd_ret(-EFAULT);
	if (len == 0)
		return 0;
	dontwait = s->nonblock || (flags & MSG_DONTWAIT);
	for (;;) {
		uint64_t n;

		avail = recv_wait_avail(c, s, sd, dontwait);
		if (avail <= 0)
			break;
		n = len - done < (uint64_t)avail ? len - done : (uint64_t)avail;
		pd_ring_read(s->recv_base, s->recv_size, s->recv_cons, (uint8_t *)buf + done, n);
		if (flags & MSG_PEEK)
			return (ssize_t)n; /* bytes stay in the ring */
		recv_release(c, s, sd, n);
		done += n;
		if (done == len || !(flags & MSG_WAITALL))
			return (ssize_t)done;
	}
	if (done)
		return (ssize_t)done; /* EOF, EAGAIN or an error after some bytes: report the bytes */
	return avail == 0 ? 0 : pd_ret((int)avail);
}

ssize_t pd_recv_peek(int sd, const void **ptr)
{
	struct pd_ctx *c = NULL;
	struct pd_lsock *s = NULL;
	ssize_t avail;
	uint64_t n;
	int r = connected_sock(&c, &s, sd);

	if (r)
		return pd_ret(r);
	if (!ptr)
		return pd_ret(-EINVAL);
	avail = recv_wait_avail(c, s, sd, s->nonblock);
	if (avail < 0)
		return pd_ret((int)avail);
	n = pd_ring_contig(s->recv_cons, s->recv_size, (uint64_t)avail);
	*ptr = s->recv_base + (s->recv_cons & (s->recv_size - 1));
	s->peeked = n;
	return (ssize_t)n;
}

int pd_recv_consume(int sd, size_t len)
{
	struct pd_ctx *c = NULL;
	struct pd_lsock *s = NULL;
	int r = connected_sock(&c, &s, sd);

	if (r)
		return pd_ret(r);
	if (len > s->peeked)
		return pd_ret(-EINVAL);
	s->peeked -= len;
	if (len)
		recv_release(c, s, sd, len);
	return 0;
}
