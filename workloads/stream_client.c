// SPDX-License-Identifier: MIT
/*
 * stream_client.c - pd_stream's sender: N non-blocking connections driven by
 * one thread with poll (pd_poll over PD), each sending msg-size pieces for
 * the duration, all of them paced together by one token bucket.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pd.h"
#include "stream.h"

#define SENDS_PER_ROUND 16 /* per connection per poll round: fairness vs. poll overhead */

struct cconn {
	int fd;
	struct stream_hdr hdr;
	uint32_t hdr_off;  /* header bytes sent */
	uint64_t off;      /* payload bytes sent: the pattern offset */
	uint64_t msg_left; /* bytes of the current message not sent yet */
	int dead;
};

static int open_conns(const struct stream_opts *o, struct cconn *cc)
{
	const struct wl_xport *x = o->x;
	uint32_t i;

	for (i = 0; i < o->conns; i++) {
		cc[i].fd = x->socket(AF_INET, SOCK_STREAM, 0);
		if (cc[i].fd < 0 || x->connect(cc[i].fd, (const struct sockaddr *)&o->addr, sizeof(o->addr)) < 0) {
			fprintf(stderr, "pd_stream: connection %u of %u to %s:%u over %s: %s\n", i + 1, o->conns,
				inet_ntoa(o->addr.sin_addr), ntohs(o->addr.sin_port), x->name, strerror(errno));
			if (cc[i].fd >= 0)
				x->close(cc[i].fd);
			cc[i].fd = -1;
			return -1;
		}
		x->set_nonblock(cc[i].fd);
		cc[i].hdr = (struct stream_hdr){ .magic = STREAM_MAGIC, .flags = o->verify ? STREAM_HDR_VERIFY : 0,
						 .conn = i, .nconns = o->conns };
		cc[i].msg_left = o->msg_size;
	}
	return 0;
}

/* one send of at most want payload bytes; > 0 sent, 0 would block, -1 error */
static ssize_t send_piece(const struct stream_opts *o, struct cconn *c, uint8_t *buf, uint64_t want)
{
	ssize_t n;

	if (c->hdr_off < sizeof(c->hdr)) {
		n = o->x->send(c->fd, (uint8_t *)&c->hdr + c->hdr_off, sizeof(c->hdr) - c->hdr_off, MSG_DONTWAIT);
		if (n > 0)
			c->hdr_off += (uint32_t)n;
		return n < 0 ? (errno == EAGAIN ? 0 : -1) : 0;
	}
	if (o->api == API_ZC) {
		void *p;

		n = pd_send_reserve(c->fd, &p, want);
		if (n < 0)
			return errno == EAGAIN ? 0 : -1;
		if (o->verify)
			wl_pattern_fill(c->hdr.conn, c->off, p, (uint64_t)n); /* straight into the ring */
		if (pd_send_commit(c->fd, (size_t)n) < 0)
			return -1;
	} else {
		uint8_t *src = buf + (o->msg_size - c->msg_left);

		if (o->verify) {
			src = buf;
			wl_pattern_fill(c->hdr.conn, c->off, src, want);
		}
		n = o->x->send(c->fd, src, want, MSG_DONTWAIT);
		if (n < 0)
			return errno == EAGAIN ? 0 : -1;
	}
	c->off += (uint64_t)n;
	c->msg_left -= (uint64_t)n;
	return n;
}

static void sleep_ns(int64_t ns)
{
	struct timespec ts = { .tv_sec = ns / 1000000000, .tv_nsec = ns % 1000000000 };

	nanosleep(&ts, NULL);
}

int stream_client(const struct stream_opts *o, struct stream_result *res)
{
	const struct wl_xport *x = o->x;
	struct cconn *cc = calloc(o->conns, sizeof(*cc));
	struct pollfd *pfd = calloc(o->conns, sizeof(*pfd));
	uint8_t *buf = malloc(o->msg_size);
	struct wl_tb tb;
	double burst = 0;
	int64_t start, end, now;
	uint32_t i, j, alive, first = 0; /* first: where a round starts, rotating for fairness */
	int rc = 0;

	res->role = "client";
	res->verify = o->verify ? 0 : -1;
	if (!cc || !pfd || !buf) {
		fprintf(stderr, "pd_stream: out of memory for %u connections of %llu-byte messages\n", o->conns,
			(unsigned long long)o->msg_size);
		rc = -1;
		goto out;
	}
	memset(buf, 0x5a, o->msg_size);
	for (i = 0; i < o->conns; i++)
		cc[i].fd = -1;
	if (open_conns(o, cc)) {
		rc = -1;
		goto close;
	}
	res->conns = o->conns;
	alive = o->conns;
	start = wl_now_ns();
	end = start + (int64_t)(o->duration * 1e9);
	if (o->rate) {
		/*
		 * depth: one message or 5 ms of the rate, whichever is more; a
		 * shallower bucket loses credit whenever this thread is
		 * descheduled for longer, and the run falls short of the rate
		 */
		burst = o->rate / 8 / 200;
		if (burst < (double)o->msg_size)
			burst = (double)o->msg_size;
		wl_tb_init(&tb, o->rate / 8, burst, start);
	}
	while ((now = wl_now_ns()) < end && alive) {
		int timeout = (int)((end - now) / 1000000) + 1;

		if (o->rate) {
			uint64_t need = o->msg_size < (uint64_t)burst ? o->msg_size : (uint64_t)burst;
			int64_t wait = wl_tb_wait_ns(&tb, now, need);

			if (wait > 0) {
				sleep_ns(wait < end - now ? wait : end - now);
				continue;
			}
		}
		for (i = 0; i < o->conns; i++)
			pfd[i] = (struct pollfd){ .fd = cc[i].dead ? -1 : cc[i].fd, .events = POLLOUT };
		if (x->poll(pfd, o->conns, timeout > 100 ? 100 : timeout) <= 0)
			continue;
		for (j = 0; j < o->conns; j++) {
			int k;

			i = (first + j) % o->conns;
			if (!pfd[i].revents)
				continue;
			if (wl_now_ns() >= end)
				break; /* a round over thousands of connections can outlast the duration */
			for (k = 0; k < SENDS_PER_ROUND; k++) {
				uint64_t want = cc[i].msg_left;
				ssize_t n;

				if (o->rate) {
					uint64_t avail = wl_tb_avail(&tb, wl_now_ns());

					if (avail == 0)
						break;
					if (want > avail)
						want = avail;
				}
				n = send_piece(o, &cc[i], buf, want);
				if (n < 0) {
					fprintf(stderr, "pd_stream: connection %u: send: %s\n", i, strerror(errno));
					res->errors++;
					cc[i].dead = 1;
					alive--;
					break;
				}
				if (n == 0 && cc[i].hdr_off == sizeof(cc[i].hdr))
					break; /* would block */
				res->bytes += (uint64_t)n;
				if (o->rate)
					wl_tb_take(&tb, (uint64_t)n);
				if (cc[i].msg_left == 0) {
					res->msgs++;
					cc[i].msg_left = o->msg_size;
				}
			}
		}
		first = (first + 1) % o->conns;
	}
	res->seconds = (double)(wl_now_ns() - start) / 1e9;
	if (res->errors)
		rc = 1;
close:
	for (i = 0; i < o->conns; i++) {
		if (cc[i].fd >= 0) {
			/* graceful: what is in the ring or socket buffer still reaches the server */
			x->shutdown(cc[i].fd, SHUT_WR);
			x->close(cc[i].fd);
		}
	}
out:
	free(cc);
	free(pfd);
	free(buf);
	return rc;
}
