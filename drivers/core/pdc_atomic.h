/* SPDX-License-Identifier: MIT */
/*
 * pdc_atomic.h - every memory-ordering primitive the driver core uses.
 *
 * User space: the C11 memory model through the GCC __atomic builtins (they
 * work on plain fields of the shared uapi structs, which cannot be
 * _Atomic-qualified).  Kernel: smp_load_acquire / smp_store_release /
 * smp_mb / xchg.  Pairings (who releases what the other side acquires):
 *
 *   send.prod, recv.cons   process store_release -> core pdc_load_acquire64
 *   send.cons, recv.prod   core pdc_store_release64 -> process load_acquire
 *   state/flags/error/gen  core pdc_store_release* -> process load_acquire
 *   event_seq              core pdc_store_release64 -> process load_acquire
 *   sock wake_seq          core pdc_store_release32 + pdc_fence() + load of
 *                          waiters -> process add to waiters + fence + load_acquire
 *   kick summary/bits      process atomic or (release) -> core pdc_xchg64 (acq_rel)
 *   worker.sleeping        core store + pdc_fence() -> process fence + load
 *   CQE phase              device DMA write -> core pdc_load_acquire8 of phase,
 *                          then the rest of the entry
 *   SQE contents           core plain stores -> pdc_wmb() -> SQ_TAIL doorbell
 */
#ifndef PDC_ATOMIC_H
#define PDC_ATOMIC_H

#ifdef __KERNEL__
#include <asm/barrier.h>
#include <linux/atomic.h>

#define pdc_load_acquire64(p) smp_load_acquire(p)
#define pdc_load_acquire32(p) smp_load_acquire(p)
#define pdc_load_acquire8(p) smp_load_acquire(p)
#define pdc_store_release64(p, v) smp_store_release(p, v)
#define pdc_store_release32(p, v) smp_store_release(p, v)
#define pdc_store_relaxed32(p, v) WRITE_ONCE(*(p), v)
#define pdc_load_relaxed64(p) READ_ONCE(*(p))
#define pdc_xchg64(p, v) xchg(p, v)
#define pdc_fence() smp_mb()
#define pdc_wmb() wmb()
#define pdc_rmb() rmb()

#define pdc_load_relaxed32(p) READ_ONCE(*(p))
#define pdc_add32_relaxed(p, v) __atomic_fetch_add(p, v, __ATOMIC_RELAXED)

#else
#include <stdint.h>

static inline uint32_t pdc_load_relaxed32(const uint32_t *p)
{
	return __atomic_load_n(p, __ATOMIC_RELAXED);
}

/* a counter used as a hint (pdc_ctl_lock): no ordering of its own */
static inline void pdc_add32_relaxed(uint32_t *p, uint32_t v)
{
	__atomic_fetch_add(p, v, __ATOMIC_RELAXED);
}

static inline uint64_t pdc_load_acquire64(const uint64_t *p)
{
	return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

static inline uint32_t pdc_load_acquire32(const uint32_t *p)
{
	return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

static inline uint8_t pdc_load_acquire8(const uint8_t *p)
{
	return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

static inline uint64_t pdc_load_relaxed64(const uint64_t *p)
{
	return __atomic_load_n(p, __ATOMIC_RELAXED);
}

static inline void pdc_store_release64(uint64_t *p, uint64_t v)
{
	__atomic_store_n(p, v, __ATOMIC_RELEASE);
}

static inline void pdc_store_release32(uint32_t *p, uint32_t v)
{
	__atomic_store_n(p, v, __ATOMIC_RELEASE);
}

static inline void pdc_store_relaxed32(uint32_t *p, uint32_t v)
{
	__atomic_store_n(p, v, __ATOMIC_RELAXED);
}

/* swap in v, return the old value; acquire pairs with the process's release of the kick bits */
static inline uint64_t pdc_xchg64(uint64_t *p, uint64_t v)
{
	return __atomic_exchange_n(p, v, __ATOMIC_ACQ_REL);
}

/* full fence: orders earlier stores before later loads (sleep flag vs kick recheck) */
static inline void pdc_fence(void)
{
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
}

/*
 * SQE stores before the SQ_TAIL doorbell.  The doorbell goes through the
 * host's reg_write (a function call into the body, which loads the SQE after
 * reading the doorbell); a release fence is what user space needs.
 */
static inline void pdc_wmb(void)
{
	__atomic_thread_fence(__ATOMIC_RELEASE);
}

/* CQE body loads after its phase load (the acquire already orders them; kept for symmetry) */
static inline void pdc_rmb(void)
{
	__atomic_thread_fence(__ATOMIC_ACQUIRE);
}
#endif

#endif /* PDC_ATOMIC_H */
