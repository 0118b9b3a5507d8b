// SPDX-License-Identifier: MIT
/*
 * pdd_ctr.c - containers: one per network namespace, each with one arena
 * (a sealed memfd of --max-memory bytes) mapped by pdd at a device address
 * of its own window, and the namespace's addresses.
 */
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "pdd.h"
#include "pdd_sys.h"

#ifndef MFD_HUGE_2MB
#define MFD_HUGE_2MB (21 << 26)
#endif

static int arena_create(struct pdd *pdd, struct pdd_ctr *ctr)
{
	unsigned int flags = MFD_CLOEXEC | MFD_ALLOW_SEALING;
	char name[64];

	if (pdd->region.huge)
		flags |= MFD_HUGETLB | MFD_HUGE_2MB;
	snprintf(name, sizeof(name), "pd-arena-%u", ctr->slot);
	ctr->arena_size = pdd->opts.max_memory;
	ctr->arena_fd = memfd_create(name, flags);
	if (ctr->arena_fd < 0)
		return -errno;
	/*
	 * Pages are backed only while a ring uses them (page_get/page_put);
	 * the seals keep a process from growing or shrinking the file it
	 * shares with pdd (a shrink would make pdd's own accesses fault), and
	 * F_SEAL_SEAL from adding F_SEAL_WRITE behind pdd's back.
	 */
	if (ftruncate(ctr->arena_fd, (off_t)ctr->arena_size) ||
	    fcntl(ctr->arena_fd, F_ADD_SEALS, F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL))
		goto fail;
	ctr->arena = mmap(NULL, ctr->arena_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_NORESERVE,
			  ctr->arena_fd, 0);
	if (ctr->arena == MAP_FAILED) {
		ctr->arena = NULL;
		goto fail;
	}
	return 0;
fail:
	{
		int ret = -errno;

		close(ctr->arena_fd);
		ctr->arena_fd = -1;
		return ret;
	}
}

static void ctr_free(struct pdd_ctr *ctr)
{
	pdd_net_close(ctr->pdd, ctr);
	free(ctr->cached);
	free(ctr->backed);
	if (ctr->arena)
		munmap(ctr->arena, ctr->arena_size);
	if (ctr->arena_fd >= 0)
		close(ctr->arena_fd);
	if (ctr->netns_fd >= 0)
		close(ctr->netns_fd);
	free(ctr);
}

/*
 * The container of process pid, the peer of control socket sock (its network
 * namespace), created on the namespace's first process.  Takes a process reference (pdd_ctr_put).
 */
int pdd_ctr_get(struct pdd *pdd, int sock, pid_t pid, struct pdd_ctr **out)
{
	bool used[PDD_MAX_CTRS] = { false };
	struct pdd_ctr *ctr;
	uint64_t ino;
	int fd, ret;
	unsigned int slot;

	ret = pdd_sys_peer_netns(sock, pid, &fd, &ino);
	if (ret)
		return ret;
	for (ctr = pdd->ctrs; ctr; ctr = ctr->next) {
		if (ctr->netns_ino == ino) {
			close(fd);
			ctr->nprocs++;
			ctr->dying = false;
			*out = ctr;
			return 0;
		}
		used[ctr->slot] = true;
	}
	for (slot = 0; slot < PDD_MAX_CTRS && used[slot]; slot++)
		;
	{
		unsigned int nfree = 0;

		for (unsigned int k = slot; k < PDD_MAX_CTRS; k++)
			nfree += !used[k];
		/* the last window is kept for the host's administrator: pdctl always gets in */
		if (slot == PDD_MAX_CTRS ||
		    (nfree == 1 && !pdd_sys_peer_is_admin(sock, pid, ino))) {
			close(fd);
			return -ENOSPC;
		}
	}
	ctr = calloc(1, sizeof(*ctr));
	if (!ctr) {
		close(fd);
		return -ENOMEM;
	}
	ctr->pdd = pdd;
	ctr->slot = slot;
	ctr->netns_ino = ino;
	ctr->netns_fd = fd;
	ctr->arena_fd = -1;
	ctr->net.ev = ctr->net.q = -1;
	/* the namespace's addresses and routes, read once now and then on every change */
	ret = pdd_net_open(pdd, ctr);
	if (ret) {
		pdd_log("error: reading the network namespace of a container (netns %llu): %s",
			(unsigned long long)ctr->netns_ino, strerror(-ret));
		ctr_free(ctr);
		return ret;
	}
	ret = arena_create(pdd, ctr);
	if (ret) {
		pdd_log("error: creating the arena of a container (netns %llu, %llu bytes%s): %s",
			(unsigned long long)ctr->netns_ino, (unsigned long long)pdd->opts.max_memory,
			pdd->region.huge ? ", hugetlb" : "", strerror(-ret));
		ctr_free(ctr);
		return ret;
	}
	{
		uint64_t npages = ctr->arena_size / pdd->region.page_size;
		uint64_t max = PDD_PAGE_CACHE_BYTES / pdd->region.page_size;

		/* a quarter of the arena at most: the rest stays with the region */
		ctr->cache_max = (unsigned int)(max < npages / 4 ? max : npages / 4);
		ctr->cached = calloc((npages + 63) / 64, sizeof(uint64_t));
		ctr->backed = calloc((npages + 63) / 64, sizeof(uint64_t));
		if (!ctr->cached || !ctr->backed) {
			ctr_free(ctr);
			return -ENOMEM;
		}
	}
	/* publish the mapping before the core enables the window (dma_map acquires vaddr) */
	atomic_store_explicit(&pdd->arena_map[slot].size, ctr->arena_size, memory_order_relaxed);
	atomic_store_explicit(&pdd->arena_map[slot].vaddr, ctr->arena, memory_order_release);
	ret = pdc_ctr_create(pdd->core, ctr, ctr->netns_ino, ctr->arena,
			     PDD_ARENA_DEVBASE + (uint64_t)slot * PDD_ARENA_STRIDE, ctr->arena_size,
			     &ctr->core);
	if (ret) {
		atomic_store(&pdd->arena_map[slot].vaddr, NULL);
		pdd_log("error: driver core refused a container (netns %llu): %s",
			(unsigned long long)ctr->netns_ino, strerror(-ret));
		ctr_free(ctr);
		return ret;
	}
	ctr->id = pdc_ctr_id(ctr->core);
	ctr->nprocs = 1;
	pthread_mutex_lock(&pdd->ctrs_lock);
	ctr->next = pdd->ctrs;
	pdd->ctrs = ctr;
	pthread_mutex_unlock(&pdd->ctrs_lock);
	pdd_log("container %u created: netns %llu, arena %llu MiB on %s pages", ctr->id,
		(unsigned long long)ctr->netns_ino, (unsigned long long)(ctr->arena_size >> 20),
		pdd->region.huge ? "2 MiB" : "4 KiB");
	*out = ctr;
	return 0;
}

/* Drop a process reference; the container goes when the last one is gone and the core lets it. */
void pdd_ctr_put(struct pdd_ctr *ctr)
{
	if (--ctr->nprocs == 0)
		ctr->dying = true;
	pdd_ctr_reap(ctr->pdd, false);
}

/*
 * Destroy dying containers whose rings are no longer referred to by
 * commands in flight.  force (shutdown, device already stopped): all of them.
 */
void pdd_ctr_reap(struct pdd *pdd, bool force)
{
	struct pdd_ctr **pp = &pdd->ctrs;

	while (*pp) {
		struct pdd_ctr *ctr = *pp;
		uint32_t id;

		if (!ctr->dying && !force) {
			pp = &ctr->next;
			continue;
		}
		id = ctr->id;
		if (!force && pdc_ctr_destroy(ctr->core)) {
			pp = &ctr->next; /* -EBUSY: commands in flight; retried from the main loop */
			continue;
		}
		/* the core disabled the window: no DMA reaches this arena any more */
		atomic_store_explicit(&pdd->arena_map[ctr->slot].vaddr, NULL, memory_order_release);
		pthread_mutex_lock(&pdd->ctrs_lock);
		*pp = ctr->next;
		pthread_mutex_unlock(&pdd->ctrs_lock);
		pdd_log("container %u destroyed: netns %llu", id, (unsigned long long)ctr->netns_ino);
		ctr_free(ctr);
	}
}

bool pdd_ctr_dying_any(struct pdd *pdd)
{
	for (struct pdd_ctr *ctr = pdd->ctrs; ctr; ctr = ctr->next)
		if (ctr->dying)
			return true;
	return false;
}

static bool bit_test(const uint64_t *map, uint64_t i)
{
	return map[i / 64] & (1ull << (i % 64));
}

/*
 * Pages of ctr's arena that hold memory but that pdd did not back: a
 * process of the container touched its arena outside its rings (they would
 * come out of the hugepage pool, or the host's memory, outside the region
 * budget and the container's quota).  Gives every such page back: punches
 * every run of pages pdd did not back.  ctrs_lock held.  Returns the pages
 * given back.
 */
static uint64_t reclaim_excess(struct pdd_ctr *ctr)
{
	uint64_t ps = ctr->pdd->region.page_size, npages = ctr->arena_size / ps, p = 0, q;
	int64_t before = pdd_sys_fblocks(ctr->arena_fd), after;

	if (before < 0 || (uint64_t)before * 512 <= ctr->nbacked * ps)
		return 0;
	while (p < npages) {
		if (bit_test(ctr->backed, p)) {
			p++;
			continue;
		}
		for (q = p; q < npages && !bit_test(ctr->backed, q); q++)
			;
		fallocate(ctr->arena_fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, (off_t)(p * ps),
			  (off_t)((q - p) * ps));
		p = q;
	}
	after = pdd_sys_fblocks(ctr->arena_fd);
	if (after < 0 || after >= before)
		return 0;
	if (!ctr->excess_logged) {
		ctr->excess_logged = true;
		pdd_log("warning: a process of container %u backed %llu KiB of its arena outside its "
			"rings; pdd gives such pages back (checked every %d ms and whenever backing a page fails)",
			ctr->id, (unsigned long long)((uint64_t)(before - after) * 512 >> 10), PDD_GUARD_MS);
	}
	return (uint64_t)(before - after) * 512 / ps;
}

/*
 * A process must not take memory through its arena that pdd does not
 * count: checked every PDD_GUARD_MS from the main loop.
 *  - hugetlbfs ignores F_SEAL_GROW on mmap: a process that maps its arena
 *    writable past the end grows the file, and pages it touches there come
 *    out of the hugepage pool.  pdd never uses those bytes (the device
 *    window and the allocator cover arena_size only): it gives them back.
 *  - pages inside the arena that no ring uses and pdd did not back
 *    (reclaim_excess).
 */
void pdd_ctr_guard(struct pdd *pdd)
{
	int64_t now = pdd_sys_now_ns();

	if (now - pdd->guard_ns < (int64_t)PDD_GUARD_MS * 1000000)
		return;
	pdd->guard_ns = now;
	pthread_mutex_lock(&pdd->ctrs_lock);
	for (struct pdd_ctr *ctr = pdd->ctrs; ctr; ctr = ctr->next) {
		int64_t size = pdd->region.huge ? pdd_sys_fsize(ctr->arena_fd) : 0;

		if (size > (int64_t)ctr->arena_size) {
			if (!ctr->grown_logged) {
				ctr->grown_logged = true;
				pdd_log("warning: a process of container %u mapped its arena past the end (%lld of "
					"%llu bytes); pdd gives back any page it touches there",
					ctr->id, (long long)size, (unsigned long long)ctr->arena_size);
			}
			fallocate(ctr->arena_fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
				  (off_t)ctr->arena_size, (off_t)(size - (int64_t)ctr->arena_size));
		}
		reclaim_excess(ctr);
	}
	pthread_mutex_unlock(&pdd->ctrs_lock);
}

/*
 * Page cache.  Backing a page costs more than anything else a connection
 * does: the kernel zeroes it (2 MiB hugepage: ~0.2 ms), and a connection
 * with 4 MiB rings takes 8 of them.  So when the last ring on a page goes,
 * pdd keeps the page backed, up to cache_max pages per container, and the
 * container's next ring on that page (the buddy allocator hands the same
 * blocks out again first) finds it ready.  The bytes left in it belong to
 * the same container, whose every process maps the whole arena anyway:
 * nothing crosses a container.  The region budget is the core's count of
 * pages in use; cached pages are outside it, and are given back as soon as
 * backing a page fails (hugepage pool empty), before the failure counts.
 */
static bool cache_test(const struct pdd_ctr *ctr, uint64_t page)
{
	return ctr->cached[page / 64] & (1ull << (page % 64));
}

static void cache_flip(struct pdd_ctr *ctr, uint64_t page)
{
	ctr->cached[page / 64] ^= 1ull << (page % 64);
}

static void page_punch(struct pdd_ctr *ctr, uint64_t off)
{
	uint64_t page = off / ctr->pdd->region.page_size;

	/* give the page back to the system (hugepage to the pool) */
	if (fallocate(ctr->arena_fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, (off_t)off,
		      (off_t)ctr->pdd->region.page_size))
		pdd_log("warning: punching a hole in container %u's arena at %llu: %s",
			ctr->id, (unsigned long long)off, strerror(errno));
	if (bit_test(ctr->backed, page)) {
		ctr->backed[page / 64] &= ~(1ull << (page % 64));
		ctr->nbacked--;
	}
}

/* give every cached page of ctr back; how many */
static unsigned int cache_drop(struct pdd_ctr *ctr)
{
	uint64_t npages = ctr->arena_size / ctr->pdd->region.page_size;
	unsigned int n = 0;

	for (uint64_t w = 0; w < (npages + 63) / 64 && ctr->ncached; w++) {
		while (ctr->cached[w]) {
			uint64_t page = w * 64 + (uint64_t)__builtin_ctzll(ctr->cached[w]);

			cache_flip(ctr, page);
			ctr->ncached--;
			page_punch(ctr, page * ctr->pdd->region.page_size);
			n++;
		}
	}
	return n;
}

int pdd_ctr_page_get(struct pdd_ctr *ctr, uint64_t off)
{
	struct pdd *pdd = ctr->pdd;
	uint64_t page = off / pdd->region.page_size;
	int ret = 0;

	/* the core lock is held (no page_get/put elsewhere); ctrs_lock keeps the guard out */
	pthread_mutex_lock(&pdd->ctrs_lock);
	if (cache_test(ctr, page)) {
		cache_flip(ctr, page);
		ctr->ncached--;
		goto out; /* still backed */
	}
	/*
	 * Back the page now, so neither pdd nor a process ever faults on a
	 * hole: on hugetlbfs this takes a page from the pool (ENOSPC when it
	 * is empty), on shmem a 4 KiB page.
	 */
	while (fallocate(ctr->arena_fd, 0, (off_t)off, (off_t)pdd->region.page_size)) {
		int err = errno;
		uint64_t freed = 0;

		/* the pool may be in the caches, or in pages processes backed outside their rings */
		for (struct pdd_ctr *c = pdd->ctrs; c; c = c->next)
			freed += cache_drop(c);
		for (struct pdd_ctr *c = pdd->ctrs; c && !freed; c = c->next)
			freed += reclaim_excess(c);
		if (freed)
			continue;
		pdd_log("warning: no memory for a page of container %u's arena at %llu: %s",
			ctr->id, (unsigned long long)off, strerror(err));
		ret = -ENOMEM;
		goto out;
	}
	if (!bit_test(ctr->backed, page)) {
		ctr->backed[page / 64] |= 1ull << (page % 64);
		ctr->nbacked++;
	}
out:
	pthread_mutex_unlock(&pdd->ctrs_lock);
	return ret;
}

void pdd_ctr_page_put(struct pdd_ctr *ctr, uint64_t off)
{
	uint64_t page = off / ctr->pdd->region.page_size;

	pthread_mutex_lock(&ctr->pdd->ctrs_lock);
	if (ctr->ncached < ctr->cache_max && !cache_test(ctr, page)) {
		cache_flip(ctr, page);
		ctr->ncached++;
	} else {
		page_punch(ctr, off);
	}
	pthread_mutex_unlock(&ctr->pdd->ctrs_lock);
}
