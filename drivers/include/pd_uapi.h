/* SPDX-License-Identifier: MIT */
/*
 * pd_uapi.h - the driver <-> library ABI (docs/abi.md, "Driver ABI").
 *
 * The same request/response structures travel over both hosts: as
 * SOCK_SEQPACKET messages to pdd (one request, one response, same seq; no
 * response to a request flagged PD_REQ_F_NOREPLY, see below), and
 * as ioctl arguments to /dev/pipedevice.  Where the driver offers it
 * (pd_notify_hdr.ctl_slot), a process may also pass them through the control
 * slot of its notify header: the same request, served the same way, with no
 * system call (see struct pd_notify_hdr).  Every struct has a fixed size, fixed
 * width little-endian fields and no implicit padding.
 *
 * Memory a process sees (pdd host, handed over on PD_REQ_HELLO as fds):
 *
 *   notify region  memfd, private to the process: a header, per-worker kick
 *                  bitmaps, and one struct pd_sock_shm per socket slot.
 *   arena          memfd (MFD_HUGETLB when hugepages are reserved), one per
 *                  container, sealed against resizing; the data areas of the
 *                  rings of that container's sockets are carved from it.
 *                  A container never receives another container's arena.
 *   app eventfd    the driver writes it when the process asks for it
 *                  (PD_APP_WAIT_EVENTFD); waits themselves sleep on futex
 *                  words of the notify region ("Waking the process").
 *   worker eventfds one per driver worker; the process writes one to wake a
 *                  worker that said it sleeps.
 *
 * Socket descriptors (sd) are slot indices in [0, max_sockets) of the
 * calling process's table; a process cannot name another process's socket.
 *
 * Data path, without a system call per send:
 *   send ring: the process writes bytes at arena[send_off + (prod & mask)],
 *              then stores send.prod (release) and kicks: sets its bit in
 *              the kick bitmap of the socket's worker and wakes the worker
 *              if it sleeps.  The driver copies (device COPY), then stores
 *              send.cons.
 *   recv ring: the driver stores recv.prod after the COPY into it completed;
 *              the process reads, stores recv.cons (release) and kicks.
 *   quiet:     a kick is needed only while the driver would not look at the
 *              counter by itself.  send.prod_quiet (nonzero: the driver has
 *              copies of this ring under way or bytes of it waiting, and
 *              re-reads send.prod when they complete) and recv.cons_quiet
 *              (nonzero: the driver is not waiting for space in this ring)
 *              let the process skip the kick: it stores its counter, issues
 *              a full fence, loads the flag, and kicks if it is 0.  The
 *              driver stores 0, issues a full fence, and re-reads the
 *              counter, so one of the two sees the other (as virtio's
 *              event suppression).  Zeroed memory means "always kick".
 * The driver never trusts a value it reads from shared memory: it keeps its
 * own copies of every counter and validates what the process stored against
 * them (see PD_REQ_SENT / PD_REQ_CONSUMED, which carry the same checks
 * synchronously).  A refused value leaves the connection as it was and sets
 * pd_sock_shm.error (sticky, like SO_ERROR).
 */
#ifndef PD_UAPI_H
#define PD_UAPI_H

#include "pd_hw.h"

#define PD_UAPI_VERSION 3u /* 2: futex wake words (event_seq, pd_sock_shm.wake_seq); 3: quiet flags */
#define PD_DEFAULT_SOCKET "/run/pipedevice/pdd.sock"
#define PD_DEV_NODE "/dev/pipedevice"

#define PD_MAX_WORKERS 8
#define PD_RING_MIN (4u << 10)      /* 4 KiB */
#define PD_RING_DEFAULT (4u << 20)  /* 4 MiB, as in the paper */
#define PD_RING_MAX (256u << 20)    /* power of two, <= 256 MiB */
#define PD_NOTIFY_MAGIC 0x50444e54u /* "PDNT" */

/* ---- requests ---- */
enum pd_req_op {
	PD_REQ_HELLO = 1,    /* first message on a connection; response carries fds */
	PD_REQ_SOCKET = 2,   /* -> sd */
	PD_REQ_BIND = 3,     /* sd, addr, port (0 = ephemeral) */
	PD_REQ_LISTEN = 4,   /* sd, backlog */
	PD_REQ_CONNECT = 5,  /* sd, addr, port: completes at once or fails (ECONNREFUSED) */
	PD_REQ_ACCEPT = 6,   /* sd of a listener -> new sd, or -EAGAIN */
	PD_REQ_SHUTDOWN = 7, /* sd, how (PD_SHUT_*) */
	PD_REQ_CLOSE = 8,    /* sd */
	PD_REQ_SETOPT = 9,   /* sd, opt, val */
	PD_REQ_GETOPT = 10,  /* sd, opt -> val */
	PD_REQ_SENT = 11,    /* sd, off, len: len bytes written at send-ring offset off */
	PD_REQ_CONSUMED = 12, /* sd, len: release len received bytes */
	PD_REQ_INFO = 13,    /* sd -> pd_sock_info (ring offsets, addresses) */
	PD_REQ_STATS = 14,   /* -> pd_stats_* records after the response (pdctl) */
	PD_REQ_SOCKETS = 15, /* -> pd_sock_stat records after the response (pdctl) */
};

/*
 * Added (additive, full-l-latency): a flag or-ed into pd_req.op.  NOREPLY: the
 * sender will not read an answer, so pdd sends none (a refusal is only
 * logged).  libpd sets it on PD_REQ_CLOSE only, whose answer it never needed
 * (close(2) semantics: the descriptor is gone either way).  pdd strips it
 * before serving the request and refuses it on HELLO/STATS/SOCKETS (the
 * client is dropped as garbage).  Requests stay in order on the control
 * socket, so a one-way CLOSE is served before the sender's next request.
 */
#define PD_REQ_F_NOREPLY 0x80000000u

#define PD_SHUT_RD 0
#define PD_SHUT_WR 1
#define PD_SHUT_RDWR 2

/* options (PD_REQ_SETOPT / GETOPT); values are u64 */
enum pd_opt {
	PD_OPT_RING_SIZE = 1, /* before connect/listen: ring size of this socket (power of two) */
	PD_OPT_ERROR = 2,     /* get: pending error (positive errno), then cleared */
	PD_OPT_RCVBUF = 3,    /* get: receive ring size */
	PD_OPT_SNDBUF = 4,    /* get: send ring size */
	PD_OPT_REUSEADDR = 5, /* accepted and ignored: no TIME_WAIT on PD */
	PD_OPT_NODELAY = 6,   /* accepted and ignored: PD has no Nagle */
};

struct pd_req {
	pd_u32 op;  /* enum pd_req_op */
	pd_u32 sd;  /* socket descriptor, where the op takes one */
	pd_u64 seq; /* echoed in the response */
	union {
		struct {
			pd_u32 version; /* PD_UAPI_VERSION */
			pd_u32 flags;   /* 0 */
		} hello;
		struct {
			pd_u32 addr; /* IPv4, network byte order (as sin_addr.s_addr) */
			pd_u16 port; /* network byte order (as sin_port) */
			pd_u16 rsvd;
		} inet; /* BIND, CONNECT */
		struct {
			pd_u32 backlog;
			pd_u32 rsvd;
		} listen;
		struct {
			pd_u32 how;
			pd_u32 rsvd;
		} shutdown;
		struct {
			pd_u32 opt;
			pd_u32 rsvd;
			pd_u64 val;
		} opt;
		struct {
			pd_u64 off; /* SENT: ring offset the bytes start at; must be prod & mask */
			pd_u64 len; /* bytes */
		} data;
		pd_u8 raw[48];
	} u;
};

PD_HW_STATIC_ASSERT(sizeof(struct pd_req) == 64, "pd_req is 64 bytes");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_req, op) == 0, "req.op");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_req, sd) == 4, "req.sd");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_req, seq) == 8, "req.seq");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_req, u) == 16, "req.u");

/* what a process needs to use a connected or listening socket */
struct pd_sock_info {
	pd_u64 send_off;  /* offset of the send ring data in the arena */
	pd_u64 recv_off;  /* offset of the receive ring data in the arena */
	pd_u32 send_size; /* bytes, power of two; 0 while not connected */
	pd_u32 recv_size;
	pd_u32 local_addr; /* network byte order */
	pd_u32 peer_addr;
	pd_u16 local_port; /* network byte order */
	pd_u16 peer_port;
	pd_u32 worker; /* kick bitmap / eventfd of the driver worker serving it */
};

PD_HW_STATIC_ASSERT(sizeof(struct pd_sock_info) == 40, "pd_sock_info is 40 bytes");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_sock_info, local_addr) == 24, "info.local_addr");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_sock_info, worker) == 36, "info.worker");

/* HELLO response payload (in pd_resp.u.hello) */
struct pd_hello_info {
	pd_u32 version;
	pd_u32 max_sockets; /* slots in this process's table and notify region */
	pd_u32 workers;     /* driver workers; one kick bitmap and eventfd each */
	pd_u32 container;   /* container id (pdctl shows it) */
	pd_u64 notify_size; /* bytes to mmap of the notify memfd */
	pd_u64 arena_size;  /* bytes to mmap of the arena memfd */
	pd_u32 nfds;        /* fds passed: notify, arena, app eventfd, worker eventfds */
	pd_u32 hugepages;   /* 1 when the arena is backed by 2 MiB pages */
};

PD_HW_STATIC_ASSERT(sizeof(struct pd_hello_info) == 40, "pd_hello_info is 40 bytes");

struct pd_resp {
	pd_u32 op;     /* the request's op */
	pd_s32 status; /* 0 or -errno */
	pd_u64 seq;
	pd_u32 sd;     /* new sd (SOCKET, ACCEPT) or the request's */
	pd_u32 nrec;   /* STATS/SOCKETS: records that follow in this message */
	pd_u64 val;    /* GETOPT value; CONNECT/ACCEPT: 0 */
	union {
		struct pd_sock_info info;   /* CONNECT, ACCEPT, LISTEN, BIND, INFO */
		struct pd_hello_info hello; /* HELLO */
		pd_u8 raw[40];
	} u;
};

PD_HW_STATIC_ASSERT(sizeof(struct pd_resp) == 72, "pd_resp is 72 bytes");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_resp, status) == 4, "resp.status");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_resp, seq) == 8, "resp.seq");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_resp, sd) == 16, "resp.sd");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_resp, val) == 24, "resp.val");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_resp, u) == 32, "resp.u");

/* ---- shared memory: the notify region ---- */

/*
 * One ring's control block: two free-running byte counters on their own
 * lines.  Each line is written by one side only: send.prod and recv.cons by
 * the process, send.cons and recv.prod by the driver, which also writes the
 * quiet flag beside its counter (the data path above, "quiet").
 */
struct pd_ring_ctl {
	pd_u64 prod;
	pd_u32 cons_quiet; /* recv ring, driver-written: nonzero, a recv.cons store needs no kick */
	pd_u8 pad0[52];
	pd_u64 cons;
	pd_u32 prod_quiet; /* send ring, driver-written: nonzero, a send.prod store needs no kick */
	pd_u8 pad1[52];
};

PD_HW_STATIC_ASSERT(sizeof(struct pd_ring_ctl) == 128, "pd_ring_ctl is two cache lines");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_ring_ctl, cons) == 64, "ring_ctl.cons on its own line");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_ring_ctl, cons_quiet) == 8, "ring_ctl.cons_quiet");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_ring_ctl, prod_quiet) == 72, "ring_ctl.prod_quiet");

enum pd_sock_state {
	PD_SS_FREE = 0,
	PD_SS_OPEN = 1,      /* created, maybe bound */
	PD_SS_LISTEN = 2,
	PD_SS_CONNECTED = 3,
	PD_SS_CLOSED = 4,    /* reset or fully shut down; see error */
};

/* pd_sock_shm.flags, written by the driver */
#define PD_SF_PEER_SHUT (1u << 0) /* peer shut its write side: EOF once recv is drained */
#define PD_SF_RESET (1u << 1)     /* connection reset: sends fail with EPIPE, recv with ECONNRESET */
#define PD_SF_SHUT_WR (1u << 2)   /* this side shut its write side */
#define PD_SF_SHUT_RD (1u << 3)

/*
 * Per-socket shared block, 512 bytes.  Who writes what:
 *   send.prod, recv.cons                    the process (validated by the driver)
 *   send.cons, recv.prod, the status line   the driver only (the driver never reads them back)
 */
struct pd_sock_shm {
	struct pd_ring_ctl send;
	struct pd_ring_ctl recv;
	/* status line, driver-written */
	pd_u32 state;    /* enum pd_sock_state */
	pd_u32 flags;    /* PD_SF_* */
	pd_s32 error;    /* sticky positive errno of a refused request or a reset; 0 none */
	pd_u32 accepts;  /* LISTEN: connections waiting in accept() */
	pd_u64 gen;      /* bumped by the driver on every change of this line */
	pd_u32 worker;   /* the worker serving this socket */
	pd_u32 rsvd0;
	/*
	 * Bumped (store_release) by the driver after every change a waiter on
	 * this one socket can wait for: send.cons, recv.prod and this status
	 * line.  A futex word (see "Waking the process" below).
	 */
	pd_u32 wake_seq;
	pd_u8 pad2[28];
	/* process-written: threads of the process sleeping on wake_seq (a hint to the driver) */
	pd_u32 waiters;
	pd_u8 pad3[60];
	pd_u8 rsvd[128];
};

PD_HW_STATIC_ASSERT(sizeof(struct pd_sock_shm) == 512, "pd_sock_shm is 512 bytes");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_sock_shm, recv) == 128, "sock_shm.recv");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_sock_shm, state) == 256, "sock_shm.state");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_sock_shm, wake_seq) == 288, "sock_shm.wake_seq");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_sock_shm, waiters) == 320, "sock_shm.waiters on its own line");

/*
 * Notify region layout (offsets from the start of the notify memfd):
 *   0                          struct pd_notify_hdr (4 KiB)
 *   PD_NOTIFY_KICK_OFF         PD_MAX_WORKERS kick areas, each
 *                              pd_kick_bytes(max_sockets) bytes:
 *                              pd_u64 summary; pd_u64 bits[ceil(max_sockets / 64)]
 *                              (summary bit i set <=> bits[i] may be nonzero)
 *   pd_notify_sock_off(max)    struct pd_sock_shm[max_sockets]
 */
/*
 * The control slot (optional; the driver sets hdr.ctl_slot when it serves it).
 * A process may send its control requests through shared memory instead of
 * its control channel, one at a time, with no system call when worker 0 is
 * awake:
 *   process: wait until ctl_done == the last seq it posted; write ctl_req
 *            (req.seq = a new seq, nonzero, never repeated); store_release
 *            ctl_post = that seq; full fence; if worker[0].sleeping, write
 *            worker 0's eventfd.  Then wait (spinning, or on the event_seq
 *            futex like any process-wide event) until load_acquire(ctl_done) == seq and read
 *            ctl_resp.  PD_REQ_F_NOREPLY in ctl_req.op: the process need not
 *            wait for the answer now, only before it posts again.
 *   driver:  worker 0 (under the core lock) sees ctl_post != the last seq it
 *            served, copies ctl_req once (nothing in it is trusted), serves
 *            it exactly like the same request on the control channel, writes
 *            ctl_resp (not for NOREPLY), store_release ctl_done = ctl_post,
 *            and bumps event_seq (waking its sleepers, see below).
 * HELLO, STATS and SOCKETS are refused here (EINVAL): they stay on the
 * control channel.  A process that dies with a request posted has it served
 * before its sockets are reset, so a posted CLOSE still ends in EOF.
 */
/*
 * Waking the process.  Every wait of the process sleeps on a 32-bit futex
 * word in the notify region (FUTEX_WAIT, not FUTEX_PRIVATE: the driver is
 * another process, or the kernel):
 *   - a wait on one socket (send space, received bytes, EOF, reset, a
 *     pending connection) sleeps on that socket's pd_sock_shm.wake_seq and
 *     counts itself in pd_sock_shm.waiters;
 *   - any other wait (pd_poll over several sockets, the control slot's
 *     answer) sleeps on the low 32 bits of hdr.event_seq and counts itself
 *     in the low bits of hdr.app_waiting (PD_APP_WAIT_SLEEPERS).
 * Process, per sleep: atomic add 1 to the count; full fence; seen =
 * load_acquire(word); re-check the condition; FUTEX_WAIT(word, seen); then
 * subtract 1.  Driver, per event: publish the state (release); word += 1
 * (release); full fence; if the count is nonzero, FUTEX_WAKE(word, all).
 * One of the two fenced sides sees the other's store: either the waiter's
 * load sees the new word (and, by acquire, the new state), or the driver
 * sees the count and wakes; a FUTEX_WAIT whose word already moved returns
 * at once.  No wake-up is consumed by one thread on another's behalf.
 * PD_APP_WAIT_EVENTFD in app_waiting asks the driver to write the app
 * eventfd too (for a process that waits in poll/epoll on it).
 */
#define PD_APP_WAIT_SLEEPERS 0x7fffffffu
#define PD_APP_WAIT_EVENTFD 0x80000000u

/* the futex word of a 64-bit counter: its low 32 bits */
static inline pd_u32 *pd_futex_word64(pd_u64 *p)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return (pd_u32 *)p + 1;
#else
	return (pd_u32 *)p;
#endif
}

struct pd_notify_hdr {
	pd_u32 magic;       /* PD_NOTIFY_MAGIC */
	pd_u32 version;     /* PD_UAPI_VERSION */
	pd_u32 max_sockets;
	pd_u32 workers;
	pd_u32 ctl_slot;    /* 1: the driver serves the control slot below */
	pd_u8 pad0[44];
	/* line 1, process-written: PD_APP_WAIT_* (see "Waking the process") */
	pd_u32 app_waiting;
	pd_u8 pad1[60];
	/* line 2, driver-written: bumped on every event for this process; low half a futex word */
	pd_u64 event_seq;
	pd_u8 pad2[56];
	/* lines 3..: driver-written, one line per worker: nonzero while it sleeps */
	struct {
		pd_u32 sleeping;
		pd_u8 pad[60];
	} worker[PD_MAX_WORKERS];
	pd_u8 pad3[1024 - 192 - 64 * PD_MAX_WORKERS];
	/* the control slot: process-written request, then its seq */
	struct pd_req ctl_req;
	pd_u64 ctl_post;
	pd_u8 pad4[56];
	/* driver-written: seq of the last request served, then its answer */
	pd_u64 ctl_done;
	pd_u8 pad5[56];
	struct pd_resp ctl_resp;
};

PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_notify_hdr, app_waiting) == 64, "hdr.app_waiting");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_notify_hdr, event_seq) == 128, "hdr.event_seq");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_notify_hdr, worker) == 192, "hdr.worker");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_notify_hdr, ctl_slot) == 16, "hdr.ctl_slot");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_notify_hdr, ctl_req) == 1024, "hdr.ctl_req");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_notify_hdr, ctl_post) == 1088, "hdr.ctl_post");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_notify_hdr, ctl_done) == 1152, "hdr.ctl_done");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_notify_hdr, ctl_resp) == 1216, "hdr.ctl_resp");
PD_HW_STATIC_ASSERT(sizeof(struct pd_notify_hdr) <= 4096, "notify header fits a page");

#define PD_NOTIFY_KICK_OFF 4096u

static inline pd_u64 pd_kick_bytes(pd_u32 max_sockets)
{
	/* summary word + bitmap, rounded up to a 64-byte line */
	pd_u64 words = 1 + ((pd_u64)max_sockets + 63) / 64;
	return (words * 8 + 63) & ~(pd_u64)63;
}

static inline pd_u64 pd_notify_sock_off(pd_u32 max_sockets)
{
	pd_u64 end = PD_NOTIFY_KICK_OFF + PD_MAX_WORKERS * pd_kick_bytes(max_sockets);
	return (end + 4095) & ~(pd_u64)4095;
}

static inline pd_u64 pd_notify_size(pd_u32 max_sockets)
{
	pd_u64 end = pd_notify_sock_off(max_sockets) + (pd_u64)max_sockets * 512;
	return (end + 4095) & ~(pd_u64)4095;
}

/*
 * ---- pdctl records (after a PD_REQ_STATS / PD_REQ_SOCKETS response) ----
 * STATS: one pd_stats_global (128 bytes), then nrec - 1 pd_stats_ctr (64 each).
 */
struct pd_stats_global {
	pd_u64 sockets;      /* open sockets, all containers */
	pd_u64 bytes_copied; /* COPY bytes completed OK */
	pd_u64 commands;     /* commands completed */
	pd_u64 faults;       /* completions with a non-OK status */
	pd_u64 refused;      /* requests refused by validation */
	pd_u64 region_size;  /* bytes */
	pd_u64 region_used;  /* bytes of arenas carved from the region */
	pd_u32 containers;
	pd_u32 hugepages;    /* 1 when the region is backed by 2 MiB pages */
	/*
	 * CPU time of the driver's host since it started, split in two (ns;
	 * filled by the host, 0 where it cannot tell): the device body's
	 * (its own thread, or, run inline by a worker, the worker's time
	 * outside its driver rounds: the copies and the polling that stands in
	 * for a device's doorbell) and the driver's (everything else).
	 */
	pd_u64 cpu_device_ns;
	pd_u64 cpu_driver_ns;
	/*
	 * PD_STATS_SCOPE_ALL: the host's administrator's view (every container;
	 * the counters above are the device's).  PD_STATS_SCOPE_OWN: any other
	 * caller's: the caller's container only, and sockets, bytes_copied,
	 * refused, region_used and containers are that container's; commands,
	 * faults and the CPU times are 0.  STATS then carries one pd_stats_ctr,
	 * SOCKETS the sockets of that container's processes.
	 */
	pd_u32 scope;
	pd_u8 rsvd[44];
};

#define PD_STATS_SCOPE_ALL 0u
#define PD_STATS_SCOPE_OWN 1u

PD_HW_STATIC_ASSERT(sizeof(struct pd_stats_global) == 128, "pd_stats_global is 128 bytes");
PD_HW_STATIC_ASSERT(pd_hw_offsetof(struct pd_stats_global, scope) == 80, "stats_global.scope");

struct pd_stats_ctr {
	pd_u32 container;
	pd_u32 processes;
	pd_u64 netns_ino;    /* inode of the network namespace */
	pd_u64 sockets;
	pd_u64 mem_used;     /* bytes of ring memory in use */
	pd_u64 mem_quota;    /* --max-memory */
	pd_u64 bytes_sent;   /* bytes copied out of this container's send rings */
	pd_u64 bytes_recv;   /* bytes copied into this container's receive rings */
	pd_u64 refused;      /* requests of this container refused by validation */
};

PD_HW_STATIC_ASSERT(sizeof(struct pd_stats_ctr) == 64, "pd_stats_ctr is 64 bytes");

struct pd_sock_stat {
	pd_u32 container;
	pd_u32 pid;
	pd_u32 sd;
	pd_u32 state;
	pd_u32 local_addr;
	pd_u32 peer_addr;
	pd_u16 local_port;
	pd_u16 peer_port;
	pd_u32 ring_size;
	pd_u64 bytes_sent;
	pd_u64 bytes_recv;
};

PD_HW_STATIC_ASSERT(sizeof(struct pd_sock_stat) == 48, "pd_sock_stat is 48 bytes");

#endif /* PD_UAPI_H */
