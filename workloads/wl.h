/* SPDX-License-Identifier: MIT */
/*
 * wl.h - what pd_stream and pd_rr share: size/rate/duration parsing, the
 * token bucket, the latency histogram, the verify pattern and the transport
 * table that lets one code path run over libpd or kernel TCP.
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

/* ---- token bucket (wl_util.c): paces bytes to a rate ---- */
struct wl_tb {
	double rate;   /* bytes per nanosecond */
	double burst;  /* bucket depth, bytes */
	double tokens; /* bytes that may go now */
	int64_t last;  /* ns of the last refill */
};

void wl_tb_init(struct wl_tb *tb, double bytes_per_sec, double burst, int64_t now);
/* refill to now; whole bytes available */
uint64_t wl_tb_avail(struct wl_tb *tb, int64_t now);
void wl_tb_take(struct wl_tb *tb, uint64_t n);
/* ns until want bytes are available (0 if now) */
int64_t wl_tb_wait_ns(const struct wl_tb *tb, int64_t now, uint64_t want);

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
