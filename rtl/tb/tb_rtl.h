/* SPDX-License-Identifier: MIT */
/*
 * tb_rtl.h - the Verilated testbench configuration of pd_top (8 queues,
 * 8 windows, 512-bit data) behind the DevIf of tb_common.h.
 */
#ifndef PD_TB_RTL_H
#define PD_TB_RTL_H

#include "Vpd_tb.h"
#include "tb_common.h"
#include "rtl_sim.h"

namespace pdtb {

static const unsigned TB_QUEUES = 8, TB_WINDOWS = 8;

struct Rtl : DevIf {
	Mem mem;
	Sim<Vpd_tb> sim;
	explicit Rtl(const SimConfig &cfg, IrqFn irq = nullptr)
		: sim(cfg, [this](uint64_t a, uint64_t l) { return mem.map(a, l); }, std::move(irq),
		      TB_QUEUES, TB_WINDOWS)
	{
	}
	uint64_t rd(uint32_t off) override { return sim.reg_read(off); }
	void wr(uint32_t off, uint64_t val) override { sim.reg_write(off, val); }
	void run(unsigned n) override
	{
		for (unsigned i = 0; i < n; i++)
			sim.tick();
	}
};

} /* namespace pdtb */

#endif /* PD_TB_RTL_H */
