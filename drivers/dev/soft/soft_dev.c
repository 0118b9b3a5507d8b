/* SPDX-License-Identifier: MIT */
/*
 * soft_dev.c - the soft device: the reference model of the device ABI.
 *
 * The specification is the behaviour comment in drivers/include/pd_hw.h.
 * Where it is silent this body does the following, and every other body
 * (rtl, fpga) must do the same:
 *
 * Registers
 *  S1. Offsets not 8-byte aligned, offsets outside the map, windows
 *      >= NUM_WINDOWS and queues >= NUM_QUEUES read 0 and ignore writes.
 *      ID, NUM_QUEUES, NUM_WINDOWS and STATUS ignore writes.
 *  S2. Values after create: ID = MAGIC | ABI_VERSION << 32, NUM_QUEUES,
 *      NUM_WINDOWS as configured; SQ_LOG2_SIZE and CQ_LOG2_SIZE read
 *      PD_Q_LOG2_MIN; every other register reads 0.
 *  S3. CTRL keeps bit 0 only.  A write with RESET first performs the reset
 *      (pd_hw.h), then sets CTRL.enable from bit 0 of the same value.
 *      Reset does not touch the base/size/vector registers of queues and
 *      windows; it restarts the round-robin pointer at queue 0.
 *  S4. IRQ_MODERATION keeps bits 0-31; WIN_CTRL and Q_CTRL keep bit 0;
 *      WIN_BASE, WIN_SIZE, SQ_BASE, CQ_BASE keep all 64 bits.
 *  S5. LOG2 sizes are clamped when written and read back clamped.
 *  S6. IRQ_VECTOR: the device has NUM_QUEUES vectors; a write >= NUM_QUEUES
 *      is ignored.
 *  S7. Doorbells are range-checked against the LOG2 size register current at
 *      the time of the write.  They are stored whether or not the queue is
 *      enabled (enable 0 -> 1 zeroes them).  Q_CTRL 1 -> 0 keeps every index;
 *      1 -> 1 changes nothing.  Enable 0 -> 1 also clears the queue's
 *      "stopped by a fatal error" mark (STATUS.fatal stays until reset).
 *  S8. Bases and sizes of an enabled queue may change: the next command uses
 *      the new values, with the SQ head, SQ tail, CQ tail and CQ head taken
 *      modulo the new size.
 *
 * Windows
 *  S9. Window w covers [WIN_BASE, WIN_BASE + WIN_SIZE) computed without
 *      wrapping (a window may end exactly at 2^64); size 0 covers nothing.
 *      A range [a, a + len) with a + len > 2^64 is outside every window.
 *
 * Execution (one "step")
 *  S10. A queue is eligible when CTRL.enable, Q_CTRL.enable, not stopped,
 *       SQ head != SQ_TAIL and its CQ is not full.  A step serves the first
 *       eligible queue at or after the round-robin pointer (wrapping at
 *       NUM_QUEUES), then sets the pointer to that queue + 1.
 *  S11. In a step, in this order: (a) the SQE slot SQ_BASE + 32 * head
 *       (a 64-bit sum, modulo 2^64) must lie in one enabled window and be
 *       mapped by the host, else fatal; (b) the CQE slot CQ_BASE + 16 * tail
 *       likewise, else fatal - both before anything executes, so a fatal
 *       stop writes nothing, produces no CQE and leaves the SQ head where
 *       it was; (c) opcode (BAD_OPCODE), then length (BAD_LENGTH), then
 *       source, then destination window + dma_map (DMA_FAULT); (d) the
 *       copy; (e) the CQE, rsvd = 0, its phase byte stored last (release)
 *       so a driver reading the phase first sees the whole entry and the
 *       copied data.  A full CQ is checked before (a): a stalled queue
 *       fetches nothing.
 *  S12. Overlapping COPY: this body copies as memmove does (unspecified by
 *       the ABI: the differential test must not use overlaps).
 *
 * Interrupts
 *  S13. A completion of any status with PD_SQE_F_IRQ counts towards the
 *       vector in IRQ_VECTOR at completion time.  The count threshold is
 *       checked at each counted completion and at each timer check, the
 *       timeout ("usec passed since the first pending") at each timer check:
 *       on every turn of the polling thread and at the end of every poll().
 *       Timers run whether or not CTRL.enable is set.
 *  S14. host->irq runs without any device lock held, once per firing,
 *       vectors in ascending order: the polling thread calls it right after
 *       the command (or timer check) that fired it, poll() at its end.
 *
 * Host interface
 *  S15. poll(budget) counts completions (CQEs of any status); a fatal stop
 *       is progress but not a completion.  poll(0) only runs the interrupt
 *       timers.  poll() returns 0 without doing anything while the thread
 *       runs; start() on a running device returns -EALREADY.
 *  S16. Concurrency: doorbell writes are lock-free (one release store; in
 *       adaptive mode plus a fence and a load, see soft_thread.c); every
 *       other write takes the device lock, so once it returned every later
 *       command sees it and no command was half-way through it (a reset
 *       that returned leaves no copy running).  Reads never lock.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "soft_dev.h"

#define PD_SOFT_ID ((uint64_t)PD_HW_MAGIC | ((uint64_t)PD_HW_ABI_VERSION << 32))

/* pd_dev_config.faults: "dma=N,dma-every=M,stall=N:US"; 0 or -EINVAL */
static int parse_faults(struct pd_dev *dev, const char *spec)
{
	const char *p = spec;

	while (p && *p) {
		unsigned long long a = 0, b = 0;
		int n = 0;

		if (sscanf(p, "dma=%llu%n", &a, &n) == 1 && a) {
			dev->fault_dma = a;
		} else if (sscanf(p, "dma-every=%llu%n", &a, &n) == 1 && a) {
			dev->fault_every = a;
		} else if (sscanf(p, "stall=%llu:%llu%n", &a, &b, &n) == 2 && a && b <= 10000000) {
			dev->stall_at = a;
			dev->stall_us = b;
		} else {
			return -EINVAL;
		}
		p += n;
		if (*p == ',' && p[1])
			p++;
		else if (*p)
			return -EINVAL;
	}
	return 0;
}

static int soft_create(const struct pd_dev_config *cfg, const struct pd_dev_host *host,
		       struct pd_dev **out)
{
	struct pd_dev *dev;
	void *mem;
	unsigned int i;

	if (!cfg || !host || !out || !host->dma_map)
		return -EINVAL;
	if (cfg->num_queues < 1 || cfg->num_queues > PD_SOFT_MAX_QUEUES ||
	    cfg->num_windows < 1 || cfg->num_windows > PD_HW_MAX_WINDOWS ||
	    (cfg->poll != PD_DEV_POLL_BUSY && cfg->poll != PD_DEV_POLL_ADAPTIVE))
		return -EINVAL;

	dev = calloc(1, sizeof(*dev));
	if (!dev)
		return -ENOMEM;
	dev->cfg = *cfg;
	if (!dev->cfg.spin_us)
		dev->cfg.spin_us = PD_SOFT_DEFAULT_SPIN_US;
	dev->host = *host;
	dev->nq = cfg->num_queues;
	dev->nw = cfg->num_windows;
	dev->cfg.faults = NULL; /* parsed now; the caller's string is not kept */
	if (parse_faults(dev, cfg->faults)) {
		free(dev);
		return -EINVAL;
	}

	if (posix_memalign(&mem, PD_SOFT_CACHELINE, sizeof(*dev->q) * dev->nq))
		goto free_dev;
	dev->q = mem;
	memset(dev->q, 0, sizeof(*dev->q) * dev->nq);
	dev->vec = calloc(dev->nq, sizeof(*dev->vec));
	if (!dev->vec)
		goto free_q;
	if (pthread_mutex_init(&dev->lock, NULL))
		goto free_vec;

	for (i = 0; i < dev->nq; i++) {
		atomic_init(&dev->q[i].sq_log2, PD_Q_LOG2_MIN);
		atomic_init(&dev->q[i].cq_log2, PD_Q_LOG2_MIN);
		pd_soft_queue_reset(&dev->q[i]);
	}
	*out = dev;
	return 0;

free_vec:
	free(dev->vec);
free_q:
	free(dev->q);
free_dev:
	free(dev);
	return -ENOMEM;
}

static void soft_destroy(struct pd_dev *dev)
{
	if (!dev)
		return;
	pd_soft_stop(dev);
	pthread_mutex_destroy(&dev->lock);
	free(dev->vec);
	free(dev->q);
	free(dev);
}

#define LD(x) atomic_load_explicit(&(x), memory_order_relaxed)
#define ST(x, v) atomic_store_explicit(&(x), (v), memory_order_relaxed)

static uint64_t soft_reg_read(struct pd_dev *dev, uint32_t off)
{
	if (off & 7)
		return 0;
	switch (off) {
	case PD_REG_ID:
		return PD_SOFT_ID;
	case PD_REG_NUM_QUEUES:
		return dev->nq;
	case PD_REG_CTRL:
		return LD(dev->ctrl);
	case PD_REG_STATUS:
		return (LD(dev->ctrl) & PD_CTRL_ENABLE ? PD_STATUS_RUNNING : 0) | LD(dev->status);
	case PD_REG_IRQ_MODERATION:
		return LD(dev->irq_mod);
	case PD_REG_NUM_WINDOWS:
		return dev->nw;
	}
	if (off >= PD_REG_WIN_BASE_OFF && off < PD_REG_Q_BASE_OFF) {
		unsigned int w = (off - PD_REG_WIN_BASE_OFF) / PD_REG_WIN_STRIDE;

		if (w >= dev->nw)
			return 0;
		switch ((off - PD_REG_WIN_BASE_OFF) % PD_REG_WIN_STRIDE) {
		case PD_WIN_BASE:
			return LD(dev->win_base[w]);
		case PD_WIN_SIZE:
			return LD(dev->win_size[w]);
		case PD_WIN_CTRL:
			return LD(dev->win_ctrl[w]);
		}
		return 0;
	}
	if (off >= PD_REG_Q_BASE_OFF) {
		uint32_t q = (off - PD_REG_Q_BASE_OFF) / PD_REG_Q_STRIDE;
		struct pd_soft_queue *sq;

		if (q >= dev->nq)
			return 0;
		sq = &dev->q[q];
		switch ((off - PD_REG_Q_BASE_OFF) % PD_REG_Q_STRIDE) {
		case PD_Q_SQ_BASE:
			return LD(sq->sq_base);
		case PD_Q_SQ_LOG2_SIZE:
			return LD(sq->sq_log2);
		case PD_Q_CQ_BASE:
			return LD(sq->cq_base);
		case PD_Q_CQ_LOG2_SIZE:
			return LD(sq->cq_log2);
		case PD_Q_SQ_TAIL:
			return LD(sq->sq_tail);
		case PD_Q_CQ_HEAD:
			return LD(sq->cq_head);
		case PD_Q_IRQ_VECTOR:
			return LD(sq->irq_vector);
		case PD_Q_CTRL:
			return LD(sq->ctrl);
		}
	}
	return 0;
}

static uint64_t clamp_log2(uint64_t v)
{
	if (v < PD_Q_LOG2_MIN)
		return PD_Q_LOG2_MIN;
	if (v > PD_Q_LOG2_MAX)
		return PD_Q_LOG2_MAX;
	return v;
}

/* CTRL.reset (pd_hw.h); dev->lock held. */
static void soft_reset(struct pd_dev *dev)
{
	unsigned int i;

	for (i = 0; i < dev->nq; i++)
		ST(dev->q[i].ctrl, 0);
	for (i = 0; i < dev->nw; i++)
		ST(dev->win_ctrl[i], 0);
	pd_soft_rebuild_windows(dev);
	ST(dev->status, 0);
	ST(dev->irq_mod, 0);
	pd_soft_irq_clear(dev);
	dev->rr_next = 0;
}

/* A doorbell: no lock, one release store, then wake the thread if it sleeps. */
static void soft_doorbell(struct pd_dev *dev, _Atomic uint64_t *db, _Atomic uint64_t *log2,
			  uint64_t val)
{
	if (val >> LD(*log2))
		return; /* outside [0, entries): ignored */
	/* Pairs with the engine's acquire load: the SQEs (or the CQ slots the
	 * driver released) written before this store are visible to it. */
	atomic_store_explicit(db, val, memory_order_release);
	pd_soft_kick(dev);
}

static void soft_queue_write(struct pd_dev *dev, struct pd_soft_queue *q, uint32_t reg,
			     uint64_t val)
{
	switch (reg) {
	case PD_Q_SQ_TAIL:
		soft_doorbell(dev, &q->sq_tail, &q->sq_log2, val);
		return;
	case PD_Q_CQ_HEAD:
		soft_doorbell(dev, &q->cq_head, &q->cq_log2, val);
		return;
	case PD_Q_SQ_BASE:
	case PD_Q_SQ_LOG2_SIZE:
	case PD_Q_CQ_BASE:
	case PD_Q_CQ_LOG2_SIZE:
	case PD_Q_IRQ_VECTOR:
	case PD_Q_CTRL:
		break;
	default:
		return;
	}

	pd_soft_cfg_lock(dev);
	switch (reg) {
	case PD_Q_SQ_BASE:
		ST(q->sq_base, val);
		break;
	case PD_Q_SQ_LOG2_SIZE:
		ST(q->sq_log2, clamp_log2(val));
		break;
	case PD_Q_CQ_BASE:
		ST(q->cq_base, val);
		break;
	case PD_Q_CQ_LOG2_SIZE:
		ST(q->cq_log2, clamp_log2(val));
		break;
	case PD_Q_IRQ_VECTOR:
		if (val < dev->nq)
			ST(q->irq_vector, val);
		break;
	case PD_Q_CTRL:
		if ((val & PD_Q_CTRL_ENABLE) && !(LD(q->ctrl) & PD_Q_CTRL_ENABLE))
			pd_soft_queue_reset(q);
		ST(q->ctrl, val & PD_Q_CTRL_ENABLE);
		break;
	}
	pd_soft_cfg_unlock(dev);
}

static void soft_reg_write(struct pd_dev *dev, uint32_t off, uint64_t val)
{
	if (off & 7)
		return;
	if (off >= PD_REG_Q_BASE_OFF) {
		uint32_t q = (off - PD_REG_Q_BASE_OFF) / PD_REG_Q_STRIDE;

		if (q < dev->nq)
			soft_queue_write(dev, &dev->q[q], (off - PD_REG_Q_BASE_OFF) % PD_REG_Q_STRIDE,
					 val);
		return;
	}
	if (off >= PD_REG_WIN_BASE_OFF) {
		unsigned int w = (off - PD_REG_WIN_BASE_OFF) / PD_REG_WIN_STRIDE;
		uint32_t reg = (off - PD_REG_WIN_BASE_OFF) % PD_REG_WIN_STRIDE;

		if (w >= dev->nw || reg > PD_WIN_CTRL)
			return;
		pd_soft_cfg_lock(dev);
		if (reg == PD_WIN_BASE)
			ST(dev->win_base[w], val);
		else if (reg == PD_WIN_SIZE)
			ST(dev->win_size[w], val);
		else
			ST(dev->win_ctrl[w], val & PD_WIN_CTRL_ENABLE);
		pd_soft_rebuild_windows(dev);
		pd_soft_cfg_unlock(dev);
		return;
	}
	switch (off) {
	case PD_REG_CTRL:
		pd_soft_cfg_lock(dev);
		if (val & PD_CTRL_RESET)
			soft_reset(dev);
		ST(dev->ctrl, val & PD_CTRL_ENABLE);
		pd_soft_cfg_unlock(dev);
		break;
	case PD_REG_IRQ_MODERATION:
		pd_soft_cfg_lock(dev);
		ST(dev->irq_mod, val & 0xffffffffull);
		pd_soft_cfg_unlock(dev);
		break;
	default:
		break; /* read-only or unknown */
	}
}

const struct pd_dev_ops pd_soft_ops = {
	.version = PD_DEV_OPS_VERSION,
	.name = "soft",
	.create = soft_create,
	.destroy = soft_destroy,
	.reg_read = soft_reg_read,
	.reg_write = soft_reg_write,
	.start = pd_soft_start,
	.stop = pd_soft_stop,
	.poll = pd_soft_poll,
};
