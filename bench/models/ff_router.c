// SPDX-License-Identifier: MIT
/*
 * ff_router.c - pdb_ff, the freeflow-model transport: a reference model of
 * FreeFlow's intra-host fast path as the PipeDevice paper measured it
 * (Fig. 2 of the paper), keeping its cost structure:
 *
 *   sender lib:  copies the app's message into a buffer it shares with the
 *                router (copy 1) and posts a verbs-like WRITE request on the
 *                library->router queue;
 *   router:      polls that queue; with no RNIC it moves the bytes into the
 *                receiver's shared buffer itself (the "NIC" copy, counted in
 *                device_cores), posts a receive completion to the receiver
 *                and a send completion back to the sender;
 *   receiver lib: polls its completion queue, copies out (copy 2) and
 *                reposts the receive buffer.
 * Every party polls its queues (FreeFlow's Fastpath mode), yielding the core
 * when it finds nothing so that a router sharing a core still runs.
 * Channel 0 carries A->B, channel 1 B->A (ping-pong replies).
 *
 *   pdb_ff router --shm PATH --msg-size SIZE
 *   pdb_ff recv   --shm PATH                  (prints the stream result JSON)
 *   pdb_ff send   --shm PATH --duration SECS [--rate BITS]
 *   pdb_ff pong   --shm PATH
 *   pdb_ff ping   --shm PATH --duration SECS  (prints the latency JSON)
 */
#include "shmq.h"

#define FF_SLOTS 64u		/* queue entries and buffers per side; power of two */
#define FF_MASK (FF_SLOTS - 1)
#define FF_WRITE 1u
#define ST_START 1u
#define ST_DONE 2u

/* A verbs-like work request (32 bytes) and completion (16 bytes). */
struct ff_wr {
	uint64_t wr_id;
	uint32_t opcode, len;
	uint64_t local_off, remote_off;
};
struct ff_cqe {
	uint64_t wr_id;
	uint32_t status, len;
};

/* One direction: a sender library, the router, a receiver library. */
struct ff_chan {
	/* sender lib writes */
	_Alignas(PDB_CACHELINE) _Atomic uint64_t sq_prod;
	_Atomic uint64_t state, total_msgs;
	uint64_t t0_ns;
	/* router writes */
	_Alignas(PDB_CACHELINE) _Atomic uint64_t sq_cons;
	_Atomic uint64_t scq_prod, rq_prod, rcq_cons;
	/* receiver lib writes */
	_Alignas(PDB_CACHELINE) _Atomic uint64_t rq_cons;
	_Atomic uint64_t rcq_prod, recv_ready;
	_Alignas(PDB_CACHELINE) uint64_t sbuf_off, rbuf_off;	/* set at creation */
	struct ff_wr sq[FF_SLOTS];	/* sender -> router: WRITE requests */
	struct ff_cqe scq[FF_SLOTS];	/* router -> sender: send completions */
	struct ff_cqe rq[FF_SLOTS];	/* router -> receiver: receive completions */
	struct ff_wr rcq[FF_SLOTS];	/* receiver -> router: posted receive buffers */
};

struct ff_shared {
	_Alignas(PDB_CACHELINE) uint64_t msg_size;
	_Atomic uint64_t stop;		/* ping-pong over: everyone exits */
	struct ff_chan ch[2];
};

/* Private state of a library on one channel. */
struct ff_lib {
	struct ff_chan *ch;
	uint8_t *base;
	uint64_t sq_prod, scq_cons;	/* sender side */
	uint64_t rq_cons, rcq_prod;	/* receiver side */
};

static const char *shm_path;
static uint64_t msg_size = 64u << 10;
static double duration = 10, rate_bps;

static size_t hdr_size(void)
{
	return (sizeof(struct ff_shared) + 4095) & ~(size_t)4095;
}

static size_t total_size(uint64_t msg)
{
	return hdr_size() + 2 * 2 * FF_SLOTS * msg;	/* per channel: sender, receiver buffers */
}

static struct ff_shared *attach(size_t *size)
{
	struct ff_shared *s;

	if (pdb_wait_file(shm_path, sizeof(*s), 10)) {
		fprintf(stderr, "pdb_ff: %s did not appear within 10 s (router not running?)\n", shm_path);
		return NULL;
	}
	s = pdb_map_shared(shm_path, sizeof(*s), false);
	if (!s)
		return NULL;
	*size = total_size(s->msg_size);
	msg_size = s->msg_size;
	munmap(s, sizeof(*s));
	return pdb_map_shared(shm_path, *size, false);
}

/* Nothing to do: give the core to whoever shares it; give up after a long silence. */
static int idle(double *last, const char *who)
{
	if (pdb_now() - *last > duration + 15) {
		fprintf(stderr, "pdb_ff %s: no progress for %.0f s; peer gone?\n", who, duration + 15);
		return -1;
	}
	sched_yield();
	return 0;
}

/* Receiver lib: post every receive buffer of the channel, then say so. */
static void lib_recv_init(struct ff_lib *l)
{
	for (l->rcq_prod = 0; l->rcq_prod < FF_SLOTS; l->rcq_prod++)
		l->ch->rcq[l->rcq_prod] = (struct ff_wr){ l->rcq_prod, FF_WRITE, (uint32_t)msg_size, 0,
							  l->ch->rbuf_off + l->rcq_prod * msg_size };
	pdb_store_release(&l->ch->rcq_prod, l->rcq_prod);
	pdb_store_release(&l->ch->recv_ready, 1);
}

/* Sender lib: copy 1 and a WRITE request; false when every slot is in flight. */
static bool lib_send(struct ff_lib *l, const uint8_t *app)
{
	/* reap send completions: pairs with the router's store_release(scq_prod) */
	uint64_t scq_prod = pdb_load_acquire(&l->ch->scq_prod);
	uint64_t slot, off;

	l->scq_cons = scq_prod;
	if (l->sq_prod - l->scq_cons == FF_SLOTS)
		return false;
	slot = l->sq_prod & FF_MASK;
	off = l->ch->sbuf_off + slot * msg_size;
	memcpy(l->base + off, app, msg_size);	/* copy 1: into the shared buffer */
	l->ch->sq[slot] = (struct ff_wr){ l->sq_prod, FF_WRITE, (uint32_t)msg_size, off, 0 };
	l->sq_prod++;
	/* publishes the request and its bytes; pairs with the router's load_acquire */
	pdb_store_release(&l->ch->sq_prod, l->sq_prod);
	return true;
}

/* Receiver lib: copy 2 of one message and repost its buffer; 0 if none waiting. */
static uint32_t lib_recv(struct ff_lib *l, uint8_t *app)
{
	/* pairs with the router's store_release(rq_prod) */
	uint64_t rq_prod = pdb_load_acquire(&l->ch->rq_prod);
	const struct ff_cqe *e;
	uint32_t len;

	if (rq_prod == l->rq_cons)
		return 0;
	e = &l->ch->rq[l->rq_cons & FF_MASK];
	len = e->len;
	memcpy(app, l->base + e->wr_id, len);	/* copy 2: out to the application */
	l->ch->rcq[l->rcq_prod & FF_MASK] = (struct ff_wr){ l->rcq_prod, FF_WRITE, (uint32_t)msg_size,
							    0, e->wr_id };
	l->rq_cons++;
	l->rcq_prod++;
	pdb_store_release(&l->ch->rq_cons, l->rq_cons);
	/* publishes the reposted buffer written above */
	pdb_store_release(&l->ch->rcq_prod, l->rcq_prod);
	return len;
}

/* Router: forward one request of a channel if it has one and a posted buffer. */
static bool router_step(uint8_t *base, struct ff_chan *ch)
{
	/* the router alone writes sq_cons and rcq_cons: relaxed reads of its own */
	uint64_t sq_cons = atomic_load_explicit(&ch->sq_cons, memory_order_relaxed);
	uint64_t rcq_cons = atomic_load_explicit(&ch->rcq_cons, memory_order_relaxed);
	uint64_t rq_prod = atomic_load_explicit(&ch->rq_prod, memory_order_relaxed);
	const struct ff_wr *wr, *rb;

	/* pairs with the sender's store_release(sq_prod) and the receiver's (rcq_prod) */
	if (sq_cons == pdb_load_acquire(&ch->sq_prod) || rcq_cons == pdb_load_acquire(&ch->rcq_prod))
		return false;
	wr = &ch->sq[sq_cons & FF_MASK];
	rb = &ch->rcq[rcq_cons & FF_MASK];
	/* the "NIC" copy: sender's shared buffer -> receiver's shared buffer */
	memcpy(base + rb->remote_off, base + wr->local_off, wr->len);
	ch->rq[rq_prod & FF_MASK] = (struct ff_cqe){ rb->remote_off, 0, wr->len };
	ch->scq[sq_cons & FF_MASK] = (struct ff_cqe){ wr->wr_id, 0, wr->len };
	/* each release publishes the completion entry written above it */
	pdb_store_release(&ch->rq_prod, rq_prod + 1);
	pdb_store_release(&ch->scq_prod, sq_cons + 1);
	pdb_store_release(&ch->sq_cons, sq_cons + 1);
	pdb_store_release(&ch->rcq_cons, rcq_cons + 1);
	return true;
}

static int do_router(void)
{
	char tmp[4096];
	size_t size = total_size(msg_size);
	struct ff_shared *s;
	double last;

	snprintf(tmp, sizeof(tmp), "%s.tmp", shm_path);
	unlink(tmp);
	s = pdb_map_shared(tmp, size, true);
	if (!s) {
		fprintf(stderr, "pdb_ff router: cannot create %s: %s\n", tmp, strerror(errno));
		return 1;
	}
	s->msg_size = msg_size;
	for (int c = 0; c < 2; c++) {
		s->ch[c].sbuf_off = hdr_size() + (uint64_t)c * 2 * FF_SLOTS * msg_size;
		s->ch[c].rbuf_off = s->ch[c].sbuf_off + FF_SLOTS * msg_size;
	}
	/* the rename makes the file appear complete to the libraries */
	if (rename(tmp, shm_path))
		return 1;
	last = pdb_now();
	for (;;) {
		bool work = router_step((uint8_t *)s, &s->ch[0]);

		work |= router_step((uint8_t *)s, &s->ch[1]);
		if (work) {
			last = pdb_now();
			continue;
		}
		if (pdb_load_acquire(&s->stop) ||
		    (pdb_load_acquire(&s->ch[0].state) == ST_DONE &&
		     atomic_load_explicit(&s->ch[0].sq_cons, memory_order_relaxed) ==
			     pdb_load_acquire(&s->ch[0].sq_prod)))
			break;
		if (idle(&last, "router"))
			return 1;
	}
	munmap(s, size);
	return 0;
}

static int do_recv(void)
{
	size_t size;
	struct ff_shared *s = attach(&size);
	uint8_t *app = malloc(msg_size);
	struct ff_lib l = { 0 };
	uint64_t bytes = 0;
	double last;

	if (!s || !app)
		return 1;
	l.ch = &s->ch[0];
	l.base = (uint8_t *)s;
	lib_recv_init(&l);
	last = pdb_now();
	for (;;) {
		uint32_t n = lib_recv(&l, app);

		if (n) {
			bytes += n;
			last = pdb_now();
			continue;
		}
		/* total_msgs is stored before ST_DONE: read them in the other order */
		if (pdb_load_acquire(&l.ch->state) == ST_DONE &&
		    l.rq_cons == pdb_load_acquire(&l.ch->total_msgs))
			break;
		if (idle(&last, "recv"))
			return 1;
	}
	double secs = (double)(pdb_now_ns() - l.ch->t0_ns) / 1e9;

	printf("{\"bytes\":%llu,\"seconds\":%.6f,\"gbps\":%.4f,\"msgs\":%llu,\"conns\":1,"
	       "\"errors\":0,\"verify\":false,\"model\":\"freeflow-model\"}\n",
	       (unsigned long long)bytes, secs, (double)bytes * 8 / secs / 1e9,
	       (unsigned long long)l.rq_cons);
	munmap(s, size);
	free(app);
	return 0;
}

static int wait_ready(struct ff_chan *ch)
{
	double end = pdb_now() + 10;

	while (!pdb_load_acquire(&ch->recv_ready)) {
		if (pdb_now() > end) {
			fprintf(stderr, "pdb_ff: receiver not attached within 10 s\n");
			return -1;
		}
		usleep(1000);
	}
	return 0;
}

static int do_send(void)
{
	size_t size;
	struct ff_shared *s = attach(&size);
	uint8_t *app = malloc(msg_size);
	struct ff_lib l = { 0 };
	struct pdb_pacer pace = { rate_bps / 8, 0, 0 };
	double end, last;

	if (!s || !app)
		return 1;
	l.ch = &s->ch[0];
	l.base = (uint8_t *)s;
	memset(app, 0xa5, msg_size);
	if (wait_ready(l.ch))
		return 1;
	l.ch->t0_ns = pdb_now_ns();
	pace.start = last = pdb_now();
	end = pace.start + duration;
	pdb_store_release(&l.ch->state, ST_START);
	for (double now = pace.start; now < end; now = pdb_now()) {
		if (!pdb_pace_ok(&pace, now, msg_size) || !lib_send(&l, app)) {
			if (idle(&last, "send"))
				return 1;
			continue;
		}
		last = now;
		pace.sent += msg_size;
	}
	pdb_store_release(&l.ch->total_msgs, l.sq_prod);
	pdb_store_release(&l.ch->state, ST_DONE);
	printf("{\"bytes\":%llu,\"seconds\":%.6f,\"msgs\":%llu}\n",
	       (unsigned long long)(l.sq_prod * msg_size), pdb_now() - pace.start,
	       (unsigned long long)l.sq_prod);
	munmap(s, size);
	free(app);
	return 0;
}

/* Ping-pong: ping sends on channel 0 and waits for the reply on channel 1. */
static int do_rr(bool ping)
{
	size_t size;
	struct ff_shared *s = attach(&size);
	uint8_t *app = malloc(msg_size);
	struct pdb_hist *hist = ping ? calloc(1, sizeof(*hist)) : NULL;
	struct ff_lib tx = { 0 }, rx = { 0 };
	double end, last;

	if (!s || !app || (ping && !hist))
		return 1;
	tx.base = rx.base = (uint8_t *)s;
	tx.ch = &s->ch[ping ? 0 : 1];
	rx.ch = &s->ch[ping ? 1 : 0];
	memset(app, 0x5a, msg_size);
	lib_recv_init(&rx);
	if (wait_ready(tx.ch))
		return 1;
	end = pdb_now() + duration;
	last = pdb_now();
	while (ping ? pdb_now() < end : !pdb_load_acquire(&s->stop)) {
		uint64_t t0 = pdb_now_ns();

		if (!ping) {
			/* pong: answer each message as it comes */
			if (!lib_recv(&rx, app)) {
				if (idle(&last, "pong"))
					return 1;
				continue;
			}
			last = pdb_now();
			while (!lib_send(&tx, app))
				sched_yield();
			continue;
		}
		while (!lib_send(&tx, app))
			sched_yield();
		while (!lib_recv(&rx, app))
			if (idle(&last, "ping"))
				return 1;
		last = pdb_now();
		/* one-way latency = RTT / 2, as sockperf reports it */
		pdb_hist_add(hist, (pdb_now_ns() - t0) / 2);
	}
	if (ping) {
		pdb_store_release(&s->stop, 1);
		printf("{\"samples\":%llu,\"p50_us\":%.3f,\"p90_us\":%.3f,\"p99_us\":%.3f,"
		       "\"p999_us\":%.3f,\"max_us\":%.3f,\"model\":\"freeflow-model\"}\n",
		       (unsigned long long)hist->n, pdb_hist_pct(hist, 50), pdb_hist_pct(hist, 90),
		       pdb_hist_pct(hist, 99), pdb_hist_pct(hist, 99.9), (double)hist->max_ns / 1000);
	}
	munmap(s, size);
	free(app);
	free(hist);
	return 0;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";

	for (int i = 2; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--shm"))
			shm_path = argv[i + 1];
		else if (!strcmp(argv[i], "--msg-size"))
			msg_size = (uint64_t)pdb_arg_num(argv[i + 1], 1024);
		else if (!strcmp(argv[i], "--duration"))
			duration = atof(argv[i + 1]);
		else if (!strcmp(argv[i], "--rate"))
			rate_bps = pdb_arg_num(argv[i + 1], 1000);
		else
			goto usage;
	}
	if (!shm_path || !msg_size || msg_size > (64u << 20) || duration <= 0)
		goto usage;
	if (!strcmp(mode, "router"))
		return do_router();
	if (!strcmp(mode, "recv"))
		return do_recv();
	if (!strcmp(mode, "send"))
		return do_send();
	if (!strcmp(mode, "ping") || !strcmp(mode, "pong"))
		return do_rr(!strcmp(mode, "ping"));
usage:
	fprintf(stderr, "usage: pdb_ff router|recv|send|ping|pong --shm PATH [--msg-size SIZE] "
			"[--duration SECS] [--rate BITS]\n");
	return 2;
}
