// SPDX-License-Identifier: MIT
/*
 * pd_ctx.c - the process's connection to the driver: pd_init/pd_fini, the
 * socket table, control calls, kicks and the blocking wait.
 */
#include <poll.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "pd.h"
#include "pd_atomic.h"
#include "pd_internal.h"
#include "pd_ring.h"

/* spins before a blocking wait sleeps: waking a sleeping thread is expensive on a VM */
#define PD_SPIN_ROUNDS 256
/*
 * A sleeper re-checks at least this often: a guard against a dead pdd (whose
 * death no futex word reports), never the wake-up path (pd_stats counts a
 * sleep this timer ended with its condition true as a lost wake-up).
 */
#define PD_SLEEP_MAX_MS 100
/*
 * PD_POLL=busy never sleeps on the control socket, so it looks for pdd's
 * hang-up itself every this many rounds (a few ms: each round yields).
 */
#define PD_BUSY_HUP_ROUNDS 2048

static struct pd_ctx g_ctx = { .ctl_fd = -1, .app_efd = -1,
			       .worker_efd = { -1, -1, -1, -1, -1, -1, -1, -1 } };
static pthread_mutex_t g_init_lock = PTHREAD_MUTEX_INITIALIZER;
static int g_ready; /* 1 once g_ctx is usable (release/acquire) */

static const struct pd_host_ops *g_test_host; /* pd_set_host_for_test */

void pd_set_host_for_test(const struct pd_host_ops *ops)
{
	g_test_host = ops;
}

static const char *env_get(const char *name)
{
	return getenv(name);
}

static int ctx_open(struct pd_ctx *c)
{
	char err[256] = "";
	int r = pd_env_parse(env_get, &c->env, err, sizeof(err));

	if (r) {
		fprintf(stderr, "%s\n", err);
		return r;
	}
	/* no PD_HOST: pdd if its socket exists, else the kernel module if its node does (pd.h) */
	if (!c->env.host_set && access(c->env.socket, F_OK) && !access(PD_DEV_NODE, F_OK))
		c->env.host = PD_HOST_KERNEL;
	c->ops = c->env.host == PD_HOST_KERNEL ? &pd_host_kernel : &pd_host_pdd;
	if (g_test_host)
		c->ops = g_test_host;
	pthread_mutex_init(&c->ctl_lock, NULL);
	r = c->ops->open(c);
	if (r)
		return r;
	c->socks = calloc(c->max_sockets, sizeof(*c->socks));
	if (!c->socks) {
		c->ops->close(c);
		return -ENOMEM;
	}
	c->dead = 0;
	c->more_used = 0;
	return 0;
}

int pd_init(void)
{
	int r = 0;

	if (__atomic_load_n(&g_ready, __ATOMIC_ACQUIRE))
		return 0;
	pthread_mutex_lock(&g_init_lock);
	if (!g_ready) {
		r = ctx_open(&g_ctx);
		if (!r)
			__atomic_store_n(&g_ready, 1, __ATOMIC_RELEASE); /* pairs with the acquire above */
	}
	pthread_mutex_unlock(&g_init_lock);
	return pd_ret(r);
}

void pd_fini(void)
{
	uint32_t sd;

	pthread_mutex_lock(&g_init_lock);
	if (g_ready) {
		for (sd = 0; sd < g_ctx.max_sockets; sd++) {
			if (g_ctx.socks[sd].kind != PD_K_FREE)
				pd_close((int)sd);
		}
		/* closing the control socket tells pdd we are gone */
		g_ctx.ops->close(&g_ctx);
		free(g_ctx.socks);
		g_ctx.socks = NULL;
		g_ctx.seq = 0;
		__atomic_store_n(&g_ready, 0, __ATOMIC_RELEASE);
	}
	pthread_mutex_unlock(&g_init_lock);
}

void pd_forget(void)
{
	/*
	 * In the child of a fork: the parent's mappings, eventfds and control
	 * socket are copies here; closing them tells pdd nothing (the parent
	 * still holds them), and the sockets stay the parent's.  The lock may
	 * have been held by a thread that does not exist here.
	 */
	pthread_mutex_init(&g_init_lock, NULL);
	if (g_ready) {
		g_ctx.ops->close(&g_ctx);
		free(g_ctx.socks);
		g_ctx.socks = NULL;
		g_ctx.seq = 0;
		__atomic_store_n(&g_ready, 0, __ATOMIC_RELEASE);
	}
}

struct pd_ctx *pd_ctx_get(void)
{
	if (!__atomic_load_n(&g_ready, __ATOMIC_ACQUIRE) && pd_init() < 0)
		return NULL;
	return &g_ctx;
}

struct pd_lsock *pd_lsock_get(struct pd_ctx *c, int sd)
{
	if (sd < 0 || (uint32_t)sd >= c->max_sockets || c->socks[sd].kind == PD_K_FREE)
		return NULL;
	return &c->socks[sd];
}

int pd_call(struct pd_ctx *c, uint32_t op, uint32_t sd, struct pd_req *req, struct pd_resp *resp)
{
	int r;

	req->op = op;
	req->sd = sd;
	if (__atomic_load_n(&c->dead, __ATOMIC_ACQUIRE))
		return -ECONNRESET;
	r = c->ops->call(c, req, resp);
	if (r)
		return r;
	if (resp->op != op)
		return -EPROTO;
	return resp->status;
}

int pd_call_oneway(struct pd_ctx *c, uint32_t op, uint32_t sd, struct pd_req *req)
{
	struct pd_resp resp;

	if (!c->ops->send_oneway)
		return pd_call(c, op, sd, req, &resp);
	req->op = op;
	req->sd = sd;
	if (__atomic_load_n(&c->dead, __ATOMIC_ACQUIRE))
		return -ECONNRESET;
	return c->ops->send_oneway(c, req);
}

struct pd_sock_shm *pd_shm_of(struct pd_ctx *c, uint32_t sd)
{
	return (struct pd_sock_shm *)((uint8_t *)c->hdr + pd_notify_sock_off(c->max_sockets)) + sd;
}

int pd_lsock_attach(struct pd_ctx *c, struct pd_lsock *s, uint32_t sd, const struct pd_sock_info *info)
{
	uint64_t ssz = info->send_size, rsz = info->recv_size;

	if (!pd_is_pow2(ssz) || !pd_is_pow2(rsz) || info->send_off > c->arena_size ||
	    c->arena_size - info->send_off < ssz || info->recv_off > c->arena_size ||
	    c->arena_size - info->recv_off < rsz || info->worker >= c->workers)
		return -EPROTO; /* never index memory the driver did not give us */
	s->shm = pd_shm_of(c, sd);
	s->send_base = c->arena + info->send_off;
	s->recv_base = c->arena + info->recv_off;
	s->send_size = ssz;
	s->recv_size = rsz;
	s->worker = info->worker;
	/* the driver set the counters up before answering; nobody else writes these two */
	s->send_prod = pd_load_relaxed64(&s->shm->send.prod);
	s->recv_cons = pd_load_relaxed64(&s->shm->recv.cons);
	s->local.sin_family = AF_INET;
	s->local.sin_addr.s_addr = info->local_addr;
	s->local.sin_port = info->local_port;
	s->peer.sin_family = AF_INET;
	s->peer.sin_addr.s_addr = info->peer_addr;
	s->peer.sin_port = info->peer_port;
	return 0;
}

/* set the socket's kick bit and wake its worker if it sleeps; after a full fence (pd_kick_unless_quiet) */
static void pd_kick(struct pd_ctx *c, struct pd_lsock *s, uint32_t sd)
{
	uint64_t *area = (uint64_t *)((uint8_t *)c->hdr + PD_NOTIFY_KICK_OFF +
				      s->worker * pd_kick_bytes(c->max_sockets));
	uint64_t one = 1;

	pd_kick_mark(area, sd);
	/*
	 * Kick bits (and the counter stored before them) before the load of
	 * "sleeping": pairs with the worker's store of sleeping=1, full fence,
	 * re-scan of the kick bitmap.  One of the two sides sees the other.
	 * The caller's full fence orders a bit found set, pd_kick_mark's
	 * seq_cst OR one it set; the load is seq_cst after both.
	 */
	if (__atomic_load_n(&c->hdr->worker[s->worker].sleeping, __ATOMIC_SEQ_CST)) {
		if (write(c->worker_efd[s->worker], &one, sizeof(one)) < 0) {
			/* EAGAIN: the counter is saturated, the worker will wake anyway */
		}
	}
}

/*
 * After a store of send.prod (quiet = &send.prod_quiet) or recv.cons
 * (&recv.cons_quiet): kick unless the driver said it looks by itself.  The
 * counter store, full fence, flag load pairs with the driver's flag store
 * of 0, full fence, counter load (pd_uapi.h, "quiet"): one sees the other.
 */
void pd_kick_unless_quiet(struct pd_ctx *c, struct pd_lsock *s, uint32_t sd, const uint32_t *quiet)
{
	pd_fence_full();
	if (!pd_load_relaxed32(quiet))
		pd_kick(c, s, sd);
}

void pd_kick_flush(struct pd_ctx *c, struct pd_lsock *s, uint32_t sd)
{
	if (s->kick_pending) {
		s->kick_pending = 0;
		pd_kick_unless_quiet(c, s, sd, &s->shm->send.prod_quiet);
	}
}

int64_t pd_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* pdd hung up (it died): mark the context dead; 1 if so */
int pd_driver_gone(struct pd_ctx *c)
{
	struct pollfd p = { .fd = c->ctl_fd, .events = 0 };

	if (c->ctl_fd >= 0 && poll(&p, 1, 0) > 0 && (p.revents & (POLLHUP | POLLERR)))
		__atomic_store_n(&c->dead, 1, __ATOMIC_RELEASE);
	return __atomic_load_n(&c->dead, __ATOMIC_ACQUIRE);
}

/*
 * A non-blocking call that would block: 1 if the driver is gone.  A loop of
 * MSG_DONTWAIT calls never waits in pd_wait, so every PD_BUSY_HUP_ROUNDS of
 * them one looks at the control socket for pdd's hang-up.
 */
int pd_dontwait_gone(struct pd_ctx *c)
{
	if (__atomic_load_n(&c->dead, __ATOMIC_ACQUIRE))
		return 1;
	if (__atomic_add_fetch(&c->dontwait_polls, 1, __ATOMIC_RELAXED) % PD_BUSY_HUP_ROUNDS)
		return 0;
	return pd_driver_gone(c);
}

/* the process's wait counters (pd_stats); atomic, for the life of the process */
static struct pd_stats g_stats;

static void stat_inc(unsigned long long *v)
{
	__atomic_add_fetch(v, 1, __ATOMIC_RELAXED);
}

int pd_stats(struct pd_stats *st)
{
	if (!st)
		return pd_ret(-EFAULT);
	st->sleeps = __atomic_load_n(&g_stats.sleeps, __ATOMIC_RELAXED);
	st->timer_wakeups = __atomic_load_n(&g_stats.timer_wakeups, __ATOMIC_RELAXED);
	st->lost_wakeups = __atomic_load_n(&g_stats.lost_wakeups, __ATOMIC_RELAXED);
	return 0;
}

/* PD_STATS=1: one line on stderr when the process exits */
__attribute__((destructor)) static void stats_report(void)
{
	const char *e = getenv("PD_STATS");
	struct pd_stats st;

	if (!e || strcmp(e, "1"))
		return;
	pd_stats(&st);
	fprintf(stderr, "libpd: pid %d: sleeps %llu, timer wake-ups %llu, lost wake-ups %llu\n",
		(int)getpid(), st.sleeps, st.timer_wakeups, st.lost_wakeups);
}

/* sleep while *word == seen, at most ns; 0, or -ETIMEDOUT, -EAGAIN (it moved), -EINTR */
static int futex_wait(uint32_t *word, uint32_t seen, int64_t ns)
{
	struct timespec ts = { .tv_sec = ns / 1000000000, .tv_nsec = ns % 1000000000 };

	/* not FUTEX_PRIVATE: the driver that wakes us is another process */
	if (syscall(SYS_futex, word, FUTEX_WAIT, seen, &ts, NULL, 0) < 0)
		return -errno;
	return 0;
}

/*
 * The one wait of libpd: sleep on the futex word until ready(arg), counted
 * in *count while asleep (pd_uapi.h, "Waking the process").  Why no wake-up
 * is lost, with any number of threads:
 *   waiter: add 1 to *count; full fence; seen = load_acquire(word);
 *           ready()?; FUTEX_WAIT(word, seen).
 *   driver: publish the state (release); word += 1 (release); full fence;
 *           load *count; nonzero -> FUTEX_WAKE(word, all).
 * If the driver's load missed our count, our load of the word came after
 * its store (the two fences order each side's store before its load), so
 * we saw the new word and, by acquire, the new state: ready() is true.
 * Otherwise it wakes all sleepers on the word after its store: FUTEX_WAIT
 * either finds the word != seen and returns at once, or was queued before
 * the wake (the kernel orders both on the futex's hash bucket) and is woken.
 * Nothing is consumed: every thread compares against the value it saw
 * itself, so one thread's wake-up can never be taken by another.
 */
static int wait_on(struct pd_ctx *c, uint32_t *word, uint32_t *count, pd_ready_fn ready, void *arg,
		   int64_t deadline_ns)
{
	unsigned int busy_rounds = 0;
	int i;

	/*
	 * PD_POLL=busy goes straight to the yielding loop: a PAUSE costs ~140
	 * cycles on recent x86, so 256 of them hold a shared core for ~14 us.
	 */
	for (i = 0; !c->env.busy_poll && i < PD_SPIN_ROUNDS; i++) {
		if (ready(c, arg))
			return 0;
		pd_cpu_relax();
	}
	for (;;) {
		int64_t ns = (int64_t)PD_SLEEP_MAX_MS * 1000000;
		int safety = 1; /* the sleep ends on the safety timer, not the deadline */
		uint32_t seen;
		int r;

		if (ready(c, arg))
			return 0;
		if (__atomic_load_n(&c->dead, __ATOMIC_ACQUIRE))
			return -ECONNRESET;
		if (deadline_ns >= 0) {
			int64_t left = deadline_ns - pd_now_ns();

			/*
			 * A deadline shorter than the safety timer never reaches the
			 * safety check below: a process that polls in short slices
			 * would never notice pdd's death.  Look at every timeout.
			 */
			if (left <= 0)
				return pd_driver_gone(c) ? -ECONNRESET : -ETIMEDOUT;
			if (left < ns) {
				ns = left;
				safety = 0;
			}
		}
		if (c->env.busy_poll) {
			if (++busy_rounds % PD_BUSY_HUP_ROUNDS == 0 && pd_driver_gone(c))
				return -ECONNRESET;
			/*
			 * Give the CPU away after every empty round.  With more
			 * spinning parties (client, server, pdd's worker) than
			 * cores, a spinner that never yields holds its core for a
			 * whole time slice while the party it waits for is runnable
			 * on the same core; yielding hands the core over (~2.3 us on
			 * the 2-vCPU VM of docs/performance.md).  Client and server
			 * sharing a core measured 2.7 us p50 one-way and ~115k
			 * connections/s this way, against 3.0 us and ~80k yielding
			 * every 4 rounds and 3.5 us every 16.  Alone on its core,
			 * sched_yield() returns at once (a system call).
			 */
			sched_yield();
			continue;
		}
		__atomic_add_fetch(count, 1, __ATOMIC_SEQ_CST);
		pd_fence_full();
		seen = __atomic_load_n(word, __ATOMIC_ACQUIRE);
		if (ready(c, arg)) {
			__atomic_sub_fetch(count, 1, __ATOMIC_SEQ_CST);
			return 0;
		}
		stat_inc(&g_stats.sleeps);
		r = futex_wait(word, seen, ns);
		__atomic_sub_fetch(count, 1, __ATOMIC_SEQ_CST);
		if (r != -ETIMEDOUT || !safety)
			continue;
		/*
		 * The safety timer: only a dead pdd should get here.  A condition
		 * that is true now was made true without a wake-up reaching us:
		 * a lost wake-up, counted so that tests can say there are none.
		 */
		stat_inc(&g_stats.timer_wakeups);
		if (pd_driver_gone(c))
			return -ECONNRESET;
		if (ready(c, arg)) {
			stat_inc(&g_stats.lost_wakeups);
			return 0;
		}
	}
}

int pd_wait(struct pd_ctx *c, pd_ready_fn ready, void *arg, int64_t deadline_ns)
{
	return wait_on(c, pd_futex_word64(&c->hdr->event_seq), &c->hdr->app_waiting, ready, arg,
		       deadline_ns);
}

int pd_wait_sock(struct pd_ctx *c, struct pd_lsock *s, pd_ready_fn ready, int64_t deadline_ns)
{
	return wait_on(c, &s->shm->wake_seq, &s->shm->waiters, ready, s, deadline_ns);
}

int pd_take_error(struct pd_ctx *c, struct pd_lsock *s, int sd)
{
	struct pd_req req = { 0 };
	struct pd_resp resp;
	int32_t e = pd_load_acquire_s32(&s->shm->error); /* pairs with the driver's release of the status line */
	int r;

	if (e == 0) {
		s->err_ack = 0;
		return 0;
	}
	if (e == s->err_ack)
		return 0; /* collected already; the driver has not cleared it yet */
	s->err_ack = e;
	req.u.opt.opt = PD_OPT_ERROR;
	r = pd_call(c, PD_REQ_GETOPT, (uint32_t)sd, &req, &resp);
	if (r)
		return r;
	return resp.val ? -(int)resp.val : 0;
}
