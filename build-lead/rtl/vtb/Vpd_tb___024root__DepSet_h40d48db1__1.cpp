// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpd_tb.h for the primary calling header

#include "verilated.h"

#include "Vpd_tb___024root.h"

VL_INLINE_OPT void Vpd_tb___024root___nba_sequent__TOP__1(Vpd_tb___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_tb__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_tb___024root___nba_sequent__TOP__1\n"); );
    // Body
    vlSelf->pd_top__DOT__q_init = ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h24c7f3cf__0) 
                                     & ((7U == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                        & ((~ vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                            [7U]) & 
                                           (0ULL != 
                                            (1ULL & vlSelf->s_reg_wr_data))))) 
                                    << 7U) | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h24c7f3cf__0) 
                                                & ((6U 
                                                    == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                                   & ((~ 
                                                       vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                       [6U]) 
                                                      & (0ULL 
                                                         != 
                                                         (1ULL 
                                                          & vlSelf->s_reg_wr_data))))) 
                                               << 6U) 
                                              | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h24c7f3cf__0) 
                                                   & ((5U 
                                                       == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                                      & ((~ 
                                                          vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                          [5U]) 
                                                         & (0ULL 
                                                            != 
                                                            (1ULL 
                                                             & vlSelf->s_reg_wr_data))))) 
                                                  << 5U) 
                                                 | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h24c7f3cf__0) 
                                                      & ((4U 
                                                          == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                                         & ((~ 
                                                             vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                             [4U]) 
                                                            & (0ULL 
                                                               != 
                                                               (1ULL 
                                                                & vlSelf->s_reg_wr_data))))) 
                                                     << 4U) 
                                                    | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h24c7f3cf__0) 
                                                         & ((3U 
                                                             == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                                            & ((~ 
                                                                vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                [3U]) 
                                                               & (0ULL 
                                                                  != 
                                                                  (1ULL 
                                                                   & vlSelf->s_reg_wr_data))))) 
                                                        << 3U) 
                                                       | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h24c7f3cf__0) 
                                                            & ((2U 
                                                                == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                                               & ((~ 
                                                                   vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                   [2U]) 
                                                                  & (0ULL 
                                                                     != 
                                                                     (1ULL 
                                                                      & vlSelf->s_reg_wr_data))))) 
                                                           << 2U) 
                                                          | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h24c7f3cf__0) 
                                                               & ((1U 
                                                                   == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                                                  & ((~ 
                                                                      vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                      [1U]) 
                                                                     & (0ULL 
                                                                        != 
                                                                        (1ULL 
                                                                         & vlSelf->s_reg_wr_data))))) 
                                                              << 1U) 
                                                             | ((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h24c7f3cf__0) 
                                                                & ((0U 
                                                                    == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                                                   & ((~ 
                                                                       vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                       [0U]) 
                                                                      & (0ULL 
                                                                         != 
                                                                         (1ULL 
                                                                          & vlSelf->s_reg_wr_data))))))))))));
}

void Vpd_tb___024root___nba_sequent__TOP__0(Vpd_tb___024root* vlSelf);

void Vpd_tb___024root___eval_nba(Vpd_tb___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_tb__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_tb___024root___eval_nba\n"); );
    // Body
    if (vlSelf->__VnbaTriggered.at(0U)) {
        Vpd_tb___024root___nba_sequent__TOP__0(vlSelf);
        Vpd_tb___024root___nba_sequent__TOP__1(vlSelf);
    }
}

void Vpd_tb___024root___eval_triggers__ico(Vpd_tb___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vpd_tb___024root___dump_triggers__ico(Vpd_tb___024root* vlSelf);
#endif  // VL_DEBUG
void Vpd_tb___024root___eval_ico(Vpd_tb___024root* vlSelf);
void Vpd_tb___024root___eval_triggers__act(Vpd_tb___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vpd_tb___024root___dump_triggers__act(Vpd_tb___024root* vlSelf);
#endif  // VL_DEBUG
void Vpd_tb___024root___eval_act(Vpd_tb___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vpd_tb___024root___dump_triggers__nba(Vpd_tb___024root* vlSelf);
#endif  // VL_DEBUG

void Vpd_tb___024root___eval(Vpd_tb___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_tb__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_tb___024root___eval\n"); );
    // Init
    CData/*0:0*/ __VicoContinue;
    VlTriggerVec<1> __VpreTriggered;
    IData/*31:0*/ __VnbaIterCount;
    CData/*0:0*/ __VnbaContinue;
    // Body
    vlSelf->__VicoIterCount = 0U;
    __VicoContinue = 1U;
    while (__VicoContinue) {
        __VicoContinue = 0U;
        Vpd_tb___024root___eval_triggers__ico(vlSelf);
        if (vlSelf->__VicoTriggered.any()) {
            __VicoContinue = 1U;
            if (VL_UNLIKELY((0x64U < vlSelf->__VicoIterCount))) {
#ifdef VL_DEBUG
                Vpd_tb___024root___dump_triggers__ico(vlSelf);
#endif
                VL_FATAL_MT("rtl/src/pd_top.v", 25, "", "Input combinational region did not converge.");
            }
            vlSelf->__VicoIterCount = ((IData)(1U) 
                                       + vlSelf->__VicoIterCount);
            Vpd_tb___024root___eval_ico(vlSelf);
        }
    }
    __VnbaIterCount = 0U;
    __VnbaContinue = 1U;
    while (__VnbaContinue) {
        __VnbaContinue = 0U;
        vlSelf->__VnbaTriggered.clear();
        vlSelf->__VactIterCount = 0U;
        vlSelf->__VactContinue = 1U;
        while (vlSelf->__VactContinue) {
            vlSelf->__VactContinue = 0U;
            Vpd_tb___024root___eval_triggers__act(vlSelf);
            if (vlSelf->__VactTriggered.any()) {
                vlSelf->__VactContinue = 1U;
                if (VL_UNLIKELY((0x64U < vlSelf->__VactIterCount))) {
#ifdef VL_DEBUG
                    Vpd_tb___024root___dump_triggers__act(vlSelf);
#endif
                    VL_FATAL_MT("rtl/src/pd_top.v", 25, "", "Active region did not converge.");
                }
                vlSelf->__VactIterCount = ((IData)(1U) 
                                           + vlSelf->__VactIterCount);
                __VpreTriggered.andNot(vlSelf->__VactTriggered, vlSelf->__VnbaTriggered);
                vlSelf->__VnbaTriggered.set(vlSelf->__VactTriggered);
                Vpd_tb___024root___eval_act(vlSelf);
            }
        }
        if (vlSelf->__VnbaTriggered.any()) {
            __VnbaContinue = 1U;
            if (VL_UNLIKELY((0x64U < __VnbaIterCount))) {
#ifdef VL_DEBUG
                Vpd_tb___024root___dump_triggers__nba(vlSelf);
#endif
                VL_FATAL_MT("rtl/src/pd_top.v", 25, "", "NBA region did not converge.");
            }
            __VnbaIterCount = ((IData)(1U) + __VnbaIterCount);
            Vpd_tb___024root___eval_nba(vlSelf);
        }
    }
}

#ifdef VL_DEBUG
void Vpd_tb___024root___eval_debug_assertions(Vpd_tb___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_tb__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_tb___024root___eval_debug_assertions\n"); );
    // Body
    if (VL_UNLIKELY((vlSelf->clk & 0xfeU))) {
        Verilated::overWidthError("clk");}
    if (VL_UNLIKELY((vlSelf->rst & 0xfeU))) {
        Verilated::overWidthError("rst");}
    if (VL_UNLIKELY((vlSelf->s_reg_wr_en & 0xfeU))) {
        Verilated::overWidthError("s_reg_wr_en");}
    if (VL_UNLIKELY((vlSelf->s_reg_rd_en & 0xfeU))) {
        Verilated::overWidthError("s_reg_rd_en");}
    if (VL_UNLIKELY((vlSelf->m_rd_req_ready & 0xfeU))) {
        Verilated::overWidthError("m_rd_req_ready");}
    if (VL_UNLIKELY((vlSelf->s_rd_rsp_valid & 0xfeU))) {
        Verilated::overWidthError("s_rd_rsp_valid");}
    if (VL_UNLIKELY((vlSelf->m_wr_req_ready & 0xfeU))) {
        Verilated::overWidthError("m_wr_req_ready");}
    if (VL_UNLIKELY((vlSelf->m_wr_dat_ready & 0xfeU))) {
        Verilated::overWidthError("m_wr_dat_ready");}
}
#endif  // VL_DEBUG
