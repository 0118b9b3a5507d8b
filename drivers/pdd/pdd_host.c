// SPDX-License-Identifier: MIT
/*
 * pdd_host.c - the host side of the driver core in user space: memory,
 * locks, clock, the device body (registers, DMA translation, interrupts),
 * queue memory, and the hooks that reach containers and processes.
 */
#include <errno.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "pdd.h"

void pdd_log(const char *fmt, ...)
{
	char line[1024];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(line, sizeof(line) - 1, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if (n > (int)sizeof(line) - 2)
		n = (int)sizeof(line) - 2;
	line[n++] = '\n';
	/* one write per line: lines of different threads do not interleave */
	fprintf(stderr, "pdd: %.*s", n, line);
}

static void *h_zalloc(void *hctx, size_t size)
{
	(void)hctx;
	return calloc(1, size);
}

static void h_free(void *hctx, void *p)
{
	(void)hctx;
	free(p);
}

static void *h_lock_create(void *hctx)
{
	pthread_mutex_t *m = malloc(sizeof(*m));

	(void)hctx;
	if (m && pthread_mutex_init(m, NULL)) {
		free(m);
		return NULL;
	}
	return m;
}

static void h_lock_destroy(void *hctx, void *lock)
{
	(void)hctx;
	pthread_mutex_destroy(lock);
	free(lock);
}

static void h_lock(void *hctx, void *lock)
{
	(void)hctx;
	pthread_mutex_lock(lock);
}

static void h_unlock(void *hctx, void *lock)
{
	(void)hctx;
	pthread_mutex_unlock(lock);
}

static uint64_t h_now_ns(void *hctx)
{
	struct timespec ts;

	(void)hctx;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static uint64_t h_reg_read(void *hctx, uint32_t off)
{
	struct pdd *pdd = hctx;

	return pdd->dev_ops->reg_read(pdd->dev, off);
}

static void h_reg_write(void *hctx, uint32_t off, uint64_t val)
{
	struct pdd *pdd = hctx;

	pdd->dev_ops->reg_write(pdd->dev, off, val);
}

/* The core makes one queue-memory allocation per device; window 0 covers exactly it. */
static void *h_dma_alloc(void *hctx, size_t size, uint64_t *devaddr)
{
	struct pdd *pdd = hctx;
	void *p;

	if (atomic_load(&pdd->qmem) || !size)
		return NULL;
	size = (size + 4095) & ~(size_t)4095;
	if (posix_memalign(&p, 4096, size))
		return NULL;
	memset(p, 0, size);
	pdd->qmem_size = size;
	/* publish after the memory is zeroed: the device thread reads qmem in dma_map */
	atomic_store_explicit(&pdd->qmem, p, memory_order_release);
	*devaddr = PDD_QMEM_DEVBASE;
	return p;
}

static void h_dma_free(void *hctx, void *p, size_t size, uint64_t devaddr)
{
	struct pdd *pdd = hctx;

	(void)size;
	(void)devaddr;
	if (p && p == atomic_load(&pdd->qmem)) {
		atomic_store_explicit(&pdd->qmem, NULL, memory_order_release);
		pdd->qmem_size = 0;
	}
	free(p);
}

static int h_page_get(void *hctx, void *ctr_cookie, uint64_t page_off)
{
	(void)hctx;
	return pdd_ctr_page_get(ctr_cookie, page_off);
}

static void h_page_put(void *hctx, void *ctr_cookie, uint64_t page_off)
{
	(void)hctx;
	pdd_ctr_page_put(ctr_cookie, page_off);
}

static bool h_ctr_has_addr(void *hctx, void *ctr_cookie, uint32_t ipv4_be)
{
	(void)hctx;
	return pdd_ctr_has_addr(ctr_cookie, ipv4_be);
}

static bool h_ctr_routes_to(void *hctx, void *ctr_cookie, uint32_t ipv4_be)
{
	(void)hctx;
	return pdd_ctr_routes_to(ctr_cookie, ipv4_be);
}

static int h_ctr_first_addr(void *hctx, void *ctr_cookie, uint32_t *ipv4_be)
{
	(void)hctx;
	return pdd_ctr_first_addr(ctr_cookie, ipv4_be);
}

static void h_proc_wake(void *hctx, void *proc_cookie)
{
	(void)hctx;
	pdd_proc_wake(proc_cookie);
}

static void h_sock_wake(void *hctx, void *proc_cookie, uint32_t *word)
{
	(void)hctx;
	(void)proc_cookie;
	pdd_futex_wake(word);
}

static void h_slot_served(void *hctx, void *proc_cookie, const struct pd_req *req, int status)
{
	(void)hctx;
	pdd_request_log(proc_cookie, req, status, " (slot)");
}

static void wake_worker(struct pdd *pdd, unsigned int w)
{
	uint64_t one = 1;

	if (w < pdd->workers && write(pdd->worker_efd[w], &one, sizeof(one)) < 0) {
		/* EAGAIN: the counter is saturated, the worker is awake anyway */
	}
}

static void h_worker_wake(void *hctx, unsigned int w)
{
	wake_worker(hctx, w);
}

static void h_log(void *hctx, int level, const char *fmt, ...)
{
	struct pdd *pdd = hctx;
	char line[900];
	va_list ap;

	if (level >= PDC_LOG_DEBUG && !pdd->opts.verbose)
		return;
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	line[strcspn(line, "\n")] = '\0';
	pdd_log("%s%s", level <= PDC_LOG_ERR ? "error: " : level == PDC_LOG_WARN ? "warning: " : "",
		line);
}

const struct pdc_host_ops pdd_host_ops = {
	.zalloc = h_zalloc,
	.free = h_free,
	.lock_create = h_lock_create,
	.lock_destroy = h_lock_destroy,
	.lock = h_lock,
	.unlock = h_unlock,
	.now_ns = h_now_ns,
	.reg_read = h_reg_read,
	.reg_write = h_reg_write,
	.dma_alloc = h_dma_alloc,
	.dma_free = h_dma_free,
	.page_get = h_page_get,
	.page_put = h_page_put,
	.ctr_has_addr = h_ctr_has_addr,
	.ctr_first_addr = h_ctr_first_addr,
	.ctr_routes_to = h_ctr_routes_to,
	.proc_wake = h_proc_wake,
	.sock_wake = h_sock_wake,
	.worker_wake = h_worker_wake,
	.slot_served = h_slot_served,
	.log = h_log,
};

/*
 * Device address -> pdd's pointer.  Called by the device thread for ranges
 * that passed its window check.  The arena map slot is published before the
 * core enables the window and cleared only after pdc_ctr_destroy disabled it
 * (a window write waits for the command in progress), so a pointer handed
 * out here stays mapped for the command that asked for it.
 */
static void *dev_dma_map(void *ctx, uint64_t addr, uint64_t len)
{
	struct pdd *pdd = ctx;
	uint64_t end = addr + len;

	if (end < addr)
		return NULL;
	if (addr >= PDD_QMEM_DEVBASE && addr < PDD_ARENA_DEVBASE) {
		/* acquire pairs with the release in h_dma_alloc */
		char *q = atomic_load_explicit(&pdd->qmem, memory_order_acquire);

		if (q && end - PDD_QMEM_DEVBASE <= pdd->qmem_size)
			return q + (addr - PDD_QMEM_DEVBASE);
		return NULL;
	}
	if (addr >= PDD_ARENA_DEVBASE) {
		uint64_t slot = (addr - PDD_ARENA_DEVBASE) / PDD_ARENA_STRIDE;
		uint64_t off = (addr - PDD_ARENA_DEVBASE) % PDD_ARENA_STRIDE;
		struct pdd_dma_slot *s;
		char *base;

		if (slot >= PDD_MAX_CTRS)
			return NULL;
		s = &pdd->arena_map[slot];
		/* acquire pairs with the release in pdd_ctr_get (size stored before vaddr) */
		base = atomic_load_explicit(&s->vaddr, memory_order_acquire);
		if (!base || len > atomic_load_explicit(&s->size, memory_order_relaxed) ||
		    off > atomic_load_explicit(&s->size, memory_order_relaxed) - len)
			return NULL;
		return base + off;
	}
	return NULL;
}

/*
 * Interrupt vector v = worker v (the core programs IRQ_VECTOR = worker
 * index).  A worker that spins (or runs the body inline: that is who calls
 * us then) reaps the CQE on its own: only one that announced sleep gets the
 * eventfd write.  The body wrote the CQE (phase last, release) before this
 * call; the fence orders that before the load of worker_sleeping, and the
 * worker orders its store of worker_sleeping before its CQE check with the
 * full fence of pdc_worker_sleep_prepare: one of the two sees the other.
 */
static void dev_irq(void *ctx, unsigned int vector)
{
	struct pdd *pdd = ctx;

	if (vector >= pdd->workers)
		return;
	atomic_thread_fence(memory_order_seq_cst);
	if (atomic_load_explicit(&pdd->worker_sleeping[vector], memory_order_relaxed))
		wake_worker(pdd, vector);
}

/*
 * Start the body's own thread; with --cpus it inherits the CPU list from
 * this thread's affinity, set around the creation and restored after.
 */
static int device_thread_start(struct pdd *pdd)
{
	cpu_set_t saved;
	int ret, pin;

	if (!pdd->opts.cpus_set)
		return pdd->dev_ops->start(pdd->dev);
	if (pthread_getaffinity_np(pthread_self(), sizeof(saved), &saved))
		CPU_ZERO(&saved);
	pin = pdd_pin_thread(pthread_self(), pdd->opts.cpus, pdd->opts.ncpus);
	if (pin) {
		pdd_log("error: pinning the device thread to the --cpus list: %s", strerror(-pin));
		return pin;
	}
	ret = pdd->dev_ops->start(pdd->dev);
	if (CPU_COUNT(&saved))
		pthread_setaffinity_np(pthread_self(), sizeof(saved), &saved);
	return ret;
}

int pdd_device_start(struct pdd *pdd)
{
	struct pd_dev_config dcfg = {
		.num_queues = pdd->workers,
		.num_windows = PD_HW_MAX_WINDOWS,
		/* inline: no thread of the body ever sleeps, so doorbells need no wake-up */
		.poll = pdd->opts.poll_busy || pdd->opts.dev_thread == PDD_DEV_INLINE ?
				PD_DEV_POLL_BUSY : PD_DEV_POLL_ADAPTIVE,
		/* the body's own default (50) stands in for 0, which it does not take */
		.spin_us = pdd->opts.spin_us ? pdd->opts.spin_us : 1,
		.faults = pdd->opts.inject,
	};
	struct pd_dev_host dhost = {
		.ctx = pdd,
		.dma_map = dev_dma_map,
		/* a client's punched arena page faults in this copy, not in pdd */
		.dma_copy = pd_dev_copy_guarded,
		.irq = dev_irq,
	};
	struct pdc_config ccfg = {
		.workers = pdd->workers,
		.ring_size = (uint32_t)pdd->opts.ring_size,
		.region_size = pdd->opts.region,
		.page_size = (uint32_t)pdd->region.page_size,
		.max_sockets = pdd->opts.max_sockets,
		.max_memory = pdd->opts.max_memory,
		.workers_run_device = pdd->opts.dev_thread == PDD_DEV_INLINE,
	};
	int ret;

	ret = pd_dev_fault_guard_install();
	if (ret) {
		pdd_log("error: installing the SIGBUS guard of device copies: %s", strerror(-ret));
		return ret;
	}
	pdd->dev_ops = pd_dev_lookup(pdd->opts.device);
	if (!pdd->dev_ops) {
		pdd_log("error: device body '%s' is not built into this pdd (try --device soft)",
			pdd->opts.device);
		return -ENODEV;
	}
	ret = pdd->dev_ops->create(&dcfg, &dhost, &pdd->dev);
	if (ret) {
		pdd_log("error: creating the %s device: %s%s", pdd->opts.device, strerror(-ret),
			pdd->opts.inject ? " (--inject: a fault schedule the soft device understands, "
					   "e.g. dma=100,stall=50:2000)" : "");
		return ret;
	}
	if (pdd->opts.inject)
		pdd_log("warning: fault injection on (--inject %s): commands will fail on purpose",
			pdd->opts.inject);
	ret = pthread_mutex_init(&pdd->dev_poll_lock, NULL);
	if (!ret)
		ret = pthread_mutex_init(&pdd->ctrs_lock, NULL);
	if (ret) {
		pdd_log("error: pdd's locks: %s", strerror(ret));
		ret = -ret;
		goto destroy_dev;
	}
	ret = pdd->opts.dev_thread == PDD_DEV_INLINE ? 0 : device_thread_start(pdd);
	if (ret) {
		pdd_log("error: starting the %s device thread: %s", pdd->opts.device, strerror(-ret));
		goto destroy_dev;
	}
	ret = pdc_dev_create(&pdd_host_ops, pdd, &ccfg, &pdd->core);
	if (ret) {
		pdd_log("error: driver core refused the %s device: %s", pdd->opts.device,
			strerror(-ret));
		goto stop_dev;
	}
	return 0;

stop_dev:
	pdd->dev_ops->stop(pdd->dev);
destroy_dev:
	pdd->dev_ops->destroy(pdd->dev);
	pdd->dev = NULL;
	return ret;
}

void pdd_device_stop(struct pdd *pdd)
{
	if (pdd->core) {
		/* disables and resets the device: no DMA after this */
		pdc_dev_destroy(pdd->core);
		pdd->core = NULL;
	}
	if (pdd->dev) {
		pdd->dev_ops->stop(pdd->dev);
		pdd->dev_ops->destroy(pdd->dev);
		pdd->dev = NULL;
	}
	/* normally already freed by the core through dma_free */
	free(atomic_exchange(&pdd->qmem, NULL));
}
