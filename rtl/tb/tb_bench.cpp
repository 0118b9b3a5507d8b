/* SPDX-License-Identifier: MIT */
/*
 * tb_bench.cpp - copy bandwidth of pd_top in bytes per cycle, 64 B .. 64 KiB
 * per command, DATA_WIDTH 512 (64 bytes per cycle is the datapath width),
 * read latency 120..159 cycles.  Each size runs a stream of commands on one
 * queue (SQ of 256, refilled as completions arrive) and counts cycles from
 * the first doorbell to the last completion.
 *
 * Usage: tb_bench [--total BYTES]
 */
#include <string>

#include "tb_rtl.h"

using namespace pdtb;

static const uint64_t QMEM = 0x10000000, SRC = 0x20000000, DST = 0x40000000, SPAN = 8 << 20;

static double run(uint32_t size, uint64_t total, unsigned stall, unsigned align, uint64_t *inflight)
{
	SimConfig cfg;
	cfg.rd_stall_pct = stall;
	cfg.wr_bp_pct = stall;
	cfg.req_bp_pct = stall;
	cfg.seed = size;
	Rtl rtl(cfg);
	rtl.mem.add(QMEM, 1 << 20);
	rtl.mem.add(SRC, SPAN + 4096);
	rtl.mem.add(DST, SPAN + 4096);
	Driver drv(rtl.mem, rtl);
	drv.win(0, QMEM, 1 << 20);
	drv.win(1, SRC, SPAN + 4096);
	drv.win(2, DST, SPAN + 4096);
	rtl.wr(PD_REG_CTRL, PD_CTRL_ENABLE);
	drv.queue(0, QMEM, 8, QMEM + 0x10000, 8);
	uint64_t n = total / size < 64 ? 64 : total / size, sent = 0;
	std::vector<pd_cqe> out;
	uint64_t t0 = rtl.sim.cycle;
	while (out.size() < n) {
		bool put = false;
		while (sent < n && drv.put(0, make_sqe(PD_OP_COPY, 0, size, SRC + (sent * size) % SPAN + align,
						       DST + (sent * size) % SPAN + 2 * align, sent))) {
			sent++;
			put = true;
		}
		if (put)
			drv.ring(0);
		rtl.run(32);
		drv.reap(0, out);
	}
	/* the last CQE landed at most 32 cycles (+ one register write) ago */
	uint64_t cycles = rtl.sim.cycle - t0;
	*inflight = rtl.sim.max_inflight;
	if (!rtl.sim.err.empty()) {
		fprintf(stderr, "tb_bench: memory model: %s\n", rtl.sim.err.c_str());
		exit(1);
	}
	return (double)n * size / cycles;
}

int main(int argc, char **argv)
{
	uint64_t total = 4 << 20;
	for (int i = 1; i < argc; i++) {
		std::string a = argv[i];
		if (a == "--total" && i + 1 < argc)
			total = strtoull(argv[++i], nullptr, 0);
		else {
			fprintf(stderr, "usage: %s [--total BYTES]\n", argv[0]);
			return 2;
		}
	}
	printf("pd_top copy bandwidth, DATA_WIDTH 512 (64 B/cycle), read latency 120..159 cycles, one queue\n");
	printf("%8s  %12s %7s  %12s %7s  %12s %7s  %s\n", "size", "aligned B/c", "%width", "unalig. B/c",
	       "%width", "10%stall B/c", "%width", "reads in flight");
	for (uint32_t size = 64; size <= 65536; size *= 4) {
		uint64_t f0, f1, f2;
		double a = run(size, total, 0, 0, &f0);
		double u = run(size, total, 0, 5, &f1);
		double s = run(size, total, 10, 0, &f2);
		printf("%8u  %12.2f %6.1f%%  %12.2f %6.1f%%  %12.2f %6.1f%%  %llu\n", size, a, 100 * a / 64, u,
		       100 * u / 64, s, 100 * s / 64, (unsigned long long)f0);
		fflush(stdout);
	}
	return 0;
}
