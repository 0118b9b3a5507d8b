/* SPDX-License-Identifier: MIT */
/*
 * soft_harness.h - a small host for the soft-device tests: one block of
 * memory at device address H_DEVBASE, window 0 over all of it, and a
 * driver-side view of each queue (SQ tail, CQ head, expected phase).
 */
#ifndef PD_SOFT_HARNESS_H
#define PD_SOFT_HARNESS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pd_dev.h"

#define H_DEVBASE 0x100000000ull
#define H_MAXQ 16

/* Default layout: queue q's SQ (<= 256 entries) and CQ (<= 512), then data. */
#define H_SQA(q) (H_DEVBASE + (uint64_t)(q) * 0x10000)
#define H_CQA(q) (H_SQA(q) + 0x8000)
#define H_DATA (H_DEVBASE + 0x100000)
#define H_MEM (2u << 20)

struct h_queue {
	uint64_t sq, cq;       /* device addresses */
	unsigned int sq_log2, cq_log2;
	uint32_t sq_tail, cq_head;
	uint8_t phase;
};

struct harness {
	const struct pd_dev_ops *ops;
	struct pd_dev *dev;
	uint8_t *mem;
	size_t size;
	int memfd; /* h_new_memfd: the file behind mem (else -1) */
	struct h_queue q[H_MAXQ];
	_Atomic unsigned int irqs[H_MAXQ]; /* firings per vector */
};

/* Create a device (nq queues, nw windows, size bytes of memory), window 0 over it, CTRL.enable. */
struct harness *h_new(unsigned int nq, unsigned int nw, size_t size, enum pd_dev_poll poll);
/* The same, with mem a shared mapping of a memfd (tests may punch or truncate it) and the
 * host's dma_copy the guarded copy of pdd (pd_dev_copy_guarded; the guard is installed). */
struct harness *h_new_memfd(unsigned int nq, unsigned int nw, size_t size, enum pd_dev_poll poll);
/* h_new with a fault schedule (pd_dev_config.faults); NULL if the body refused it */
struct harness *h_new_faults(unsigned int nq, size_t size, const char *faults);
void h_free(struct harness *h);

uint64_t h_rd(struct harness *h, uint32_t off);
void h_wr(struct harness *h, uint32_t off, uint64_t val);
uint64_t h_qrd(struct harness *h, unsigned int q, uint32_t reg);
void h_qwr(struct harness *h, unsigned int q, uint32_t reg, uint64_t val);
void *h_ptr(struct harness *h, uint64_t devaddr);

/* Program queue q's rings at device addresses sq and cq, vector q, enable it. */
void h_qsetup(struct harness *h, unsigned int q, uint64_t sq, unsigned int sq_log2, uint64_t cq,
	      unsigned int cq_log2);
/* Write one SQE at the tail; ring the doorbell when ring is true. */
void h_submit(struct harness *h, unsigned int q, uint8_t op, uint8_t flags, uint32_t len,
	      uint64_t src, uint64_t dst, uint64_t tag, bool ring);
void h_ring(struct harness *h, unsigned int q);
/* Take the next CQE if its phase is new: 1 and *out, else 0.  Writes CQ_HEAD when release. */
int h_reap(struct harness *h, unsigned int q, struct pd_cqe *out, bool release);
/* Reap with a bounded wait (the device thread runs): 1 got one, 0 timed out. */
int h_reap_wait(struct harness *h, unsigned int q, struct pd_cqe *out, unsigned int timeout_ms);
uint64_t h_now_ms(void);

#endif
