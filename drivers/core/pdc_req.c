// SPDX-License-Identifier: MIT
/*
 * pdc_req.c - pdc_request: validate and execute one control operation of
 * pd_uapi.h for a process.  Both hosts (pdd, the kernel module) call it with
 * the request as the process sent it; nothing in it is trusted.
 */
#include "pdc_int.h"

static int opt_ring_size(uint64_t val, uint32_t *out)
{
	uint64_t v = PD_RING_MIN;

	/* rounded up to a power of two and clamped, like SO_SNDBUF */
	if (val > PD_RING_MAX)
		val = PD_RING_MAX;
	while (v < val)
		v <<= 1;
	*out = (uint32_t)v;
	return 0;
}

static int do_setopt(struct pdc_sock *s, uint32_t opt, uint64_t val)
{
	switch (opt) {
	case PD_OPT_RING_SIZE:
		if (!pdc_is_pow2(val) || val < PD_RING_MIN || val > PD_RING_MAX)
			return -EINVAL;
		/* fall through */
	case PD_OPT_RCVBUF:
	case PD_OPT_SNDBUF:
		/* rings are allocated at connect/listen: too late afterwards */
		if (s->state != PD_SS_OPEN)
			return -EISCONN;
		s->ring_set = true;
		return opt_ring_size(val, &s->ring_size);
	case PD_OPT_REUSEADDR:
	case PD_OPT_NODELAY:
		return 0;
	case PD_OPT_ERROR:
		return -EINVAL;
	default:
		return -ENOPROTOOPT;
	}
}

static int do_getopt(struct pdc_sock *s, uint32_t opt, uint64_t *val)
{
	switch (opt) {
	case PD_OPT_RING_SIZE:
		*val = s->ring_size;
		return 0;
	case PD_OPT_ERROR:
		*val = (uint64_t)s->error;
		if (s->error) {
			s->error = 0;
			pdc_sock_publish(s);
		}
		return 0;
	case PD_OPT_RCVBUF:
		*val = s->recv.size ? s->recv.size : s->ring_size;
		return 0;
	case PD_OPT_SNDBUF:
		*val = s->send.size ? s->send.size : s->ring_size;
		return 0;
	case PD_OPT_REUSEADDR:
		*val = 0;
		return 0;
	case PD_OPT_NODELAY:
		*val = 1;
		return 0;
	default:
		return -ENOPROTOOPT;
	}
}

static int do_stats(struct pdc_proc *proc, struct pd_resp *resp, void *buf, size_t len)
{
	struct pdc_dev *dev = proc->dev;
	uint8_t *b = buf;
	size_t used = 0;
	struct pdc_list *n;
	uint32_t nrec = 0, total = 1 + (proc->sees_all ? dev->nctrs : 1);

	if (b && len >= sizeof(struct pd_stats_global)) {
		struct pd_stats_global *g = (struct pd_stats_global *)b;

		pdc_stats_fill_locked(dev, g);
		used = sizeof(struct pd_stats_global);
		nrec = 1;
		if (!proc->sees_all) {
			/* another tenant's traffic, sockets and memory are not the caller's to see */
			struct pdc_ctr *c = proc->ctr;

			g->scope = PD_STATS_SCOPE_OWN;
			g->sockets = c->nsocks;
			g->bytes_copied = c->bytes_sent;
			g->refused = c->refused;
			g->region_used = c->mem_used;
			g->containers = 1;
			g->commands = g->faults = 0;
			g->cpu_device_ns = g->cpu_driver_ns = 0;
			if (used + sizeof(struct pd_stats_ctr) <= len) {
				pdc_stats_ctr_fill_locked(c, (struct pd_stats_ctr *)(b + used));
				nrec++;
			}
		}
		for (n = dev->ctrs.next; proc->sees_all && n != &dev->ctrs; n = n->next) {
			if (used + sizeof(struct pd_stats_ctr) > len)
				break;
			pdc_stats_ctr_fill_locked(pdc_container_of(n, struct pdc_ctr, link),
						  (struct pd_stats_ctr *)(b + used));
			used += sizeof(struct pd_stats_ctr);
			nrec++;
		}
	}
	resp->nrec = nrec;
	resp->val = total;
	return 0;
}

static int do_sockets(struct pdc_proc *proc, struct pd_resp *resp, void *buf, size_t len)
{
	struct pdc_dev *dev = proc->dev;
	struct pd_sock_stat *r = buf;
	size_t cap = buf ? len / sizeof(*r) : 0;
	uint32_t nrec = 0;
	uint64_t total = 0;
	struct pdc_list *n;

	for (n = dev->procs.next; n != &dev->procs; n = n->next) {
		struct pdc_proc *p = pdc_container_of(n, struct pdc_proc, link);
		uint32_t sd;

		if (!proc->sees_all && p->ctr != proc->ctr)
			continue;
		for (sd = 0; sd < dev->cfg.max_sockets; sd++) {
			struct pdc_sock *s = p->slot[sd];

			if (!s)
				continue;
			total++;
			if (nrec >= cap)
				continue;
			memset(&r[nrec], 0, sizeof(r[nrec]));
			r[nrec].container = p->ctr->id;
			r[nrec].pid = p->pid;
			r[nrec].sd = sd;
			r[nrec].state = s->state;
			r[nrec].local_addr = s->laddr;
			r[nrec].peer_addr = s->paddr;
			r[nrec].local_port = s->lport;
			r[nrec].peer_port = s->pport;
			r[nrec].ring_size = s->send.size ? s->send.size : s->ring_size;
			r[nrec].bytes_sent = s->bytes_sent;
			r[nrec].bytes_recv = s->bytes_recv;
			nrec++;
		}
	}
	resp->nrec = nrec;
	resp->val = total;
	return 0;
}

static int dispatch(struct pdc_proc *proc, const struct pd_req *req, struct pd_resp *resp,
		    void *recbuf, size_t reclen)
{
	struct pdc_dev *dev = proc->dev;
	struct pdc_sock *s = NULL, *n;
	int ret;

	switch (req->op) {
	case PD_REQ_HELLO:
		if (req->u.hello.version != PD_UAPI_VERSION)
			return -EPROTO;
		resp->u.hello.version = PD_UAPI_VERSION;
		resp->u.hello.max_sockets = dev->cfg.max_sockets;
		resp->u.hello.workers = dev->cfg.workers;
		resp->u.hello.container = proc->ctr->id;
		resp->u.hello.notify_size = pd_notify_size(dev->cfg.max_sockets);
		resp->u.hello.arena_size = proc->ctr->arena_size;
		resp->u.hello.hugepages = dev->cfg.page_size == (2u << 20);
		return 0;
	case PD_REQ_SOCKET:
		ret = pdc_sock_create(proc, &s);
		if (!ret)
			resp->sd = s->sd;
		return ret;
	case PD_REQ_STATS:
		return do_stats(proc, resp, recbuf, reclen);
	case PD_REQ_SOCKETS:
		return do_sockets(proc, resp, recbuf, reclen);
	case PD_REQ_BIND:
	case PD_REQ_LISTEN:
	case PD_REQ_CONNECT:
	case PD_REQ_ACCEPT:
	case PD_REQ_SHUTDOWN:
	case PD_REQ_CLOSE:
	case PD_REQ_SETOPT:
	case PD_REQ_GETOPT:
	case PD_REQ_SENT:
	case PD_REQ_CONSUMED:
	case PD_REQ_INFO:
		s = pdc_sock_lookup(proc, req->sd);
		if (!s)
			return -EBADF;
		break;
	default:
		return -EINVAL;
	}

	switch (req->op) {
	case PD_REQ_BIND:
		ret = pdc_sock_bind(s, req->u.inet.addr, req->u.inet.port);
		break;
	case PD_REQ_LISTEN:
		ret = pdc_sock_listen(s, req->u.listen.backlog);
		break;
	case PD_REQ_CONNECT:
		ret = pdc_sock_connect(s, req->u.inet.addr, req->u.inet.port);
		break;
	case PD_REQ_ACCEPT:
		ret = pdc_sock_accept(s, &n);
		if (!ret) {
			s = n;
			resp->sd = s->sd;
		}
		break;
	case PD_REQ_SHUTDOWN:
		ret = pdc_sock_shutdown(s, req->u.shutdown.how);
		break;
	case PD_REQ_CLOSE:
		pdc_sock_close(s);
		return 0;
	case PD_REQ_SETOPT:
		return do_setopt(s, req->u.opt.opt, req->u.opt.val);
	case PD_REQ_GETOPT:
		return do_getopt(s, req->u.opt.opt, &resp->val);
	case PD_REQ_SENT:
		return pdc_sock_sent(s, req->u.data.off, req->u.data.len);
	case PD_REQ_CONSUMED:
		return pdc_sock_consumed(s, req->u.data.len);
	default: /* PD_REQ_INFO */
		ret = 0;
		break;
	}
	if (!ret)
		pdc_sock_info(s, &resp->u.info);
	return ret;
}

bool pdc_ctl_slot_pending(const struct pdc_proc *p)
{
	return pdc_load_relaxed64(&p->hdr->ctl_post) != p->ctl_served;
}

/*
 * Serve the request a process posted in its control slot (pd_uapi.h), if
 * any; 1 if one was served.  The request is copied once: the process may
 * rewrite the slot while we work, and only our copy is read.
 */
unsigned int pdc_ctl_slot_serve(struct pdc_proc *p)
{
	struct pd_notify_hdr *hdr = p->hdr;
	struct pd_req req;
	struct pd_resp resp;
	uint64_t post = pdc_load_acquire64(&hdr->ctl_post); /* pairs with the process's release */
	bool noreply;

	if (post == p->ctl_served)
		return 0;
	p->ctl_served = post;
	memcpy(&req, &hdr->ctl_req, sizeof(req));
	noreply = (req.op & PD_REQ_F_NOREPLY) != 0;
	req.op &= ~PD_REQ_F_NOREPLY;
	memset(&resp, 0, sizeof(resp));
	resp.op = req.op;
	resp.seq = req.seq;
	resp.sd = req.sd;
	if (req.op == PD_REQ_HELLO || req.op == PD_REQ_STATS || req.op == PD_REQ_SOCKETS) {
		/* the control channel's requests: their answers do not fit the slot */
		resp.status = -EINVAL;
		p->dev->refused++;
		p->ctr->refused++;
	} else {
		resp.status = dispatch(p, &req, &resp, NULL, 0);
	}
	if (p->dev->ops->slot_served)
		p->dev->ops->slot_served(p->dev->hctx, p->cookie, &req, resp.status);
	if (!noreply)
		memcpy(&hdr->ctl_resp, &resp, sizeof(resp));
	/* the answer before the seq that publishes it */
	pdc_store_release64(&hdr->ctl_done, post);
	pdc_wake_mark(p);
	return 1;
}

int pdc_request(struct pdc_proc *proc, const struct pd_req *req, struct pd_resp *resp,
		void *recbuf, size_t reclen)
{
	struct pdc_dev *dev = proc->dev;

	memset(resp, 0, sizeof(*resp));
	resp->op = req->op;
	resp->seq = req->seq;
	resp->sd = req->sd;
	pdc_ctl_lock(dev);
	resp->status = dispatch(proc, req, resp, recbuf, reclen);
	/* doorbells for copies this request made possible, wakes for the events it caused */
	pdc_flush(dev);
	dev->ops->unlock(dev->hctx, dev->lock);
	return resp->status;
}
