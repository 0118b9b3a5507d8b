// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpd_dev.h for the primary calling header

#include "verilated.h"

#include "Vpd_dev___024root.h"

VL_INLINE_OPT void Vpd_dev___024root___ico_sequent__TOP__0(Vpd_dev___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_dev__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_dev___024root___ico_sequent__TOP__0\n"); );
    // Init
    CData/*0:0*/ pd_top__DOT__f_rsp_valid;
    pd_top__DOT__f_rsp_valid = 0;
    CData/*0:0*/ pd_top__DOT__c_req_ready;
    pd_top__DOT__c_req_ready = 0;
    CData/*0:0*/ pd_top__DOT__regs__DOT____VdfgTmp_h90e25e8f__0;
    pd_top__DOT__regs__DOT____VdfgTmp_h90e25e8f__0 = 0;
    CData/*0:0*/ pd_top__DOT__wr__DOT__req_fire;
    pd_top__DOT__wr__DOT__req_fire = 0;
    // Body
    vlSelf->pd_top__DOT__prst = ((IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg) 
                                 | (IData)(vlSelf->rst));
    vlSelf->pd_top__DOT__regs__DOT__win_hit = ((0U 
                                                == 
                                                (7U 
                                                 & vlSelf->s_reg_addr)) 
                                               & ((0x800U 
                                                   <= vlSelf->s_reg_addr) 
                                                  & ((0x1000U 
                                                      > vlSelf->s_reg_addr) 
                                                     & (0x40U 
                                                        > 
                                                        ((vlSelf->s_reg_addr 
                                                          - (IData)(0x800U)) 
                                                         >> 5U)))));
    vlSelf->pd_top__DOT__rd_mux__DOT__owed_next = (
                                                   (vlSelf->pd_top__DOT__rd_mux__DOT__owed_reg 
                                                    + 
                                                    (((IData)(vlSelf->m_rd_req_valid) 
                                                      & (IData)(vlSelf->m_rd_req_ready))
                                                      ? 
                                                     (0x3fffU 
                                                      & (((IData)(0x3fU) 
                                                          + 
                                                          ((0x3fU 
                                                            & (IData)(vlSelf->m_rd_req_addr)) 
                                                           + (IData)(vlSelf->m_rd_req_len))) 
                                                         >> 6U))
                                                      : 0U)) 
                                                   - 
                                                   ((IData)(vlSelf->s_rd_rsp_valid)
                                                     ? 1U
                                                     : 0U));
    pd_top__DOT__regs__DOT____VdfgTmp_h90e25e8f__0 
        = ((IData)(vlSelf->s_reg_wr_en) & (0U == (7U 
                                                  & vlSelf->s_reg_addr)));
    vlSelf->pd_top__DOT__regs__DOT__q_hit = ((0U == 
                                              (7U & vlSelf->s_reg_addr)) 
                                             & ((0x1000U 
                                                 <= vlSelf->s_reg_addr) 
                                                & (0x10U 
                                                   > 
                                                   ((vlSelf->s_reg_addr 
                                                     - (IData)(0x1000U)) 
                                                    >> 6U))));
    vlSelf->pd_top__DOT__rd_mux__DOT____VdfgTmp_hb5d6d36c__0 
        = ((0U == vlSelf->pd_top__DOT__rd_mux__DOT__discard_reg) 
           & (IData)(vlSelf->s_rd_rsp_valid));
    pd_top__DOT__wr__DOT__req_fire = ((IData)(vlSelf->m_wr_req_valid) 
                                      & (IData)(vlSelf->m_wr_req_ready));
    vlSelf->pd_top__DOT__wr__DOT__dat_fire = ((IData)(vlSelf->m_wr_dat_valid) 
                                              & (IData)(vlSelf->m_wr_dat_ready));
    vlSelf->pd_top__DOT__fetch__DOT__can_issue = ((
                                                   (~ (IData)(vlSelf->pd_top__DOT__f_req_valid)) 
                                                   | (IData)(vlSelf->m_rd_req_ready)) 
                                                  & ((~ (IData)(vlSelf->pd_top__DOT__fetch__DOT__second_reg)) 
                                                     & (0x10U 
                                                        > (IData)(vlSelf->pd_top__DOT__fetch__DOT__slots_reg))));
    pd_top__DOT__c_req_ready = ((~ (IData)(vlSelf->pd_top__DOT__f_req_valid)) 
                                & (IData)(vlSelf->m_rd_req_ready));
    vlSelf->pd_top__DOT__regs__DOT__w_sel = ((IData)(vlSelf->pd_top__DOT__regs__DOT__win_hit)
                                              ? ((vlSelf->s_reg_addr 
                                                  - (IData)(0x800U)) 
                                                 >> 5U)
                                              : 0U);
    vlSelf->pd_top__DOT__rd_mux__DOT__discard_next 
        = vlSelf->pd_top__DOT__rd_mux__DOT__discard_reg;
    if (((IData)(vlSelf->s_rd_rsp_valid) & (0U != vlSelf->pd_top__DOT__rd_mux__DOT__discard_reg))) {
        vlSelf->pd_top__DOT__rd_mux__DOT__discard_next 
            = (vlSelf->pd_top__DOT__rd_mux__DOT__discard_reg 
               - (IData)(1U));
    }
    vlSelf->pd_top__DOT__regs__DOT__wr_reset = ((IData)(pd_top__DOT__regs__DOT____VdfgTmp_h90e25e8f__0) 
                                                & ((0x10U 
                                                    == vlSelf->s_reg_addr) 
                                                   & (0ULL 
                                                      != 
                                                      (2ULL 
                                                       & vlSelf->s_reg_wr_data))));
    vlSelf->pd_top__DOT__regs__DOT__q_sel = ((IData)(vlSelf->pd_top__DOT__regs__DOT__q_hit)
                                              ? ((vlSelf->s_reg_addr 
                                                  - (IData)(0x1000U)) 
                                                 >> 6U)
                                              : 0U);
    vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0 
        = ((IData)(pd_top__DOT__regs__DOT____VdfgTmp_h90e25e8f__0) 
           & ((IData)(vlSelf->pd_top__DOT__regs__DOT__q_hit) 
              & (0x38U == (0x3fU & (vlSelf->s_reg_addr 
                                    - (IData)(0x1000U))))));
    pd_top__DOT__f_rsp_valid = ((IData)(vlSelf->pd_top__DOT__rd_mux__DOT____VdfgTmp_hb5d6d36c__0) 
                                & ((IData)(vlSelf->s_rd_rsp_tag) 
                                   >> 7U));
    vlSelf->pd_top__DOT__wr__DOT__seq_next = (0xffU 
                                              & ((IData)(vlSelf->pd_top__DOT__wr__DOT__seq_reg) 
                                                 + 
                                                 ((IData)(pd_top__DOT__wr__DOT__req_fire)
                                                   ? 1U
                                                   : 0U)));
    vlSelf->pd_top__DOT__wr__DOT__addr_next = vlSelf->pd_top__DOT__wr__DOT__addr_reg;
    vlSelf->pd_top__DOT__wr__DOT__rem_next = vlSelf->pd_top__DOT__wr__DOT__rem_reg;
    if ((1U & (~ ((IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg) 
                  >> 2U)))) {
        if ((1U & (~ ((IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg) 
                      >> 1U)))) {
            if ((1U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
                if (pd_top__DOT__wr__DOT__req_fire) {
                    vlSelf->pd_top__DOT__wr__DOT__addr_next 
                        = (vlSelf->pd_top__DOT__wr__DOT__addr_reg 
                           + (QData)((IData)(vlSelf->pd_top__DOT__wr__DOT__blen)));
                    vlSelf->pd_top__DOT__wr__DOT__rem_next 
                        = (0x1ffffffU & (vlSelf->pd_top__DOT__wr__DOT__rem_reg 
                                         - (IData)(vlSelf->pd_top__DOT__wr__DOT__blen)));
                }
            } else if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__empty)))) {
                vlSelf->pd_top__DOT__wr__DOT__addr_next 
                    = (((QData)((IData)(vlSelf->pd_top__DOT__wcmd[2U])) 
                        << 0x27U) | (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__wcmd[1U])) 
                                      << 7U) | ((QData)((IData)(
                                                                vlSelf->pd_top__DOT__wcmd[0U])) 
                                                >> 0x19U)));
                vlSelf->pd_top__DOT__wr__DOT__rem_next 
                    = (0x1ffffffU & vlSelf->pd_top__DOT__wcmd[0U]);
            }
        }
    }
    vlSelf->pd_top__DOT__wr__DOT__cbeat_next = vlSelf->pd_top__DOT__wr__DOT__cbeat_reg;
    vlSelf->pd_top__DOT__wr__DOT__tail_we = 0U;
    vlSelf->pd_top__DOT__wr__DOT__cmpl_next = 0U;
    vlSelf->pd_top__DOT__wr__DOT__beats_next = vlSelf->pd_top__DOT__wr__DOT__beats_reg;
    vlSelf->pd_top__DOT__wr__DOT__irq_next = 0U;
    if ((4U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
        if ((1U & (~ ((IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)))) {
                if (vlSelf->pd_top__DOT__wr__DOT__dat_fire) {
                    vlSelf->pd_top__DOT__wr__DOT__cbeat_next = 1U;
                    if ((1U & (~ ((0x40ULL < (0x10ULL 
                                              + (QData)((IData)(
                                                                (0x3fU 
                                                                 & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr)))))) 
                                  & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__cbeat_reg)))))) {
                        vlSelf->pd_top__DOT__wr__DOT__tail_we = 1U;
                        vlSelf->pd_top__DOT__wr__DOT__cmpl_next = 1U;
                        vlSelf->pd_top__DOT__wr__DOT__irq_next 
                            = (1U & (vlSelf->pd_top__DOT__wcmd[2U] 
                                     >> 0x1aU));
                    }
                }
            }
            if ((1U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
                if (vlSelf->pd_top__DOT__wr__DOT__dat_fire) {
                    vlSelf->pd_top__DOT__wr__DOT__beats_next 
                        = (0x3fffU & ((IData)(vlSelf->pd_top__DOT__wr__DOT__beats_reg) 
                                      - (IData)(1U)));
                }
            }
        }
        vlSelf->pd_top__DOT__wr__DOT__state_next = vlSelf->pd_top__DOT__wr__DOT__state_reg;
        if ((2U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
            vlSelf->pd_top__DOT__wr__DOT__state_next = 0U;
        } else if ((1U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
            if (vlSelf->pd_top__DOT__wr__DOT__dat_fire) {
                if ((1U == (IData)(vlSelf->pd_top__DOT__wr__DOT__beats_reg))) {
                    vlSelf->pd_top__DOT__wr__DOT__state_next = 0U;
                }
            }
        } else if (vlSelf->pd_top__DOT__wr__DOT__dat_fire) {
            vlSelf->pd_top__DOT__wr__DOT__state_next 
                = (((0x40ULL < (0x10ULL + (QData)((IData)(
                                                          (0x3fU 
                                                           & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr)))))) 
                    & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__cbeat_reg)))
                    ? 3U : 0U);
        }
    } else {
        if ((1U & (~ ((IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)))) {
                if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__empty)))) {
                    vlSelf->pd_top__DOT__wr__DOT__cbeat_next = 0U;
                }
            }
        }
        vlSelf->pd_top__DOT__wr__DOT__state_next = vlSelf->pd_top__DOT__wr__DOT__state_reg;
        if ((2U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
            if ((1U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
                if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_ok)))) {
                    vlSelf->pd_top__DOT__wr__DOT__cmpl_next = 1U;
                }
                if (vlSelf->pd_top__DOT__wr__DOT__cqe_ok) {
                    if (pd_top__DOT__wr__DOT__req_fire) {
                        vlSelf->pd_top__DOT__wr__DOT__state_next = 4U;
                    }
                } else {
                    vlSelf->pd_top__DOT__wr__DOT__state_next = 0U;
                }
            } else if (vlSelf->pd_top__DOT__wr__DOT__dat_fire) {
                if ((1U == (IData)(vlSelf->pd_top__DOT__wr__DOT__beats_reg))) {
                    vlSelf->pd_top__DOT__wr__DOT__state_next 
                        = ((0U == vlSelf->pd_top__DOT__wr__DOT__rem_reg)
                            ? 3U : 1U);
                }
            }
            if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)))) {
                if (vlSelf->pd_top__DOT__wr__DOT__dat_fire) {
                    vlSelf->pd_top__DOT__wr__DOT__beats_next 
                        = (0x3fffU & ((IData)(vlSelf->pd_top__DOT__wr__DOT__beats_reg) 
                                      - (IData)(1U)));
                }
            }
        } else if ((1U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
            if (pd_top__DOT__wr__DOT__req_fire) {
                vlSelf->pd_top__DOT__wr__DOT__beats_next 
                    = vlSelf->pd_top__DOT__wr__DOT__bbeats;
                vlSelf->pd_top__DOT__wr__DOT__state_next = 2U;
            }
        } else if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__empty)))) {
            vlSelf->pd_top__DOT__wr__DOT__state_next 
                = ((0x2000000U & vlSelf->pd_top__DOT__wcmd[2U])
                    ? 1U : 3U);
        }
    }
    if (vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg) {
        vlSelf->pd_top__DOT__rd_mux__DOT__discard_next 
            = vlSelf->pd_top__DOT__rd_mux__DOT__owed_next;
        vlSelf->pd_top__DOT__wr__DOT__tail_we = 0U;
        vlSelf->pd_top__DOT__wr__DOT__cmpl_next = 0U;
        vlSelf->pd_top__DOT__wr__DOT__irq_next = 0U;
        vlSelf->pd_top__DOT__wr__DOT__state_next = 0U;
        if ((((1U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)) 
              | (3U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) 
             & (IData)(pd_top__DOT__wr__DOT__req_fire))) {
            vlSelf->pd_top__DOT__wr__DOT__beats_next 
                = ((1U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))
                    ? (IData)(vlSelf->pd_top__DOT__wr__DOT__bbeats)
                    : 1U);
            vlSelf->pd_top__DOT__wr__DOT__state_next = 5U;
        } else if (((2U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)) 
                    | (5U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)))) {
            if (((IData)(vlSelf->pd_top__DOT__wr__DOT__beats_reg) 
                 != ((IData)(vlSelf->pd_top__DOT__wr__DOT__dat_fire)
                      ? 1U : 0U))) {
                vlSelf->pd_top__DOT__wr__DOT__beats_next 
                    = (0x3fffU & ((IData)(vlSelf->pd_top__DOT__wr__DOT__beats_reg) 
                                  - ((IData)(vlSelf->pd_top__DOT__wr__DOT__dat_fire)
                                      ? 1U : 0U)));
                vlSelf->pd_top__DOT__wr__DOT__state_next = 5U;
            }
        } else if ((4U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
            if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__dat_fire)))) {
                vlSelf->pd_top__DOT__wr__DOT__beats_next = 1U;
                vlSelf->pd_top__DOT__wr__DOT__state_next = 5U;
            }
        }
    }
    vlSelf->pd_top__DOT__fetch__DOT__grant = ((IData)(vlSelf->pd_top__DOT__fetch__DOT__grant_valid) 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__can_issue));
    vlSelf->pd_top__DOT__copy_rd__DOT__issue = ((IData)(vlSelf->pd_top__DOT__copy_rd__DOT__active_reg) 
                                                & (((~ (IData)(vlSelf->pd_top__DOT__c_req_valid)) 
                                                    | (IData)(pd_top__DOT__c_req_ready)) 
                                                   & ((0x3ffU 
                                                       & ((IData)(0x100U) 
                                                          - (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__reserved_reg))) 
                                                      >= (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__chunk_beats))));
    vlSelf->pd_top__DOT__q_init = ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0) 
                                     & ((0xfU == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                        & ((~ vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                            [0xfU]) 
                                           & (0ULL 
                                              != (1ULL 
                                                  & vlSelf->s_reg_wr_data))))) 
                                    << 0xfU) | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0) 
                                                  & ((0xeU 
                                                      == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                                     & ((~ 
                                                         vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                         [0xeU]) 
                                                        & (0ULL 
                                                           != 
                                                           (1ULL 
                                                            & vlSelf->s_reg_wr_data))))) 
                                                 << 0xeU) 
                                                | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0) 
                                                     & ((0xdU 
                                                         == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                                        & ((~ 
                                                            vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                            [0xdU]) 
                                                           & (0ULL 
                                                              != 
                                                              (1ULL 
                                                               & vlSelf->s_reg_wr_data))))) 
                                                    << 0xdU) 
                                                   | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0) 
                                                        & ((0xcU 
                                                            == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                                           & ((~ 
                                                               vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                               [0xcU]) 
                                                              & (0ULL 
                                                                 != 
                                                                 (1ULL 
                                                                  & vlSelf->s_reg_wr_data))))) 
                                                       << 0xcU) 
                                                      | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0) 
                                                           & ((0xbU 
                                                               == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                                              & ((~ 
                                                                  vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                  [0xbU]) 
                                                                 & (0ULL 
                                                                    != 
                                                                    (1ULL 
                                                                     & vlSelf->s_reg_wr_data))))) 
                                                          << 0xbU) 
                                                         | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0) 
                                                              & ((0xaU 
                                                                  == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                                                 & ((~ 
                                                                     vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                     [0xaU]) 
                                                                    & (0ULL 
                                                                       != 
                                                                       (1ULL 
                                                                        & vlSelf->s_reg_wr_data))))) 
                                                             << 0xaU) 
                                                            | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0) 
                                                                 & ((9U 
                                                                     == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                                                    & ((~ 
                                                                        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                        [9U]) 
                                                                       & (0ULL 
                                                                          != 
                                                                          (1ULL 
                                                                           & vlSelf->s_reg_wr_data))))) 
                                                                << 9U) 
                                                               | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0) 
                                                                    & ((8U 
                                                                        == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                                                       & ((~ 
                                                                           vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                           [8U]) 
                                                                          & (0ULL 
                                                                             != 
                                                                             (1ULL 
                                                                              & vlSelf->s_reg_wr_data))))) 
                                                                   << 8U) 
                                                                  | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0) 
                                                                       & ((7U 
                                                                           == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                                                          & ((~ 
                                                                              vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                              [7U]) 
                                                                             & (0ULL 
                                                                                != 
                                                                                (1ULL 
                                                                                & vlSelf->s_reg_wr_data))))) 
                                                                      << 7U) 
                                                                     | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0) 
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
                                                                        | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0) 
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
                                                                           | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0) 
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
                                                                              | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0) 
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
                                                                                | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0) 
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
                                                                                | ((((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0) 
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
                                                                                | ((IData)(vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0) 
                                                                                & ((0U 
                                                                                == vlSelf->pd_top__DOT__regs__DOT__q_sel) 
                                                                                & ((~ 
                                                                                vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                                [0U]) 
                                                                                & (0ULL 
                                                                                != 
                                                                                (1ULL 
                                                                                & vlSelf->s_reg_wr_data))))))))))))))))))));
    vlSelf->pd_top__DOT__fetch__DOT__first_next = vlSelf->pd_top__DOT__fetch__DOT__first_reg;
    if (pd_top__DOT__f_rsp_valid) {
        vlSelf->pd_top__DOT__fetch__DOT__rsp_last = 
            (1U & ((~ vlSelf->pd_top__DOT__fetch__DOT__meta_data) 
                   | (IData)(vlSelf->pd_top__DOT__fetch__DOT__first_reg)));
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[1U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[1U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[2U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[2U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[3U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[3U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[4U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[4U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[5U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[5U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[6U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[6U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[7U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[7U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[8U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[8U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[9U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[9U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xaU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xaU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xbU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xbU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xcU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xcU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xdU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xdU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xeU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xeU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xfU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xfU];
        if ((1U & (vlSelf->pd_top__DOT__fetch__DOT__meta_data 
                   & (~ (IData)(vlSelf->pd_top__DOT__fetch__DOT__first_reg))))) {
            vlSelf->pd_top__DOT__fetch__DOT__first_next = 1U;
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[0U] 
                = vlSelf->s_rd_rsp_data[0U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[1U] 
                = vlSelf->s_rd_rsp_data[1U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[2U] 
                = vlSelf->s_rd_rsp_data[2U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[3U] 
                = vlSelf->s_rd_rsp_data[3U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[4U] 
                = vlSelf->s_rd_rsp_data[4U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[5U] 
                = vlSelf->s_rd_rsp_data[5U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[6U] 
                = vlSelf->s_rd_rsp_data[6U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[7U] 
                = vlSelf->s_rd_rsp_data[7U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[8U] 
                = vlSelf->s_rd_rsp_data[8U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[9U] 
                = vlSelf->s_rd_rsp_data[9U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xaU] 
                = vlSelf->s_rd_rsp_data[0xaU];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xbU] 
                = vlSelf->s_rd_rsp_data[0xbU];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xcU] 
                = vlSelf->s_rd_rsp_data[0xcU];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xdU] 
                = vlSelf->s_rd_rsp_data[0xdU];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xeU] 
                = vlSelf->s_rd_rsp_data[0xeU];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xfU] 
                = vlSelf->s_rd_rsp_data[0xfU];
        } else {
            vlSelf->pd_top__DOT__fetch__DOT__first_next = 0U;
        }
    } else {
        vlSelf->pd_top__DOT__fetch__DOT__rsp_last = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[1U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[1U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[2U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[2U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[3U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[3U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[4U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[4U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[5U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[5U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[6U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[6U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[7U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[7U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[8U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[8U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[9U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[9U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xaU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xaU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xbU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xbU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xcU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xcU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xdU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xdU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xeU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xeU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xfU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xfU];
    }
    vlSelf->pd_top__DOT__fetch__DOT__issue = ((IData)(vlSelf->pd_top__DOT__fetch__DOT__grant) 
                                              & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__cqe_ok) 
                                                 & (IData)(vlSelf->pd_top__DOT__fetch__DOT__sqe_ok)));
    vlSelf->pd_top__DOT__copy_rd__DOT__seq_next = vlSelf->pd_top__DOT__copy_rd__DOT__seq_reg;
    vlSelf->pd_top__DOT__copy_rd__DOT__req_addr_next 
        = vlSelf->pd_top__DOT__c_req_addr;
    vlSelf->pd_top__DOT__copy_rd__DOT__req_len_next 
        = vlSelf->pd_top__DOT__c_req_len;
    vlSelf->pd_top__DOT__copy_rd__DOT__req_tag_next 
        = vlSelf->pd_top__DOT__c_req_tag;
    vlSelf->pd_top__DOT__copy_rd__DOT__req_valid_next 
        = ((IData)(vlSelf->pd_top__DOT__c_req_valid) 
           & (~ (IData)(pd_top__DOT__c_req_ready)));
    vlSelf->pd_top__DOT__copy_rd__DOT__active_next 
        = vlSelf->pd_top__DOT__copy_rd__DOT__active_reg;
    vlSelf->pd_top__DOT__copy_rd__DOT__reserved_next 
        = (0x1ffU & (((IData)(vlSelf->pd_top__DOT__copy_rd__DOT__reserved_reg) 
                      + ((IData)(vlSelf->pd_top__DOT__copy_rd__DOT__issue)
                          ? (0x1ffU & (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__chunk_beats))
                          : 0U)) - (((~ (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__empty)) 
                                     & (IData)(vlSelf->pd_top__DOT__d_ready))
                                     ? 1U : 0U)));
    vlSelf->pd_top__DOT__copy_rd__DOT__addr_next = vlSelf->pd_top__DOT__copy_rd__DOT__addr_reg;
    if (vlSelf->pd_top__DOT__copy_rd__DOT__issue) {
        vlSelf->pd_top__DOT__copy_rd__DOT__seq_next 
            = (0x7fU & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__seq_reg)));
        vlSelf->pd_top__DOT__copy_rd__DOT__req_addr_next 
            = vlSelf->pd_top__DOT__copy_rd__DOT__addr_reg;
        vlSelf->pd_top__DOT__copy_rd__DOT__req_len_next 
            = vlSelf->pd_top__DOT__copy_rd__DOT__chunk;
        vlSelf->pd_top__DOT__copy_rd__DOT__req_tag_next 
            = vlSelf->pd_top__DOT__copy_rd__DOT__seq_reg;
        vlSelf->pd_top__DOT__copy_rd__DOT__req_valid_next = 1U;
        if ((vlSelf->pd_top__DOT__copy_rd__DOT__rem_reg 
             == (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__chunk))) {
            vlSelf->pd_top__DOT__copy_rd__DOT__active_next = 0U;
        }
        vlSelf->pd_top__DOT__copy_rd__DOT__addr_next 
            = (vlSelf->pd_top__DOT__copy_rd__DOT__addr_reg 
               + (QData)((IData)(vlSelf->pd_top__DOT__copy_rd__DOT__chunk)));
        vlSelf->pd_top__DOT__copy_rd__DOT__rem_next 
            = vlSelf->pd_top__DOT__copy_rd__DOT__rem_reg;
        vlSelf->pd_top__DOT__copy_rd__DOT__rem_next 
            = (0x1ffffffU & (vlSelf->pd_top__DOT__copy_rd__DOT__rem_reg 
                             - (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__chunk)));
    } else {
        vlSelf->pd_top__DOT__copy_rd__DOT__rem_next 
            = vlSelf->pd_top__DOT__copy_rd__DOT__rem_reg;
    }
    if ((1U & ((~ (IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__empty)) 
               & (~ (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__active_reg))))) {
        vlSelf->pd_top__DOT__copy_rd__DOT__active_next = 1U;
        vlSelf->pd_top__DOT__copy_rd__DOT__addr_next 
            = (((QData)((IData)(vlSelf->pd_top__DOT____Vcellout__rcmd_fifo__m_data[2U])) 
                << 0x27U) | (((QData)((IData)(vlSelf->pd_top__DOT____Vcellout__rcmd_fifo__m_data[1U])) 
                              << 7U) | ((QData)((IData)(
                                                        vlSelf->pd_top__DOT____Vcellout__rcmd_fifo__m_data[0U])) 
                                        >> 0x19U)));
        vlSelf->pd_top__DOT__copy_rd__DOT__rem_next 
            = (0x1ffffffU & vlSelf->pd_top__DOT____Vcellout__rcmd_fifo__m_data[0U]);
    }
    vlSelf->pd_top__DOT__fetch__DOT__req_tag_next = vlSelf->pd_top__DOT__f_req_tag;
    vlSelf->pd_top__DOT__fetch__DOT__second_len_next 
        = vlSelf->pd_top__DOT__fetch__DOT__second_len_reg;
    vlSelf->pd_top__DOT__fetch__DOT__second_addr_next 
        = vlSelf->pd_top__DOT__fetch__DOT__second_addr_reg;
    vlSelf->pd_top__DOT__fetch__DOT__slots_next = (0x1fU 
                                                   & (((IData)(vlSelf->pd_top__DOT__fetch__DOT__slots_reg) 
                                                       + 
                                                       ((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue)
                                                         ? 1U
                                                         : 0U)) 
                                                      - 
                                                      (((~ (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__empty)) 
                                                        & (IData)(vlSelf->pd_top__DOT__cmd_ready))
                                                        ? 1U
                                                        : 0U)));
    vlSelf->pd_top__DOT__fetch__DOT__req_valid_next 
        = ((IData)(vlSelf->pd_top__DOT__f_req_valid) 
           & (~ (IData)(vlSelf->m_rd_req_ready)));
    vlSelf->pd_top__DOT__fetch__DOT__second_next = vlSelf->pd_top__DOT__fetch__DOT__second_reg;
    vlSelf->pd_top__DOT__fetch__DOT__req_addr_next 
        = vlSelf->pd_top__DOT__f_req_addr;
    if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__second_reg) 
         & ((~ (IData)(vlSelf->pd_top__DOT__f_req_valid)) 
            | (IData)(vlSelf->m_rd_req_ready)))) {
        vlSelf->pd_top__DOT__fetch__DOT__req_valid_next = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__second_next = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__req_addr_next 
            = vlSelf->pd_top__DOT__fetch__DOT__second_addr_reg;
        vlSelf->pd_top__DOT__fetch__DOT__req_len_next 
            = vlSelf->pd_top__DOT__f_req_len;
        vlSelf->pd_top__DOT__fetch__DOT__req_len_next 
            = vlSelf->pd_top__DOT__fetch__DOT__second_len_reg;
    } else {
        vlSelf->pd_top__DOT__fetch__DOT__req_len_next 
            = vlSelf->pd_top__DOT__f_req_len;
    }
    if (vlSelf->pd_top__DOT__fetch__DOT__issue) {
        vlSelf->pd_top__DOT__fetch__DOT__req_tag_next = 0x80U;
        vlSelf->pd_top__DOT__fetch__DOT__second_len_next 
            = (0x1fffU & ((IData)(0x20U) - ((IData)(0x40U) 
                                            - (0x3fU 
                                               & (IData)(vlSelf->pd_top__DOT__fetch__DOT__sqe_addr)))));
        vlSelf->pd_top__DOT__fetch__DOT__second_addr_next 
            = (0x40ULL + (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                          - (QData)((IData)((0x3fU 
                                             & (IData)(vlSelf->pd_top__DOT__fetch__DOT__sqe_addr))))));
        vlSelf->pd_top__DOT__fetch__DOT__req_valid_next = 1U;
        if ((0x40ULL < (0x20ULL + (QData)((IData)((0x3fU 
                                                   & (IData)(vlSelf->pd_top__DOT__fetch__DOT__sqe_addr))))))) {
            vlSelf->pd_top__DOT__fetch__DOT__second_next = 1U;
            vlSelf->pd_top__DOT__fetch__DOT__req_addr_next 
                = vlSelf->pd_top__DOT__fetch__DOT__sqe_addr;
            vlSelf->pd_top__DOT__fetch__DOT__req_len_next 
                = (0x1fffU & ((IData)(0x40U) - (0x3fU 
                                                & (IData)(vlSelf->pd_top__DOT__fetch__DOT__sqe_addr))));
        } else {
            vlSelf->pd_top__DOT__fetch__DOT__second_next = 0U;
            vlSelf->pd_top__DOT__fetch__DOT__req_addr_next 
                = vlSelf->pd_top__DOT__fetch__DOT__sqe_addr;
            vlSelf->pd_top__DOT__fetch__DOT__req_len_next = 0x20U;
        }
    }
}

void Vpd_dev___024root___eval_ico(Vpd_dev___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_dev__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_dev___024root___eval_ico\n"); );
    // Body
    if (vlSelf->__VicoTriggered.at(0U)) {
        Vpd_dev___024root___ico_sequent__TOP__0(vlSelf);
    }
}

void Vpd_dev___024root___eval_act(Vpd_dev___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_dev__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_dev___024root___eval_act\n"); );
}

extern const VlWide<16>/*511:0*/ Vpd_dev__ConstPool__CONST_h93e1b771_0;

VL_INLINE_OPT void Vpd_dev___024root___nba_sequent__TOP__0(Vpd_dev___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_dev__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_dev___024root___nba_sequent__TOP__0\n"); );
    // Init
    VlWide<8>/*255:0*/ pd_top__DOT__q_sq_tail;
    VL_ZERO_W(256, pd_top__DOT__q_sq_tail);
    VlWide<8>/*255:0*/ pd_top__DOT__q_cq_head;
    VL_ZERO_W(256, pd_top__DOT__q_cq_head);
    SData/*15:0*/ pd_top__DOT__q_enable;
    pd_top__DOT__q_enable = 0;
    CData/*0:0*/ pd_top__DOT__f_rsp_valid;
    pd_top__DOT__f_rsp_valid = 0;
    VlWide<5>/*152:0*/ pd_top__DOT____Vcellout__acmd_fifo__m_data;
    VL_ZERO_W(153, pd_top__DOT____Vcellout__acmd_fifo__m_data);
    CData/*0:0*/ pd_top__DOT__c_req_ready;
    pd_top__DOT__c_req_ready = 0;
    VlWide<16>/*511:0*/ pd_top__DOT__d_data;
    VL_ZERO_W(512, pd_top__DOT__d_data);
    SData/*15:0*/ pd_top__DOT__fetch__DOT__sqm;
    pd_top__DOT__fetch__DOT__sqm = 0;
    SData/*15:0*/ pd_top__DOT__fetch__DOT__cqm;
    pd_top__DOT__fetch__DOT__cqm = 0;
    SData/*15:0*/ pd_top__DOT__fetch__DOT__cfree;
    pd_top__DOT__fetch__DOT__cfree = 0;
    CData/*4:0*/ pd_top__DOT__fetch__DOT__arb__DOT__idx;
    pd_top__DOT__fetch__DOT__arb__DOT__idx = 0;
    CData/*0:0*/ pd_top__DOT__decode__DOT__src_ok;
    pd_top__DOT__decode__DOT__src_ok = 0;
    CData/*0:0*/ pd_top__DOT__decode__DOT__dst_ok;
    pd_top__DOT__decode__DOT__dst_ok = 0;
    VlWide<3>/*64:0*/ pd_top__DOT__decode__DOT__src_check__DOT__end_addr;
    VL_ZERO_W(65, pd_top__DOT__decode__DOT__src_check__DOT__end_addr);
    VlWide<3>/*64:0*/ pd_top__DOT__decode__DOT__src_check__DOT__win_end;
    VL_ZERO_W(65, pd_top__DOT__decode__DOT__src_check__DOT__win_end);
    VlWide<3>/*64:0*/ pd_top__DOT__decode__DOT__dst_check__DOT__end_addr;
    VL_ZERO_W(65, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr);
    VlWide<3>/*64:0*/ pd_top__DOT__decode__DOT__dst_check__DOT__win_end;
    VL_ZERO_W(65, pd_top__DOT__decode__DOT__dst_check__DOT__win_end);
    CData/*0:0*/ pd_top__DOT__align__DOT__out_go;
    pd_top__DOT__align__DOT__out_go = 0;
    CData/*0:0*/ pd_top__DOT__align__DOT__prime_go;
    pd_top__DOT__align__DOT__prime_go = 0;
    IData/*16:0*/ pd_top__DOT__irqs__DOT__threshold;
    pd_top__DOT__irqs__DOT__threshold = 0;
    IData/*16:0*/ pd_top__DOT__irqs__DOT__p;
    pd_top__DOT__irqs__DOT__p = 0;
    CData/*4:0*/ __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__0__Vfuncout;
    __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__0__Vfuncout = 0;
    QData/*63:0*/ __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__0__v;
    __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__0__v = 0;
    CData/*4:0*/ __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__1__Vfuncout;
    __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__1__Vfuncout = 0;
    QData/*63:0*/ __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__1__v;
    __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__1__v = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_base_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_base_reg__v0 = 0;
    QData/*63:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__cq_base_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__cq_base_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v1;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v1 = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_log2_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_log2_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__sq_log2_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__sq_log2_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v1;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v1 = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_log2_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_log2_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__cq_log2_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__cq_log2_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v1;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v1 = 0;
    CData/*5:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__win_base_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__win_base_reg__v0 = 0;
    QData/*63:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__win_base_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__win_base_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v1;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v1 = 0;
    CData/*5:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__win_size_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__win_size_reg__v0 = 0;
    QData/*63:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__win_size_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__win_size_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v1;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v1 = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_base_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_base_reg__v0 = 0;
    QData/*63:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__sq_base_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__sq_base_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v1;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v1 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v0 = 0;
    CData/*5:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__win_enable_reg__v64;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__win_enable_reg__v64 = 0;
    CData/*0:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__win_enable_reg__v64;
    __Vdlyvval__pd_top__DOT__regs__DOT__win_enable_reg__v64 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v64;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v64 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v65;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v65 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__q_enable_reg__v16;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__q_enable_reg__v16 = 0;
    CData/*0:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__q_enable_reg__v16;
    __Vdlyvval__pd_top__DOT__regs__DOT__q_enable_reg__v16 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v16;
    __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v16 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v17;
    __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v17 = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_tail_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_tail_reg__v0 = 0;
    SData/*15:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__sq_tail_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__sq_tail_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_head_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_head_reg__v0 = 0;
    SData/*15:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__cq_head_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__cq_head_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__cq_head_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_head_reg__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_tail_reg__v1;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_tail_reg__v1 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v1;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v1 = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_head_reg__v1;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_head_reg__v1 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v2;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v2 = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__vector_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__vector_reg__v0 = 0;
    CData/*3:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__vector_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__vector_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__vector_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__vector_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__vector_reg__v1;
    __Vdlyvset__pd_top__DOT__regs__DOT__vector_reg__v1 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v0;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v1;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v1 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v2;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v2 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v3;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v3 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v4;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v4 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v5;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v5 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v6;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v6 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v7;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v7 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v8;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v8 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v9;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v9 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v10;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v10 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v11;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v11 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v12;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v12 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v13;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v13 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v14;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v14 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v15;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v15 = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__fetch__DOT__stopped_reg__v16;
    __Vdlyvdim0__pd_top__DOT__fetch__DOT__stopped_reg__v16 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v16;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v16 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v17;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v17 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v18;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v18 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v19;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v19 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v20;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v20 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v21;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v21 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v22;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v22 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v23;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v23 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v24;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v24 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v25;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v25 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v26;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v26 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v27;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v27 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v28;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v28 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v29;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v29 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v30;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v30 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v31;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v31 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v32;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v32 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v33;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v33 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v0;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v0;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v0 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v1;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v1 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v1;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v1 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v2;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v2 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v2;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v2 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v3;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v3 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v3;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v3 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v4;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v4 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v4;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v4 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v5;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v5 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v5;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v5 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v6;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v6 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v6;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v6 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v7;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v7 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v7;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v7 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v8;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v8 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v8;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v8 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v9;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v9 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v9;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v9 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v10;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v10 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v10;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v10 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v11;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v11 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v11;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v11 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v12;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v12 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v12;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v12 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v13;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v13 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v13;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v13 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v14;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v14 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v14;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v14 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v15;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v15 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v15;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v15 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v16;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v16 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v16;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v16 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v17;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v17 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v17;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v17 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v18;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v18 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v18;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v18 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v19;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v19 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v19;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v19 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v20;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v20 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v20;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v20 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v21;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v21 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v21;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v21 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v22;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v22 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v22;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v22 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v23;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v23 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v23;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v23 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v24;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v24 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v24;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v24 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v25;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v25 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v25;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v25 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v26;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v26 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v26;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v26 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v27;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v27 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v27;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v27 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v28;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v28 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v28;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v28 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v29;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v29 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v29;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v29 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v30;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v30 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v30;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v30 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v31;
    __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v31 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v31;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v31 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v32;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v32 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v33;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v33 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v34;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v34 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v35;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v35 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v36;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v36 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v37;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v37 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v38;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v38 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v39;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v39 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v40;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v40 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v41;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v41 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v42;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v42 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v43;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v43 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v44;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v44 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v45;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v45 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v46;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v46 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v47;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v47 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v48;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v48 = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__fetch__DOT__head_reg__v0;
    __Vdlyvdim0__pd_top__DOT__fetch__DOT__head_reg__v0 = 0;
    SData/*15:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__head_reg__v0;
    __Vdlyvval__pd_top__DOT__fetch__DOT__head_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v0;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v1;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v1 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v2;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v2 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v3;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v3 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v4;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v4 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v5;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v5 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v6;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v6 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v7;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v7 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v8;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v8 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v9;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v9 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v10;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v10 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v11;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v11 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v12;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v12 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v13;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v13 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v14;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v14 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v15;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v15 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v16;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v16 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v17;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v17 = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0;
    __Vdlyvdim0__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0 = 0;
    IData/*26:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0;
    __Vdlyvval__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0;
    __Vdlyvset__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0;
    __Vdlyvdim0__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0 = 0;
    VlWide<9>/*275:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0;
    VL_ZERO_W(276, __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0);
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0;
    __Vdlyvset__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvdim0__pd_top__DOT__wcmd_fifo__DOT__mem__v0;
    __Vdlyvdim0__pd_top__DOT__wcmd_fifo__DOT__mem__v0 = 0;
    VlWide<6>/*190:0*/ __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0;
    VL_ZERO_W(191, __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0);
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wcmd_fifo__DOT__mem__v0;
    __Vdlyvset__pd_top__DOT__wcmd_fifo__DOT__mem__v0 = 0;
    CData/*1:0*/ __Vdlyvdim0__pd_top__DOT__rcmd_fifo__DOT__mem__v0;
    __Vdlyvdim0__pd_top__DOT__rcmd_fifo__DOT__mem__v0 = 0;
    VlWide<3>/*88:0*/ __Vdlyvval__pd_top__DOT__rcmd_fifo__DOT__mem__v0;
    VL_ZERO_W(89, __Vdlyvval__pd_top__DOT__rcmd_fifo__DOT__mem__v0);
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__rcmd_fifo__DOT__mem__v0;
    __Vdlyvset__pd_top__DOT__rcmd_fifo__DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvdim0__pd_top__DOT__acmd_fifo__DOT__mem__v0;
    __Vdlyvdim0__pd_top__DOT__acmd_fifo__DOT__mem__v0 = 0;
    VlWide<5>/*152:0*/ __Vdlyvval__pd_top__DOT__acmd_fifo__DOT__mem__v0;
    VL_ZERO_W(153, __Vdlyvval__pd_top__DOT__acmd_fifo__DOT__mem__v0);
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__acmd_fifo__DOT__mem__v0;
    __Vdlyvset__pd_top__DOT__acmd_fifo__DOT__mem__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0;
    __Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0 = 0;
    VlWide<16>/*511:0*/ __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0;
    VL_ZERO_W(512, __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0);
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__data_fifo__DOT__mem__v0;
    __Vdlyvset__pd_top__DOT__data_fifo__DOT__mem__v0 = 0;
    CData/*1:0*/ __Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0;
    __Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0 = 0;
    VlWide<18>/*575:0*/ __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0;
    VL_ZERO_W(576, __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0);
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__out_fifo__DOT__mem__v0;
    __Vdlyvset__pd_top__DOT__out_fifo__DOT__mem__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__wr__DOT__phase_reg__v0;
    __Vdlyvdim0__pd_top__DOT__wr__DOT__phase_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvval__pd_top__DOT__wr__DOT__phase_reg__v0;
    __Vdlyvval__pd_top__DOT__wr__DOT__phase_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v0;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v1;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v1 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v2;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v2 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v3;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v3 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v4;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v4 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v5;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v5 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v6;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v6 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v7;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v7 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v8;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v8 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v9;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v9 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v10;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v10 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v11;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v11 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v12;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v12 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v13;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v13 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v14;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v14 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v15;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v15 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v16;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v16 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v17;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v17 = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__wr__DOT__tail_reg__v0;
    __Vdlyvdim0__pd_top__DOT__wr__DOT__tail_reg__v0 = 0;
    SData/*15:0*/ __Vdlyvval__pd_top__DOT__wr__DOT__tail_reg__v0;
    __Vdlyvval__pd_top__DOT__wr__DOT__tail_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v0;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v1;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v1 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v2;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v2 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v3;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v3 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v4;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v4 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v5;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v5 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v6;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v6 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v7;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v7 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v8;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v8 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v9;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v9 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v10;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v10 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v11;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v11 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v12;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v12 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v13;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v13 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v14;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v14 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v15;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v15 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v16;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v16 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v17;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v17 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v0;
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v0 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v1;
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v1 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v2;
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v2 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v3;
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v3 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v4;
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v4 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v5;
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v5 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v6;
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v6 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v7;
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v7 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v8;
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v8 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v9;
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v9 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v10;
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v10 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v11;
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v11 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v12;
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v12 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v13;
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v13 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v14;
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v14 = 0;
    IData/*16:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v15;
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v15 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__irqs__DOT__pending_reg__v16;
    __Vdlyvset__pd_top__DOT__irqs__DOT__pending_reg__v16 = 0;
    QData/*39:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v0;
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v0 = 0;
    QData/*39:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v1;
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v1 = 0;
    QData/*39:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v2;
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v2 = 0;
    QData/*39:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v3;
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v3 = 0;
    QData/*39:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v4;
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v4 = 0;
    QData/*39:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v5;
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v5 = 0;
    QData/*39:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v6;
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v6 = 0;
    QData/*39:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v7;
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v7 = 0;
    QData/*39:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v8;
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v8 = 0;
    QData/*39:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v9;
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v9 = 0;
    QData/*39:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v10;
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v10 = 0;
    QData/*39:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v11;
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v11 = 0;
    QData/*39:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v12;
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v12 = 0;
    QData/*39:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v13;
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v13 = 0;
    QData/*39:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v14;
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v14 = 0;
    QData/*39:0*/ __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v15;
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v15 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__irqs__DOT__timer_reg__v16;
    __Vdlyvset__pd_top__DOT__irqs__DOT__timer_reg__v16 = 0;
    VlWide<32>/*1023:0*/ __Vtemp_h2d404ce0__0;
    VlWide<32>/*1023:0*/ __Vtemp_h9842a5b2__0;
    VlWide<32>/*1023:0*/ __Vtemp_h69f50b74__0;
    VlWide<32>/*1023:0*/ __Vtemp_hee996df9__0;
    VlWide<64>/*2047:0*/ __Vtemp_hf73c69c9__0;
    VlWide<66>/*2111:0*/ __Vtemp_hdb600673__0;
    VlWide<68>/*2175:0*/ __Vtemp_h486b414f__0;
    VlWide<70>/*2239:0*/ __Vtemp_hfeead737__0;
    VlWide<72>/*2303:0*/ __Vtemp_ha490cc40__0;
    VlWide<74>/*2367:0*/ __Vtemp_hec996e37__0;
    VlWide<76>/*2431:0*/ __Vtemp_he25f3e00__0;
    VlWide<78>/*2495:0*/ __Vtemp_h8fc4892e__0;
    VlWide<80>/*2559:0*/ __Vtemp_h73be663b__0;
    VlWide<82>/*2623:0*/ __Vtemp_h4d74464a__0;
    VlWide<84>/*2687:0*/ __Vtemp_hb8cf42c0__0;
    VlWide<86>/*2751:0*/ __Vtemp_h7985ff64__0;
    VlWide<88>/*2815:0*/ __Vtemp_h50d1293d__0;
    VlWide<90>/*2879:0*/ __Vtemp_h9b799b5c__0;
    VlWide<92>/*2943:0*/ __Vtemp_h692628e7__0;
    VlWide<94>/*3007:0*/ __Vtemp_hd4a73594__0;
    VlWide<96>/*3071:0*/ __Vtemp_h380060b2__0;
    VlWide<98>/*3135:0*/ __Vtemp_hb18b61f4__0;
    VlWide<100>/*3199:0*/ __Vtemp_h4a417b9a__0;
    VlWide<102>/*3263:0*/ __Vtemp_hd1141495__0;
    VlWide<104>/*3327:0*/ __Vtemp_hfb0ad518__0;
    VlWide<106>/*3391:0*/ __Vtemp_h2f7be2b5__0;
    VlWide<108>/*3455:0*/ __Vtemp_h22d04658__0;
    VlWide<110>/*3519:0*/ __Vtemp_hc3d508ef__0;
    VlWide<112>/*3583:0*/ __Vtemp_h6f2158e2__0;
    VlWide<114>/*3647:0*/ __Vtemp_h15205a98__0;
    VlWide<116>/*3711:0*/ __Vtemp_h45f6fe08__0;
    VlWide<118>/*3775:0*/ __Vtemp_h7d720960__0;
    VlWide<120>/*3839:0*/ __Vtemp_he12bc23a__0;
    VlWide<122>/*3903:0*/ __Vtemp_hd876a735__0;
    VlWide<124>/*3967:0*/ __Vtemp_h24f5d346__0;
    VlWide<126>/*4031:0*/ __Vtemp_h1d7fd878__0;
    VlWide<128>/*4095:0*/ __Vtemp_h955f4317__0;
    VlWide<64>/*2047:0*/ __Vtemp_h9090d3bd__0;
    VlWide<66>/*2111:0*/ __Vtemp_h9d77536b__0;
    VlWide<68>/*2175:0*/ __Vtemp_hd55b1c6c__0;
    VlWide<70>/*2239:0*/ __Vtemp_ha508e30e__0;
    VlWide<72>/*2303:0*/ __Vtemp_h5dfa172c__0;
    VlWide<74>/*2367:0*/ __Vtemp_h7ea1957a__0;
    VlWide<76>/*2431:0*/ __Vtemp_hc93d8fca__0;
    VlWide<78>/*2495:0*/ __Vtemp_h7ad06cc2__0;
    VlWide<80>/*2559:0*/ __Vtemp_h1e372671__0;
    VlWide<82>/*2623:0*/ __Vtemp_h6b264145__0;
    VlWide<84>/*2687:0*/ __Vtemp_h6ca811f2__0;
    VlWide<86>/*2751:0*/ __Vtemp_hb54636c3__0;
    VlWide<88>/*2815:0*/ __Vtemp_h681b1382__0;
    VlWide<90>/*2879:0*/ __Vtemp_h951f88b2__0;
    VlWide<92>/*2943:0*/ __Vtemp_hd5c3abd5__0;
    VlWide<94>/*3007:0*/ __Vtemp_h639d6a7f__0;
    VlWide<96>/*3071:0*/ __Vtemp_h621b24be__0;
    VlWide<98>/*3135:0*/ __Vtemp_h0be04078__0;
    VlWide<100>/*3199:0*/ __Vtemp_hf43b9059__0;
    VlWide<102>/*3263:0*/ __Vtemp_h9a22889a__0;
    VlWide<104>/*3327:0*/ __Vtemp_hae2aaa2a__0;
    VlWide<106>/*3391:0*/ __Vtemp_h52d56a8e__0;
    VlWide<108>/*3455:0*/ __Vtemp_h12100fa7__0;
    VlWide<110>/*3519:0*/ __Vtemp_h361cba5d__0;
    VlWide<112>/*3583:0*/ __Vtemp_ha5f0d2f9__0;
    VlWide<114>/*3647:0*/ __Vtemp_h9dc3a955__0;
    VlWide<116>/*3711:0*/ __Vtemp_h569cb8e3__0;
    VlWide<118>/*3775:0*/ __Vtemp_h3c952184__0;
    VlWide<120>/*3839:0*/ __Vtemp_h2141ba57__0;
    VlWide<122>/*3903:0*/ __Vtemp_h8adf36dd__0;
    VlWide<124>/*3967:0*/ __Vtemp_h3c1ea980__0;
    VlWide<126>/*4031:0*/ __Vtemp_ha1d3a2ab__0;
    VlWide<128>/*4095:0*/ __Vtemp_h7129f904__0;
    VlWide<3>/*95:0*/ __Vtemp_h29a447c0__0;
    VlWide<3>/*95:0*/ __Vtemp_h23bf0805__0;
    VlWide<3>/*95:0*/ __Vtemp_h1d3d4103__0;
    VlWide<3>/*95:0*/ __Vtemp_h8d2f253d__0;
    VlWide<3>/*95:0*/ __Vtemp_hfbce1f38__0;
    VlWide<3>/*95:0*/ __Vtemp_h0ce94479__0;
    VlWide<3>/*95:0*/ __Vtemp_h3703e4f2__0;
    VlWide<3>/*95:0*/ __Vtemp_hd58d27f2__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__0;
    VlWide<3>/*95:0*/ __Vtemp_h0cc727fd__0;
    VlWide<3>/*95:0*/ __Vtemp_h36cc6916__0;
    VlWide<3>/*95:0*/ __Vtemp_h3d5328d7__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__1;
    VlWide<3>/*95:0*/ __Vtemp_h0cdb2751__0;
    VlWide<3>/*95:0*/ __Vtemp_h36d0883a__0;
    VlWide<3>/*95:0*/ __Vtemp_h59858391__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__2;
    VlWide<3>/*95:0*/ __Vtemp_h015f27f5__0;
    VlWide<3>/*95:0*/ __Vtemp_h261de89e__0;
    VlWide<3>/*95:0*/ __Vtemp_hc28559c5__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__3;
    VlWide<3>/*95:0*/ __Vtemp_h0d15a749__0;
    VlWide<3>/*95:0*/ __Vtemp_h39994742__0;
    VlWide<3>/*95:0*/ __Vtemp_h88978095__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__4;
    VlWide<3>/*95:0*/ __Vtemp_h0186690d__0;
    VlWide<3>/*95:0*/ __Vtemp_h261ae266__0;
    VlWide<3>/*95:0*/ __Vtemp_h653037e1__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__5;
    VlWide<3>/*95:0*/ __Vtemp_h0182c8e1__0;
    VlWide<3>/*95:0*/ __Vtemp_h2556e28a__0;
    VlWide<3>/*95:0*/ __Vtemp_hd9a5d8f4__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__6;
    VlWide<3>/*95:0*/ __Vtemp_h018ee805__0;
    VlWide<3>/*95:0*/ __Vtemp_h262e28ee__0;
    VlWide<3>/*95:0*/ __Vtemp_hc4762569__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__7;
    VlWide<3>/*95:0*/ __Vtemp_h018b0819__0;
    VlWide<3>/*95:0*/ __Vtemp_h262ee312__0;
    VlWide<3>/*95:0*/ __Vtemp_h7d4257d6__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__8;
    VlWide<3>/*95:0*/ __Vtemp_h01b6a59d__0;
    VlWide<3>/*95:0*/ __Vtemp_h256b2776__0;
    VlWide<3>/*95:0*/ __Vtemp_h2bfebf3d__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__9;
    VlWide<3>/*95:0*/ __Vtemp_h01b2a571__0;
    VlWide<3>/*95:0*/ __Vtemp_h2561c65a__0;
    VlWide<3>/*95:0*/ __Vtemp_h04ddfaff__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__10;
    VlWide<3>/*95:0*/ __Vtemp_h017de795__0;
    VlWide<3>/*95:0*/ __Vtemp_h2562e7fe__0;
    VlWide<3>/*95:0*/ __Vtemp_h703ff7f6__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__11;
    VlWide<3>/*95:0*/ __Vtemp_h0179e769__0;
    VlWide<3>/*95:0*/ __Vtemp_h253f4762__0;
    VlWide<3>/*95:0*/ __Vtemp_h4928e3ec__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__12;
    VlWide<3>/*95:0*/ __Vtemp_h02225fad__0;
    VlWide<3>/*95:0*/ __Vtemp_h25762646__0;
    VlWide<3>/*95:0*/ __Vtemp_h130229a1__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__13;
    VlWide<3>/*95:0*/ __Vtemp_h017b8f81__0;
    VlWide<3>/*95:0*/ __Vtemp_h2572272a__0;
    VlWide<3>/*95:0*/ __Vtemp_h8bb33928__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__14;
    VlWide<3>/*95:0*/ __Vtemp_h022c28a5__0;
    VlWide<3>/*95:0*/ __Vtemp_h254e26ce__0;
    VlWide<3>/*95:0*/ __Vtemp_h51d80b89__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__15;
    VlWide<3>/*95:0*/ __Vtemp_h02284539__0;
    VlWide<3>/*95:0*/ __Vtemp_h254d66b2__0;
    VlWide<3>/*95:0*/ __Vtemp_h0aa872af__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__16;
    VlWide<3>/*95:0*/ __Vtemp_h021af73d__0;
    VlWide<3>/*95:0*/ __Vtemp_h37118cd6__0;
    VlWide<3>/*95:0*/ __Vtemp_h0e68dbf6__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__17;
    VlWide<3>/*95:0*/ __Vtemp_h022e7011__0;
    VlWide<3>/*95:0*/ __Vtemp_h370d85fa__0;
    VlWide<3>/*95:0*/ __Vtemp_h02d75852__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__18;
    VlWide<3>/*95:0*/ __Vtemp_hffc3d935__0;
    VlWide<3>/*95:0*/ __Vtemp_h25594dde__0;
    VlWide<3>/*95:0*/ __Vtemp_hb1470bbe__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__19;
    VlWide<3>/*95:0*/ __Vtemp_h000a5109__0;
    VlWide<3>/*95:0*/ __Vtemp_h370b2a02__0;
    VlWide<3>/*95:0*/ __Vtemp_h085a9b37__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__20;
    VlWide<3>/*95:0*/ __Vtemp_hffcbb84d__0;
    VlWide<3>/*95:0*/ __Vtemp_h2570b226__0;
    VlWide<3>/*95:0*/ __Vtemp_h89bbbc0b__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__21;
    VlWide<3>/*95:0*/ __Vtemp_hffd010a1__0;
    VlWide<3>/*95:0*/ __Vtemp_h2584c94a__0;
    VlWide<3>/*95:0*/ __Vtemp_h37c2307d__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__22;
    VlWide<3>/*95:0*/ __Vtemp_hfff55645__0;
    VlWide<3>/*95:0*/ __Vtemp_h25a8f32e__0;
    VlWide<3>/*95:0*/ __Vtemp_he9383e4d__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__23;
    VlWide<3>/*95:0*/ __Vtemp_hffc8eed9__0;
    VlWide<3>/*95:0*/ __Vtemp_h255c88d2__0;
    VlWide<3>/*95:0*/ __Vtemp_h13818e0e__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__24;
    VlWide<3>/*95:0*/ __Vtemp_hfff627dd__0;
    VlWide<3>/*95:0*/ __Vtemp_h25a82936__0;
    VlWide<3>/*95:0*/ __Vtemp_ha3941df3__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__25;
    VlWide<3>/*95:0*/ __Vtemp_hffba5031__0;
    VlWide<3>/*95:0*/ __Vtemp_h257bb01a__0;
    VlWide<3>/*95:0*/ __Vtemp_h627c0b98__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__26;
    VlWide<3>/*95:0*/ __Vtemp_hffc066d5__0;
    VlWide<3>/*95:0*/ __Vtemp_h259fe83e__0;
    VlWide<3>/*95:0*/ __Vtemp_h378fdcb0__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__27;
    VlWide<3>/*95:0*/ __Vtemp_h01627029__0;
    VlWide<3>/*95:0*/ __Vtemp_h25b3f122__0;
    VlWide<3>/*95:0*/ __Vtemp_h348a6086__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__28;
    VlWide<3>/*95:0*/ __Vtemp_h016667ed__0;
    VlWide<3>/*95:0*/ __Vtemp_h2577a306__0;
    VlWide<3>/*95:0*/ __Vtemp_hde84ca5e__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__29;
    VlWide<3>/*95:0*/ __Vtemp_h016aaf41__0;
    VlWide<3>/*95:0*/ __Vtemp_h258bcaea__0;
    VlWide<3>/*95:0*/ __Vtemp_h49db7209__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__30;
    VlWide<3>/*95:0*/ __Vtemp_h016f28e5__0;
    VlWide<3>/*95:0*/ __Vtemp_h25afa30e__0;
    VlWide<3>/*95:0*/ __Vtemp_h49bae184__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__31;
    VlWide<3>/*95:0*/ __Vtemp_h0192d0f9__0;
    VlWide<3>/*95:0*/ __Vtemp_h25470a72__0;
    VlWide<3>/*95:0*/ __Vtemp_hfbe56ad2__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__32;
    VlWide<3>/*95:0*/ __Vtemp_h0196237d__0;
    VlWide<3>/*95:0*/ __Vtemp_h254a6196__0;
    VlWide<3>/*95:0*/ __Vtemp_habf32950__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__33;
    VlWide<3>/*95:0*/ __Vtemp_h015a4ad1__0;
    VlWide<3>/*95:0*/ __Vtemp_h261e69ba__0;
    VlWide<3>/*95:0*/ __Vtemp_h8e5af411__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__34;
    VlWide<3>/*95:0*/ __Vtemp_hc6c62875__0;
    VlWide<3>/*95:0*/ __Vtemp_h9cd3e21e__0;
    VlWide<3>/*95:0*/ __Vtemp_h872b0596__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__35;
    VlWide<3>/*95:0*/ __Vtemp_hc9ad2fc9__0;
    VlWide<3>/*95:0*/ __Vtemp_h8fb069c2__0;
    VlWide<3>/*95:0*/ __Vtemp_heeae4316__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__36;
    VlWide<3>/*95:0*/ __Vtemp_hc9af648d__0;
    VlWide<3>/*95:0*/ __Vtemp_h9cd4e4e6__0;
    VlWide<3>/*95:0*/ __Vtemp_hff147d62__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__37;
    VlWide<3>/*95:0*/ __Vtemp_hc72fac61__0;
    VlWide<3>/*95:0*/ __Vtemp_h8fa90d0a__0;
    VlWide<3>/*95:0*/ __Vtemp_hac505ed0__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__38;
    VlWide<3>/*95:0*/ __Vtemp_hc733e485__0;
    VlWide<3>/*95:0*/ __Vtemp_h8fa4216e__0;
    VlWide<3>/*95:0*/ __Vtemp_ha5316085__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__39;
    VlWide<3>/*95:0*/ __Vtemp_hc9980c99__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c808c92__0;
    VlWide<3>/*95:0*/ __Vtemp_h8095e9b2__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__40;
    VlWide<3>/*95:0*/ __Vtemp_hc9a0a31d__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c622bf6__0;
    VlWide<3>/*95:0*/ __Vtemp_h654a1d34__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__41;
    VlWide<3>/*95:0*/ __Vtemp_hc9a4caf1__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c78abda__0;
    VlWide<3>/*95:0*/ __Vtemp_hd8ba21b4__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__42;
    VlWide<3>/*95:0*/ __Vtemp_hc9a3e215__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c79eb7e__0;
    VlWide<3>/*95:0*/ __Vtemp_hc2deaff3__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__43;
    VlWide<3>/*95:0*/ __Vtemp_hc989e9e9__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c8de3e2__0;
    VlWide<3>/*95:0*/ __Vtemp_ha2c54c82__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__44;
    VlWide<3>/*95:0*/ __Vtemp_hc98e652d__0;
    VlWide<3>/*95:0*/ __Vtemp_h9cb522c6__0;
    VlWide<3>/*95:0*/ __Vtemp_h95d4f8b0__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__45;
    VlWide<3>/*95:0*/ __Vtemp_hc992ad01__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c894baa__0;
    VlWide<3>/*95:0*/ __Vtemp_h42fe3fc6__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__46;
    VlWide<3>/*95:0*/ __Vtemp_hc9962325__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c8d234e__0;
    VlWide<3>/*95:0*/ __Vtemp_h7eec21c5__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__47;
    VlWide<3>/*95:0*/ __Vtemp_hc979c9b9__0;
    VlWide<3>/*95:0*/ __Vtemp_h9dde8c32__0;
    VlWide<3>/*95:0*/ __Vtemp_h5da81330__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__48;
    VlWide<3>/*95:0*/ __Vtemp_hc9afacbd__0;
    VlWide<3>/*95:0*/ __Vtemp_h9dc56956__0;
    VlWide<3>/*95:0*/ __Vtemp_hf3b812cd__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__49;
    VlWide<3>/*95:0*/ __Vtemp_hc983c591__0;
    VlWide<3>/*95:0*/ __Vtemp_h9dd9617a__0;
    VlWide<3>/*95:0*/ __Vtemp_hdc3f0a53__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__50;
    VlWide<3>/*95:0*/ __Vtemp_hc802f3b5__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c5ce95e__0;
    VlWide<3>/*95:0*/ __Vtemp_h1645ea71__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__51;
    VlWide<3>/*95:0*/ __Vtemp_hc7eeab89__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c706482__0;
    VlWide<3>/*95:0*/ __Vtemp_h774f1d5e__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__52;
    VlWide<3>/*95:0*/ __Vtemp_hc7ea6dcd__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c946ca6__0;
    VlWide<3>/*95:0*/ __Vtemp_h64ab09f8__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__53;
    VlWide<3>/*95:0*/ __Vtemp_hcb76ac21__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c6883ca__0;
    VlWide<3>/*95:0*/ __Vtemp_h69c9afdd__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__54;
    VlWide<3>/*95:0*/ __Vtemp_hcb71e0c5__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c6cabae__0;
    VlWide<3>/*95:0*/ __Vtemp_h52af8f29__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__55;
    VlWide<3>/*95:0*/ __Vtemp_hc7de0959__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c410452__0;
    VlWide<3>/*95:0*/ __Vtemp_h837d01b1__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__56;
    VlWide<3>/*95:0*/ __Vtemp_hc7da215d__0;
    VlWide<3>/*95:0*/ __Vtemp_h9d252db6__0;
    VlWide<3>/*95:0*/ __Vtemp_h689c9a44__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__57;
    VlWide<3>/*95:0*/ __Vtemp_hc7e649b1__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c38a39a__0;
    VlWide<3>/*95:0*/ __Vtemp_h5cfa0fee__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__58;
    VlWide<3>/*95:0*/ __Vtemp_hc7e2b355__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c3cebbe__0;
    VlWide<3>/*95:0*/ __Vtemp_hddc510e0__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__59;
    VlWide<3>/*95:0*/ __Vtemp_hc6ce66a9__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c50e5a2__0;
    VlWide<3>/*95:0*/ __Vtemp_hb3344f3f__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__60;
    VlWide<3>/*95:0*/ __Vtemp_hc6c2f36d__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c74a986__0;
    VlWide<3>/*95:0*/ __Vtemp_hea42351f__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__61;
    VlWide<3>/*95:0*/ __Vtemp_hc6d6aac1__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c48c16a__0;
    VlWide<3>/*95:0*/ __Vtemp_h2024b7d9__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__62;
    VlWide<3>/*95:0*/ __Vtemp_hc6cb2d65__0;
    VlWide<3>/*95:0*/ __Vtemp_h9c4ca98e__0;
    VlWide<3>/*95:0*/ __Vtemp_h0371b847__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__63;
    VlWide<3>/*95:0*/ __Vtemp_h1d3ddb07__0;
    VlWide<3>/*95:0*/ __Vtemp_h8d2f253d__1;
    VlWide<3>/*95:0*/ __Vtemp_he232780c__0;
    VlWide<3>/*95:0*/ __Vtemp_h0ce94479__1;
    VlWide<3>/*95:0*/ __Vtemp_h3703e4f2__1;
    VlWide<3>/*95:0*/ __Vtemp_h018eb3b5__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__64;
    VlWide<3>/*95:0*/ __Vtemp_h0cc727fd__1;
    VlWide<3>/*95:0*/ __Vtemp_h36cc6916__1;
    VlWide<3>/*95:0*/ __Vtemp_h958059aa__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__65;
    VlWide<3>/*95:0*/ __Vtemp_h0cdb2751__1;
    VlWide<3>/*95:0*/ __Vtemp_h36d0883a__1;
    VlWide<3>/*95:0*/ __Vtemp_h1cfc77ed__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__66;
    VlWide<3>/*95:0*/ __Vtemp_h015f27f5__1;
    VlWide<3>/*95:0*/ __Vtemp_h261de89e__1;
    VlWide<3>/*95:0*/ __Vtemp_hcad1066e__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__67;
    VlWide<3>/*95:0*/ __Vtemp_h0d15a749__1;
    VlWide<3>/*95:0*/ __Vtemp_h39994742__1;
    VlWide<3>/*95:0*/ __Vtemp_hfdbe0ab5__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__68;
    VlWide<3>/*95:0*/ __Vtemp_h0186690d__1;
    VlWide<3>/*95:0*/ __Vtemp_h261ae266__1;
    VlWide<3>/*95:0*/ __Vtemp_h79c8b17e__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__69;
    VlWide<3>/*95:0*/ __Vtemp_h0182c8e1__1;
    VlWide<3>/*95:0*/ __Vtemp_h2556e28a__1;
    VlWide<3>/*95:0*/ __Vtemp_h8248248c__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__70;
    VlWide<3>/*95:0*/ __Vtemp_h018ee805__1;
    VlWide<3>/*95:0*/ __Vtemp_h262e28ee__1;
    VlWide<3>/*95:0*/ __Vtemp_h8092a19d__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__71;
    VlWide<3>/*95:0*/ __Vtemp_h018b0819__1;
    VlWide<3>/*95:0*/ __Vtemp_h262ee312__1;
    VlWide<3>/*95:0*/ __Vtemp_hb7e0085a__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__72;
    VlWide<3>/*95:0*/ __Vtemp_h01b6a59d__1;
    VlWide<3>/*95:0*/ __Vtemp_h256b2776__1;
    VlWide<3>/*95:0*/ __Vtemp_hf5babec2__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__73;
    VlWide<3>/*95:0*/ __Vtemp_h01b2a571__1;
    VlWide<3>/*95:0*/ __Vtemp_h2561c65a__1;
    VlWide<3>/*95:0*/ __Vtemp_h65c4ef8f__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__74;
    VlWide<3>/*95:0*/ __Vtemp_h017de795__1;
    VlWide<3>/*95:0*/ __Vtemp_h2562e7fe__1;
    VlWide<3>/*95:0*/ __Vtemp_h8c31ef4b__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__75;
    VlWide<3>/*95:0*/ __Vtemp_h0179e769__1;
    VlWide<3>/*95:0*/ __Vtemp_h253f4762__1;
    VlWide<3>/*95:0*/ __Vtemp_h1403bcb2__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__76;
    VlWide<3>/*95:0*/ __Vtemp_h02225fad__1;
    VlWide<3>/*95:0*/ __Vtemp_h25762646__1;
    VlWide<3>/*95:0*/ __Vtemp_hb845151a__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__77;
    VlWide<3>/*95:0*/ __Vtemp_h017b8f81__1;
    VlWide<3>/*95:0*/ __Vtemp_h2572272a__1;
    VlWide<3>/*95:0*/ __Vtemp_hf8403d55__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__78;
    VlWide<3>/*95:0*/ __Vtemp_h022c28a5__1;
    VlWide<3>/*95:0*/ __Vtemp_h254e26ce__1;
    VlWide<3>/*95:0*/ __Vtemp_hc6f82d1a__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__79;
    VlWide<3>/*95:0*/ __Vtemp_h02284539__1;
    VlWide<3>/*95:0*/ __Vtemp_h254d66b2__1;
    VlWide<3>/*95:0*/ __Vtemp_hc48093e9__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__80;
    VlWide<3>/*95:0*/ __Vtemp_h021af73d__1;
    VlWide<3>/*95:0*/ __Vtemp_h37118cd6__1;
    VlWide<3>/*95:0*/ __Vtemp_hb0fc68ca__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__81;
    VlWide<3>/*95:0*/ __Vtemp_h022e7011__1;
    VlWide<3>/*95:0*/ __Vtemp_h370d85fa__1;
    VlWide<3>/*95:0*/ __Vtemp_h5aec18ae__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__82;
    VlWide<3>/*95:0*/ __Vtemp_hffc3d935__1;
    VlWide<3>/*95:0*/ __Vtemp_h25594dde__1;
    VlWide<3>/*95:0*/ __Vtemp_h9280ab2d__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__83;
    VlWide<3>/*95:0*/ __Vtemp_h000a5109__1;
    VlWide<3>/*95:0*/ __Vtemp_h370b2a02__1;
    VlWide<3>/*95:0*/ __Vtemp_hf379231f__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__84;
    VlWide<3>/*95:0*/ __Vtemp_hffcbb84d__1;
    VlWide<3>/*95:0*/ __Vtemp_h2570b226__1;
    VlWide<3>/*95:0*/ __Vtemp_h86b1dc54__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__85;
    VlWide<3>/*95:0*/ __Vtemp_hffd010a1__1;
    VlWide<3>/*95:0*/ __Vtemp_h2584c94a__1;
    VlWide<3>/*95:0*/ __Vtemp_hf1f78dca__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__86;
    VlWide<3>/*95:0*/ __Vtemp_hfff55645__1;
    VlWide<3>/*95:0*/ __Vtemp_h25a8f32e__1;
    VlWide<3>/*95:0*/ __Vtemp_h8efcece0__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__87;
    VlWide<3>/*95:0*/ __Vtemp_hffc8eed9__1;
    VlWide<3>/*95:0*/ __Vtemp_h255c88d2__1;
    VlWide<3>/*95:0*/ __Vtemp_h802cabf4__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__88;
    VlWide<3>/*95:0*/ __Vtemp_hfff627dd__1;
    VlWide<3>/*95:0*/ __Vtemp_h25a82936__1;
    VlWide<3>/*95:0*/ __Vtemp_hec84df6d__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__89;
    VlWide<3>/*95:0*/ __Vtemp_hffba5031__1;
    VlWide<3>/*95:0*/ __Vtemp_h257bb01a__1;
    VlWide<3>/*95:0*/ __Vtemp_h1da79d4a__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__90;
    VlWide<3>/*95:0*/ __Vtemp_hffc066d5__1;
    VlWide<3>/*95:0*/ __Vtemp_h259fe83e__1;
    VlWide<3>/*95:0*/ __Vtemp_h6eddef7d__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__91;
    VlWide<3>/*95:0*/ __Vtemp_h01627029__1;
    VlWide<3>/*95:0*/ __Vtemp_h25b3f122__1;
    VlWide<3>/*95:0*/ __Vtemp_h387420b1__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__92;
    VlWide<3>/*95:0*/ __Vtemp_h016667ed__1;
    VlWide<3>/*95:0*/ __Vtemp_h2577a306__1;
    VlWide<3>/*95:0*/ __Vtemp_h314a5d88__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__93;
    VlWide<3>/*95:0*/ __Vtemp_h016aaf41__1;
    VlWide<3>/*95:0*/ __Vtemp_h258bcaea__1;
    VlWide<3>/*95:0*/ __Vtemp_hed935b46__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__94;
    VlWide<3>/*95:0*/ __Vtemp_h016f28e5__1;
    VlWide<3>/*95:0*/ __Vtemp_h25afa30e__1;
    VlWide<3>/*95:0*/ __Vtemp_h0e296266__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__95;
    VlWide<3>/*95:0*/ __Vtemp_h0192d0f9__1;
    VlWide<3>/*95:0*/ __Vtemp_h25470a72__1;
    VlWide<3>/*95:0*/ __Vtemp_h7531b3d1__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__96;
    VlWide<3>/*95:0*/ __Vtemp_h0196237d__1;
    VlWide<3>/*95:0*/ __Vtemp_h254a6196__1;
    VlWide<3>/*95:0*/ __Vtemp_h63a59a70__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__97;
    VlWide<3>/*95:0*/ __Vtemp_h015a4ad1__1;
    VlWide<3>/*95:0*/ __Vtemp_h261e69ba__1;
    VlWide<3>/*95:0*/ __Vtemp_hd05534ec__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__98;
    VlWide<3>/*95:0*/ __Vtemp_hc6c62875__1;
    VlWide<3>/*95:0*/ __Vtemp_h9cd3e21e__1;
    VlWide<3>/*95:0*/ __Vtemp_hc6bd832b__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__99;
    VlWide<3>/*95:0*/ __Vtemp_hc9ad2fc9__1;
    VlWide<3>/*95:0*/ __Vtemp_h8fb069c2__1;
    VlWide<3>/*95:0*/ __Vtemp_h65a6c531__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__100;
    VlWide<3>/*95:0*/ __Vtemp_hc9af648d__1;
    VlWide<3>/*95:0*/ __Vtemp_h9cd4e4e6__1;
    VlWide<3>/*95:0*/ __Vtemp_hacf3e585__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__101;
    VlWide<3>/*95:0*/ __Vtemp_hc72fac61__1;
    VlWide<3>/*95:0*/ __Vtemp_h8fa90d0a__1;
    VlWide<3>/*95:0*/ __Vtemp_h26c77e4e__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__102;
    VlWide<3>/*95:0*/ __Vtemp_hc733e485__1;
    VlWide<3>/*95:0*/ __Vtemp_h8fa4216e__1;
    VlWide<3>/*95:0*/ __Vtemp_hab81d04d__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__103;
    VlWide<3>/*95:0*/ __Vtemp_hc9980c99__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c808c92__1;
    VlWide<3>/*95:0*/ __Vtemp_h5b5f0643__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__104;
    VlWide<3>/*95:0*/ __Vtemp_hc9a0a31d__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c622bf6__1;
    VlWide<3>/*95:0*/ __Vtemp_hb5aa4518__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__105;
    VlWide<3>/*95:0*/ __Vtemp_hc9a4caf1__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c78abda__1;
    VlWide<3>/*95:0*/ __Vtemp_h66f5977f__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__106;
    VlWide<3>/*95:0*/ __Vtemp_hc9a3e215__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c79eb7e__1;
    VlWide<3>/*95:0*/ __Vtemp_h1d267a56__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__107;
    VlWide<3>/*95:0*/ __Vtemp_hc989e9e9__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c8de3e2__1;
    VlWide<3>/*95:0*/ __Vtemp_hbf4ea077__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__108;
    VlWide<3>/*95:0*/ __Vtemp_hc98e652d__1;
    VlWide<3>/*95:0*/ __Vtemp_h9cb522c6__1;
    VlWide<3>/*95:0*/ __Vtemp_hcf014122__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__109;
    VlWide<3>/*95:0*/ __Vtemp_hc992ad01__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c894baa__1;
    VlWide<3>/*95:0*/ __Vtemp_h94d10b72__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__110;
    VlWide<3>/*95:0*/ __Vtemp_hc9962325__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c8d234e__1;
    VlWide<3>/*95:0*/ __Vtemp_h0c976071__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__111;
    VlWide<3>/*95:0*/ __Vtemp_hc979c9b9__1;
    VlWide<3>/*95:0*/ __Vtemp_h9dde8c32__1;
    VlWide<3>/*95:0*/ __Vtemp_heff025c8__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__112;
    VlWide<3>/*95:0*/ __Vtemp_hc9afacbd__1;
    VlWide<3>/*95:0*/ __Vtemp_h9dc56956__1;
    VlWide<3>/*95:0*/ __Vtemp_h6c001b3d__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__113;
    VlWide<3>/*95:0*/ __Vtemp_hc983c591__1;
    VlWide<3>/*95:0*/ __Vtemp_h9dd9617a__1;
    VlWide<3>/*95:0*/ __Vtemp_hda0ee630__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__114;
    VlWide<3>/*95:0*/ __Vtemp_hc802f3b5__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c5ce95e__1;
    VlWide<3>/*95:0*/ __Vtemp_h2f8533a9__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__115;
    VlWide<3>/*95:0*/ __Vtemp_hc7eeab89__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c706482__1;
    VlWide<3>/*95:0*/ __Vtemp_h24644967__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__116;
    VlWide<3>/*95:0*/ __Vtemp_hc7ea6dcd__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c946ca6__1;
    VlWide<3>/*95:0*/ __Vtemp_h3be3e611__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__117;
    VlWide<3>/*95:0*/ __Vtemp_hcb76ac21__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c6883ca__1;
    VlWide<3>/*95:0*/ __Vtemp_h16b573fb__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__118;
    VlWide<3>/*95:0*/ __Vtemp_hcb71e0c5__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c6cabae__1;
    VlWide<3>/*95:0*/ __Vtemp_h8615565e__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__119;
    VlWide<3>/*95:0*/ __Vtemp_hc7de0959__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c410452__1;
    VlWide<3>/*95:0*/ __Vtemp_h4c0b6f62__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__120;
    VlWide<3>/*95:0*/ __Vtemp_hc7da215d__1;
    VlWide<3>/*95:0*/ __Vtemp_h9d252db6__1;
    VlWide<3>/*95:0*/ __Vtemp_h68538c00__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__121;
    VlWide<3>/*95:0*/ __Vtemp_hc7e649b1__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c38a39a__1;
    VlWide<3>/*95:0*/ __Vtemp_h235336b2__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__122;
    VlWide<3>/*95:0*/ __Vtemp_hc7e2b355__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c3cebbe__1;
    VlWide<3>/*95:0*/ __Vtemp_h35fde9f7__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__123;
    VlWide<3>/*95:0*/ __Vtemp_hc6ce66a9__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c50e5a2__1;
    VlWide<3>/*95:0*/ __Vtemp_h2acb0686__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__124;
    VlWide<3>/*95:0*/ __Vtemp_hc6c2f36d__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c74a986__1;
    VlWide<3>/*95:0*/ __Vtemp_hfca7f7cd__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__125;
    VlWide<3>/*95:0*/ __Vtemp_hc6d6aac1__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c48c16a__1;
    VlWide<3>/*95:0*/ __Vtemp_haceb5109__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__126;
    VlWide<3>/*95:0*/ __Vtemp_hc6cb2d65__1;
    VlWide<3>/*95:0*/ __Vtemp_h9c4ca98e__1;
    VlWide<3>/*95:0*/ __Vtemp_h1afd5fd5__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__127;
    IData/*31:0*/ __Vilp;
    // Body
    __Vdlyvset__pd_top__DOT__regs__DOT__vector_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__vector_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__data_fifo__DOT__mem__v0 = 0U;
    __Vdlyvset__pd_top__DOT__rcmd_fifo__DOT__mem__v0 = 0U;
    __Vdlyvset__pd_top__DOT__acmd_fifo__DOT__mem__v0 = 0U;
    __Vdlyvset__pd_top__DOT__irqs__DOT__timer_reg__v16 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__out_fifo__DOT__mem__v0 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0 = 0U;
    __Vdlyvset__pd_top__DOT__irqs__DOT__pending_reg__v16 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v2 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v3 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v4 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v5 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v6 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v7 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v8 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v9 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v10 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v11 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v12 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v13 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v14 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v15 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v16 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v17 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v64 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v65 = 0U;
    __Vdlyvset__pd_top__DOT__wcmd_fifo__DOT__mem__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v16 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v17 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_head_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v2 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v2 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v3 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v4 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v5 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v6 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v7 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v8 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v9 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v10 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v11 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v12 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v13 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v14 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v15 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v16 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v17 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v2 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v3 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v4 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v5 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v6 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v7 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v8 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v9 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v10 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v11 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v12 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v13 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v14 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v15 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v16 = 0U;
    __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v17 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v2 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v3 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v4 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v5 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v6 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v7 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v8 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v9 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v10 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v11 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v12 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v13 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v14 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v15 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v16 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v17 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v18 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v19 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v20 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v21 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v22 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v23 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v24 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v25 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v26 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v27 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v28 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v29 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v30 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v31 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v32 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v33 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v2 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v3 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v4 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v5 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v6 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v7 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v8 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v9 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v10 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v11 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v12 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v13 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v14 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v15 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v16 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v17 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v18 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v19 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v20 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v21 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v22 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v23 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v24 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v25 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v26 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v27 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v28 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v29 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v30 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v31 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v32 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v33 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v34 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v35 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v36 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v37 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v38 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v39 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v40 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v41 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v42 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v43 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v44 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v45 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v46 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v47 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v48 = 0U;
    if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__rsp_last) 
         & (~ (IData)(vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__empty)))) {
        vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__rd_ptr_reg 
            = (0x1fU & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__rd_ptr_reg)));
    }
    vlSelf->pd_top__DOT__decode__DOT__infl_reg = (0xffffU 
                                                  & (((IData)(vlSelf->pd_top__DOT__decode__DOT__infl_reg) 
                                                      + 
                                                      ((IData)(vlSelf->pd_top__DOT__cmd_ready)
                                                        ? 1U
                                                        : 0U)) 
                                                     - 
                                                     ((IData)(vlSelf->pd_top__DOT__cmpl_valid)
                                                       ? 1U
                                                       : 0U)));
    if (((IData)(vlSelf->pd_top__DOT__dr_valid) & (~ (IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__full)))) {
        __Vdlyvval__pd_top__DOT__rcmd_fifo__DOT__mem__v0[0U] 
            = (((IData)((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                          << 0x20U) | (QData)((IData)(
                                                      vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U])))) 
                << 0x19U) | (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]));
        __Vdlyvval__pd_top__DOT__rcmd_fifo__DOT__mem__v0[1U] 
            = (((IData)((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                          << 0x20U) | (QData)((IData)(
                                                      vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U])))) 
                >> 7U) | ((IData)(((((QData)((IData)(
                                                     vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                                     << 0x20U) | (QData)((IData)(
                                                                 vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
                                   >> 0x20U)) << 0x19U));
        __Vdlyvval__pd_top__DOT__rcmd_fifo__DOT__mem__v0[2U] 
            = ((IData)(((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                          << 0x20U) | (QData)((IData)(
                                                      vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
                        >> 0x20U)) >> 7U);
        __Vdlyvset__pd_top__DOT__rcmd_fifo__DOT__mem__v0 = 1U;
        __Vdlyvdim0__pd_top__DOT__rcmd_fifo__DOT__mem__v0 
            = (3U & (IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__wr_ptr_reg));
        vlSelf->pd_top__DOT__rcmd_fifo__DOT__wr_ptr_reg 
            = (7U & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__wr_ptr_reg)));
    }
    if ((((~ ((IData)(vlSelf->s_rd_rsp_tag) >> 7U)) 
          & (IData)(vlSelf->pd_top__DOT__rd_mux__DOT____VdfgTmp_hb5d6d36c__0)) 
         & (~ (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__full)))) {
        __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[0U] 
            = vlSelf->s_rd_rsp_data[0U];
        __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[1U] 
            = vlSelf->s_rd_rsp_data[1U];
        __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[2U] 
            = vlSelf->s_rd_rsp_data[2U];
        __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[3U] 
            = vlSelf->s_rd_rsp_data[3U];
        __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[4U] 
            = vlSelf->s_rd_rsp_data[4U];
        __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[5U] 
            = vlSelf->s_rd_rsp_data[5U];
        __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[6U] 
            = vlSelf->s_rd_rsp_data[6U];
        __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[7U] 
            = vlSelf->s_rd_rsp_data[7U];
        __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[8U] 
            = vlSelf->s_rd_rsp_data[8U];
        __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[9U] 
            = vlSelf->s_rd_rsp_data[9U];
        __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[0xaU] 
            = vlSelf->s_rd_rsp_data[0xaU];
        __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[0xbU] 
            = vlSelf->s_rd_rsp_data[0xbU];
        __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[0xcU] 
            = vlSelf->s_rd_rsp_data[0xcU];
        __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[0xdU] 
            = vlSelf->s_rd_rsp_data[0xdU];
        __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[0xeU] 
            = vlSelf->s_rd_rsp_data[0xeU];
        __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[0xfU] 
            = vlSelf->s_rd_rsp_data[0xfU];
        __Vdlyvset__pd_top__DOT__data_fifo__DOT__mem__v0 = 1U;
        __Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__wr_ptr_reg));
        vlSelf->pd_top__DOT__data_fifo__DOT__wr_ptr_reg 
            = (0x1ffU & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__wr_ptr_reg)));
    }
    if (((IData)(vlSelf->pd_top__DOT__d_ready) & (~ (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__empty)))) {
        vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg 
            = (0x1ffU & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg)));
    }
    if ((1U & ((~ (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__active_reg)) 
               & (~ (IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__empty))))) {
        vlSelf->pd_top__DOT__rcmd_fifo__DOT__rd_ptr_reg 
            = (7U & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__rd_ptr_reg)));
    }
    if (((IData)(vlSelf->pd_top__DOT__dr_valid) & (~ (IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__full)))) {
        __Vdlyvval__pd_top__DOT__acmd_fifo__DOT__mem__v0[0U] 
            = vlSelf->__VdfgTmp_h18bdd878__0[0U];
        __Vdlyvval__pd_top__DOT__acmd_fifo__DOT__mem__v0[1U] 
            = vlSelf->__VdfgTmp_h18bdd878__0[1U];
        __Vdlyvval__pd_top__DOT__acmd_fifo__DOT__mem__v0[2U] 
            = (((IData)((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                          << 0x20U) | (QData)((IData)(
                                                      vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U])))) 
                << 0x19U) | vlSelf->__VdfgTmp_h18bdd878__0[2U]);
        __Vdlyvval__pd_top__DOT__acmd_fifo__DOT__mem__v0[3U] 
            = (((IData)((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                          << 0x20U) | (QData)((IData)(
                                                      vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U])))) 
                >> 7U) | ((IData)(((((QData)((IData)(
                                                     vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                                     << 0x20U) | (QData)((IData)(
                                                                 vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
                                   >> 0x20U)) << 0x19U));
        __Vdlyvval__pd_top__DOT__acmd_fifo__DOT__mem__v0[4U] 
            = ((IData)(((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                          << 0x20U) | (QData)((IData)(
                                                      vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
                        >> 0x20U)) >> 7U);
        __Vdlyvset__pd_top__DOT__acmd_fifo__DOT__mem__v0 = 1U;
        __Vdlyvdim0__pd_top__DOT__acmd_fifo__DOT__mem__v0 
            = (0x1fU & (IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__wr_ptr_reg));
        vlSelf->pd_top__DOT__acmd_fifo__DOT__wr_ptr_reg 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__wr_ptr_reg)));
    }
    if (((IData)(vlSelf->pd_top__DOT__cmd_ready) & 
         (~ (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__empty)))) {
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg 
            = (0x1fU & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg)));
    }
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v0 
        = vlSelf->pd_top__DOT__irqs__DOT__timer_next
        [0U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v1 
        = vlSelf->pd_top__DOT__irqs__DOT__timer_next
        [1U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v2 
        = vlSelf->pd_top__DOT__irqs__DOT__timer_next
        [2U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v3 
        = vlSelf->pd_top__DOT__irqs__DOT__timer_next
        [3U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v4 
        = vlSelf->pd_top__DOT__irqs__DOT__timer_next
        [4U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v5 
        = vlSelf->pd_top__DOT__irqs__DOT__timer_next
        [5U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v6 
        = vlSelf->pd_top__DOT__irqs__DOT__timer_next
        [6U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v7 
        = vlSelf->pd_top__DOT__irqs__DOT__timer_next
        [7U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v8 
        = vlSelf->pd_top__DOT__irqs__DOT__timer_next
        [8U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v9 
        = vlSelf->pd_top__DOT__irqs__DOT__timer_next
        [9U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v10 
        = vlSelf->pd_top__DOT__irqs__DOT__timer_next
        [0xaU];
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v11 
        = vlSelf->pd_top__DOT__irqs__DOT__timer_next
        [0xbU];
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v12 
        = vlSelf->pd_top__DOT__irqs__DOT__timer_next
        [0xcU];
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v13 
        = vlSelf->pd_top__DOT__irqs__DOT__timer_next
        [0xdU];
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v14 
        = vlSelf->pd_top__DOT__irqs__DOT__timer_next
        [0xeU];
    __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v15 
        = vlSelf->pd_top__DOT__irqs__DOT__timer_next
        [0xfU];
    if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__rsp_last) 
         & (~ (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__full)))) {
        if ((1U & vlSelf->pd_top__DOT__fetch__DOT__meta_data)) {
            __Vtemp_h2d404ce0__0[0U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0U];
            __Vtemp_h2d404ce0__0[1U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[1U];
            __Vtemp_h2d404ce0__0[2U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[2U];
            __Vtemp_h2d404ce0__0[3U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[3U];
            __Vtemp_h2d404ce0__0[4U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[4U];
            __Vtemp_h2d404ce0__0[5U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[5U];
            __Vtemp_h2d404ce0__0[6U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[6U];
            __Vtemp_h2d404ce0__0[7U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[7U];
            __Vtemp_h2d404ce0__0[8U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[8U];
            __Vtemp_h2d404ce0__0[9U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[9U];
            __Vtemp_h2d404ce0__0[0xaU] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xaU];
            __Vtemp_h2d404ce0__0[0xbU] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xbU];
            __Vtemp_h2d404ce0__0[0xcU] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xcU];
            __Vtemp_h2d404ce0__0[0xdU] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xdU];
            __Vtemp_h2d404ce0__0[0xeU] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xeU];
            __Vtemp_h2d404ce0__0[0xfU] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xfU];
            __Vtemp_h2d404ce0__0[0x10U] = vlSelf->s_rd_rsp_data[0U];
            __Vtemp_h2d404ce0__0[0x11U] = vlSelf->s_rd_rsp_data[1U];
            __Vtemp_h2d404ce0__0[0x12U] = vlSelf->s_rd_rsp_data[2U];
            __Vtemp_h2d404ce0__0[0x13U] = vlSelf->s_rd_rsp_data[3U];
            __Vtemp_h2d404ce0__0[0x14U] = vlSelf->s_rd_rsp_data[4U];
            __Vtemp_h2d404ce0__0[0x15U] = vlSelf->s_rd_rsp_data[5U];
            __Vtemp_h2d404ce0__0[0x16U] = vlSelf->s_rd_rsp_data[6U];
            __Vtemp_h2d404ce0__0[0x17U] = vlSelf->s_rd_rsp_data[7U];
            __Vtemp_h2d404ce0__0[0x18U] = vlSelf->s_rd_rsp_data[8U];
            __Vtemp_h2d404ce0__0[0x19U] = vlSelf->s_rd_rsp_data[9U];
            __Vtemp_h2d404ce0__0[0x1aU] = vlSelf->s_rd_rsp_data[0xaU];
            __Vtemp_h2d404ce0__0[0x1bU] = vlSelf->s_rd_rsp_data[0xbU];
            __Vtemp_h2d404ce0__0[0x1cU] = vlSelf->s_rd_rsp_data[0xcU];
            __Vtemp_h2d404ce0__0[0x1dU] = vlSelf->s_rd_rsp_data[0xdU];
            __Vtemp_h2d404ce0__0[0x1eU] = vlSelf->s_rd_rsp_data[0xeU];
            __Vtemp_h2d404ce0__0[0x1fU] = vlSelf->s_rd_rsp_data[0xfU];
        } else {
            __Vtemp_h2d404ce0__0[0U] = vlSelf->s_rd_rsp_data[0U];
            __Vtemp_h2d404ce0__0[1U] = vlSelf->s_rd_rsp_data[1U];
            __Vtemp_h2d404ce0__0[2U] = vlSelf->s_rd_rsp_data[2U];
            __Vtemp_h2d404ce0__0[3U] = vlSelf->s_rd_rsp_data[3U];
            __Vtemp_h2d404ce0__0[4U] = vlSelf->s_rd_rsp_data[4U];
            __Vtemp_h2d404ce0__0[5U] = vlSelf->s_rd_rsp_data[5U];
            __Vtemp_h2d404ce0__0[6U] = vlSelf->s_rd_rsp_data[6U];
            __Vtemp_h2d404ce0__0[7U] = vlSelf->s_rd_rsp_data[7U];
            __Vtemp_h2d404ce0__0[8U] = vlSelf->s_rd_rsp_data[8U];
            __Vtemp_h2d404ce0__0[9U] = vlSelf->s_rd_rsp_data[9U];
            __Vtemp_h2d404ce0__0[0xaU] = vlSelf->s_rd_rsp_data[0xaU];
            __Vtemp_h2d404ce0__0[0xbU] = vlSelf->s_rd_rsp_data[0xbU];
            __Vtemp_h2d404ce0__0[0xcU] = vlSelf->s_rd_rsp_data[0xcU];
            __Vtemp_h2d404ce0__0[0xdU] = vlSelf->s_rd_rsp_data[0xdU];
            __Vtemp_h2d404ce0__0[0xeU] = vlSelf->s_rd_rsp_data[0xeU];
            __Vtemp_h2d404ce0__0[0xfU] = vlSelf->s_rd_rsp_data[0xfU];
            __Vtemp_h2d404ce0__0[0x10U] = 0U;
            __Vtemp_h2d404ce0__0[0x11U] = 0U;
            __Vtemp_h2d404ce0__0[0x12U] = 0U;
            __Vtemp_h2d404ce0__0[0x13U] = 0U;
            __Vtemp_h2d404ce0__0[0x14U] = 0U;
            __Vtemp_h2d404ce0__0[0x15U] = 0U;
            __Vtemp_h2d404ce0__0[0x16U] = 0U;
            __Vtemp_h2d404ce0__0[0x17U] = 0U;
            __Vtemp_h2d404ce0__0[0x18U] = 0U;
            __Vtemp_h2d404ce0__0[0x19U] = 0U;
            __Vtemp_h2d404ce0__0[0x1aU] = 0U;
            __Vtemp_h2d404ce0__0[0x1bU] = 0U;
            __Vtemp_h2d404ce0__0[0x1cU] = 0U;
            __Vtemp_h2d404ce0__0[0x1dU] = 0U;
            __Vtemp_h2d404ce0__0[0x1eU] = 0U;
            __Vtemp_h2d404ce0__0[0x1fU] = 0U;
        }
        VL_SHIFTR_WWI(1024,1024,9, __Vtemp_h9842a5b2__0, __Vtemp_h2d404ce0__0, 
                      (0x1f8U & (vlSelf->pd_top__DOT__fetch__DOT__meta_data 
                                 << 2U)));
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[0U] 
            = __Vtemp_h9842a5b2__0[0U];
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[1U] 
            = __Vtemp_h9842a5b2__0[1U];
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[2U] 
            = __Vtemp_h9842a5b2__0[2U];
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[3U] 
            = __Vtemp_h9842a5b2__0[3U];
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[4U] 
            = __Vtemp_h9842a5b2__0[4U];
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[5U] 
            = __Vtemp_h9842a5b2__0[5U];
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[6U] 
            = __Vtemp_h9842a5b2__0[6U];
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[7U] 
            = __Vtemp_h9842a5b2__0[7U];
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[8U] 
            = (0xfffffU & (vlSelf->pd_top__DOT__fetch__DOT__meta_data 
                           >> 7U));
        __Vdlyvset__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0 = 1U;
        __Vdlyvdim0__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0 
            = (0xfU & (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__wr_ptr_reg));
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__wr_ptr_reg 
            = (0x1fU & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__wr_ptr_reg)));
    }
    if ((((IData)(vlSelf->pd_top__DOT__align__DOT____VdfgTmp_h8c8e9143__0) 
          & (IData)(vlSelf->pd_top__DOT__align__DOT____VdfgTmp_h47fe0679__0)) 
         & (~ (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__full)))) {
        __Vtemp_h69f50b74__0[0U] = vlSelf->pd_top__DOT__align__DOT__prev_reg[0U];
        __Vtemp_h69f50b74__0[1U] = vlSelf->pd_top__DOT__align__DOT__prev_reg[1U];
        __Vtemp_h69f50b74__0[2U] = vlSelf->pd_top__DOT__align__DOT__prev_reg[2U];
        __Vtemp_h69f50b74__0[3U] = vlSelf->pd_top__DOT__align__DOT__prev_reg[3U];
        __Vtemp_h69f50b74__0[4U] = vlSelf->pd_top__DOT__align__DOT__prev_reg[4U];
        __Vtemp_h69f50b74__0[5U] = vlSelf->pd_top__DOT__align__DOT__prev_reg[5U];
        __Vtemp_h69f50b74__0[6U] = vlSelf->pd_top__DOT__align__DOT__prev_reg[6U];
        __Vtemp_h69f50b74__0[7U] = vlSelf->pd_top__DOT__align__DOT__prev_reg[7U];
        __Vtemp_h69f50b74__0[8U] = vlSelf->pd_top__DOT__align__DOT__prev_reg[8U];
        __Vtemp_h69f50b74__0[9U] = vlSelf->pd_top__DOT__align__DOT__prev_reg[9U];
        __Vtemp_h69f50b74__0[0xaU] = vlSelf->pd_top__DOT__align__DOT__prev_reg[0xaU];
        __Vtemp_h69f50b74__0[0xbU] = vlSelf->pd_top__DOT__align__DOT__prev_reg[0xbU];
        __Vtemp_h69f50b74__0[0xcU] = vlSelf->pd_top__DOT__align__DOT__prev_reg[0xcU];
        __Vtemp_h69f50b74__0[0xdU] = vlSelf->pd_top__DOT__align__DOT__prev_reg[0xdU];
        __Vtemp_h69f50b74__0[0xeU] = vlSelf->pd_top__DOT__align__DOT__prev_reg[0xeU];
        __Vtemp_h69f50b74__0[0xfU] = vlSelf->pd_top__DOT__align__DOT__prev_reg[0xfU];
        __Vtemp_h69f50b74__0[0x10U] = vlSelf->pd_top__DOT__align__DOT__cur[0U];
        __Vtemp_h69f50b74__0[0x11U] = vlSelf->pd_top__DOT__align__DOT__cur[1U];
        __Vtemp_h69f50b74__0[0x12U] = vlSelf->pd_top__DOT__align__DOT__cur[2U];
        __Vtemp_h69f50b74__0[0x13U] = vlSelf->pd_top__DOT__align__DOT__cur[3U];
        __Vtemp_h69f50b74__0[0x14U] = vlSelf->pd_top__DOT__align__DOT__cur[4U];
        __Vtemp_h69f50b74__0[0x15U] = vlSelf->pd_top__DOT__align__DOT__cur[5U];
        __Vtemp_h69f50b74__0[0x16U] = vlSelf->pd_top__DOT__align__DOT__cur[6U];
        __Vtemp_h69f50b74__0[0x17U] = vlSelf->pd_top__DOT__align__DOT__cur[7U];
        __Vtemp_h69f50b74__0[0x18U] = vlSelf->pd_top__DOT__align__DOT__cur[8U];
        __Vtemp_h69f50b74__0[0x19U] = vlSelf->pd_top__DOT__align__DOT__cur[9U];
        __Vtemp_h69f50b74__0[0x1aU] = vlSelf->pd_top__DOT__align__DOT__cur[0xaU];
        __Vtemp_h69f50b74__0[0x1bU] = vlSelf->pd_top__DOT__align__DOT__cur[0xbU];
        __Vtemp_h69f50b74__0[0x1cU] = vlSelf->pd_top__DOT__align__DOT__cur[0xcU];
        __Vtemp_h69f50b74__0[0x1dU] = vlSelf->pd_top__DOT__align__DOT__cur[0xdU];
        __Vtemp_h69f50b74__0[0x1eU] = vlSelf->pd_top__DOT__align__DOT__cur[0xeU];
        __Vtemp_h69f50b74__0[0x1fU] = vlSelf->pd_top__DOT__align__DOT__cur[0xfU];
        VL_SHIFTR_WWI(1024,1024,9, __Vtemp_hee996df9__0, __Vtemp_h69f50b74__0, 
                      ((IData)(vlSelf->pd_top__DOT__align__DOT__shift_reg) 
                       << 3U));
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0U] 
            = (IData)((((IData)(vlSelf->pd_top__DOT__align__DOT__first_reg)
                         ? vlSelf->pd_top__DOT__align__DOT__first_mask_reg
                         : 0xffffffffffffffffULL) & 
                       ((1U == vlSelf->pd_top__DOT__align__DOT__out_left_reg)
                         ? vlSelf->pd_top__DOT__align__DOT__last_mask_reg
                         : 0xffffffffffffffffULL)));
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[1U] 
            = (IData)(((((IData)(vlSelf->pd_top__DOT__align__DOT__first_reg)
                          ? vlSelf->pd_top__DOT__align__DOT__first_mask_reg
                          : 0xffffffffffffffffULL) 
                        & ((1U == vlSelf->pd_top__DOT__align__DOT__out_left_reg)
                            ? vlSelf->pd_top__DOT__align__DOT__last_mask_reg
                            : 0xffffffffffffffffULL)) 
                       >> 0x20U));
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[2U] 
            = __Vtemp_hee996df9__0[0U];
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[3U] 
            = __Vtemp_hee996df9__0[1U];
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[4U] 
            = __Vtemp_hee996df9__0[2U];
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[5U] 
            = __Vtemp_hee996df9__0[3U];
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[6U] 
            = __Vtemp_hee996df9__0[4U];
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[7U] 
            = __Vtemp_hee996df9__0[5U];
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[8U] 
            = __Vtemp_hee996df9__0[6U];
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[9U] 
            = __Vtemp_hee996df9__0[7U];
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0xaU] 
            = __Vtemp_hee996df9__0[8U];
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0xbU] 
            = __Vtemp_hee996df9__0[9U];
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0xcU] 
            = __Vtemp_hee996df9__0[0xaU];
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0xdU] 
            = __Vtemp_hee996df9__0[0xbU];
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0xeU] 
            = __Vtemp_hee996df9__0[0xcU];
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0xfU] 
            = __Vtemp_hee996df9__0[0xdU];
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0x10U] 
            = __Vtemp_hee996df9__0[0xeU];
        __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0x11U] 
            = __Vtemp_hee996df9__0[0xfU];
        __Vdlyvset__pd_top__DOT__out_fifo__DOT__mem__v0 = 1U;
        __Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0 
            = (3U & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__wr_ptr_reg));
        vlSelf->pd_top__DOT__out_fifo__DOT__wr_ptr_reg 
            = (7U & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__wr_ptr_reg)));
    }
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v0 
        = vlSelf->pd_top__DOT__irqs__DOT__pending_next
        [0U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v1 
        = vlSelf->pd_top__DOT__irqs__DOT__pending_next
        [1U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v2 
        = vlSelf->pd_top__DOT__irqs__DOT__pending_next
        [2U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v3 
        = vlSelf->pd_top__DOT__irqs__DOT__pending_next
        [3U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v4 
        = vlSelf->pd_top__DOT__irqs__DOT__pending_next
        [4U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v5 
        = vlSelf->pd_top__DOT__irqs__DOT__pending_next
        [5U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v6 
        = vlSelf->pd_top__DOT__irqs__DOT__pending_next
        [6U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v7 
        = vlSelf->pd_top__DOT__irqs__DOT__pending_next
        [7U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v8 
        = vlSelf->pd_top__DOT__irqs__DOT__pending_next
        [8U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v9 
        = vlSelf->pd_top__DOT__irqs__DOT__pending_next
        [9U];
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v10 
        = vlSelf->pd_top__DOT__irqs__DOT__pending_next
        [0xaU];
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v11 
        = vlSelf->pd_top__DOT__irqs__DOT__pending_next
        [0xbU];
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v12 
        = vlSelf->pd_top__DOT__irqs__DOT__pending_next
        [0xcU];
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v13 
        = vlSelf->pd_top__DOT__irqs__DOT__pending_next
        [0xdU];
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v14 
        = vlSelf->pd_top__DOT__irqs__DOT__pending_next
        [0xeU];
    __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v15 
        = vlSelf->pd_top__DOT__irqs__DOT__pending_next
        [0xfU];
    if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
         & (~ (IData)(vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__full)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0 
            = (((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                << 0x17U) | (((((IData)(1U) + (IData)(vlSelf->pd_top__DOT__fetch__DOT__g_head)) 
                               & (IData)(vlSelf->pd_top__DOT__fetch__DOT__g_sqm)) 
                              << 7U) | ((0x7eU & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__sqe_addr) 
                                                  << 1U)) 
                                        | (0x40ULL 
                                           < (0x20ULL 
                                              + (QData)((IData)(
                                                                (0x3fU 
                                                                 & (IData)(vlSelf->pd_top__DOT__fetch__DOT__sqe_addr)))))))));
        __Vdlyvset__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0 = 1U;
        __Vdlyvdim0__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0 
            = (0xfU & (IData)(vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__wr_ptr_reg));
        vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__wr_ptr_reg 
            = (0x1fU & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__wr_ptr_reg)));
    }
    if ((1U & ((~ (IData)(vlSelf->pd_top__DOT__align__DOT__active_reg)) 
               & (~ (IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__empty))))) {
        vlSelf->pd_top__DOT__acmd_fifo__DOT__rd_ptr_reg 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__rd_ptr_reg)));
    }
    if ((((2U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)) 
          & (IData)(vlSelf->m_wr_dat_ready)) & (~ (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__empty)))) {
        vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg 
            = (7U & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg)));
    }
    if (vlSelf->pd_top__DOT__wr__DOT__tail_we) {
        if ((0U == (((IData)(1U) + (IData)(vlSelf->pd_top__DOT__wr__DOT__tail)) 
                    & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqm)))) {
            __Vdlyvval__pd_top__DOT__wr__DOT__phase_reg__v0 
                = (1U & (~ vlSelf->pd_top__DOT__wr__DOT__phase_reg
                         [(0xfU & (vlSelf->pd_top__DOT__wcmd[5U] 
                                   >> 0x1bU))]));
            __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v0 = 1U;
            __Vdlyvdim0__pd_top__DOT__wr__DOT__phase_reg__v0 
                = (0xfU & (vlSelf->pd_top__DOT__wcmd[5U] 
                           >> 0x1bU));
        }
        __Vdlyvval__pd_top__DOT__wr__DOT__tail_reg__v0 
            = (((IData)(1U) + (IData)(vlSelf->pd_top__DOT__wr__DOT__tail)) 
               & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqm));
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v0 = 1U;
        __Vdlyvdim0__pd_top__DOT__wr__DOT__tail_reg__v0 
            = (0xfU & (vlSelf->pd_top__DOT__wcmd[5U] 
                       >> 0x1bU));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__q_init) 
               | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v1 = 1U;
    }
    if ((1U & (((IData)(vlSelf->pd_top__DOT__q_init) 
                >> 1U) | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v2 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v2 = 1U;
    }
    if ((1U & (((IData)(vlSelf->pd_top__DOT__q_init) 
                >> 2U) | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v3 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v3 = 1U;
    }
    if ((1U & (((IData)(vlSelf->pd_top__DOT__q_init) 
                >> 3U) | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v4 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v4 = 1U;
    }
    if ((1U & (((IData)(vlSelf->pd_top__DOT__q_init) 
                >> 4U) | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v5 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v5 = 1U;
    }
    if ((1U & (((IData)(vlSelf->pd_top__DOT__q_init) 
                >> 5U) | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v6 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v6 = 1U;
    }
    if ((1U & (((IData)(vlSelf->pd_top__DOT__q_init) 
                >> 6U) | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v7 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v7 = 1U;
    }
    if ((1U & (((IData)(vlSelf->pd_top__DOT__q_init) 
                >> 7U) | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v8 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v8 = 1U;
    }
    if ((1U & (((IData)(vlSelf->pd_top__DOT__q_init) 
                >> 8U) | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v9 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v9 = 1U;
    }
    if ((1U & (((IData)(vlSelf->pd_top__DOT__q_init) 
                >> 9U) | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v10 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v10 = 1U;
    }
    if ((1U & (((IData)(vlSelf->pd_top__DOT__q_init) 
                >> 0xaU) | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v11 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v11 = 1U;
    }
    if ((1U & (((IData)(vlSelf->pd_top__DOT__q_init) 
                >> 0xbU) | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v12 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v12 = 1U;
    }
    if ((1U & (((IData)(vlSelf->pd_top__DOT__q_init) 
                >> 0xcU) | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v13 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v13 = 1U;
    }
    if ((1U & (((IData)(vlSelf->pd_top__DOT__q_init) 
                >> 0xdU) | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v14 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v14 = 1U;
    }
    if ((1U & (((IData)(vlSelf->pd_top__DOT__q_init) 
                >> 0xeU) | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v15 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v15 = 1U;
    }
    if ((IData)((((IData)(vlSelf->pd_top__DOT__q_init) 
                  >> 0xfU) | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v16 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v16 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__cmd_ready) & 
         (~ (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__full)))) {
        __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0[0U] 
            = vlSelf->__VdfgTmp_h18bdd878__0[0U];
        __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0[1U] 
            = vlSelf->__VdfgTmp_h18bdd878__0[1U];
        __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0[2U] 
            = (((IData)(vlSelf->pd_top__DOT__dw_status) 
                << 0x1bU) | (((0U != (1U & (vlSelf->pd_top__DOT__fetch__DOT__cmd_data[0U] 
                                            >> 8U))) 
                              << 0x1aU) | (((IData)(vlSelf->pd_top__DOT__dw_copy) 
                                            << 0x19U) 
                                           | vlSelf->__VdfgTmp_h18bdd878__0[2U])));
        __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0[3U] 
            = (((IData)((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[7U])) 
                          << 0x20U) | (QData)((IData)(
                                                      vlSelf->pd_top__DOT__fetch__DOT__cmd_data[6U])))) 
                << 0xbU) | ((IData)(vlSelf->pd_top__DOT__dw_status) 
                            >> 5U));
        __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0[4U] 
            = (((IData)((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[7U])) 
                          << 0x20U) | (QData)((IData)(
                                                      vlSelf->pd_top__DOT__fetch__DOT__cmd_data[6U])))) 
                >> 0x15U) | ((IData)(((((QData)((IData)(
                                                        vlSelf->pd_top__DOT__fetch__DOT__cmd_data[7U])) 
                                        << 0x20U) | (QData)((IData)(
                                                                    vlSelf->pd_top__DOT__fetch__DOT__cmd_data[6U]))) 
                                      >> 0x20U)) << 0xbU));
        __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0[5U] 
            = ((0x7ffff800U & (vlSelf->pd_top__DOT__fetch__DOT__cmd_data[8U] 
                               << 0xbU)) | ((IData)(
                                                    ((((QData)((IData)(
                                                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[7U])) 
                                                       << 0x20U) 
                                                      | (QData)((IData)(
                                                                        vlSelf->pd_top__DOT__fetch__DOT__cmd_data[6U]))) 
                                                     >> 0x20U)) 
                                            >> 0x15U));
        __Vdlyvset__pd_top__DOT__wcmd_fifo__DOT__mem__v0 = 1U;
        __Vdlyvdim0__pd_top__DOT__wcmd_fifo__DOT__mem__v0 
            = (0x1fU & (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__wr_ptr_reg));
        vlSelf->pd_top__DOT__wcmd_fifo__DOT__wr_ptr_reg 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__wr_ptr_reg)));
    }
    if (((((4U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)) 
           & ((IData)(vlSelf->pd_top__DOT__wr__DOT__dat_fire) 
              & ((0x40ULL >= (0x10ULL + (QData)((IData)(
                                                        (0x3fU 
                                                         & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr)))))) 
                 | (IData)(vlSelf->pd_top__DOT__wr__DOT__cbeat_reg)))) 
          | ((~ (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_ok)) 
             & (3U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)))) 
         & (~ (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__empty)))) {
        vlSelf->pd_top__DOT__wcmd_fifo__DOT__rd_ptr_reg 
            = (0x3fU & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__rd_ptr_reg)));
    }
    if (vlSelf->pd_top__DOT__fetch__DOT__issue) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__head_reg__v0 
            = (((IData)(1U) + (IData)(vlSelf->pd_top__DOT__fetch__DOT__g_head)) 
               & (IData)(vlSelf->pd_top__DOT__fetch__DOT__g_sqm));
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v0 = 1U;
        __Vdlyvdim0__pd_top__DOT__fetch__DOT__head_reg__v0 
            = vlSelf->pd_top__DOT__fetch__DOT__g;
    }
    if ((1U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v17 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v32 = 1U;
    }
    if ((2U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v2 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v18 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v33 = 1U;
    }
    if ((4U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v3 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v19 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v34 = 1U;
    }
    if ((8U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v4 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v20 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v35 = 1U;
    }
    if ((0x10U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v5 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v21 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v36 = 1U;
    }
    if ((0x20U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v6 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v22 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v37 = 1U;
    }
    if ((0x40U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v7 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v23 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v38 = 1U;
    }
    if ((0x80U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v8 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v24 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v39 = 1U;
    }
    if ((0x100U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v9 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v25 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v40 = 1U;
    }
    if ((0x200U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v10 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v26 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v41 = 1U;
    }
    if ((0x400U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v11 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v27 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v42 = 1U;
    }
    if ((0x800U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v12 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v28 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v43 = 1U;
    }
    if ((0x1000U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v13 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v29 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v44 = 1U;
    }
    if ((0x2000U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v14 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v30 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v45 = 1U;
    }
    if ((0x4000U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v15 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v31 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v46 = 1U;
    }
    if ((0x8000U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v16 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v32 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v47 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__stop_valid) & 
         (0U == (IData)(vlSelf->pd_top__DOT__stop_queue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v0 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__stop_valid) & 
         (1U == (IData)(vlSelf->pd_top__DOT__stop_queue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v1 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__stop_valid) & 
         (2U == (IData)(vlSelf->pd_top__DOT__stop_queue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v2 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__stop_valid) & 
         (3U == (IData)(vlSelf->pd_top__DOT__stop_queue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v3 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__stop_valid) & 
         (4U == (IData)(vlSelf->pd_top__DOT__stop_queue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v4 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__stop_valid) & 
         (5U == (IData)(vlSelf->pd_top__DOT__stop_queue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v5 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__stop_valid) & 
         (6U == (IData)(vlSelf->pd_top__DOT__stop_queue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v6 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__stop_valid) & 
         (7U == (IData)(vlSelf->pd_top__DOT__stop_queue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v7 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__stop_valid) & 
         (8U == (IData)(vlSelf->pd_top__DOT__stop_queue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v8 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__stop_valid) & 
         (9U == (IData)(vlSelf->pd_top__DOT__stop_queue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v9 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__stop_valid) & 
         (0xaU == (IData)(vlSelf->pd_top__DOT__stop_queue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v10 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__stop_valid) & 
         (0xbU == (IData)(vlSelf->pd_top__DOT__stop_queue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v11 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__stop_valid) & 
         (0xcU == (IData)(vlSelf->pd_top__DOT__stop_queue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v12 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__stop_valid) & 
         (0xdU == (IData)(vlSelf->pd_top__DOT__stop_queue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v13 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__stop_valid) & 
         (0xeU == (IData)(vlSelf->pd_top__DOT__stop_queue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v14 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__stop_valid) & 
         (0xfU == (IData)(vlSelf->pd_top__DOT__stop_queue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v15 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__grant) 
         & (~ (IData)(vlSelf->pd_top__DOT__fetch__DOT__issue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v16 = 1U;
        __Vdlyvdim0__pd_top__DOT__fetch__DOT__stopped_reg__v16 
            = vlSelf->pd_top__DOT__fetch__DOT__g;
    }
    if ((((IData)(vlSelf->pd_top__DOT__cmpl_valid) 
          & (0U == (IData)(vlSelf->pd_top__DOT__stop_queue))) 
         & (0U != vlSelf->pd_top__DOT__fetch__DOT__infl_reg
            [0U]))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v0 
            = (0x1ffffU & (vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [0U] - (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                                    & (0U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))
                                    ? 0U : 1U)));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v0 = 1U;
    } else if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                & (0U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v1 
            = (0x1ffffU & ((IData)(1U) + vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [0U]));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v1 = 1U;
    }
    if ((((IData)(vlSelf->pd_top__DOT__cmpl_valid) 
          & (1U == (IData)(vlSelf->pd_top__DOT__stop_queue))) 
         & (0U != vlSelf->pd_top__DOT__fetch__DOT__infl_reg
            [1U]))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v2 
            = (0x1ffffU & (vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [1U] - (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                                    & (1U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))
                                    ? 0U : 1U)));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v2 = 1U;
    } else if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                & (1U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v3 
            = (0x1ffffU & ((IData)(1U) + vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [1U]));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v3 = 1U;
    }
    if ((((IData)(vlSelf->pd_top__DOT__cmpl_valid) 
          & (2U == (IData)(vlSelf->pd_top__DOT__stop_queue))) 
         & (0U != vlSelf->pd_top__DOT__fetch__DOT__infl_reg
            [2U]))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v4 
            = (0x1ffffU & (vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [2U] - (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                                    & (2U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))
                                    ? 0U : 1U)));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v4 = 1U;
    } else if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                & (2U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v5 
            = (0x1ffffU & ((IData)(1U) + vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [2U]));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v5 = 1U;
    }
    if ((((IData)(vlSelf->pd_top__DOT__cmpl_valid) 
          & (3U == (IData)(vlSelf->pd_top__DOT__stop_queue))) 
         & (0U != vlSelf->pd_top__DOT__fetch__DOT__infl_reg
            [3U]))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v6 
            = (0x1ffffU & (vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [3U] - (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                                    & (3U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))
                                    ? 0U : 1U)));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v6 = 1U;
    } else if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                & (3U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v7 
            = (0x1ffffU & ((IData)(1U) + vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [3U]));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v7 = 1U;
    }
    if ((((IData)(vlSelf->pd_top__DOT__cmpl_valid) 
          & (4U == (IData)(vlSelf->pd_top__DOT__stop_queue))) 
         & (0U != vlSelf->pd_top__DOT__fetch__DOT__infl_reg
            [4U]))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v8 
            = (0x1ffffU & (vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [4U] - (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                                    & (4U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))
                                    ? 0U : 1U)));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v8 = 1U;
    } else if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                & (4U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v9 
            = (0x1ffffU & ((IData)(1U) + vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [4U]));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v9 = 1U;
    }
    if ((((IData)(vlSelf->pd_top__DOT__cmpl_valid) 
          & (5U == (IData)(vlSelf->pd_top__DOT__stop_queue))) 
         & (0U != vlSelf->pd_top__DOT__fetch__DOT__infl_reg
            [5U]))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v10 
            = (0x1ffffU & (vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [5U] - (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                                    & (5U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))
                                    ? 0U : 1U)));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v10 = 1U;
    } else if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                & (5U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v11 
            = (0x1ffffU & ((IData)(1U) + vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [5U]));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v11 = 1U;
    }
    if ((((IData)(vlSelf->pd_top__DOT__cmpl_valid) 
          & (6U == (IData)(vlSelf->pd_top__DOT__stop_queue))) 
         & (0U != vlSelf->pd_top__DOT__fetch__DOT__infl_reg
            [6U]))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v12 
            = (0x1ffffU & (vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [6U] - (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                                    & (6U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))
                                    ? 0U : 1U)));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v12 = 1U;
    } else if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                & (6U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v13 
            = (0x1ffffU & ((IData)(1U) + vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [6U]));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v13 = 1U;
    }
    if ((((IData)(vlSelf->pd_top__DOT__cmpl_valid) 
          & (7U == (IData)(vlSelf->pd_top__DOT__stop_queue))) 
         & (0U != vlSelf->pd_top__DOT__fetch__DOT__infl_reg
            [7U]))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v14 
            = (0x1ffffU & (vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [7U] - (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                                    & (7U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))
                                    ? 0U : 1U)));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v14 = 1U;
    } else if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                & (7U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v15 
            = (0x1ffffU & ((IData)(1U) + vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [7U]));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v15 = 1U;
    }
    if ((((IData)(vlSelf->pd_top__DOT__cmpl_valid) 
          & (8U == (IData)(vlSelf->pd_top__DOT__stop_queue))) 
         & (0U != vlSelf->pd_top__DOT__fetch__DOT__infl_reg
            [8U]))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v16 
            = (0x1ffffU & (vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [8U] - (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                                    & (8U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))
                                    ? 0U : 1U)));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v16 = 1U;
    } else if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                & (8U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v17 
            = (0x1ffffU & ((IData)(1U) + vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [8U]));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v17 = 1U;
    }
    if ((((IData)(vlSelf->pd_top__DOT__cmpl_valid) 
          & (9U == (IData)(vlSelf->pd_top__DOT__stop_queue))) 
         & (0U != vlSelf->pd_top__DOT__fetch__DOT__infl_reg
            [9U]))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v18 
            = (0x1ffffU & (vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [9U] - (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                                    & (9U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))
                                    ? 0U : 1U)));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v18 = 1U;
    } else if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                & (9U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v19 
            = (0x1ffffU & ((IData)(1U) + vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [9U]));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v19 = 1U;
    }
    if ((((IData)(vlSelf->pd_top__DOT__cmpl_valid) 
          & (0xaU == (IData)(vlSelf->pd_top__DOT__stop_queue))) 
         & (0U != vlSelf->pd_top__DOT__fetch__DOT__infl_reg
            [0xaU]))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v20 
            = (0x1ffffU & (vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [0xaU] - (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                                      & (0xaU == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))
                                      ? 0U : 1U)));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v20 = 1U;
    } else if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                & (0xaU == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v21 
            = (0x1ffffU & ((IData)(1U) + vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [0xaU]));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v21 = 1U;
    }
    if ((((IData)(vlSelf->pd_top__DOT__cmpl_valid) 
          & (0xbU == (IData)(vlSelf->pd_top__DOT__stop_queue))) 
         & (0U != vlSelf->pd_top__DOT__fetch__DOT__infl_reg
            [0xbU]))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v22 
            = (0x1ffffU & (vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [0xbU] - (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                                      & (0xbU == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))
                                      ? 0U : 1U)));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v22 = 1U;
    } else if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                & (0xbU == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v23 
            = (0x1ffffU & ((IData)(1U) + vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [0xbU]));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v23 = 1U;
    }
    if ((((IData)(vlSelf->pd_top__DOT__cmpl_valid) 
          & (0xcU == (IData)(vlSelf->pd_top__DOT__stop_queue))) 
         & (0U != vlSelf->pd_top__DOT__fetch__DOT__infl_reg
            [0xcU]))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v24 
            = (0x1ffffU & (vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [0xcU] - (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                                      & (0xcU == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))
                                      ? 0U : 1U)));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v24 = 1U;
    } else if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                & (0xcU == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v25 
            = (0x1ffffU & ((IData)(1U) + vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [0xcU]));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v25 = 1U;
    }
    if ((((IData)(vlSelf->pd_top__DOT__cmpl_valid) 
          & (0xdU == (IData)(vlSelf->pd_top__DOT__stop_queue))) 
         & (0U != vlSelf->pd_top__DOT__fetch__DOT__infl_reg
            [0xdU]))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v26 
            = (0x1ffffU & (vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [0xdU] - (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                                      & (0xdU == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))
                                      ? 0U : 1U)));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v26 = 1U;
    } else if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                & (0xdU == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v27 
            = (0x1ffffU & ((IData)(1U) + vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [0xdU]));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v27 = 1U;
    }
    if ((((IData)(vlSelf->pd_top__DOT__cmpl_valid) 
          & (0xeU == (IData)(vlSelf->pd_top__DOT__stop_queue))) 
         & (0U != vlSelf->pd_top__DOT__fetch__DOT__infl_reg
            [0xeU]))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v28 
            = (0x1ffffU & (vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [0xeU] - (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                                      & (0xeU == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))
                                      ? 0U : 1U)));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v28 = 1U;
    } else if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                & (0xeU == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v29 
            = (0x1ffffU & ((IData)(1U) + vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [0xeU]));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v29 = 1U;
    }
    if ((((IData)(vlSelf->pd_top__DOT__cmpl_valid) 
          & (0xfU == (IData)(vlSelf->pd_top__DOT__stop_queue))) 
         & (0U != vlSelf->pd_top__DOT__fetch__DOT__infl_reg
            [0xfU]))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v30 
            = (0x1ffffU & (vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [0xfU] - (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                                      & (0xfU == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))
                                      ? 0U : 1U)));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v30 = 1U;
    } else if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__issue) 
                & (0xfU == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v31 
            = (0x1ffffU & ((IData)(1U) + vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                           [0xfU]));
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v31 = 1U;
    }
    vlSelf->pd_top__DOT__f_req_tag = vlSelf->pd_top__DOT__fetch__DOT__req_tag_next;
    vlSelf->pd_top__DOT__c_req_tag = vlSelf->pd_top__DOT__copy_rd__DOT__req_tag_next;
    vlSelf->pd_top__DOT__fetch__DOT__second_addr_reg 
        = vlSelf->pd_top__DOT__fetch__DOT__second_addr_next;
    vlSelf->pd_top__DOT__fetch__DOT__second_len_reg 
        = vlSelf->pd_top__DOT__fetch__DOT__second_len_next;
    vlSelf->s_reg_rd_valid = vlSelf->s_reg_rd_en;
    vlSelf->pd_top__DOT__c_req_len = vlSelf->pd_top__DOT__copy_rd__DOT__req_len_next;
    vlSelf->pd_top__DOT__c_req_addr = vlSelf->pd_top__DOT__copy_rd__DOT__req_addr_next;
    vlSelf->pd_top__DOT__wr__DOT__beats_reg = vlSelf->pd_top__DOT__wr__DOT__beats_next;
    vlSelf->pd_top__DOT__f_req_addr = vlSelf->pd_top__DOT__fetch__DOT__req_addr_next;
    vlSelf->pd_top__DOT__f_req_len = vlSelf->pd_top__DOT__fetch__DOT__req_len_next;
    vlSelf->pd_top__DOT__wr__DOT__seq_reg = vlSelf->pd_top__DOT__wr__DOT__seq_next;
    vlSelf->irq = vlSelf->pd_top__DOT__irqs__DOT__irq_next;
    vlSelf->pd_top__DOT__irq_evt_valid = vlSelf->pd_top__DOT__wr__DOT__irq_next;
    vlSelf->pd_top__DOT__copy_rd__DOT__seq_reg = vlSelf->pd_top__DOT__copy_rd__DOT__seq_next;
    vlSelf->pd_top__DOT__fetch__DOT__first_reg = vlSelf->pd_top__DOT__fetch__DOT__first_next;
    vlSelf->pd_top__DOT__rd_mux__DOT__discard_reg = vlSelf->pd_top__DOT__rd_mux__DOT__discard_next;
    vlSelf->pd_top__DOT__rd_mux__DOT__owed_reg = vlSelf->pd_top__DOT__rd_mux__DOT__owed_next;
    vlSelf->pd_top__DOT__wr__DOT__rem_reg = vlSelf->pd_top__DOT__wr__DOT__rem_next;
    vlSelf->pd_top__DOT__wr__DOT__addr_reg = vlSelf->pd_top__DOT__wr__DOT__addr_next;
    vlSelf->pd_top__DOT__align__DOT__src_left_reg = vlSelf->pd_top__DOT__align__DOT__src_left_next;
    vlSelf->pd_top__DOT__copy_rd__DOT__reserved_reg 
        = vlSelf->pd_top__DOT__copy_rd__DOT__reserved_next;
    vlSelf->pd_top__DOT__copy_rd__DOT__rem_reg = vlSelf->pd_top__DOT__copy_rd__DOT__rem_next;
    vlSelf->pd_top__DOT__fetch__DOT__slots_reg = vlSelf->pd_top__DOT__fetch__DOT__slots_next;
    vlSelf->pd_top__DOT__c_req_valid = vlSelf->pd_top__DOT__copy_rd__DOT__req_valid_next;
    vlSelf->pd_top__DOT__fetch__DOT__second_reg = vlSelf->pd_top__DOT__fetch__DOT__second_next;
    vlSelf->pd_top__DOT__align__DOT__prime_reg = vlSelf->pd_top__DOT__align__DOT__prime_next;
    vlSelf->pd_top__DOT__copy_rd__DOT__addr_reg = vlSelf->pd_top__DOT__copy_rd__DOT__addr_next;
    vlSelf->pd_top__DOT__f_req_valid = vlSelf->pd_top__DOT__fetch__DOT__req_valid_next;
    vlSelf->pd_top__DOT__irq_evt_vector = (0xfU & (IData)(
                                                          ((((QData)((IData)(
                                                                             vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                             [0xfU])) 
                                                             << 0x3cU) 
                                                            | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                                [0xeU])) 
                                                                << 0x38U) 
                                                               | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                                [0xdU])) 
                                                                   << 0x34U) 
                                                                  | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                                [0xcU])) 
                                                                      << 0x30U) 
                                                                     | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                                [0xbU])) 
                                                                         << 0x2cU) 
                                                                        | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                                [0xaU])) 
                                                                            << 0x28U) 
                                                                           | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                                [9U])) 
                                                                               << 0x24U) 
                                                                              | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                                [8U])) 
                                                                                << 0x20U) 
                                                                                | (QData)((IData)(
                                                                                ((vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                                [7U] 
                                                                                << 0x1cU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                                [6U] 
                                                                                << 0x18U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                                [5U] 
                                                                                << 0x14U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                                [4U] 
                                                                                << 0x10U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                                [3U] 
                                                                                << 0xcU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                                [2U] 
                                                                                << 8U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                                [1U] 
                                                                                << 4U) 
                                                                                | vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                                [0U]))))))))))))))))) 
                                                           >> 
                                                           (0x3cU 
                                                            & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                               >> 0x19U)))));
    if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__can_issue) 
         & (IData)(vlSelf->pd_top__DOT__fetch__DOT__grant_valid))) {
        vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg 
            = ((0xfU == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g))
                ? 0U : (0xfU & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__fetch__DOT__g))));
    }
    vlSelf->s_reg_rd_data = 0ULL;
    if (((IData)(vlSelf->s_reg_rd_en) & (0U == (7U 
                                                & vlSelf->s_reg_addr)))) {
        if ((0U == vlSelf->s_reg_addr)) {
            vlSelf->s_reg_rd_data = 0x150454456ULL;
        } else if ((8U == vlSelf->s_reg_addr)) {
            vlSelf->s_reg_rd_data = 0x10ULL;
        } else if ((0x10U == vlSelf->s_reg_addr)) {
            vlSelf->s_reg_rd_data = ((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg)
                                      ? 1ULL : 0ULL);
        } else if ((0x18U == vlSelf->s_reg_addr)) {
            vlSelf->s_reg_rd_data = (((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg)
                                       ? 1ULL : 0ULL) 
                                     | ((IData)(vlSelf->pd_top__DOT__regs__DOT__fatal_reg)
                                         ? 2ULL : 0ULL));
        } else if ((0x20U == vlSelf->s_reg_addr)) {
            vlSelf->s_reg_rd_data = (QData)((IData)(vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg));
        } else if ((0x28U == vlSelf->s_reg_addr)) {
            vlSelf->s_reg_rd_data = 0x40ULL;
        } else if (vlSelf->pd_top__DOT__regs__DOT__win_hit) {
            if ((0U == (0x1fU & (vlSelf->s_reg_addr 
                                 - (IData)(0x800U))))) {
                vlSelf->s_reg_rd_data = vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                    [(0x3fU & vlSelf->pd_top__DOT__regs__DOT__w_sel)];
            } else if ((8U == (0x1fU & (vlSelf->s_reg_addr 
                                        - (IData)(0x800U))))) {
                vlSelf->s_reg_rd_data = vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                    [(0x3fU & vlSelf->pd_top__DOT__regs__DOT__w_sel)];
            } else if ((0x10U == (0x1fU & (vlSelf->s_reg_addr 
                                           - (IData)(0x800U))))) {
                vlSelf->s_reg_rd_data = (vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                         [(0x3fU & vlSelf->pd_top__DOT__regs__DOT__w_sel)]
                                          ? 1ULL : 0ULL);
            }
        } else if (vlSelf->pd_top__DOT__regs__DOT__q_hit) {
            if ((0U == (0x3fU & (vlSelf->s_reg_addr 
                                 - (IData)(0x1000U))))) {
                vlSelf->s_reg_rd_data = vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                    [(0xfU & vlSelf->pd_top__DOT__regs__DOT__q_sel)];
            } else if ((8U == (0x3fU & (vlSelf->s_reg_addr 
                                        - (IData)(0x1000U))))) {
                vlSelf->s_reg_rd_data = (QData)((IData)(
                                                        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                        [
                                                        (0xfU 
                                                         & vlSelf->pd_top__DOT__regs__DOT__q_sel)]));
            } else if ((0x10U == (0x3fU & (vlSelf->s_reg_addr 
                                           - (IData)(0x1000U))))) {
                vlSelf->s_reg_rd_data = vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                    [(0xfU & vlSelf->pd_top__DOT__regs__DOT__q_sel)];
            } else if ((0x18U == (0x3fU & (vlSelf->s_reg_addr 
                                           - (IData)(0x1000U))))) {
                vlSelf->s_reg_rd_data = (QData)((IData)(
                                                        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                        [
                                                        (0xfU 
                                                         & vlSelf->pd_top__DOT__regs__DOT__q_sel)]));
            } else if ((0x20U == (0x3fU & (vlSelf->s_reg_addr 
                                           - (IData)(0x1000U))))) {
                vlSelf->s_reg_rd_data = (QData)((IData)(
                                                        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                        [
                                                        (0xfU 
                                                         & vlSelf->pd_top__DOT__regs__DOT__q_sel)]));
            } else if ((0x28U == (0x3fU & (vlSelf->s_reg_addr 
                                           - (IData)(0x1000U))))) {
                vlSelf->s_reg_rd_data = (QData)((IData)(
                                                        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                        [
                                                        (0xfU 
                                                         & vlSelf->pd_top__DOT__regs__DOT__q_sel)]));
            } else if ((0x30U == (0x3fU & (vlSelf->s_reg_addr 
                                           - (IData)(0x1000U))))) {
                vlSelf->s_reg_rd_data = (QData)((IData)(
                                                        vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                        [
                                                        (0xfU 
                                                         & vlSelf->pd_top__DOT__regs__DOT__q_sel)]));
            } else if ((0x38U == (0x3fU & (vlSelf->s_reg_addr 
                                           - (IData)(0x1000U))))) {
                vlSelf->s_reg_rd_data = (vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                         [(0xfU & vlSelf->pd_top__DOT__regs__DOT__q_sel)]
                                          ? 1ULL : 0ULL);
            }
        }
    }
    if (vlSelf->pd_top__DOT__regs__DOT__wr_reset) {
        __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v0 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v0 = 1U;
        vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__rcmd_fifo__DOT__mem__v0) {
        vlSelf->pd_top__DOT__rcmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__rcmd_fifo__DOT__mem__v0][0U] 
            = __Vdlyvval__pd_top__DOT__rcmd_fifo__DOT__mem__v0[0U];
        vlSelf->pd_top__DOT__rcmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__rcmd_fifo__DOT__mem__v0][1U] 
            = __Vdlyvval__pd_top__DOT__rcmd_fifo__DOT__mem__v0[1U];
        vlSelf->pd_top__DOT__rcmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__rcmd_fifo__DOT__mem__v0][2U] 
            = __Vdlyvval__pd_top__DOT__rcmd_fifo__DOT__mem__v0[2U];
    }
    if (__Vdlyvset__pd_top__DOT__data_fifo__DOT__mem__v0) {
        vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0][0U] 
            = __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[0U];
        vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0][1U] 
            = __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[1U];
        vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0][2U] 
            = __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[2U];
        vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0][3U] 
            = __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[3U];
        vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0][4U] 
            = __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[4U];
        vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0][5U] 
            = __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[5U];
        vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0][6U] 
            = __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[6U];
        vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0][7U] 
            = __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[7U];
        vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0][8U] 
            = __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[8U];
        vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0][9U] 
            = __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[9U];
        vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0][0xaU] 
            = __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[0xaU];
        vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0][0xbU] 
            = __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[0xbU];
        vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0][0xcU] 
            = __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[0xcU];
        vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0][0xdU] 
            = __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[0xdU];
        vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0][0xeU] 
            = __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[0xeU];
        vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__data_fifo__DOT__mem__v0][0xfU] 
            = __Vdlyvval__pd_top__DOT__data_fifo__DOT__mem__v0[0xfU];
    }
    if (__Vdlyvset__pd_top__DOT__acmd_fifo__DOT__mem__v0) {
        vlSelf->pd_top__DOT__acmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__acmd_fifo__DOT__mem__v0][0U] 
            = __Vdlyvval__pd_top__DOT__acmd_fifo__DOT__mem__v0[0U];
        vlSelf->pd_top__DOT__acmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__acmd_fifo__DOT__mem__v0][1U] 
            = __Vdlyvval__pd_top__DOT__acmd_fifo__DOT__mem__v0[1U];
        vlSelf->pd_top__DOT__acmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__acmd_fifo__DOT__mem__v0][2U] 
            = __Vdlyvval__pd_top__DOT__acmd_fifo__DOT__mem__v0[2U];
        vlSelf->pd_top__DOT__acmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__acmd_fifo__DOT__mem__v0][3U] 
            = __Vdlyvval__pd_top__DOT__acmd_fifo__DOT__mem__v0[3U];
        vlSelf->pd_top__DOT__acmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__acmd_fifo__DOT__mem__v0][4U] 
            = __Vdlyvval__pd_top__DOT__acmd_fifo__DOT__mem__v0[4U];
    }
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[0U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v0;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[1U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v1;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[2U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v2;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[3U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v3;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[4U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v4;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[5U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v5;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[6U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v6;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[7U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v7;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[8U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v8;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[9U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v9;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[0xaU] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v10;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[0xbU] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v11;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[0xcU] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v12;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[0xdU] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v13;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[0xeU] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v14;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[0xfU] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v15;
    if (vlSelf->pd_top__DOT__prst) {
        vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__rd_ptr_reg = 0U;
        vlSelf->pd_top__DOT__decode__DOT__infl_reg = 0U;
        vlSelf->pd_top__DOT__rcmd_fifo__DOT__wr_ptr_reg = 0U;
        vlSelf->pd_top__DOT__data_fifo__DOT__wr_ptr_reg = 0U;
        vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg = 0U;
        vlSelf->pd_top__DOT__rcmd_fifo__DOT__rd_ptr_reg = 0U;
        vlSelf->pd_top__DOT__acmd_fifo__DOT__wr_ptr_reg = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg = 0U;
        __Vdlyvset__pd_top__DOT__irqs__DOT__timer_reg__v16 = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__irqs__DOT__timer_reg__v16) {
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[0U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[1U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[2U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[3U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[4U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[5U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[6U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[7U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[8U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[9U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[0xaU] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[0xbU] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[0xcU] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[0xdU] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[0xeU] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[0xfU] = 0ULL;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0) {
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0][0U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[0U];
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0][1U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[1U];
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0][2U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[2U];
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0][3U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[3U];
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0][4U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[4U];
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0][5U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[5U];
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0][6U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[6U];
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0][7U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[7U];
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0][8U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[8U];
    }
    if (__Vdlyvset__pd_top__DOT__out_fifo__DOT__mem__v0) {
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][0U] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0U];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][1U] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[1U];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][2U] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[2U];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][3U] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[3U];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][4U] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[4U];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][5U] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[5U];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][6U] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[6U];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][7U] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[7U];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][8U] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[8U];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][9U] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[9U];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][0xaU] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0xaU];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][0xbU] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0xbU];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][0xcU] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0xcU];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][0xdU] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0xdU];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][0xeU] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0xeU];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][0xfU] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0xfU];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][0x10U] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0x10U];
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__out_fifo__DOT__mem__v0][0x11U] 
            = __Vdlyvval__pd_top__DOT__out_fifo__DOT__mem__v0[0x11U];
    }
    vlSelf->pd_top__DOT__irqs__DOT__pending_reg[0U] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v0;
    vlSelf->pd_top__DOT__irqs__DOT__pending_reg[1U] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v1;
    vlSelf->pd_top__DOT__irqs__DOT__pending_reg[2U] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v2;
    vlSelf->pd_top__DOT__irqs__DOT__pending_reg[3U] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v3;
    vlSelf->pd_top__DOT__irqs__DOT__pending_reg[4U] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v4;
    vlSelf->pd_top__DOT__irqs__DOT__pending_reg[5U] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v5;
    vlSelf->pd_top__DOT__irqs__DOT__pending_reg[6U] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v6;
    vlSelf->pd_top__DOT__irqs__DOT__pending_reg[7U] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v7;
    vlSelf->pd_top__DOT__irqs__DOT__pending_reg[8U] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v8;
    vlSelf->pd_top__DOT__irqs__DOT__pending_reg[9U] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v9;
    vlSelf->pd_top__DOT__irqs__DOT__pending_reg[0xaU] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v10;
    vlSelf->pd_top__DOT__irqs__DOT__pending_reg[0xbU] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v11;
    vlSelf->pd_top__DOT__irqs__DOT__pending_reg[0xcU] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v12;
    vlSelf->pd_top__DOT__irqs__DOT__pending_reg[0xdU] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v13;
    vlSelf->pd_top__DOT__irqs__DOT__pending_reg[0xeU] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v14;
    vlSelf->pd_top__DOT__irqs__DOT__pending_reg[0xfU] 
        = __Vdlyvval__pd_top__DOT__irqs__DOT__pending_reg__v15;
    if (vlSelf->pd_top__DOT__prst) {
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__wr_ptr_reg = 0U;
        vlSelf->pd_top__DOT__out_fifo__DOT__wr_ptr_reg = 0U;
        __Vdlyvset__pd_top__DOT__irqs__DOT__pending_reg__v16 = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__irqs__DOT__pending_reg__v16) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[0U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[1U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[2U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[3U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[4U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[5U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[6U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[7U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[8U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[9U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[0xaU] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[0xbU] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[0xcU] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[0xdU] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[0xeU] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[0xfU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0) {
        vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v0) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[__Vdlyvdim0__pd_top__DOT__wr__DOT__phase_reg__v0] 
            = __Vdlyvval__pd_top__DOT__wr__DOT__phase_reg__v0;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v1) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[0U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v2) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[1U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v3) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[2U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v4) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[3U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v5) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[4U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v6) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[5U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v7) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[6U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v8) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[7U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v9) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[8U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v10) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[9U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v11) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[0xaU] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v12) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[0xbU] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v13) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[0xcU] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v14) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[0xdU] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v15) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[0xeU] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v16) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[0xfU] = 1U;
    }
    if (vlSelf->rst) {
        __Vdlyvset__pd_top__DOT__regs__DOT__vector_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v17 = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v17) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[0U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[1U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[2U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[3U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[4U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[5U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[6U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[7U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[8U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[9U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[0xaU] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[0xbU] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[0xcU] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[0xdU] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[0xeU] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[0xfU] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wcmd_fifo__DOT__mem__v0) {
        vlSelf->pd_top__DOT__wcmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__wcmd_fifo__DOT__mem__v0][0U] 
            = __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0[0U];
        vlSelf->pd_top__DOT__wcmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__wcmd_fifo__DOT__mem__v0][1U] 
            = __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0[1U];
        vlSelf->pd_top__DOT__wcmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__wcmd_fifo__DOT__mem__v0][2U] 
            = __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0[2U];
        vlSelf->pd_top__DOT__wcmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__wcmd_fifo__DOT__mem__v0][3U] 
            = __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0[3U];
        vlSelf->pd_top__DOT__wcmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__wcmd_fifo__DOT__mem__v0][4U] 
            = __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0[4U];
        vlSelf->pd_top__DOT__wcmd_fifo__DOT__mem[__Vdlyvdim0__pd_top__DOT__wcmd_fifo__DOT__mem__v0][5U] 
            = __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0[5U];
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v0) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[__Vdlyvdim0__pd_top__DOT__fetch__DOT__head_reg__v0] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__head_reg__v0;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v1) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[0U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v2) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[1U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v3) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[2U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v4) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[3U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v5) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[4U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v6) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[5U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v7) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[6U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v8) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[7U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v9) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[8U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v10) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[9U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v11) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[0xaU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v12) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[0xbU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v13) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[0xcU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v14) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[0xdU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v15) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[0xeU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v16) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[0xfU] = 0U;
    }
    if (vlSelf->pd_top__DOT__prst) {
        vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__wr_ptr_reg = 0U;
        vlSelf->pd_top__DOT__acmd_fifo__DOT__rd_ptr_reg = 0U;
        vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg = 0U;
        vlSelf->pd_top__DOT__wcmd_fifo__DOT__wr_ptr_reg = 0U;
        vlSelf->pd_top__DOT__wcmd_fifo__DOT__rd_ptr_reg = 0U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v17 = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v17) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[0U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[1U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[2U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[3U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[4U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[5U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[6U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[7U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[8U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[9U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[0xaU] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[0xbU] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[0xcU] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[0xdU] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[0xeU] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[0xfU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v0) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[__Vdlyvdim0__pd_top__DOT__wr__DOT__tail_reg__v0] 
            = __Vdlyvval__pd_top__DOT__wr__DOT__tail_reg__v0;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v1) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[0U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v2) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[1U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v3) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[2U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v4) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[3U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v5) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[4U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v6) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[5U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v7) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[6U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v8) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[7U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v9) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[8U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v10) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[9U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v11) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[0xaU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v12) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[0xbU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v13) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[0xcU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v14) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[0xdU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v15) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[0xeU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v16) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[0xfU] = 0U;
    }
    if (vlSelf->rst) {
        __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v65 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v17 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v2 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v17 = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v17) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[0U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[1U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[2U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[3U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[4U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[5U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[6U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[7U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[8U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[9U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[0xaU] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[0xbU] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[0xcU] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[0xdU] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[0xeU] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[0xfU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v0) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v1) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[1U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v2) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[2U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v3) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[3U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v4) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[4U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v5) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[5U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v6) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[6U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v7) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[7U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v8) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[8U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v9) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[9U] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v10) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xaU] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v11) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xbU] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v12) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xcU] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v13) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xdU] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v14) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xeU] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v15) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xfU] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v16) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[__Vdlyvdim0__pd_top__DOT__fetch__DOT__stopped_reg__v16] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v17) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v18) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[1U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v19) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[2U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v20) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[3U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v21) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[4U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v22) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[5U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v23) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[6U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v24) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[7U] = 0U;
    }
    if (((IData)(vlSelf->s_reg_wr_en) & (0U == (7U 
                                                & vlSelf->s_reg_addr)))) {
        if ((0x10U != vlSelf->s_reg_addr)) {
            if ((0x20U != vlSelf->s_reg_addr)) {
                if ((1U & (~ (IData)(vlSelf->pd_top__DOT__regs__DOT__win_hit)))) {
                    if (vlSelf->pd_top__DOT__regs__DOT__q_hit) {
                        if ((0U != (0x3fU & (vlSelf->s_reg_addr 
                                             - (IData)(0x1000U))))) {
                            if ((8U != (0x3fU & (vlSelf->s_reg_addr 
                                                 - (IData)(0x1000U))))) {
                                if ((0x10U != (0x3fU 
                                               & (vlSelf->s_reg_addr 
                                                  - (IData)(0x1000U))))) {
                                    if ((0x18U != (0x3fU 
                                                   & (vlSelf->s_reg_addr 
                                                      - (IData)(0x1000U))))) {
                                        if ((0x20U 
                                             != (0x3fU 
                                                 & (vlSelf->s_reg_addr 
                                                    - (IData)(0x1000U))))) {
                                            if ((0x28U 
                                                 != 
                                                 (0x3fU 
                                                  & (vlSelf->s_reg_addr 
                                                     - (IData)(0x1000U))))) {
                                                if (
                                                    (0x30U 
                                                     == 
                                                     (0x3fU 
                                                      & (vlSelf->s_reg_addr 
                                                         - (IData)(0x1000U))))) {
                                                    if (
                                                        (0x10ULL 
                                                         > vlSelf->s_reg_wr_data)) {
                                                        __Vdlyvval__pd_top__DOT__regs__DOT__vector_reg__v0 
                                                            = 
                                                            (0xfU 
                                                             & (IData)(vlSelf->s_reg_wr_data));
                                                        __Vdlyvset__pd_top__DOT__regs__DOT__vector_reg__v0 = 1U;
                                                        __Vdlyvdim0__pd_top__DOT__regs__DOT__vector_reg__v0 
                                                            = 
                                                            (0xfU 
                                                             & vlSelf->pd_top__DOT__regs__DOT__q_sel);
                                                    }
                                                }
                                                if (
                                                    (0x30U 
                                                     != 
                                                     (0x3fU 
                                                      & (vlSelf->s_reg_addr 
                                                         - (IData)(0x1000U))))) {
                                                    if (
                                                        (0x38U 
                                                         == 
                                                         (0x3fU 
                                                          & (vlSelf->s_reg_addr 
                                                             - (IData)(0x1000U))))) {
                                                        __Vdlyvval__pd_top__DOT__regs__DOT__q_enable_reg__v16 
                                                            = 
                                                            (0ULL 
                                                             != 
                                                             (1ULL 
                                                              & vlSelf->s_reg_wr_data));
                                                        __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v16 = 1U;
                                                        __Vdlyvdim0__pd_top__DOT__regs__DOT__q_enable_reg__v16 
                                                            = 
                                                            (0xfU 
                                                             & vlSelf->pd_top__DOT__regs__DOT__q_sel);
                                                    }
                                                }
                                            }
                                        }
                                        if ((0x20U 
                                             == (0x3fU 
                                                 & (vlSelf->s_reg_addr 
                                                    - (IData)(0x1000U))))) {
                                            if ((0ULL 
                                                 == 
                                                 (vlSelf->s_reg_wr_data 
                                                  >> 
                                                  vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                  [
                                                  (0xfU 
                                                   & vlSelf->pd_top__DOT__regs__DOT__q_sel)]))) {
                                                __Vdlyvval__pd_top__DOT__regs__DOT__sq_tail_reg__v0 
                                                    = 
                                                    (0xffffU 
                                                     & (IData)(vlSelf->s_reg_wr_data));
                                                __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v0 = 1U;
                                                __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_tail_reg__v0 
                                                    = 
                                                    (0xfU 
                                                     & vlSelf->pd_top__DOT__regs__DOT__q_sel);
                                            }
                                        } else if (
                                                   (0x28U 
                                                    == 
                                                    (0x3fU 
                                                     & (vlSelf->s_reg_addr 
                                                        - (IData)(0x1000U))))) {
                                            if ((0ULL 
                                                 == 
                                                 (vlSelf->s_reg_wr_data 
                                                  >> 
                                                  vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                  [
                                                  (0xfU 
                                                   & vlSelf->pd_top__DOT__regs__DOT__q_sel)]))) {
                                                __Vdlyvval__pd_top__DOT__regs__DOT__cq_head_reg__v0 
                                                    = 
                                                    (0xffffU 
                                                     & (IData)(vlSelf->s_reg_wr_data));
                                                __Vdlyvset__pd_top__DOT__regs__DOT__cq_head_reg__v0 = 1U;
                                                __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_head_reg__v0 
                                                    = 
                                                    (0xfU 
                                                     & vlSelf->pd_top__DOT__regs__DOT__q_sel);
                                            }
                                        } else if (
                                                   (0x30U 
                                                    != 
                                                    (0x3fU 
                                                     & (vlSelf->s_reg_addr 
                                                        - (IData)(0x1000U))))) {
                                            if ((0x38U 
                                                 == 
                                                 (0x3fU 
                                                  & (vlSelf->s_reg_addr 
                                                     - (IData)(0x1000U))))) {
                                                if (
                                                    ((0ULL 
                                                      != 
                                                      (1ULL 
                                                       & vlSelf->s_reg_wr_data)) 
                                                     & (~ 
                                                        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                        [
                                                        (0xfU 
                                                         & vlSelf->pd_top__DOT__regs__DOT__q_sel)]))) {
                                                    __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v1 = 1U;
                                                    __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_tail_reg__v1 
                                                        = 
                                                        (0xfU 
                                                         & vlSelf->pd_top__DOT__regs__DOT__q_sel);
                                                    __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_head_reg__v1 
                                                        = 
                                                        (0xfU 
                                                         & vlSelf->pd_top__DOT__regs__DOT__q_sel);
                                                }
                                            }
                                        }
                                    }
                                    if ((0x18U == (0x3fU 
                                                   & (vlSelf->s_reg_addr 
                                                      - (IData)(0x1000U))))) {
                                        __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__1__v 
                                            = vlSelf->s_reg_wr_data;
                                        __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__1__Vfuncout 
                                            = ((1ULL 
                                                > __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__1__v)
                                                ? 1U
                                                : (
                                                   (0x10ULL 
                                                    < __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__1__v)
                                                    ? 0x10U
                                                    : 
                                                   (0x1fU 
                                                    & (IData)(__Vfunc_pd_top__DOT__regs__DOT__clamp_log2__1__v))));
                                        __Vdlyvval__pd_top__DOT__regs__DOT__cq_log2_reg__v0 
                                            = __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__1__Vfuncout;
                                        __Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v0 = 1U;
                                        __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_log2_reg__v0 
                                            = (0xfU 
                                               & vlSelf->pd_top__DOT__regs__DOT__q_sel);
                                    }
                                }
                                if ((0x10U == (0x3fU 
                                               & (vlSelf->s_reg_addr 
                                                  - (IData)(0x1000U))))) {
                                    __Vdlyvval__pd_top__DOT__regs__DOT__cq_base_reg__v0 
                                        = vlSelf->s_reg_wr_data;
                                    __Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v0 = 1U;
                                    __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_base_reg__v0 
                                        = (0xfU & vlSelf->pd_top__DOT__regs__DOT__q_sel);
                                }
                            }
                            if ((8U == (0x3fU & (vlSelf->s_reg_addr 
                                                 - (IData)(0x1000U))))) {
                                __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__0__v 
                                    = vlSelf->s_reg_wr_data;
                                __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__0__Vfuncout 
                                    = ((1ULL > __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__0__v)
                                        ? 1U : ((0x10ULL 
                                                 < __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__0__v)
                                                 ? 0x10U
                                                 : 
                                                (0x1fU 
                                                 & (IData)(__Vfunc_pd_top__DOT__regs__DOT__clamp_log2__0__v))));
                                __Vdlyvval__pd_top__DOT__regs__DOT__sq_log2_reg__v0 
                                    = __Vfunc_pd_top__DOT__regs__DOT__clamp_log2__0__Vfuncout;
                                __Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v0 = 1U;
                                __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_log2_reg__v0 
                                    = (0xfU & vlSelf->pd_top__DOT__regs__DOT__q_sel);
                            }
                        }
                        if ((0U == (0x3fU & (vlSelf->s_reg_addr 
                                             - (IData)(0x1000U))))) {
                            __Vdlyvval__pd_top__DOT__regs__DOT__sq_base_reg__v0 
                                = vlSelf->s_reg_wr_data;
                            __Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v0 = 1U;
                            __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_base_reg__v0 
                                = (0xfU & vlSelf->pd_top__DOT__regs__DOT__q_sel);
                        }
                    }
                }
                if (vlSelf->pd_top__DOT__regs__DOT__win_hit) {
                    if ((0U != (0x1fU & (vlSelf->s_reg_addr 
                                         - (IData)(0x800U))))) {
                        if ((8U == (0x1fU & (vlSelf->s_reg_addr 
                                             - (IData)(0x800U))))) {
                            __Vdlyvval__pd_top__DOT__regs__DOT__win_size_reg__v0 
                                = vlSelf->s_reg_wr_data;
                            __Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v0 = 1U;
                            __Vdlyvdim0__pd_top__DOT__regs__DOT__win_size_reg__v0 
                                = (0x3fU & vlSelf->pd_top__DOT__regs__DOT__w_sel);
                        }
                        if ((8U != (0x1fU & (vlSelf->s_reg_addr 
                                             - (IData)(0x800U))))) {
                            if ((0x10U == (0x1fU & 
                                           (vlSelf->s_reg_addr 
                                            - (IData)(0x800U))))) {
                                __Vdlyvval__pd_top__DOT__regs__DOT__win_enable_reg__v64 
                                    = (0ULL != (1ULL 
                                                & vlSelf->s_reg_wr_data));
                                __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v64 = 1U;
                                __Vdlyvdim0__pd_top__DOT__regs__DOT__win_enable_reg__v64 
                                    = (0x3fU & vlSelf->pd_top__DOT__regs__DOT__w_sel);
                            }
                        }
                    }
                    if ((0U == (0x1fU & (vlSelf->s_reg_addr 
                                         - (IData)(0x800U))))) {
                        __Vdlyvval__pd_top__DOT__regs__DOT__win_base_reg__v0 
                            = vlSelf->s_reg_wr_data;
                        __Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v0 = 1U;
                        __Vdlyvdim0__pd_top__DOT__regs__DOT__win_base_reg__v0 
                            = (0x3fU & vlSelf->pd_top__DOT__regs__DOT__w_sel);
                    }
                }
            }
            if ((0x20U == vlSelf->s_reg_addr)) {
                vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                    = (IData)(vlSelf->s_reg_wr_data);
            }
        }
        if ((0x10U == vlSelf->s_reg_addr)) {
            vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg 
                = (0ULL != (1ULL & vlSelf->s_reg_wr_data));
        }
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v25) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[8U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v26) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[9U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v27) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xaU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v28) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xbU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v29) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xcU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v30) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xdU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v31) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xeU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v32) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xfU] = 0U;
    }
    if (vlSelf->pd_top__DOT__prst) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v33 = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v33) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[1U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[2U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[3U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[4U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[5U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[6U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[7U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[8U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[9U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xaU] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xbU] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xcU] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xdU] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xeU] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0xfU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v0) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v0;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v1) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v1;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v2) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[1U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v2;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v3) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[1U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v3;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v4) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[2U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v4;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v5) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[2U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v5;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v6) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[3U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v6;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v7) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[3U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v7;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v8) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[4U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v8;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v9) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[4U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v9;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v10) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[5U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v10;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v11) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[5U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v11;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v12) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[6U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v12;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v13) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[6U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v13;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v14) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[7U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v14;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v15) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[7U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v15;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v16) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[8U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v16;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v17) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[8U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v17;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v18) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[9U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v18;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v19) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[9U] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v19;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v20) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xaU] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v20;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v21) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xaU] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v21;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v22) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xbU] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v22;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v23) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xbU] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v23;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v24) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xcU] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v24;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v25) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xcU] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v25;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v26) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xdU] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v26;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v27) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xdU] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v27;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v28) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xeU] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v28;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v29) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xeU] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v29;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v30) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xfU] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v30;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v31) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xfU] 
            = __Vdlyvval__pd_top__DOT__fetch__DOT__infl_reg__v31;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v32) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v33) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[1U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v34) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[2U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v35) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[3U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v36) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[4U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v37) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[5U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v38) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[6U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v39) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[7U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v40) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[8U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v41) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[9U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v42) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xaU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v43) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xbU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v44) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xcU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v45) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xdU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v46) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xeU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v47) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xfU] = 0U;
    }
    if (vlSelf->pd_top__DOT__prst) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v48 = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v48) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[1U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[2U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[3U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[4U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[5U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[6U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[7U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[8U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[9U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xaU] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xbU] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xcU] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xdU] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xeU] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0xfU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__vector_reg__v0) {
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__vector_reg__v0] 
            = __Vdlyvval__pd_top__DOT__regs__DOT__vector_reg__v0;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__vector_reg__v1) {
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[0U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[1U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[2U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[3U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[4U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[5U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[6U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[7U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[8U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[9U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[0xaU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[0xbU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[0xcU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[0xdU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[0xeU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[0xfU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v0) {
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__sq_base_reg__v0] 
            = __Vdlyvval__pd_top__DOT__regs__DOT__sq_base_reg__v0;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v1) {
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[0U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[1U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[2U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[3U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[4U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[5U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[6U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[7U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[8U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[9U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[0xaU] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[0xbU] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[0xcU] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[0xdU] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[0xeU] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[0xfU] = 0ULL;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v0) {
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__cq_base_reg__v0] 
            = __Vdlyvval__pd_top__DOT__regs__DOT__cq_base_reg__v0;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v1) {
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[0U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[1U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[2U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[3U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[4U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[5U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[6U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[7U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[8U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[9U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[0xaU] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[0xbU] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[0xcU] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[0xdU] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[0xeU] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[0xfU] = 0ULL;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v0) {
        vlSelf->pd_top__DOT__regs__DOT__win_base_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__win_base_reg__v0] 
            = __Vdlyvval__pd_top__DOT__regs__DOT__win_base_reg__v0;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v1) {
        __Vilp = 0U;
        while ((__Vilp <= 0x3fU)) {
            vlSelf->pd_top__DOT__regs__DOT__win_base_reg[__Vilp] = 0ULL;
            __Vilp = ((IData)(1U) + __Vilp);
        }
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v0) {
        vlSelf->pd_top__DOT__regs__DOT__win_size_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__win_size_reg__v0] 
            = __Vdlyvval__pd_top__DOT__regs__DOT__win_size_reg__v0;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v1) {
        __Vilp = 0U;
        while ((__Vilp <= 0x3fU)) {
            vlSelf->pd_top__DOT__regs__DOT__win_size_reg[__Vilp] = 0ULL;
            __Vilp = ((IData)(1U) + __Vilp);
        }
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v0) {
        __Vilp = 0U;
        while ((__Vilp <= 0x3fU)) {
            vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[__Vilp] = 0U;
            __Vilp = ((IData)(1U) + __Vilp);
        }
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v64) {
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__win_enable_reg__v64] 
            = __Vdlyvval__pd_top__DOT__regs__DOT__win_enable_reg__v64;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v65) {
        __Vilp = 0U;
        while ((__Vilp <= 0x3fU)) {
            vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[__Vilp] = 0U;
            __Vilp = ((IData)(1U) + __Vilp);
        }
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v0) {
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__sq_tail_reg__v0] 
            = __Vdlyvval__pd_top__DOT__regs__DOT__sq_tail_reg__v0;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v1) {
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__sq_tail_reg__v1] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__cq_head_reg__v0) {
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__cq_head_reg__v0] 
            = __Vdlyvval__pd_top__DOT__regs__DOT__cq_head_reg__v0;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v1) {
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__cq_head_reg__v1] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v2) {
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[0U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[1U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[2U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[3U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[4U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[5U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[6U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[7U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[8U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[9U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[0xaU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[0xbU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[0xcU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[0xdU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[0xeU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[0xfU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[0U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[1U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[2U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[3U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[4U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[5U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[6U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[7U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[8U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[9U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[0xaU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[0xbU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[0xcU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[0xdU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[0xeU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[0xfU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v0) {
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[0U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[1U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[2U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[3U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[4U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[5U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[6U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[7U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[8U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[9U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[0xaU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[0xbU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[0xcU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[0xdU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[0xeU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[0xfU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v16) {
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__q_enable_reg__v16] 
            = __Vdlyvval__pd_top__DOT__regs__DOT__q_enable_reg__v16;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v17) {
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[0U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[1U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[2U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[3U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[4U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[5U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[6U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[7U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[8U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[9U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[0xaU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[0xbU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[0xcU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[0xdU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[0xeU] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[0xfU] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v0) {
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__sq_log2_reg__v0] 
            = __Vdlyvval__pd_top__DOT__regs__DOT__sq_log2_reg__v0;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v1) {
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[0U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[1U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[2U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[3U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[4U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[5U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[6U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[7U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[8U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[9U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[0xaU] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[0xbU] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[0xcU] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[0xdU] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[0xeU] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[0xfU] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v0) {
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__cq_log2_reg__v0] 
            = __Vdlyvval__pd_top__DOT__regs__DOT__cq_log2_reg__v0;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v1) {
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[0U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[1U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[2U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[3U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[4U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[5U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[6U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[7U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[8U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[9U] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[0xaU] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[0xbU] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[0xcU] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[0xdU] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[0xeU] = 1U;
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[0xfU] = 1U;
    }
    vlSelf->pd_top__DOT__data_fifo__DOT__full = (((0xffU 
                                                   & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__wr_ptr_reg)) 
                                                  == 
                                                  (0xffU 
                                                   & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))) 
                                                 & ((1U 
                                                     & ((IData)(vlSelf->pd_top__DOT__data_fifo__DOT__wr_ptr_reg) 
                                                        >> 8U)) 
                                                    != 
                                                    (1U 
                                                     & ((IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg) 
                                                        >> 8U))));
    pd_top__DOT__d_data[0U] = vlSelf->pd_top__DOT__data_fifo__DOT__mem
        [(0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))][0U];
    pd_top__DOT__d_data[1U] = vlSelf->pd_top__DOT__data_fifo__DOT__mem
        [(0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))][1U];
    pd_top__DOT__d_data[2U] = vlSelf->pd_top__DOT__data_fifo__DOT__mem
        [(0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))][2U];
    pd_top__DOT__d_data[3U] = vlSelf->pd_top__DOT__data_fifo__DOT__mem
        [(0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))][3U];
    pd_top__DOT__d_data[4U] = vlSelf->pd_top__DOT__data_fifo__DOT__mem
        [(0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))][4U];
    pd_top__DOT__d_data[5U] = vlSelf->pd_top__DOT__data_fifo__DOT__mem
        [(0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))][5U];
    pd_top__DOT__d_data[6U] = vlSelf->pd_top__DOT__data_fifo__DOT__mem
        [(0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))][6U];
    pd_top__DOT__d_data[7U] = vlSelf->pd_top__DOT__data_fifo__DOT__mem
        [(0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))][7U];
    pd_top__DOT__d_data[8U] = vlSelf->pd_top__DOT__data_fifo__DOT__mem
        [(0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))][8U];
    pd_top__DOT__d_data[9U] = vlSelf->pd_top__DOT__data_fifo__DOT__mem
        [(0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))][9U];
    pd_top__DOT__d_data[0xaU] = vlSelf->pd_top__DOT__data_fifo__DOT__mem
        [(0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))][0xaU];
    pd_top__DOT__d_data[0xbU] = vlSelf->pd_top__DOT__data_fifo__DOT__mem
        [(0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))][0xbU];
    pd_top__DOT__d_data[0xcU] = vlSelf->pd_top__DOT__data_fifo__DOT__mem
        [(0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))][0xcU];
    pd_top__DOT__d_data[0xdU] = vlSelf->pd_top__DOT__data_fifo__DOT__mem
        [(0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))][0xdU];
    pd_top__DOT__d_data[0xeU] = vlSelf->pd_top__DOT__data_fifo__DOT__mem
        [(0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))][0xeU];
    pd_top__DOT__d_data[0xfU] = vlSelf->pd_top__DOT__data_fifo__DOT__mem
        [(0xffU & (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg))][0xfU];
    vlSelf->pd_top__DOT__data_fifo__DOT__empty = ((IData)(vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg) 
                                                  == (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__wr_ptr_reg));
    vlSelf->pd_top__DOT____Vcellout__rcmd_fifo__m_data[0U] 
        = vlSelf->pd_top__DOT__rcmd_fifo__DOT__mem[
        (3U & (IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__rd_ptr_reg))][0U];
    vlSelf->pd_top__DOT____Vcellout__rcmd_fifo__m_data[1U] 
        = vlSelf->pd_top__DOT__rcmd_fifo__DOT__mem[
        (3U & (IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__rd_ptr_reg))][1U];
    vlSelf->pd_top__DOT____Vcellout__rcmd_fifo__m_data[2U] 
        = vlSelf->pd_top__DOT__rcmd_fifo__DOT__mem[
        (3U & (IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__rd_ptr_reg))][2U];
    vlSelf->pd_top__DOT__rcmd_fifo__DOT__full = (((3U 
                                                   & (IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__wr_ptr_reg)) 
                                                  == 
                                                  (3U 
                                                   & (IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__rd_ptr_reg))) 
                                                 & ((1U 
                                                     & ((IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__wr_ptr_reg) 
                                                        >> 2U)) 
                                                    != 
                                                    (1U 
                                                     & ((IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__rd_ptr_reg) 
                                                        >> 2U))));
    vlSelf->pd_top__DOT__rcmd_fifo__DOT__empty = ((IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__rd_ptr_reg) 
                                                  == (IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__wr_ptr_reg));
    vlSelf->pd_top__DOT__copy_rd__DOT__active_reg = vlSelf->pd_top__DOT__copy_rd__DOT__active_next;
    vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0U] = 
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0U];
    vlSelf->pd_top__DOT__fetch__DOT__buf_reg[1U] = 
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[1U];
    vlSelf->pd_top__DOT__fetch__DOT__buf_reg[2U] = 
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[2U];
    vlSelf->pd_top__DOT__fetch__DOT__buf_reg[3U] = 
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[3U];
    vlSelf->pd_top__DOT__fetch__DOT__buf_reg[4U] = 
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[4U];
    vlSelf->pd_top__DOT__fetch__DOT__buf_reg[5U] = 
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[5U];
    vlSelf->pd_top__DOT__fetch__DOT__buf_reg[6U] = 
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[6U];
    vlSelf->pd_top__DOT__fetch__DOT__buf_reg[7U] = 
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[7U];
    vlSelf->pd_top__DOT__fetch__DOT__buf_reg[8U] = 
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[8U];
    vlSelf->pd_top__DOT__fetch__DOT__buf_reg[9U] = 
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[9U];
    vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xaU] 
        = vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xaU];
    vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xbU] 
        = vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xbU];
    vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xcU] 
        = vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xcU];
    vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xdU] 
        = vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xdU];
    vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xeU] 
        = vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xeU];
    vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xfU] 
        = vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xfU];
    vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__full 
        = (((0xfU & (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__wr_ptr_reg)) 
            == (0xfU & (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg))) 
           & ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__wr_ptr_reg) 
                     >> 4U)) != (1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg) 
                                       >> 4U))));
    vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__empty 
        = ((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg) 
           == (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__wr_ptr_reg));
    vlSelf->pd_top__DOT__fetch__DOT__cmd_data[0U] = 
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem
        [(0xfU & (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg))][0U];
    vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U] = 
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem
        [(0xfU & (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg))][1U];
    vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U] = 
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem
        [(0xfU & (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg))][2U];
    vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U] = 
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem
        [(0xfU & (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg))][3U];
    vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U] = 
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem
        [(0xfU & (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg))][4U];
    vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U] = 
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem
        [(0xfU & (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg))][5U];
    vlSelf->pd_top__DOT__fetch__DOT__cmd_data[6U] = 
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem
        [(0xfU & (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg))][6U];
    vlSelf->pd_top__DOT__fetch__DOT__cmd_data[7U] = 
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem
        [(0xfU & (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg))][7U];
    vlSelf->pd_top__DOT__fetch__DOT__cmd_data[8U] = 
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem
        [(0xfU & (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg))][8U];
    vlSelf->pd_top__DOT__align__DOT__shift_reg = vlSelf->pd_top__DOT__align__DOT__shift_next;
    vlSelf->pd_top__DOT__align__DOT__first_reg = vlSelf->pd_top__DOT__align__DOT__first_next;
    vlSelf->pd_top__DOT__align__DOT__first_mask_reg 
        = vlSelf->pd_top__DOT__align__DOT__first_mask_next;
    vlSelf->pd_top__DOT__align__DOT__last_mask_reg 
        = vlSelf->pd_top__DOT__align__DOT__last_mask_next;
    vlSelf->pd_top__DOT__align__DOT__prev_reg[0U] = 
        vlSelf->pd_top__DOT__align__DOT__prev_next[0U];
    vlSelf->pd_top__DOT__align__DOT__prev_reg[1U] = 
        vlSelf->pd_top__DOT__align__DOT__prev_next[1U];
    vlSelf->pd_top__DOT__align__DOT__prev_reg[2U] = 
        vlSelf->pd_top__DOT__align__DOT__prev_next[2U];
    vlSelf->pd_top__DOT__align__DOT__prev_reg[3U] = 
        vlSelf->pd_top__DOT__align__DOT__prev_next[3U];
    vlSelf->pd_top__DOT__align__DOT__prev_reg[4U] = 
        vlSelf->pd_top__DOT__align__DOT__prev_next[4U];
    vlSelf->pd_top__DOT__align__DOT__prev_reg[5U] = 
        vlSelf->pd_top__DOT__align__DOT__prev_next[5U];
    vlSelf->pd_top__DOT__align__DOT__prev_reg[6U] = 
        vlSelf->pd_top__DOT__align__DOT__prev_next[6U];
    vlSelf->pd_top__DOT__align__DOT__prev_reg[7U] = 
        vlSelf->pd_top__DOT__align__DOT__prev_next[7U];
    vlSelf->pd_top__DOT__align__DOT__prev_reg[8U] = 
        vlSelf->pd_top__DOT__align__DOT__prev_next[8U];
    vlSelf->pd_top__DOT__align__DOT__prev_reg[9U] = 
        vlSelf->pd_top__DOT__align__DOT__prev_next[9U];
    vlSelf->pd_top__DOT__align__DOT__prev_reg[0xaU] 
        = vlSelf->pd_top__DOT__align__DOT__prev_next[0xaU];
    vlSelf->pd_top__DOT__align__DOT__prev_reg[0xbU] 
        = vlSelf->pd_top__DOT__align__DOT__prev_next[0xbU];
    vlSelf->pd_top__DOT__align__DOT__prev_reg[0xcU] 
        = vlSelf->pd_top__DOT__align__DOT__prev_next[0xcU];
    vlSelf->pd_top__DOT__align__DOT__prev_reg[0xdU] 
        = vlSelf->pd_top__DOT__align__DOT__prev_next[0xdU];
    vlSelf->pd_top__DOT__align__DOT__prev_reg[0xeU] 
        = vlSelf->pd_top__DOT__align__DOT__prev_next[0xeU];
    vlSelf->pd_top__DOT__align__DOT__prev_reg[0xfU] 
        = vlSelf->pd_top__DOT__align__DOT__prev_next[0xfU];
    vlSelf->pd_top__DOT__align__DOT__out_left_reg = vlSelf->pd_top__DOT__align__DOT__out_left_next;
    vlSelf->pd_top__DOT__irqs__DOT__pend_any = ((0xfffcU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__pend_any)) 
                                                | (((0U 
                                                     != 
                                                     vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                     [1U]) 
                                                    << 1U) 
                                                   | (0U 
                                                      != 
                                                      vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                      [0U])));
    vlSelf->pd_top__DOT__irqs__DOT__pend_any = ((0xfff3U 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__pend_any)) 
                                                | (((0U 
                                                     != 
                                                     vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                     [3U]) 
                                                    << 3U) 
                                                   | ((0U 
                                                       != 
                                                       vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                       [2U]) 
                                                      << 2U)));
    vlSelf->pd_top__DOT__irqs__DOT__pend_any = ((0xffcfU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__pend_any)) 
                                                | (((0U 
                                                     != 
                                                     vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                     [5U]) 
                                                    << 5U) 
                                                   | ((0U 
                                                       != 
                                                       vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                       [4U]) 
                                                      << 4U)));
    vlSelf->pd_top__DOT__irqs__DOT__pend_any = ((0xff3fU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__pend_any)) 
                                                | (((0U 
                                                     != 
                                                     vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                     [7U]) 
                                                    << 7U) 
                                                   | ((0U 
                                                       != 
                                                       vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                       [6U]) 
                                                      << 6U)));
    vlSelf->pd_top__DOT__irqs__DOT__pend_any = ((0xfcffU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__pend_any)) 
                                                | (((0U 
                                                     != 
                                                     vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                     [9U]) 
                                                    << 9U) 
                                                   | ((0U 
                                                       != 
                                                       vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                       [8U]) 
                                                      << 8U)));
    vlSelf->pd_top__DOT__irqs__DOT__pend_any = ((0xf3ffU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__pend_any)) 
                                                | (((0U 
                                                     != 
                                                     vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                     [0xbU]) 
                                                    << 0xbU) 
                                                   | ((0U 
                                                       != 
                                                       vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                       [0xaU]) 
                                                      << 0xaU)));
    vlSelf->pd_top__DOT__irqs__DOT__pend_any = ((0xcfffU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__pend_any)) 
                                                | (((0U 
                                                     != 
                                                     vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                     [0xdU]) 
                                                    << 0xdU) 
                                                   | ((0U 
                                                       != 
                                                       vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                       [0xcU]) 
                                                      << 0xcU)));
    vlSelf->pd_top__DOT__irqs__DOT__pend_any = ((0x3fffU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__pend_any)) 
                                                | (((0U 
                                                     != 
                                                     vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                     [0xfU]) 
                                                    << 0xfU) 
                                                   | ((0U 
                                                       != 
                                                       vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                       [0xeU]) 
                                                      << 0xeU)));
    vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__full 
        = (((0xfU & (IData)(vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__wr_ptr_reg)) 
            == (0xfU & (IData)(vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__rd_ptr_reg))) 
           & ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__wr_ptr_reg) 
                     >> 4U)) != (1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__rd_ptr_reg) 
                                       >> 4U))));
    vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__empty 
        = ((IData)(vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__rd_ptr_reg) 
           == (IData)(vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__wr_ptr_reg));
    vlSelf->pd_top__DOT__fetch__DOT__meta_data = vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem
        [(0xfU & (IData)(vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__rd_ptr_reg))];
    vlSelf->pd_top__DOT__acmd_fifo__DOT__full = (((0x1fU 
                                                   & (IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__wr_ptr_reg)) 
                                                  == 
                                                  (0x1fU 
                                                   & (IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__rd_ptr_reg))) 
                                                 & ((1U 
                                                     & ((IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__wr_ptr_reg) 
                                                        >> 5U)) 
                                                    != 
                                                    (1U 
                                                     & ((IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__rd_ptr_reg) 
                                                        >> 5U))));
    pd_top__DOT____Vcellout__acmd_fifo__m_data[0U] 
        = vlSelf->pd_top__DOT__acmd_fifo__DOT__mem[
        (0x1fU & (IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__rd_ptr_reg))][0U];
    pd_top__DOT____Vcellout__acmd_fifo__m_data[1U] 
        = vlSelf->pd_top__DOT__acmd_fifo__DOT__mem[
        (0x1fU & (IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__rd_ptr_reg))][1U];
    pd_top__DOT____Vcellout__acmd_fifo__m_data[2U] 
        = vlSelf->pd_top__DOT__acmd_fifo__DOT__mem[
        (0x1fU & (IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__rd_ptr_reg))][2U];
    pd_top__DOT____Vcellout__acmd_fifo__m_data[3U] 
        = vlSelf->pd_top__DOT__acmd_fifo__DOT__mem[
        (0x1fU & (IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__rd_ptr_reg))][3U];
    pd_top__DOT____Vcellout__acmd_fifo__m_data[4U] 
        = vlSelf->pd_top__DOT__acmd_fifo__DOT__mem[
        (0x1fU & (IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__rd_ptr_reg))][4U];
    vlSelf->pd_top__DOT__acmd_fifo__DOT__empty = ((IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__rd_ptr_reg) 
                                                  == (IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__wr_ptr_reg));
    vlSelf->pd_top__DOT__align__DOT__active_reg = vlSelf->pd_top__DOT__align__DOT__active_next;
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0U] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0U];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[1U] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][1U];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[2U] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][2U];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[3U] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][3U];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[4U] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][4U];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[5U] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][5U];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[6U] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][6U];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[7U] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][7U];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[8U] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][8U];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[9U] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][9U];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0xaU] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0xaU];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0xbU] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0xbU];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0xcU] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0xcU];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0xdU] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0xdU];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0xeU] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0xeU];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0xfU] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0xfU];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0x10U] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0x10U];
    vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0x11U] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0x11U];
    vlSelf->pd_top__DOT__out_fifo__DOT__full = (((3U 
                                                  & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__wr_ptr_reg)) 
                                                 == 
                                                 (3U 
                                                  & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))) 
                                                & ((1U 
                                                    & ((IData)(vlSelf->pd_top__DOT__out_fifo__DOT__wr_ptr_reg) 
                                                       >> 2U)) 
                                                   != 
                                                   (1U 
                                                    & ((IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg) 
                                                       >> 2U))));
    vlSelf->pd_top__DOT__out_fifo__DOT__empty = ((IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg) 
                                                 == (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__wr_ptr_reg));
    vlSelf->pd_top__DOT__wr__DOT__cbeat_reg = vlSelf->pd_top__DOT__wr__DOT__cbeat_next;
    vlSelf->pd_top__DOT__wr__DOT__state_reg = vlSelf->pd_top__DOT__wr__DOT__state_next;
    vlSelf->pd_top__DOT__wcmd_fifo__DOT__full = (((0x1fU 
                                                   & (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__wr_ptr_reg)) 
                                                  == 
                                                  (0x1fU 
                                                   & (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__rd_ptr_reg))) 
                                                 & ((1U 
                                                     & ((IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__wr_ptr_reg) 
                                                        >> 5U)) 
                                                    != 
                                                    (1U 
                                                     & ((IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__rd_ptr_reg) 
                                                        >> 5U))));
    vlSelf->pd_top__DOT__wcmd_fifo__DOT__empty = ((IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__rd_ptr_reg) 
                                                  == (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__wr_ptr_reg));
    vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg 
        = vlSelf->pd_top__DOT__regs__DOT__wr_reset;
    vlSelf->pd_top__DOT__q_cq_tail[0U] = ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                           [1U] << 0x10U) 
                                          | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                          [0U]);
    vlSelf->pd_top__DOT__q_cq_tail[1U] = (((0xffffU 
                                            & vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                            [2U]) | 
                                           (vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                            [1U] >> 0x10U)) 
                                          | (vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                             [3U] << 0x10U));
    vlSelf->pd_top__DOT__q_cq_tail[2U] = (((0xffffU 
                                            & vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                            [4U]) | 
                                           (vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                            [3U] >> 0x10U)) 
                                          | (vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                             [5U] << 0x10U));
    vlSelf->pd_top__DOT__q_cq_tail[3U] = (((0xffffU 
                                            & vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                            [6U]) | 
                                           (vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                            [5U] >> 0x10U)) 
                                          | (vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                             [7U] << 0x10U));
    vlSelf->pd_top__DOT__q_cq_tail[4U] = (((0xffffU 
                                            & vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                            [8U]) | 
                                           (vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                            [7U] >> 0x10U)) 
                                          | (vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                             [9U] << 0x10U));
    vlSelf->pd_top__DOT__q_cq_tail[5U] = (((0xffffU 
                                            & vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                            [0xaU]) 
                                           | (vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                              [9U] 
                                              >> 0x10U)) 
                                          | ((IData)(
                                                     (((QData)((IData)(
                                                                       ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                         [0xeU] 
                                                                         << 0x10U) 
                                                                        | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                        [0xdU]))) 
                                                       << 0x20U) 
                                                      | (QData)((IData)(
                                                                        ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                          [0xcU] 
                                                                          << 0x10U) 
                                                                         | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                         [0xbU]))))) 
                                             << 0x10U));
    vlSelf->pd_top__DOT__q_cq_tail[6U] = (((IData)(
                                                   (((QData)((IData)(
                                                                     ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                       [0xeU] 
                                                                       << 0x10U) 
                                                                      | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                      [0xdU]))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                        [0xcU] 
                                                                        << 0x10U) 
                                                                       | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                       [0xbU]))))) 
                                           >> 0x10U) 
                                          | ((IData)(
                                                     ((((QData)((IData)(
                                                                        ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                          [0xeU] 
                                                                          << 0x10U) 
                                                                         | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                         [0xdU]))) 
                                                        << 0x20U) 
                                                       | (QData)((IData)(
                                                                         ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                           [0xcU] 
                                                                           << 0x10U) 
                                                                          | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                          [0xbU])))) 
                                                      >> 0x20U)) 
                                             << 0x10U));
    vlSelf->pd_top__DOT__q_cq_tail[7U] = ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                           [0xfU] << 0x10U) 
                                          | ((IData)(
                                                     ((((QData)((IData)(
                                                                        ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                          [0xeU] 
                                                                          << 0x10U) 
                                                                         | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                         [0xdU]))) 
                                                        << 0x20U) 
                                                       | (QData)((IData)(
                                                                         ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                           [0xcU] 
                                                                           << 0x10U) 
                                                                          | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                          [0xbU])))) 
                                                      >> 0x20U)) 
                                             >> 0x10U));
    vlSelf->pd_top__DOT__cmpl_valid = vlSelf->pd_top__DOT__wr__DOT__cmpl_next;
    vlSelf->pd_top__DOT__stop_queue = (0xfU & (vlSelf->pd_top__DOT__wcmd[5U] 
                                               >> 0x1bU));
    if (vlSelf->rst) {
        vlSelf->s_reg_rd_valid = 0U;
        vlSelf->pd_top__DOT__wr__DOT__seq_reg = 0U;
        vlSelf->m_wr_req_tag = vlSelf->pd_top__DOT__wr__DOT__seq_reg;
        vlSelf->pd_top__DOT__irq_evt_valid = 0U;
        vlSelf->pd_top__DOT__rd_mux__DOT__discard_reg = 0U;
    } else {
        vlSelf->m_wr_req_tag = vlSelf->pd_top__DOT__wr__DOT__seq_reg;
    }
    vlSelf->pd_top__DOT__rd_mux__DOT____VdfgTmp_hb5d6d36c__0 
        = ((0U == vlSelf->pd_top__DOT__rd_mux__DOT__discard_reg) 
           & (IData)(vlSelf->s_rd_rsp_valid));
    vlSelf->pd_top__DOT__wr__DOT__blen = (0x1fffU & 
                                          ((vlSelf->pd_top__DOT__wr__DOT__rem_reg 
                                            < (0x1fffU 
                                               & ((IData)(0x1000U) 
                                                  - 
                                                  (0xfffU 
                                                   & (IData)(vlSelf->pd_top__DOT__wr__DOT__addr_reg)))))
                                            ? vlSelf->pd_top__DOT__wr__DOT__rem_reg
                                            : ((IData)(0x1000U) 
                                               - (0xfffU 
                                                  & (IData)(vlSelf->pd_top__DOT__wr__DOT__addr_reg)))));
    vlSelf->pd_top__DOT__copy_rd__DOT__chunk = (0x1fffU 
                                                & ((vlSelf->pd_top__DOT__copy_rd__DOT__rem_reg 
                                                    < 
                                                    (0x1fffU 
                                                     & ((IData)(0x1000U) 
                                                        - 
                                                        (0xfffU 
                                                         & (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__addr_reg)))))
                                                    ? vlSelf->pd_top__DOT__copy_rd__DOT__rem_reg
                                                    : 
                                                   ((IData)(0x1000U) 
                                                    - 
                                                    (0xfffU 
                                                     & (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__addr_reg)))));
    if (vlSelf->pd_top__DOT__prst) {
        vlSelf->irq = 0U;
        vlSelf->pd_top__DOT__copy_rd__DOT__seq_reg = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__first_reg = 0U;
        vlSelf->pd_top__DOT__copy_rd__DOT__reserved_reg = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__slots_reg = 0U;
        vlSelf->pd_top__DOT__c_req_valid = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__second_reg = 0U;
        vlSelf->pd_top__DOT__align__DOT__prime_reg = 0U;
        vlSelf->pd_top__DOT__f_req_valid = 0U;
    }
    if (vlSelf->pd_top__DOT__f_req_valid) {
        vlSelf->m_rd_req_tag = vlSelf->pd_top__DOT__f_req_tag;
        vlSelf->m_rd_req_addr = vlSelf->pd_top__DOT__f_req_addr;
        vlSelf->m_rd_req_len = vlSelf->pd_top__DOT__f_req_len;
    } else {
        vlSelf->m_rd_req_tag = vlSelf->pd_top__DOT__c_req_tag;
        vlSelf->m_rd_req_addr = vlSelf->pd_top__DOT__c_req_addr;
        vlSelf->m_rd_req_len = vlSelf->pd_top__DOT__c_req_len;
    }
    vlSelf->m_rd_req_valid = ((IData)(vlSelf->pd_top__DOT__c_req_valid) 
                              | (IData)(vlSelf->pd_top__DOT__f_req_valid));
    vlSelf->pd_top__DOT__fetch__DOT__can_issue = ((
                                                   (~ (IData)(vlSelf->pd_top__DOT__f_req_valid)) 
                                                   | (IData)(vlSelf->m_rd_req_ready)) 
                                                  & ((~ (IData)(vlSelf->pd_top__DOT__fetch__DOT__second_reg)) 
                                                     & (0x10U 
                                                        > (IData)(vlSelf->pd_top__DOT__fetch__DOT__slots_reg))));
    pd_top__DOT__c_req_ready = ((~ (IData)(vlSelf->pd_top__DOT__f_req_valid)) 
                                & (IData)(vlSelf->m_rd_req_ready));
    vlSelf->pd_top__DOT__q_cq_base[0U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                 [0U]);
    vlSelf->pd_top__DOT__q_cq_base[1U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                  [0U] 
                                                  >> 0x20U));
    vlSelf->pd_top__DOT__q_cq_base[2U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                 [1U]);
    vlSelf->pd_top__DOT__q_cq_base[3U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                  [1U] 
                                                  >> 0x20U));
    vlSelf->pd_top__DOT__q_cq_base[4U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                 [2U]);
    vlSelf->pd_top__DOT__q_cq_base[5U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                  [2U] 
                                                  >> 0x20U));
    vlSelf->pd_top__DOT__q_cq_base[6U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                 [3U]);
    vlSelf->pd_top__DOT__q_cq_base[7U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                  [3U] 
                                                  >> 0x20U));
    vlSelf->pd_top__DOT__q_cq_base[8U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                 [4U]);
    vlSelf->pd_top__DOT__q_cq_base[9U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                  [4U] 
                                                  >> 0x20U));
    vlSelf->pd_top__DOT__q_cq_base[0xaU] = (IData)(
                                                   vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                   [5U]);
    vlSelf->pd_top__DOT__q_cq_base[0xbU] = (IData)(
                                                   (vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                    [5U] 
                                                    >> 0x20U));
    vlSelf->pd_top__DOT__q_cq_base[0xcU] = (IData)(
                                                   vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                   [6U]);
    vlSelf->pd_top__DOT__q_cq_base[0xdU] = (IData)(
                                                   (vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                    [6U] 
                                                    >> 0x20U));
    vlSelf->pd_top__DOT__q_cq_base[0xeU] = (IData)(
                                                   vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                   [7U]);
    vlSelf->pd_top__DOT__q_cq_base[0xfU] = (IData)(
                                                   (vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                    [7U] 
                                                    >> 0x20U));
    vlSelf->pd_top__DOT__q_cq_base[0x10U] = (IData)(
                                                    vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                    [8U]);
    vlSelf->pd_top__DOT__q_cq_base[0x11U] = (IData)(
                                                    (vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                     [8U] 
                                                     >> 0x20U));
    vlSelf->pd_top__DOT__q_cq_base[0x12U] = (IData)(
                                                    vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                    [9U]);
    vlSelf->pd_top__DOT__q_cq_base[0x13U] = (IData)(
                                                    (vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                     [9U] 
                                                     >> 0x20U));
    vlSelf->pd_top__DOT__q_cq_base[0x14U] = (IData)(
                                                    vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                    [0xaU]);
    vlSelf->pd_top__DOT__q_cq_base[0x15U] = (IData)(
                                                    (vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                     [0xaU] 
                                                     >> 0x20U));
    vlSelf->pd_top__DOT__q_cq_base[0x16U] = (IData)(
                                                    vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                    [0xbU]);
    vlSelf->pd_top__DOT__q_cq_base[0x17U] = (IData)(
                                                    (vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                     [0xbU] 
                                                     >> 0x20U));
    vlSelf->pd_top__DOT__q_cq_base[0x18U] = (IData)(
                                                    vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                    [0xcU]);
    vlSelf->pd_top__DOT__q_cq_base[0x19U] = (IData)(
                                                    (vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                     [0xcU] 
                                                     >> 0x20U));
    vlSelf->pd_top__DOT__q_cq_base[0x1aU] = (IData)(
                                                    vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                    [0xdU]);
    vlSelf->pd_top__DOT__q_cq_base[0x1bU] = (IData)(
                                                    (vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                     [0xdU] 
                                                     >> 0x20U));
    vlSelf->pd_top__DOT__q_cq_base[0x1cU] = (IData)(
                                                    vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                    [0xeU]);
    vlSelf->pd_top__DOT__q_cq_base[0x1dU] = (IData)(
                                                    (vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                     [0xeU] 
                                                     >> 0x20U));
    vlSelf->pd_top__DOT__q_cq_base[0x1eU] = (IData)(
                                                    vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                    [0xfU]);
    vlSelf->pd_top__DOT__q_cq_base[0x1fU] = (IData)(
                                                    (vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                                     [0xfU] 
                                                     >> 0x20U));
    __Vtemp_hf73c69c9__0[0U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                       [0x20U]);
    __Vtemp_hf73c69c9__0[1U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                        [0x20U] >> 0x20U));
    __Vtemp_hf73c69c9__0[2U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                       [0x21U]);
    __Vtemp_hf73c69c9__0[3U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                        [0x21U] >> 0x20U));
    __Vtemp_hf73c69c9__0[4U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                       [0x22U]);
    __Vtemp_hf73c69c9__0[5U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                        [0x22U] >> 0x20U));
    __Vtemp_hf73c69c9__0[6U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                       [0x23U]);
    __Vtemp_hf73c69c9__0[7U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                        [0x23U] >> 0x20U));
    __Vtemp_hf73c69c9__0[8U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                       [0x24U]);
    __Vtemp_hf73c69c9__0[9U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                        [0x24U] >> 0x20U));
    __Vtemp_hf73c69c9__0[0xaU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                         [0x25U]);
    __Vtemp_hf73c69c9__0[0xbU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x25U] >> 0x20U));
    __Vtemp_hf73c69c9__0[0xcU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                         [0x26U]);
    __Vtemp_hf73c69c9__0[0xdU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x26U] >> 0x20U));
    __Vtemp_hf73c69c9__0[0xeU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                         [0x27U]);
    __Vtemp_hf73c69c9__0[0xfU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x27U] >> 0x20U));
    __Vtemp_hf73c69c9__0[0x10U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x28U]);
    __Vtemp_hf73c69c9__0[0x11U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x28U] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x12U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x29U]);
    __Vtemp_hf73c69c9__0[0x13U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x29U] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x14U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x2aU]);
    __Vtemp_hf73c69c9__0[0x15U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x2aU] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x16U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x2bU]);
    __Vtemp_hf73c69c9__0[0x17U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x2bU] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x18U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x2cU]);
    __Vtemp_hf73c69c9__0[0x19U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x2cU] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x1aU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x2dU]);
    __Vtemp_hf73c69c9__0[0x1bU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x2dU] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x1cU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x2eU]);
    __Vtemp_hf73c69c9__0[0x1dU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x2eU] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x1eU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x2fU]);
    __Vtemp_hf73c69c9__0[0x1fU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x2fU] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x20U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x30U]);
    __Vtemp_hf73c69c9__0[0x21U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x30U] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x22U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x31U]);
    __Vtemp_hf73c69c9__0[0x23U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x31U] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x24U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x32U]);
    __Vtemp_hf73c69c9__0[0x25U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x32U] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x26U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x33U]);
    __Vtemp_hf73c69c9__0[0x27U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x33U] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x28U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x34U]);
    __Vtemp_hf73c69c9__0[0x29U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x34U] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x2aU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x35U]);
    __Vtemp_hf73c69c9__0[0x2bU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x35U] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x2cU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x36U]);
    __Vtemp_hf73c69c9__0[0x2dU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x36U] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x2eU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x37U]);
    __Vtemp_hf73c69c9__0[0x2fU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x37U] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x30U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x38U]);
    __Vtemp_hf73c69c9__0[0x31U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x38U] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x32U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x39U]);
    __Vtemp_hf73c69c9__0[0x33U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x39U] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x34U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x3aU]);
    __Vtemp_hf73c69c9__0[0x35U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x3aU] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x36U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x3bU]);
    __Vtemp_hf73c69c9__0[0x37U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x3bU] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x38U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x3cU]);
    __Vtemp_hf73c69c9__0[0x39U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x3cU] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x3aU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x3dU]);
    __Vtemp_hf73c69c9__0[0x3bU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x3dU] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x3cU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x3eU]);
    __Vtemp_hf73c69c9__0[0x3dU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x3eU] 
                                           >> 0x20U));
    __Vtemp_hf73c69c9__0[0x3eU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [0x3fU]);
    __Vtemp_hf73c69c9__0[0x3fU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [0x3fU] 
                                           >> 0x20U));
    VL_CONCAT_WWQ(2112,2048,64, __Vtemp_hdb600673__0, __Vtemp_hf73c69c9__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0x1fU]);
    VL_CONCAT_WWQ(2176,2112,64, __Vtemp_h486b414f__0, __Vtemp_hdb600673__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0x1eU]);
    VL_CONCAT_WWQ(2240,2176,64, __Vtemp_hfeead737__0, __Vtemp_h486b414f__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0x1dU]);
    VL_CONCAT_WWQ(2304,2240,64, __Vtemp_ha490cc40__0, __Vtemp_hfeead737__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0x1cU]);
    VL_CONCAT_WWQ(2368,2304,64, __Vtemp_hec996e37__0, __Vtemp_ha490cc40__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0x1bU]);
    VL_CONCAT_WWQ(2432,2368,64, __Vtemp_he25f3e00__0, __Vtemp_hec996e37__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0x1aU]);
    VL_CONCAT_WWQ(2496,2432,64, __Vtemp_h8fc4892e__0, __Vtemp_he25f3e00__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0x19U]);
    VL_CONCAT_WWQ(2560,2496,64, __Vtemp_h73be663b__0, __Vtemp_h8fc4892e__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0x18U]);
    VL_CONCAT_WWQ(2624,2560,64, __Vtemp_h4d74464a__0, __Vtemp_h73be663b__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0x17U]);
    VL_CONCAT_WWQ(2688,2624,64, __Vtemp_hb8cf42c0__0, __Vtemp_h4d74464a__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0x16U]);
    VL_CONCAT_WWQ(2752,2688,64, __Vtemp_h7985ff64__0, __Vtemp_hb8cf42c0__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0x15U]);
    VL_CONCAT_WWQ(2816,2752,64, __Vtemp_h50d1293d__0, __Vtemp_h7985ff64__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0x14U]);
    VL_CONCAT_WWQ(2880,2816,64, __Vtemp_h9b799b5c__0, __Vtemp_h50d1293d__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0x13U]);
    VL_CONCAT_WWQ(2944,2880,64, __Vtemp_h692628e7__0, __Vtemp_h9b799b5c__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0x12U]);
    VL_CONCAT_WWQ(3008,2944,64, __Vtemp_hd4a73594__0, __Vtemp_h692628e7__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0x11U]);
    VL_CONCAT_WWQ(3072,3008,64, __Vtemp_h380060b2__0, __Vtemp_hd4a73594__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0x10U]);
    VL_CONCAT_WWQ(3136,3072,64, __Vtemp_hb18b61f4__0, __Vtemp_h380060b2__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0xfU]);
    VL_CONCAT_WWQ(3200,3136,64, __Vtemp_h4a417b9a__0, __Vtemp_hb18b61f4__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0xeU]);
    VL_CONCAT_WWQ(3264,3200,64, __Vtemp_hd1141495__0, __Vtemp_h4a417b9a__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0xdU]);
    VL_CONCAT_WWQ(3328,3264,64, __Vtemp_hfb0ad518__0, __Vtemp_hd1141495__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0xcU]);
    VL_CONCAT_WWQ(3392,3328,64, __Vtemp_h2f7be2b5__0, __Vtemp_hfb0ad518__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0xbU]);
    VL_CONCAT_WWQ(3456,3392,64, __Vtemp_h22d04658__0, __Vtemp_h2f7be2b5__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0xaU]);
    VL_CONCAT_WWQ(3520,3456,64, __Vtemp_hc3d508ef__0, __Vtemp_h22d04658__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [9U]);
    VL_CONCAT_WWQ(3584,3520,64, __Vtemp_h6f2158e2__0, __Vtemp_hc3d508ef__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [8U]);
    VL_CONCAT_WWQ(3648,3584,64, __Vtemp_h15205a98__0, __Vtemp_h6f2158e2__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [7U]);
    VL_CONCAT_WWQ(3712,3648,64, __Vtemp_h45f6fe08__0, __Vtemp_h15205a98__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [6U]);
    VL_CONCAT_WWQ(3776,3712,64, __Vtemp_h7d720960__0, __Vtemp_h45f6fe08__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [5U]);
    VL_CONCAT_WWQ(3840,3776,64, __Vtemp_he12bc23a__0, __Vtemp_h7d720960__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [4U]);
    VL_CONCAT_WWQ(3904,3840,64, __Vtemp_hd876a735__0, __Vtemp_he12bc23a__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [3U]);
    VL_CONCAT_WWQ(3968,3904,64, __Vtemp_h24f5d346__0, __Vtemp_hd876a735__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [2U]);
    VL_CONCAT_WWQ(4032,3968,64, __Vtemp_h1d7fd878__0, __Vtemp_h24f5d346__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [1U]);
    VL_CONCAT_WWQ(4096,4032,64, __Vtemp_h955f4317__0, __Vtemp_h1d7fd878__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                  [0U]);
    VL_ASSIGN_W(4096,vlSelf->pd_top__DOT__win_base, __Vtemp_h955f4317__0);
    __Vtemp_h9090d3bd__0[0U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                       [0x20U]);
    __Vtemp_h9090d3bd__0[1U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                        [0x20U] >> 0x20U));
    __Vtemp_h9090d3bd__0[2U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                       [0x21U]);
    __Vtemp_h9090d3bd__0[3U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                        [0x21U] >> 0x20U));
    __Vtemp_h9090d3bd__0[4U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                       [0x22U]);
    __Vtemp_h9090d3bd__0[5U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                        [0x22U] >> 0x20U));
    __Vtemp_h9090d3bd__0[6U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                       [0x23U]);
    __Vtemp_h9090d3bd__0[7U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                        [0x23U] >> 0x20U));
    __Vtemp_h9090d3bd__0[8U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                       [0x24U]);
    __Vtemp_h9090d3bd__0[9U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                        [0x24U] >> 0x20U));
    __Vtemp_h9090d3bd__0[0xaU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                         [0x25U]);
    __Vtemp_h9090d3bd__0[0xbU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x25U] >> 0x20U));
    __Vtemp_h9090d3bd__0[0xcU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                         [0x26U]);
    __Vtemp_h9090d3bd__0[0xdU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x26U] >> 0x20U));
    __Vtemp_h9090d3bd__0[0xeU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                         [0x27U]);
    __Vtemp_h9090d3bd__0[0xfU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x27U] >> 0x20U));
    __Vtemp_h9090d3bd__0[0x10U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x28U]);
    __Vtemp_h9090d3bd__0[0x11U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x28U] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x12U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x29U]);
    __Vtemp_h9090d3bd__0[0x13U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x29U] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x14U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x2aU]);
    __Vtemp_h9090d3bd__0[0x15U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x2aU] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x16U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x2bU]);
    __Vtemp_h9090d3bd__0[0x17U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x2bU] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x18U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x2cU]);
    __Vtemp_h9090d3bd__0[0x19U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x2cU] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x1aU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x2dU]);
    __Vtemp_h9090d3bd__0[0x1bU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x2dU] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x1cU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x2eU]);
    __Vtemp_h9090d3bd__0[0x1dU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x2eU] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x1eU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x2fU]);
    __Vtemp_h9090d3bd__0[0x1fU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x2fU] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x20U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x30U]);
    __Vtemp_h9090d3bd__0[0x21U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x30U] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x22U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x31U]);
    __Vtemp_h9090d3bd__0[0x23U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x31U] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x24U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x32U]);
    __Vtemp_h9090d3bd__0[0x25U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x32U] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x26U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x33U]);
    __Vtemp_h9090d3bd__0[0x27U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x33U] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x28U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x34U]);
    __Vtemp_h9090d3bd__0[0x29U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x34U] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x2aU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x35U]);
    __Vtemp_h9090d3bd__0[0x2bU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x35U] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x2cU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x36U]);
    __Vtemp_h9090d3bd__0[0x2dU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x36U] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x2eU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x37U]);
    __Vtemp_h9090d3bd__0[0x2fU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x37U] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x30U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x38U]);
    __Vtemp_h9090d3bd__0[0x31U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x38U] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x32U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x39U]);
    __Vtemp_h9090d3bd__0[0x33U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x39U] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x34U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x3aU]);
    __Vtemp_h9090d3bd__0[0x35U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x3aU] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x36U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x3bU]);
    __Vtemp_h9090d3bd__0[0x37U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x3bU] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x38U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x3cU]);
    __Vtemp_h9090d3bd__0[0x39U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x3cU] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x3aU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x3dU]);
    __Vtemp_h9090d3bd__0[0x3bU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x3dU] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x3cU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x3eU]);
    __Vtemp_h9090d3bd__0[0x3dU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x3eU] 
                                           >> 0x20U));
    __Vtemp_h9090d3bd__0[0x3eU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [0x3fU]);
    __Vtemp_h9090d3bd__0[0x3fU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [0x3fU] 
                                           >> 0x20U));
    VL_CONCAT_WWQ(2112,2048,64, __Vtemp_h9d77536b__0, __Vtemp_h9090d3bd__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0x1fU]);
    VL_CONCAT_WWQ(2176,2112,64, __Vtemp_hd55b1c6c__0, __Vtemp_h9d77536b__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0x1eU]);
    VL_CONCAT_WWQ(2240,2176,64, __Vtemp_ha508e30e__0, __Vtemp_hd55b1c6c__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0x1dU]);
    VL_CONCAT_WWQ(2304,2240,64, __Vtemp_h5dfa172c__0, __Vtemp_ha508e30e__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0x1cU]);
    VL_CONCAT_WWQ(2368,2304,64, __Vtemp_h7ea1957a__0, __Vtemp_h5dfa172c__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0x1bU]);
    VL_CONCAT_WWQ(2432,2368,64, __Vtemp_hc93d8fca__0, __Vtemp_h7ea1957a__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0x1aU]);
    VL_CONCAT_WWQ(2496,2432,64, __Vtemp_h7ad06cc2__0, __Vtemp_hc93d8fca__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0x19U]);
    VL_CONCAT_WWQ(2560,2496,64, __Vtemp_h1e372671__0, __Vtemp_h7ad06cc2__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0x18U]);
    VL_CONCAT_WWQ(2624,2560,64, __Vtemp_h6b264145__0, __Vtemp_h1e372671__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0x17U]);
    VL_CONCAT_WWQ(2688,2624,64, __Vtemp_h6ca811f2__0, __Vtemp_h6b264145__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0x16U]);
    VL_CONCAT_WWQ(2752,2688,64, __Vtemp_hb54636c3__0, __Vtemp_h6ca811f2__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0x15U]);
    VL_CONCAT_WWQ(2816,2752,64, __Vtemp_h681b1382__0, __Vtemp_hb54636c3__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0x14U]);
    VL_CONCAT_WWQ(2880,2816,64, __Vtemp_h951f88b2__0, __Vtemp_h681b1382__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0x13U]);
    VL_CONCAT_WWQ(2944,2880,64, __Vtemp_hd5c3abd5__0, __Vtemp_h951f88b2__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0x12U]);
    VL_CONCAT_WWQ(3008,2944,64, __Vtemp_h639d6a7f__0, __Vtemp_hd5c3abd5__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0x11U]);
    VL_CONCAT_WWQ(3072,3008,64, __Vtemp_h621b24be__0, __Vtemp_h639d6a7f__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0x10U]);
    VL_CONCAT_WWQ(3136,3072,64, __Vtemp_h0be04078__0, __Vtemp_h621b24be__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0xfU]);
    VL_CONCAT_WWQ(3200,3136,64, __Vtemp_hf43b9059__0, __Vtemp_h0be04078__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0xeU]);
    VL_CONCAT_WWQ(3264,3200,64, __Vtemp_h9a22889a__0, __Vtemp_hf43b9059__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0xdU]);
    VL_CONCAT_WWQ(3328,3264,64, __Vtemp_hae2aaa2a__0, __Vtemp_h9a22889a__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0xcU]);
    VL_CONCAT_WWQ(3392,3328,64, __Vtemp_h52d56a8e__0, __Vtemp_hae2aaa2a__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0xbU]);
    VL_CONCAT_WWQ(3456,3392,64, __Vtemp_h12100fa7__0, __Vtemp_h52d56a8e__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0xaU]);
    VL_CONCAT_WWQ(3520,3456,64, __Vtemp_h361cba5d__0, __Vtemp_h12100fa7__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [9U]);
    VL_CONCAT_WWQ(3584,3520,64, __Vtemp_ha5f0d2f9__0, __Vtemp_h361cba5d__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [8U]);
    VL_CONCAT_WWQ(3648,3584,64, __Vtemp_h9dc3a955__0, __Vtemp_ha5f0d2f9__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [7U]);
    VL_CONCAT_WWQ(3712,3648,64, __Vtemp_h569cb8e3__0, __Vtemp_h9dc3a955__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [6U]);
    VL_CONCAT_WWQ(3776,3712,64, __Vtemp_h3c952184__0, __Vtemp_h569cb8e3__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [5U]);
    VL_CONCAT_WWQ(3840,3776,64, __Vtemp_h2141ba57__0, __Vtemp_h3c952184__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [4U]);
    VL_CONCAT_WWQ(3904,3840,64, __Vtemp_h8adf36dd__0, __Vtemp_h2141ba57__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [3U]);
    VL_CONCAT_WWQ(3968,3904,64, __Vtemp_h3c1ea980__0, __Vtemp_h8adf36dd__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [2U]);
    VL_CONCAT_WWQ(4032,3968,64, __Vtemp_ha1d3a2ab__0, __Vtemp_h3c1ea980__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [1U]);
    VL_CONCAT_WWQ(4096,4032,64, __Vtemp_h7129f904__0, __Vtemp_ha1d3a2ab__0, 
                  vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                  [0U]);
    VL_ASSIGN_W(4096,vlSelf->pd_top__DOT__win_size, __Vtemp_h7129f904__0);
    vlSelf->pd_top__DOT__win_enable = (((QData)((IData)(
                                                        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                        [0x3fU])) 
                                        << 0x3fU) | 
                                       (((QData)((IData)(
                                                         vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                         [0x3eU])) 
                                         << 0x3eU) 
                                        | (((QData)((IData)(
                                                            vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                            [0x3dU])) 
                                            << 0x3dU) 
                                           | (((QData)((IData)(
                                                               vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                               [0x3cU])) 
                                               << 0x3cU) 
                                              | (((QData)((IData)(
                                                                  vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                  [0x3bU])) 
                                                  << 0x3bU) 
                                                 | (((QData)((IData)(
                                                                     vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                     [0x3aU])) 
                                                     << 0x3aU) 
                                                    | (((QData)((IData)(
                                                                        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                        [0x39U])) 
                                                        << 0x39U) 
                                                       | (((QData)((IData)(
                                                                           vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                           [0x38U])) 
                                                           << 0x38U) 
                                                          | (((QData)((IData)(
                                                                              vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                              [0x37U])) 
                                                              << 0x37U) 
                                                             | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x36U])) 
                                                                 << 0x36U) 
                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x35U])) 
                                                                    << 0x35U) 
                                                                   | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x34U])) 
                                                                       << 0x34U) 
                                                                      | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x33U])) 
                                                                          << 0x33U) 
                                                                         | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x32U])) 
                                                                             << 0x32U) 
                                                                            | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x31U])) 
                                                                                << 0x31U) 
                                                                               | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x30U])) 
                                                                                << 0x30U) 
                                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x2fU])) 
                                                                                << 0x2fU) 
                                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x2eU])) 
                                                                                << 0x2eU) 
                                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x2dU])) 
                                                                                << 0x2dU) 
                                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x2cU])) 
                                                                                << 0x2cU) 
                                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x2bU])) 
                                                                                << 0x2bU) 
                                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x2aU])) 
                                                                                << 0x2aU) 
                                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x29U])) 
                                                                                << 0x29U) 
                                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x28U])) 
                                                                                << 0x28U) 
                                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x27U])) 
                                                                                << 0x27U) 
                                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x26U])) 
                                                                                << 0x26U) 
                                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x25U])) 
                                                                                << 0x25U) 
                                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x24U])) 
                                                                                << 0x24U) 
                                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x23U])) 
                                                                                << 0x23U) 
                                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x22U])) 
                                                                                << 0x22U) 
                                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x21U])) 
                                                                                << 0x21U) 
                                                                                | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x20U])) 
                                                                                << 0x20U) 
                                                                                | (QData)((IData)(
                                                                                ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x1fU] 
                                                                                << 0x1fU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x1eU] 
                                                                                << 0x1eU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x1dU] 
                                                                                << 0x1dU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x1cU] 
                                                                                << 0x1cU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x1bU] 
                                                                                << 0x1bU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x1aU] 
                                                                                << 0x1aU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x19U] 
                                                                                << 0x19U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x18U] 
                                                                                << 0x18U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x17U] 
                                                                                << 0x17U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x16U] 
                                                                                << 0x16U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x15U] 
                                                                                << 0x15U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x14U] 
                                                                                << 0x14U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x13U] 
                                                                                << 0x13U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x12U] 
                                                                                << 0x12U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x11U] 
                                                                                << 0x11U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0x10U] 
                                                                                << 0x10U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0xfU] 
                                                                                << 0xfU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0xeU] 
                                                                                << 0xeU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0xdU] 
                                                                                << 0xdU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0xcU] 
                                                                                << 0xcU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0xbU] 
                                                                                << 0xbU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0xaU] 
                                                                                << 0xaU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [9U] 
                                                                                << 9U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [8U] 
                                                                                << 8U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [7U] 
                                                                                << 7U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [6U] 
                                                                                << 6U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [5U] 
                                                                                << 5U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [4U] 
                                                                                << 4U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [3U] 
                                                                                << 3U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [2U] 
                                                                                << 2U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [1U] 
                                                                                << 1U) 
                                                                                | vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                                                                [0U])))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))));
    if (vlSelf->pd_top__DOT__fatal_set) {
        vlSelf->pd_top__DOT__regs__DOT__fatal_reg = 1U;
    }
    if (vlSelf->pd_top__DOT__regs__DOT__wr_reset) {
        vlSelf->pd_top__DOT__regs__DOT__fatal_reg = 0U;
    }
    if (vlSelf->rst) {
        vlSelf->pd_top__DOT__rd_mux__DOT__owed_reg = 0U;
        vlSelf->pd_top__DOT__wr__DOT__state_reg = 0U;
        vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg = 0U;
        vlSelf->pd_top__DOT__cmpl_valid = 0U;
        vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg = 0U;
        vlSelf->pd_top__DOT__regs__DOT__fatal_reg = 0U;
        vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg = 0U;
    }
    pd_top__DOT__q_sq_tail[0U] = ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                   [1U] << 0x10U) | 
                                  vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                  [0U]);
    pd_top__DOT__q_sq_tail[1U] = (((0xffffU & vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                    [2U]) | (vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                             [1U] >> 0x10U)) 
                                  | (vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                     [3U] << 0x10U));
    pd_top__DOT__q_sq_tail[2U] = (((0xffffU & vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                    [4U]) | (vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                             [3U] >> 0x10U)) 
                                  | (vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                     [5U] << 0x10U));
    pd_top__DOT__q_sq_tail[3U] = (((0xffffU & vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                    [6U]) | (vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                             [5U] >> 0x10U)) 
                                  | (vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                     [7U] << 0x10U));
    pd_top__DOT__q_sq_tail[4U] = (((0xffffU & vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                    [8U]) | (vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                             [7U] >> 0x10U)) 
                                  | (vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                     [9U] << 0x10U));
    pd_top__DOT__q_sq_tail[5U] = (((0xffffU & vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                    [0xaU]) | (vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                               [9U] 
                                               >> 0x10U)) 
                                  | ((IData)((((QData)((IData)(
                                                               ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                 [0xeU] 
                                                                 << 0x10U) 
                                                                | vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                [0xdU]))) 
                                               << 0x20U) 
                                              | (QData)((IData)(
                                                                ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                  [0xcU] 
                                                                  << 0x10U) 
                                                                 | vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                 [0xbU]))))) 
                                     << 0x10U));
    pd_top__DOT__q_sq_tail[6U] = (((IData)((((QData)((IData)(
                                                             ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                               [0xeU] 
                                                               << 0x10U) 
                                                              | vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                              [0xdU]))) 
                                             << 0x20U) 
                                            | (QData)((IData)(
                                                              ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                [0xcU] 
                                                                << 0x10U) 
                                                               | vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                               [0xbU]))))) 
                                   >> 0x10U) | ((IData)(
                                                        ((((QData)((IData)(
                                                                           ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                             [0xeU] 
                                                                             << 0x10U) 
                                                                            | vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                            [0xdU]))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                              [0xcU] 
                                                                              << 0x10U) 
                                                                             | vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                             [0xbU])))) 
                                                         >> 0x20U)) 
                                                << 0x10U));
    pd_top__DOT__q_sq_tail[7U] = ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                   [0xfU] << 0x10U) 
                                  | ((IData)(((((QData)((IData)(
                                                                ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                  [0xeU] 
                                                                  << 0x10U) 
                                                                 | vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                 [0xdU]))) 
                                                << 0x20U) 
                                               | (QData)((IData)(
                                                                 ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                   [0xcU] 
                                                                   << 0x10U) 
                                                                  | vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                  [0xbU])))) 
                                              >> 0x20U)) 
                                     >> 0x10U));
    pd_top__DOT__q_cq_head[0U] = ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                   [1U] << 0x10U) | 
                                  vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                  [0U]);
    pd_top__DOT__q_cq_head[1U] = (((0xffffU & vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                    [2U]) | (vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                             [1U] >> 0x10U)) 
                                  | (vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                     [3U] << 0x10U));
    pd_top__DOT__q_cq_head[2U] = (((0xffffU & vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                    [4U]) | (vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                             [3U] >> 0x10U)) 
                                  | (vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                     [5U] << 0x10U));
    pd_top__DOT__q_cq_head[3U] = (((0xffffU & vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                    [6U]) | (vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                             [5U] >> 0x10U)) 
                                  | (vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                     [7U] << 0x10U));
    pd_top__DOT__q_cq_head[4U] = (((0xffffU & vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                    [8U]) | (vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                             [7U] >> 0x10U)) 
                                  | (vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                     [9U] << 0x10U));
    pd_top__DOT__q_cq_head[5U] = (((0xffffU & vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                    [0xaU]) | (vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                               [9U] 
                                               >> 0x10U)) 
                                  | ((IData)((((QData)((IData)(
                                                               ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                 [0xeU] 
                                                                 << 0x10U) 
                                                                | vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                [0xdU]))) 
                                               << 0x20U) 
                                              | (QData)((IData)(
                                                                ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                  [0xcU] 
                                                                  << 0x10U) 
                                                                 | vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                 [0xbU]))))) 
                                     << 0x10U));
    pd_top__DOT__q_cq_head[6U] = (((IData)((((QData)((IData)(
                                                             ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                               [0xeU] 
                                                               << 0x10U) 
                                                              | vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                              [0xdU]))) 
                                             << 0x20U) 
                                            | (QData)((IData)(
                                                              ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                [0xcU] 
                                                                << 0x10U) 
                                                               | vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                               [0xbU]))))) 
                                   >> 0x10U) | ((IData)(
                                                        ((((QData)((IData)(
                                                                           ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                             [0xeU] 
                                                                             << 0x10U) 
                                                                            | vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                            [0xdU]))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                              [0xcU] 
                                                                              << 0x10U) 
                                                                             | vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                             [0xbU])))) 
                                                         >> 0x20U)) 
                                                << 0x10U));
    pd_top__DOT__q_cq_head[7U] = ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                   [0xfU] << 0x10U) 
                                  | ((IData)(((((QData)((IData)(
                                                                ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                  [0xeU] 
                                                                  << 0x10U) 
                                                                 | vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                 [0xdU]))) 
                                                << 0x20U) 
                                               | (QData)((IData)(
                                                                 ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                   [0xcU] 
                                                                   << 0x10U) 
                                                                  | vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                  [0xbU])))) 
                                              >> 0x20U)) 
                                     >> 0x10U));
    pd_top__DOT__q_enable = ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                              [0xfU] << 0xfU) | ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                  [0xeU] 
                                                  << 0xeU) 
                                                 | ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                     [0xdU] 
                                                     << 0xdU) 
                                                    | ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                        [0xcU] 
                                                        << 0xcU) 
                                                       | ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                           [0xbU] 
                                                           << 0xbU) 
                                                          | ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                              [0xaU] 
                                                              << 0xaU) 
                                                             | ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                 [9U] 
                                                                 << 9U) 
                                                                | ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                    [8U] 
                                                                    << 8U) 
                                                                   | ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                       [7U] 
                                                                       << 7U) 
                                                                      | ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                          [6U] 
                                                                          << 6U) 
                                                                         | ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                             [5U] 
                                                                             << 5U) 
                                                                            | ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                                [4U] 
                                                                                << 4U) 
                                                                               | ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                                [3U] 
                                                                                << 3U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                                [2U] 
                                                                                << 2U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                                [1U] 
                                                                                << 1U) 
                                                                                | vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                                                                [0U])))))))))))))));
    __Vtemp_h29a447c0__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                         [0xbU])) 
                                         << 0x37U) 
                                        | (((QData)((IData)(
                                                            vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                            [0xaU])) 
                                            << 0x32U) 
                                           | (((QData)((IData)(
                                                               vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                               [9U])) 
                                               << 0x2dU) 
                                              | (((QData)((IData)(
                                                                  vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                  [8U])) 
                                                  << 0x28U) 
                                                 | (((QData)((IData)(
                                                                     vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                     [7U])) 
                                                     << 0x23U) 
                                                    | (((QData)((IData)(
                                                                        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                        [6U])) 
                                                        << 0x1eU) 
                                                       | (QData)((IData)(
                                                                         ((vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                           [5U] 
                                                                           << 0x19U) 
                                                                          | ((vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                              [4U] 
                                                                              << 0x14U) 
                                                                             | ((vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                                [3U] 
                                                                                << 0xfU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                                [2U] 
                                                                                << 0xaU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                                [1U] 
                                                                                << 5U) 
                                                                                | vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                                [0U]))))))))))))));
    __Vtemp_h29a447c0__0[1U] = ((vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                 [0xcU] << 0x1cU) | (IData)(
                                                            ((((QData)((IData)(
                                                                               vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                               [0xbU])) 
                                                               << 0x37U) 
                                                              | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                                [0xaU])) 
                                                                  << 0x32U) 
                                                                 | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                                [9U])) 
                                                                     << 0x2dU) 
                                                                    | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                                [8U])) 
                                                                        << 0x28U) 
                                                                       | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                                [7U])) 
                                                                           << 0x23U) 
                                                                          | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                                [6U])) 
                                                                              << 0x1eU) 
                                                                             | (QData)((IData)(
                                                                                ((vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                                [5U] 
                                                                                << 0x19U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                                [4U] 
                                                                                << 0x14U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                                [3U] 
                                                                                << 0xfU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                                [2U] 
                                                                                << 0xaU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                                [1U] 
                                                                                << 5U) 
                                                                                | vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                                                [0U]))))))))))))) 
                                                             >> 0x20U)));
    vlSelf->pd_top__DOT__q_sq_log2[0U] = __Vtemp_h29a447c0__0[0U];
    vlSelf->pd_top__DOT__q_sq_log2[1U] = __Vtemp_h29a447c0__0[1U];
    vlSelf->pd_top__DOT__q_sq_log2[2U] = ((vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                           [0xfU] << 0xbU) 
                                          | ((vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                              [0xeU] 
                                              << 6U) 
                                             | ((vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                 [0xdU] 
                                                 << 1U) 
                                                | (vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                   [0xcU] 
                                                   >> 4U))));
    __Vtemp_h23bf0805__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                         [0xbU])) 
                                         << 0x37U) 
                                        | (((QData)((IData)(
                                                            vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                            [0xaU])) 
                                            << 0x32U) 
                                           | (((QData)((IData)(
                                                               vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                               [9U])) 
                                               << 0x2dU) 
                                              | (((QData)((IData)(
                                                                  vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                  [8U])) 
                                                  << 0x28U) 
                                                 | (((QData)((IData)(
                                                                     vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                     [7U])) 
                                                     << 0x23U) 
                                                    | (((QData)((IData)(
                                                                        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                        [6U])) 
                                                        << 0x1eU) 
                                                       | (QData)((IData)(
                                                                         ((vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                           [5U] 
                                                                           << 0x19U) 
                                                                          | ((vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                              [4U] 
                                                                              << 0x14U) 
                                                                             | ((vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                                [3U] 
                                                                                << 0xfU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                                [2U] 
                                                                                << 0xaU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                                [1U] 
                                                                                << 5U) 
                                                                                | vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                                [0U]))))))))))))));
    __Vtemp_h23bf0805__0[1U] = ((vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                 [0xcU] << 0x1cU) | (IData)(
                                                            ((((QData)((IData)(
                                                                               vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                               [0xbU])) 
                                                               << 0x37U) 
                                                              | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                                [0xaU])) 
                                                                  << 0x32U) 
                                                                 | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                                [9U])) 
                                                                     << 0x2dU) 
                                                                    | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                                [8U])) 
                                                                        << 0x28U) 
                                                                       | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                                [7U])) 
                                                                           << 0x23U) 
                                                                          | (((QData)((IData)(
                                                                                vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                                [6U])) 
                                                                              << 0x1eU) 
                                                                             | (QData)((IData)(
                                                                                ((vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                                [5U] 
                                                                                << 0x19U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                                [4U] 
                                                                                << 0x14U) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                                [3U] 
                                                                                << 0xfU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                                [2U] 
                                                                                << 0xaU) 
                                                                                | ((vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                                [1U] 
                                                                                << 5U) 
                                                                                | vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                                                [0U]))))))))))))) 
                                                             >> 0x20U)));
    vlSelf->pd_top__DOT__q_cq_log2[0U] = __Vtemp_h23bf0805__0[0U];
    vlSelf->pd_top__DOT__q_cq_log2[1U] = __Vtemp_h23bf0805__0[1U];
    vlSelf->pd_top__DOT__q_cq_log2[2U] = ((vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                           [0xfU] << 0xbU) 
                                          | ((vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                              [0xeU] 
                                              << 6U) 
                                             | ((vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                 [0xdU] 
                                                 << 1U) 
                                                | (vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                   [0xcU] 
                                                   >> 4U))));
    if ((0U != vlSelf->pd_top__DOT__align__DOT__src_left_reg)) {
        vlSelf->pd_top__DOT__align__DOT__cur[0U] = 
            pd_top__DOT__d_data[0U];
        vlSelf->pd_top__DOT__align__DOT__cur[1U] = 
            pd_top__DOT__d_data[1U];
        vlSelf->pd_top__DOT__align__DOT__cur[2U] = 
            pd_top__DOT__d_data[2U];
        vlSelf->pd_top__DOT__align__DOT__cur[3U] = 
            pd_top__DOT__d_data[3U];
        vlSelf->pd_top__DOT__align__DOT__cur[4U] = 
            pd_top__DOT__d_data[4U];
        vlSelf->pd_top__DOT__align__DOT__cur[5U] = 
            pd_top__DOT__d_data[5U];
        vlSelf->pd_top__DOT__align__DOT__cur[6U] = 
            pd_top__DOT__d_data[6U];
        vlSelf->pd_top__DOT__align__DOT__cur[7U] = 
            pd_top__DOT__d_data[7U];
        vlSelf->pd_top__DOT__align__DOT__cur[8U] = 
            pd_top__DOT__d_data[8U];
        vlSelf->pd_top__DOT__align__DOT__cur[9U] = 
            pd_top__DOT__d_data[9U];
        vlSelf->pd_top__DOT__align__DOT__cur[0xaU] 
            = pd_top__DOT__d_data[0xaU];
        vlSelf->pd_top__DOT__align__DOT__cur[0xbU] 
            = pd_top__DOT__d_data[0xbU];
        vlSelf->pd_top__DOT__align__DOT__cur[0xcU] 
            = pd_top__DOT__d_data[0xcU];
        vlSelf->pd_top__DOT__align__DOT__cur[0xdU] 
            = pd_top__DOT__d_data[0xdU];
        vlSelf->pd_top__DOT__align__DOT__cur[0xeU] 
            = pd_top__DOT__d_data[0xeU];
        vlSelf->pd_top__DOT__align__DOT__cur[0xfU] 
            = pd_top__DOT__d_data[0xfU];
    } else {
        vlSelf->pd_top__DOT__align__DOT__cur[0U] = 
            Vpd_dev__ConstPool__CONST_h93e1b771_0[0U];
        vlSelf->pd_top__DOT__align__DOT__cur[1U] = 
            Vpd_dev__ConstPool__CONST_h93e1b771_0[1U];
        vlSelf->pd_top__DOT__align__DOT__cur[2U] = 
            Vpd_dev__ConstPool__CONST_h93e1b771_0[2U];
        vlSelf->pd_top__DOT__align__DOT__cur[3U] = 
            Vpd_dev__ConstPool__CONST_h93e1b771_0[3U];
        vlSelf->pd_top__DOT__align__DOT__cur[4U] = 
            Vpd_dev__ConstPool__CONST_h93e1b771_0[4U];
        vlSelf->pd_top__DOT__align__DOT__cur[5U] = 
            Vpd_dev__ConstPool__CONST_h93e1b771_0[5U];
        vlSelf->pd_top__DOT__align__DOT__cur[6U] = 
            Vpd_dev__ConstPool__CONST_h93e1b771_0[6U];
        vlSelf->pd_top__DOT__align__DOT__cur[7U] = 
            Vpd_dev__ConstPool__CONST_h93e1b771_0[7U];
        vlSelf->pd_top__DOT__align__DOT__cur[8U] = 
            Vpd_dev__ConstPool__CONST_h93e1b771_0[8U];
        vlSelf->pd_top__DOT__align__DOT__cur[9U] = 
            Vpd_dev__ConstPool__CONST_h93e1b771_0[9U];
        vlSelf->pd_top__DOT__align__DOT__cur[0xaU] 
            = Vpd_dev__ConstPool__CONST_h93e1b771_0[0xaU];
        vlSelf->pd_top__DOT__align__DOT__cur[0xbU] 
            = Vpd_dev__ConstPool__CONST_h93e1b771_0[0xbU];
        vlSelf->pd_top__DOT__align__DOT__cur[0xcU] 
            = Vpd_dev__ConstPool__CONST_h93e1b771_0[0xcU];
        vlSelf->pd_top__DOT__align__DOT__cur[0xdU] 
            = Vpd_dev__ConstPool__CONST_h93e1b771_0[0xdU];
        vlSelf->pd_top__DOT__align__DOT__cur[0xeU] 
            = Vpd_dev__ConstPool__CONST_h93e1b771_0[0xeU];
        vlSelf->pd_top__DOT__align__DOT__cur[0xfU] 
            = Vpd_dev__ConstPool__CONST_h93e1b771_0[0xfU];
    }
    vlSelf->pd_top__DOT__align__DOT____VdfgTmp_h47fe0679__0 
        = (1U & ((0U == vlSelf->pd_top__DOT__align__DOT__src_left_reg) 
                 | (~ (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__empty))));
    vlSelf->__VdfgTmp_h18bdd878__0[0U] = (((IData)(
                                                   (((QData)((IData)(
                                                                     vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U])))) 
                                           << 0x19U) 
                                          | (0x1ffffffU 
                                             & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]));
    vlSelf->__VdfgTmp_h18bdd878__0[1U] = (((IData)(
                                                   (((QData)((IData)(
                                                                     vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U])))) 
                                           >> 7U) | 
                                          ((IData)(
                                                   ((((QData)((IData)(
                                                                      vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                                                      << 0x20U) 
                                                     | (QData)((IData)(
                                                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
                                                    >> 0x20U)) 
                                           << 0x19U));
    vlSelf->__VdfgTmp_h18bdd878__0[2U] = ((IData)((
                                                   (((QData)((IData)(
                                                                     vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
                                                   >> 0x20U)) 
                                          >> 7U);
    vlSelf->pd_top__DOT__wcmd[0U] = vlSelf->pd_top__DOT__wcmd_fifo__DOT__mem
        [(0x1fU & (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__rd_ptr_reg))][0U];
    vlSelf->pd_top__DOT__wcmd[1U] = vlSelf->pd_top__DOT__wcmd_fifo__DOT__mem
        [(0x1fU & (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__rd_ptr_reg))][1U];
    vlSelf->pd_top__DOT__wcmd[2U] = vlSelf->pd_top__DOT__wcmd_fifo__DOT__mem
        [(0x1fU & (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__rd_ptr_reg))][2U];
    vlSelf->pd_top__DOT__wcmd[3U] = vlSelf->pd_top__DOT__wcmd_fifo__DOT__mem
        [(0x1fU & (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__rd_ptr_reg))][3U];
    vlSelf->pd_top__DOT__wcmd[4U] = vlSelf->pd_top__DOT__wcmd_fifo__DOT__mem
        [(0x1fU & (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__rd_ptr_reg))][4U];
    vlSelf->pd_top__DOT__wcmd[5U] = vlSelf->pd_top__DOT__wcmd_fifo__DOT__mem
        [(0x1fU & (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__rd_ptr_reg))][5U];
    pd_top__DOT__f_rsp_valid = ((IData)(vlSelf->pd_top__DOT__rd_mux__DOT____VdfgTmp_hb5d6d36c__0) 
                                & ((IData)(vlSelf->s_rd_rsp_tag) 
                                   >> 7U));
    vlSelf->pd_top__DOT__wr__DOT__bbeats = (0x3fffU 
                                            & (((IData)(0x3fU) 
                                                + (
                                                   (0x3fU 
                                                    & (IData)(vlSelf->pd_top__DOT__wr__DOT__addr_reg)) 
                                                   + (IData)(vlSelf->pd_top__DOT__wr__DOT__blen))) 
                                               >> 6U));
    vlSelf->pd_top__DOT__copy_rd__DOT__chunk_beats 
        = (0x3fffU & (((IData)(0x3fU) + ((0x3fU & (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__addr_reg)) 
                                         + (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__chunk))) 
                      >> 6U));
    vlSelf->pd_top__DOT__rd_mux__DOT__owed_next = (
                                                   (vlSelf->pd_top__DOT__rd_mux__DOT__owed_reg 
                                                    + 
                                                    (((IData)(vlSelf->m_rd_req_valid) 
                                                      & (IData)(vlSelf->m_rd_req_ready))
                                                      ? 
                                                     (0x3fffU 
                                                      & (((IData)(0x3fU) 
                                                          + 
                                                          ((0x3fU 
                                                            & (IData)(vlSelf->m_rd_req_addr)) 
                                                           + (IData)(vlSelf->m_rd_req_len))) 
                                                         >> 6U))
                                                      : 0U)) 
                                                   - 
                                                   ((IData)(vlSelf->s_rd_rsp_valid)
                                                     ? 1U
                                                     : 0U));
    pd_top__DOT__decode__DOT__src_ok = 0U;
    __Vtemp_h1d3d4103__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))));
    __Vtemp_h1d3d4103__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
                                        >> 0x20U));
    __Vtemp_h1d3d4103__0[2U] = 0U;
    __Vtemp_h8d2f253d__0[0U] = (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]);
    __Vtemp_h8d2f253d__0[1U] = 0U;
    __Vtemp_h8d2f253d__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hfbce1f38__0, __Vtemp_h1d3d4103__0, __Vtemp_h8d2f253d__0);
    pd_top__DOT__decode__DOT__src_check__DOT__end_addr[0U] 
        = __Vtemp_hfbce1f38__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__end_addr[1U] 
        = __Vtemp_hfbce1f38__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__end_addr[2U] 
        = (1U & __Vtemp_hfbce1f38__0[2U]);
    __Vtemp_h0ce94479__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[1U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0U]))));
    __Vtemp_h0ce94479__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[1U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0U]))) 
                                        >> 0x20U));
    __Vtemp_h0ce94479__0[2U] = 0U;
    __Vtemp_h3703e4f2__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[1U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0U]))));
    __Vtemp_h3703e4f2__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[1U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0U]))) 
                                        >> 0x20U));
    __Vtemp_h3703e4f2__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hd58d27f2__0, __Vtemp_h0ce94479__0, __Vtemp_h3703e4f2__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hd58d27f2__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hd58d27f2__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hd58d27f2__0[2U]);
    __Vtemp_h63419b7c__0[0U] = 0U;
    __Vtemp_h63419b7c__0[1U] = 0U;
    __Vtemp_h63419b7c__0[2U] = 1U;
    if ((((((IData)(vlSelf->pd_top__DOT__win_enable) 
            & (0U != (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[1U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__0, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h0cc727fd__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[2U]))));
    __Vtemp_h0cc727fd__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[2U]))) 
                                        >> 0x20U));
    __Vtemp_h0cc727fd__0[2U] = 0U;
    __Vtemp_h36cc6916__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[2U]))));
    __Vtemp_h36cc6916__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[2U]))) 
                                        >> 0x20U));
    __Vtemp_h36cc6916__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h3d5328d7__0, __Vtemp_h0cc727fd__0, __Vtemp_h36cc6916__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h3d5328d7__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h3d5328d7__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h3d5328d7__0[2U]);
    __Vtemp_h63419b7c__1[0U] = 0U;
    __Vtemp_h63419b7c__1[1U] = 0U;
    __Vtemp_h63419b7c__1[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 1U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[3U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[2U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__1, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h0cdb2751__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[4U]))));
    __Vtemp_h0cdb2751__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[4U]))) 
                                        >> 0x20U));
    __Vtemp_h0cdb2751__0[2U] = 0U;
    __Vtemp_h36d0883a__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[4U]))));
    __Vtemp_h36d0883a__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[4U]))) 
                                        >> 0x20U));
    __Vtemp_h36d0883a__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h59858391__0, __Vtemp_h0cdb2751__0, __Vtemp_h36d0883a__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h59858391__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h59858391__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h59858391__0[2U]);
    __Vtemp_h63419b7c__2[0U] = 0U;
    __Vtemp_h63419b7c__2[1U] = 0U;
    __Vtemp_h63419b7c__2[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 2U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[5U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[4U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__2, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h015f27f5__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[7U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[6U]))));
    __Vtemp_h015f27f5__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[7U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[6U]))) 
                                        >> 0x20U));
    __Vtemp_h015f27f5__0[2U] = 0U;
    __Vtemp_h261de89e__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[7U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[6U]))));
    __Vtemp_h261de89e__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[7U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[6U]))) 
                                        >> 0x20U));
    __Vtemp_h261de89e__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hc28559c5__0, __Vtemp_h015f27f5__0, __Vtemp_h261de89e__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hc28559c5__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hc28559c5__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hc28559c5__0[2U]);
    __Vtemp_h63419b7c__3[0U] = 0U;
    __Vtemp_h63419b7c__3[1U] = 0U;
    __Vtemp_h63419b7c__3[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 3U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[7U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[6U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h0d15a749__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[9U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[8U]))));
    __Vtemp_h0d15a749__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[9U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[8U]))) 
                                        >> 0x20U));
    __Vtemp_h0d15a749__0[2U] = 0U;
    __Vtemp_h39994742__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[9U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[8U]))));
    __Vtemp_h39994742__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[9U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[8U]))) 
                                        >> 0x20U));
    __Vtemp_h39994742__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h88978095__0, __Vtemp_h0d15a749__0, __Vtemp_h39994742__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h88978095__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h88978095__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h88978095__0[2U]);
    __Vtemp_h63419b7c__4[0U] = 0U;
    __Vtemp_h63419b7c__4[1U] = 0U;
    __Vtemp_h63419b7c__4[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 4U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[9U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[8U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__4, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h0186690d__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0xbU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xaU]))));
    __Vtemp_h0186690d__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xbU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0xaU]))) 
                                        >> 0x20U));
    __Vtemp_h0186690d__0[2U] = 0U;
    __Vtemp_h261ae266__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0xbU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xaU]))));
    __Vtemp_h261ae266__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xbU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0xaU]))) 
                                        >> 0x20U));
    __Vtemp_h261ae266__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h653037e1__0, __Vtemp_h0186690d__0, __Vtemp_h261ae266__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h653037e1__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h653037e1__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h653037e1__0[2U]);
    __Vtemp_h63419b7c__5[0U] = 0U;
    __Vtemp_h63419b7c__5[1U] = 0U;
    __Vtemp_h63419b7c__5[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 5U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0xbU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0xaU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__5, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h0182c8e1__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0xdU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xcU]))));
    __Vtemp_h0182c8e1__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xdU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0xcU]))) 
                                        >> 0x20U));
    __Vtemp_h0182c8e1__0[2U] = 0U;
    __Vtemp_h2556e28a__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0xdU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xcU]))));
    __Vtemp_h2556e28a__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xdU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0xcU]))) 
                                        >> 0x20U));
    __Vtemp_h2556e28a__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hd9a5d8f4__0, __Vtemp_h0182c8e1__0, __Vtemp_h2556e28a__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hd9a5d8f4__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hd9a5d8f4__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hd9a5d8f4__0[2U]);
    __Vtemp_h63419b7c__6[0U] = 0U;
    __Vtemp_h63419b7c__6[1U] = 0U;
    __Vtemp_h63419b7c__6[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 6U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0xdU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0xcU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__6, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h018ee805__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0xfU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xeU]))));
    __Vtemp_h018ee805__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xfU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0xeU]))) 
                                        >> 0x20U));
    __Vtemp_h018ee805__0[2U] = 0U;
    __Vtemp_h262e28ee__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0xfU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xeU]))));
    __Vtemp_h262e28ee__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xfU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0xeU]))) 
                                        >> 0x20U));
    __Vtemp_h262e28ee__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hc4762569__0, __Vtemp_h018ee805__0, __Vtemp_h262e28ee__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hc4762569__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hc4762569__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hc4762569__0[2U]);
    __Vtemp_h63419b7c__7[0U] = 0U;
    __Vtemp_h63419b7c__7[1U] = 0U;
    __Vtemp_h63419b7c__7[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 7U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0xfU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0xeU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__7, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h018b0819__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x11U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x10U]))));
    __Vtemp_h018b0819__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x11U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x10U]))) 
                                        >> 0x20U));
    __Vtemp_h018b0819__0[2U] = 0U;
    __Vtemp_h262ee312__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x11U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x10U]))));
    __Vtemp_h262ee312__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x11U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x10U]))) 
                                        >> 0x20U));
    __Vtemp_h262ee312__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h7d4257d6__0, __Vtemp_h018b0819__0, __Vtemp_h262ee312__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h7d4257d6__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h7d4257d6__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h7d4257d6__0[2U]);
    __Vtemp_h63419b7c__8[0U] = 0U;
    __Vtemp_h63419b7c__8[1U] = 0U;
    __Vtemp_h63419b7c__8[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 8U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x11U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x10U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__8, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h01b6a59d__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x13U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x12U]))));
    __Vtemp_h01b6a59d__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x13U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x12U]))) 
                                        >> 0x20U));
    __Vtemp_h01b6a59d__0[2U] = 0U;
    __Vtemp_h256b2776__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x13U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x12U]))));
    __Vtemp_h256b2776__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x13U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x12U]))) 
                                        >> 0x20U));
    __Vtemp_h256b2776__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h2bfebf3d__0, __Vtemp_h01b6a59d__0, __Vtemp_h256b2776__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h2bfebf3d__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h2bfebf3d__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h2bfebf3d__0[2U]);
    __Vtemp_h63419b7c__9[0U] = 0U;
    __Vtemp_h63419b7c__9[1U] = 0U;
    __Vtemp_h63419b7c__9[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 9U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x13U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x12U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__9, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h01b2a571__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x15U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x14U]))));
    __Vtemp_h01b2a571__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x15U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x14U]))) 
                                        >> 0x20U));
    __Vtemp_h01b2a571__0[2U] = 0U;
    __Vtemp_h2561c65a__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x15U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x14U]))));
    __Vtemp_h2561c65a__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x15U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x14U]))) 
                                        >> 0x20U));
    __Vtemp_h2561c65a__0[2U] = 0U;
    if (vlSelf->pd_top__DOT__prst) {
        vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg = 0U;
        vlSelf->pd_top__DOT__copy_rd__DOT__active_reg = 0U;
        vlSelf->pd_top__DOT__align__DOT__active_reg = 0U;
    }
    VL_ADD_W(3, __Vtemp_h04ddfaff__0, __Vtemp_h01b2a571__0, __Vtemp_h2561c65a__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h04ddfaff__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h04ddfaff__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h04ddfaff__0[2U]);
    __Vtemp_h63419b7c__10[0U] = 0U;
    __Vtemp_h63419b7c__10[1U] = 0U;
    __Vtemp_h63419b7c__10[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0xaU)) & (0U != (0x1ffffffU 
                                         & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x15U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x14U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__10, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h017de795__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x17U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x16U]))));
    __Vtemp_h017de795__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x17U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x16U]))) 
                                        >> 0x20U));
    __Vtemp_h017de795__0[2U] = 0U;
    __Vtemp_h2562e7fe__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x17U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x16U]))));
    __Vtemp_h2562e7fe__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x17U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x16U]))) 
                                        >> 0x20U));
    __Vtemp_h2562e7fe__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h703ff7f6__0, __Vtemp_h017de795__0, __Vtemp_h2562e7fe__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h703ff7f6__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h703ff7f6__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h703ff7f6__0[2U]);
    __Vtemp_h63419b7c__11[0U] = 0U;
    __Vtemp_h63419b7c__11[1U] = 0U;
    __Vtemp_h63419b7c__11[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0xbU)) & (0U != (0x1ffffffU 
                                         & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x17U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x16U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__11, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h0179e769__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x19U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x18U]))));
    __Vtemp_h0179e769__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x19U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x18U]))) 
                                        >> 0x20U));
    __Vtemp_h0179e769__0[2U] = 0U;
    __Vtemp_h253f4762__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x19U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x18U]))));
    __Vtemp_h253f4762__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x19U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x18U]))) 
                                        >> 0x20U));
    __Vtemp_h253f4762__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h4928e3ec__0, __Vtemp_h0179e769__0, __Vtemp_h253f4762__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h4928e3ec__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h4928e3ec__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h4928e3ec__0[2U]);
    __Vtemp_h63419b7c__12[0U] = 0U;
    __Vtemp_h63419b7c__12[1U] = 0U;
    __Vtemp_h63419b7c__12[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0xcU)) & (0U != (0x1ffffffU 
                                         & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x19U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x18U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__12, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h02225fad__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x1bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1aU]))));
    __Vtemp_h02225fad__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x1aU]))) 
                                        >> 0x20U));
    __Vtemp_h02225fad__0[2U] = 0U;
    __Vtemp_h25762646__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x1bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1aU]))));
    __Vtemp_h25762646__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x1aU]))) 
                                        >> 0x20U));
    __Vtemp_h25762646__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h130229a1__0, __Vtemp_h02225fad__0, __Vtemp_h25762646__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h130229a1__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h130229a1__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h130229a1__0[2U]);
    __Vtemp_h63419b7c__13[0U] = 0U;
    __Vtemp_h63419b7c__13[1U] = 0U;
    __Vtemp_h63419b7c__13[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0xdU)) & (0U != (0x1ffffffU 
                                         & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x1bU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x1aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__13, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h017b8f81__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x1dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1cU]))));
    __Vtemp_h017b8f81__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x1cU]))) 
                                        >> 0x20U));
    __Vtemp_h017b8f81__0[2U] = 0U;
    __Vtemp_h2572272a__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x1dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1cU]))));
    __Vtemp_h2572272a__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x1cU]))) 
                                        >> 0x20U));
    __Vtemp_h2572272a__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h8bb33928__0, __Vtemp_h017b8f81__0, __Vtemp_h2572272a__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h8bb33928__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h8bb33928__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8bb33928__0[2U]);
    __Vtemp_h63419b7c__14[0U] = 0U;
    __Vtemp_h63419b7c__14[1U] = 0U;
    __Vtemp_h63419b7c__14[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0xeU)) & (0U != (0x1ffffffU 
                                         & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x1dU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x1cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__14, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h022c28a5__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x1fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1eU]))));
    __Vtemp_h022c28a5__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x1eU]))) 
                                        >> 0x20U));
    __Vtemp_h022c28a5__0[2U] = 0U;
    __Vtemp_h254e26ce__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x1fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1eU]))));
    __Vtemp_h254e26ce__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x1eU]))) 
                                        >> 0x20U));
    __Vtemp_h254e26ce__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h51d80b89__0, __Vtemp_h022c28a5__0, __Vtemp_h254e26ce__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h51d80b89__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h51d80b89__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h51d80b89__0[2U]);
    __Vtemp_h63419b7c__15[0U] = 0U;
    __Vtemp_h63419b7c__15[1U] = 0U;
    __Vtemp_h63419b7c__15[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0xfU)) & (0U != (0x1ffffffU 
                                         & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x1fU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x1eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__15, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h02284539__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x21U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x20U]))));
    __Vtemp_h02284539__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x21U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x20U]))) 
                                        >> 0x20U));
    __Vtemp_h02284539__0[2U] = 0U;
    __Vtemp_h254d66b2__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x21U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x20U]))));
    __Vtemp_h254d66b2__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x21U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x20U]))) 
                                        >> 0x20U));
    __Vtemp_h254d66b2__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h0aa872af__0, __Vtemp_h02284539__0, __Vtemp_h254d66b2__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h0aa872af__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h0aa872af__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h0aa872af__0[2U]);
    __Vtemp_h63419b7c__16[0U] = 0U;
    __Vtemp_h63419b7c__16[1U] = 0U;
    __Vtemp_h63419b7c__16[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x10U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x21U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x20U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__16, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h021af73d__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x23U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x22U]))));
    __Vtemp_h021af73d__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x23U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x22U]))) 
                                        >> 0x20U));
    __Vtemp_h021af73d__0[2U] = 0U;
    __Vtemp_h37118cd6__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x23U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x22U]))));
    __Vtemp_h37118cd6__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x23U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x22U]))) 
                                        >> 0x20U));
    __Vtemp_h37118cd6__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h0e68dbf6__0, __Vtemp_h021af73d__0, __Vtemp_h37118cd6__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h0e68dbf6__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h0e68dbf6__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h0e68dbf6__0[2U]);
    __Vtemp_h63419b7c__17[0U] = 0U;
    __Vtemp_h63419b7c__17[1U] = 0U;
    __Vtemp_h63419b7c__17[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x11U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x23U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x22U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__17, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h022e7011__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x25U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x24U]))));
    __Vtemp_h022e7011__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x25U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x24U]))) 
                                        >> 0x20U));
    __Vtemp_h022e7011__0[2U] = 0U;
    __Vtemp_h370d85fa__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x25U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x24U]))));
    __Vtemp_h370d85fa__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x25U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x24U]))) 
                                        >> 0x20U));
    __Vtemp_h370d85fa__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h02d75852__0, __Vtemp_h022e7011__0, __Vtemp_h370d85fa__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h02d75852__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h02d75852__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h02d75852__0[2U]);
    __Vtemp_h63419b7c__18[0U] = 0U;
    __Vtemp_h63419b7c__18[1U] = 0U;
    __Vtemp_h63419b7c__18[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x12U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x25U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x24U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__18, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hffc3d935__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x27U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x26U]))));
    __Vtemp_hffc3d935__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x27U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x26U]))) 
                                        >> 0x20U));
    __Vtemp_hffc3d935__0[2U] = 0U;
    __Vtemp_h25594dde__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x27U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x26U]))));
    __Vtemp_h25594dde__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x27U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x26U]))) 
                                        >> 0x20U));
    __Vtemp_h25594dde__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hb1470bbe__0, __Vtemp_hffc3d935__0, __Vtemp_h25594dde__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hb1470bbe__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hb1470bbe__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hb1470bbe__0[2U]);
    __Vtemp_h63419b7c__19[0U] = 0U;
    __Vtemp_h63419b7c__19[1U] = 0U;
    __Vtemp_h63419b7c__19[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x13U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x27U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x26U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__19, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h000a5109__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x29U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x28U]))));
    __Vtemp_h000a5109__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x29U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x28U]))) 
                                        >> 0x20U));
    __Vtemp_h000a5109__0[2U] = 0U;
    __Vtemp_h370b2a02__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x29U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x28U]))));
    __Vtemp_h370b2a02__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x29U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x28U]))) 
                                        >> 0x20U));
    __Vtemp_h370b2a02__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h085a9b37__0, __Vtemp_h000a5109__0, __Vtemp_h370b2a02__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h085a9b37__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h085a9b37__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h085a9b37__0[2U]);
    __Vtemp_h63419b7c__20[0U] = 0U;
    __Vtemp_h63419b7c__20[1U] = 0U;
    __Vtemp_h63419b7c__20[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x14U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x29U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x28U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__20, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hffcbb84d__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x2bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2aU]))));
    __Vtemp_hffcbb84d__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x2aU]))) 
                                        >> 0x20U));
    __Vtemp_hffcbb84d__0[2U] = 0U;
    __Vtemp_h2570b226__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x2bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2aU]))));
    __Vtemp_h2570b226__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x2aU]))) 
                                        >> 0x20U));
    __Vtemp_h2570b226__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h89bbbc0b__0, __Vtemp_hffcbb84d__0, __Vtemp_h2570b226__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h89bbbc0b__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h89bbbc0b__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h89bbbc0b__0[2U]);
    __Vtemp_h63419b7c__21[0U] = 0U;
    __Vtemp_h63419b7c__21[1U] = 0U;
    __Vtemp_h63419b7c__21[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x15U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x2bU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x2aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__21, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hffd010a1__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x2dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2cU]))));
    __Vtemp_hffd010a1__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x2cU]))) 
                                        >> 0x20U));
    __Vtemp_hffd010a1__0[2U] = 0U;
    __Vtemp_h2584c94a__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x2dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2cU]))));
    __Vtemp_h2584c94a__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x2cU]))) 
                                        >> 0x20U));
    __Vtemp_h2584c94a__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h37c2307d__0, __Vtemp_hffd010a1__0, __Vtemp_h2584c94a__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h37c2307d__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h37c2307d__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h37c2307d__0[2U]);
    __Vtemp_h63419b7c__22[0U] = 0U;
    __Vtemp_h63419b7c__22[1U] = 0U;
    __Vtemp_h63419b7c__22[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x16U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x2dU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x2cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__22, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hfff55645__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x2fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2eU]))));
    __Vtemp_hfff55645__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x2eU]))) 
                                        >> 0x20U));
    __Vtemp_hfff55645__0[2U] = 0U;
    __Vtemp_h25a8f32e__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x2fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2eU]))));
    __Vtemp_h25a8f32e__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x2eU]))) 
                                        >> 0x20U));
    __Vtemp_h25a8f32e__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_he9383e4d__0, __Vtemp_hfff55645__0, __Vtemp_h25a8f32e__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_he9383e4d__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_he9383e4d__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_he9383e4d__0[2U]);
    __Vtemp_h63419b7c__23[0U] = 0U;
    __Vtemp_h63419b7c__23[1U] = 0U;
    __Vtemp_h63419b7c__23[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x17U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x2fU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x2eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__23, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hffc8eed9__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x31U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x30U]))));
    __Vtemp_hffc8eed9__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x31U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x30U]))) 
                                        >> 0x20U));
    __Vtemp_hffc8eed9__0[2U] = 0U;
    __Vtemp_h255c88d2__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x31U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x30U]))));
    __Vtemp_h255c88d2__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x31U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x30U]))) 
                                        >> 0x20U));
    __Vtemp_h255c88d2__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h13818e0e__0, __Vtemp_hffc8eed9__0, __Vtemp_h255c88d2__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h13818e0e__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h13818e0e__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h13818e0e__0[2U]);
    __Vtemp_h63419b7c__24[0U] = 0U;
    __Vtemp_h63419b7c__24[1U] = 0U;
    __Vtemp_h63419b7c__24[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x18U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x31U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x30U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__24, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hfff627dd__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x33U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x32U]))));
    __Vtemp_hfff627dd__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x33U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x32U]))) 
                                        >> 0x20U));
    __Vtemp_hfff627dd__0[2U] = 0U;
    __Vtemp_h25a82936__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x33U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x32U]))));
    __Vtemp_h25a82936__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x33U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x32U]))) 
                                        >> 0x20U));
    __Vtemp_h25a82936__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_ha3941df3__0, __Vtemp_hfff627dd__0, __Vtemp_h25a82936__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_ha3941df3__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_ha3941df3__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_ha3941df3__0[2U]);
    __Vtemp_h63419b7c__25[0U] = 0U;
    __Vtemp_h63419b7c__25[1U] = 0U;
    __Vtemp_h63419b7c__25[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x19U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x33U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x32U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__25, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hffba5031__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x35U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x34U]))));
    __Vtemp_hffba5031__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x35U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x34U]))) 
                                        >> 0x20U));
    __Vtemp_hffba5031__0[2U] = 0U;
    __Vtemp_h257bb01a__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x35U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x34U]))));
    __Vtemp_h257bb01a__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x35U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x34U]))) 
                                        >> 0x20U));
    __Vtemp_h257bb01a__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h627c0b98__0, __Vtemp_hffba5031__0, __Vtemp_h257bb01a__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h627c0b98__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h627c0b98__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h627c0b98__0[2U]);
    __Vtemp_h63419b7c__26[0U] = 0U;
    __Vtemp_h63419b7c__26[1U] = 0U;
    __Vtemp_h63419b7c__26[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x1aU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x35U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x34U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__26, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hffc066d5__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x37U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x36U]))));
    __Vtemp_hffc066d5__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x37U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x36U]))) 
                                        >> 0x20U));
    __Vtemp_hffc066d5__0[2U] = 0U;
    __Vtemp_h259fe83e__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x37U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x36U]))));
    __Vtemp_h259fe83e__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x37U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x36U]))) 
                                        >> 0x20U));
    __Vtemp_h259fe83e__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h378fdcb0__0, __Vtemp_hffc066d5__0, __Vtemp_h259fe83e__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h378fdcb0__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h378fdcb0__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h378fdcb0__0[2U]);
    __Vtemp_h63419b7c__27[0U] = 0U;
    __Vtemp_h63419b7c__27[1U] = 0U;
    __Vtemp_h63419b7c__27[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x1bU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x37U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x36U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__27, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h01627029__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x39U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x38U]))));
    __Vtemp_h01627029__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x39U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x38U]))) 
                                        >> 0x20U));
    __Vtemp_h01627029__0[2U] = 0U;
    __Vtemp_h25b3f122__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x39U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x38U]))));
    __Vtemp_h25b3f122__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x39U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x38U]))) 
                                        >> 0x20U));
    __Vtemp_h25b3f122__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h348a6086__0, __Vtemp_h01627029__0, __Vtemp_h25b3f122__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h348a6086__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h348a6086__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h348a6086__0[2U]);
    __Vtemp_h63419b7c__28[0U] = 0U;
    __Vtemp_h63419b7c__28[1U] = 0U;
    __Vtemp_h63419b7c__28[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x1cU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x39U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x38U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__28, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h016667ed__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x3bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3aU]))));
    __Vtemp_h016667ed__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x3aU]))) 
                                        >> 0x20U));
    __Vtemp_h016667ed__0[2U] = 0U;
    __Vtemp_h2577a306__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x3bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3aU]))));
    __Vtemp_h2577a306__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x3aU]))) 
                                        >> 0x20U));
    __Vtemp_h2577a306__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hde84ca5e__0, __Vtemp_h016667ed__0, __Vtemp_h2577a306__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hde84ca5e__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hde84ca5e__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hde84ca5e__0[2U]);
    __Vtemp_h63419b7c__29[0U] = 0U;
    __Vtemp_h63419b7c__29[1U] = 0U;
    __Vtemp_h63419b7c__29[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x1dU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x3bU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x3aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__29, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h016aaf41__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x3dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3cU]))));
    __Vtemp_h016aaf41__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x3cU]))) 
                                        >> 0x20U));
    __Vtemp_h016aaf41__0[2U] = 0U;
    __Vtemp_h258bcaea__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x3dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3cU]))));
    __Vtemp_h258bcaea__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x3cU]))) 
                                        >> 0x20U));
    __Vtemp_h258bcaea__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h49db7209__0, __Vtemp_h016aaf41__0, __Vtemp_h258bcaea__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h49db7209__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h49db7209__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h49db7209__0[2U]);
    __Vtemp_h63419b7c__30[0U] = 0U;
    __Vtemp_h63419b7c__30[1U] = 0U;
    __Vtemp_h63419b7c__30[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x1eU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x3dU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x3cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__30, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h016f28e5__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x3fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3eU]))));
    __Vtemp_h016f28e5__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x3eU]))) 
                                        >> 0x20U));
    __Vtemp_h016f28e5__0[2U] = 0U;
    __Vtemp_h25afa30e__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x3fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3eU]))));
    __Vtemp_h25afa30e__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x3eU]))) 
                                        >> 0x20U));
    __Vtemp_h25afa30e__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h49bae184__0, __Vtemp_h016f28e5__0, __Vtemp_h25afa30e__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h49bae184__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h49bae184__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h49bae184__0[2U]);
    __Vtemp_h63419b7c__31[0U] = 0U;
    __Vtemp_h63419b7c__31[1U] = 0U;
    __Vtemp_h63419b7c__31[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x1fU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x3fU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x3eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__31, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h0192d0f9__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x41U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x40U]))));
    __Vtemp_h0192d0f9__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x41U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x40U]))) 
                                        >> 0x20U));
    __Vtemp_h0192d0f9__0[2U] = 0U;
    __Vtemp_h25470a72__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x41U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x40U]))));
    __Vtemp_h25470a72__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x41U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x40U]))) 
                                        >> 0x20U));
    __Vtemp_h25470a72__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hfbe56ad2__0, __Vtemp_h0192d0f9__0, __Vtemp_h25470a72__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hfbe56ad2__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hfbe56ad2__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hfbe56ad2__0[2U]);
    __Vtemp_h63419b7c__32[0U] = 0U;
    __Vtemp_h63419b7c__32[1U] = 0U;
    __Vtemp_h63419b7c__32[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x20U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x41U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x40U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__32, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h0196237d__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x43U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x42U]))));
    __Vtemp_h0196237d__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x43U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x42U]))) 
                                        >> 0x20U));
    __Vtemp_h0196237d__0[2U] = 0U;
    __Vtemp_h254a6196__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x43U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x42U]))));
    __Vtemp_h254a6196__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x43U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x42U]))) 
                                        >> 0x20U));
    __Vtemp_h254a6196__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_habf32950__0, __Vtemp_h0196237d__0, __Vtemp_h254a6196__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_habf32950__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_habf32950__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_habf32950__0[2U]);
    __Vtemp_h63419b7c__33[0U] = 0U;
    __Vtemp_h63419b7c__33[1U] = 0U;
    __Vtemp_h63419b7c__33[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x21U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x43U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x42U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__33, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h015a4ad1__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x45U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x44U]))));
    __Vtemp_h015a4ad1__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x45U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x44U]))) 
                                        >> 0x20U));
    __Vtemp_h015a4ad1__0[2U] = 0U;
    __Vtemp_h261e69ba__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x45U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x44U]))));
    __Vtemp_h261e69ba__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x45U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x44U]))) 
                                        >> 0x20U));
    __Vtemp_h261e69ba__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h8e5af411__0, __Vtemp_h015a4ad1__0, __Vtemp_h261e69ba__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h8e5af411__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h8e5af411__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8e5af411__0[2U]);
    __Vtemp_h63419b7c__34[0U] = 0U;
    __Vtemp_h63419b7c__34[1U] = 0U;
    __Vtemp_h63419b7c__34[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x22U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x45U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x44U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__34, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc6c62875__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x47U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x46U]))));
    __Vtemp_hc6c62875__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x47U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x46U]))) 
                                        >> 0x20U));
    __Vtemp_hc6c62875__0[2U] = 0U;
    __Vtemp_h9cd3e21e__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x47U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x46U]))));
    __Vtemp_h9cd3e21e__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x47U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x46U]))) 
                                        >> 0x20U));
    __Vtemp_h9cd3e21e__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h872b0596__0, __Vtemp_hc6c62875__0, __Vtemp_h9cd3e21e__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h872b0596__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h872b0596__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h872b0596__0[2U]);
    __Vtemp_h63419b7c__35[0U] = 0U;
    __Vtemp_h63419b7c__35[1U] = 0U;
    __Vtemp_h63419b7c__35[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x23U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x47U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x46U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__35, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc9ad2fc9__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x49U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x48U]))));
    __Vtemp_hc9ad2fc9__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x49U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x48U]))) 
                                        >> 0x20U));
    __Vtemp_hc9ad2fc9__0[2U] = 0U;
    __Vtemp_h8fb069c2__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x49U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x48U]))));
    __Vtemp_h8fb069c2__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x49U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x48U]))) 
                                        >> 0x20U));
    __Vtemp_h8fb069c2__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_heeae4316__0, __Vtemp_hc9ad2fc9__0, __Vtemp_h8fb069c2__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_heeae4316__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_heeae4316__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_heeae4316__0[2U]);
    __Vtemp_h63419b7c__36[0U] = 0U;
    __Vtemp_h63419b7c__36[1U] = 0U;
    __Vtemp_h63419b7c__36[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x24U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x49U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x48U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__36, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc9af648d__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x4bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4aU]))));
    __Vtemp_hc9af648d__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x4aU]))) 
                                        >> 0x20U));
    __Vtemp_hc9af648d__0[2U] = 0U;
    __Vtemp_h9cd4e4e6__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x4bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4aU]))));
    __Vtemp_h9cd4e4e6__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x4aU]))) 
                                        >> 0x20U));
    __Vtemp_h9cd4e4e6__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hff147d62__0, __Vtemp_hc9af648d__0, __Vtemp_h9cd4e4e6__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hff147d62__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hff147d62__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hff147d62__0[2U]);
    __Vtemp_h63419b7c__37[0U] = 0U;
    __Vtemp_h63419b7c__37[1U] = 0U;
    __Vtemp_h63419b7c__37[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x25U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x4bU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x4aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__37, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc72fac61__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x4dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4cU]))));
    __Vtemp_hc72fac61__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x4cU]))) 
                                        >> 0x20U));
    __Vtemp_hc72fac61__0[2U] = 0U;
    __Vtemp_h8fa90d0a__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x4dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4cU]))));
    __Vtemp_h8fa90d0a__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x4cU]))) 
                                        >> 0x20U));
    __Vtemp_h8fa90d0a__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hac505ed0__0, __Vtemp_hc72fac61__0, __Vtemp_h8fa90d0a__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hac505ed0__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hac505ed0__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hac505ed0__0[2U]);
    __Vtemp_h63419b7c__38[0U] = 0U;
    __Vtemp_h63419b7c__38[1U] = 0U;
    __Vtemp_h63419b7c__38[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x26U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x4dU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x4cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__38, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc733e485__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x4fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4eU]))));
    __Vtemp_hc733e485__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x4eU]))) 
                                        >> 0x20U));
    __Vtemp_hc733e485__0[2U] = 0U;
    __Vtemp_h8fa4216e__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x4fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4eU]))));
    __Vtemp_h8fa4216e__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x4eU]))) 
                                        >> 0x20U));
    __Vtemp_h8fa4216e__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_ha5316085__0, __Vtemp_hc733e485__0, __Vtemp_h8fa4216e__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_ha5316085__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_ha5316085__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_ha5316085__0[2U]);
    __Vtemp_h63419b7c__39[0U] = 0U;
    __Vtemp_h63419b7c__39[1U] = 0U;
    __Vtemp_h63419b7c__39[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x27U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x4fU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x4eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__39, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc9980c99__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x51U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x50U]))));
    __Vtemp_hc9980c99__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x51U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x50U]))) 
                                        >> 0x20U));
    __Vtemp_hc9980c99__0[2U] = 0U;
    __Vtemp_h9c808c92__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x51U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x50U]))));
    __Vtemp_h9c808c92__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x51U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x50U]))) 
                                        >> 0x20U));
    __Vtemp_h9c808c92__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h8095e9b2__0, __Vtemp_hc9980c99__0, __Vtemp_h9c808c92__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h8095e9b2__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h8095e9b2__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8095e9b2__0[2U]);
    __Vtemp_h63419b7c__40[0U] = 0U;
    __Vtemp_h63419b7c__40[1U] = 0U;
    __Vtemp_h63419b7c__40[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x28U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x51U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x50U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__40, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc9a0a31d__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x53U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x52U]))));
    __Vtemp_hc9a0a31d__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x53U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x52U]))) 
                                        >> 0x20U));
    __Vtemp_hc9a0a31d__0[2U] = 0U;
    __Vtemp_h9c622bf6__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x53U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x52U]))));
    __Vtemp_h9c622bf6__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x53U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x52U]))) 
                                        >> 0x20U));
    __Vtemp_h9c622bf6__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h654a1d34__0, __Vtemp_hc9a0a31d__0, __Vtemp_h9c622bf6__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h654a1d34__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h654a1d34__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h654a1d34__0[2U]);
    __Vtemp_h63419b7c__41[0U] = 0U;
    __Vtemp_h63419b7c__41[1U] = 0U;
    __Vtemp_h63419b7c__41[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x29U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x53U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x52U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__41, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc9a4caf1__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x55U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x54U]))));
    __Vtemp_hc9a4caf1__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x55U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x54U]))) 
                                        >> 0x20U));
    __Vtemp_hc9a4caf1__0[2U] = 0U;
    __Vtemp_h9c78abda__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x55U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x54U]))));
    __Vtemp_h9c78abda__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x55U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x54U]))) 
                                        >> 0x20U));
    __Vtemp_h9c78abda__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hd8ba21b4__0, __Vtemp_hc9a4caf1__0, __Vtemp_h9c78abda__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hd8ba21b4__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hd8ba21b4__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hd8ba21b4__0[2U]);
    __Vtemp_h63419b7c__42[0U] = 0U;
    __Vtemp_h63419b7c__42[1U] = 0U;
    __Vtemp_h63419b7c__42[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x2aU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x55U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x54U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__42, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc9a3e215__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x57U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x56U]))));
    __Vtemp_hc9a3e215__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x57U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x56U]))) 
                                        >> 0x20U));
    __Vtemp_hc9a3e215__0[2U] = 0U;
    __Vtemp_h9c79eb7e__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x57U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x56U]))));
    __Vtemp_h9c79eb7e__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x57U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x56U]))) 
                                        >> 0x20U));
    __Vtemp_h9c79eb7e__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hc2deaff3__0, __Vtemp_hc9a3e215__0, __Vtemp_h9c79eb7e__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hc2deaff3__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hc2deaff3__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hc2deaff3__0[2U]);
    __Vtemp_h63419b7c__43[0U] = 0U;
    __Vtemp_h63419b7c__43[1U] = 0U;
    __Vtemp_h63419b7c__43[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x2bU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x57U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x56U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__43, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc989e9e9__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x59U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x58U]))));
    __Vtemp_hc989e9e9__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x59U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x58U]))) 
                                        >> 0x20U));
    __Vtemp_hc989e9e9__0[2U] = 0U;
    __Vtemp_h9c8de3e2__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x59U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x58U]))));
    __Vtemp_h9c8de3e2__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x59U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x58U]))) 
                                        >> 0x20U));
    __Vtemp_h9c8de3e2__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_ha2c54c82__0, __Vtemp_hc989e9e9__0, __Vtemp_h9c8de3e2__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_ha2c54c82__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_ha2c54c82__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_ha2c54c82__0[2U]);
    __Vtemp_h63419b7c__44[0U] = 0U;
    __Vtemp_h63419b7c__44[1U] = 0U;
    __Vtemp_h63419b7c__44[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x2cU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x59U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x58U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__44, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc98e652d__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x5bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5aU]))));
    __Vtemp_hc98e652d__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x5aU]))) 
                                        >> 0x20U));
    __Vtemp_hc98e652d__0[2U] = 0U;
    __Vtemp_h9cb522c6__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x5bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5aU]))));
    __Vtemp_h9cb522c6__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x5aU]))) 
                                        >> 0x20U));
    __Vtemp_h9cb522c6__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h95d4f8b0__0, __Vtemp_hc98e652d__0, __Vtemp_h9cb522c6__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h95d4f8b0__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h95d4f8b0__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h95d4f8b0__0[2U]);
    __Vtemp_h63419b7c__45[0U] = 0U;
    __Vtemp_h63419b7c__45[1U] = 0U;
    __Vtemp_h63419b7c__45[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x2dU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x5bU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x5aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__45, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc992ad01__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x5dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5cU]))));
    __Vtemp_hc992ad01__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x5cU]))) 
                                        >> 0x20U));
    __Vtemp_hc992ad01__0[2U] = 0U;
    __Vtemp_h9c894baa__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x5dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5cU]))));
    __Vtemp_h9c894baa__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x5cU]))) 
                                        >> 0x20U));
    __Vtemp_h9c894baa__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h42fe3fc6__0, __Vtemp_hc992ad01__0, __Vtemp_h9c894baa__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h42fe3fc6__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h42fe3fc6__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h42fe3fc6__0[2U]);
    __Vtemp_h63419b7c__46[0U] = 0U;
    __Vtemp_h63419b7c__46[1U] = 0U;
    __Vtemp_h63419b7c__46[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x2eU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x5dU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x5cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__46, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc9962325__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x5fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5eU]))));
    __Vtemp_hc9962325__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x5eU]))) 
                                        >> 0x20U));
    __Vtemp_hc9962325__0[2U] = 0U;
    __Vtemp_h9c8d234e__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x5fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5eU]))));
    __Vtemp_h9c8d234e__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x5eU]))) 
                                        >> 0x20U));
    __Vtemp_h9c8d234e__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h7eec21c5__0, __Vtemp_hc9962325__0, __Vtemp_h9c8d234e__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h7eec21c5__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h7eec21c5__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h7eec21c5__0[2U]);
    __Vtemp_h63419b7c__47[0U] = 0U;
    __Vtemp_h63419b7c__47[1U] = 0U;
    __Vtemp_h63419b7c__47[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x2fU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x5fU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x5eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__47, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc979c9b9__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x61U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x60U]))));
    __Vtemp_hc979c9b9__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x61U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x60U]))) 
                                        >> 0x20U));
    __Vtemp_hc979c9b9__0[2U] = 0U;
    __Vtemp_h9dde8c32__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x61U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x60U]))));
    __Vtemp_h9dde8c32__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x61U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x60U]))) 
                                        >> 0x20U));
    __Vtemp_h9dde8c32__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h5da81330__0, __Vtemp_hc979c9b9__0, __Vtemp_h9dde8c32__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h5da81330__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h5da81330__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h5da81330__0[2U]);
    __Vtemp_h63419b7c__48[0U] = 0U;
    __Vtemp_h63419b7c__48[1U] = 0U;
    __Vtemp_h63419b7c__48[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x30U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x61U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x60U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__48, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc9afacbd__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x63U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x62U]))));
    __Vtemp_hc9afacbd__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x63U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x62U]))) 
                                        >> 0x20U));
    __Vtemp_hc9afacbd__0[2U] = 0U;
    __Vtemp_h9dc56956__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x63U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x62U]))));
    __Vtemp_h9dc56956__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x63U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x62U]))) 
                                        >> 0x20U));
    __Vtemp_h9dc56956__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hf3b812cd__0, __Vtemp_hc9afacbd__0, __Vtemp_h9dc56956__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hf3b812cd__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hf3b812cd__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf3b812cd__0[2U]);
    __Vtemp_h63419b7c__49[0U] = 0U;
    __Vtemp_h63419b7c__49[1U] = 0U;
    __Vtemp_h63419b7c__49[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x31U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x63U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x62U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__49, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc983c591__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x65U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x64U]))));
    __Vtemp_hc983c591__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x65U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x64U]))) 
                                        >> 0x20U));
    __Vtemp_hc983c591__0[2U] = 0U;
    __Vtemp_h9dd9617a__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x65U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x64U]))));
    __Vtemp_h9dd9617a__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x65U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x64U]))) 
                                        >> 0x20U));
    __Vtemp_h9dd9617a__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hdc3f0a53__0, __Vtemp_hc983c591__0, __Vtemp_h9dd9617a__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hdc3f0a53__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hdc3f0a53__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hdc3f0a53__0[2U]);
    __Vtemp_h63419b7c__50[0U] = 0U;
    __Vtemp_h63419b7c__50[1U] = 0U;
    __Vtemp_h63419b7c__50[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x32U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x65U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x64U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__50, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc802f3b5__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x67U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x66U]))));
    __Vtemp_hc802f3b5__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x67U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x66U]))) 
                                        >> 0x20U));
    __Vtemp_hc802f3b5__0[2U] = 0U;
    __Vtemp_h9c5ce95e__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x67U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x66U]))));
    __Vtemp_h9c5ce95e__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x67U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x66U]))) 
                                        >> 0x20U));
    __Vtemp_h9c5ce95e__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h1645ea71__0, __Vtemp_hc802f3b5__0, __Vtemp_h9c5ce95e__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h1645ea71__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h1645ea71__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1645ea71__0[2U]);
    __Vtemp_h63419b7c__51[0U] = 0U;
    __Vtemp_h63419b7c__51[1U] = 0U;
    __Vtemp_h63419b7c__51[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x33U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x67U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x66U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__51, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc7eeab89__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x69U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x68U]))));
    __Vtemp_hc7eeab89__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x69U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x68U]))) 
                                        >> 0x20U));
    __Vtemp_hc7eeab89__0[2U] = 0U;
    __Vtemp_h9c706482__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x69U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x68U]))));
    __Vtemp_h9c706482__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x69U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x68U]))) 
                                        >> 0x20U));
    __Vtemp_h9c706482__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h774f1d5e__0, __Vtemp_hc7eeab89__0, __Vtemp_h9c706482__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h774f1d5e__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h774f1d5e__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h774f1d5e__0[2U]);
    __Vtemp_h63419b7c__52[0U] = 0U;
    __Vtemp_h63419b7c__52[1U] = 0U;
    __Vtemp_h63419b7c__52[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x34U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x69U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x68U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__52, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc7ea6dcd__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x6bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6aU]))));
    __Vtemp_hc7ea6dcd__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x6aU]))) 
                                        >> 0x20U));
    __Vtemp_hc7ea6dcd__0[2U] = 0U;
    __Vtemp_h9c946ca6__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x6bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6aU]))));
    __Vtemp_h9c946ca6__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x6aU]))) 
                                        >> 0x20U));
    __Vtemp_h9c946ca6__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h64ab09f8__0, __Vtemp_hc7ea6dcd__0, __Vtemp_h9c946ca6__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h64ab09f8__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h64ab09f8__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h64ab09f8__0[2U]);
    __Vtemp_h63419b7c__53[0U] = 0U;
    __Vtemp_h63419b7c__53[1U] = 0U;
    __Vtemp_h63419b7c__53[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x35U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x6bU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x6aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__53, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hcb76ac21__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x6dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6cU]))));
    __Vtemp_hcb76ac21__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x6cU]))) 
                                        >> 0x20U));
    __Vtemp_hcb76ac21__0[2U] = 0U;
    __Vtemp_h9c6883ca__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x6dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6cU]))));
    __Vtemp_h9c6883ca__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x6cU]))) 
                                        >> 0x20U));
    __Vtemp_h9c6883ca__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h69c9afdd__0, __Vtemp_hcb76ac21__0, __Vtemp_h9c6883ca__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h69c9afdd__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h69c9afdd__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h69c9afdd__0[2U]);
    __Vtemp_h63419b7c__54[0U] = 0U;
    __Vtemp_h63419b7c__54[1U] = 0U;
    __Vtemp_h63419b7c__54[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x36U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x6dU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x6cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__54, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hcb71e0c5__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x6fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6eU]))));
    __Vtemp_hcb71e0c5__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x6eU]))) 
                                        >> 0x20U));
    __Vtemp_hcb71e0c5__0[2U] = 0U;
    __Vtemp_h9c6cabae__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x6fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6eU]))));
    __Vtemp_h9c6cabae__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x6eU]))) 
                                        >> 0x20U));
    __Vtemp_h9c6cabae__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h52af8f29__0, __Vtemp_hcb71e0c5__0, __Vtemp_h9c6cabae__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h52af8f29__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h52af8f29__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h52af8f29__0[2U]);
    __Vtemp_h63419b7c__55[0U] = 0U;
    __Vtemp_h63419b7c__55[1U] = 0U;
    __Vtemp_h63419b7c__55[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x37U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x6fU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x6eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__55, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc7de0959__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x71U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x70U]))));
    __Vtemp_hc7de0959__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x71U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x70U]))) 
                                        >> 0x20U));
    __Vtemp_hc7de0959__0[2U] = 0U;
    __Vtemp_h9c410452__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x71U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x70U]))));
    __Vtemp_h9c410452__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x71U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x70U]))) 
                                        >> 0x20U));
    __Vtemp_h9c410452__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h837d01b1__0, __Vtemp_hc7de0959__0, __Vtemp_h9c410452__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h837d01b1__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h837d01b1__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h837d01b1__0[2U]);
    __Vtemp_h63419b7c__56[0U] = 0U;
    __Vtemp_h63419b7c__56[1U] = 0U;
    __Vtemp_h63419b7c__56[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x38U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x71U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x70U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__56, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc7da215d__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x73U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x72U]))));
    __Vtemp_hc7da215d__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x73U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x72U]))) 
                                        >> 0x20U));
    __Vtemp_hc7da215d__0[2U] = 0U;
    __Vtemp_h9d252db6__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x73U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x72U]))));
    __Vtemp_h9d252db6__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x73U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x72U]))) 
                                        >> 0x20U));
    __Vtemp_h9d252db6__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h689c9a44__0, __Vtemp_hc7da215d__0, __Vtemp_h9d252db6__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h689c9a44__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h689c9a44__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h689c9a44__0[2U]);
    __Vtemp_h63419b7c__57[0U] = 0U;
    __Vtemp_h63419b7c__57[1U] = 0U;
    __Vtemp_h63419b7c__57[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x39U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x73U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x72U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__57, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc7e649b1__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x75U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x74U]))));
    __Vtemp_hc7e649b1__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x75U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x74U]))) 
                                        >> 0x20U));
    __Vtemp_hc7e649b1__0[2U] = 0U;
    __Vtemp_h9c38a39a__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x75U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x74U]))));
    __Vtemp_h9c38a39a__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x75U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x74U]))) 
                                        >> 0x20U));
    __Vtemp_h9c38a39a__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h5cfa0fee__0, __Vtemp_hc7e649b1__0, __Vtemp_h9c38a39a__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h5cfa0fee__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h5cfa0fee__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h5cfa0fee__0[2U]);
    __Vtemp_h63419b7c__58[0U] = 0U;
    __Vtemp_h63419b7c__58[1U] = 0U;
    __Vtemp_h63419b7c__58[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x3aU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x75U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x74U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__58, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc7e2b355__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x77U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x76U]))));
    __Vtemp_hc7e2b355__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x77U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x76U]))) 
                                        >> 0x20U));
    __Vtemp_hc7e2b355__0[2U] = 0U;
    __Vtemp_h9c3cebbe__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x77U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x76U]))));
    __Vtemp_h9c3cebbe__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x77U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x76U]))) 
                                        >> 0x20U));
    __Vtemp_h9c3cebbe__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hddc510e0__0, __Vtemp_hc7e2b355__0, __Vtemp_h9c3cebbe__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hddc510e0__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hddc510e0__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hddc510e0__0[2U]);
    __Vtemp_h63419b7c__59[0U] = 0U;
    __Vtemp_h63419b7c__59[1U] = 0U;
    __Vtemp_h63419b7c__59[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x3bU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x77U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x76U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__59, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc6ce66a9__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x79U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x78U]))));
    __Vtemp_hc6ce66a9__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x79U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x78U]))) 
                                        >> 0x20U));
    __Vtemp_hc6ce66a9__0[2U] = 0U;
    __Vtemp_h9c50e5a2__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x79U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x78U]))));
    __Vtemp_h9c50e5a2__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x79U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x78U]))) 
                                        >> 0x20U));
    __Vtemp_h9c50e5a2__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hb3344f3f__0, __Vtemp_hc6ce66a9__0, __Vtemp_h9c50e5a2__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hb3344f3f__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hb3344f3f__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hb3344f3f__0[2U]);
    __Vtemp_h63419b7c__60[0U] = 0U;
    __Vtemp_h63419b7c__60[1U] = 0U;
    __Vtemp_h63419b7c__60[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x3cU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x79U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x78U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__60, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc6c2f36d__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x7bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7aU]))));
    __Vtemp_hc6c2f36d__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x7aU]))) 
                                        >> 0x20U));
    __Vtemp_hc6c2f36d__0[2U] = 0U;
    __Vtemp_h9c74a986__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x7bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7aU]))));
    __Vtemp_h9c74a986__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x7aU]))) 
                                        >> 0x20U));
    __Vtemp_h9c74a986__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hea42351f__0, __Vtemp_hc6c2f36d__0, __Vtemp_h9c74a986__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hea42351f__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hea42351f__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hea42351f__0[2U]);
    __Vtemp_h63419b7c__61[0U] = 0U;
    __Vtemp_h63419b7c__61[1U] = 0U;
    __Vtemp_h63419b7c__61[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x3dU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x7bU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x7aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__61, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc6d6aac1__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x7dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7cU]))));
    __Vtemp_hc6d6aac1__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x7cU]))) 
                                        >> 0x20U));
    __Vtemp_hc6d6aac1__0[2U] = 0U;
    __Vtemp_h9c48c16a__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x7dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7cU]))));
    __Vtemp_h9c48c16a__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x7cU]))) 
                                        >> 0x20U));
    __Vtemp_h9c48c16a__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h2024b7d9__0, __Vtemp_hc6d6aac1__0, __Vtemp_h9c48c16a__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h2024b7d9__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h2024b7d9__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h2024b7d9__0[2U]);
    __Vtemp_h63419b7c__62[0U] = 0U;
    __Vtemp_h63419b7c__62[1U] = 0U;
    __Vtemp_h63419b7c__62[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x3eU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x7dU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x7cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__62, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_hc6cb2d65__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x7fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7eU]))));
    __Vtemp_hc6cb2d65__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x7eU]))) 
                                        >> 0x20U));
    __Vtemp_hc6cb2d65__0[2U] = 0U;
    __Vtemp_h9c4ca98e__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x7fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7eU]))));
    __Vtemp_h9c4ca98e__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x7eU]))) 
                                        >> 0x20U));
    __Vtemp_h9c4ca98e__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h0371b847__0, __Vtemp_hc6cb2d65__0, __Vtemp_h9c4ca98e__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h0371b847__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h0371b847__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h0371b847__0[2U]);
    __Vtemp_h63419b7c__63[0U] = 0U;
    __Vtemp_h63419b7c__63[1U] = 0U;
    __Vtemp_h63419b7c__63[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x3fU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x7fU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x7eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__63, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    pd_top__DOT__decode__DOT__dst_ok = 0U;
    __Vtemp_h1d3ddb07__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))));
    __Vtemp_h1d3ddb07__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
                                        >> 0x20U));
    __Vtemp_h1d3ddb07__0[2U] = 0U;
    __Vtemp_h8d2f253d__1[0U] = (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]);
    __Vtemp_h8d2f253d__1[1U] = 0U;
    __Vtemp_h8d2f253d__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_he232780c__0, __Vtemp_h1d3ddb07__0, __Vtemp_h8d2f253d__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__end_addr[0U] 
        = __Vtemp_he232780c__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__end_addr[1U] 
        = __Vtemp_he232780c__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__end_addr[2U] 
        = (1U & __Vtemp_he232780c__0[2U]);
    __Vtemp_h0ce94479__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[1U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0U]))));
    __Vtemp_h0ce94479__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[1U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0U]))) 
                                        >> 0x20U));
    __Vtemp_h0ce94479__1[2U] = 0U;
    __Vtemp_h3703e4f2__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[1U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0U]))));
    __Vtemp_h3703e4f2__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[1U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0U]))) 
                                        >> 0x20U));
    __Vtemp_h3703e4f2__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h018eb3b5__0, __Vtemp_h0ce94479__1, __Vtemp_h3703e4f2__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h018eb3b5__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h018eb3b5__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h018eb3b5__0[2U]);
    __Vtemp_h63419b7c__64[0U] = 0U;
    __Vtemp_h63419b7c__64[1U] = 0U;
    __Vtemp_h63419b7c__64[2U] = 1U;
    if ((((((IData)(vlSelf->pd_top__DOT__win_enable) 
            & (0U != (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[1U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__64, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h0cc727fd__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[2U]))));
    __Vtemp_h0cc727fd__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[2U]))) 
                                        >> 0x20U));
    __Vtemp_h0cc727fd__1[2U] = 0U;
    __Vtemp_h36cc6916__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[2U]))));
    __Vtemp_h36cc6916__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[2U]))) 
                                        >> 0x20U));
    __Vtemp_h36cc6916__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h958059aa__0, __Vtemp_h0cc727fd__1, __Vtemp_h36cc6916__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h958059aa__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h958059aa__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h958059aa__0[2U]);
    __Vtemp_h63419b7c__65[0U] = 0U;
    __Vtemp_h63419b7c__65[1U] = 0U;
    __Vtemp_h63419b7c__65[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 1U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[3U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[2U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__65, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h0cdb2751__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[4U]))));
    __Vtemp_h0cdb2751__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[4U]))) 
                                        >> 0x20U));
    __Vtemp_h0cdb2751__1[2U] = 0U;
    __Vtemp_h36d0883a__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[4U]))));
    __Vtemp_h36d0883a__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[4U]))) 
                                        >> 0x20U));
    __Vtemp_h36d0883a__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h1cfc77ed__0, __Vtemp_h0cdb2751__1, __Vtemp_h36d0883a__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h1cfc77ed__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h1cfc77ed__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1cfc77ed__0[2U]);
    __Vtemp_h63419b7c__66[0U] = 0U;
    __Vtemp_h63419b7c__66[1U] = 0U;
    __Vtemp_h63419b7c__66[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 2U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[5U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[4U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__66, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h015f27f5__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[7U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[6U]))));
    __Vtemp_h015f27f5__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[7U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[6U]))) 
                                        >> 0x20U));
    __Vtemp_h015f27f5__1[2U] = 0U;
    __Vtemp_h261de89e__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[7U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[6U]))));
    __Vtemp_h261de89e__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[7U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[6U]))) 
                                        >> 0x20U));
    __Vtemp_h261de89e__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hcad1066e__0, __Vtemp_h015f27f5__1, __Vtemp_h261de89e__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hcad1066e__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hcad1066e__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hcad1066e__0[2U]);
    __Vtemp_h63419b7c__67[0U] = 0U;
    __Vtemp_h63419b7c__67[1U] = 0U;
    __Vtemp_h63419b7c__67[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 3U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[7U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[6U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__67, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h0d15a749__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[9U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[8U]))));
    __Vtemp_h0d15a749__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[9U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[8U]))) 
                                        >> 0x20U));
    __Vtemp_h0d15a749__1[2U] = 0U;
    __Vtemp_h39994742__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[9U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[8U]))));
    __Vtemp_h39994742__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[9U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[8U]))) 
                                        >> 0x20U));
    __Vtemp_h39994742__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hfdbe0ab5__0, __Vtemp_h0d15a749__1, __Vtemp_h39994742__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hfdbe0ab5__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hfdbe0ab5__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hfdbe0ab5__0[2U]);
    __Vtemp_h63419b7c__68[0U] = 0U;
    __Vtemp_h63419b7c__68[1U] = 0U;
    __Vtemp_h63419b7c__68[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 4U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[9U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[8U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__68, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h0186690d__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0xbU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xaU]))));
    __Vtemp_h0186690d__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xbU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0xaU]))) 
                                        >> 0x20U));
    __Vtemp_h0186690d__1[2U] = 0U;
    __Vtemp_h261ae266__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0xbU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xaU]))));
    __Vtemp_h261ae266__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xbU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0xaU]))) 
                                        >> 0x20U));
    __Vtemp_h261ae266__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h79c8b17e__0, __Vtemp_h0186690d__1, __Vtemp_h261ae266__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h79c8b17e__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h79c8b17e__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h79c8b17e__0[2U]);
    __Vtemp_h63419b7c__69[0U] = 0U;
    __Vtemp_h63419b7c__69[1U] = 0U;
    __Vtemp_h63419b7c__69[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 5U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0xbU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0xaU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__69, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h0182c8e1__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0xdU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xcU]))));
    __Vtemp_h0182c8e1__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xdU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0xcU]))) 
                                        >> 0x20U));
    __Vtemp_h0182c8e1__1[2U] = 0U;
    __Vtemp_h2556e28a__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0xdU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xcU]))));
    __Vtemp_h2556e28a__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xdU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0xcU]))) 
                                        >> 0x20U));
    __Vtemp_h2556e28a__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h8248248c__0, __Vtemp_h0182c8e1__1, __Vtemp_h2556e28a__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h8248248c__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h8248248c__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8248248c__0[2U]);
    __Vtemp_h63419b7c__70[0U] = 0U;
    __Vtemp_h63419b7c__70[1U] = 0U;
    __Vtemp_h63419b7c__70[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 6U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0xdU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0xcU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__70, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h018ee805__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0xfU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xeU]))));
    __Vtemp_h018ee805__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xfU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0xeU]))) 
                                        >> 0x20U));
    __Vtemp_h018ee805__1[2U] = 0U;
    __Vtemp_h262e28ee__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0xfU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xeU]))));
    __Vtemp_h262e28ee__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xfU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0xeU]))) 
                                        >> 0x20U));
    __Vtemp_h262e28ee__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h8092a19d__0, __Vtemp_h018ee805__1, __Vtemp_h262e28ee__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h8092a19d__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h8092a19d__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8092a19d__0[2U]);
    __Vtemp_h63419b7c__71[0U] = 0U;
    __Vtemp_h63419b7c__71[1U] = 0U;
    __Vtemp_h63419b7c__71[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 7U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0xfU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0xeU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__71, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h018b0819__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x11U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x10U]))));
    __Vtemp_h018b0819__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x11U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x10U]))) 
                                        >> 0x20U));
    __Vtemp_h018b0819__1[2U] = 0U;
    __Vtemp_h262ee312__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x11U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x10U]))));
    __Vtemp_h262ee312__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x11U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x10U]))) 
                                        >> 0x20U));
    __Vtemp_h262ee312__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hb7e0085a__0, __Vtemp_h018b0819__1, __Vtemp_h262ee312__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hb7e0085a__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hb7e0085a__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hb7e0085a__0[2U]);
    __Vtemp_h63419b7c__72[0U] = 0U;
    __Vtemp_h63419b7c__72[1U] = 0U;
    __Vtemp_h63419b7c__72[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 8U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x11U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x10U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__72, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h01b6a59d__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x13U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x12U]))));
    __Vtemp_h01b6a59d__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x13U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x12U]))) 
                                        >> 0x20U));
    __Vtemp_h01b6a59d__1[2U] = 0U;
    __Vtemp_h256b2776__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x13U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x12U]))));
    __Vtemp_h256b2776__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x13U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x12U]))) 
                                        >> 0x20U));
    __Vtemp_h256b2776__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hf5babec2__0, __Vtemp_h01b6a59d__1, __Vtemp_h256b2776__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hf5babec2__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hf5babec2__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf5babec2__0[2U]);
    __Vtemp_h63419b7c__73[0U] = 0U;
    __Vtemp_h63419b7c__73[1U] = 0U;
    __Vtemp_h63419b7c__73[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 9U)) & (0U != (0x1ffffffU & 
                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x13U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x12U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__73, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h01b2a571__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x15U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x14U]))));
    __Vtemp_h01b2a571__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x15U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x14U]))) 
                                        >> 0x20U));
    __Vtemp_h01b2a571__1[2U] = 0U;
    __Vtemp_h2561c65a__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x15U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x14U]))));
    __Vtemp_h2561c65a__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x15U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x14U]))) 
                                        >> 0x20U));
    __Vtemp_h2561c65a__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h65c4ef8f__0, __Vtemp_h01b2a571__1, __Vtemp_h2561c65a__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h65c4ef8f__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h65c4ef8f__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h65c4ef8f__0[2U]);
    __Vtemp_h63419b7c__74[0U] = 0U;
    __Vtemp_h63419b7c__74[1U] = 0U;
    __Vtemp_h63419b7c__74[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0xaU)) & (0U != (0x1ffffffU 
                                         & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x15U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x14U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__74, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h017de795__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x17U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x16U]))));
    __Vtemp_h017de795__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x17U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x16U]))) 
                                        >> 0x20U));
    __Vtemp_h017de795__1[2U] = 0U;
    __Vtemp_h2562e7fe__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x17U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x16U]))));
    __Vtemp_h2562e7fe__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x17U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x16U]))) 
                                        >> 0x20U));
    __Vtemp_h2562e7fe__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h8c31ef4b__0, __Vtemp_h017de795__1, __Vtemp_h2562e7fe__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h8c31ef4b__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h8c31ef4b__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8c31ef4b__0[2U]);
    __Vtemp_h63419b7c__75[0U] = 0U;
    __Vtemp_h63419b7c__75[1U] = 0U;
    __Vtemp_h63419b7c__75[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0xbU)) & (0U != (0x1ffffffU 
                                         & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x17U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x16U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__75, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h0179e769__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x19U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x18U]))));
    __Vtemp_h0179e769__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x19U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x18U]))) 
                                        >> 0x20U));
    __Vtemp_h0179e769__1[2U] = 0U;
    __Vtemp_h253f4762__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x19U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x18U]))));
    __Vtemp_h253f4762__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x19U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x18U]))) 
                                        >> 0x20U));
    __Vtemp_h253f4762__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h1403bcb2__0, __Vtemp_h0179e769__1, __Vtemp_h253f4762__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h1403bcb2__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h1403bcb2__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1403bcb2__0[2U]);
    __Vtemp_h63419b7c__76[0U] = 0U;
    __Vtemp_h63419b7c__76[1U] = 0U;
    __Vtemp_h63419b7c__76[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0xcU)) & (0U != (0x1ffffffU 
                                         & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x19U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x18U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__76, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h02225fad__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x1bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1aU]))));
    __Vtemp_h02225fad__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x1aU]))) 
                                        >> 0x20U));
    __Vtemp_h02225fad__1[2U] = 0U;
    __Vtemp_h25762646__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x1bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1aU]))));
    __Vtemp_h25762646__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x1aU]))) 
                                        >> 0x20U));
    __Vtemp_h25762646__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hb845151a__0, __Vtemp_h02225fad__1, __Vtemp_h25762646__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hb845151a__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hb845151a__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hb845151a__0[2U]);
    __Vtemp_h63419b7c__77[0U] = 0U;
    __Vtemp_h63419b7c__77[1U] = 0U;
    __Vtemp_h63419b7c__77[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0xdU)) & (0U != (0x1ffffffU 
                                         & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x1bU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x1aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__77, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h017b8f81__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x1dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1cU]))));
    __Vtemp_h017b8f81__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x1cU]))) 
                                        >> 0x20U));
    __Vtemp_h017b8f81__1[2U] = 0U;
    __Vtemp_h2572272a__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x1dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1cU]))));
    __Vtemp_h2572272a__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x1cU]))) 
                                        >> 0x20U));
    __Vtemp_h2572272a__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hf8403d55__0, __Vtemp_h017b8f81__1, __Vtemp_h2572272a__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hf8403d55__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hf8403d55__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf8403d55__0[2U]);
    __Vtemp_h63419b7c__78[0U] = 0U;
    __Vtemp_h63419b7c__78[1U] = 0U;
    __Vtemp_h63419b7c__78[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0xeU)) & (0U != (0x1ffffffU 
                                         & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x1dU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x1cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__78, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h022c28a5__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x1fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1eU]))));
    __Vtemp_h022c28a5__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x1eU]))) 
                                        >> 0x20U));
    __Vtemp_h022c28a5__1[2U] = 0U;
    __Vtemp_h254e26ce__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x1fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1eU]))));
    __Vtemp_h254e26ce__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x1eU]))) 
                                        >> 0x20U));
    __Vtemp_h254e26ce__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hc6f82d1a__0, __Vtemp_h022c28a5__1, __Vtemp_h254e26ce__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hc6f82d1a__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hc6f82d1a__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hc6f82d1a__0[2U]);
    __Vtemp_h63419b7c__79[0U] = 0U;
    __Vtemp_h63419b7c__79[1U] = 0U;
    __Vtemp_h63419b7c__79[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0xfU)) & (0U != (0x1ffffffU 
                                         & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x1fU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x1eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__79, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h02284539__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x21U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x20U]))));
    __Vtemp_h02284539__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x21U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x20U]))) 
                                        >> 0x20U));
    __Vtemp_h02284539__1[2U] = 0U;
    __Vtemp_h254d66b2__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x21U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x20U]))));
    __Vtemp_h254d66b2__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x21U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x20U]))) 
                                        >> 0x20U));
    __Vtemp_h254d66b2__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hc48093e9__0, __Vtemp_h02284539__1, __Vtemp_h254d66b2__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hc48093e9__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hc48093e9__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hc48093e9__0[2U]);
    __Vtemp_h63419b7c__80[0U] = 0U;
    __Vtemp_h63419b7c__80[1U] = 0U;
    __Vtemp_h63419b7c__80[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x10U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x21U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x20U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__80, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h021af73d__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x23U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x22U]))));
    __Vtemp_h021af73d__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x23U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x22U]))) 
                                        >> 0x20U));
    __Vtemp_h021af73d__1[2U] = 0U;
    __Vtemp_h37118cd6__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x23U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x22U]))));
    __Vtemp_h37118cd6__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x23U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x22U]))) 
                                        >> 0x20U));
    __Vtemp_h37118cd6__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hb0fc68ca__0, __Vtemp_h021af73d__1, __Vtemp_h37118cd6__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hb0fc68ca__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hb0fc68ca__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hb0fc68ca__0[2U]);
    __Vtemp_h63419b7c__81[0U] = 0U;
    __Vtemp_h63419b7c__81[1U] = 0U;
    __Vtemp_h63419b7c__81[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x11U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x23U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x22U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__81, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h022e7011__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x25U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x24U]))));
    __Vtemp_h022e7011__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x25U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x24U]))) 
                                        >> 0x20U));
    __Vtemp_h022e7011__1[2U] = 0U;
    __Vtemp_h370d85fa__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x25U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x24U]))));
    __Vtemp_h370d85fa__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x25U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x24U]))) 
                                        >> 0x20U));
    __Vtemp_h370d85fa__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h5aec18ae__0, __Vtemp_h022e7011__1, __Vtemp_h370d85fa__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h5aec18ae__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h5aec18ae__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h5aec18ae__0[2U]);
    __Vtemp_h63419b7c__82[0U] = 0U;
    __Vtemp_h63419b7c__82[1U] = 0U;
    __Vtemp_h63419b7c__82[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x12U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x25U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x24U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__82, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hffc3d935__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x27U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x26U]))));
    __Vtemp_hffc3d935__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x27U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x26U]))) 
                                        >> 0x20U));
    __Vtemp_hffc3d935__1[2U] = 0U;
    __Vtemp_h25594dde__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x27U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x26U]))));
    __Vtemp_h25594dde__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x27U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x26U]))) 
                                        >> 0x20U));
    __Vtemp_h25594dde__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h9280ab2d__0, __Vtemp_hffc3d935__1, __Vtemp_h25594dde__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h9280ab2d__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h9280ab2d__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h9280ab2d__0[2U]);
    __Vtemp_h63419b7c__83[0U] = 0U;
    __Vtemp_h63419b7c__83[1U] = 0U;
    __Vtemp_h63419b7c__83[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x13U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x27U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x26U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__83, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h000a5109__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x29U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x28U]))));
    __Vtemp_h000a5109__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x29U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x28U]))) 
                                        >> 0x20U));
    __Vtemp_h000a5109__1[2U] = 0U;
    __Vtemp_h370b2a02__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x29U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x28U]))));
    __Vtemp_h370b2a02__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x29U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x28U]))) 
                                        >> 0x20U));
    __Vtemp_h370b2a02__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hf379231f__0, __Vtemp_h000a5109__1, __Vtemp_h370b2a02__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hf379231f__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hf379231f__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf379231f__0[2U]);
    __Vtemp_h63419b7c__84[0U] = 0U;
    __Vtemp_h63419b7c__84[1U] = 0U;
    __Vtemp_h63419b7c__84[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x14U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x29U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x28U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__84, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hffcbb84d__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x2bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2aU]))));
    __Vtemp_hffcbb84d__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x2aU]))) 
                                        >> 0x20U));
    __Vtemp_hffcbb84d__1[2U] = 0U;
    __Vtemp_h2570b226__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x2bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2aU]))));
    __Vtemp_h2570b226__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x2aU]))) 
                                        >> 0x20U));
    __Vtemp_h2570b226__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h86b1dc54__0, __Vtemp_hffcbb84d__1, __Vtemp_h2570b226__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h86b1dc54__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h86b1dc54__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h86b1dc54__0[2U]);
    __Vtemp_h63419b7c__85[0U] = 0U;
    __Vtemp_h63419b7c__85[1U] = 0U;
    __Vtemp_h63419b7c__85[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x15U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x2bU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x2aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__85, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hffd010a1__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x2dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2cU]))));
    __Vtemp_hffd010a1__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x2cU]))) 
                                        >> 0x20U));
    __Vtemp_hffd010a1__1[2U] = 0U;
    __Vtemp_h2584c94a__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x2dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2cU]))));
    __Vtemp_h2584c94a__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x2cU]))) 
                                        >> 0x20U));
    __Vtemp_h2584c94a__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hf1f78dca__0, __Vtemp_hffd010a1__1, __Vtemp_h2584c94a__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hf1f78dca__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hf1f78dca__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf1f78dca__0[2U]);
    __Vtemp_h63419b7c__86[0U] = 0U;
    __Vtemp_h63419b7c__86[1U] = 0U;
    __Vtemp_h63419b7c__86[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x16U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x2dU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x2cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__86, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hfff55645__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x2fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2eU]))));
    __Vtemp_hfff55645__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x2eU]))) 
                                        >> 0x20U));
    __Vtemp_hfff55645__1[2U] = 0U;
    __Vtemp_h25a8f32e__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x2fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2eU]))));
    __Vtemp_h25a8f32e__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x2eU]))) 
                                        >> 0x20U));
    __Vtemp_h25a8f32e__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h8efcece0__0, __Vtemp_hfff55645__1, __Vtemp_h25a8f32e__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h8efcece0__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h8efcece0__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8efcece0__0[2U]);
    __Vtemp_h63419b7c__87[0U] = 0U;
    __Vtemp_h63419b7c__87[1U] = 0U;
    __Vtemp_h63419b7c__87[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x17U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x2fU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x2eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__87, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hffc8eed9__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x31U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x30U]))));
    __Vtemp_hffc8eed9__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x31U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x30U]))) 
                                        >> 0x20U));
    __Vtemp_hffc8eed9__1[2U] = 0U;
    __Vtemp_h255c88d2__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x31U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x30U]))));
    __Vtemp_h255c88d2__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x31U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x30U]))) 
                                        >> 0x20U));
    __Vtemp_h255c88d2__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h802cabf4__0, __Vtemp_hffc8eed9__1, __Vtemp_h255c88d2__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h802cabf4__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h802cabf4__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h802cabf4__0[2U]);
    __Vtemp_h63419b7c__88[0U] = 0U;
    __Vtemp_h63419b7c__88[1U] = 0U;
    __Vtemp_h63419b7c__88[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x18U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x31U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x30U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__88, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hfff627dd__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x33U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x32U]))));
    __Vtemp_hfff627dd__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x33U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x32U]))) 
                                        >> 0x20U));
    __Vtemp_hfff627dd__1[2U] = 0U;
    __Vtemp_h25a82936__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x33U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x32U]))));
    __Vtemp_h25a82936__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x33U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x32U]))) 
                                        >> 0x20U));
    __Vtemp_h25a82936__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hec84df6d__0, __Vtemp_hfff627dd__1, __Vtemp_h25a82936__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hec84df6d__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hec84df6d__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hec84df6d__0[2U]);
    __Vtemp_h63419b7c__89[0U] = 0U;
    __Vtemp_h63419b7c__89[1U] = 0U;
    __Vtemp_h63419b7c__89[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x19U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x33U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x32U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__89, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hffba5031__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x35U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x34U]))));
    __Vtemp_hffba5031__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x35U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x34U]))) 
                                        >> 0x20U));
    __Vtemp_hffba5031__1[2U] = 0U;
    __Vtemp_h257bb01a__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x35U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x34U]))));
    __Vtemp_h257bb01a__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x35U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x34U]))) 
                                        >> 0x20U));
    __Vtemp_h257bb01a__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h1da79d4a__0, __Vtemp_hffba5031__1, __Vtemp_h257bb01a__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h1da79d4a__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h1da79d4a__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1da79d4a__0[2U]);
    __Vtemp_h63419b7c__90[0U] = 0U;
    __Vtemp_h63419b7c__90[1U] = 0U;
    __Vtemp_h63419b7c__90[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x1aU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x35U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x34U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__90, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hffc066d5__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x37U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x36U]))));
    __Vtemp_hffc066d5__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x37U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x36U]))) 
                                        >> 0x20U));
    __Vtemp_hffc066d5__1[2U] = 0U;
    __Vtemp_h259fe83e__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x37U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x36U]))));
    __Vtemp_h259fe83e__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x37U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x36U]))) 
                                        >> 0x20U));
    __Vtemp_h259fe83e__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h6eddef7d__0, __Vtemp_hffc066d5__1, __Vtemp_h259fe83e__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h6eddef7d__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h6eddef7d__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h6eddef7d__0[2U]);
    __Vtemp_h63419b7c__91[0U] = 0U;
    __Vtemp_h63419b7c__91[1U] = 0U;
    __Vtemp_h63419b7c__91[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x1bU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x37U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x36U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__91, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h01627029__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x39U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x38U]))));
    __Vtemp_h01627029__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x39U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x38U]))) 
                                        >> 0x20U));
    __Vtemp_h01627029__1[2U] = 0U;
    __Vtemp_h25b3f122__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x39U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x38U]))));
    __Vtemp_h25b3f122__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x39U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x38U]))) 
                                        >> 0x20U));
    __Vtemp_h25b3f122__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h387420b1__0, __Vtemp_h01627029__1, __Vtemp_h25b3f122__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h387420b1__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h387420b1__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h387420b1__0[2U]);
    __Vtemp_h63419b7c__92[0U] = 0U;
    __Vtemp_h63419b7c__92[1U] = 0U;
    __Vtemp_h63419b7c__92[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x1cU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x39U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x38U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__92, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h016667ed__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x3bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3aU]))));
    __Vtemp_h016667ed__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x3aU]))) 
                                        >> 0x20U));
    __Vtemp_h016667ed__1[2U] = 0U;
    __Vtemp_h2577a306__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x3bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3aU]))));
    __Vtemp_h2577a306__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x3aU]))) 
                                        >> 0x20U));
    __Vtemp_h2577a306__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h314a5d88__0, __Vtemp_h016667ed__1, __Vtemp_h2577a306__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h314a5d88__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h314a5d88__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h314a5d88__0[2U]);
    __Vtemp_h63419b7c__93[0U] = 0U;
    __Vtemp_h63419b7c__93[1U] = 0U;
    __Vtemp_h63419b7c__93[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x1dU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x3bU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x3aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__93, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h016aaf41__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x3dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3cU]))));
    __Vtemp_h016aaf41__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x3cU]))) 
                                        >> 0x20U));
    __Vtemp_h016aaf41__1[2U] = 0U;
    __Vtemp_h258bcaea__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x3dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3cU]))));
    __Vtemp_h258bcaea__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x3cU]))) 
                                        >> 0x20U));
    __Vtemp_h258bcaea__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hed935b46__0, __Vtemp_h016aaf41__1, __Vtemp_h258bcaea__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hed935b46__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hed935b46__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hed935b46__0[2U]);
    __Vtemp_h63419b7c__94[0U] = 0U;
    __Vtemp_h63419b7c__94[1U] = 0U;
    __Vtemp_h63419b7c__94[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x1eU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x3dU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x3cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__94, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h016f28e5__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x3fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3eU]))));
    __Vtemp_h016f28e5__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x3eU]))) 
                                        >> 0x20U));
    __Vtemp_h016f28e5__1[2U] = 0U;
    __Vtemp_h25afa30e__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x3fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3eU]))));
    __Vtemp_h25afa30e__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x3eU]))) 
                                        >> 0x20U));
    __Vtemp_h25afa30e__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h0e296266__0, __Vtemp_h016f28e5__1, __Vtemp_h25afa30e__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h0e296266__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h0e296266__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h0e296266__0[2U]);
    __Vtemp_h63419b7c__95[0U] = 0U;
    __Vtemp_h63419b7c__95[1U] = 0U;
    __Vtemp_h63419b7c__95[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x1fU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x3fU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x3eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__95, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h0192d0f9__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x41U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x40U]))));
    __Vtemp_h0192d0f9__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x41U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x40U]))) 
                                        >> 0x20U));
    __Vtemp_h0192d0f9__1[2U] = 0U;
    __Vtemp_h25470a72__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x41U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x40U]))));
    __Vtemp_h25470a72__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x41U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x40U]))) 
                                        >> 0x20U));
    __Vtemp_h25470a72__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h7531b3d1__0, __Vtemp_h0192d0f9__1, __Vtemp_h25470a72__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h7531b3d1__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h7531b3d1__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h7531b3d1__0[2U]);
    __Vtemp_h63419b7c__96[0U] = 0U;
    __Vtemp_h63419b7c__96[1U] = 0U;
    __Vtemp_h63419b7c__96[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x20U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x41U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x40U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__96, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h0196237d__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x43U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x42U]))));
    __Vtemp_h0196237d__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x43U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x42U]))) 
                                        >> 0x20U));
    __Vtemp_h0196237d__1[2U] = 0U;
    __Vtemp_h254a6196__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x43U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x42U]))));
    __Vtemp_h254a6196__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x43U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x42U]))) 
                                        >> 0x20U));
    __Vtemp_h254a6196__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h63a59a70__0, __Vtemp_h0196237d__1, __Vtemp_h254a6196__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h63a59a70__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h63a59a70__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h63a59a70__0[2U]);
    __Vtemp_h63419b7c__97[0U] = 0U;
    __Vtemp_h63419b7c__97[1U] = 0U;
    __Vtemp_h63419b7c__97[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x21U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x43U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x42U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__97, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h015a4ad1__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x45U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x44U]))));
    __Vtemp_h015a4ad1__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x45U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x44U]))) 
                                        >> 0x20U));
    __Vtemp_h015a4ad1__1[2U] = 0U;
    __Vtemp_h261e69ba__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x45U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x44U]))));
    __Vtemp_h261e69ba__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x45U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x44U]))) 
                                        >> 0x20U));
    __Vtemp_h261e69ba__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hd05534ec__0, __Vtemp_h015a4ad1__1, __Vtemp_h261e69ba__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hd05534ec__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hd05534ec__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hd05534ec__0[2U]);
    __Vtemp_h63419b7c__98[0U] = 0U;
    __Vtemp_h63419b7c__98[1U] = 0U;
    __Vtemp_h63419b7c__98[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x22U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x45U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x44U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__98, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc6c62875__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x47U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x46U]))));
    __Vtemp_hc6c62875__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x47U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x46U]))) 
                                        >> 0x20U));
    __Vtemp_hc6c62875__1[2U] = 0U;
    __Vtemp_h9cd3e21e__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x47U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x46U]))));
    __Vtemp_h9cd3e21e__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x47U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x46U]))) 
                                        >> 0x20U));
    __Vtemp_h9cd3e21e__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hc6bd832b__0, __Vtemp_hc6c62875__1, __Vtemp_h9cd3e21e__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hc6bd832b__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hc6bd832b__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hc6bd832b__0[2U]);
    __Vtemp_h63419b7c__99[0U] = 0U;
    __Vtemp_h63419b7c__99[1U] = 0U;
    __Vtemp_h63419b7c__99[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x23U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x47U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x46U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__99, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc9ad2fc9__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x49U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x48U]))));
    __Vtemp_hc9ad2fc9__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x49U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x48U]))) 
                                        >> 0x20U));
    __Vtemp_hc9ad2fc9__1[2U] = 0U;
    __Vtemp_h8fb069c2__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x49U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x48U]))));
    __Vtemp_h8fb069c2__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x49U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x48U]))) 
                                        >> 0x20U));
    __Vtemp_h8fb069c2__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h65a6c531__0, __Vtemp_hc9ad2fc9__1, __Vtemp_h8fb069c2__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h65a6c531__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h65a6c531__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h65a6c531__0[2U]);
    __Vtemp_h63419b7c__100[0U] = 0U;
    __Vtemp_h63419b7c__100[1U] = 0U;
    __Vtemp_h63419b7c__100[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x24U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x49U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x48U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__100, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc9af648d__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x4bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4aU]))));
    __Vtemp_hc9af648d__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x4aU]))) 
                                        >> 0x20U));
    __Vtemp_hc9af648d__1[2U] = 0U;
    __Vtemp_h9cd4e4e6__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x4bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4aU]))));
    __Vtemp_h9cd4e4e6__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x4aU]))) 
                                        >> 0x20U));
    __Vtemp_h9cd4e4e6__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hacf3e585__0, __Vtemp_hc9af648d__1, __Vtemp_h9cd4e4e6__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hacf3e585__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hacf3e585__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hacf3e585__0[2U]);
    __Vtemp_h63419b7c__101[0U] = 0U;
    __Vtemp_h63419b7c__101[1U] = 0U;
    __Vtemp_h63419b7c__101[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x25U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x4bU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x4aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__101, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc72fac61__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x4dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4cU]))));
    __Vtemp_hc72fac61__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x4cU]))) 
                                        >> 0x20U));
    __Vtemp_hc72fac61__1[2U] = 0U;
    __Vtemp_h8fa90d0a__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x4dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4cU]))));
    __Vtemp_h8fa90d0a__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x4cU]))) 
                                        >> 0x20U));
    __Vtemp_h8fa90d0a__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h26c77e4e__0, __Vtemp_hc72fac61__1, __Vtemp_h8fa90d0a__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h26c77e4e__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h26c77e4e__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h26c77e4e__0[2U]);
    __Vtemp_h63419b7c__102[0U] = 0U;
    __Vtemp_h63419b7c__102[1U] = 0U;
    __Vtemp_h63419b7c__102[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x26U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x4dU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x4cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__102, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc733e485__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x4fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4eU]))));
    __Vtemp_hc733e485__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x4eU]))) 
                                        >> 0x20U));
    __Vtemp_hc733e485__1[2U] = 0U;
    __Vtemp_h8fa4216e__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x4fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4eU]))));
    __Vtemp_h8fa4216e__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x4eU]))) 
                                        >> 0x20U));
    __Vtemp_h8fa4216e__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hab81d04d__0, __Vtemp_hc733e485__1, __Vtemp_h8fa4216e__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hab81d04d__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hab81d04d__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hab81d04d__0[2U]);
    __Vtemp_h63419b7c__103[0U] = 0U;
    __Vtemp_h63419b7c__103[1U] = 0U;
    __Vtemp_h63419b7c__103[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x27U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x4fU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x4eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__103, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc9980c99__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x51U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x50U]))));
    __Vtemp_hc9980c99__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x51U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x50U]))) 
                                        >> 0x20U));
    __Vtemp_hc9980c99__1[2U] = 0U;
    __Vtemp_h9c808c92__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x51U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x50U]))));
    __Vtemp_h9c808c92__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x51U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x50U]))) 
                                        >> 0x20U));
    __Vtemp_h9c808c92__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h5b5f0643__0, __Vtemp_hc9980c99__1, __Vtemp_h9c808c92__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h5b5f0643__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h5b5f0643__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h5b5f0643__0[2U]);
    __Vtemp_h63419b7c__104[0U] = 0U;
    __Vtemp_h63419b7c__104[1U] = 0U;
    __Vtemp_h63419b7c__104[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x28U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x51U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x50U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__104, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc9a0a31d__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x53U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x52U]))));
    __Vtemp_hc9a0a31d__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x53U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x52U]))) 
                                        >> 0x20U));
    __Vtemp_hc9a0a31d__1[2U] = 0U;
    __Vtemp_h9c622bf6__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x53U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x52U]))));
    __Vtemp_h9c622bf6__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x53U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x52U]))) 
                                        >> 0x20U));
    __Vtemp_h9c622bf6__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hb5aa4518__0, __Vtemp_hc9a0a31d__1, __Vtemp_h9c622bf6__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hb5aa4518__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hb5aa4518__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hb5aa4518__0[2U]);
    __Vtemp_h63419b7c__105[0U] = 0U;
    __Vtemp_h63419b7c__105[1U] = 0U;
    __Vtemp_h63419b7c__105[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x29U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x53U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x52U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__105, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc9a4caf1__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x55U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x54U]))));
    __Vtemp_hc9a4caf1__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x55U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x54U]))) 
                                        >> 0x20U));
    __Vtemp_hc9a4caf1__1[2U] = 0U;
    __Vtemp_h9c78abda__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x55U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x54U]))));
    __Vtemp_h9c78abda__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x55U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x54U]))) 
                                        >> 0x20U));
    __Vtemp_h9c78abda__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h66f5977f__0, __Vtemp_hc9a4caf1__1, __Vtemp_h9c78abda__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h66f5977f__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h66f5977f__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h66f5977f__0[2U]);
    __Vtemp_h63419b7c__106[0U] = 0U;
    __Vtemp_h63419b7c__106[1U] = 0U;
    __Vtemp_h63419b7c__106[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x2aU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x55U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x54U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__106, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc9a3e215__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x57U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x56U]))));
    __Vtemp_hc9a3e215__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x57U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x56U]))) 
                                        >> 0x20U));
    __Vtemp_hc9a3e215__1[2U] = 0U;
    __Vtemp_h9c79eb7e__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x57U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x56U]))));
    __Vtemp_h9c79eb7e__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x57U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x56U]))) 
                                        >> 0x20U));
    __Vtemp_h9c79eb7e__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h1d267a56__0, __Vtemp_hc9a3e215__1, __Vtemp_h9c79eb7e__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h1d267a56__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h1d267a56__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1d267a56__0[2U]);
    __Vtemp_h63419b7c__107[0U] = 0U;
    __Vtemp_h63419b7c__107[1U] = 0U;
    __Vtemp_h63419b7c__107[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x2bU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x57U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x56U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__107, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc989e9e9__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x59U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x58U]))));
    __Vtemp_hc989e9e9__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x59U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x58U]))) 
                                        >> 0x20U));
    __Vtemp_hc989e9e9__1[2U] = 0U;
    __Vtemp_h9c8de3e2__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x59U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x58U]))));
    __Vtemp_h9c8de3e2__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x59U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x58U]))) 
                                        >> 0x20U));
    __Vtemp_h9c8de3e2__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hbf4ea077__0, __Vtemp_hc989e9e9__1, __Vtemp_h9c8de3e2__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hbf4ea077__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hbf4ea077__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hbf4ea077__0[2U]);
    __Vtemp_h63419b7c__108[0U] = 0U;
    __Vtemp_h63419b7c__108[1U] = 0U;
    __Vtemp_h63419b7c__108[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x2cU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x59U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x58U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__108, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc98e652d__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x5bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5aU]))));
    __Vtemp_hc98e652d__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x5aU]))) 
                                        >> 0x20U));
    __Vtemp_hc98e652d__1[2U] = 0U;
    __Vtemp_h9cb522c6__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x5bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5aU]))));
    __Vtemp_h9cb522c6__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x5aU]))) 
                                        >> 0x20U));
    __Vtemp_h9cb522c6__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hcf014122__0, __Vtemp_hc98e652d__1, __Vtemp_h9cb522c6__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hcf014122__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hcf014122__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hcf014122__0[2U]);
    __Vtemp_h63419b7c__109[0U] = 0U;
    __Vtemp_h63419b7c__109[1U] = 0U;
    __Vtemp_h63419b7c__109[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x2dU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x5bU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x5aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__109, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc992ad01__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x5dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5cU]))));
    __Vtemp_hc992ad01__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x5cU]))) 
                                        >> 0x20U));
    __Vtemp_hc992ad01__1[2U] = 0U;
    __Vtemp_h9c894baa__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x5dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5cU]))));
    __Vtemp_h9c894baa__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x5cU]))) 
                                        >> 0x20U));
    __Vtemp_h9c894baa__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h94d10b72__0, __Vtemp_hc992ad01__1, __Vtemp_h9c894baa__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h94d10b72__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h94d10b72__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h94d10b72__0[2U]);
    __Vtemp_h63419b7c__110[0U] = 0U;
    __Vtemp_h63419b7c__110[1U] = 0U;
    __Vtemp_h63419b7c__110[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x2eU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x5dU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x5cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__110, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc9962325__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x5fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5eU]))));
    __Vtemp_hc9962325__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x5eU]))) 
                                        >> 0x20U));
    __Vtemp_hc9962325__1[2U] = 0U;
    __Vtemp_h9c8d234e__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x5fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5eU]))));
    __Vtemp_h9c8d234e__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x5eU]))) 
                                        >> 0x20U));
    __Vtemp_h9c8d234e__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h0c976071__0, __Vtemp_hc9962325__1, __Vtemp_h9c8d234e__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h0c976071__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h0c976071__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h0c976071__0[2U]);
    __Vtemp_h63419b7c__111[0U] = 0U;
    __Vtemp_h63419b7c__111[1U] = 0U;
    __Vtemp_h63419b7c__111[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x2fU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x5fU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x5eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__111, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc979c9b9__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x61U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x60U]))));
    __Vtemp_hc979c9b9__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x61U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x60U]))) 
                                        >> 0x20U));
    __Vtemp_hc979c9b9__1[2U] = 0U;
    __Vtemp_h9dde8c32__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x61U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x60U]))));
    __Vtemp_h9dde8c32__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x61U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x60U]))) 
                                        >> 0x20U));
    __Vtemp_h9dde8c32__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_heff025c8__0, __Vtemp_hc979c9b9__1, __Vtemp_h9dde8c32__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_heff025c8__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_heff025c8__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_heff025c8__0[2U]);
    __Vtemp_h63419b7c__112[0U] = 0U;
    __Vtemp_h63419b7c__112[1U] = 0U;
    __Vtemp_h63419b7c__112[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x30U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x61U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x60U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__112, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc9afacbd__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x63U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x62U]))));
    __Vtemp_hc9afacbd__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x63U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x62U]))) 
                                        >> 0x20U));
    __Vtemp_hc9afacbd__1[2U] = 0U;
    __Vtemp_h9dc56956__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x63U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x62U]))));
    __Vtemp_h9dc56956__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x63U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x62U]))) 
                                        >> 0x20U));
    __Vtemp_h9dc56956__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h6c001b3d__0, __Vtemp_hc9afacbd__1, __Vtemp_h9dc56956__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h6c001b3d__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h6c001b3d__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h6c001b3d__0[2U]);
    __Vtemp_h63419b7c__113[0U] = 0U;
    __Vtemp_h63419b7c__113[1U] = 0U;
    __Vtemp_h63419b7c__113[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x31U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x63U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x62U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__113, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc983c591__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x65U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x64U]))));
    __Vtemp_hc983c591__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x65U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x64U]))) 
                                        >> 0x20U));
    __Vtemp_hc983c591__1[2U] = 0U;
    __Vtemp_h9dd9617a__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x65U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x64U]))));
    __Vtemp_h9dd9617a__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x65U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x64U]))) 
                                        >> 0x20U));
    __Vtemp_h9dd9617a__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hda0ee630__0, __Vtemp_hc983c591__1, __Vtemp_h9dd9617a__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hda0ee630__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hda0ee630__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hda0ee630__0[2U]);
    __Vtemp_h63419b7c__114[0U] = 0U;
    __Vtemp_h63419b7c__114[1U] = 0U;
    __Vtemp_h63419b7c__114[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x32U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x65U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x64U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__114, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc802f3b5__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x67U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x66U]))));
    __Vtemp_hc802f3b5__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x67U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x66U]))) 
                                        >> 0x20U));
    __Vtemp_hc802f3b5__1[2U] = 0U;
    __Vtemp_h9c5ce95e__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x67U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x66U]))));
    __Vtemp_h9c5ce95e__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x67U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x66U]))) 
                                        >> 0x20U));
    __Vtemp_h9c5ce95e__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h2f8533a9__0, __Vtemp_hc802f3b5__1, __Vtemp_h9c5ce95e__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h2f8533a9__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h2f8533a9__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h2f8533a9__0[2U]);
    __Vtemp_h63419b7c__115[0U] = 0U;
    __Vtemp_h63419b7c__115[1U] = 0U;
    __Vtemp_h63419b7c__115[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x33U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x67U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x66U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__115, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc7eeab89__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x69U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x68U]))));
    __Vtemp_hc7eeab89__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x69U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x68U]))) 
                                        >> 0x20U));
    __Vtemp_hc7eeab89__1[2U] = 0U;
    __Vtemp_h9c706482__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x69U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x68U]))));
    __Vtemp_h9c706482__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x69U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x68U]))) 
                                        >> 0x20U));
    __Vtemp_h9c706482__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h24644967__0, __Vtemp_hc7eeab89__1, __Vtemp_h9c706482__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h24644967__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h24644967__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h24644967__0[2U]);
    __Vtemp_h63419b7c__116[0U] = 0U;
    __Vtemp_h63419b7c__116[1U] = 0U;
    __Vtemp_h63419b7c__116[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x34U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x69U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x68U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__116, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc7ea6dcd__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x6bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6aU]))));
    __Vtemp_hc7ea6dcd__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x6aU]))) 
                                        >> 0x20U));
    __Vtemp_hc7ea6dcd__1[2U] = 0U;
    __Vtemp_h9c946ca6__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x6bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6aU]))));
    __Vtemp_h9c946ca6__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x6aU]))) 
                                        >> 0x20U));
    __Vtemp_h9c946ca6__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h3be3e611__0, __Vtemp_hc7ea6dcd__1, __Vtemp_h9c946ca6__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h3be3e611__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h3be3e611__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h3be3e611__0[2U]);
    __Vtemp_h63419b7c__117[0U] = 0U;
    __Vtemp_h63419b7c__117[1U] = 0U;
    __Vtemp_h63419b7c__117[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x35U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x6bU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x6aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__117, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hcb76ac21__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x6dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6cU]))));
    __Vtemp_hcb76ac21__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x6cU]))) 
                                        >> 0x20U));
    __Vtemp_hcb76ac21__1[2U] = 0U;
    __Vtemp_h9c6883ca__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x6dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6cU]))));
    __Vtemp_h9c6883ca__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x6cU]))) 
                                        >> 0x20U));
    __Vtemp_h9c6883ca__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h16b573fb__0, __Vtemp_hcb76ac21__1, __Vtemp_h9c6883ca__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h16b573fb__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h16b573fb__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h16b573fb__0[2U]);
    __Vtemp_h63419b7c__118[0U] = 0U;
    __Vtemp_h63419b7c__118[1U] = 0U;
    __Vtemp_h63419b7c__118[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x36U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x6dU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x6cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__118, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hcb71e0c5__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x6fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6eU]))));
    __Vtemp_hcb71e0c5__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x6eU]))) 
                                        >> 0x20U));
    __Vtemp_hcb71e0c5__1[2U] = 0U;
    __Vtemp_h9c6cabae__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x6fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6eU]))));
    __Vtemp_h9c6cabae__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x6eU]))) 
                                        >> 0x20U));
    __Vtemp_h9c6cabae__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h8615565e__0, __Vtemp_hcb71e0c5__1, __Vtemp_h9c6cabae__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h8615565e__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h8615565e__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8615565e__0[2U]);
    __Vtemp_h63419b7c__119[0U] = 0U;
    __Vtemp_h63419b7c__119[1U] = 0U;
    __Vtemp_h63419b7c__119[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x37U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x6fU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x6eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__119, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc7de0959__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x71U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x70U]))));
    __Vtemp_hc7de0959__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x71U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x70U]))) 
                                        >> 0x20U));
    __Vtemp_hc7de0959__1[2U] = 0U;
    __Vtemp_h9c410452__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x71U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x70U]))));
    __Vtemp_h9c410452__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x71U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x70U]))) 
                                        >> 0x20U));
    __Vtemp_h9c410452__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h4c0b6f62__0, __Vtemp_hc7de0959__1, __Vtemp_h9c410452__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h4c0b6f62__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h4c0b6f62__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h4c0b6f62__0[2U]);
    __Vtemp_h63419b7c__120[0U] = 0U;
    __Vtemp_h63419b7c__120[1U] = 0U;
    __Vtemp_h63419b7c__120[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x38U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x71U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x70U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__120, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc7da215d__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x73U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x72U]))));
    __Vtemp_hc7da215d__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x73U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x72U]))) 
                                        >> 0x20U));
    __Vtemp_hc7da215d__1[2U] = 0U;
    __Vtemp_h9d252db6__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x73U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x72U]))));
    __Vtemp_h9d252db6__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x73U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x72U]))) 
                                        >> 0x20U));
    __Vtemp_h9d252db6__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h68538c00__0, __Vtemp_hc7da215d__1, __Vtemp_h9d252db6__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h68538c00__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h68538c00__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h68538c00__0[2U]);
    __Vtemp_h63419b7c__121[0U] = 0U;
    __Vtemp_h63419b7c__121[1U] = 0U;
    __Vtemp_h63419b7c__121[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x39U)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x73U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x72U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__121, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc7e649b1__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x75U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x74U]))));
    __Vtemp_hc7e649b1__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x75U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x74U]))) 
                                        >> 0x20U));
    __Vtemp_hc7e649b1__1[2U] = 0U;
    __Vtemp_h9c38a39a__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x75U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x74U]))));
    __Vtemp_h9c38a39a__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x75U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x74U]))) 
                                        >> 0x20U));
    __Vtemp_h9c38a39a__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h235336b2__0, __Vtemp_hc7e649b1__1, __Vtemp_h9c38a39a__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h235336b2__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h235336b2__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h235336b2__0[2U]);
    __Vtemp_h63419b7c__122[0U] = 0U;
    __Vtemp_h63419b7c__122[1U] = 0U;
    __Vtemp_h63419b7c__122[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x3aU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x75U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x74U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__122, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc7e2b355__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x77U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x76U]))));
    __Vtemp_hc7e2b355__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x77U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x76U]))) 
                                        >> 0x20U));
    __Vtemp_hc7e2b355__1[2U] = 0U;
    __Vtemp_h9c3cebbe__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x77U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x76U]))));
    __Vtemp_h9c3cebbe__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x77U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x76U]))) 
                                        >> 0x20U));
    __Vtemp_h9c3cebbe__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h35fde9f7__0, __Vtemp_hc7e2b355__1, __Vtemp_h9c3cebbe__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h35fde9f7__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h35fde9f7__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h35fde9f7__0[2U]);
    __Vtemp_h63419b7c__123[0U] = 0U;
    __Vtemp_h63419b7c__123[1U] = 0U;
    __Vtemp_h63419b7c__123[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x3bU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x77U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x76U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__123, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc6ce66a9__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x79U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x78U]))));
    __Vtemp_hc6ce66a9__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x79U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x78U]))) 
                                        >> 0x20U));
    __Vtemp_hc6ce66a9__1[2U] = 0U;
    __Vtemp_h9c50e5a2__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x79U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x78U]))));
    __Vtemp_h9c50e5a2__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x79U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x78U]))) 
                                        >> 0x20U));
    __Vtemp_h9c50e5a2__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h2acb0686__0, __Vtemp_hc6ce66a9__1, __Vtemp_h9c50e5a2__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h2acb0686__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h2acb0686__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h2acb0686__0[2U]);
    __Vtemp_h63419b7c__124[0U] = 0U;
    __Vtemp_h63419b7c__124[1U] = 0U;
    __Vtemp_h63419b7c__124[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x3cU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x79U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x78U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__124, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc6c2f36d__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x7bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7aU]))));
    __Vtemp_hc6c2f36d__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x7aU]))) 
                                        >> 0x20U));
    __Vtemp_hc6c2f36d__1[2U] = 0U;
    __Vtemp_h9c74a986__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x7bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7aU]))));
    __Vtemp_h9c74a986__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x7aU]))) 
                                        >> 0x20U));
    __Vtemp_h9c74a986__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hfca7f7cd__0, __Vtemp_hc6c2f36d__1, __Vtemp_h9c74a986__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hfca7f7cd__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hfca7f7cd__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hfca7f7cd__0[2U]);
    __Vtemp_h63419b7c__125[0U] = 0U;
    __Vtemp_h63419b7c__125[1U] = 0U;
    __Vtemp_h63419b7c__125[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x3dU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x7bU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x7aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__125, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc6d6aac1__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x7dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7cU]))));
    __Vtemp_hc6d6aac1__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x7cU]))) 
                                        >> 0x20U));
    __Vtemp_hc6d6aac1__1[2U] = 0U;
    __Vtemp_h9c48c16a__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x7dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7cU]))));
    __Vtemp_h9c48c16a__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x7cU]))) 
                                        >> 0x20U));
    __Vtemp_h9c48c16a__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_haceb5109__0, __Vtemp_hc6d6aac1__1, __Vtemp_h9c48c16a__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_haceb5109__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_haceb5109__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_haceb5109__0[2U]);
    __Vtemp_h63419b7c__126[0U] = 0U;
    __Vtemp_h63419b7c__126[1U] = 0U;
    __Vtemp_h63419b7c__126[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x3eU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x7dU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x7cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__126, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_hc6cb2d65__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x7fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7eU]))));
    __Vtemp_hc6cb2d65__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x7eU]))) 
                                        >> 0x20U));
    __Vtemp_hc6cb2d65__1[2U] = 0U;
    __Vtemp_h9c4ca98e__1[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x7fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7eU]))));
    __Vtemp_h9c4ca98e__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x7eU]))) 
                                        >> 0x20U));
    __Vtemp_h9c4ca98e__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h1afd5fd5__0, __Vtemp_hc6cb2d65__1, __Vtemp_h9c4ca98e__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h1afd5fd5__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h1afd5fd5__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1afd5fd5__0[2U]);
    __Vtemp_h63419b7c__127[0U] = 0U;
    __Vtemp_h63419b7c__127[1U] = 0U;
    __Vtemp_h63419b7c__127[2U] = 1U;
    if ((((((IData)((vlSelf->pd_top__DOT__win_enable 
                     >> 0x3fU)) & (0U != (0x1ffffffU 
                                          & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[0x7fU])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0x7eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__127, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    vlSelf->pd_top__DOT__align__DOT__last_mask_next 
        = vlSelf->pd_top__DOT__align__DOT__last_mask_reg;
    vlSelf->pd_top__DOT__align__DOT__first_mask_next 
        = vlSelf->pd_top__DOT__align__DOT__first_mask_reg;
    vlSelf->pd_top__DOT__align__DOT__shift_next = vlSelf->pd_top__DOT__align__DOT__shift_reg;
    pd_top__DOT__align__DOT__prime_go = ((IData)(vlSelf->pd_top__DOT__align__DOT__active_reg) 
                                         & ((~ (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__empty)) 
                                            & (IData)(vlSelf->pd_top__DOT__align__DOT__prime_reg)));
    vlSelf->pd_top__DOT__align__DOT____VdfgTmp_h8c8e9143__0 
        = ((~ (IData)(vlSelf->pd_top__DOT__align__DOT__prime_reg)) 
           & (IData)(vlSelf->pd_top__DOT__align__DOT__active_reg));
    vlSelf->m_wr_dat_last = ((4U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)) 
                             | (1U == (IData)(vlSelf->pd_top__DOT__wr__DOT__beats_reg)));
    vlSelf->m_wr_dat_valid = (((~ (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__empty)) 
                               & (2U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) 
                              | ((4U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)) 
                                 | (5U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))));
    vlSelf->pd_top__DOT__wr__DOT__cqe[0U] = 0U;
    vlSelf->pd_top__DOT__wr__DOT__cqe[1U] = 0U;
    vlSelf->pd_top__DOT__wr__DOT__cqe[2U] = 0U;
    vlSelf->pd_top__DOT__wr__DOT__cqe[3U] = 0U;
    vlSelf->pd_top__DOT__wr__DOT__cqe[0U] = (IData)(
                                                    (((QData)((IData)(
                                                                      vlSelf->pd_top__DOT__wcmd[5U])) 
                                                      << 0x35U) 
                                                     | (((QData)((IData)(
                                                                         vlSelf->pd_top__DOT__wcmd[4U])) 
                                                         << 0x15U) 
                                                        | ((QData)((IData)(
                                                                           vlSelf->pd_top__DOT__wcmd[3U])) 
                                                           >> 0xbU))));
    vlSelf->pd_top__DOT__wr__DOT__cqe[1U] = (IData)(
                                                    ((((QData)((IData)(
                                                                       vlSelf->pd_top__DOT__wcmd[5U])) 
                                                       << 0x35U) 
                                                      | (((QData)((IData)(
                                                                          vlSelf->pd_top__DOT__wcmd[4U])) 
                                                          << 0x15U) 
                                                         | ((QData)((IData)(
                                                                            vlSelf->pd_top__DOT__wcmd[3U])) 
                                                            >> 0xbU))) 
                                                     >> 0x20U));
    vlSelf->pd_top__DOT__wr__DOT__cqe[2U] = ((0xf0000U 
                                              & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                 >> 0xbU)) 
                                             | (0xffffU 
                                                & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                   >> 0xbU)));
    vlSelf->pd_top__DOT__wr__DOT__cqe[3U] = ((0xffff0000U 
                                              & vlSelf->pd_top__DOT__wr__DOT__cqe[3U]) 
                                             | (0xffffU 
                                                & ((vlSelf->pd_top__DOT__wcmd[3U] 
                                                    << 5U) 
                                                   | (vlSelf->pd_top__DOT__wcmd[2U] 
                                                      >> 0x1bU))));
    vlSelf->pd_top__DOT__wr__DOT__cqe[3U] = ((0xffffffU 
                                              & vlSelf->pd_top__DOT__wr__DOT__cqe[3U]) 
                                             | (vlSelf->pd_top__DOT__wr__DOT__phase_reg
                                                [(0xfU 
                                                  & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                     >> 0x1bU))] 
                                                << 0x18U));
    vlSelf->pd_top__DOT__wr__DOT__cqm = (0xffffU & 
                                         (((IData)(1U) 
                                           << ((0x4fU 
                                                >= 
                                                (0x7fU 
                                                 & ((IData)(5U) 
                                                    * 
                                                    (0xfU 
                                                     & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                        >> 0x1bU)))))
                                                ? (0x1fU 
                                                   & (((0U 
                                                        == 
                                                        (0x1fU 
                                                         & ((IData)(5U) 
                                                            * 
                                                            (0xfU 
                                                             & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                                >> 0x1bU)))))
                                                        ? 0U
                                                        : 
                                                       (vlSelf->pd_top__DOT__q_cq_log2[
                                                        (((IData)(4U) 
                                                          + 
                                                          (0x7fU 
                                                           & ((IData)(5U) 
                                                              * 
                                                              (0xfU 
                                                               & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                                  >> 0x1bU))))) 
                                                         >> 5U)] 
                                                        << 
                                                        ((IData)(0x20U) 
                                                         - 
                                                         (0x1fU 
                                                          & ((IData)(5U) 
                                                             * 
                                                             (0xfU 
                                                              & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                                 >> 0x1bU))))))) 
                                                      | (vlSelf->pd_top__DOT__q_cq_log2[
                                                         (3U 
                                                          & (((IData)(5U) 
                                                              * 
                                                              (0xfU 
                                                               & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                                  >> 0x1bU))) 
                                                             >> 5U))] 
                                                         >> 
                                                         (0x1fU 
                                                          & ((IData)(5U) 
                                                             * 
                                                             (0xfU 
                                                              & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                                 >> 0x1bU)))))))
                                                : 0U)) 
                                          - (IData)(1U)));
    vlSelf->pd_top__DOT__fetch__DOT__first_next = vlSelf->pd_top__DOT__fetch__DOT__first_reg;
    if (pd_top__DOT__f_rsp_valid) {
        vlSelf->pd_top__DOT__fetch__DOT__rsp_last = 
            (1U & ((~ vlSelf->pd_top__DOT__fetch__DOT__meta_data) 
                   | (IData)(vlSelf->pd_top__DOT__fetch__DOT__first_reg)));
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[1U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[1U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[2U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[2U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[3U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[3U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[4U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[4U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[5U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[5U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[6U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[6U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[7U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[7U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[8U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[8U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[9U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[9U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xaU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xaU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xbU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xbU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xcU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xcU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xdU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xdU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xeU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xeU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xfU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xfU];
        if ((1U & (vlSelf->pd_top__DOT__fetch__DOT__meta_data 
                   & (~ (IData)(vlSelf->pd_top__DOT__fetch__DOT__first_reg))))) {
            vlSelf->pd_top__DOT__fetch__DOT__first_next = 1U;
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[0U] 
                = vlSelf->s_rd_rsp_data[0U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[1U] 
                = vlSelf->s_rd_rsp_data[1U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[2U] 
                = vlSelf->s_rd_rsp_data[2U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[3U] 
                = vlSelf->s_rd_rsp_data[3U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[4U] 
                = vlSelf->s_rd_rsp_data[4U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[5U] 
                = vlSelf->s_rd_rsp_data[5U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[6U] 
                = vlSelf->s_rd_rsp_data[6U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[7U] 
                = vlSelf->s_rd_rsp_data[7U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[8U] 
                = vlSelf->s_rd_rsp_data[8U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[9U] 
                = vlSelf->s_rd_rsp_data[9U];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xaU] 
                = vlSelf->s_rd_rsp_data[0xaU];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xbU] 
                = vlSelf->s_rd_rsp_data[0xbU];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xcU] 
                = vlSelf->s_rd_rsp_data[0xcU];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xdU] 
                = vlSelf->s_rd_rsp_data[0xdU];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xeU] 
                = vlSelf->s_rd_rsp_data[0xeU];
            vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xfU] 
                = vlSelf->s_rd_rsp_data[0xfU];
        } else {
            vlSelf->pd_top__DOT__fetch__DOT__first_next = 0U;
        }
    } else {
        vlSelf->pd_top__DOT__fetch__DOT__rsp_last = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[1U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[1U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[2U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[2U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[3U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[3U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[4U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[4U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[5U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[5U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[6U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[6U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[7U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[7U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[8U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[8U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[9U] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[9U];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xaU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xaU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xbU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xbU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xcU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xcU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xdU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xdU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xeU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xeU];
        vlSelf->pd_top__DOT__fetch__DOT__buf_next[0xfU] 
            = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xfU];
    }
    vlSelf->pd_top__DOT__copy_rd__DOT__issue = ((IData)(vlSelf->pd_top__DOT__copy_rd__DOT__active_reg) 
                                                & (((~ (IData)(vlSelf->pd_top__DOT__c_req_valid)) 
                                                    | (IData)(pd_top__DOT__c_req_ready)) 
                                                   & ((0x3ffU 
                                                       & ((IData)(0x100U) 
                                                          - (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__reserved_reg))) 
                                                      >= (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__chunk_beats))));
    vlSelf->pd_top__DOT__rd_mux__DOT__discard_next 
        = vlSelf->pd_top__DOT__rd_mux__DOT__discard_reg;
    if (((IData)(vlSelf->s_rd_rsp_valid) & (0U != vlSelf->pd_top__DOT__rd_mux__DOT__discard_reg))) {
        vlSelf->pd_top__DOT__rd_mux__DOT__discard_next 
            = (vlSelf->pd_top__DOT__rd_mux__DOT__discard_reg 
               - (IData)(1U));
    }
    if (vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg) {
        vlSelf->pd_top__DOT__rd_mux__DOT__discard_next 
            = vlSelf->pd_top__DOT__rd_mux__DOT__owed_next;
    }
    pd_top__DOT__irqs__DOT__threshold = ((0U == (0xffffU 
                                                 & vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg))
                                          ? 1U : (0xffffU 
                                                  & vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg));
    vlSelf->pd_top__DOT__dw_status = ((0U == (0xffU 
                                              & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[0U]))
                                       ? 0U : ((1U 
                                                == 
                                                (0xffU 
                                                 & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[0U]))
                                                ? (
                                                   ((1U 
                                                     <= 
                                                     vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]) 
                                                    & (0x1000000U 
                                                       >= 
                                                       vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))
                                                    ? 
                                                   (((IData)(pd_top__DOT__decode__DOT__dst_ok) 
                                                     & (IData)(pd_top__DOT__decode__DOT__src_ok))
                                                     ? 0U
                                                     : 3U)
                                                    : 2U)
                                                : 1U));
    vlSelf->pd_top__DOT__fatal_set = ((IData)(vlSelf->pd_top__DOT__stop_valid) 
                                      | ((IData)(vlSelf->pd_top__DOT__fetch__DOT__grant) 
                                         & (~ (IData)(vlSelf->pd_top__DOT__fetch__DOT__issue))));
    if (vlSelf->pd_top__DOT__prst) {
        vlSelf->pd_top__DOT__fatal_set = 0U;
    }
    pd_top__DOT__fetch__DOT__sqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & vlSelf->pd_top__DOT__q_sq_log2[0U])) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & vlSelf->pd_top__DOT__q_cq_log2[0U])) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((pd_top__DOT__q_cq_head[0U] 
                                        - vlSelf->pd_top__DOT__q_cq_tail[0U]) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xfffeU 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig)) 
                                             | (((((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg) 
                                                   & (IData)(pd_top__DOT__q_enable)) 
                                                  & (~ 
                                                     vlSelf->pd_top__DOT__fetch__DOT__stopped_reg
                                                     [0U])) 
                                                 & ((vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                                     [0U] 
                                                     & (IData)(pd_top__DOT__fetch__DOT__sqm)) 
                                                    != 
                                                    (pd_top__DOT__q_sq_tail[0U] 
                                                     & (IData)(pd_top__DOT__fetch__DOT__sqm)))) 
                                                & ((IData)(pd_top__DOT__fetch__DOT__cfree) 
                                                   > 
                                                   vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                   [0U])));
    pd_top__DOT__fetch__DOT__sqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_sq_log2[0U] 
                                                    >> 5U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_cq_log2[0U] 
                                                    >> 5U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((((pd_top__DOT__q_cq_head[0U] 
                                          << 0x10U) 
                                         | (pd_top__DOT__q_cq_head[0U] 
                                            >> 0x10U)) 
                                        - ((vlSelf->pd_top__DOT__q_cq_tail[0U] 
                                            << 0x10U) 
                                           | (vlSelf->pd_top__DOT__q_cq_tail[0U] 
                                              >> 0x10U))) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xfffdU 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig)) 
                                             | (0xfffffffeU 
                                                & ((((((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg) 
                                                       << 1U) 
                                                      & (IData)(pd_top__DOT__q_enable)) 
                                                     & ((~ 
                                                         vlSelf->pd_top__DOT__fetch__DOT__stopped_reg
                                                         [1U]) 
                                                        << 1U)) 
                                                    & (((vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                                         [1U] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm)) 
                                                        != 
                                                        (((pd_top__DOT__q_sq_tail[0U] 
                                                           << 0x10U) 
                                                          | (pd_top__DOT__q_sq_tail[0U] 
                                                             >> 0x10U)) 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm))) 
                                                       << 1U)) 
                                                   & (((IData)(pd_top__DOT__fetch__DOT__cfree) 
                                                       > 
                                                       vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                       [1U]) 
                                                      << 1U))));
    pd_top__DOT__fetch__DOT__sqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_sq_log2[0U] 
                                                    >> 0xaU))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_cq_log2[0U] 
                                                    >> 0xaU))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((pd_top__DOT__q_cq_head[1U] 
                                        - vlSelf->pd_top__DOT__q_cq_tail[1U]) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xfffbU 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig)) 
                                             | (0xfffffffcU 
                                                & ((((((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg) 
                                                       << 2U) 
                                                      & (IData)(pd_top__DOT__q_enable)) 
                                                     & ((~ 
                                                         vlSelf->pd_top__DOT__fetch__DOT__stopped_reg
                                                         [2U]) 
                                                        << 2U)) 
                                                    & (((vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                                         [2U] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm)) 
                                                        != 
                                                        (pd_top__DOT__q_sq_tail[1U] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm))) 
                                                       << 2U)) 
                                                   & (((IData)(pd_top__DOT__fetch__DOT__cfree) 
                                                       > 
                                                       vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                       [2U]) 
                                                      << 2U))));
    pd_top__DOT__fetch__DOT__sqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_sq_log2[0U] 
                                                    >> 0xfU))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_cq_log2[0U] 
                                                    >> 0xfU))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((((pd_top__DOT__q_cq_head[1U] 
                                          << 0x10U) 
                                         | (pd_top__DOT__q_cq_head[1U] 
                                            >> 0x10U)) 
                                        - ((vlSelf->pd_top__DOT__q_cq_tail[1U] 
                                            << 0x10U) 
                                           | (vlSelf->pd_top__DOT__q_cq_tail[1U] 
                                              >> 0x10U))) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xfff7U 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig)) 
                                             | (0xfffffff8U 
                                                & ((((((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg) 
                                                       << 3U) 
                                                      & (IData)(pd_top__DOT__q_enable)) 
                                                     & ((~ 
                                                         vlSelf->pd_top__DOT__fetch__DOT__stopped_reg
                                                         [3U]) 
                                                        << 3U)) 
                                                    & (((vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                                         [3U] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm)) 
                                                        != 
                                                        (((pd_top__DOT__q_sq_tail[1U] 
                                                           << 0x10U) 
                                                          | (pd_top__DOT__q_sq_tail[1U] 
                                                             >> 0x10U)) 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm))) 
                                                       << 3U)) 
                                                   & (((IData)(pd_top__DOT__fetch__DOT__cfree) 
                                                       > 
                                                       vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                       [3U]) 
                                                      << 3U))));
    pd_top__DOT__fetch__DOT__sqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_sq_log2[0U] 
                                                    >> 0x14U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_cq_log2[0U] 
                                                    >> 0x14U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((pd_top__DOT__q_cq_head[2U] 
                                        - vlSelf->pd_top__DOT__q_cq_tail[2U]) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xffefU 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig)) 
                                             | (0xfffffff0U 
                                                & ((((((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg) 
                                                       << 4U) 
                                                      & (IData)(pd_top__DOT__q_enable)) 
                                                     & ((~ 
                                                         vlSelf->pd_top__DOT__fetch__DOT__stopped_reg
                                                         [4U]) 
                                                        << 4U)) 
                                                    & (((vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                                         [4U] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm)) 
                                                        != 
                                                        (pd_top__DOT__q_sq_tail[2U] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm))) 
                                                       << 4U)) 
                                                   & (((IData)(pd_top__DOT__fetch__DOT__cfree) 
                                                       > 
                                                       vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                       [4U]) 
                                                      << 4U))));
    pd_top__DOT__fetch__DOT__sqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_sq_log2[0U] 
                                                    >> 0x19U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_cq_log2[0U] 
                                                    >> 0x19U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((((pd_top__DOT__q_cq_head[2U] 
                                          << 0x10U) 
                                         | (pd_top__DOT__q_cq_head[2U] 
                                            >> 0x10U)) 
                                        - ((vlSelf->pd_top__DOT__q_cq_tail[2U] 
                                            << 0x10U) 
                                           | (vlSelf->pd_top__DOT__q_cq_tail[2U] 
                                              >> 0x10U))) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xffdfU 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig)) 
                                             | (0xffffffe0U 
                                                & ((((((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg) 
                                                       << 5U) 
                                                      & (IData)(pd_top__DOT__q_enable)) 
                                                     & ((~ 
                                                         vlSelf->pd_top__DOT__fetch__DOT__stopped_reg
                                                         [5U]) 
                                                        << 5U)) 
                                                    & (((vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                                         [5U] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm)) 
                                                        != 
                                                        (((pd_top__DOT__q_sq_tail[2U] 
                                                           << 0x10U) 
                                                          | (pd_top__DOT__q_sq_tail[2U] 
                                                             >> 0x10U)) 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm))) 
                                                       << 5U)) 
                                                   & (((IData)(pd_top__DOT__fetch__DOT__cfree) 
                                                       > 
                                                       vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                       [5U]) 
                                                      << 5U))));
    pd_top__DOT__fetch__DOT__sqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & ((vlSelf->pd_top__DOT__q_sq_log2[1U] 
                                                     << 2U) 
                                                    | (vlSelf->pd_top__DOT__q_sq_log2[0U] 
                                                       >> 0x1eU)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & ((vlSelf->pd_top__DOT__q_cq_log2[1U] 
                                                     << 2U) 
                                                    | (vlSelf->pd_top__DOT__q_cq_log2[0U] 
                                                       >> 0x1eU)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((pd_top__DOT__q_cq_head[3U] 
                                        - vlSelf->pd_top__DOT__q_cq_tail[3U]) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xffbfU 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig)) 
                                             | (0xffffffc0U 
                                                & ((((((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg) 
                                                       << 6U) 
                                                      & (IData)(pd_top__DOT__q_enable)) 
                                                     & ((~ 
                                                         vlSelf->pd_top__DOT__fetch__DOT__stopped_reg
                                                         [6U]) 
                                                        << 6U)) 
                                                    & (((vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                                         [6U] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm)) 
                                                        != 
                                                        (pd_top__DOT__q_sq_tail[3U] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm))) 
                                                       << 6U)) 
                                                   & (((IData)(pd_top__DOT__fetch__DOT__cfree) 
                                                       > 
                                                       vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                       [6U]) 
                                                      << 6U))));
    pd_top__DOT__fetch__DOT__sqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_sq_log2[1U] 
                                                    >> 3U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_cq_log2[1U] 
                                                    >> 3U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((((pd_top__DOT__q_cq_head[3U] 
                                          << 0x10U) 
                                         | (pd_top__DOT__q_cq_head[3U] 
                                            >> 0x10U)) 
                                        - ((vlSelf->pd_top__DOT__q_cq_tail[3U] 
                                            << 0x10U) 
                                           | (vlSelf->pd_top__DOT__q_cq_tail[3U] 
                                              >> 0x10U))) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xff7fU 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig)) 
                                             | (0xffffff80U 
                                                & ((((((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg) 
                                                       << 7U) 
                                                      & (IData)(pd_top__DOT__q_enable)) 
                                                     & ((~ 
                                                         vlSelf->pd_top__DOT__fetch__DOT__stopped_reg
                                                         [7U]) 
                                                        << 7U)) 
                                                    & (((vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                                         [7U] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm)) 
                                                        != 
                                                        (((pd_top__DOT__q_sq_tail[3U] 
                                                           << 0x10U) 
                                                          | (pd_top__DOT__q_sq_tail[3U] 
                                                             >> 0x10U)) 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm))) 
                                                       << 7U)) 
                                                   & (((IData)(pd_top__DOT__fetch__DOT__cfree) 
                                                       > 
                                                       vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                       [7U]) 
                                                      << 7U))));
    pd_top__DOT__fetch__DOT__sqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_sq_log2[1U] 
                                                    >> 8U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_cq_log2[1U] 
                                                    >> 8U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((pd_top__DOT__q_cq_head[4U] 
                                        - vlSelf->pd_top__DOT__q_cq_tail[4U]) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xfeffU 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig)) 
                                             | (0xffffff00U 
                                                & ((((((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg) 
                                                       << 8U) 
                                                      & (IData)(pd_top__DOT__q_enable)) 
                                                     & ((~ 
                                                         vlSelf->pd_top__DOT__fetch__DOT__stopped_reg
                                                         [8U]) 
                                                        << 8U)) 
                                                    & (((vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                                         [8U] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm)) 
                                                        != 
                                                        (pd_top__DOT__q_sq_tail[4U] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm))) 
                                                       << 8U)) 
                                                   & (((IData)(pd_top__DOT__fetch__DOT__cfree) 
                                                       > 
                                                       vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                       [8U]) 
                                                      << 8U))));
    pd_top__DOT__fetch__DOT__sqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_sq_log2[1U] 
                                                    >> 0xdU))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_cq_log2[1U] 
                                                    >> 0xdU))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((((pd_top__DOT__q_cq_head[4U] 
                                          << 0x10U) 
                                         | (pd_top__DOT__q_cq_head[4U] 
                                            >> 0x10U)) 
                                        - ((vlSelf->pd_top__DOT__q_cq_tail[4U] 
                                            << 0x10U) 
                                           | (vlSelf->pd_top__DOT__q_cq_tail[4U] 
                                              >> 0x10U))) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xfdffU 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig)) 
                                             | (0xfffffe00U 
                                                & ((((((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg) 
                                                       << 9U) 
                                                      & (IData)(pd_top__DOT__q_enable)) 
                                                     & ((~ 
                                                         vlSelf->pd_top__DOT__fetch__DOT__stopped_reg
                                                         [9U]) 
                                                        << 9U)) 
                                                    & (((vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                                         [9U] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm)) 
                                                        != 
                                                        (((pd_top__DOT__q_sq_tail[4U] 
                                                           << 0x10U) 
                                                          | (pd_top__DOT__q_sq_tail[4U] 
                                                             >> 0x10U)) 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm))) 
                                                       << 9U)) 
                                                   & (((IData)(pd_top__DOT__fetch__DOT__cfree) 
                                                       > 
                                                       vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                       [9U]) 
                                                      << 9U))));
    pd_top__DOT__fetch__DOT__sqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_sq_log2[1U] 
                                                    >> 0x12U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_cq_log2[1U] 
                                                    >> 0x12U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((pd_top__DOT__q_cq_head[5U] 
                                        - vlSelf->pd_top__DOT__q_cq_tail[5U]) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xfbffU 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig)) 
                                             | (0xfffffc00U 
                                                & ((((((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg) 
                                                       << 0xaU) 
                                                      & (IData)(pd_top__DOT__q_enable)) 
                                                     & ((~ 
                                                         vlSelf->pd_top__DOT__fetch__DOT__stopped_reg
                                                         [0xaU]) 
                                                        << 0xaU)) 
                                                    & (((vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                                         [0xaU] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm)) 
                                                        != 
                                                        (pd_top__DOT__q_sq_tail[5U] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm))) 
                                                       << 0xaU)) 
                                                   & (((IData)(pd_top__DOT__fetch__DOT__cfree) 
                                                       > 
                                                       vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                       [0xaU]) 
                                                      << 0xaU))));
    pd_top__DOT__fetch__DOT__sqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_sq_log2[1U] 
                                                    >> 0x17U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_cq_log2[1U] 
                                                    >> 0x17U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((((pd_top__DOT__q_cq_head[5U] 
                                          << 0x10U) 
                                         | (pd_top__DOT__q_cq_head[5U] 
                                            >> 0x10U)) 
                                        - ((vlSelf->pd_top__DOT__q_cq_tail[5U] 
                                            << 0x10U) 
                                           | (vlSelf->pd_top__DOT__q_cq_tail[5U] 
                                              >> 0x10U))) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xf7ffU 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig)) 
                                             | (0xfffff800U 
                                                & ((((((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg) 
                                                       << 0xbU) 
                                                      & (IData)(pd_top__DOT__q_enable)) 
                                                     & ((~ 
                                                         vlSelf->pd_top__DOT__fetch__DOT__stopped_reg
                                                         [0xbU]) 
                                                        << 0xbU)) 
                                                    & (((vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                                         [0xbU] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm)) 
                                                        != 
                                                        (((pd_top__DOT__q_sq_tail[5U] 
                                                           << 0x10U) 
                                                          | (pd_top__DOT__q_sq_tail[5U] 
                                                             >> 0x10U)) 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm))) 
                                                       << 0xbU)) 
                                                   & (((IData)(pd_top__DOT__fetch__DOT__cfree) 
                                                       > 
                                                       vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                       [0xbU]) 
                                                      << 0xbU))));
    pd_top__DOT__fetch__DOT__sqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & ((vlSelf->pd_top__DOT__q_sq_log2[2U] 
                                                     << 4U) 
                                                    | (vlSelf->pd_top__DOT__q_sq_log2[1U] 
                                                       >> 0x1cU)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & ((vlSelf->pd_top__DOT__q_cq_log2[2U] 
                                                     << 4U) 
                                                    | (vlSelf->pd_top__DOT__q_cq_log2[1U] 
                                                       >> 0x1cU)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((pd_top__DOT__q_cq_head[6U] 
                                        - vlSelf->pd_top__DOT__q_cq_tail[6U]) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xefffU 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig)) 
                                             | (0xfffff000U 
                                                & ((((((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg) 
                                                       << 0xcU) 
                                                      & (IData)(pd_top__DOT__q_enable)) 
                                                     & ((~ 
                                                         vlSelf->pd_top__DOT__fetch__DOT__stopped_reg
                                                         [0xcU]) 
                                                        << 0xcU)) 
                                                    & (((vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                                         [0xcU] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm)) 
                                                        != 
                                                        (pd_top__DOT__q_sq_tail[6U] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm))) 
                                                       << 0xcU)) 
                                                   & (((IData)(pd_top__DOT__fetch__DOT__cfree) 
                                                       > 
                                                       vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                       [0xcU]) 
                                                      << 0xcU))));
    pd_top__DOT__fetch__DOT__sqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_sq_log2[2U] 
                                                    >> 1U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_cq_log2[2U] 
                                                    >> 1U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((((pd_top__DOT__q_cq_head[6U] 
                                          << 0x10U) 
                                         | (pd_top__DOT__q_cq_head[6U] 
                                            >> 0x10U)) 
                                        - ((vlSelf->pd_top__DOT__q_cq_tail[6U] 
                                            << 0x10U) 
                                           | (vlSelf->pd_top__DOT__q_cq_tail[6U] 
                                              >> 0x10U))) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xdfffU 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig)) 
                                             | (0xffffe000U 
                                                & ((((((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg) 
                                                       << 0xdU) 
                                                      & (IData)(pd_top__DOT__q_enable)) 
                                                     & ((~ 
                                                         vlSelf->pd_top__DOT__fetch__DOT__stopped_reg
                                                         [0xdU]) 
                                                        << 0xdU)) 
                                                    & (((vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                                         [0xdU] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm)) 
                                                        != 
                                                        (((pd_top__DOT__q_sq_tail[6U] 
                                                           << 0x10U) 
                                                          | (pd_top__DOT__q_sq_tail[6U] 
                                                             >> 0x10U)) 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm))) 
                                                       << 0xdU)) 
                                                   & (((IData)(pd_top__DOT__fetch__DOT__cfree) 
                                                       > 
                                                       vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                       [0xdU]) 
                                                      << 0xdU))));
    pd_top__DOT__fetch__DOT__sqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_sq_log2[2U] 
                                                    >> 6U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_cq_log2[2U] 
                                                    >> 6U))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((pd_top__DOT__q_cq_head[7U] 
                                        - vlSelf->pd_top__DOT__q_cq_tail[7U]) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xbfffU 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig)) 
                                             | (0xffffc000U 
                                                & ((((((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg) 
                                                       << 0xeU) 
                                                      & (IData)(pd_top__DOT__q_enable)) 
                                                     & ((~ 
                                                         vlSelf->pd_top__DOT__fetch__DOT__stopped_reg
                                                         [0xeU]) 
                                                        << 0xeU)) 
                                                    & (((vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                                         [0xeU] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm)) 
                                                        != 
                                                        (pd_top__DOT__q_sq_tail[7U] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm))) 
                                                       << 0xeU)) 
                                                   & (((IData)(pd_top__DOT__fetch__DOT__cfree) 
                                                       > 
                                                       vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                       [0xeU]) 
                                                      << 0xeU))));
    pd_top__DOT__fetch__DOT__sqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_sq_log2[2U] 
                                                    >> 0xbU))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->pd_top__DOT__q_cq_log2[2U] 
                                                    >> 0xbU))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((((pd_top__DOT__q_cq_head[7U] 
                                          << 0x10U) 
                                         | (pd_top__DOT__q_cq_head[7U] 
                                            >> 0x10U)) 
                                        - ((vlSelf->pd_top__DOT__q_cq_tail[7U] 
                                            << 0x10U) 
                                           | (vlSelf->pd_top__DOT__q_cq_tail[7U] 
                                              >> 0x10U))) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0x7fffU 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig)) 
                                             | (0xffff8000U 
                                                & ((((((IData)(vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg) 
                                                       << 0xfU) 
                                                      & (IData)(pd_top__DOT__q_enable)) 
                                                     & ((~ 
                                                         vlSelf->pd_top__DOT__fetch__DOT__stopped_reg
                                                         [0xfU]) 
                                                        << 0xfU)) 
                                                    & (((vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                                         [0xfU] 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm)) 
                                                        != 
                                                        (((pd_top__DOT__q_sq_tail[7U] 
                                                           << 0x10U) 
                                                          | (pd_top__DOT__q_sq_tail[7U] 
                                                             >> 0x10U)) 
                                                         & (IData)(pd_top__DOT__fetch__DOT__sqm))) 
                                                       << 0xfU)) 
                                                   & (((IData)(pd_top__DOT__fetch__DOT__cfree) 
                                                       > 
                                                       vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                       [0xfU]) 
                                                      << 0xfU))));
    vlSelf->pd_top__DOT__align__DOT__prime_next = vlSelf->pd_top__DOT__align__DOT__prime_reg;
    pd_top__DOT__align__DOT__out_go = ((IData)(vlSelf->pd_top__DOT__align__DOT____VdfgTmp_h8c8e9143__0) 
                                       & ((~ (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__full)) 
                                          & (IData)(vlSelf->pd_top__DOT__align__DOT____VdfgTmp_h47fe0679__0)));
    vlSelf->pd_top__DOT__wr__DOT__dat_fire = ((IData)(vlSelf->m_wr_dat_valid) 
                                              & (IData)(vlSelf->m_wr_dat_ready));
    vlSelf->pd_top__DOT__wr__DOT__tail = (vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                          [(0xfU & 
                                            (vlSelf->pd_top__DOT__wcmd[5U] 
                                             >> 0x1bU))] 
                                          & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqm));
    vlSelf->pd_top__DOT__copy_rd__DOT__seq_next = vlSelf->pd_top__DOT__copy_rd__DOT__seq_reg;
    vlSelf->pd_top__DOT__copy_rd__DOT__req_addr_next 
        = vlSelf->pd_top__DOT__c_req_addr;
    vlSelf->pd_top__DOT__copy_rd__DOT__req_len_next 
        = vlSelf->pd_top__DOT__c_req_len;
    vlSelf->pd_top__DOT__copy_rd__DOT__req_tag_next 
        = vlSelf->pd_top__DOT__c_req_tag;
    vlSelf->pd_top__DOT__copy_rd__DOT__req_valid_next 
        = ((IData)(vlSelf->pd_top__DOT__c_req_valid) 
           & (~ (IData)(pd_top__DOT__c_req_ready)));
    vlSelf->pd_top__DOT__copy_rd__DOT__active_next 
        = vlSelf->pd_top__DOT__copy_rd__DOT__active_reg;
    vlSelf->pd_top__DOT__copy_rd__DOT__addr_next = vlSelf->pd_top__DOT__copy_rd__DOT__addr_reg;
    if (vlSelf->pd_top__DOT__copy_rd__DOT__issue) {
        vlSelf->pd_top__DOT__copy_rd__DOT__seq_next 
            = (0x7fU & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__seq_reg)));
        vlSelf->pd_top__DOT__copy_rd__DOT__req_addr_next 
            = vlSelf->pd_top__DOT__copy_rd__DOT__addr_reg;
        vlSelf->pd_top__DOT__copy_rd__DOT__req_len_next 
            = vlSelf->pd_top__DOT__copy_rd__DOT__chunk;
        vlSelf->pd_top__DOT__copy_rd__DOT__req_tag_next 
            = vlSelf->pd_top__DOT__copy_rd__DOT__seq_reg;
        vlSelf->pd_top__DOT__copy_rd__DOT__req_valid_next = 1U;
        if ((vlSelf->pd_top__DOT__copy_rd__DOT__rem_reg 
             == (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__chunk))) {
            vlSelf->pd_top__DOT__copy_rd__DOT__active_next = 0U;
        }
        vlSelf->pd_top__DOT__copy_rd__DOT__addr_next 
            = (vlSelf->pd_top__DOT__copy_rd__DOT__addr_reg 
               + (QData)((IData)(vlSelf->pd_top__DOT__copy_rd__DOT__chunk)));
        vlSelf->pd_top__DOT__copy_rd__DOT__rem_next 
            = vlSelf->pd_top__DOT__copy_rd__DOT__rem_reg;
        vlSelf->pd_top__DOT__copy_rd__DOT__rem_next 
            = (0x1ffffffU & (vlSelf->pd_top__DOT__copy_rd__DOT__rem_reg 
                             - (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__chunk)));
    } else {
        vlSelf->pd_top__DOT__copy_rd__DOT__rem_next 
            = vlSelf->pd_top__DOT__copy_rd__DOT__rem_reg;
    }
    if ((1U & ((~ (IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__empty)) 
               & (~ (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__active_reg))))) {
        vlSelf->pd_top__DOT__copy_rd__DOT__active_next = 1U;
        vlSelf->pd_top__DOT__copy_rd__DOT__addr_next 
            = (((QData)((IData)(vlSelf->pd_top__DOT____Vcellout__rcmd_fifo__m_data[2U])) 
                << 0x27U) | (((QData)((IData)(vlSelf->pd_top__DOT____Vcellout__rcmd_fifo__m_data[1U])) 
                              << 7U) | ((QData)((IData)(
                                                        vlSelf->pd_top__DOT____Vcellout__rcmd_fifo__m_data[0U])) 
                                        >> 0x19U)));
        vlSelf->pd_top__DOT__copy_rd__DOT__rem_next 
            = (0x1ffffffU & vlSelf->pd_top__DOT____Vcellout__rcmd_fifo__m_data[0U]);
    }
    pd_top__DOT__irqs__DOT__p = (0x1ffffU & (vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                             [0U] + 
                                             ((IData)(vlSelf->pd_top__DOT__irq_evt_valid) 
                                              & (0U 
                                                 == (IData)(vlSelf->pd_top__DOT__irq_evt_vector)))));
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xfffeU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next)) 
                                                | ((0U 
                                                    != pd_top__DOT__irqs__DOT__p) 
                                                   & ((pd_top__DOT__irqs__DOT__p 
                                                       >= pd_top__DOT__irqs__DOT__threshold) 
                                                      | (((0U 
                                                           != 
                                                           (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                            >> 0x10U)) 
                                                          & (0U 
                                                             != 
                                                             vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                             [0U])) 
                                                         & ((0xffffffffffULL 
                                                             & (1ULL 
                                                                + 
                                                                vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                                                [0U])) 
                                                            >= 
                                                            (0xffffffffffULL 
                                                             & (0xfaULL 
                                                                * (QData)((IData)(
                                                                                (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                                                >> 0x10U))))))))));
    if ((1U & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next))) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[0U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[0U] = 0ULL;
    } else {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[0U] 
            = pd_top__DOT__irqs__DOT__p;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[0U] 
            = ((0U != vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                [0U]) ? (0xffffffffffULL & (1ULL + 
                                            vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                            [0U])) : 0ULL);
    }
    pd_top__DOT__irqs__DOT__p = (0x1ffffU & (vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                             [1U] + 
                                             ((IData)(vlSelf->pd_top__DOT__irq_evt_valid) 
                                              & (1U 
                                                 == (IData)(vlSelf->pd_top__DOT__irq_evt_vector)))));
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xfffdU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next)) 
                                                | (((0U 
                                                     != pd_top__DOT__irqs__DOT__p) 
                                                    & ((pd_top__DOT__irqs__DOT__p 
                                                        >= pd_top__DOT__irqs__DOT__threshold) 
                                                       | (((0U 
                                                            != 
                                                            (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                             >> 0x10U)) 
                                                           & (0U 
                                                              != 
                                                              vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                              [1U])) 
                                                          & ((0xffffffffffULL 
                                                              & (1ULL 
                                                                 + 
                                                                 vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                                                 [1U])) 
                                                             >= 
                                                             (0xffffffffffULL 
                                                              & (0xfaULL 
                                                                 * (QData)((IData)(
                                                                                (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                                                >> 0x10U))))))))) 
                                                   << 1U));
    if ((2U & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next))) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[1U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[1U] = 0ULL;
    } else {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[1U] 
            = pd_top__DOT__irqs__DOT__p;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[1U] 
            = ((0U != vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                [1U]) ? (0xffffffffffULL & (1ULL + 
                                            vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                            [1U])) : 0ULL);
    }
    pd_top__DOT__irqs__DOT__p = (0x1ffffU & (vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                             [2U] + 
                                             ((IData)(vlSelf->pd_top__DOT__irq_evt_valid) 
                                              & (2U 
                                                 == (IData)(vlSelf->pd_top__DOT__irq_evt_vector)))));
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xfffbU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next)) 
                                                | (((0U 
                                                     != pd_top__DOT__irqs__DOT__p) 
                                                    & ((pd_top__DOT__irqs__DOT__p 
                                                        >= pd_top__DOT__irqs__DOT__threshold) 
                                                       | (((0U 
                                                            != 
                                                            (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                             >> 0x10U)) 
                                                           & (0U 
                                                              != 
                                                              vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                              [2U])) 
                                                          & ((0xffffffffffULL 
                                                              & (1ULL 
                                                                 + 
                                                                 vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                                                 [2U])) 
                                                             >= 
                                                             (0xffffffffffULL 
                                                              & (0xfaULL 
                                                                 * (QData)((IData)(
                                                                                (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                                                >> 0x10U))))))))) 
                                                   << 2U));
    if ((4U & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next))) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[2U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[2U] = 0ULL;
    } else {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[2U] 
            = pd_top__DOT__irqs__DOT__p;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[2U] 
            = ((0U != vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                [2U]) ? (0xffffffffffULL & (1ULL + 
                                            vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                            [2U])) : 0ULL);
    }
    pd_top__DOT__irqs__DOT__p = (0x1ffffU & (vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                             [3U] + 
                                             ((IData)(vlSelf->pd_top__DOT__irq_evt_valid) 
                                              & (3U 
                                                 == (IData)(vlSelf->pd_top__DOT__irq_evt_vector)))));
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xfff7U 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next)) 
                                                | (((0U 
                                                     != pd_top__DOT__irqs__DOT__p) 
                                                    & ((pd_top__DOT__irqs__DOT__p 
                                                        >= pd_top__DOT__irqs__DOT__threshold) 
                                                       | (((0U 
                                                            != 
                                                            (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                             >> 0x10U)) 
                                                           & (0U 
                                                              != 
                                                              vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                              [3U])) 
                                                          & ((0xffffffffffULL 
                                                              & (1ULL 
                                                                 + 
                                                                 vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                                                 [3U])) 
                                                             >= 
                                                             (0xffffffffffULL 
                                                              & (0xfaULL 
                                                                 * (QData)((IData)(
                                                                                (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                                                >> 0x10U))))))))) 
                                                   << 3U));
    if ((8U & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next))) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[3U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[3U] = 0ULL;
    } else {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[3U] 
            = pd_top__DOT__irqs__DOT__p;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[3U] 
            = ((0U != vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                [3U]) ? (0xffffffffffULL & (1ULL + 
                                            vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                            [3U])) : 0ULL);
    }
    pd_top__DOT__irqs__DOT__p = (0x1ffffU & (vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                             [4U] + 
                                             ((IData)(vlSelf->pd_top__DOT__irq_evt_valid) 
                                              & (4U 
                                                 == (IData)(vlSelf->pd_top__DOT__irq_evt_vector)))));
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xffefU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next)) 
                                                | (((0U 
                                                     != pd_top__DOT__irqs__DOT__p) 
                                                    & ((pd_top__DOT__irqs__DOT__p 
                                                        >= pd_top__DOT__irqs__DOT__threshold) 
                                                       | (((0U 
                                                            != 
                                                            (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                             >> 0x10U)) 
                                                           & (0U 
                                                              != 
                                                              vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                              [4U])) 
                                                          & ((0xffffffffffULL 
                                                              & (1ULL 
                                                                 + 
                                                                 vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                                                 [4U])) 
                                                             >= 
                                                             (0xffffffffffULL 
                                                              & (0xfaULL 
                                                                 * (QData)((IData)(
                                                                                (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                                                >> 0x10U))))))))) 
                                                   << 4U));
    if ((0x10U & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next))) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[4U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[4U] = 0ULL;
    } else {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[4U] 
            = pd_top__DOT__irqs__DOT__p;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[4U] 
            = ((0U != vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                [4U]) ? (0xffffffffffULL & (1ULL + 
                                            vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                            [4U])) : 0ULL);
    }
    pd_top__DOT__irqs__DOT__p = (0x1ffffU & (vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                             [5U] + 
                                             ((IData)(vlSelf->pd_top__DOT__irq_evt_valid) 
                                              & (5U 
                                                 == (IData)(vlSelf->pd_top__DOT__irq_evt_vector)))));
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xffdfU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next)) 
                                                | (((0U 
                                                     != pd_top__DOT__irqs__DOT__p) 
                                                    & ((pd_top__DOT__irqs__DOT__p 
                                                        >= pd_top__DOT__irqs__DOT__threshold) 
                                                       | (((0U 
                                                            != 
                                                            (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                             >> 0x10U)) 
                                                           & (0U 
                                                              != 
                                                              vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                              [5U])) 
                                                          & ((0xffffffffffULL 
                                                              & (1ULL 
                                                                 + 
                                                                 vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                                                 [5U])) 
                                                             >= 
                                                             (0xffffffffffULL 
                                                              & (0xfaULL 
                                                                 * (QData)((IData)(
                                                                                (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                                                >> 0x10U))))))))) 
                                                   << 5U));
    if ((0x20U & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next))) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[5U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[5U] = 0ULL;
    } else {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[5U] 
            = pd_top__DOT__irqs__DOT__p;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[5U] 
            = ((0U != vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                [5U]) ? (0xffffffffffULL & (1ULL + 
                                            vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                            [5U])) : 0ULL);
    }
    pd_top__DOT__irqs__DOT__p = (0x1ffffU & (vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                             [6U] + 
                                             ((IData)(vlSelf->pd_top__DOT__irq_evt_valid) 
                                              & (6U 
                                                 == (IData)(vlSelf->pd_top__DOT__irq_evt_vector)))));
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xffbfU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next)) 
                                                | (((0U 
                                                     != pd_top__DOT__irqs__DOT__p) 
                                                    & ((pd_top__DOT__irqs__DOT__p 
                                                        >= pd_top__DOT__irqs__DOT__threshold) 
                                                       | (((0U 
                                                            != 
                                                            (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                             >> 0x10U)) 
                                                           & (0U 
                                                              != 
                                                              vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                              [6U])) 
                                                          & ((0xffffffffffULL 
                                                              & (1ULL 
                                                                 + 
                                                                 vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                                                 [6U])) 
                                                             >= 
                                                             (0xffffffffffULL 
                                                              & (0xfaULL 
                                                                 * (QData)((IData)(
                                                                                (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                                                >> 0x10U))))))))) 
                                                   << 6U));
    if ((0x40U & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next))) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[6U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[6U] = 0ULL;
    } else {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[6U] 
            = pd_top__DOT__irqs__DOT__p;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[6U] 
            = ((0U != vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                [6U]) ? (0xffffffffffULL & (1ULL + 
                                            vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                            [6U])) : 0ULL);
    }
    pd_top__DOT__irqs__DOT__p = (0x1ffffU & (vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                             [7U] + 
                                             ((IData)(vlSelf->pd_top__DOT__irq_evt_valid) 
                                              & (7U 
                                                 == (IData)(vlSelf->pd_top__DOT__irq_evt_vector)))));
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xff7fU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next)) 
                                                | (((0U 
                                                     != pd_top__DOT__irqs__DOT__p) 
                                                    & ((pd_top__DOT__irqs__DOT__p 
                                                        >= pd_top__DOT__irqs__DOT__threshold) 
                                                       | (((0U 
                                                            != 
                                                            (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                             >> 0x10U)) 
                                                           & (0U 
                                                              != 
                                                              vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                              [7U])) 
                                                          & ((0xffffffffffULL 
                                                              & (1ULL 
                                                                 + 
                                                                 vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                                                 [7U])) 
                                                             >= 
                                                             (0xffffffffffULL 
                                                              & (0xfaULL 
                                                                 * (QData)((IData)(
                                                                                (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                                                >> 0x10U))))))))) 
                                                   << 7U));
    if ((0x80U & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next))) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[7U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[7U] = 0ULL;
    } else {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[7U] 
            = pd_top__DOT__irqs__DOT__p;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[7U] 
            = ((0U != vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                [7U]) ? (0xffffffffffULL & (1ULL + 
                                            vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                            [7U])) : 0ULL);
    }
    pd_top__DOT__irqs__DOT__p = (0x1ffffU & (vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                             [8U] + 
                                             ((IData)(vlSelf->pd_top__DOT__irq_evt_valid) 
                                              & (8U 
                                                 == (IData)(vlSelf->pd_top__DOT__irq_evt_vector)))));
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xfeffU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next)) 
                                                | (((0U 
                                                     != pd_top__DOT__irqs__DOT__p) 
                                                    & ((pd_top__DOT__irqs__DOT__p 
                                                        >= pd_top__DOT__irqs__DOT__threshold) 
                                                       | (((0U 
                                                            != 
                                                            (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                             >> 0x10U)) 
                                                           & (0U 
                                                              != 
                                                              vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                              [8U])) 
                                                          & ((0xffffffffffULL 
                                                              & (1ULL 
                                                                 + 
                                                                 vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                                                 [8U])) 
                                                             >= 
                                                             (0xffffffffffULL 
                                                              & (0xfaULL 
                                                                 * (QData)((IData)(
                                                                                (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                                                >> 0x10U))))))))) 
                                                   << 8U));
    if ((0x100U & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next))) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[8U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[8U] = 0ULL;
    } else {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[8U] 
            = pd_top__DOT__irqs__DOT__p;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[8U] 
            = ((0U != vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                [8U]) ? (0xffffffffffULL & (1ULL + 
                                            vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                            [8U])) : 0ULL);
    }
    pd_top__DOT__irqs__DOT__p = (0x1ffffU & (vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                             [9U] + 
                                             ((IData)(vlSelf->pd_top__DOT__irq_evt_valid) 
                                              & (9U 
                                                 == (IData)(vlSelf->pd_top__DOT__irq_evt_vector)))));
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xfdffU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next)) 
                                                | (((0U 
                                                     != pd_top__DOT__irqs__DOT__p) 
                                                    & ((pd_top__DOT__irqs__DOT__p 
                                                        >= pd_top__DOT__irqs__DOT__threshold) 
                                                       | (((0U 
                                                            != 
                                                            (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                             >> 0x10U)) 
                                                           & (0U 
                                                              != 
                                                              vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                              [9U])) 
                                                          & ((0xffffffffffULL 
                                                              & (1ULL 
                                                                 + 
                                                                 vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                                                 [9U])) 
                                                             >= 
                                                             (0xffffffffffULL 
                                                              & (0xfaULL 
                                                                 * (QData)((IData)(
                                                                                (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                                                >> 0x10U))))))))) 
                                                   << 9U));
    if ((0x200U & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next))) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[9U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[9U] = 0ULL;
    } else {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[9U] 
            = pd_top__DOT__irqs__DOT__p;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[9U] 
            = ((0U != vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                [9U]) ? (0xffffffffffULL & (1ULL + 
                                            vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                            [9U])) : 0ULL);
    }
    pd_top__DOT__irqs__DOT__p = (0x1ffffU & (vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                             [0xaU] 
                                             + ((IData)(vlSelf->pd_top__DOT__irq_evt_valid) 
                                                & (0xaU 
                                                   == (IData)(vlSelf->pd_top__DOT__irq_evt_vector)))));
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xfbffU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next)) 
                                                | (((0U 
                                                     != pd_top__DOT__irqs__DOT__p) 
                                                    & ((pd_top__DOT__irqs__DOT__p 
                                                        >= pd_top__DOT__irqs__DOT__threshold) 
                                                       | (((0U 
                                                            != 
                                                            (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                             >> 0x10U)) 
                                                           & (0U 
                                                              != 
                                                              vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                              [0xaU])) 
                                                          & ((0xffffffffffULL 
                                                              & (1ULL 
                                                                 + 
                                                                 vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                                                 [0xaU])) 
                                                             >= 
                                                             (0xffffffffffULL 
                                                              & (0xfaULL 
                                                                 * (QData)((IData)(
                                                                                (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                                                >> 0x10U))))))))) 
                                                   << 0xaU));
    if ((0x400U & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next))) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[0xaU] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[0xaU] = 0ULL;
    } else {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[0xaU] 
            = pd_top__DOT__irqs__DOT__p;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[0xaU] 
            = ((0U != vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                [0xaU]) ? (0xffffffffffULL & (1ULL 
                                              + vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                              [0xaU]))
                : 0ULL);
    }
    pd_top__DOT__irqs__DOT__p = (0x1ffffU & (vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                             [0xbU] 
                                             + ((IData)(vlSelf->pd_top__DOT__irq_evt_valid) 
                                                & (0xbU 
                                                   == (IData)(vlSelf->pd_top__DOT__irq_evt_vector)))));
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xf7ffU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next)) 
                                                | (((0U 
                                                     != pd_top__DOT__irqs__DOT__p) 
                                                    & ((pd_top__DOT__irqs__DOT__p 
                                                        >= pd_top__DOT__irqs__DOT__threshold) 
                                                       | (((0U 
                                                            != 
                                                            (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                             >> 0x10U)) 
                                                           & (0U 
                                                              != 
                                                              vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                              [0xbU])) 
                                                          & ((0xffffffffffULL 
                                                              & (1ULL 
                                                                 + 
                                                                 vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                                                 [0xbU])) 
                                                             >= 
                                                             (0xffffffffffULL 
                                                              & (0xfaULL 
                                                                 * (QData)((IData)(
                                                                                (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                                                >> 0x10U))))))))) 
                                                   << 0xbU));
    if ((0x800U & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next))) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[0xbU] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[0xbU] = 0ULL;
    } else {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[0xbU] 
            = pd_top__DOT__irqs__DOT__p;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[0xbU] 
            = ((0U != vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                [0xbU]) ? (0xffffffffffULL & (1ULL 
                                              + vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                              [0xbU]))
                : 0ULL);
    }
    pd_top__DOT__irqs__DOT__p = (0x1ffffU & (vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                             [0xcU] 
                                             + ((IData)(vlSelf->pd_top__DOT__irq_evt_valid) 
                                                & (0xcU 
                                                   == (IData)(vlSelf->pd_top__DOT__irq_evt_vector)))));
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xefffU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next)) 
                                                | (((0U 
                                                     != pd_top__DOT__irqs__DOT__p) 
                                                    & ((pd_top__DOT__irqs__DOT__p 
                                                        >= pd_top__DOT__irqs__DOT__threshold) 
                                                       | (((0U 
                                                            != 
                                                            (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                             >> 0x10U)) 
                                                           & (0U 
                                                              != 
                                                              vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                              [0xcU])) 
                                                          & ((0xffffffffffULL 
                                                              & (1ULL 
                                                                 + 
                                                                 vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                                                 [0xcU])) 
                                                             >= 
                                                             (0xffffffffffULL 
                                                              & (0xfaULL 
                                                                 * (QData)((IData)(
                                                                                (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                                                >> 0x10U))))))))) 
                                                   << 0xcU));
    if ((0x1000U & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next))) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[0xcU] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[0xcU] = 0ULL;
    } else {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[0xcU] 
            = pd_top__DOT__irqs__DOT__p;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[0xcU] 
            = ((0U != vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                [0xcU]) ? (0xffffffffffULL & (1ULL 
                                              + vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                              [0xcU]))
                : 0ULL);
    }
    pd_top__DOT__irqs__DOT__p = (0x1ffffU & (vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                             [0xdU] 
                                             + ((IData)(vlSelf->pd_top__DOT__irq_evt_valid) 
                                                & (0xdU 
                                                   == (IData)(vlSelf->pd_top__DOT__irq_evt_vector)))));
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xdfffU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next)) 
                                                | (((0U 
                                                     != pd_top__DOT__irqs__DOT__p) 
                                                    & ((pd_top__DOT__irqs__DOT__p 
                                                        >= pd_top__DOT__irqs__DOT__threshold) 
                                                       | (((0U 
                                                            != 
                                                            (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                             >> 0x10U)) 
                                                           & (0U 
                                                              != 
                                                              vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                              [0xdU])) 
                                                          & ((0xffffffffffULL 
                                                              & (1ULL 
                                                                 + 
                                                                 vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                                                 [0xdU])) 
                                                             >= 
                                                             (0xffffffffffULL 
                                                              & (0xfaULL 
                                                                 * (QData)((IData)(
                                                                                (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                                                >> 0x10U))))))))) 
                                                   << 0xdU));
    if ((0x2000U & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next))) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[0xdU] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[0xdU] = 0ULL;
    } else {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[0xdU] 
            = pd_top__DOT__irqs__DOT__p;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[0xdU] 
            = ((0U != vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                [0xdU]) ? (0xffffffffffULL & (1ULL 
                                              + vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                              [0xdU]))
                : 0ULL);
    }
    pd_top__DOT__irqs__DOT__p = (0x1ffffU & (vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                             [0xeU] 
                                             + ((IData)(vlSelf->pd_top__DOT__irq_evt_valid) 
                                                & (0xeU 
                                                   == (IData)(vlSelf->pd_top__DOT__irq_evt_vector)))));
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xbfffU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next)) 
                                                | (((0U 
                                                     != pd_top__DOT__irqs__DOT__p) 
                                                    & ((pd_top__DOT__irqs__DOT__p 
                                                        >= pd_top__DOT__irqs__DOT__threshold) 
                                                       | (((0U 
                                                            != 
                                                            (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                             >> 0x10U)) 
                                                           & (0U 
                                                              != 
                                                              vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                              [0xeU])) 
                                                          & ((0xffffffffffULL 
                                                              & (1ULL 
                                                                 + 
                                                                 vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                                                 [0xeU])) 
                                                             >= 
                                                             (0xffffffffffULL 
                                                              & (0xfaULL 
                                                                 * (QData)((IData)(
                                                                                (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                                                >> 0x10U))))))))) 
                                                   << 0xeU));
    if ((0x4000U & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next))) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[0xeU] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[0xeU] = 0ULL;
    } else {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[0xeU] 
            = pd_top__DOT__irqs__DOT__p;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[0xeU] 
            = ((0U != vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                [0xeU]) ? (0xffffffffffULL & (1ULL 
                                              + vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                              [0xeU]))
                : 0ULL);
    }
    pd_top__DOT__irqs__DOT__p = (0x1ffffU & (vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                             [0xfU] 
                                             + ((IData)(vlSelf->pd_top__DOT__irq_evt_valid) 
                                                & (0xfU 
                                                   == (IData)(vlSelf->pd_top__DOT__irq_evt_vector)))));
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0x7fffU 
                                                 & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next)) 
                                                | (((0U 
                                                     != pd_top__DOT__irqs__DOT__p) 
                                                    & ((pd_top__DOT__irqs__DOT__p 
                                                        >= pd_top__DOT__irqs__DOT__threshold) 
                                                       | (((0U 
                                                            != 
                                                            (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                             >> 0x10U)) 
                                                           & (0U 
                                                              != 
                                                              vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                                                              [0xfU])) 
                                                          & ((0xffffffffffULL 
                                                              & (1ULL 
                                                                 + 
                                                                 vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                                                 [0xfU])) 
                                                             >= 
                                                             (0xffffffffffULL 
                                                              & (0xfaULL 
                                                                 * (QData)((IData)(
                                                                                (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                                                >> 0x10U))))))))) 
                                                   << 0xfU));
    if ((0x8000U & (IData)(vlSelf->pd_top__DOT__irqs__DOT__irq_next))) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[0xfU] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[0xfU] = 0ULL;
    } else {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[0xfU] 
            = pd_top__DOT__irqs__DOT__p;
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[0xfU] 
            = ((0U != vlSelf->pd_top__DOT__irqs__DOT__pending_reg
                [0xfU]) ? (0xffffffffffULL & (1ULL 
                                              + vlSelf->pd_top__DOT__irqs__DOT__timer_reg
                                              [0xfU]))
                : 0ULL);
    }
    vlSelf->pd_top__DOT__dw_copy = ((1U == (0xffU & 
                                            vlSelf->pd_top__DOT__fetch__DOT__cmd_data[0U])) 
                                    & (0U == (IData)(vlSelf->pd_top__DOT__dw_status)));
    vlSelf->pd_top__DOT__prst = ((IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg) 
                                 | (IData)(vlSelf->rst));
    vlSelf->busy = (1U & (((0U != (IData)(vlSelf->pd_top__DOT__fetch__DOT__slots_reg)) 
                           | (0U != (IData)(vlSelf->pd_top__DOT__fetch__DOT__elig))) 
                          | ((0U != (IData)(vlSelf->pd_top__DOT__decode__DOT__infl_reg)) 
                             | (((IData)(vlSelf->pd_top__DOT__copy_rd__DOT__active_reg) 
                                 | ((0U != (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__reserved_reg)) 
                                    | (IData)(vlSelf->pd_top__DOT__c_req_valid))) 
                                | ((0U != vlSelf->pd_top__DOT__rd_mux__DOT__owed_reg) 
                                   | ((0U != (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)) 
                                      | (((0U != (vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg 
                                                  >> 0x10U)) 
                                          & (0U != (IData)(vlSelf->pd_top__DOT__irqs__DOT__pend_any))) 
                                         | ((~ (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__empty)) 
                                            | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))))))));
    vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 0U;
    vlSelf->pd_top__DOT__fetch__DOT__g = 0U;
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                              & ((IData)(0xfU) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((0x10U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(0x10U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (0xfU & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (0xfU 
                                              & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                              & ((IData)(0xeU) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((0x10U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(0x10U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (0xfU & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (0xfU 
                                              & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                              & ((IData)(0xdU) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((0x10U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(0x10U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (0xfU & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (0xfU 
                                              & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                              & ((IData)(0xcU) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((0x10U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(0x10U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (0xfU & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (0xfU 
                                              & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                              & ((IData)(0xbU) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((0x10U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(0x10U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (0xfU & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (0xfU 
                                              & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                              & ((IData)(0xaU) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((0x10U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(0x10U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (0xfU & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (0xfU 
                                              & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                              & ((IData)(9U) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((0x10U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(0x10U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (0xfU & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (0xfU 
                                              & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                              & ((IData)(8U) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((0x10U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(0x10U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (0xfU & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (0xfU 
                                              & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                              & ((IData)(7U) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((0x10U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(0x10U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (0xfU & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (0xfU 
                                              & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                              & ((IData)(6U) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((0x10U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(0x10U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (0xfU & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (0xfU 
                                              & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                              & ((IData)(5U) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((0x10U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(0x10U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (0xfU & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (0xfU 
                                              & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                              & ((IData)(4U) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((0x10U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(0x10U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (0xfU & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (0xfU 
                                              & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                              & ((IData)(3U) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((0x10U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(0x10U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (0xfU & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (0xfU 
                                              & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                              & ((IData)(2U) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((0x10U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(0x10U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (0xfU & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (0xfU 
                                              & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                              & ((IData)(1U) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((0x10U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(0x10U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (0xfU & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (0xfU 
                                              & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg;
    if ((0x10U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0x1fU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(0x10U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (0xfU & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (0xfU 
                                              & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    vlSelf->pd_top__DOT__align__DOT__first_next = vlSelf->pd_top__DOT__align__DOT__first_reg;
    vlSelf->pd_top__DOT__align__DOT__active_next = vlSelf->pd_top__DOT__align__DOT__active_reg;
    vlSelf->pd_top__DOT__align__DOT__out_left_next 
        = vlSelf->pd_top__DOT__align__DOT__out_left_reg;
    vlSelf->pd_top__DOT__align__DOT__src_left_next 
        = vlSelf->pd_top__DOT__align__DOT__src_left_reg;
    if (pd_top__DOT__align__DOT__prime_go) {
        vlSelf->pd_top__DOT__align__DOT__prime_next = 0U;
        vlSelf->pd_top__DOT__align__DOT__src_left_next 
            = (0x3ffffffU & (vlSelf->pd_top__DOT__align__DOT__src_left_reg 
                             - (IData)(1U)));
    }
    if (pd_top__DOT__align__DOT__out_go) {
        vlSelf->pd_top__DOT__align__DOT__first_next = 0U;
        if ((1U == vlSelf->pd_top__DOT__align__DOT__out_left_reg)) {
            vlSelf->pd_top__DOT__align__DOT__active_next = 0U;
        }
        vlSelf->pd_top__DOT__align__DOT__out_left_next 
            = (0x3ffffffU & (vlSelf->pd_top__DOT__align__DOT__out_left_reg 
                             - (IData)(1U)));
        if ((0U != vlSelf->pd_top__DOT__align__DOT__src_left_reg)) {
            vlSelf->pd_top__DOT__align__DOT__src_left_next 
                = (0x3ffffffU & (vlSelf->pd_top__DOT__align__DOT__src_left_reg 
                                 - (IData)(1U)));
        }
    }
    vlSelf->pd_top__DOT__align__DOT__prev_next[0U] 
        = vlSelf->pd_top__DOT__align__DOT__prev_reg[0U];
    vlSelf->pd_top__DOT__align__DOT__prev_next[1U] 
        = vlSelf->pd_top__DOT__align__DOT__prev_reg[1U];
    vlSelf->pd_top__DOT__align__DOT__prev_next[2U] 
        = vlSelf->pd_top__DOT__align__DOT__prev_reg[2U];
    vlSelf->pd_top__DOT__align__DOT__prev_next[3U] 
        = vlSelf->pd_top__DOT__align__DOT__prev_reg[3U];
    vlSelf->pd_top__DOT__align__DOT__prev_next[4U] 
        = vlSelf->pd_top__DOT__align__DOT__prev_reg[4U];
    vlSelf->pd_top__DOT__align__DOT__prev_next[5U] 
        = vlSelf->pd_top__DOT__align__DOT__prev_reg[5U];
    vlSelf->pd_top__DOT__align__DOT__prev_next[6U] 
        = vlSelf->pd_top__DOT__align__DOT__prev_reg[6U];
    vlSelf->pd_top__DOT__align__DOT__prev_next[7U] 
        = vlSelf->pd_top__DOT__align__DOT__prev_reg[7U];
    vlSelf->pd_top__DOT__align__DOT__prev_next[8U] 
        = vlSelf->pd_top__DOT__align__DOT__prev_reg[8U];
    vlSelf->pd_top__DOT__align__DOT__prev_next[9U] 
        = vlSelf->pd_top__DOT__align__DOT__prev_reg[9U];
    vlSelf->pd_top__DOT__align__DOT__prev_next[0xaU] 
        = vlSelf->pd_top__DOT__align__DOT__prev_reg[0xaU];
    vlSelf->pd_top__DOT__align__DOT__prev_next[0xbU] 
        = vlSelf->pd_top__DOT__align__DOT__prev_reg[0xbU];
    vlSelf->pd_top__DOT__align__DOT__prev_next[0xcU] 
        = vlSelf->pd_top__DOT__align__DOT__prev_reg[0xcU];
    vlSelf->pd_top__DOT__align__DOT__prev_next[0xdU] 
        = vlSelf->pd_top__DOT__align__DOT__prev_reg[0xdU];
    vlSelf->pd_top__DOT__align__DOT__prev_next[0xeU] 
        = vlSelf->pd_top__DOT__align__DOT__prev_reg[0xeU];
    vlSelf->pd_top__DOT__align__DOT__prev_next[0xfU] 
        = vlSelf->pd_top__DOT__align__DOT__prev_reg[0xfU];
    if (pd_top__DOT__align__DOT__prime_go) {
        vlSelf->pd_top__DOT__align__DOT__prev_next[0U] 
            = pd_top__DOT__d_data[0U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[1U] 
            = pd_top__DOT__d_data[1U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[2U] 
            = pd_top__DOT__d_data[2U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[3U] 
            = pd_top__DOT__d_data[3U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[4U] 
            = pd_top__DOT__d_data[4U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[5U] 
            = pd_top__DOT__d_data[5U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[6U] 
            = pd_top__DOT__d_data[6U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[7U] 
            = pd_top__DOT__d_data[7U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[8U] 
            = pd_top__DOT__d_data[8U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[9U] 
            = pd_top__DOT__d_data[9U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xaU] 
            = pd_top__DOT__d_data[0xaU];
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xbU] 
            = pd_top__DOT__d_data[0xbU];
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xcU] 
            = pd_top__DOT__d_data[0xcU];
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xdU] 
            = pd_top__DOT__d_data[0xdU];
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xeU] 
            = pd_top__DOT__d_data[0xeU];
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xfU] 
            = pd_top__DOT__d_data[0xfU];
    }
    if (pd_top__DOT__align__DOT__out_go) {
        vlSelf->pd_top__DOT__align__DOT__prev_next[0U] 
            = vlSelf->pd_top__DOT__align__DOT__cur[0U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[1U] 
            = vlSelf->pd_top__DOT__align__DOT__cur[1U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[2U] 
            = vlSelf->pd_top__DOT__align__DOT__cur[2U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[3U] 
            = vlSelf->pd_top__DOT__align__DOT__cur[3U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[4U] 
            = vlSelf->pd_top__DOT__align__DOT__cur[4U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[5U] 
            = vlSelf->pd_top__DOT__align__DOT__cur[5U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[6U] 
            = vlSelf->pd_top__DOT__align__DOT__cur[6U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[7U] 
            = vlSelf->pd_top__DOT__align__DOT__cur[7U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[8U] 
            = vlSelf->pd_top__DOT__align__DOT__cur[8U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[9U] 
            = vlSelf->pd_top__DOT__align__DOT__cur[9U];
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xaU] 
            = vlSelf->pd_top__DOT__align__DOT__cur[0xaU];
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xbU] 
            = vlSelf->pd_top__DOT__align__DOT__cur[0xbU];
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xcU] 
            = vlSelf->pd_top__DOT__align__DOT__cur[0xcU];
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xdU] 
            = vlSelf->pd_top__DOT__align__DOT__cur[0xdU];
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xeU] 
            = vlSelf->pd_top__DOT__align__DOT__cur[0xeU];
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xfU] 
            = vlSelf->pd_top__DOT__align__DOT__cur[0xfU];
    }
    if ((1U & ((~ (IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__empty)) 
               & (~ (IData)(vlSelf->pd_top__DOT__align__DOT__active_reg))))) {
        vlSelf->pd_top__DOT__align__DOT__last_mask_next 
            = ((0x3fU >= ((IData)(0x3fU) - (0x3fU & 
                                            ((((pd_top__DOT____Vcellout__acmd_fifo__m_data[0U] 
                                                << 7U) 
                                               | (pd_top__DOT____Vcellout__acmd_fifo__m_data[0U] 
                                                  >> 0x19U)) 
                                              + pd_top__DOT____Vcellout__acmd_fifo__m_data[0U]) 
                                             - (IData)(1U)))))
                ? (0xffffffffffffffffULL >> ((IData)(0x3fU) 
                                             - (0x3fU 
                                                & ((((pd_top__DOT____Vcellout__acmd_fifo__m_data[0U] 
                                                      << 7U) 
                                                     | (pd_top__DOT____Vcellout__acmd_fifo__m_data[0U] 
                                                        >> 0x19U)) 
                                                    + 
                                                    pd_top__DOT____Vcellout__acmd_fifo__m_data[0U]) 
                                                   - (IData)(1U)))))
                : 0ULL);
        vlSelf->pd_top__DOT__align__DOT__first_mask_next 
            = (0xffffffffffffffffULL << (0x3fU & (pd_top__DOT____Vcellout__acmd_fifo__m_data[0U] 
                                                  >> 0x19U)));
        vlSelf->pd_top__DOT__align__DOT__shift_next 
            = (0x3fU & (((pd_top__DOT____Vcellout__acmd_fifo__m_data[2U] 
                          << 7U) | (pd_top__DOT____Vcellout__acmd_fifo__m_data[2U] 
                                    >> 0x19U)) - ((
                                                   pd_top__DOT____Vcellout__acmd_fifo__m_data[0U] 
                                                   << 7U) 
                                                  | (pd_top__DOT____Vcellout__acmd_fifo__m_data[0U] 
                                                     >> 0x19U))));
        vlSelf->pd_top__DOT__align__DOT__prime_next 
            = ((0x3fU & (pd_top__DOT____Vcellout__acmd_fifo__m_data[2U] 
                         >> 0x19U)) >= (0x3fU & (pd_top__DOT____Vcellout__acmd_fifo__m_data[0U] 
                                                 >> 0x19U)));
        vlSelf->pd_top__DOT__align__DOT__first_next = 1U;
        vlSelf->pd_top__DOT__align__DOT__active_next = 1U;
        vlSelf->pd_top__DOT__align__DOT__out_left_next 
            = (((IData)(0x3fU) + ((0x1ffffffU & pd_top__DOT____Vcellout__acmd_fifo__m_data[0U]) 
                                  + (0x3fU & (pd_top__DOT____Vcellout__acmd_fifo__m_data[0U] 
                                              >> 0x19U)))) 
               >> 6U);
        vlSelf->pd_top__DOT__align__DOT__src_left_next 
            = (((IData)(0x3fU) + ((0x1ffffffU & pd_top__DOT____Vcellout__acmd_fifo__m_data[0U]) 
                                  + (0x3fU & (pd_top__DOT____Vcellout__acmd_fifo__m_data[2U] 
                                              >> 0x19U)))) 
               >> 6U);
        vlSelf->pd_top__DOT__align__DOT__prev_next[0U] = 0U;
        vlSelf->pd_top__DOT__align__DOT__prev_next[1U] = 0U;
        vlSelf->pd_top__DOT__align__DOT__prev_next[2U] = 0U;
        vlSelf->pd_top__DOT__align__DOT__prev_next[3U] = 0U;
        vlSelf->pd_top__DOT__align__DOT__prev_next[4U] = 0U;
        vlSelf->pd_top__DOT__align__DOT__prev_next[5U] = 0U;
        vlSelf->pd_top__DOT__align__DOT__prev_next[6U] = 0U;
        vlSelf->pd_top__DOT__align__DOT__prev_next[7U] = 0U;
        vlSelf->pd_top__DOT__align__DOT__prev_next[8U] = 0U;
        vlSelf->pd_top__DOT__align__DOT__prev_next[9U] = 0U;
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xaU] = 0U;
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xbU] = 0U;
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xcU] = 0U;
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xdU] = 0U;
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xeU] = 0U;
        vlSelf->pd_top__DOT__align__DOT__prev_next[0xfU] = 0U;
    }
    vlSelf->pd_top__DOT__d_ready = ((IData)(pd_top__DOT__align__DOT__prime_go) 
                                    | ((IData)(pd_top__DOT__align__DOT__out_go) 
                                       & (0U != vlSelf->pd_top__DOT__align__DOT__src_left_reg)));
    vlSelf->pd_top__DOT__wr__DOT__cbeat_next = vlSelf->pd_top__DOT__wr__DOT__cbeat_reg;
    if ((4U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
        if ((1U & (~ ((IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)))) {
                if (vlSelf->pd_top__DOT__wr__DOT__dat_fire) {
                    vlSelf->pd_top__DOT__wr__DOT__cbeat_next = 1U;
                }
            }
        }
    } else if ((1U & (~ ((IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg) 
                         >> 1U)))) {
        if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)))) {
            if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__empty)))) {
                vlSelf->pd_top__DOT__wr__DOT__cbeat_next = 0U;
            }
        }
    }
    vlSelf->pd_top__DOT__wr__DOT__cqe_addr = ((((QData)((IData)(
                                                                vlSelf->pd_top__DOT__q_cq_base[
                                                                (((IData)(0x3fU) 
                                                                  + 
                                                                  (0x3c0U 
                                                                   & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                                      >> 0x15U))) 
                                                                 >> 5U)])) 
                                                << 0x20U) 
                                               | (QData)((IData)(
                                                                 vlSelf->pd_top__DOT__q_cq_base[
                                                                 (0x1eU 
                                                                  & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                                     >> 0x1aU))]))) 
                                              + ((QData)((IData)(vlSelf->pd_top__DOT__wr__DOT__tail)) 
                                                 << 4U));
}
