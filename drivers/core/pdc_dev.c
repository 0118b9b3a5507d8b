// SPDX-License-Identifier: MIT
/*
 * pdc_dev.c - device lifecycle and queue setup, containers, processes.
 */
#include "pdc_int.h"

#define PDC_PAGE 4096u

static size_t page_round(size_t n)
{
	return (n + PDC_PAGE - 1) & ~(size_t)(PDC_PAGE - 1);
}

static int config_apply(struct pdc_config *c)
{
	if (!c->workers)
		c->workers = 2;
	if (!c->sq_log2)
		c->sq_log2 = 10;
	if (!c->cq_log2)
		c->cq_log2 = 10;
	if (!c->ring_size)
		c->ring_size = PD_RING_DEFAULT;
	if (!c->region_size)
		c->region_size = 1ull << 30;
	if (!c->page_size)
		c->page_size = 4096;
	if (!c->max_sockets)
		c->max_sockets = 1024;
	if (!c->max_memory)
		c->max_memory = 256ull << 20;
	if (!c->max_conns)
		c->max_conns = 65536;
	if (c->workers > PD_MAX_WORKERS)
		return -EINVAL;
	if (c->sq_log2 < PD_Q_LOG2_MIN || c->sq_log2 > PD_Q_LOG2_MAX ||
	    c->cq_log2 < PD_Q_LOG2_MIN || c->cq_log2 > PD_Q_LOG2_MAX)
		return -EINVAL;
	if (!pdc_is_pow2(c->ring_size) || c->ring_size < PD_RING_MIN || c->ring_size > PD_RING_MAX)
		return -EINVAL;
	if (c->page_size != 4096 && c->page_size != (2u << 20))
		return -EINVAL;
	if (c->region_size < c->page_size || c->max_memory < PDC_MIN_BLOCK)
		return -EINVAL;
	if (c->max_sockets > PDC_MAX_SOCKETS_LIMIT || c->max_conns > PDC_MAX_CONNS_LIMIT)
		return -EINVAL;
	if (c->irq_count > 0xffff || c->irq_usec > 0xffff)
		return -EINVAL;
	return 0;
}

static void dev_free_tables(struct pdc_dev *dev)
{
	pdc_free(dev, dev->conns);
	pdc_free(dev, dev->conn_gen);
	pdc_free(dev, dev->conn_free);
	if (dev->lock)
		dev->ops->lock_destroy(dev->hctx, dev->lock);
}

int pdc_dev_create(const struct pdc_host_ops *ops, void *hctx, const struct pdc_config *cfg,
		   struct pdc_dev **out)
{
	struct pdc_config c = cfg ? *cfg : (struct pdc_config){ 0 };
	struct pdc_dev *dev;
	uint64_t id, nq;
	size_t off;
	uint32_t i;
	int ret;

	ret = config_apply(&c);
	if (ret)
		return ret;
	dev = ops->zalloc(hctx, sizeof(*dev));
	if (!dev)
		return -ENOMEM;
	dev->ops = ops;
	dev->hctx = hctx;
	dev->cfg = c;
	pdc_list_init(&dev->ctrs);
	pdc_list_init(&dev->procs);
	for (i = 0; i < PDC_BIND_BUCKETS; i++)
		pdc_list_init(&dev->bind_hash[i]);
	dev->next_ctr_id = 1;
	dev->next_ephemeral = PDC_EPHEMERAL_LO;
	dev->region_pages = c.region_size / c.page_size;

	ret = -ENOMEM;
	dev->lock = ops->lock_create(hctx);
	dev->conns = pdc_zalloc(dev, sizeof(*dev->conns) * c.max_conns);
	dev->conn_gen = pdc_zalloc(dev, sizeof(*dev->conn_gen) * c.max_conns);
	dev->conn_free = pdc_zalloc(dev, sizeof(*dev->conn_free) * c.max_conns);
	if (!dev->lock || !dev->conns || !dev->conn_gen || !dev->conn_free)
		goto free_tables;
	/* pop order: index 0 first */
	for (i = 0; i < c.max_conns; i++)
		dev->conn_free[i] = c.max_conns - 1 - i;
	dev->nconn_free = c.max_conns;

	/* probe */
	ret = -ENODEV;
	id = pdc_rd(dev, PD_REG_ID);
	if ((uint32_t)id != PD_HW_MAGIC || (uint32_t)(id >> 32) != PD_HW_ABI_VERSION) {
		pdc_log(dev, PDC_LOG_ERR, "pdc: device ID %#llx: not a PipeDevice of ABI %u",
			(unsigned long long)id, PD_HW_ABI_VERSION);
		goto free_tables;
	}
	nq = pdc_rd(dev, PD_REG_NUM_QUEUES);
	dev->nwin = (uint32_t)pdc_rd(dev, PD_REG_NUM_WINDOWS);
	if (dev->nwin > PD_HW_MAX_WINDOWS)
		dev->nwin = PD_HW_MAX_WINDOWS;
	if (nq < c.workers || dev->nwin < 2) {
		pdc_log(dev, PDC_LOG_ERR, "pdc: device has %llu queues and %u windows; need %u and 2",
			(unsigned long long)nq, dev->nwin, c.workers);
		goto free_tables;
	}
	pdc_wr(dev, PD_REG_CTRL, PD_CTRL_RESET);

	/* one allocation for every SQ and CQ: window 0 covers exactly it */
	dev->qmem_size = c.workers * (page_round((size_t)sizeof(struct pd_sqe) << c.sq_log2) +
				      page_round((size_t)sizeof(struct pd_cqe) << c.cq_log2));
	ret = -ENOMEM;
	dev->qmem = ops->dma_alloc(hctx, dev->qmem_size, &dev->qmem_dev);
	if (!dev->qmem)
		goto free_tables;
	memset(dev->qmem, 0, dev->qmem_size); /* CQ phase starts 0: nothing new */
	pdc_wr(dev, PD_REG_WIN(0) + PD_WIN_BASE, dev->qmem_dev);
	pdc_wr(dev, PD_REG_WIN(0) + PD_WIN_SIZE, dev->qmem_size);
	pdc_wr(dev, PD_REG_WIN(0) + PD_WIN_CTRL, PD_WIN_CTRL_ENABLE);
	dev->win_used = 1;

	off = 0;
	for (i = 0; i < c.workers; i++) {
		struct pdc_worker *wk = &dev->wk[i];

		wk->sq_log2 = c.sq_log2;
		wk->cq_log2 = c.cq_log2;
		wk->sq_mask = (1u << c.sq_log2) - 1;
		wk->cq_mask = (1u << c.cq_log2) - 1;
		wk->sq = (struct pd_sqe *)((uint8_t *)dev->qmem + off);
		wk->sq_dev = dev->qmem_dev + off;
		off += page_round((size_t)sizeof(struct pd_sqe) << c.sq_log2);
		wk->cq = (struct pd_cqe *)((uint8_t *)dev->qmem + off);
		wk->cq_dev = dev->qmem_dev + off;
		off += page_round((size_t)sizeof(struct pd_cqe) << c.cq_log2);
		pdc_list_init(&wk->deferred);

		pdc_wr(dev, PD_REG_Q(i) + PD_Q_SQ_BASE, wk->sq_dev);
		pdc_wr(dev, PD_REG_Q(i) + PD_Q_SQ_LOG2_SIZE, c.sq_log2);
		pdc_wr(dev, PD_REG_Q(i) + PD_Q_CQ_BASE, wk->cq_dev);
		pdc_wr(dev, PD_REG_Q(i) + PD_Q_CQ_LOG2_SIZE, c.cq_log2);
		pdc_wr(dev, PD_REG_Q(i) + PD_Q_IRQ_VECTOR, i);
		/* enabling resets the queue's head, tail, doorbells and phase (pd_hw.h) */
		pdc_wr(dev, PD_REG_Q(i) + PD_Q_CTRL, PD_Q_CTRL_ENABLE);
	}
	pdc_wr(dev, PD_REG_IRQ_MODERATION, PD_IRQMOD(c.irq_count, c.irq_usec));
	pdc_wr(dev, PD_REG_CTRL, PD_CTRL_ENABLE);
	*out = dev;
	return 0;

free_tables:
	dev_free_tables(dev);
	ops->free(hctx, dev);
	return ret;
}

void pdc_dev_destroy(struct pdc_dev *dev)
{
	if (!dev)
		return;
	if (!pdc_list_empty(&dev->procs) || !pdc_list_empty(&dev->ctrs))
		pdc_log(dev, PDC_LOG_WARN, "pdc: device destroyed with %u containers left", dev->nctrs);
	/* reset stops every queue and closes every window before the memory goes */
	pdc_wr(dev, PD_REG_CTRL, 0);
	pdc_wr(dev, PD_REG_CTRL, PD_CTRL_RESET);
	dev->ops->dma_free(dev->hctx, dev->qmem, dev->qmem_size, dev->qmem_dev);
	dev_free_tables(dev);
	dev->ops->free(dev->hctx, dev);
}

const struct pdc_config *pdc_dev_config(const struct pdc_dev *dev)
{
	return &dev->cfg;
}

/* ---- containers ---- */

int pdc_ctr_create(struct pdc_dev *dev, void *cookie, uint64_t netns_id, void *arena_vaddr,
		   uint64_t arena_devaddr, uint64_t arena_size, struct pdc_ctr **out)
{
	struct pdc_ctr *ctr;
	uint32_t win;
	int ret;

	if (!arena_vaddr || !pdc_is_pow2(arena_size) || arena_size < dev->cfg.page_size ||
	    arena_size < PDC_MIN_BLOCK || arena_size > dev->cfg.max_memory ||
	    arena_size / PDC_MIN_BLOCK > UINT32_MAX)
		return -EINVAL;
	ctr = pdc_zalloc(dev, sizeof(*ctr));
	if (!ctr)
		return -ENOMEM;
	ctr->dev = dev;
	ctr->cookie = cookie;
	ctr->netns_id = netns_id;
	ctr->arena = arena_vaddr;
	ctr->arena_dev = arena_devaddr;
	ctr->arena_size = arena_size;
	ret = pdc_buddy_init(ctr);
	if (ret)
		goto free_ctr;

	pdc_ctl_lock(dev);
	for (win = 1; win < dev->nwin; win++)
		if (!(dev->win_used & (1ull << win)))
			break;
	if (win >= dev->nwin) {
		dev->ops->unlock(dev->hctx, dev->lock);
		ret = -ENOSPC;
		goto free_buddy;
	}
	dev->win_used |= 1ull << win;
	ctr->win = win;
	ctr->id = dev->next_ctr_id++;
	pdc_wr(dev, PD_REG_WIN(win) + PD_WIN_BASE, arena_devaddr);
	pdc_wr(dev, PD_REG_WIN(win) + PD_WIN_SIZE, arena_size);
	pdc_wr(dev, PD_REG_WIN(win) + PD_WIN_CTRL, PD_WIN_CTRL_ENABLE);
	pdc_list_add_tail(&dev->ctrs, &ctr->link);
	dev->nctrs++;
	dev->ops->unlock(dev->hctx, dev->lock);
	*out = ctr;
	return 0;

free_buddy:
	pdc_buddy_fini(ctr);
free_ctr:
	pdc_free(dev, ctr);
	return ret;
}

int pdc_ctr_destroy(struct pdc_ctr *ctr)
{
	struct pdc_dev *dev = ctr->dev;

	pdc_ctl_lock(dev);
	/* rings still referred to by commands in flight keep mem_used above 0 */
	if (ctr->nprocs || ctr->mem_used) {
		dev->ops->unlock(dev->hctx, dev->lock);
		return -EBUSY;
	}
	pdc_wr(dev, PD_REG_WIN(ctr->win) + PD_WIN_CTRL, 0);
	dev->win_used &= ~(1ull << ctr->win);
	pdc_list_del(&ctr->link);
	dev->nctrs--;
	dev->ops->unlock(dev->hctx, dev->lock);
	pdc_buddy_fini(ctr);
	pdc_free(dev, ctr);
	return 0;
}

uint32_t pdc_ctr_id(const struct pdc_ctr *ctr)
{
	return ctr->id;
}

/* ---- processes ---- */

int pdc_proc_create(struct pdc_dev *dev, struct pdc_ctr *ctr, void *cookie, uint32_t pid,
		    void *notify_vaddr, uint64_t notify_size, struct pdc_proc **out)
{
	uint32_t max = dev->cfg.max_sockets, i;
	struct pdc_proc *p;

	if (!notify_vaddr || notify_size < pd_notify_size(max))
		return -EINVAL;
	p = pdc_zalloc(dev, sizeof(*p));
	if (!p)
		return -ENOMEM;
	p->slot = pdc_zalloc(dev, sizeof(*p->slot) * max);
	if (!p->slot) {
		pdc_free(dev, p);
		return -ENOMEM;
	}
	p->dev = dev;
	p->ctr = ctr;
	p->cookie = cookie;
	p->pid = pid;
	p->notify = notify_vaddr;
	p->hdr = notify_vaddr;
	p->shm = (struct pd_sock_shm *)(p->notify + pd_notify_sock_off(max));

	/* the process cannot use the region before this returns: plain stores suffice */
	memset(p->notify, 0, pd_notify_sock_off(max));
	for (i = 0; i < max; i++)
		memset(&p->shm[i], 0, sizeof(p->shm[i]));
	p->hdr->version = PD_UAPI_VERSION;
	p->hdr->max_sockets = max;
	p->hdr->workers = dev->cfg.workers;
	p->hdr->ctl_slot = 1;
	pdc_store_release32(&p->hdr->magic, PD_NOTIFY_MAGIC);

	pdc_ctl_lock(dev);
	/* a worker asleep now must be woken by this process's kicks too */
	for (i = 0; i < dev->cfg.workers; i++)
		pdc_store_release32(&p->hdr->worker[i].sleeping, dev->wk[i].sleeping);
	ctr->nprocs++;
	pdc_list_add_tail(&dev->procs, &p->link);
	dev->ops->unlock(dev->hctx, dev->lock);
	*out = p;
	return 0;
}

void pdc_proc_set_sees_all(struct pdc_proc *proc, bool all)
{
	pdc_ctl_lock(proc->dev);
	proc->sees_all = all;
	proc->dev->ops->unlock(proc->dev->hctx, proc->dev->lock);
}

void pdc_proc_destroy(struct pdc_proc *p)
{
	struct pdc_dev *dev = p->dev;
	uint32_t i;

	pdc_ctl_lock(dev);
	/* a request it posted before it died (a CLOSE, say) is served first */
	pdc_ctl_slot_serve(p);
	/* listeners first: their queued sockets live in this table too */
	for (i = 0; i < dev->cfg.max_sockets; i++)
		if (p->slot[i] && p->slot[i]->state == PD_SS_LISTEN)
			pdc_sock_kill(p->slot[i]);
	for (i = 0; i < dev->cfg.max_sockets; i++)
		if (p->slot[i])
			pdc_sock_kill(p->slot[i]);
	/* wakes queued for this process by the resets above must not outlive it */
	/* the dying process needs no wake; its peers get theirs now */
	if (p->wake_pending) {
		struct pdc_proc **pp = &dev->wake_list;

		while (*pp && *pp != p)
			pp = &(*pp)->wake_next;
		if (*pp)
			*pp = p->wake_next;
		p->wake_pending = false;
	}
	pdc_flush(dev);
	pdc_list_del(&p->link);
	p->ctr->nprocs--;
	dev->ops->unlock(dev->hctx, dev->lock);
	pdc_free(dev, p->slot);
	pdc_free(dev, p);
}

/* ---- stats ---- */

static void stats_global_locked(struct pdc_dev *dev, struct pd_stats_global *g)
{
	memset(g, 0, sizeof(*g));
	g->sockets = dev->nsocks;
	g->bytes_copied = dev->bytes_copied;
	g->commands = dev->commands;
	g->faults = dev->faults;
	g->refused = dev->refused;
	g->region_size = dev->region_pages * dev->cfg.page_size;
	g->region_used = dev->region_pages_used * dev->cfg.page_size;
	g->containers = dev->nctrs;
	g->hugepages = dev->cfg.page_size == (2u << 20);
}

static void stats_ctr_locked(struct pdc_ctr *ctr, struct pd_stats_ctr *s)
{
	memset(s, 0, sizeof(*s));
	s->container = ctr->id;
	s->processes = ctr->nprocs;
	s->netns_ino = ctr->netns_id;
	s->sockets = ctr->nsocks;
	s->mem_used = ctr->mem_used;
	s->mem_quota = ctr->dev->cfg.max_memory;
	s->bytes_sent = ctr->bytes_sent;
	s->bytes_recv = ctr->bytes_recv;
	s->refused = ctr->refused;
}

void pdc_stats_global(struct pdc_dev *dev, struct pd_stats_global *out)
{
	pdc_ctl_lock(dev);
	stats_global_locked(dev, out);
	dev->ops->unlock(dev->hctx, dev->lock);
}

void pdc_stats_ctr(struct pdc_ctr *ctr, struct pd_stats_ctr *out)
{
	struct pdc_dev *dev = ctr->dev;

	pdc_ctl_lock(dev);
	stats_ctr_locked(ctr, out);
	dev->ops->unlock(dev->hctx, dev->lock);
}

/* pdc_req.c fills STATS records under the lock it already holds */
void pdc_stats_fill_locked(struct pdc_dev *dev, struct pd_stats_global *g)
{
	stats_global_locked(dev, g);
}

void pdc_stats_ctr_fill_locked(struct pdc_ctr *ctr, struct pd_stats_ctr *s)
{
	stats_ctr_locked(ctr, s);
}
