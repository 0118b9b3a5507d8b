/* SPDX-License-Identifier: MIT */
/*
 * tb_directed.cpp - directed tests of pd_top (Verilator): registers, every
 * opcode and status, SQ/CQ wrap with phase, CQ full, FENCE, interrupt
 * moderation, fatal stops, reset in the middle of traffic, unaligned copies
 * of every length 1..256 and large ones.  The memory model has 120..160
 * cycles of read latency and random stalls; it fails a test on any request
 * outside an enabled window or any 4 KiB rule violation.
 *
 * Usage: tb_directed [--seed N] [--filter SUBSTRING]     (TAP output)
 */
#include <functional>
#include <string>

#include "tb_rtl.h"

using namespace pdtb;

static const uint64_t QMEM = 0x10000000, QMEM_SIZE = 1 << 20;
static const uint64_t SRC = 0x20000000, DST = 0x40000000, BIG = 17ull << 20;
static const uint64_t GUARD = 1 << 16; /* host memory around each window, outside it */
static uint64_t g_seed = 1;

#define CHECK(c, ...)                                                          \
	do {                                                                   \
		if (!(c)) {                                                    \
			char _b[512];                                          \
			snprintf(_b, sizeof(_b), __VA_ARGS__);                 \
			why = std::string(_b) + " [" #c "]";                  \
			return false;                                          \
		}                                                              \
	} while (0)

struct Env {
	Rtl rtl;
	Driver drv;
	explicit Env(SimConfig cfg = SimConfig(), IrqFn irq = nullptr) : rtl(cfg, std::move(irq)), drv(rtl.mem, rtl)
	{
		rtl.mem.add(QMEM - GUARD, QMEM_SIZE + 2 * GUARD);
		rtl.mem.add(SRC - GUARD, BIG + 2 * GUARD);
		rtl.mem.add(DST - GUARD, BIG + 2 * GUARD, 0xee);
		uint8_t *s = rtl.mem.map(SRC - GUARD, BIG + 2 * GUARD);
		Rng r(7);
		for (uint64_t i = 0; i < BIG + 2 * GUARD; i += 8) {
			uint64_t v = r.next();
			memcpy(s + i, &v, 8);
		}
	}
	void windows()
	{
		drv.win(0, QMEM, QMEM_SIZE);
		drv.win(1, SRC, BIG);
		drv.win(2, DST, BIG);
	}
	void start()
	{
		windows();
		rtl.wr(PD_REG_CTRL, PD_CTRL_ENABLE);
	}
	/* queue q: SQ and CQ in QMEM, 64 KiB apart per queue */
	Queue &queue(unsigned q, unsigned sq_log2 = 8, unsigned cq_log2 = 8, unsigned vec = 0)
	{
		return drv.queue(q, QMEM + q * 0x10000, sq_log2, QMEM + q * 0x10000 + 0x8000, cq_log2, vec);
	}
	uint8_t *src(uint64_t off) { return rtl.mem.map(SRC + off, 1); }
	uint8_t *dst(uint64_t off) { return rtl.mem.map(DST + off, 1); }
	uint8_t *at(uint64_t a) { return rtl.mem.map(a, 1); }
};

static bool t_registers(std::string &why)
{
	Env e;
	DevIf &d = e.rtl;
	CHECK(d.rd(PD_REG_ID) == ((uint64_t)PD_HW_MAGIC | ((uint64_t)PD_HW_ABI_VERSION << 32)), "ID");
	CHECK(d.rd(PD_REG_NUM_QUEUES) == TB_QUEUES, "NUM_QUEUES");
	CHECK(d.rd(PD_REG_NUM_WINDOWS) == TB_WINDOWS, "NUM_WINDOWS");
	CHECK(d.rd(PD_REG_CTRL) == 0 && d.rd(PD_REG_STATUS) == 0 && d.rd(PD_REG_IRQ_MODERATION) == 0, "reset");
	for (unsigned q = 0; q < TB_QUEUES; q++) {
		CHECK(d.rd(qreg(q, PD_Q_SQ_LOG2_SIZE)) == PD_Q_LOG2_MIN, "sq log2 reset q%u", q);
		CHECK(d.rd(qreg(q, PD_Q_CQ_LOG2_SIZE)) == PD_Q_LOG2_MIN, "cq log2 reset q%u", q);
		CHECK(d.rd(qreg(q, PD_Q_SQ_BASE)) == 0 && d.rd(qreg(q, PD_Q_CTRL)) == 0, "q%u reset", q);
	}
	d.wr(qreg(2, PD_Q_SQ_LOG2_SIZE), 99);
	CHECK(d.rd(qreg(2, PD_Q_SQ_LOG2_SIZE)) == PD_Q_LOG2_MAX, "clamp high");
	d.wr(qreg(2, PD_Q_CQ_LOG2_SIZE), 0);
	CHECK(d.rd(qreg(2, PD_Q_CQ_LOG2_SIZE)) == PD_Q_LOG2_MIN, "clamp low");
	d.wr(qreg(3, PD_Q_SQ_TAIL), 2); /* log2 1: 2 entries, 2 is out of range */
	CHECK(d.rd(qreg(3, PD_Q_SQ_TAIL)) == 0, "doorbell range");
	d.wr(qreg(3, PD_Q_SQ_TAIL), 1);
	CHECK(d.rd(qreg(3, PD_Q_SQ_TAIL)) == 1, "doorbell in range");
	d.wr(qreg(3, PD_Q_CQ_LOG2_SIZE), 4);
	d.wr(qreg(3, PD_Q_CQ_HEAD), 15);
	CHECK(d.rd(qreg(3, PD_Q_CQ_HEAD)) == 15, "cq head");
	d.wr(qreg(3, PD_Q_CQ_HEAD), 16);
	CHECK(d.rd(qreg(3, PD_Q_CQ_HEAD)) == 15, "cq head range");
	d.wr(qreg(3, PD_Q_CTRL), 1); /* 0 -> 1 zeroes the doorbells */
	CHECK(d.rd(qreg(3, PD_Q_SQ_TAIL)) == 0 && d.rd(qreg(3, PD_Q_CQ_HEAD)) == 0, "enable zeroes");
	CHECK(d.rd(qreg(3, PD_Q_CTRL)) == PD_Q_CTRL_ENABLE, "q ctrl");
	d.wr(qreg(3, PD_Q_SQ_TAIL), 1);
	d.wr(qreg(3, PD_Q_CTRL), 0xff);
	CHECK(d.rd(qreg(3, PD_Q_SQ_TAIL)) == 1, "1 -> 1 keeps");
	d.wr(qreg(3, PD_Q_CTRL), 0);
	CHECK(d.rd(qreg(3, PD_Q_SQ_TAIL)) == 1 && d.rd(qreg(3, PD_Q_CTRL)) == 0, "1 -> 0 keeps");
	d.wr(qreg(1, PD_Q_IRQ_VECTOR), TB_QUEUES);
	CHECK(d.rd(qreg(1, PD_Q_IRQ_VECTOR)) == 0, "vector range");
	d.wr(qreg(1, PD_Q_IRQ_VECTOR), TB_QUEUES - 1);
	CHECK(d.rd(qreg(1, PD_Q_IRQ_VECTOR)) == TB_QUEUES - 1, "vector");
	d.wr(qreg(1, PD_Q_SQ_BASE), 0x123456789abcdef0ull);
	d.wr(qreg(1, PD_Q_CQ_BASE), 0xfedcba9876543210ull);
	CHECK(d.rd(qreg(1, PD_Q_SQ_BASE)) == 0x123456789abcdef0ull, "sq base");
	CHECK(d.rd(qreg(1, PD_Q_CQ_BASE)) == 0xfedcba9876543210ull, "cq base");
	d.wr(qreg(1, PD_Q_SQ_BASE) + 4, 5);
	CHECK(d.rd(qreg(1, PD_Q_SQ_BASE) + 4) == 0, "unaligned read");
	CHECK(d.rd(qreg(1, PD_Q_SQ_BASE)) == 0x123456789abcdef0ull, "unaligned write ignored");
	d.wr(qreg(TB_QUEUES, PD_Q_SQ_BASE), 77);
	CHECK(d.rd(qreg(TB_QUEUES, PD_Q_SQ_BASE)) == 0, "queue beyond NUM_QUEUES");
	d.wr(wreg(TB_WINDOWS, PD_WIN_BASE), 77);
	CHECK(d.rd(wreg(TB_WINDOWS, PD_WIN_BASE)) == 0, "window beyond NUM_WINDOWS");
	d.wr(wreg(5, PD_WIN_BASE), ~0ull);
	d.wr(wreg(5, PD_WIN_SIZE), 1ull << 40);
	d.wr(wreg(5, PD_WIN_CTRL), 3);
	CHECK(d.rd(wreg(5, PD_WIN_BASE)) == ~0ull && d.rd(wreg(5, PD_WIN_SIZE)) == 1ull << 40, "window");
	CHECK(d.rd(wreg(5, PD_WIN_CTRL)) == PD_WIN_CTRL_ENABLE, "win ctrl bit 0 only");
	d.wr(PD_REG_IRQ_MODERATION, ~0ull);
	CHECK(d.rd(PD_REG_IRQ_MODERATION) == 0xffffffffull, "irq moderation 32 bits");
	d.wr(PD_REG_ID, 5);
	d.wr(PD_REG_NUM_QUEUES, 5);
	CHECK(d.rd(PD_REG_NUM_QUEUES) == TB_QUEUES && (uint32_t)d.rd(PD_REG_ID) == PD_HW_MAGIC, "read-only");
	d.wr(PD_REG_CTRL, 0xff);
	CHECK(d.rd(PD_REG_CTRL) == PD_CTRL_ENABLE, "ctrl: enable, reset self-clears");
	CHECK(d.rd(PD_REG_STATUS) == PD_STATUS_RUNNING, "status running");
	CHECK(d.rd(wreg(5, PD_WIN_CTRL)) == 0 && d.rd(PD_REG_IRQ_MODERATION) == 0, "reset cleared");
	CHECK(d.rd(wreg(5, PD_WIN_BASE)) == ~0ull, "reset keeps bases");
	d.wr(PD_REG_CTRL, 0);
	CHECK(d.rd(PD_REG_STATUS) == 0, "status stopped");
	return true;
}

/* Submit cmds on q, ring once, wait for all CQEs. */
static bool run_cmds(Env &e, unsigned q, const std::vector<pd_sqe> &cmds, std::vector<pd_cqe> &out,
		     std::string &why)
{
	size_t i = 0;
	while (i < cmds.size()) {
		size_t n = 0;
		while (i < cmds.size() && e.drv.put(q, cmds[i])) {
			i++;
			n++;
		}
		e.drv.ring(q);
		CHECK(e.drv.wait(q, out, n, 64, 200000), "q%u: %zu of %zu completions", q, out.size(), cmds.size());
	}
	CHECK(e.rtl.sim.err.empty(), "memory model: %s", e.rtl.sim.err.c_str());
	return true;
}

static bool t_nop(std::string &why)
{
	Env e;
	e.start();
	e.queue(5, 4, 4);
	std::vector<pd_cqe> c;
	if (!run_cmds(e, 5, {make_sqe(PD_OP_NOP, 0, 0, 0, 0, 0x1122334455667788ull)}, c, why))
		return false;
	CHECK(c[0].tag == 0x1122334455667788ull && c[0].sq_head == 1 && c[0].sq_id == 5, "fields");
	CHECK(c[0].status == PD_ST_OK && c[0].phase == 1 && c[0].rsvd == 0, "status/phase");
	CHECK(e.rtl.sim.wr_bytes == 16, "a NOP writes only its CQE (%llu bytes)", (unsigned long long)e.rtl.sim.wr_bytes);
	return true;
}

static bool t_statuses(std::string &why)
{
	Env e;
	e.start();
	e.queue(0);
	struct {
		pd_sqe s;
		uint16_t st;
	} cases[] = {
		{make_sqe(2, 0, 64, SRC, DST, 1), PD_ST_BAD_OPCODE},
		{make_sqe(255, 0, 64, SRC, DST, 2), PD_ST_BAD_OPCODE},
		{make_sqe(PD_OP_COPY, 0, 0, SRC, DST, 3), PD_ST_BAD_LENGTH},
		{make_sqe(PD_OP_COPY, 0, PD_COPY_MAX_LEN + 1, SRC, DST, 4), PD_ST_BAD_LENGTH},
		{make_sqe(PD_OP_COPY, 0, 0xffffffffu, SRC, DST, 5), PD_ST_BAD_LENGTH},
		{make_sqe(PD_OP_COPY, 0, 64, SRC - 1, DST, 6), PD_ST_DMA_FAULT},
		{make_sqe(PD_OP_COPY, 0, 64, SRC, DST - 64, 7), PD_ST_DMA_FAULT},
		{make_sqe(PD_OP_COPY, 0, 65, SRC + BIG - 64, DST, 8), PD_ST_DMA_FAULT},
		{make_sqe(PD_OP_COPY, 0, 65, SRC, DST + BIG - 64, 9), PD_ST_DMA_FAULT},
		{make_sqe(PD_OP_COPY, 0, 16, ~0ull - 7, DST, 10), PD_ST_DMA_FAULT},
		{make_sqe(PD_OP_COPY, 0, 64, 0x80000000, DST, 11), PD_ST_DMA_FAULT},
		{make_sqe(PD_OP_COPY, 0x7c, 64, SRC + BIG - 64, DST + BIG - 64, 12), PD_ST_OK},
		{make_sqe(PD_OP_NOP, 0xfc, 0, ~0ull, ~0ull, 13), PD_ST_OK},
	};
	std::vector<pd_sqe> cmds;
	for (auto &c : cases)
		cmds.push_back(c.s);
	std::vector<pd_cqe> out;
	if (!run_cmds(e, 0, cmds, out, why))
		return false;
	for (size_t i = 0; i < out.size(); i++) {
		CHECK(out[i].tag == cases[i].s.tag, "order %zu", i);
		CHECK(out[i].status == cases[i].st, "case %zu: status %u want %u", i, out[i].status, cases[i].st);
		CHECK(out[i].sq_head == i + 1, "sq_head %zu", i);
	}
	/* only the OK copy wrote: 64 bytes + 13 CQEs */
	CHECK(e.rtl.sim.wr_bytes == 64 + 16 * out.size(), "bytes written %llu", (unsigned long long)e.rtl.sim.wr_bytes);
	CHECK(memcmp(e.dst(BIG - 64), e.src(BIG - 64), 64) == 0, "edge copy");
	for (uint64_t a = DST - GUARD; a < DST + BIG - 64; a += 4096)
		CHECK(*e.at(a) == 0xee, "untouched destination at 0x%llx", (unsigned long long)a);
	return true;
}

/* Copies with a fresh destination slot each; checks data and guard bytes. */
struct CopyCase {
	uint64_t so, dof;
	uint32_t len;
};

static bool check_copies(Env &e, unsigned q, const std::vector<CopyCase> &cases, uint64_t slot, std::string &why)
{
	size_t batch = 200;
	for (size_t b = 0; b < cases.size(); b += batch) {
		size_t n = std::min(batch, cases.size() - b);
		memset(e.dst(0), 0xee, n * slot + 64);
		std::vector<pd_sqe> cmds;
		for (size_t i = 0; i < n; i++) {
			const CopyCase &c = cases[b + i];
			cmds.push_back(make_sqe(PD_OP_COPY, 0, c.len, SRC + (b + i) * 64 % (1 << 20) + c.so,
						DST + i * slot + 64 + c.dof, b + i));
		}
		std::vector<pd_cqe> out;
		if (!run_cmds(e, q, cmds, out, why))
			return false;
		for (size_t i = 0; i < n; i++) {
			const CopyCase &c = cases[b + i];
			uint64_t d = i * slot + 64 + c.dof;
			CHECK(out[i].status == PD_ST_OK, "status");
			CHECK(memcmp(e.dst(d), e.src((b + i) * 64 % (1 << 20) + c.so), c.len) == 0,
			      "data: len %u src off %llu dst off %llu", c.len, (unsigned long long)c.so,
			      (unsigned long long)c.dof);
			CHECK(*e.dst(d - 1) == 0xee && *e.dst(d + c.len) == 0xee, "guard: len %u so %llu do %llu",
			      c.len, (unsigned long long)c.so, (unsigned long long)c.dof);
		}
	}
	return true;
}

static bool t_unaligned_lengths(std::string &why)
{
	Env e;
	e.start();
	e.queue(0);
	Rng r(g_seed);
	std::vector<CopyCase> cases;
	for (uint32_t len = 1; len <= 256; len++)
		for (unsigned k = 0; k < 16; k++)
			cases.push_back({r.below(64), r.below(64), len});
	return check_copies(e, 0, cases, 512, why);
}

static bool t_unaligned_offsets(std::string &why)
{
	Env e;
	e.start();
	e.queue(1);
	std::vector<CopyCase> cases;
	for (uint32_t len : {1u, 63u, 64u, 65u, 200u})
		for (unsigned so = 0; so < 64; so++)
			for (unsigned dof = 0; dof < 64; dof++)
				cases.push_back({so, dof, len});
	return check_copies(e, 1, cases, 384, why);
}

static bool t_large(std::string &why)
{
	Env e;
	e.start();
	e.queue(2);
	struct {
		uint64_t so, dof;
		uint32_t len;
	} cases[] = {{0, 0, 4096}, {1, 2, 4095}, {4000, 100, 4097}, {13, 50, 1 << 20}, {63, 0, 65537},
		     {0, 0, PD_COPY_MAX_LEN}, {7, 9, PD_COPY_MAX_LEN - 16}};
	for (auto &c : cases) {
		memset(e.dst(0), 0xee, c.dof + c.len + 64);
		std::vector<pd_cqe> out;
		if (!run_cmds(e, 2, {make_sqe(PD_OP_COPY, 0, c.len, SRC + c.so, DST + c.dof, 1)}, out, why))
			return false;
		CHECK(out[0].status == PD_ST_OK, "status");
		CHECK(memcmp(e.dst(c.dof), e.src(c.so), c.len) == 0, "data len %u", c.len);
		CHECK(*e.dst(c.dof + c.len) == 0xee && (c.dof == 0 || *e.dst(c.dof - 1) == 0xee), "guard len %u", c.len);
	}
	return true;
}

static bool t_wrap(std::string &why)
{
	Env e;
	e.start();
	e.queue(3, 2, 1); /* SQ 4 entries (3 outstanding), CQ 2 entries (1 unreleased) */
	std::vector<pd_cqe> out;
	for (unsigned i = 0; i < 40; i++) {
		std::vector<pd_sqe> cmds;
		for (unsigned k = 0; k < 3; k++)
			cmds.push_back(make_sqe(k == 1 ? PD_OP_COPY : PD_OP_NOP, 0, 100 + i, SRC + i, DST + 256 * i, 3 * i + k));
		if (!run_cmds(e, 3, cmds, out, why))
			return false;
	}
	CHECK(out.size() == 120, "count");
	for (unsigned i = 0; i < 120; i++) {
		CHECK(out[i].tag == i, "order at %u", i);
		CHECK(out[i].sq_head == (i + 1) % 4, "sq_head at %u: %u", i, out[i].sq_head);
		CHECK(out[i].phase == ((i / 2) % 2 == 0 ? 1 : 0), "phase at %u", i);
	}
	for (unsigned i = 0; i < 40; i++)
		CHECK(memcmp(e.dst(256 * i), e.src(i), 100 + i) == 0, "data %u", i);
	return true;
}

static bool t_cq_full(std::string &why)
{
	Env e;
	e.start();
	Queue &q0 = e.queue(0, 4, 2); /* CQ of 4: at most 3 unreleased */
	e.queue(1, 4, 4);
	for (unsigned i = 0; i < 8; i++) {
		e.drv.put(0, make_sqe(PD_OP_COPY, 0, 1000, SRC, DST + 4096 * i, i));
		e.drv.put(1, make_sqe(PD_OP_COPY, 0, 1000, SRC, DST + 0x100000 + 4096 * i, 100 + i));
	}
	e.drv.ring(0);
	e.drv.ring(1);
	std::vector<pd_cqe> c1;
	CHECK(e.drv.wait(1, c1, 8, 64, 5000), "queue 1 runs while queue 0's CQ is full");
	e.rtl.run(20000);
	const uint8_t *cq = e.at(q0.cq_base);
	for (unsigned s = 0; s < 4; s++)
		CHECK((cq[16 * s + 15] == 1) == (s < 3), "CQ slot %u", s);
	CHECK(*e.dst(4096 * 3) == 0xee, "the 4th command did not run");
	std::vector<pd_cqe> c0;
	CHECK(e.drv.wait(0, c0, 8, 64, 20000), "queue 0 resumes after CQ_HEAD (%zu)", c0.size());
	for (unsigned i = 0; i < 8; i++)
		CHECK(c0[i].tag == i && c0[i].phase == (i < 4 ? 1 : 0), "cqe %u", i);
	CHECK(e.rtl.sim.err.empty(), "%s", e.rtl.sim.err.c_str());
	return true;
}

static bool t_fence(std::string &why)
{
	Env e;
	e.start();
	e.queue(0);
	std::vector<pd_cqe> out;
	/* B reads what A writes: with FENCE it must see A's data. */
	std::vector<pd_sqe> cmds = {
		make_sqe(PD_OP_COPY, 0, 65536, SRC + 3, DST + 5, 1),
		make_sqe(PD_OP_COPY, PD_SQE_F_FENCE, 65536, DST + 5, DST + 0x200000 + 7, 2),
		make_sqe(PD_OP_COPY, 0, 100, SRC, DST + 0x300000, 3),
		make_sqe(PD_OP_COPY, PD_SQE_F_FENCE, 100, DST + 0x300000, DST + 0x300100, 4),
	};
	if (!run_cmds(e, 0, cmds, out, why))
		return false;
	CHECK(memcmp(e.dst(0x200000 + 7), e.src(3), 65536) == 0, "fenced copy saw the earlier write");
	CHECK(memcmp(e.dst(0x300100), e.src(0), 100) == 0, "small fenced copy");
	return true;
}

static bool t_irq_count(std::string &why)
{
	Env e;
	e.start();
	e.queue(0, 8, 8, 3);
	e.queue(1, 8, 8, 5);
	e.rtl.wr(PD_REG_IRQ_MODERATION, PD_IRQMOD(4, 0));
	std::vector<pd_sqe> c0, c1;
	for (unsigned i = 0; i < 10; i++)
		c0.push_back(make_sqe(PD_OP_NOP, PD_SQE_F_IRQ, 0, 0, 0, i));
	for (unsigned i = 0; i < 10; i++)
		c1.push_back(make_sqe(PD_OP_NOP, i < 4 ? PD_SQE_F_IRQ : 0, 0, 0, 0, i));
	std::vector<pd_cqe> o0, o1;
	if (!run_cmds(e, 0, c0, o0, why) || !run_cmds(e, 1, c1, o1, why))
		return false;
	e.rtl.run(100);
	CHECK(e.rtl.sim.irq_count[3] == 2, "vector 3: %llu firings, want 2", (unsigned long long)e.rtl.sim.irq_count[3]);
	CHECK(e.rtl.sim.irq_count[5] == 1, "vector 5: %llu firings, want 1", (unsigned long long)e.rtl.sim.irq_count[5]);
	/* lowering the threshold fires the 2 pending of vector 3 */
	e.rtl.wr(PD_REG_IRQ_MODERATION, PD_IRQMOD(0, 0));
	e.rtl.run(10);
	CHECK(e.rtl.sim.irq_count[3] == 3, "threshold lowered: %llu", (unsigned long long)e.rtl.sim.irq_count[3]);
	std::vector<pd_sqe> c2 = {make_sqe(PD_OP_NOP, PD_SQE_F_IRQ, 0, 0, 0, 1), make_sqe(2, PD_SQE_F_IRQ, 0, 0, 0, 2)};
	if (!run_cmds(e, 1, c2, o1, why))
		return false;
	e.rtl.run(10);
	CHECK(e.rtl.sim.irq_count[5] == 3, "count 0 counts as 1, any status counts: %llu",
	      (unsigned long long)e.rtl.sim.irq_count[5]);
	for (unsigned v = 0; v < TB_QUEUES; v++)
		CHECK(v == 3 || v == 5 || e.rtl.sim.irq_count[v] == 0, "stray vector %u", v);
	return true;
}

static bool t_irq_timeout(std::string &why)
{
	uint64_t fired_at = 0;
	unsigned fired = 0;
	SimConfig cfg;
	Env *ep = nullptr;
	Env e(cfg, [&](unsigned) {
		fired++;
		fired_at = ep->rtl.sim.cycle;
	});
	ep = &e;
	e.start();
	e.queue(0, 4, 4, 2);
	e.rtl.wr(PD_REG_IRQ_MODERATION, PD_IRQMOD(100, 4)); /* 4 us = 1000 cycles at 250 cycles/us */
	e.drv.put(0, make_sqe(PD_OP_NOP, PD_SQE_F_IRQ, 0, 0, 0, 1));
	e.drv.ring(0);
	/* find the cycle the CQE lands */
	uint64_t cqe_at = 0;
	const uint8_t *cq = e.at(e.drv.qs[0].cq_base);
	for (unsigned i = 0; i < 5000 && !cqe_at; i++) {
		e.rtl.sim.tick();
		if (cq[15] == 1)
			cqe_at = e.rtl.sim.cycle;
	}
	CHECK(cqe_at, "no completion");
	e.rtl.run(3000);
	CHECK(fired == 1, "fired %u times", fired);
	CHECK(fired_at >= cqe_at + 1000 - 5 && fired_at <= cqe_at + 1000 + 10, "fired %llu cycles after the CQE",
	      (unsigned long long)(fired_at - cqe_at));
	CHECK(e.rtl.sim.irq_count[2] == 1, "vector");
	return true;
}

static bool t_fatal(std::string &why)
{
	Env e;
	e.start();
	e.drv.queue(0, 0x70000000, 4, QMEM + 0x8000, 4); /* SQ outside every window */
	e.queue(1, 4, 4);
	e.drv.queue(2, QMEM + 0x20000, 4, 0x70000000, 4); /* CQ outside every window */
	e.drv.put(0, make_sqe(PD_OP_NOP, 0, 0, 0, 0, 1));
	e.drv.put(2, make_sqe(PD_OP_COPY, 0, 64, SRC, DST, 2));
	for (unsigned i = 0; i < 5; i++)
		e.drv.put(1, make_sqe(PD_OP_COPY, 0, 64, SRC, DST + 64 + 64 * i, 10 + i));
	e.drv.ring(0);
	e.drv.ring(2);
	e.drv.ring(1);
	std::vector<pd_cqe> o1, o0;
	CHECK(e.drv.wait(1, o1, 5, 64, 2000), "other queues keep running");
	e.rtl.run(2000);
	CHECK(e.rtl.rd(PD_REG_STATUS) == (PD_STATUS_RUNNING | PD_STATUS_FATAL), "STATUS.fatal");
	CHECK(e.drv.reap(0, o0) == 0, "no completion for a fatal SQE fetch");
	CHECK(*e.dst(0) == 0xee, "a CQE slot outside the windows stops the queue before the copy");
	CHECK(e.rtl.sim.err.empty(), "%s", e.rtl.sim.err.c_str());
	/* re-enabling clears the queue's stop mark; fatal stays until reset */
	e.queue(0, 4, 4);
	std::vector<pd_cqe> o;
	if (!run_cmds(e, 0, {make_sqe(PD_OP_NOP, 0, 0, 0, 0, 9)}, o, why))
		return false;
	CHECK(e.rtl.rd(PD_REG_STATUS) & PD_STATUS_FATAL, "fatal stays");
	e.rtl.wr(PD_REG_CTRL, PD_CTRL_RESET | PD_CTRL_ENABLE);
	CHECK(e.rtl.rd(PD_REG_STATUS) == PD_STATUS_RUNNING, "reset clears fatal");
	return true;
}

static bool t_reset_mid_traffic(std::string &why)
{
	Env e;
	e.start();
	for (unsigned q = 0; q < 4; q++) {
		e.queue(q, 6, 6, q);
		for (unsigned i = 0; i < 30; i++)
			e.drv.put(q, make_sqe(PD_OP_COPY, PD_SQE_F_IRQ, 65536 + 17 * i, SRC + 64 * i + q,
					      DST + q * 0x400000 + i * 0x20000 + 3, i));
		e.drv.ring(q);
	}
	e.rtl.wr(PD_REG_IRQ_MODERATION, PD_IRQMOD(1000, 0));
	e.rtl.run(6000);
	CHECK(e.rtl.sim.wr_bytes > 0, "traffic was flowing");
	e.rtl.wr(PD_REG_CTRL, PD_CTRL_RESET);
	uint64_t t0 = e.rtl.sim.cycle;
	CHECK(e.rtl.sim.run_idle(5000), "idle after reset");
	uint64_t idle = e.rtl.sim.cycle - t0;
	uint64_t wb = e.rtl.sim.wr_bytes;
	std::vector<uint8_t> snap(e.dst(0), e.dst(0) + 0x1000000);
	e.rtl.run(5000);
	CHECK(e.rtl.sim.wr_bytes == wb && memcmp(snap.data(), e.dst(0), snap.size()) == 0, "quiet after reset");
	CHECK(e.rtl.rd(PD_REG_STATUS) == 0 && e.rtl.rd(PD_REG_IRQ_MODERATION) == 0, "status after reset");
	for (unsigned q = 0; q < 4; q++)
		CHECK(e.rtl.rd(qreg(q, PD_Q_CTRL)) == 0, "queue %u disabled", q);
	CHECK(e.rtl.rd(wreg(1, PD_WIN_CTRL)) == 0, "window disabled");
	CHECK(e.rtl.sim.err.empty(), "%s", e.rtl.sim.err.c_str());
	/* restart from scratch: everything works again */
	e.start();
	std::vector<CopyCase> cases;
	Rng r(g_seed + 1);
	for (unsigned i = 0; i < 64; i++)
		cases.push_back({r.below(64), r.below(64), (uint32_t)(1 + r.below(9000))});
	e.queue(2, 6, 6);
	if (!check_copies(e, 2, cases, 16384, why))
		return false;
	printf("# reset: idle %llu cycles after CTRL.reset\n", (unsigned long long)idle);
	return true;
}

static bool t_multi_queue(std::string &why)
{
	SimConfig cfg;
	cfg.rd_stall_pct = 30;
	cfg.wr_bp_pct = 30;
	cfg.req_bp_pct = 30;
	cfg.rd_latency = 200;
	Env e(cfg);
	e.start();
	Rng r(g_seed + 2);
	for (unsigned q = 0; q < TB_QUEUES; q++) {
		e.queue(q, 5, 3);
		memset(e.dst(q * 0x100000), 0xee, 0x100000);
	}
	std::vector<std::vector<CopyCase>> cs(TB_QUEUES);
	for (unsigned q = 0; q < TB_QUEUES; q++) {
		for (unsigned i = 0; i < 31; i++) {
			CopyCase c{r.below(4096), r.below(64), (uint32_t)(1 + r.below(20000))};
			cs[q].push_back(c);
			e.drv.put(q, make_sqe(PD_OP_COPY, 0, c.len, SRC + q * 65536 + c.so, DST + q * 0x100000 + i * 32768 + c.dof, i));
		}
		e.drv.ring(q);
	}
	std::vector<std::vector<pd_cqe>> out(TB_QUEUES);
	for (unsigned it = 0; it < 20000; it++) {
		e.rtl.run(64);
		size_t tot = 0;
		for (unsigned q = 0; q < TB_QUEUES; q++) {
			e.drv.reap(q, out[q]);
			tot += out[q].size();
		}
		if (tot == 31 * TB_QUEUES)
			break;
	}
	for (unsigned q = 0; q < TB_QUEUES; q++) {
		CHECK(out[q].size() == 31, "queue %u: %zu completions", q, out[q].size());
		for (unsigned i = 0; i < 31; i++) {
			const CopyCase &c = cs[q][i];
			CHECK(out[q][i].tag == i && out[q][i].status == PD_ST_OK, "q%u cqe %u", q, i);
			CHECK(memcmp(e.dst(q * 0x100000 + i * 32768 + c.dof), e.src(q * 65536 + c.so), c.len) == 0,
			      "q%u data %u", q, i);
		}
	}
	CHECK(e.rtl.sim.err.empty(), "%s", e.rtl.sim.err.c_str());
	printf("# multi-queue: %llu cycles, %llu reads in flight at most\n", (unsigned long long)e.rtl.sim.cycle,
	       (unsigned long long)e.rtl.sim.max_inflight);
	return true;
}

int main(int argc, char **argv)
{
	std::string filter;
	for (int i = 1; i < argc; i++) {
		std::string a = argv[i];
		if (a == "--seed" && i + 1 < argc)
			g_seed = strtoull(argv[++i], nullptr, 0);
		else if (a == "--filter" && i + 1 < argc)
			filter = argv[++i];
		else {
			fprintf(stderr, "usage: %s [--seed N] [--filter SUBSTRING]\n", argv[0]);
			return 2;
		}
	}
	printf("# tb_directed seed %llu (rerun: tb_directed --seed %llu)\n", (unsigned long long)g_seed,
	       (unsigned long long)g_seed);
	struct {
		const char *name;
		bool (*fn)(std::string &);
	} tests[] = {
		{"registers", t_registers},
		{"nop", t_nop},
		{"statuses: bad opcode, bad length, dma fault", t_statuses},
		{"unaligned copies, every length 1..256", t_unaligned_lengths},
		{"unaligned copies, every src/dst offset pair", t_unaligned_offsets},
		{"large copies up to 16 MiB", t_large},
		{"SQ and CQ wrap with phase", t_wrap},
		{"CQ full stalls its queue only", t_cq_full},
		{"FENCE", t_fence},
		{"interrupt moderation by count", t_irq_count},
		{"interrupt moderation by timeout", t_irq_timeout},
		{"fatal stop on SQE fetch / CQE slot outside windows", t_fatal},
		{"reset in the middle of traffic", t_reset_mid_traffic},
		{"8 queues with heavy stalls", t_multi_queue},
	};
	Tap tap;
	for (auto &t : tests) {
		if (!filter.empty() && std::string(t.name).find(filter) == std::string::npos)
			continue;
		std::string why;
		bool ok = t.fn(why);
		tap.result(ok, t.name, why);
	}
	return tap.done();
}
