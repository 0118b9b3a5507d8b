// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpd_tb.h for the primary calling header

#include "verilated.h"

#include "Vpd_tb___024root.h"

VL_INLINE_OPT void Vpd_tb___024root___ico_sequent__TOP__0(Vpd_tb___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_tb__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_tb___024root___ico_sequent__TOP__0\n"); );
    // Init
    CData/*0:0*/ pd_top__DOT__f_rsp_valid;
    pd_top__DOT__f_rsp_valid = 0;
    CData/*0:0*/ pd_top__DOT__c_req_ready;
    pd_top__DOT__c_req_ready = 0;
    CData/*0:0*/ pd_top__DOT__regs__DOT____VdfgTmp_h90e25e8f__0;
    pd_top__DOT__regs__DOT____VdfgTmp_h90e25e8f__0 = 0;
    CData/*0:0*/ pd_top__DOT__copy_rd__DOT__issue;
    pd_top__DOT__copy_rd__DOT__issue = 0;
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
                                                     & (8U 
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
                                                & (8U 
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
    vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h24c7f3cf__0 
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
    pd_top__DOT__copy_rd__DOT__issue = ((IData)(vlSelf->pd_top__DOT__copy_rd__DOT__active_reg) 
                                        & (((~ (IData)(vlSelf->pd_top__DOT__c_req_valid)) 
                                            | (IData)(pd_top__DOT__c_req_ready)) 
                                           & ((0x3ffU 
                                               & ((IData)(0x100U) 
                                                  - (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__reserved_reg))) 
                                              >= (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__chunk_beats))));
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
                      + ((IData)(pd_top__DOT__copy_rd__DOT__issue)
                          ? (0x1ffU & (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__chunk_beats))
                          : 0U)) - (((~ (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__empty)) 
                                     & (IData)(vlSelf->pd_top__DOT__d_ready))
                                     ? 1U : 0U)));
    vlSelf->pd_top__DOT__copy_rd__DOT__addr_next = vlSelf->pd_top__DOT__copy_rd__DOT__addr_reg;
    if (pd_top__DOT__copy_rd__DOT__issue) {
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

void Vpd_tb___024root___eval_ico(Vpd_tb___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_tb__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_tb___024root___eval_ico\n"); );
    // Body
    if (vlSelf->__VicoTriggered.at(0U)) {
        Vpd_tb___024root___ico_sequent__TOP__0(vlSelf);
    }
}

void Vpd_tb___024root___eval_act(Vpd_tb___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_tb__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_tb___024root___eval_act\n"); );
}

extern const VlWide<16>/*511:0*/ Vpd_tb__ConstPool__CONST_h93e1b771_0;

VL_INLINE_OPT void Vpd_tb___024root___nba_sequent__TOP__0(Vpd_tb___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_tb__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_tb___024root___nba_sequent__TOP__0\n"); );
    // Init
    VlWide<16>/*511:0*/ pd_top__DOT__win_base;
    VL_ZERO_W(512, pd_top__DOT__win_base);
    VlWide<16>/*511:0*/ pd_top__DOT__win_size;
    VL_ZERO_W(512, pd_top__DOT__win_size);
    CData/*7:0*/ pd_top__DOT__win_enable;
    pd_top__DOT__win_enable = 0;
    VlWide<16>/*511:0*/ pd_top__DOT__q_cq_base;
    VL_ZERO_W(512, pd_top__DOT__q_cq_base);
    QData/*39:0*/ pd_top__DOT__q_sq_log2;
    pd_top__DOT__q_sq_log2 = 0;
    QData/*39:0*/ pd_top__DOT__q_cq_log2;
    pd_top__DOT__q_cq_log2 = 0;
    VlWide<4>/*127:0*/ pd_top__DOT__q_sq_tail;
    VL_ZERO_W(128, pd_top__DOT__q_sq_tail);
    VlWide<4>/*127:0*/ pd_top__DOT__q_cq_head;
    VL_ZERO_W(128, pd_top__DOT__q_cq_head);
    VlWide<4>/*127:0*/ pd_top__DOT__q_cq_tail;
    VL_ZERO_W(128, pd_top__DOT__q_cq_tail);
    CData/*7:0*/ pd_top__DOT__q_enable;
    pd_top__DOT__q_enable = 0;
    CData/*0:0*/ pd_top__DOT__f_rsp_valid;
    pd_top__DOT__f_rsp_valid = 0;
    VlWide<5>/*152:0*/ pd_top__DOT____Vcellout__acmd_fifo__m_data;
    VL_ZERO_W(153, pd_top__DOT____Vcellout__acmd_fifo__m_data);
    CData/*0:0*/ pd_top__DOT__c_req_ready;
    pd_top__DOT__c_req_ready = 0;
    VlWide<16>/*511:0*/ pd_top__DOT__d_data;
    VL_ZERO_W(512, pd_top__DOT__d_data);
    VlWide<18>/*575:0*/ pd_top__DOT____Vcellout__out_fifo__m_data;
    VL_ZERO_W(576, pd_top__DOT____Vcellout__out_fifo__m_data);
    SData/*15:0*/ pd_top__DOT__fetch__DOT__sqm;
    pd_top__DOT__fetch__DOT__sqm = 0;
    SData/*15:0*/ pd_top__DOT__fetch__DOT__cqm;
    pd_top__DOT__fetch__DOT__cqm = 0;
    SData/*15:0*/ pd_top__DOT__fetch__DOT__cfree;
    pd_top__DOT__fetch__DOT__cfree = 0;
    QData/*63:0*/ pd_top__DOT__fetch__DOT__cqe_addr;
    pd_top__DOT__fetch__DOT__cqe_addr = 0;
    CData/*3:0*/ pd_top__DOT__fetch__DOT__arb__DOT__idx;
    pd_top__DOT__fetch__DOT__arb__DOT__idx = 0;
    VlWide<3>/*64:0*/ pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr;
    VL_ZERO_W(65, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr);
    VlWide<3>/*64:0*/ pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end;
    VL_ZERO_W(65, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end);
    VlWide<3>/*64:0*/ pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr;
    VL_ZERO_W(65, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr);
    VlWide<3>/*64:0*/ pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end;
    VL_ZERO_W(65, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end);
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
    CData/*0:0*/ pd_top__DOT__copy_rd__DOT__issue;
    pd_top__DOT__copy_rd__DOT__issue = 0;
    CData/*0:0*/ pd_top__DOT__align__DOT__out_go;
    pd_top__DOT__align__DOT__out_go = 0;
    CData/*0:0*/ pd_top__DOT__align__DOT__prime_go;
    pd_top__DOT__align__DOT__prime_go = 0;
    VlWide<4>/*127:0*/ pd_top__DOT__wr__DOT__cqe;
    VL_ZERO_W(128, pd_top__DOT__wr__DOT__cqe);
    CData/*0:0*/ pd_top__DOT__wr__DOT__req_fire;
    pd_top__DOT__wr__DOT__req_fire = 0;
    VlWide<3>/*64:0*/ pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr;
    VL_ZERO_W(65, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr);
    VlWide<3>/*64:0*/ pd_top__DOT__wr__DOT__cqe_check__DOT__win_end;
    VL_ZERO_W(65, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end);
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
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__q_enable_reg__v8;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__q_enable_reg__v8 = 0;
    CData/*0:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__q_enable_reg__v8;
    __Vdlyvval__pd_top__DOT__regs__DOT__q_enable_reg__v8 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v8;
    __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v8 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v9;
    __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v9 = 0;
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_base_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_base_reg__v0 = 0;
    QData/*63:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__cq_base_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__cq_base_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v1;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v1 = 0;
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_log2_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_log2_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__sq_log2_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__sq_log2_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v1;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v1 = 0;
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__win_size_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__win_size_reg__v0 = 0;
    QData/*63:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__win_size_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__win_size_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v1;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v1 = 0;
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_log2_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_log2_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__cq_log2_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__cq_log2_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v1;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v1 = 0;
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_tail_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_tail_reg__v0 = 0;
    SData/*15:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__sq_tail_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__sq_tail_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_head_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_head_reg__v0 = 0;
    SData/*15:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__cq_head_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__cq_head_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__cq_head_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_head_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_tail_reg__v1;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_tail_reg__v1 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v1;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v1 = 0;
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_head_reg__v1;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_head_reg__v1 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v2;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v2 = 0;
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__win_base_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__win_base_reg__v0 = 0;
    QData/*63:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__win_base_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__win_base_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v1;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v1 = 0;
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_base_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_base_reg__v0 = 0;
    QData/*63:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__sq_base_reg__v0;
    __Vdlyvval__pd_top__DOT__regs__DOT__sq_base_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v1;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v1 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v0;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__win_enable_reg__v8;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__win_enable_reg__v8 = 0;
    CData/*0:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__win_enable_reg__v8;
    __Vdlyvval__pd_top__DOT__regs__DOT__win_enable_reg__v8 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v8;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v8 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v9;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v9 = 0;
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__regs__DOT__vector_reg__v0;
    __Vdlyvdim0__pd_top__DOT__regs__DOT__vector_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvval__pd_top__DOT__regs__DOT__vector_reg__v0;
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
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__fetch__DOT__stopped_reg__v8;
    __Vdlyvdim0__pd_top__DOT__fetch__DOT__stopped_reg__v8 = 0;
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
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v16;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v16 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v17;
    __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v17 = 0;
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
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v16;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v16 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v17;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v17 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v18;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v18 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v19;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v19 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v20;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v20 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v21;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v21 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v22;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v22 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v23;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v23 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v24;
    __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v24 = 0;
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__fetch__DOT__head_reg__v0;
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
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0;
    __Vdlyvdim0__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0 = 0;
    IData/*25:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0;
    __Vdlyvval__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0;
    __Vdlyvset__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0;
    __Vdlyvdim0__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0 = 0;
    VlWide<9>/*274:0*/ __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0;
    VL_ZERO_W(275, __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0);
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0;
    __Vdlyvset__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvdim0__pd_top__DOT__wcmd_fifo__DOT__mem__v0;
    __Vdlyvdim0__pd_top__DOT__wcmd_fifo__DOT__mem__v0 = 0;
    VlWide<6>/*189:0*/ __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0;
    VL_ZERO_W(190, __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0);
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
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__wr__DOT__tail_reg__v0;
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
    CData/*2:0*/ __Vdlyvdim0__pd_top__DOT__wr__DOT__phase_reg__v0;
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
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__irqs__DOT__pending_reg__v8;
    __Vdlyvset__pd_top__DOT__irqs__DOT__pending_reg__v8 = 0;
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
    CData/*0:0*/ __Vdlyvset__pd_top__DOT__irqs__DOT__timer_reg__v8;
    __Vdlyvset__pd_top__DOT__irqs__DOT__timer_reg__v8 = 0;
    VlWide<32>/*1023:0*/ __Vtemp_h03a38ec4__0;
    VlWide<32>/*1023:0*/ __Vtemp_hf475d709__0;
    VlWide<32>/*1023:0*/ __Vtemp_h69f50b74__0;
    VlWide<32>/*1023:0*/ __Vtemp_hee996df9__0;
    VlWide<3>/*95:0*/ __Vtemp_h6294c4db__0;
    VlWide<3>/*95:0*/ __Vtemp_hbf565d94__0;
    VlWide<3>/*95:0*/ __Vtemp_he6b2427e__0;
    VlWide<3>/*95:0*/ __Vtemp_h08593a26__0;
    VlWide<3>/*95:0*/ __Vtemp_hb1506237__0;
    VlWide<3>/*95:0*/ __Vtemp_h2808a679__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__0;
    VlWide<3>/*95:0*/ __Vtemp_h0844c1b2__0;
    VlWide<3>/*95:0*/ __Vtemp_hb1b5414b__0;
    VlWide<3>/*95:0*/ __Vtemp_h3d6af0b3__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__1;
    VlWide<3>/*95:0*/ __Vtemp_h08505cae__0;
    VlWide<3>/*95:0*/ __Vtemp_hb17941af__0;
    VlWide<3>/*95:0*/ __Vtemp_h4f075455__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__2;
    VlWide<3>/*95:0*/ __Vtemp_h083d669a__0;
    VlWide<3>/*95:0*/ __Vtemp_hb16609c3__0;
    VlWide<3>/*95:0*/ __Vtemp_h1f9bb271__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__3;
    VlWide<3>/*95:0*/ __Vtemp_h08495e76__0;
    VlWide<3>/*95:0*/ __Vtemp_hb17a1b27__0;
    VlWide<3>/*95:0*/ __Vtemp_h4d405f92__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__4;
    VlWide<3>/*95:0*/ __Vtemp_h07b7bdc2__0;
    VlWide<3>/*95:0*/ __Vtemp_haef0ca3b__0;
    VlWide<3>/*95:0*/ __Vtemp_h77b550a7__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__5;
    VlWide<3>/*95:0*/ __Vtemp_h083dbe3e__0;
    VlWide<3>/*95:0*/ __Vtemp_hb161fadf__0;
    VlWide<3>/*95:0*/ __Vtemp_hf996bfcc__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__6;
    VlWide<3>/*95:0*/ __Vtemp_h092e5eaa__0;
    VlWide<3>/*95:0*/ __Vtemp_hb2192cf3__0;
    VlWide<3>/*95:0*/ __Vtemp_hda4a7238__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__7;
    VlWide<3>/*95:0*/ __Vtemp_h6259724f__0;
    VlWide<3>/*95:0*/ __Vtemp_hbf565d94__1;
    VlWide<3>/*95:0*/ __Vtemp_h7dfbd36b__0;
    VlWide<3>/*95:0*/ __Vtemp_h08593a26__1;
    VlWide<3>/*95:0*/ __Vtemp_hb1506237__1;
    VlWide<3>/*95:0*/ __Vtemp_hc37099a8__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__8;
    VlWide<3>/*95:0*/ __Vtemp_h0844c1b2__1;
    VlWide<3>/*95:0*/ __Vtemp_hb1b5414b__1;
    VlWide<3>/*95:0*/ __Vtemp_h1a29d88a__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__9;
    VlWide<3>/*95:0*/ __Vtemp_h08505cae__1;
    VlWide<3>/*95:0*/ __Vtemp_hb17941af__1;
    VlWide<3>/*95:0*/ __Vtemp_hf61e3709__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__10;
    VlWide<3>/*95:0*/ __Vtemp_h083d669a__1;
    VlWide<3>/*95:0*/ __Vtemp_hb16609c3__1;
    VlWide<3>/*95:0*/ __Vtemp_h1ae16d45__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__11;
    VlWide<3>/*95:0*/ __Vtemp_h08495e76__1;
    VlWide<3>/*95:0*/ __Vtemp_hb17a1b27__1;
    VlWide<3>/*95:0*/ __Vtemp_h5743ded0__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__12;
    VlWide<3>/*95:0*/ __Vtemp_h07b7bdc2__1;
    VlWide<3>/*95:0*/ __Vtemp_haef0ca3b__1;
    VlWide<3>/*95:0*/ __Vtemp_h9ee17c87__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__13;
    VlWide<3>/*95:0*/ __Vtemp_h083dbe3e__1;
    VlWide<3>/*95:0*/ __Vtemp_hb161fadf__1;
    VlWide<3>/*95:0*/ __Vtemp_h30754bf3__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__14;
    VlWide<3>/*95:0*/ __Vtemp_h092e5eaa__1;
    VlWide<3>/*95:0*/ __Vtemp_hb2192cf3__1;
    VlWide<3>/*95:0*/ __Vtemp_h14bfc191__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__15;
    VlWide<4>/*127:0*/ __Vtemp_h6cc5e825__0;
    VlWide<4>/*127:0*/ __Vtemp_h14994980__0;
    VlWide<32>/*1023:0*/ __Vtemp_ha92e1855__0;
    VlWide<32>/*1023:0*/ __Vtemp_h52c32527__0;
    VlWide<16>/*511:0*/ __Vtemp_ha84e5635__0;
    VlWide<16>/*511:0*/ __Vtemp_hbfcd185e__0;
    VlWide<3>/*95:0*/ __Vtemp_h61297bc0__0;
    VlWide<3>/*95:0*/ __Vtemp_h023897cf__0;
    VlWide<3>/*95:0*/ __Vtemp_hd08d121c__0;
    VlWide<3>/*95:0*/ __Vtemp_h08593a26__2;
    VlWide<3>/*95:0*/ __Vtemp_hb1506237__2;
    VlWide<3>/*95:0*/ __Vtemp_h5852cd69__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__16;
    VlWide<3>/*95:0*/ __Vtemp_h0844c1b2__2;
    VlWide<3>/*95:0*/ __Vtemp_hb1b5414b__2;
    VlWide<3>/*95:0*/ __Vtemp_hd64b2d92__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__17;
    VlWide<3>/*95:0*/ __Vtemp_h08505cae__2;
    VlWide<3>/*95:0*/ __Vtemp_hb17941af__2;
    VlWide<3>/*95:0*/ __Vtemp_h1154279f__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__18;
    VlWide<3>/*95:0*/ __Vtemp_h083d669a__2;
    VlWide<3>/*95:0*/ __Vtemp_hb16609c3__2;
    VlWide<3>/*95:0*/ __Vtemp_h512f7aba__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__19;
    VlWide<3>/*95:0*/ __Vtemp_h08495e76__2;
    VlWide<3>/*95:0*/ __Vtemp_hb17a1b27__2;
    VlWide<3>/*95:0*/ __Vtemp_h6b57869e__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__20;
    VlWide<3>/*95:0*/ __Vtemp_h07b7bdc2__2;
    VlWide<3>/*95:0*/ __Vtemp_haef0ca3b__2;
    VlWide<3>/*95:0*/ __Vtemp_hf36b3ad9__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__21;
    VlWide<3>/*95:0*/ __Vtemp_h083dbe3e__2;
    VlWide<3>/*95:0*/ __Vtemp_hb161fadf__2;
    VlWide<3>/*95:0*/ __Vtemp_h6304dc2f__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__22;
    VlWide<3>/*95:0*/ __Vtemp_h092e5eaa__2;
    VlWide<3>/*95:0*/ __Vtemp_hb2192cf3__2;
    VlWide<3>/*95:0*/ __Vtemp_h2b1b1480__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__23;
    VlWide<3>/*95:0*/ __Vtemp_h61297bc0__1;
    VlWide<3>/*95:0*/ __Vtemp_h5a1f7e23__0;
    VlWide<3>/*95:0*/ __Vtemp_hf56d6c7e__0;
    VlWide<3>/*95:0*/ __Vtemp_h08593a26__3;
    VlWide<3>/*95:0*/ __Vtemp_hb1506237__3;
    VlWide<3>/*95:0*/ __Vtemp_h6e933e12__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__24;
    VlWide<3>/*95:0*/ __Vtemp_h0844c1b2__3;
    VlWide<3>/*95:0*/ __Vtemp_hb1b5414b__3;
    VlWide<3>/*95:0*/ __Vtemp_ha9dc984a__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__25;
    VlWide<3>/*95:0*/ __Vtemp_h08505cae__3;
    VlWide<3>/*95:0*/ __Vtemp_hb17941af__3;
    VlWide<3>/*95:0*/ __Vtemp_h36c15f9c__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__26;
    VlWide<3>/*95:0*/ __Vtemp_h083d669a__3;
    VlWide<3>/*95:0*/ __Vtemp_hb16609c3__3;
    VlWide<3>/*95:0*/ __Vtemp_hf178d4da__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__27;
    VlWide<3>/*95:0*/ __Vtemp_h08495e76__3;
    VlWide<3>/*95:0*/ __Vtemp_hb17a1b27__3;
    VlWide<3>/*95:0*/ __Vtemp_he7ce632d__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__28;
    VlWide<3>/*95:0*/ __Vtemp_h07b7bdc2__3;
    VlWide<3>/*95:0*/ __Vtemp_haef0ca3b__3;
    VlWide<3>/*95:0*/ __Vtemp_hf9fffd60__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__29;
    VlWide<3>/*95:0*/ __Vtemp_h083dbe3e__3;
    VlWide<3>/*95:0*/ __Vtemp_hb161fadf__3;
    VlWide<3>/*95:0*/ __Vtemp_h7f2a919e__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__30;
    VlWide<3>/*95:0*/ __Vtemp_h092e5eaa__3;
    VlWide<3>/*95:0*/ __Vtemp_hb2192cf3__3;
    VlWide<3>/*95:0*/ __Vtemp_hfc6678a7__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__31;
    VlWide<16>/*511:0*/ __Vtemp_hdfb57ba1__0;
    VlWide<3>/*95:0*/ __Vtemp_h60eab1d2__0;
    VlWide<3>/*95:0*/ __Vtemp_hb563d4ec__0;
    VlWide<3>/*95:0*/ __Vtemp_ha887703e__0;
    VlWide<3>/*95:0*/ __Vtemp_h08593a26__4;
    VlWide<3>/*95:0*/ __Vtemp_hb1506237__4;
    VlWide<3>/*95:0*/ __Vtemp_hd7a971e0__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__32;
    VlWide<3>/*95:0*/ __Vtemp_h0844c1b2__4;
    VlWide<3>/*95:0*/ __Vtemp_hb1b5414b__4;
    VlWide<3>/*95:0*/ __Vtemp_h692b9be7__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__33;
    VlWide<3>/*95:0*/ __Vtemp_h08505cae__4;
    VlWide<3>/*95:0*/ __Vtemp_hb17941af__4;
    VlWide<3>/*95:0*/ __Vtemp_h03acbd9f__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__34;
    VlWide<3>/*95:0*/ __Vtemp_h083d669a__4;
    VlWide<3>/*95:0*/ __Vtemp_hb16609c3__4;
    VlWide<3>/*95:0*/ __Vtemp_h4ff4ecce__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__35;
    VlWide<3>/*95:0*/ __Vtemp_h08495e76__4;
    VlWide<3>/*95:0*/ __Vtemp_hb17a1b27__4;
    VlWide<3>/*95:0*/ __Vtemp_h46229ea3__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__36;
    VlWide<3>/*95:0*/ __Vtemp_h07b7bdc2__4;
    VlWide<3>/*95:0*/ __Vtemp_haef0ca3b__4;
    VlWide<3>/*95:0*/ __Vtemp_h11a7f63f__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__37;
    VlWide<3>/*95:0*/ __Vtemp_h083dbe3e__4;
    VlWide<3>/*95:0*/ __Vtemp_hb161fadf__4;
    VlWide<3>/*95:0*/ __Vtemp_h006c82df__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__38;
    VlWide<3>/*95:0*/ __Vtemp_h092e5eaa__4;
    VlWide<3>/*95:0*/ __Vtemp_hb2192cf3__4;
    VlWide<3>/*95:0*/ __Vtemp_h1cc2a146__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__39;
    // Body
    __Vdlyvset__pd_top__DOT__regs__DOT__vector_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__vector_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__irqs__DOT__timer_reg__v8 = 0U;
    __Vdlyvset__pd_top__DOT__data_fifo__DOT__mem__v0 = 0U;
    __Vdlyvset__pd_top__DOT__rcmd_fifo__DOT__mem__v0 = 0U;
    __Vdlyvset__pd_top__DOT__irqs__DOT__pending_reg__v8 = 0U;
    __Vdlyvset__pd_top__DOT__acmd_fifo__DOT__mem__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__out_fifo__DOT__mem__v0 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0 = 0U;
    __Vdlyvset__pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v1 = 0U;
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
    __Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v8 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v9 = 0U;
    __Vdlyvset__pd_top__DOT__wcmd_fifo__DOT__mem__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v8 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v9 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__cq_head_reg__v0 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v0 = 0U;
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
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v1 = 0U;
    __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v2 = 0U;
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
            = vlSelf->__VdfgTmp_h70b681c1__0[0U];
        __Vdlyvval__pd_top__DOT__acmd_fifo__DOT__mem__v0[1U] 
            = vlSelf->__VdfgTmp_h70b681c1__0[1U];
        __Vdlyvval__pd_top__DOT__acmd_fifo__DOT__mem__v0[2U] 
            = (((IData)((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                          << 0x20U) | (QData)((IData)(
                                                      vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U])))) 
                << 0x19U) | vlSelf->__VdfgTmp_h70b681c1__0[2U]);
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
    if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__rsp_last) 
         & (~ (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__full)))) {
        if ((1U & vlSelf->pd_top__DOT__fetch__DOT__meta_data)) {
            __Vtemp_h03a38ec4__0[0U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0U];
            __Vtemp_h03a38ec4__0[1U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[1U];
            __Vtemp_h03a38ec4__0[2U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[2U];
            __Vtemp_h03a38ec4__0[3U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[3U];
            __Vtemp_h03a38ec4__0[4U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[4U];
            __Vtemp_h03a38ec4__0[5U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[5U];
            __Vtemp_h03a38ec4__0[6U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[6U];
            __Vtemp_h03a38ec4__0[7U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[7U];
            __Vtemp_h03a38ec4__0[8U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[8U];
            __Vtemp_h03a38ec4__0[9U] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[9U];
            __Vtemp_h03a38ec4__0[0xaU] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xaU];
            __Vtemp_h03a38ec4__0[0xbU] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xbU];
            __Vtemp_h03a38ec4__0[0xcU] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xcU];
            __Vtemp_h03a38ec4__0[0xdU] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xdU];
            __Vtemp_h03a38ec4__0[0xeU] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xeU];
            __Vtemp_h03a38ec4__0[0xfU] = vlSelf->pd_top__DOT__fetch__DOT__buf_reg[0xfU];
            __Vtemp_h03a38ec4__0[0x10U] = vlSelf->s_rd_rsp_data[0U];
            __Vtemp_h03a38ec4__0[0x11U] = vlSelf->s_rd_rsp_data[1U];
            __Vtemp_h03a38ec4__0[0x12U] = vlSelf->s_rd_rsp_data[2U];
            __Vtemp_h03a38ec4__0[0x13U] = vlSelf->s_rd_rsp_data[3U];
            __Vtemp_h03a38ec4__0[0x14U] = vlSelf->s_rd_rsp_data[4U];
            __Vtemp_h03a38ec4__0[0x15U] = vlSelf->s_rd_rsp_data[5U];
            __Vtemp_h03a38ec4__0[0x16U] = vlSelf->s_rd_rsp_data[6U];
            __Vtemp_h03a38ec4__0[0x17U] = vlSelf->s_rd_rsp_data[7U];
            __Vtemp_h03a38ec4__0[0x18U] = vlSelf->s_rd_rsp_data[8U];
            __Vtemp_h03a38ec4__0[0x19U] = vlSelf->s_rd_rsp_data[9U];
            __Vtemp_h03a38ec4__0[0x1aU] = vlSelf->s_rd_rsp_data[0xaU];
            __Vtemp_h03a38ec4__0[0x1bU] = vlSelf->s_rd_rsp_data[0xbU];
            __Vtemp_h03a38ec4__0[0x1cU] = vlSelf->s_rd_rsp_data[0xcU];
            __Vtemp_h03a38ec4__0[0x1dU] = vlSelf->s_rd_rsp_data[0xdU];
            __Vtemp_h03a38ec4__0[0x1eU] = vlSelf->s_rd_rsp_data[0xeU];
            __Vtemp_h03a38ec4__0[0x1fU] = vlSelf->s_rd_rsp_data[0xfU];
        } else {
            __Vtemp_h03a38ec4__0[0U] = vlSelf->s_rd_rsp_data[0U];
            __Vtemp_h03a38ec4__0[1U] = vlSelf->s_rd_rsp_data[1U];
            __Vtemp_h03a38ec4__0[2U] = vlSelf->s_rd_rsp_data[2U];
            __Vtemp_h03a38ec4__0[3U] = vlSelf->s_rd_rsp_data[3U];
            __Vtemp_h03a38ec4__0[4U] = vlSelf->s_rd_rsp_data[4U];
            __Vtemp_h03a38ec4__0[5U] = vlSelf->s_rd_rsp_data[5U];
            __Vtemp_h03a38ec4__0[6U] = vlSelf->s_rd_rsp_data[6U];
            __Vtemp_h03a38ec4__0[7U] = vlSelf->s_rd_rsp_data[7U];
            __Vtemp_h03a38ec4__0[8U] = vlSelf->s_rd_rsp_data[8U];
            __Vtemp_h03a38ec4__0[9U] = vlSelf->s_rd_rsp_data[9U];
            __Vtemp_h03a38ec4__0[0xaU] = vlSelf->s_rd_rsp_data[0xaU];
            __Vtemp_h03a38ec4__0[0xbU] = vlSelf->s_rd_rsp_data[0xbU];
            __Vtemp_h03a38ec4__0[0xcU] = vlSelf->s_rd_rsp_data[0xcU];
            __Vtemp_h03a38ec4__0[0xdU] = vlSelf->s_rd_rsp_data[0xdU];
            __Vtemp_h03a38ec4__0[0xeU] = vlSelf->s_rd_rsp_data[0xeU];
            __Vtemp_h03a38ec4__0[0xfU] = vlSelf->s_rd_rsp_data[0xfU];
            __Vtemp_h03a38ec4__0[0x10U] = 0U;
            __Vtemp_h03a38ec4__0[0x11U] = 0U;
            __Vtemp_h03a38ec4__0[0x12U] = 0U;
            __Vtemp_h03a38ec4__0[0x13U] = 0U;
            __Vtemp_h03a38ec4__0[0x14U] = 0U;
            __Vtemp_h03a38ec4__0[0x15U] = 0U;
            __Vtemp_h03a38ec4__0[0x16U] = 0U;
            __Vtemp_h03a38ec4__0[0x17U] = 0U;
            __Vtemp_h03a38ec4__0[0x18U] = 0U;
            __Vtemp_h03a38ec4__0[0x19U] = 0U;
            __Vtemp_h03a38ec4__0[0x1aU] = 0U;
            __Vtemp_h03a38ec4__0[0x1bU] = 0U;
            __Vtemp_h03a38ec4__0[0x1cU] = 0U;
            __Vtemp_h03a38ec4__0[0x1dU] = 0U;
            __Vtemp_h03a38ec4__0[0x1eU] = 0U;
            __Vtemp_h03a38ec4__0[0x1fU] = 0U;
        }
        VL_SHIFTR_WWI(1024,1024,9, __Vtemp_hf475d709__0, __Vtemp_h03a38ec4__0, 
                      (0x1f8U & (vlSelf->pd_top__DOT__fetch__DOT__meta_data 
                                 << 2U)));
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[0U] 
            = __Vtemp_hf475d709__0[0U];
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[1U] 
            = __Vtemp_hf475d709__0[1U];
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[2U] 
            = __Vtemp_hf475d709__0[2U];
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[3U] 
            = __Vtemp_hf475d709__0[3U];
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[4U] 
            = __Vtemp_hf475d709__0[4U];
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[5U] 
            = __Vtemp_hf475d709__0[5U];
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[6U] 
            = __Vtemp_hf475d709__0[6U];
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[7U] 
            = __Vtemp_hf475d709__0[7U];
        __Vdlyvval__pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem__v0[8U] 
            = (0x7ffffU & (vlSelf->pd_top__DOT__fetch__DOT__meta_data 
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
                         [(7U & (vlSelf->pd_top__DOT__wcmd[5U] 
                                 >> 0x1bU))]));
            __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v0 = 1U;
            __Vdlyvdim0__pd_top__DOT__wr__DOT__phase_reg__v0 
                = (7U & (vlSelf->pd_top__DOT__wcmd[5U] 
                         >> 0x1bU));
        }
        __Vdlyvval__pd_top__DOT__wr__DOT__tail_reg__v0 
            = (((IData)(1U) + (IData)(vlSelf->pd_top__DOT__wr__DOT__tail)) 
               & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqm));
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v0 = 1U;
        __Vdlyvdim0__pd_top__DOT__wr__DOT__tail_reg__v0 
            = (7U & (vlSelf->pd_top__DOT__wcmd[5U] 
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
    if ((IData)((((IData)(vlSelf->pd_top__DOT__q_init) 
                  >> 7U) | (IData)(vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg)))) {
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v8 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v8 = 1U;
    }
    if (((IData)(vlSelf->pd_top__DOT__cmd_ready) & 
         (~ (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__full)))) {
        __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0[0U] 
            = vlSelf->__VdfgTmp_h70b681c1__0[0U];
        __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0[1U] 
            = vlSelf->__VdfgTmp_h70b681c1__0[1U];
        __Vdlyvval__pd_top__DOT__wcmd_fifo__DOT__mem__v0[2U] 
            = (((IData)(vlSelf->pd_top__DOT__dw_status) 
                << 0x1bU) | (((0U != (1U & (vlSelf->pd_top__DOT__fetch__DOT__cmd_data[0U] 
                                            >> 8U))) 
                              << 0x1aU) | (((IData)(vlSelf->pd_top__DOT__dw_copy) 
                                            << 0x19U) 
                                           | vlSelf->__VdfgTmp_h70b681c1__0[2U])));
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
            = ((0x3ffff800U & (vlSelf->pd_top__DOT__fetch__DOT__cmd_data[8U] 
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
    if ((1U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v9 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v16 = 1U;
    }
    if ((2U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v2 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v10 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v17 = 1U;
    }
    if ((4U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v3 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v11 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v18 = 1U;
    }
    if ((8U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v4 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v12 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v19 = 1U;
    }
    if ((0x10U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v5 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v13 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v20 = 1U;
    }
    if ((0x20U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v6 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v14 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v21 = 1U;
    }
    if ((0x40U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v7 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v15 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v22 = 1U;
    }
    if ((0x80U & (IData)(vlSelf->pd_top__DOT__q_init))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v8 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v16 = 1U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v23 = 1U;
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
    if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__grant) 
         & (~ (IData)(vlSelf->pd_top__DOT__fetch__DOT__issue)))) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v8 = 1U;
        __Vdlyvdim0__pd_top__DOT__fetch__DOT__stopped_reg__v8 
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
    vlSelf->pd_top__DOT__f_req_tag = vlSelf->pd_top__DOT__fetch__DOT__req_tag_next;
    vlSelf->pd_top__DOT__c_req_tag = vlSelf->pd_top__DOT__copy_rd__DOT__req_tag_next;
    vlSelf->pd_top__DOT__fetch__DOT__second_len_reg 
        = vlSelf->pd_top__DOT__fetch__DOT__second_len_next;
    vlSelf->pd_top__DOT__fetch__DOT__second_addr_reg 
        = vlSelf->pd_top__DOT__fetch__DOT__second_addr_next;
    vlSelf->s_reg_rd_valid = vlSelf->s_reg_rd_en;
    vlSelf->pd_top__DOT__c_req_len = vlSelf->pd_top__DOT__copy_rd__DOT__req_len_next;
    vlSelf->pd_top__DOT__c_req_addr = vlSelf->pd_top__DOT__copy_rd__DOT__req_addr_next;
    vlSelf->pd_top__DOT__wr__DOT__beats_reg = vlSelf->pd_top__DOT__wr__DOT__beats_next;
    vlSelf->pd_top__DOT__f_req_len = vlSelf->pd_top__DOT__fetch__DOT__req_len_next;
    vlSelf->pd_top__DOT__f_req_addr = vlSelf->pd_top__DOT__fetch__DOT__req_addr_next;
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
    vlSelf->pd_top__DOT__irq_evt_vector = ((0x17U >= 
                                            (0x1fU 
                                             & ((IData)(3U) 
                                                * (7U 
                                                   & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                      >> 0x1bU)))))
                                            ? (7U & 
                                               (((vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                  [7U] 
                                                  << 0x15U) 
                                                 | ((vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                     [6U] 
                                                     << 0x12U) 
                                                    | ((vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                        [5U] 
                                                        << 0xfU) 
                                                       | ((vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                           [4U] 
                                                           << 0xcU) 
                                                          | ((vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                              [3U] 
                                                              << 9U) 
                                                             | ((vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                 [2U] 
                                                                 << 6U) 
                                                                | ((vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                    [1U] 
                                                                    << 3U) 
                                                                   | vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                                   [0U]))))))) 
                                                >> 
                                                (0x1fU 
                                                 & ((IData)(3U) 
                                                    * 
                                                    (7U 
                                                     & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                        >> 0x1bU))))))
                                            : 0U);
    if (((IData)(vlSelf->pd_top__DOT__fetch__DOT__can_issue) 
         & (IData)(vlSelf->pd_top__DOT__fetch__DOT__grant_valid))) {
        vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg 
            = ((7U == (IData)(vlSelf->pd_top__DOT__fetch__DOT__g))
                ? 0U : (7U & ((IData)(1U) + (IData)(vlSelf->pd_top__DOT__fetch__DOT__g))));
    }
    vlSelf->s_reg_rd_data = 0ULL;
    if (((IData)(vlSelf->s_reg_rd_en) & (0U == (7U 
                                                & vlSelf->s_reg_addr)))) {
        if ((0U == vlSelf->s_reg_addr)) {
            vlSelf->s_reg_rd_data = 0x150454456ULL;
        } else if ((8U == vlSelf->s_reg_addr)) {
            vlSelf->s_reg_rd_data = 8ULL;
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
            vlSelf->s_reg_rd_data = 8ULL;
        } else if (vlSelf->pd_top__DOT__regs__DOT__win_hit) {
            if ((0U == (0x1fU & (vlSelf->s_reg_addr 
                                 - (IData)(0x800U))))) {
                vlSelf->s_reg_rd_data = vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                    [(7U & vlSelf->pd_top__DOT__regs__DOT__w_sel)];
            } else if ((8U == (0x1fU & (vlSelf->s_reg_addr 
                                        - (IData)(0x800U))))) {
                vlSelf->s_reg_rd_data = vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                    [(7U & vlSelf->pd_top__DOT__regs__DOT__w_sel)];
            } else if ((0x10U == (0x1fU & (vlSelf->s_reg_addr 
                                           - (IData)(0x800U))))) {
                vlSelf->s_reg_rd_data = (vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                         [(7U & vlSelf->pd_top__DOT__regs__DOT__w_sel)]
                                          ? 1ULL : 0ULL);
            }
        } else if (vlSelf->pd_top__DOT__regs__DOT__q_hit) {
            if ((0U == (0x3fU & (vlSelf->s_reg_addr 
                                 - (IData)(0x1000U))))) {
                vlSelf->s_reg_rd_data = vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                    [(7U & vlSelf->pd_top__DOT__regs__DOT__q_sel)];
            } else if ((8U == (0x3fU & (vlSelf->s_reg_addr 
                                        - (IData)(0x1000U))))) {
                vlSelf->s_reg_rd_data = (QData)((IData)(
                                                        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                                        [
                                                        (7U 
                                                         & vlSelf->pd_top__DOT__regs__DOT__q_sel)]));
            } else if ((0x10U == (0x3fU & (vlSelf->s_reg_addr 
                                           - (IData)(0x1000U))))) {
                vlSelf->s_reg_rd_data = vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                    [(7U & vlSelf->pd_top__DOT__regs__DOT__q_sel)];
            } else if ((0x18U == (0x3fU & (vlSelf->s_reg_addr 
                                           - (IData)(0x1000U))))) {
                vlSelf->s_reg_rd_data = (QData)((IData)(
                                                        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                                        [
                                                        (7U 
                                                         & vlSelf->pd_top__DOT__regs__DOT__q_sel)]));
            } else if ((0x20U == (0x3fU & (vlSelf->s_reg_addr 
                                           - (IData)(0x1000U))))) {
                vlSelf->s_reg_rd_data = (QData)((IData)(
                                                        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                        [
                                                        (7U 
                                                         & vlSelf->pd_top__DOT__regs__DOT__q_sel)]));
            } else if ((0x28U == (0x3fU & (vlSelf->s_reg_addr 
                                           - (IData)(0x1000U))))) {
                vlSelf->s_reg_rd_data = (QData)((IData)(
                                                        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                        [
                                                        (7U 
                                                         & vlSelf->pd_top__DOT__regs__DOT__q_sel)]));
            } else if ((0x30U == (0x3fU & (vlSelf->s_reg_addr 
                                           - (IData)(0x1000U))))) {
                vlSelf->s_reg_rd_data = (QData)((IData)(
                                                        vlSelf->pd_top__DOT__regs__DOT__vector_reg
                                                        [
                                                        (7U 
                                                         & vlSelf->pd_top__DOT__regs__DOT__q_sel)]));
            } else if ((0x38U == (0x3fU & (vlSelf->s_reg_addr 
                                           - (IData)(0x1000U))))) {
                vlSelf->s_reg_rd_data = (vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                                         [(7U & vlSelf->pd_top__DOT__regs__DOT__q_sel)]
                                          ? 1ULL : 0ULL);
            }
        }
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
                                                        (8ULL 
                                                         > vlSelf->s_reg_wr_data)) {
                                                        __Vdlyvval__pd_top__DOT__regs__DOT__vector_reg__v0 
                                                            = 
                                                            (7U 
                                                             & (IData)(vlSelf->s_reg_wr_data));
                                                        __Vdlyvset__pd_top__DOT__regs__DOT__vector_reg__v0 = 1U;
                                                        __Vdlyvdim0__pd_top__DOT__regs__DOT__vector_reg__v0 
                                                            = 
                                                            (7U 
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
                                                        __Vdlyvval__pd_top__DOT__regs__DOT__q_enable_reg__v8 
                                                            = 
                                                            (0ULL 
                                                             != 
                                                             (1ULL 
                                                              & vlSelf->s_reg_wr_data));
                                                        __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v8 = 1U;
                                                        __Vdlyvdim0__pd_top__DOT__regs__DOT__q_enable_reg__v8 
                                                            = 
                                                            (7U 
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
                                                  (7U 
                                                   & vlSelf->pd_top__DOT__regs__DOT__q_sel)]))) {
                                                __Vdlyvval__pd_top__DOT__regs__DOT__sq_tail_reg__v0 
                                                    = 
                                                    (0xffffU 
                                                     & (IData)(vlSelf->s_reg_wr_data));
                                                __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v0 = 1U;
                                                __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_tail_reg__v0 
                                                    = 
                                                    (7U 
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
                                                  (7U 
                                                   & vlSelf->pd_top__DOT__regs__DOT__q_sel)]))) {
                                                __Vdlyvval__pd_top__DOT__regs__DOT__cq_head_reg__v0 
                                                    = 
                                                    (0xffffU 
                                                     & (IData)(vlSelf->s_reg_wr_data));
                                                __Vdlyvset__pd_top__DOT__regs__DOT__cq_head_reg__v0 = 1U;
                                                __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_head_reg__v0 
                                                    = 
                                                    (7U 
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
                                                        (7U 
                                                         & vlSelf->pd_top__DOT__regs__DOT__q_sel)]))) {
                                                    __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v1 = 1U;
                                                    __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_tail_reg__v1 
                                                        = 
                                                        (7U 
                                                         & vlSelf->pd_top__DOT__regs__DOT__q_sel);
                                                    __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_head_reg__v1 
                                                        = 
                                                        (7U 
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
                                            = (7U & vlSelf->pd_top__DOT__regs__DOT__q_sel);
                                    }
                                }
                                if ((0x10U == (0x3fU 
                                               & (vlSelf->s_reg_addr 
                                                  - (IData)(0x1000U))))) {
                                    __Vdlyvval__pd_top__DOT__regs__DOT__cq_base_reg__v0 
                                        = vlSelf->s_reg_wr_data;
                                    __Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v0 = 1U;
                                    __Vdlyvdim0__pd_top__DOT__regs__DOT__cq_base_reg__v0 
                                        = (7U & vlSelf->pd_top__DOT__regs__DOT__q_sel);
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
                                    = (7U & vlSelf->pd_top__DOT__regs__DOT__q_sel);
                            }
                        }
                        if ((0U == (0x3fU & (vlSelf->s_reg_addr 
                                             - (IData)(0x1000U))))) {
                            __Vdlyvval__pd_top__DOT__regs__DOT__sq_base_reg__v0 
                                = vlSelf->s_reg_wr_data;
                            __Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v0 = 1U;
                            __Vdlyvdim0__pd_top__DOT__regs__DOT__sq_base_reg__v0 
                                = (7U & vlSelf->pd_top__DOT__regs__DOT__q_sel);
                        }
                    }
                }
                if (vlSelf->pd_top__DOT__regs__DOT__win_hit) {
                    if ((0U == (0x1fU & (vlSelf->s_reg_addr 
                                         - (IData)(0x800U))))) {
                        __Vdlyvval__pd_top__DOT__regs__DOT__win_base_reg__v0 
                            = vlSelf->s_reg_wr_data;
                        __Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v0 = 1U;
                        __Vdlyvdim0__pd_top__DOT__regs__DOT__win_base_reg__v0 
                            = (7U & vlSelf->pd_top__DOT__regs__DOT__w_sel);
                    }
                    if ((0U != (0x1fU & (vlSelf->s_reg_addr 
                                         - (IData)(0x800U))))) {
                        if ((8U == (0x1fU & (vlSelf->s_reg_addr 
                                             - (IData)(0x800U))))) {
                            __Vdlyvval__pd_top__DOT__regs__DOT__win_size_reg__v0 
                                = vlSelf->s_reg_wr_data;
                            __Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v0 = 1U;
                            __Vdlyvdim0__pd_top__DOT__regs__DOT__win_size_reg__v0 
                                = (7U & vlSelf->pd_top__DOT__regs__DOT__w_sel);
                        }
                        if ((8U != (0x1fU & (vlSelf->s_reg_addr 
                                             - (IData)(0x800U))))) {
                            if ((0x10U == (0x1fU & 
                                           (vlSelf->s_reg_addr 
                                            - (IData)(0x800U))))) {
                                __Vdlyvval__pd_top__DOT__regs__DOT__win_enable_reg__v8 
                                    = (0ULL != (1ULL 
                                                & vlSelf->s_reg_wr_data));
                                __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v8 = 1U;
                                __Vdlyvdim0__pd_top__DOT__regs__DOT__win_enable_reg__v8 
                                    = (7U & vlSelf->pd_top__DOT__regs__DOT__w_sel);
                            }
                        }
                    }
                }
            }
        }
    }
    if (vlSelf->pd_top__DOT__regs__DOT__wr_reset) {
        __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v0 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v0 = 1U;
        vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg = 0U;
    }
    if (((IData)(vlSelf->s_reg_wr_en) & (0U == (7U 
                                                & vlSelf->s_reg_addr)))) {
        if ((0x10U != vlSelf->s_reg_addr)) {
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
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[0U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v0;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[1U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v1;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[2U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v2;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[3U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v3;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[4U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v4;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[5U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v5;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[6U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v6;
    vlSelf->pd_top__DOT__irqs__DOT__timer_reg[7U] = __Vdlyvval__pd_top__DOT__irqs__DOT__timer_reg__v7;
    if (vlSelf->pd_top__DOT__prst) {
        vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__rd_ptr_reg = 0U;
        vlSelf->pd_top__DOT__decode__DOT__infl_reg = 0U;
        __Vdlyvset__pd_top__DOT__irqs__DOT__timer_reg__v8 = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__irqs__DOT__timer_reg__v8) {
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[0U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[1U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[2U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[3U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[4U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[5U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[6U] = 0ULL;
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[7U] = 0ULL;
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
    if (vlSelf->pd_top__DOT__prst) {
        vlSelf->pd_top__DOT__rcmd_fifo__DOT__wr_ptr_reg = 0U;
        vlSelf->pd_top__DOT__data_fifo__DOT__wr_ptr_reg = 0U;
        __Vdlyvset__pd_top__DOT__irqs__DOT__pending_reg__v8 = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__irqs__DOT__pending_reg__v8) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[0U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[1U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[2U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[3U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[4U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[5U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[6U] = 0U;
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[7U] = 0U;
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
    if (vlSelf->rst) {
        __Vdlyvset__pd_top__DOT__regs__DOT__vector_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__sq_base_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__cq_base_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v9 = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__phase_reg__v9) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[0U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[1U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[2U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[3U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[4U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[5U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[6U] = 1U;
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[7U] = 1U;
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
    if (vlSelf->pd_top__DOT__fetch__DOT__issue) {
        __Vdlyvval__pd_top__DOT__fetch__DOT__head_reg__v0 
            = (((IData)(1U) + (IData)(vlSelf->pd_top__DOT__fetch__DOT__g_head)) 
               & (IData)(vlSelf->pd_top__DOT__fetch__DOT__g_sqm));
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v0 = 1U;
        __Vdlyvdim0__pd_top__DOT__fetch__DOT__head_reg__v0 
            = vlSelf->pd_top__DOT__fetch__DOT__g;
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
    if (vlSelf->pd_top__DOT__prst) {
        vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg = 0U;
        vlSelf->pd_top__DOT__rcmd_fifo__DOT__rd_ptr_reg = 0U;
        vlSelf->pd_top__DOT__acmd_fifo__DOT__wr_ptr_reg = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__wr_ptr_reg = 0U;
        vlSelf->pd_top__DOT__out_fifo__DOT__wr_ptr_reg = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__wr_ptr_reg = 0U;
        vlSelf->pd_top__DOT__acmd_fifo__DOT__rd_ptr_reg = 0U;
        vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg = 0U;
        vlSelf->pd_top__DOT__wcmd_fifo__DOT__wr_ptr_reg = 0U;
        vlSelf->pd_top__DOT__wcmd_fifo__DOT__rd_ptr_reg = 0U;
        __Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v9 = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__head_reg__v9) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[0U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[1U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[2U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[3U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[4U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[5U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[6U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[7U] = 0U;
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
    if (vlSelf->rst) {
        __Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v9 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v9 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__sq_log2_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__cq_log2_reg__v1 = 1U;
        __Vdlyvset__pd_top__DOT__regs__DOT__sq_tail_reg__v2 = 1U;
        __Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v9 = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__wr__DOT__tail_reg__v9) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[0U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[1U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[2U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[3U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[4U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[5U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[6U] = 0U;
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[7U] = 0U;
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
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[__Vdlyvdim0__pd_top__DOT__fetch__DOT__stopped_reg__v8] = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v9) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v10) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[1U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v11) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[2U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v12) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[3U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v13) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[4U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v14) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[5U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v15) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[6U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v16) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[7U] = 0U;
    }
    if (vlSelf->pd_top__DOT__prst) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v17 = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__stopped_reg__v17) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[0U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[1U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[2U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[3U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[4U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[5U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[6U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[7U] = 0U;
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
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v17) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[1U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v18) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[2U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v19) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[3U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v20) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[4U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v21) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[5U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v22) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[6U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v23) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[7U] = 0U;
    }
    if (vlSelf->pd_top__DOT__prst) {
        __Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v24 = 1U;
    }
    if (__Vdlyvset__pd_top__DOT__fetch__DOT__infl_reg__v24) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[0U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[1U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[2U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[3U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[4U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[5U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[6U] = 0U;
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[7U] = 0U;
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
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v0) {
        vlSelf->pd_top__DOT__regs__DOT__win_base_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__win_base_reg__v0] 
            = __Vdlyvval__pd_top__DOT__regs__DOT__win_base_reg__v0;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__win_base_reg__v1) {
        vlSelf->pd_top__DOT__regs__DOT__win_base_reg[0U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__win_base_reg[1U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__win_base_reg[2U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__win_base_reg[3U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__win_base_reg[4U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__win_base_reg[5U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__win_base_reg[6U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__win_base_reg[7U] = 0ULL;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v0) {
        vlSelf->pd_top__DOT__regs__DOT__win_size_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__win_size_reg__v0] 
            = __Vdlyvval__pd_top__DOT__regs__DOT__win_size_reg__v0;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__win_size_reg__v1) {
        vlSelf->pd_top__DOT__regs__DOT__win_size_reg[0U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__win_size_reg[1U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__win_size_reg[2U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__win_size_reg[3U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__win_size_reg[4U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__win_size_reg[5U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__win_size_reg[6U] = 0ULL;
        vlSelf->pd_top__DOT__regs__DOT__win_size_reg[7U] = 0ULL;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v0) {
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[0U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[1U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[2U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[3U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[4U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[5U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[6U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[7U] = 0U;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v8) {
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__win_enable_reg__v8] 
            = __Vdlyvval__pd_top__DOT__regs__DOT__win_enable_reg__v8;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__win_enable_reg__v9) {
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[0U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[1U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[2U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[3U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[4U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[5U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[6U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[7U] = 0U;
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
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[0U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[1U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[2U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[3U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[4U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[5U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[6U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[7U] = 0U;
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
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v8) {
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[__Vdlyvdim0__pd_top__DOT__regs__DOT__q_enable_reg__v8] 
            = __Vdlyvval__pd_top__DOT__regs__DOT__q_enable_reg__v8;
    }
    if (__Vdlyvset__pd_top__DOT__regs__DOT__q_enable_reg__v9) {
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[0U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[1U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[2U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[3U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[4U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[5U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[6U] = 0U;
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[7U] = 0U;
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
    }
    vlSelf->pd_top__DOT__irqs__DOT__pend_any = ((0xfcU 
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
    vlSelf->pd_top__DOT__irqs__DOT__pend_any = ((0xf3U 
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
    vlSelf->pd_top__DOT__irqs__DOT__pend_any = ((0xcfU 
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
    vlSelf->pd_top__DOT__irqs__DOT__pend_any = ((0x3fU 
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
    pd_top__DOT____Vcellout__out_fifo__m_data[0U] = 
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                 & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0U];
    pd_top__DOT____Vcellout__out_fifo__m_data[1U] = 
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                 & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][1U];
    pd_top__DOT____Vcellout__out_fifo__m_data[2U] = 
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                 & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][2U];
    pd_top__DOT____Vcellout__out_fifo__m_data[3U] = 
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                 & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][3U];
    pd_top__DOT____Vcellout__out_fifo__m_data[4U] = 
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                 & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][4U];
    pd_top__DOT____Vcellout__out_fifo__m_data[5U] = 
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                 & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][5U];
    pd_top__DOT____Vcellout__out_fifo__m_data[6U] = 
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                 & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][6U];
    pd_top__DOT____Vcellout__out_fifo__m_data[7U] = 
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                 & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][7U];
    pd_top__DOT____Vcellout__out_fifo__m_data[8U] = 
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                 & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][8U];
    pd_top__DOT____Vcellout__out_fifo__m_data[9U] = 
        vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                 & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][9U];
    pd_top__DOT____Vcellout__out_fifo__m_data[0xaU] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0xaU];
    pd_top__DOT____Vcellout__out_fifo__m_data[0xbU] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0xbU];
    pd_top__DOT____Vcellout__out_fifo__m_data[0xcU] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0xcU];
    pd_top__DOT____Vcellout__out_fifo__m_data[0xdU] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0xdU];
    pd_top__DOT____Vcellout__out_fifo__m_data[0xeU] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0xeU];
    pd_top__DOT____Vcellout__out_fifo__m_data[0xfU] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0xfU];
    pd_top__DOT____Vcellout__out_fifo__m_data[0x10U] 
        = vlSelf->pd_top__DOT__out_fifo__DOT__mem[(3U 
                                                   & (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg))][0x10U];
    pd_top__DOT____Vcellout__out_fifo__m_data[0x11U] 
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
    pd_top__DOT__q_cq_tail[0U] = ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                   [1U] << 0x10U) | 
                                  vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                  [0U]);
    pd_top__DOT__q_cq_tail[1U] = (((0xffffU & vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                    [2U]) | (vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                             [1U] >> 0x10U)) 
                                  | ((IData)((((QData)((IData)(
                                                               ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                 [6U] 
                                                                 << 0x10U) 
                                                                | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                [5U]))) 
                                               << 0x20U) 
                                              | (QData)((IData)(
                                                                ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                  [4U] 
                                                                  << 0x10U) 
                                                                 | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                 [3U]))))) 
                                     << 0x10U));
    pd_top__DOT__q_cq_tail[2U] = (((IData)((((QData)((IData)(
                                                             ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                               [6U] 
                                                               << 0x10U) 
                                                              | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                              [5U]))) 
                                             << 0x20U) 
                                            | (QData)((IData)(
                                                              ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                [4U] 
                                                                << 0x10U) 
                                                               | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                               [3U]))))) 
                                   >> 0x10U) | ((IData)(
                                                        ((((QData)((IData)(
                                                                           ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                             [6U] 
                                                                             << 0x10U) 
                                                                            | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                            [5U]))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                              [4U] 
                                                                              << 0x10U) 
                                                                             | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                             [3U])))) 
                                                         >> 0x20U)) 
                                                << 0x10U));
    pd_top__DOT__q_cq_tail[3U] = ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                   [7U] << 0x10U) | 
                                  ((IData)(((((QData)((IData)(
                                                              ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                [6U] 
                                                                << 0x10U) 
                                                               | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                               [5U]))) 
                                              << 0x20U) 
                                             | (QData)((IData)(
                                                               ((vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                 [4U] 
                                                                 << 0x10U) 
                                                                | vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                                                [3U])))) 
                                            >> 0x20U)) 
                                   >> 0x10U));
    vlSelf->pd_top__DOT__cmpl_valid = vlSelf->pd_top__DOT__wr__DOT__cmpl_next;
    vlSelf->pd_top__DOT__stop_queue = (7U & (vlSelf->pd_top__DOT__wcmd[5U] 
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
    pd_top__DOT__q_cq_base[0U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                         [0U]);
    pd_top__DOT__q_cq_base[1U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                          [0U] >> 0x20U));
    pd_top__DOT__q_cq_base[2U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                         [1U]);
    pd_top__DOT__q_cq_base[3U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                          [1U] >> 0x20U));
    pd_top__DOT__q_cq_base[4U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                         [2U]);
    pd_top__DOT__q_cq_base[5U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                          [2U] >> 0x20U));
    pd_top__DOT__q_cq_base[6U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                         [3U]);
    pd_top__DOT__q_cq_base[7U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                          [3U] >> 0x20U));
    pd_top__DOT__q_cq_base[8U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                         [4U]);
    pd_top__DOT__q_cq_base[9U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                          [4U] >> 0x20U));
    pd_top__DOT__q_cq_base[0xaU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                           [5U]);
    pd_top__DOT__q_cq_base[0xbU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                            [5U] >> 0x20U));
    pd_top__DOT__q_cq_base[0xcU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                           [6U]);
    pd_top__DOT__q_cq_base[0xdU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                            [6U] >> 0x20U));
    pd_top__DOT__q_cq_base[0xeU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                           [7U]);
    pd_top__DOT__q_cq_base[0xfU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__cq_base_reg
                                            [7U] >> 0x20U));
    pd_top__DOT__win_base[0U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                        [0U]);
    pd_top__DOT__win_base[1U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                         [0U] >> 0x20U));
    pd_top__DOT__win_base[2U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                        [1U]);
    pd_top__DOT__win_base[3U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                         [1U] >> 0x20U));
    pd_top__DOT__win_base[4U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                        [2U]);
    pd_top__DOT__win_base[5U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                         [2U] >> 0x20U));
    pd_top__DOT__win_base[6U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                        [3U]);
    pd_top__DOT__win_base[7U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                         [3U] >> 0x20U));
    pd_top__DOT__win_base[8U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                        [4U]);
    pd_top__DOT__win_base[9U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                         [4U] >> 0x20U));
    pd_top__DOT__win_base[0xaU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [5U]);
    pd_top__DOT__win_base[0xbU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [5U] >> 0x20U));
    pd_top__DOT__win_base[0xcU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [6U]);
    pd_top__DOT__win_base[0xdU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [6U] >> 0x20U));
    pd_top__DOT__win_base[0xeU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                          [7U]);
    pd_top__DOT__win_base[0xfU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_base_reg
                                           [7U] >> 0x20U));
    pd_top__DOT__win_size[0U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                        [0U]);
    pd_top__DOT__win_size[1U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                         [0U] >> 0x20U));
    pd_top__DOT__win_size[2U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                        [1U]);
    pd_top__DOT__win_size[3U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                         [1U] >> 0x20U));
    pd_top__DOT__win_size[4U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                        [2U]);
    pd_top__DOT__win_size[5U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                         [2U] >> 0x20U));
    pd_top__DOT__win_size[6U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                        [3U]);
    pd_top__DOT__win_size[7U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                         [3U] >> 0x20U));
    pd_top__DOT__win_size[8U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                        [4U]);
    pd_top__DOT__win_size[9U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                         [4U] >> 0x20U));
    pd_top__DOT__win_size[0xaU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [5U]);
    pd_top__DOT__win_size[0xbU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [5U] >> 0x20U));
    pd_top__DOT__win_size[0xcU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [6U]);
    pd_top__DOT__win_size[0xdU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [6U] >> 0x20U));
    pd_top__DOT__win_size[0xeU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                          [7U]);
    pd_top__DOT__win_size[0xfU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__win_size_reg
                                           [7U] >> 0x20U));
    pd_top__DOT__win_enable = ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
                                [7U] << 7U) | ((vlSelf->pd_top__DOT__regs__DOT__win_enable_reg
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
                                                              [0U])))))));
    if (vlSelf->pd_top__DOT__fatal_set) {
        vlSelf->pd_top__DOT__regs__DOT__fatal_reg = 1U;
    }
    if (vlSelf->pd_top__DOT__regs__DOT__wr_reset) {
        vlSelf->pd_top__DOT__regs__DOT__fatal_reg = 0U;
    }
    pd_top__DOT__q_sq_tail[0U] = ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                   [1U] << 0x10U) | 
                                  vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                  [0U]);
    pd_top__DOT__q_sq_tail[1U] = (((0xffffU & vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                    [2U]) | (vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                             [1U] >> 0x10U)) 
                                  | ((IData)((((QData)((IData)(
                                                               ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                 [6U] 
                                                                 << 0x10U) 
                                                                | vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                [5U]))) 
                                               << 0x20U) 
                                              | (QData)((IData)(
                                                                ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                  [4U] 
                                                                  << 0x10U) 
                                                                 | vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                 [3U]))))) 
                                     << 0x10U));
    pd_top__DOT__q_sq_tail[2U] = (((IData)((((QData)((IData)(
                                                             ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                               [6U] 
                                                               << 0x10U) 
                                                              | vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                              [5U]))) 
                                             << 0x20U) 
                                            | (QData)((IData)(
                                                              ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                [4U] 
                                                                << 0x10U) 
                                                               | vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                               [3U]))))) 
                                   >> 0x10U) | ((IData)(
                                                        ((((QData)((IData)(
                                                                           ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                             [6U] 
                                                                             << 0x10U) 
                                                                            | vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                            [5U]))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                              [4U] 
                                                                              << 0x10U) 
                                                                             | vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                             [3U])))) 
                                                         >> 0x20U)) 
                                                << 0x10U));
    pd_top__DOT__q_sq_tail[3U] = ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                   [7U] << 0x10U) | 
                                  ((IData)(((((QData)((IData)(
                                                              ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                [6U] 
                                                                << 0x10U) 
                                                               | vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                               [5U]))) 
                                              << 0x20U) 
                                             | (QData)((IData)(
                                                               ((vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                 [4U] 
                                                                 << 0x10U) 
                                                                | vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg
                                                                [3U])))) 
                                            >> 0x20U)) 
                                   >> 0x10U));
    pd_top__DOT__q_cq_head[0U] = ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                   [1U] << 0x10U) | 
                                  vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                  [0U]);
    pd_top__DOT__q_cq_head[1U] = (((0xffffU & vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                    [2U]) | (vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                             [1U] >> 0x10U)) 
                                  | ((IData)((((QData)((IData)(
                                                               ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                 [6U] 
                                                                 << 0x10U) 
                                                                | vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                [5U]))) 
                                               << 0x20U) 
                                              | (QData)((IData)(
                                                                ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                  [4U] 
                                                                  << 0x10U) 
                                                                 | vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                 [3U]))))) 
                                     << 0x10U));
    pd_top__DOT__q_cq_head[2U] = (((IData)((((QData)((IData)(
                                                             ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                               [6U] 
                                                               << 0x10U) 
                                                              | vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                              [5U]))) 
                                             << 0x20U) 
                                            | (QData)((IData)(
                                                              ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                [4U] 
                                                                << 0x10U) 
                                                               | vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                               [3U]))))) 
                                   >> 0x10U) | ((IData)(
                                                        ((((QData)((IData)(
                                                                           ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                             [6U] 
                                                                             << 0x10U) 
                                                                            | vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                            [5U]))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                              [4U] 
                                                                              << 0x10U) 
                                                                             | vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                             [3U])))) 
                                                         >> 0x20U)) 
                                                << 0x10U));
    pd_top__DOT__q_cq_head[3U] = ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                   [7U] << 0x10U) | 
                                  ((IData)(((((QData)((IData)(
                                                              ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                [6U] 
                                                                << 0x10U) 
                                                               | vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                               [5U]))) 
                                              << 0x20U) 
                                             | (QData)((IData)(
                                                               ((vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                 [4U] 
                                                                 << 0x10U) 
                                                                | vlSelf->pd_top__DOT__regs__DOT__cq_head_reg
                                                                [3U])))) 
                                            >> 0x20U)) 
                                   >> 0x10U));
    pd_top__DOT__q_enable = ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
                              [7U] << 7U) | ((vlSelf->pd_top__DOT__regs__DOT__q_enable_reg
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
                                                            [0U])))))));
    pd_top__DOT__q_sq_log2 = (((QData)((IData)(vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg
                                               [7U])) 
                               << 0x23U) | (((QData)((IData)(
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
                                                                           [0U])))))))));
    pd_top__DOT__q_cq_log2 = (((QData)((IData)(vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg
                                               [7U])) 
                               << 0x23U) | (((QData)((IData)(
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
                                                                           [0U])))))))));
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
            Vpd_tb__ConstPool__CONST_h93e1b771_0[0U];
        vlSelf->pd_top__DOT__align__DOT__cur[1U] = 
            Vpd_tb__ConstPool__CONST_h93e1b771_0[1U];
        vlSelf->pd_top__DOT__align__DOT__cur[2U] = 
            Vpd_tb__ConstPool__CONST_h93e1b771_0[2U];
        vlSelf->pd_top__DOT__align__DOT__cur[3U] = 
            Vpd_tb__ConstPool__CONST_h93e1b771_0[3U];
        vlSelf->pd_top__DOT__align__DOT__cur[4U] = 
            Vpd_tb__ConstPool__CONST_h93e1b771_0[4U];
        vlSelf->pd_top__DOT__align__DOT__cur[5U] = 
            Vpd_tb__ConstPool__CONST_h93e1b771_0[5U];
        vlSelf->pd_top__DOT__align__DOT__cur[6U] = 
            Vpd_tb__ConstPool__CONST_h93e1b771_0[6U];
        vlSelf->pd_top__DOT__align__DOT__cur[7U] = 
            Vpd_tb__ConstPool__CONST_h93e1b771_0[7U];
        vlSelf->pd_top__DOT__align__DOT__cur[8U] = 
            Vpd_tb__ConstPool__CONST_h93e1b771_0[8U];
        vlSelf->pd_top__DOT__align__DOT__cur[9U] = 
            Vpd_tb__ConstPool__CONST_h93e1b771_0[9U];
        vlSelf->pd_top__DOT__align__DOT__cur[0xaU] 
            = Vpd_tb__ConstPool__CONST_h93e1b771_0[0xaU];
        vlSelf->pd_top__DOT__align__DOT__cur[0xbU] 
            = Vpd_tb__ConstPool__CONST_h93e1b771_0[0xbU];
        vlSelf->pd_top__DOT__align__DOT__cur[0xcU] 
            = Vpd_tb__ConstPool__CONST_h93e1b771_0[0xcU];
        vlSelf->pd_top__DOT__align__DOT__cur[0xdU] 
            = Vpd_tb__ConstPool__CONST_h93e1b771_0[0xdU];
        vlSelf->pd_top__DOT__align__DOT__cur[0xeU] 
            = Vpd_tb__ConstPool__CONST_h93e1b771_0[0xeU];
        vlSelf->pd_top__DOT__align__DOT__cur[0xfU] 
            = Vpd_tb__ConstPool__CONST_h93e1b771_0[0xfU];
    }
    vlSelf->pd_top__DOT__align__DOT____VdfgTmp_h47fe0679__0 
        = (1U & ((0U == vlSelf->pd_top__DOT__align__DOT__src_left_reg) 
                 | (~ (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__empty))));
    vlSelf->__VdfgTmp_h70b681c1__0[0U] = (((IData)(
                                                   (((QData)((IData)(
                                                                     vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U])))) 
                                           << 0x19U) 
                                          | (0x1ffffffU 
                                             & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]));
    vlSelf->__VdfgTmp_h70b681c1__0[1U] = (((IData)(
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
    vlSelf->__VdfgTmp_h70b681c1__0[2U] = ((IData)((
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
    if (vlSelf->rst) {
        vlSelf->pd_top__DOT__rd_mux__DOT__owed_reg = 0U;
    }
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
    __Vtemp_h6294c4db__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))));
    __Vtemp_h6294c4db__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
                                        >> 0x20U));
    __Vtemp_h6294c4db__0[2U] = 0U;
    __Vtemp_hbf565d94__0[0U] = (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]);
    __Vtemp_hbf565d94__0[1U] = 0U;
    __Vtemp_hbf565d94__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_he6b2427e__0, __Vtemp_h6294c4db__0, __Vtemp_hbf565d94__0);
    pd_top__DOT__decode__DOT__src_check__DOT__end_addr[0U] 
        = __Vtemp_he6b2427e__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__end_addr[1U] 
        = __Vtemp_he6b2427e__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__end_addr[2U] 
        = (1U & __Vtemp_he6b2427e__0[2U]);
    __Vtemp_h08593a26__0[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[1U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0U]))));
    __Vtemp_h08593a26__0[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[1U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0U]))) 
                                        >> 0x20U));
    __Vtemp_h08593a26__0[2U] = 0U;
    __Vtemp_hb1506237__0[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[1U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0U]))));
    __Vtemp_hb1506237__0[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[1U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0U]))) 
                                        >> 0x20U));
    __Vtemp_hb1506237__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h2808a679__0, __Vtemp_h08593a26__0, __Vtemp_hb1506237__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h2808a679__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h2808a679__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h2808a679__0[2U]);
    __Vtemp_h63419b7c__0[0U] = 0U;
    __Vtemp_h63419b7c__0[1U] = 0U;
    __Vtemp_h63419b7c__0[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) & (0U 
                                                != 
                                                (0x1ffffffU 
                                                 & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(pd_top__DOT__win_base[1U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__0, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h0844c1b2__0[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[2U]))));
    __Vtemp_h0844c1b2__0[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[2U]))) 
                                        >> 0x20U));
    __Vtemp_h0844c1b2__0[2U] = 0U;
    __Vtemp_hb1b5414b__0[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[2U]))));
    __Vtemp_hb1b5414b__0[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[2U]))) 
                                        >> 0x20U));
    __Vtemp_hb1b5414b__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h3d6af0b3__0, __Vtemp_h0844c1b2__0, __Vtemp_hb1b5414b__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h3d6af0b3__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h3d6af0b3__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h3d6af0b3__0[2U]);
    __Vtemp_h63419b7c__1[0U] = 0U;
    __Vtemp_h63419b7c__1[1U] = 0U;
    __Vtemp_h63419b7c__1[2U] = 1U;
    if (((((((IData)(pd_top__DOT__win_enable) >> 1U) 
            & (0U != (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(pd_top__DOT__win_base[3U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[2U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__1, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h08505cae__0[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[4U]))));
    __Vtemp_h08505cae__0[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[4U]))) 
                                        >> 0x20U));
    __Vtemp_h08505cae__0[2U] = 0U;
    __Vtemp_hb17941af__0[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[4U]))));
    __Vtemp_hb17941af__0[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[4U]))) 
                                        >> 0x20U));
    __Vtemp_hb17941af__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h4f075455__0, __Vtemp_h08505cae__0, __Vtemp_hb17941af__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h4f075455__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h4f075455__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h4f075455__0[2U]);
    __Vtemp_h63419b7c__2[0U] = 0U;
    __Vtemp_h63419b7c__2[1U] = 0U;
    __Vtemp_h63419b7c__2[2U] = 1U;
    if (((((((IData)(pd_top__DOT__win_enable) >> 2U) 
            & (0U != (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(pd_top__DOT__win_base[5U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[4U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__2, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h083d669a__0[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[7U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[6U]))));
    __Vtemp_h083d669a__0[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[7U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[6U]))) 
                                        >> 0x20U));
    __Vtemp_h083d669a__0[2U] = 0U;
    __Vtemp_hb16609c3__0[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[7U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[6U]))));
    __Vtemp_hb16609c3__0[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[7U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[6U]))) 
                                        >> 0x20U));
    __Vtemp_hb16609c3__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h1f9bb271__0, __Vtemp_h083d669a__0, __Vtemp_hb16609c3__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h1f9bb271__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h1f9bb271__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1f9bb271__0[2U]);
    __Vtemp_h63419b7c__3[0U] = 0U;
    __Vtemp_h63419b7c__3[1U] = 0U;
    __Vtemp_h63419b7c__3[2U] = 1U;
    if (((((((IData)(pd_top__DOT__win_enable) >> 3U) 
            & (0U != (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(pd_top__DOT__win_base[7U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[6U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h08495e76__0[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[9U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[8U]))));
    __Vtemp_h08495e76__0[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[9U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[8U]))) 
                                        >> 0x20U));
    __Vtemp_h08495e76__0[2U] = 0U;
    __Vtemp_hb17a1b27__0[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[9U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[8U]))));
    __Vtemp_hb17a1b27__0[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[9U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[8U]))) 
                                        >> 0x20U));
    __Vtemp_hb17a1b27__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h4d405f92__0, __Vtemp_h08495e76__0, __Vtemp_hb17a1b27__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h4d405f92__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h4d405f92__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h4d405f92__0[2U]);
    __Vtemp_h63419b7c__4[0U] = 0U;
    __Vtemp_h63419b7c__4[1U] = 0U;
    __Vtemp_h63419b7c__4[2U] = 1U;
    if (((((((IData)(pd_top__DOT__win_enable) >> 4U) 
            & (0U != (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(pd_top__DOT__win_base[9U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[8U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__4, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h07b7bdc2__0[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[0xbU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0xaU]))));
    __Vtemp_h07b7bdc2__0[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[0xbU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0xaU]))) 
                                        >> 0x20U));
    __Vtemp_h07b7bdc2__0[2U] = 0U;
    __Vtemp_haef0ca3b__0[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[0xbU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0xaU]))));
    __Vtemp_haef0ca3b__0[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[0xbU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0xaU]))) 
                                        >> 0x20U));
    __Vtemp_haef0ca3b__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h77b550a7__0, __Vtemp_h07b7bdc2__0, __Vtemp_haef0ca3b__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_h77b550a7__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_h77b550a7__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h77b550a7__0[2U]);
    __Vtemp_h63419b7c__5[0U] = 0U;
    __Vtemp_h63419b7c__5[1U] = 0U;
    __Vtemp_h63419b7c__5[2U] = 1U;
    if (((((((IData)(pd_top__DOT__win_enable) >> 5U) 
            & (0U != (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(pd_top__DOT__win_base[0xbU])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0xaU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__5, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h083dbe3e__0[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[0xdU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0xcU]))));
    __Vtemp_h083dbe3e__0[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[0xdU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0xcU]))) 
                                        >> 0x20U));
    __Vtemp_h083dbe3e__0[2U] = 0U;
    __Vtemp_hb161fadf__0[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[0xdU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0xcU]))));
    __Vtemp_hb161fadf__0[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[0xdU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0xcU]))) 
                                        >> 0x20U));
    __Vtemp_hb161fadf__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hf996bfcc__0, __Vtemp_h083dbe3e__0, __Vtemp_hb161fadf__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hf996bfcc__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hf996bfcc__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf996bfcc__0[2U]);
    __Vtemp_h63419b7c__6[0U] = 0U;
    __Vtemp_h63419b7c__6[1U] = 0U;
    __Vtemp_h63419b7c__6[2U] = 1U;
    if (((((((IData)(pd_top__DOT__win_enable) >> 6U) 
            & (0U != (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(pd_top__DOT__win_base[0xdU])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0xcU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__6, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    __Vtemp_h092e5eaa__0[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[0xfU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0xeU]))));
    __Vtemp_h092e5eaa__0[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[0xfU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0xeU]))) 
                                        >> 0x20U));
    __Vtemp_h092e5eaa__0[2U] = 0U;
    __Vtemp_hb2192cf3__0[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[0xfU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0xeU]))));
    __Vtemp_hb2192cf3__0[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[0xfU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0xeU]))) 
                                        >> 0x20U));
    __Vtemp_hb2192cf3__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hda4a7238__0, __Vtemp_h092e5eaa__0, __Vtemp_hb2192cf3__0);
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[0U] 
        = __Vtemp_hda4a7238__0[0U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[1U] 
        = __Vtemp_hda4a7238__0[1U];
    pd_top__DOT__decode__DOT__src_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hda4a7238__0[2U]);
    __Vtemp_h63419b7c__7[0U] = 0U;
    __Vtemp_h63419b7c__7[1U] = 0U;
    __Vtemp_h63419b7c__7[2U] = 1U;
    if (((((((IData)(pd_top__DOT__win_enable) >> 7U) 
            & (0U != (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[3U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[2U]))) 
              >= (((QData)((IData)(pd_top__DOT__win_base[0xfU])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0xeU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__src_check__DOT__end_addr, pd_top__DOT__decode__DOT__src_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__7, pd_top__DOT__decode__DOT__src_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__src_ok = 1U;
    }
    pd_top__DOT__decode__DOT__dst_ok = 0U;
    __Vtemp_h6259724f__0[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))));
    __Vtemp_h6259724f__0[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
                                        >> 0x20U));
    __Vtemp_h6259724f__0[2U] = 0U;
    __Vtemp_hbf565d94__1[0U] = (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]);
    __Vtemp_hbf565d94__1[1U] = 0U;
    __Vtemp_hbf565d94__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h7dfbd36b__0, __Vtemp_h6259724f__0, __Vtemp_hbf565d94__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__end_addr[0U] 
        = __Vtemp_h7dfbd36b__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__end_addr[1U] 
        = __Vtemp_h7dfbd36b__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__end_addr[2U] 
        = (1U & __Vtemp_h7dfbd36b__0[2U]);
    __Vtemp_h08593a26__1[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[1U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0U]))));
    __Vtemp_h08593a26__1[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[1U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0U]))) 
                                        >> 0x20U));
    __Vtemp_h08593a26__1[2U] = 0U;
    __Vtemp_hb1506237__1[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[1U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0U]))));
    __Vtemp_hb1506237__1[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[1U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0U]))) 
                                        >> 0x20U));
    __Vtemp_hb1506237__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hc37099a8__0, __Vtemp_h08593a26__1, __Vtemp_hb1506237__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hc37099a8__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hc37099a8__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hc37099a8__0[2U]);
    __Vtemp_h63419b7c__8[0U] = 0U;
    __Vtemp_h63419b7c__8[1U] = 0U;
    __Vtemp_h63419b7c__8[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) & (0U 
                                                != 
                                                (0x1ffffffU 
                                                 & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(pd_top__DOT__win_base[1U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__8, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h0844c1b2__1[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[2U]))));
    __Vtemp_h0844c1b2__1[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[2U]))) 
                                        >> 0x20U));
    __Vtemp_h0844c1b2__1[2U] = 0U;
    __Vtemp_hb1b5414b__1[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[2U]))));
    __Vtemp_hb1b5414b__1[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[2U]))) 
                                        >> 0x20U));
    __Vtemp_hb1b5414b__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h1a29d88a__0, __Vtemp_h0844c1b2__1, __Vtemp_hb1b5414b__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h1a29d88a__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h1a29d88a__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1a29d88a__0[2U]);
    __Vtemp_h63419b7c__9[0U] = 0U;
    __Vtemp_h63419b7c__9[1U] = 0U;
    __Vtemp_h63419b7c__9[2U] = 1U;
    if (((((((IData)(pd_top__DOT__win_enable) >> 1U) 
            & (0U != (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(pd_top__DOT__win_base[3U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[2U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__9, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h08505cae__1[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[4U]))));
    __Vtemp_h08505cae__1[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[4U]))) 
                                        >> 0x20U));
    __Vtemp_h08505cae__1[2U] = 0U;
    __Vtemp_hb17941af__1[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[4U]))));
    __Vtemp_hb17941af__1[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[4U]))) 
                                        >> 0x20U));
    __Vtemp_hb17941af__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hf61e3709__0, __Vtemp_h08505cae__1, __Vtemp_hb17941af__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_hf61e3709__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_hf61e3709__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf61e3709__0[2U]);
    __Vtemp_h63419b7c__10[0U] = 0U;
    __Vtemp_h63419b7c__10[1U] = 0U;
    __Vtemp_h63419b7c__10[2U] = 1U;
    if (((((((IData)(pd_top__DOT__win_enable) >> 2U) 
            & (0U != (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(pd_top__DOT__win_base[5U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[4U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__10, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h083d669a__1[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[7U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[6U]))));
    __Vtemp_h083d669a__1[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[7U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[6U]))) 
                                        >> 0x20U));
    __Vtemp_h083d669a__1[2U] = 0U;
    __Vtemp_hb16609c3__1[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[7U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[6U]))));
    __Vtemp_hb16609c3__1[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[7U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[6U]))) 
                                        >> 0x20U));
    __Vtemp_hb16609c3__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h1ae16d45__0, __Vtemp_h083d669a__1, __Vtemp_hb16609c3__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h1ae16d45__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h1ae16d45__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1ae16d45__0[2U]);
    __Vtemp_h63419b7c__11[0U] = 0U;
    __Vtemp_h63419b7c__11[1U] = 0U;
    __Vtemp_h63419b7c__11[2U] = 1U;
    if (((((((IData)(pd_top__DOT__win_enable) >> 3U) 
            & (0U != (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(pd_top__DOT__win_base[7U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[6U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__11, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h08495e76__1[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[9U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[8U]))));
    __Vtemp_h08495e76__1[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[9U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[8U]))) 
                                        >> 0x20U));
    __Vtemp_h08495e76__1[2U] = 0U;
    __Vtemp_hb17a1b27__1[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[9U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[8U]))));
    __Vtemp_hb17a1b27__1[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[9U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[8U]))) 
                                        >> 0x20U));
    __Vtemp_hb17a1b27__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h5743ded0__0, __Vtemp_h08495e76__1, __Vtemp_hb17a1b27__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h5743ded0__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h5743ded0__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h5743ded0__0[2U]);
    __Vtemp_h63419b7c__12[0U] = 0U;
    __Vtemp_h63419b7c__12[1U] = 0U;
    __Vtemp_h63419b7c__12[2U] = 1U;
    if (((((((IData)(pd_top__DOT__win_enable) >> 4U) 
            & (0U != (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(pd_top__DOT__win_base[9U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[8U]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__12, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h07b7bdc2__1[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[0xbU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0xaU]))));
    __Vtemp_h07b7bdc2__1[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[0xbU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0xaU]))) 
                                        >> 0x20U));
    __Vtemp_h07b7bdc2__1[2U] = 0U;
    __Vtemp_haef0ca3b__1[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[0xbU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0xaU]))));
    __Vtemp_haef0ca3b__1[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[0xbU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0xaU]))) 
                                        >> 0x20U));
    __Vtemp_haef0ca3b__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h9ee17c87__0, __Vtemp_h07b7bdc2__1, __Vtemp_haef0ca3b__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h9ee17c87__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h9ee17c87__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h9ee17c87__0[2U]);
    __Vtemp_h63419b7c__13[0U] = 0U;
    __Vtemp_h63419b7c__13[1U] = 0U;
    __Vtemp_h63419b7c__13[2U] = 1U;
    if (((((((IData)(pd_top__DOT__win_enable) >> 5U) 
            & (0U != (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(pd_top__DOT__win_base[0xbU])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0xaU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__13, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h083dbe3e__1[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[0xdU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0xcU]))));
    __Vtemp_h083dbe3e__1[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[0xdU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0xcU]))) 
                                        >> 0x20U));
    __Vtemp_h083dbe3e__1[2U] = 0U;
    __Vtemp_hb161fadf__1[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[0xdU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0xcU]))));
    __Vtemp_hb161fadf__1[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[0xdU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0xcU]))) 
                                        >> 0x20U));
    __Vtemp_hb161fadf__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h30754bf3__0, __Vtemp_h083dbe3e__1, __Vtemp_hb161fadf__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h30754bf3__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h30754bf3__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h30754bf3__0[2U]);
    __Vtemp_h63419b7c__14[0U] = 0U;
    __Vtemp_h63419b7c__14[1U] = 0U;
    __Vtemp_h63419b7c__14[2U] = 1U;
    if (((((((IData)(pd_top__DOT__win_enable) >> 6U) 
            & (0U != (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(pd_top__DOT__win_base[0xdU])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0xcU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__14, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    __Vtemp_h092e5eaa__1[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[0xfU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0xeU]))));
    __Vtemp_h092e5eaa__1[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[0xfU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0xeU]))) 
                                        >> 0x20U));
    __Vtemp_h092e5eaa__1[2U] = 0U;
    __Vtemp_hb2192cf3__1[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[0xfU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0xeU]))));
    __Vtemp_hb2192cf3__1[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[0xfU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0xeU]))) 
                                        >> 0x20U));
    __Vtemp_hb2192cf3__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h14bfc191__0, __Vtemp_h092e5eaa__1, __Vtemp_hb2192cf3__1);
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[0U] 
        = __Vtemp_h14bfc191__0[0U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[1U] 
        = __Vtemp_h14bfc191__0[1U];
    pd_top__DOT__decode__DOT__dst_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h14bfc191__0[2U]);
    __Vtemp_h63419b7c__15[0U] = 0U;
    __Vtemp_h63419b7c__15[1U] = 0U;
    __Vtemp_h63419b7c__15[2U] = 1U;
    if (((((((IData)(pd_top__DOT__win_enable) >> 7U) 
            & (0U != (0x1ffffffU & vlSelf->pd_top__DOT__fetch__DOT__cmd_data[1U]))) 
           & ((((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[5U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_data[4U]))) 
              >= (((QData)((IData)(pd_top__DOT__win_base[0xfU])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0xeU]))))) 
          & VL_LTE_W(3, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr, pd_top__DOT__decode__DOT__dst_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__15, pd_top__DOT__decode__DOT__dst_check__DOT__end_addr))) {
        pd_top__DOT__decode__DOT__dst_ok = 1U;
    }
    vlSelf->pd_top__DOT__align__DOT__last_mask_next 
        = vlSelf->pd_top__DOT__align__DOT__last_mask_reg;
    vlSelf->pd_top__DOT__align__DOT__first_mask_next 
        = vlSelf->pd_top__DOT__align__DOT__first_mask_reg;
    vlSelf->pd_top__DOT__align__DOT__shift_next = vlSelf->pd_top__DOT__align__DOT__shift_reg;
    if (vlSelf->pd_top__DOT__prst) {
        vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg = 0U;
        vlSelf->pd_top__DOT__copy_rd__DOT__active_reg = 0U;
        vlSelf->pd_top__DOT__align__DOT__active_reg = 0U;
    }
    pd_top__DOT__align__DOT__prime_go = ((IData)(vlSelf->pd_top__DOT__align__DOT__active_reg) 
                                         & ((~ (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__empty)) 
                                            & (IData)(vlSelf->pd_top__DOT__align__DOT__prime_reg)));
    vlSelf->pd_top__DOT__align__DOT____VdfgTmp_h8c8e9143__0 
        = ((~ (IData)(vlSelf->pd_top__DOT__align__DOT__prime_reg)) 
           & (IData)(vlSelf->pd_top__DOT__align__DOT__active_reg));
    if (vlSelf->rst) {
        vlSelf->pd_top__DOT__wr__DOT__state_reg = 0U;
    }
    vlSelf->m_wr_dat_last = ((4U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)) 
                             | (1U == (IData)(vlSelf->pd_top__DOT__wr__DOT__beats_reg)));
    vlSelf->m_wr_dat_valid = (((~ (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__empty)) 
                               & (2U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) 
                              | ((4U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)) 
                                 | (5U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))));
    pd_top__DOT__wr__DOT__cqe[0U] = 0U;
    pd_top__DOT__wr__DOT__cqe[1U] = 0U;
    pd_top__DOT__wr__DOT__cqe[2U] = 0U;
    pd_top__DOT__wr__DOT__cqe[3U] = 0U;
    pd_top__DOT__wr__DOT__cqe[0U] = (IData)((((QData)((IData)(
                                                              vlSelf->pd_top__DOT__wcmd[5U])) 
                                              << 0x35U) 
                                             | (((QData)((IData)(
                                                                 vlSelf->pd_top__DOT__wcmd[4U])) 
                                                 << 0x15U) 
                                                | ((QData)((IData)(
                                                                   vlSelf->pd_top__DOT__wcmd[3U])) 
                                                   >> 0xbU))));
    pd_top__DOT__wr__DOT__cqe[1U] = (IData)(((((QData)((IData)(
                                                               vlSelf->pd_top__DOT__wcmd[5U])) 
                                               << 0x35U) 
                                              | (((QData)((IData)(
                                                                  vlSelf->pd_top__DOT__wcmd[4U])) 
                                                  << 0x15U) 
                                                 | ((QData)((IData)(
                                                                    vlSelf->pd_top__DOT__wcmd[3U])) 
                                                    >> 0xbU))) 
                                             >> 0x20U));
    pd_top__DOT__wr__DOT__cqe[2U] = ((0x70000U & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                  >> 0xbU)) 
                                     | (0xffffU & (
                                                   vlSelf->pd_top__DOT__wcmd[5U] 
                                                   >> 0xbU)));
    pd_top__DOT__wr__DOT__cqe[3U] = ((0xffff0000U & 
                                      pd_top__DOT__wr__DOT__cqe[3U]) 
                                     | (0xffffU & (
                                                   (vlSelf->pd_top__DOT__wcmd[3U] 
                                                    << 5U) 
                                                   | (vlSelf->pd_top__DOT__wcmd[2U] 
                                                      >> 0x1bU))));
    pd_top__DOT__wr__DOT__cqe[3U] = ((0xffffffU & pd_top__DOT__wr__DOT__cqe[3U]) 
                                     | (vlSelf->pd_top__DOT__wr__DOT__phase_reg
                                        [(7U & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                >> 0x1bU))] 
                                        << 0x18U));
    vlSelf->pd_top__DOT__wr__DOT__cqm = (0xffffU & 
                                         (((IData)(1U) 
                                           << ((0x27U 
                                                >= 
                                                (0x3fU 
                                                 & ((IData)(5U) 
                                                    * 
                                                    (7U 
                                                     & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                        >> 0x1bU)))))
                                                ? (0x1fU 
                                                   & (IData)(
                                                             (pd_top__DOT__q_cq_log2 
                                                              >> 
                                                              (0x3fU 
                                                               & ((IData)(5U) 
                                                                  * 
                                                                  (7U 
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
    pd_top__DOT__copy_rd__DOT__issue = ((IData)(vlSelf->pd_top__DOT__copy_rd__DOT__active_reg) 
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
    if (vlSelf->rst) {
        vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg = 0U;
        vlSelf->pd_top__DOT__cmpl_valid = 0U;
        vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg = 0U;
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
                                                 & (IData)(pd_top__DOT__q_sq_log2))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (IData)(pd_top__DOT__q_cq_log2))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((pd_top__DOT__q_cq_head[0U] 
                                        - pd_top__DOT__q_cq_tail[0U]) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    if (vlSelf->rst) {
        vlSelf->pd_top__DOT__regs__DOT__fatal_reg = 0U;
        vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg = 0U;
    }
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xfeU 
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
                                                 & (IData)(
                                                           (pd_top__DOT__q_sq_log2 
                                                            >> 5U)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (IData)(
                                                           (pd_top__DOT__q_cq_log2 
                                                            >> 5U)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((((pd_top__DOT__q_cq_head[0U] 
                                          << 0x10U) 
                                         | (pd_top__DOT__q_cq_head[0U] 
                                            >> 0x10U)) 
                                        - ((pd_top__DOT__q_cq_tail[0U] 
                                            << 0x10U) 
                                           | (pd_top__DOT__q_cq_tail[0U] 
                                              >> 0x10U))) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xfdU 
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
                                                 & (IData)(
                                                           (pd_top__DOT__q_sq_log2 
                                                            >> 0xaU)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (IData)(
                                                           (pd_top__DOT__q_cq_log2 
                                                            >> 0xaU)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((pd_top__DOT__q_cq_head[1U] 
                                        - pd_top__DOT__q_cq_tail[1U]) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xfbU 
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
                                                 & (IData)(
                                                           (pd_top__DOT__q_sq_log2 
                                                            >> 0xfU)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (IData)(
                                                           (pd_top__DOT__q_cq_log2 
                                                            >> 0xfU)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((((pd_top__DOT__q_cq_head[1U] 
                                          << 0x10U) 
                                         | (pd_top__DOT__q_cq_head[1U] 
                                            >> 0x10U)) 
                                        - ((pd_top__DOT__q_cq_tail[1U] 
                                            << 0x10U) 
                                           | (pd_top__DOT__q_cq_tail[1U] 
                                              >> 0x10U))) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xf7U 
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
                                                 & (IData)(
                                                           (pd_top__DOT__q_sq_log2 
                                                            >> 0x14U)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (IData)(
                                                           (pd_top__DOT__q_cq_log2 
                                                            >> 0x14U)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((pd_top__DOT__q_cq_head[2U] 
                                        - pd_top__DOT__q_cq_tail[2U]) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xefU 
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
                                                 & (IData)(
                                                           (pd_top__DOT__q_sq_log2 
                                                            >> 0x19U)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (IData)(
                                                           (pd_top__DOT__q_cq_log2 
                                                            >> 0x19U)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((((pd_top__DOT__q_cq_head[2U] 
                                          << 0x10U) 
                                         | (pd_top__DOT__q_cq_head[2U] 
                                            >> 0x10U)) 
                                        - ((pd_top__DOT__q_cq_tail[2U] 
                                            << 0x10U) 
                                           | (pd_top__DOT__q_cq_tail[2U] 
                                              >> 0x10U))) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xdfU 
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
                                                 & (IData)(
                                                           (pd_top__DOT__q_sq_log2 
                                                            >> 0x1eU)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (IData)(
                                                           (pd_top__DOT__q_cq_log2 
                                                            >> 0x1eU)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((pd_top__DOT__q_cq_head[3U] 
                                        - pd_top__DOT__q_cq_tail[3U]) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0xbfU 
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
                                                 & (IData)(
                                                           (pd_top__DOT__q_sq_log2 
                                                            >> 0x23U)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cqm = (0xffffU & (((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (IData)(
                                                           (pd_top__DOT__q_cq_log2 
                                                            >> 0x23U)))) 
                                               - (IData)(1U)));
    pd_top__DOT__fetch__DOT__cfree = (((((pd_top__DOT__q_cq_head[3U] 
                                          << 0x10U) 
                                         | (pd_top__DOT__q_cq_head[3U] 
                                            >> 0x10U)) 
                                        - ((pd_top__DOT__q_cq_tail[3U] 
                                            << 0x10U) 
                                           | (pd_top__DOT__q_cq_tail[3U] 
                                              >> 0x10U))) 
                                       - (IData)(1U)) 
                                      & (IData)(pd_top__DOT__fetch__DOT__cqm));
    vlSelf->pd_top__DOT__fetch__DOT__elig = ((0x7fU 
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
    vlSelf->pd_top__DOT__align__DOT__prime_next = vlSelf->pd_top__DOT__align__DOT__prime_reg;
    pd_top__DOT__align__DOT__out_go = ((IData)(vlSelf->pd_top__DOT__align__DOT____VdfgTmp_h8c8e9143__0) 
                                       & ((~ (IData)(vlSelf->pd_top__DOT__out_fifo__DOT__full)) 
                                          & (IData)(vlSelf->pd_top__DOT__align__DOT____VdfgTmp_h47fe0679__0)));
    vlSelf->pd_top__DOT__wr__DOT__dat_fire = ((IData)(vlSelf->m_wr_dat_valid) 
                                              & (IData)(vlSelf->m_wr_dat_ready));
    vlSelf->pd_top__DOT__wr__DOT__tail = (vlSelf->pd_top__DOT__wr__DOT__tail_reg
                                          [(7U & (vlSelf->pd_top__DOT__wcmd[5U] 
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
    if (pd_top__DOT__copy_rd__DOT__issue) {
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
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xfeU 
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
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xfdU 
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
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xfbU 
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
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xf7U 
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
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xefU 
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
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xdfU 
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
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0xbfU 
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
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = ((0x7fU 
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
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0xfU 
                                              & ((IData)(7U) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((8U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0xfU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(8U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (7U & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (7U & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0xfU 
                                              & ((IData)(6U) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((8U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0xfU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(8U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (7U & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (7U & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0xfU 
                                              & ((IData)(5U) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((8U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0xfU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(8U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (7U & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (7U & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0xfU 
                                              & ((IData)(4U) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((8U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0xfU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(8U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (7U & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (7U & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0xfU 
                                              & ((IData)(3U) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((8U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0xfU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(8U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (7U & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (7U & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0xfU 
                                              & ((IData)(2U) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((8U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0xfU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(8U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (7U & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (7U & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = (0xfU 
                                              & ((IData)(1U) 
                                                 + (IData)(vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg)));
    if ((8U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0xfU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(8U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (7U & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (7U & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
    }
    pd_top__DOT__fetch__DOT__arb__DOT__idx = vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg;
    if ((8U <= (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))) {
        pd_top__DOT__fetch__DOT__arb__DOT__idx = (0xfU 
                                                  & ((IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx) 
                                                     - (IData)(8U)));
    }
    if ((1U & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__elig) 
               >> (7U & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx))))) {
        vlSelf->pd_top__DOT__fetch__DOT__grant_valid = 1U;
        vlSelf->pd_top__DOT__fetch__DOT__g = (7U & (IData)(pd_top__DOT__fetch__DOT__arb__DOT__idx));
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
    vlSelf->pd_top__DOT__wr__DOT__cqe_addr = ((((QData)((IData)(
                                                                pd_top__DOT__q_cq_base[
                                                                (((IData)(0x3fU) 
                                                                  + 
                                                                  (0x1c0U 
                                                                   & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                                      >> 0x15U))) 
                                                                 >> 5U)])) 
                                                << 0x20U) 
                                               | (QData)((IData)(
                                                                 pd_top__DOT__q_cq_base[
                                                                 (0xeU 
                                                                  & (vlSelf->pd_top__DOT__wcmd[5U] 
                                                                     >> 0x1aU))]))) 
                                              + ((QData)((IData)(vlSelf->pd_top__DOT__wr__DOT__tail)) 
                                                 << 4U));
    vlSelf->pd_top__DOT__cmd_ready = (1U & ((~ (IData)(vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__empty)) 
                                            & ((~ (
                                                   (0U 
                                                    != 
                                                    (2U 
                                                     & (vlSelf->pd_top__DOT__fetch__DOT__cmd_data[0U] 
                                                        >> 8U))) 
                                                   & (0U 
                                                      != (IData)(vlSelf->pd_top__DOT__decode__DOT__infl_reg)))) 
                                               & ((~ (IData)(vlSelf->pd_top__DOT__wcmd_fifo__DOT__full)) 
                                                  & ((~ (IData)(vlSelf->pd_top__DOT__dw_copy)) 
                                                     | ((~ (IData)(vlSelf->pd_top__DOT__acmd_fifo__DOT__full)) 
                                                        & (~ (IData)(vlSelf->pd_top__DOT__rcmd_fifo__DOT__full))))))));
    vlSelf->pd_top__DOT__stop_valid = vlSelf->pd_top__DOT__wr__DOT__stop_next;
    if (vlSelf->rst) {
        vlSelf->pd_top__DOT__stop_valid = 0U;
    }
    vlSelf->pd_top__DOT__fetch__DOT__grant = ((IData)(vlSelf->pd_top__DOT__fetch__DOT__grant_valid) 
                                              & (IData)(vlSelf->pd_top__DOT__fetch__DOT__can_issue));
    pd_top__DOT__fetch__DOT__cqe_addr = ((((QData)((IData)(
                                                           pd_top__DOT__q_cq_base[
                                                           (((IData)(0x3fU) 
                                                             + 
                                                             (0x1ffU 
                                                              & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                                 << 6U))) 
                                                            >> 5U)])) 
                                           << ((0U 
                                                == 
                                                (0x1fU 
                                                 & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                    << 6U)))
                                                ? 0x20U
                                                : ((IData)(0x40U) 
                                                   - 
                                                   (0x1fU 
                                                    & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                       << 6U))))) 
                                          | (((0U == 
                                               (0x1fU 
                                                & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                   << 6U)))
                                               ? 0ULL
                                               : ((QData)((IData)(
                                                                  pd_top__DOT__q_cq_base[
                                                                  (((IData)(0x1fU) 
                                                                    + 
                                                                    (0x1ffU 
                                                                     & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                                        << 6U))) 
                                                                   >> 5U)])) 
                                                  << 
                                                  ((IData)(0x20U) 
                                                   - 
                                                   (0x1fU 
                                                    & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                       << 6U))))) 
                                             | ((QData)((IData)(
                                                                pd_top__DOT__q_cq_base[
                                                                (0xeU 
                                                                 & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                                    << 1U))])) 
                                                >> 
                                                (0x1fU 
                                                 & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                    << 6U))))) 
                                         + ((QData)((IData)(
                                                            (0xffffU 
                                                             & (((((0U 
                                                                    == 
                                                                    (0x1fU 
                                                                     & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                                        << 4U)))
                                                                    ? 0U
                                                                    : 
                                                                   (pd_top__DOT__q_cq_tail[
                                                                    (((IData)(0xfU) 
                                                                      + 
                                                                      (0x7fU 
                                                                       & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                                          << 4U))) 
                                                                     >> 5U)] 
                                                                    << 
                                                                    ((IData)(0x20U) 
                                                                     - 
                                                                     (0x1fU 
                                                                      & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                                         << 4U))))) 
                                                                  | (pd_top__DOT__q_cq_tail[
                                                                     (3U 
                                                                      & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                                         >> 1U))] 
                                                                     >> 
                                                                     (0x1fU 
                                                                      & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                                         << 4U)))) 
                                                                 + 
                                                                 vlSelf->pd_top__DOT__fetch__DOT__infl_reg
                                                                 [vlSelf->pd_top__DOT__fetch__DOT__g]) 
                                                                & (((IData)(1U) 
                                                                    << 
                                                                    ((0x27U 
                                                                      >= 
                                                                      (0x3fU 
                                                                       & ((IData)(5U) 
                                                                          * (IData)(vlSelf->pd_top__DOT__fetch__DOT__g))))
                                                                      ? 
                                                                     (0x1fU 
                                                                      & (IData)(
                                                                                (pd_top__DOT__q_cq_log2 
                                                                                >> 
                                                                                (0x3fU 
                                                                                & ((IData)(5U) 
                                                                                * (IData)(vlSelf->pd_top__DOT__fetch__DOT__g))))))
                                                                      : 0U)) 
                                                                   - (IData)(1U)))))) 
                                            << 4U));
    vlSelf->pd_top__DOT__fetch__DOT__g_sqm = (0xffffU 
                                              & (((IData)(1U) 
                                                  << 
                                                  ((0x27U 
                                                    >= 
                                                    (0x3fU 
                                                     & ((IData)(5U) 
                                                        * (IData)(vlSelf->pd_top__DOT__fetch__DOT__g))))
                                                    ? 
                                                   (0x1fU 
                                                    & (IData)(
                                                              (pd_top__DOT__q_sq_log2 
                                                               >> 
                                                               (0x3fU 
                                                                & ((IData)(5U) 
                                                                   * (IData)(vlSelf->pd_top__DOT__fetch__DOT__g))))))
                                                    : 0U)) 
                                                 - (IData)(1U)));
    vlSelf->pd_top__DOT__copy_rd__DOT__reserved_next 
        = (0x1ffU & (((IData)(vlSelf->pd_top__DOT__copy_rd__DOT__reserved_reg) 
                      + ((IData)(pd_top__DOT__copy_rd__DOT__issue)
                          ? (0x1ffU & (IData)(vlSelf->pd_top__DOT__copy_rd__DOT__chunk_beats))
                          : 0U)) - (((~ (IData)(vlSelf->pd_top__DOT__data_fifo__DOT__empty)) 
                                     & (IData)(vlSelf->pd_top__DOT__d_ready))
                                     ? 1U : 0U)));
    if ((1U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
        vlSelf->m_wr_req_addr = vlSelf->pd_top__DOT__wr__DOT__addr_reg;
        vlSelf->m_wr_req_len = (0x1fffU & (IData)(vlSelf->pd_top__DOT__wr__DOT__blen));
    } else {
        vlSelf->m_wr_req_addr = (((0x40ULL < (0x10ULL 
                                              + (QData)((IData)(
                                                                (0x3fU 
                                                                 & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr)))))) 
                                  & (IData)(vlSelf->pd_top__DOT__wr__DOT__cbeat_reg))
                                  ? (0x40ULL + (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                                - (QData)((IData)(
                                                                  (0x3fU 
                                                                   & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr))))))
                                  : vlSelf->pd_top__DOT__wr__DOT__cqe_addr);
        vlSelf->m_wr_req_len = (0x1fffU & ((0x40ULL 
                                            < (0x10ULL 
                                               + (QData)((IData)(
                                                                 (0x3fU 
                                                                  & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr))))))
                                            ? ((IData)(vlSelf->pd_top__DOT__wr__DOT__cbeat_reg)
                                                ? ((IData)(0x10U) 
                                                   - 
                                                   ((IData)(0x40U) 
                                                    - 
                                                    (0x3fU 
                                                     & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr))))
                                                : ((IData)(0x40U) 
                                                   - 
                                                   (0x3fU 
                                                    & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr))))
                                            : 0x10U));
    }
    __Vtemp_h6cc5e825__0[0U] = 0xffffU;
    __Vtemp_h6cc5e825__0[1U] = 0U;
    __Vtemp_h6cc5e825__0[2U] = 0U;
    __Vtemp_h6cc5e825__0[3U] = 0U;
    VL_SHIFTL_WWI(128,128,6, __Vtemp_h14994980__0, __Vtemp_h6cc5e825__0, 
                  (0x3fU & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr)));
    vlSelf->pd_top__DOT__wr__DOT__tail_we = 0U;
    __Vtemp_ha92e1855__0[0U] = pd_top__DOT__wr__DOT__cqe[0U];
    __Vtemp_ha92e1855__0[1U] = pd_top__DOT__wr__DOT__cqe[1U];
    __Vtemp_ha92e1855__0[2U] = pd_top__DOT__wr__DOT__cqe[2U];
    __Vtemp_ha92e1855__0[3U] = pd_top__DOT__wr__DOT__cqe[3U];
    __Vtemp_ha92e1855__0[4U] = 0U;
    __Vtemp_ha92e1855__0[5U] = 0U;
    __Vtemp_ha92e1855__0[6U] = 0U;
    __Vtemp_ha92e1855__0[7U] = 0U;
    __Vtemp_ha92e1855__0[8U] = 0U;
    __Vtemp_ha92e1855__0[9U] = 0U;
    __Vtemp_ha92e1855__0[0xaU] = 0U;
    __Vtemp_ha92e1855__0[0xbU] = 0U;
    __Vtemp_ha92e1855__0[0xcU] = 0U;
    __Vtemp_ha92e1855__0[0xdU] = 0U;
    __Vtemp_ha92e1855__0[0xeU] = 0U;
    __Vtemp_ha92e1855__0[0xfU] = 0U;
    __Vtemp_ha92e1855__0[0x10U] = 0U;
    __Vtemp_ha92e1855__0[0x11U] = 0U;
    __Vtemp_ha92e1855__0[0x12U] = 0U;
    __Vtemp_ha92e1855__0[0x13U] = 0U;
    __Vtemp_ha92e1855__0[0x14U] = 0U;
    __Vtemp_ha92e1855__0[0x15U] = 0U;
    __Vtemp_ha92e1855__0[0x16U] = 0U;
    __Vtemp_ha92e1855__0[0x17U] = 0U;
    __Vtemp_ha92e1855__0[0x18U] = 0U;
    __Vtemp_ha92e1855__0[0x19U] = 0U;
    __Vtemp_ha92e1855__0[0x1aU] = 0U;
    __Vtemp_ha92e1855__0[0x1bU] = 0U;
    __Vtemp_ha92e1855__0[0x1cU] = 0U;
    __Vtemp_ha92e1855__0[0x1dU] = 0U;
    __Vtemp_ha92e1855__0[0x1eU] = 0U;
    __Vtemp_ha92e1855__0[0x1fU] = 0U;
    VL_SHIFTL_WWI(1024,1024,9, __Vtemp_h52c32527__0, __Vtemp_ha92e1855__0, 
                  (0x1f8U & ((IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr) 
                             << 3U)));
    __Vtemp_ha84e5635__0[0U] = pd_top__DOT__wr__DOT__cqe[0U];
    __Vtemp_ha84e5635__0[1U] = pd_top__DOT__wr__DOT__cqe[1U];
    __Vtemp_ha84e5635__0[2U] = pd_top__DOT__wr__DOT__cqe[2U];
    __Vtemp_ha84e5635__0[3U] = pd_top__DOT__wr__DOT__cqe[3U];
    __Vtemp_ha84e5635__0[4U] = 0U;
    __Vtemp_ha84e5635__0[5U] = 0U;
    __Vtemp_ha84e5635__0[6U] = 0U;
    __Vtemp_ha84e5635__0[7U] = 0U;
    __Vtemp_ha84e5635__0[8U] = 0U;
    __Vtemp_ha84e5635__0[9U] = 0U;
    __Vtemp_ha84e5635__0[0xaU] = 0U;
    __Vtemp_ha84e5635__0[0xbU] = 0U;
    __Vtemp_ha84e5635__0[0xcU] = 0U;
    __Vtemp_ha84e5635__0[0xdU] = 0U;
    __Vtemp_ha84e5635__0[0xeU] = 0U;
    __Vtemp_ha84e5635__0[0xfU] = 0U;
    VL_SHIFTL_WWI(512,512,9, __Vtemp_hbfcd185e__0, __Vtemp_ha84e5635__0, 
                  (0x1f8U & ((IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr) 
                             << 3U)));
    if ((2U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
        vlSelf->m_wr_dat_strb = (((QData)((IData)(pd_top__DOT____Vcellout__out_fifo__m_data[1U])) 
                                  << 0x20U) | (QData)((IData)(
                                                              pd_top__DOT____Vcellout__out_fifo__m_data[0U])));
        vlSelf->m_wr_dat_data[0U] = pd_top__DOT____Vcellout__out_fifo__m_data[2U];
        vlSelf->m_wr_dat_data[1U] = pd_top__DOT____Vcellout__out_fifo__m_data[3U];
        vlSelf->m_wr_dat_data[2U] = pd_top__DOT____Vcellout__out_fifo__m_data[4U];
        vlSelf->m_wr_dat_data[3U] = pd_top__DOT____Vcellout__out_fifo__m_data[5U];
        vlSelf->m_wr_dat_data[4U] = pd_top__DOT____Vcellout__out_fifo__m_data[6U];
        vlSelf->m_wr_dat_data[5U] = pd_top__DOT____Vcellout__out_fifo__m_data[7U];
        vlSelf->m_wr_dat_data[6U] = pd_top__DOT____Vcellout__out_fifo__m_data[8U];
        vlSelf->m_wr_dat_data[7U] = pd_top__DOT____Vcellout__out_fifo__m_data[9U];
        vlSelf->m_wr_dat_data[8U] = pd_top__DOT____Vcellout__out_fifo__m_data[0xaU];
        vlSelf->m_wr_dat_data[9U] = pd_top__DOT____Vcellout__out_fifo__m_data[0xbU];
        vlSelf->m_wr_dat_data[0xaU] = pd_top__DOT____Vcellout__out_fifo__m_data[0xcU];
        vlSelf->m_wr_dat_data[0xbU] = pd_top__DOT____Vcellout__out_fifo__m_data[0xdU];
        vlSelf->m_wr_dat_data[0xcU] = pd_top__DOT____Vcellout__out_fifo__m_data[0xeU];
        vlSelf->m_wr_dat_data[0xdU] = pd_top__DOT____Vcellout__out_fifo__m_data[0xfU];
        vlSelf->m_wr_dat_data[0xeU] = pd_top__DOT____Vcellout__out_fifo__m_data[0x10U];
        vlSelf->m_wr_dat_data[0xfU] = pd_top__DOT____Vcellout__out_fifo__m_data[0x11U];
    } else {
        vlSelf->m_wr_dat_strb = ((5U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))
                                  ? 0ULL : ((IData)(vlSelf->pd_top__DOT__wr__DOT__cbeat_reg)
                                             ? (((QData)((IData)(
                                                                 __Vtemp_h14994980__0[3U])) 
                                                 << 0x20U) 
                                                | (QData)((IData)(
                                                                  __Vtemp_h14994980__0[2U])))
                                             : (0xffffULL 
                                                << 
                                                (0x3fU 
                                                 & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr)))));
        if (vlSelf->pd_top__DOT__wr__DOT__cbeat_reg) {
            vlSelf->m_wr_dat_data[0U] = __Vtemp_h52c32527__0[0x10U];
            vlSelf->m_wr_dat_data[1U] = __Vtemp_h52c32527__0[0x11U];
            vlSelf->m_wr_dat_data[2U] = __Vtemp_h52c32527__0[0x12U];
            vlSelf->m_wr_dat_data[3U] = __Vtemp_h52c32527__0[0x13U];
            vlSelf->m_wr_dat_data[4U] = __Vtemp_h52c32527__0[0x14U];
            vlSelf->m_wr_dat_data[5U] = __Vtemp_h52c32527__0[0x15U];
            vlSelf->m_wr_dat_data[6U] = __Vtemp_h52c32527__0[0x16U];
            vlSelf->m_wr_dat_data[7U] = __Vtemp_h52c32527__0[0x17U];
            vlSelf->m_wr_dat_data[8U] = __Vtemp_h52c32527__0[0x18U];
            vlSelf->m_wr_dat_data[9U] = __Vtemp_h52c32527__0[0x19U];
            vlSelf->m_wr_dat_data[0xaU] = __Vtemp_h52c32527__0[0x1aU];
            vlSelf->m_wr_dat_data[0xbU] = __Vtemp_h52c32527__0[0x1bU];
            vlSelf->m_wr_dat_data[0xcU] = __Vtemp_h52c32527__0[0x1cU];
            vlSelf->m_wr_dat_data[0xdU] = __Vtemp_h52c32527__0[0x1dU];
            vlSelf->m_wr_dat_data[0xeU] = __Vtemp_h52c32527__0[0x1eU];
            vlSelf->m_wr_dat_data[0xfU] = __Vtemp_h52c32527__0[0x1fU];
        } else {
            vlSelf->m_wr_dat_data[0U] = __Vtemp_hbfcd185e__0[0U];
            vlSelf->m_wr_dat_data[1U] = __Vtemp_hbfcd185e__0[1U];
            vlSelf->m_wr_dat_data[2U] = __Vtemp_hbfcd185e__0[2U];
            vlSelf->m_wr_dat_data[3U] = __Vtemp_hbfcd185e__0[3U];
            vlSelf->m_wr_dat_data[4U] = __Vtemp_hbfcd185e__0[4U];
            vlSelf->m_wr_dat_data[5U] = __Vtemp_hbfcd185e__0[5U];
            vlSelf->m_wr_dat_data[6U] = __Vtemp_hbfcd185e__0[6U];
            vlSelf->m_wr_dat_data[7U] = __Vtemp_hbfcd185e__0[7U];
            vlSelf->m_wr_dat_data[8U] = __Vtemp_hbfcd185e__0[8U];
            vlSelf->m_wr_dat_data[9U] = __Vtemp_hbfcd185e__0[9U];
            vlSelf->m_wr_dat_data[0xaU] = __Vtemp_hbfcd185e__0[0xaU];
            vlSelf->m_wr_dat_data[0xbU] = __Vtemp_hbfcd185e__0[0xbU];
            vlSelf->m_wr_dat_data[0xcU] = __Vtemp_hbfcd185e__0[0xcU];
            vlSelf->m_wr_dat_data[0xdU] = __Vtemp_hbfcd185e__0[0xdU];
            vlSelf->m_wr_dat_data[0xeU] = __Vtemp_hbfcd185e__0[0xeU];
            vlSelf->m_wr_dat_data[0xfU] = __Vtemp_hbfcd185e__0[0xfU];
        }
    }
    vlSelf->pd_top__DOT__wr__DOT__irq_next = 0U;
    vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 0U;
    __Vtemp_h61297bc0__0[0U] = 0x10U;
    __Vtemp_h61297bc0__0[1U] = 0U;
    __Vtemp_h61297bc0__0[2U] = 0U;
    __Vtemp_h023897cf__0[0U] = (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr);
    __Vtemp_h023897cf__0[1U] = (IData)((vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                        >> 0x20U));
    __Vtemp_h023897cf__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hd08d121c__0, __Vtemp_h61297bc0__0, __Vtemp_h023897cf__0);
    pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr[0U] 
        = __Vtemp_hd08d121c__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr[1U] 
        = __Vtemp_hd08d121c__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr[2U] 
        = (1U & __Vtemp_hd08d121c__0[2U]);
    __Vtemp_h08593a26__2[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[1U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0U]))));
    __Vtemp_h08593a26__2[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[1U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0U]))) 
                                        >> 0x20U));
    __Vtemp_h08593a26__2[2U] = 0U;
    __Vtemp_hb1506237__2[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[1U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0U]))));
    __Vtemp_hb1506237__2[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[1U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0U]))) 
                                        >> 0x20U));
    __Vtemp_hb1506237__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h5852cd69__0, __Vtemp_h08593a26__2, __Vtemp_hb1506237__2);
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h5852cd69__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h5852cd69__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h5852cd69__0[2U]);
    __Vtemp_h63419b7c__16[0U] = 0U;
    __Vtemp_h63419b7c__16[1U] = 0U;
    __Vtemp_h63419b7c__16[2U] = 1U;
    if (((((IData)(pd_top__DOT__win_enable) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                               >= (
                                                   ((QData)((IData)(
                                                                    pd_top__DOT__win_base[1U])) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     pd_top__DOT__win_base[0U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__16, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
    }
    __Vtemp_h0844c1b2__2[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[2U]))));
    __Vtemp_h0844c1b2__2[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[2U]))) 
                                        >> 0x20U));
    __Vtemp_h0844c1b2__2[2U] = 0U;
    __Vtemp_hb1b5414b__2[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[2U]))));
    __Vtemp_hb1b5414b__2[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[2U]))) 
                                        >> 0x20U));
    __Vtemp_hb1b5414b__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hd64b2d92__0, __Vtemp_h0844c1b2__2, __Vtemp_hb1b5414b__2);
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hd64b2d92__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hd64b2d92__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hd64b2d92__0[2U]);
    __Vtemp_h63419b7c__17[0U] = 0U;
    __Vtemp_h63419b7c__17[1U] = 0U;
    __Vtemp_h63419b7c__17[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 1U) 
           & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
              >= (((QData)((IData)(pd_top__DOT__win_base[3U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[2U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__17, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
    }
    __Vtemp_h08505cae__2[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[4U]))));
    __Vtemp_h08505cae__2[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[4U]))) 
                                        >> 0x20U));
    __Vtemp_h08505cae__2[2U] = 0U;
    __Vtemp_hb17941af__2[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[4U]))));
    __Vtemp_hb17941af__2[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[4U]))) 
                                        >> 0x20U));
    __Vtemp_hb17941af__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h1154279f__0, __Vtemp_h08505cae__2, __Vtemp_hb17941af__2);
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h1154279f__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h1154279f__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1154279f__0[2U]);
    __Vtemp_h63419b7c__18[0U] = 0U;
    __Vtemp_h63419b7c__18[1U] = 0U;
    __Vtemp_h63419b7c__18[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 2U) 
           & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
              >= (((QData)((IData)(pd_top__DOT__win_base[5U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[4U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__18, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
    }
    __Vtemp_h083d669a__2[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[7U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[6U]))));
    __Vtemp_h083d669a__2[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[7U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[6U]))) 
                                        >> 0x20U));
    __Vtemp_h083d669a__2[2U] = 0U;
    __Vtemp_hb16609c3__2[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[7U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[6U]))));
    __Vtemp_hb16609c3__2[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[7U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[6U]))) 
                                        >> 0x20U));
    __Vtemp_hb16609c3__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h512f7aba__0, __Vtemp_h083d669a__2, __Vtemp_hb16609c3__2);
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h512f7aba__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h512f7aba__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h512f7aba__0[2U]);
    __Vtemp_h63419b7c__19[0U] = 0U;
    __Vtemp_h63419b7c__19[1U] = 0U;
    __Vtemp_h63419b7c__19[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 3U) 
           & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
              >= (((QData)((IData)(pd_top__DOT__win_base[7U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[6U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__19, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
    }
    __Vtemp_h08495e76__2[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[9U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[8U]))));
    __Vtemp_h08495e76__2[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[9U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[8U]))) 
                                        >> 0x20U));
    __Vtemp_h08495e76__2[2U] = 0U;
    __Vtemp_hb17a1b27__2[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[9U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[8U]))));
    __Vtemp_hb17a1b27__2[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[9U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[8U]))) 
                                        >> 0x20U));
    __Vtemp_hb17a1b27__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h6b57869e__0, __Vtemp_h08495e76__2, __Vtemp_hb17a1b27__2);
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h6b57869e__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h6b57869e__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h6b57869e__0[2U]);
    __Vtemp_h63419b7c__20[0U] = 0U;
    __Vtemp_h63419b7c__20[1U] = 0U;
    __Vtemp_h63419b7c__20[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 4U) 
           & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
              >= (((QData)((IData)(pd_top__DOT__win_base[9U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[8U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__20, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
    }
    __Vtemp_h07b7bdc2__2[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[0xbU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0xaU]))));
    __Vtemp_h07b7bdc2__2[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[0xbU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0xaU]))) 
                                        >> 0x20U));
    __Vtemp_h07b7bdc2__2[2U] = 0U;
    __Vtemp_haef0ca3b__2[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[0xbU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0xaU]))));
    __Vtemp_haef0ca3b__2[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[0xbU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0xaU]))) 
                                        >> 0x20U));
    __Vtemp_haef0ca3b__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hf36b3ad9__0, __Vtemp_h07b7bdc2__2, __Vtemp_haef0ca3b__2);
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hf36b3ad9__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hf36b3ad9__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf36b3ad9__0[2U]);
    __Vtemp_h63419b7c__21[0U] = 0U;
    __Vtemp_h63419b7c__21[1U] = 0U;
    __Vtemp_h63419b7c__21[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 5U) 
           & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
              >= (((QData)((IData)(pd_top__DOT__win_base[0xbU])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0xaU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__21, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
    }
    __Vtemp_h083dbe3e__2[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[0xdU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0xcU]))));
    __Vtemp_h083dbe3e__2[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[0xdU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0xcU]))) 
                                        >> 0x20U));
    __Vtemp_h083dbe3e__2[2U] = 0U;
    __Vtemp_hb161fadf__2[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[0xdU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0xcU]))));
    __Vtemp_hb161fadf__2[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[0xdU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0xcU]))) 
                                        >> 0x20U));
    __Vtemp_hb161fadf__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h6304dc2f__0, __Vtemp_h083dbe3e__2, __Vtemp_hb161fadf__2);
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h6304dc2f__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h6304dc2f__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h6304dc2f__0[2U]);
    __Vtemp_h63419b7c__22[0U] = 0U;
    __Vtemp_h63419b7c__22[1U] = 0U;
    __Vtemp_h63419b7c__22[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 6U) 
           & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
              >= (((QData)((IData)(pd_top__DOT__win_base[0xdU])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0xcU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__22, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
    }
    __Vtemp_h092e5eaa__2[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[0xfU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0xeU]))));
    __Vtemp_h092e5eaa__2[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[0xfU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0xeU]))) 
                                        >> 0x20U));
    __Vtemp_h092e5eaa__2[2U] = 0U;
    __Vtemp_hb2192cf3__2[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[0xfU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0xeU]))));
    __Vtemp_hb2192cf3__2[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[0xfU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0xeU]))) 
                                        >> 0x20U));
    __Vtemp_hb2192cf3__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h2b1b1480__0, __Vtemp_h092e5eaa__2, __Vtemp_hb2192cf3__2);
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h2b1b1480__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h2b1b1480__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h2b1b1480__0[2U]);
    __Vtemp_h63419b7c__23[0U] = 0U;
    __Vtemp_h63419b7c__23[1U] = 0U;
    __Vtemp_h63419b7c__23[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 7U) 
           & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
              >= (((QData)((IData)(pd_top__DOT__win_base[0xfU])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0xeU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__23, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
    }
    vlSelf->pd_top__DOT__dr_valid = ((IData)(vlSelf->pd_top__DOT__cmd_ready) 
                                     & (IData)(vlSelf->pd_top__DOT__dw_copy));
    vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 0U;
    __Vtemp_h61297bc0__1[0U] = 0x10U;
    __Vtemp_h61297bc0__1[1U] = 0U;
    __Vtemp_h61297bc0__1[2U] = 0U;
    __Vtemp_h5a1f7e23__0[0U] = (IData)(pd_top__DOT__fetch__DOT__cqe_addr);
    __Vtemp_h5a1f7e23__0[1U] = (IData)((pd_top__DOT__fetch__DOT__cqe_addr 
                                        >> 0x20U));
    __Vtemp_h5a1f7e23__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hf56d6c7e__0, __Vtemp_h61297bc0__1, __Vtemp_h5a1f7e23__0);
    pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr[0U] 
        = __Vtemp_hf56d6c7e__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr[1U] 
        = __Vtemp_hf56d6c7e__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr[2U] 
        = (1U & __Vtemp_hf56d6c7e__0[2U]);
    __Vtemp_h08593a26__3[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[1U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0U]))));
    __Vtemp_h08593a26__3[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[1U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0U]))) 
                                        >> 0x20U));
    __Vtemp_h08593a26__3[2U] = 0U;
    __Vtemp_hb1506237__3[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[1U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0U]))));
    __Vtemp_hb1506237__3[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[1U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0U]))) 
                                        >> 0x20U));
    __Vtemp_hb1506237__3[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h6e933e12__0, __Vtemp_h08593a26__3, __Vtemp_hb1506237__3);
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h6e933e12__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h6e933e12__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h6e933e12__0[2U]);
    __Vtemp_h63419b7c__24[0U] = 0U;
    __Vtemp_h63419b7c__24[1U] = 0U;
    __Vtemp_h63419b7c__24[2U] = 1U;
    if (((((IData)(pd_top__DOT__win_enable) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                               >= (
                                                   ((QData)((IData)(
                                                                    pd_top__DOT__win_base[1U])) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     pd_top__DOT__win_base[0U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__24, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
    }
    __Vtemp_h0844c1b2__3[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[2U]))));
    __Vtemp_h0844c1b2__3[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[2U]))) 
                                        >> 0x20U));
    __Vtemp_h0844c1b2__3[2U] = 0U;
    __Vtemp_hb1b5414b__3[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[2U]))));
    __Vtemp_hb1b5414b__3[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[2U]))) 
                                        >> 0x20U));
    __Vtemp_hb1b5414b__3[2U] = 0U;
    VL_ADD_W(3, __Vtemp_ha9dc984a__0, __Vtemp_h0844c1b2__3, __Vtemp_hb1b5414b__3);
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_ha9dc984a__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_ha9dc984a__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_ha9dc984a__0[2U]);
    __Vtemp_h63419b7c__25[0U] = 0U;
    __Vtemp_h63419b7c__25[1U] = 0U;
    __Vtemp_h63419b7c__25[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 1U) 
           & (pd_top__DOT__fetch__DOT__cqe_addr >= 
              (((QData)((IData)(pd_top__DOT__win_base[3U])) 
                << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[2U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__25, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
    }
    __Vtemp_h08505cae__3[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[4U]))));
    __Vtemp_h08505cae__3[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[4U]))) 
                                        >> 0x20U));
    __Vtemp_h08505cae__3[2U] = 0U;
    __Vtemp_hb17941af__3[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[4U]))));
    __Vtemp_hb17941af__3[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[4U]))) 
                                        >> 0x20U));
    __Vtemp_hb17941af__3[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h36c15f9c__0, __Vtemp_h08505cae__3, __Vtemp_hb17941af__3);
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h36c15f9c__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h36c15f9c__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h36c15f9c__0[2U]);
    __Vtemp_h63419b7c__26[0U] = 0U;
    __Vtemp_h63419b7c__26[1U] = 0U;
    __Vtemp_h63419b7c__26[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 2U) 
           & (pd_top__DOT__fetch__DOT__cqe_addr >= 
              (((QData)((IData)(pd_top__DOT__win_base[5U])) 
                << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[4U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__26, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
    }
    __Vtemp_h083d669a__3[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[7U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[6U]))));
    __Vtemp_h083d669a__3[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[7U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[6U]))) 
                                        >> 0x20U));
    __Vtemp_h083d669a__3[2U] = 0U;
    __Vtemp_hb16609c3__3[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[7U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[6U]))));
    __Vtemp_hb16609c3__3[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[7U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[6U]))) 
                                        >> 0x20U));
    __Vtemp_hb16609c3__3[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hf178d4da__0, __Vtemp_h083d669a__3, __Vtemp_hb16609c3__3);
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hf178d4da__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hf178d4da__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf178d4da__0[2U]);
    __Vtemp_h63419b7c__27[0U] = 0U;
    __Vtemp_h63419b7c__27[1U] = 0U;
    __Vtemp_h63419b7c__27[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 3U) 
           & (pd_top__DOT__fetch__DOT__cqe_addr >= 
              (((QData)((IData)(pd_top__DOT__win_base[7U])) 
                << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[6U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__27, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
    }
    __Vtemp_h08495e76__3[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[9U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[8U]))));
    __Vtemp_h08495e76__3[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[9U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[8U]))) 
                                        >> 0x20U));
    __Vtemp_h08495e76__3[2U] = 0U;
    __Vtemp_hb17a1b27__3[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[9U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[8U]))));
    __Vtemp_hb17a1b27__3[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[9U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[8U]))) 
                                        >> 0x20U));
    __Vtemp_hb17a1b27__3[2U] = 0U;
    VL_ADD_W(3, __Vtemp_he7ce632d__0, __Vtemp_h08495e76__3, __Vtemp_hb17a1b27__3);
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_he7ce632d__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_he7ce632d__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_he7ce632d__0[2U]);
    __Vtemp_h63419b7c__28[0U] = 0U;
    __Vtemp_h63419b7c__28[1U] = 0U;
    __Vtemp_h63419b7c__28[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 4U) 
           & (pd_top__DOT__fetch__DOT__cqe_addr >= 
              (((QData)((IData)(pd_top__DOT__win_base[9U])) 
                << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[8U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__28, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
    }
    __Vtemp_h07b7bdc2__3[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[0xbU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0xaU]))));
    __Vtemp_h07b7bdc2__3[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[0xbU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0xaU]))) 
                                        >> 0x20U));
    __Vtemp_h07b7bdc2__3[2U] = 0U;
    __Vtemp_haef0ca3b__3[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[0xbU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0xaU]))));
    __Vtemp_haef0ca3b__3[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[0xbU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0xaU]))) 
                                        >> 0x20U));
    __Vtemp_haef0ca3b__3[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hf9fffd60__0, __Vtemp_h07b7bdc2__3, __Vtemp_haef0ca3b__3);
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hf9fffd60__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hf9fffd60__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf9fffd60__0[2U]);
    __Vtemp_h63419b7c__29[0U] = 0U;
    __Vtemp_h63419b7c__29[1U] = 0U;
    __Vtemp_h63419b7c__29[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 5U) 
           & (pd_top__DOT__fetch__DOT__cqe_addr >= 
              (((QData)((IData)(pd_top__DOT__win_base[0xbU])) 
                << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0xaU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__29, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
    }
    __Vtemp_h083dbe3e__3[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[0xdU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0xcU]))));
    __Vtemp_h083dbe3e__3[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[0xdU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0xcU]))) 
                                        >> 0x20U));
    __Vtemp_h083dbe3e__3[2U] = 0U;
    __Vtemp_hb161fadf__3[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[0xdU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0xcU]))));
    __Vtemp_hb161fadf__3[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[0xdU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0xcU]))) 
                                        >> 0x20U));
    __Vtemp_hb161fadf__3[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h7f2a919e__0, __Vtemp_h083dbe3e__3, __Vtemp_hb161fadf__3);
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h7f2a919e__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h7f2a919e__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h7f2a919e__0[2U]);
    __Vtemp_h63419b7c__30[0U] = 0U;
    __Vtemp_h63419b7c__30[1U] = 0U;
    __Vtemp_h63419b7c__30[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 6U) 
           & (pd_top__DOT__fetch__DOT__cqe_addr >= 
              (((QData)((IData)(pd_top__DOT__win_base[0xdU])) 
                << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0xcU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__30, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
    }
    __Vtemp_h092e5eaa__3[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[0xfU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0xeU]))));
    __Vtemp_h092e5eaa__3[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[0xfU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0xeU]))) 
                                        >> 0x20U));
    __Vtemp_h092e5eaa__3[2U] = 0U;
    __Vtemp_hb2192cf3__3[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[0xfU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0xeU]))));
    __Vtemp_hb2192cf3__3[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[0xfU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0xeU]))) 
                                        >> 0x20U));
    __Vtemp_hb2192cf3__3[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hfc6678a7__0, __Vtemp_h092e5eaa__3, __Vtemp_hb2192cf3__3);
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hfc6678a7__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hfc6678a7__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hfc6678a7__0[2U]);
    __Vtemp_h63419b7c__31[0U] = 0U;
    __Vtemp_h63419b7c__31[1U] = 0U;
    __Vtemp_h63419b7c__31[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 7U) 
           & (pd_top__DOT__fetch__DOT__cqe_addr >= 
              (((QData)((IData)(pd_top__DOT__win_base[0xfU])) 
                << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0xeU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__31, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
    }
    vlSelf->pd_top__DOT__fetch__DOT__g_head = (vlSelf->pd_top__DOT__fetch__DOT__head_reg
                                               [vlSelf->pd_top__DOT__fetch__DOT__g] 
                                               & (IData)(vlSelf->pd_top__DOT__fetch__DOT__g_sqm));
    vlSelf->pd_top__DOT__wr__DOT__stop_next = 0U;
    vlSelf->pd_top__DOT__wr__DOT__cmpl_next = 0U;
    if ((1U & (~ ((IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg) 
                  >> 2U)))) {
        if ((2U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
            if ((1U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
                if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_ok)))) {
                    vlSelf->pd_top__DOT__wr__DOT__stop_next = 1U;
                }
            }
        }
    }
    vlSelf->m_wr_req_valid = ((1U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)) 
                              | ((3U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)) 
                                 & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_ok)));
    vlSelf->done = ((~ (IData)(vlSelf->pd_top__DOT__stop_valid)) 
                    & (IData)(vlSelf->pd_top__DOT__cmpl_valid));
    __Vtemp_hdfb57ba1__0[0U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                       [0U]);
    __Vtemp_hdfb57ba1__0[1U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                        [0U] >> 0x20U));
    __Vtemp_hdfb57ba1__0[2U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                       [1U]);
    __Vtemp_hdfb57ba1__0[3U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                        [1U] >> 0x20U));
    __Vtemp_hdfb57ba1__0[4U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                       [2U]);
    __Vtemp_hdfb57ba1__0[5U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                        [2U] >> 0x20U));
    __Vtemp_hdfb57ba1__0[6U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                       [3U]);
    __Vtemp_hdfb57ba1__0[7U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                        [3U] >> 0x20U));
    __Vtemp_hdfb57ba1__0[8U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                       [4U]);
    __Vtemp_hdfb57ba1__0[9U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                        [4U] >> 0x20U));
    __Vtemp_hdfb57ba1__0[0xaU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                         [5U]);
    __Vtemp_hdfb57ba1__0[0xbU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                          [5U] >> 0x20U));
    __Vtemp_hdfb57ba1__0[0xcU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                         [6U]);
    __Vtemp_hdfb57ba1__0[0xdU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                          [6U] >> 0x20U));
    __Vtemp_hdfb57ba1__0[0xeU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                         [7U]);
    __Vtemp_hdfb57ba1__0[0xfU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                          [7U] >> 0x20U));
    vlSelf->pd_top__DOT__fetch__DOT__sqe_addr = ((((QData)((IData)(
                                                                   __Vtemp_hdfb57ba1__0[
                                                                   (((IData)(0x3fU) 
                                                                     + 
                                                                     (0x1ffU 
                                                                      & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                                         << 6U))) 
                                                                    >> 5U)])) 
                                                   << 
                                                   ((0U 
                                                     == 
                                                     (0x1fU 
                                                      & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                         << 6U)))
                                                     ? 0x20U
                                                     : 
                                                    ((IData)(0x40U) 
                                                     - 
                                                     (0x1fU 
                                                      & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                         << 6U))))) 
                                                  | (((0U 
                                                       == 
                                                       (0x1fU 
                                                        & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                           << 6U)))
                                                       ? 0ULL
                                                       : 
                                                      ((QData)((IData)(
                                                                       __Vtemp_hdfb57ba1__0[
                                                                       (((IData)(0x1fU) 
                                                                         + 
                                                                         (0x1ffU 
                                                                          & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                                             << 6U))) 
                                                                        >> 5U)])) 
                                                       << 
                                                       ((IData)(0x20U) 
                                                        - 
                                                        (0x1fU 
                                                         & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                            << 6U))))) 
                                                     | ((QData)((IData)(
                                                                        __Vtemp_hdfb57ba1__0[
                                                                        (0xeU 
                                                                         & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                                            << 1U))])) 
                                                        >> 
                                                        (0x1fU 
                                                         & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                            << 6U))))) 
                                                 + 
                                                 ((QData)((IData)(vlSelf->pd_top__DOT__fetch__DOT__g_head)) 
                                                  << 5U));
    pd_top__DOT__wr__DOT__req_fire = ((IData)(vlSelf->m_wr_req_valid) 
                                      & (IData)(vlSelf->m_wr_req_ready));
    vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 0U;
    __Vtemp_h60eab1d2__0[0U] = 0x20U;
    __Vtemp_h60eab1d2__0[1U] = 0U;
    __Vtemp_h60eab1d2__0[2U] = 0U;
    __Vtemp_hb563d4ec__0[0U] = (IData)(vlSelf->pd_top__DOT__fetch__DOT__sqe_addr);
    __Vtemp_hb563d4ec__0[1U] = (IData)((vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                        >> 0x20U));
    __Vtemp_hb563d4ec__0[2U] = 0U;
    VL_ADD_W(3, __Vtemp_ha887703e__0, __Vtemp_h60eab1d2__0, __Vtemp_hb563d4ec__0);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr[0U] 
        = __Vtemp_ha887703e__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr[1U] 
        = __Vtemp_ha887703e__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr[2U] 
        = (1U & __Vtemp_ha887703e__0[2U]);
    __Vtemp_h08593a26__4[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[1U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0U]))));
    __Vtemp_h08593a26__4[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[1U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0U]))) 
                                        >> 0x20U));
    __Vtemp_h08593a26__4[2U] = 0U;
    __Vtemp_hb1506237__4[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[1U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0U]))));
    __Vtemp_hb1506237__4[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[1U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0U]))) 
                                        >> 0x20U));
    __Vtemp_hb1506237__4[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hd7a971e0__0, __Vtemp_h08593a26__4, __Vtemp_hb1506237__4);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hd7a971e0__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hd7a971e0__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hd7a971e0__0[2U]);
    __Vtemp_h63419b7c__32[0U] = 0U;
    __Vtemp_h63419b7c__32[1U] = 0U;
    __Vtemp_h63419b7c__32[2U] = 1U;
    if (((((IData)(pd_top__DOT__win_enable) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                               >= (
                                                   ((QData)((IData)(
                                                                    pd_top__DOT__win_base[1U])) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     pd_top__DOT__win_base[0U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__32, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h0844c1b2__4[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[2U]))));
    __Vtemp_h0844c1b2__4[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[2U]))) 
                                        >> 0x20U));
    __Vtemp_h0844c1b2__4[2U] = 0U;
    __Vtemp_hb1b5414b__4[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[2U]))));
    __Vtemp_hb1b5414b__4[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[2U]))) 
                                        >> 0x20U));
    __Vtemp_hb1b5414b__4[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h692b9be7__0, __Vtemp_h0844c1b2__4, __Vtemp_hb1b5414b__4);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h692b9be7__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h692b9be7__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h692b9be7__0[2U]);
    __Vtemp_h63419b7c__33[0U] = 0U;
    __Vtemp_h63419b7c__33[1U] = 0U;
    __Vtemp_h63419b7c__33[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 1U) 
           & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
              >= (((QData)((IData)(pd_top__DOT__win_base[3U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[2U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__33, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h08505cae__4[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[4U]))));
    __Vtemp_h08505cae__4[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[4U]))) 
                                        >> 0x20U));
    __Vtemp_h08505cae__4[2U] = 0U;
    __Vtemp_hb17941af__4[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[4U]))));
    __Vtemp_hb17941af__4[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[4U]))) 
                                        >> 0x20U));
    __Vtemp_hb17941af__4[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h03acbd9f__0, __Vtemp_h08505cae__4, __Vtemp_hb17941af__4);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h03acbd9f__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h03acbd9f__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h03acbd9f__0[2U]);
    __Vtemp_h63419b7c__34[0U] = 0U;
    __Vtemp_h63419b7c__34[1U] = 0U;
    __Vtemp_h63419b7c__34[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 2U) 
           & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
              >= (((QData)((IData)(pd_top__DOT__win_base[5U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[4U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__34, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h083d669a__4[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[7U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[6U]))));
    __Vtemp_h083d669a__4[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[7U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[6U]))) 
                                        >> 0x20U));
    __Vtemp_h083d669a__4[2U] = 0U;
    __Vtemp_hb16609c3__4[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[7U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[6U]))));
    __Vtemp_hb16609c3__4[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[7U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[6U]))) 
                                        >> 0x20U));
    __Vtemp_hb16609c3__4[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h4ff4ecce__0, __Vtemp_h083d669a__4, __Vtemp_hb16609c3__4);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h4ff4ecce__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h4ff4ecce__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h4ff4ecce__0[2U]);
    __Vtemp_h63419b7c__35[0U] = 0U;
    __Vtemp_h63419b7c__35[1U] = 0U;
    __Vtemp_h63419b7c__35[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 3U) 
           & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
              >= (((QData)((IData)(pd_top__DOT__win_base[7U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[6U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__35, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h08495e76__4[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[9U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[8U]))));
    __Vtemp_h08495e76__4[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[9U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[8U]))) 
                                        >> 0x20U));
    __Vtemp_h08495e76__4[2U] = 0U;
    __Vtemp_hb17a1b27__4[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[9U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[8U]))));
    __Vtemp_hb17a1b27__4[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[9U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[8U]))) 
                                        >> 0x20U));
    __Vtemp_hb17a1b27__4[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h46229ea3__0, __Vtemp_h08495e76__4, __Vtemp_hb17a1b27__4);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h46229ea3__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h46229ea3__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h46229ea3__0[2U]);
    __Vtemp_h63419b7c__36[0U] = 0U;
    __Vtemp_h63419b7c__36[1U] = 0U;
    __Vtemp_h63419b7c__36[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 4U) 
           & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
              >= (((QData)((IData)(pd_top__DOT__win_base[9U])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[8U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__36, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h07b7bdc2__4[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[0xbU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0xaU]))));
    __Vtemp_h07b7bdc2__4[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[0xbU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0xaU]))) 
                                        >> 0x20U));
    __Vtemp_h07b7bdc2__4[2U] = 0U;
    __Vtemp_haef0ca3b__4[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[0xbU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0xaU]))));
    __Vtemp_haef0ca3b__4[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[0xbU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0xaU]))) 
                                        >> 0x20U));
    __Vtemp_haef0ca3b__4[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h11a7f63f__0, __Vtemp_h07b7bdc2__4, __Vtemp_haef0ca3b__4);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h11a7f63f__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h11a7f63f__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h11a7f63f__0[2U]);
    __Vtemp_h63419b7c__37[0U] = 0U;
    __Vtemp_h63419b7c__37[1U] = 0U;
    __Vtemp_h63419b7c__37[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 5U) 
           & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
              >= (((QData)((IData)(pd_top__DOT__win_base[0xbU])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0xaU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__37, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h083dbe3e__4[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[0xdU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0xcU]))));
    __Vtemp_h083dbe3e__4[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[0xdU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0xcU]))) 
                                        >> 0x20U));
    __Vtemp_h083dbe3e__4[2U] = 0U;
    __Vtemp_hb161fadf__4[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[0xdU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0xcU]))));
    __Vtemp_hb161fadf__4[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[0xdU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0xcU]))) 
                                        >> 0x20U));
    __Vtemp_hb161fadf__4[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h006c82df__0, __Vtemp_h083dbe3e__4, __Vtemp_hb161fadf__4);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h006c82df__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h006c82df__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h006c82df__0[2U]);
    __Vtemp_h63419b7c__38[0U] = 0U;
    __Vtemp_h63419b7c__38[1U] = 0U;
    __Vtemp_h63419b7c__38[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 6U) 
           & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
              >= (((QData)((IData)(pd_top__DOT__win_base[0xdU])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0xcU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__38, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h092e5eaa__4[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_base[0xfU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_base[0xeU]))));
    __Vtemp_h092e5eaa__4[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_base[0xfU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_base[0xeU]))) 
                                        >> 0x20U));
    __Vtemp_h092e5eaa__4[2U] = 0U;
    __Vtemp_hb2192cf3__4[0U] = (IData)((((QData)((IData)(
                                                         pd_top__DOT__win_size[0xfU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          pd_top__DOT__win_size[0xeU]))));
    __Vtemp_hb2192cf3__4[1U] = (IData)(((((QData)((IData)(
                                                          pd_top__DOT__win_size[0xfU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           pd_top__DOT__win_size[0xeU]))) 
                                        >> 0x20U));
    __Vtemp_hb2192cf3__4[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h1cc2a146__0, __Vtemp_h092e5eaa__4, __Vtemp_hb2192cf3__4);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h1cc2a146__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h1cc2a146__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1cc2a146__0[2U]);
    __Vtemp_h63419b7c__39[0U] = 0U;
    __Vtemp_h63419b7c__39[1U] = 0U;
    __Vtemp_h63419b7c__39[2U] = 1U;
    if ((((((IData)(pd_top__DOT__win_enable) >> 7U) 
           & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
              >= (((QData)((IData)(pd_top__DOT__win_base[0xfU])) 
                   << 0x20U) | (QData)((IData)(pd_top__DOT__win_base[0xeU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__39, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
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
    vlSelf->pd_top__DOT__wr__DOT__beats_next = vlSelf->pd_top__DOT__wr__DOT__beats_reg;
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
                        vlSelf->pd_top__DOT__wr__DOT__irq_next 
                            = (1U & (vlSelf->pd_top__DOT__wcmd[2U] 
                                     >> 0x1aU));
                        vlSelf->pd_top__DOT__wr__DOT__cmpl_next = 1U;
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
        vlSelf->pd_top__DOT__wr__DOT__irq_next = 0U;
        vlSelf->pd_top__DOT__wr__DOT__stop_next = 0U;
        vlSelf->pd_top__DOT__wr__DOT__cmpl_next = 0U;
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
    vlSelf->pd_top__DOT__fetch__DOT__issue = ((IData)(vlSelf->pd_top__DOT__fetch__DOT__grant) 
                                              & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__cqe_ok) 
                                                 & (IData)(vlSelf->pd_top__DOT__fetch__DOT__sqe_ok)));
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
