// SPDX-License-Identifier: MIT
/*
 * pl_poll.c - readiness over PD and kernel descriptors together: poll,
 * ppoll, select, pselect and epoll.
 *
 * A PD descriptor's readiness comes from its shared counters (libpd's
 * pd_sock_revents); a kernel descriptor's from the kernel.  A call with no
 * PD descriptor goes to the kernel unchanged.  Otherwise the shim looks at
 * both without waiting, and if nothing is ready sleeps in one poll(2) on the
 * kernel descriptors and the driver's eventfd (pl_wait): an idle set costs
 * no CPU.  A listener is both: its kernel socket, and its PD listener.
 *
 * epoll: the kernel's epoll instance keeps the kernel descriptors; the PD
 * members are kept here (struct pl_ep), with their events and data, and are
 * reported first.  Edge-triggered PD members report when their counters
 * moved since the last report (a new event, as the kernel does), level-
 * triggered ones while ready; EPOLLONESHOT disarms until EPOLL_CTL_MOD.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>

#include "pd.h"
#include "pd_internal.h"
#include "pl.h"

static int ret_err(int e)
{
	errno = e;
	return -1;
}

/* ---- poll ---- */

struct pp {
	struct pollfd *fds; /* the program's */
	nfds_t n;
	short *pdrev;      /* PD part of each entry's revents; -1: not a PD entry */
	int npd;
};

/* the PD side of every PD entry; returns how many have something */
static int pp_scan(struct pp *p)
{
	nfds_t i;
	int count = 0;

	for (i = 0; i < p->n; i++) {
		struct pl_obj *o;

		if (p->pdrev[i] < 0)
			continue;
		o = pl_get(p->fds[i].fd);
		p->pdrev[i] = pl_is_pd(o) ? pd_sock_revents(o->sd, p->fds[i].events | POLLRDHUP, NULL) : POLLNVAL;
		p->pdrev[i] &= (short)(p->fds[i].events | POLLERR | POLLHUP | POLLNVAL);
		count += !!p->pdrev[i];
	}
	return count;
}

static int pp_ready(void *arg)
{
	return pp_scan(arg) > 0;
}

/* poll(2) over fds where some are PD: deadline in ns (< 0: none) */
static int pl_poll_mixed(struct pollfd *fds, nfds_t n, int64_t deadline)
{
	short stack_rev[64];
	struct pollfd stack_k[64];
	struct pp p = { .fds = fds, .n = n, .pdrev = stack_rev };
	struct pollfd *k = stack_k;
	nfds_t i;
	int nk = 0, r, count = 0;
	int *kidx;
	int stack_idx[64];

	kidx = stack_idx;
	if (n > 64) {
		p.pdrev = malloc(n * sizeof(*p.pdrev));
		k = malloc(n * sizeof(*k));
		kidx = malloc(n * sizeof(*kidx));
		if (!p.pdrev || !k || !kidx) {
			free(p.pdrev);
			free(k);
			free(kidx);
			return ret_err(ENOMEM);
		}
	}
	/* the kernel part: every entry but PD connections (a listener is in both) */
	for (i = 0; i < n; i++) {
		struct pl_obj *o = fds[i].fd >= 0 ? pl_get(fds[i].fd) : NULL;
		enum pl_kind kd = o ? pl_kind_of(o) : 0;

		p.pdrev[i] = (kd == PL_PD || kd == PL_LISTEN) ? 0 : -1;
		fds[i].revents = 0;
		if (kd != PL_PD) {
			k[nk] = fds[i];
			kidx[nk++] = (int)i;
		}
	}
	r = pp_scan(&p);
	if (nk) {
		int kr = real_poll(k, (nfds_t)nk, 0);

		if (kr < 0) {
			r = -errno;
			goto out;
		}
		if (!r && !kr)
			r = pl_wait(k, nk, pp_ready, &p, deadline);
		else
			r = 1;
	} else if (!r) {
		r = pl_wait(NULL, 0, pp_ready, &p, deadline);
	}
	if (r < 0)
		goto out;
	pp_scan(&p); /* the PD side as it is now, whoever woke us */
	for (i = 0; i < (nfds_t)nk; i++)
		fds[kidx[i]].revents = k[i].revents;
	for (i = 0; i < n; i++) {
		if (p.pdrev[i] > 0)
			fds[i].revents |= p.pdrev[i];
		count += !!fds[i].revents;
	}
	r = count;
out:
	if (n > 64) {
		free(p.pdrev);
		free(k);
		free(kidx);
	}
	return r < 0 ? ret_err(-r) : r;
}

static int has_pd(const struct pollfd *fds, nfds_t n)
{
	nfds_t i;

	for (i = 0; i < n; i++)
		if (fds[i].fd >= 0 && pl_is_pd(pl_get(fds[i].fd)))
			return 1;
	return 0;
}

/*
 * glibc declares poll's array write-only (__attr_access), so gcc takes our
 * reads of the caller's events for reads of uninitialized memory.
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
int poll(struct pollfd *fds, nfds_t n, int timeout)
{
	if (!fds || !has_pd(fds, n))
		return real_poll(fds, n, timeout);
	return pl_poll_mixed(fds, n, pl_deadline_ms(timeout));
}

static int64_t ts_deadline(const struct timespec *ts)
{
	return ts ? pl_now_ns() + (int64_t)ts->tv_sec * 1000000000 + ts->tv_nsec : -1;
}

int ppoll(struct pollfd *fds, nfds_t n, const struct timespec *ts, const sigset_t *mask)
{
	sigset_t old;
	int r, e;

	if (!fds || !has_pd(fds, n))
		return real_ppoll(fds, n, ts, mask);
	/* the mask is swapped around the wait, not atomically with it as the kernel does */
	if (mask)
		pthread_sigmask(SIG_SETMASK, mask, &old);
	r = pl_poll_mixed(fds, n, ts_deadline(ts));
	e = errno;
	if (mask)
		pthread_sigmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return r;
}

#pragma GCC diagnostic pop

int __poll_chk(struct pollfd *fds, nfds_t n, int timeout, size_t fdslen)
{
	if (fdslen / sizeof(*fds) < n)
		abort();
	return poll(fds, n, timeout);
}

int __ppoll_chk(struct pollfd *fds, nfds_t n, const struct timespec *ts, const sigset_t *mask, size_t fdslen)
{
	if (fdslen / sizeof(*fds) < n)
		abort();
	return ppoll(fds, n, ts, mask);
}

/* ---- select: through poll when a PD descriptor is in a set ---- */

static int sets_have_pd(int nfds, fd_set *r, fd_set *w, fd_set *x)
{
	int fd;

	for (fd = 0; fd < nfds && fd < FD_SETSIZE; fd++)
		if (((r && FD_ISSET(fd, r)) || (w && FD_ISSET(fd, w)) || (x && FD_ISSET(fd, x))) &&
		    pl_is_pd(pl_get(fd)))
			return 1;
	return 0;
}

static int select_mixed(int nfds, fd_set *r, fd_set *w, fd_set *x, int64_t deadline)
{
	struct pollfd *pf;
	int fd, n = 0, i, count = 0, rc;

	if (nfds < 0 || nfds > FD_SETSIZE)
		return ret_err(EINVAL);
	pf = calloc((size_t)nfds + 1, sizeof(*pf));
	if (!pf)
		return ret_err(ENOMEM);
	for (fd = 0; fd < nfds; fd++) {
		short ev = 0;

		if (r && FD_ISSET(fd, r))
			ev |= POLLIN;
		if (w && FD_ISSET(fd, w))
			ev |= POLLOUT;
		if (x && FD_ISSET(fd, x))
			ev |= POLLPRI;
		if (ev)
			pf[n++] = (struct pollfd){ .fd = fd, .events = ev };
	}
	rc = pl_poll_mixed(pf, (nfds_t)n, deadline);
	if (rc < 0) {
		free(pf);
		return -1;
	}
	for (i = 0; i < n; i++)
		if (pf[i].revents & POLLNVAL) {
			free(pf);
			return ret_err(EBADF);
		}
	if (r)
		FD_ZERO(r);
	if (w)
		FD_ZERO(w);
	if (x)
		FD_ZERO(x);
	for (i = 0; i < n; i++) {
		short rev = pf[i].revents;

		/* as the kernel's select: hang-up and error count as readable (and writable) */
		if (r && (pf[i].events & POLLIN) && (rev & (POLLIN | POLLHUP | POLLERR))) {
			FD_SET(pf[i].fd, r);
			count++;
		}
		if (w && (pf[i].events & POLLOUT) && (rev & (POLLOUT | POLLERR))) {
			FD_SET(pf[i].fd, w);
			count++;
		}
		if (x && (pf[i].events & POLLPRI) && (rev & POLLPRI)) {
			FD_SET(pf[i].fd, x);
			count++;
		}
	}
	free(pf);
	return count;
}

int select(int nfds, fd_set *r, fd_set *w, fd_set *x, struct timeval *tv)
{
	int64_t deadline;
	int rc;

	if (!sets_have_pd(nfds, r, w, x))
		return real_select(nfds, r, w, x, tv);
	deadline = tv ? pl_now_ns() + (int64_t)tv->tv_sec * 1000000000 + (int64_t)tv->tv_usec * 1000 : -1;
	rc = select_mixed(nfds, r, w, x, deadline);
	if (tv) {
		/* Linux's select leaves the time not slept in *tv */
		int64_t left = deadline - pl_now_ns();

		if (left < 0)
			left = 0;
		tv->tv_sec = left / 1000000000;
		tv->tv_usec = (left % 1000000000) / 1000;
	}
	return rc;
}

int pselect(int nfds, fd_set *r, fd_set *w, fd_set *x, const struct timespec *ts, const sigset_t *mask)
{
	sigset_t old;
	int rc, e;

	if (!sets_have_pd(nfds, r, w, x))
		return real_pselect(nfds, r, w, x, ts, mask);
	if (mask)
		pthread_sigmask(SIG_SETMASK, mask, &old);
	rc = select_mixed(nfds, r, w, x, ts_deadline(ts));
	e = errno;
	if (mask)
		pthread_sigmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return rc;
}

/* ---- epoll ---- */

#define SIG_NONE 0x5a5a5a5a5a5a5a5aull /* "never reported": the first look reports an edge */

struct pl_reg {
	int fd;
	struct pl_obj *o;
	struct epoll_event ev;  /* the program's events and data */
	int in_kernel;          /* the kernel epoll has fd too (a tentative socket, a listener) */
	int pd;                 /* the shim reports fd's PD side */
	int disarmed;           /* EPOLLONESHOT reported, until EPOLL_CTL_MOD */
	uint64_t sig;           /* edge-triggered: counters at the last report */
	struct pl_reg *next;
};

struct pl_ep {
	int epfd;
	pthread_mutex_t lock;
	struct pl_reg *regs;
	int npd;          /* registrations with pd set */
	unsigned int rot; /* where the next scan starts, for fairness */
	struct pl_ep *next;
};

static pthread_mutex_t eps_lock = PTHREAD_MUTEX_INITIALIZER;
static struct pl_ep *eps;

static struct pl_ep *ep_of(int epfd, int create)
{
	struct pl_obj *o = pl_get(epfd);
	struct pl_ep *ep;

	if (o && pl_kind_of(o) == PL_EPOLL)
		return o->ep;
	if (!create || o)
		return NULL;
	o = pl_obj_new(PL_EPOLL);
	ep = calloc(1, sizeof(*ep));
	if (!o || !ep) {
		free(ep);
		pl_obj_put(o);
		return NULL;
	}
	ep->epfd = epfd;
	pthread_mutex_init(&ep->lock, NULL);
	o->ep = ep;
	pthread_mutex_lock(&eps_lock);
	ep->next = eps;
	eps = ep;
	pthread_mutex_unlock(&eps_lock);
	if (pl_set(epfd, o)) {
		pl_obj_put(o);
		return NULL;
	}
	return ep;
}

void pl_epoll_free(struct pl_ep *ep)
{
	struct pl_ep **pp;
	struct pl_reg *g, *n;

	pthread_mutex_lock(&eps_lock);
	for (pp = &eps; *pp; pp = &(*pp)->next)
		if (*pp == ep) {
			*pp = ep->next;
			break;
		}
	pthread_mutex_unlock(&eps_lock);
	for (g = ep->regs; g; g = n) {
		n = g->next;
		__atomic_sub_fetch(&g->o->regs, 1, __ATOMIC_ACQ_REL);
		free(g);
	}
	pthread_mutex_destroy(&ep->lock);
	free(ep);
}

static struct pl_reg *reg_find(struct pl_ep *ep, int fd, struct pl_obj *o)
{
	struct pl_reg *g;

	for (g = ep->regs; g; g = g->next)
		if (g->fd == fd && g->o == o)
			return g;
	return NULL;
}

static void reg_unlink(struct pl_ep *ep, struct pl_reg *g)
{
	struct pl_reg **pp;

	for (pp = &ep->regs; *pp; pp = &(*pp)->next)
		if (*pp == g) {
			*pp = g->next;
			break;
		}
	if (g->pd)
		ep->npd--;
	__atomic_sub_fetch(&g->o->regs, 1, __ATOMIC_ACQ_REL);
	free(g);
}

void pl_epoll_switch(int fd, struct pl_obj *o)
{
	struct pl_ep *ep;

	if (!__atomic_load_n(&o->regs, __ATOMIC_ACQUIRE))
		return;
	pthread_mutex_lock(&eps_lock);
	for (ep = eps; ep; ep = ep->next) {
		struct pl_reg *g;

		pthread_mutex_lock(&ep->lock);
		g = reg_find(ep, fd, o);
		if (g) {
			switch (pl_kind_of(o)) {
			case PL_PD:
				/* the placeholder would say "hang-up" at once: out of the kernel's set */
				real_epoll_ctl(ep->epfd, EPOLL_CTL_DEL, fd, NULL);
				g->in_kernel = 0;
				/* fallthrough */
			case PL_LISTEN:
				if (!g->pd)
					ep->npd++;
				g->pd = 1;
				g->sig = SIG_NONE;
				break;
			default:
				reg_unlink(ep, g); /* the kernel's alone now */
				break;
			}
		}
		pthread_mutex_unlock(&ep->lock);
	}
	pthread_mutex_unlock(&eps_lock);
}

void pl_epoll_forget(int fd, struct pl_obj *o)
{
	struct pl_ep *ep;

	(void)fd;
	if (!__atomic_load_n(&o->regs, __ATOMIC_ACQUIRE))
		return;
	pthread_mutex_lock(&eps_lock);
	for (ep = eps; ep; ep = ep->next) {
		struct pl_reg *g, *n;

		pthread_mutex_lock(&ep->lock);
		for (g = ep->regs; g; g = n) {
			n = g->next;
			if (g->o == o)
				reg_unlink(ep, g);
		}
		pthread_mutex_unlock(&ep->lock);
	}
	pthread_mutex_unlock(&eps_lock);
}

int epoll_ctl(int epfd, int op, int fd, struct epoll_event *ev)
{
	struct pl_obj *o = pl_get(fd);
	enum pl_kind kd = o ? pl_kind_of(o) : 0;
	struct pl_ep *ep;
	struct pl_reg *g;
	int r = 0;

	if (!o || kd == PL_KERNEL || kd == PL_EPOLL)
		return real_epoll_ctl(epfd, op, fd, ev);
	if (op != EPOLL_CTL_ADD && op != EPOLL_CTL_MOD && op != EPOLL_CTL_DEL)
		return ret_err(EINVAL);
	if (op != EPOLL_CTL_DEL && !ev)
		return ret_err(EFAULT);
	if (fd == epfd)
		return ret_err(EINVAL);
	if (kd == PL_TENT || kd == PL_LISTEN) {
		/* the kernel keeps the socket too: its own checks and errors first */
		r = real_epoll_ctl(epfd, op, fd, ev);
		if (r)
			return r;
	} else if (real_fcntl(epfd, F_GETFD) < 0) {
		return -1; /* EBADF */
	}
	ep = ep_of(epfd, 1);
	if (!ep)
		return ret_err(ENOMEM);
	pthread_mutex_lock(&ep->lock);
	g = reg_find(ep, fd, o);
	switch (op) {
	case EPOLL_CTL_ADD:
		if (g) {
			r = ret_err(EEXIST);
			break;
		}
		g = calloc(1, sizeof(*g));
		if (!g) {
			r = ret_err(ENOMEM);
			break;
		}
		g->fd = fd;
		g->o = o;
		g->ev = *ev;
		g->in_kernel = kd != PL_PD;
		g->pd = kd == PL_PD || kd == PL_LISTEN;
		g->sig = SIG_NONE;
		g->next = ep->regs;
		ep->regs = g;
		ep->npd += g->pd;
		__atomic_add_fetch(&o->regs, 1, __ATOMIC_ACQ_REL);
		break;
	case EPOLL_CTL_MOD:
		if (!g) {
			r = ret_err(ENOENT);
			break;
		}
		g->ev = *ev;
		g->disarmed = 0;
		g->sig = SIG_NONE; /* as the kernel: a MOD reports what is ready now */
		break;
	case EPOLL_CTL_DEL:
		if (!g) {
			r = ret_err(ENOENT);
			break;
		}
		reg_unlink(ep, g);
		break;
	}
	pthread_mutex_unlock(&ep->lock);
	return r;
}

static short ev_to_poll(uint32_t e)
{
	short p = 0;

	if (e & EPOLLIN)
		p |= POLLIN;
	if (e & EPOLLOUT)
		p |= POLLOUT;
	if (e & EPOLLRDHUP)
		p |= POLLRDHUP;
	if (e & EPOLLPRI)
		p |= POLLPRI;
	return p;
}

static uint32_t poll_to_ev(short p)
{
	uint32_t e = 0;

	if (p & POLLIN)
		e |= EPOLLIN;
	if (p & POLLOUT)
		e |= EPOLLOUT;
	if (p & POLLRDHUP)
		e |= EPOLLRDHUP;
	if (p & POLLERR)
		e |= EPOLLERR;
	if (p & POLLHUP)
		e |= EPOLLHUP;
	return e;
}

/*
 * The PD members that are due, into out[0..max) (commit: as reported, with
 * the edge and one-shot bookkeeping; else only counted).  Under ep->lock.
 */
static int ep_scan(struct pl_ep *ep, struct epoll_event *out, int max, int commit)
{
	struct pl_reg *g;
	int n = 0, i = 0, start, total = ep->npd;

	if (!total)
		return 0;
	start = (int)(ep->rot % (unsigned int)total);
	/* two passes from a rotating start: members past max get their turn next call */
	for (int pass = 0; pass < 2 && n < max; pass++) {
		i = 0;
		for (g = ep->regs; g && n < max; g = g->next) {
			uint64_t sig;
			short rev;
			uint32_t e;

			if (!g->pd)
				continue;
			if ((pass == 0 && i++ < start) || (pass == 1 && i++ >= start))
				continue;
			if (g->disarmed || !pl_is_pd(g->o))
				continue;
			rev = pd_sock_revents(g->o->sd, ev_to_poll(g->ev.events), &sig);
			if (rev & POLLNVAL)
				continue;
			e = poll_to_ev(rev) & (g->ev.events | EPOLLERR | EPOLLHUP);
			if (!e)
				continue;
			if ((g->ev.events & EPOLLET) && sig == g->sig)
				continue; /* nothing new since the last report */
			if (commit) {
				out[n].events = e;
				out[n].data = g->ev.data;
				g->sig = sig;
				if (g->ev.events & EPOLLONESHOT)
					g->disarmed = 1;
			}
			n++;
		}
	}
	if (commit && n)
		ep->rot++;
	return n;
}

static int ep_ready(void *arg)
{
	struct pl_ep *ep = arg;
	int n;

	pthread_mutex_lock(&ep->lock);
	n = ep_scan(ep, NULL, 1, 0);
	pthread_mutex_unlock(&ep->lock);
	return n > 0;
}

/* a listener reported by both sides: one event with both sets of flags */
static int merge_dups(struct epoll_event *ev, int npd, int n)
{
	int i, j;

	for (i = npd; i < n; i++) {
		for (j = 0; j < npd; j++)
			if (ev[j].data.u64 == ev[i].data.u64)
				break;
		if (j < npd) {
			ev[j].events |= ev[i].events;
			ev[i--] = ev[--n];
		}
	}
	return n;
}

static int epoll_wait_mixed(struct pl_ep *ep, int epfd, struct epoll_event *ev, int max, int64_t deadline)
{
	for (;;) {
		struct pollfd k = { .fd = epfd, .events = POLLIN };
		int n, kn, r;

		pthread_mutex_lock(&ep->lock);
		n = ep_scan(ep, ev, max, 1);
		pthread_mutex_unlock(&ep->lock);
		kn = n < max ? real_epoll_wait(epfd, ev + n, max - n, 0) : 0;
		if (kn < 0)
			return n ? n : -1;
		if (n + kn)
			return merge_dups(ev, n, n + kn);
		r = pl_wait(&k, 1, ep_ready, ep, deadline);
		if (r < 0)
			return ret_err(-r);
		if (r == 0)
			return 0;
	}
}

int epoll_pwait(int epfd, struct epoll_event *ev, int max, int timeout, const sigset_t *mask)
{
	struct pl_ep *ep = ep_of(epfd, 0);
	sigset_t old;
	int r, e;

	if (!ep || !ep->npd)
		return real_epoll_pwait(epfd, ev, max, timeout, mask);
	if (max <= 0)
		return ret_err(EINVAL);
	if (!ev)
		return ret_err(EFAULT);
	/* the mask is swapped around the wait, not atomically with it as the kernel does */
	if (mask)
		pthread_sigmask(SIG_SETMASK, mask, &old);
	r = epoll_wait_mixed(ep, epfd, ev, max, pl_deadline_ms(timeout));
	e = errno;
	if (mask)
		pthread_sigmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return r;
}

int epoll_wait(int epfd, struct epoll_event *ev, int max, int timeout)
{
	return epoll_pwait(epfd, ev, max, timeout, NULL); /* as the kernel: epoll_wait is pwait without a mask */
}
