// SPDX-License-Identifier: MIT
/*
 * pl_core.c - libpd_preload.so's core: the libc functions underneath, the
 * decision log, PipeDevice's availability, the descriptor table and the one
 * wait (PD sockets and kernel descriptors together).
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

#include "pd.h"
#include "pd_internal.h"
#include "pl.h"

#define X(ret, name, args) ret(*real_##name) args;
#include "pl_syms.h"
#undef X

int pl_log_on;
static int pl_off;       /* PD_PRELOAD=off, or this is pdd itself: the shim passes everything through */
static int wmark = -1;   /* PD descriptors at or above it */
static struct pl_obj **tab;
static int tab_n, tab_hi; /* entries; highest descriptor ever set */
static pthread_mutex_t tab_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t pd_once = PTHREAD_ONCE_INIT;
static int pd_state; /* 1 ok, -1 not available, 0 not tried */
static void after_fork_child(void);

static void resolve(void)
{
#define X(ret, name, args)                                                                            \
	if (!real_##name)                                                                             \
		real_##name = (ret(*) args)dlsym(RTLD_NEXT, #name);
#include "pl_syms.h"
#undef X
}

void pl_log(const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n = snprintf(buf, sizeof(buf), "pd_preload[%d]: ", (int)getpid());

	va_start(ap, fmt);
	n += vsnprintf(buf + n, sizeof(buf) - (size_t)n - 1, fmt, ap);
	va_end(ap);
	if (n > (int)sizeof(buf) - 2)
		n = (int)sizeof(buf) - 2;
	buf[n++] = '\n';
	if (real_write && real_write(2, buf, (size_t)n) < 0) {
		/* nowhere to say it */
	}
}

static void tab_init(void)
{
	struct rlimit rl;
	long n = 1 << 16;
	const char *e;

	if (getrlimit(RLIMIT_NOFILE, &rl) == 0) {
		if (rl.rlim_max != RLIM_INFINITY && (long)rl.rlim_max > n)
			n = (long)rl.rlim_max;
		if (n > 1 << 20)
			n = 1 << 20; /* the shim serves descriptors below 2^20; above, the kernel's */
	}
	tab = mmap(NULL, (size_t)n * sizeof(*tab), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
		   -1, 0);
	if (tab == MAP_FAILED) {
		tab = NULL;
		pl_off = 1;
		pl_log("no memory for the descriptor table: everything goes to the kernel");
		return;
	}
	tab_n = (int)n;
	/*
	 * The watermark: the middle of what select(2) can name (FD_SETSIZE)
	 * or of the soft limit, whichever is lower, so that the program's own
	 * descriptors (numbered from 0 up) do not meet ours, and select still
	 * works on ours.  PD_PRELOAD_FD_BASE=N sets it.
	 */
	e = getenv("PD_PRELOAD_FD_BASE");
	if (e && *e) {
		wmark = atoi(e);
	} else {
		long soft = getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY ? (long)rl.rlim_cur : FD_SETSIZE;

		wmark = (int)((soft < FD_SETSIZE ? soft : FD_SETSIZE) / 2);
	}
	if (wmark < 0)
		wmark = 0;
}

__attribute__((constructor)) void pl_init(void)
{
	static int done;
	const char *e;

	if (__atomic_exchange_n(&done, 1, __ATOMIC_ACQ_REL))
		return;
	resolve();
	e = getenv("PD_PRELOAD_LOG");
	pl_log_on = e && *e && strcmp(e, "0");
	e = getenv("PD_PRELOAD");
	if ((e && (!strcmp(e, "off") || !strcmp(e, "0"))) || !strcmp(program_invocation_short_name, "pdd")) {
		pl_off = 1;
		if (pl_log_on)
			pl_log("off (%s): every call goes to the kernel", e ? "PD_PRELOAD" : "this is pdd");
		return;
	}
	tab_init();
	pthread_atfork(NULL, NULL, after_fork_child);
	if (pl_log_on)
		pl_log("loaded in %s; PD descriptors from %d", program_invocation_short_name, wmark);
}


static void pd_try(void)
{
	if (pd_init() == 0) {
		pd_state = 1;
		if (pl_log_on)
			pl_log("PipeDevice driver connected");
		return;
	}
	pd_state = -1;
	/* one warning, whatever PD_PRELOAD_LOG says: the program works, over the kernel */
	pl_log("PipeDevice unavailable (%s): TCP goes through the kernel", strerror(errno));
}

int pl_pd_ok(void)
{
	if (pl_off)
		return 0;
	pthread_once(&pd_once, pd_try);
	return pd_state > 0 && !pd_driver_dead(0);
}

int pl_enabled(void)
{
	if (!real_socket)
		pl_init();
	return !pl_off && tab;
}

void pl_pd_flush(struct pl_obj *o)
{
	struct pd_ctx *c = pd_ctx_get();
	struct pd_lsock *s = c ? pd_lsock_get(c, o->sd) : NULL;

	if (s && s->kind == PD_K_CONN)
		pd_kick_flush(c, s, (uint32_t)o->sd);
}

/*
 * In the child of a fork: the PD sockets are the parent's (pdd serves one
 * process per connection), so the child forgets the parent's driver
 * connection and keeps the kernel side of each descriptor: a listener goes
 * on accepting kernel connections, a PD connection is an unconnected kernel
 * socket here (ENOTCONN, EPIPE).  New sockets of the child use PD anew.
 */
static void after_fork_child(void)
{
	int fd, n = 0;

	pthread_mutex_init(&tab_lock, NULL);
	pd_forget();
	pd_once = (pthread_once_t)PTHREAD_ONCE_INIT;
	pd_state = 0;
	for (fd = 0; fd <= tab_hi; fd++) {
		struct pl_obj *o = tab[fd];

		if (o && (o->kind == PL_PD || o->kind == PL_LISTEN)) {
			o->sd = -1;
			o->kind = PL_KERNEL;
			n++;
		}
	}
	if (n && pl_log_on)
		pl_log("forked child: %d PD descriptor(s) of the parent are kernel sockets here", n);
}

int pl_watermark(void)
{
	return wmark;
}

struct pl_obj *pl_get(int fd)
{
	if (!tab || fd < 0 || fd >= tab_n)
		return NULL;
	return __atomic_load_n(&tab[fd], __ATOMIC_ACQUIRE);
}

struct pl_obj *pl_obj_new(enum pl_kind k)
{
	struct pl_obj *o = calloc(1, sizeof(*o));

	if (!o)
		return NULL;
	o->refs = 1;
	o->kind = k;
	o->sd = -1;
	pthread_mutex_init(&o->lock, NULL);
	return o;
}

void pl_set_kind(struct pl_obj *o, enum pl_kind k)
{
	__atomic_store_n(&o->kind, k, __ATOMIC_RELEASE);
}

void pl_obj_put(struct pl_obj *o)
{
	if (!o || __atomic_sub_fetch(&o->refs, 1, __ATOMIC_ACQ_REL))
		return;
	if (o->sd >= 0 && pd_close(o->sd) < 0 && pl_log_on)
		pl_log("close of PD socket %d: %s", o->sd, strerror(errno));
	if (o->ep)
		pl_epoll_free(o->ep);
	pthread_mutex_destroy(&o->lock);
	free(o);
}

int pl_set(int fd, struct pl_obj *o)
{
	struct pl_obj *old;

	if (!tab || fd < 0 || fd >= tab_n)
		return -1;
	pthread_mutex_lock(&tab_lock);
	old = tab[fd];
	__atomic_store_n(&tab[fd], o, __ATOMIC_RELEASE);
	if (fd > tab_hi)
		tab_hi = fd;
	pthread_mutex_unlock(&tab_lock);
	/* a descriptor the kernel reused while we still held it: its old object is gone */
	if (old && old != o)
		pl_obj_put(old);
	return 0;
}

struct pl_obj *pl_take(int fd)
{
	struct pl_obj *o;

	if (!tab || fd < 0 || fd >= tab_n)
		return NULL;
	pthread_mutex_lock(&tab_lock);
	o = tab[fd];
	__atomic_store_n(&tab[fd], NULL, __ATOMIC_RELEASE);
	pthread_mutex_unlock(&tab_lock);
	return o;
}

int pl_lift(int fd, int cloexec)
{
	int nfd;

	if (fd < 0 || fd >= wmark)
		return fd;
	nfd = real_fcntl(fd, cloexec ? F_DUPFD_CLOEXEC : F_DUPFD, wmark);
	if (nfd < 0)
		return fd; /* none free above: keep it where it is */
	real_close(fd);
	return nfd;
}

int64_t pl_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t pl_deadline_ms(int timeout_ms)
{
	return timeout_ms < 0 ? -1 : pl_now_ns() + (int64_t)timeout_ms * 1000000;
}

/*
 * ---- the wait ----
 *
 * The driver writes the app eventfd on every event of the process while
 * PD_APP_WAIT_EVENTFD is set (pd_event_fd_want).  Waiters register first
 * (the first sets the bit; the registration ends in a full fence), then
 * re-check their condition, then poll the eventfd with their kernel
 * descriptors.  One waiter's read of the eventfd would leave another, that
 * checked but has not yet slept, asleep on an empty counter; so whoever
 * reads it writes the per-thread eventfd of every other registered waiter.
 * A waiter then sees either the state (its re-check came after the
 * driver's event) or a readable descriptor.
 */
struct pl_waiter {
	int efd;
	struct pl_waiter *prev, *next;
};

static pthread_mutex_t wl_lock = PTHREAD_MUTEX_INITIALIZER;
static struct pl_waiter *wl_head;
static int wl_count;
static pthread_key_t w_key;
static pthread_once_t w_once = PTHREAD_ONCE_INIT;

static void w_free(void *p)
{
	struct pl_waiter *w = p;

	if (w->efd >= 0)
		real_close(w->efd);
	free(w);
}

static void w_key_make(void)
{
	pthread_key_create(&w_key, w_free);
}

static struct pl_waiter *w_self(void)
{
	struct pl_waiter *w;

	pthread_once(&w_once, w_key_make);
	w = pthread_getspecific(w_key);
	if (w)
		return w;
	w = calloc(1, sizeof(*w));
	if (!w)
		return NULL;
	w->efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (w->efd < 0) {
		free(w);
		return NULL;
	}
	pthread_setspecific(w_key, w);
	return w;
}

static void w_register(struct pl_waiter *w)
{
	pthread_mutex_lock(&wl_lock);
	w->prev = NULL;
	w->next = wl_head;
	if (wl_head)
		wl_head->prev = w;
	wl_head = w;
	if (wl_count++ == 0)
		pd_event_fd_want(1);
	pthread_mutex_unlock(&wl_lock);
	__atomic_thread_fence(__ATOMIC_SEQ_CST); /* the registration before the re-check */
}

static void w_unregister(struct pl_waiter *w)
{
	pthread_mutex_lock(&wl_lock);
	if (w->prev)
		w->prev->next = w->next;
	else
		wl_head = w->next;
	if (w->next)
		w->next->prev = w->prev;
	if (--wl_count == 0)
		pd_event_fd_want(0);
	pthread_mutex_unlock(&wl_lock);
}

static void drain(int fd)
{
	uint64_t v;

	while (real_read(fd, &v, sizeof(v)) == (ssize_t)sizeof(v))
		;
}

/* the app eventfd fired and we emptied it: every other waiter must look too */
static void fan_out(struct pl_waiter *self)
{
	uint64_t one = 1;
	struct pl_waiter *w;

	pthread_mutex_lock(&wl_lock);
	for (w = wl_head; w; w = w->next)
		if (w != self && real_write(w->efd, &one, sizeof(one)) < 0) {
			/* EAGAIN: the counter is saturated, it will wake anyway */
		}
	pthread_mutex_unlock(&wl_lock);
}

#define PL_SPIN_ROUNDS 256
#define PL_BUSY_HUP_ROUNDS 2048
#define PL_STACK_FDS 64

static int poll_ms(int64_t deadline_ns)
{
	int64_t left;

	if (deadline_ns < 0)
		return -1;
	left = deadline_ns - pl_now_ns();
	if (left <= 0)
		return 0;
	left = (left + 999999) / 1000000;
	return left > 1000000 ? 1000000 : (int)left;
}

int pl_wait(struct pollfd *kfds, int nk, int (*ready)(void *arg), void *arg, int64_t deadline_ns)
{
	struct pollfd stack[PL_STACK_FDS + 3], *pf = stack;
	struct pl_waiter *w;
	unsigned int rounds = 0;
	int i, r, rc = 0;

	for (i = 0; i < PL_SPIN_ROUNDS && !pd_busy_polling(); i++) {
		if (ready(arg))
			return 1;
		__builtin_ia32_pause();
	}
	if (pd_busy_polling()) {
		/* PD_POLL=busy: spin on both, giving the core away every round (as libpd does) */
		for (;;) {
			if (ready(arg))
				return 1;
			if (nk && (r = real_poll(kfds, (nfds_t)nk, 0)) != 0)
				return r > 0 ? 2 : -errno;
			if (deadline_ns >= 0 && pl_now_ns() >= deadline_ns)
				return 0;
			if (++rounds % PL_BUSY_HUP_ROUNDS == 0 && pd_driver_dead(1))
				return ready(arg) ? 1 : 0;
			sched_yield();
		}
	}
	w = w_self();
	if (!w)
		return -ENOMEM;
	if (nk > PL_STACK_FDS) {
		pf = malloc(sizeof(*pf) * (size_t)(nk + 3));
		if (!pf)
			return -ENOMEM;
	}
	for (;;) {
		int efd = pd_event_fd(), cfd = pd_event_ctl_fd(), n = nk;

		w_register(w);
		if (ready(arg)) {
			w_unregister(w);
			rc = 1;
			break;
		}
		for (i = 0; i < nk; i++)
			pf[i] = kfds[i];
		pf[n++] = (struct pollfd){ .fd = w->efd, .events = POLLIN };
		pf[n++] = (struct pollfd){ .fd = efd, .events = POLLIN };
		pf[n++] = (struct pollfd){ .fd = cfd, .events = 0 }; /* POLLHUP: the driver died */
		r = real_poll(pf, (nfds_t)n, poll_ms(deadline_ns));
		if (r > 0 && (pf[nk + 1].revents & POLLIN)) {
			drain(efd);
			fan_out(w);
		}
		w_unregister(w);
		if (r < 0) {
			rc = -errno;
			break;
		}
		if (pf[nk].revents & POLLIN)
			drain(w->efd);
		if (pf[nk + 2].revents & (POLLHUP | POLLERR))
			pd_driver_dead(1); /* every PD socket now says so: ready() sees it */
		for (i = 0, r = 0; i < nk; i++) {
			kfds[i].revents = pf[i].revents;
			r += !!pf[i].revents;
		}
		if (r) {
			rc = 2;
			break;
		}
		if (ready(arg)) {
			rc = 1;
			break;
		}
		if (deadline_ns >= 0 && pl_now_ns() >= deadline_ns) {
			rc = 0;
			break;
		}
	}
	if (pf != stack)
		free(pf);
	return rc;
}
