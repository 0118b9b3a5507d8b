// SPDX-License-Identifier: MIT
/*
 * ff_router.c - pdb_ff, the freeflow-model transport: a reference model of
 * FreeFlow's intra-host fast path as the PipeDevice paper measured it
 * (DESIGN.md section 7), keeping its cost structure:
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
 *
 *   pdb_ff router --shm PATH --msg-size SIZE
 *   pdb_ff recv   --shm PATH                  (prints the result JSON)
 *   pdb_ff send   --shm PATH --duration SECS [--rate BITS]
 */
#include "shmq.h"

#define FF_SLOTS 64u		/* queue entries and buffers per side; power of two */
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

struct ff_shared {
	/* sender lib writes */
	_Alignas(PDB_CACHELINE) _Atomic uint64_t sq_prod;
	_Atomic uint64_t scq_cons, state, total_msgs;
	uint64_t t0_ns;
	/* router writes */
	_Alignas(PDB_CACHELINE) _Atomic uint64_t sq_cons;
	_Atomic uint64_t scq_prod, rq_prod, rcq_cons;
	/* receiver lib writes */
	_Alignas(PDB_CACHELINE) _Atomic uint64_t rq_cons;
	_Atomic uint64_t rcq_prod, recv_ready;
	/* set at creation */
	_Alignas(PDB_CACHELINE) uint64_t msg_size, buf_off;
	struct ff_wr sq[FF_SLOTS];	/* sender -> router: WRITE requests */
	struct ff_cqe scq[FF_SLOTS];	/* router -> sender: send completions */
	struct ff_cqe rq[FF_SLOTS];	/* router -> receiver: receive completions */
	struct ff_wr rcq[FF_SLOTS];	/* receiver -> router: posted receive buffers */
};

static const char *shm_path;
static uint64_t msg_size = 64u << 10;
static double duration = 10, rate_bps;

static size_t total_size(uint64_t msg)
{
	size_t hdr = (sizeof(struct ff_shared) + 4095) & ~(size_t)4095;

	return hdr + 2 * FF_SLOTS * msg;	/* sender buffer, then receiver buffer */
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

/* Nothing to do: give the core to whoever shares it, and give up after a long silence. */
static int idle(double *last, const char *who)
{
	if (pdb_now() - *last > duration + 15) {
		fprintf(stderr, "pdb_ff %s: no progress for %.0f s; peer gone?\n", who, duration + 15);
		return -1;
	}
	sched_yield();
	return 0;
}

static int do_router(void)
{
	char tmp[4096];
	size_t size = total_size(msg_size);
	struct ff_shared *s;
	uint8_t *base;
	uint64_t sq_cons = 0, rcq_cons = 0, rq_prod = 0;
	double last;

	snprintf(tmp, sizeof(tmp), "%s.tmp", shm_path);
	unlink(tmp);
	s = pdb_map_shared(tmp, size, true);
	if (!s) {
		fprintf(stderr, "pdb_ff router: cannot create %s: %s\n", tmp, strerror(errno));
		return 1;
	}
	s->msg_size = msg_size;
	s->buf_off = (sizeof(*s) + 4095) & ~(size_t)4095;
	base = (uint8_t *)s;
	/* the rename makes the file appear complete to the libraries */
	if (rename(tmp, shm_path))
		return 1;
	last = pdb_now();
	for (;;) {
		/* pairs with the sender's store_release(sq_prod): the request is written */
		uint64_t sq_prod = pdb_load_acquire(&s->sq_prod);
		/* pairs with the receiver's store_release(rcq_prod): buffer posted */
		uint64_t rcq_prod = pdb_load_acquire(&s->rcq_prod);

		if (sq_cons == sq_prod || rcq_cons == rcq_prod) {
			if (pdb_load_acquire(&s->state) == ST_DONE && sq_cons == pdb_load_acquire(&s->sq_prod))
				break;
			if (idle(&last, "router"))
				return 1;
			continue;
		}
		last = pdb_now();
		const struct ff_wr *wr = &s->sq[sq_cons & (FF_SLOTS - 1)];
		const struct ff_wr *rb = &s->rcq[rcq_cons & (FF_SLOTS - 1)];

		/* the "NIC" copy: sender's shared buffer -> receiver's shared buffer */
		memcpy(base + rb->remote_off, base + wr->local_off, wr->len);
		s->rq[rq_prod & (FF_SLOTS - 1)] = (struct ff_cqe){ rb->remote_off, 0, wr->len };
		s->scq[sq_cons & (FF_SLOTS - 1)] = (struct ff_cqe){ wr->wr_id, 0, wr->len };
		rq_prod++;
		sq_cons++;
		rcq_cons++;
		/* each release publishes the completion entry written above it */
		pdb_store_release(&s->rq_prod, rq_prod);
		pdb_store_release(&s->scq_prod, sq_cons);
		pdb_store_release(&s->sq_cons, sq_cons);
		pdb_store_release(&s->rcq_cons, rcq_cons);
	}
	munmap(s, size);
	return 0;
}

static int do_recv(void)
{
	size_t size;
	struct ff_shared *s = attach(&size);
	uint8_t *base, *app = malloc(msg_size);
	uint64_t rq_cons = 0, rcq_prod, bytes = 0;
	double last;

	if (!s || !app)
		return 1;
	base = (uint8_t *)s;
	/* post every receive buffer */
	for (rcq_prod = 0; rcq_prod < FF_SLOTS; rcq_prod++)
		s->rcq[rcq_prod] = (struct ff_wr){ rcq_prod, FF_WRITE, (uint32_t)msg_size, 0,
						   s->buf_off + (FF_SLOTS + rcq_prod) * msg_size };
	pdb_store_release(&s->rcq_prod, rcq_prod);
	pdb_store_release(&s->recv_ready, 1);
	last = pdb_now();
	for (;;) {
		/* pairs with the router's store_release(rq_prod) */
		uint64_t rq_prod = pdb_load_acquire(&s->rq_prod);

		if (rq_prod == rq_cons) {
			if (pdb_load_acquire(&s->state) == ST_DONE &&
			    rq_cons == pdb_load_acquire(&s->total_msgs))
				break;
			if (idle(&last, "recv"))
				return 1;
			continue;
		}
		last = pdb_now();
		const struct ff_cqe *e = &s->rq[rq_cons & (FF_SLOTS - 1)];
		uint64_t off = e->wr_id;

		memcpy(app, base + off, e->len);	/* copy 2: out to the application */
		bytes += e->len;
		rq_cons++;
		s->rcq[rcq_prod & (FF_SLOTS - 1)] = (struct ff_wr){ rcq_prod, FF_WRITE,
								    (uint32_t)msg_size, 0, off };
		rcq_prod++;
		pdb_store_release(&s->rq_cons, rq_cons);
		/* publishes the reposted buffer written above */
		pdb_store_release(&s->rcq_prod, rcq_prod);
	}
	double secs = (double)(pdb_now_ns() - s->t0_ns) / 1e9;

	printf("{\"bytes\":%llu,\"seconds\":%.6f,\"gbps\":%.4f,\"msgs\":%llu,\"conns\":1,"
	       "\"errors\":0,\"verify\":false,\"model\":\"freeflow-model\"}\n",
	       (unsigned long long)bytes, secs, (double)bytes * 8 / secs / 1e9,
	       (unsigned long long)rq_cons);
	munmap(s, size);
	free(app);
	return 0;
}

static int do_send(void)
{
	size_t size;
	struct ff_shared *s = attach(&size);
	uint8_t *base, *app = malloc(msg_size);
	uint64_t sq_prod = 0, scq_cons = 0;
	struct pdb_pacer pace = { rate_bps / 8, 0, 0 };
	double end, last, wait_end = pdb_now() + 10;

	if (!s || !app)
		return 1;
	base = (uint8_t *)s;
	memset(app, 0xa5, msg_size);
	while (!pdb_load_acquire(&s->recv_ready)) {
		if (pdb_now() > wait_end) {
			fprintf(stderr, "pdb_ff send: receiver not attached within 10 s\n");
			return 1;
		}
		usleep(1000);
	}
	s->t0_ns = pdb_now_ns();
	pace.start = last = pdb_now();
	end = pace.start + duration;
	pdb_store_release(&s->state, ST_START);
	for (double now = pace.start; now < end; now = pdb_now()) {
		/* reap send completions: pairs with the router's store_release(scq_prod) */
		uint64_t scq_prod = pdb_load_acquire(&s->scq_prod);

		if (scq_prod != scq_cons) {
			scq_cons = scq_prod;
			pdb_store_release(&s->scq_cons, scq_cons);
		}
		if (sq_prod - scq_cons == FF_SLOTS || !pdb_pace_ok(&pace, now, msg_size)) {
			if (idle(&last, "send"))
				return 1;
			continue;
		}
		last = now;
		uint64_t slot = sq_prod & (FF_SLOTS - 1), off = s->buf_off + slot * msg_size;

		memcpy(base + off, app, msg_size);	/* copy 1: into the shared buffer */
		s->sq[slot] = (struct ff_wr){ sq_prod, FF_WRITE, (uint32_t)msg_size, off, 0 };
		sq_prod++;
		pace.sent += msg_size;
		/* publishes the request and its bytes; pairs with the router's load_acquire */
		pdb_store_release(&s->sq_prod, sq_prod);
	}
	pdb_store_release(&s->total_msgs, sq_prod);
	/* total_msgs before ST_DONE: the receiver reads them in the other order */
	pdb_store_release(&s->state, ST_DONE);
	printf("{\"bytes\":%llu,\"seconds\":%.6f,\"msgs\":%llu}\n",
	       (unsigned long long)(sq_prod * msg_size), pdb_now() - pace.start,
	       (unsigned long long)sq_prod);
	munmap(s, size);
	free(app);
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
usage:
	fprintf(stderr, "usage: pdb_ff router|recv|send --shm PATH [--msg-size SIZE] "
			"[--duration SECS] [--rate BITS]\n");
	return 2;
}
