// SPDX-License-Identifier: MIT
/*
 * pd_rr.c - request/response latency over libpd or kernel TCP (--kernel):
 * ping-pong of msg-size messages, percentiles from a log-linear histogram;
 * or, with --connect-rate, connections set up and torn down per second.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pd.h"
#include "wl.h"

#define RR_BUF (1u << 20)
#ifndef RR_BUSY_YIELD_EVERY
#define RR_BUSY_YIELD_EVERY 1 /* --busy: sched_yield() after this many empty receives */
#endif

static const char usage_text[] =
	"usage: pd_rr server --bind IP:PORT [--kernel] [--json] [--once] [--cpu N]\n"
	"       pd_rr client --connect IP:PORT --msg-size SIZE --duration SECS [--json] [--kernel] [--busy]\n"
	"                    [--cpu N]\n"
	"       pd_rr client --connect IP:PORT --connect-rate --duration SECS [--json] [--kernel] [--cpu N]\n"
	"\n"
	"Ping-pong latency over PipeDevice (libpd), or kernel TCP with --kernel.  The server\n"
	"echoes what it receives.  The client sends one message, waits for all of it to come\n"
	"back, and records the round trip; it reports one-way latency = RTT/2 (as sockperf\n"
	"does) at p50/p90/p99/p99.9/max in microseconds, from a log-linear histogram whose\n"
	"values are within 0.4 % of the true samples.\n"
	"\n"
	"  --bind IP:PORT     server address (port 0: any; the chosen one is printed on stderr)\n"
	"  --connect IP:PORT  the server\n"
	"  --msg-size SIZE    bytes per message, K/M/G binary suffixes (1..1M)\n"
	"  --duration SECS    how long to measure\n"
	"  --connect-rate     measure connect, one byte each way, close, per second\n"
	"  --busy             spin on non-blocking receives instead of sleeping (and PD_POLL=busy);\n"
	"                     yields the CPU after each empty try, so spinners sharing a core take turns\n"
	"  --cpu N            pin this process to CPU N (e.g. client and server on different cores)\n"
	"  --json             one summary object on stdout\n"
	"  --kernel           kernel TCP instead of PipeDevice\n"
	"  --once             server: exit when the first client's connections are all closed\n"
	"Exit: 0 ok, 1 a run failed, 2 bad usage.\n";

struct rr_opts {
	int server, json, kernel, busy, connect_rate, once;
	int cpu; /* -1: not pinned */
	struct sockaddr_in addr;
	uint64_t msg_size;
	double duration;
	const struct wl_xport *x;
};

#define bad_usage(...) wl_bad_usage("pd_rr", __VA_ARGS__)

enum { O_BIND = 1, O_CONNECT, O_MSG, O_DUR, O_RATE, O_BUSY, O_JSON, O_KERNEL, O_ONCE, O_CPU, O_HELP };

static const struct option longopts[] = {
	{ "bind", required_argument, NULL, O_BIND },
	{ "connect", required_argument, NULL, O_CONNECT },
	{ "msg-size", required_argument, NULL, O_MSG },
	{ "duration", required_argument, NULL, O_DUR },
	{ "connect-rate", no_argument, NULL, O_RATE },
	{ "busy", no_argument, NULL, O_BUSY },
	{ "json", no_argument, NULL, O_JSON },
	{ "kernel", no_argument, NULL, O_KERNEL },
	{ "once", no_argument, NULL, O_ONCE },
	{ "cpu", required_argument, NULL, O_CPU },
	{ "help", no_argument, NULL, O_HELP },
	{ NULL, 0, NULL, 0 },
};

static void parse(int argc, char **argv, struct rr_opts *o)
{
	int c, have_addr = 0;

	memset(o, 0, sizeof(*o));
	o->cpu = -1;
	o->server = wl_parse_role("pd_rr", argc, argv, usage_text);
	opterr = 0;
	optind = 2;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case O_BIND:
		case O_CONNECT:
			wl_opt_addr("pd_rr", c == O_BIND, o->server, optarg, &o->addr);
			have_addr = 1;
			break;
		case O_MSG:
			if (wl_parse_size(optarg, &o->msg_size) || o->msg_size > RR_BUF)
				bad_usage("bad --msg-size '%s': want 1..1M bytes", optarg);
			break;
		case O_DUR:
			if (wl_parse_duration(optarg, &o->duration))
				bad_usage("bad --duration '%s': want seconds > 0", optarg);
			break;
		case O_RATE: o->connect_rate = 1; break;
		case O_BUSY: o->busy = 1; break;
		case O_JSON: o->json = 1; break;
		case O_KERNEL: o->kernel = 1; break;
		case O_ONCE: o->once = 1; break;
		case O_CPU: {
			char *end;
			long v;

			errno = 0;
			v = strtol(optarg, &end, 10);
			if (errno || end == optarg || *end || v < 0 || v >= CPU_SETSIZE)
				bad_usage("bad --cpu '%s': want a CPU number from 0", optarg);
			o->cpu = (int)v;
			break;
		}
		case O_HELP:
		case 'h':
			fputs(usage_text, stdout);
			exit(0);
		case ':':
			bad_usage("option '%s' needs a value", argv[optind - 1]);
		default:
			bad_usage("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		bad_usage("unexpected argument '%s'", argv[optind]);
	if (!have_addr)
		bad_usage("%s is required", o->server ? "--bind IP:PORT" : "--connect IP:PORT");
	if (o->server && (o->msg_size || o->duration || o->connect_rate || o->busy))
		bad_usage("--msg-size, --duration, --connect-rate and --busy are client options");
	if (!o->server && o->once)
		bad_usage("--once is a server option");
	if (!o->server && !o->duration)
		bad_usage("the client needs --duration");
	if (!o->server && !o->connect_rate && !o->msg_size)
		bad_usage("the client needs --msg-size (or --connect-rate)");
	if (o->connect_rate && o->msg_size)
		bad_usage("--connect-rate sends one byte each way; drop --msg-size");
	o->x = o->kernel ? &wl_xport_kernel : &wl_xport_pd;
}

/* ---- server ---- */

static volatile sig_atomic_t g_stop;

static void on_signal(int sig)
{
	(void)sig;
	g_stop = 1;
}

/* send all n bytes on a non-blocking socket, polling for space */
static int send_all(const struct wl_xport *x, int fd, const uint8_t *p, size_t n, int busy)
{
	while (n) {
		ssize_t k = x->send(fd, p, n, MSG_DONTWAIT);

		if (k > 0) {
			p += k;
			n -= (size_t)k;
		} else if (k < 0 && errno == EAGAIN) {
			struct pollfd pf = { .fd = fd, .events = POLLOUT };

			if (!busy)
				x->poll(&pf, 1, 100);
			else
				sched_yield(); /* the party that frees space may share our core */
		} else {
			return -1;
		}
	}
	return 0;
}

static int rr_server(const struct rr_opts *o)
{
	const struct wl_xport *x = o->x;
	struct sigaction sa = { .sa_handler = on_signal };
	struct pollfd pfd[1025];
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	uint8_t *buf = malloc(RR_BUF);
	nfds_t n = 1, i;
	uint64_t served = 0, errors = 0;
	int one = 1, lfd = x->socket(AF_INET, SOCK_STREAM, 0);

	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	if (lfd < 0 || !buf)
		goto fail;
	if (o->kernel)
		setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (x->bind(lfd, (const struct sockaddr *)&o->addr, sizeof(o->addr)) < 0 || x->listen(lfd, PDW_BACKLOG) < 0 ||
	    x->set_nonblock(lfd) < 0)
		goto fail;
	if (x->getsockname(lfd, (struct sockaddr *)&sin, &len) < 0)
		sin = o->addr;
	fprintf(stderr, "pd_rr: listening on %s:%u (%s)\n", inet_ntoa(sin.sin_addr), ntohs(sin.sin_port), x->name);
	pfd[0] = (struct pollfd){ .fd = lfd, .events = POLLIN };
	while (!g_stop) {
		if (x->poll(pfd, n, 100) <= 0)
			continue;
		for (i = n - 1; i >= 1; i--) {
			ssize_t k;

			if (!pfd[i].revents)
				continue;
			k = x->recv(pfd[i].fd, buf, RR_BUF, MSG_DONTWAIT);
			if (k < 0 && errno == EAGAIN)
				continue;
			if (k > 0) {
				if (send_all(x, pfd[i].fd, buf, (size_t)k, 0) == 0)
					continue; /* echoed */
				errors++; /* the client went away mid-echo */
			} else if (k < 0) {
				errors++;
			} /* k == 0: the client closed */
			x->close(pfd[i].fd);
			pfd[i] = pfd[--n];
		}
		if (pfd[0].revents & POLLIN) {
			while (n < 1025) {
				int fd = x->accept4(lfd, NULL, NULL, SOCK_NONBLOCK);

				if (fd < 0)
					break;
				pfd[n++] = (struct pollfd){ .fd = fd, .events = POLLIN };
				served++;
			}
		}
		if (o->once && served && n == 1)
			break;
	}
	for (i = 1; i < n; i++)
		x->close(pfd[i].fd);
	x->close(lfd);
	free(buf);
	if (o->json)
		printf("{\"role\": \"server\", \"transport\": \"%s\", \"conns\": %llu, \"errors\": %llu}\n", x->name,
		       (unsigned long long)served, (unsigned long long)errors);
	else
		printf("pd_rr server (%s): %llu connections served, %llu errors\n", x->name,
		       (unsigned long long)served, (unsigned long long)errors);
	return 0;
fail:
	fprintf(stderr, "pd_rr: cannot listen on %s:%u over %s: %s\n", inet_ntoa(o->addr.sin_addr),
		ntohs(o->addr.sin_port), x->name, strerror(errno));
	if (lfd >= 0)
		x->close(lfd);
	free(buf);
	return 1;
}

/* ---- client ---- */

static int rr_connect(const struct rr_opts *o)
{
	int fd = o->x->socket(AF_INET, SOCK_STREAM, 0);

	if (fd < 0)
		return -1;
	if (o->x->connect(fd, (const struct sockaddr *)&o->addr, sizeof(o->addr)) < 0) {
		int e = errno;

		o->x->close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

/* receive exactly n bytes; blocking, or spinning on MSG_DONTWAIT with --busy */
static int recv_all(const struct rr_opts *o, int fd, uint8_t *p, size_t n)
{
	unsigned int empty = 0;

	while (n) {
		ssize_t k = o->x->recv(fd, p, n, o->busy ? MSG_DONTWAIT : MSG_WAITALL);

		if (k > 0) {
			p += k;
			n -= (size_t)k;
		} else if (k == 0) {
			errno = ECONNRESET; /* the server went away mid-message */
			return -1;
		} else if (errno != EAGAIN && errno != EINTR) {
			return -1;
		} else if (o->busy && ++empty % RR_BUSY_YIELD_EVERY == 0) {
			/*
			 * Nothing yet: let the server or pdd's worker run if it
			 * shares this core (a spinner that never yields holds the
			 * core for a whole time slice).
			 */
			sched_yield();
		}
	}
	return 0;
}

static int rr_client(const struct rr_opts *o)
{
	struct wl_hist *ow = malloc(sizeof(*ow)), *rtt = malloc(sizeof(*rtt));
	uint8_t *buf = malloc(o->msg_size), *back = malloc(o->msg_size);
	int64_t start, end, t0;
	int fd = -1, rc = 1;

	if (!ow || !rtt || !buf || !back)
		goto out;
	wl_hist_init(ow);
	wl_hist_init(rtt);
	memset(buf, 0x42, o->msg_size);
	fd = rr_connect(o);
	if (fd < 0) {
		fprintf(stderr, "pd_rr: connect to %s:%u over %s: %s\n", inet_ntoa(o->addr.sin_addr),
			ntohs(o->addr.sin_port), o->x->name, strerror(errno));
		goto out;
	}
	start = wl_now_ns();
	end = start + (int64_t)(o->duration * 1e9);
	while ((t0 = wl_now_ns()) < end) {
		int64_t d;

		if (send_all(o->x, fd, buf, o->msg_size, o->busy) || recv_all(o, fd, back, o->msg_size)) {
			fprintf(stderr, "pd_rr: round trip %llu: %s\n", (unsigned long long)rtt->count + 1,
				strerror(errno));
			goto out;
		}
		d = wl_now_ns() - t0;
		wl_hist_add(rtt, (uint64_t)d);
		wl_hist_add(ow, (uint64_t)d / 2);
	}
	rc = 0;
	if (o->json)
		printf("{\"transport\": \"%s\", \"msg_bytes\": %llu, \"samples\": %llu, \"p50_us\": %.3f, "
		       "\"p90_us\": %.3f, \"p99_us\": %.3f, \"p999_us\": %.3f, \"max_us\": %.3f, "
		       "\"rtt_p50_us\": %.3f, \"rtt_p99_us\": %.3f, \"mean_us\": %.3f, \"one_way\": \"rtt/2\", "
		       "\"seconds\": %.3f}\n",
		       o->x->name, (unsigned long long)o->msg_size, (unsigned long long)ow->count,
		       wl_hist_pct(ow, 50) / 1e3, wl_hist_pct(ow, 90) / 1e3, wl_hist_pct(ow, 99) / 1e3,
		       wl_hist_pct(ow, 99.9) / 1e3, ow->max / 1e3, wl_hist_pct(rtt, 50) / 1e3,
		       wl_hist_pct(rtt, 99) / 1e3, ow->count ? ow->sum / ow->count / 1e3 : 0,
		       (double)(wl_now_ns() - start) / 1e9);
	else
		printf("pd_rr (%s, %llu-byte messages): %llu samples; one-way latency (RTT/2) us: "
		       "p50 %.3f  p90 %.3f  p99 %.3f  p99.9 %.3f  max %.3f; RTT p50 %.3f us\n",
		       o->x->name, (unsigned long long)o->msg_size, (unsigned long long)ow->count,
		       wl_hist_pct(ow, 50) / 1e3, wl_hist_pct(ow, 90) / 1e3, wl_hist_pct(ow, 99) / 1e3,
		       wl_hist_pct(ow, 99.9) / 1e3, ow->max / 1e3, wl_hist_pct(rtt, 50) / 1e3);
out:
	if (fd >= 0)
		o->x->close(fd);
	free(ow);
	free(rtt);
	free(buf);
	free(back);
	return rc;
}

static int rr_connect_rate(const struct rr_opts *o)
{
	int64_t start = wl_now_ns(), end = start + (int64_t)(o->duration * 1e9), now;
	uint64_t done = 0;
	uint8_t b = 1;
	double secs;

	while ((now = wl_now_ns()) < end) {
		int fd = rr_connect(o);

		if (fd < 0 || o->x->send(fd, &b, 1, 0) != 1 || recv_all(o, fd, &b, 1)) {
			fprintf(stderr, "pd_rr: connection %llu: %s\n", (unsigned long long)done + 1, strerror(errno));
			if (fd >= 0)
				o->x->close(fd);
			return 1;
		}
		o->x->close(fd);
		done++;
	}
	secs = (double)(now - start) / 1e9;
	if (o->json)
		printf("{\"transport\": \"%s\", \"connect_rate\": %.1f, \"conns\": %llu, \"seconds\": %.3f}\n",
		       o->x->name, done / secs, (unsigned long long)done, secs);
	else
		printf("pd_rr (%s): %.1f connections/s (%llu in %.3f s; connect, 1 byte each way, close)\n",
		       o->x->name, done / secs, (unsigned long long)done, secs);
	return 0;
}

int main(int argc, char **argv)
{
	struct rr_opts o;
	int rc;

	parse(argc, argv, &o);
	if (o.cpu >= 0) {
		cpu_set_t set;

		CPU_ZERO(&set);
		CPU_SET(o.cpu, &set);
		if (sched_setaffinity(0, sizeof(set), &set) < 0) {
			fprintf(stderr, "pd_rr: cannot pin to CPU %d: %s\n", o.cpu, strerror(errno));
			return 2;
		}
	}
	if (!o.kernel) {
		if (o.busy)
			setenv("PD_POLL", "busy", 0);
		if (pd_init() < 0) {
			perror("pd_rr: cannot reach PipeDevice (pd_init)");
			return 1;
		}
	}
	if (o.server)
		rc = rr_server(&o);
	else
		rc = o.connect_rate ? rr_connect_rate(&o) : rr_client(&o);
	if (!o.kernel)
		pd_fini();
	return rc;
}
