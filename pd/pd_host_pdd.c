// SPDX-License-Identifier: MIT
/*
 * pd_host_pdd.c - the pdd host: a SOCK_SEQPACKET connection to pdd's control
 * socket, the HELLO handshake that hands over the notify memfd, the arena
 * memfd, the app eventfd and one eventfd per worker (SCM_RIGHTS, in that
 * order), and request/response calls matched by seq under one mutex.
 */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "pd_atomic.h"
#include "pd_internal.h"

#define PD_HELLO_MAX_FDS (3 + PD_MAX_WORKERS)
/*
 * How long a call polls for its answer (non-blocking recv, yielding between
 * tries) before it sleeps in recvmsg.  pdd answers most requests in a few us;
 * a sleeping caller pays a wake-up (~10-20 us on a VM) on top.  Yielding
 * keeps the core free for pdd when both share it.
 */
#define PD_CTL_SPIN_NS 50000

static int pdd_send_req(int fd, const struct pd_req *req)
{
	ssize_t n;

	do
		n = send(fd, req, sizeof(*req), MSG_NOSIGNAL);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return errno == EPIPE ? -ECONNRESET : -errno;
	return n == sizeof(*req) ? 0 : -EPROTO;
}

/*
 * Receive the response with seq; drop anything else (a response to a
 * request whose caller gave up cannot happen today, but matching by seq
 * keeps a stale message from being taken for the answer).  fds: where to
 * put SCM_RIGHTS descriptors (HELLO only), *nfds in: room, out: received.
 */
static int pdd_recv_resp(int fd, uint64_t seq, struct pd_resp *resp, int *fds, int *nfds,
			 int64_t spin_ns)
{
	int64_t spin_until = spin_ns > 0 ? pd_now_ns() + spin_ns : 0;
	union {
		struct pd_resp r;
		uint8_t raw[4096]; /* room for records that follow a pdctl response */
	} buf;
	char cbuf[CMSG_SPACE(sizeof(int) * PD_HELLO_MAX_FDS)];

	for (;;) {
		struct iovec iov = { .iov_base = &buf, .iov_len = sizeof(buf) };
		struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1,
				     .msg_control = cbuf, .msg_controllen = sizeof(cbuf) };
		struct cmsghdr *cm;
		int got = 0;
		int spin = spin_until && pd_now_ns() < spin_until;
		ssize_t n = recvmsg(fd, &mh, MSG_CMSG_CLOEXEC | (spin ? MSG_DONTWAIT : 0));

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && spin && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			sched_yield();
			continue;
		}
		if (n < 0)
			return -errno;
		if (n == 0)
			return -ECONNRESET; /* pdd closed the control socket */
		for (cm = CMSG_FIRSTHDR(&mh); cm; cm = CMSG_NXTHDR(&mh, cm)) {
			int k, cnt;

			if (cm->cmsg_level != SOL_SOCKET || cm->cmsg_type != SCM_RIGHTS)
				continue;
			cnt = (int)((cm->cmsg_len - CMSG_LEN(0)) / sizeof(int));
			for (k = 0; k < cnt; k++) {
				int f;

				memcpy(&f, CMSG_DATA(cm) + k * sizeof(int), sizeof(int));
				if (fds && nfds && got < *nfds)
					fds[got++] = f;
				else
					close(f); /* never leak a descriptor we did not ask for */
			}
		}
		if ((size_t)n < sizeof(struct pd_resp) || buf.r.seq != seq) {
			while (got > 0)
				close(fds[--got]);
			continue;
		}
		if (nfds)
			*nfds = got;
		memcpy(resp, &buf.r, sizeof(*resp));
		return 0;
	}
}

/* ---- the control slot (pd_uapi.h): requests through shared memory ---- */

/*
 * How long to spin for an answer before waiting like any other wait (which,
 * with PD_POLL=busy, yields the core every few rounds).  A worker that polls
 * answers within a few microseconds; yielding sooner would hand the core to
 * a process sharing it, and take it back, for nothing: two context switches
 * for every request.
 */
#define PD_SLOT_SPIN_NS 10000

static int slot_done(struct pd_ctx *c, void *arg)
{
	/* pairs with the driver's release of ctl_done after it wrote ctl_resp */
	return pd_load_acquire64(&c->hdr->ctl_done) == *(const uint64_t *)arg;
}

/* until the driver has served seq (or -ECONNRESET: pdd died); under ctl_lock */
static int slot_wait(struct pd_ctx *c, uint64_t seq)
{
	int64_t until = 0;

	for (unsigned int i = 0; !slot_done(c, &seq); i++) {
		pd_cpu_relax();
		if (i % 32)
			continue;
		if (!until)
			until = pd_now_ns() + PD_SLOT_SPIN_NS;
		else if (pd_now_ns() > until)
			return pd_wait(c, slot_done, &seq, -1);
	}
	return 0;
}

/* post req in the slot (after the previous one was served); under ctl_lock */
static int slot_post(struct pd_ctx *c, struct pd_req *req)
{
	struct pd_notify_hdr *h = c->hdr;
	uint64_t one = 1;
	int r = 0;

	if (c->slot_posted && (r = slot_wait(c, c->slot_posted)))
		return r;
	req->seq = ++c->seq;
	memcpy(&h->ctl_req, req, sizeof(*req));
	pd_store_release64(&h->ctl_post, req->seq);
	c->slot_posted = req->seq;
	/* like pd_kick: the post before the load of "sleeping" (the worker mirrors it) */
	pd_fence_full();
	if (pd_load_acquire32(&h->worker[0].sleeping) && write(c->worker_efd[0], &one, sizeof(one)) < 0) {
		/* EAGAIN: the counter is saturated, worker 0 wakes anyway */
	}
	return 0;
}

static int slot_call(struct pd_ctx *c, struct pd_req *req, struct pd_resp *resp)
{
	int r = slot_post(c, req);

	if (!r)
		r = slot_wait(c, req->seq);
	if (!r) {
		memcpy(resp, (const void *)&c->hdr->ctl_resp, sizeof(*resp));
		if (resp->seq != req->seq)
			r = -EPROTO;
	}
	return r;
}

static int pdd_call(struct pd_ctx *c, struct pd_req *req, struct pd_resp *resp)
{
	int r;

	pthread_mutex_lock(&c->ctl_lock);
	if (c->ctl_slot) {
		r = slot_call(c, req, resp);
		pthread_mutex_unlock(&c->ctl_lock);
		if (r == -ECONNRESET)
			__atomic_store_n(&c->dead, 1, __ATOMIC_RELEASE);
		return r;
	}
	req->seq = ++c->seq;
	r = pdd_send_req(c->ctl_fd, req);
	if (!r)
		r = pdd_recv_resp(c->ctl_fd, req->seq, resp, NULL, NULL, PD_CTL_SPIN_NS);
	pthread_mutex_unlock(&c->ctl_lock);
	if (r == -ECONNRESET || r == -EPIPE)
		__atomic_store_n(&c->dead, 1, __ATOMIC_RELEASE);
	return r;
}

/*
 * One-way: pdd sends no answer to a NOREPLY request.  Under ctl_lock like a
 * call, so it takes its place in the seq order; pdd serves the messages of
 * one control socket in order, so the request is done before any later
 * call's answer arrives.
 */
static int pdd_send_oneway(struct pd_ctx *c, struct pd_req *req)
{
	int r;

	req->op |= PD_REQ_F_NOREPLY;
	pthread_mutex_lock(&c->ctl_lock);
	if (c->ctl_slot) {
		r = slot_post(c, req); /* served before the next post, or before pdd resets us */
	} else {
		req->seq = ++c->seq;
		r = pdd_send_req(c->ctl_fd, req);
	}
	pthread_mutex_unlock(&c->ctl_lock);
	if (r == -ECONNRESET || r == -EPIPE)
		__atomic_store_n(&c->dead, 1, __ATOMIC_RELEASE);
	return r;
}

static void pdd_close(struct pd_ctx *c)
{
	uint32_t w;

	/* a posted one-way request (a CLOSE) is served before we hang up anyway: pdd sees to that */
	c->ctl_slot = 0;
	c->slot_posted = 0;
	if (c->hdr)
		munmap(c->hdr, c->notify_size);
	if (c->arena)
		munmap(c->arena, c->arena_size);
	c->hdr = NULL;
	c->arena = NULL;
	if (c->app_efd >= 0)
		close(c->app_efd);
	c->app_efd = -1;
	for (w = 0; w < PD_MAX_WORKERS; w++) {
		if (c->worker_efd[w] >= 0)
			close(c->worker_efd[w]);
		c->worker_efd[w] = -1;
	}
	if (c->ctl_fd >= 0)
		close(c->ctl_fd);
	c->ctl_fd = -1;
}

static int pdd_open(struct pd_ctx *c)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	struct pd_req req = { .op = PD_REQ_HELLO };
	struct pd_resp resp;
	int fds[PD_HELLO_MAX_FDS];
	int nfds = PD_HELLO_MAX_FDS, r, k;
	const struct pd_hello_info *h = &resp.u.hello;
	void *p;

	c->ctl_fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	if (c->ctl_fd < 0)
		return -errno;
	strcpy(sa.sun_path, c->env.socket);
	if (connect(c->ctl_fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		r = -errno;
		fprintf(stderr, "libpd: cannot connect to pdd at %s: %s (is pdd running? set PD_SOCKET)\n",
			c->env.socket, strerror(-r));
		goto close_ctl;
	}
	req.u.hello.version = PD_UAPI_VERSION;
	req.seq = ++c->seq;
	r = pdd_send_req(c->ctl_fd, &req);
	if (!r)
		r = pdd_recv_resp(c->ctl_fd, req.seq, &resp, fds, &nfds, 0);
	if (r)
		goto close_ctl;
	if (resp.status) {
		r = resp.status;
		fprintf(stderr, "libpd: pdd refused HELLO: %s\n", strerror(-r));
		goto close_fds;
	}
	if (h->version != PD_UAPI_VERSION || h->workers < 1 || h->workers > PD_MAX_WORKERS ||
	    h->nfds != 3 + h->workers || (uint32_t)nfds != h->nfds || h->max_sockets == 0 ||
	    h->notify_size < pd_notify_size(h->max_sockets)) {
		fprintf(stderr, "libpd: pdd's HELLO answer does not match this library (version %u, %u workers, %d fds)\n",
			h->version, h->workers, nfds);
		r = -EPROTO;
		goto close_fds;
	}
	c->workers = h->workers;
	c->max_sockets = h->max_sockets;
	c->notify_size = h->notify_size;
	c->arena_size = h->arena_size;
	p = mmap(NULL, c->notify_size, PROT_READ | PROT_WRITE, MAP_SHARED, fds[0], 0);
	if (p == MAP_FAILED) {
		r = -errno;
		goto close_fds;
	}
	c->hdr = p;
	if (c->arena_size) {
		/*
		 * NORESERVE: a hugetlb arena is backed only where rings live
		 * (pdd's budget), so reserving all of it here would fail.
		 */
		p = mmap(NULL, c->arena_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_NORESERVE, fds[1], 0);
		if (p == MAP_FAILED) {
			r = -errno;
			goto unmap_notify;
		}
		c->arena = p;
	}
	if (c->hdr->magic != PD_NOTIFY_MAGIC) {
		r = -EPROTO;
		goto unmap_arena;
	}
	close(fds[0]);
	close(fds[1]);
	c->app_efd = fds[2];
	/* several threads may poll it and then read it: the read must never block */
	fcntl(c->app_efd, F_SETFL, fcntl(c->app_efd, F_GETFL) | O_NONBLOCK);
	for (k = 0; k < (int)c->workers; k++)
		c->worker_efd[k] = fds[3 + k];
	c->ctl_slot = c->hdr->ctl_slot == 1 && !c->env.ctl_socket;
	c->slot_posted = 0;
	return 0;

unmap_arena:
	if (c->arena)
		munmap(c->arena, c->arena_size);
	c->arena = NULL;
unmap_notify:
	munmap(c->hdr, c->notify_size);
	c->hdr = NULL;
close_fds:
	for (k = 0; k < nfds; k++)
		close(fds[k]);
close_ctl:
	close(c->ctl_fd);
	c->ctl_fd = -1;
	return r;
}

const struct pd_host_ops pd_host_pdd = {
	.name = "pdd",
	.open = pdd_open,
	.close = pdd_close,
	.call = pdd_call,
	.send_oneway = pdd_send_oneway,
};
