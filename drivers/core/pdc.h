/* SPDX-License-Identifier: MIT */
/*
 * pdc.h - the PipeDevice driver core: host-independent driver logic.
 *
 * The core owns containers, processes, sockets, listeners, connections, the
 * per-container arena allocator, the per-worker SQ/CQ pairs and request
 * validation.  It reaches memory, locks, time and the device only through
 * struct pdc_host_ops, so the same files build in user space (pdd, tests)
 * and inside the Linux module.
 *
 * Threads: the host may call pdc_request / pdc_proc_* / pdc_ctr_* from any
 * thread and pdc_worker_* from one thread per worker, concurrently.  The core
 * serialises internally (every entry point takes the device lock); host hooks
 * are called with that lock held and must not call back into the core.
 *
 * Return values: 0 or -errno, unless said otherwise.
 */
#ifndef PDC_H
#define PDC_H

#ifdef __KERNEL__
#include <linux/types.h>
#include <linux/stddef.h>
#else
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#endif

#include "pd_hw.h"
#include "pd_uapi.h"

struct pdc_dev;  /* the device and every table */
struct pdc_ctr;  /* a container: network namespace, arena, quota */
struct pdc_proc; /* a process of a container: socket table, notify region */

/* log levels (kernel numbering) */
#define PDC_LOG_ERR 3
#define PDC_LOG_WARN 4
#define PDC_LOG_INFO 6
#define PDC_LOG_DEBUG 7

/*
 * What the core needs from its host.  hctx is passed back unchanged.
 * Every hook is mandatory except log (may be NULL).
 */
struct pdc_host_ops {
	/* zeroed memory; NULL on failure */
	void *(*zalloc)(void *hctx, size_t size);
	void (*free)(void *hctx, void *p);

	/* a sleeping mutex; lock_create returns NULL on failure */
	void *(*lock_create)(void *hctx);
	void (*lock_destroy)(void *hctx, void *lock);
	void (*lock)(void *hctx, void *lock);
	void (*unlock)(void *hctx, void *lock);

	/* monotonic clock, nanoseconds */
	uint64_t (*now_ns)(void *hctx);

	/* device registers (pd_hw.h offsets); the host forwards them to the device body */
	uint64_t (*reg_read)(void *hctx, uint32_t off);
	void (*reg_write)(void *hctx, uint32_t off, uint64_t val);

	/*
	 * Queue memory: returns a zeroed, page-aligned host pointer and its
	 * device address in *devaddr, or NULL.  The core makes one allocation
	 * per device (every SQ and CQ) and opens window 0 over exactly it.
	 */
	void *(*dma_alloc)(void *hctx, size_t size, uint64_t *devaddr);
	void (*dma_free)(void *hctx, void *p, size_t size, uint64_t devaddr);

	/*
	 * Arena pages (cfg.page_size bytes, page_off a multiple of it, from the
	 * start of the container's arena).  page_get is called before a page is
	 * first used by a ring (return 0 or -errno, e.g. -ENOMEM), page_put
	 * after its last ring is gone (pdd punches the hole).  The core has
	 * already checked the region budget.
	 */
	int (*page_get)(void *hctx, void *ctr_cookie, uint64_t page_off);
	void (*page_put)(void *hctx, void *ctr_cookie, uint64_t page_off);

	/* Does the container own this IPv4 address (network byte order)? */
	bool (*ctr_has_addr)(void *hctx, void *ctr_cookie, uint32_t ipv4_be);
	/* The container's first non-loopback address, for implicit binds; 0 or -EADDRNOTAVAIL */
	int (*ctr_first_addr)(void *hctx, void *ctr_cookie, uint32_t *ipv4_be);
	/*
	 * Would kernel TCP from the container reach this address (a route in its
	 * namespace)?  A CONNECT that would not fails with ENETUNREACH.  May be
	 * NULL: every address is reachable.  Called with the core lock held:
	 * answers from what the host already knows, never a lookup.
	 */
	bool (*ctr_routes_to)(void *hctx, void *ctr_cookie, uint32_t ipv4_be);

	/*
	 * An event for this process: the core already bumped its event_seq
	 * (release); the host writes the app eventfd if app_waiting is set.
	 */
	void (*proc_wake)(void *hctx, void *proc_cookie);
	/*
	 * Optional (NULL: nothing): a thread of the process sleeps on one
	 * socket's wake word (pd_sock_shm.wake_seq, already bumped, release,
	 * then a full fence and a nonzero pd_sock_shm.waiters seen by the
	 * core); the host wakes every sleeper on it (FUTEX_WAKE on its mapping
	 * of word).  Called with the core lock held.
	 */
	void (*sock_wake)(void *hctx, void *proc_cookie, uint32_t *word);
	/* Work for worker w appeared (e.g. deferred work, a request queued copies). */
	void (*worker_wake)(void *hctx, unsigned int w);
	/*
	 * Optional (NULL: nothing): a request from a process's control slot
	 * (pd_uapi.h) was served with status (0 or -errno); the host logs it
	 * as it logs the requests of its own channel.  Called with the core
	 * lock held, from the worker that serves the slots.
	 */
	void (*slot_served)(void *hctx, void *proc_cookie, const struct pd_req *req, int status);

	void (*log)(void *hctx, int level, const char *fmt, ...)
		__attribute__((format(printf, 3, 4)));
};

/* Device configuration; zero fields take the defaults shown. */
struct pdc_config {
	uint32_t workers;      /* SQ/CQ pairs and worker threads, 1..PD_MAX_WORKERS (2) */
	uint32_t sq_log2;      /* log2 SQ entries, PD_Q_LOG2_MIN..PD_Q_LOG2_MAX (10) */
	uint32_t cq_log2;      /* log2 CQ entries (10) */
	uint32_t ring_size;    /* default ring size, power of two, PD_RING_MIN..PD_RING_MAX (PD_RING_DEFAULT) */
	uint64_t region_size;  /* bytes of ring memory over all containers (1 GiB) */
	uint32_t page_size;    /* region page: 2 MiB (hugetlb) or 4 KiB (4 KiB) */
	uint32_t max_sockets;  /* per container and per process table, 1..4096 (1024) */
	uint64_t max_memory;   /* per container ring memory quota, bytes (arena size, 256 MiB) */
	uint32_t irq_count;    /* IRQ moderation: completions per interrupt (0 = 1) */
	uint32_t irq_usec;     /* IRQ moderation: timeout, microseconds (0 = none) */
	uint32_t max_conns;    /* connection table size, 1..(1 << 22) (65536) */
	/*
	 * Nonzero: the device runs only inside the workers' polls (pdd
	 * --device-thread inline), so a worker with commands in flight on its SQ
	 * must not sleep: pdc_worker_sleep_prepare counts them as work.
	 */
	uint32_t workers_run_device;
};

/* ---- lifecycle ---- */

/*
 * Probe and program the device: checks ID magic/version and NUM_QUEUES >=
 * workers, resets it, enables window 0 over the queue memory, allocates and
 * enables one SQ/CQ pair per worker (vector = worker index), IRQ moderation,
 * then CTRL.enable.  cfg is copied (defaults applied).
 */
int pdc_dev_create(const struct pdc_host_ops *ops, void *hctx, const struct pdc_config *cfg,
		   struct pdc_dev **out);
/* Disable and reset the device, free every table.  Every process must be gone. */
void pdc_dev_destroy(struct pdc_dev *dev);
/* The configuration in effect (defaults applied). */
const struct pdc_config *pdc_dev_config(const struct pdc_dev *dev);

/*
 * A container.  cookie is the host's (passed to page_get/put and ctr_*
 * hooks); netns_id is shown by pdctl.  The arena [arena_vaddr, +arena_size)
 * is the host's mapping of it; arena_devaddr its device address; the core
 * programs a device window over it.  arena_size: a power of two multiple of
 * page_size, <= max_memory.  -ENOSPC when no device window is free.
 */
int pdc_ctr_create(struct pdc_dev *dev, void *cookie, uint64_t netns_id, void *arena_vaddr,
		   uint64_t arena_devaddr, uint64_t arena_size, struct pdc_ctr **out);
/*
 * Destroy a container with no process.  -EBUSY if it has a process, or rings
 * still referred to by commands in flight (poll the workers, then retry).
 */
int pdc_ctr_destroy(struct pdc_ctr *ctr);
uint32_t pdc_ctr_id(const struct pdc_ctr *ctr);

/*
 * A process.  The host created and mapped its notify region of
 * pd_notify_size(cfg.max_sockets) bytes at notify_vaddr (zeroed or not: the
 * core initialises the header, kick areas and socket blocks).
 */
int pdc_proc_create(struct pdc_dev *dev, struct pdc_ctr *ctr, void *cookie, uint32_t pid,
		    void *notify_vaddr, uint64_t notify_size, struct pdc_proc **out);
/*
 * The process is gone: every socket is reset (peers see PD_SF_RESET,
 * ECONNRESET), listeners removed; rings are freed once no command in flight
 * refers to them.  The notify region is not touched after this returns.
 */
void pdc_proc_destroy(struct pdc_proc *proc);
/*
 * The host's administrator (the host decides who that is): STATS and
 * SOCKETS of this process show every container.  Otherwise (the default)
 * they show the process's own container only (PD_STATS_SCOPE_OWN).
 */
void pdc_proc_set_sees_all(struct pdc_proc *proc, bool all);

/* ---- control ---- */

/*
 * Validate and execute one request of pd_uapi.h for proc; always fills
 * resp (op, seq, status, sd, ...).  Returns resp->status.
 * HELLO: fills resp->u.hello except nfds/hugepages (the host's).
 * STATS: records struct pd_stats_global then one struct pd_stats_ctr per
 * container; SOCKETS: one struct pd_sock_stat per socket (every container).
 * Records go to recbuf (up to reclen bytes); resp->nrec says how many were
 * written, resp->val how many exist.
 */
int pdc_request(struct pdc_proc *proc, const struct pd_req *req, struct pd_resp *resp,
		void *recbuf, size_t reclen);

/* ---- data path ---- */

/*
 * One round of worker w: consume CQ w (phase bit), process the kick bitmaps
 * of every process for worker w, issue COPYs on SQ w (deferred work first),
 * one SQ_TAIL and one CQ_HEAD doorbell per batch.  Returns the number of
 * completions consumed plus sockets served plus commands issued (0 = idle).
 * budget bounds the completions consumed per call (0 = default 256); every
 * kicked socket is served.  Call it for a given w from one thread at a time.
 */
unsigned int pdc_worker_poll(struct pdc_dev *dev, unsigned int w, unsigned int budget);
/*
 * Before sleeping: set worker[w].sleeping in every process header, full
 * fence, then recheck for work (kick summaries, a new CQE, deferred work,
 * control-slot requests for worker 0, and with cfg.workers_run_device
 * commands in flight).
 * Returns true when it is safe to sleep (the flags stay set: call
 * pdc_worker_sleep_done after waking); false when work appeared (the flags
 * are already cleared again: poll).
 */
bool pdc_worker_sleep_prepare(struct pdc_dev *dev, unsigned int w);
void pdc_worker_sleep_done(struct pdc_dev *dev, unsigned int w);
/* Commands of worker w issued and not yet completed (tests, pdctl). */
uint32_t pdc_worker_inflight(struct pdc_dev *dev, unsigned int w);

/* ---- stats ---- */
void pdc_stats_global(struct pdc_dev *dev, struct pd_stats_global *out);
void pdc_stats_ctr(struct pdc_ctr *ctr, struct pd_stats_ctr *out);

#endif /* PDC_H */
