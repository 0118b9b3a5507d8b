// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design internal header
// See Vpd_dev.h for the primary calling header

#ifndef VERILATED_VPD_DEV___024ROOT_H_
#define VERILATED_VPD_DEV___024ROOT_H_  // guard

#include "verilated.h"

class Vpd_dev__Syms;

class Vpd_dev___024root final : public VerilatedModule {
  public:

    // DESIGN SPECIFIC STATE
    // Anonymous structures to workaround compiler member-count bugs
    struct {
        VL_IN8(clk,0,0);
        VL_IN8(rst,0,0);
        VL_IN8(s_reg_wr_en,0,0);
        VL_IN8(s_reg_rd_en,0,0);
        VL_OUT8(s_reg_rd_valid,0,0);
        VL_OUT8(m_rd_req_valid,0,0);
        VL_IN8(m_rd_req_ready,0,0);
        VL_OUT8(m_rd_req_tag,7,0);
        VL_IN8(s_rd_rsp_valid,0,0);
        VL_OUT8(s_rd_rsp_ready,0,0);
        VL_IN8(s_rd_rsp_tag,7,0);
        VL_OUT8(m_wr_req_valid,0,0);
        VL_IN8(m_wr_req_ready,0,0);
        VL_OUT8(m_wr_req_tag,7,0);
        VL_OUT8(m_wr_dat_valid,0,0);
        VL_IN8(m_wr_dat_ready,0,0);
        VL_OUT8(m_wr_dat_last,0,0);
        VL_OUT8(done,0,0);
        VL_OUT8(busy,0,0);
        CData/*0:0*/ pd_top__DOT__prst;
        CData/*0:0*/ pd_top__DOT__fatal_set;
        CData/*0:0*/ pd_top__DOT__cmpl_valid;
        CData/*0:0*/ pd_top__DOT__stop_valid;
        CData/*3:0*/ pd_top__DOT__stop_queue;
        CData/*0:0*/ pd_top__DOT__f_req_valid;
        CData/*7:0*/ pd_top__DOT__f_req_tag;
        CData/*0:0*/ pd_top__DOT__cmd_ready;
        CData/*0:0*/ pd_top__DOT__dw_copy;
        CData/*0:0*/ pd_top__DOT__dr_valid;
        CData/*0:0*/ pd_top__DOT__c_req_valid;
        CData/*7:0*/ pd_top__DOT__c_req_tag;
        CData/*0:0*/ pd_top__DOT__d_ready;
        CData/*0:0*/ pd_top__DOT__irq_evt_valid;
        CData/*3:0*/ pd_top__DOT__irq_evt_vector;
        CData/*0:0*/ pd_top__DOT__regs__DOT__ctrl_enable_reg;
        CData/*0:0*/ pd_top__DOT__regs__DOT__soft_reset_reg;
        CData/*0:0*/ pd_top__DOT__regs__DOT__fatal_reg;
        CData/*0:0*/ pd_top__DOT__regs__DOT__win_hit;
        CData/*0:0*/ pd_top__DOT__regs__DOT__q_hit;
        CData/*0:0*/ pd_top__DOT__regs__DOT__wr_reset;
        CData/*0:0*/ pd_top__DOT__regs__DOT____VdfgTmp_h8e9d5d9b__0;
        CData/*4:0*/ pd_top__DOT__fetch__DOT__slots_reg;
        CData/*4:0*/ pd_top__DOT__fetch__DOT__slots_next;
        CData/*0:0*/ pd_top__DOT__fetch__DOT__second_reg;
        CData/*0:0*/ pd_top__DOT__fetch__DOT__second_next;
        CData/*0:0*/ pd_top__DOT__fetch__DOT__can_issue;
        CData/*0:0*/ pd_top__DOT__fetch__DOT__grant_valid;
        CData/*3:0*/ pd_top__DOT__fetch__DOT__g;
        CData/*0:0*/ pd_top__DOT__fetch__DOT__sqe_ok;
        CData/*0:0*/ pd_top__DOT__fetch__DOT__cqe_ok;
        CData/*0:0*/ pd_top__DOT__fetch__DOT__grant;
        CData/*0:0*/ pd_top__DOT__fetch__DOT__issue;
        CData/*0:0*/ pd_top__DOT__fetch__DOT__first_reg;
        CData/*0:0*/ pd_top__DOT__fetch__DOT__first_next;
        CData/*0:0*/ pd_top__DOT__fetch__DOT__rsp_last;
        CData/*0:0*/ pd_top__DOT__fetch__DOT__req_valid_next;
        CData/*7:0*/ pd_top__DOT__fetch__DOT__req_tag_next;
        CData/*3:0*/ pd_top__DOT__fetch__DOT__arb__DOT__ptr_reg;
        CData/*4:0*/ pd_top__DOT__fetch__DOT__meta_fifo__DOT__wr_ptr_reg;
        CData/*4:0*/ pd_top__DOT__fetch__DOT__meta_fifo__DOT__rd_ptr_reg;
        CData/*0:0*/ pd_top__DOT__fetch__DOT__meta_fifo__DOT__full;
        CData/*0:0*/ pd_top__DOT__fetch__DOT__meta_fifo__DOT__empty;
        CData/*4:0*/ pd_top__DOT__fetch__DOT__cmd_fifo__DOT__wr_ptr_reg;
        CData/*4:0*/ pd_top__DOT__fetch__DOT__cmd_fifo__DOT__rd_ptr_reg;
    };
    struct {
        CData/*0:0*/ pd_top__DOT__fetch__DOT__cmd_fifo__DOT__full;
        CData/*0:0*/ pd_top__DOT__fetch__DOT__cmd_fifo__DOT__empty;
        CData/*5:0*/ pd_top__DOT__wcmd_fifo__DOT__wr_ptr_reg;
        CData/*5:0*/ pd_top__DOT__wcmd_fifo__DOT__rd_ptr_reg;
        CData/*0:0*/ pd_top__DOT__wcmd_fifo__DOT__full;
        CData/*0:0*/ pd_top__DOT__wcmd_fifo__DOT__empty;
        CData/*2:0*/ pd_top__DOT__rcmd_fifo__DOT__wr_ptr_reg;
        CData/*2:0*/ pd_top__DOT__rcmd_fifo__DOT__rd_ptr_reg;
        CData/*0:0*/ pd_top__DOT__rcmd_fifo__DOT__full;
        CData/*0:0*/ pd_top__DOT__rcmd_fifo__DOT__empty;
        CData/*5:0*/ pd_top__DOT__acmd_fifo__DOT__wr_ptr_reg;
        CData/*5:0*/ pd_top__DOT__acmd_fifo__DOT__rd_ptr_reg;
        CData/*0:0*/ pd_top__DOT__acmd_fifo__DOT__full;
        CData/*0:0*/ pd_top__DOT__acmd_fifo__DOT__empty;
        CData/*0:0*/ pd_top__DOT__copy_rd__DOT__active_reg;
        CData/*0:0*/ pd_top__DOT__copy_rd__DOT__active_next;
        CData/*6:0*/ pd_top__DOT__copy_rd__DOT__seq_reg;
        CData/*6:0*/ pd_top__DOT__copy_rd__DOT__seq_next;
        CData/*0:0*/ pd_top__DOT__copy_rd__DOT__req_valid_next;
        CData/*7:0*/ pd_top__DOT__copy_rd__DOT__req_tag_next;
        CData/*0:0*/ pd_top__DOT__copy_rd__DOT__issue;
        CData/*0:0*/ pd_top__DOT__rd_mux__DOT____VdfgTmp_hb5d6d36c__0;
        CData/*0:0*/ pd_top__DOT__data_fifo__DOT__full;
        CData/*0:0*/ pd_top__DOT__data_fifo__DOT__empty;
        CData/*0:0*/ pd_top__DOT__align__DOT__active_reg;
        CData/*0:0*/ pd_top__DOT__align__DOT__active_next;
        CData/*0:0*/ pd_top__DOT__align__DOT__prime_reg;
        CData/*0:0*/ pd_top__DOT__align__DOT__prime_next;
        CData/*5:0*/ pd_top__DOT__align__DOT__shift_reg;
        CData/*5:0*/ pd_top__DOT__align__DOT__shift_next;
        CData/*0:0*/ pd_top__DOT__align__DOT__first_reg;
        CData/*0:0*/ pd_top__DOT__align__DOT__first_next;
        CData/*0:0*/ pd_top__DOT__align__DOT____VdfgTmp_h8c8e9143__0;
        CData/*0:0*/ pd_top__DOT__align__DOT____VdfgTmp_h47fe0679__0;
        CData/*2:0*/ pd_top__DOT__out_fifo__DOT__wr_ptr_reg;
        CData/*2:0*/ pd_top__DOT__out_fifo__DOT__rd_ptr_reg;
        CData/*0:0*/ pd_top__DOT__out_fifo__DOT__full;
        CData/*0:0*/ pd_top__DOT__out_fifo__DOT__empty;
        CData/*2:0*/ pd_top__DOT__wr__DOT__state_reg;
        CData/*2:0*/ pd_top__DOT__wr__DOT__state_next;
        CData/*7:0*/ pd_top__DOT__wr__DOT__seq_reg;
        CData/*7:0*/ pd_top__DOT__wr__DOT__seq_next;
        CData/*0:0*/ pd_top__DOT__wr__DOT__cbeat_reg;
        CData/*0:0*/ pd_top__DOT__wr__DOT__cbeat_next;
        CData/*0:0*/ pd_top__DOT__wr__DOT__cmpl_next;
        CData/*0:0*/ pd_top__DOT__wr__DOT__stop_next;
        CData/*0:0*/ pd_top__DOT__wr__DOT__irq_next;
        CData/*0:0*/ pd_top__DOT__wr__DOT__tail_we;
        CData/*0:0*/ pd_top__DOT__wr__DOT__cqe_ok;
        CData/*0:0*/ pd_top__DOT__wr__DOT__dat_fire;
        CData/*0:0*/ __Vtrigrprev__TOP__clk;
        CData/*0:0*/ __VactContinue;
        VL_OUT16(m_rd_req_len,12,0);
        VL_OUT16(m_wr_req_len,12,0);
        VL_OUT16(irq,15,0);
        SData/*15:0*/ pd_top__DOT__q_init;
        SData/*12:0*/ pd_top__DOT__f_req_len;
        SData/*15:0*/ pd_top__DOT__dw_status;
        SData/*12:0*/ pd_top__DOT__c_req_len;
        SData/*15:0*/ pd_top__DOT__fetch__DOT__elig;
        SData/*12:0*/ pd_top__DOT__fetch__DOT__second_len_reg;
        SData/*12:0*/ pd_top__DOT__fetch__DOT__second_len_next;
        SData/*15:0*/ pd_top__DOT__fetch__DOT__g_sqm;
        SData/*15:0*/ pd_top__DOT__fetch__DOT__g_head;
    };
    struct {
        SData/*12:0*/ pd_top__DOT__fetch__DOT__req_len_next;
        SData/*15:0*/ pd_top__DOT__decode__DOT__infl_reg;
        SData/*8:0*/ pd_top__DOT__copy_rd__DOT__reserved_reg;
        SData/*8:0*/ pd_top__DOT__copy_rd__DOT__reserved_next;
        SData/*12:0*/ pd_top__DOT__copy_rd__DOT__req_len_next;
        SData/*12:0*/ pd_top__DOT__copy_rd__DOT__chunk;
        SData/*13:0*/ pd_top__DOT__copy_rd__DOT__chunk_beats;
        SData/*8:0*/ pd_top__DOT__data_fifo__DOT__wr_ptr_reg;
        SData/*8:0*/ pd_top__DOT__data_fifo__DOT__rd_ptr_reg;
        SData/*13:0*/ pd_top__DOT__wr__DOT__beats_reg;
        SData/*13:0*/ pd_top__DOT__wr__DOT__beats_next;
        SData/*12:0*/ pd_top__DOT__wr__DOT__blen;
        SData/*13:0*/ pd_top__DOT__wr__DOT__bbeats;
        SData/*15:0*/ pd_top__DOT__wr__DOT__cqm;
        SData/*15:0*/ pd_top__DOT__wr__DOT__tail;
        SData/*15:0*/ pd_top__DOT__irqs__DOT__irq_next;
        SData/*15:0*/ pd_top__DOT__irqs__DOT__pend_any;
        VL_IN(s_reg_addr,31,0);
        VL_INW(s_rd_rsp_data,511,0,16);
        VL_OUTW(m_wr_dat_data,511,0,16);
        VlWide<128>/*4095:0*/ pd_top__DOT__win_base;
        VlWide<128>/*4095:0*/ pd_top__DOT__win_size;
        VlWide<32>/*1023:0*/ pd_top__DOT__q_cq_base;
        VlWide<3>/*79:0*/ pd_top__DOT__q_sq_log2;
        VlWide<3>/*79:0*/ pd_top__DOT__q_cq_log2;
        VlWide<8>/*255:0*/ pd_top__DOT__q_cq_tail;
        VlWide<6>/*190:0*/ pd_top__DOT__wcmd;
        VlWide<3>/*88:0*/ pd_top__DOT____Vcellout__rcmd_fifo__m_data;
        VlWide<18>/*575:0*/ pd_top__DOT____Vcellout__out_fifo__m_data;
        IData/*31:0*/ pd_top__DOT__regs__DOT__irq_mod_reg;
        IData/*31:0*/ pd_top__DOT__regs__DOT__w_sel;
        IData/*31:0*/ pd_top__DOT__regs__DOT__q_sel;
        IData/*26:0*/ pd_top__DOT__fetch__DOT__meta_data;
        VlWide<16>/*511:0*/ pd_top__DOT__fetch__DOT__buf_reg;
        VlWide<16>/*511:0*/ pd_top__DOT__fetch__DOT__buf_next;
        VlWide<9>/*275:0*/ pd_top__DOT__fetch__DOT__cmd_data;
        IData/*24:0*/ pd_top__DOT__copy_rd__DOT__rem_reg;
        IData/*24:0*/ pd_top__DOT__copy_rd__DOT__rem_next;
        IData/*31:0*/ pd_top__DOT__rd_mux__DOT__owed_reg;
        IData/*31:0*/ pd_top__DOT__rd_mux__DOT__discard_reg;
        IData/*31:0*/ pd_top__DOT__rd_mux__DOT__owed_next;
        IData/*31:0*/ pd_top__DOT__rd_mux__DOT__discard_next;
        VlWide<16>/*511:0*/ pd_top__DOT__align__DOT__prev_reg;
        VlWide<16>/*511:0*/ pd_top__DOT__align__DOT__prev_next;
        IData/*25:0*/ pd_top__DOT__align__DOT__src_left_reg;
        IData/*25:0*/ pd_top__DOT__align__DOT__src_left_next;
        IData/*25:0*/ pd_top__DOT__align__DOT__out_left_reg;
        IData/*25:0*/ pd_top__DOT__align__DOT__out_left_next;
        VlWide<16>/*511:0*/ pd_top__DOT__align__DOT__cur;
        IData/*24:0*/ pd_top__DOT__wr__DOT__rem_reg;
        IData/*24:0*/ pd_top__DOT__wr__DOT__rem_next;
        VlWide<4>/*127:0*/ pd_top__DOT__wr__DOT__cqe;
        VlWide<3>/*88:0*/ __VdfgTmp_h18bdd878__0;
        IData/*31:0*/ __VstlIterCount;
        IData/*31:0*/ __VicoIterCount;
        IData/*31:0*/ __VactIterCount;
        VL_IN64(s_reg_wr_data,63,0);
        VL_OUT64(s_reg_rd_data,63,0);
        VL_OUT64(m_rd_req_addr,63,0);
        VL_OUT64(m_wr_req_addr,63,0);
        VL_OUT64(m_wr_dat_strb,63,0);
        QData/*63:0*/ pd_top__DOT__win_enable;
        QData/*63:0*/ pd_top__DOT__f_req_addr;
        QData/*63:0*/ pd_top__DOT__c_req_addr;
    };
    struct {
        QData/*63:0*/ pd_top__DOT__fetch__DOT__second_addr_reg;
        QData/*63:0*/ pd_top__DOT__fetch__DOT__second_addr_next;
        QData/*63:0*/ pd_top__DOT__fetch__DOT__sqe_addr;
        QData/*63:0*/ pd_top__DOT__fetch__DOT__req_addr_next;
        QData/*63:0*/ pd_top__DOT__copy_rd__DOT__addr_reg;
        QData/*63:0*/ pd_top__DOT__copy_rd__DOT__addr_next;
        QData/*63:0*/ pd_top__DOT__copy_rd__DOT__req_addr_next;
        QData/*63:0*/ pd_top__DOT__align__DOT__first_mask_reg;
        QData/*63:0*/ pd_top__DOT__align__DOT__first_mask_next;
        QData/*63:0*/ pd_top__DOT__align__DOT__last_mask_reg;
        QData/*63:0*/ pd_top__DOT__align__DOT__last_mask_next;
        QData/*63:0*/ pd_top__DOT__wr__DOT__addr_reg;
        QData/*63:0*/ pd_top__DOT__wr__DOT__addr_next;
        QData/*63:0*/ pd_top__DOT__wr__DOT__cqe_addr;
        VlUnpacked<QData/*63:0*/, 64> pd_top__DOT__regs__DOT__win_base_reg;
        VlUnpacked<QData/*63:0*/, 64> pd_top__DOT__regs__DOT__win_size_reg;
        VlUnpacked<CData/*0:0*/, 64> pd_top__DOT__regs__DOT__win_enable_reg;
        VlUnpacked<QData/*63:0*/, 16> pd_top__DOT__regs__DOT__sq_base_reg;
        VlUnpacked<QData/*63:0*/, 16> pd_top__DOT__regs__DOT__cq_base_reg;
        VlUnpacked<CData/*4:0*/, 16> pd_top__DOT__regs__DOT__sq_log2_reg;
        VlUnpacked<CData/*4:0*/, 16> pd_top__DOT__regs__DOT__cq_log2_reg;
        VlUnpacked<SData/*15:0*/, 16> pd_top__DOT__regs__DOT__sq_tail_reg;
        VlUnpacked<SData/*15:0*/, 16> pd_top__DOT__regs__DOT__cq_head_reg;
        VlUnpacked<CData/*3:0*/, 16> pd_top__DOT__regs__DOT__vector_reg;
        VlUnpacked<CData/*0:0*/, 16> pd_top__DOT__regs__DOT__q_enable_reg;
        VlUnpacked<SData/*15:0*/, 16> pd_top__DOT__fetch__DOT__head_reg;
        VlUnpacked<IData/*16:0*/, 16> pd_top__DOT__fetch__DOT__infl_reg;
        VlUnpacked<CData/*0:0*/, 16> pd_top__DOT__fetch__DOT__stopped_reg;
        VlUnpacked<IData/*26:0*/, 16> pd_top__DOT__fetch__DOT__meta_fifo__DOT__mem;
        VlUnpacked<VlWide<9>/*275:0*/, 16> pd_top__DOT__fetch__DOT__cmd_fifo__DOT__mem;
        VlUnpacked<VlWide<6>/*190:0*/, 32> pd_top__DOT__wcmd_fifo__DOT__mem;
        VlUnpacked<VlWide<3>/*88:0*/, 4> pd_top__DOT__rcmd_fifo__DOT__mem;
        VlUnpacked<VlWide<5>/*152:0*/, 32> pd_top__DOT__acmd_fifo__DOT__mem;
        VlUnpacked<VlWide<16>/*511:0*/, 256> pd_top__DOT__data_fifo__DOT__mem;
        VlUnpacked<VlWide<18>/*575:0*/, 4> pd_top__DOT__out_fifo__DOT__mem;
        VlUnpacked<SData/*15:0*/, 16> pd_top__DOT__wr__DOT__tail_reg;
        VlUnpacked<CData/*0:0*/, 16> pd_top__DOT__wr__DOT__phase_reg;
        VlUnpacked<IData/*16:0*/, 16> pd_top__DOT__irqs__DOT__pending_reg;
        VlUnpacked<IData/*16:0*/, 16> pd_top__DOT__irqs__DOT__pending_next;
        VlUnpacked<QData/*39:0*/, 16> pd_top__DOT__irqs__DOT__timer_reg;
        VlUnpacked<QData/*39:0*/, 16> pd_top__DOT__irqs__DOT__timer_next;
    };
    VlTriggerVec<1> __VstlTriggered;
    VlTriggerVec<1> __VicoTriggered;
    VlTriggerVec<1> __VactTriggered;
    VlTriggerVec<1> __VnbaTriggered;

    // INTERNAL VARIABLES
    Vpd_dev__Syms* const vlSymsp;

    // CONSTRUCTORS
    Vpd_dev___024root(Vpd_dev__Syms* symsp, const char* v__name);
    ~Vpd_dev___024root();
    VL_UNCOPYABLE(Vpd_dev___024root);

    // INTERNAL METHODS
    void __Vconfigure(bool first);
} VL_ATTR_ALIGNED(VL_CACHE_LINE_BYTES);


#endif  // guard
