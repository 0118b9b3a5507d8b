/* SPDX-License-Identifier: MIT */
/*
 * soft_engine.c - command execution and interrupt moderation of the soft
 * device.  Every function here runs with dev->lock held (by the polling
 * thread or by poll()), except pd_soft_deliver(), which runs after it is
 * released.  The behaviour choices are listed at the top of soft_dev.c.
 */
#include <endian.h>
#include <string.h>
#include <time.h>

#include "soft_dev.h"

#define LD(x) atomic_load_explicit(&(x), memory_order_relaxed)
#define ACQ(x) atomic_load_explicit(&(x), memory_order_acquire)

uint64_t pd_soft_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static inline uint32_t q_mask(uint64_t log2)
{
	return (uint32_t)((1ull << log2) - 1);
}

void pd_soft_queue_reset(struct pd_soft_queue *q)
{
	atomic_store_explicit(&q->sq_tail, 0, memory_order_relaxed);
	atomic_store_explicit(&q->cq_head, 0, memory_order_relaxed);
	q->sq_head = 0;
	q->cq_tail = 0;
	q->inflight = 0;
	q->phase = 1;
	q->stopped = false;
}

void pd_soft_rebuild_windows(struct pd_dev *dev)
{
	unsigned int w, n = 0;

	for (w = 0; w < dev->nw; w++) {
		if (!(LD(dev->win_ctrl[w]) & PD_WIN_CTRL_ENABLE) || !LD(dev->win_size[w]))
			continue;
		dev->en_win[n].base = LD(dev->win_base[w]);
		dev->en_win[n].size = LD(dev->win_size[w]);
		n++;
	}
	dev->n_en_win = n;
}

/*
 * [addr, addr + len) inside one enabled window, then translated by the host.
 * NULL is a window miss or a host miss alike (pd_dev.h).
 */
static void *dma_range(struct pd_dev *dev, uint64_t addr, uint64_t len)
{
	unsigned int i;

	if (len - 1 > UINT64_MAX - addr) /* addr + len beyond 2^64 */
		return NULL;
	for (i = 0; i < dev->n_en_win; i++) {
		const struct pd_soft_window *w = &dev->en_win[i];

		/* Offsets from the window base: no sum can wrap. */
		if (addr >= w->base && addr - w->base <= w->size && len <= w->size - (addr - w->base))
			return dev->host.dma_map(dev->host.ctx, addr, len);
	}
	return NULL;
}

/* ---- interrupts ---- */

static uint32_t irq_count_threshold(struct pd_dev *dev)
{
	uint32_t c = (LD(dev->irq_mod) >> PD_IRQMOD_COUNT_SHIFT) & PD_IRQMOD_COUNT_MASK;

	return c ? c : 1; /* 0 counts as 1 */
}

static uint64_t irq_usec(struct pd_dev *dev)
{
	return (LD(dev->irq_mod) >> PD_IRQMOD_USEC_SHIFT) & PD_IRQMOD_USEC_MASK;
}

static void irq_fire(struct pd_dev *dev, unsigned int v)
{
	dev->vec[v].pending = 0;
	dev->n_pending_vec--;
	dev->vec[v].fire_cnt++;
	dev->fire[v / 64] |= 1ull << (v % 64);
	dev->fire_any = true;
}

static void irq_count(struct pd_dev *dev, unsigned int v)
{
	struct pd_soft_vector *vec = &dev->vec[v];

	if (vec->pending++ == 0) {
		vec->first_ns = pd_soft_now_ns();
		dev->n_pending_vec++;
	}
	if (vec->pending >= irq_count_threshold(dev))
		irq_fire(dev, v);
}

void pd_soft_irq_timers(struct pd_dev *dev, uint64_t now_ns)
{
	uint64_t usec, cnt;
	unsigned int v;

	if (!dev->n_pending_vec)
		return;
	usec = irq_usec(dev);
	cnt = irq_count_threshold(dev);
	for (v = 0; v < dev->nq && dev->n_pending_vec; v++) {
		struct pd_soft_vector *vec = &dev->vec[v];

		if (!vec->pending)
			continue;
		/* The threshold may have been lowered since the last count. */
		if (vec->pending >= cnt || (usec && now_ns - vec->first_ns >= usec * 1000))
			irq_fire(dev, v);
	}
}

int64_t pd_soft_next_deadline_ns(struct pd_dev *dev)
{
	uint64_t usec, best = UINT64_MAX;
	unsigned int v;

	if (!dev->n_pending_vec)
		return -1;
	usec = irq_usec(dev);
	if (!usec)
		return -1;
	for (v = 0; v < dev->nq; v++) {
		if (dev->vec[v].pending && dev->vec[v].first_ns + usec * 1000 < best)
			best = dev->vec[v].first_ns + usec * 1000;
	}
	return best == UINT64_MAX ? -1 : (int64_t)best;
}

void pd_soft_irq_clear(struct pd_dev *dev)
{
	unsigned int v;

	for (v = 0; v < dev->nq; v++) {
		dev->vec[v].pending = 0;
		dev->vec[v].fire_cnt = 0;
	}
	dev->n_pending_vec = 0;
	memset(dev->fire, 0, sizeof(dev->fire));
	dev->fire_any = false;
}

bool pd_soft_take_fired(struct pd_dev *dev, struct pd_soft_fired *out)
{
	unsigned int i, v;

	if (!dev->fire_any)
		return false;
	dev->fire_any = false;
	for (i = 0; i < PD_SOFT_MAX_QUEUES / 64; i++) {
		out->bits[i] = dev->fire[i];
		dev->fire[i] = 0;
	}
	for (v = 0; v < dev->nq; v++) {
		out->cnt[v] = dev->vec[v].fire_cnt;
		dev->vec[v].fire_cnt = 0;
	}
	return true;
}

void pd_soft_deliver(struct pd_dev *dev, const struct pd_soft_fired *f)
{
	unsigned int v;
	uint32_t n;

	if (!dev->host.irq)
		return;
	for (v = 0; v < dev->nq; v++) {
		if (!(f->bits[v / 64] & (1ull << (v % 64))))
			continue;
		for (n = 0; n < f->cnt[v]; n++)
			dev->host.irq(dev->host.ctx, v);
	}
}

/* ---- commands ---- */

/*
 * Is queue q eligible (S10)?  On success *head and *ct hold the in-range SQ
 * head and CQ tail.  The acquire loads pair with the release stores of the
 * doorbells in soft_doorbell(): SQ_TAIL publishes the SQEs before it, CQ_HEAD
 * says the driver is done reading the CQEs before it.
 */
static bool q_eligible(struct pd_soft_queue *q, uint32_t *head, uint32_t *ct)
{
	uint32_t sqm, cqm;

	if (!(LD(q->ctrl) & PD_Q_CTRL_ENABLE) || q->stopped)
		return false;
	sqm = q_mask(LD(q->sq_log2));
	*head = q->sq_head & sqm;
	if (*head == ((uint32_t)ACQ(q->sq_tail) & sqm))
		return false;
	cqm = q_mask(LD(q->cq_log2));
	*ct = q->cq_tail & cqm;
	return ((*ct + 1) & cqm) != ((uint32_t)ACQ(q->cq_head) & cqm);
}

static uint16_t exec_sqe(struct pd_dev *dev, const struct pd_sqe *sqe)
{
	uint32_t len = le32toh(sqe->len);
	void *src, *dst;

	if (sqe->opcode == PD_OP_NOP)
		return PD_ST_OK;
	if (sqe->opcode != PD_OP_COPY)
		return PD_ST_BAD_OPCODE;
	if (len < PD_COPY_MIN_LEN || len > PD_COPY_MAX_LEN)
		return PD_ST_BAD_LENGTH;
	src = dma_range(dev, le64toh(sqe->src), len);
	dst = dma_range(dev, le64toh(sqe->dst), len);
	if (!src || !dst)
		return PD_ST_DMA_FAULT;
	/* injected faults (pd_dev_config.faults): a bus error, a slow bus */
	dev->ncmds++;
	if (dev->stall_at == dev->ncmds) {
		struct timespec ts = { (time_t)(dev->stall_us / 1000000), (long)(dev->stall_us % 1000000) * 1000 };

		nanosleep(&ts, NULL);
	}
	if (dev->fault_dma == dev->ncmds || (dev->fault_every && dev->ncmds % dev->fault_every == 0))
		return PD_ST_DMA_FAULT;
	/* Overlap is unspecified by the ABI; memmove (and the host's copy) keep it defined here. */
	if (dev->host.dma_copy)
		return dev->host.dma_copy(dev->host.ctx, dst, src, len) ? PD_ST_DMA_FAULT : PD_ST_OK;
	memmove(dst, src, len);
	return PD_ST_OK;
}

static void fatal(struct pd_dev *dev, struct pd_soft_queue *q)
{
	q->stopped = true;
	atomic_fetch_or_explicit(&dev->status, PD_STATUS_FATAL, memory_order_relaxed);
}

/*
 * One command of queue qi (S11).  Returns 1 if it completed, 0 on a fatal
 * stop, -1 if it may not start yet (FENCE).
 */
static int step_queue(struct pd_dev *dev, unsigned int qi, uint32_t head, uint32_t ct)
{
	struct pd_soft_queue *q = &dev->q[qi];
	uint32_t sqm = q_mask(LD(q->sq_log2)), cqm = q_mask(LD(q->cq_log2));
	struct pd_sqe sqe;
	struct pd_cqe cqe;
	uint8_t *sp, *cp;
	uint16_t st;

	sp = dma_range(dev, LD(q->sq_base) + 32ull * head, sizeof(sqe));
	cp = dma_range(dev, LD(q->cq_base) + 16ull * ct, sizeof(cqe));
	if (!sp || !cp) {
		fatal(dev, q);
		return 0;
	}
	memcpy(&sqe, sp, sizeof(sqe));

	/*
	 * FENCE: start only when every earlier command of this queue has
	 * completed.  Commands run one at a time per queue, so inflight is
	 * always 0 here; the check stays so that a body that overlaps
	 * commands keeps the rule visible.
	 */
	if ((sqe.flags & PD_SQE_F_FENCE) && q->inflight)
		return -1;
	q->inflight++;
	st = exec_sqe(dev, &sqe);
	q->inflight--;

	head = (head + 1) & sqm;
	memset(&cqe, 0, sizeof(cqe));
	cqe.tag = sqe.tag; /* both little-endian: copied as is */
	cqe.sq_head = htole16((uint16_t)head);
	cqe.sq_id = htole16((uint16_t)qi);
	cqe.status = htole16(st);
	cqe.phase = q->phase;
	/*
	 * Everything but the phase byte first, then the phase with release:
	 * a driver that reads the phase (acquire) sees the rest of the CQE
	 * and the bytes the COPY wrote.
	 */
	memcpy(cp, &cqe, offsetof(struct pd_cqe, phase));
	__atomic_store_n(cp + offsetof(struct pd_cqe, phase), cqe.phase, __ATOMIC_RELEASE);

	q->sq_head = head;
	q->cq_tail = (ct + 1) & cqm;
	if (!q->cq_tail)
		q->phase ^= 1; /* the tail wrapped: the next pass writes the other phase */
	if (sqe.flags & PD_SQE_F_IRQ)
		irq_count(dev, (unsigned int)LD(q->irq_vector));
	return 1;
}

/* Serve one eligible queue from the round-robin pointer: 1, 0 (fatal) or -1 (none). */
static int step(struct pd_dev *dev)
{
	unsigned int i, qi = dev->rr_next;
	uint32_t head, ct;
	int r;

	for (i = 0; i < dev->nq; i++, qi = qi + 1 == dev->nq ? 0 : qi + 1) {
		if (!q_eligible(&dev->q[qi], &head, &ct))
			continue;
		r = step_queue(dev, qi, head, ct);
		if (r < 0)
			continue; /* fenced: as if not eligible */
		dev->rr_next = qi + 1 == dev->nq ? 0 : qi + 1;
		return r;
	}
	return -1;
}

unsigned int pd_soft_run(struct pd_dev *dev, unsigned int budget, bool thread)
{
	unsigned int done = 0;
	int r;

	if (!(LD(dev->ctrl) & PD_CTRL_ENABLE))
		return 0;
	while (done < budget) {
		/* A configuration writer waits for the lock, or an interrupt is due. */
		if (thread && (dev->fire_any ||
			       atomic_load_explicit(&dev->cfg_waiters, memory_order_relaxed)))
			break;
		r = step(dev);
		if (r < 0)
			break;
		done += (unsigned int)r;
	}
	return done;
}

bool pd_soft_has_work(struct pd_dev *dev)
{
	uint32_t head, ct;
	unsigned int i;

	if (!(LD(dev->ctrl) & PD_CTRL_ENABLE))
		return false;
	for (i = 0; i < dev->nq; i++) {
		if (q_eligible(&dev->q[i], &head, &ct))
			return true;
	}
	return false;
}
