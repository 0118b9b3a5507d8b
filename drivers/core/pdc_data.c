// SPDX-License-Identifier: MIT
/*
 * pdc_data.c - the data path: kicks, validation of process-written
 * counters, COPY issue on SQ w (split at ring ends), completions on CQ w,
 * wakes, and the worker sleep protocol.
 *
 * Every counter the process writes (send.prod, recv.cons) is read once per
 * kick with an acquire load and validated against the core's private pipe
 * counters; the core never reads back send.cons, recv.prod or the status
 * line (its own copies are authoritative).
 */
#include "pdc_int.h"

#define PDC_TAG_LEN_MASK ((1ull << PDC_TAG_LEN_BITS) - 1)
#define PDC_TAG_IDX_MASK ((1ull << PDC_TAG_IDX_BITS) - 1)
#define PDC_DEFAULT_BUDGET 256u

static uint64_t make_tag(const struct pdc_conn *c, int dir, uint32_t len)
{
	return (uint64_t)len | ((uint64_t)dir << PDC_TAG_DIR_SHIFT) |
	       ((uint64_t)c->idx << PDC_TAG_IDX_SHIFT) | ((uint64_t)c->gen << PDC_TAG_GEN_SHIFT);
}

static uint64_t min64(uint64_t a, uint64_t b)
{
	return a < b ? a : b;
}

/* SQ full: entries - 1 outstanding (an SQ is empty when head == tail) */
static bool sq_full(const struct pdc_worker *wk)
{
	return wk->sq_tail - wk->sq_head >= wk->sq_mask;
}

void pdc_wake_mark(struct pdc_proc *p)
{
	if (p->wake_pending)
		return;
	p->wake_pending = true;
	p->wake_next = p->dev->wake_list;
	p->dev->wake_list = p;
}

void pdc_wake_sock(struct pdc_sock *s)
{
	struct pd_sock_shm *m = s->shm;

	if (!m || !s->proc)
		return;
	/*
	 * The state the waiter waits for was published (release) before this
	 * call.  Word, full fence, waiters: pairs with the process's waiters
	 * add, full fence, load of the word (pd_uapi.h, "Waking the process").
	 * The word comes from the private copy: the process may scribble on it.
	 */
	pdc_store_release32(&m->wake_seq, ++s->wake_seq);
	pdc_fence();
	if (pdc_load_relaxed32(&m->waiters) && s->dev->ops->sock_wake)
		s->dev->ops->sock_wake(s->dev->hctx, s->proc->cookie, &m->wake_seq);
	pdc_wake_mark(s->proc);
}

void pdc_flush(struct pdc_dev *dev)
{
	uint32_t w;

	for (w = 0; w < dev->cfg.workers; w++) {
		struct pdc_worker *wk = &dev->wk[w];

		if (!wk->sq_unrung)
			continue;
		/* SQEs are complete in memory before the device may fetch them */
		pdc_wmb();
		pdc_wr(dev, PD_REG_Q(w) + PD_Q_SQ_TAIL, wk->sq_tail & wk->sq_mask);
		wk->sq_unrung = 0;
		/* a sleeping worker must see the completions of what we issued for it */
		if (wk->sleeping)
			dev->ops->worker_wake(dev->hctx, w);
	}
	while (dev->wake_list) {
		struct pdc_proc *p = dev->wake_list;

		dev->wake_list = p->wake_next;
		p->wake_pending = false;
		/* pairs with the process's load_acquire of event_seq: state first, then the event */
		pdc_store_release64(&p->hdr->event_seq, ++p->event_seq);
		dev->ops->proc_wake(dev->hctx, p->cookie);
	}
}

static void defer(struct pdc_worker *wk, struct pdc_pipe *p)
{
	if (!p->deferred) {
		p->deferred = true;
		pdc_list_add_tail(&wk->deferred, &p->defer_link);
	}
}

/*
 * Re-read the process-written counters of pipe p (the sender's send.prod,
 * the receiver's recv.cons) without a kick: a value that moved forward and
 * passes the checks of sock_kick is taken; any other is left for the next
 * kick, which refuses it (a re-read never counts a refusal).
 */
static void pipe_refresh(struct pdc_sock *src, struct pdc_sock *dst, struct pdc_pipe *p)
{
	uint64_t v;

	if (src->shm && src->proc && !(src->flags & PD_SF_SHUT_WR)) {
		/* pairs with the process's store_release of send.prod */
		v = pdc_load_acquire64(&src->shm->send.prod);
		if ((int64_t)(v - p->prod) > 0 && v - p->done <= src->send.size)
			p->prod = v;
	}
	if (dst->shm) {
		/* pairs with the process's store_release of recv.cons */
		v = pdc_load_acquire64(&dst->shm->recv.cons);
		if ((int64_t)(v - p->rcons) > 0 && v - p->rcons <= p->done - p->rcons)
			p->rcons = v;
	}
}

/*
 * Set a quiet flag (pd_uapi.h, "quiet").  Turning it on needs no fence: a
 * kick that comes anyway costs only time.  Turning it off is a promise to
 * look at the next store: 0, full fence, then the caller re-reads (returns
 * true when it must).
 */
static bool quiet_set(struct pd_sock_shm *m, int ring_send, bool *copy, bool on)
{
	uint32_t *w;

	if (!m)
		return false;
	w = ring_send ? &m->send.prod_quiet : &m->recv.cons_quiet;
	if (on) {
		if (!*copy)
			pdc_store_relaxed32(w, 1);
		*copy = true;
		return false;
	}
	/* always stored: the process may have scribbled on the word */
	pdc_store_relaxed32(w, 0);
	*copy = false;
	/* pairs with the process's counter store, full fence, flag load */
	pdc_fence();
	return true;
}

/*
 * Issue COPYs for pipe dir of c: min(produced - issued, free space at the
 * receiver), split where either ring ends (and at 16 MiB).  Returns commands
 * issued.  SQ full: the pipe waits on the worker's deferred list.
 *
 * The counters are re-read first, so a process that skipped its kick
 * (quiet flag on) is seen here: on every completion of this pipe, when room
 * appears, and from the deferred list.  When the pipe stops, the flags say
 * who must kick: nothing produced and nothing under way, the sender (its
 * next send.prod store); bytes waiting for room, the receiver (its next
 * recv.cons store).
 */
static unsigned int pipe_pump(struct pdc_conn *c, int dir)
{
	struct pdc_sock *src = c->s[dir], *dst = c->s[!dir];
	struct pdc_pipe *p = &c->pipe[dir];
	struct pdc_dev *dev;
	struct pdc_worker *wk;
	unsigned int n = 0;
	bool looked_prod = false, looked_cons = false;

	/* no rings yet on the listener's side: nothing moves before ACCEPT */
	if (c->reset || !src || !dst || !dst->proc || !src->send.size || !dst->recv.size)
		return 0;
	dev = src->dev;
	wk = &dev->wk[c->worker];
	pipe_refresh(src, dst, p);
	for (;;) {
		uint64_t avail = p->prod - p->issued;
		uint64_t space = dst->recv.size - (p->issued - p->rcons);
		uint64_t soff = p->issued & (src->send.size - 1);
		uint64_t doff = p->issued & (dst->recv.size - 1);
		uint64_t seg = min64(avail, space);
		struct pd_sqe *e;

		if (!seg) {
			if (avail) {
				/* bytes wait for room: the receiver must kick, the sender need not */
				quiet_set(src->shm, 1, &p->prod_quiet, true);
				if (!looked_cons && quiet_set(dst->shm, 0, &p->cons_quiet, false)) {
					looked_cons = true;
					pipe_refresh(src, dst, p);
					continue;
				}
			} else {
				quiet_set(dst->shm, 0, &p->cons_quiet, true);
				if (p->issued != p->done) {
					/* a completion comes and pumps again */
					quiet_set(src->shm, 1, &p->prod_quiet, true);
				} else if (!looked_prod && quiet_set(src->shm, 1, &p->prod_quiet, false)) {
					looked_prod = true;
					pipe_refresh(src, dst, p);
					continue;
				}
			}
			break;
		}
		if (sq_full(wk)) {
			defer(wk, p);
			return n;
		}
		seg = min64(seg, src->send.size - soff);
		seg = min64(seg, dst->recv.size - doff);
		seg = min64(seg, PD_COPY_MAX_LEN);
		e = &wk->sq[wk->sq_tail & wk->sq_mask];
		e->opcode = PD_OP_COPY;
		e->flags = PD_SQE_F_IRQ;
		e->rsvd = 0;
		e->len = (uint32_t)seg;
		e->src = src->ctr->arena_dev + src->send.off + soff;
		e->dst = dst->ctr->arena_dev + dst->recv.off + doff;
		e->tag = make_tag(c, dir, (uint32_t)seg);
		wk->sq_tail++;
		wk->sq_unrung++;
		p->issued += seg;
		c->inflight++;
		n++;
	}
	if (p->deferred) {
		pdc_list_del(&p->defer_link);
		p->deferred = false;
	}
	return n;
}

void pdc_pipe_pump(struct pdc_conn *c, int dir)
{
	pipe_pump(c, dir);
}

/* EOF for the receiver once everything the sender produced before SHUT_WR arrived */
void pdc_pipe_check_eof(struct pdc_conn *c, int dir)
{
	struct pdc_pipe *p = &c->pipe[dir];
	struct pdc_sock *dst = c->s[!dir];

	if (c->reset || !p->shut || p->eof_sent || p->done != p->prod)
		return;
	p->eof_sent = true;
	if (dst) {
		dst->flags |= PD_SF_PEER_SHUT;
		pdc_sock_publish(dst);
	}
}

/* A refused request or shared value: counted, sticky EINVAL, the connection as it was. */
void pdc_sock_refuse(struct pdc_sock *s)
{
	s->dev->refused++;
	s->ctr->refused++;
	s->error = EINVAL;
	pdc_sock_publish(s);
}

/*
 * The process kicked socket s: validate its send.prod and recv.cons, then
 * copy what is now possible in both directions.  Returns commands issued.
 */
static unsigned int sock_kick(struct pdc_sock *s)
{
	struct pdc_conn *c = s->conn;
	struct pdc_pipe *out, *in;
	struct pdc_sock *peer;
	uint64_t prod, cons;
	unsigned int n;

	if (!c || c->reset || !s->shm)
		return 0;
	out = &c->pipe[s->side];
	in = &c->pipe[!s->side];
	peer = c->s[!s->side];

	/* pairs with the process's store_release of send.prod: the bytes are in the ring */
	prod = pdc_load_acquire64(&s->shm->send.prod);
	if (prod != out->prod) {
		if ((int64_t)(prod - out->prod) < 0 || prod - out->done > s->send.size ||
		    (s->flags & PD_SF_SHUT_WR)) {
			pdc_sock_refuse(s);
		} else if (!peer || !peer->proc) {
			/* sending to a closed peer: the connection is reset, EPIPE here */
			pdc_conn_reset(c, EPIPE);
			return 0;
		} else {
			out->prod = prod;
		}
	}
	/* pairs with the process's store_release of recv.cons: it finished reading */
	cons = pdc_load_acquire64(&s->shm->recv.cons);
	if (cons != in->rcons) {
		if ((int64_t)(cons - in->rcons) < 0 || cons - in->rcons > in->done - in->rcons)
			pdc_sock_refuse(s);
		else
			in->rcons = cons;
	}
	n = pipe_pump(c, s->side);
	n += pipe_pump(c, !s->side);
	return n;
}

void pdc_sock_kick(struct pdc_sock *s)
{
	sock_kick(s);
}

int pdc_sock_sent(struct pdc_sock *s, uint64_t off, uint64_t len)
{
	struct pdc_conn *c = s->conn;
	struct pdc_pipe *p;
	uint64_t size;

	if (!c || s->state == PD_SS_OPEN || s->state == PD_SS_LISTEN)
		return -ENOTCONN;
	if (c->reset || (s->flags & PD_SF_SHUT_WR))
		return -EPIPE;
	p = &c->pipe[s->side];
	size = s->send.size;
	if (off >= size || off != (p->prod & (size - 1)) || len > size - (p->prod - p->done)) {
		pdc_sock_refuse(s);
		return -EINVAL;
	}
	p->prod += len;
	pipe_pump(c, s->side);
	return 0;
}

int pdc_sock_consumed(struct pdc_sock *s, uint64_t len)
{
	struct pdc_conn *c = s->conn;
	struct pdc_pipe *p;

	if (!c || s->state == PD_SS_OPEN || s->state == PD_SS_LISTEN)
		return -ENOTCONN;
	if (c->reset)
		return -ECONNRESET;
	p = &c->pipe[!s->side];
	if (len > p->done - p->rcons) {
		pdc_sock_refuse(s);
		return -EINVAL;
	}
	p->rcons += len;
	pipe_pump(c, !s->side);
	return 0;
}

/* release the detached sides of c that nothing refers to any more; may free c */
static void release_detached(struct pdc_dev *dev, struct pdc_conn *c)
{
	uint32_t idx = c->idx;
	struct pdc_sock *s = c->s[0];

	if (s && !s->proc)
		pdc_sock_try_release(s);
	/* c survives while its table slot still points to it (nothing is allocated meanwhile) */
	if (dev->conns[idx] != c)
		return;
	s = c->s[1];
	if (s && !s->proc)
		pdc_sock_try_release(s);
}

/* one completion: advance the private counters, then the shared ones, then wake */
static void complete(struct pdc_dev *dev, uint64_t tag, uint16_t status)
{
	uint32_t idx = (uint32_t)((tag >> PDC_TAG_IDX_SHIFT) & PDC_TAG_IDX_MASK);
	uint16_t gen = (uint16_t)(tag >> PDC_TAG_GEN_SHIFT);
	int dir = (int)((tag >> PDC_TAG_DIR_SHIFT) & 1);
	uint32_t len = (uint32_t)(tag & PDC_TAG_LEN_MASK);
	struct pdc_sock *src, *dst;
	struct pdc_conn *c;
	struct pdc_pipe *p;

	dev->commands++;
	if (status != PD_ST_OK)
		dev->faults++;
	c = idx < dev->cfg.max_conns ? dev->conns[idx] : NULL;
	if (!c || c->gen != gen || !c->inflight) {
		/* not ours (any more): nothing refers to it, nothing to do */
		dev->late++;
		return;
	}
	c->inflight--;
	src = c->s[dir];
	dst = c->s[!dir];
	if (status != PD_ST_OK) {
		pdc_log(dev, PDC_LOG_WARN, "pdc: COPY of connection %u failed with status %u: reset",
			idx, status);
		if (!c->reset) {
			pdc_conn_reset(c, ECONNRESET);
			return;
		}
	}
	if (c->reset) {
		/* a late completion of a reset connection: only the release waits for it */
		release_detached(dev, c);
		return;
	}
	p = &c->pipe[dir];
	p->done += len;
	dev->bytes_copied += len;
	if (src) {
		src->bytes_sent += len;
		src->ctr->bytes_sent += len;
		if (src->shm) {
			/* pairs with the process's load_acquire of send.cons: the space is free */
			pdc_store_release64(&src->shm->send.cons, p->done);
			pdc_wake_sock(src);
		}
	}
	if (dst) {
		dst->bytes_recv += len;
		dst->ctr->bytes_recv += len;
		if (dst->shm) {
			/* pairs with the process's load_acquire of recv.prod: the bytes are there */
			pdc_store_release64(&dst->shm->recv.prod, p->done);
			pdc_wake_sock(dst);
		}
	}
	/* the sender may have produced more without a kick (its quiet flag was on) */
	pipe_pump(c, dir);
	pdc_pipe_check_eof(c, dir);
	/* a closed side may be done now (this may free c) */
	release_detached(dev, c);
}

static bool cqe_pending(const struct pdc_worker *wk)
{
	const struct pd_cqe *e = &wk->cq[wk->cq_head & wk->cq_mask];
	/*
	 * Expected phase: 1 on the first pass, 0 on the second, ...  Computed
	 * from the 32-bit free-running head (never a 16-bit temporary, which
	 * would stop flipping at 65536 entries); 2^32 is an even number of
	 * passes for every CQ size, so the parity survives the wrap.
	 */
	uint32_t want = ((wk->cq_head >> wk->cq_log2) & 1) ^ 1;

	/* the device writes the phase byte last: the acquire orders the rest of the entry after it */
	return (pdc_load_acquire8(&e->phase) & PD_CQE_PHASE) == want;
}

static unsigned int reap_cq(struct pdc_dev *dev, unsigned int w, unsigned int budget)
{
	struct pdc_worker *wk = &dev->wk[w];
	unsigned int n = 0;

	while (n < budget && cqe_pending(wk)) {
		const struct pd_cqe *e = &wk->cq[wk->cq_head & wk->cq_mask];
		uint64_t tag = e->tag;
		uint16_t status = e->status;
		uint32_t head = e->sq_head;

		/* the SQ slots up to the device's head are free again */
		wk->sq_head += (head - wk->sq_head) & wk->sq_mask;
		wk->cq_head++;
		n++;
		complete(dev, tag, status);
	}
	if (n) {
		/* entries read before the device may overwrite them */
		pdc_fence();
		pdc_wr(dev, PD_REG_Q(w) + PD_Q_CQ_HEAD, wk->cq_head & wk->cq_mask);
	}
	return n;
}

static uint64_t *kick_area(struct pdc_proc *p, unsigned int w)
{
	return (uint64_t *)(p->notify + PD_NOTIFY_KICK_OFF +
			    w * pd_kick_bytes(p->dev->cfg.max_sockets));
}

static unsigned int serve_kicks(struct pdc_dev *dev, unsigned int w)
{
	struct pdc_list *n;
	unsigned int served = 0;
	uint32_t max = dev->cfg.max_sockets;

	for (n = dev->procs.next; n != &dev->procs; n = n->next) {
		struct pdc_proc *p = pdc_container_of(n, struct pdc_proc, link);
		uint64_t *k = kick_area(p, w);
		uint64_t sum;

		if (!pdc_load_relaxed64(&k[0]))
			continue;
		/*
		 * acquire pairs with the process's release when it set the
		 * summary bit; the fence pairs with its fence before it found a
		 * bit already set and left it (pd_kick_mark): taken, then read
		 */
		sum = pdc_xchg64(&k[0], 0);
		pdc_fence();
		while (sum) {
			uint32_t i = (uint32_t)__builtin_ctzll(sum);
			uint64_t bits;

			sum &= sum - 1;
			/*
			 * Summary bit i stands for bitmap words i, i + 64, ...
			 * (pd_uapi.h): tables above 4096 sockets fold onto it.
			 */
			for (uint32_t wd = i; wd * 64 < max; wd += 64) {
				/* pairs with the process's release of the socket bit */
				bits = pdc_xchg64(&k[1 + wd], 0);
				if (bits)
					pdc_fence(); /* taken before the counters are read (as above) */
				while (bits) {
					uint32_t sd = wd * 64 + (uint32_t)__builtin_ctzll(bits);
					struct pdc_sock *s;

					bits &= bits - 1;
					if (sd >= max)
						continue;
					s = p->slot[sd];
					if (s && s->conn && s->conn->worker == w) {
						sock_kick(s);
						served++;
					}
				}
			}
		}
	}
	return served;
}

static unsigned int serve_deferred(struct pdc_dev *dev, unsigned int w)
{
	struct pdc_worker *wk = &dev->wk[w];
	unsigned int n = 0;

	while (!pdc_list_empty(&wk->deferred) && !sq_full(wk)) {
		struct pdc_pipe *p = pdc_container_of(wk->deferred.next, struct pdc_pipe, defer_link);
		struct pdc_conn *c = pdc_container_of(p, struct pdc_conn, pipe[0]);
		int dir = 0;

		/* pipe[1] follows pipe[0]: find which one p is */
		if (p != &c->pipe[0]) {
			c = pdc_container_of(p, struct pdc_conn, pipe[1]);
			dir = 1;
		}
		pdc_list_del(&p->defer_link);
		p->deferred = false;
		n += pipe_pump(c, dir);
	}
	return n;
}

/* worker 0 serves the processes' control slots (pd_uapi.h) */
static unsigned int serve_ctl_slots(struct pdc_dev *dev)
{
	struct pdc_list *n;
	unsigned int served = 0;

	for (n = dev->procs.next; n != &dev->procs; n = n->next)
		served += pdc_ctl_slot_serve(pdc_container_of(n, struct pdc_proc, link));
	return served;
}

unsigned int pdc_worker_poll(struct pdc_dev *dev, unsigned int w, unsigned int budget)
{
	unsigned int n;

	if (w >= dev->cfg.workers)
		return 0;
	if (!budget)
		budget = PDC_DEFAULT_BUDGET;
	/* a control request waits for the lock: let it in (see pdc_ctl_lock) */
	if (pdc_load_relaxed32(&dev->ctl_waiting))
		return 0;
	dev->ops->lock(dev->hctx, dev->lock);
	n = reap_cq(dev, w, budget);
	n += serve_deferred(dev, w);
	n += serve_kicks(dev, w);
	if (w == 0)
		n += serve_ctl_slots(dev);
	pdc_flush(dev);
	dev->ops->unlock(dev->hctx, dev->lock);
	return n;
}

static void set_sleeping(struct pdc_dev *dev, unsigned int w, uint32_t v)
{
	struct pdc_list *n;

	dev->wk[w].sleeping = v != 0;
	for (n = dev->procs.next; n != &dev->procs; n = n->next) {
		struct pdc_proc *p = pdc_container_of(n, struct pdc_proc, link);

		pdc_store_relaxed32(&p->hdr->worker[w].sleeping, v);
	}
}

bool pdc_worker_sleep_prepare(struct pdc_dev *dev, unsigned int w)
{
	struct pdc_worker *wk;
	struct pdc_list *n;
	bool work = false;

	if (w >= dev->cfg.workers)
		return false;
	wk = &dev->wk[w];
	dev->ops->lock(dev->hctx, dev->lock);
	set_sleeping(dev, w, 1);
	/*
	 * Full fence: our sleeping stores before our kick loads.  The process
	 * does the mirror image (kick store, fence, sleeping load), so at least
	 * one of us sees the other: no kick is lost.
	 */
	pdc_fence();
	for (n = dev->procs.next; n != &dev->procs && !work; n = n->next) {
		struct pdc_proc *p = pdc_container_of(n, struct pdc_proc, link);

		work = pdc_load_relaxed64(kick_area(p, w)) != 0 || (w == 0 && pdc_ctl_slot_pending(p));
	}
	if (!work)
		work = cqe_pending(wk) || (!pdc_list_empty(&wk->deferred) && !sq_full(wk)) ||
		       /* only a polling worker makes such a device complete them */
		       (dev->cfg.workers_run_device && wk->sq_tail != wk->sq_head);
	if (work)
		set_sleeping(dev, w, 0);
	dev->ops->unlock(dev->hctx, dev->lock);
	return !work;
}

void pdc_worker_sleep_done(struct pdc_dev *dev, unsigned int w)
{
	if (w >= dev->cfg.workers)
		return;
	dev->ops->lock(dev->hctx, dev->lock);
	set_sleeping(dev, w, 0);
	dev->ops->unlock(dev->hctx, dev->lock);
}

uint32_t pdc_worker_inflight(struct pdc_dev *dev, unsigned int w)
{
	uint32_t n;

	if (w >= dev->cfg.workers)
		return 0;
	dev->ops->lock(dev->hctx, dev->lock);
	n = dev->wk[w].sq_tail - dev->wk[w].sq_head;
	dev->ops->unlock(dev->hctx, dev->lock);
	return n;
}
