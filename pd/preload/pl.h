/* SPDX-License-Identifier: MIT */
/*
 * pl.h - libpd_preload.so's private state (pd/preload/README.md).
 *
 * The shim takes over the TCP sockets of an unmodified program: a socket
 * the program makes with socket(AF_INET, SOCK_STREAM) is a kernel socket,
 * moved at or above the descriptor watermark; it stays a kernel socket
 * unless connect() finds a PipeDevice listener at the address (then its
 * traffic goes through a PD socket and the kernel socket stays behind,
 * unconnected, as the descriptor's placeholder) or listen() makes it a
 * listener that also listens on PD (kernel and PD clients alike).  Every
 * other descriptor is the kernel's, untouched.
 *
 * An object (struct pl_obj) is shared by the descriptors that dup() made of
 * one socket; the table maps a descriptor to its object.  Objects are looked
 * up without a lock; they change kind under their own lock, and the table
 * under pl_tab_lock.
 */
#ifndef PL_H
#define PL_H

#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/uio.h>

enum pl_kind {
	PL_TENT = 1, /* a TCP socket not yet connected or listening: kernel socket, PD maybe later */
	PL_KERNEL,   /* decided: the kernel's (connected or listening there only) */
	PL_PD,       /* a connection over PD; the kernel socket is its placeholder */
	PL_LISTEN,   /* listening on the kernel socket and, as sd, on PD */
	PL_EPOLL,    /* an epoll instance (the kernel's) with PD members of its own */
};

struct pl_ep;

struct pl_obj {
	int refs;           /* descriptors sharing it (atomic) */
	enum pl_kind kind;  /* atomic loads: read without the lock */
	int sd;             /* PD socket (PL_PD, PL_LISTEN), else -1 */
	int nonblock;       /* the program's O_NONBLOCK (the kernel listener is always non-blocking) */
	pthread_mutex_t lock;
	/* options the program set before PD was chosen, and what PD does not have */
	int ring;           /* SO_SNDBUF/SO_RCVBUF asked for (largest), 0: pdd's default */
	int keepalive, reuseport, reuseaddr, cork, nodelay, oobinline;
	struct linger linger;
	int64_t rcvtimeo_ns, sndtimeo_ns; /* SO_RCVTIMEO/SO_SNDTIMEO, 0: none */
	int conn_pending;   /* non-blocking connect over PD said EINPROGRESS: SO_ERROR 0 is due */
	struct sockaddr_in local; /* bind()'s address, for the PD side */
	int bound;
	struct pl_ep *ep;   /* PL_EPOLL */
	uint32_t regs;      /* epoll registrations of this object (atomic), so a switch to PD finds them */
};

/* ---- pl_core.c ---- */
extern int pl_log_on;
void pl_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void pl_init(void);
/* PD available: pd_init succeeded (tried once, on first use; one warning if not) */
int pl_pd_ok(void);
/* the shim serves sockets at all (not PD_PRELOAD=off, not in pdd) */
int pl_enabled(void);
/* tell the driver now about bytes a MSG_MORE (TCP_CORK) send left unannounced */
void pl_pd_flush(struct pl_obj *o);

struct pl_obj *pl_get(int fd);        /* NULL: not the shim's */
struct pl_obj *pl_obj_new(enum pl_kind k);
void pl_obj_put(struct pl_obj *o);    /* drop a reference; the last one closes the PD side */
int pl_set(int fd, struct pl_obj *o); /* the table: fd -> o (a reference is the caller's) */
struct pl_obj *pl_take(int fd);       /* remove fd from the table; the caller owns its reference */
int pl_watermark(void);
/* move the fresh kernel descriptor fd to >= the watermark; returns the descriptor to use */
int pl_lift(int fd, int cloexec);
void pl_set_kind(struct pl_obj *o, enum pl_kind k);
static inline enum pl_kind pl_kind_of(struct pl_obj *o)
{
	return __atomic_load_n(&o->kind, __ATOMIC_ACQUIRE);
}
/* a PD descriptor (the shim serves it); anything else goes to the kernel */
static inline int pl_is_pd(struct pl_obj *o)
{
	enum pl_kind k = o ? pl_kind_of(o) : 0;

	return k == PL_PD || k == PL_LISTEN;
}

/*
 * The shim's one wait: until ready(arg) says so, or one of the kernel
 * descriptors kfds[0..nk) polls ready (their revents set), or the deadline
 * (ns, < 0 none).  Returns 1 ready(), 2 kernel, 0 deadline, -errno (EINTR).
 * Sleeps in poll(2) on the kernel descriptors, the app eventfd the driver
 * writes on every event of the process, and a per-thread eventfd through
 * which the thread that drained the app eventfd wakes the others.
 */
int pl_wait(struct pollfd *kfds, int nk, int (*ready)(void *arg), void *arg, int64_t deadline_ns);
int64_t pl_now_ns(void);
int64_t pl_deadline_ms(int timeout_ms);

/* the libc functions underneath */
extern int (*real_socket)(int, int, int);
extern int (*real_bind)(int, const struct sockaddr *, socklen_t);
extern int (*real_listen)(int, int);
extern int (*real_accept)(int, struct sockaddr *, socklen_t *);
extern int (*real_accept4)(int, struct sockaddr *, socklen_t *, int);
extern int (*real_connect)(int, const struct sockaddr *, socklen_t);
extern int (*real_close)(int);
extern int (*real_dup)(int);
extern int (*real_dup2)(int, int);
extern int (*real_dup3)(int, int, int);
extern int (*real_fcntl)(int, int, ...);
extern int (*real_ioctl)(int, unsigned long, ...);
extern int (*real_setsockopt)(int, int, int, const void *, socklen_t);
extern int (*real_getsockopt)(int, int, int, void *, socklen_t *);
extern int (*real_getsockname)(int, struct sockaddr *, socklen_t *);
extern int (*real_getpeername)(int, struct sockaddr *, socklen_t *);
extern int (*real_shutdown)(int, int);
extern ssize_t (*real_read)(int, void *, size_t);
extern ssize_t (*real_write)(int, const void *, size_t);
extern ssize_t (*real_readv)(int, const struct iovec *, int);
extern ssize_t (*real_writev)(int, const struct iovec *, int);
extern ssize_t (*real_send)(int, const void *, size_t, int);
extern ssize_t (*real_recv)(int, void *, size_t, int);
extern ssize_t (*real_sendto)(int, const void *, size_t, int, const struct sockaddr *, socklen_t);
extern ssize_t (*real_recvfrom)(int, void *, size_t, int, struct sockaddr *, socklen_t *);
extern ssize_t (*real_sendmsg)(int, const struct msghdr *, int);
extern ssize_t (*real_recvmsg)(int, struct msghdr *, int);
extern ssize_t (*real_sendfile)(int, int, off_t *, size_t);
extern ssize_t (*real_splice)(int, loff_t *, int, loff_t *, size_t, unsigned int);
extern int (*real_poll)(struct pollfd *, nfds_t, int);
extern int (*real_ppoll)(struct pollfd *, nfds_t, const struct timespec *, const sigset_t *);
extern int (*real_select)(int, fd_set *, fd_set *, fd_set *, struct timeval *);
extern int (*real_pselect)(int, fd_set *, fd_set *, fd_set *, const struct timespec *, const sigset_t *);
extern int (*real_epoll_create)(int);
extern int (*real_epoll_create1)(int);
extern int (*real_epoll_ctl)(int, int, int, struct epoll_event *);
extern int (*real_epoll_wait)(int, struct epoll_event *, int, int);
extern int (*real_epoll_pwait)(int, struct epoll_event *, int, int, const sigset_t *);
extern pid_t (*real_fork)(void);

/* ---- pl_poll.c ---- */
/* fd (a PL_TENT socket) became PD: move its registrations from the kernel's epoll sets to the shim's */
void pl_epoll_switch(int fd, struct pl_obj *o);
/* fd is being closed: drop it from every shim epoll set */
void pl_epoll_forget(int fd, struct pl_obj *o);
/* an epoll object's last reference went */
void pl_epoll_free(struct pl_ep *ep);

/* ---- pl_io.c ---- */
/* one send/recv on a PD socket with the program's flags, its O_NONBLOCK and SO_*TIMEO */
ssize_t pl_pd_send(struct pl_obj *o, const void *buf, size_t len, int flags);
ssize_t pl_pd_recv(struct pl_obj *o, void *buf, size_t len, int flags);

#endif /* PL_H */
