/* SPDX-License-Identifier: MIT */
/*
 * tb_common.h - host side of the RTL testbenches: a sparse host memory, a
 * device interface that the RTL model and the soft device both implement,
 * and a small queue driver (SQE submit, CQE reap with the phase bit) that
 * runs the same way on either.
 */
#ifndef PD_TB_COMMON_H
#define PD_TB_COMMON_H

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "pd_hw_cxx.h"

namespace pdtb {

/* Host memory: a few regions at device addresses. */
class Mem {
public:
	struct Region {
		uint64_t base;
		std::vector<uint8_t> bytes;
	};
	void add(uint64_t base, uint64_t size, uint8_t fill = 0)
	{
		regions.push_back(Region{base, std::vector<uint8_t>(size, fill)});
	}
	uint8_t *map(uint64_t a, uint64_t len)
	{
		for (auto &r : regions)
			if (a >= r.base && a - r.base <= r.bytes.size() && len <= r.bytes.size() - (a - r.base))
				return r.bytes.data() + (a - r.base);
		return nullptr;
	}
	std::vector<Region> regions;
};

/* What a test needs from a device body. */
struct DevIf {
	virtual ~DevIf() {}
	virtual uint64_t rd(uint32_t off) = 0;
	virtual void wr(uint32_t off, uint64_t val) = 0;
	/* Let the device work a little: RTL clocks n cycles, soft polls n commands. */
	virtual void run(unsigned n) = 0;
};

static inline uint32_t qreg(unsigned q, uint32_t r) { return PD_REG_Q(q) + r; }
static inline uint32_t wreg(unsigned w, uint32_t r) { return PD_REG_WIN(w) + r; }

static inline pd_sqe make_sqe(uint8_t op, uint8_t flags, uint32_t len, uint64_t src, uint64_t dst,
			      uint64_t tag)
{
	pd_sqe s;
	memset(&s, 0, sizeof(s));
	s.opcode = op;
	s.flags = flags;
	s.len = len;
	s.src = src;
	s.dst = dst;
	s.tag = tag;
	return s;
}

/* One SQ/CQ pair as a driver sees it. */
struct Queue {
	unsigned id = 0;
	uint64_t sq_base = 0, cq_base = 0;
	unsigned sq_log2 = 4, cq_log2 = 4;
	uint32_t sq_tail = 0, sq_head = 0, cq_head = 0;
	uint8_t phase = 1;
	uint32_t sq_mask() const { return (1u << sq_log2) - 1; }
	uint32_t cq_mask() const { return (1u << cq_log2) - 1; }
	bool sq_full() const { return ((sq_tail + 1) & sq_mask()) == sq_head; }
};

class Driver {
public:
	Driver(Mem &mem, DevIf &dev) : mem_(mem), dev_(dev) {}

	void win(unsigned w, uint64_t base, uint64_t size, bool en = true)
	{
		dev_.wr(wreg(w, PD_WIN_BASE), base);
		dev_.wr(wreg(w, PD_WIN_SIZE), size);
		dev_.wr(wreg(w, PD_WIN_CTRL), en ? PD_WIN_CTRL_ENABLE : 0);
	}

	Queue &queue(unsigned q, uint64_t sq_base, unsigned sq_log2, uint64_t cq_base, unsigned cq_log2,
		     unsigned vector = 0)
	{
		if (qs.size() <= q)
			qs.resize(q + 1);
		Queue &Q = qs[q];
		Q = Queue();
		Q.id = q;
		Q.sq_base = sq_base;
		Q.cq_base = cq_base;
		Q.sq_log2 = sq_log2;
		Q.cq_log2 = cq_log2;
		dev_.wr(qreg(q, PD_Q_CTRL), 0);
		dev_.wr(qreg(q, PD_Q_SQ_BASE), sq_base);
		dev_.wr(qreg(q, PD_Q_SQ_LOG2_SIZE), sq_log2);
		dev_.wr(qreg(q, PD_Q_CQ_BASE), cq_base);
		dev_.wr(qreg(q, PD_Q_CQ_LOG2_SIZE), cq_log2);
		dev_.wr(qreg(q, PD_Q_IRQ_VECTOR), vector);
		uint8_t *cq = mem_.map(cq_base, 16ull << cq_log2);
		if (cq)
			memset(cq, 0, 16ull << cq_log2);
		dev_.wr(qreg(q, PD_Q_CTRL), PD_Q_CTRL_ENABLE);
		return Q;
	}

	/* Write one SQE (no doorbell); false if the SQ is full. */
	bool put(unsigned q, const pd_sqe &s)
	{
		Queue &Q = qs[q];
		if (Q.sq_full())
			return false;
		uint8_t *p = mem_.map(Q.sq_base + 32ull * Q.sq_tail, 32);
		if (p)
			memcpy(p, &s, 32);
		Q.sq_tail = (Q.sq_tail + 1) & Q.sq_mask();
		return true;
	}
	void ring(unsigned q) { dev_.wr(qreg(q, PD_Q_SQ_TAIL), qs[q].sq_tail); }

	/* Take every new CQE of q; release them with one CQ_HEAD write. */
	unsigned reap(unsigned q, std::vector<pd_cqe> &out, unsigned max = ~0u)
	{
		Queue &Q = qs[q];
		unsigned n = 0;
		while (n < max) {
			pd_cqe c;
			uint8_t *p = mem_.map(Q.cq_base + 16ull * Q.cq_head, 16);
			if (!p)
				break;
			memcpy(&c, p, 16);
			if ((c.phase & PD_CQE_PHASE) != Q.phase)
				break;
			out.push_back(c);
			Q.sq_head = c.sq_head;
			Q.cq_head = (Q.cq_head + 1) & Q.cq_mask();
			if (!Q.cq_head)
				Q.phase ^= 1;
			n++;
		}
		if (n)
			dev_.wr(qreg(q, PD_Q_CQ_HEAD), Q.cq_head);
		return n;
	}

	/* Run until q has `want` more CQEs (reaped into out) or `limit` run() steps passed. */
	bool wait(unsigned q, std::vector<pd_cqe> &out, size_t want, unsigned step, unsigned limit)
	{
		size_t goal = out.size() + want;
		for (unsigned i = 0; i < limit && out.size() < goal; i++) {
			dev_.run(step);
			reap(q, out);
		}
		return out.size() >= goal;
	}

	std::vector<Queue> qs;

private:
	Mem &mem_;
	DevIf &dev_;
};

/* TAP output */
struct Tap {
	unsigned n = 0, failed = 0;
	void result(bool ok, const std::string &name, const std::string &why = "")
	{
		n++;
		if (!ok)
			failed++;
		printf("%s %u - %s%s%s\n", ok ? "ok" : "not ok", n, name.c_str(), why.empty() ? "" : ": ",
		       why.c_str());
		fflush(stdout);
	}
	int done()
	{
		printf("1..%u\n", n);
		return failed ? 1 : 0;
	}
};

} /* namespace pdtb */

#endif /* PD_TB_COMMON_H */
