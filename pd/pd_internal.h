/* SPDX-License-Identifier: MIT */
/*
 * pd_internal.h - libpd's private state: the process context (one driver
 * connection), the per-socket table, the host ops table, and the helpers the
 * public calls share.  Internal functions return 0 / a count, or -errno; only
 * the public wrappers in pd_sock.c, pd_data.c and pd_poll.c set errno.
 */
#ifndef PD_INTERNAL_H
#define PD_INTERNAL_H

#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdint.h>
#include <sys/types.h>

#include "pd_uapi.h"

struct pd_ctx;

/*
 * A host carries requests to the driver.  pdd: SEQPACKET socket + memfds;
 * kernel: /dev/pipedevice ioctl + mmap (not yet: open() says ENODEV).
 */
struct pd_host_ops {
	const char *name;
	/* connect, handshake, map the notify region and arena into c */
	int (*open)(struct pd_ctx *c);
	/* unmap and close what open() set up */
	void (*close)(struct pd_ctx *c);
	/* one request, one response (matched by seq); -errno if the channel failed */
	int (*call)(struct pd_ctx *c, struct pd_req *req, struct pd_resp *resp);
	/*
	 * optional: send req with PD_REQ_F_NOREPLY and return without an
	 * answer; 0 or the channel's -errno.  NULL: pd_call_oneway uses call.
	 */
	int (*send_oneway)(struct pd_ctx *c, struct pd_req *req);
};

/* unit tests: the host to use instead of the environment's (before pd_init) */
void pd_set_host_for_test(const struct pd_host_ops *ops);

extern const struct pd_host_ops pd_host_pdd;
extern const struct pd_host_ops pd_host_kernel;

enum pd_host_kind { PD_HOST_PDD = 0, PD_HOST_KERNEL = 1 };

/* what the environment asked for (pd_env.c) */
struct pd_env {
	enum pd_host_kind host;
	int host_set;  /* PD_HOST was given (else: pdd, or kernel if only /dev/pipedevice exists) */
	int busy_poll; /* PD_POLL=busy: spin instead of sleeping on the app eventfd */
	int ctl_socket; /* PD_CTL=socket: every request on the control socket, not the slot */
	char socket[108];
};

int pd_env_parse(const char *(*get)(const char *name), struct pd_env *env, char *err, size_t errlen);
/* SO_SNDBUF/SO_RCVBUF value -> ring size: power of two in [PD_RING_MIN, PD_RING_MAX] */
uint64_t pd_ring_size_round(int64_t v);

enum pd_kind { PD_K_FREE = 0, PD_K_OPEN, PD_K_LISTEN, PD_K_CONN };

/* one socket as this process sees it; touched only by the thread using the socket */
struct pd_lsock {
	enum pd_kind kind;
	int nonblock;
	int shut_wr, shut_rd; /* this side's shutdown() */
	int reuseaddr;
	struct pd_sock_shm *shm;   /* shared with the driver */
	uint8_t *send_base, *recv_base;
	uint64_t send_size, recv_size;
	uint64_t send_prod; /* private copy: only this process writes send.prod */
	uint64_t recv_cons; /* private copy: only this process writes recv.cons */
	uint32_t worker;
	uint64_t reserved;  /* bytes of the last pd_send_reserve not yet committed */
	uint64_t peeked;    /* bytes of the last pd_recv_peek not yet consumed */
	int32_t err_ack;    /* sticky shm error value already collected */
	int kick_pending;   /* MSG_MORE: send.prod published, the driver not told yet */
	struct sockaddr_in local, peer;
};

struct pd_ctx {
	const struct pd_host_ops *ops;
	struct pd_env env;
	int ctl_fd;
	pthread_mutex_t ctl_lock; /* one request in flight on the control channel */
	uint64_t seq;             /* under ctl_lock */
	int dead;                 /* the driver went away (atomic int) */

	struct pd_notify_hdr *hdr; /* the notify region */
	uint64_t notify_size;
	uint8_t *arena;
	uint64_t arena_size;
	int app_efd;
	int worker_efd[PD_MAX_WORKERS];
	uint32_t workers, max_sockets;
	int ctl_slot;          /* requests go through hdr's control slot (pd_uapi.h) */
	unsigned int dontwait_polls; /* pd_dontwait_gone's count (atomic) */
	int more_used;         /* a MSG_MORE send happened: pd_poll flushes pending kicks (atomic) */
	uint64_t slot_posted;  /* seq of the last request posted there; under ctl_lock */

	struct pd_lsock *socks; /* max_sockets entries, indexed by sd */

};

/* the context, connected on first use; NULL with errno set */
struct pd_ctx *pd_ctx_get(void);
/* the socket of sd, or NULL (EBADF) */
struct pd_lsock *pd_lsock_get(struct pd_ctx *c, int sd);

/* one control request; returns resp.status (0 or -errno) or a channel -errno */
int pd_call(struct pd_ctx *c, uint32_t op, uint32_t sd, struct pd_req *req, struct pd_resp *resp);

/*
 * a request whose answer nobody needs (CLOSE): no round trip when the host
 * supports it; returns 0 or a channel -errno (the driver's status is lost)
 */
int pd_call_oneway(struct pd_ctx *c, uint32_t op, uint32_t sd, struct pd_req *req);

struct pd_sock_shm *pd_shm_of(struct pd_ctx *c, uint32_t sd);
/* fill s's ring view from a pd_sock_info; -EPROTO if it points outside the arena */
int pd_lsock_attach(struct pd_ctx *c, struct pd_lsock *s, uint32_t sd, const struct pd_sock_info *info);

/* tell sd's worker that sd's counters moved */
void pd_kick_unless_quiet(struct pd_ctx *c, struct pd_lsock *s, uint32_t sd, const uint32_t *quiet);
/* the kick a MSG_MORE send left for later, if any (before a wait, a close, a shutdown) */
void pd_kick_flush(struct pd_ctx *c, struct pd_lsock *s, uint32_t sd);

/*
 * Wait until ready(arg) is true: spin briefly, then (unless busy polling)
 * sleep on a futex word of the notify region until the driver moves it
 * (pd_uapi.h, "Waking the process").  pd_wait: any event of the process
 * (hdr.event_seq), for waits over several sockets or the control slot;
 * pd_wait_sock: an event of socket s (its wake_seq), ready(c, s).
 * deadline_ns < 0: no deadline.  Returns 0, -ETIMEDOUT, or -ECONNRESET if
 * the driver died.
 */
typedef int (*pd_ready_fn)(struct pd_ctx *c, void *arg);
/* a MSG_DONTWAIT call would block: 1 if pdd is gone (looks every so many calls) */
int pd_dontwait_gone(struct pd_ctx *c);
/* 1 if the driver is gone (looks at the control socket for its hang-up now) */
int pd_driver_gone(struct pd_ctx *c);
int pd_wait(struct pd_ctx *c, pd_ready_fn ready, void *arg, int64_t deadline_ns);
int pd_wait_sock(struct pd_ctx *c, struct pd_lsock *s, pd_ready_fn ready, int64_t deadline_ns);
int64_t pd_now_ns(void);

/* the socket's sticky driver error, once: -errno or 0 */
int pd_take_error(struct pd_ctx *c, struct pd_lsock *s, int sd);

/*
 * ---- for the LD_PRELOAD shim (pd/preload), which waits for PD sockets and
 * kernel descriptors in one poll(2) on the app eventfd ----
 * pd_sock_revents: sd's poll(2) revents among events (POLLNVAL: not a
 * socket); *sig, if given, a value that moves with every event of sd (for
 * edge-triggered epoll).  pd_sock_nread: bytes a recv would return now.
 * pd_event_fd: the app eventfd (-1 without a driver); pd_event_ctl_fd: the
 * control socket (POLLHUP when the driver dies).  pd_event_fd_want(1) asks
 * the driver to write the eventfd on every event of the process (and a full
 * fence after, so that a re-check that follows cannot miss one), (0) stops.
 * pd_driver_dead(look): the driver is gone (look: check its socket now).
 */
short pd_sock_revents(int sd, short events, uint64_t *sig);
/* in the child of a fork: drop the parent's driver connection here only (the next call makes a new one) */
void pd_forget(void);
int pd_sock_nread(int sd);
int pd_event_fd(void);
int pd_event_ctl_fd(void);
void pd_event_fd_want(int on);
int pd_busy_polling(void);
int pd_driver_dead(int look);

static inline int pd_ret(int r)
{
	if (r < 0) {
		errno = -r;
		return -1;
	}
	return r;
}

#endif /* PD_INTERNAL_H */
