// SPDX-License-Identifier: MIT
/*
 * pdc_alloc.c - ring memory: a buddy allocator per container arena, page
 * reference counts over it, and the device-wide region budget.
 *
 * Blocks are powers of two from PDC_MIN_BLOCK (4 KiB) up to the arena.  A
 * region page (cfg.page_size: 4 KiB or 2 MiB) is backed while at least one
 * ring covers it: its first user charges one page to the region budget and
 * calls page_get, its last user calls page_put and returns the page.  A ring
 * of 4 KiB on 2 MiB pages shares its page with its neighbours; a ring of
 * 4 MiB covers two pages.
 */
#include "pdc_int.h"

#define PDC_NONE UINT32_MAX

static uint32_t order_of(uint64_t bytes)
{
	uint32_t o = 0;

	while (((uint64_t)PDC_MIN_BLOCK << o) < bytes)
		o++;
	return o;
}

static void fl_push(struct pdc_buddy *b, uint32_t o, uint32_t blk)
{
	b->state[blk] = (uint8_t)(o + 1);
	b->prev[blk] = PDC_NONE;
	b->next[blk] = b->head[o];
	if (b->head[o] != PDC_NONE)
		b->prev[b->head[o]] = blk;
	b->head[o] = blk;
}

static void fl_remove(struct pdc_buddy *b, uint32_t o, uint32_t blk)
{
	if (b->prev[blk] != PDC_NONE)
		b->next[b->prev[blk]] = b->next[blk];
	else
		b->head[o] = b->next[blk];
	if (b->next[blk] != PDC_NONE)
		b->prev[b->next[blk]] = b->prev[blk];
	b->state[blk] = 0;
}

int pdc_buddy_init(struct pdc_ctr *ctr)
{
	struct pdc_dev *dev = ctr->dev;
	struct pdc_buddy *b = &ctr->buddy;
	uint32_t o;

	b->nblocks = (uint32_t)(ctr->arena_size / PDC_MIN_BLOCK);
	b->max_order = order_of(ctr->arena_size);
	b->npages = (uint32_t)(ctr->arena_size / dev->cfg.page_size);
	b->next = pdc_zalloc(dev, sizeof(uint32_t) * b->nblocks);
	b->prev = pdc_zalloc(dev, sizeof(uint32_t) * b->nblocks);
	b->state = pdc_zalloc(dev, b->nblocks);
	b->page_ref = pdc_zalloc(dev, sizeof(uint32_t) * b->npages);
	if (!b->next || !b->prev || !b->state || !b->page_ref) {
		pdc_buddy_fini(ctr);
		return -ENOMEM;
	}
	for (o = 0; o < 33; o++)
		b->head[o] = PDC_NONE;
	/* the arena is one power-of-two block (pdc_ctr_create checked it) */
	fl_push(b, b->max_order, 0);
	return 0;
}

void pdc_buddy_fini(struct pdc_ctr *ctr)
{
	struct pdc_dev *dev = ctr->dev;
	struct pdc_buddy *b = &ctr->buddy;

	pdc_free(dev, b->next);
	pdc_free(dev, b->prev);
	pdc_free(dev, b->state);
	pdc_free(dev, b->page_ref);
	b->next = b->prev = NULL;
	b->state = NULL;
	b->page_ref = NULL;
}

static int buddy_alloc(struct pdc_buddy *b, uint32_t order, uint32_t *blk_out)
{
	uint32_t o = order, blk;

	while (o <= b->max_order && b->head[o] == PDC_NONE)
		o++;
	if (o > b->max_order)
		return -ENOBUFS;
	blk = b->head[o];
	fl_remove(b, o, blk);
	/* split down: the upper halves go back to the free lists */
	while (o > order) {
		o--;
		fl_push(b, o, blk + (1u << o));
	}
	*blk_out = blk;
	return 0;
}

static void buddy_free(struct pdc_buddy *b, uint32_t order, uint32_t blk)
{
	/* coalesce with the buddy while it is a free block of the same order */
	while (order < b->max_order) {
		uint32_t buddy = blk ^ (1u << order);

		if (buddy >= b->nblocks || b->state[buddy] != order + 1)
			break;
		fl_remove(b, order, buddy);
		blk &= ~(1u << order);
		order++;
	}
	fl_push(b, order, blk);
}

/* drop the page references of [first, last] */
static void pages_put(struct pdc_ctr *ctr, uint32_t first, uint32_t last)
{
	struct pdc_dev *dev = ctr->dev;
	uint32_t p;

	for (p = first; p <= last; p++) {
		if (--ctr->buddy.page_ref[p] == 0) {
			dev->ops->page_put(dev->hctx, ctr->cookie, (uint64_t)p * dev->cfg.page_size);
			dev->region_pages_used--;
		}
	}
}

int pdc_ring_alloc(struct pdc_ctr *ctr, uint32_t size, struct pdc_ring *r)
{
	struct pdc_dev *dev = ctr->dev;
	struct pdc_buddy *b = &ctr->buddy;
	uint32_t order = order_of(size), blk, first, last, p;
	uint64_t off;
	int ret;

	if (!pdc_is_pow2(size) || size < PDC_MIN_BLOCK)
		return -EINVAL;
	/* quota first: it is the container's limit, not the arena's shape */
	if (ctr->mem_used + size > dev->cfg.max_memory)
		return -ENOBUFS;
	ret = buddy_alloc(b, order, &blk);
	if (ret)
		return ret;
	off = (uint64_t)blk * PDC_MIN_BLOCK;
	first = (uint32_t)(off / dev->cfg.page_size);
	last = (uint32_t)((off + size - 1) / dev->cfg.page_size);
	for (p = first; p <= last; p++) {
		if (b->page_ref[p] == 0) {
			/* the page's first user: charge the region budget, then back it */
			if (dev->region_pages_used >= dev->region_pages) {
				ret = -ENOBUFS;
				goto undo_pages;
			}
			ret = dev->ops->page_get(dev->hctx, ctr->cookie, (uint64_t)p * dev->cfg.page_size);
			if (ret) {
				ret = ret < 0 ? ret : -ENOMEM;
				goto undo_pages;
			}
			dev->region_pages_used++;
		}
		b->page_ref[p]++;
	}
	ctr->mem_used += size;
	r->off = off;
	r->size = size;
	return 0;

undo_pages:
	if (p > first)
		pages_put(ctr, first, p - 1);
	buddy_free(b, order, blk);
	if (ret == -ENOMEM)
		ret = -ENOBUFS;
	return ret;
}

void pdc_ring_free(struct pdc_ctr *ctr, struct pdc_ring *r)
{
	struct pdc_dev *dev = ctr->dev;

	if (!r->size)
		return;
	pages_put(ctr, (uint32_t)(r->off / dev->cfg.page_size),
		  (uint32_t)((r->off + r->size - 1) / dev->cfg.page_size));
	buddy_free(&ctr->buddy, order_of(r->size), (uint32_t)(r->off / PDC_MIN_BLOCK));
	ctr->mem_used -= r->size;
	r->size = 0;
	r->off = 0;
}
