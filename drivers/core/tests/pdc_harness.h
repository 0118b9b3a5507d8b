/* SPDX-License-Identifier: MIT */
/*
 * pdc_harness.h - a user-space host for the driver-core tests.
 *
 * The device is the real soft device (pd_soft_ops), run inline with
 * ops->poll() so every test is deterministic.  Host memory is malloc'ed;
 * dma_map translates device addresses through a small region table (queue
 * memory at HC_QBASE, container arenas at HC_ARENA_BASE + i * HC_ARENA_STRIDE).
 * The "application" side (writing send rings, kicking, reading receive rings)
 * is done here too, exactly as libpd would through the notify region.
 */
#ifndef PDC_HARNESS_H
#define PDC_HARNESS_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "pd_dev.h"
#include "pdc.h"

#define HC_QBASE 0x10000000ull
#define HC_ARENA_BASE 0x100000000ull
#define HC_ARENA_STRIDE 0x100000000ull
#define HC_MAX_REGIONS 16
#define HC_MAX_CTRS 8

struct hc;

struct hc_region {
	uint64_t dev;
	uint64_t size;
	uint8_t *host;
};

struct hc_ctr {
	struct hc *h;
	struct pdc_ctr *ctr;
	uint8_t *arena;
	uint64_t devaddr, size;
	uint32_t addr; /* its address, network order */
	uint32_t *page_ref;   /* host view: 1 while backed */
	uint32_t npages;
	int pages_backed;
	int page_gets, page_puts;
	int fail_page_get;    /* make page_get fail with this (negative) */
};

struct hc_proc {
	struct hc *h;
	struct hc_ctr *c;
	struct pdc_proc *proc;
	uint8_t *notify;
	uint64_t nsize;
	int wakes;
	struct pd_sock_info info[64]; /* per sd, from CONNECT/ACCEPT/INFO */
};

struct hc {
	const struct pd_dev_ops *dops;
	struct pd_dev *sdev;
	struct pdc_dev *dev;
	struct pdc_config cfg;
	struct hc_region reg[HC_MAX_REGIONS];
	int nreg;
	int nctr;
	int worker_wakes;
	int sock_wakes;         /* sock_wake calls */
	uint32_t *last_sock_word; /* the word of the last one */
	uint64_t qnext;
	int dev_budget; /* commands the device may run per hc_run step (0 = 64) */
	/* threaded tests: called for worker_wake and device interrupts (vector = worker) */
	void (*worker_wake_cb)(struct hc *h, unsigned int w);
	void *user;
};

/* cfg may be NULL (defaults: 2 workers, small rings, 4 KiB pages). */
struct hc *hc_new(const struct pdc_config *cfg);
void hc_free(struct hc *h);
struct hc_ctr *hc_ctr_new(struct hc *h, const char *addr, uint64_t arena_size);
int hc_ctr_free(struct hc_ctr *c);
struct hc_proc *hc_proc_new(struct hc_ctr *c);
void hc_proc_free(struct hc_proc *p); /* pdc_proc_destroy + free */

/*
 * The usual test world: two containers (198.18.0.1 and 198.18.0.2) with one
 * process each.  hc_world_free frees the processes still there (a test that
 * killed one sets it to NULL), runs the workers dry, and returns 0 when both
 * containers could be destroyed (no socket, no memory left).
 */
struct hc_world {
	struct hc *h;
	struct hc_ctr *ca, *cb;
	struct hc_proc *a, *b;
};
struct hc_world *hc_world_new(void);
int hc_world_free(struct hc_world *w);

/* one request; resp may be NULL */
int hc_req(struct hc_proc *p, uint32_t op, uint32_t sd, struct pd_req *req, struct pd_resp *resp);
int hc_socket(struct hc_proc *p);                       /* sd or -errno */
int hc_bind(struct hc_proc *p, int sd, const char *addr, uint16_t port);
int hc_listen(struct hc_proc *p, int sd, uint32_t backlog);
int hc_connect(struct hc_proc *p, int sd, const char *addr, uint16_t port);
int hc_accept(struct hc_proc *p, int sd);               /* new sd or -errno */
int hc_close(struct hc_proc *p, int sd);
int hc_shutdown(struct hc_proc *p, int sd, uint32_t how);
int hc_setopt(struct hc_proc *p, int sd, uint32_t opt, uint64_t val);
int64_t hc_getopt(struct hc_proc *p, int sd, uint32_t opt); /* value or -errno */

/* a connected pair: client sd in *cs of a, server sd in *ss of b; listener port */
void hc_pair(struct hc_proc *a, struct hc_proc *b, const char *baddr, uint16_t port, int *cs,
	     int *ss);

struct pd_sock_shm *hc_shm(struct hc_proc *p, int sd);
void hc_kick(struct hc_proc *p, int sd);
/* app side: copy up to len bytes into the send ring, publish send.prod, kick; returns bytes */
size_t hc_send(struct hc_proc *p, int sd, const void *buf, size_t len);
/* app side: copy out up to len received bytes, publish recv.cons, kick; returns bytes */
size_t hc_recv(struct hc_proc *p, int sd, void *buf, size_t len);

/* run workers and the device until nothing moves (at most rounds rounds); returns rounds used */
int hc_run(struct hc *h, int rounds);
/* one step: each worker polls once, then the device runs up to dev_budget commands */
unsigned int hc_step(struct hc *h);

struct pd_stats_global hc_stats(struct hc *h);
struct pd_stats_ctr hc_ctr_stats(struct hc_ctr *c);

#endif
