/* SPDX-License-Identifier: MIT */
/*
 * pd_atomic.h - the memory-ordering helpers of libpd, and nothing else.
 *
 * Every shared counter of a ring is read and written only through these.
 * The pairing rules (who releases what the other side acquires) are stated
 * at each call site; the summary:
 *
 *   send.prod   process store_release  ->  driver load_acquire
 *               (the bytes written into the send ring are visible first)
 *   send.cons   driver store_release   ->  process load_acquire
 *               (the device finished reading those bytes: space reusable)
 *   recv.prod   driver store_release   ->  process load_acquire
 *               (the device COPY into the receive ring completed)
 *   recv.cons   process store_release  ->  driver load_acquire
 *               (the process finished reading: the space may be overwritten)
 *   flags/state driver store_release   ->  process load_acquire
 */
#ifndef PD_ATOMIC_H
#define PD_ATOMIC_H

#include <stdint.h>

/*
 * Type-generic (the shared structs use __u64/__u32, whose exact C type
 * depends on which headers came first); the suffix only says the width the
 * call site expects.
 */
#define pd_load_acquire64(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define pd_load_acquire32(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define pd_load_acquire_s32(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define pd_load_relaxed64(p) __atomic_load_n((p), __ATOMIC_RELAXED)
#define pd_load_relaxed32(p) __atomic_load_n((p), __ATOMIC_RELAXED)
#define pd_store_release64(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define pd_store_release32(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define pd_store_relaxed32(p, v) __atomic_store_n((p), (v), __ATOMIC_RELAXED)

/* Atomic OR (kick bitmap and summary word); a full barrier on x86. */
#define pd_fetch_or64(p, bits) ((void)__atomic_fetch_or((p), (bits), __ATOMIC_SEQ_CST))

/*
 * Full fence: orders an earlier store (a kick bit, app_waiting) before a
 * later load (the other side's "sleeping" flag, a ring counter).  This is the
 * store->load ordering that acquire/release cannot give: without it both
 * sides could decide the other is awake and nobody would wake anybody.
 */
static inline void pd_fence_full(void)
{
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
}

static inline void pd_cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_pause();
#elif defined(__aarch64__)
	__asm__ __volatile__("yield" ::: "memory");
#else
	__asm__ __volatile__("" ::: "memory");
#endif
}

#endif /* PD_ATOMIC_H */
