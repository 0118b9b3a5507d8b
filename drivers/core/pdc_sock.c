// SPDX-License-Identifier: MIT
/*
 * pdc_sock.c - sockets and their tables: the bind table (which doubles as
 * the listener table), connection setup, accept queues, shutdown, close,
 * reset, and the release of a socket once nothing refers to its rings.
 *
 * Keys: a bound socket is keyed by (IPv4, port).  Loopback (127/8) and
 * INADDR_ANY bindings are scoped to their container; other addresses are
 * global (a container's address is its own).
 *
 * Lifetime: a socket is attached (proc, shm, slot) until CLOSE or its
 * process dies; then it is detached, and released (rings back to the arena,
 * object freed) once no command in flight refers to its rings and the bytes
 * it produced before closing have drained to the peer.
 */
#include "pdc_int.h"

static uint16_t port_be(uint32_t host)
{
	const uint8_t b[2] = { (uint8_t)(host >> 8), (uint8_t)host };
	uint16_t v;

	memcpy(&v, b, sizeof(v));
	return v;
}

static struct pdc_list *bind_bucket(struct pdc_dev *dev, uint16_t port)
{
	return &dev->bind_hash[port % PDC_BIND_BUCKETS];
}

void pdc_sock_publish(struct pdc_sock *s)
{
	struct pd_sock_shm *m = s->shm;

	if (!m)
		return;
	pdc_store_release32(&m->state, s->state);
	pdc_store_release32(&m->flags, s->flags);
	pdc_store_release32((uint32_t *)&m->error, (uint32_t)s->error);
	pdc_store_release32(&m->accepts, s->nqueued);
	pdc_store_release32(&m->worker, s->worker);
	/* gen last: a reader that sees the new gen sees every field above */
	pdc_store_release64(&m->gen, ++s->gen);
	pdc_wake_sock(s);
}

struct pdc_sock *pdc_sock_lookup(struct pdc_proc *proc, uint32_t sd)
{
	struct pdc_sock *s;

	if (sd >= proc->dev->cfg.max_sockets)
		return NULL;
	s = proc->slot[sd];
	/* a connection waiting in accept() has no descriptor yet */
	if (!s || s->listener)
		return NULL;
	return s;
}

static int sock_new(struct pdc_proc *proc, struct pdc_sock **out)
{
	struct pdc_dev *dev = proc->dev;
	struct pdc_ctr *ctr = proc->ctr;
	struct pdc_sock *s;
	uint32_t sd;

	if (ctr->nsocks >= dev->cfg.max_sockets)
		return -EMFILE;
	for (sd = 0; sd < dev->cfg.max_sockets; sd++)
		if (!proc->slot[sd])
			break;
	if (sd >= dev->cfg.max_sockets)
		return -EMFILE;
	s = pdc_zalloc(dev, sizeof(*s));
	if (!s)
		return -ENOMEM;
	s->dev = dev;
	s->ctr = ctr;
	s->proc = proc;
	s->sd = sd;
	s->shm = &proc->shm[sd];
	s->state = PD_SS_OPEN;
	s->ring_size = dev->cfg.ring_size;
	pdc_list_init(&s->bind_link);
	pdc_list_init(&s->accept_q);
	pdc_list_init(&s->acc_link);
	/* a fresh slot: the process-written counters start at 0 too */
	memset(s->shm, 0, sizeof(*s->shm));
	proc->slot[sd] = s;
	proc->nslots_used++;
	ctr->nsocks++;
	dev->nsocks++;
	pdc_sock_publish(s);
	*out = s;
	return 0;
}

int pdc_sock_create(struct pdc_proc *proc, struct pdc_sock **out)
{
	return sock_new(proc, out);
}

/*
 * Ports are the namespace's own, as in the kernel: a bind conflicts only
 * with sockets of the same container (two namespaces may both use
 * 198.18.0.1:80; which one a CONNECT meets is find_listener's business).
 */
static bool bind_conflict(const struct pdc_sock *b, const struct pdc_ctr *ctr, uint32_t addr)
{
	return b->ctr == ctr && (b->laddr == addr || !b->laddr || !addr);
}

static bool port_in_use(struct pdc_dev *dev, struct pdc_ctr *ctr, uint32_t addr, uint16_t port)
{
	struct pdc_list *head = bind_bucket(dev, port), *n;

	for (n = head->next; n != head; n = n->next) {
		struct pdc_sock *b = pdc_container_of(n, struct pdc_sock, bind_link);

		if (b->lport == port && bind_conflict(b, ctr, addr))
			return true;
	}
	return false;
}

int pdc_sock_bind(struct pdc_sock *s, uint32_t addr, uint16_t port)
{
	struct pdc_dev *dev = s->dev;
	uint32_t i, range = PDC_EPHEMERAL_HI - PDC_EPHEMERAL_LO + 1;

	if (s->bound || s->state != PD_SS_OPEN)
		return -EINVAL;
	if (addr && !pdc_is_loopback(addr) &&
	    !dev->ops->ctr_has_addr(dev->hctx, s->ctr->cookie, addr))
		return -EADDRNOTAVAIL;
	if (port) {
		if (port_in_use(dev, s->ctr, addr, port))
			return -EADDRINUSE;
	} else {
		for (i = 0; i < range; i++) {
			uint32_t p = dev->next_ephemeral++;

			if (dev->next_ephemeral > PDC_EPHEMERAL_HI)
				dev->next_ephemeral = PDC_EPHEMERAL_LO;
			if (!port_in_use(dev, s->ctr, addr, port_be(p))) {
				port = port_be(p);
				break;
			}
		}
		if (!port)
			return -EADDRINUSE;
	}
	s->laddr = addr;
	s->lport = port;
	s->bound = true;
	pdc_list_add_tail(bind_bucket(dev, port), &s->bind_link);
	return 0;
}

static void unbind(struct pdc_sock *s)
{
	if (s->bound) {
		pdc_list_del(&s->bind_link);
		s->bound = false;
	}
}

int pdc_sock_listen(struct pdc_sock *s, uint32_t backlog)
{
	int ret;

	if (s->state != PD_SS_OPEN && s->state != PD_SS_LISTEN)
		return -EINVAL;
	if (!s->bound) {
		ret = pdc_sock_bind(s, 0, 0);
		if (ret)
			return ret;
	}
	if (backlog == 0)
		backlog = 1;
	/*
	 * At most half the container's socket slots (somaxconn's part): a
	 * queued connection holds one of the listener's slots (its rings come at
	 * ACCEPT), so a queue that others fill can never take all of them.
	 */
	if (backlog > s->dev->cfg.max_sockets / 2)
		backlog = s->dev->cfg.max_sockets / 2 ? s->dev->cfg.max_sockets / 2 : 1;
	s->backlog = backlog;
	s->state = PD_SS_LISTEN;
	pdc_sock_publish(s);
	return 0;
}

static bool listens_on(struct pdc_dev *dev, const struct pdc_sock *l, uint32_t addr, uint16_t port)
{
	if (l->state != PD_SS_LISTEN || l->lport != port || !l->proc)
		return false;
	if (l->laddr == addr || (!l->laddr && pdc_is_loopback(addr)))
		return true;
	return !l->laddr && dev->ops->ctr_has_addr(dev->hctx, l->ctr->cookie, addr);
}

/*
 * The listener a CONNECT from ctr to addr:port meets, where kernel TCP's
 * packet would go: 127/8 and the container's own addresses stay in the
 * container; another address goes to the one container that owns it and
 * listens there.  *err: ECONNREFUSED when none does, or when several
 * namespaces own the address (the route between namespaces is not pdd's
 * to guess: no client is delivered to a namespace it may not reach).
 */
static struct pdc_sock *find_listener(struct pdc_dev *dev, struct pdc_ctr *ctr, uint32_t addr,
				      uint16_t port, int *err)
{
	struct pdc_list *head = bind_bucket(dev, port), *n;
	struct pdc_sock *found = NULL;
	bool own = pdc_is_loopback(addr) || dev->ops->ctr_has_addr(dev->hctx, ctr->cookie, addr);

	*err = -ECONNREFUSED;
	for (n = head->next; n != head; n = n->next) {
		struct pdc_sock *l = pdc_container_of(n, struct pdc_sock, bind_link);

		if ((own && l->ctr != ctr) || !listens_on(dev, l, addr, port))
			continue;
		if (own)
			return l;
		if (found && found->ctr != l->ctr) {
			pdc_log(dev, PDC_LOG_WARN,
				"pdc: %u.%u.%u.%u:%u is listened on in two containers (%u, %u): a "
				"CONNECT to it from container %u is refused",
				((uint8_t *)&addr)[0], ((uint8_t *)&addr)[1], ((uint8_t *)&addr)[2],
				((uint8_t *)&addr)[3], (unsigned)(((port & 0xffu) << 8) | (port >> 8)),
				found->ctr->id, l->ctr->id, ctr->id);
			return NULL;
		}
		found = l;
	}
	return found;
}

static void sock_detach(struct pdc_sock *s)
{
	struct pdc_proc *p = s->proc;

	if (!p)
		return;
	p->slot[s->sd] = NULL;
	p->nslots_used--;
	s->ctr->nsocks--;
	s->dev->nsocks--;
	s->proc = NULL;
	s->shm = NULL;
}

static int conn_alloc(struct pdc_dev *dev, struct pdc_conn **out)
{
	struct pdc_conn *c;

	if (!dev->nconn_free)
		return -ENOBUFS;
	c = pdc_zalloc(dev, sizeof(*c));
	if (!c)
		return -ENOMEM;
	c->idx = dev->conn_free[--dev->nconn_free];
	c->gen = ++dev->conn_gen[c->idx];
	pdc_list_init(&c->pipe[0].defer_link);
	pdc_list_init(&c->pipe[1].defer_link);
	dev->conns[c->idx] = c;
	*out = c;
	return 0;
}

static void conn_free(struct pdc_dev *dev, struct pdc_conn *c)
{
	int i;

	for (i = 0; i < 2; i++)
		if (c->pipe[i].deferred) {
			pdc_list_del(&c->pipe[i].defer_link);
			c->pipe[i].deferred = false;
		}
	dev->conns[c->idx] = NULL;
	dev->conn_free[dev->nconn_free++] = c->idx;
	pdc_free(dev, c);
}

static int alloc_rings(struct pdc_sock *s, uint32_t size)
{
	int ret;

	ret = pdc_ring_alloc(s->ctr, size, &s->send);
	if (ret)
		return ret;
	ret = pdc_ring_alloc(s->ctr, size, &s->recv);
	if (ret)
		pdc_ring_free(s->ctr, &s->send);
	return ret;
}

/*
 * The ring size of a socket nobody sized (no SO_SNDBUF/SO_RCVBUF): the
 * configured size while its container has few sockets, then smaller as
 * they grow, so that the default quota holds thousands of connections
 * instead of refusing the 65th.  The n-th socket's rings are at most
 * quota / (32 n) each: over n sockets that sums to about (quota / 16) ln n,
 * within the quota up to several thousand sockets (each at least
 * PDC_RING_AUTO_MIN; 4096 sockets of a 512 MiB quota take ~340 MiB).
 */
#define PDC_RING_AUTO_MIN (16u << 10)

static uint32_t auto_ring(const struct pdc_sock *s)
{
	uint64_t fair = s->dev->cfg.max_memory / (32ull * (s->ctr->nsocks ? s->ctr->nsocks : 1));
	uint32_t size = s->ring_size;

	if (s->ring_set)
		return size;
	while (size > PDC_RING_AUTO_MIN && size > fair)
		size >>= 1;
	return size;
}

static void free_rings(struct pdc_sock *s)
{
	pdc_ring_free(s->ctr, &s->send);
	pdc_ring_free(s->ctr, &s->recv);
}

static struct pdc_ctr *pending_from(const struct pdc_sock *p)
{
	return p->conn && p->conn->s[0] ? p->conn->s[0]->ctr : NULL;
}

/*
 * A SYN-backlog analog.  A full accept queue takes a newcomer from container
 * `from` by dropping (resetting) the oldest unaccepted connection of the
 * other container that holds the most of them, when that container holds
 * more than `from` does: a container that floods a listener with CONNECTs
 * it never follows up cannot keep another container's clients out, and a
 * single client container may still fill the whole backlog.  The walk runs
 * only when the queue is full.  True if there is room (now).
 */
#define PDC_BACKLOG_SRCS 64

static bool backlog_room(struct pdc_sock *l, struct pdc_ctr *from)
{
	struct {
		struct pdc_ctr *ctr;
		uint32_t n;
	} src[PDC_BACKLOG_SRCS];
	unsigned int nsrc = 0, i;
	struct pdc_list *e;
	struct pdc_ctr *top = NULL;
	uint32_t top_n = 0, from_n = 0;

	if (l->nqueued < l->backlog)
		return true;
	/* pending connections per source container (the first PDC_BACKLOG_SRCS of them) */
	for (e = l->accept_q.next; e != &l->accept_q; e = e->next) {
		struct pdc_ctr *c = pending_from(pdc_container_of(e, struct pdc_sock, acc_link));

		if (!c)
			continue;
		for (i = 0; i < nsrc && src[i].ctr != c; i++)
			;
		if (i == nsrc) {
			if (nsrc == PDC_BACKLOG_SRCS)
				continue;
			src[nsrc].ctr = c;
			src[nsrc++].n = 0;
		}
		src[i].n++;
	}
	for (i = 0; i < nsrc; i++) {
		if (src[i].ctr == from)
			from_n = src[i].n;
		else if (src[i].n > top_n) {
			top_n = src[i].n;
			top = src[i].ctr;
		}
	}
	if (!top || top_n <= from_n + 1)
		return false;
	for (e = l->accept_q.next; e != &l->accept_q; e = e->next) {
		struct pdc_sock *p = pdc_container_of(e, struct pdc_sock, acc_link);

		if (pending_from(p) == top) {
			pdc_conn_reset(p->conn, ECONNRESET);
			pdc_sock_close(p); /* unlinks it from the queue */
			return l->nqueued < l->backlog;
		}
	}
	return false;
}

int pdc_sock_connect(struct pdc_sock *s, uint32_t addr, uint16_t port)
{
	struct pdc_dev *dev = s->dev;
	struct pdc_sock *l, *p;
	struct pdc_conn *c;
	uint32_t laddr;
	int ret;

	if (s->state == PD_SS_CONNECTED)
		return -EISCONN;
	if (s->state != PD_SS_OPEN)
		return -EINVAL;
	if (!addr)
		addr = pdc_loopback_be(); /* as Linux: connecting to 0.0.0.0 means this host */
	if (!port)
		return -ECONNREFUSED;
	/* where kernel TCP could not go from the caller's namespace, neither does PD */
	if (!pdc_is_loopback(addr) && dev->ops->ctr_routes_to &&
	    !dev->ops->ctr_has_addr(dev->hctx, s->ctr->cookie, addr) &&
	    !dev->ops->ctr_routes_to(dev->hctx, s->ctr->cookie, addr))
		return -ENETUNREACH;
	l = find_listener(dev, s->ctr, addr, port, &ret);
	if (!l)
		return ret;
	if (!backlog_room(l, s->ctr))
		return -ECONNREFUSED;

	/* the local address this connection uses */
	laddr = s->laddr;
	if (!laddr) {
		if (pdc_is_loopback(addr)) {
			laddr = addr;
		} else {
			ret = dev->ops->ctr_first_addr(dev->hctx, s->ctr->cookie, &laddr);
			if (ret)
				return -EADDRNOTAVAIL;
		}
	}
	if (!s->bound) {
		ret = pdc_sock_bind(s, laddr, 0);
		if (ret)
			return ret;
	}

	ret = sock_new(l->proc, &p);
	if (ret)
		return -ENOBUFS;
	ret = conn_alloc(dev, &c);
	if (ret)
		goto free_p;
	p->ring_size = l->ring_size;
	p->ring_set = l->ring_set;
	/*
	 * The caller's rings now, the listener's side at ACCEPT: until the
	 * listener takes the connection, it costs the listener's container a
	 * socket slot and no ring memory (what the caller sends waits in the
	 * caller's own send ring).
	 */
	ret = alloc_rings(s, auto_ring(s));
	if (ret)
		goto free_conn;

	c->worker = dev->next_worker++ % dev->cfg.workers;
	c->s[0] = s;
	c->s[1] = p;
	s->conn = c;
	s->side = 0;
	p->conn = c;
	p->side = 1;
	s->worker = p->worker = c->worker;
	s->laddr = laddr;
	s->paddr = addr;
	s->pport = port;
	p->laddr = addr;
	p->lport = port;
	p->paddr = laddr;
	p->pport = s->lport;
	s->state = p->state = PD_SS_CONNECTED;

	p->listener = l;
	pdc_list_add_tail(&l->accept_q, &p->acc_link);
	l->nqueued++;
	pdc_sock_publish(p);
	pdc_sock_publish(s);
	pdc_sock_publish(l); /* accepts changed; wakes the listener's process */
	return 0;

free_conn:
	s->conn = p->conn = NULL;
	conn_free(dev, c);
free_p:
	/* the listener's process never learns of this slot: leave it FREE */
	p->state = PD_SS_FREE;
	pdc_sock_publish(p);
	sock_detach(p);
	pdc_free(dev, p);
	return ret == -ENOMEM ? -ENOMEM : -ENOBUFS;
}

int pdc_sock_accept(struct pdc_sock *l, struct pdc_sock **out)
{
	struct pdc_sock *p;

	if (l->state != PD_SS_LISTEN)
		return -EINVAL;
	if (pdc_list_empty(&l->accept_q))
		return -EAGAIN;
	p = pdc_container_of(l->accept_q.next, struct pdc_sock, acc_link);
	pdc_list_del(&p->acc_link);
	p->listener = NULL;
	l->nqueued--;
	pdc_sock_publish(l);
	/*
	 * The listener's rings, charged to its container now that it took the
	 * connection (a connection reset meanwhile gets them too: the process
	 * reads its state through them, as any socket's).
	 */
	if (!p->send.size) {
		int ret = alloc_rings(p, auto_ring(p));

		if (ret) {
			/* no memory for it: the caller sees a reset, the accepter ENOBUFS */
			if (p->conn)
				pdc_conn_reset(p->conn, ECONNRESET);
			pdc_sock_close(p);
			return ret == -ENOMEM ? -ENOMEM : -ENOBUFS;
		}
		if (p->conn && !p->conn->reset) {
			/* what the caller sent meanwhile, and room for its peer's sends */
			pdc_pipe_pump(p->conn, 0);
			pdc_pipe_pump(p->conn, 1);
		}
	}
	pdc_sock_publish(p);
	*out = p;
	return 0;
}

int pdc_sock_shutdown(struct pdc_sock *s, uint32_t how)
{
	struct pdc_conn *c = s->conn;

	if (how > PD_SHUT_RDWR)
		return -EINVAL;
	if (s->state != PD_SS_CONNECTED || !c)
		return -ENOTCONN;
	/* take the bytes the process produced before it shut down */
	pdc_sock_kick(s);
	if (c->reset)
		return 0;
	if (how == PD_SHUT_RD || how == PD_SHUT_RDWR)
		s->flags |= PD_SF_SHUT_RD;
	if (how == PD_SHUT_WR || how == PD_SHUT_RDWR) {
		s->flags |= PD_SF_SHUT_WR;
		c->pipe[s->side].shut = true;
		pdc_pipe_check_eof(c, s->side);
	}
	pdc_sock_publish(s);
	return 0;
}

/*
 * Reset a connection: both sides see PD_SF_RESET and err (ECONNRESET), no
 * more copies are issued; detached sides are released once the commands in
 * flight completed.
 */
void pdc_conn_reset(struct pdc_conn *c, int32_t err)
{
	struct pdc_sock *a = c->s[0], *b = c->s[1];
	int i;

	if (c->reset)
		return;
	c->reset = true;
	for (i = 0; i < 2; i++) {
		struct pdc_sock *s = c->s[i];

		if (c->pipe[i].deferred) {
			pdc_list_del(&c->pipe[i].defer_link);
			c->pipe[i].deferred = false;
		}
		if (!s)
			continue;
		s->state = PD_SS_CLOSED;
		s->flags |= PD_SF_RESET;
		s->error = err;
		pdc_sock_publish(s);
	}
	/* either release may free c: take both sockets first */
	if (a)
		pdc_sock_try_release(a);
	if (b)
		pdc_sock_try_release(b);
}

/* remove a not yet accepted connection: its client sees a reset */
static void drop_queued(struct pdc_sock *l)
{
	while (!pdc_list_empty(&l->accept_q)) {
		struct pdc_sock *p = pdc_container_of(l->accept_q.next, struct pdc_sock, acc_link);
		struct pdc_conn *c = p->conn;

		pdc_list_del(&p->acc_link);
		p->listener = NULL;
		l->nqueued--;
		sock_detach(p);
		if (c && !c->reset)
			pdc_conn_reset(c, ECONNRESET); /* releases p */
		else
			pdc_sock_try_release(p);
	}
}

void pdc_sock_close(struct pdc_sock *s)
{
	struct pdc_conn *c = s->conn;

	unbind(s);
	if (s->listener) {
		pdc_list_del(&s->acc_link);
		s->listener->nqueued--;
		pdc_sock_publish(s->listener);
		s->listener = NULL;
	}
	if (s->state == PD_SS_LISTEN)
		drop_queued(s);
	if (c && !c->reset) {
		/* take the last bytes produced, then let them drain: EOF at the peer after them */
		pdc_sock_kick(s);
		if (!c->reset) {
			c->pipe[s->side].shut = true;
			pdc_pipe_check_eof(c, s->side);
		}
	}
	sock_detach(s);
	pdc_sock_try_release(s);
}

void pdc_sock_kill(struct pdc_sock *s)
{
	struct pdc_conn *c = s->conn;

	if (s->state == PD_SS_LISTEN || !c) {
		pdc_sock_close(s);
		return;
	}
	unbind(s);
	if (s->listener) {
		pdc_list_del(&s->acc_link);
		s->listener->nqueued--;
		pdc_sock_publish(s->listener);
		s->listener = NULL;
	}
	sock_detach(s);
	if (c->reset)
		pdc_sock_try_release(s);
	else
		pdc_conn_reset(c, ECONNRESET); /* releases s (and maybe c) when nothing is in flight */
}

/* Free a detached socket once no command refers to its rings; maybe free its connection. */
void pdc_sock_try_release(struct pdc_sock *s)
{
	struct pdc_dev *dev = s->dev;
	struct pdc_conn *c = s->conn;
	struct pdc_sock *peer = NULL;

	if (s->proc)
		return;
	if (c) {
		struct pdc_pipe *out = &c->pipe[s->side];

		peer = c->s[!s->side];
		if (c->inflight)
			return;
		/* still draining what it produced before closing to a live peer */
		if (!c->reset && peer && peer->proc && out->done != out->prod)
			return;
		c->s[s->side] = NULL;
		s->conn = NULL;
		if (!peer) {
			conn_free(dev, c);
		} else if (!c->reset && !out->eof_sent) {
			/* the peer is alive: it reads EOF now */
			out->eof_sent = true;
			peer->flags |= PD_SF_PEER_SHUT;
			pdc_sock_publish(peer);
		}
	}
	free_rings(s);
	unbind(s);
	pdc_free(dev, s);
	/* a detached peer waiting to drain into us can go now */
	if (peer && !peer->proc)
		pdc_sock_try_release(peer);
}

void pdc_sock_info(const struct pdc_sock *s, struct pd_sock_info *info)
{
	memset(info, 0, sizeof(*info));
	info->send_off = s->send.off;
	info->recv_off = s->recv.off;
	info->send_size = s->send.size;
	info->recv_size = s->recv.size;
	info->local_addr = s->laddr;
	info->peer_addr = s->paddr;
	info->local_port = s->lport;
	info->peer_port = s->pport;
	info->worker = s->worker;
}
