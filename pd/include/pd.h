/* SPDX-License-Identifier: MIT */
/*
 * pd.h - libpd, the PipeDevice socket API (docs/abi.md, "Library API").
 *
 * BSD-shaped, so porting is a rename: each call takes and returns what the
 * call it mirrors does, returns -1 and sets errno on failure.  Descriptors are
 * PipeDevice socket descriptors, not kernel file descriptors.  Different
 * threads may use different sockets concurrently; one socket is used by one
 * thread at a time (as with any BSD socket shared between threads, calls on
 * the same socket are serialized by the library but their order is yours).
 *
 * Host selection (pd_init, or the first call): the environment variable
 * PD_HOST=pdd|kernel (default: pdd if its socket exists, else kernel), and
 * PD_SOCKET=PATH for pdd's control socket (default /run/pipedevice/pdd.sock).
 *
 * [libpd, added] More environment and semantics (pd/README.md):
 *   PD_POLL=busy|adaptive  how blocking calls wait: busy spins on the shared
 *                  counters; adaptive (default) spins briefly, then sleeps
 *                  (a futex word of the shared notify region) until the
 *                  driver wakes it; any number of threads may wait at once.
 *   PD_HOST=kernel is not implemented yet: pd_init fails with ENODEV.
 *   PD never raises SIGPIPE: a send after a reset or after this side's
 *   SHUT_WR fails with EPIPE, with or without MSG_NOSIGNAL.  A reset (the
 *   peer process died) makes recv fail with ECONNRESET at once, dropping
 *   bytes not yet received, as a TCP RST does.
 *   pd_connect completes at once or fails (no EINPROGRESS, even when
 *   non-blocking).  A process that forks keeps its PD sockets in the parent
 *   only: the child must not use them (it may pd_fini and pd_init anew).
 */
#ifndef PD_H
#define PD_H

#include <netinet/in.h>
#include <poll.h>
#include <stddef.h>
#include <sys/socket.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PD_API_VERSION 1

/* Connect to the driver.  Optional: every call does it on first use.  Returns 0 or -1/errno. */
int pd_init(void);
/* Close every socket of this process and drop the connection to the driver. */
void pd_fini(void);

/* domain AF_INET, type SOCK_STREAM (| SOCK_NONBLOCK), protocol 0 or IPPROTO_TCP */
int pd_socket(int domain, int type, int protocol);
int pd_bind(int sd, const struct sockaddr *addr, socklen_t len);
int pd_listen(int sd, int backlog);
int pd_accept(int sd, struct sockaddr *addr, socklen_t *len);
int pd_accept4(int sd, struct sockaddr *addr, socklen_t *len, int flags);
int pd_connect(int sd, const struct sockaddr *addr, socklen_t len);
/*
 * flags: MSG_DONTWAIT, MSG_NOSIGNAL, MSG_MORE.  MSG_MORE: more data follows
 * at once; the bytes are in the ring but the driver is told with the next
 * send without MSG_MORE (or when this socket waits for space, pd_poll is
 * called on it, or it is shut down or closed), so a burst costs one kick.
 */
ssize_t pd_send(int sd, const void *buf, size_t len, int flags);
ssize_t pd_recv(int sd, void *buf, size_t len, int flags);       /* MSG_DONTWAIT, MSG_PEEK, MSG_WAITALL */
int pd_shutdown(int sd, int how);
int pd_close(int sd);
int pd_getsockname(int sd, struct sockaddr *addr, socklen_t *len);
int pd_getpeername(int sd, struct sockaddr *addr, socklen_t *len);

/*
 * pd_poll: like poll(2) over PipeDevice sockets (fd fields are PD
 * descriptors; a negative fd is ignored).  POLLIN: data, EOF, or a pending
 * connection on a listener; POLLOUT: send-ring space; POLLHUP: peer shut and
 * drained, or reset; POLLERR: a pending error.  timeout in ms, -1 forever.
 */
int pd_poll(struct pollfd *fds, nfds_t nfds, int timeout);

/*
 * Options: SOL_SOCKET SO_ERROR, SO_SNDBUF, SO_RCVBUF (ring size; set before
 * connect/listen, rounded up to a power of two between 4 KiB and 256 MiB),
 * SO_REUSEADDR; IPPROTO_TCP TCP_NODELAY (accepted, no effect).
 */
int pd_setsockopt(int sd, int level, int name, const void *val, socklen_t len);
int pd_getsockopt(int sd, int level, int name, void *val, socklen_t *len);
/* F_GETFL, F_SETFL with O_NONBLOCK */
int pd_fcntl(int sd, int cmd, ... /* int arg */);

/*
 * Zero-copy API over the mapped rings.
 *
 * pd_send_reserve: point *ptr at contiguous free space in the send ring and
 * return its length (<= len; up to the ring's end, so possibly less than
 * the free space), blocking for at least one byte unless non-blocking
 * (-1/EAGAIN).  pd_send_commit(sd, n): n bytes of the last reservation are
 * written; they are sent.  Committing more than was reserved fails (EINVAL).
 *
 * pd_recv_peek: point *ptr at contiguous received bytes and return their
 * count, blocking until there is at least one unless non-blocking; 0 at
 * end of stream.  pd_recv_consume(sd, n): release n of them; more than were
 * peeked fails (EINVAL).
 */
ssize_t pd_send_reserve(int sd, void **ptr, size_t len);
int pd_send_commit(int sd, size_t len);
/* pd_send_commit with flags 0 or MSG_MORE (as pd_send's) */
int pd_send_commit_flags(int sd, size_t len, int flags);
ssize_t pd_recv_peek(int sd, const void **ptr);
int pd_recv_consume(int sd, size_t len);

/*
 * [libpd, added] The process's wait counters, for the life of the process.
 * A blocking call that cannot go on sleeps until the driver wakes it; a
 * safety timer (100 ms) ends a sleep only to notice a dead driver.  A sleep
 * that the timer ended while its condition was already true is a lost
 * wake-up: a bug, counted so that it can be seen.  PD_STATS=1 prints the
 * counters on stderr when the process exits.  Returns 0 or -1/errno.
 */
struct pd_stats {
	unsigned long long sleeps;        /* blocking waits that went to sleep */
	unsigned long long timer_wakeups; /* sleeps the safety timer ended */
	unsigned long long lost_wakeups;  /* ... with the condition already true */
};
int pd_stats(struct pd_stats *st);

#ifdef __cplusplus
}
#endif

#endif /* PD_H */
