/* SPDX-License-Identifier: MIT */
/*
 * soft_dev.h - private state of the soft device (drivers/dev/soft).
 *
 * The behaviour it models is pd_hw.h; the choices pd_hw.h leaves open are
 * listed at the top of soft_dev.c.  Three kinds of state, kept apart:
 *
 *  - doorbells (SQ_TAIL, CQ_HEAD): written by the host without any lock,
 *    read by the engine; each on the queue's doorbell cache line;
 *  - configuration registers: written by the host under dev->lock, read
 *    lock-free by reg_read (hence atomics, relaxed) and by the engine under
 *    dev->lock;
 *  - engine state (SQ head, CQ tail, phase, stopped, IRQ pending counts):
 *    touched only under dev->lock (by the engine, or by a register write
 *    that resets it).
 */
#ifndef PD_SOFT_DEV_H
#define PD_SOFT_DEV_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "pd_dev.h"

#define PD_SOFT_MAX_QUEUES 256
#define PD_SOFT_BATCH 64 /* commands the thread runs per lock hold */
#define PD_SOFT_DEFAULT_SPIN_US 50
#define PD_SOFT_YIELD_SPINS 64u /* empty polling rounds between two sched_yield() */
#define PD_SOFT_CACHELINE 64

struct pd_soft_queue {
	/* Doorbell line: host stores (release), engine loads (acquire). */
	_Atomic uint64_t sq_tail;
	_Atomic uint64_t cq_head;
	char pad0[PD_SOFT_CACHELINE - 2 * sizeof(uint64_t)];

	/* Configuration registers: written under dev->lock. */
	_Atomic uint64_t sq_base;
	_Atomic uint64_t sq_log2; /* always within [PD_Q_LOG2_MIN, PD_Q_LOG2_MAX] */
	_Atomic uint64_t cq_base;
	_Atomic uint64_t cq_log2;
	_Atomic uint64_t irq_vector; /* always < num_queues */
	_Atomic uint64_t ctrl;       /* PD_Q_CTRL_ENABLE or 0 */

	/* Engine state: under dev->lock only.  Indices are kept in range. */
	uint32_t sq_head;
	uint32_t cq_tail;
	uint32_t inflight; /* commands started and not completed (FENCE) */
	uint8_t phase;     /* written into the next CQE */
	bool stopped;      /* fatal error: not served until re-enabled */
} __attribute__((aligned(PD_SOFT_CACHELINE)));

struct pd_soft_window {
	uint64_t base;
	uint64_t size;
};

struct pd_soft_vector {
	uint32_t pending;   /* completions with PD_SQE_F_IRQ since the last firing */
	uint64_t first_ns;  /* CLOCK_MONOTONIC of the first of them */
	uint32_t fire_cnt;  /* firings not yet delivered to host->irq */
};

/* Firings taken out of the device to be delivered without its lock. */
struct pd_soft_fired {
	uint64_t bits[PD_SOFT_MAX_QUEUES / 64];
	uint32_t cnt[PD_SOFT_MAX_QUEUES];
};

struct pd_dev {
	struct pd_dev_config cfg;
	struct pd_dev_host host;
	unsigned int nq, nw;

	/* Global registers (atomics: reg_read is lock-free). */
	_Atomic uint64_t ctrl;    /* PD_CTRL_ENABLE or 0 */
	_Atomic uint64_t status;  /* PD_STATUS_FATAL or 0; running is derived */
	_Atomic uint64_t irq_mod; /* bits 0-31 */
	_Atomic uint64_t win_base[PD_HW_MAX_WINDOWS];
	_Atomic uint64_t win_size[PD_HW_MAX_WINDOWS];
	_Atomic uint64_t win_ctrl[PD_HW_MAX_WINDOWS];

	/*
	 * dev->lock serialises configuration writes against the engine: a
	 * configuration write that returned is seen by every later command,
	 * and never lands in the middle of one.  cfg_waiters tells the
	 * running engine to let go of the lock between two commands.
	 */
	pthread_mutex_t lock;
	_Atomic unsigned int cfg_waiters;

	/* Engine state (under lock). */
	unsigned int rr_next;                  /* round-robin scan starts here */
	unsigned int n_en_win;                 /* enabled windows, compacted: */
	struct pd_soft_window en_win[PD_HW_MAX_WINDOWS];
	unsigned int n_pending_vec;            /* vectors with pending > 0 */
	struct pd_soft_vector *vec;            /* [nq] */
	uint64_t fire[PD_SOFT_MAX_QUEUES / 64]; /* vectors to raise after unlock */
	bool fire_any;                          /* some bit of fire[] is set */

	/* Polling thread and its sleep protocol (soft_thread.c). */
	pthread_t thread;
	bool running;
	_Atomic bool stop_req;
	_Atomic uint32_t wake_seq; /* futex word: bumped by every wake-up */
	_Atomic uint32_t sleeping; /* 1 while the thread may be in futex_wait */

	struct pd_soft_queue *q; /* [nq], cache-line aligned */

	/* Fault injection (pd_dev_config.faults), under lock. */
	uint64_t ncmds;          /* COPY commands started */
	uint64_t fault_dma, fault_every, stall_at, stall_us;
};

/*
 * soft_engine.c (callers hold dev->lock).  pd_soft_run with thread = true
 * also stops early for a waiting configuration writer or a fired interrupt
 * (so that host->irq is not delayed behind the rest of a batch).
 */
unsigned int pd_soft_run(struct pd_dev *dev, unsigned int budget, bool thread);
bool pd_soft_has_work(struct pd_dev *dev);
void pd_soft_irq_timers(struct pd_dev *dev, uint64_t now_ns);
int64_t pd_soft_next_deadline_ns(struct pd_dev *dev); /* -1: none */
void pd_soft_rebuild_windows(struct pd_dev *dev);
void pd_soft_queue_reset(struct pd_soft_queue *q);
void pd_soft_irq_clear(struct pd_dev *dev);
/* Under the lock: move the pending firings to *out; false if none. */
bool pd_soft_take_fired(struct pd_dev *dev, struct pd_soft_fired *out);
/* Without the lock: call host->irq for each firing in *f. */
void pd_soft_deliver(struct pd_dev *dev, const struct pd_soft_fired *f);
uint64_t pd_soft_now_ns(void);

/* soft_thread.c */
int pd_soft_start(struct pd_dev *dev);
void pd_soft_stop(struct pd_dev *dev);
unsigned int pd_soft_poll(struct pd_dev *dev, unsigned int budget);
void pd_soft_kick(struct pd_dev *dev); /* after a doorbell store */
void pd_soft_cfg_lock(struct pd_dev *dev);
void pd_soft_cfg_unlock(struct pd_dev *dev); /* also wakes the thread */

static inline void pd_soft_cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_pause();
#elif defined(__aarch64__)
	__asm__ __volatile__("yield" ::: "memory");
#endif
}

#endif /* PD_SOFT_DEV_H */
