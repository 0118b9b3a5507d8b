/* SPDX-License-Identifier: MIT */
/*
 * soft_thread.c - the soft device's polling thread, poll(), and the
 * configuration lock.
 *
 * Sleep protocol of PD_DEV_POLL_ADAPTIVE (no lost wake-up):
 *
 *   thread                                  doorbell writer (reg_write)
 *   seq = wake_seq                          store doorbell (release)
 *   sleeping = 1                            fence (seq_cst)
 *   fence (seq_cst)                         if (sleeping)
 *   look for work (loads the doorbells)         wake_seq++, futex_wake
 *   if none: futex_wait(wake_seq == seq)
 *   sleeping = 0
 *
 * The two fences make it a Dekker pair: either the thread's look sees the
 * doorbell, or the writer sees sleeping == 1 and bumps wake_seq after the
 * thread read seq, so futex_wait returns at once or is woken.  A
 * configuration write changes state under dev->lock and the thread sets
 * sleeping and looks for work under the same lock: a writer that took the
 * lock before the look is seen by it; one that took it after sees
 * sleeping == 1 when it checks after unlocking.  The wait's timeout is the
 * next interrupt-moderation deadline (CLOCK_MONOTONIC, absolute).  stop
 * wakes the thread unconditionally.
 *
 * Spinning (busy, and adaptive before it sleeps) yields the CPU after every
 * PD_SOFT_YIELD_SPINS empty rounds: with more spinners than cores, the
 * thread that would give us work may be waiting for this very core.
 */
#include <errno.h>
#include <sched.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "soft_dev.h"

/*
 * <linux/futex.h> pulls <linux/types.h>, whose __u64 conflicts with the
 * user-space typedefs of pd_hw.h: the few constants we use, from the
 * kernel's uapi (stable ABI).
 */
#define SOFT_FUTEX_WAKE_PRIVATE (1 | 128)
#define SOFT_FUTEX_WAIT_BITSET_PRIVATE (9 | 128)
#define SOFT_FUTEX_BITSET_MATCH_ANY 0xffffffffu

static void futex_wait_until(_Atomic uint32_t *word, uint32_t val, int64_t deadline_ns)
{
	struct timespec ts, *tsp = NULL;

	if (deadline_ns >= 0) {
		ts.tv_sec = deadline_ns / 1000000000;
		ts.tv_nsec = deadline_ns % 1000000000;
		tsp = &ts;
	}
	/* FUTEX_WAIT_BITSET takes an absolute CLOCK_MONOTONIC deadline. */
	syscall(SYS_futex, (uint32_t *)word, SOFT_FUTEX_WAIT_BITSET_PRIVATE, val, tsp, NULL,
		SOFT_FUTEX_BITSET_MATCH_ANY);
}

static void wake_thread(struct pd_dev *dev)
{
	atomic_fetch_add_explicit(&dev->wake_seq, 1, memory_order_release);
	syscall(SYS_futex, (uint32_t *)&dev->wake_seq, SOFT_FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

void pd_soft_kick(struct pd_dev *dev)
{
	/* A busy thread never sleeps: keep the doorbell to one store. */
	if (dev->cfg.poll == PD_DEV_POLL_BUSY)
		return;
	/* Orders the doorbell store before the load of sleeping (Dekker, above). */
	atomic_thread_fence(memory_order_seq_cst);
	if (atomic_load_explicit(&dev->sleeping, memory_order_relaxed))
		wake_thread(dev);
}

void pd_soft_cfg_lock(struct pd_dev *dev)
{
	atomic_fetch_add_explicit(&dev->cfg_waiters, 1, memory_order_relaxed);
	pthread_mutex_lock(&dev->lock);
	atomic_fetch_sub_explicit(&dev->cfg_waiters, 1, memory_order_relaxed);
}

void pd_soft_cfg_unlock(struct pd_dev *dev)
{
	pthread_mutex_unlock(&dev->lock);
	/* Any configuration write may create work (enable, window, CQ size...). */
	atomic_thread_fence(memory_order_seq_cst);
	if (atomic_load_explicit(&dev->sleeping, memory_order_relaxed))
		wake_thread(dev);
}

/* Run up to budget commands and the moderation timers; deliver interrupts. */
static unsigned int run_once(struct pd_dev *dev, unsigned int budget, bool thread)
{
	struct pd_soft_fired f;
	unsigned int n;
	bool fired;

	pthread_mutex_lock(&dev->lock);
	n = pd_soft_run(dev, budget, thread);
	if (dev->n_pending_vec)
		pd_soft_irq_timers(dev, pd_soft_now_ns());
	fired = pd_soft_take_fired(dev, &f);
	pthread_mutex_unlock(&dev->lock);
	if (fired)
		pd_soft_deliver(dev, &f);
	return n;
}

static void sleep_once(struct pd_dev *dev)
{
	uint32_t seq = atomic_load_explicit(&dev->wake_seq, memory_order_acquire);
	int64_t deadline;
	bool work;

	pthread_mutex_lock(&dev->lock);
	atomic_store_explicit(&dev->sleeping, 1, memory_order_relaxed);
	/* Orders sleeping = 1 before the doorbell loads of has_work (Dekker). */
	atomic_thread_fence(memory_order_seq_cst);
	work = atomic_load_explicit(&dev->stop_req, memory_order_relaxed) ||
	       pd_soft_has_work(dev);
	deadline = pd_soft_next_deadline_ns(dev);
	pthread_mutex_unlock(&dev->lock);

	if (!work && (deadline < 0 || deadline > (int64_t)pd_soft_now_ns()))
		futex_wait_until(&dev->wake_seq, seq, deadline);
	atomic_store_explicit(&dev->sleeping, 0, memory_order_relaxed);
}

/* one empty round of the polling thread: relax, or now and then give the core away */
static void idle_spin(unsigned int *empty)
{
	if (++*empty % PD_SOFT_YIELD_SPINS == 0)
		sched_yield();
	else
		pd_soft_cpu_relax();
}

static void *soft_thread(void *arg)
{
	struct pd_dev *dev = arg;
	uint64_t spin_ns = (uint64_t)dev->cfg.spin_us * 1000, idle_since = 0, now;
	unsigned int empty = 0;

	while (!atomic_load_explicit(&dev->stop_req, memory_order_relaxed)) {
		/* Stay off the lock while a configuration writer waits for it. */
		if (atomic_load_explicit(&dev->cfg_waiters, memory_order_relaxed)) {
			pd_soft_cpu_relax();
			continue;
		}
		if (run_once(dev, PD_SOFT_BATCH, true)) {
			idle_since = 0;
			empty = 0;
			continue;
		}
		idle_spin(&empty);
		if (dev->cfg.poll == PD_DEV_POLL_BUSY)
			continue;
		now = pd_soft_now_ns();
		if (!idle_since)
			idle_since = now;
		if (now - idle_since < spin_ns)
			continue;
		sleep_once(dev);
		idle_since = 0; /* spin again after any wake-up */
		empty = 0;
	}
	return NULL;
}

int pd_soft_start(struct pd_dev *dev)
{
	int err;

	if (dev->running)
		return -EALREADY;
	atomic_store(&dev->stop_req, false);
	err = pthread_create(&dev->thread, NULL, soft_thread, dev);
	if (err)
		return -err;
	pthread_setname_np(dev->thread, "pd-soft");
	dev->running = true;
	return 0;
}

void pd_soft_stop(struct pd_dev *dev)
{
	if (!dev->running)
		return;
	atomic_store(&dev->stop_req, true); /* seq_cst: before the bump below */
	wake_thread(dev);
	pthread_join(dev->thread, NULL);
	dev->running = false;
}

unsigned int pd_soft_poll(struct pd_dev *dev, unsigned int budget)
{
	if (dev->running)
		return 0; /* pd_dev.h: not while the thread runs */
	return run_once(dev, budget, false);
}
