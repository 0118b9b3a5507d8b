/* SPDX-License-Identifier: MIT */
/*
 * tb_diff.cpp - differential test: the same random command streams run
 * through the RTL (Verilated pd_top) and through the soft device
 * (pd_soft_ops from libpddev.a, driven with poll()), each over its own copy
 * of the same host memory; destination memory, queue memory (SQs and CQs),
 * the per-queue completion streams and the interrupt counts per vector are
 * compared bit for bit after every batch.
 *
 * Streams: 8 queues, random SQ/CQ sizes (small CQs, so CQ-full stalls happen)
 * and unaligned SQ/CQ bases; random opcodes, lengths (1 B .. 64 KiB, some
 * invalid), alignments, flags (IRQ, FENCE); faults (ranges outside or across
 * window ends, addresses that wrap); the window table and the interrupt
 * moderation count change between batches (when both devices are idle).
 * Now and then a queue's SQ or CQ lies outside every window: both stop it
 * with STATUS.fatal and execute nothing (compared: no completion, memory).
 * Interleaving between queues may legitimately differ (the RTL overlaps
 * commands; the soft device runs one at a time), so completions are compared
 * per queue, in order.  Each queue writes only its own destination area, and a
 * command reads destination memory only with FENCE (overlap of a command's
 * source with earlier writes is ordered only by FENCE in the ABI).
 *
 * Usage: tb_diff [--seed N] [--commands N]        (a failing seed reruns alone)
 *        (or PD_RTL_DIFF_SEED / PD_RTL_DIFF_COMMANDS in the environment)
 */
#include <chrono>
#include <string>

#include "tb_rtl.h"

using namespace pdtb;

static const unsigned NQ = TB_QUEUES, NW = TB_WINDOWS;
static const uint64_t QMEM = 0x10000000, QMEM_SIZE = 1 << 20;
static const uint64_t SRC = 0x20000000, SRC_SIZE = 2 << 20;
/*
 * Queue q writes DST + q * DST_STRIDE .. + DST_AREA, and at most 32 KiB past
 * either end when a range runs off it: the gaps keep queues apart even then.
 */
static const uint64_t DST = 0x40000000, DST_STRIDE = 1 << 20, DST_AREA = 512 << 10, DST_SIZE = NQ * DST_STRIDE;

/* The soft device behind the same DevIf. */
struct Soft : DevIf {
	Mem mem;
	struct pd_dev *dev = nullptr;
	std::vector<uint64_t> irq_count = std::vector<uint64_t>(NQ, 0);

	static void *map(void *ctx, uint64_t a, uint64_t len) { return static_cast<Soft *>(ctx)->mem.map(a, len); }
	static void irq(void *ctx, unsigned v) { static_cast<Soft *>(ctx)->irq_count[v]++; }

	int create()
	{
		struct pd_dev_config cfg = {};
		cfg.num_queues = NQ;
		cfg.num_windows = NW;
		cfg.poll = PD_DEV_POLL_BUSY;
		struct pd_dev_host host = {};
		host.ctx = this;
		host.dma_map = map;
		host.irq = irq;
		return pd_soft_ops.create(&cfg, &host, &dev);
	}
	~Soft() override
	{
		if (dev)
			pd_soft_ops.destroy(dev);
	}
	uint64_t rd(uint32_t off) override { return pd_soft_ops.reg_read(dev, off); }
	void wr(uint32_t off, uint64_t val) override { pd_soft_ops.reg_write(dev, off, val); }
	void run(unsigned n) override { pd_soft_ops.poll(dev, n); }
};

struct Side {
	DevIf *dev;
	Mem *mem;
	Driver drv;
	std::vector<std::vector<pd_cqe>> cqes;
	Side(DevIf *d, Mem *m) : dev(d), mem(m), drv(*m, *d), cqes(NQ) {}
};

static void layout(Mem &m, uint64_t seed)
{
	m.add(QMEM, QMEM_SIZE);
	m.add(SRC, SRC_SIZE);
	m.add(DST, DST_SIZE);
	Rng r(seed ^ 0x5eed);
	uint8_t *s = m.map(SRC, SRC_SIZE);
	for (uint64_t i = 0; i < SRC_SIZE; i += 8) {
		uint64_t v = r.next();
		memcpy(s + i, &v, 8);
	}
}

/* A random range: mostly valid, sometimes across a window end or outside. */
static uint64_t pick_addr(Rng &r, uint64_t base, uint64_t size, uint32_t len)
{
	unsigned k = (unsigned)r.below(100);
	if (len > size)
		len = (uint32_t)size;
	if (k < 2)
		return base + size - len / 2;      /* runs off the end */
	if (k < 3)
		return base - 1 - r.below(64);     /* starts before */
	if (k < 4)
		return ~0ull - r.below(len + 1);   /* wraps at 2^64 */
	if (k < 12)
		return base + size - len;          /* ends exactly at the end */
	return base + r.below(size - len + 1);
}

static uint32_t pick_len(Rng &r)
{
	unsigned k = (unsigned)r.below(100);
	if (k < 40)
		return 1 + (uint32_t)r.below(256);
	if (k < 75)
		return 1 + (uint32_t)r.below(8192);
	if (k < 95)
		return 1 + (uint32_t)r.below(65536);
	if (k < 97)
		return 0;
	if (k < 98)
		return PD_COPY_MAX_LEN + 1 + (uint32_t)r.below(1000);
	return 4096 * (1 + (uint32_t)r.below(4));
}

struct Win {
	uint64_t base, size;
	bool en;
};

static std::vector<Win> pick_windows(Rng &r)
{
	std::vector<Win> w(NW);
	w[0] = {QMEM, QMEM_SIZE, true};
	w[1] = {SRC, SRC_SIZE, !r.pct(10)};
	w[2] = {DST, DST_SIZE, !r.pct(10)};
	for (unsigned i = 3; i < NW; i++) {
		bool s = r.pct(50);
		uint64_t base = s ? SRC : DST, size = s ? SRC_SIZE : DST_SIZE;
		uint64_t off = r.below(size), len = 1 + r.below(size - off);
		w[i] = {base + off, len, r.pct(70)};
	}
	return w;
}

static std::string hex16(const pd_cqe &c)
{
	char b[128];
	snprintf(b, sizeof(b), "tag %llu sq_head %u sq_id %u status %u phase %u", (unsigned long long)c.tag,
		 c.sq_head, c.sq_id, c.status, c.phase);
	return b;
}

int main(int argc, char **argv)
{
	uint64_t seed = (uint64_t)std::chrono::steady_clock::now().time_since_epoch().count() % 1000000007ull;
	uint64_t want = 100000;
	if (const char *e = getenv("PD_RTL_DIFF_COMMANDS"))
		want = strtoull(e, nullptr, 0);
	if (const char *e = getenv("PD_RTL_DIFF_SEED"))
		seed = strtoull(e, nullptr, 0);
	for (int i = 1; i < argc; i++) {
		std::string a = argv[i];
		if (a == "--seed" && i + 1 < argc)
			seed = strtoull(argv[++i], nullptr, 0);
		else if (a == "--commands" && i + 1 < argc)
			want = strtoull(argv[++i], nullptr, 0);
		else {
			fprintf(stderr, "usage: %s [--seed N] [--commands N]\n", argv[0]);
			return 2;
		}
	}
	printf("# tb_diff: seed %llu, %llu commands over %u queues (rerun: tb_diff --seed %llu --commands %llu)\n",
	       (unsigned long long)seed, (unsigned long long)want, NQ, (unsigned long long)seed,
	       (unsigned long long)want);
	fflush(stdout);

	/* memory timing varies with the seed too: latency 100..299, stalls 0..29 % */
	SimConfig cfg;
	cfg.seed = seed;
	Rng tr(seed * 3 + 1);
	cfg.rd_latency = 100 + (unsigned)tr.below(200);
	cfg.rd_jitter = 1 + (unsigned)tr.below(64);
	cfg.req_bp_pct = (unsigned)tr.below(30);
	cfg.rd_stall_pct = (unsigned)tr.below(30);
	cfg.wr_bp_pct = (unsigned)tr.below(30);
	printf("# memory model: read latency %u + 0..%u cycles, stalls: requests %u %%, read beats %u %%, write beats %u %%\n",
	       cfg.rd_latency, cfg.rd_jitter - 1, cfg.req_bp_pct, cfg.rd_stall_pct, cfg.wr_bp_pct);
	Rtl rtl(cfg);
	Soft soft;
	if (soft.create()) {
		printf("not ok 1 - differential RTL vs soft: pd_soft_ops.create failed\n1..1\n");
		return 1;
	}
	layout(rtl.mem, seed);
	layout(soft.mem, seed);
	Side sides[2] = {Side(&rtl, &rtl.mem), Side(&soft, &soft.mem)};

	Rng r(seed);
	auto t0 = std::chrono::steady_clock::now();
	uint64_t done = 0, batch = 0, faults = 0, stalls = 0;
	uint64_t st_count[4] = {0, 0, 0, 0};
	std::vector<unsigned> sq_log2(NQ), cq_log2(NQ);
	std::vector<bool> bad(NQ, false); /* queue set up to stop with a fatal error */
	std::string fail;

	for (Side &s : sides)
		s.dev->wr(PD_REG_CTRL, PD_CTRL_ENABLE);

	while (done < want && fail.empty()) {
		/* configuration changes, both devices idle */
		if (batch % 8 == 0) {
			std::vector<Win> w = pick_windows(r);
			for (Side &s : sides)
				for (unsigned i = 0; i < NW; i++)
					s.drv.win(i, w[i].base, w[i].size, w[i].en);
			uint64_t mod = PD_IRQMOD(r.below(6), 0);
			for (Side &s : sides)
				s.dev->wr(PD_REG_IRQ_MODERATION, mod);
			/*
			 * A lowered threshold fires the vectors already at it: the RTL
			 * in the next cycle, the soft device at its next timer check
			 * (S13).  poll(0) is that check, before any new completion.
			 */
			soft.run(0);
			rtl.run(4);
		}
		for (unsigned q = 0; q < NQ; q++) {
			if (batch % 40 != q * 5 % 40 && batch)
				continue;
			sq_log2[q] = 2 + (unsigned)r.below(6);
			cq_log2[q] = 1 + (unsigned)r.below(6);
			uint64_t sqb = QMEM + q * 0x10000 + 8 * r.below(4), cqb = QMEM + q * 0x10000 + 0x8000 + 8 * r.below(2);
			/* now and then an SQ or a CQ outside every window: a fatal stop on both */
			unsigned k = (unsigned)r.below(100);
			bad[q] = k < 6;
			if (k < 3)
				sqb = 0x70000000 + q * 0x10000;
			else if (k < 6)
				cqb = 0x70000000 + q * 0x10000;
			unsigned vec = (unsigned)r.below(NQ);
			for (Side &s : sides)
				s.drv.queue(q, sqb, sq_log2[q], cqb, cq_log2[q], vec);
		}

		/* commands */
		size_t expect[NQ];
		for (unsigned q = 0; q < NQ; q++) {
			unsigned n = (unsigned)r.below(std::min(24u, (1u << sq_log2[q]) - 1) + 1);
			expect[q] = bad[q] ? 0 : n;
			if (bad[q] && n)
				faults++; /* this queue stops with a fatal error */
			for (unsigned i = 0; i < n; i++) {
				pd_sqe e;
				unsigned k = (unsigned)r.below(100);
				uint8_t op = k < 92 ? (uint8_t)PD_OP_COPY : k < 96 ? (uint8_t)PD_OP_NOP : (uint8_t)(2 + r.below(254));
				uint32_t len = pick_len(r);
				uint8_t flags = (uint8_t)((r.pct(50) ? PD_SQE_F_IRQ : 0) | (r.pct(5) ? PD_SQE_F_FENCE : 0) |
							  (r.pct(3) ? 0xf0 : 0));
				uint64_t src = pick_addr(r, SRC, SRC_SIZE, len);
				uint64_t dst = pick_addr(r, DST + q * DST_STRIDE, DST_AREA, len);
				if (flags & PD_SQE_F_FENCE && r.pct(50))
					src = pick_addr(r, DST + q * DST_STRIDE, DST_AREA, len); /* reads earlier writes */
				if (src < dst + len && dst < src + len) /* overlap is unspecified: avoid it */
					src = pick_addr(r, SRC, SRC_SIZE, len);
				e = make_sqe(op, flags, len, src, dst, ((uint64_t)batch << 32) | (q << 8) | i);
				e.rsvd = r.pct(3) ? 0xbeef : 0;
				for (Side &s : sides)
					s.drv.put(q, e);
			}
		}
		for (unsigned q = 0; q < NQ; q++)
			for (Side &s : sides)
				s.drv.ring(q);

		/* run each side until every queue completed its commands */
		for (int si = 0; si < 2 && fail.empty(); si++) {
			Side &s = sides[si];
			std::vector<size_t> start(NQ);
			for (unsigned q = 0; q < NQ; q++)
				start[q] = s.cqes[q].size();
			for (unsigned it = 0;; it++) {
				bool all = true;
				for (unsigned q = 0; q < NQ; q++) {
					if (r.pct(60))
						s.drv.reap(q, s.cqes[q]);
					if (s.cqes[q].size() - start[q] < expect[q])
						all = false;
				}
				if (all)
					break;
				if (it > 200000) {
					fail = std::string(si ? "soft" : "rtl") + ": completions missing (hang)";
					break;
				}
				s.dev->run(si ? 1 + (unsigned)r.below(8) : 16 + (unsigned)r.below(240));
			}
		}
		if (!fail.empty())
			break;
		rtl.run(50); /* let the last interrupts settle */
		soft.run(1);

		/* compare */
		for (unsigned q = 0; q < NQ && fail.empty(); q++) {
			auto &a = sides[0].cqes[q], &b = sides[1].cqes[q];
			if (a.size() != b.size()) {
				fail = "queue " + std::to_string(q) + ": " + std::to_string(a.size()) + " vs " +
				       std::to_string(b.size()) + " completions, " + std::to_string(expect[q]) + " expected";
				if (getenv("PD_RTL_DIFF_VERBOSE"))
					for (int si = 0; si < 2; si++)
						for (auto &c : sides[si].cqes[q])
							printf("# %s %s\n", si ? "soft" : "rtl", hex16(c).c_str());
				break;
			}
			for (size_t i = 0; i < a.size(); i++) {
				if (memcmp(&a[i], &b[i], sizeof(pd_cqe))) {
					fail = "queue " + std::to_string(q) + " completion " + std::to_string(i) +
					       ": rtl {" + hex16(a[i]) + "} soft {" + hex16(b[i]) + "}";
					if (getenv("PD_RTL_DIFF_VERBOSE")) {
						const Queue &Q = sides[0].drv.qs[q];
						printf("# q%u sq 0x%llx/%u cq 0x%llx/%u\n", q, (unsigned long long)Q.sq_base,
						       Q.sq_log2, (unsigned long long)Q.cq_base, Q.cq_log2);
						for (int si = 0; si < 2; si++)
							for (auto &c : sides[si].cqes[q])
								printf("# %s %s\n", si ? "soft" : "rtl", hex16(c).c_str());
					}
					break;
				}
				if (a[i].status < 4)
					st_count[a[i].status]++;
			}
			done += a.size();
			a.clear();
			b.clear();
		}
		if (fail.empty() && !rtl.sim.err.empty())
			fail = "memory model: " + rtl.sim.err;
		if (fail.empty() && memcmp(rtl.mem.map(DST, DST_SIZE), soft.mem.map(DST, DST_SIZE), DST_SIZE)) {
			const uint8_t *x = rtl.mem.map(DST, DST_SIZE), *y = soft.mem.map(DST, DST_SIZE);
			uint64_t i = 0;
			while (x[i] == y[i])
				i++;
			char b[128];
			snprintf(b, sizeof(b), "destination memory differs at 0x%llx: rtl %02x soft %02x",
				 (unsigned long long)(DST + i), x[i], y[i]);
			fail = b;
		}
		if (fail.empty() && memcmp(rtl.mem.map(QMEM, QMEM_SIZE), soft.mem.map(QMEM, QMEM_SIZE), QMEM_SIZE))
			fail = "queue memory (SQ/CQ) differs";
		for (unsigned v = 0; v < NQ && fail.empty(); v++)
			if (rtl.sim.irq_count[v] != soft.irq_count[v])
				fail = "vector " + std::to_string(v) + ": rtl fired " + std::to_string(rtl.sim.irq_count[v]) +
				       " times, soft " + std::to_string(soft.irq_count[v]);
		if (getenv("PD_RTL_DIFF_VERBOSE")) {
			printf("# batch %llu mod %llu irqs rtl/soft:", (unsigned long long)batch,
			       (unsigned long long)rtl.rd(PD_REG_IRQ_MODERATION));
			for (unsigned v = 0; v < NQ; v++)
				printf(" %llu/%llu", (unsigned long long)rtl.sim.irq_count[v], (unsigned long long)soft.irq_count[v]);
			printf("\n");
		}
		if (fail.empty() && rtl.rd(PD_REG_STATUS) != soft.rd(PD_REG_STATUS))
			fail = "STATUS differs";
		if (fail.empty() && !rtl.sim.err.empty())
			fail = "memory model: " + rtl.sim.err;
		batch++;
	}
	(void)stalls;
	double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
	printf("# %llu commands in %llu batches, %llu cycles, %.1f s; status OK %llu, BAD_OPCODE %llu, BAD_LENGTH %llu, "
	       "DMA_FAULT %llu; fatal stops %llu; irqs fired %llu\n",
	       (unsigned long long)done, (unsigned long long)batch, (unsigned long long)rtl.sim.cycle, secs,
	       (unsigned long long)st_count[0], (unsigned long long)st_count[1], (unsigned long long)st_count[2],
	       (unsigned long long)st_count[3], (unsigned long long)faults,
	       (unsigned long long)[&] {
		       uint64_t t = 0;
		       for (auto c : rtl.sim.irq_count)
			       t += c;
		       return t;
	       }());
	if (!fail.empty()) {
		printf("not ok 1 - differential RTL vs soft, seed %llu: batch %llu: %s (rerun: tb_diff --seed %llu "
		       "--commands %llu)\n1..1\n",
		       (unsigned long long)seed, (unsigned long long)batch, fail.c_str(), (unsigned long long)seed,
		       (unsigned long long)want);
		return 1;
	}
	printf("ok 1 - differential RTL vs soft, seed %llu: %llu commands, zero mismatches\n1..1\n",
	       (unsigned long long)seed, (unsigned long long)done);
	return 0;
}
