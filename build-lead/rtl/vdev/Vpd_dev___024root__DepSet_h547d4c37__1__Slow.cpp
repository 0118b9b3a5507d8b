// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpd_dev.h for the primary calling header

#include "verilated.h"

#include "Vpd_dev___024root.h"

VL_ATTR_COLD void Vpd_dev___024root___stl_sequent__TOP__0(Vpd_dev___024root* vlSelf);

VL_ATTR_COLD void Vpd_dev___024root___eval_stl(Vpd_dev___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_dev__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_dev___024root___eval_stl\n"); );
    // Body
    if (vlSelf->__VstlTriggered.at(0U)) {
        Vpd_dev___024root___stl_sequent__TOP__0(vlSelf);
    }
}

#ifdef VL_DEBUG
VL_ATTR_COLD void Vpd_dev___024root___dump_triggers__ico(Vpd_dev___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_dev__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_dev___024root___dump_triggers__ico\n"); );
    // Body
    if ((1U & (~ (IData)(vlSelf->__VicoTriggered.any())))) {
        VL_DBG_MSGF("         No triggers active\n");
    }
    if (vlSelf->__VicoTriggered.at(0U)) {
        VL_DBG_MSGF("         'ico' region trigger index 0 is active: Internal 'ico' trigger - first iteration\n");
    }
}
#endif  // VL_DEBUG

#ifdef VL_DEBUG
VL_ATTR_COLD void Vpd_dev___024root___dump_triggers__act(Vpd_dev___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_dev__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_dev___024root___dump_triggers__act\n"); );
    // Body
    if ((1U & (~ (IData)(vlSelf->__VactTriggered.any())))) {
        VL_DBG_MSGF("         No triggers active\n");
    }
    if (vlSelf->__VactTriggered.at(0U)) {
        VL_DBG_MSGF("         'act' region trigger index 0 is active: @(posedge clk)\n");
    }
}
#endif  // VL_DEBUG

#ifdef VL_DEBUG
VL_ATTR_COLD void Vpd_dev___024root___dump_triggers__nba(Vpd_dev___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_dev__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_dev___024root___dump_triggers__nba\n"); );
    // Body
    if ((1U & (~ (IData)(vlSelf->__VnbaTriggered.any())))) {
        VL_DBG_MSGF("         No triggers active\n");
    }
    if (vlSelf->__VnbaTriggered.at(0U)) {
        VL_DBG_MSGF("         'nba' region trigger index 0 is active: @(posedge clk)\n");
    }
}
#endif  // VL_DEBUG

VL_ATTR_COLD void Vpd_dev___024root___ctor_var_reset(Vpd_dev___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_dev__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_dev___024root___ctor_var_reset\n"); );
    // Body
    vlSelf->clk = VL_RAND_RESET_I(1);
    vlSelf->rst = VL_RAND_RESET_I(1);
    vlSelf->s_reg_addr = VL_RAND_RESET_I(32);
    vlSelf->s_reg_wr_en = VL_RAND_RESET_I(1);
    vlSelf->s_reg_wr_data = VL_RAND_RESET_Q(64);
    vlSelf->s_reg_rd_en = VL_RAND_RESET_I(1);
    vlSelf->s_reg_rd_data = VL_RAND_RESET_Q(64);
    vlSelf->s_reg_rd_valid = VL_RAND_RESET_I(1);
    vlSelf->m_rd_req_valid = VL_RAND_RESET_I(1);
    vlSelf->m_rd_req_ready = VL_RAND_RESET_I(1);
    vlSelf->m_rd_req_addr = VL_RAND_RESET_Q(64);
    vlSelf->m_rd_req_len = VL_RAND_RESET_I(13);
    vlSelf->m_rd_req_tag = VL_RAND_RESET_I(8);
    vlSelf->s_rd_rsp_valid = VL_RAND_RESET_I(1);
    vlSelf->s_rd_rsp_ready = VL_RAND_RESET_I(1);
    VL_RAND_RESET_W(512, vlSelf->s_rd_rsp_data);
    vlSelf->s_rd_rsp_tag = VL_RAND_RESET_I(8);
    vlSelf->m_wr_req_valid = VL_RAND_RESET_I(1);
    vlSelf->m_wr_req_ready = VL_RAND_RESET_I(1);
    vlSelf->m_wr_req_addr = VL_RAND_RESET_Q(64);
    vlSelf->m_wr_req_len = VL_RAND_RESET_I(13);
    vlSelf->m_wr_req_tag = VL_RAND_RESET_I(8);
    vlSelf->m_wr_dat_valid = VL_RAND_RESET_I(1);
    vlSelf->m_wr_dat_ready = VL_RAND_RESET_I(1);
    VL_RAND_RESET_W(512, vlSelf->m_wr_dat_data);
    vlSelf->m_wr_dat_strb = VL_RAND_RESET_Q(64);
    vlSelf->m_wr_dat_last = VL_RAND_RESET_I(1);
    vlSelf->irq = VL_RAND_RESET_I(16);
    vlSelf->done = VL_RAND_RESET_I(1);
    vlSelf->busy = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__prst = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__fatal_set = VL_RAND_RESET_I(1);
    VL_RAND_RESET_W(4096, vlSelf->pd_top__DOT__win_base);
    VL_RAND_RESET_W(4096, vlSelf->pd_top__DOT__win_size);
    vlSelf->pd_top__DOT__win_enable = VL_RAND_RESET_Q(64);
    VL_RAND_RESET_W(1024, vlSelf->pd_top__DOT__q_cq_base);
    VL_RAND_RESET_W(80, vlSelf->pd_top__DOT__q_sq_log2);
    VL_RAND_RESET_W(80, vlSelf->pd_top__DOT__q_cq_log2);
    VL_RAND_RESET_W(256, vlSelf->pd_top__DOT__q_cq_tail);
    vlSelf->pd_top__DOT__q_init = VL_RAND_RESET_I(16);
    vlSelf->pd_top__DOT__cmpl_valid = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__stop_valid = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__stop_queue = VL_RAND_RESET_I(4);
    vlSelf->pd_top__DOT__f_req_valid = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__f_req_addr = VL_RAND_RESET_Q(64);
    vlSelf->pd_top__DOT__f_req_len = VL_RAND_RESET_I(13);
    vlSelf->pd_top__DOT__f_req_tag = VL_RAND_RESET_I(8);
    vlSelf->pd_top__DOT__cmd_ready = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__dw_copy = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__dw_status = VL_RAND_RESET_I(16);
    vlSelf->pd_top__DOT__dr_valid = VL_RAND_RESET_I(1);
    VL_RAND_RESET_W(191, vlSelf->pd_top__DOT__wcmd);
    VL_RAND_RESET_W(89, vlSelf->pd_top__DOT____Vcellout__rcmd_fifo__m_data);
    vlSelf->pd_top__DOT__c_req_valid = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__c_req_addr = VL_RAND_RESET_Q(64);
    vlSelf->pd_top__DOT__c_req_len = VL_RAND_RESET_I(13);
    vlSelf->pd_top__DOT__c_req_tag = VL_RAND_RESET_I(8);
    vlSelf->pd_top__DOT__d_ready = VL_RAND_RESET_I(1);
    VL_RAND_RESET_W(576, vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data);
    vlSelf->pd_top__DOT__irq_evt_valid = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__irq_evt_vector = VL_RAND_RESET_I(4);
    vlSelf->pd_top__DOT__regs__DOT__ctrl_enable_reg = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__regs__DOT__fatal_reg = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__regs__DOT__irq_mod_reg = VL_RAND_RESET_I(32);
    for (int __Vi0 = 0; __Vi0 < 64; ++__Vi0) {
        vlSelf->pd_top__DOT__regs__DOT__win_base_reg[__Vi0] = VL_RAND_RESET_Q(64);
    }
    for (int __Vi0 = 0; __Vi0 < 64; ++__Vi0) {
        vlSelf->pd_top__DOT__regs__DOT__win_size_reg[__Vi0] = VL_RAND_RESET_Q(64);
    }
    for (int __Vi0 = 0; __Vi0 < 64; ++__Vi0) {
        vlSelf->pd_top__DOT__regs__DOT__win_enable_reg[__Vi0] = VL_RAND_RESET_I(1);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__regs__DOT__sq_base_reg[__Vi0] = VL_RAND_RESET_Q(64);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__regs__DOT__cq_base_reg[__Vi0] = VL_RAND_RESET_Q(64);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__regs__DOT__sq_log2_reg[__Vi0] = VL_RAND_RESET_I(5);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__regs__DOT__cq_log2_reg[__Vi0] = VL_RAND_RESET_I(5);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__regs__DOT__sq_tail_reg[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__regs__DOT__cq_head_reg[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__regs__DOT__vector_reg[__Vi0] = VL_RAND_RESET_I(4);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__regs__DOT__q_enable_reg[__Vi0] = VL_RAND_RESET_I(1);
    }
    vlSelf->pd_top__DOT__regs__DOT__win_hit = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__regs__DOT__q_hit = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__regs__DOT__w_sel = VL_RAND_RESET_I(32);
    vlSelf->pd_top__DOT__regs__DOT__q_sel = VL_RAND_RESET_I(32);
    vlSelf->pd_top__DOT__regs__DOT__wr_reset = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0 = 0;
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__fetch__DOT__head_reg[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__fetch__DOT__infl_reg[__Vi0] = VL_RAND_RESET_I(17);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__fetch__DOT__stopped_reg[__Vi0] = VL_RAND_RESET_I(1);
    }
    vlSelf->pd_top__DOT__fetch__DOT__slots_reg = VL_RAND_RESET_I(5);
    vlSelf->pd_top__DOT__fetch__DOT__slots_next = VL_RAND_RESET_I(5);
    vlSelf->pd_top__DOT__fetch__DOT__elig = VL_RAND_RESET_I(16);
    vlSelf->pd_top__DOT__fetch__DOT__second_reg = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__fetch__DOT__second_next = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__fetch__DOT__second_addr_reg = VL_RAND_RESET_Q(64);
    vlSelf->pd_top__DOT__fetch__DOT__second_addr_next = VL_RAND_RESET_Q(64);
    vlSelf->pd_top__DOT__fetch__DOT__second_len_reg = VL_RAND_RESET_I(13);
    vlSelf->pd_top__DOT__fetch__DOT__second_len_next = VL_RAND_RESET_I(13);
    vlSelf->pd_top__DOT__fetch__DOT__can_issue = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__fetch__DOT__grant_valid = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__fetch__DOT__g = VL_RAND_RESET_I(4);
    vlSelf->pd_top__DOT__fetch__DOT__g_sqm = VL_RAND_RESET_I(16);
    vlSelf->pd_top__DOT__fetch__DOT__g_head = VL_RAND_RESET_I(16);
    vlSelf->pd_top__DOT__fetch__DOT__sqe_addr = VL_RAND_RESET_Q(64);
    vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__fetch__DOT__grant = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__fetch__DOT__issue = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__fetch__DOT__meta_data = VL_RAND_RESET_I(27);
    vlSelf->pd_top__DOT__fetch__DOT__first_reg = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__fetch__DOT__first_next = VL_RAND_RESET_I(1);
    VL_RAND_RESET_W(512, vlSelf->pd_top__DOT__fetch__DOT__buf_reg);
    VL_RAND_RESET_W(512, vlSelf->pd_top__DOT__fetch__DOT__buf_next);
    vlSelf->pd_top__DOT__fetch__DOT__rsp_last = VL_RAND_RESET_I(1);
    VL_RAND_RESET_W(276, vlSelf->pd_top__DOT__fetch__DOT__cmd_data);
    vlSelf->pd_top__DOT__fetch__DOT__req_valid_next = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__fetch__DOT__req_addr_next = VL_RAND_RESET_Q(64);
    vlSelf->pd_top__DOT__fetch__DOT__req_len_next = VL_RAND_RESET_I(13);
    vlSelf->pd_top__DOT__fetch__DOT__req_tag_next = VL_RAND_RESET_I(8);
    vlSelf->pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg = VL_RAND_RESET_I(4);
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem[__Vi0] = VL_RAND_RESET_I(27);
    }
    vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__wr_ptr_reg = VL_RAND_RESET_I(5);
    vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__rd_ptr_reg = VL_RAND_RESET_I(5);
    vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__full = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__fetch__DOT__meta_fifo__DOT__empty = VL_RAND_RESET_I(1);
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        VL_RAND_RESET_W(276, vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem[__Vi0]);
    }
    vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__wr_ptr_reg = VL_RAND_RESET_I(5);
    vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg = VL_RAND_RESET_I(5);
    vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__full = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__fetch__DOT__cmd_fifo__DOT__empty = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__decode__DOT__infl_reg = VL_RAND_RESET_I(16);
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        VL_RAND_RESET_W(191, vlSelf->pd_top__DOT__wcmd_fifo__DOT__mem[__Vi0]);
    }
    vlSelf->pd_top__DOT__wcmd_fifo__DOT__wr_ptr_reg = VL_RAND_RESET_I(6);
    vlSelf->pd_top__DOT__wcmd_fifo__DOT__rd_ptr_reg = VL_RAND_RESET_I(6);
    vlSelf->pd_top__DOT__wcmd_fifo__DOT__full = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__wcmd_fifo__DOT__empty = VL_RAND_RESET_I(1);
    for (int __Vi0 = 0; __Vi0 < 4; ++__Vi0) {
        VL_RAND_RESET_W(89, vlSelf->pd_top__DOT__rcmd_fifo__DOT__mem[__Vi0]);
    }
    vlSelf->pd_top__DOT__rcmd_fifo__DOT__wr_ptr_reg = VL_RAND_RESET_I(3);
    vlSelf->pd_top__DOT__rcmd_fifo__DOT__rd_ptr_reg = VL_RAND_RESET_I(3);
    vlSelf->pd_top__DOT__rcmd_fifo__DOT__full = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__rcmd_fifo__DOT__empty = VL_RAND_RESET_I(1);
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        VL_RAND_RESET_W(153, vlSelf->pd_top__DOT__acmd_fifo__DOT__mem[__Vi0]);
    }
    vlSelf->pd_top__DOT__acmd_fifo__DOT__wr_ptr_reg = VL_RAND_RESET_I(6);
    vlSelf->pd_top__DOT__acmd_fifo__DOT__rd_ptr_reg = VL_RAND_RESET_I(6);
    vlSelf->pd_top__DOT__acmd_fifo__DOT__full = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__acmd_fifo__DOT__empty = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__copy_rd__DOT__active_reg = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__copy_rd__DOT__active_next = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__copy_rd__DOT__addr_reg = VL_RAND_RESET_Q(64);
    vlSelf->pd_top__DOT__copy_rd__DOT__addr_next = VL_RAND_RESET_Q(64);
    vlSelf->pd_top__DOT__copy_rd__DOT__rem_reg = VL_RAND_RESET_I(25);
    vlSelf->pd_top__DOT__copy_rd__DOT__rem_next = VL_RAND_RESET_I(25);
    vlSelf->pd_top__DOT__copy_rd__DOT__reserved_reg = VL_RAND_RESET_I(9);
    vlSelf->pd_top__DOT__copy_rd__DOT__reserved_next = VL_RAND_RESET_I(9);
    vlSelf->pd_top__DOT__copy_rd__DOT__seq_reg = VL_RAND_RESET_I(7);
    vlSelf->pd_top__DOT__copy_rd__DOT__seq_next = VL_RAND_RESET_I(7);
    vlSelf->pd_top__DOT__copy_rd__DOT__req_valid_next = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__copy_rd__DOT__req_addr_next = VL_RAND_RESET_Q(64);
    vlSelf->pd_top__DOT__copy_rd__DOT__req_len_next = VL_RAND_RESET_I(13);
    vlSelf->pd_top__DOT__copy_rd__DOT__req_tag_next = VL_RAND_RESET_I(8);
    vlSelf->pd_top__DOT__copy_rd__DOT__chunk = VL_RAND_RESET_I(13);
    vlSelf->pd_top__DOT__copy_rd__DOT__chunk_beats = VL_RAND_RESET_I(14);
    vlSelf->pd_top__DOT__copy_rd__DOT__issue = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__rd_mux__DOT__owed_reg = VL_RAND_RESET_I(32);
    vlSelf->pd_top__DOT__rd_mux__DOT__discard_reg = VL_RAND_RESET_I(32);
    vlSelf->pd_top__DOT__rd_mux__DOT__owed_next = VL_RAND_RESET_I(32);
    vlSelf->pd_top__DOT__rd_mux__DOT__discard_next = VL_RAND_RESET_I(32);
    vlSelf->pd_top__DOT__rd_mux__DOT____VdfgTmp_hb5d6d36c__0 = 0;
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        VL_RAND_RESET_W(512, vlSelf->pd_top__DOT__data_fifo__DOT__mem[__Vi0]);
    }
    vlSelf->pd_top__DOT__data_fifo__DOT__wr_ptr_reg = VL_RAND_RESET_I(9);
    vlSelf->pd_top__DOT__data_fifo__DOT__rd_ptr_reg = VL_RAND_RESET_I(9);
    vlSelf->pd_top__DOT__data_fifo__DOT__full = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__data_fifo__DOT__empty = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__align__DOT__active_reg = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__align__DOT__active_next = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__align__DOT__prime_reg = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__align__DOT__prime_next = VL_RAND_RESET_I(1);
    VL_RAND_RESET_W(512, vlSelf->pd_top__DOT__align__DOT__prev_reg);
    VL_RAND_RESET_W(512, vlSelf->pd_top__DOT__align__DOT__prev_next);
    vlSelf->pd_top__DOT__align__DOT__shift_reg = VL_RAND_RESET_I(6);
    vlSelf->pd_top__DOT__align__DOT__shift_next = VL_RAND_RESET_I(6);
    vlSelf->pd_top__DOT__align__DOT__src_left_reg = VL_RAND_RESET_I(26);
    vlSelf->pd_top__DOT__align__DOT__src_left_next = VL_RAND_RESET_I(26);
    vlSelf->pd_top__DOT__align__DOT__out_left_reg = VL_RAND_RESET_I(26);
    vlSelf->pd_top__DOT__align__DOT__out_left_next = VL_RAND_RESET_I(26);
    vlSelf->pd_top__DOT__align__DOT__first_reg = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__align__DOT__first_next = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__align__DOT__first_mask_reg = VL_RAND_RESET_Q(64);
    vlSelf->pd_top__DOT__align__DOT__first_mask_next = VL_RAND_RESET_Q(64);
    vlSelf->pd_top__DOT__align__DOT__last_mask_reg = VL_RAND_RESET_Q(64);
    vlSelf->pd_top__DOT__align__DOT__last_mask_next = VL_RAND_RESET_Q(64);
    VL_RAND_RESET_W(512, vlSelf->pd_top__DOT__align__DOT__cur);
    vlSelf->pd_top__DOT__align__DOT____VdfgTmp_h8c8e9143__0 = 0;
    vlSelf->pd_top__DOT__align__DOT____VdfgTmp_h47fe0679__0 = 0;
    for (int __Vi0 = 0; __Vi0 < 4; ++__Vi0) {
        VL_RAND_RESET_W(576, vlSelf->pd_top__DOT__out_fifo__DOT__mem[__Vi0]);
    }
    vlSelf->pd_top__DOT__out_fifo__DOT__wr_ptr_reg = VL_RAND_RESET_I(3);
    vlSelf->pd_top__DOT__out_fifo__DOT__rd_ptr_reg = VL_RAND_RESET_I(3);
    vlSelf->pd_top__DOT__out_fifo__DOT__full = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__out_fifo__DOT__empty = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__wr__DOT__state_reg = VL_RAND_RESET_I(3);
    vlSelf->pd_top__DOT__wr__DOT__state_next = VL_RAND_RESET_I(3);
    vlSelf->pd_top__DOT__wr__DOT__addr_reg = VL_RAND_RESET_Q(64);
    vlSelf->pd_top__DOT__wr__DOT__addr_next = VL_RAND_RESET_Q(64);
    vlSelf->pd_top__DOT__wr__DOT__rem_reg = VL_RAND_RESET_I(25);
    vlSelf->pd_top__DOT__wr__DOT__rem_next = VL_RAND_RESET_I(25);
    vlSelf->pd_top__DOT__wr__DOT__beats_reg = VL_RAND_RESET_I(14);
    vlSelf->pd_top__DOT__wr__DOT__beats_next = VL_RAND_RESET_I(14);
    vlSelf->pd_top__DOT__wr__DOT__seq_reg = VL_RAND_RESET_I(8);
    vlSelf->pd_top__DOT__wr__DOT__seq_next = VL_RAND_RESET_I(8);
    vlSelf->pd_top__DOT__wr__DOT__cbeat_reg = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__wr__DOT__cbeat_next = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__wr__DOT__cmpl_next = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__wr__DOT__stop_next = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__wr__DOT__irq_next = VL_RAND_RESET_I(1);
    vlSelf->pd_top__DOT__wr__DOT__tail_we = VL_RAND_RESET_I(1);
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__wr__DOT__tail_reg[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__wr__DOT__phase_reg[__Vi0] = VL_RAND_RESET_I(1);
    }
    vlSelf->pd_top__DOT__wr__DOT__blen = VL_RAND_RESET_I(13);
    vlSelf->pd_top__DOT__wr__DOT__bbeats = VL_RAND_RESET_I(14);
    vlSelf->pd_top__DOT__wr__DOT__cqm = VL_RAND_RESET_I(16);
    vlSelf->pd_top__DOT__wr__DOT__tail = VL_RAND_RESET_I(16);
    vlSelf->pd_top__DOT__wr__DOT__cqe_addr = VL_RAND_RESET_Q(64);
    vlSelf->pd_top__DOT__wr__DOT__cqe_ok = VL_RAND_RESET_I(1);
    VL_RAND_RESET_W(128, vlSelf->pd_top__DOT__wr__DOT__cqe);
    vlSelf->pd_top__DOT__wr__DOT__dat_fire = VL_RAND_RESET_I(1);
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_reg[__Vi0] = VL_RAND_RESET_I(17);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__irqs__DOT__pending_next[__Vi0] = VL_RAND_RESET_I(17);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__irqs__DOT__timer_reg[__Vi0] = VL_RAND_RESET_Q(40);
    }
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->pd_top__DOT__irqs__DOT__timer_next[__Vi0] = VL_RAND_RESET_Q(40);
    }
    vlSelf->pd_top__DOT__irqs__DOT__irq_next = VL_RAND_RESET_I(16);
    vlSelf->pd_top__DOT__irqs__DOT__pend_any = VL_RAND_RESET_I(16);
    VL_ZERO_RESET_W(89, vlSelf->__VdfgTmp_h18bdd878__0);
    vlSelf->__Vtrigrprev__TOP__clk = VL_RAND_RESET_I(1);
}
