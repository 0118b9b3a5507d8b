// SPDX-License-Identifier: MIT
/*
 * pdd_client.c - the control socket: one SOCK_SEQPACKET connection per
 * process.  HELLO makes the process (and its container on the first one) and
 * hands over its fds; every other request goes to pdc_request and is answered,
 * unless it carries PD_REQ_F_NOREPLY (libpd's one-way CLOSE).  A peer that
 * hangs up or sends garbage is dropped: its process is destroyed (sockets
 * reset, memory back), its fds closed.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/futex.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

#include "pdd.h"
#include "pdd_sys.h"

#define PDD_MAX_MSG (4u << 20)   /* largest response (SOCKETS records) */
#define PDD_REFUSED_LOG_MAX 20   /* refusals logged per process */
#define PDD_MSGS_PER_EVENT 64    /* requests served per wakeup before others get a turn */

static const char *op_name(uint32_t op)
{
	static const char *const names[] = {
		[PD_REQ_HELLO] = "HELLO",     [PD_REQ_SOCKET] = "SOCKET",   [PD_REQ_BIND] = "BIND",
		[PD_REQ_LISTEN] = "LISTEN",   [PD_REQ_CONNECT] = "CONNECT", [PD_REQ_ACCEPT] = "ACCEPT",
		[PD_REQ_SHUTDOWN] = "SHUTDOWN", [PD_REQ_CLOSE] = "CLOSE",   [PD_REQ_SETOPT] = "SETOPT",
		[PD_REQ_GETOPT] = "GETOPT",   [PD_REQ_SENT] = "SENT",       [PD_REQ_CONSUMED] = "CONSUMED",
		[PD_REQ_INFO] = "INFO",       [PD_REQ_STATS] = "STATS",     [PD_REQ_SOCKETS] = "SOCKETS",
	};

	return op < sizeof(names) / sizeof(names[0]) && names[op] ? names[op] : "?";
}

/* ---- the listening socket ---- */

int pdd_listen(struct pdd *pdd)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	const char *path = pdd->opts.socket;
	int fd, ret;

	snprintf(sa.sun_path, sizeof(sa.sun_path), "%s", path);
	ret = pdd_sys_mkdir_parent(path);
	if (ret) {
		pdd_log("error: creating the directory of %s: %s", path, strerror(-ret));
		return ret;
	}
	ret = pdd_sys_path_kind(path);
	if (ret < 0) {
		pdd_log("error: %s exists and is not a socket; remove it or use --socket", path);
		return ret;
	}
	if (ret == 1) {
		fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
		if (fd < 0)
			return -errno;
		if (!connect(fd, (struct sockaddr *)&sa, sizeof(sa))) {
			close(fd);
			pdd_log("error: another pdd is already serving %s; stop it or use --socket", path);
			return -EADDRINUSE;
		}
		close(fd);
		pdd_log("removing stale socket %s", path);
		unlink(path);
	}
	fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa))) {
		ret = -errno;
		close(fd);
		if (ret == -EADDRINUSE)
			pdd_log("error: another pdd is already serving %s; stop it or use --socket", path);
		else
			pdd_log("error: binding %s: %s", path, strerror(-ret));
		return ret;
	}
	pdd->socket_bound = true;
	/* every container's processes connect, whatever their uid */
	ret = pdd_sys_chmod(path, 0666);
	if (!ret && listen(fd, 128))
		ret = -errno;
	if (ret) {
		pdd_log("error: listening on %s: %s", path, strerror(-ret));
		close(fd);
		return ret;
	}
	pdd->listen_fd = fd;
	return 0;
}

void pdd_unlisten(struct pdd *pdd)
{
	if (pdd->listen_fd >= 0) {
		close(pdd->listen_fd);
		pdd->listen_fd = -1;
	}
	if (pdd->socket_bound) {
		unlink(pdd->opts.socket);
		pdd->socket_bound = false;
	}
}

void pdd_client_accept(struct pdd *pdd)
{
	for (;;) {
		struct epoll_event ev = { .events = EPOLLIN | EPOLLRDHUP };
		struct pdd_client *cl;
		int fd, sz = (int)PDD_MAX_MSG + 4096;

		fd = accept4(pdd->listen_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (fd < 0) {
			if (errno == EMFILE || errno == ENFILE) {
				/* the listener stays readable: stop watching it until a process leaves */
				pdd_log("warning: out of file descriptors with %u processes; new processes wait "
					"until one leaves", pdd->nclients);
				epoll_ctl(pdd->epoll_fd, EPOLL_CTL_DEL, pdd->listen_fd, NULL);
				pdd->accept_paused = true;
			} else if (errno != EAGAIN && errno != EINTR && errno != ECONNABORTED) {
				pdd_log("warning: accept on %s: %s", pdd->opts.socket, strerror(errno));
			}
			return;
		}
		/* big STATS/SOCKETS answers go out as one message: make room for them */
		if (setsockopt(fd, SOL_SOCKET, SO_SNDBUFFORCE, &sz, sizeof(sz)))
			setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sz, sizeof(sz));
		cl = calloc(1, sizeof(*cl));
		if (!cl) {
			close(fd);
			continue;
		}
		cl->pdd = pdd;
		cl->fd = fd;
		cl->app_efd = -1;
		for (unsigned int w = 0; w < PD_MAX_WORKERS; w++)
			cl->kick_efd[w] = -1;
		ev.data.ptr = cl;
		if (epoll_ctl(pdd->epoll_fd, EPOLL_CTL_ADD, fd, &ev)) {
			pdd_log("warning: epoll_ctl for a new client: %s", strerror(errno));
			close(fd);
			free(cl);
			continue;
		}
		cl->next = pdd->clients;
		if (pdd->clients)
			pdd->clients->prev = cl;
		pdd->clients = cl;
		pdd->nclients++;
	}
}

/* ---- one client ---- */

void pdd_client_drop(struct pdd_client *cl, const char *why)
{
	struct pdd *pdd = cl->pdd;

	if (cl->proc)
		pdd_log("process %d gone (container %u): %s", (int)cl->pid, cl->ctr->id,
			why);
	else if (why)
		pdd_log("client%s%.0d dropped before HELLO completed: %s", cl->pid ? " pid " : "",
			(int)cl->pid, why);
	epoll_ctl(pdd->epoll_fd, EPOLL_CTL_DEL, cl->fd, NULL);
	close(cl->fd);
	if (cl->proc) {
		/* resets every socket; the notify region is not touched after this */
		pdc_proc_destroy(cl->proc);
		cl->proc = NULL;
	}
	if (cl->notify)
		munmap(cl->notify, cl->notify_size);
	if (cl->app_efd >= 0)
		close(cl->app_efd);
	for (unsigned int w = 0; w < pdd->workers; w++) {
		if (cl->kick_efd[w] < 0)
			continue;
		/* remove before close: the process's copy keeps the file (and an epoll entry) alive */
		epoll_ctl(pdd->worker_epfd[w], EPOLL_CTL_DEL, cl->kick_efd[w], NULL);
		close(cl->kick_efd[w]);
	}
	if (cl->ctr)
		pdd_ctr_put(cl->ctr);
	if (cl->prev)
		cl->prev->next = cl->next;
	else
		pdd->clients = cl->next;
	if (cl->next)
		cl->next->prev = cl->prev;
	pdd->nclients--;
	free(cl);
	if (pdd->accept_paused && pdd->listen_fd >= 0) {
		struct epoll_event ev = { .events = EPOLLIN, .data.ptr = PDD_EV_LISTEN };

		if (!epoll_ctl(pdd->epoll_fd, EPOLL_CTL_ADD, pdd->listen_fd, &ev))
			pdd->accept_paused = false;
	}
}

/* Send a response (+ records) and, for HELLO, the fds.  0 or -errno. */
static int send_resp(struct pdd_client *cl, const struct pd_resp *resp, const void *rec,
		     size_t reclen, const int *fds, unsigned int nfds)
{
	char cbuf[CMSG_SPACE(sizeof(int) * (3 + PD_MAX_WORKERS))];
	struct iovec iov[2] = {
		{ .iov_base = (void *)resp, .iov_len = sizeof(*resp) },
		{ .iov_base = (void *)rec, .iov_len = reclen },
	};
	struct msghdr mh = { .msg_iov = iov, .msg_iovlen = reclen ? 2 : 1 };

	if (nfds) {
		struct cmsghdr *c;

		memset(cbuf, 0, sizeof(cbuf));
		mh.msg_control = cbuf;
		mh.msg_controllen = CMSG_SPACE(sizeof(int) * nfds);
		c = CMSG_FIRSTHDR(&mh);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int) * nfds);
		memcpy(CMSG_DATA(c), fds, sizeof(int) * nfds);
	}
	if (sendmsg(cl->fd, &mh, MSG_NOSIGNAL | MSG_DONTWAIT) < 0)
		return -errno;
	return 0;
}

static int peer_pid(int fd, pid_t *pid)
{
	struct ucred cr;
	socklen_t len = sizeof(cr);

	if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cr, &len))
		return -errno;
	if (cr.pid <= 0)
		return -ESRCH; /* a peer in a pid namespace we cannot see */
	*pid = cr.pid;
	return 0;
}

static int make_notify(struct pdd_client *cl, int *fdp)
{
	uint64_t size = pd_notify_size(cl->pdd->opts.max_sockets);
	int fd, ret;

	fd = memfd_create("pd-notify", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	if (fd < 0)
		return -errno;
	if (ftruncate(fd, (off_t)size) ||
	    fcntl(fd, F_ADD_SEALS, F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL))
		goto fail;
	cl->notify = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (cl->notify == MAP_FAILED) {
		cl->notify = NULL;
		goto fail;
	}
	cl->notify_size = size;
	*fdp = fd;
	return 0;
fail:
	ret = -errno;
	close(fd);
	return ret;
}

/* The process's own eventfd per worker, watched by that worker's epoll set. */
static int make_kick_fds(struct pdd_client *cl)
{
	struct pdd *pdd = cl->pdd;

	for (unsigned int w = 0; w < pdd->workers; w++) {
		struct epoll_event ev = { .events = EPOLLIN | EPOLLET };

		cl->kick_efd[w] = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
		if (cl->kick_efd[w] < 0)
			return -errno;
		if (epoll_ctl(pdd->worker_epfd[w], EPOLL_CTL_ADD, cl->kick_efd[w], &ev)) {
			int ret = -errno;

			close(cl->kick_efd[w]);
			cl->kick_efd[w] = -1;
			return ret;
		}
	}
	return 0;
}

/* HELLO: make the process, its container on the first one, and hand over the fds. */
static void do_hello(struct pdd_client *cl, const struct pd_req *req)
{
	struct pdd *pdd = cl->pdd;
	struct pd_resp resp = { .op = req->op, .seq = req->seq };
	int fds[3 + PD_MAX_WORKERS];
	int notify_fd = -1, ret;
	char why[160];

	if (req->u.hello.version != PD_UAPI_VERSION) {
		resp.status = -EPROTONOSUPPORT;
		snprintf(why, sizeof(why), "HELLO with ABI version %u, this pdd speaks %u",
			 req->u.hello.version, PD_UAPI_VERSION);
		goto refuse;
	}
	ret = peer_pid(cl->fd, &cl->pid);
	if (!ret)
		ret = pdd_ctr_get(pdd, cl->fd, cl->pid, &cl->ctr);
	if (ret) {
		resp.status = ret == -ENOSPC ? -ENOSPC : ret;
		snprintf(why, sizeof(why), "no container for it: %s%s", strerror(-ret),
			 ret == -ENOSPC ? " (all device windows in use; the last is kept for root on the host)" :
					  "");
		goto refuse;
	}
	ret = make_notify(cl, &notify_fd);
	if (!ret) {
		cl->app_efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
		if (cl->app_efd < 0)
			ret = -errno;
	}
	if (!ret)
		ret = make_kick_fds(cl);
	if (!ret)
		ret = pdc_proc_create(pdd->core, cl->ctr->core, cl, (uint32_t)cl->pid, cl->notify,
				      cl->notify_size, &cl->proc);
	if (!ret) {
		/* only the host's administrator sees other containers (pdctl stats, sockets) */
		cl->admin = pdd_sys_peer_is_admin(cl->fd, cl->pid, cl->ctr->netns_ino);
		pdc_proc_set_sees_all(cl->proc, cl->admin);
		ret = pdc_request(cl->proc, req, &resp, NULL, 0);
	}
	if (ret) {
		resp.status = ret;
		snprintf(why, sizeof(why), "setting up the process: %s", strerror(-ret));
		goto refuse;
	}
	resp.u.hello.nfds = 3 + pdd->workers;
	resp.u.hello.hugepages = pdd->region.huge;
	fds[0] = notify_fd;
	fds[1] = cl->ctr->arena_fd;
	fds[2] = cl->app_efd;
	for (unsigned int w = 0; w < pdd->workers; w++)
		fds[3 + w] = cl->kick_efd[w];
	ret = send_resp(cl, &resp, NULL, 0, fds, 3 + pdd->workers);
	/* the process has its own copy of the notify fd now; pdd keeps the mapping */
	close(notify_fd);
	if (ret) {
		snprintf(why, sizeof(why), "sending the HELLO answer: %s", strerror(-ret));
		pdd_client_drop(cl, why);
		return;
	}
	pdd_log("process %d connected: container %u (netns %llu), %u processes in it%s", (int)cl->pid,
		cl->ctr->id, (unsigned long long)cl->ctr->netns_ino, cl->ctr->nprocs,
		cl->admin ? " (the host's administrator: sees every container)" : "");
	return;

refuse:
	if (notify_fd >= 0)
		close(notify_fd);
	send_resp(cl, &resp, NULL, 0, NULL, 0);
	pdd_client_drop(cl, why);
}

/*
 * --verbose: every request; always: the first PDD_REFUSED_LOG_MAX refusals
 * of a process.  via: "" for the control socket, " (slot)" for the control
 * slot, whose requests a worker serves (so the count is atomic).
 */
void pdd_request_log(struct pdd_client *cl, const struct pd_req *req, int ret, const char *via)
{
	unsigned int n;

	if (cl->pdd->opts.verbose)
		pdd_log("pid %d: %s sd %u -> %d%s", (int)cl->pid, op_name(req->op), req->sd, ret, via);
	if (ret >= 0 || ret == -EAGAIN ||
	    __atomic_load_n(&cl->refused_logged, __ATOMIC_RELAXED) >= PDD_REFUSED_LOG_MAX)
		return;
	n = __atomic_add_fetch(&cl->refused_logged, 1, __ATOMIC_RELAXED);
	if (n <= PDD_REFUSED_LOG_MAX)
		pdd_log("pid %d (container %u): %s sd %u refused: %s%s%s", (int)cl->pid, cl->ctr->id,
			op_name(req->op), req->sd, strerror(-ret), via,
			n == PDD_REFUSED_LOG_MAX ? " (further refusals not logged)" : "");
}

/*
 * Returns -EPIPE when cl was dropped (and freed), else 0.  noreply: the
 * request came with PD_REQ_F_NOREPLY (stripped from req->op): serve it, send
 * nothing.
 */
static int do_request(struct pdd_client *cl, const struct pd_req *req, bool noreply)
{
	static char *buf;
	static size_t bufsz;
	struct pd_resp resp;
	size_t want, rec_size = 0;
	int ret;

	/* an address added (or a route changed) just before this request is known to it */
	if (req->op == PD_REQ_BIND || req->op == PD_REQ_LISTEN || req->op == PD_REQ_CONNECT)
		pdd_net_sync(cl->pdd);
	if (req->op == PD_REQ_STATS) {
		rec_size = sizeof(struct pd_stats_ctr);
		want = sizeof(struct pd_stats_global) + (PDD_MAX_CTRS + 1) * rec_size;
	} else if (req->op == PD_REQ_SOCKETS) {
		rec_size = sizeof(struct pd_sock_stat);
		want = 1024 * rec_size;
	} else {
		want = 0;
	}
	for (int attempt = 0;; attempt++) {
		if (want > bufsz) {
			char *nb = realloc(buf, want);

			if (!nb) {
				want = bufsz;
			} else {
				buf = nb;
				bufsz = want;
			}
		}
		memset(&resp, 0, sizeof(resp));
		ret = pdc_request(cl->proc, req, &resp, want ? buf : NULL, want);
		/* SOCKETS: more records exist than fit; grow once, up to one message */
		if (req->op != PD_REQ_SOCKETS || attempt || resp.val <= resp.nrec)
			break;
		want = resp.val * rec_size;
		if (want > PDD_MAX_MSG - sizeof(resp))
			want = (PDD_MAX_MSG - sizeof(resp)) / rec_size * rec_size;
	}
	pdd_request_log(cl, req, ret, "");
	/* the host's CPU times are the administrator's to see (PD_STATS_SCOPE_OWN: 0) */
	if (req->op == PD_REQ_STATS && resp.nrec &&
	    ((struct pd_stats_global *)(void *)buf)->scope == PD_STATS_SCOPE_ALL)
		pdd_cpu_split(cl->pdd, (struct pd_stats_global *)(void *)buf);
	if (noreply)
		return 0;
	/* STATS: one pd_stats_global, then pd_stats_ctr records */
	ret = send_resp(cl, &resp, buf,
			req->op == PD_REQ_STATS && resp.nrec ?
				sizeof(struct pd_stats_global) + rec_size * (resp.nrec - 1) :
				rec_size * resp.nrec,
			NULL, 0);
	if (ret) {
		char why[96];

		snprintf(why, sizeof(why), "sending a %s answer: %s", op_name(req->op), strerror(-ret));
		pdd_client_drop(cl, why);
		return -EPIPE;
	}
	return 0;
}

/* Serve what the client sent.  May drop (free) cl. */
void pdd_client_event(struct pdd_client *cl, uint32_t events)
{
	for (int i = 0; i < PDD_MSGS_PER_EVENT; i++) {
		union {
			struct pd_req req;
			char raw[sizeof(struct pd_req) + 1];
		} m;
		char why[128];
		bool noreply;
		ssize_t n;

		/* MSG_TRUNC: n is the real length of an oversized message */
		n = recv(cl->fd, &m, sizeof(m), MSG_DONTWAIT | MSG_TRUNC);
		if (n < 0) {
			if (errno == EAGAIN || errno == EINTR)
				break;
			snprintf(why, sizeof(why), "control socket error: %s", strerror(errno));
			pdd_client_drop(cl, why);
			return;
		}
		if (n == 0) {
			/* 0 is also a zero-length message: tell the two apart by the hang-up flags */
			struct pollfd p = { .fd = cl->fd, .events = POLLRDHUP };

			if (!(events & (EPOLLHUP | EPOLLRDHUP)) && poll(&p, 1, 0) == 1)
				events |= (p.revents & (POLLHUP | POLLRDHUP)) ? EPOLLHUP : 0;
			pdd_client_drop(cl, (events & (EPOLLHUP | EPOLLRDHUP)) ? "hung up" :
						  "garbage: an empty message");
			return;
		}
		if (n != sizeof(struct pd_req)) {
			snprintf(why, sizeof(why), "garbage: a message of %zd bytes (requests are %zu)", n,
				 sizeof(struct pd_req));
			pdd_client_drop(cl, why);
			return;
		}
		noreply = (m.req.op & PD_REQ_F_NOREPLY) != 0;
		m.req.op &= ~PD_REQ_F_NOREPLY;
		if (noreply && (m.req.op == PD_REQ_HELLO || m.req.op == PD_REQ_STATS ||
				m.req.op == PD_REQ_SOCKETS)) {
			snprintf(why, sizeof(why), "garbage: %s without an answer", op_name(m.req.op));
			pdd_client_drop(cl, why);
			return;
		}
		if (m.req.op < PD_REQ_HELLO || m.req.op > PD_REQ_SOCKETS) {
			snprintf(why, sizeof(why), "garbage: unknown request op %u", m.req.op);
			pdd_client_drop(cl, why);
			return;
		}
		if (!cl->proc) {
			if (m.req.op != PD_REQ_HELLO) {
				snprintf(why, sizeof(why), "garbage: %s before HELLO", op_name(m.req.op));
				pdd_client_drop(cl, why);
				return;
			}
			do_hello(cl, &m.req);
			return; /* cl may be gone */
		}
		if (m.req.op == PD_REQ_HELLO) {
			struct pd_resp resp = { .op = m.req.op, .seq = m.req.seq, .status = -EISCONN };

			if (send_resp(cl, &resp, NULL, 0, NULL, 0)) {
				pdd_client_drop(cl, "not reading its answers");
				return;
			}
			continue;
		}
		if (do_request(cl, &m.req, noreply))
			return; /* dropped */
	}
}

/*
 * The core bumped this process's event_seq (release) and asks for a wakeup.
 * Called from a worker with the core lock held, so cl and its mapping exist.
 */
void pdd_proc_wake(struct pdd_client *cl)
{
	struct pd_notify_hdr *hdr = cl->notify;
	uint64_t one = 1;

	/*
	 * Full fence: the process adds to app_waiting, fences, then loads
	 * event_seq and re-checks; we stored event_seq (in the core), fence,
	 * then read app_waiting.  One of the two sides sees the other's store
	 * (pd_uapi.h, "Waking the process").
	 */
	uint32_t waiting;

	atomic_thread_fence(memory_order_seq_cst);
	waiting = __atomic_load_n(&hdr->app_waiting, __ATOMIC_RELAXED);
	if (waiting & PD_APP_WAIT_SLEEPERS)
		pdd_futex_wake(pd_futex_word64(&hdr->event_seq));
	if ((waiting & PD_APP_WAIT_EVENTFD) && write(cl->app_efd, &one, sizeof(one)) < 0) {
		/* EAGAIN: counter saturated, the process will wake anyway */
	}
}

/* wake every thread sleeping on a futex word of a process's notify region */
void pdd_futex_wake(uint32_t *word)
{
	/* not FUTEX_PRIVATE: the sleepers are another process sharing the memfd */
	if (syscall(SYS_futex, word, FUTEX_WAKE, INT_MAX, NULL, NULL, 0) < 0) {
		/* EFAULT cannot happen on our own mapping; nothing to do otherwise */
	}
}
