// SPDX-License-Identifier: MIT
/*
 * pd_sock.c - the control calls of libpd: socket, bind, listen, accept,
 * connect, shutdown, close, names, options, fcntl.  Each is one request to
 * the driver (accept may wait for a connection), with BSD errno semantics;
 * close is one-way (no answer awaited), and accept asks the driver only once
 * the listener's accepts counter says a connection is queued.
 */
#include <fcntl.h>
#include <netinet/tcp.h>
#include <stdarg.h>
#include <string.h>

#include "pd.h"
#include "pd_atomic.h"
#include "pd_internal.h"

#define CTX_OR_FAIL(c)                                                                                \
	struct pd_ctx *c = pd_ctx_get();                                                              \
	if (!c)                                                                                       \
		return -1

#define SOCK_OR_EBADF(s, c, sd)                                                                       \
	struct pd_lsock *s = pd_lsock_get(c, sd);                                                     \
	if (!s)                                                                                       \
		return pd_ret(-EBADF)

static int check_inet(const struct sockaddr *addr, socklen_t len, struct sockaddr_in *out)
{
	if (!addr || len < (socklen_t)sizeof(struct sockaddr_in))
		return -EINVAL;
	memcpy(out, addr, sizeof(*out));
	if (out->sin_family != AF_INET)
		return -EAFNOSUPPORT;
	return 0;
}

static void put_name(const struct sockaddr_in *sin, struct sockaddr *addr, socklen_t *len)
{
	struct sockaddr_in v = *sin;

	v.sin_family = AF_INET;
	memcpy(addr, &v, *len < sizeof(v) ? *len : sizeof(v));
	*len = sizeof(v); /* like getsockname(2): the real size, possibly truncated copy */
}

int pd_socket(int domain, int type, int protocol)
{
	struct pd_req req = { 0 };
	struct pd_resp resp;
	struct pd_lsock *s;
	int r;

	if (domain != AF_INET)
		return pd_ret(-EAFNOSUPPORT);
	if ((type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)) != SOCK_STREAM)
		return pd_ret(-EPROTONOSUPPORT);
	if (protocol != 0 && protocol != IPPROTO_TCP)
		return pd_ret(-EPROTONOSUPPORT);
	CTX_OR_FAIL(c);
	r = pd_call(c, PD_REQ_SOCKET, 0, &req, &resp);
	if (r)
		return pd_ret(r);
	if (resp.sd >= c->max_sockets)
		return pd_ret(-EPROTO);
	s = &c->socks[resp.sd];
	memset(s, 0, sizeof(*s));
	s->shm = pd_shm_of(c, resp.sd);
	s->nonblock = !!(type & SOCK_NONBLOCK);
	s->local.sin_family = AF_INET;
	s->peer.sin_family = AF_INET;
	s->kind = PD_K_OPEN;
	return (int)resp.sd;
}

static void take_names(struct pd_lsock *s, const struct pd_sock_info *info)
{
	s->local.sin_family = AF_INET;
	s->local.sin_addr.s_addr = info->local_addr;
	s->local.sin_port = info->local_port;
}

int pd_bind(int sd, const struct sockaddr *addr, socklen_t len)
{
	struct pd_req req = { 0 };
	struct pd_resp resp;
	struct sockaddr_in sin;
	int r;
	CTX_OR_FAIL(c);
	SOCK_OR_EBADF(s, c, sd);

	r = check_inet(addr, len, &sin);
	if (r)
		return pd_ret(r);
	if (s->kind != PD_K_OPEN || s->local.sin_port)
		return pd_ret(-EINVAL); /* already bound, listening or connected */
	req.u.inet.addr = sin.sin_addr.s_addr;
	req.u.inet.port = sin.sin_port;
	r = pd_call(c, PD_REQ_BIND, (uint32_t)sd, &req, &resp);
	if (r)
		return pd_ret(r);
	take_names(s, &resp.u.info);
	if (!s->local.sin_port) { /* a driver that does not echo the name: keep what was asked */
		s->local.sin_addr = sin.sin_addr;
		s->local.sin_port = sin.sin_port;
	}
	return 0;
}

int pd_listen(int sd, int backlog)
{
	struct pd_req req = { 0 };
	struct pd_resp resp;
	int r;
	CTX_OR_FAIL(c);
	SOCK_OR_EBADF(s, c, sd);

	if (s->kind == PD_K_LISTEN)
		return 0;
	if (s->kind != PD_K_OPEN)
		return pd_ret(-EINVAL);
	req.u.listen.backlog = backlog < 0 ? 0 : (uint32_t)backlog;
	r = pd_call(c, PD_REQ_LISTEN, (uint32_t)sd, &req, &resp);
	if (r)
		return pd_ret(r);
	if (resp.u.info.local_port)
		take_names(s, &resp.u.info);
	s->kind = PD_K_LISTEN;
	return 0;
}

static int accept_ready(struct pd_ctx *c, void *arg)
{
	struct pd_lsock *s = arg;

	(void)c;
	/* accepts: pairs with the driver's store_release when it queues a connection */
	return pd_load_acquire32(&s->shm->accepts) > 0 || pd_load_acquire32(&s->shm->state) != PD_SS_LISTEN;
}

int pd_accept4(int sd, struct sockaddr *addr, socklen_t *len, int flags)
{
	struct pd_req req = { 0 };
	struct pd_resp resp;
	struct pd_lsock *ns;
	int r;
	CTX_OR_FAIL(c);
	SOCK_OR_EBADF(s, c, sd);

	if (flags & ~(SOCK_NONBLOCK | SOCK_CLOEXEC))
		return pd_ret(-EINVAL);
	if (s->kind != PD_K_LISTEN)
		return pd_ret(-EINVAL);
	if (addr && !len)
		return pd_ret(-EFAULT);
	for (;;) {
		/*
		 * Nothing queued (the driver's accepts counter, acquire): no
		 * round trip to hear EAGAIN.  A connection queued just after the
		 * load is the same as one arriving after the call.  A dead
		 * driver or a listener that is no longer one: ask, for the error.
		 */
		if (!accept_ready(c, s) && !__atomic_load_n(&c->dead, __ATOMIC_ACQUIRE)) {
			if (s->nonblock)
				return pd_ret(-EAGAIN);
			r = pd_wait_sock(c, s, accept_ready, -1);
			if (r)
				return pd_ret(r == -ECONNRESET ? -ECONNABORTED : r);
		}
		r = pd_call(c, PD_REQ_ACCEPT, (uint32_t)sd, &req, &resp);
		if (r != -EAGAIN && r != -EWOULDBLOCK)
			break;
		if (s->nonblock)
			return pd_ret(-EAGAIN);
		r = pd_wait_sock(c, s, accept_ready, -1);
		if (r)
			return pd_ret(r == -ECONNRESET ? -ECONNABORTED : r);
	}
	if (r)
		return pd_ret(r);
	if (resp.sd >= c->max_sockets)
		return pd_ret(-EPROTO);
	ns = &c->socks[resp.sd];
	memset(ns, 0, sizeof(*ns));
	r = pd_lsock_attach(c, ns, resp.sd, &resp.u.info);
	if (r) {
		struct pd_req creq = { 0 };

		pd_call_oneway(c, PD_REQ_CLOSE, resp.sd, &creq);
		return pd_ret(r);
	}
	ns->nonblock = !!(flags & SOCK_NONBLOCK);
	ns->kind = PD_K_CONN;
	if (addr)
		put_name(&ns->peer, addr, len);
	return (int)resp.sd;
}

int pd_accept(int sd, struct sockaddr *addr, socklen_t *len)
{
	return pd_accept4(sd, addr, len, 0);
}

int pd_connect(int sd, const struct sockaddr *addr, socklen_t len)
{
	struct pd_req req = { 0 };
	struct pd_resp resp;
	struct sockaddr_in sin;
	int r;
	CTX_OR_FAIL(c);
	SOCK_OR_EBADF(s, c, sd);

	if (s->kind == PD_K_CONN)
		return pd_ret(-EISCONN);
	if (s->kind != PD_K_OPEN)
		return pd_ret(-EINVAL); /* a listener cannot connect */
	r = check_inet(addr, len, &sin);
	if (r)
		return pd_ret(r);
	req.u.inet.addr = sin.sin_addr.s_addr;
	req.u.inet.port = sin.sin_port;
	/* the driver completes a connect at once or refuses it: no EINPROGRESS, even non-blocking */
	r = pd_call(c, PD_REQ_CONNECT, (uint32_t)sd, &req, &resp);
	if (r)
		return pd_ret(r);
	r = pd_lsock_attach(c, s, (uint32_t)sd, &resp.u.info);
	if (r)
		return pd_ret(r);
	s->kind = PD_K_CONN;
	return 0;
}

int pd_shutdown(int sd, int how)
{
	struct pd_req req = { 0 };
	struct pd_resp resp;
	int r;
	CTX_OR_FAIL(c);
	SOCK_OR_EBADF(s, c, sd);

	if (how != SHUT_RD && how != SHUT_WR && how != SHUT_RDWR)
		return pd_ret(-EINVAL);
	if (s->kind != PD_K_CONN)
		return pd_ret(-ENOTCONN);
	pd_kick_flush(c, s, (uint32_t)sd);
	req.u.shutdown.how = how == SHUT_RD ? PD_SHUT_RD : how == SHUT_WR ? PD_SHUT_WR : PD_SHUT_RDWR;
	r = pd_call(c, PD_REQ_SHUTDOWN, (uint32_t)sd, &req, &resp);
	if (r && r != -ENOTCONN)
		return pd_ret(r);
	if (how != SHUT_WR)
		s->shut_rd = 1;
	if (how != SHUT_RD)
		s->shut_wr = 1;
	return 0;
}

/*
 * One-way (no round trip): close(2) frees the descriptor whatever happens,
 * and the driver's answer could only be EBADF, which was checked here.
 */
int pd_close(int sd)
{
	struct pd_req req = { 0 };
	int r;
	CTX_OR_FAIL(c);
	SOCK_OR_EBADF(s, c, sd);

	/*
	 * Free our entry before the driver frees the slot: once it has served
	 * the CLOSE, another thread's pd_socket or pd_accept may be handed the
	 * same sd and fill this entry, which a later memset would wipe (EBADF
	 * on a socket that thread had just opened).
	 */
	if (s->kind == PD_K_CONN)
		pd_kick_flush(c, s, (uint32_t)sd); /* what MSG_MORE published drains to the peer too */
	memset(s, 0, sizeof(*s)); /* kind = PD_K_FREE */
	r = pd_call_oneway(c, PD_REQ_CLOSE, (uint32_t)sd, &req);
	if (r == -ECONNRESET)
		r = 0; /* the driver is gone; so is the socket */
	return pd_ret(r);
}

int pd_getsockname(int sd, struct sockaddr *addr, socklen_t *len)
{
	CTX_OR_FAIL(c);
	SOCK_OR_EBADF(s, c, sd);

	if (!addr || !len)
		return pd_ret(-EFAULT);
	put_name(&s->local, addr, len);
	return 0;
}

int pd_getpeername(int sd, struct sockaddr *addr, socklen_t *len)
{
	CTX_OR_FAIL(c);
	SOCK_OR_EBADF(s, c, sd);

	if (!addr || !len)
		return pd_ret(-EFAULT);
	if (s->kind != PD_K_CONN)
		return pd_ret(-ENOTCONN);
	put_name(&s->peer, addr, len);
	return 0;
}

static int get_int(const void *val, socklen_t len, int *out)
{
	if (!val || len < (socklen_t)sizeof(int))
		return -EINVAL;
	memcpy(out, val, sizeof(int));
	return 0;
}

int pd_setsockopt(int sd, int level, int name, const void *val, socklen_t len)
{
	struct pd_req req = { 0 };
	struct pd_resp resp;
	int v, r;
	CTX_OR_FAIL(c);
	SOCK_OR_EBADF(s, c, sd);

	r = get_int(val, len, &v);
	if (r)
		return pd_ret(r);
	if (level == IPPROTO_TCP && name == TCP_NODELAY)
		return 0; /* PD has no Nagle */
	if (level != SOL_SOCKET)
		return pd_ret(-ENOPROTOOPT);
	switch (name) {
	case SO_REUSEADDR:
		s->reuseaddr = !!v; /* no TIME_WAIT on PD: nothing to reuse */
		return 0;
	case SO_SNDBUF:
	case SO_RCVBUF:
		/* one size for both rings of the socket, fixed once connected */
		if (s->kind != PD_K_OPEN)
			return pd_ret(s->kind == PD_K_CONN ? -EISCONN : -EINVAL);
		req.u.opt.opt = PD_OPT_RING_SIZE;
		req.u.opt.val = pd_ring_size_round(v);
		return pd_ret(pd_call(c, PD_REQ_SETOPT, (uint32_t)sd, &req, &resp));
	default:
		return pd_ret(-ENOPROTOOPT);
	}
}

static int put_int(void *val, socklen_t *len, int v)
{
	if (!val || !len || *len < (socklen_t)sizeof(int))
		return -EINVAL;
	memcpy(val, &v, sizeof(v));
	*len = sizeof(int);
	return 0;
}

int pd_getsockopt(int sd, int level, int name, void *val, socklen_t *len)
{
	struct pd_req req = { 0 };
	struct pd_resp resp;
	int r;
	CTX_OR_FAIL(c);
	SOCK_OR_EBADF(s, c, sd);

	if (level == IPPROTO_TCP && name == TCP_NODELAY)
		return pd_ret(put_int(val, len, 1));
	if (level != SOL_SOCKET)
		return pd_ret(-ENOPROTOOPT);
	switch (name) {
	case SO_TYPE:
		return pd_ret(put_int(val, len, SOCK_STREAM));
	case SO_REUSEADDR:
		return pd_ret(put_int(val, len, s->reuseaddr));
	case SO_ERROR:
		if (!val || !len || *len < (socklen_t)sizeof(int))
			return pd_ret(-EINVAL);
		req.u.opt.opt = PD_OPT_ERROR;
		r = pd_call(c, PD_REQ_GETOPT, (uint32_t)sd, &req, &resp);
		if (r == -ECONNRESET && __atomic_load_n(&c->dead, __ATOMIC_ACQUIRE))
			return pd_ret(put_int(val, len, ECONNRESET));
		if (r)
			return pd_ret(r);
		s->err_ack = pd_load_acquire_s32(&s->shm->error);
		return pd_ret(put_int(val, len, (int)resp.val));
	case SO_SNDBUF:
	case SO_RCVBUF:
		if (s->kind == PD_K_CONN)
			return pd_ret(put_int(val, len, (int)(name == SO_SNDBUF ? s->send_size : s->recv_size)));
		req.u.opt.opt = name == SO_SNDBUF ? PD_OPT_SNDBUF : PD_OPT_RCVBUF;
		r = pd_call(c, PD_REQ_GETOPT, (uint32_t)sd, &req, &resp);
		if (r)
			return pd_ret(r);
		return pd_ret(put_int(val, len, (int)resp.val));
	default:
		return pd_ret(-ENOPROTOOPT);
	}
}

int pd_fcntl(int sd, int cmd, ...)
{
	va_list ap;
	int arg;
	CTX_OR_FAIL(c);
	SOCK_OR_EBADF(s, c, sd);

	switch (cmd) {
	case F_GETFL:
		return O_RDWR | (s->nonblock ? O_NONBLOCK : 0);
	case F_SETFL:
		va_start(ap, cmd);
		arg = va_arg(ap, int);
		va_end(ap);
		s->nonblock = !!(arg & O_NONBLOCK);
		return 0;
	case F_GETFD:
	case F_SETFD:
		return 0; /* PD descriptors are not inherited by exec anyway */
	default:
		return pd_ret(-EINVAL);
	}
}
