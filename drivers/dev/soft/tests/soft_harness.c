/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "soft_harness.h"

static void *h_dma_map(void *ctx, uint64_t addr, uint64_t len)
{
	struct harness *h = ctx;

	if (addr < H_DEVBASE || addr - H_DEVBASE > h->size || len > h->size - (addr - H_DEVBASE))
		return NULL;
	return h->mem + (addr - H_DEVBASE);
}

static void h_irq(void *ctx, unsigned int vector)
{
	struct harness *h = ctx;

	if (vector < H_MAXQ)
		atomic_fetch_add(&h->irqs[vector], 1);
}

static struct harness *h_create(unsigned int nq, unsigned int nw, size_t size, enum pd_dev_poll poll,
				 bool memfd, const char *faults)
{
	struct pd_dev_config cfg = { .num_queues = nq, .num_windows = nw, .poll = poll, .faults = faults };
	struct pd_dev_host host = { .dma_map = h_dma_map, .irq = h_irq };
	struct harness *h = calloc(1, sizeof(*h));

	if (!h)
		return NULL;
	h->ops = pd_dev_lookup("soft");
	h->size = size;
	h->memfd = -1;
	if (memfd) {
		if (pd_dev_fault_guard_install())
			goto fail;
		host.dma_copy = pd_dev_copy_guarded;
		h->memfd = memfd_create("soft-harness", MFD_CLOEXEC);
		if (h->memfd < 0 || ftruncate(h->memfd, (off_t)size))
			goto fail;
		h->mem = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, h->memfd, 0);
		if (h->mem == MAP_FAILED)
			h->mem = NULL;
	} else {
		h->mem = calloc(1, size);
	}
	host.ctx = h;
	if (!h->ops || !h->mem || h->ops->create(&cfg, &host, &h->dev))
		goto fail;
	h_wr(h, PD_REG_WIN(0) + PD_WIN_BASE, H_DEVBASE);
	h_wr(h, PD_REG_WIN(0) + PD_WIN_SIZE, size);
	h_wr(h, PD_REG_WIN(0) + PD_WIN_CTRL, PD_WIN_CTRL_ENABLE);
	h_wr(h, PD_REG_CTRL, PD_CTRL_ENABLE);
	return h;
fail:
	if (h->memfd >= 0) {
		if (h->mem)
			munmap(h->mem, size);
		close(h->memfd);
	} else {
		free(h->mem);
	}
	free(h);
	return NULL;
}

struct harness *h_new(unsigned int nq, unsigned int nw, size_t size, enum pd_dev_poll poll)
{
	return h_create(nq, nw, size, poll, false, NULL);
}

struct harness *h_new_faults(unsigned int nq, size_t size, const char *faults)
{
	return h_create(nq, 1, size, PD_DEV_POLL_BUSY, false, faults);
}

struct harness *h_new_memfd(unsigned int nq, unsigned int nw, size_t size, enum pd_dev_poll poll)
{
	return h_create(nq, nw, size, poll, true, NULL);
}

void h_free(struct harness *h)
{
	if (!h)
		return;
	h->ops->destroy(h->dev);
	if (h->memfd >= 0) {
		munmap(h->mem, h->size);
		close(h->memfd);
	} else {
		free(h->mem);
	}
	free(h);
}

uint64_t h_rd(struct harness *h, uint32_t off)
{
	return h->ops->reg_read(h->dev, off);
}

void h_wr(struct harness *h, uint32_t off, uint64_t val)
{
	h->ops->reg_write(h->dev, off, val);
}

uint64_t h_qrd(struct harness *h, unsigned int q, uint32_t reg)
{
	return h_rd(h, PD_REG_Q(q) + reg);
}

void h_qwr(struct harness *h, unsigned int q, uint32_t reg, uint64_t val)
{
	h_wr(h, PD_REG_Q(q) + reg, val);
}

void *h_ptr(struct harness *h, uint64_t devaddr)
{
	return h->mem + (devaddr - H_DEVBASE);
}

void h_qsetup(struct harness *h, unsigned int q, uint64_t sq, unsigned int sq_log2, uint64_t cq,
	      unsigned int cq_log2)
{
	struct h_queue *hq = &h->q[q];

	hq->sq = sq;
	hq->cq = cq;
	hq->sq_log2 = sq_log2;
	hq->cq_log2 = cq_log2;
	hq->sq_tail = hq->cq_head = 0;
	hq->phase = 1;
	memset(h_ptr(h, cq), 0, (size_t)16 << cq_log2);
	h_qwr(h, q, PD_Q_CTRL, 0);
	h_qwr(h, q, PD_Q_SQ_BASE, sq);
	h_qwr(h, q, PD_Q_SQ_LOG2_SIZE, sq_log2);
	h_qwr(h, q, PD_Q_CQ_BASE, cq);
	h_qwr(h, q, PD_Q_CQ_LOG2_SIZE, cq_log2);
	h_qwr(h, q, PD_Q_IRQ_VECTOR, q);
	h_qwr(h, q, PD_Q_CTRL, PD_Q_CTRL_ENABLE);
}

void h_submit(struct harness *h, unsigned int q, uint8_t op, uint8_t flags, uint32_t len,
	      uint64_t src, uint64_t dst, uint64_t tag, bool ring)
{
	struct h_queue *hq = &h->q[q];
	struct pd_sqe sqe = { .opcode = op, .flags = flags, .len = len, .src = src, .dst = dst,
			      .tag = tag };

	memcpy(h_ptr(h, hq->sq + 32ull * hq->sq_tail), &sqe, sizeof(sqe));
	hq->sq_tail = (hq->sq_tail + 1) & ((1u << hq->sq_log2) - 1);
	if (ring)
		h_ring(h, q);
}

void h_ring(struct harness *h, unsigned int q)
{
	h_qwr(h, q, PD_Q_SQ_TAIL, h->q[q].sq_tail);
}

int h_reap(struct harness *h, unsigned int q, struct pd_cqe *out, bool release)
{
	struct h_queue *hq = &h->q[q];
	struct pd_cqe *c = h_ptr(h, hq->cq + 16ull * hq->cq_head);

	/* Pairs with the device's release store of the phase byte. */
	if ((__atomic_load_n(&c->phase, __ATOMIC_ACQUIRE) & PD_CQE_PHASE) != hq->phase)
		return 0;
	*out = *c;
	hq->cq_head = (hq->cq_head + 1) & ((1u << hq->cq_log2) - 1);
	if (!hq->cq_head)
		hq->phase ^= 1;
	if (release)
		h_qwr(h, q, PD_Q_CQ_HEAD, hq->cq_head);
	return 1;
}

uint64_t h_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

int h_reap_wait(struct harness *h, unsigned int q, struct pd_cqe *out, unsigned int timeout_ms)
{
	uint64_t end = h_now_ms() + timeout_ms;

	do {
		if (h_reap(h, q, out, true))
			return 1;
	} while (h_now_ms() < end);
	return 0;
}
