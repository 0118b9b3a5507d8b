// SPDX-License-Identifier: MIT
/*
 * stream_client.c - pd_stream's sender: N non-blocking connections driven by
 * one thread with poll (pd_poll over PD), each sending msg-size messages for
 * the duration, all of them paced together by one pacer (wl_pace.c) that
 * releases whole messages: a connection starts its next message only once
 * the pacer grants it; the message's bytes then go in as many pieces as the
 * ring or socket takes.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pd.h"
#include "stream.h"

#define SENDS_PER_ROUND 16 /* per connection per poll round: fairness vs. poll overhead */

struct cconn {
	int fd;
	struct stream_hdr hdr;
	uint32_t hdr_off;  /* header bytes sent */
	uint64_t off;      /* payload bytes sent: the pattern offset */
	uint64_t msg_left; /* bytes of the current message not sent yet; 0: none granted */
	uint64_t msgs;     /* messages started: the zc fill byte */
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
	}
	return 0;
}

/* the rest of the header; 1 complete, 0 would block, -1 error */
static int send_hdr(const struct stream_opts *o, struct cconn *c)
{
	ssize_t n = o->x->send(c->fd, (uint8_t *)&c->hdr + c->hdr_off, sizeof(c->hdr) - c->hdr_off, MSG_DONTWAIT);

	if (n < 0)
		return errno == EAGAIN ? 0 : -1;
	c->hdr_off += (uint32_t)n;
	return c->hdr_off == sizeof(c->hdr);
}

/*
 * one send of the current message's next bytes; > 0 sent, 0 would block,
 * -1 error.  (Deferring the kicks of a paced burst with MSG_MORE was tried
 * and did not help on the 2-vCPU VM of docs/performance.md.)
 */
static ssize_t send_piece(const struct stream_opts *o, struct cconn *c, uint8_t *buf)
{
	uint64_t want = c->msg_left;
	ssize_t n;

	if (o->api == API_ZC) {
		void *p;

		n = pd_send_reserve(c->fd, &p, want);
		if (n < 0)
			return errno == EAGAIN ? 0 : -1;
		/* the payload is written straight into the ring, as a producer would */
		if (o->verify)
			wl_pattern_fill(c->hdr.conn, c->off, p, (uint64_t)n);
		else if (!o->no_touch)
			memset(p, (int)(uint8_t)c->msgs, (size_t)n);
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

int stream_client(const struct stream_opts *o, struct stream_result *res)
{
	const struct wl_xport *x = o->x;
	struct cconn *cc = calloc(o->conns, sizeof(*cc));
	struct pollfd *pfd = calloc(o->conns, sizeof(*pfd));
	uint8_t *buf = malloc(o->msg_size);
	struct wl_pace pace;
	int64_t start, end, now;
	uint32_t i, j, alive, inflight = 0, first = 0; /* first: where a round starts, rotating for fairness */
	uint64_t before = 0;
	int rc = 0, idle = 1;

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
	if (o->rate)
		wl_pace_setup(); /* timer slack 1 ns: the sleeps of wl_pace_wait_until end on time */
	start = wl_now_ns();
	end = start + (int64_t)(o->duration * 1e9);
	if (o->rate)
		wl_pace_init(&pace, o->rate / 8, o->msg_size, o->pacing_ns, start);
	while ((now = wl_now_ns()) < end && alive) {
		int64_t wait = o->rate ? wl_pace_wait(&pace, now) : 0;
		int timeout = (int)((end - now) / 1000000) + 1, r;

		if (wait > 0 && !inflight) {
			/* nothing to do until the pacer grants the next message */
			wl_pace_wait_until(wait < end - now ? now + wait : end);
			continue;
		}
		/*
		 * While no message may start, poll only the connections with one
		 * under way (an idle one would be writable at once and spin the
		 * loop), and, if some connection could start one, no longer than
		 * until the pacer grants it.
		 */
		for (i = 0; i < o->conns; i++) {
			int fd = cc[i].dead || (wait > 0 && !cc[i].msg_left) ? -1 : cc[i].fd;

			pfd[i] = (struct pollfd){ .fd = fd, .events = POLLOUT };
		}
		if (timeout > 100)
			timeout = 100;
		if (wait > 0 && inflight < alive && wl_pace_poll_ms(wait) < timeout)
			timeout = wl_pace_poll_ms(wait);
		/*
		 * After a pass that sent something, the next pass tries every
		 * connection (non-blocking sends); only a pass that sent nothing
		 * leads to a poll that sleeps: a poll per pass scans every
		 * connection first, which at thousands of them costs more than
		 * the data.
		 */
		if (!idle) {
			for (i = 0; i < o->conns; i++)
				pfd[i].revents = pfd[i].fd >= 0 ? POLLOUT : 0;
		} else {
			r = x->poll(pfd, o->conns, timeout);
			if (r <= 0) {
				if (r == 0 && timeout == 0)
					sched_yield(); /* spinning on poll until a grant is due */
				continue;
			}
		}
		before = res->bytes;
		for (j = 0; j < o->conns; j++) {
			struct cconn *c;
			int k;

			i = (first + j) % o->conns;
			c = &cc[i];
			if (!pfd[i].revents || c->dead)
				continue;
			if (wl_now_ns() >= end)
				break; /* a round over thousands of connections can outlast the duration */
			for (k = 0; k < SENDS_PER_ROUND; k++) {
				ssize_t n;
				int h = 1;

				if (c->hdr_off < sizeof(c->hdr) && (h = send_hdr(o, c)) <= 0) /* not paced, not payload */
					n = h;
				else if (!c->msg_left && o->rate && !wl_pace_take(&pace, wl_now_ns()))
					break; /* the pacer has no whole message for now */
				else {
					if (!c->msg_left) {
						c->msg_left = o->msg_size;
						c->msgs++;
						inflight++;
					}
					n = send_piece(o, c, buf);
				}
				if (n < 0) {
					fprintf(stderr, "pd_stream: connection %u: send: %s\n", i, strerror(errno));
					res->errors++;
					c->dead = 1;
					alive--;
					if (c->msg_left)
						inflight--;
					break;
				}
				if (n == 0)
					break; /* would block */
				res->bytes += (uint64_t)n;
				if (!c->msg_left) {
					res->msgs++;
					inflight--;
				}
			}
		}
		first = (first + 1) % o->conns;
		idle = res->bytes == before;
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
