// SPDX-License-Identifier: MIT
/*
 * pd_poll.c - poll(2) over PipeDevice sockets.  Readiness comes from the
 * shared counters and the status line; the wait is the library's one wait
 * (spin, then sleep on the app eventfd), re-evaluating every descriptor.
 */
#include "pd.h"
#include "pd_atomic.h"
#include "pd_internal.h"
#include "pd_ring.h"

static short sock_revents(struct pd_ctx *c, struct pd_lsock *s, short events)
{
	short rev = 0;
	uint32_t fl;
	int32_t err;

	if (!s)
		return POLLNVAL;
	/* the status line and counters: pair with the driver's store_release of each */
	fl = pd_load_acquire32(&s->shm->flags);
	err = pd_load_acquire_s32(&s->shm->error);
	if (err != 0 && err != s->err_ack)
		rev |= POLLERR;
	if (__atomic_load_n(&c->dead, __ATOMIC_ACQUIRE))
		return rev | POLLERR | POLLHUP;
	if (s->kind == PD_K_LISTEN) {
		if (pd_load_acquire32(&s->shm->accepts) > 0)
			rev |= POLLIN;
	} else if (s->kind == PD_K_CONN) {
		uint64_t rprod = pd_load_acquire64(&s->shm->recv.prod);
		uint64_t scons = pd_load_acquire64(&s->shm->send.cons);
		int drained = pd_ring_used(rprod, s->recv_cons, s->recv_size) == 0;

		if (!drained || (fl & (PD_SF_PEER_SHUT | PD_SF_RESET)) || s->shut_rd)
			rev |= POLLIN;
		if (fl & PD_SF_RESET)
			rev |= POLLHUP | POLLOUT; /* a send says EPIPE at once */
		else if (pd_ring_free(s->send_prod, scons, s->send_size) > 0 || s->shut_wr)
			rev |= POLLOUT;
		if ((fl & PD_SF_PEER_SHUT) && drained)
			rev |= POLLHUP;
		if (fl & (PD_SF_PEER_SHUT | PD_SF_RESET))
			rev |= POLLRDHUP; /* the peer shut its side (asked for only) */
	}
	return rev & (events | POLLERR | POLLHUP | POLLNVAL);
}

/* a value that moves with every event of s: counters, status line, queue */
static uint64_t sock_sig(struct pd_lsock *s)
{
	return pd_load_acquire64(&s->shm->recv.prod) * 3 + pd_load_acquire64(&s->shm->send.cons) * 5 +
	       (uint64_t)pd_load_acquire32(&s->shm->flags) * 7 + (uint64_t)pd_load_acquire32(&s->shm->accepts) * 11 +
	       (uint64_t)(uint32_t)pd_load_acquire_s32(&s->shm->error) * 13;
}

short pd_sock_revents(int sd, short events, uint64_t *sig)
{
	struct pd_ctx *c = pd_ctx_get();
	struct pd_lsock *s = c ? pd_lsock_get(c, sd) : NULL;

	if (!s)
		return POLLNVAL;
	if (__atomic_load_n(&c->more_used, __ATOMIC_RELAXED) && s->kind == PD_K_CONN)
		pd_kick_flush(c, s, (uint32_t)sd); /* as pd_poll: a MSG_MORE kick before anyone waits */
	short rev;

	if (sig)
		*sig = sock_sig(s);
	rev = sock_revents(c, s, events);
	/*
	 * TCP's meaning of POLLHUP: both directions are done (a reset, or the
	 * peer's FIN after our own); the peer's FIN alone is POLLIN|POLLRDHUP.
	 */
	if ((rev & POLLHUP) && s->kind == PD_K_CONN && !s->shut_wr &&
	    !(pd_load_acquire32(&s->shm->flags) & PD_SF_RESET) && !__atomic_load_n(&c->dead, __ATOMIC_ACQUIRE))
		rev &= (short)~POLLHUP;
	return rev;
}

int pd_sock_nread(int sd)
{
	struct pd_ctx *c = pd_ctx_get();
	struct pd_lsock *s = c ? pd_lsock_get(c, sd) : NULL;

	if (!s)
		return -EBADF;
	if (s->kind != PD_K_CONN)
		return s->kind == PD_K_LISTEN ? -EINVAL : 0;
	return (int)pd_ring_used(pd_load_acquire64(&s->shm->recv.prod), s->recv_cons, s->recv_size);
}

int pd_event_fd(void)
{
	struct pd_ctx *c = pd_ctx_get();

	return c ? c->app_efd : -1;
}

int pd_event_ctl_fd(void)
{
	struct pd_ctx *c = pd_ctx_get();

	return c ? c->ctl_fd : -1;
}

void pd_event_fd_want(int on)
{
	struct pd_ctx *c = pd_ctx_get();

	if (!c)
		return;
	if (on)
		__atomic_or_fetch(&c->hdr->app_waiting, PD_APP_WAIT_EVENTFD, __ATOMIC_SEQ_CST);
	else
		__atomic_and_fetch(&c->hdr->app_waiting, ~PD_APP_WAIT_EVENTFD, __ATOMIC_SEQ_CST);
	/* pairs with the driver's fence between its event_seq store and its app_waiting load */
	pd_fence_full();
}

int pd_busy_polling(void)
{
	struct pd_ctx *c = pd_ctx_get();

	return c && c->env.busy_poll;
}

int pd_driver_dead(int look)
{
	struct pd_ctx *c = pd_ctx_get();

	if (!c)
		return 1;
	return look ? pd_driver_gone(c) : __atomic_load_n(&c->dead, __ATOMIC_ACQUIRE);
}

struct poll_arg {
	struct pollfd *fds;
	nfds_t nfds;
	int count;
};

static int poll_scan(struct pd_ctx *c, void *arg)
{
	struct poll_arg *pa = arg;
	nfds_t i;

	pa->count = 0;
	for (i = 0; i < pa->nfds; i++) {
		struct pollfd *p = &pa->fds[i];

		p->revents = 0;
		if (p->fd < 0)
			continue;
		p->revents = sock_revents(c, pd_lsock_get(c, p->fd), p->events);
		if (p->revents)
			pa->count++;
	}
	return pa->count > 0;
}

int pd_poll(struct pollfd *fds, nfds_t nfds, int timeout)
{
	struct pd_ctx *c = pd_ctx_get();
	struct poll_arg pa = { .fds = fds, .nfds = nfds };
	int64_t deadline = -1;
	int r;

	if (!c)
		return -1;
	if (nfds && !fds)
		return pd_ret(-EFAULT);
	/*
	 * Sockets with a MSG_MORE kick left over: the driver must know before
	 * anyone waits.  A process that never sent with MSG_MORE skips the pass.
	 */
	for (nfds_t i = 0; __atomic_load_n(&c->more_used, __ATOMIC_RELAXED) && i < nfds; i++) {
		struct pd_lsock *s = fds[i].fd >= 0 ? pd_lsock_get(c, fds[i].fd) : NULL;

		if (s && s->kind == PD_K_CONN)
			pd_kick_flush(c, s, (uint32_t)fds[i].fd);
	}
	if (poll_scan(c, &pa))
		return pa.count;
	if (timeout == 0) {
		/* a loop of zero-timeout polls never waits: it looks for pdd's hang-up now and then */
		if (pd_dontwait_gone(c))
			poll_scan(c, &pa); /* every socket now reports POLLHUP|POLLERR */
		return pa.count;
	}
	if (timeout > 0)
		deadline = pd_now_ns() + (int64_t)timeout * 1000000;
	r = pd_wait(c, poll_scan, &pa, deadline);
	if (r == -ETIMEDOUT)
		return 0;
	if (r == -ECONNRESET) {
		poll_scan(c, &pa); /* every socket now reports POLLHUP|POLLERR */
		return pa.count;
	}
	return r ? pd_ret(r) : pa.count;
}
