/* SPDX-License-Identifier: MIT */
/*
 * pd_dev.h - the interface every user-space device body implements
 * (soft: drivers/dev/soft, rtl: drivers/dev/rtl).  A host (pdd, a test, the
 * RTL differential test) creates a body, programs it only through its
 * registers (pd_hw.h), and gives it two services: address translation for
 * DMA and an interrupt callback.  Like an ioengine in fio, each body is a
 * const table of hooks.
 */
#ifndef PD_DEV_H
#define PD_DEV_H

#include <stdint.h>

#include "pd_hw.h"

#define PD_DEV_OPS_VERSION 1

struct pd_dev; /* opaque, owned by the body */

enum pd_dev_poll {
	PD_DEV_POLL_BUSY = 0,     /* the polling thread never sleeps */
	PD_DEV_POLL_ADAPTIVE = 1, /* spin spin_us, then sleep until a doorbell or timer */
};

struct pd_dev_config {
	unsigned int num_queues;  /* 1 .. 256 */
	unsigned int num_windows; /* 1 .. PD_HW_MAX_WINDOWS */
	enum pd_dev_poll poll;
	unsigned int spin_us; /* adaptive: how long to spin before sleeping (0 = default 50) */
	/*
	 * Fault injection, for tests (NULL: none).  Comma-separated:
	 *   dma=N        the N-th COPY (from 1, over all queues) completes
	 *                with PD_ST_DMA_FAULT, as a bus error would;
	 *   dma-every=M  so does every M-th;
	 *   stall=N:US   the N-th command starts US microseconds late (the
	 *                device holds its queue meanwhile, as a slow bus).
	 * A body that does not inject faults refuses a non-NULL spec (EINVAL).
	 */
	const char *faults;
};

struct pd_dev_host {
	void *ctx;
	/*
	 * Translate device addresses [addr, addr + len) to a host pointer.  The
	 * body calls it only for ranges that already passed its own window
	 * check; it returns NULL when the host has no memory there, which the
	 * body treats exactly like a window miss (DMA fault).
	 */
	void *(*dma_map)(void *ctx, uint64_t addr, uint64_t len);
	/*
	 * Copy len bytes between pointers dma_map returned: 0, or -EFAULT when
	 * the host memory faulted (a client punched a hole in its shared file
	 * and nothing can back the page), which the body reports as a DMA
	 * fault of that command.  May be NULL: a plain memmove.
	 * pd_dev_copy_guarded is the one pdd uses.
	 */
	int (*dma_copy)(void *ctx, void *dst, const void *src, uint64_t len);
	/* Raise interrupt vector (after moderation).  May be NULL.  Called from the body's thread. */
	void (*irq)(void *ctx, unsigned int vector);
};

/*
 * A copy that turns SIGBUS into -EFAULT (dev_fault.c), for dma_copy.  The
 * process installs the handler once, before any body runs; it keeps the
 * previous SIGBUS disposition for faults outside a guarded copy.
 */
int pd_dev_fault_guard_install(void);
int pd_dev_copy_guarded(void *ctx, void *dst, const void *src, uint64_t len);

struct pd_dev_ops {
	int version; /* PD_DEV_OPS_VERSION */
	const char *name;
	/* Returns 0 or -errno. */
	int (*create)(const struct pd_dev_config *cfg, const struct pd_dev_host *host,
		      struct pd_dev **out);
	void (*destroy)(struct pd_dev *dev); /* stops the thread first if running */
	uint64_t (*reg_read)(struct pd_dev *dev, uint32_t off);
	void (*reg_write)(struct pd_dev *dev, uint32_t off, uint64_t val);
	/* Start / stop the body's polling thread.  start returns 0 or -errno. */
	int (*start)(struct pd_dev *dev);
	void (*stop)(struct pd_dev *dev);
	/*
	 * Run the device in the caller's thread instead: execute up to budget
	 * commands (round robin over queues) and return how many completed.
	 * Must not be called while the thread runs.  Used by tests and by hosts
	 * that drive the device inline.
	 */
	unsigned int (*poll)(struct pd_dev *dev, unsigned int budget);
};

extern const struct pd_dev_ops pd_soft_ops; /* drivers/dev/soft */
extern const struct pd_dev_ops pd_rtl_ops;  /* drivers/dev/rtl (when built) */

/* Look a body up by name ("soft", "rtl"); NULL if not built in. */
const struct pd_dev_ops *pd_dev_lookup(const char *name);

#endif /* PD_DEV_H */
