// SPDX-License-Identifier: MIT
/*
 * pd_raw_lib.c - pd_raw's raw protocol client: control connection, requests,
 * and the ring data path with kicks (see pd_raw.h).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <poll.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "pd_raw.h"

const char *sock_path = PD_DEFAULT_SOCKET;
int failures;

void check(bool ok, const char *fmt, ...)
{
	va_list ap;

	printf("%s: ", ok ? "ok" : "FAIL");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	fflush(stdout);
	if (!ok)
		failures++;
}

uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

void nap(void)
{
	struct timespec ts = { 0, 100000 };

	nanosleep(&ts, NULL);
}

/* ---- control connection ---- */

int raw_call(struct raw *r, struct pd_req *req, struct pd_resp *resp)
{
	char cbuf[CMSG_SPACE(sizeof(int) * MAX_FDS)];
	struct iovec iov = { .iov_base = resp, .iov_len = sizeof(*resp) };
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1 };
	ssize_t n;

	req->seq = ++r->seq;
	if (send(r->fd, req, sizeof(*req), MSG_NOSIGNAL) != sizeof(*req))
		return -errno;
	mh.msg_control = cbuf;
	mh.msg_controllen = sizeof(cbuf);
	memset(resp, 0, sizeof(*resp));
	/* records (STATS/SOCKETS) are not used here: MSG_TRUNC drops them */
	n = recvmsg(r->fd, &mh, MSG_CMSG_CLOEXEC);
	if (n < 0)
		return -errno;
	if (n == 0)
		return -ECONNRESET;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&mh); c; c = CMSG_NXTHDR(&mh, c)) {
		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		r->nfds = (unsigned int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
		if (r->nfds > MAX_FDS)
			r->nfds = MAX_FDS;
		memcpy(r->fds, CMSG_DATA(c), sizeof(int) * r->nfds);
	}
	if ((size_t)n < sizeof(*resp) || resp->seq != req->seq)
		return -EPROTO;
	return resp->status;
}

int raw_open(struct raw *r)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	struct pd_req req = { .op = PD_REQ_HELLO };
	struct pd_resp resp;
	int ret;

	memset(r, 0, sizeof(*r));
	snprintf(sa.sun_path, sizeof(sa.sun_path), "%s", sock_path);
	r->fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	if (r->fd < 0 || connect(r->fd, (struct sockaddr *)&sa, sizeof(sa)))
		return -errno;
	req.u.hello.version = PD_UAPI_VERSION;
	ret = raw_call(r, &req, &resp);
	if (ret)
		return ret;
	r->hello = resp.u.hello;
	if (r->nfds != r->hello.nfds || r->nfds < 3 + r->hello.workers)
		return -EPROTO;
	r->notify = mmap(NULL, r->hello.notify_size, PROT_READ | PROT_WRITE, MAP_SHARED, r->fds[0], 0);
	if (r->notify == MAP_FAILED)
		return -errno;
	/* MAP_NORESERVE: hugetlb pages are backed by pdd only while rings use them */
	r->arena = mmap(NULL, r->hello.arena_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_NORESERVE,
			r->fds[1], 0);
	if (r->arena == MAP_FAILED)
		return -errno;
	return 0;
}

void raw_close(struct raw *r)
{
	if (r->arena && r->arena != MAP_FAILED)
		munmap(r->arena, r->hello.arena_size);
	if (r->notify && r->notify != MAP_FAILED)
		munmap(r->notify, r->hello.notify_size);
	for (unsigned int i = 0; i < r->nfds; i++)
		close(r->fds[i]);
	if (r->fd >= 0)
		close(r->fd);
	memset(r, 0, sizeof(*r));
	r->fd = -1;
}

struct pd_sock_shm *shm_of(struct raw *r, uint32_t sd)
{
	return (struct pd_sock_shm *)(r->notify + pd_notify_sock_off(r->hello.max_sockets)) + sd;
}

int op_sd(struct raw *r, uint32_t op, uint32_t sd, struct pd_resp *resp)
{
	struct pd_req req = { .op = op, .sd = sd };

	return raw_call(r, &req, resp);
}

int op_data(struct raw *r, uint32_t op, uint32_t sd, uint64_t off, uint64_t len)
{
	struct pd_req req = { .op = op, .sd = sd };
	struct pd_resp resp;

	req.u.data.off = off;
	req.u.data.len = len;
	return raw_call(r, &req, &resp);
}

int op_inet(struct raw *r, uint32_t op, uint32_t sd, uint16_t port, struct pd_resp *resp)
{
	struct pd_req req = { .op = op, .sd = sd };

	req.u.inet.addr = htonl(INADDR_LOOPBACK);
	req.u.inet.port = port;
	return raw_call(r, &req, resp);
}

int op_getopt(struct raw *r, uint32_t sd, uint32_t opt, uint64_t *val)
{
	struct pd_req req = { .op = PD_REQ_GETOPT, .sd = sd };
	struct pd_resp resp;
	int ret;

	req.u.opt.opt = opt;
	ret = raw_call(r, &req, &resp);
	*val = resp.val;
	return ret;
}

int new_socket(struct raw *r, uint32_t ring)
{
	struct pd_req req = { .op = PD_REQ_SOCKET };
	struct pd_resp resp;
	int ret = raw_call(r, &req, &resp);

	if (ret)
		return ret;
	req = (struct pd_req){ .op = PD_REQ_SETOPT, .sd = resp.sd };
	req.u.opt.opt = PD_OPT_RING_SIZE;
	req.u.opt.val = ring;
	ret = raw_call(r, &req, &resp);
	return ret ? ret : (int)req.sd;
}

/* A listener on 127.0.0.1 (ephemeral port); returns its sd, *port in network order. */
int new_listener(struct raw *r, uint16_t *port)
{
	struct pd_resp resp;
	struct pd_req req;
	int sd = new_socket(r, RING), ret;

	if (sd < 0)
		return sd;
	ret = op_inet(r, PD_REQ_BIND, (uint32_t)sd, 0, &resp);
	if (ret)
		return ret;
	*port = resp.u.info.local_port;
	req = (struct pd_req){ .op = PD_REQ_LISTEN, .sd = (uint32_t)sd };
	req.u.listen.backlog = 16;
	ret = raw_call(r, &req, &resp);
	return ret ? ret : sd;
}

int accept_wait(struct raw *r, uint32_t lsd)
{
	uint64_t end = now_ns() + WAIT_NS;
	struct pd_resp resp;
	int ret;

	do {
		ret = op_sd(r, PD_REQ_ACCEPT, lsd, &resp);
		if (ret != -EAGAIN)
			return ret ? ret : (int)resp.sd;
		nap();
	} while (now_ns() < end);
	return -ETIMEDOUT;
}

int ep_init(struct ep *e, struct raw *r, uint32_t sd)
{
	struct pd_resp resp;
	int ret = op_sd(r, PD_REQ_INFO, sd, &resp);

	memset(e, 0, sizeof(*e));
	e->r = r;
	e->sd = sd;
	e->info = resp.u.info;
	return ret;
}

/* A connection from process cli to process srv; both ends ready to move data. */
int make_pair(struct raw *srv, struct raw *cli, struct ep *s, struct ep *c)
{
	struct pd_resp resp;
	uint16_t port;
	int lsd, csd, ssd, ret;

	lsd = new_listener(srv, &port);
	if (lsd < 0)
		return lsd;
	csd = new_socket(cli, RING);
	if (csd < 0)
		return csd;
	ret = op_inet(cli, PD_REQ_CONNECT, (uint32_t)csd, port, &resp);
	if (ret)
		return ret;
	ssd = accept_wait(srv, (uint32_t)lsd);
	if (ssd < 0)
		return ssd;
	op_sd(srv, PD_REQ_CLOSE, (uint32_t)lsd, &resp);
	ret = ep_init(s, srv, (uint32_t)ssd);
	return ret ? ret : ep_init(c, cli, (uint32_t)csd);
}

/* ---- the data path, as libpd does it ---- */

/* Tell worker w that socket sd has news; wake it if it sleeps. */
void kick(struct raw *r, uint32_t sd, uint32_t w)
{
	uint8_t *area = r->notify + PD_NOTIFY_KICK_OFF + w * pd_kick_bytes(r->hello.max_sockets);
	uint64_t *summary = (uint64_t *)area, *bits = summary + 1;
	struct pd_notify_hdr *hdr = (struct pd_notify_hdr *)r->notify;
	uint64_t one = 1;

	/* bit first, then the summary: the worker swaps the summary, then the words it names */
	__atomic_fetch_or(&bits[sd / 64], 1ull << (sd % 64), __ATOMIC_RELEASE);
	__atomic_fetch_or(summary, 1ull << (sd / 64), __ATOMIC_RELEASE);
	/* full fence: pairs with the worker's fence between setting sleeping and rechecking */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	if (__atomic_load_n(&hdr->worker[w].sleeping, __ATOMIC_RELAXED) &&
	    write(r->fds[3 + w], &one, sizeof(one)) < 0)
		perror("pd_raw: waking a worker");
}

uint8_t pattern(uint64_t i)
{
	return (uint8_t)(i * 131 + (i >> 11));
}

/* Produce up to len pattern bytes (stream offset e->sprod on); returns how many. */
uint64_t ep_send(struct ep *e, uint64_t len)
{
	struct pd_sock_shm *sh = shm_of(e->r, e->sd);
	uint64_t size = e->info.send_size, mask = size - 1;
	/* acquire pairs with the driver's release of send.cons after the COPY completed */
	uint64_t cons = __atomic_load_n(&sh->send.cons, __ATOMIC_ACQUIRE);
	uint64_t n = size - (e->sprod - cons);

	if (n > len)
		n = len;
	for (uint64_t i = 0; i < n; i++)
		e->r->arena[e->info.send_off + ((e->sprod + i) & mask)] = pattern(e->sprod + i);
	if (!n)
		return 0;
	e->sprod += n;
	/* release: the bytes are written before the driver sees the new prod */
	__atomic_store_n(&sh->send.prod, e->sprod, __ATOMIC_RELEASE);
	kick(e->r, e->sd, e->info.worker);
	return n;
}

/*
 * Produce up to len bytes and announce them with a synchronous SENT instead
 * of a kick, so the driver's count is known exactly when it returns.  The
 * shared send.prod is brought up to date only by ep_sync_shm (no kick is
 * pending for the socket, so the driver does not read it meanwhile).
 */
uint64_t ep_send_sync(struct ep *e, uint64_t len)
{
	struct pd_sock_shm *sh = shm_of(e->r, e->sd);
	uint64_t size = e->info.send_size, mask = size - 1;
	uint64_t cons = __atomic_load_n(&sh->send.cons, __ATOMIC_ACQUIRE);
	uint64_t n = size - (e->sprod - cons);

	if (n > len)
		n = len;
	if (!n)
		return 0;
	for (uint64_t i = 0; i < n; i++)
		e->r->arena[e->info.send_off + ((e->sprod + i) & mask)] = pattern(e->sprod + i);
	if (op_data(e->r, PD_REQ_SENT, e->sd, e->sprod & mask, n))
		return 0;
	e->sprod += n;
	return n;
}

void ep_sync_shm(struct ep *e)
{
	__atomic_store_n(&shm_of(e->r, e->sd)->send.prod, e->sprod, __ATOMIC_RELEASE);
}

/* Consume what arrived, checking the pattern.  Returns bytes, or -EILSEQ on a mismatch. */
int64_t ep_recv(struct ep *e)
{
	struct pd_sock_shm *sh = shm_of(e->r, e->sd);
	uint64_t mask = e->info.recv_size - 1;
	/* acquire pairs with the driver's release of recv.prod after the COPY completed */
	uint64_t prod = __atomic_load_n(&sh->recv.prod, __ATOMIC_ACQUIRE);
	uint64_t n = prod - e->rcons;

	for (uint64_t i = 0; i < n; i++)
		if (e->r->arena[e->info.recv_off + ((e->rcons + i) & mask)] != pattern(e->rcons + i))
			return -EILSEQ;
	if (!n)
		return 0;
	e->rcons = prod;
	__atomic_store_n(&sh->recv.cons, e->rcons, __ATOMIC_RELEASE);
	kick(e->r, e->sd, e->info.worker);
	return (int64_t)n;
}

/* Move total bytes tx -> rx and check every one.  0, -EILSEQ or -ETIMEDOUT. */
int transfer(struct ep *tx, struct ep *rx, uint64_t total)
{
	uint64_t end = now_ns() + WAIT_NS, got = 0, start = rx->rcons, sent0 = tx->sprod;

	while (got < total) {
		uint64_t s = 0;
		int64_t r;

		if (tx->sprod - sent0 < total)
			s = ep_send(tx, total - (tx->sprod - sent0));
		r = ep_recv(rx);
		if (r < 0)
			return (int)r;
		got = rx->rcons - start;
		if (!s && !r) {
			if (now_ns() > end)
				return -ETIMEDOUT;
			nap();
		}
	}
	return 0;
}

int wait_error(struct raw *r, uint32_t sd, int err)
{
	uint64_t end = now_ns() + WAIT_NS;

	while (__atomic_load_n(&shm_of(r, sd)->error, __ATOMIC_ACQUIRE) != err) {
		if (now_ns() > end)
			return -ETIMEDOUT;
		nap();
	}
	return 0;
}
