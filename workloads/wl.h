/* SPDX-License-Identifier: MIT */
/*
 * wl.h - what pd_stream and pd_rr share: size/rate/duration parsing, the
 * pacer (a token bucket), the latency histogram, the verify pattern, the
 * payload touch and the transport table that lets one code path run over
 * libpd or kernel TCP.
 */
#ifndef WL_H
#define WL_H

/*
 * listen() backlog of both servers: large, because a client opens thousands of
 * connections faster than the server accepts them.  The kernel caps it at
 * net.core.somaxconn; PipeDevice bounds it by the container's socket quota.
 */
#define PDW_BACKLOG 65535

#include <netinet/in.h>
#include <poll.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/types.h>

/* ---- parsing (wl_util.c); 0 or -EINVAL ---- */
/* bytes, binary suffixes K/M/G (1K = 1024), > 0 */
int wl_parse_size(const char *s, uint64_t *out);
/* bit/s, decimal suffixes K/M/G as iperf3 (1M = 1e6), > 0 */
int wl_parse_rate(const char *s, double *bps);
/* seconds, decimal, optional trailing "s", > 0 */
int wl_parse_duration(const char *s, double *secs);
/* "A.B.C.D:PORT"; port 0 allowed when allow_zero */
int wl_parse_addr(const char *s, struct sockaddr_in *sin, int allow_zero);

int64_t wl_now_ns(void);

/* ---- command lines shared by pd_stream and pd_rr (wl_util.c) ---- */
/* "PROG: message (see PROG --help)" on stderr, exit 2 */
void wl_bad_usage(const char *prog, const char *fmt, ...)
	__attribute__((noreturn, format(printf, 2, 3)));
/* argv[1]: --help prints usage and exits 0; returns 1 for server, 0 for client */
int wl_parse_role(const char *prog, int argc, char **argv, const char *usage);
/* --bind (is_bind) or --connect ARG: the one that fits the role, parsed into addr */
void wl_opt_addr(const char *prog, int is_bind, int server, const char *arg,
		 struct sockaddr_in *addr);

/*
 * ---- pacer (wl_pace.c): whole messages at a rate ----
 *
 * A token bucket that releases one whole message at a time: a message may
 * start once the tokens for all of its bytes are there (how its bytes then
 * get into a full ring or socket is not the pacer's business).  The bucket
 * starts empty, so from the start the bytes released never exceed rate x
 * elapsed; it is WL_PACE_DEPTH_NS of the rate deep (at least
 * WL_PACE_DEPTH_MSGS messages), so a sender that was descheduled or stalled
 * for up to that long keeps its credit and catches up.
 *
 * wl_pace_init/wait/take and wl_pace_plan are pure: they take the time as an
 * argument (tests drive them with a fake clock).  wl_pace_setup and
 * wl_pace_wait_until are the real-clock side.
 */
#define WL_PACE_DEPTH_NS 5000000LL /* bucket depth: 5 ms of the rate ... */
#define WL_PACE_DEPTH_MSGS 8       /* ... and at least 8 messages */
/*
 * A nanosleep overshoots by the timer slack (50 us by default, 1 ns after
 * wl_pace_setup) plus the wake-up latency, so waits below WL_PACE_SPIN_NS
 * spin; longer ones sleep for wait - WL_PACE_MARGIN_NS and spin the rest.
 */
#define WL_PACE_SPIN_NS 50000LL
#define WL_PACE_MARGIN_NS 30000LL
/*
 * Waits of at least this long sleep all of it: a wake-up a little late
 * costs nothing (the credit stays in the bucket), while spinning out a
 * margin costs the CPU that pdbench measures (sched_yield hands the core to
 * the receiver and back, a context switch each way).
 */
#define WL_PACE_SLEEP_ALL_NS 500000LL
/*
 * The pacing timer (iperf3 has the same, 1 ms by default): once the sender
 * has to wait, it waits until the bucket holds a quantum of the rate (at
 * least one message), then sends that burst.  A sender that woke for every
 * message would spend its CPU on wake-ups and spins (at 10 Gbit/s a 64 KiB
 * message is due every 52 us), and that CPU is what pdbench cpu measures.
 * 0: wake for every message.
 */
#define WL_PACE_QUANTUM_NS 1000000LL

struct wl_pace {
	double rate;   /* bytes per nanosecond */
	double depth;  /* bucket depth, bytes */
	double tokens; /* bytes that may go now */
	int64_t last;  /* ns of the last refill */
	uint64_t msg;  /* bytes released at a time: one message */
	double batch;  /* tokens a wait waits for: max(msg, quantum of the rate), <= depth */
};

/* depth for a rate (bytes/s) and message size: max(5 ms of the rate, 8 messages) */
double wl_pace_depth(double bytes_per_sec, uint64_t msg);
/* quantum_ns: the pacing timer (WL_PACE_QUANTUM_NS; 0: every message) */
void wl_pace_init(struct wl_pace *p, double bytes_per_sec, uint64_t msg, int64_t quantum_ns, int64_t now);
/*
 * refill to now; 0 if a whole message may start now, else ns until the
 * bucket holds a quantum's burst (at least one message)
 */
int64_t wl_pace_wait(struct wl_pace *p, int64_t now);
/* refill to now; 1 (and the message's tokens taken) if a message may start, else 0 */
int wl_pace_take(struct wl_pace *p, int64_t now);

enum wl_wait_how {
	WL_WAIT_NONE,  /* wait <= 0: go */
	WL_WAIT_SPIN,  /* wait < WL_PACE_SPIN_NS: spin (cpu relax / sched_yield) */
	WL_WAIT_SLEEP, /* sleep *sleep_ns (wait - WL_PACE_MARGIN_NS, all of it from WL_PACE_SLEEP_ALL_NS), then spin the rest */
};
enum wl_wait_how wl_pace_plan(int64_t wait, int64_t *sleep_ns);
/* poll() timeout (ms) that cannot oversleep a release due in wait ns; 0 for short waits */
int wl_pace_poll_ms(int64_t wait);

/* the calling thread's timer slack to 1 ns (prctl PR_SET_TIMERSLACK); 0 or -errno */
int wl_pace_setup(void);
/* until wl_now_ns() >= deadline: sleep and/or spin as wl_pace_plan says */
void wl_pace_wait_until(int64_t deadline);

/* ---- log-linear histogram (wl_hist.c), fio/HdrHistogram style ---- */
#define WL_HIST_SUB_BITS 7
#define WL_HIST_SUB (1u << WL_HIST_SUB_BITS)
#define WL_HIST_BUCKETS ((64 - WL_HIST_SUB_BITS + 1) * WL_HIST_SUB)
/* a reported percentile is within this fraction of the true sample */
#define WL_HIST_REL_ERR (1.0 / (2 * WL_HIST_SUB))

struct wl_hist {
	uint64_t count, min, max;
	double sum;
	uint64_t b[WL_HIST_BUCKETS];
};

void wl_hist_init(struct wl_hist *h);
void wl_hist_add(struct wl_hist *h, uint64_t v);
/* the p-th percentile (0 < p <= 100); 0 when empty */
uint64_t wl_hist_pct(const struct wl_hist *h, double p);
unsigned int wl_hist_index(uint64_t v);

/* ---- verify pattern (wl_util.c) ---- */
/*
 * Connection c carries a stream of little-endian 64-bit words; word k is
 * k ^ seed(c).  Lost, duplicated, reordered or corrupted bytes all break it.
 */
void wl_pattern_fill(uint32_t conn, uint64_t off, void *buf, uint64_t n);
/* -1 if the n bytes at stream offset off match, else the offset of the first bad byte */
int64_t wl_pattern_check(uint32_t conn, uint64_t off, const void *buf, uint64_t n);
/*
 * XOR of the n bytes at p as 64-bit words (a tail shorter than a word is
 * folded in too): reads every byte, as a consumer of the payload would.
 */
uint64_t wl_touch_xor(const void *p, uint64_t n);

/* ---- transports (wl_xport.c) ---- */
struct wl_xport {
	const char *name; /* "pd" or "kernel" */
	int (*socket)(int domain, int type, int proto);
	int (*bind)(int fd, const struct sockaddr *a, socklen_t l);
	int (*listen)(int fd, int backlog);
	int (*accept4)(int fd, struct sockaddr *a, socklen_t *l, int flags);
	int (*connect)(int fd, const struct sockaddr *a, socklen_t l);
	ssize_t (*send)(int fd, const void *b, size_t n, int flags);
	ssize_t (*recv)(int fd, void *b, size_t n, int flags);
	int (*shutdown)(int fd, int how);
	int (*close)(int fd);
	int (*poll)(struct pollfd *p, nfds_t n, int timeout);
	int (*getsockname)(int fd, struct sockaddr *a, socklen_t *l);
	int (*set_nonblock)(int fd);
};

extern const struct wl_xport wl_xport_pd;
extern const struct wl_xport wl_xport_kernel;

#endif /* WL_H */
