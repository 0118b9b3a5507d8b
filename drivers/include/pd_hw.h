/* SPDX-License-Identifier: MIT */
/*
 * pd_hw.h - the PipeDevice device ABI (docs/abi.md, "Device ABI").
 *
 * The single source of truth for every consumer of the device: the driver
 * core, the soft device, the RTL testbenches and the RTL bridge.  All fields
 * are little-endian.  Compiles as C11 in user space and in the kernel.
 */
#ifndef PD_HW_H
#define PD_HW_H

#ifdef __KERNEL__
#include <linux/types.h>
#include <linux/build_bug.h>
#define PD_HW_STATIC_ASSERT(c, m) static_assert(c, m)
#define pd_hw_offsetof(t, f) offsetof(t, f)
typedef __u8 pd_u8;
typedef __u16 pd_u16;
typedef __u32 pd_u32;
typedef __u64 pd_u64;
typedef __s32 pd_s32;
#else
#include <stddef.h>
#include <stdint.h>
#define PD_HW_STATIC_ASSERT(c, m) _Static_assert(c, m)
#define pd_hw_offsetof(t, f) offsetof(t, f)
/*
 * Our own names, not __u64 & co: user space may also include <linux/types.h>
 * (via <sys/stat.h>, <linux/futex.h>), whose __u64 is unsigned long long,
 * while these are the <stdint.h> types the rest of user space uses.
 */
typedef uint8_t pd_u8;
typedef uint16_t pd_u16;
typedef uint32_t pd_u32;
typedef uint64_t pd_u64;
typedef int32_t pd_s32;
#endif

#define PD_HW_MAGIC 0x50454456u /* "PDEV" in ID[31:0] */
#define PD_HW_ABI_VERSION 1u    /* ID[63:32] */

/*
 * Device behaviour, precisely enough that every body (soft, rtl, fpga)
 * does the same thing for the same command stream:
 *
 * - Queue q is served while CTRL.enable, Q_CTRL.enable and it is not stopped
 *   by a fatal error, and its SQ head differs from SQ_TAIL.  Queues with work
 *   are served round robin, one command at a time per queue; commands of one
 *   queue complete in order.
 * - Indices: SQ_TAIL and CQ_HEAD doorbells hold slot indices in
 *   [0, 1 << LOG2_SIZE).  A doorbell write outside that range is ignored.
 *   An SQ is empty when head == tail, so at most entries - 1 commands are
 *   outstanding; a CQ is full when (tail + 1) & mask == CQ_HEAD, so at most
 *   entries - 1 completions are unreleased.  A full CQ stalls its queue only.
 * - Setting Q_CTRL.enable (0 -> 1) resets that queue's SQ head, CQ tail and
 *   doorbells to 0 and its phase to 1.  LOG2 sizes outside
 *   [PD_Q_LOG2_MIN, PD_Q_LOG2_MAX] are clamped into that range.
 * - The SQE at SQ_BASE + 32 * head is fetched by DMA; if those 32 bytes are
 *   not inside one enabled window the queue stops and STATUS.fatal is set
 *   (no completion).  Likewise a CQE write outside every window.
 * - Execution: opcode other than NOP/COPY -> status BAD_OPCODE; COPY with
 *   len outside [1, 16 MiB] -> BAD_LENGTH; COPY whose source or destination
 *   range is not entirely inside one enabled window (each may use a different
 *   window; address + len must not wrap) -> DMA_FAULT.  A failed command
 *   writes nothing to memory.  Overlapping source and destination: the
 *   result is unspecified.  flags bits other than IRQ and FENCE and the
 *   rsvd field are ignored.
 * - The CQE carries tag, sq_head = the SQ head after this command (already
 *   advanced, modulo entries), sq_id = q, status and the current phase of
 *   that CQ, which flips each time the CQ tail wraps to 0.
 * - Interrupts: a completion with PD_SQE_F_IRQ counts towards the queue's
 *   IRQ_VECTOR.  The vector fires when its pending count reaches
 *   IRQ_MODERATION.count (0 counts as 1), or when IRQ_MODERATION.usec > 0
 *   and that many microseconds passed since the first pending completion.
 *   Firing clears the pending count.
 * - CTRL.reset: disables every queue and window, clears STATUS.fatal, the
 *   IRQ moderation register and every pending interrupt; the bit reads 0.
 * - STATUS.running reads as CTRL.enable; STATUS.fatal stays set until
 *   reset (queues not stopped by it keep running).
 */

/* ---- submission queue entry: 32 bytes ---- */
enum pd_hw_opcode {
	PD_OP_NOP = 0,
	PD_OP_COPY = 1,
};

#define PD_SQE_F_IRQ (1u << 0)   /* interrupt when this command completes */
#define PD_SQE_F_FENCE (1u << 1) /* start after all earlier commands of the queue completed */

#define PD_COPY_MIN_LEN 1u
#define PD_COPY_MAX_LEN (16u << 20) /* 16 MiB */

struct pd_sqe {
	pd_u8 opcode;
	pd_u8 flags;
	pd_u16 rsvd; /* must be 0 */
	pd_u32 len;  /* bytes; COPY: PD_COPY_MIN_LEN .. PD_COPY_MAX_LEN */
	pd_u64 src;  /* device address */
	pd_u64 dst;  /* device address */
	pd_u64 tag;  /* opaque, echoed in the completion */
};

PD_HW_STATIC_ASSERT(sizeof(struct pd_sqe) == 32, "pd_sqe is 32 bytes");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_sqe, opcode) == 0, "sqe.opcode");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_sqe, flags) == 1, "sqe.flags");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_sqe, rsvd) == 2, "sqe.rsvd");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_sqe, len) == 4, "sqe.len");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_sqe, src) == 8, "sqe.src");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_sqe, dst) == 16, "sqe.dst");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_sqe, tag) == 24, "sqe.tag");

/* ---- completion queue entry: 16 bytes ---- */
enum pd_hw_status {
	PD_ST_OK = 0,
	PD_ST_BAD_OPCODE = 1,
	PD_ST_BAD_LENGTH = 2,
	PD_ST_DMA_FAULT = 3,
};

#define PD_CQE_PHASE (1u << 0) /* in pd_cqe.phase */

struct pd_cqe {
	pd_u64 tag;
	pd_u16 sq_head; /* SQ head after this command */
	pd_u16 sq_id;
	pd_u16 status; /* enum pd_hw_status */
	pd_u8 rsvd;
	pd_u8 phase; /* bit0: 1 on the first pass through the CQ, 0 on the second, ... */
};

PD_HW_STATIC_ASSERT(sizeof(struct pd_cqe) == 16, "pd_cqe is 16 bytes");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_cqe, tag) == 0, "cqe.tag");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_cqe, sq_head) == 8, "cqe.sq_head");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_cqe, sq_id) == 10, "cqe.sq_id");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_cqe, status) == 12, "cqe.status");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_cqe, rsvd) == 14, "cqe.rsvd");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_cqe, phase) == 15, "cqe.phase");

/* ---- registers (BAR0), 64-bit, little-endian ---- */
#define PD_REG_ID 0x000
#define PD_REG_NUM_QUEUES 0x008 /* read-only */
#define PD_REG_CTRL 0x010
#define PD_REG_STATUS 0x018
#define PD_REG_IRQ_MODERATION 0x020
#define PD_REG_NUM_WINDOWS 0x028 /* read-only */

#define PD_CTRL_ENABLE (1ull << 0)
#define PD_CTRL_RESET (1ull << 1) /* self-clearing */

#define PD_STATUS_RUNNING (1ull << 0)
#define PD_STATUS_FATAL (1ull << 1)

/* IRQ_MODERATION: completions per interrupt in bits 0-15, timeout (us) in bits 16-31 */
#define PD_IRQMOD_COUNT_SHIFT 0
#define PD_IRQMOD_COUNT_MASK 0xffffull
#define PD_IRQMOD_USEC_SHIFT 16
#define PD_IRQMOD_USEC_MASK 0xffffull
#define PD_IRQMOD(count, usec)                                        \
	((((pd_u64)(count) & PD_IRQMOD_COUNT_MASK) << PD_IRQMOD_COUNT_SHIFT) | \
	 (((pd_u64)(usec) & PD_IRQMOD_USEC_MASK) << PD_IRQMOD_USEC_SHIFT))

/* windows: device-address ranges the device may touch */
#define PD_REG_WIN_BASE_OFF 0x800
#define PD_REG_WIN_STRIDE 32
#define PD_REG_WIN(w) (PD_REG_WIN_BASE_OFF + PD_REG_WIN_STRIDE * (w))
#define PD_WIN_BASE 0x00
#define PD_WIN_SIZE 0x08
#define PD_WIN_CTRL 0x10
#define PD_WIN_CTRL_ENABLE (1ull << 0)

/* queues */
#define PD_REG_Q_BASE_OFF 0x1000
#define PD_REG_Q_STRIDE 64
#define PD_REG_Q(q) (PD_REG_Q_BASE_OFF + PD_REG_Q_STRIDE * (q))
#define PD_Q_SQ_BASE 0x00
#define PD_Q_SQ_LOG2_SIZE 0x08
#define PD_Q_CQ_BASE 0x10
#define PD_Q_CQ_LOG2_SIZE 0x18
#define PD_Q_SQ_TAIL 0x20 /* doorbell */
#define PD_Q_CQ_HEAD 0x28 /* doorbell */
#define PD_Q_IRQ_VECTOR 0x30
#define PD_Q_CTRL 0x38
#define PD_Q_CTRL_ENABLE (1ull << 0)

/* The window table must end before the queue registers begin. */
#define PD_HW_MAX_WINDOWS ((PD_REG_Q_BASE_OFF - PD_REG_WIN_BASE_OFF) / PD_REG_WIN_STRIDE)
PD_HW_STATIC_ASSERT(PD_HW_MAX_WINDOWS == 64, "64 window slots between 0x800 and 0x1000");
PD_HW_STATIC_ASSERT(PD_REG_Q(0) == 0x1000 && PD_REG_Q(1) == 0x1040, "queue register stride");
PD_HW_STATIC_ASSERT(PD_REG_WIN(1) == 0x820, "window register stride");

/* Queue sizes: entries = 1 << log2.  16-bit sq_head in the CQE bounds the SQ. */
#define PD_Q_LOG2_MIN 1
#define PD_Q_LOG2_MAX 16

#endif /* PD_HW_H */
