// SPDX-License-Identifier: MIT
/*
 * pdc_harness.c - the test host of the driver core: see pdc_harness.h.
 */
#include <arpa/inet.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pdc_harness.h"

/* ---- device side ---- */

static void h_irq(void *ctx, unsigned int vector)
{
	struct hc *h = ctx;

	if (h->worker_wake_cb)
		h->worker_wake_cb(h, vector);
}

static void *h_dma_map(void *ctx, uint64_t addr, uint64_t len)
{
	struct hc *h = ctx;
	int i;

	for (i = 0; i < h->nreg; i++) {
		struct hc_region *r = &h->reg[i];

		if (r->host && addr >= r->dev && addr - r->dev + len <= r->size)
			return r->host + (addr - r->dev);
	}
	return NULL;
}

static void add_region(struct hc *h, uint64_t dev, uint64_t size, void *host)
{
	int i;

	for (i = 0; i < h->nreg; i++)
		if (!h->reg[i].host)
			break;
	if (i == h->nreg)
		h->nreg++;
	h->reg[i] = (struct hc_region){ dev, size, host };
}

static void del_region(struct hc *h, void *host)
{
	int i;

	for (i = 0; i < h->nreg; i++)
		if (h->reg[i].host == host)
			h->reg[i].host = NULL;
}

/* ---- host ops ---- */

static void *o_zalloc(void *hctx, size_t n)
{
	(void)hctx;
	return calloc(1, n);
}

static void o_free(void *hctx, void *p)
{
	(void)hctx;
	free(p);
}

static void *o_lock_create(void *hctx)
{
	pthread_mutex_t *m = malloc(sizeof(*m));

	(void)hctx;
	if (m)
		pthread_mutex_init(m, NULL);
	return m;
}

static void o_lock_destroy(void *hctx, void *l)
{
	(void)hctx;
	pthread_mutex_destroy(l);
	free(l);
}

static void o_lock(void *hctx, void *l)
{
	(void)hctx;
	pthread_mutex_lock(l);
}

static void o_unlock(void *hctx, void *l)
{
	(void)hctx;
	pthread_mutex_unlock(l);
}

static uint64_t o_now(void *hctx)
{
	struct timespec ts;

	(void)hctx;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static uint64_t o_reg_read(void *hctx, uint32_t off)
{
	struct hc *h = hctx;

	return h->dops->reg_read(h->sdev, off);
}

static void o_reg_write(void *hctx, uint32_t off, uint64_t val)
{
	struct hc *h = hctx;

	h->dops->reg_write(h->sdev, off, val);
}

static void *o_dma_alloc(void *hctx, size_t size, uint64_t *devaddr)
{
	struct hc *h = hctx;
	size_t sz = (size + 4095) & ~(size_t)4095;
	void *p = aligned_alloc(4096, sz);

	if (!p)
		return NULL;
	memset(p, 0, sz);
	*devaddr = HC_QBASE + h->qnext;
	h->qnext += sz + 4096; /* a gap: an off-by-one DMA faults */
	add_region(h, *devaddr, sz, p);
	return p;
}

static void o_dma_free(void *hctx, void *p, size_t size, uint64_t devaddr)
{
	(void)size;
	(void)devaddr;
	del_region(hctx, p);
	free(p);
}

static int o_page_get(void *hctx, void *cookie, uint64_t off)
{
	struct hc_ctr *c = cookie;
	uint32_t pg = (uint32_t)(off / ((struct hc *)hctx)->cfg.page_size);

	if (c->fail_page_get)
		return c->fail_page_get;
	if (pg >= c->npages || c->page_ref[pg]) {
		fprintf(stderr, "harness: page_get of page %u twice or out of range\n", pg);
		abort();
	}
	c->page_ref[pg] = 1;
	c->pages_backed++;
	c->page_gets++;
	return 0;
}

static void o_page_put(void *hctx, void *cookie, uint64_t off)
{
	struct hc_ctr *c = cookie;
	uint32_t pg = (uint32_t)(off / ((struct hc *)hctx)->cfg.page_size);

	if (pg >= c->npages || !c->page_ref[pg]) {
		fprintf(stderr, "harness: page_put of page %u not backed\n", pg);
		abort();
	}
	c->page_ref[pg] = 0;
	c->pages_backed--;
	c->page_puts++;
}

static bool o_has_addr(void *hctx, void *cookie, uint32_t a)
{
	struct hc_ctr *c = cookie;

	(void)hctx;
	return c->addr && c->addr == a;
}

static int o_first_addr(void *hctx, void *cookie, uint32_t *a)
{
	struct hc_ctr *c = cookie;

	(void)hctx;
	if (!c->addr)
		return -EADDRNOTAVAIL;
	*a = c->addr;
	return 0;
}

static void o_proc_wake(void *hctx, void *cookie)
{
	struct hc_proc *p = cookie;

	(void)hctx;
	__atomic_fetch_add(&p->wakes, 1, __ATOMIC_RELAXED);
}

static void o_sock_wake(void *hctx, void *cookie, uint32_t *word)
{
	struct hc *h = hctx;

	(void)cookie;
	__atomic_fetch_add(&h->sock_wakes, 1, __ATOMIC_RELAXED);
	h->last_sock_word = word;
}

static void o_worker_wake(void *hctx, unsigned int w)
{
	struct hc *h = hctx;

	__atomic_fetch_add(&h->worker_wakes, 1, __ATOMIC_RELAXED);
	if (h->worker_wake_cb)
		h->worker_wake_cb(h, w);
}

static void o_log(void *hctx, int level, const char *fmt, ...)
{
	va_list ap;

	(void)hctx;
	if (level > PDC_LOG_WARN && !getenv("PDC_TEST_VERBOSE"))
		return;
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static const struct pdc_host_ops hc_ops = {
	.zalloc = o_zalloc,
	.free = o_free,
	.lock_create = o_lock_create,
	.lock_destroy = o_lock_destroy,
	.lock = o_lock,
	.unlock = o_unlock,
	.now_ns = o_now,
	.reg_read = o_reg_read,
	.reg_write = o_reg_write,
	.dma_alloc = o_dma_alloc,
	.dma_free = o_dma_free,
	.page_get = o_page_get,
	.page_put = o_page_put,
	.ctr_has_addr = o_has_addr,
	.ctr_first_addr = o_first_addr,
	.proc_wake = o_proc_wake,
	.sock_wake = o_sock_wake,
	.worker_wake = o_worker_wake,
	.log = o_log,
};

struct hc *hc_new(const struct pdc_config *cfg)
{
	struct pd_dev_config dcfg = { .num_queues = 8, .num_windows = 16, .poll = PD_DEV_POLL_BUSY };
	struct pd_dev_host host = { .dma_map = h_dma_map, .irq = h_irq };
	struct hc *h = calloc(1, sizeof(*h));

	if (!h)
		abort();
	if (cfg)
		h->cfg = *cfg;
	if (!h->cfg.workers)
		h->cfg.workers = 2;
	if (!h->cfg.ring_size)
		h->cfg.ring_size = 16384;
	if (!h->cfg.page_size)
		h->cfg.page_size = 4096;
	if (!h->cfg.max_sockets)
		h->cfg.max_sockets = 64;
	if (!h->cfg.max_memory)
		h->cfg.max_memory = 1u << 20;
	if (!h->cfg.sq_log2)
		h->cfg.sq_log2 = 6;
	if (!h->cfg.cq_log2)
		h->cfg.cq_log2 = 6;
	h->dops = &pd_soft_ops;
	host.ctx = h;
	if (h->dops->create(&dcfg, &host, &h->sdev)) {
		fprintf(stderr, "harness: soft device create failed\n");
		abort();
	}
	if (pdc_dev_create(&hc_ops, h, &h->cfg, &h->dev)) {
		fprintf(stderr, "harness: pdc_dev_create failed\n");
		abort();
	}
	h->cfg = *pdc_dev_config(h->dev);
	return h;
}

void hc_free(struct hc *h)
{
	pdc_dev_destroy(h->dev);
	h->dops->destroy(h->sdev);
	free(h);
}

struct hc_ctr *hc_ctr_new(struct hc *h, const char *addr, uint64_t arena_size)
{
	struct hc_ctr *c = calloc(1, sizeof(*c));
	int ret;

	if (!c)
		abort();
	c->h = h;
	if (addr)
		inet_pton(AF_INET, addr, &c->addr);
	c->size = arena_size ? arena_size : h->cfg.max_memory;
	c->arena = aligned_alloc(4096, c->size);
	memset(c->arena, 0xee, c->size);
	c->npages = (uint32_t)(c->size / h->cfg.page_size);
	c->page_ref = calloc(c->npages, sizeof(uint32_t));
	c->devaddr = HC_ARENA_BASE + (uint64_t)h->nctr++ * HC_ARENA_STRIDE;
	add_region(h, c->devaddr, c->size, c->arena);
	ret = pdc_ctr_create(h->dev, c, 1000 + h->nctr, c->arena, c->devaddr, c->size, &c->ctr);
	if (ret) {
		fprintf(stderr, "harness: pdc_ctr_create: %d\n", ret);
		abort();
	}
	return c;
}

int hc_ctr_free(struct hc_ctr *c)
{
	int ret = pdc_ctr_destroy(c->ctr);

	if (ret)
		return ret;
	del_region(c->h, c->arena);
	free(c->arena);
	free(c->page_ref);
	free(c);
	return 0;
}

struct hc_proc *hc_proc_new(struct hc_ctr *c)
{
	struct hc_proc *p = calloc(1, sizeof(*p));

	if (!p)
		abort();
	p->h = c->h;
	p->c = c;
	p->nsize = pd_notify_size(c->h->cfg.max_sockets);
	p->notify = aligned_alloc(4096, p->nsize);
	memset(p->notify, 0xa5, p->nsize); /* the core must initialise it */
	if (pdc_proc_create(c->h->dev, c->ctr, p, 4242, p->notify, p->nsize, &p->proc))
		abort();
	return p;
}

void hc_proc_free(struct hc_proc *p)
{
	pdc_proc_destroy(p->proc);
	free(p->notify);
	free(p);
}

/* ---- requests ---- */

int hc_req(struct hc_proc *p, uint32_t op, uint32_t sd, struct pd_req *req, struct pd_resp *resp)
{
	struct pd_req r = { 0 };
	struct pd_resp rr;
	int ret;

	if (req)
		r = *req;
	r.op = op;
	r.sd = sd;
	r.seq = 77;
	ret = pdc_request(p->proc, &r, &rr, NULL, 0);
	if (rr.seq != 77 || rr.op != op || rr.status != ret)
		abort();
	if (!ret && rr.sd < 64 &&
	    (op == PD_REQ_CONNECT || op == PD_REQ_ACCEPT || op == PD_REQ_INFO))
		p->info[rr.sd] = rr.u.info;
	if (resp)
		*resp = rr;
	return ret;
}

int hc_socket(struct hc_proc *p)
{
	struct pd_resp r;
	int ret = hc_req(p, PD_REQ_SOCKET, 0, NULL, &r);

	return ret ? ret : (int)r.sd;
}

static void inet(struct pd_req *r, const char *addr, uint16_t port)
{
	r->u.inet.addr = 0;
	if (addr)
		inet_pton(AF_INET, addr, &r->u.inet.addr);
	r->u.inet.port = htons(port);
}

int hc_bind(struct hc_proc *p, int sd, const char *addr, uint16_t port)
{
	struct pd_req r = { 0 };

	inet(&r, addr, port);
	return hc_req(p, PD_REQ_BIND, (uint32_t)sd, &r, NULL);
}

int hc_listen(struct hc_proc *p, int sd, uint32_t backlog)
{
	struct pd_req r = { 0 };

	r.u.listen.backlog = backlog;
	return hc_req(p, PD_REQ_LISTEN, (uint32_t)sd, &r, NULL);
}

int hc_connect(struct hc_proc *p, int sd, const char *addr, uint16_t port)
{
	struct pd_req r = { 0 };

	inet(&r, addr, port);
	return hc_req(p, PD_REQ_CONNECT, (uint32_t)sd, &r, NULL);
}

int hc_accept(struct hc_proc *p, int sd)
{
	struct pd_resp r;
	int ret = hc_req(p, PD_REQ_ACCEPT, (uint32_t)sd, NULL, &r);

	return ret ? ret : (int)r.sd;
}

int hc_close(struct hc_proc *p, int sd)
{
	return hc_req(p, PD_REQ_CLOSE, (uint32_t)sd, NULL, NULL);
}

int hc_shutdown(struct hc_proc *p, int sd, uint32_t how)
{
	struct pd_req r = { 0 };

	r.u.shutdown.how = how;
	return hc_req(p, PD_REQ_SHUTDOWN, (uint32_t)sd, &r, NULL);
}

int hc_setopt(struct hc_proc *p, int sd, uint32_t opt, uint64_t val)
{
	struct pd_req r = { 0 };

	r.u.opt.opt = opt;
	r.u.opt.val = val;
	return hc_req(p, PD_REQ_SETOPT, (uint32_t)sd, &r, NULL);
}

int64_t hc_getopt(struct hc_proc *p, int sd, uint32_t opt)
{
	struct pd_req r = { 0 };
	struct pd_resp rr;
	int ret;

	r.u.opt.opt = opt;
	ret = hc_req(p, PD_REQ_GETOPT, (uint32_t)sd, &r, &rr);
	return ret ? ret : (int64_t)rr.val;
}

void hc_pair(struct hc_proc *a, struct hc_proc *b, const char *baddr, uint16_t port, int *cs,
	     int *ss)
{
	int l = hc_socket(b), c = hc_socket(a);

	if (l < 0 || c < 0 || hc_bind(b, l, baddr, port) || hc_listen(b, l, 16) ||
	    hc_connect(a, c, baddr, port))
		abort();
	*ss = hc_accept(b, l);
	if (*ss < 0)
		abort();
	*cs = c;
	hc_close(b, l);
}

/* ---- application side ---- */

struct pd_sock_shm *hc_shm(struct hc_proc *p, int sd)
{
	return (struct pd_sock_shm *)(p->notify + pd_notify_sock_off(p->h->cfg.max_sockets)) + sd;
}

void hc_kick(struct hc_proc *p, int sd)
{
	uint32_t w = __atomic_load_n(&hc_shm(p, sd)->worker, __ATOMIC_ACQUIRE);
	uint64_t *k = (uint64_t *)(p->notify + PD_NOTIFY_KICK_OFF +
				   w * pd_kick_bytes(p->h->cfg.max_sockets));

	__atomic_fetch_or(&k[1 + sd / 64], 1ull << (sd % 64), __ATOMIC_RELEASE);
	__atomic_fetch_or(&k[0], 1ull << (sd / 64), __ATOMIC_RELEASE);
	if (p->h->worker_wake_cb) {
		struct pd_notify_hdr *hdr = (struct pd_notify_hdr *)p->notify;

		/* kick before the sleeping check; the worker does the mirror image */
		__atomic_thread_fence(__ATOMIC_SEQ_CST);
		if (__atomic_load_n(&hdr->worker[w].sleeping, __ATOMIC_RELAXED))
			p->h->worker_wake_cb(p->h, w);
	}
}

size_t hc_send(struct hc_proc *p, int sd, const void *buf, size_t len)
{
	struct pd_sock_shm *m = hc_shm(p, sd);
	struct pd_sock_info *in = &p->info[sd];
	uint64_t prod = m->send.prod; /* ours */
	uint64_t cons = __atomic_load_n(&m->send.cons, __ATOMIC_ACQUIRE);
	uint64_t space = in->send_size - (prod - cons), n = len < space ? len : space, i;
	uint8_t *ring = p->c->arena + in->send_off;

	for (i = 0; i < n; i++)
		ring[(prod + i) & (in->send_size - 1)] = ((const uint8_t *)buf)[i];
	__atomic_store_n(&m->send.prod, prod + n, __ATOMIC_RELEASE);
	/* as libpd: counter, full fence, quiet flag; kick only if the driver asks (pd_uapi.h) */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	if (n && !__atomic_load_n(&m->send.prod_quiet, __ATOMIC_RELAXED))
		hc_kick(p, sd);
	return n;
}

size_t hc_recv(struct hc_proc *p, int sd, void *buf, size_t len)
{
	struct pd_sock_shm *m = hc_shm(p, sd);
	struct pd_sock_info *in = &p->info[sd];
	uint64_t cons = m->recv.cons;
	uint64_t prod = __atomic_load_n(&m->recv.prod, __ATOMIC_ACQUIRE);
	uint64_t n = prod - cons < len ? prod - cons : len, i;
	const uint8_t *ring = p->c->arena + in->recv_off;

	for (i = 0; i < n; i++)
		((uint8_t *)buf)[i] = ring[(cons + i) & (in->recv_size - 1)];
	__atomic_store_n(&m->recv.cons, cons + n, __ATOMIC_RELEASE);
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	if (n && !__atomic_load_n(&m->recv.cons_quiet, __ATOMIC_RELAXED))
		hc_kick(p, sd);
	return n;
}

unsigned int hc_step(struct hc *h)
{
	unsigned int n = 0, w;

	for (w = 0; w < h->cfg.workers; w++)
		n += pdc_worker_poll(h->dev, w, 0);
	n += h->dops->poll(h->sdev, h->dev_budget ? (unsigned int)h->dev_budget : 64);
	return n;
}

int hc_run(struct hc *h, int rounds)
{
	int r, idle = 0;

	for (r = 0; r < rounds; r++) {
		if (hc_step(h))
			idle = 0;
		else if (++idle == 2)
			return r;
	}
	return r;
}

struct pd_stats_global hc_stats(struct hc *h)
{
	struct pd_stats_global g;

	pdc_stats_global(h->dev, &g);
	return g;
}

struct pd_stats_ctr hc_ctr_stats(struct hc_ctr *c)
{
	struct pd_stats_ctr s;

	pdc_stats_ctr(c->ctr, &s);
	return s;
}

struct hc_world *hc_world_new(void)
{
	struct hc_world *w = calloc(1, sizeof(*w));

	if (!w)
		return NULL;
	w->h = hc_new(NULL);
	w->ca = hc_ctr_new(w->h, "198.18.0.1", 0);
	w->cb = hc_ctr_new(w->h, "198.18.0.2", 0);
	w->a = hc_proc_new(w->ca);
	w->b = hc_proc_new(w->cb);
	return w;
}

int hc_world_free(struct hc_world *w)
{
	int ret;

	if (w->a)
		hc_proc_free(w->a);
	if (w->b)
		hc_proc_free(w->b);
	hc_run(w->h, 100);
	ret = hc_ctr_free(w->ca);
	if (hc_ctr_free(w->cb))
		ret = -EBUSY;
	hc_free(w->h);
	free(w);
	return ret;
}
