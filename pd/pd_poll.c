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
	}
	return rev & (events | POLLERR | POLLHUP | POLLNVAL);
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
