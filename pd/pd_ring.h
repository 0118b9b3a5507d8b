/* SPDX-License-Identifier: MIT */
/*
 * pd_ring.h - byte-ring arithmetic and the kick bitmap, on plain memory.
 *
 * Rings are power-of-two byte areas indexed by free-running 64-bit counters:
 * the slot of counter c is c & (size - 1); used = prod - cons (exact modulo
 * 2^64, so counters may wrap); free = size - used.  Nothing here touches a
 * shared counter: callers load/store those through pd_atomic.h and pass the
 * values in, so these helpers are unit-tested without a driver.
 */
#ifndef PD_RING_H
#define PD_RING_H

#include <stdint.h>
#include <string.h>

#include "pd_atomic.h"

/* bytes between cons and prod, clamped to size so a bogus value never lets us read past the ring */
static inline uint64_t pd_ring_used(uint64_t prod, uint64_t cons, uint64_t size)
{
	uint64_t used = prod - cons;

	return used > size ? size : used;
}

static inline uint64_t pd_ring_free(uint64_t prod, uint64_t cons, uint64_t size)
{
	return size - pd_ring_used(prod, cons, size);
}

/* how many of n bytes starting at counter pos are contiguous (stop at the ring's end) */
static inline uint64_t pd_ring_contig(uint64_t pos, uint64_t size, uint64_t n)
{
	uint64_t room = size - (pos & (size - 1));

	return n < room ? n : room;
}

/* copy n (<= size) bytes into the ring at counter pos, wrapping at the end */
static inline void pd_ring_write(uint8_t *base, uint64_t size, uint64_t pos, const void *src, uint64_t n)
{
	uint64_t first = pd_ring_contig(pos, size, n);

	memcpy(base + (pos & (size - 1)), src, first);
	if (n > first)
		memcpy(base, (const uint8_t *)src + first, n - first);
}

/* copy n (<= size) bytes out of the ring from counter pos, wrapping at the end */
static inline void pd_ring_read(const uint8_t *base, uint64_t size, uint64_t pos, void *dst, uint64_t n)
{
	uint64_t first = pd_ring_contig(pos, size, n);

	memcpy(dst, base + (pos & (size - 1)), first);
	if (n > first)
		memcpy((uint8_t *)dst + first, base, n - first);
}

static inline int pd_is_pow2(uint64_t v)
{
	return v && !(v & (v - 1));
}

/*
 * Kick area of one worker (pd_uapi.h): word 0 is the summary, words 1.. the
 * per-socket bitmap.  Summary bit i says "bitmap word i may be nonzero"; the
 * socket's own bit goes first so the worker, which clears the summary before
 * scanning the words, can never see a set summary bit without the word bit
 * (it may see a word bit early; it then serves the socket one round early).
 * max_sockets <= 4096 keeps i < 64; larger tables fold onto bit 63 & i.
 *
 * A bit that is already set is not set again (the atomic OR of a line the
 * worker keeps writing is the dear part of a kick): it has not been taken
 * yet, and the worker takes a word (xchg, then a full fence) before it
 * reads the counters, so it sees every store this thread made before its
 * full fence and the load here.  The caller has issued that fence.
 */
static inline void pd_kick_mark(uint64_t *area, uint32_t sd)
{
	uint32_t word = sd / 64;
	uint64_t bit = 1ull << (sd % 64), sum = 1ull << (word & 63);

	if (!(__atomic_load_n(&area[1 + word], __ATOMIC_SEQ_CST) & bit))
		pd_fetch_or64(&area[1 + word], bit);
	if (!(__atomic_load_n(&area[0], __ATOMIC_SEQ_CST) & sum))
		pd_fetch_or64(&area[0], sum);
}

#endif /* PD_RING_H */
