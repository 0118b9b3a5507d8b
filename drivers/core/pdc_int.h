/* SPDX-License-Identifier: MIT */
/*
 * pdc_int.h - the driver core's private objects, shared by its files.
 *
 *   pdc_dev.c    device and queue setup, containers, processes
 *   pdc_alloc.c  per-container buddy allocator, page refcounts, region budget
 *   pdc_sock.c   sockets, bind table, listeners, connections, close/reset
 *   pdc_req.c    pdc_request: the control operations, options, stats
 *   pdc_data.c   workers: kicks, validation, COPY issue, completions
 *
 * Locking: one device lock (dev->lock) serialises every entry point; all
 * state below is touched only with it held.  Shared memory of processes
 * (notify regions) and the device's queues are the only memory other parties
 * touch concurrently; they go through pdc_atomic.h.
 */
#ifndef PDC_INT_H
#define PDC_INT_H

#ifdef __KERNEL__
#include <linux/errno.h>
#include <linux/string.h>
#else
#include <errno.h>
#include <string.h>
#endif

#include "pdc.h"
#include "pdc_atomic.h"

/* ---- intrusive doubly linked list ---- */
struct pdc_list {
	struct pdc_list *next, *prev;
};

static inline void pdc_list_init(struct pdc_list *l)
{
	l->next = l->prev = l;
}

static inline bool pdc_list_empty(const struct pdc_list *l)
{
	return l->next == l;
}

static inline void pdc_list_add_tail(struct pdc_list *l, struct pdc_list *n)
{
	n->prev = l->prev;
	n->next = l;
	l->prev->next = n;
	l->prev = n;
}

static inline void pdc_list_del(struct pdc_list *n)
{
	n->prev->next = n->next;
	n->next->prev = n->prev;
	n->next = n->prev = n;
}

#define pdc_container_of(p, type, member) ((type *)((char *)(p) - offsetof(type, member)))

#define PDC_MIN_BLOCK 4096u
#define PDC_BIND_BUCKETS 256u
#define PDC_EPHEMERAL_LO 32768u
#define PDC_EPHEMERAL_HI 60999u
#define PDC_MAX_SOCKETS_LIMIT 65536u /* summary bit i covers bitmap words i, i + 64, ... */

/* COPY tag: len (25 bits) | dir (1) | conn index (22) | generation (16) */
#define PDC_TAG_LEN_BITS 25
#define PDC_TAG_DIR_SHIFT 25
#define PDC_TAG_IDX_SHIFT 26
#define PDC_TAG_IDX_BITS 22
#define PDC_TAG_GEN_SHIFT 48
#define PDC_MAX_CONNS_LIMIT (1u << PDC_TAG_IDX_BITS)

/* ring memory of one socket, in its container's arena */
struct pdc_ring {
	uint64_t off;  /* arena offset */
	uint32_t size; /* bytes, power of two; 0 = not allocated */
};

/*
 * One direction of a connection: bytes from s[i]'s send ring to s[!i]'s
 * receive ring.  Invariant: rcons <= done <= issued <= prod, all free-running;
 * prod - done <= send ring size; issued - rcons <= receive ring size.
 */
struct pdc_pipe {
	uint64_t prod;   /* validated send.prod of the sender */
	uint64_t issued; /* bytes handed to the device */
	uint64_t done;   /* bytes whose COPY completed OK (= send.cons = recv.prod) */
	uint64_t rcons;  /* validated recv.cons of the receiver */
	bool shut;       /* sender shut its write side: EOF after done == prod */
	bool eof_sent;   /* PD_SF_PEER_SHUT given to the receiver */
	bool deferred;   /* on the worker's deferred list (SQ was full) */
	bool prod_quiet; /* last stored to the sender's send.prod_quiet */
	bool cons_quiet; /* last stored to the receiver's recv.cons_quiet */
	struct pdc_list defer_link;
};

struct pdc_conn {
	uint32_t idx;
	uint16_t gen;
	uint32_t worker;
	uint32_t inflight; /* commands issued, not yet completed */
	bool reset;
	struct pdc_sock *s[2];    /* s[0] client, s[1] server; NULL once released */
	struct pdc_pipe pipe[2];  /* pipe[i]: s[i] -> s[!i] */
};

struct pdc_sock {
	struct pdc_dev *dev;
	struct pdc_ctr *ctr;
	struct pdc_proc *proc; /* NULL once detached (closed or process gone) */
	struct pd_sock_shm *shm; /* NULL once detached */
	uint32_t sd;
	uint32_t state; /* enum pd_sock_state */
	uint32_t flags; /* PD_SF_* */
	int32_t error;  /* sticky positive errno */
	uint64_t gen;   /* private copy of shm->gen */
	uint32_t wake_seq; /* private copy of shm->wake_seq */
	uint32_t ring_size;
	bool ring_set;  /* ring_size asked for (SO_SNDBUF/SO_RCVBUF), else sized at connect */
	uint32_t worker;

	/* addresses, network byte order */
	uint32_t laddr, paddr;
	uint16_t lport, pport;
	bool bound;
	struct pdc_list bind_link;

	/* listener */
	uint32_t backlog;
	uint32_t nqueued;
	struct pdc_list accept_q;
	/* server socket waiting in its listener's accept queue */
	struct pdc_sock *listener;
	struct pdc_list acc_link;

	/* connection */
	struct pdc_conn *conn;
	int side;
	struct pdc_ring send, recv;
	uint64_t bytes_sent, bytes_recv;
};

struct pdc_buddy {
	uint32_t nblocks;    /* 4 KiB blocks in the arena */
	uint32_t max_order;  /* arena = PDC_MIN_BLOCK << max_order */
	uint32_t *next, *prev; /* free-list links, indexed by block */
	uint8_t *state;      /* 0: not a free block head; o + 1: head of a free block of order o */
	uint32_t head[33];   /* free-list head per order, UINT32_MAX = empty */
	uint32_t npages;     /* region pages in the arena */
	uint32_t *page_ref;  /* rings using each page */
};

struct pdc_ctr {
	struct pdc_dev *dev;
	void *cookie;
	uint32_t id;
	uint32_t win;
	uint64_t netns_id;
	uint8_t *arena;
	uint64_t arena_dev;
	uint64_t arena_size;
	uint32_t nprocs;
	uint32_t nsocks;   /* sockets counted against max_sockets */
	uint64_t mem_used; /* ring bytes */
	uint64_t bytes_sent, bytes_recv, refused;
	struct pdc_buddy buddy;
	struct pdc_list link;
};

struct pdc_proc {
	struct pdc_dev *dev;
	struct pdc_ctr *ctr;
	void *cookie;
	uint32_t pid;
	uint8_t *notify;
	struct pd_notify_hdr *hdr;
	struct pd_sock_shm *shm; /* [max_sockets] */
	struct pdc_sock **slot;  /* [max_sockets] */
	uint32_t nslots_used;
	uint64_t event_seq;      /* private copy of hdr->event_seq */
	uint64_t ctl_served;     /* seq of the last control-slot request served */
	bool wake_pending;
	bool sees_all;           /* STATS/SOCKETS show every container (pdc_proc_set_sees_all) */
	struct pdc_proc *wake_next;
	struct pdc_list link;
};

struct pdc_worker {
	struct pd_sqe *sq;
	struct pd_cqe *cq;
	uint64_t sq_dev, cq_dev;
	uint32_t sq_log2, cq_log2;
	uint32_t sq_mask, cq_mask;
	/* free-running 32-bit slot indices; only index & mask reaches the device */
	uint32_t sq_tail, sq_head;
	uint32_t cq_head;
	uint32_t sq_unrung; /* commands written since the last SQ_TAIL doorbell */
	struct pdc_list deferred;
	bool sleeping; /* between sleep_prepare (true) and sleep_done */
};

struct pdc_dev {
	const struct pdc_host_ops *ops;
	void *hctx;
	struct pdc_config cfg;
	void *lock;
	uint32_t nwin;
	uint64_t win_used; /* bitmap of device windows; bit 0 = queue memory */
	void *qmem;
	uint64_t qmem_dev;
	size_t qmem_size;
	struct pdc_worker wk[PD_MAX_WORKERS];
	uint32_t next_worker;
	struct pdc_proc *wake_list; /* processes to wake when the entry point ends */

	struct pdc_list ctrs, procs;
	uint32_t next_ctr_id;
	uint32_t nctrs;
	struct pdc_list bind_hash[PDC_BIND_BUCKETS];
	uint32_t next_ephemeral;

	struct pdc_conn **conns; /* [max_conns] */
	uint16_t *conn_gen;
	uint32_t *conn_free;     /* stack of free indices */
	uint32_t nconn_free;

	uint64_t region_pages, region_pages_used;

	/* control callers waiting for the lock: busy-polling workers step aside */
	uint32_t ctl_waiting;

	/* pd_stats_global */
	uint64_t nsocks, bytes_copied, commands, faults, refused, late;
};

/* ---- host helpers ---- */
#define pdc_log(dev, lvl, ...)                                              \
	do {                                                                \
		if ((dev)->ops->log)                                        \
			(dev)->ops->log((dev)->hctx, (lvl), __VA_ARGS__);   \
	} while (0)

static inline void *pdc_zalloc(struct pdc_dev *dev, size_t n)
{
	return dev->ops->zalloc(dev->hctx, n);
}

static inline void pdc_free(struct pdc_dev *dev, void *p)
{
	if (p)
		dev->ops->free(dev->hctx, p);
}

static inline void pdc_wr(struct pdc_dev *dev, uint32_t off, uint64_t v)
{
	dev->ops->reg_write(dev->hctx, off, v);
}

static inline uint64_t pdc_rd(struct pdc_dev *dev, uint32_t off)
{
	return dev->ops->reg_read(dev->hctx, off);
}

/*
 * The lock as taken by control paths (requests, processes, containers,
 * stats).  A worker that busy-polls re-takes the lock the moment it drops
 * it; ctl_waiting tells it to skip a round instead, so control requests are
 * not starved.  Relaxed: it is a hint, the lock does the ordering.
 */
static inline void pdc_ctl_lock(struct pdc_dev *dev)
{
	pdc_add32_relaxed(&dev->ctl_waiting, 1);
	dev->ops->lock(dev->hctx, dev->lock);
	pdc_add32_relaxed(&dev->ctl_waiting, (uint32_t)-1);
}

static inline bool pdc_is_loopback(uint32_t addr_be)
{
	return (((const uint8_t *)&addr_be)[0]) == 127;
}

/* 127.0.0.1 in network byte order, whatever the host's endianness */
static inline uint32_t pdc_loopback_be(void)
{
	const uint8_t b[4] = { 127, 0, 0, 1 };
	uint32_t v;

	memcpy(&v, b, sizeof(v));
	return v;
}

static inline bool pdc_is_pow2(uint64_t v)
{
	return v && !(v & (v - 1));
}

/* pdc_dev.c */
void pdc_stats_fill_locked(struct pdc_dev *dev, struct pd_stats_global *g);
void pdc_stats_ctr_fill_locked(struct pdc_ctr *ctr, struct pd_stats_ctr *s);

/* pdc_alloc.c */
int pdc_buddy_init(struct pdc_ctr *ctr);
void pdc_buddy_fini(struct pdc_ctr *ctr);
int pdc_ring_alloc(struct pdc_ctr *ctr, uint32_t size, struct pdc_ring *r);
void pdc_ring_free(struct pdc_ctr *ctr, struct pdc_ring *r);

/* pdc_sock.c */
struct pdc_sock *pdc_sock_lookup(struct pdc_proc *proc, uint32_t sd);
int pdc_sock_create(struct pdc_proc *proc, struct pdc_sock **out);
int pdc_sock_bind(struct pdc_sock *s, uint32_t addr, uint16_t port);
int pdc_sock_listen(struct pdc_sock *s, uint32_t backlog);
int pdc_sock_connect(struct pdc_sock *s, uint32_t addr, uint16_t port);
int pdc_sock_accept(struct pdc_sock *l, struct pdc_sock **out);
int pdc_sock_shutdown(struct pdc_sock *s, uint32_t how);
void pdc_sock_close(struct pdc_sock *s);
void pdc_sock_kill(struct pdc_sock *s); /* process gone */
void pdc_sock_publish(struct pdc_sock *s);
void pdc_sock_info(const struct pdc_sock *s, struct pd_sock_info *info);
void pdc_conn_reset(struct pdc_conn *c, int32_t err);
void pdc_sock_try_release(struct pdc_sock *s);

/* pdc_data.c */
void pdc_pipe_pump(struct pdc_conn *c, int dir);
void pdc_pipe_check_eof(struct pdc_conn *c, int dir);
void pdc_sock_refuse(struct pdc_sock *s);
int pdc_sock_sent(struct pdc_sock *s, uint64_t off, uint64_t len);
int pdc_sock_consumed(struct pdc_sock *s, uint64_t len);
void pdc_sock_kick(struct pdc_sock *s);
void pdc_wake_mark(struct pdc_proc *p);
/* an event on s: bump its wake word, wake its sleepers, and mark its process */
void pdc_wake_sock(struct pdc_sock *s);
/* control slot (pd_uapi.h): with the lock held */
bool pdc_ctl_slot_pending(const struct pdc_proc *p);
unsigned int pdc_ctl_slot_serve(struct pdc_proc *p);
void pdc_flush(struct pdc_dev *dev); /* SQ_TAIL doorbells and wakes, once per entry point */

#endif /* PDC_INT_H */
