// SPDX-License-Identifier: MIT
/*
 * wl_hist.c - log-linear latency histogram: values below 2*SUB are exact;
 * above, each power-of-two range is split into SUB equal buckets, so a
 * bucket is at most 1/SUB of its values wide and its midpoint is within
 * 1/(2*SUB) of any value in it.  58 * 128 counters cover all of 64 bits.
 */
#include <math.h>
#include <string.h>

#include "wl.h"

void wl_hist_init(struct wl_hist *h)
{
	memset(h, 0, sizeof(*h));
	h->min = UINT64_MAX;
}

unsigned int wl_hist_index(uint64_t v)
{
	unsigned int msb, shift;

	if (v < WL_HIST_SUB)
		return (unsigned int)v;
	msb = 63u - (unsigned int)__builtin_clzll(v);
	shift = msb - WL_HIST_SUB_BITS;
	/* v >> shift is in [SUB, 2*SUB): the bucket within this power of two */
	return shift * WL_HIST_SUB + (unsigned int)(v >> shift);
}

/* the midpoint of bucket i */
static uint64_t bucket_mid(unsigned int i)
{
	unsigned int shift;
	uint64_t low;

	if (i < 2 * WL_HIST_SUB)
		return i;
	shift = i / WL_HIST_SUB - 1;
	low = (uint64_t)(i - shift * WL_HIST_SUB) << shift;
	return low + ((1ull << shift) - 1) / 2;
}

void wl_hist_add(struct wl_hist *h, uint64_t v)
{
	h->b[wl_hist_index(v)]++;
	h->count++;
	h->sum += (double)v;
	if (v < h->min)
		h->min = v;
	if (v > h->max)
		h->max = v;
}

uint64_t wl_hist_pct(const struct wl_hist *h, double p)
{
	uint64_t rank, seen = 0;
	unsigned int i;

	if (!h->count)
		return 0;
	if (p >= 100)
		return h->max;
	rank = (uint64_t)ceil(p / 100.0 * (double)h->count);
	if (rank < 1)
		rank = 1;
	for (i = 0; i < WL_HIST_BUCKETS; i++) {
		seen += h->b[i];
		if (seen >= rank) {
			uint64_t v = bucket_mid(i);

			/* the exact extremes beat a bucket midpoint */
			return v < h->min ? h->min : v > h->max ? h->max : v;
		}
	}
	return h->max;
}
