// SPDX-License-Identifier: MIT
/*
 * stream_server.c - pd_stream's receiver: accepts any number of connections
 * and drains them with poll in one thread, checking the verify pattern of
 * each byte when asked.  With --api zc every received byte is read in the
 * ring before it is consumed (the pattern check, or else an XOR over the
 * bytes) unless --no-touch.  Runs until SIGINT/SIGTERM, or with --once until
 * the connections of one client (as many as its headers announce) all closed.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pd.h"
#include "stream.h"

#define RECV_BUF (256u << 10)
#define RECVS_PER_ROUND 16

struct sconn {
	int fd;
	struct stream_hdr hdr;
	uint32_t hdr_off;
	uint64_t off; /* payload bytes received: the pattern offset */
	int bad;      /* verify failed on this connection (reported once) */
};

static volatile sig_atomic_t g_stop;
/* where the zc touch's XOR goes, so the compiler cannot drop the reads */
static volatile uint64_t g_touch_sink;

static void on_signal(int sig)
{
	(void)sig;
	g_stop = 1;
}

static int open_listener(const struct stream_opts *o)
{
	const struct wl_xport *x = o->x;
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	int one = 1, fd = x->socket(AF_INET, SOCK_STREAM, 0);

	if (fd < 0) {
		fprintf(stderr, "pd_stream: socket over %s: %s\n", x->name, strerror(errno));
		return -1;
	}
	if (o->kernel)
		setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (x->bind(fd, (const struct sockaddr *)&o->addr, sizeof(o->addr)) < 0 || x->listen(fd, PDW_BACKLOG) < 0 ||
	    x->set_nonblock(fd) < 0) {
		fprintf(stderr, "pd_stream: cannot listen on %s:%u over %s: %s\n", inet_ntoa(o->addr.sin_addr),
			ntohs(o->addr.sin_port), x->name, strerror(errno));
		x->close(fd);
		return -1;
	}
	if (x->getsockname(fd, (struct sockaddr *)&sin, &len) < 0)
		sin = o->addr;
	fprintf(stderr, "pd_stream: listening on %s:%u (%s)\n", inet_ntoa(sin.sin_addr), ntohs(sin.sin_port),
		x->name);
	return fd;
}

/* check n received bytes; report the first bad offset of a connection once */
static void check(const struct stream_opts *o, struct sconn *c, const void *p, uint64_t n, struct stream_result *res)
{
	int64_t bad;

	if (o->verify && !c->bad) {
		bad = wl_pattern_check(c->hdr.conn, c->off, p, n);
		if (bad >= 0) {
			fprintf(stderr, "pd_stream: verify failed: connection %u, first bad byte at offset %lld\n",
				c->hdr.conn, (long long)bad);
			c->bad = 1;
			res->verify = 1;
		}
	}
	c->off += n;
	res->bytes += n;
	res->msgs++;
}

/* header bytes; 1 complete and valid, 0 more needed, -1 bad */
static int take_header(const struct stream_opts *o, struct sconn *c, struct stream_result *res)
{
	ssize_t n = o->x->recv(c->fd, (uint8_t *)&c->hdr + c->hdr_off, sizeof(c->hdr) - c->hdr_off, 0);

	if (n <= 0)
		return n == 0 || errno != EAGAIN ? -1 : 0;
	c->hdr_off += (uint32_t)n;
	if (c->hdr_off < sizeof(c->hdr))
		return 0;
	if (c->hdr.magic != STREAM_MAGIC) {
		fprintf(stderr, "pd_stream: a connection that is not a pd_stream client (bad header); closed\n");
		res->errors++;
		return -1;
	}
	if (o->verify && !(c->hdr.flags & STREAM_HDR_VERIFY)) {
		fprintf(stderr, "pd_stream: verify failed: connection %u does not carry the pattern "
			"(run the client with --verify)\n", c->hdr.conn);
		res->verify = 1;
		c->bad = 1;
	}
	return 1;
}

/* drain one readable connection; 1 when it ended (EOF or error) */
static int serve(const struct stream_opts *o, struct sconn *c, uint8_t *buf, struct stream_result *res)
{
	int k;

	for (k = 0; k < RECVS_PER_ROUND; k++) {
		ssize_t n;

		if (c->hdr_off < sizeof(c->hdr)) {
			int h = take_header(o, c, res);

			if (h <= 0)
				return h < 0;
			continue;
		}
		if (o->api == API_ZC) {
			const void *p;

			n = pd_recv_peek(c->fd, &p);
			if (n > 0) {
				/* in the ring, no copy; read every byte as a consumer would */
				if (!o->verify && !o->no_touch)
					g_touch_sink ^= wl_touch_xor(p, (uint64_t)n);
				check(o, c, p, (uint64_t)n, res);
				pd_recv_consume(c->fd, (size_t)n);
			}
		} else {
			n = o->x->recv(c->fd, buf, RECV_BUF, 0);
			if (n > 0)
				check(o, c, buf, (uint64_t)n, res);
		}
		if (n == 0)
			return 1;
		if (n < 0) {
			if (errno == EAGAIN)
				return 0;
			fprintf(stderr, "pd_stream: connection %u: recv: %s\n", c->hdr.conn, strerror(errno));
			res->errors++;
			return 1;
		}
	}
	return 0;
}

int stream_server(const struct stream_opts *o, struct stream_result *res)
{
	const struct wl_xport *x = o->x;
	struct sigaction sa = { .sa_handler = on_signal };
	struct sconn *cs = NULL;
	struct pollfd *pfd = NULL;
	uint8_t *buf = malloc(RECV_BUF);
	size_t n = 0, cap = 0, i, expect = 0;
	int64_t first = 0, last = 0;
	uint64_t before = 0;
	int lfd, rc = 0, idle = 1, closed_any = 0;

	res->role = "server";
	res->verify = o->verify ? 0 : -1;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	lfd = buf ? open_listener(o) : -1;
	if (lfd < 0) {
		free(buf);
		return -1;
	}
	while (!g_stop) {
		if (cap < n + 1) {
			cap = cap ? cap * 2 : 64;
			cs = realloc(cs, cap * sizeof(*cs));
			pfd = realloc(pfd, (cap + 1) * sizeof(*pfd));
			if (!cs || !pfd) {
				fprintf(stderr, "pd_stream: out of memory for %zu connections\n", cap);
				rc = -1;
				break;
			}
		}
		/*
		 * A pass over every connection (non-blocking receives), and only
		 * after a pass that found nothing a poll that sleeps: a poll
		 * per pass scans every connection for readiness first, which
		 * at thousands of connections costs more than the data.
		 */
		pfd[0] = (struct pollfd){ .fd = lfd, .events = POLLIN };
		for (i = 0; i < n; i++)
			pfd[i + 1] = (struct pollfd){ .fd = cs[i].fd, .events = POLLIN };
		if (idle && x->poll(pfd, n + 1, 100) <= 0)
			continue;
		before = res->bytes + res->conns;
		for (i = n; i-- > 0;) {
			if ((idle && !pfd[i + 1].revents) || !serve(o, &cs[i], buf, res))
				continue;
			x->close(cs[i].fd);
			closed_any = 1;
			last = wl_now_ns();
			if (cs[i].hdr_off == sizeof(cs[i].hdr) && cs[i].hdr.nconns > expect)
				expect = cs[i].hdr.nconns;
			cs[i] = cs[--n]; /* pfd is rebuilt next round */
		}
		if (!idle || pfd[0].revents) {
			while (n < cap) {
				int fd = x->accept4(lfd, NULL, NULL, SOCK_NONBLOCK);

				if (fd < 0)
					break;
				if (!first)
					first = wl_now_ns();
				memset(&cs[n], 0, sizeof(cs[n]));
				cs[n++].fd = fd;
				res->conns++;
			}
		}
		if (o->once && res->conns && !n && res->conns >= expect)
			break;
		/* a pass that received nothing and accepted nobody: sleep in poll next */
		idle = res->bytes + res->conns == before && !closed_any;
		closed_any = 0;
	}
	for (i = 0; i < n; i++)
		x->close(cs[i].fd);
	x->close(lfd);
	if (!last)
		last = wl_now_ns();
	res->seconds = first ? (double)(last - first) / 1e9 : 0;
	if (!rc && (res->verify == 1 || res->errors))
		rc = 1;
	free(cs);
	free(pfd);
	free(buf);
	return rc;
}
