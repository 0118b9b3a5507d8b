/* SPDX-License-Identifier: MIT */
/*
 * rtl_sim.h - clocks a Verilated pd_top and serves its DMA ports from a
 * host-memory model: used by the RTL testbenches and by the rtl device body
 * (drivers/dev/rtl).
 *
 * Memory model
 *  - Read requests are accepted with random backpressure, snapshot memory at
 *    acceptance, and answer after latency + random jitter cycles; any number
 *    of reads are in flight (up to max_reads), answers come back in request
 *    order, beat by beat, with random stalls (valid low).  Bytes of a beat
 *    outside the requested range are filled with junk, never with memory.
 *  - Write requests and data beats are accepted with random backpressure;
 *    a beat is accepted only for a request already accepted.  Writes apply
 *    at beat acceptance.
 *  - Every request is checked: inside one window enabled in the shadow of
 *    the window table (kept from the register writes that went through
 *    this class), translatable by the host, len 1..4096, not crossing a
 *    4 KiB boundary; every beat: strobes within the request, last on the
 *    final beat.  A violation is recorded in err (first one kept).
 *
 * One tick = one clock: inputs are driven from the model state, the model
 * settles (clk low), handshakes are sampled, the clock rises, the model
 * state advances.
 */
#ifndef PD_TB_SIM_H
#define PD_TB_SIM_H

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "verilated.h"

#include "pd_hw_cxx.h"

namespace pdtb {

/* xorshift64*: small, fast, reproducible from a seed. */
struct Rng {
	uint64_t s;
	explicit Rng(uint64_t seed = 1) : s(seed ? seed : 0x9e3779b97f4a7c15ull) {}
	uint64_t next()
	{
		s ^= s >> 12;
		s ^= s << 25;
		s ^= s >> 27;
		return s * 2685821657736338717ull;
	}
	uint64_t below(uint64_t n) { return n ? next() % n : 0; }
	bool pct(unsigned p) { return below(100) < p; }
};

struct SimConfig {
	unsigned rd_latency = 120;  /* cycles from request to first beat, minimum */
	unsigned rd_jitter = 40;    /* + 0..jitter-1 */
	unsigned max_reads = 0;     /* reads in flight, 0 = unlimited */
	unsigned req_bp_pct = 10;   /* % of cycles a request channel is not ready */
	unsigned rd_stall_pct = 10; /* % of cycles a read beat is withheld */
	unsigned wr_bp_pct = 10;    /* % of cycles a write beat is not accepted */
	uint64_t seed = 1;
	bool check_windows = true;  /* check requests against the window shadow */
};

/* Translate [addr, addr + len) to host memory, NULL if the host has none. */
using Translate = std::function<uint8_t *(uint64_t addr, uint64_t len)>;
using IrqFn = std::function<void(unsigned vector)>;
/* Copy n bytes to or from host memory; false if the memory faulted (default: memcpy, true). */
using Copy = std::function<bool(void *dst, const void *src, size_t n)>;

template <class V> class Sim {
public:
	static constexpr unsigned B = 64; /* bytes per beat (DATA_WIDTH 512) */

	Sim(const SimConfig &cfg, Translate tr, IrqFn irq = nullptr, unsigned nq = 8, unsigned nw = 8)
		: cfg_(cfg), tr_(std::move(tr)), irq_(std::move(irq)), rng_(cfg.seed),
		  ctx_(new VerilatedContext), top_(new V(ctx_.get(), "pd_top")), nq_(nq),
		  win_(nw)
	{
		irq_count.assign(nq, 0);
		top_->rst = 1;
		for (int i = 0; i < 4; i++)
			tick();
		top_->rst = 0;
		tick();
	}
	~Sim() { top_->final(); }

	Sim(const Sim &) = delete;
	Sim &operator=(const Sim &) = delete;

	/* host memory accesses go through c (pd_dev_host.dma_copy in rtl_dev) */
	void set_copy(Copy c) { copy_ = std::move(c); }

	/* ---- register port ---- */
	void reg_write(uint32_t off, uint64_t val)
	{
		shadow_write(off, val);
		top_->s_reg_addr = off;
		top_->s_reg_wr_data = val;
		top_->s_reg_wr_en = 1;
		tick();
		top_->s_reg_wr_en = 0;
	}
	uint64_t reg_read(uint32_t off)
	{
		top_->s_reg_addr = off;
		top_->s_reg_rd_en = 1;
		tick();
		top_->s_reg_rd_en = 0;
		tick(); /* rd_data is registered: valid after this edge */
		return last_rd_;
	}

	bool busy() const { return top_->busy || !rd_q_.empty() || !wr_q_.empty(); }

	void tick()
	{
		drive();
		top_->clk = 0;
		top_->eval();
		sample();
		top_->clk = 1;
		top_->eval();
		cycle++;
		advance();
	}

	/* Run until not busy (true) or max cycles passed (false). */
	bool run_idle(uint64_t max)
	{
		uint64_t end = cycle + max;
		while (cycle < end) {
			tick();
			if (!busy())
				return true;
		}
		return false;
	}

	void set_reset(bool r) { top_->rst = r; }

	/* statistics and the first violation seen */
	uint64_t cycle = 0;
	uint64_t completions = 0; /* CQEs written (pd_top.done) */
	uint64_t rd_bytes = 0, wr_bytes = 0, rd_reqs = 0, wr_reqs = 0, max_inflight = 0;
	std::vector<uint64_t> irq_count;
	std::string err;

	Rng &rng() { return rng_; }
	SimConfig &config() { return cfg_; }

private:
	struct Win {
		uint64_t base = 0, size = 0;
		bool en = false;
	};
	struct Rd {
		uint64_t addr;
		unsigned len, tag, beats, sent;
		uint64_t due;
		std::vector<uint8_t> data; /* beats * B bytes */
	};
	struct Wr {
		uint64_t addr;
		unsigned len, beats, got;
	};

	static std::string hex(uint64_t v)
	{
		char b[24];
		snprintf(b, sizeof(b), "0x%llx", (unsigned long long)v);
		return b;
	}

	void fail(const std::string &what)
	{
		if (err.empty())
			err = what + " (cycle " + std::to_string(cycle) + ")";
	}

	void shadow_write(uint32_t off, uint64_t val)
	{
		if (off == PD_REG_CTRL && (val & PD_CTRL_RESET)) {
			for (auto &w : win_)
				w.en = false;
			return;
		}
		if (off < PD_REG_WIN_BASE_OFF || off >= PD_REG_Q_BASE_OFF || (off & 7))
			return;
		unsigned w = (off - PD_REG_WIN_BASE_OFF) / PD_REG_WIN_STRIDE;
		unsigned r = (off - PD_REG_WIN_BASE_OFF) % PD_REG_WIN_STRIDE;
		if (w >= win_.size())
			return;
		if (r == PD_WIN_BASE)
			win_[w].base = val;
		else if (r == PD_WIN_SIZE)
			win_[w].size = val;
		else if (r == PD_WIN_CTRL)
			win_[w].en = val & PD_WIN_CTRL_ENABLE;
	}

	bool in_window(uint64_t a, uint64_t len) const
	{
		if (len - 1 > UINT64_MAX - a)
			return false;
		for (const auto &w : win_)
			if (w.en && a >= w.base && a - w.base <= w.size && len <= w.size - (a - w.base))
				return true;
		return false;
	}

	bool check_req(const char *what, uint64_t a, unsigned len)
	{
		std::string r = std::string(what) + " request " + hex(a) + " len " + std::to_string(len);
		if (len < 1 || len > 4096 || (a & 4095) + len > 4096) {
			fail(r + " breaks the 4 KiB rule");
			return false;
		}
		if (cfg_.check_windows && !in_window(a, len)) {
			fail(r + " is outside every enabled window");
			return false;
		}
		return true;
	}

	static unsigned beats_of(uint64_t a, unsigned len) { return (unsigned)(((a % B) + len + B - 1) / B); }

	void drive()
	{
		bool have_rd_room = !cfg_.max_reads || rd_q_.size() < cfg_.max_reads;
		top_->m_rd_req_ready = have_rd_room && !rng_.pct(cfg_.req_bp_pct);
		top_->m_wr_req_ready = !rng_.pct(cfg_.req_bp_pct);
		top_->m_wr_dat_ready = !wr_q_.empty() && !rng_.pct(cfg_.wr_bp_pct);
		top_->s_rd_rsp_valid = 0;
		if (!rd_q_.empty() && rd_q_.front().due <= cycle && !rng_.pct(cfg_.rd_stall_pct)) {
			Rd &r = rd_q_.front();
			top_->s_rd_rsp_valid = 1;
			top_->s_rd_rsp_tag = r.tag;
			memcpy(top_->s_rd_rsp_data.data(), &r.data[r.sent * B], B);
		}
	}

	void sample()
	{
		rd_fire_ = top_->m_rd_req_valid && top_->m_rd_req_ready;
		if (rd_fire_) {
			rd_addr_ = top_->m_rd_req_addr;
			rd_len_ = top_->m_rd_req_len;
			rd_tag_ = top_->m_rd_req_tag;
		}
		rsp_fire_ = top_->s_rd_rsp_valid && top_->s_rd_rsp_ready;
		wreq_fire_ = top_->m_wr_req_valid && top_->m_wr_req_ready;
		if (wreq_fire_) {
			wr_addr_ = top_->m_wr_req_addr;
			wr_len_ = top_->m_wr_req_len;
		}
		wdat_fire_ = top_->m_wr_dat_valid && top_->m_wr_dat_ready;
		if (wdat_fire_) {
			memcpy(wdat_, top_->m_wr_dat_data.data(), B);
			wstrb_ = top_->m_wr_dat_strb;
			wlast_ = top_->m_wr_dat_last;
		}
	}

	void advance()
	{
		if (top_->s_reg_rd_valid)
			last_rd_ = top_->s_reg_rd_data;
		if (top_->done)
			completions++;
		uint64_t irqs = top_->irq;
		for (unsigned v = 0; irqs && v < nq_; v++) {
			if (irqs & (1ull << v)) {
				irq_count[v]++;
				if (irq_)
					irq_(v);
			}
		}

		if (rsp_fire_) {
			Rd &r = rd_q_.front();
			if (++r.sent == r.beats)
				rd_q_.pop_front();
		}
		if (rd_fire_) {
			Rd r;
			r.addr = rd_addr_;
			r.len = rd_len_;
			r.tag = rd_tag_;
			r.beats = beats_of(r.addr, r.len);
			r.sent = 0;
			uint64_t due = cycle + cfg_.rd_latency + (cfg_.rd_jitter ? rng_.below(cfg_.rd_jitter) : 0);
			r.due = due > last_due_ ? due : last_due_;
			last_due_ = r.due;
			r.data.resize(r.beats * B);
			for (auto &b : r.data)
				b = (uint8_t)(0xa5 ^ rng_.next());
			rd_reqs++;
			if (check_req("read", r.addr, r.len)) {
				uint8_t *p = tr_(r.addr, r.len);
				if (!p)
					fail("read " + hex(r.addr) + ": no host memory there");
				else if (!host_copy(&r.data[r.addr % B], p, r.len))
					fail("read " + hex(r.addr) + ": host memory faulted");
				rd_bytes += r.len;
			}
			rd_q_.push_back(std::move(r));
			if (rd_q_.size() > max_inflight)
				max_inflight = rd_q_.size();
		}
		if (wdat_fire_) {
			if (wr_q_.empty()) {
				fail("write beat without a request");
			} else {
				Wr &w = wr_q_.front();
				uint64_t blk = (w.addr / B) * B + (uint64_t)w.got * B;
				uint64_t allowed = 0;
				for (unsigned i = 0; i < B; i++)
					if (blk + i >= w.addr && blk + i < w.addr + w.len)
						allowed |= 1ull << i;
				if (wstrb_ & ~allowed)
					fail("write beat at " + hex(blk) + " strobes " + hex(wstrb_) +
					     " outside the request");
				if (wlast_ != (w.got + 1 == w.beats))
					fail("write beat at " + hex(blk) + ": wrong last flag");
				uint64_t m = wstrb_ & allowed;
				if (m) {
					unsigned lo = (unsigned)__builtin_ctzll(m), hi = 63 - (unsigned)__builtin_clzll(m);
					uint8_t *p = tr_(blk + lo, hi - lo + 1);
					if (!p) {
						fail("write " + hex(blk + lo) + ": no host memory there");
					} else {
						/* each run of strobed bytes in one copy */
						for (unsigned i = lo; i <= hi;) {
							unsigned j = i;

							if (!(m & (1ull << i))) {
								i++;
								continue;
							}
							while (j + 1 <= hi && (m & (1ull << (j + 1))))
								j++;
							if (!host_copy(p + (i - lo), &wdat_[i], j - i + 1))
								fail("write " + hex(blk + i) + ": host memory faulted");
							i = j + 1;
						}
						wr_bytes += (uint64_t)__builtin_popcountll(m);
					}
				}
				if (++w.got == w.beats)
					wr_q_.pop_front();
			}
		}
		if (wreq_fire_) {
			Wr w;
			w.addr = wr_addr_;
			w.len = wr_len_;
			w.beats = beats_of(w.addr, w.len);
			w.got = 0;
			wr_reqs++;
			check_req("write", w.addr, w.len);
			wr_q_.push_back(w);
		}
	}

	bool host_copy(void *dst, const void *src, size_t n)
	{
		if (copy_)
			return copy_(dst, src, n);
		memcpy(dst, src, n);
		return true;
	}

	SimConfig cfg_;
	Translate tr_;
	Copy copy_;
	IrqFn irq_;
	Rng rng_;
	std::unique_ptr<VerilatedContext> ctx_;
	std::unique_ptr<V> top_;
	unsigned nq_;
	std::vector<Win> win_;
	std::deque<Rd> rd_q_;
	std::deque<Wr> wr_q_;
	uint64_t last_due_ = 0, last_rd_ = 0;

	bool rd_fire_ = false, rsp_fire_ = false, wreq_fire_ = false, wdat_fire_ = false;
	uint64_t rd_addr_ = 0, wr_addr_ = 0, wstrb_ = 0;
	unsigned rd_len_ = 0, rd_tag_ = 0, wr_len_ = 0;
	bool wlast_ = false;
	uint8_t wdat_[B];
};

} /* namespace pdtb */

#endif /* PD_TB_SIM_H */
