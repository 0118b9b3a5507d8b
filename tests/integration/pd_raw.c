// SPDX-License-Identifier: MIT
/*
 * Description: pd_raw - a client that speaks pd_uapi.h directly (no libpd)
 * and misbehaves on purpose, to check that pdd and the driver core refuse
 * each bad request with a clear error while pdd, the offending connection
 * and other connections keep working.
 *
 *   pd_raw [--socket PATH] CASE
 *
 * CASE: good, sent-overflow, sent-offset, shm-prod, consumed, foreign-sd,
 * refused, peer-died, slot (the shared-memory control slot: good, refused
 * and garbage requests), all (every case above), garbage (malformed messages on
 * the control socket: each sender dropped, pdd goes on), arena (print this
 * process's fds' identity and try to grow/mmap past the arena), hold (a
 * connection with memory in use; prints "ready" and waits to be killed).
 * Exit 0: every check passed; 1: a check failed; 2: usage; 77: no pdd.
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

int pd_raw_fstat(int fd, uint64_t *ino, uint64_t *size); /* pd_raw_sys.c */

/* ---- cases ---- */

struct world {
	struct raw g1, g2; /* a good connection between two processes */
	struct ep gs, gc;
	struct raw m1, m2; /* the misbehaving processes */
	struct ep ms, mc;
};

static int world_open(struct world *w)
{
	int ret;

	memset(w, 0, sizeof(*w));
	w->g1.fd = w->g2.fd = w->m1.fd = w->m2.fd = -1;
	if ((ret = raw_open(&w->g1)) || (ret = raw_open(&w->g2)) || (ret = raw_open(&w->m1)) ||
	    (ret = raw_open(&w->m2)))
		return ret;
	if ((ret = make_pair(&w->g1, &w->g2, &w->gs, &w->gc)))
		return ret;
	return make_pair(&w->m1, &w->m2, &w->ms, &w->mc);
}

static void world_close(struct world *w)
{
	raw_close(&w->m2);
	raw_close(&w->m1);
	raw_close(&w->g2);
	raw_close(&w->g1);
}

/* The good connection and the attacked one both still move data correctly. */
static void still_working(struct world *w, const char *after)
{
	int ret = transfer(&w->gc, &w->gs, 1u << 20);

	check(!ret, "after %s: another connection moved 1 MiB intact (%s)", after,
	      ret ? strerror(-ret) : "ok");
	ret = transfer(&w->gs, &w->gc, 256u << 10);
	check(!ret, "after %s: ... and 256 KiB back (%s)", after, ret ? strerror(-ret) : "ok");
}

static void attacked_usable(struct world *w, const char *after)
{
	int ret = transfer(&w->mc, &w->ms, 200000);

	check(!ret, "after %s: the refused connection still moves data intact (%s)", after,
	      ret ? strerror(-ret) : "ok");
}

static void clear_error(struct raw *r, uint32_t sd, const char *after)
{
	uint64_t v = 0;
	int ret = op_getopt(r, sd, PD_OPT_ERROR, &v);

	check(!ret && v == EINVAL, "after %s: SO_ERROR reports EINVAL (got %d, %" PRIu64 ")", after,
	      ret, v);
	ret = op_getopt(r, sd, PD_OPT_ERROR, &v);
	check(!ret && v == 0, "after %s: reading SO_ERROR cleared it", after);
}

static void case_good(struct world *w)
{
	still_working(w, "setup");
	attacked_usable(w, "setup");
}

static void case_sent_overflow(struct world *w)
{
	uint64_t size = w->mc.info.send_size;
	int ret;

	ret = op_data(&w->m2, PD_REQ_SENT, w->mc.sd, 0, size + 1);
	check(ret == -EINVAL, "SENT of ring size + 1 bytes refused with EINVAL (got %d)", ret);
	ret = op_data(&w->m2, PD_REQ_SENT, w->mc.sd, 0, 1ull << 40);
	check(ret == -EINVAL, "SENT of 1 TiB refused with EINVAL (got %d)", ret);
	clear_error(&w->m2, w->mc.sd, "SENT overflow");

	/*
	 * Fill the peer's receive ring and then our send ring (the peer does
	 * not read): the send ring stays full, so any SENT is beyond the
	 * space left, whatever the worker does meanwhile.
	 */
	{
		uint64_t end = now_ns() + WAIT_NS, want = size + w->ms.info.recv_size, got = 0;
		int64_t r;

		want += w->mc.sprod;
		while (w->mc.sprod < want && now_ns() < end)
			if (!ep_send_sync(&w->mc, want - w->mc.sprod))
				nap();
		check(w->mc.sprod == want, "filled the receive ring and the send ring (%" PRIu64 " bytes)",
		      w->mc.sprod);
		ret = op_data(&w->m2, PD_REQ_SENT, w->mc.sd, w->mc.sprod & (size - 1), 1);
		check(ret == -EINVAL, "SENT of 1 byte into a full send ring refused with EINVAL (got %d)",
		      ret);
		ret = op_data(&w->m2, PD_REQ_SENT, w->mc.sd, w->mc.sprod & (size - 1), size);
		check(ret == -EINVAL, "SENT of a whole ring into a full send ring refused (got %d)", ret);
		clear_error(&w->m2, w->mc.sd, "SENT beyond free space");
		ep_sync_shm(&w->mc);
		/* everything produced before arrives intact, nothing more */
		want -= w->ms.rcons;
		end = now_ns() + WAIT_NS;
		while (got < want && now_ns() < end) {
			r = ep_recv(&w->ms);
			if (r < 0)
				break;
			got += (uint64_t)r;
			if (!r)
				nap();
		}
		check(got == want, "the bytes produced before arrived intact (%" PRIu64 ")", got);
	}
	attacked_usable(w, "SENT overflow");
	still_working(w, "SENT overflow");
}

static void case_sent_offset(struct world *w)
{
	uint64_t size = w->mc.info.send_size, mask = size - 1;
	int ret;

	ret = op_data(&w->m2, PD_REQ_SENT, w->mc.sd, size, 16);
	check(ret == -EINVAL, "SENT at offset = ring size refused with EINVAL (got %d)", ret);
	ret = op_data(&w->m2, PD_REQ_SENT, w->mc.sd, ~0ull - 8, 16);
	check(ret == -EINVAL, "SENT at offset 2^64-9 refused with EINVAL (got %d)", ret);
	ret = op_data(&w->m2, PD_REQ_SENT, w->mc.sd, (w->mc.sprod + 64) & mask, 16);
	check(ret == -EINVAL, "SENT at an offset other than prod & mask refused (got %d)", ret);
	clear_error(&w->m2, w->mc.sd, "SENT at a bad offset");
	attacked_usable(w, "SENT at a bad offset");
	still_working(w, "SENT at a bad offset");
}

static void case_shm_prod(struct world *w)
{
	struct pd_sock_shm *sh = shm_of(&w->m2, w->mc.sd);
	uint64_t size = w->mc.info.send_size;
	int ret;

	/* more produced than the ring can hold */
	__atomic_store_n(&sh->send.prod, w->mc.sprod + 3 * size, __ATOMIC_RELEASE);
	kick(&w->m2, w->mc.sd, w->mc.info.worker);
	ret = wait_error(&w->m2, w->mc.sd, EINVAL);
	check(!ret, "bogus send.prod (3 rings ahead) in shared memory: sticky EINVAL in "
	      "pd_sock_shm.error");
	clear_error(&w->m2, w->mc.sd, "bogus send.prod");
	/* going backwards */
	if (w->mc.sprod) {
		__atomic_store_n(&sh->send.prod, w->mc.sprod - 1, __ATOMIC_RELEASE);
		kick(&w->m2, w->mc.sd, w->mc.info.worker);
		ret = wait_error(&w->m2, w->mc.sd, EINVAL);
		check(!ret, "send.prod moved backwards: sticky EINVAL in pd_sock_shm.error");
		clear_error(&w->m2, w->mc.sd, "backwards send.prod");
	}
	/* put the true value back: the connection goes on from there */
	__atomic_store_n(&sh->send.prod, w->mc.sprod, __ATOMIC_RELEASE);
	attacked_usable(w, "bogus send.prod");
	still_working(w, "bogus send.prod");
}

static void case_consumed(struct world *w)
{
	struct pd_sock_shm *sh = shm_of(&w->m1, w->ms.sd);
	int ret;

	ret = op_data(&w->m1, PD_REQ_CONSUMED, w->ms.sd, 0, 1);
	check(ret == -EINVAL, "CONSUMED of 1 byte with nothing received refused with EINVAL (got %d)",
	      ret);
	ret = op_data(&w->m1, PD_REQ_CONSUMED, w->ms.sd, 0, 1ull << 62);
	check(ret == -EINVAL, "CONSUMED of 2^62 bytes refused with EINVAL (got %d)", ret);
	clear_error(&w->m1, w->ms.sd, "CONSUMED beyond received");
	__atomic_store_n(&sh->recv.cons, w->ms.rcons + 4096, __ATOMIC_RELEASE);
	kick(&w->m1, w->ms.sd, w->ms.info.worker);
	ret = wait_error(&w->m1, w->ms.sd, EINVAL);
	check(!ret, "recv.cons beyond received in shared memory: sticky EINVAL");
	clear_error(&w->m1, w->ms.sd, "bogus recv.cons");
	__atomic_store_n(&sh->recv.cons, w->ms.rcons, __ATOMIC_RELEASE);
	attacked_usable(w, "CONSUMED beyond received");
	still_working(w, "CONSUMED beyond received");
}

static void case_foreign_sd(struct world *w)
{
	uint32_t theirs = w->gs.sd, none = w->m2.hello.max_sockets - 1;
	struct pd_resp resp;
	int ret;

	/* an sd this process never opened (the number of another process's socket) */
	if (theirs == w->mc.sd)
		theirs = w->gc.sd;
	if (theirs == w->mc.sd)
		theirs = none;
	ret = op_sd(&w->m2, PD_REQ_INFO, theirs, &resp);
	check(ret == -EBADF, "INFO on sd %u that is not this process's: EBADF (got %d)", theirs, ret);
	ret = op_data(&w->m2, PD_REQ_SENT, theirs, 0, 1);
	check(ret == -EBADF, "SENT on sd %u that is not this process's: EBADF (got %d)", theirs, ret);
	ret = op_data(&w->m2, PD_REQ_CONSUMED, theirs, 0, 1);
	check(ret == -EBADF, "CONSUMED on a foreign sd: EBADF (got %d)", ret);
	ret = op_sd(&w->m2, PD_REQ_INFO, w->m2.hello.max_sockets + 7, &resp);
	check(ret == -EBADF, "INFO on sd beyond the table: EBADF (got %d)", ret);
	ret = op_sd(&w->m2, PD_REQ_CLOSE, 0xffffffffu, &resp);
	check(ret == -EBADF, "CLOSE on sd 2^32-1: EBADF (got %d)", ret);
	still_working(w, "foreign sd");
}

static void case_refused(struct world *w)
{
	struct pd_resp resp;
	uint16_t port;
	int lsd, csd, ret;

	lsd = new_listener(&w->m1, &port);
	check(lsd >= 0, "listener (%d)", lsd);
	op_sd(&w->m1, PD_REQ_CLOSE, (uint32_t)lsd, &resp);
	csd = new_socket(&w->m2, RING);
	ret = op_inet(&w->m2, PD_REQ_CONNECT, (uint32_t)csd, port, &resp);
	check(ret == -ECONNREFUSED, "CONNECT to a closed listener: ECONNREFUSED (got %d)", ret);
	op_sd(&w->m2, PD_REQ_CLOSE, (uint32_t)csd, &resp);
	still_working(w, "connect to a closed listener");
}

/*
 * A request through the control slot (pd_uapi.h) instead of the socket;
 * post only (noreply) or post and wait for the answer (bounded).  Returns
 * the answer's status, or -ETIMEDOUT.
 */
static int slot_req(struct raw *r, struct pd_req *req, struct pd_resp *resp, bool noreply)
{
	struct pd_notify_hdr *h = (struct pd_notify_hdr *)r->notify;
	uint64_t one = 1, t0 = now_ns();

	req->seq = ++r->seq;
	if (noreply)
		req->op |= PD_REQ_F_NOREPLY;
	memcpy(&h->ctl_req, req, sizeof(*req));
	__atomic_store_n(&h->ctl_post, req->seq, __ATOMIC_RELEASE);
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	if (__atomic_load_n(&h->worker[0].sleeping, __ATOMIC_RELAXED) && write(r->fds[3], &one, sizeof(one)) < 0)
		perror("pd_raw: waking worker 0");
	while (__atomic_load_n(&h->ctl_done, __ATOMIC_ACQUIRE) != req->seq) {
		if (now_ns() - t0 > WAIT_NS)
			return -ETIMEDOUT;
		nap();
	}
	if (noreply)
		return 0;
	memcpy(resp, (const void *)&h->ctl_resp, sizeof(*resp));
	return resp->seq == req->seq ? resp->status : -EPROTO;
}

static void case_slot(struct world *w)
{
	struct pd_notify_hdr *h = (struct pd_notify_hdr *)w->m2.notify;
	struct pd_req req;
	struct pd_resp resp;
	uint16_t port;
	int ret, lsd;
	uint32_t sd;

	check(h->ctl_slot == 1, "pdd offers the control slot (hdr.ctl_slot %u)", h->ctl_slot);
	memset(&req, 0, sizeof(req));
	req.op = PD_REQ_SOCKET;
	ret = slot_req(&w->m2, &req, &resp, false);
	check(ret == 0, "SOCKET through the slot (%d)", ret);
	sd = resp.sd;
	for (uint32_t op = PD_REQ_HELLO; op <= PD_REQ_SOCKETS; op++) {
		if (op != PD_REQ_HELLO && op != PD_REQ_STATS && op != PD_REQ_SOCKETS)
			continue;
		memset(&req, 0, sizeof(req));
		req.op = op;
		req.u.hello.version = PD_UAPI_VERSION;
		ret = slot_req(&w->m2, &req, &resp, false);
		check(ret == -EINVAL, "op %u (HELLO/STATS/SOCKETS) through the slot: EINVAL (got %d)", op, ret);
	}
	memset(&req, 0, sizeof(req));
	req.op = 0x7fff;
	ret = slot_req(&w->m2, &req, &resp, false);
	check(ret == -EINVAL, "an unknown op through the slot: EINVAL (got %d)", ret);
	memset(&req, 0, sizeof(req));
	req.op = PD_REQ_SENT;
	req.sd = w->mc.sd;
	req.u.data.off = 0;
	req.u.data.len = 1ull << 40;
	ret = slot_req(&w->m2, &req, &resp, false);
	check(ret == -EINVAL, "SENT of 2^40 bytes through the slot: EINVAL (got %d)", ret);
	clear_error(&w->m2, w->mc.sd, "SENT through the slot");
	/* connect to a closed listener, through the slot */
	lsd = new_listener(&w->m1, &port);
	check(lsd >= 0, "listener (%d)", lsd);
	op_sd(&w->m1, PD_REQ_CLOSE, (uint32_t)lsd, &resp);
	memset(&req, 0, sizeof(req));
	req.op = PD_REQ_CONNECT;
	req.sd = sd;
	req.u.inet.addr = htonl(INADDR_LOOPBACK);
	req.u.inet.port = htons(port);
	ret = slot_req(&w->m2, &req, &resp, false);
	check(ret == -ECONNREFUSED, "CONNECT through the slot to a closed listener: ECONNREFUSED (got %d)", ret);
	/* one-way CLOSE: served, the socket is gone */
	memset(&req, 0, sizeof(req));
	req.op = PD_REQ_CLOSE;
	req.sd = sd;
	ret = slot_req(&w->m2, &req, &resp, true);
	check(ret == 0, "one-way CLOSE through the slot served (%d)", ret);
	ret = op_sd(&w->m2, PD_REQ_INFO, sd, &resp);
	check(ret == -EBADF, "... the socket is closed: INFO gives EBADF (got %d)", ret);
	/*
	 * Garbage: random bytes for every field, ops in and around the valid
	 * range on low sds (this process's own sockets among them), random
	 * seqs, posted without waiting, so that many are read while being
	 * rewritten.  CLOSE, SHUTDOWN, SENT and CONSUMED are left out: they
	 * would end or desynchronise the connection the checks below use
	 * (their refusals are the other cases' subject).
	 */
	srand(7);
	for (int i = 0; i < 20000; i++) {
		uint64_t post = ((uint64_t)rand() << 32) | (uint64_t)rand();
		uint32_t op;

		for (size_t k = 0; k < sizeof(req); k++)
			((uint8_t *)&req)[k] = (uint8_t)rand();
		op = (uint32_t)rand() % (PD_REQ_SOCKETS + 3);
		if (op == PD_REQ_CLOSE || op == PD_REQ_SHUTDOWN || op == PD_REQ_SENT || op == PD_REQ_CONSUMED)
			op = PD_REQ_INFO;
		req.op = op | (rand() & 1 ? PD_REQ_F_NOREPLY : 0);
		req.sd = (uint32_t)rand() % 16;
		memcpy(&h->ctl_req, &req, sizeof(req));
		__atomic_store_n(&h->ctl_post, post, __ATOMIC_RELEASE);
	}
	memset(&req, 0, sizeof(req));
	req.op = PD_REQ_INFO;
	req.sd = w->mc.sd;
	ret = slot_req(&w->m2, &req, &resp, false);
	check(ret == 0, "after 20000 garbage posts: INFO through the slot answers (%d)", ret);
	still_working(w, "slot garbage");
	attacked_usable(w, "slot garbage");
}

static void case_peer_died(struct world *w)
{
	struct pd_resp resp;
	int pfd[2], lsd, ssd, ret;
	uint16_t port;
	pid_t pid;
	char c;

	lsd = new_listener(&w->m1, &port);
	if (lsd < 0 || pipe(pfd)) {
		check(false, "listener for the peer-died case (%d)", lsd);
		return;
	}
	pid = fork();
	if (pid == 0) {
		struct raw r;
		int sd;

		close(pfd[0]);
		if (raw_open(&r) || (sd = new_socket(&r, RING)) < 0 ||
		    op_inet(&r, PD_REQ_CONNECT, (uint32_t)sd, port, &resp))
			_exit(1);
		if (write(pfd[1], "c", 1) != 1)
			_exit(1);
		pause();
		_exit(0);
	}
	close(pfd[1]);
	ret = (int)read(pfd[0], &c, 1);
	close(pfd[0]);
	ssd = ret == 1 ? accept_wait(&w->m1, (uint32_t)lsd) : -EPROTO;
	check(ssd >= 0, "a child process connected (%d)", ssd);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	if (ssd < 0)
		return;
	{
		struct pd_sock_shm *sh = shm_of(&w->m1, (uint32_t)ssd);
		uint64_t end = now_ns() + WAIT_NS;

		while (!(__atomic_load_n(&sh->flags, __ATOMIC_ACQUIRE) & PD_SF_RESET) && now_ns() < end)
			nap();
		check(__atomic_load_n(&sh->flags, __ATOMIC_ACQUIRE) & PD_SF_RESET,
		      "after kill -9 of the peer process: PD_SF_RESET on the survivor (state %u, error %d)",
		      sh->state, sh->error);
	}
	ret = op_data(&w->m1, PD_REQ_SENT, (uint32_t)ssd, 0, 1);
	check(ret == -EPIPE || ret == -ECONNRESET || ret == -ENOTCONN,
	      "SENT after the peer died refused (got %d: %s)", ret, strerror(-ret));
	op_sd(&w->m1, PD_REQ_CLOSE, (uint32_t)ssd, &resp);
	op_sd(&w->m1, PD_REQ_CLOSE, (uint32_t)lsd, &resp);
	still_working(w, "peer process killed");
}

/* ---- arena: what this process got, and what it may not do with it ---- */

static sigjmp_buf bus_jmp;

static void on_bus(int sig)
{
	(void)sig;
	siglongjmp(bus_jmp, 1);
}

static int case_arena(void)
{
	struct raw r;
	uint64_t ino, size, nino, nsize, asz;
	uint8_t *p;
	int ret;

	ret = raw_open(&r);
	if (ret) {
		fprintf(stderr, "pd_raw: HELLO to pdd at %s: %s\n", sock_path, strerror(-ret));
		return 1;
	}
	asz = r.hello.arena_size;
	pd_raw_fstat(r.fds[1], &ino, &size);
	pd_raw_fstat(r.fds[0], &nino, &nsize);
	printf("container=%u arena_ino=%" PRIu64 " arena_size=%" PRIu64 " notify_ino=%" PRIu64
	       " pid=%d\n", r.hello.container, ino, size, nino, (int)getpid());
	check(size == asz, "arena fd size %" PRIu64 " = HELLO arena_size %" PRIu64, size, asz);
	check(nsize == r.hello.notify_size, "notify fd size = HELLO notify_size");
	ret = ftruncate(r.fds[1], (off_t)(asz * 2));
	check(ret < 0 && errno == EPERM, "ftruncate to grow the arena refused (%s)",
	      ret ? strerror(errno) : "it succeeded");
	ret = ftruncate(r.fds[1], (off_t)(asz / 2));
	check(ret < 0 && errno == EPERM, "ftruncate to shrink the arena refused (%s)",
	      ret ? strerror(errno) : "it succeeded");
	ret = fcntl(r.fds[1], F_ADD_SEALS, F_SEAL_WRITE);
	check(ret < 0, "adding F_SEAL_WRITE to the arena refused (%s)",
	      ret ? strerror(errno) : "it succeeded");
	ret = fallocate(r.fds[1], 0, (off_t)asz, 1 << 21);
	check(ret < 0, "fallocate past the arena end refused (%s)",
	      ret ? strerror(errno) : "it succeeded");
	/* map 2 MiB more than the arena: either refused, or the extra part is not memory */
	p = mmap(NULL, asz + (2u << 20), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_NORESERVE, r.fds[1], 0);
	if (p == MAP_FAILED) {
		check(true, "mmap past the arena end refused (%s)", strerror(errno));
	} else {
		volatile uint8_t *past = p + asz;
		struct sigaction sa = { .sa_handler = on_bus }, old_bus, old_segv;
		volatile bool faulted = false;

		sigaction(SIGBUS, &sa, &old_bus);
		sigaction(SIGSEGV, &sa, &old_segv);
		if (sigsetjmp(bus_jmp, 1) == 0)
			(void)*past;
		else
			faulted = true;
		sigaction(SIGBUS, &old_bus, NULL);
		sigaction(SIGSEGV, &old_segv, NULL);
		pd_raw_fstat(r.fds[1], &ino, &size);
		if (size == asz || !r.hello.hugepages) {
			check(faulted && size == asz,
			      "mmap past the arena end: touching beyond it faults, size unchanged (%" PRIu64 ")",
			      size);
		} else {
			/*
			 * hugetlbfs grows the file on a writable mmap past its end
			 * in spite of F_SEAL_GROW.  What must hold then: the page
			 * this process got past the end is taken back by pdd (it
			 * is outside the region budget), and nothing of the device
			 * window or another container is reachable through it.
			 */
			uint64_t end = now_ns() + WAIT_NS;
			unsigned char vec = 1;

			printf("# hugetlbfs let mmap grow the sealed arena to %" PRIu64 " (kernel ignores "
			       "F_SEAL_GROW there); checking that pdd takes the page back\n", size);
			while (now_ns() < end) {
				if (mincore((void *)(p + asz), 4096, &vec) || !(vec & 1))
					break;
				nap();
			}
			check(!(vec & 1), "a hugepage touched past the arena end was given back by pdd");
		}
		munmap(p, asz + (2u << 20));
	}
	raw_close(&r);
	return failures ? 1 : 0;
}

/* ---- garbage on the control socket: each sender is dropped, pdd goes on ---- */

static int plain_connect(void)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);

	snprintf(sa.sun_path, sizeof(sa.sun_path), "%s", sock_path);
	if (fd >= 0 && connect(fd, (struct sockaddr *)&sa, sizeof(sa))) {
		close(fd);
		return -1;
	}
	return fd;
}

/* pdd closed the connection (EOF) within the bound; answers before it are skipped */
static bool dropped(int fd)
{
	uint64_t end = now_ns() + WAIT_NS;
	char buf[256];

	while (now_ns() < end) {
		struct pollfd p = { .fd = fd, .events = POLLIN };
		ssize_t n;

		if (poll(&p, 1, 100) <= 0)
			continue;
		n = recv(fd, buf, sizeof(buf), MSG_DONTWAIT);
		if (n == 0 || (n < 0 && errno == ECONNRESET))
			return true;
		/* a response (e.g. HELLO refused): the EOF follows */
		if (p.revents & POLLHUP) {
			n = recv(fd, buf, sizeof(buf), MSG_DONTWAIT);
			if (n <= 0)
				return true;
		}
	}
	return false;
}

static void send_garbage(const char *what, bool hello, const void *msg, size_t len)
{
	struct raw r;
	int fd;

	if (hello) {
		if (raw_open(&r)) {
			check(false, "%s: HELLO first", what);
			return;
		}
		fd = r.fd;
	} else {
		fd = plain_connect();
		if (fd < 0) {
			check(false, "%s: connect: %s", what, strerror(errno));
			return;
		}
	}
	if (send(fd, msg, len, MSG_NOSIGNAL) != (ssize_t)len) {
		check(false, "%s: send: %s", what, strerror(errno));
	} else {
		check(dropped(fd), "%s: pdd dropped that connection", what);
	}
	if (hello)
		raw_close(&r);
	else
		close(fd);
}

static int case_garbage(void)
{
	struct pd_req req = { .op = PD_REQ_SOCKET };
	char junk[4096];
	struct world w;
	int ret;

	memset(junk, 0xa5, sizeof(junk));
	send_garbage("10 bytes before HELLO", false, junk, 10);
	send_garbage("SOCKET before HELLO", false, &req, sizeof(req));
	req = (struct pd_req){ .op = PD_REQ_HELLO };
	req.u.hello.version = 99;
	send_garbage("HELLO with ABI version 99", false, &req, sizeof(req));
	send_garbage("an empty message before HELLO", false, junk, 0);
	send_garbage("65 bytes after HELLO", true, junk, 65);
	send_garbage("4096 bytes after HELLO", true, junk, sizeof(junk));
	req = (struct pd_req){ .op = 99 };
	send_garbage("op 99 after HELLO", true, &req, sizeof(req));
	req = (struct pd_req){ .op = 0 };
	send_garbage("op 0 after HELLO", true, &req, sizeof(req));
	send_garbage("an empty message after HELLO", true, junk, 0);
	ret = world_open(&w);
	check(!ret, "pdd still serves new processes (%s)", ret ? strerror(-ret) : "ok");
	if (!ret)
		still_working(&w, "garbage");
	world_close(&w);
	printf("%s: %d failed checks\n", failures ? "FAIL" : "PASS", failures);
	return failures ? 1 : 0;
}

/* Two processes' connections to pdd and one connection between them; 0, or 1 after saying why */
static int open_pair(struct raw *a, struct raw *b, struct ep *s, struct ep *c, const char *what)
{
	int ret;

	a->fd = b->fd = -1;
	if ((ret = raw_open(a)) || (ret = raw_open(b)) || (ret = make_pair(a, b, s, c))) {
		fprintf(stderr, "pd_raw: %s: %s\n", what, strerror(-ret));
		return 1;
	}
	return 0;
}

/* A connection with ring memory in use; waits to be killed. */
static int case_hold(void)
{
	struct raw a, b;
	struct ep s, c;

	if (open_pair(&a, &b, &s, &c, "hold"))
		return 1;
	ep_send(&c, 1000);
	printf("ready container=%u pid=%d\n", a.hello.container, (int)getpid());
	fflush(stdout);
	for (int i = 0; i < 600; i++)
		sleep(1);
	return 0;
}

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 /* Linux 5.14 */
#endif

static bool overlaps(uint64_t a, uint64_t alen, uint64_t b, uint64_t blen)
{
	return a < b + blen && b < a + alen;
}

/*
 * The SIGBUS attack: punch every page of the arena out, back all of it but
 * the pages of one connection's rings until nothing can back a page any
 * more (with hugepages: the pool is empty), then make the device copy from
 * and into the unbacked pages.  That connection must be reset (a DMA
 * fault); pdd lives on and serves a new process.  Prints "pool: empty" when
 * the pool ran dry (the attack bit), "pool: not exhausted" otherwise.
 */
static int case_punch(void)
{
	struct raw a, b, n;
	struct ep s, c;
	uint64_t asz, page, off, backed = 0, end;
	bool dry = false, reset = false;
	int ret;

	n.fd = -1;
	if (open_pair(&a, &b, &s, &c, "punch"))
		return 1;
	check(transfer(&c, &s, 1u << 20) == 0, "1 MiB moved before the attack");
	asz = a.hello.arena_size;
	page = a.hello.hugepages ? 2u << 20 : 4096;
	ret = fallocate(a.fds[1], FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, (off_t)asz);
	check(!ret, "punching the whole arena (%s)", ret ? strerror(errno) : "done");
	for (off = 0; off < asz; off += page) {
		if (overlaps(off, page, c.info.send_off, c.info.send_size) ||
		    overlaps(off, page, s.info.recv_off, s.info.recv_size))
			continue;
		if (madvise(a.arena + off, page, MADV_POPULATE_WRITE)) {
			dry = true;
			break;
		}
		backed += page;
	}
	printf("pool: %s (backed %" PRIu64 " MiB of the arena's %" PRIu64 ")\n",
	       dry ? "empty" : "not exhausted", backed >> 20, asz >> 20);
	/* 4 KiB of garbage "sent" from the unbacked send ring into the unbacked receive ring */
	c.sprod += 4096;
	__atomic_store_n(&shm_of(&b, c.sd)->send.prod, c.sprod, __ATOMIC_RELEASE);
	kick(&b, c.sd, c.info.worker);
	end = now_ns() + WAIT_NS;
	while (!reset && now_ns() < end) {
		reset = (__atomic_load_n(&shm_of(&b, c.sd)->flags, __ATOMIC_ACQUIRE) & PD_SF_RESET) ||
			__atomic_load_n(&shm_of(&b, c.sd)->send.cons, __ATOMIC_ACQUIRE) == c.sprod;
		if (!reset)
			nap();
	}
	if (dry && a.hello.hugepages)
		check(__atomic_load_n(&shm_of(&b, c.sd)->flags, __ATOMIC_ACQUIRE) & PD_SF_RESET,
		      "the connection over the unbacked pages was reset (error %d)",
		      __atomic_load_n(&shm_of(&b, c.sd)->error, __ATOMIC_ACQUIRE));
	else
		check(reset, "the copy over punched pages completed or reset the connection");
	/* give the pages back, then pdd must serve a new process */
	fallocate(a.fds[1], FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, (off_t)asz);
	raw_close(&a);
	raw_close(&b);
	ret = raw_open(&n);
	check(!ret, "pdd serves a new process after the attack (%s)", ret ? strerror(-ret) : "ok");
	raw_close(&n);
	printf("%s: %d failed checks\n", failures ? "FAIL" : "PASS", failures);
	return failures ? 1 : 0;
}

/*
 * Back the whole arena (not only the rings pdd gave out), say so, and keep
 * the connection working while pdd takes the extra pages back: prints
 * "filled N MiB", then waits for a line on stdin, then checks the
 * connection still moves verified bytes.
 */
static int case_fill(void)
{
	struct raw a, b;
	struct ep s, c;
	uint64_t off, asz, page, backed = 0;
	char line[16];
	int ret;

	if (open_pair(&a, &b, &s, &c, "fill"))
		return 1;
	check(transfer(&c, &s, 1u << 20) == 0, "1 MiB moved before filling the arena");
	asz = a.hello.arena_size;
	page = a.hello.hugepages ? 2u << 20 : 4096;
	for (off = 0; off < asz; off += page)
		if (!madvise(a.arena + off, page, MADV_POPULATE_WRITE))
			backed += page;
	printf("filled %" PRIu64 " MiB\n", backed >> 20);
	fflush(stdout);
	if (!fgets(line, sizeof(line), stdin))
		line[0] = 0;
	ret = transfer(&c, &s, 4u << 20);
	check(ret == 0, "4 MiB moved after pdd took the extra pages back (%s)", ret ? strerror(-ret) : "ok");
	raw_close(&a);
	raw_close(&b);
	printf("%s: %d failed checks\n", failures ? "FAIL" : "PASS", failures);
	return failures ? 1 : 0;
}

/*
 * CONNECT n sockets with 4 KiB rings to addr:port and never send, as a
 * flooder would; prints "flooded: K connected, R refused, E reset" once
 * done and again after a line on stdin (connections another container's
 * clients took the place of are reset by then).
 */
static int case_flood(const char *spec)
{
	struct raw r;
	struct pd_req req = { .op = PD_REQ_CONNECT };
	struct pd_resp resp;
	unsigned int a, b, c, d, port, n, ok = 0, refused = 0, reset = 0;
	uint32_t *sds;
	char line[16];
	int ret;

	if (sscanf(spec, "%u.%u.%u.%u:%u:%u", &a, &b, &c, &d, &port, &n) != 6 || n == 0 || n > 60000) {
		fprintf(stderr, "pd_raw: flood=A.B.C.D:PORT:N\n");
		return 2;
	}
	r.fd = -1;
	if ((ret = raw_open(&r))) {
		fprintf(stderr, "pd_raw: flood: %s\n", strerror(-ret));
		return 1;
	}
	sds = calloc(n, sizeof(*sds));
	for (unsigned int i = 0; sds && i < n; i++) {
		int sd = new_socket(&r, 4096);

		if (sd < 0)
			break;
		sds[i] = (uint32_t)sd;
		req.seq = 0;
		req.sd = (uint32_t)sd;
		req.u.inet.addr = htonl((a << 24) | (b << 16) | (c << 8) | d);
		req.u.inet.port = htons((uint16_t)port);
		ret = raw_call(&r, &req, &resp);
		if (!ret)
			ok++;
		else
			refused++;
	}
	printf("flooded: %u connected, %u refused\n", ok, refused);
	fflush(stdout);
	if (!fgets(line, sizeof(line), stdin))
		line[0] = 0;
	for (unsigned int i = 0; sds && i < n; i++)
		reset += !!(__atomic_load_n(&shm_of(&r, sds[i])->flags, __ATOMIC_ACQUIRE) & PD_SF_RESET);
	printf("flooded: %u connected, %u refused, %u reset since\n", ok, refused, reset);
	free(sds);
	raw_close(&r);
	return 0;
}

/*
 * Under pdd --inject: K connections (argument, default 8) move 2 MiB each,
 * interleaved, every byte checked.  Prints one line per connection ("conn
 * I: N bytes, ok" or "reset") and "faults: R reset, G complete"; fails if a
 * byte is wrong or a connection neither completes nor is reset.
 */
static int case_faults(unsigned int k)
{
	struct raw a, b;
	struct ep s[16], c[16];
	uint64_t total = 2u << 20, end;
	unsigned int done = 0, nreset = 0;
	bool fin[16] = { false }, rst[16] = { false };
	int ret;

	if (k < 1 || k > 16)
		k = 8;
	a.fd = b.fd = -1;
	if ((ret = raw_open(&a)) || (ret = raw_open(&b))) {
		fprintf(stderr, "pd_raw: faults: %s\n", strerror(-ret));
		return 1;
	}
	for (unsigned int i = 0; i < k; i++) {
		if ((ret = make_pair(&a, &b, &s[i], &c[i]))) {
			fprintf(stderr, "pd_raw: faults: connection %u: %s\n", i, strerror(-ret));
			return 1;
		}
	}
	end = now_ns() + WAIT_NS;
	while (done < k && now_ns() < end) {
		bool moved = false;

		for (unsigned int i = 0; i < k; i++) {
			int64_t r;

			if (fin[i])
				continue;
			if ((__atomic_load_n(&shm_of(&a, s[i].sd)->flags, __ATOMIC_ACQUIRE) & PD_SF_RESET) ||
			    (__atomic_load_n(&shm_of(&b, c[i].sd)->flags, __ATOMIC_ACQUIRE) & PD_SF_RESET)) {
				fin[i] = rst[i] = true;
				done++;
				nreset++;
				continue;
			}
			if (c[i].sprod < total)
				moved |= ep_send(&c[i], total - c[i].sprod > 65536 ? 65536 : total - c[i].sprod) > 0;
			r = ep_recv(&s[i]);
			check(r >= 0, "connection %u: every byte as sent (%s)", i, r < 0 ? strerror((int)-r) : "ok");
			if (r < 0)
				return 1;
			moved |= r > 0;
			if (s[i].rcons == total) {
				fin[i] = true;
				done++;
			}
		}
		if (!moved)
			nap();
	}
	for (unsigned int i = 0; i < k; i++)
		printf("conn %u: %" PRIu64 " bytes, %s\n", i, s[i].rcons,
		       rst[i] ? "reset" : fin[i] ? "ok" : "stuck");
	printf("faults: %u reset, %u complete\n", nreset, done - nreset);
	check(done == k, "every connection completed or was reset (%u of %u)", done, k);
	raw_close(&a);
	raw_close(&b);
	printf("%s: %d failed checks\n", failures ? "FAIL" : "PASS", failures);
	return failures ? 1 : 0;
}

/* A victim: one connection of this container moving verified bytes for SECONDS (argument). */
static int case_stream(double seconds)
{
	struct raw a, b;
	struct ep s, c;
	uint64_t end, moved = 0;
	int ret;

	if (open_pair(&a, &b, &s, &c, "stream"))
		return 1;
	ret = transfer(&c, &s, 1u << 20);
	check(ret == 0, "the first MiB (%s)", ret ? strerror(-ret) : "ok");
	moved += 1u << 20;
	printf("ready container=%u\n", a.hello.container);
	fflush(stdout);
	end = now_ns() + (uint64_t)(seconds * 1e9);
	while (!failures && now_ns() < end) {
		ret = transfer(&c, &s, 1u << 20);
		check(ret == 0, "a MiB after %" PRIu64 " MiB (%s)", moved >> 20, ret ? strerror(-ret) : "ok");
		moved += 1u << 20;
	}
	check(!(__atomic_load_n(&shm_of(&a, s.sd)->flags, __ATOMIC_ACQUIRE) & PD_SF_RESET), "never reset");
	printf("moved %" PRIu64 " MiB, every byte checked\n", moved >> 20);
	raw_close(&a);
	raw_close(&b);
	printf("%s: %d failed checks\n", failures ? "FAIL" : "PASS", failures);
	return failures ? 1 : 0;
}

static const struct {
	const char *name;
	void (*fn)(struct world *w);
} cases[] = {
	{ "good", case_good },
	{ "sent-overflow", case_sent_overflow },
	{ "sent-offset", case_sent_offset },
	{ "shm-prod", case_shm_prod },
	{ "consumed", case_consumed },
	{ "foreign-sd", case_foreign_sd },
	{ "refused", case_refused },
	{ "peer-died", case_peer_died },
	{ "slot", case_slot },
};

#define NCASES (sizeof(cases) / sizeof(cases[0]))

static void usage(FILE *f)
{
	fprintf(f, "Usage: pd_raw [--socket PATH] CASE\nCASE: all arena hold garbage punch fill flood=ADDR:PORT:N faults[=K] stream[=SECONDS]");
	for (unsigned int i = 0; i < NCASES; i++)
		fprintf(f, " %s", cases[i].name);
	fputc('\n', f);
}

int main(int argc, char **argv)
{
	const char *name = NULL;
	struct world w;
	int ret;

	if (getenv("PD_SOCKET"))
		sock_path = getenv("PD_SOCKET");
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--socket") && i + 1 < argc) {
			sock_path = argv[++i];
		} else if (!strcmp(argv[i], "--help")) {
			usage(stdout);
			return 0;
		} else if (!name && argv[i][0] != '-') {
			name = argv[i];
		} else {
			usage(stderr);
			return 2;
		}
	}
	if (!name) {
		usage(stderr);
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (access(sock_path, F_OK)) {
		fprintf(stderr, "pd_raw: no pdd socket at %s\n", sock_path);
		return 77;
	}
	if (!strcmp(name, "arena"))
		return case_arena();
	if (!strcmp(name, "hold"))
		return case_hold();
	if (!strcmp(name, "garbage"))
		return case_garbage();
	if (!strcmp(name, "punch"))
		return case_punch();
	if (!strcmp(name, "fill"))
		return case_fill();
	if (!strncmp(name, "flood=", 6))
		return case_flood(name + 6);
	if (!strncmp(name, "faults", 6))
		return case_faults(name[6] == '=' ? (unsigned int)atoi(name + 7) : 8);
	if (!strncmp(name, "stream", 6))
		return case_stream(name[6] == '=' ? atof(name + 7) : 3.0);
	ret = world_open(&w);
	if (ret) {
		fprintf(stderr, "pd_raw: setting up two connections through pdd at %s: %s\n", sock_path,
			strerror(-ret));
		world_close(&w);
		return 1;
	}
	for (unsigned int i = 0; i < NCASES; i++) {
		if (strcmp(name, "all") && strcmp(name, cases[i].name))
			continue;
		printf("# %s\n", cases[i].name);
		cases[i].fn(&w);
		name = strcmp(name, "all") ? "" : name;
	}
	world_close(&w);
	if (*name && strcmp(name, "all")) {
		usage(stderr);
		return 2;
	}
	printf("%s: %d failed checks\n", failures ? "FAIL" : "PASS", failures);
	return failures ? 1 : 0;
}
