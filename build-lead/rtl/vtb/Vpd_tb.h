// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Primary model header
//
// This header should be included by all source files instantiating the design.
// The class here is then constructed to instantiate the design.
// See the Verilator manual for examples.

#ifndef VERILATED_VPD_TB_H_
#define VERILATED_VPD_TB_H_  // guard

#include "verilated.h"

class Vpd_tb__Syms;
class Vpd_tb___024root;

// This class is the main interface to the Verilated model
class Vpd_tb VL_NOT_FINAL : public VerilatedModel {
  private:
    // Symbol table holding complete model state (owned by this class)
    Vpd_tb__Syms* const vlSymsp;

  public:

    // PORTS
    // The application code writes and reads these signals to
    // propagate new values into/out from the Verilated model.
    VL_IN8(&clk,0,0);
    VL_IN8(&rst,0,0);
    VL_IN8(&s_reg_wr_en,0,0);
    VL_IN8(&s_reg_rd_en,0,0);
    VL_OUT8(&s_reg_rd_valid,0,0);
    VL_OUT8(&m_rd_req_valid,0,0);
    VL_IN8(&m_rd_req_ready,0,0);
    VL_OUT8(&m_rd_req_tag,7,0);
    VL_IN8(&s_rd_rsp_valid,0,0);
    VL_OUT8(&s_rd_rsp_ready,0,0);
    VL_IN8(&s_rd_rsp_tag,7,0);
    VL_OUT8(&m_wr_req_valid,0,0);
    VL_IN8(&m_wr_req_ready,0,0);
    VL_OUT8(&m_wr_req_tag,7,0);
    VL_OUT8(&m_wr_dat_valid,0,0);
    VL_IN8(&m_wr_dat_ready,0,0);
    VL_OUT8(&m_wr_dat_last,0,0);
    VL_OUT8(&irq,7,0);
    VL_OUT8(&done,0,0);
    VL_OUT8(&busy,0,0);
    VL_OUT16(&m_rd_req_len,12,0);
    VL_OUT16(&m_wr_req_len,12,0);
    VL_IN(&s_reg_addr,31,0);
    VL_INW(&s_rd_rsp_data,511,0,16);
    VL_OUTW(&m_wr_dat_data,511,0,16);
    VL_IN64(&s_reg_wr_data,63,0);
    VL_OUT64(&s_reg_rd_data,63,0);
    VL_OUT64(&m_rd_req_addr,63,0);
    VL_OUT64(&m_wr_req_addr,63,0);
    VL_OUT64(&m_wr_dat_strb,63,0);

    // CELLS
    // Public to allow access to /* verilator public */ items.
    // Otherwise the application code can consider these internals.

    // Root instance pointer to allow access to model internals,
    // including inlined /* verilator public_flat_* */ items.
    Vpd_tb___024root* const rootp;

    // CONSTRUCTORS
    /// Construct the model; called by application code
    /// If contextp is null, then the model will use the default global context
    /// If name is "", then makes a wrapper with a
    /// single model invisible with respect to DPI scope names.
    explicit Vpd_tb(VerilatedContext* contextp, const char* name = "TOP");
    explicit Vpd_tb(const char* name = "TOP");
    /// Destroy the model; called (often implicitly) by application code
    virtual ~Vpd_tb();
  private:
    VL_UNCOPYABLE(Vpd_tb);  ///< Copying not allowed

  public:
    // API METHODS
    /// Evaluate the model.  Application must call when inputs change.
    void eval() { eval_step(); }
    /// Evaluate when calling multiple units/models per time step.
    void eval_step();
    /// Evaluate at end of a timestep for tracing, when using eval_step().
    /// Application must call after all eval() and before time changes.
    void eval_end_step() {}
    /// Simulation complete, run final blocks.  Application must call on completion.
    void final();
    /// Are there scheduled events to handle?
    bool eventsPending();
    /// Returns time at next time slot. Aborts if !eventsPending()
    uint64_t nextTimeSlot();
    /// Retrieve name of this model instance (as passed to constructor).
    const char* name() const;

    // Abstract methods from VerilatedModel
    const char* hierName() const override final;
    const char* modelName() const override final;
    unsigned threads() const override final;
} VL_ATTR_ALIGNED(VL_CACHE_LINE_BYTES);

#endif  // guard
