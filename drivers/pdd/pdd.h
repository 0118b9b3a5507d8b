/* SPDX-License-Identifier: MIT */
/*
 * pdd.h - internals of pdd, the user-space host of the driver core.
 *
 * Threads:
 *   main      epoll loop: control socket, clients (one per process), signals;
 *             creates and destroys containers and processes.
 *   worker w  pdc_worker_poll(w) in a loop (busy or adaptive), sleeping in
 *             epoll_wait(worker_epfd[w]) over its private eventfd
 *             worker_efd[w] (the device's interrupt callback, the core's
 *             worker_wake, stop) and one kick eventfd per process: each
 *             process gets its own, so a process that reads it can steal
 *             only its own wakeups, never another container's.
 *   device    the body's polling thread; reaches memory through dma_map.
 *             With --device-thread inline there is none: the workers run
 *             the body through pd_dev_ops.poll, one at a time
 *             (dev_poll_lock), so busy polling spins one thread, not two.
 *   helpers   short-lived threads that setns() into a container's network
 *             namespace to list its addresses.
 * The core serialises its own state; pdd's container and client lists are
 * touched by the main thread only.  The one table other threads read is the
 * device-address map (dma_map), kept in atomics.
 *
 * Device address space:
 *   PDD_QMEM_DEVBASE                          queue memory (window 0)
 *   PDD_ARENA_DEVBASE + slot * PDD_ARENA_STRIDE  arena of the container in
 *                                             that slot (its own window)
 */
#ifndef PDD_H
#define PDD_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "pd_dev.h"
#include "pd_uapi.h"
#include "pdc.h"
#include "pdd_opts.h"

#define PDD_QMEM_DEVBASE (1ull << 32)
#define PDD_ARENA_DEVBASE (1ull << 40)
#define PDD_ARENA_STRIDE (1ull << 36) /* 64 GiB: the largest --max-memory */
#define PDD_MAX_CTRS (PD_HW_MAX_WINDOWS - 1) /* window 0 is the queue memory */
#define PDD_DEV_BUDGET 8u /* inline device: commands per pd_dev_ops.poll call */
#define PDD_EV_LISTEN ((void *)1)             /* epoll tags besides client pointers */
#define PDD_EV_SIGNAL ((void *)2)
#define PDD_EV_NET ((void *)3)                /* a container's addresses or routes changed */
#define PDD_GUARD_MS 200                      /* how often pdd checks what arenas hold (pdd_ctr_guard) */
#define PDD_PAGE_CACHE_BYTES (32u << 20)      /* freed ring pages kept backed, per container */

/* The region's page size and the hugepages pdd added to the pool (given back at exit). */
struct pdd_region {
	bool huge;
	uint64_t page_size;
	long added;        /* 2 MiB pages added to the pool */
	bool via_hugeadm;  /* added with hugeadm (give back the same way) */
};

/* What a container's namespace says about IPv4 (pdd_net.c). */
#define PDD_NET_ADDRS 64
#define PDD_NET_ROUTES 256
struct pdd_route {
	uint32_t dst;          /* host byte order */
	uint8_t len;           /* prefix length */
	uint8_t type;          /* RTN_* */
};
struct pdd_net {
	pthread_mutex_t lock;  /* the snapshot; taken under the core lock, never the other way */
	bool lock_ok, valid;
	int ev, q;             /* rtnetlink sockets bound to the namespace: notifications, dumps */
	uint32_t addrs[PDD_NET_ADDRS]; /* network byte order */
	unsigned int naddrs;
	struct pdd_route routes[PDD_NET_ROUTES];
	unsigned int nroutes;
	/* being read (main thread only) */
	uint32_t build_addrs[PDD_NET_ADDRS];
	unsigned int nbuild_addrs;
	struct pdd_route build_routes[PDD_NET_ROUTES];
	unsigned int nbuild_routes;
};

/* A container: one network namespace. */
struct pdd_ctr {
	struct pdd *pdd;
	struct pdd_ctr *next;
	unsigned int slot;     /* device window slot, 0 .. PDD_MAX_CTRS - 1 */
	uint32_t id;           /* the core's container id */
	uint64_t netns_ino;
	int netns_fd;          /* keeps the namespace (and its inode number) alive */
	int arena_fd;          /* memfd, sealed against resizing */
	void *arena;           /* pdd's MAP_SHARED|MAP_NORESERVE mapping */
	uint64_t arena_size;
	struct pdc_ctr *core;
	unsigned int nprocs;
	bool dying;            /* no process left; waiting for pdc_ctr_destroy */
	bool grown_logged;     /* a process grew the arena file (hugetlbfs mmap) */
	/*
	 * Pages no ring uses that pdd keeps backed for the container's next
	 * rings (pdd_ctr.c, "page cache"): one bit per arena page.  Touched
	 * only from the core's page_get/page_put hooks, i.e. under its lock.
	 */
	uint64_t *cached;
	unsigned int ncached, cache_max;
	/*
	 * Pages pdd backed (page_get) and has not given back: the rings' and the
	 * cached ones.  The file may hold more (a process touching its arena
	 * outside its rings): pdd_ctr_guard gives those back.  Under ctrs_lock.
	 */
	uint64_t *backed;
	uint64_t nbacked;
	bool excess_logged;    /* the first give-back of such pages was logged */
	struct pdd_net net;     /* its addresses and routes */
};

/* A client connection = a process. */
struct pdd_client {
	struct pdd *pdd;
	struct pdd_client *next, *prev;
	int fd;
	pid_t pid;
	struct pdd_ctr *ctr;
	struct pdc_proc *proc;
	void *notify;          /* pdd's mapping of the process's notify region */
	uint64_t notify_size;
	bool admin;            /* the host's administrator (pdd_sys_peer_is_admin) */
	int app_efd;
	int kick_efd[PD_MAX_WORKERS]; /* the process writes kick_efd[w] to wake worker w */
	unsigned int refused_logged;
};

/* device-address map slot, read by the device thread */
struct pdd_dma_slot {
	_Atomic(void *) vaddr;
	_Atomic uint64_t size;
};

struct pdd {
	struct pdd_opts opts;
	struct pdd_region region;

	const struct pd_dev_ops *dev_ops;
	struct pd_dev *dev;
	struct pdc_dev *core;

	_Atomic(void *) qmem;  /* queue memory (window 0), read by the device thread */
	uint64_t qmem_size;
	struct pdd_dma_slot arena_map[PDD_MAX_CTRS];

	unsigned int workers;
	int worker_efd[PD_MAX_WORKERS];  /* private: interrupts, worker_wake, stop */
	int worker_epfd[PD_MAX_WORKERS]; /* worker_efd[w] + every process's kick_efd[w] */
	/*
	 * 1 from just before pdc_worker_sleep_prepare until the worker woke:
	 * the device's interrupt callback writes worker_efd[w] only then (a
	 * system call per completion otherwise, while the worker spins anyway).
	 */
	_Atomic uint32_t worker_sleeping[PD_MAX_WORKERS];
	pthread_mutex_t dev_poll_lock; /* inline device: one worker in pd_dev_ops.poll */
	/*
	 * The list pdd->ctrs and every container's page bitmaps (cached,
	 * backed): the main thread links and unlinks containers under it;
	 * page_get/page_put (core lock held, on any thread) and the guard
	 * (main thread) back and punch pages under it.  Order: core lock, then
	 * this.
	 */
	pthread_mutex_t ctrs_lock;
	int64_t guard_ns;      /* last pdd_ctr_guard pass (main thread) */
	pthread_t worker_thr[PD_MAX_WORKERS];
	bool worker_started[PD_MAX_WORKERS];
	/*
	 * Inline device: wall time of worker w's driver rounds (pdc_worker_poll
	 * calls that found work); the rest of its CPU is the device's
	 * (pdd_cpu_split).
	 */
	_Atomic uint64_t worker_driver_ns[PD_MAX_WORKERS];
	atomic_bool stop;

	int listen_fd;
	bool accept_paused;    /* out of fds: listen_fd is out of the epoll set */
	int epoll_fd;
	int signal_fd;
	int net_epfd;          /* every container's rtnetlink notification socket (pdd_net.c) */
	bool socket_bound;

	struct pdd_ctr *ctrs;
	struct pdd_client *clients;
	unsigned int nclients;
};

/* log one line to stderr, prefixed "pdd: " */
void pdd_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* pdd_huge.c */
int pdd_region_setup(struct pdd_region *r, enum pdd_huge_mode mode, uint64_t region);
/* give back the hugepages dead pdds added (their records); the records handled */
int pdd_pool_recover(void);
void pdd_region_release(struct pdd_region *r);

/* pdd_host.c: host ops, device body, queue memory */
extern const struct pdc_host_ops pdd_host_ops;
int pdd_device_start(struct pdd *pdd);
void pdd_device_stop(struct pdd *pdd);

/* pdd_worker.c */
int pdd_pin_thread(pthread_t thr, const unsigned short *cpus, unsigned int n);
int pdd_workers_start(struct pdd *pdd);
void pdd_workers_stop(struct pdd *pdd);

/* pdd_ctr.c */
int pdd_ctr_get(struct pdd *pdd, int sock, pid_t pid, struct pdd_ctr **out);
void pdd_ctr_put(struct pdd_ctr *ctr);
void pdd_ctr_reap(struct pdd *pdd, bool force);
bool pdd_ctr_dying_any(struct pdd *pdd);
void pdd_ctr_guard(struct pdd *pdd);
/* pdd_net.c: the namespace's addresses and routes, from a snapshot (no lookup under the core lock) */
int pdd_net_open(struct pdd *pdd, struct pdd_ctr *ctr);
void pdd_net_close(struct pdd *pdd, struct pdd_ctr *ctr);
void pdd_net_sync(struct pdd *pdd);
bool pdd_ctr_has_addr(struct pdd_ctr *ctr, uint32_t ipv4_be);
int pdd_ctr_first_addr(struct pdd_ctr *ctr, uint32_t *ipv4_be);
/* would kernel TCP from ctr's namespace find a route to this address? */
bool pdd_ctr_routes_to(struct pdd_ctr *ctr, uint32_t ipv4_be);
void pdd_ctr_page_put(struct pdd_ctr *ctr, uint64_t off);
int pdd_ctr_page_get(struct pdd_ctr *ctr, uint64_t off);

/* pdd_client.c */
int pdd_listen(struct pdd *pdd);
void pdd_unlisten(struct pdd *pdd);
void pdd_client_accept(struct pdd *pdd);
void pdd_client_event(struct pdd_client *cl, uint32_t events);
void pdd_client_drop(struct pdd_client *cl, const char *why);
void pdd_proc_wake(struct pdd_client *cl);
void pdd_futex_wake(uint32_t *word);
/* STATS: fill g's cpu_device_ns / cpu_driver_ns from pdd's threads (pdd_worker.c) */
void pdd_cpu_split(struct pdd *pdd, struct pd_stats_global *g);
void pdd_request_log(struct pdd_client *cl, const struct pd_req *req, int ret, const char *via);

#endif /* PDD_H */
