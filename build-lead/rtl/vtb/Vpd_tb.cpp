// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Model implementation (design independent parts)

#include "Vpd_tb.h"
#include "Vpd_tb__Syms.h"

//============================================================
// Constructors

Vpd_tb::Vpd_tb(VerilatedContext* _vcontextp__, const char* _vcname__)
    : VerilatedModel{*_vcontextp__}
    , vlSymsp{new Vpd_tb__Syms(contextp(), _vcname__, this)}
    , clk{vlSymsp->TOP.clk}
    , rst{vlSymsp->TOP.rst}
    , s_reg_wr_en{vlSymsp->TOP.s_reg_wr_en}
    , s_reg_rd_en{vlSymsp->TOP.s_reg_rd_en}
    , s_reg_rd_valid{vlSymsp->TOP.s_reg_rd_valid}
    , m_rd_req_valid{vlSymsp->TOP.m_rd_req_valid}
    , m_rd_req_ready{vlSymsp->TOP.m_rd_req_ready}
    , m_rd_req_tag{vlSymsp->TOP.m_rd_req_tag}
    , s_rd_rsp_valid{vlSymsp->TOP.s_rd_rsp_valid}
    , s_rd_rsp_ready{vlSymsp->TOP.s_rd_rsp_ready}
    , s_rd_rsp_tag{vlSymsp->TOP.s_rd_rsp_tag}
    , m_wr_req_valid{vlSymsp->TOP.m_wr_req_valid}
    , m_wr_req_ready{vlSymsp->TOP.m_wr_req_ready}
    , m_wr_req_tag{vlSymsp->TOP.m_wr_req_tag}
    , m_wr_dat_valid{vlSymsp->TOP.m_wr_dat_valid}
    , m_wr_dat_ready{vlSymsp->TOP.m_wr_dat_ready}
    , m_wr_dat_last{vlSymsp->TOP.m_wr_dat_last}
    , irq{vlSymsp->TOP.irq}
    , done{vlSymsp->TOP.done}
    , busy{vlSymsp->TOP.busy}
    , m_rd_req_len{vlSymsp->TOP.m_rd_req_len}
    , m_wr_req_len{vlSymsp->TOP.m_wr_req_len}
    , s_reg_addr{vlSymsp->TOP.s_reg_addr}
    , s_rd_rsp_data{vlSymsp->TOP.s_rd_rsp_data}
    , m_wr_dat_data{vlSymsp->TOP.m_wr_dat_data}
    , s_reg_wr_data{vlSymsp->TOP.s_reg_wr_data}
    , s_reg_rd_data{vlSymsp->TOP.s_reg_rd_data}
    , m_rd_req_addr{vlSymsp->TOP.m_rd_req_addr}
    , m_wr_req_addr{vlSymsp->TOP.m_wr_req_addr}
    , m_wr_dat_strb{vlSymsp->TOP.m_wr_dat_strb}
    , rootp{&(vlSymsp->TOP)}
{
    // Register model with the context
    contextp()->addModel(this);
}

Vpd_tb::Vpd_tb(const char* _vcname__)
    : Vpd_tb(Verilated::threadContextp(), _vcname__)
{
}

//============================================================
// Destructor

Vpd_tb::~Vpd_tb() {
    delete vlSymsp;
}

//============================================================
// Evaluation function

#ifdef VL_DEBUG
void Vpd_tb___024root___eval_debug_assertions(Vpd_tb___024root* vlSelf);
#endif  // VL_DEBUG
void Vpd_tb___024root___eval_static(Vpd_tb___024root* vlSelf);
void Vpd_tb___024root___eval_initial(Vpd_tb___024root* vlSelf);
void Vpd_tb___024root___eval_settle(Vpd_tb___024root* vlSelf);
void Vpd_tb___024root___eval(Vpd_tb___024root* vlSelf);

void Vpd_tb::eval_step() {
    VL_DEBUG_IF(VL_DBG_MSGF("+++++TOP Evaluate Vpd_tb::eval_step\n"); );
#ifdef VL_DEBUG
    // Debug assertions
    Vpd_tb___024root___eval_debug_assertions(&(vlSymsp->TOP));
#endif  // VL_DEBUG
    if (VL_UNLIKELY(!vlSymsp->__Vm_didInit)) {
        vlSymsp->__Vm_didInit = true;
        VL_DEBUG_IF(VL_DBG_MSGF("+ Initial\n"););
        Vpd_tb___024root___eval_static(&(vlSymsp->TOP));
        Vpd_tb___024root___eval_initial(&(vlSymsp->TOP));
        Vpd_tb___024root___eval_settle(&(vlSymsp->TOP));
    }
    // MTask 0 start
    VL_DEBUG_IF(VL_DBG_MSGF("MTask0 starting\n"););
    Verilated::mtaskId(0);
    VL_DEBUG_IF(VL_DBG_MSGF("+ Eval\n"););
    Vpd_tb___024root___eval(&(vlSymsp->TOP));
    // Evaluate cleanup
    Verilated::endOfThreadMTask(vlSymsp->__Vm_evalMsgQp);
    Verilated::endOfEval(vlSymsp->__Vm_evalMsgQp);
}

//============================================================
// Events and timing
bool Vpd_tb::eventsPending() { return false; }

uint64_t Vpd_tb::nextTimeSlot() {
    VL_FATAL_MT(__FILE__, __LINE__, "", "%Error: No delays in the design");
    return 0;
}

//============================================================
// Utilities

const char* Vpd_tb::name() const {
    return vlSymsp->name();
}

//============================================================
// Invoke final blocks

void Vpd_tb___024root___eval_final(Vpd_tb___024root* vlSelf);

VL_ATTR_COLD void Vpd_tb::final() {
    Vpd_tb___024root___eval_final(&(vlSymsp->TOP));
}

//============================================================
// Implementations of abstract methods from VerilatedModel

const char* Vpd_tb::hierName() const { return vlSymsp->name(); }
const char* Vpd_tb::modelName() const { return "Vpd_tb"; }
unsigned Vpd_tb::threads() const { return 1; }
