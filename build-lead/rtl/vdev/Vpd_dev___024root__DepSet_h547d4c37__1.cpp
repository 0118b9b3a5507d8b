// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpd_dev.h for the primary calling header

#include "verilated.h"

#include "Vpd_dev___024root.h"

VL_INLINE_OPT void Vpd_dev___024root___nba_sequent__TOP__1(Vpd_dev___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpd_dev__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpd_dev___024root___nba_sequent__TOP__1\n"); );
    // Init
    QData/*63:0*/ pd_top__DOT__fetch__DOT__cqe_addr;
    pd_top__DOT__fetch__DOT__cqe_addr = 0;
    VlWide<3>/*64:0*/ pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr;
    VL_ZERO_W(65, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr);
    VlWide<3>/*64:0*/ pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end;
    VL_ZERO_W(65, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end);
    VlWide<3>/*64:0*/ pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr;
    VL_ZERO_W(65, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr);
    VlWide<3>/*64:0*/ pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end;
    VL_ZERO_W(65, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end);
    CData/*0:0*/ pd_top__DOT__wr__DOT__req_fire;
    pd_top__DOT__wr__DOT__req_fire = 0;
    VlWide<3>/*64:0*/ pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr;
    VL_ZERO_W(65, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr);
    VlWide<3>/*64:0*/ pd_top__DOT__wr__DOT__cqe_check__DOT__win_end;
    VL_ZERO_W(65, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end);
    VlWide<4>/*127:0*/ __Vtemp_h6cc5e825__0;
    VlWide<4>/*127:0*/ __Vtemp_h14994980__0;
    VlWide<32>/*1023:0*/ __Vtemp_hc49bf272__0;
    VlWide<32>/*1023:0*/ __Vtemp_h2772bd5b__0;
    VlWide<16>/*511:0*/ __Vtemp_hc5bc3452__0;
    VlWide<16>/*511:0*/ __Vtemp_h63418a61__0;
    VlWide<3>/*95:0*/ __Vtemp_h61297bc0__0;
    VlWide<3>/*95:0*/ __Vtemp_h023897cf__0;
    VlWide<3>/*95:0*/ __Vtemp_hd08d121c__0;
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
    VlWide<3>/*95:0*/ __Vtemp_h61297bc0__1;
    VlWide<3>/*95:0*/ __Vtemp_h5a1f7e23__0;
    VlWide<3>/*95:0*/ __Vtemp_hf56d6c7e__0;
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
    VlWide<32>/*1023:0*/ __Vtemp_h5518a2e0__0;
    VlWide<3>/*95:0*/ __Vtemp_h60eab1d2__0;
    VlWide<3>/*95:0*/ __Vtemp_hb563d4ec__0;
    VlWide<3>/*95:0*/ __Vtemp_ha887703e__0;
    VlWide<3>/*95:0*/ __Vtemp_h0ce94479__2;
    VlWide<3>/*95:0*/ __Vtemp_h3703e4f2__2;
    VlWide<3>/*95:0*/ __Vtemp_hd3edc7c1__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__128;
    VlWide<3>/*95:0*/ __Vtemp_h0cc727fd__2;
    VlWide<3>/*95:0*/ __Vtemp_h36cc6916__2;
    VlWide<3>/*95:0*/ __Vtemp_hb09627a3__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__129;
    VlWide<3>/*95:0*/ __Vtemp_h0cdb2751__2;
    VlWide<3>/*95:0*/ __Vtemp_h36d0883a__2;
    VlWide<3>/*95:0*/ __Vtemp_hde5202ea__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__130;
    VlWide<3>/*95:0*/ __Vtemp_h015f27f5__2;
    VlWide<3>/*95:0*/ __Vtemp_h261de89e__2;
    VlWide<3>/*95:0*/ __Vtemp_h41a36d97__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__131;
    VlWide<3>/*95:0*/ __Vtemp_h0d15a749__2;
    VlWide<3>/*95:0*/ __Vtemp_h39994742__2;
    VlWide<3>/*95:0*/ __Vtemp_h225255df__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__132;
    VlWide<3>/*95:0*/ __Vtemp_h0186690d__2;
    VlWide<3>/*95:0*/ __Vtemp_h261ae266__2;
    VlWide<3>/*95:0*/ __Vtemp_hc5073593__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__133;
    VlWide<3>/*95:0*/ __Vtemp_h0182c8e1__2;
    VlWide<3>/*95:0*/ __Vtemp_h2556e28a__2;
    VlWide<3>/*95:0*/ __Vtemp_h2ae86a4c__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__134;
    VlWide<3>/*95:0*/ __Vtemp_h018ee805__2;
    VlWide<3>/*95:0*/ __Vtemp_h262e28ee__2;
    VlWide<3>/*95:0*/ __Vtemp_h226d37ae__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__135;
    VlWide<3>/*95:0*/ __Vtemp_h018b0819__2;
    VlWide<3>/*95:0*/ __Vtemp_h262ee312__2;
    VlWide<3>/*95:0*/ __Vtemp_ha6356dd8__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__136;
    VlWide<3>/*95:0*/ __Vtemp_h01b6a59d__2;
    VlWide<3>/*95:0*/ __Vtemp_h256b2776__2;
    VlWide<3>/*95:0*/ __Vtemp_h06de56b2__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__137;
    VlWide<3>/*95:0*/ __Vtemp_h01b2a571__2;
    VlWide<3>/*95:0*/ __Vtemp_h2561c65a__2;
    VlWide<3>/*95:0*/ __Vtemp_h61b784e5__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__138;
    VlWide<3>/*95:0*/ __Vtemp_h017de795__2;
    VlWide<3>/*95:0*/ __Vtemp_h2562e7fe__2;
    VlWide<3>/*95:0*/ __Vtemp_hefef8333__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__139;
    VlWide<3>/*95:0*/ __Vtemp_h0179e769__2;
    VlWide<3>/*95:0*/ __Vtemp_h253f4762__2;
    VlWide<3>/*95:0*/ __Vtemp_heae45ac4__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__140;
    VlWide<3>/*95:0*/ __Vtemp_h02225fad__2;
    VlWide<3>/*95:0*/ __Vtemp_h25762646__2;
    VlWide<3>/*95:0*/ __Vtemp_ha0dd194f__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__141;
    VlWide<3>/*95:0*/ __Vtemp_h017b8f81__2;
    VlWide<3>/*95:0*/ __Vtemp_h2572272a__2;
    VlWide<3>/*95:0*/ __Vtemp_habe72574__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__142;
    VlWide<3>/*95:0*/ __Vtemp_h022c28a5__2;
    VlWide<3>/*95:0*/ __Vtemp_h254e26ce__2;
    VlWide<3>/*95:0*/ __Vtemp_h0321ddf5__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__143;
    VlWide<3>/*95:0*/ __Vtemp_h02284539__2;
    VlWide<3>/*95:0*/ __Vtemp_h254d66b2__2;
    VlWide<3>/*95:0*/ __Vtemp_hd4b3b207__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__144;
    VlWide<3>/*95:0*/ __Vtemp_h021af73d__2;
    VlWide<3>/*95:0*/ __Vtemp_h37118cd6__2;
    VlWide<3>/*95:0*/ __Vtemp_h9dcdb0b0__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__145;
    VlWide<3>/*95:0*/ __Vtemp_h022e7011__2;
    VlWide<3>/*95:0*/ __Vtemp_h370d85fa__2;
    VlWide<3>/*95:0*/ __Vtemp_h82fef6d6__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__146;
    VlWide<3>/*95:0*/ __Vtemp_hffc3d935__2;
    VlWide<3>/*95:0*/ __Vtemp_h25594dde__2;
    VlWide<3>/*95:0*/ __Vtemp_h21014390__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__147;
    VlWide<3>/*95:0*/ __Vtemp_h000a5109__2;
    VlWide<3>/*95:0*/ __Vtemp_h370b2a02__2;
    VlWide<3>/*95:0*/ __Vtemp_h2ecf7d76__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__148;
    VlWide<3>/*95:0*/ __Vtemp_hffcbb84d__2;
    VlWide<3>/*95:0*/ __Vtemp_h2570b226__2;
    VlWide<3>/*95:0*/ __Vtemp_he3c6f8d6__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__149;
    VlWide<3>/*95:0*/ __Vtemp_hffd010a1__2;
    VlWide<3>/*95:0*/ __Vtemp_h2584c94a__2;
    VlWide<3>/*95:0*/ __Vtemp_hbb0299f7__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__150;
    VlWide<3>/*95:0*/ __Vtemp_hfff55645__2;
    VlWide<3>/*95:0*/ __Vtemp_h25a8f32e__2;
    VlWide<3>/*95:0*/ __Vtemp_h27ed8629__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__151;
    VlWide<3>/*95:0*/ __Vtemp_hffc8eed9__2;
    VlWide<3>/*95:0*/ __Vtemp_h255c88d2__2;
    VlWide<3>/*95:0*/ __Vtemp_h01267a9f__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__152;
    VlWide<3>/*95:0*/ __Vtemp_hfff627dd__2;
    VlWide<3>/*95:0*/ __Vtemp_h25a82936__2;
    VlWide<3>/*95:0*/ __Vtemp_h0906d322__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__153;
    VlWide<3>/*95:0*/ __Vtemp_hffba5031__2;
    VlWide<3>/*95:0*/ __Vtemp_h257bb01a__2;
    VlWide<3>/*95:0*/ __Vtemp_h0e06e44a__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__154;
    VlWide<3>/*95:0*/ __Vtemp_hffc066d5__2;
    VlWide<3>/*95:0*/ __Vtemp_h259fe83e__2;
    VlWide<3>/*95:0*/ __Vtemp_h15013708__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__155;
    VlWide<3>/*95:0*/ __Vtemp_h01627029__2;
    VlWide<3>/*95:0*/ __Vtemp_h25b3f122__2;
    VlWide<3>/*95:0*/ __Vtemp_h411e5c58__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__156;
    VlWide<3>/*95:0*/ __Vtemp_h016667ed__2;
    VlWide<3>/*95:0*/ __Vtemp_h2577a306__2;
    VlWide<3>/*95:0*/ __Vtemp_h53eabbc9__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__157;
    VlWide<3>/*95:0*/ __Vtemp_h016aaf41__2;
    VlWide<3>/*95:0*/ __Vtemp_h258bcaea__2;
    VlWide<3>/*95:0*/ __Vtemp_hf4099631__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__158;
    VlWide<3>/*95:0*/ __Vtemp_h016f28e5__2;
    VlWide<3>/*95:0*/ __Vtemp_h25afa30e__2;
    VlWide<3>/*95:0*/ __Vtemp_h16b2ae00__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__159;
    VlWide<3>/*95:0*/ __Vtemp_h0192d0f9__2;
    VlWide<3>/*95:0*/ __Vtemp_h25470a72__2;
    VlWide<3>/*95:0*/ __Vtemp_h0bdf5dc6__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__160;
    VlWide<3>/*95:0*/ __Vtemp_h0196237d__2;
    VlWide<3>/*95:0*/ __Vtemp_h254a6196__2;
    VlWide<3>/*95:0*/ __Vtemp_h08b60a40__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__161;
    VlWide<3>/*95:0*/ __Vtemp_h015a4ad1__2;
    VlWide<3>/*95:0*/ __Vtemp_h261e69ba__2;
    VlWide<3>/*95:0*/ __Vtemp_hd13b1322__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__162;
    VlWide<3>/*95:0*/ __Vtemp_hc6c62875__2;
    VlWide<3>/*95:0*/ __Vtemp_h9cd3e21e__2;
    VlWide<3>/*95:0*/ __Vtemp_h0645f41c__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__163;
    VlWide<3>/*95:0*/ __Vtemp_hc9ad2fc9__2;
    VlWide<3>/*95:0*/ __Vtemp_h8fb069c2__2;
    VlWide<3>/*95:0*/ __Vtemp_hb2dbd67c__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__164;
    VlWide<3>/*95:0*/ __Vtemp_hc9af648d__2;
    VlWide<3>/*95:0*/ __Vtemp_h9cd4e4e6__2;
    VlWide<3>/*95:0*/ __Vtemp_hffe5495e__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__165;
    VlWide<3>/*95:0*/ __Vtemp_hc72fac61__2;
    VlWide<3>/*95:0*/ __Vtemp_h8fa90d0a__2;
    VlWide<3>/*95:0*/ __Vtemp_h93ec98a7__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__166;
    VlWide<3>/*95:0*/ __Vtemp_hc733e485__2;
    VlWide<3>/*95:0*/ __Vtemp_h8fa4216e__2;
    VlWide<3>/*95:0*/ __Vtemp_hbc501a37__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__167;
    VlWide<3>/*95:0*/ __Vtemp_hc9980c99__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c808c92__2;
    VlWide<3>/*95:0*/ __Vtemp_h14375acf__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__168;
    VlWide<3>/*95:0*/ __Vtemp_hc9a0a31d__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c622bf6__2;
    VlWide<3>/*95:0*/ __Vtemp_h8c57e529__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__169;
    VlWide<3>/*95:0*/ __Vtemp_hc9a4caf1__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c78abda__2;
    VlWide<3>/*95:0*/ __Vtemp_hf559721c__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__170;
    VlWide<3>/*95:0*/ __Vtemp_hc9a3e215__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c79eb7e__2;
    VlWide<3>/*95:0*/ __Vtemp_h564ad696__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__171;
    VlWide<3>/*95:0*/ __Vtemp_hc989e9e9__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c8de3e2__2;
    VlWide<3>/*95:0*/ __Vtemp_hcd7fd8fb__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__172;
    VlWide<3>/*95:0*/ __Vtemp_hc98e652d__2;
    VlWide<3>/*95:0*/ __Vtemp_h9cb522c6__2;
    VlWide<3>/*95:0*/ __Vtemp_hbb864620__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__173;
    VlWide<3>/*95:0*/ __Vtemp_hc992ad01__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c894baa__2;
    VlWide<3>/*95:0*/ __Vtemp_h4cba290c__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__174;
    VlWide<3>/*95:0*/ __Vtemp_hc9962325__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c8d234e__2;
    VlWide<3>/*95:0*/ __Vtemp_hf5e37f7c__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__175;
    VlWide<3>/*95:0*/ __Vtemp_hc979c9b9__2;
    VlWide<3>/*95:0*/ __Vtemp_h9dde8c32__2;
    VlWide<3>/*95:0*/ __Vtemp_hbdfa7fda__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__176;
    VlWide<3>/*95:0*/ __Vtemp_hc9afacbd__2;
    VlWide<3>/*95:0*/ __Vtemp_h9dc56956__2;
    VlWide<3>/*95:0*/ __Vtemp_h996e1a52__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__177;
    VlWide<3>/*95:0*/ __Vtemp_hc983c591__2;
    VlWide<3>/*95:0*/ __Vtemp_h9dd9617a__2;
    VlWide<3>/*95:0*/ __Vtemp_h9538e2d5__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__178;
    VlWide<3>/*95:0*/ __Vtemp_hc802f3b5__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c5ce95e__2;
    VlWide<3>/*95:0*/ __Vtemp_hea4ba933__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__179;
    VlWide<3>/*95:0*/ __Vtemp_hc7eeab89__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c706482__2;
    VlWide<3>/*95:0*/ __Vtemp_h8e08777f__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__180;
    VlWide<3>/*95:0*/ __Vtemp_hc7ea6dcd__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c946ca6__2;
    VlWide<3>/*95:0*/ __Vtemp_he2f3e7d6__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__181;
    VlWide<3>/*95:0*/ __Vtemp_hcb76ac21__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c6883ca__2;
    VlWide<3>/*95:0*/ __Vtemp_h6d84ac05__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__182;
    VlWide<3>/*95:0*/ __Vtemp_hcb71e0c5__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c6cabae__2;
    VlWide<3>/*95:0*/ __Vtemp_hfb0ce8a7__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__183;
    VlWide<3>/*95:0*/ __Vtemp_hc7de0959__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c410452__2;
    VlWide<3>/*95:0*/ __Vtemp_h7b6ed544__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__184;
    VlWide<3>/*95:0*/ __Vtemp_hc7da215d__2;
    VlWide<3>/*95:0*/ __Vtemp_h9d252db6__2;
    VlWide<3>/*95:0*/ __Vtemp_h80b63690__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__185;
    VlWide<3>/*95:0*/ __Vtemp_hc7e649b1__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c38a39a__2;
    VlWide<3>/*95:0*/ __Vtemp_h33b126c5__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__186;
    VlWide<3>/*95:0*/ __Vtemp_hc7e2b355__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c3cebbe__2;
    VlWide<3>/*95:0*/ __Vtemp_haeda8edc__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__187;
    VlWide<3>/*95:0*/ __Vtemp_hc6ce66a9__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c50e5a2__2;
    VlWide<3>/*95:0*/ __Vtemp_h67c38ae3__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__188;
    VlWide<3>/*95:0*/ __Vtemp_hc6c2f36d__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c74a986__2;
    VlWide<3>/*95:0*/ __Vtemp_hda6b25ef__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__189;
    VlWide<3>/*95:0*/ __Vtemp_hc6d6aac1__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c48c16a__2;
    VlWide<3>/*95:0*/ __Vtemp_ha2636a69__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__190;
    VlWide<3>/*95:0*/ __Vtemp_hc6cb2d65__2;
    VlWide<3>/*95:0*/ __Vtemp_h9c4ca98e__2;
    VlWide<3>/*95:0*/ __Vtemp_h3d2f6d8b__0;
    VlWide<3>/*95:0*/ __Vtemp_h63419b7c__191;
    // Body
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
                                                           vlSelf->pd_top__DOT__q_cq_base[
                                                           (((IData)(0x3fU) 
                                                             + 
                                                             (0x3ffU 
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
                                                                  vlSelf->pd_top__DOT__q_cq_base[
                                                                  (((IData)(0x1fU) 
                                                                    + 
                                                                    (0x3ffU 
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
                                                                vlSelf->pd_top__DOT__q_cq_base[
                                                                (0x1eU 
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
                                                                   (vlSelf->pd_top__DOT__q_cq_tail[
                                                                    (((IData)(0xfU) 
                                                                      + 
                                                                      (0xffU 
                                                                       & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                                          << 4U))) 
                                                                     >> 5U)] 
                                                                    << 
                                                                    ((IData)(0x20U) 
                                                                     - 
                                                                     (0x1fU 
                                                                      & ((IData)(vlSelf->pd_top__DOT__fetch__DOT__g) 
                                                                         << 4U))))) 
                                                                  | (vlSelf->pd_top__DOT__q_cq_tail[
                                                                     (7U 
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
                                                                    ((0x4fU 
                                                                      >= 
                                                                      (0x7fU 
                                                                       & ((IData)(5U) 
                                                                          * (IData)(vlSelf->pd_top__DOT__fetch__DOT__g))))
                                                                      ? 
                                                                     (0x1fU 
                                                                      & (((0U 
                                                                           == 
                                                                           (0x1fU 
                                                                            & ((IData)(5U) 
                                                                               * (IData)(vlSelf->pd_top__DOT__fetch__DOT__g))))
                                                                           ? 0U
                                                                           : 
                                                                          (vlSelf->pd_top__DOT__q_cq_log2[
                                                                           (((IData)(4U) 
                                                                             + 
                                                                             (0x7fU 
                                                                              & ((IData)(5U) 
                                                                                * (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) 
                                                                            >> 5U)] 
                                                                           << 
                                                                           ((IData)(0x20U) 
                                                                            - 
                                                                            (0x1fU 
                                                                             & ((IData)(5U) 
                                                                                * (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))))) 
                                                                         | (vlSelf->pd_top__DOT__q_cq_log2[
                                                                            (3U 
                                                                             & (((IData)(5U) 
                                                                                * (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)) 
                                                                                >> 5U))] 
                                                                            >> 
                                                                            (0x1fU 
                                                                             & ((IData)(5U) 
                                                                                * (IData)(vlSelf->pd_top__DOT__fetch__DOT__g))))))
                                                                      : 0U)) 
                                                                   - (IData)(1U)))))) 
                                            << 4U));
    vlSelf->pd_top__DOT__fetch__DOT__g_sqm = (0xffffU 
                                              & (((IData)(1U) 
                                                  << 
                                                  ((0x4fU 
                                                    >= 
                                                    (0x7fU 
                                                     & ((IData)(5U) 
                                                        * (IData)(vlSelf->pd_top__DOT__fetch__DOT__g))))
                                                    ? 
                                                   (0x1fU 
                                                    & (((0U 
                                                         == 
                                                         (0x1fU 
                                                          & ((IData)(5U) 
                                                             * (IData)(vlSelf->pd_top__DOT__fetch__DOT__g))))
                                                         ? 0U
                                                         : 
                                                        (vlSelf->pd_top__DOT__q_sq_log2[
                                                         (((IData)(4U) 
                                                           + 
                                                           (0x7fU 
                                                            & ((IData)(5U) 
                                                               * (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))) 
                                                          >> 5U)] 
                                                         << 
                                                         ((IData)(0x20U) 
                                                          - 
                                                          (0x1fU 
                                                           & ((IData)(5U) 
                                                              * (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)))))) 
                                                       | (vlSelf->pd_top__DOT__q_sq_log2[
                                                          (3U 
                                                           & (((IData)(5U) 
                                                               * (IData)(vlSelf->pd_top__DOT__fetch__DOT__g)) 
                                                              >> 5U))] 
                                                          >> 
                                                          (0x1fU 
                                                           & ((IData)(5U) 
                                                              * (IData)(vlSelf->pd_top__DOT__fetch__DOT__g))))))
                                                    : 0U)) 
                                                 - (IData)(1U)));
    vlSelf->pd_top__DOT__copy_rd__DOT__reserved_next 
        = (0x1ffU & (((IData)(vlSelf->pd_top__DOT__copy_rd__DOT__reserved_reg) 
                      + ((IData)(vlSelf->pd_top__DOT__copy_rd__DOT__issue)
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
    __Vtemp_hc49bf272__0[0U] = vlSelf->pd_top__DOT__wr__DOT__cqe[0U];
    __Vtemp_hc49bf272__0[1U] = vlSelf->pd_top__DOT__wr__DOT__cqe[1U];
    __Vtemp_hc49bf272__0[2U] = vlSelf->pd_top__DOT__wr__DOT__cqe[2U];
    __Vtemp_hc49bf272__0[3U] = vlSelf->pd_top__DOT__wr__DOT__cqe[3U];
    __Vtemp_hc49bf272__0[4U] = 0U;
    __Vtemp_hc49bf272__0[5U] = 0U;
    __Vtemp_hc49bf272__0[6U] = 0U;
    __Vtemp_hc49bf272__0[7U] = 0U;
    __Vtemp_hc49bf272__0[8U] = 0U;
    __Vtemp_hc49bf272__0[9U] = 0U;
    __Vtemp_hc49bf272__0[0xaU] = 0U;
    __Vtemp_hc49bf272__0[0xbU] = 0U;
    __Vtemp_hc49bf272__0[0xcU] = 0U;
    __Vtemp_hc49bf272__0[0xdU] = 0U;
    __Vtemp_hc49bf272__0[0xeU] = 0U;
    __Vtemp_hc49bf272__0[0xfU] = 0U;
    __Vtemp_hc49bf272__0[0x10U] = 0U;
    __Vtemp_hc49bf272__0[0x11U] = 0U;
    __Vtemp_hc49bf272__0[0x12U] = 0U;
    __Vtemp_hc49bf272__0[0x13U] = 0U;
    __Vtemp_hc49bf272__0[0x14U] = 0U;
    __Vtemp_hc49bf272__0[0x15U] = 0U;
    __Vtemp_hc49bf272__0[0x16U] = 0U;
    __Vtemp_hc49bf272__0[0x17U] = 0U;
    __Vtemp_hc49bf272__0[0x18U] = 0U;
    __Vtemp_hc49bf272__0[0x19U] = 0U;
    __Vtemp_hc49bf272__0[0x1aU] = 0U;
    __Vtemp_hc49bf272__0[0x1bU] = 0U;
    __Vtemp_hc49bf272__0[0x1cU] = 0U;
    __Vtemp_hc49bf272__0[0x1dU] = 0U;
    __Vtemp_hc49bf272__0[0x1eU] = 0U;
    __Vtemp_hc49bf272__0[0x1fU] = 0U;
    VL_SHIFTL_WWI(1024,1024,9, __Vtemp_h2772bd5b__0, __Vtemp_hc49bf272__0, 
                  (0x1f8U & ((IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr) 
                             << 3U)));
    __Vtemp_hc5bc3452__0[0U] = vlSelf->pd_top__DOT__wr__DOT__cqe[0U];
    __Vtemp_hc5bc3452__0[1U] = vlSelf->pd_top__DOT__wr__DOT__cqe[1U];
    __Vtemp_hc5bc3452__0[2U] = vlSelf->pd_top__DOT__wr__DOT__cqe[2U];
    __Vtemp_hc5bc3452__0[3U] = vlSelf->pd_top__DOT__wr__DOT__cqe[3U];
    __Vtemp_hc5bc3452__0[4U] = 0U;
    __Vtemp_hc5bc3452__0[5U] = 0U;
    __Vtemp_hc5bc3452__0[6U] = 0U;
    __Vtemp_hc5bc3452__0[7U] = 0U;
    __Vtemp_hc5bc3452__0[8U] = 0U;
    __Vtemp_hc5bc3452__0[9U] = 0U;
    __Vtemp_hc5bc3452__0[0xaU] = 0U;
    __Vtemp_hc5bc3452__0[0xbU] = 0U;
    __Vtemp_hc5bc3452__0[0xcU] = 0U;
    __Vtemp_hc5bc3452__0[0xdU] = 0U;
    __Vtemp_hc5bc3452__0[0xeU] = 0U;
    __Vtemp_hc5bc3452__0[0xfU] = 0U;
    VL_SHIFTL_WWI(512,512,9, __Vtemp_h63418a61__0, __Vtemp_hc5bc3452__0, 
                  (0x1f8U & ((IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr) 
                             << 3U)));
    if ((2U == (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
        vlSelf->m_wr_dat_strb = (((QData)((IData)(vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[1U])) 
                                  << 0x20U) | (QData)((IData)(
                                                              vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0U])));
        vlSelf->m_wr_dat_data[0U] = vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[2U];
        vlSelf->m_wr_dat_data[1U] = vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[3U];
        vlSelf->m_wr_dat_data[2U] = vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[4U];
        vlSelf->m_wr_dat_data[3U] = vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[5U];
        vlSelf->m_wr_dat_data[4U] = vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[6U];
        vlSelf->m_wr_dat_data[5U] = vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[7U];
        vlSelf->m_wr_dat_data[6U] = vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[8U];
        vlSelf->m_wr_dat_data[7U] = vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[9U];
        vlSelf->m_wr_dat_data[8U] = vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0xaU];
        vlSelf->m_wr_dat_data[9U] = vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0xbU];
        vlSelf->m_wr_dat_data[0xaU] = vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0xcU];
        vlSelf->m_wr_dat_data[0xbU] = vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0xdU];
        vlSelf->m_wr_dat_data[0xcU] = vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0xeU];
        vlSelf->m_wr_dat_data[0xdU] = vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0xfU];
        vlSelf->m_wr_dat_data[0xeU] = vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0x10U];
        vlSelf->m_wr_dat_data[0xfU] = vlSelf->pd_top__DOT____Vcellout__out_fifo__m_data[0x11U];
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
            vlSelf->m_wr_dat_data[0U] = __Vtemp_h2772bd5b__0[0x10U];
            vlSelf->m_wr_dat_data[1U] = __Vtemp_h2772bd5b__0[0x11U];
            vlSelf->m_wr_dat_data[2U] = __Vtemp_h2772bd5b__0[0x12U];
            vlSelf->m_wr_dat_data[3U] = __Vtemp_h2772bd5b__0[0x13U];
            vlSelf->m_wr_dat_data[4U] = __Vtemp_h2772bd5b__0[0x14U];
            vlSelf->m_wr_dat_data[5U] = __Vtemp_h2772bd5b__0[0x15U];
            vlSelf->m_wr_dat_data[6U] = __Vtemp_h2772bd5b__0[0x16U];
            vlSelf->m_wr_dat_data[7U] = __Vtemp_h2772bd5b__0[0x17U];
            vlSelf->m_wr_dat_data[8U] = __Vtemp_h2772bd5b__0[0x18U];
            vlSelf->m_wr_dat_data[9U] = __Vtemp_h2772bd5b__0[0x19U];
            vlSelf->m_wr_dat_data[0xaU] = __Vtemp_h2772bd5b__0[0x1aU];
            vlSelf->m_wr_dat_data[0xbU] = __Vtemp_h2772bd5b__0[0x1bU];
            vlSelf->m_wr_dat_data[0xcU] = __Vtemp_h2772bd5b__0[0x1cU];
            vlSelf->m_wr_dat_data[0xdU] = __Vtemp_h2772bd5b__0[0x1dU];
            vlSelf->m_wr_dat_data[0xeU] = __Vtemp_h2772bd5b__0[0x1eU];
            vlSelf->m_wr_dat_data[0xfU] = __Vtemp_h2772bd5b__0[0x1fU];
        } else {
            vlSelf->m_wr_dat_data[0U] = __Vtemp_h63418a61__0[0U];
            vlSelf->m_wr_dat_data[1U] = __Vtemp_h63418a61__0[1U];
            vlSelf->m_wr_dat_data[2U] = __Vtemp_h63418a61__0[2U];
            vlSelf->m_wr_dat_data[3U] = __Vtemp_h63418a61__0[3U];
            vlSelf->m_wr_dat_data[4U] = __Vtemp_h63418a61__0[4U];
            vlSelf->m_wr_dat_data[5U] = __Vtemp_h63418a61__0[5U];
            vlSelf->m_wr_dat_data[6U] = __Vtemp_h63418a61__0[6U];
            vlSelf->m_wr_dat_data[7U] = __Vtemp_h63418a61__0[7U];
            vlSelf->m_wr_dat_data[8U] = __Vtemp_h63418a61__0[8U];
            vlSelf->m_wr_dat_data[9U] = __Vtemp_h63418a61__0[9U];
            vlSelf->m_wr_dat_data[0xaU] = __Vtemp_h63418a61__0[0xaU];
            vlSelf->m_wr_dat_data[0xbU] = __Vtemp_h63418a61__0[0xbU];
            vlSelf->m_wr_dat_data[0xcU] = __Vtemp_h63418a61__0[0xcU];
            vlSelf->m_wr_dat_data[0xdU] = __Vtemp_h63418a61__0[0xdU];
            vlSelf->m_wr_dat_data[0xeU] = __Vtemp_h63418a61__0[0xeU];
            vlSelf->m_wr_dat_data[0xfU] = __Vtemp_h63418a61__0[0xfU];
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hd58d27f2__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hd58d27f2__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hd58d27f2__0[2U]);
    __Vtemp_h63419b7c__0[0U] = 0U;
    __Vtemp_h63419b7c__0[1U] = 0U;
    __Vtemp_h63419b7c__0[2U] = 1U;
    if (((((IData)(vlSelf->pd_top__DOT__win_enable) 
           & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[1U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__0, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h3d5328d7__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h3d5328d7__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h3d5328d7__0[2U]);
    __Vtemp_h63419b7c__1[0U] = 0U;
    __Vtemp_h63419b7c__1[1U] = 0U;
    __Vtemp_h63419b7c__1[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 1U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[3U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[2U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__1, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h59858391__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h59858391__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h59858391__0[2U]);
    __Vtemp_h63419b7c__2[0U] = 0U;
    __Vtemp_h63419b7c__2[1U] = 0U;
    __Vtemp_h63419b7c__2[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 2U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[5U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[4U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__2, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hc28559c5__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hc28559c5__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hc28559c5__0[2U]);
    __Vtemp_h63419b7c__3[0U] = 0U;
    __Vtemp_h63419b7c__3[1U] = 0U;
    __Vtemp_h63419b7c__3[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 3U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[7U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[6U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h88978095__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h88978095__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h88978095__0[2U]);
    __Vtemp_h63419b7c__4[0U] = 0U;
    __Vtemp_h63419b7c__4[1U] = 0U;
    __Vtemp_h63419b7c__4[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 4U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[9U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[8U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__4, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h653037e1__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h653037e1__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h653037e1__0[2U]);
    __Vtemp_h63419b7c__5[0U] = 0U;
    __Vtemp_h63419b7c__5[1U] = 0U;
    __Vtemp_h63419b7c__5[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 5U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[0xbU])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[0xaU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__5, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hd9a5d8f4__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hd9a5d8f4__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hd9a5d8f4__0[2U]);
    __Vtemp_h63419b7c__6[0U] = 0U;
    __Vtemp_h63419b7c__6[1U] = 0U;
    __Vtemp_h63419b7c__6[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 6U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[0xdU])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[0xcU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__6, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hc4762569__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hc4762569__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hc4762569__0[2U]);
    __Vtemp_h63419b7c__7[0U] = 0U;
    __Vtemp_h63419b7c__7[1U] = 0U;
    __Vtemp_h63419b7c__7[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 7U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[0xfU])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[0xeU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__7, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h7d4257d6__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h7d4257d6__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h7d4257d6__0[2U]);
    __Vtemp_h63419b7c__8[0U] = 0U;
    __Vtemp_h63419b7c__8[1U] = 0U;
    __Vtemp_h63419b7c__8[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 8U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[0x11U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[0x10U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__8, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h2bfebf3d__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h2bfebf3d__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h2bfebf3d__0[2U]);
    __Vtemp_h63419b7c__9[0U] = 0U;
    __Vtemp_h63419b7c__9[1U] = 0U;
    __Vtemp_h63419b7c__9[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 9U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[0x13U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[0x12U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__9, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    VL_ADD_W(3, __Vtemp_h04ddfaff__0, __Vtemp_h01b2a571__0, __Vtemp_h2561c65a__0);
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h04ddfaff__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h04ddfaff__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h04ddfaff__0[2U]);
    __Vtemp_h63419b7c__10[0U] = 0U;
    __Vtemp_h63419b7c__10[1U] = 0U;
    __Vtemp_h63419b7c__10[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xaU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x15U])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x14U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__10, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h703ff7f6__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h703ff7f6__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h703ff7f6__0[2U]);
    __Vtemp_h63419b7c__11[0U] = 0U;
    __Vtemp_h63419b7c__11[1U] = 0U;
    __Vtemp_h63419b7c__11[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xbU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x17U])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x16U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__11, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h4928e3ec__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h4928e3ec__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h4928e3ec__0[2U]);
    __Vtemp_h63419b7c__12[0U] = 0U;
    __Vtemp_h63419b7c__12[1U] = 0U;
    __Vtemp_h63419b7c__12[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xcU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x19U])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x18U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__12, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h130229a1__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h130229a1__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h130229a1__0[2U]);
    __Vtemp_h63419b7c__13[0U] = 0U;
    __Vtemp_h63419b7c__13[1U] = 0U;
    __Vtemp_h63419b7c__13[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xdU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x1bU])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x1aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__13, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h8bb33928__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h8bb33928__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8bb33928__0[2U]);
    __Vtemp_h63419b7c__14[0U] = 0U;
    __Vtemp_h63419b7c__14[1U] = 0U;
    __Vtemp_h63419b7c__14[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xeU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x1dU])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x1cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__14, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h51d80b89__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h51d80b89__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h51d80b89__0[2U]);
    __Vtemp_h63419b7c__15[0U] = 0U;
    __Vtemp_h63419b7c__15[1U] = 0U;
    __Vtemp_h63419b7c__15[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xfU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x1fU])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x1eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__15, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h0aa872af__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h0aa872af__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h0aa872af__0[2U]);
    __Vtemp_h63419b7c__16[0U] = 0U;
    __Vtemp_h63419b7c__16[1U] = 0U;
    __Vtemp_h63419b7c__16[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x10U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x21U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x20U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__16, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h0e68dbf6__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h0e68dbf6__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h0e68dbf6__0[2U]);
    __Vtemp_h63419b7c__17[0U] = 0U;
    __Vtemp_h63419b7c__17[1U] = 0U;
    __Vtemp_h63419b7c__17[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x11U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x23U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x22U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__17, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h02d75852__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h02d75852__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h02d75852__0[2U]);
    __Vtemp_h63419b7c__18[0U] = 0U;
    __Vtemp_h63419b7c__18[1U] = 0U;
    __Vtemp_h63419b7c__18[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x12U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x25U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x24U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__18, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hb1470bbe__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hb1470bbe__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hb1470bbe__0[2U]);
    __Vtemp_h63419b7c__19[0U] = 0U;
    __Vtemp_h63419b7c__19[1U] = 0U;
    __Vtemp_h63419b7c__19[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x13U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x27U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x26U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__19, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h085a9b37__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h085a9b37__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h085a9b37__0[2U]);
    __Vtemp_h63419b7c__20[0U] = 0U;
    __Vtemp_h63419b7c__20[1U] = 0U;
    __Vtemp_h63419b7c__20[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x14U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x29U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x28U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__20, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h89bbbc0b__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h89bbbc0b__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h89bbbc0b__0[2U]);
    __Vtemp_h63419b7c__21[0U] = 0U;
    __Vtemp_h63419b7c__21[1U] = 0U;
    __Vtemp_h63419b7c__21[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x15U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x2bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x2aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__21, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h37c2307d__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h37c2307d__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h37c2307d__0[2U]);
    __Vtemp_h63419b7c__22[0U] = 0U;
    __Vtemp_h63419b7c__22[1U] = 0U;
    __Vtemp_h63419b7c__22[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x16U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x2dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x2cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__22, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_he9383e4d__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_he9383e4d__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_he9383e4d__0[2U]);
    __Vtemp_h63419b7c__23[0U] = 0U;
    __Vtemp_h63419b7c__23[1U] = 0U;
    __Vtemp_h63419b7c__23[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x17U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x2fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x2eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__23, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h13818e0e__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h13818e0e__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h13818e0e__0[2U]);
    __Vtemp_h63419b7c__24[0U] = 0U;
    __Vtemp_h63419b7c__24[1U] = 0U;
    __Vtemp_h63419b7c__24[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x18U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x31U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x30U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__24, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_ha3941df3__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_ha3941df3__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_ha3941df3__0[2U]);
    __Vtemp_h63419b7c__25[0U] = 0U;
    __Vtemp_h63419b7c__25[1U] = 0U;
    __Vtemp_h63419b7c__25[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x19U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x33U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x32U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__25, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h627c0b98__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h627c0b98__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h627c0b98__0[2U]);
    __Vtemp_h63419b7c__26[0U] = 0U;
    __Vtemp_h63419b7c__26[1U] = 0U;
    __Vtemp_h63419b7c__26[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1aU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x35U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x34U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__26, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h378fdcb0__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h378fdcb0__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h378fdcb0__0[2U]);
    __Vtemp_h63419b7c__27[0U] = 0U;
    __Vtemp_h63419b7c__27[1U] = 0U;
    __Vtemp_h63419b7c__27[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1bU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x37U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x36U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__27, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h348a6086__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h348a6086__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h348a6086__0[2U]);
    __Vtemp_h63419b7c__28[0U] = 0U;
    __Vtemp_h63419b7c__28[1U] = 0U;
    __Vtemp_h63419b7c__28[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1cU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x39U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x38U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__28, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hde84ca5e__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hde84ca5e__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hde84ca5e__0[2U]);
    __Vtemp_h63419b7c__29[0U] = 0U;
    __Vtemp_h63419b7c__29[1U] = 0U;
    __Vtemp_h63419b7c__29[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1dU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x3bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x3aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__29, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h49db7209__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h49db7209__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h49db7209__0[2U]);
    __Vtemp_h63419b7c__30[0U] = 0U;
    __Vtemp_h63419b7c__30[1U] = 0U;
    __Vtemp_h63419b7c__30[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1eU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x3dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x3cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__30, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h49bae184__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h49bae184__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h49bae184__0[2U]);
    __Vtemp_h63419b7c__31[0U] = 0U;
    __Vtemp_h63419b7c__31[1U] = 0U;
    __Vtemp_h63419b7c__31[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1fU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x3fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x3eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__31, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hfbe56ad2__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hfbe56ad2__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hfbe56ad2__0[2U]);
    __Vtemp_h63419b7c__32[0U] = 0U;
    __Vtemp_h63419b7c__32[1U] = 0U;
    __Vtemp_h63419b7c__32[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x20U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x41U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x40U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__32, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_habf32950__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_habf32950__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_habf32950__0[2U]);
    __Vtemp_h63419b7c__33[0U] = 0U;
    __Vtemp_h63419b7c__33[1U] = 0U;
    __Vtemp_h63419b7c__33[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x21U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x43U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x42U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__33, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h8e5af411__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h8e5af411__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8e5af411__0[2U]);
    __Vtemp_h63419b7c__34[0U] = 0U;
    __Vtemp_h63419b7c__34[1U] = 0U;
    __Vtemp_h63419b7c__34[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x22U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x45U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x44U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__34, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h872b0596__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h872b0596__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h872b0596__0[2U]);
    __Vtemp_h63419b7c__35[0U] = 0U;
    __Vtemp_h63419b7c__35[1U] = 0U;
    __Vtemp_h63419b7c__35[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x23U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x47U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x46U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__35, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_heeae4316__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_heeae4316__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_heeae4316__0[2U]);
    __Vtemp_h63419b7c__36[0U] = 0U;
    __Vtemp_h63419b7c__36[1U] = 0U;
    __Vtemp_h63419b7c__36[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x24U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x49U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x48U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__36, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hff147d62__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hff147d62__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hff147d62__0[2U]);
    __Vtemp_h63419b7c__37[0U] = 0U;
    __Vtemp_h63419b7c__37[1U] = 0U;
    __Vtemp_h63419b7c__37[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x25U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x4bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x4aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__37, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hac505ed0__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hac505ed0__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hac505ed0__0[2U]);
    __Vtemp_h63419b7c__38[0U] = 0U;
    __Vtemp_h63419b7c__38[1U] = 0U;
    __Vtemp_h63419b7c__38[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x26U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x4dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x4cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__38, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_ha5316085__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_ha5316085__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_ha5316085__0[2U]);
    __Vtemp_h63419b7c__39[0U] = 0U;
    __Vtemp_h63419b7c__39[1U] = 0U;
    __Vtemp_h63419b7c__39[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x27U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x4fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x4eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__39, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h8095e9b2__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h8095e9b2__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8095e9b2__0[2U]);
    __Vtemp_h63419b7c__40[0U] = 0U;
    __Vtemp_h63419b7c__40[1U] = 0U;
    __Vtemp_h63419b7c__40[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x28U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x51U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x50U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__40, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h654a1d34__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h654a1d34__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h654a1d34__0[2U]);
    __Vtemp_h63419b7c__41[0U] = 0U;
    __Vtemp_h63419b7c__41[1U] = 0U;
    __Vtemp_h63419b7c__41[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x29U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x53U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x52U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__41, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hd8ba21b4__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hd8ba21b4__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hd8ba21b4__0[2U]);
    __Vtemp_h63419b7c__42[0U] = 0U;
    __Vtemp_h63419b7c__42[1U] = 0U;
    __Vtemp_h63419b7c__42[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2aU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x55U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x54U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__42, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hc2deaff3__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hc2deaff3__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hc2deaff3__0[2U]);
    __Vtemp_h63419b7c__43[0U] = 0U;
    __Vtemp_h63419b7c__43[1U] = 0U;
    __Vtemp_h63419b7c__43[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2bU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x57U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x56U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__43, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_ha2c54c82__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_ha2c54c82__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_ha2c54c82__0[2U]);
    __Vtemp_h63419b7c__44[0U] = 0U;
    __Vtemp_h63419b7c__44[1U] = 0U;
    __Vtemp_h63419b7c__44[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2cU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x59U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x58U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__44, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h95d4f8b0__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h95d4f8b0__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h95d4f8b0__0[2U]);
    __Vtemp_h63419b7c__45[0U] = 0U;
    __Vtemp_h63419b7c__45[1U] = 0U;
    __Vtemp_h63419b7c__45[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2dU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x5bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x5aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__45, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h42fe3fc6__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h42fe3fc6__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h42fe3fc6__0[2U]);
    __Vtemp_h63419b7c__46[0U] = 0U;
    __Vtemp_h63419b7c__46[1U] = 0U;
    __Vtemp_h63419b7c__46[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2eU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x5dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x5cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__46, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h7eec21c5__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h7eec21c5__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h7eec21c5__0[2U]);
    __Vtemp_h63419b7c__47[0U] = 0U;
    __Vtemp_h63419b7c__47[1U] = 0U;
    __Vtemp_h63419b7c__47[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2fU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x5fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x5eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__47, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h5da81330__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h5da81330__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h5da81330__0[2U]);
    __Vtemp_h63419b7c__48[0U] = 0U;
    __Vtemp_h63419b7c__48[1U] = 0U;
    __Vtemp_h63419b7c__48[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x30U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x61U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x60U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__48, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hf3b812cd__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hf3b812cd__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf3b812cd__0[2U]);
    __Vtemp_h63419b7c__49[0U] = 0U;
    __Vtemp_h63419b7c__49[1U] = 0U;
    __Vtemp_h63419b7c__49[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x31U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x63U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x62U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__49, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hdc3f0a53__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hdc3f0a53__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hdc3f0a53__0[2U]);
    __Vtemp_h63419b7c__50[0U] = 0U;
    __Vtemp_h63419b7c__50[1U] = 0U;
    __Vtemp_h63419b7c__50[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x32U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x65U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x64U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__50, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h1645ea71__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h1645ea71__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1645ea71__0[2U]);
    __Vtemp_h63419b7c__51[0U] = 0U;
    __Vtemp_h63419b7c__51[1U] = 0U;
    __Vtemp_h63419b7c__51[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x33U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x67U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x66U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__51, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h774f1d5e__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h774f1d5e__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h774f1d5e__0[2U]);
    __Vtemp_h63419b7c__52[0U] = 0U;
    __Vtemp_h63419b7c__52[1U] = 0U;
    __Vtemp_h63419b7c__52[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x34U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x69U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x68U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__52, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h64ab09f8__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h64ab09f8__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h64ab09f8__0[2U]);
    __Vtemp_h63419b7c__53[0U] = 0U;
    __Vtemp_h63419b7c__53[1U] = 0U;
    __Vtemp_h63419b7c__53[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x35U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x6bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x6aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__53, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h69c9afdd__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h69c9afdd__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h69c9afdd__0[2U]);
    __Vtemp_h63419b7c__54[0U] = 0U;
    __Vtemp_h63419b7c__54[1U] = 0U;
    __Vtemp_h63419b7c__54[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x36U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x6dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x6cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__54, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h52af8f29__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h52af8f29__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h52af8f29__0[2U]);
    __Vtemp_h63419b7c__55[0U] = 0U;
    __Vtemp_h63419b7c__55[1U] = 0U;
    __Vtemp_h63419b7c__55[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x37U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x6fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x6eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__55, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h837d01b1__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h837d01b1__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h837d01b1__0[2U]);
    __Vtemp_h63419b7c__56[0U] = 0U;
    __Vtemp_h63419b7c__56[1U] = 0U;
    __Vtemp_h63419b7c__56[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x38U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x71U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x70U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__56, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h689c9a44__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h689c9a44__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h689c9a44__0[2U]);
    __Vtemp_h63419b7c__57[0U] = 0U;
    __Vtemp_h63419b7c__57[1U] = 0U;
    __Vtemp_h63419b7c__57[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x39U)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x73U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x72U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__57, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h5cfa0fee__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h5cfa0fee__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h5cfa0fee__0[2U]);
    __Vtemp_h63419b7c__58[0U] = 0U;
    __Vtemp_h63419b7c__58[1U] = 0U;
    __Vtemp_h63419b7c__58[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3aU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x75U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x74U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__58, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hddc510e0__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hddc510e0__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hddc510e0__0[2U]);
    __Vtemp_h63419b7c__59[0U] = 0U;
    __Vtemp_h63419b7c__59[1U] = 0U;
    __Vtemp_h63419b7c__59[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3bU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x77U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x76U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__59, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hb3344f3f__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hb3344f3f__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hb3344f3f__0[2U]);
    __Vtemp_h63419b7c__60[0U] = 0U;
    __Vtemp_h63419b7c__60[1U] = 0U;
    __Vtemp_h63419b7c__60[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3cU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x79U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x78U]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__60, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hea42351f__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hea42351f__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hea42351f__0[2U]);
    __Vtemp_h63419b7c__61[0U] = 0U;
    __Vtemp_h63419b7c__61[1U] = 0U;
    __Vtemp_h63419b7c__61[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3dU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x7bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x7aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__61, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h2024b7d9__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h2024b7d9__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h2024b7d9__0[2U]);
    __Vtemp_h63419b7c__62[0U] = 0U;
    __Vtemp_h63419b7c__62[1U] = 0U;
    __Vtemp_h63419b7c__62[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3eU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x7dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x7cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__62, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__wr__DOT__cqe_ok = 1U;
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
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h0371b847__0[0U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h0371b847__0[1U];
    pd_top__DOT__wr__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h0371b847__0[2U]);
    __Vtemp_h63419b7c__63[0U] = 0U;
    __Vtemp_h63419b7c__63[1U] = 0U;
    __Vtemp_h63419b7c__63[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3fU)) & (vlSelf->pd_top__DOT__wr__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x7fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x7eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr, pd_top__DOT__wr__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__63, pd_top__DOT__wr__DOT__cqe_check__DOT__end_addr))) {
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h018eb3b5__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h018eb3b5__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h018eb3b5__0[2U]);
    __Vtemp_h63419b7c__64[0U] = 0U;
    __Vtemp_h63419b7c__64[1U] = 0U;
    __Vtemp_h63419b7c__64[2U] = 1U;
    if (((((IData)(vlSelf->pd_top__DOT__win_enable) 
           & (pd_top__DOT__fetch__DOT__cqe_addr >= 
              (((QData)((IData)(vlSelf->pd_top__DOT__win_base[1U])) 
                << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__64, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h958059aa__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h958059aa__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h958059aa__0[2U]);
    __Vtemp_h63419b7c__65[0U] = 0U;
    __Vtemp_h63419b7c__65[1U] = 0U;
    __Vtemp_h63419b7c__65[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 1U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[3U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[2U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__65, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h1cfc77ed__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h1cfc77ed__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1cfc77ed__0[2U]);
    __Vtemp_h63419b7c__66[0U] = 0U;
    __Vtemp_h63419b7c__66[1U] = 0U;
    __Vtemp_h63419b7c__66[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 2U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[5U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[4U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__66, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hcad1066e__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hcad1066e__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hcad1066e__0[2U]);
    __Vtemp_h63419b7c__67[0U] = 0U;
    __Vtemp_h63419b7c__67[1U] = 0U;
    __Vtemp_h63419b7c__67[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 3U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[7U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[6U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__67, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hfdbe0ab5__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hfdbe0ab5__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hfdbe0ab5__0[2U]);
    __Vtemp_h63419b7c__68[0U] = 0U;
    __Vtemp_h63419b7c__68[1U] = 0U;
    __Vtemp_h63419b7c__68[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 4U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[9U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[8U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__68, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h79c8b17e__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h79c8b17e__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h79c8b17e__0[2U]);
    __Vtemp_h63419b7c__69[0U] = 0U;
    __Vtemp_h63419b7c__69[1U] = 0U;
    __Vtemp_h63419b7c__69[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 5U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[0xbU])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[0xaU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__69, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h8248248c__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h8248248c__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8248248c__0[2U]);
    __Vtemp_h63419b7c__70[0U] = 0U;
    __Vtemp_h63419b7c__70[1U] = 0U;
    __Vtemp_h63419b7c__70[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 6U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[0xdU])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[0xcU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__70, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h8092a19d__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h8092a19d__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8092a19d__0[2U]);
    __Vtemp_h63419b7c__71[0U] = 0U;
    __Vtemp_h63419b7c__71[1U] = 0U;
    __Vtemp_h63419b7c__71[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 7U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[0xfU])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[0xeU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__71, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hb7e0085a__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hb7e0085a__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hb7e0085a__0[2U]);
    __Vtemp_h63419b7c__72[0U] = 0U;
    __Vtemp_h63419b7c__72[1U] = 0U;
    __Vtemp_h63419b7c__72[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 8U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[0x11U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[0x10U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__72, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hf5babec2__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hf5babec2__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf5babec2__0[2U]);
    __Vtemp_h63419b7c__73[0U] = 0U;
    __Vtemp_h63419b7c__73[1U] = 0U;
    __Vtemp_h63419b7c__73[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 9U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[0x13U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[0x12U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__73, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h65c4ef8f__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h65c4ef8f__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h65c4ef8f__0[2U]);
    __Vtemp_h63419b7c__74[0U] = 0U;
    __Vtemp_h63419b7c__74[1U] = 0U;
    __Vtemp_h63419b7c__74[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xaU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x15U])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x14U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__74, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h8c31ef4b__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h8c31ef4b__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8c31ef4b__0[2U]);
    __Vtemp_h63419b7c__75[0U] = 0U;
    __Vtemp_h63419b7c__75[1U] = 0U;
    __Vtemp_h63419b7c__75[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xbU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x17U])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x16U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__75, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h1403bcb2__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h1403bcb2__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1403bcb2__0[2U]);
    __Vtemp_h63419b7c__76[0U] = 0U;
    __Vtemp_h63419b7c__76[1U] = 0U;
    __Vtemp_h63419b7c__76[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xcU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x19U])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x18U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__76, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hb845151a__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hb845151a__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hb845151a__0[2U]);
    __Vtemp_h63419b7c__77[0U] = 0U;
    __Vtemp_h63419b7c__77[1U] = 0U;
    __Vtemp_h63419b7c__77[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xdU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x1bU])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x1aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__77, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hf8403d55__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hf8403d55__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf8403d55__0[2U]);
    __Vtemp_h63419b7c__78[0U] = 0U;
    __Vtemp_h63419b7c__78[1U] = 0U;
    __Vtemp_h63419b7c__78[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xeU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x1dU])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x1cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__78, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hc6f82d1a__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hc6f82d1a__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hc6f82d1a__0[2U]);
    __Vtemp_h63419b7c__79[0U] = 0U;
    __Vtemp_h63419b7c__79[1U] = 0U;
    __Vtemp_h63419b7c__79[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xfU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x1fU])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x1eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__79, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hc48093e9__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hc48093e9__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hc48093e9__0[2U]);
    __Vtemp_h63419b7c__80[0U] = 0U;
    __Vtemp_h63419b7c__80[1U] = 0U;
    __Vtemp_h63419b7c__80[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x10U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x21U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x20U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__80, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hb0fc68ca__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hb0fc68ca__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hb0fc68ca__0[2U]);
    __Vtemp_h63419b7c__81[0U] = 0U;
    __Vtemp_h63419b7c__81[1U] = 0U;
    __Vtemp_h63419b7c__81[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x11U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x23U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x22U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__81, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h5aec18ae__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h5aec18ae__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h5aec18ae__0[2U]);
    __Vtemp_h63419b7c__82[0U] = 0U;
    __Vtemp_h63419b7c__82[1U] = 0U;
    __Vtemp_h63419b7c__82[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x12U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x25U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x24U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__82, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h9280ab2d__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h9280ab2d__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h9280ab2d__0[2U]);
    __Vtemp_h63419b7c__83[0U] = 0U;
    __Vtemp_h63419b7c__83[1U] = 0U;
    __Vtemp_h63419b7c__83[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x13U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x27U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x26U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__83, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hf379231f__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hf379231f__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf379231f__0[2U]);
    __Vtemp_h63419b7c__84[0U] = 0U;
    __Vtemp_h63419b7c__84[1U] = 0U;
    __Vtemp_h63419b7c__84[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x14U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x29U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x28U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__84, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h86b1dc54__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h86b1dc54__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h86b1dc54__0[2U]);
    __Vtemp_h63419b7c__85[0U] = 0U;
    __Vtemp_h63419b7c__85[1U] = 0U;
    __Vtemp_h63419b7c__85[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x15U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x2bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x2aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__85, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hf1f78dca__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hf1f78dca__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf1f78dca__0[2U]);
    __Vtemp_h63419b7c__86[0U] = 0U;
    __Vtemp_h63419b7c__86[1U] = 0U;
    __Vtemp_h63419b7c__86[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x16U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x2dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x2cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__86, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h8efcece0__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h8efcece0__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8efcece0__0[2U]);
    __Vtemp_h63419b7c__87[0U] = 0U;
    __Vtemp_h63419b7c__87[1U] = 0U;
    __Vtemp_h63419b7c__87[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x17U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x2fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x2eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__87, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h802cabf4__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h802cabf4__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h802cabf4__0[2U]);
    __Vtemp_h63419b7c__88[0U] = 0U;
    __Vtemp_h63419b7c__88[1U] = 0U;
    __Vtemp_h63419b7c__88[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x18U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x31U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x30U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__88, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hec84df6d__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hec84df6d__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hec84df6d__0[2U]);
    __Vtemp_h63419b7c__89[0U] = 0U;
    __Vtemp_h63419b7c__89[1U] = 0U;
    __Vtemp_h63419b7c__89[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x19U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x33U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x32U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__89, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h1da79d4a__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h1da79d4a__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1da79d4a__0[2U]);
    __Vtemp_h63419b7c__90[0U] = 0U;
    __Vtemp_h63419b7c__90[1U] = 0U;
    __Vtemp_h63419b7c__90[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1aU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x35U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x34U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__90, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h6eddef7d__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h6eddef7d__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h6eddef7d__0[2U]);
    __Vtemp_h63419b7c__91[0U] = 0U;
    __Vtemp_h63419b7c__91[1U] = 0U;
    __Vtemp_h63419b7c__91[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1bU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x37U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x36U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__91, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h387420b1__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h387420b1__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h387420b1__0[2U]);
    __Vtemp_h63419b7c__92[0U] = 0U;
    __Vtemp_h63419b7c__92[1U] = 0U;
    __Vtemp_h63419b7c__92[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1cU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x39U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x38U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__92, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h314a5d88__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h314a5d88__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h314a5d88__0[2U]);
    __Vtemp_h63419b7c__93[0U] = 0U;
    __Vtemp_h63419b7c__93[1U] = 0U;
    __Vtemp_h63419b7c__93[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1dU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x3bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x3aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__93, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hed935b46__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hed935b46__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hed935b46__0[2U]);
    __Vtemp_h63419b7c__94[0U] = 0U;
    __Vtemp_h63419b7c__94[1U] = 0U;
    __Vtemp_h63419b7c__94[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1eU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x3dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x3cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__94, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h0e296266__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h0e296266__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h0e296266__0[2U]);
    __Vtemp_h63419b7c__95[0U] = 0U;
    __Vtemp_h63419b7c__95[1U] = 0U;
    __Vtemp_h63419b7c__95[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1fU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x3fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x3eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__95, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h7531b3d1__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h7531b3d1__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h7531b3d1__0[2U]);
    __Vtemp_h63419b7c__96[0U] = 0U;
    __Vtemp_h63419b7c__96[1U] = 0U;
    __Vtemp_h63419b7c__96[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x20U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x41U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x40U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__96, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h63a59a70__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h63a59a70__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h63a59a70__0[2U]);
    __Vtemp_h63419b7c__97[0U] = 0U;
    __Vtemp_h63419b7c__97[1U] = 0U;
    __Vtemp_h63419b7c__97[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x21U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x43U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x42U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__97, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hd05534ec__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hd05534ec__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hd05534ec__0[2U]);
    __Vtemp_h63419b7c__98[0U] = 0U;
    __Vtemp_h63419b7c__98[1U] = 0U;
    __Vtemp_h63419b7c__98[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x22U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x45U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x44U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__98, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hc6bd832b__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hc6bd832b__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hc6bd832b__0[2U]);
    __Vtemp_h63419b7c__99[0U] = 0U;
    __Vtemp_h63419b7c__99[1U] = 0U;
    __Vtemp_h63419b7c__99[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x23U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x47U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x46U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__99, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    if ((4U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
        if ((1U & (~ ((IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)))) {
                if (vlSelf->pd_top__DOT__wr__DOT__dat_fire) {
                    if ((1U & (~ ((0x40ULL < (0x10ULL 
                                              + (QData)((IData)(
                                                                (0x3fU 
                                                                 & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr)))))) 
                                  & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__cbeat_reg)))))) {
                        vlSelf->pd_top__DOT__wr__DOT__tail_we = 1U;
                    }
                }
            }
        }
    }
    VL_ADD_W(3, __Vtemp_h65a6c531__0, __Vtemp_hc9ad2fc9__1, __Vtemp_h8fb069c2__1);
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h65a6c531__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h65a6c531__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h65a6c531__0[2U]);
    __Vtemp_h63419b7c__100[0U] = 0U;
    __Vtemp_h63419b7c__100[1U] = 0U;
    __Vtemp_h63419b7c__100[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x24U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x49U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x48U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__100, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hacf3e585__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hacf3e585__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hacf3e585__0[2U]);
    __Vtemp_h63419b7c__101[0U] = 0U;
    __Vtemp_h63419b7c__101[1U] = 0U;
    __Vtemp_h63419b7c__101[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x25U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x4bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x4aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__101, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h26c77e4e__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h26c77e4e__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h26c77e4e__0[2U]);
    __Vtemp_h63419b7c__102[0U] = 0U;
    __Vtemp_h63419b7c__102[1U] = 0U;
    __Vtemp_h63419b7c__102[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x26U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x4dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x4cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__102, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hab81d04d__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hab81d04d__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hab81d04d__0[2U]);
    __Vtemp_h63419b7c__103[0U] = 0U;
    __Vtemp_h63419b7c__103[1U] = 0U;
    __Vtemp_h63419b7c__103[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x27U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x4fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x4eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__103, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h5b5f0643__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h5b5f0643__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h5b5f0643__0[2U]);
    __Vtemp_h63419b7c__104[0U] = 0U;
    __Vtemp_h63419b7c__104[1U] = 0U;
    __Vtemp_h63419b7c__104[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x28U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x51U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x50U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__104, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    if ((4U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
        if ((1U & (~ ((IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)))) {
                if (vlSelf->pd_top__DOT__wr__DOT__dat_fire) {
                    if ((1U & (~ ((0x40ULL < (0x10ULL 
                                              + (QData)((IData)(
                                                                (0x3fU 
                                                                 & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr)))))) 
                                  & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__cbeat_reg)))))) {
                        vlSelf->pd_top__DOT__wr__DOT__irq_next 
                            = (1U & (vlSelf->pd_top__DOT__wcmd[2U] 
                                     >> 0x1aU));
                    }
                }
            }
        }
    }
    __Vtemp_h9c622bf6__1[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x53U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x52U]))) 
                                        >> 0x20U));
    __Vtemp_h9c622bf6__1[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hb5aa4518__0, __Vtemp_hc9a0a31d__1, __Vtemp_h9c622bf6__1);
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hb5aa4518__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hb5aa4518__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hb5aa4518__0[2U]);
    __Vtemp_h63419b7c__105[0U] = 0U;
    __Vtemp_h63419b7c__105[1U] = 0U;
    __Vtemp_h63419b7c__105[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x29U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x53U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x52U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__105, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h66f5977f__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h66f5977f__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h66f5977f__0[2U]);
    __Vtemp_h63419b7c__106[0U] = 0U;
    __Vtemp_h63419b7c__106[1U] = 0U;
    __Vtemp_h63419b7c__106[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2aU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x55U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x54U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__106, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h1d267a56__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h1d267a56__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1d267a56__0[2U]);
    __Vtemp_h63419b7c__107[0U] = 0U;
    __Vtemp_h63419b7c__107[1U] = 0U;
    __Vtemp_h63419b7c__107[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2bU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x57U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x56U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__107, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hbf4ea077__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hbf4ea077__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hbf4ea077__0[2U]);
    __Vtemp_h63419b7c__108[0U] = 0U;
    __Vtemp_h63419b7c__108[1U] = 0U;
    __Vtemp_h63419b7c__108[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2cU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x59U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x58U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__108, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hcf014122__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hcf014122__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hcf014122__0[2U]);
    __Vtemp_h63419b7c__109[0U] = 0U;
    __Vtemp_h63419b7c__109[1U] = 0U;
    __Vtemp_h63419b7c__109[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2dU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x5bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x5aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__109, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h94d10b72__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h94d10b72__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h94d10b72__0[2U]);
    __Vtemp_h63419b7c__110[0U] = 0U;
    __Vtemp_h63419b7c__110[1U] = 0U;
    __Vtemp_h63419b7c__110[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2eU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x5dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x5cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__110, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h0c976071__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h0c976071__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h0c976071__0[2U]);
    __Vtemp_h63419b7c__111[0U] = 0U;
    __Vtemp_h63419b7c__111[1U] = 0U;
    __Vtemp_h63419b7c__111[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2fU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x5fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x5eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__111, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_heff025c8__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_heff025c8__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_heff025c8__0[2U]);
    __Vtemp_h63419b7c__112[0U] = 0U;
    __Vtemp_h63419b7c__112[1U] = 0U;
    __Vtemp_h63419b7c__112[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x30U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x61U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x60U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__112, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h6c001b3d__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h6c001b3d__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h6c001b3d__0[2U]);
    __Vtemp_h63419b7c__113[0U] = 0U;
    __Vtemp_h63419b7c__113[1U] = 0U;
    __Vtemp_h63419b7c__113[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x31U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x63U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x62U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__113, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hda0ee630__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hda0ee630__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hda0ee630__0[2U]);
    __Vtemp_h63419b7c__114[0U] = 0U;
    __Vtemp_h63419b7c__114[1U] = 0U;
    __Vtemp_h63419b7c__114[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x32U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x65U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x64U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__114, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h2f8533a9__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h2f8533a9__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h2f8533a9__0[2U]);
    __Vtemp_h63419b7c__115[0U] = 0U;
    __Vtemp_h63419b7c__115[1U] = 0U;
    __Vtemp_h63419b7c__115[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x33U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x67U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x66U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__115, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h24644967__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h24644967__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h24644967__0[2U]);
    __Vtemp_h63419b7c__116[0U] = 0U;
    __Vtemp_h63419b7c__116[1U] = 0U;
    __Vtemp_h63419b7c__116[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x34U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x69U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x68U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__116, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h3be3e611__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h3be3e611__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h3be3e611__0[2U]);
    __Vtemp_h63419b7c__117[0U] = 0U;
    __Vtemp_h63419b7c__117[1U] = 0U;
    __Vtemp_h63419b7c__117[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x35U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x6bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x6aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__117, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h16b573fb__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h16b573fb__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h16b573fb__0[2U]);
    __Vtemp_h63419b7c__118[0U] = 0U;
    __Vtemp_h63419b7c__118[1U] = 0U;
    __Vtemp_h63419b7c__118[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x36U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x6dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x6cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__118, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h8615565e__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h8615565e__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8615565e__0[2U]);
    __Vtemp_h63419b7c__119[0U] = 0U;
    __Vtemp_h63419b7c__119[1U] = 0U;
    __Vtemp_h63419b7c__119[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x37U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x6fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x6eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__119, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h4c0b6f62__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h4c0b6f62__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h4c0b6f62__0[2U]);
    __Vtemp_h63419b7c__120[0U] = 0U;
    __Vtemp_h63419b7c__120[1U] = 0U;
    __Vtemp_h63419b7c__120[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x38U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x71U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x70U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__120, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h68538c00__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h68538c00__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h68538c00__0[2U]);
    __Vtemp_h63419b7c__121[0U] = 0U;
    __Vtemp_h63419b7c__121[1U] = 0U;
    __Vtemp_h63419b7c__121[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x39U)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x73U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x72U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__121, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h235336b2__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h235336b2__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h235336b2__0[2U]);
    __Vtemp_h63419b7c__122[0U] = 0U;
    __Vtemp_h63419b7c__122[1U] = 0U;
    __Vtemp_h63419b7c__122[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3aU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x75U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x74U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__122, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h35fde9f7__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h35fde9f7__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h35fde9f7__0[2U]);
    __Vtemp_h63419b7c__123[0U] = 0U;
    __Vtemp_h63419b7c__123[1U] = 0U;
    __Vtemp_h63419b7c__123[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3bU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x77U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x76U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__123, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h2acb0686__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h2acb0686__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h2acb0686__0[2U]);
    __Vtemp_h63419b7c__124[0U] = 0U;
    __Vtemp_h63419b7c__124[1U] = 0U;
    __Vtemp_h63419b7c__124[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3cU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x79U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x78U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__124, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_hfca7f7cd__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_hfca7f7cd__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hfca7f7cd__0[2U]);
    __Vtemp_h63419b7c__125[0U] = 0U;
    __Vtemp_h63419b7c__125[1U] = 0U;
    __Vtemp_h63419b7c__125[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3dU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x7bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x7aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__125, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_haceb5109__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_haceb5109__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_haceb5109__0[2U]);
    __Vtemp_h63419b7c__126[0U] = 0U;
    __Vtemp_h63419b7c__126[1U] = 0U;
    __Vtemp_h63419b7c__126[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3eU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x7dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x7cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__126, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__cqe_ok = 1U;
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
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[0U] 
        = __Vtemp_h1afd5fd5__0[0U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[1U] 
        = __Vtemp_h1afd5fd5__0[1U];
    pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h1afd5fd5__0[2U]);
    __Vtemp_h63419b7c__127[0U] = 0U;
    __Vtemp_h63419b7c__127[1U] = 0U;
    __Vtemp_h63419b7c__127[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3fU)) & (pd_top__DOT__fetch__DOT__cqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x7fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x7eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__cqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__127, pd_top__DOT__fetch__DOT__cqe_check__DOT__end_addr))) {
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
    __Vtemp_h5518a2e0__0[0U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                       [0U]);
    __Vtemp_h5518a2e0__0[1U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                        [0U] >> 0x20U));
    __Vtemp_h5518a2e0__0[2U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                       [1U]);
    __Vtemp_h5518a2e0__0[3U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                        [1U] >> 0x20U));
    __Vtemp_h5518a2e0__0[4U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                       [2U]);
    __Vtemp_h5518a2e0__0[5U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                        [2U] >> 0x20U));
    __Vtemp_h5518a2e0__0[6U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                       [3U]);
    __Vtemp_h5518a2e0__0[7U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                        [3U] >> 0x20U));
    __Vtemp_h5518a2e0__0[8U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                       [4U]);
    __Vtemp_h5518a2e0__0[9U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                        [4U] >> 0x20U));
    __Vtemp_h5518a2e0__0[0xaU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                         [5U]);
    __Vtemp_h5518a2e0__0[0xbU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                          [5U] >> 0x20U));
    __Vtemp_h5518a2e0__0[0xcU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                         [6U]);
    __Vtemp_h5518a2e0__0[0xdU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                          [6U] >> 0x20U));
    __Vtemp_h5518a2e0__0[0xeU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                         [7U]);
    __Vtemp_h5518a2e0__0[0xfU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                          [7U] >> 0x20U));
    __Vtemp_h5518a2e0__0[0x10U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                          [8U]);
    __Vtemp_h5518a2e0__0[0x11U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                           [8U] >> 0x20U));
    __Vtemp_h5518a2e0__0[0x12U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                          [9U]);
    __Vtemp_h5518a2e0__0[0x13U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                           [9U] >> 0x20U));
    __Vtemp_h5518a2e0__0[0x14U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                          [0xaU]);
    __Vtemp_h5518a2e0__0[0x15U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                           [0xaU] >> 0x20U));
    __Vtemp_h5518a2e0__0[0x16U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                          [0xbU]);
    __Vtemp_h5518a2e0__0[0x17U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                           [0xbU] >> 0x20U));
    __Vtemp_h5518a2e0__0[0x18U] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                          [0xcU]);
    __Vtemp_h5518a2e0__0[0x19U] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                           [0xcU] >> 0x20U));
    __Vtemp_h5518a2e0__0[0x1aU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                          [0xdU]);
    __Vtemp_h5518a2e0__0[0x1bU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                           [0xdU] >> 0x20U));
    __Vtemp_h5518a2e0__0[0x1cU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                          [0xeU]);
    __Vtemp_h5518a2e0__0[0x1dU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                           [0xeU] >> 0x20U));
    __Vtemp_h5518a2e0__0[0x1eU] = (IData)(vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                          [0xfU]);
    __Vtemp_h5518a2e0__0[0x1fU] = (IData)((vlSelf->pd_top__DOT__regs__DOT__sq_base_reg
                                           [0xfU] >> 0x20U));
    vlSelf->pd_top__DOT__fetch__DOT__sqe_addr = ((((QData)((IData)(
                                                                   __Vtemp_h5518a2e0__0[
                                                                   (((IData)(0x3fU) 
                                                                     + 
                                                                     (0x3ffU 
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
                                                                       __Vtemp_h5518a2e0__0[
                                                                       (((IData)(0x1fU) 
                                                                         + 
                                                                         (0x3ffU 
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
                                                                        __Vtemp_h5518a2e0__0[
                                                                        (0x1eU 
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
    __Vtemp_h0ce94479__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[1U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0U]))));
    __Vtemp_h0ce94479__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[1U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0U]))) 
                                        >> 0x20U));
    __Vtemp_h0ce94479__2[2U] = 0U;
    __Vtemp_h3703e4f2__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[1U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0U]))));
    __Vtemp_h3703e4f2__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[1U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0U]))) 
                                        >> 0x20U));
    __Vtemp_h3703e4f2__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hd3edc7c1__0, __Vtemp_h0ce94479__2, __Vtemp_h3703e4f2__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hd3edc7c1__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hd3edc7c1__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hd3edc7c1__0[2U]);
    __Vtemp_h63419b7c__128[0U] = 0U;
    __Vtemp_h63419b7c__128[1U] = 0U;
    __Vtemp_h63419b7c__128[2U] = 1U;
    if (((((IData)(vlSelf->pd_top__DOT__win_enable) 
           & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
              >= (((QData)((IData)(vlSelf->pd_top__DOT__win_base[1U])) 
                   << 0x20U) | (QData)((IData)(vlSelf->pd_top__DOT__win_base[0U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__128, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h0cc727fd__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[2U]))));
    __Vtemp_h0cc727fd__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[2U]))) 
                                        >> 0x20U));
    __Vtemp_h0cc727fd__2[2U] = 0U;
    __Vtemp_h36cc6916__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[3U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[2U]))));
    __Vtemp_h36cc6916__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[3U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[2U]))) 
                                        >> 0x20U));
    __Vtemp_h36cc6916__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hb09627a3__0, __Vtemp_h0cc727fd__2, __Vtemp_h36cc6916__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hb09627a3__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hb09627a3__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hb09627a3__0[2U]);
    __Vtemp_h63419b7c__129[0U] = 0U;
    __Vtemp_h63419b7c__129[1U] = 0U;
    __Vtemp_h63419b7c__129[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 1U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[3U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[2U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__129, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h0cdb2751__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[4U]))));
    __Vtemp_h0cdb2751__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[4U]))) 
                                        >> 0x20U));
    __Vtemp_h0cdb2751__2[2U] = 0U;
    __Vtemp_h36d0883a__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[5U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[4U]))));
    __Vtemp_h36d0883a__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[5U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[4U]))) 
                                        >> 0x20U));
    __Vtemp_h36d0883a__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hde5202ea__0, __Vtemp_h0cdb2751__2, __Vtemp_h36d0883a__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hde5202ea__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hde5202ea__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hde5202ea__0[2U]);
    __Vtemp_h63419b7c__130[0U] = 0U;
    __Vtemp_h63419b7c__130[1U] = 0U;
    __Vtemp_h63419b7c__130[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 2U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[5U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[4U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__130, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h015f27f5__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[7U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[6U]))));
    __Vtemp_h015f27f5__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[7U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[6U]))) 
                                        >> 0x20U));
    __Vtemp_h015f27f5__2[2U] = 0U;
    __Vtemp_h261de89e__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[7U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[6U]))));
    __Vtemp_h261de89e__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[7U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[6U]))) 
                                        >> 0x20U));
    __Vtemp_h261de89e__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h41a36d97__0, __Vtemp_h015f27f5__2, __Vtemp_h261de89e__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h41a36d97__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h41a36d97__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h41a36d97__0[2U]);
    __Vtemp_h63419b7c__131[0U] = 0U;
    __Vtemp_h63419b7c__131[1U] = 0U;
    __Vtemp_h63419b7c__131[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 3U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[7U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[6U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__131, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h0d15a749__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[9U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[8U]))));
    __Vtemp_h0d15a749__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[9U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[8U]))) 
                                        >> 0x20U));
    __Vtemp_h0d15a749__2[2U] = 0U;
    __Vtemp_h39994742__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[9U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[8U]))));
    __Vtemp_h39994742__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[9U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[8U]))) 
                                        >> 0x20U));
    __Vtemp_h39994742__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h225255df__0, __Vtemp_h0d15a749__2, __Vtemp_h39994742__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h225255df__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h225255df__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h225255df__0[2U]);
    __Vtemp_h63419b7c__132[0U] = 0U;
    __Vtemp_h63419b7c__132[1U] = 0U;
    __Vtemp_h63419b7c__132[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 4U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[9U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[8U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__132, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h0186690d__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0xbU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xaU]))));
    __Vtemp_h0186690d__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xbU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0xaU]))) 
                                        >> 0x20U));
    __Vtemp_h0186690d__2[2U] = 0U;
    __Vtemp_h261ae266__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0xbU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xaU]))));
    __Vtemp_h261ae266__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xbU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0xaU]))) 
                                        >> 0x20U));
    __Vtemp_h261ae266__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hc5073593__0, __Vtemp_h0186690d__2, __Vtemp_h261ae266__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hc5073593__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hc5073593__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hc5073593__0[2U]);
    __Vtemp_h63419b7c__133[0U] = 0U;
    __Vtemp_h63419b7c__133[1U] = 0U;
    __Vtemp_h63419b7c__133[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 5U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[0xbU])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[0xaU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__133, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h0182c8e1__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0xdU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xcU]))));
    __Vtemp_h0182c8e1__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xdU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0xcU]))) 
                                        >> 0x20U));
    __Vtemp_h0182c8e1__2[2U] = 0U;
    __Vtemp_h2556e28a__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0xdU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xcU]))));
    __Vtemp_h2556e28a__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xdU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0xcU]))) 
                                        >> 0x20U));
    __Vtemp_h2556e28a__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h2ae86a4c__0, __Vtemp_h0182c8e1__2, __Vtemp_h2556e28a__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h2ae86a4c__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h2ae86a4c__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h2ae86a4c__0[2U]);
    __Vtemp_h63419b7c__134[0U] = 0U;
    __Vtemp_h63419b7c__134[1U] = 0U;
    __Vtemp_h63419b7c__134[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 6U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[0xdU])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[0xcU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__134, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h018ee805__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0xfU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xeU]))));
    __Vtemp_h018ee805__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0xfU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0xeU]))) 
                                        >> 0x20U));
    __Vtemp_h018ee805__2[2U] = 0U;
    __Vtemp_h262e28ee__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0xfU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xeU]))));
    __Vtemp_h262e28ee__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0xfU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0xeU]))) 
                                        >> 0x20U));
    __Vtemp_h262e28ee__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h226d37ae__0, __Vtemp_h018ee805__2, __Vtemp_h262e28ee__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h226d37ae__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h226d37ae__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h226d37ae__0[2U]);
    __Vtemp_h63419b7c__135[0U] = 0U;
    __Vtemp_h63419b7c__135[1U] = 0U;
    __Vtemp_h63419b7c__135[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 7U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[0xfU])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[0xeU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__135, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h018b0819__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x11U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x10U]))));
    __Vtemp_h018b0819__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x11U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x10U]))) 
                                        >> 0x20U));
    __Vtemp_h018b0819__2[2U] = 0U;
    __Vtemp_h262ee312__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x11U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x10U]))));
    __Vtemp_h262ee312__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x11U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x10U]))) 
                                        >> 0x20U));
    __Vtemp_h262ee312__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_ha6356dd8__0, __Vtemp_h018b0819__2, __Vtemp_h262ee312__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_ha6356dd8__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_ha6356dd8__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_ha6356dd8__0[2U]);
    __Vtemp_h63419b7c__136[0U] = 0U;
    __Vtemp_h63419b7c__136[1U] = 0U;
    __Vtemp_h63419b7c__136[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 8U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[0x11U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[0x10U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__136, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h01b6a59d__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x13U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x12U]))));
    __Vtemp_h01b6a59d__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x13U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x12U]))) 
                                        >> 0x20U));
    __Vtemp_h01b6a59d__2[2U] = 0U;
    __Vtemp_h256b2776__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x13U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x12U]))));
    if (vlSelf->pd_top__DOT__regs__DOT__soft_reset_reg) {
        vlSelf->pd_top__DOT__wr__DOT__tail_we = 0U;
        vlSelf->pd_top__DOT__wr__DOT__irq_next = 0U;
    }
    __Vtemp_h256b2776__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x13U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x12U]))) 
                                        >> 0x20U));
    __Vtemp_h256b2776__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h06de56b2__0, __Vtemp_h01b6a59d__2, __Vtemp_h256b2776__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h06de56b2__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h06de56b2__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h06de56b2__0[2U]);
    __Vtemp_h63419b7c__137[0U] = 0U;
    __Vtemp_h63419b7c__137[1U] = 0U;
    __Vtemp_h63419b7c__137[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 9U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                               >= (((QData)((IData)(
                                                    vlSelf->pd_top__DOT__win_base[0x13U])) 
                                    << 0x20U) | (QData)((IData)(
                                                                vlSelf->pd_top__DOT__win_base[0x12U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__137, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h01b2a571__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x15U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x14U]))));
    __Vtemp_h01b2a571__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x15U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x14U]))) 
                                        >> 0x20U));
    __Vtemp_h01b2a571__2[2U] = 0U;
    __Vtemp_h2561c65a__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x15U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x14U]))));
    __Vtemp_h2561c65a__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x15U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x14U]))) 
                                        >> 0x20U));
    __Vtemp_h2561c65a__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h61b784e5__0, __Vtemp_h01b2a571__2, __Vtemp_h2561c65a__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h61b784e5__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h61b784e5__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h61b784e5__0[2U]);
    __Vtemp_h63419b7c__138[0U] = 0U;
    __Vtemp_h63419b7c__138[1U] = 0U;
    __Vtemp_h63419b7c__138[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xaU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x15U])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x14U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__138, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h017de795__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x17U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x16U]))));
    __Vtemp_h017de795__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x17U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x16U]))) 
                                        >> 0x20U));
    __Vtemp_h017de795__2[2U] = 0U;
    __Vtemp_h2562e7fe__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x17U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x16U]))));
    __Vtemp_h2562e7fe__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x17U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x16U]))) 
                                        >> 0x20U));
    __Vtemp_h2562e7fe__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hefef8333__0, __Vtemp_h017de795__2, __Vtemp_h2562e7fe__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hefef8333__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hefef8333__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hefef8333__0[2U]);
    __Vtemp_h63419b7c__139[0U] = 0U;
    __Vtemp_h63419b7c__139[1U] = 0U;
    __Vtemp_h63419b7c__139[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xbU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x17U])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x16U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__139, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h0179e769__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x19U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x18U]))));
    __Vtemp_h0179e769__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x19U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x18U]))) 
                                        >> 0x20U));
    __Vtemp_h0179e769__2[2U] = 0U;
    __Vtemp_h253f4762__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x19U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x18U]))));
    __Vtemp_h253f4762__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x19U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x18U]))) 
                                        >> 0x20U));
    __Vtemp_h253f4762__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_heae45ac4__0, __Vtemp_h0179e769__2, __Vtemp_h253f4762__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_heae45ac4__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_heae45ac4__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_heae45ac4__0[2U]);
    __Vtemp_h63419b7c__140[0U] = 0U;
    __Vtemp_h63419b7c__140[1U] = 0U;
    __Vtemp_h63419b7c__140[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xcU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x19U])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x18U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__140, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h02225fad__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x1bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1aU]))));
    __Vtemp_h02225fad__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x1aU]))) 
                                        >> 0x20U));
    __Vtemp_h02225fad__2[2U] = 0U;
    __Vtemp_h25762646__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x1bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1aU]))));
    __Vtemp_h25762646__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x1aU]))) 
                                        >> 0x20U));
    __Vtemp_h25762646__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_ha0dd194f__0, __Vtemp_h02225fad__2, __Vtemp_h25762646__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_ha0dd194f__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_ha0dd194f__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_ha0dd194f__0[2U]);
    __Vtemp_h63419b7c__141[0U] = 0U;
    __Vtemp_h63419b7c__141[1U] = 0U;
    __Vtemp_h63419b7c__141[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xdU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x1bU])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x1aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__141, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h017b8f81__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x1dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1cU]))));
    __Vtemp_h017b8f81__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x1cU]))) 
                                        >> 0x20U));
    __Vtemp_h017b8f81__2[2U] = 0U;
    __Vtemp_h2572272a__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x1dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1cU]))));
    __Vtemp_h2572272a__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x1cU]))) 
                                        >> 0x20U));
    __Vtemp_h2572272a__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_habe72574__0, __Vtemp_h017b8f81__2, __Vtemp_h2572272a__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_habe72574__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_habe72574__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_habe72574__0[2U]);
    __Vtemp_h63419b7c__142[0U] = 0U;
    __Vtemp_h63419b7c__142[1U] = 0U;
    __Vtemp_h63419b7c__142[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xeU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x1dU])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x1cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__142, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h022c28a5__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x1fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1eU]))));
    __Vtemp_h022c28a5__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x1fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x1eU]))) 
                                        >> 0x20U));
    __Vtemp_h022c28a5__2[2U] = 0U;
    __Vtemp_h254e26ce__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x1fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1eU]))));
    __Vtemp_h254e26ce__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x1fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x1eU]))) 
                                        >> 0x20U));
    __Vtemp_h254e26ce__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h0321ddf5__0, __Vtemp_h022c28a5__2, __Vtemp_h254e26ce__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h0321ddf5__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h0321ddf5__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h0321ddf5__0[2U]);
    __Vtemp_h63419b7c__143[0U] = 0U;
    __Vtemp_h63419b7c__143[1U] = 0U;
    __Vtemp_h63419b7c__143[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0xfU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                 >= (((QData)((IData)(
                                                      vlSelf->pd_top__DOT__win_base[0x1fU])) 
                                      << 0x20U) | (QData)((IData)(
                                                                  vlSelf->pd_top__DOT__win_base[0x1eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__143, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h02284539__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x21U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x20U]))));
    __Vtemp_h02284539__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x21U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x20U]))) 
                                        >> 0x20U));
    __Vtemp_h02284539__2[2U] = 0U;
    __Vtemp_h254d66b2__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x21U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x20U]))));
    __Vtemp_h254d66b2__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x21U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x20U]))) 
                                        >> 0x20U));
    __Vtemp_h254d66b2__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hd4b3b207__0, __Vtemp_h02284539__2, __Vtemp_h254d66b2__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hd4b3b207__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hd4b3b207__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hd4b3b207__0[2U]);
    __Vtemp_h63419b7c__144[0U] = 0U;
    __Vtemp_h63419b7c__144[1U] = 0U;
    __Vtemp_h63419b7c__144[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x10U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x21U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x20U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__144, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h021af73d__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x23U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x22U]))));
    __Vtemp_h021af73d__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x23U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x22U]))) 
                                        >> 0x20U));
    __Vtemp_h021af73d__2[2U] = 0U;
    __Vtemp_h37118cd6__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x23U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x22U]))));
    __Vtemp_h37118cd6__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x23U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x22U]))) 
                                        >> 0x20U));
    __Vtemp_h37118cd6__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h9dcdb0b0__0, __Vtemp_h021af73d__2, __Vtemp_h37118cd6__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h9dcdb0b0__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h9dcdb0b0__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h9dcdb0b0__0[2U]);
    __Vtemp_h63419b7c__145[0U] = 0U;
    __Vtemp_h63419b7c__145[1U] = 0U;
    __Vtemp_h63419b7c__145[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x11U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x23U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x22U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__145, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h022e7011__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x25U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x24U]))));
    __Vtemp_h022e7011__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x25U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x24U]))) 
                                        >> 0x20U));
    __Vtemp_h022e7011__2[2U] = 0U;
    __Vtemp_h370d85fa__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x25U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x24U]))));
    __Vtemp_h370d85fa__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x25U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x24U]))) 
                                        >> 0x20U));
    __Vtemp_h370d85fa__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h82fef6d6__0, __Vtemp_h022e7011__2, __Vtemp_h370d85fa__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h82fef6d6__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h82fef6d6__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h82fef6d6__0[2U]);
    __Vtemp_h63419b7c__146[0U] = 0U;
    __Vtemp_h63419b7c__146[1U] = 0U;
    __Vtemp_h63419b7c__146[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x12U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x25U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x24U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__146, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hffc3d935__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x27U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x26U]))));
    __Vtemp_hffc3d935__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x27U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x26U]))) 
                                        >> 0x20U));
    __Vtemp_hffc3d935__2[2U] = 0U;
    __Vtemp_h25594dde__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x27U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x26U]))));
    __Vtemp_h25594dde__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x27U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x26U]))) 
                                        >> 0x20U));
    __Vtemp_h25594dde__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h21014390__0, __Vtemp_hffc3d935__2, __Vtemp_h25594dde__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h21014390__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h21014390__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h21014390__0[2U]);
    __Vtemp_h63419b7c__147[0U] = 0U;
    __Vtemp_h63419b7c__147[1U] = 0U;
    __Vtemp_h63419b7c__147[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x13U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x27U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x26U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__147, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h000a5109__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x29U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x28U]))));
    __Vtemp_h000a5109__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x29U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x28U]))) 
                                        >> 0x20U));
    __Vtemp_h000a5109__2[2U] = 0U;
    __Vtemp_h370b2a02__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x29U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x28U]))));
    __Vtemp_h370b2a02__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x29U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x28U]))) 
                                        >> 0x20U));
    __Vtemp_h370b2a02__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h2ecf7d76__0, __Vtemp_h000a5109__2, __Vtemp_h370b2a02__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h2ecf7d76__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h2ecf7d76__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h2ecf7d76__0[2U]);
    __Vtemp_h63419b7c__148[0U] = 0U;
    __Vtemp_h63419b7c__148[1U] = 0U;
    __Vtemp_h63419b7c__148[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x14U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x29U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x28U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__148, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hffcbb84d__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x2bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2aU]))));
    __Vtemp_hffcbb84d__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x2aU]))) 
                                        >> 0x20U));
    __Vtemp_hffcbb84d__2[2U] = 0U;
    __Vtemp_h2570b226__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x2bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2aU]))));
    __Vtemp_h2570b226__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x2aU]))) 
                                        >> 0x20U));
    __Vtemp_h2570b226__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_he3c6f8d6__0, __Vtemp_hffcbb84d__2, __Vtemp_h2570b226__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_he3c6f8d6__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_he3c6f8d6__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_he3c6f8d6__0[2U]);
    __Vtemp_h63419b7c__149[0U] = 0U;
    __Vtemp_h63419b7c__149[1U] = 0U;
    __Vtemp_h63419b7c__149[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x15U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x2bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x2aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__149, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hffd010a1__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x2dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2cU]))));
    __Vtemp_hffd010a1__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x2cU]))) 
                                        >> 0x20U));
    __Vtemp_hffd010a1__2[2U] = 0U;
    __Vtemp_h2584c94a__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x2dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2cU]))));
    __Vtemp_h2584c94a__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x2cU]))) 
                                        >> 0x20U));
    __Vtemp_h2584c94a__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hbb0299f7__0, __Vtemp_hffd010a1__2, __Vtemp_h2584c94a__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hbb0299f7__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hbb0299f7__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hbb0299f7__0[2U]);
    __Vtemp_h63419b7c__150[0U] = 0U;
    __Vtemp_h63419b7c__150[1U] = 0U;
    __Vtemp_h63419b7c__150[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x16U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x2dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x2cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__150, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hfff55645__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x2fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2eU]))));
    __Vtemp_hfff55645__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x2fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x2eU]))) 
                                        >> 0x20U));
    __Vtemp_hfff55645__2[2U] = 0U;
    __Vtemp_h25a8f32e__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x2fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2eU]))));
    __Vtemp_h25a8f32e__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x2fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x2eU]))) 
                                        >> 0x20U));
    __Vtemp_h25a8f32e__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h27ed8629__0, __Vtemp_hfff55645__2, __Vtemp_h25a8f32e__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h27ed8629__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h27ed8629__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h27ed8629__0[2U]);
    __Vtemp_h63419b7c__151[0U] = 0U;
    __Vtemp_h63419b7c__151[1U] = 0U;
    __Vtemp_h63419b7c__151[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x17U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x2fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x2eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__151, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hffc8eed9__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x31U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x30U]))));
    __Vtemp_hffc8eed9__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x31U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x30U]))) 
                                        >> 0x20U));
    __Vtemp_hffc8eed9__2[2U] = 0U;
    __Vtemp_h255c88d2__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x31U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x30U]))));
    __Vtemp_h255c88d2__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x31U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x30U]))) 
                                        >> 0x20U));
    __Vtemp_h255c88d2__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h01267a9f__0, __Vtemp_hffc8eed9__2, __Vtemp_h255c88d2__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h01267a9f__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h01267a9f__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h01267a9f__0[2U]);
    __Vtemp_h63419b7c__152[0U] = 0U;
    __Vtemp_h63419b7c__152[1U] = 0U;
    __Vtemp_h63419b7c__152[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x18U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x31U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x30U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__152, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hfff627dd__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x33U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x32U]))));
    __Vtemp_hfff627dd__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x33U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x32U]))) 
                                        >> 0x20U));
    __Vtemp_hfff627dd__2[2U] = 0U;
    __Vtemp_h25a82936__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x33U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x32U]))));
    __Vtemp_h25a82936__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x33U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x32U]))) 
                                        >> 0x20U));
    __Vtemp_h25a82936__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h0906d322__0, __Vtemp_hfff627dd__2, __Vtemp_h25a82936__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h0906d322__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h0906d322__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h0906d322__0[2U]);
    __Vtemp_h63419b7c__153[0U] = 0U;
    __Vtemp_h63419b7c__153[1U] = 0U;
    __Vtemp_h63419b7c__153[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x19U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x33U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x32U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__153, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hffba5031__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x35U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x34U]))));
    __Vtemp_hffba5031__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x35U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x34U]))) 
                                        >> 0x20U));
    __Vtemp_hffba5031__2[2U] = 0U;
    __Vtemp_h257bb01a__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x35U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x34U]))));
    __Vtemp_h257bb01a__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x35U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x34U]))) 
                                        >> 0x20U));
    __Vtemp_h257bb01a__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h0e06e44a__0, __Vtemp_hffba5031__2, __Vtemp_h257bb01a__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h0e06e44a__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h0e06e44a__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h0e06e44a__0[2U]);
    __Vtemp_h63419b7c__154[0U] = 0U;
    __Vtemp_h63419b7c__154[1U] = 0U;
    __Vtemp_h63419b7c__154[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1aU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x35U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x34U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__154, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hffc066d5__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x37U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x36U]))));
    __Vtemp_hffc066d5__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x37U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x36U]))) 
                                        >> 0x20U));
    __Vtemp_hffc066d5__2[2U] = 0U;
    __Vtemp_h259fe83e__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x37U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x36U]))));
    __Vtemp_h259fe83e__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x37U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x36U]))) 
                                        >> 0x20U));
    __Vtemp_h259fe83e__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h15013708__0, __Vtemp_hffc066d5__2, __Vtemp_h259fe83e__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h15013708__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h15013708__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h15013708__0[2U]);
    __Vtemp_h63419b7c__155[0U] = 0U;
    __Vtemp_h63419b7c__155[1U] = 0U;
    __Vtemp_h63419b7c__155[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1bU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x37U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x36U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__155, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h01627029__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x39U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x38U]))));
    __Vtemp_h01627029__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x39U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x38U]))) 
                                        >> 0x20U));
    __Vtemp_h01627029__2[2U] = 0U;
    __Vtemp_h25b3f122__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x39U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x38U]))));
    __Vtemp_h25b3f122__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x39U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x38U]))) 
                                        >> 0x20U));
    __Vtemp_h25b3f122__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h411e5c58__0, __Vtemp_h01627029__2, __Vtemp_h25b3f122__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h411e5c58__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h411e5c58__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h411e5c58__0[2U]);
    __Vtemp_h63419b7c__156[0U] = 0U;
    __Vtemp_h63419b7c__156[1U] = 0U;
    __Vtemp_h63419b7c__156[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1cU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x39U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x38U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__156, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h016667ed__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x3bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3aU]))));
    __Vtemp_h016667ed__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x3aU]))) 
                                        >> 0x20U));
    __Vtemp_h016667ed__2[2U] = 0U;
    __Vtemp_h2577a306__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x3bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3aU]))));
    __Vtemp_h2577a306__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x3aU]))) 
                                        >> 0x20U));
    __Vtemp_h2577a306__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h53eabbc9__0, __Vtemp_h016667ed__2, __Vtemp_h2577a306__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h53eabbc9__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h53eabbc9__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h53eabbc9__0[2U]);
    __Vtemp_h63419b7c__157[0U] = 0U;
    __Vtemp_h63419b7c__157[1U] = 0U;
    __Vtemp_h63419b7c__157[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1dU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x3bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x3aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__157, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h016aaf41__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x3dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3cU]))));
    __Vtemp_h016aaf41__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x3cU]))) 
                                        >> 0x20U));
    __Vtemp_h016aaf41__2[2U] = 0U;
    __Vtemp_h258bcaea__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x3dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3cU]))));
    __Vtemp_h258bcaea__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x3cU]))) 
                                        >> 0x20U));
    __Vtemp_h258bcaea__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hf4099631__0, __Vtemp_h016aaf41__2, __Vtemp_h258bcaea__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hf4099631__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hf4099631__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf4099631__0[2U]);
    __Vtemp_h63419b7c__158[0U] = 0U;
    __Vtemp_h63419b7c__158[1U] = 0U;
    __Vtemp_h63419b7c__158[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1eU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x3dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x3cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__158, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h016f28e5__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x3fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3eU]))));
    __Vtemp_h016f28e5__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x3fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x3eU]))) 
                                        >> 0x20U));
    __Vtemp_h016f28e5__2[2U] = 0U;
    __Vtemp_h25afa30e__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x3fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3eU]))));
    __Vtemp_h25afa30e__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x3fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x3eU]))) 
                                        >> 0x20U));
    __Vtemp_h25afa30e__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h16b2ae00__0, __Vtemp_h016f28e5__2, __Vtemp_h25afa30e__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h16b2ae00__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h16b2ae00__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h16b2ae00__0[2U]);
    __Vtemp_h63419b7c__159[0U] = 0U;
    __Vtemp_h63419b7c__159[1U] = 0U;
    __Vtemp_h63419b7c__159[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x1fU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x3fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x3eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__159, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h0192d0f9__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x41U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x40U]))));
    __Vtemp_h0192d0f9__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x41U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x40U]))) 
                                        >> 0x20U));
    __Vtemp_h0192d0f9__2[2U] = 0U;
    if ((4U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
        if ((1U & (~ ((IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg) 
                      >> 1U)))) {
            if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)))) {
                if (vlSelf->pd_top__DOT__wr__DOT__dat_fire) {
                    if ((1U & (~ ((0x40ULL < (0x10ULL 
                                              + (QData)((IData)(
                                                                (0x3fU 
                                                                 & (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_addr)))))) 
                                  & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__cbeat_reg)))))) {
                        vlSelf->pd_top__DOT__wr__DOT__cmpl_next = 1U;
                    }
                }
            }
        }
    } else if ((2U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
        if ((1U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
            if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__cqe_ok)))) {
                vlSelf->pd_top__DOT__wr__DOT__cmpl_next = 1U;
            }
        }
    }
    __Vtemp_h25470a72__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x41U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x40U]))));
    __Vtemp_h25470a72__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x41U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x40U]))) 
                                        >> 0x20U));
    __Vtemp_h25470a72__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h0bdf5dc6__0, __Vtemp_h0192d0f9__2, __Vtemp_h25470a72__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h0bdf5dc6__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h0bdf5dc6__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h0bdf5dc6__0[2U]);
    __Vtemp_h63419b7c__160[0U] = 0U;
    __Vtemp_h63419b7c__160[1U] = 0U;
    __Vtemp_h63419b7c__160[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x20U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x41U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x40U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__160, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h0196237d__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x43U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x42U]))));
    __Vtemp_h0196237d__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x43U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x42U]))) 
                                        >> 0x20U));
    __Vtemp_h0196237d__2[2U] = 0U;
    __Vtemp_h254a6196__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x43U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x42U]))));
    __Vtemp_h254a6196__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x43U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x42U]))) 
                                        >> 0x20U));
    __Vtemp_h254a6196__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h08b60a40__0, __Vtemp_h0196237d__2, __Vtemp_h254a6196__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h08b60a40__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h08b60a40__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h08b60a40__0[2U]);
    __Vtemp_h63419b7c__161[0U] = 0U;
    __Vtemp_h63419b7c__161[1U] = 0U;
    __Vtemp_h63419b7c__161[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x21U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x43U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x42U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__161, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_h015a4ad1__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x45U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x44U]))));
    __Vtemp_h015a4ad1__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x45U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x44U]))) 
                                        >> 0x20U));
    __Vtemp_h015a4ad1__2[2U] = 0U;
    __Vtemp_h261e69ba__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x45U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x44U]))));
    __Vtemp_h261e69ba__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x45U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x44U]))) 
                                        >> 0x20U));
    __Vtemp_h261e69ba__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hd13b1322__0, __Vtemp_h015a4ad1__2, __Vtemp_h261e69ba__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hd13b1322__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hd13b1322__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hd13b1322__0[2U]);
    __Vtemp_h63419b7c__162[0U] = 0U;
    __Vtemp_h63419b7c__162[1U] = 0U;
    __Vtemp_h63419b7c__162[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x22U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x45U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x44U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__162, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc6c62875__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x47U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x46U]))));
    __Vtemp_hc6c62875__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x47U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x46U]))) 
                                        >> 0x20U));
    __Vtemp_hc6c62875__2[2U] = 0U;
    __Vtemp_h9cd3e21e__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x47U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x46U]))));
    __Vtemp_h9cd3e21e__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x47U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x46U]))) 
                                        >> 0x20U));
    __Vtemp_h9cd3e21e__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h0645f41c__0, __Vtemp_hc6c62875__2, __Vtemp_h9cd3e21e__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h0645f41c__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h0645f41c__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h0645f41c__0[2U]);
    __Vtemp_h63419b7c__163[0U] = 0U;
    __Vtemp_h63419b7c__163[1U] = 0U;
    __Vtemp_h63419b7c__163[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x23U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x47U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x46U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__163, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc9ad2fc9__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x49U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x48U]))));
    __Vtemp_hc9ad2fc9__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x49U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x48U]))) 
                                        >> 0x20U));
    __Vtemp_hc9ad2fc9__2[2U] = 0U;
    __Vtemp_h8fb069c2__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x49U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x48U]))));
    __Vtemp_h8fb069c2__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x49U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x48U]))) 
                                        >> 0x20U));
    __Vtemp_h8fb069c2__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hb2dbd67c__0, __Vtemp_hc9ad2fc9__2, __Vtemp_h8fb069c2__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hb2dbd67c__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hb2dbd67c__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hb2dbd67c__0[2U]);
    __Vtemp_h63419b7c__164[0U] = 0U;
    __Vtemp_h63419b7c__164[1U] = 0U;
    __Vtemp_h63419b7c__164[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x24U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x49U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x48U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__164, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc9af648d__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x4bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4aU]))));
    __Vtemp_hc9af648d__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x4aU]))) 
                                        >> 0x20U));
    __Vtemp_hc9af648d__2[2U] = 0U;
    __Vtemp_h9cd4e4e6__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x4bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4aU]))));
    __Vtemp_h9cd4e4e6__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x4aU]))) 
                                        >> 0x20U));
    __Vtemp_h9cd4e4e6__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hffe5495e__0, __Vtemp_hc9af648d__2, __Vtemp_h9cd4e4e6__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hffe5495e__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hffe5495e__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hffe5495e__0[2U]);
    __Vtemp_h63419b7c__165[0U] = 0U;
    __Vtemp_h63419b7c__165[1U] = 0U;
    __Vtemp_h63419b7c__165[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x25U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x4bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x4aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__165, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc72fac61__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x4dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4cU]))));
    __Vtemp_hc72fac61__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x4cU]))) 
                                        >> 0x20U));
    __Vtemp_hc72fac61__2[2U] = 0U;
    __Vtemp_h8fa90d0a__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x4dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4cU]))));
    __Vtemp_h8fa90d0a__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x4cU]))) 
                                        >> 0x20U));
    __Vtemp_h8fa90d0a__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h93ec98a7__0, __Vtemp_hc72fac61__2, __Vtemp_h8fa90d0a__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h93ec98a7__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h93ec98a7__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h93ec98a7__0[2U]);
    __Vtemp_h63419b7c__166[0U] = 0U;
    __Vtemp_h63419b7c__166[1U] = 0U;
    __Vtemp_h63419b7c__166[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x26U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x4dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x4cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__166, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc733e485__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x4fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4eU]))));
    __Vtemp_hc733e485__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x4fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x4eU]))) 
                                        >> 0x20U));
    __Vtemp_hc733e485__2[2U] = 0U;
    __Vtemp_h8fa4216e__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x4fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4eU]))));
    __Vtemp_h8fa4216e__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x4fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x4eU]))) 
                                        >> 0x20U));
    __Vtemp_h8fa4216e__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hbc501a37__0, __Vtemp_hc733e485__2, __Vtemp_h8fa4216e__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hbc501a37__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hbc501a37__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hbc501a37__0[2U]);
    __Vtemp_h63419b7c__167[0U] = 0U;
    __Vtemp_h63419b7c__167[1U] = 0U;
    __Vtemp_h63419b7c__167[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x27U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x4fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x4eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__167, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc9980c99__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x51U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x50U]))));
    __Vtemp_hc9980c99__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x51U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x50U]))) 
                                        >> 0x20U));
    __Vtemp_hc9980c99__2[2U] = 0U;
    __Vtemp_h9c808c92__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x51U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x50U]))));
    __Vtemp_h9c808c92__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x51U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x50U]))) 
                                        >> 0x20U));
    __Vtemp_h9c808c92__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h14375acf__0, __Vtemp_hc9980c99__2, __Vtemp_h9c808c92__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h14375acf__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h14375acf__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h14375acf__0[2U]);
    __Vtemp_h63419b7c__168[0U] = 0U;
    __Vtemp_h63419b7c__168[1U] = 0U;
    __Vtemp_h63419b7c__168[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x28U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x51U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x50U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__168, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc9a0a31d__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x53U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x52U]))));
    __Vtemp_hc9a0a31d__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x53U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x52U]))) 
                                        >> 0x20U));
    __Vtemp_hc9a0a31d__2[2U] = 0U;
    __Vtemp_h9c622bf6__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x53U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x52U]))));
    __Vtemp_h9c622bf6__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x53U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x52U]))) 
                                        >> 0x20U));
    __Vtemp_h9c622bf6__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h8c57e529__0, __Vtemp_hc9a0a31d__2, __Vtemp_h9c622bf6__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h8c57e529__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h8c57e529__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8c57e529__0[2U]);
    __Vtemp_h63419b7c__169[0U] = 0U;
    __Vtemp_h63419b7c__169[1U] = 0U;
    __Vtemp_h63419b7c__169[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x29U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x53U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x52U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__169, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc9a4caf1__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x55U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x54U]))));
    __Vtemp_hc9a4caf1__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x55U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x54U]))) 
                                        >> 0x20U));
    __Vtemp_hc9a4caf1__2[2U] = 0U;
    __Vtemp_h9c78abda__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x55U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x54U]))));
    __Vtemp_h9c78abda__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x55U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x54U]))) 
                                        >> 0x20U));
    __Vtemp_h9c78abda__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hf559721c__0, __Vtemp_hc9a4caf1__2, __Vtemp_h9c78abda__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hf559721c__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hf559721c__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf559721c__0[2U]);
    __Vtemp_h63419b7c__170[0U] = 0U;
    __Vtemp_h63419b7c__170[1U] = 0U;
    __Vtemp_h63419b7c__170[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2aU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x55U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x54U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__170, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc9a3e215__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x57U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x56U]))));
    __Vtemp_hc9a3e215__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x57U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x56U]))) 
                                        >> 0x20U));
    __Vtemp_hc9a3e215__2[2U] = 0U;
    __Vtemp_h9c79eb7e__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x57U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x56U]))));
    __Vtemp_h9c79eb7e__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x57U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x56U]))) 
                                        >> 0x20U));
    __Vtemp_h9c79eb7e__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h564ad696__0, __Vtemp_hc9a3e215__2, __Vtemp_h9c79eb7e__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h564ad696__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h564ad696__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h564ad696__0[2U]);
    __Vtemp_h63419b7c__171[0U] = 0U;
    __Vtemp_h63419b7c__171[1U] = 0U;
    __Vtemp_h63419b7c__171[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2bU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x57U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x56U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__171, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc989e9e9__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x59U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x58U]))));
    __Vtemp_hc989e9e9__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x59U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x58U]))) 
                                        >> 0x20U));
    __Vtemp_hc989e9e9__2[2U] = 0U;
    __Vtemp_h9c8de3e2__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x59U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x58U]))));
    __Vtemp_h9c8de3e2__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x59U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x58U]))) 
                                        >> 0x20U));
    __Vtemp_h9c8de3e2__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hcd7fd8fb__0, __Vtemp_hc989e9e9__2, __Vtemp_h9c8de3e2__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hcd7fd8fb__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hcd7fd8fb__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hcd7fd8fb__0[2U]);
    __Vtemp_h63419b7c__172[0U] = 0U;
    __Vtemp_h63419b7c__172[1U] = 0U;
    __Vtemp_h63419b7c__172[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2cU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x59U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x58U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__172, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc98e652d__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x5bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5aU]))));
    __Vtemp_hc98e652d__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x5aU]))) 
                                        >> 0x20U));
    __Vtemp_hc98e652d__2[2U] = 0U;
    __Vtemp_h9cb522c6__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x5bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5aU]))));
    __Vtemp_h9cb522c6__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x5aU]))) 
                                        >> 0x20U));
    __Vtemp_h9cb522c6__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hbb864620__0, __Vtemp_hc98e652d__2, __Vtemp_h9cb522c6__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hbb864620__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hbb864620__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hbb864620__0[2U]);
    __Vtemp_h63419b7c__173[0U] = 0U;
    __Vtemp_h63419b7c__173[1U] = 0U;
    __Vtemp_h63419b7c__173[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2dU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x5bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x5aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__173, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc992ad01__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x5dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5cU]))));
    __Vtemp_hc992ad01__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x5cU]))) 
                                        >> 0x20U));
    __Vtemp_hc992ad01__2[2U] = 0U;
    __Vtemp_h9c894baa__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x5dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5cU]))));
    __Vtemp_h9c894baa__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x5cU]))) 
                                        >> 0x20U));
    __Vtemp_h9c894baa__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h4cba290c__0, __Vtemp_hc992ad01__2, __Vtemp_h9c894baa__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h4cba290c__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h4cba290c__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h4cba290c__0[2U]);
    __Vtemp_h63419b7c__174[0U] = 0U;
    __Vtemp_h63419b7c__174[1U] = 0U;
    __Vtemp_h63419b7c__174[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2eU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x5dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x5cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__174, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc9962325__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x5fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5eU]))));
    __Vtemp_hc9962325__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x5fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x5eU]))) 
                                        >> 0x20U));
    __Vtemp_hc9962325__2[2U] = 0U;
    __Vtemp_h9c8d234e__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x5fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5eU]))));
    __Vtemp_h9c8d234e__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x5fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x5eU]))) 
                                        >> 0x20U));
    __Vtemp_h9c8d234e__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hf5e37f7c__0, __Vtemp_hc9962325__2, __Vtemp_h9c8d234e__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hf5e37f7c__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hf5e37f7c__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hf5e37f7c__0[2U]);
    __Vtemp_h63419b7c__175[0U] = 0U;
    __Vtemp_h63419b7c__175[1U] = 0U;
    __Vtemp_h63419b7c__175[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x2fU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x5fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x5eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__175, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc979c9b9__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x61U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x60U]))));
    __Vtemp_hc979c9b9__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x61U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x60U]))) 
                                        >> 0x20U));
    __Vtemp_hc979c9b9__2[2U] = 0U;
    __Vtemp_h9dde8c32__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x61U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x60U]))));
    __Vtemp_h9dde8c32__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x61U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x60U]))) 
                                        >> 0x20U));
    __Vtemp_h9dde8c32__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hbdfa7fda__0, __Vtemp_hc979c9b9__2, __Vtemp_h9dde8c32__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hbdfa7fda__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hbdfa7fda__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hbdfa7fda__0[2U]);
    __Vtemp_h63419b7c__176[0U] = 0U;
    __Vtemp_h63419b7c__176[1U] = 0U;
    __Vtemp_h63419b7c__176[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x30U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x61U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x60U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__176, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc9afacbd__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x63U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x62U]))));
    __Vtemp_hc9afacbd__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x63U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x62U]))) 
                                        >> 0x20U));
    __Vtemp_hc9afacbd__2[2U] = 0U;
    __Vtemp_h9dc56956__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x63U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x62U]))));
    __Vtemp_h9dc56956__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x63U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x62U]))) 
                                        >> 0x20U));
    __Vtemp_h9dc56956__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h996e1a52__0, __Vtemp_hc9afacbd__2, __Vtemp_h9dc56956__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h996e1a52__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h996e1a52__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h996e1a52__0[2U]);
    __Vtemp_h63419b7c__177[0U] = 0U;
    __Vtemp_h63419b7c__177[1U] = 0U;
    __Vtemp_h63419b7c__177[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x31U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x63U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x62U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__177, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc983c591__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x65U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x64U]))));
    __Vtemp_hc983c591__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x65U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x64U]))) 
                                        >> 0x20U));
    __Vtemp_hc983c591__2[2U] = 0U;
    __Vtemp_h9dd9617a__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x65U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x64U]))));
    __Vtemp_h9dd9617a__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x65U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x64U]))) 
                                        >> 0x20U));
    __Vtemp_h9dd9617a__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h9538e2d5__0, __Vtemp_hc983c591__2, __Vtemp_h9dd9617a__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h9538e2d5__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h9538e2d5__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h9538e2d5__0[2U]);
    __Vtemp_h63419b7c__178[0U] = 0U;
    __Vtemp_h63419b7c__178[1U] = 0U;
    __Vtemp_h63419b7c__178[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x32U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x65U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x64U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__178, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc802f3b5__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x67U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x66U]))));
    __Vtemp_hc802f3b5__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x67U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x66U]))) 
                                        >> 0x20U));
    __Vtemp_hc802f3b5__2[2U] = 0U;
    __Vtemp_h9c5ce95e__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x67U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x66U]))));
    __Vtemp_h9c5ce95e__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x67U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x66U]))) 
                                        >> 0x20U));
    __Vtemp_h9c5ce95e__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hea4ba933__0, __Vtemp_hc802f3b5__2, __Vtemp_h9c5ce95e__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hea4ba933__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hea4ba933__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hea4ba933__0[2U]);
    __Vtemp_h63419b7c__179[0U] = 0U;
    __Vtemp_h63419b7c__179[1U] = 0U;
    __Vtemp_h63419b7c__179[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x33U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x67U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x66U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__179, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc7eeab89__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x69U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x68U]))));
    __Vtemp_hc7eeab89__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x69U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x68U]))) 
                                        >> 0x20U));
    __Vtemp_hc7eeab89__2[2U] = 0U;
    __Vtemp_h9c706482__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x69U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x68U]))));
    __Vtemp_h9c706482__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x69U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x68U]))) 
                                        >> 0x20U));
    __Vtemp_h9c706482__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h8e08777f__0, __Vtemp_hc7eeab89__2, __Vtemp_h9c706482__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h8e08777f__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h8e08777f__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h8e08777f__0[2U]);
    __Vtemp_h63419b7c__180[0U] = 0U;
    __Vtemp_h63419b7c__180[1U] = 0U;
    __Vtemp_h63419b7c__180[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x34U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x69U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x68U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__180, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc7ea6dcd__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x6bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6aU]))));
    __Vtemp_hc7ea6dcd__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x6aU]))) 
                                        >> 0x20U));
    __Vtemp_hc7ea6dcd__2[2U] = 0U;
    __Vtemp_h9c946ca6__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x6bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6aU]))));
    __Vtemp_h9c946ca6__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x6aU]))) 
                                        >> 0x20U));
    __Vtemp_h9c946ca6__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_he2f3e7d6__0, __Vtemp_hc7ea6dcd__2, __Vtemp_h9c946ca6__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_he2f3e7d6__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_he2f3e7d6__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_he2f3e7d6__0[2U]);
    __Vtemp_h63419b7c__181[0U] = 0U;
    __Vtemp_h63419b7c__181[1U] = 0U;
    __Vtemp_h63419b7c__181[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x35U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x6bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x6aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__181, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hcb76ac21__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x6dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6cU]))));
    __Vtemp_hcb76ac21__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x6cU]))) 
                                        >> 0x20U));
    __Vtemp_hcb76ac21__2[2U] = 0U;
    __Vtemp_h9c6883ca__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x6dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6cU]))));
    __Vtemp_h9c6883ca__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x6cU]))) 
                                        >> 0x20U));
    __Vtemp_h9c6883ca__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h6d84ac05__0, __Vtemp_hcb76ac21__2, __Vtemp_h9c6883ca__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h6d84ac05__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h6d84ac05__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h6d84ac05__0[2U]);
    __Vtemp_h63419b7c__182[0U] = 0U;
    __Vtemp_h63419b7c__182[1U] = 0U;
    __Vtemp_h63419b7c__182[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x36U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x6dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x6cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__182, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hcb71e0c5__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x6fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6eU]))));
    __Vtemp_hcb71e0c5__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x6fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x6eU]))) 
                                        >> 0x20U));
    __Vtemp_hcb71e0c5__2[2U] = 0U;
    __Vtemp_h9c6cabae__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x6fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6eU]))));
    __Vtemp_h9c6cabae__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x6fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x6eU]))) 
                                        >> 0x20U));
    __Vtemp_h9c6cabae__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hfb0ce8a7__0, __Vtemp_hcb71e0c5__2, __Vtemp_h9c6cabae__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hfb0ce8a7__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hfb0ce8a7__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hfb0ce8a7__0[2U]);
    __Vtemp_h63419b7c__183[0U] = 0U;
    __Vtemp_h63419b7c__183[1U] = 0U;
    __Vtemp_h63419b7c__183[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x37U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x6fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x6eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__183, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc7de0959__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x71U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x70U]))));
    __Vtemp_hc7de0959__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x71U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x70U]))) 
                                        >> 0x20U));
    __Vtemp_hc7de0959__2[2U] = 0U;
    __Vtemp_h9c410452__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x71U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x70U]))));
    __Vtemp_h9c410452__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x71U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x70U]))) 
                                        >> 0x20U));
    __Vtemp_h9c410452__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h7b6ed544__0, __Vtemp_hc7de0959__2, __Vtemp_h9c410452__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h7b6ed544__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h7b6ed544__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h7b6ed544__0[2U]);
    __Vtemp_h63419b7c__184[0U] = 0U;
    __Vtemp_h63419b7c__184[1U] = 0U;
    __Vtemp_h63419b7c__184[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x38U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x71U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x70U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__184, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc7da215d__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x73U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x72U]))));
    __Vtemp_hc7da215d__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x73U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x72U]))) 
                                        >> 0x20U));
    __Vtemp_hc7da215d__2[2U] = 0U;
    __Vtemp_h9d252db6__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x73U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x72U]))));
    __Vtemp_h9d252db6__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x73U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x72U]))) 
                                        >> 0x20U));
    __Vtemp_h9d252db6__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h80b63690__0, __Vtemp_hc7da215d__2, __Vtemp_h9d252db6__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h80b63690__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h80b63690__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h80b63690__0[2U]);
    __Vtemp_h63419b7c__185[0U] = 0U;
    __Vtemp_h63419b7c__185[1U] = 0U;
    __Vtemp_h63419b7c__185[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x39U)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x73U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x72U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__185, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc7e649b1__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x75U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x74U]))));
    __Vtemp_hc7e649b1__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x75U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x74U]))) 
                                        >> 0x20U));
    __Vtemp_hc7e649b1__2[2U] = 0U;
    __Vtemp_h9c38a39a__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x75U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x74U]))));
    __Vtemp_h9c38a39a__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x75U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x74U]))) 
                                        >> 0x20U));
    __Vtemp_h9c38a39a__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h33b126c5__0, __Vtemp_hc7e649b1__2, __Vtemp_h9c38a39a__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h33b126c5__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h33b126c5__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h33b126c5__0[2U]);
    __Vtemp_h63419b7c__186[0U] = 0U;
    __Vtemp_h63419b7c__186[1U] = 0U;
    __Vtemp_h63419b7c__186[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3aU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x75U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x74U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__186, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc7e2b355__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x77U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x76U]))));
    __Vtemp_hc7e2b355__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x77U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x76U]))) 
                                        >> 0x20U));
    __Vtemp_hc7e2b355__2[2U] = 0U;
    __Vtemp_h9c3cebbe__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x77U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x76U]))));
    __Vtemp_h9c3cebbe__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x77U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x76U]))) 
                                        >> 0x20U));
    __Vtemp_h9c3cebbe__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_haeda8edc__0, __Vtemp_hc7e2b355__2, __Vtemp_h9c3cebbe__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_haeda8edc__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_haeda8edc__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_haeda8edc__0[2U]);
    __Vtemp_h63419b7c__187[0U] = 0U;
    __Vtemp_h63419b7c__187[1U] = 0U;
    __Vtemp_h63419b7c__187[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3bU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x77U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x76U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__187, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc6ce66a9__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x79U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x78U]))));
    __Vtemp_hc6ce66a9__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x79U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x78U]))) 
                                        >> 0x20U));
    __Vtemp_hc6ce66a9__2[2U] = 0U;
    __Vtemp_h9c50e5a2__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x79U])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x78U]))));
    __Vtemp_h9c50e5a2__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x79U])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x78U]))) 
                                        >> 0x20U));
    __Vtemp_h9c50e5a2__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h67c38ae3__0, __Vtemp_hc6ce66a9__2, __Vtemp_h9c50e5a2__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h67c38ae3__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h67c38ae3__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h67c38ae3__0[2U]);
    __Vtemp_h63419b7c__188[0U] = 0U;
    __Vtemp_h63419b7c__188[1U] = 0U;
    __Vtemp_h63419b7c__188[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3cU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x79U])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x78U]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__188, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc6c2f36d__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x7bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7aU]))));
    __Vtemp_hc6c2f36d__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x7aU]))) 
                                        >> 0x20U));
    __Vtemp_hc6c2f36d__2[2U] = 0U;
    __Vtemp_h9c74a986__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x7bU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7aU]))));
    __Vtemp_h9c74a986__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7bU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x7aU]))) 
                                        >> 0x20U));
    __Vtemp_h9c74a986__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_hda6b25ef__0, __Vtemp_hc6c2f36d__2, __Vtemp_h9c74a986__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_hda6b25ef__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_hda6b25ef__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_hda6b25ef__0[2U]);
    __Vtemp_h63419b7c__189[0U] = 0U;
    __Vtemp_h63419b7c__189[1U] = 0U;
    __Vtemp_h63419b7c__189[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3dU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x7bU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x7aU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__189, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc6d6aac1__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x7dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7cU]))));
    __Vtemp_hc6d6aac1__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x7cU]))) 
                                        >> 0x20U));
    __Vtemp_hc6d6aac1__2[2U] = 0U;
    __Vtemp_h9c48c16a__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x7dU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7cU]))));
    __Vtemp_h9c48c16a__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7dU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x7cU]))) 
                                        >> 0x20U));
    __Vtemp_h9c48c16a__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_ha2636a69__0, __Vtemp_hc6d6aac1__2, __Vtemp_h9c48c16a__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_ha2636a69__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_ha2636a69__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_ha2636a69__0[2U]);
    __Vtemp_h63419b7c__190[0U] = 0U;
    __Vtemp_h63419b7c__190[1U] = 0U;
    __Vtemp_h63419b7c__190[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3eU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x7dU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x7cU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__190, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
        vlSelf->pd_top__DOT__fetch__DOT__sqe_ok = 1U;
    }
    __Vtemp_hc6cb2d65__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_base[0x7fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7eU]))));
    __Vtemp_hc6cb2d65__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_base[0x7fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_base[0x7eU]))) 
                                        >> 0x20U));
    __Vtemp_hc6cb2d65__2[2U] = 0U;
    __Vtemp_h9c4ca98e__2[0U] = (IData)((((QData)((IData)(
                                                         vlSelf->pd_top__DOT__win_size[0x7fU])) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7eU]))));
    __Vtemp_h9c4ca98e__2[1U] = (IData)(((((QData)((IData)(
                                                          vlSelf->pd_top__DOT__win_size[0x7fU])) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           vlSelf->pd_top__DOT__win_size[0x7eU]))) 
                                        >> 0x20U));
    __Vtemp_h9c4ca98e__2[2U] = 0U;
    VL_ADD_W(3, __Vtemp_h3d2f6d8b__0, __Vtemp_hc6cb2d65__2, __Vtemp_h9c4ca98e__2);
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[0U] 
        = __Vtemp_h3d2f6d8b__0[0U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[1U] 
        = __Vtemp_h3d2f6d8b__0[1U];
    pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end[2U] 
        = (1U & __Vtemp_h3d2f6d8b__0[2U]);
    __Vtemp_h63419b7c__191[0U] = 0U;
    __Vtemp_h63419b7c__191[1U] = 0U;
    __Vtemp_h63419b7c__191[2U] = 1U;
    if (((((IData)((vlSelf->pd_top__DOT__win_enable 
                    >> 0x3fU)) & (vlSelf->pd_top__DOT__fetch__DOT__sqe_addr 
                                  >= (((QData)((IData)(
                                                       vlSelf->pd_top__DOT__win_base[0x7fU])) 
                                       << 0x20U) | (QData)((IData)(
                                                                   vlSelf->pd_top__DOT__win_base[0x7eU]))))) 
          & VL_LTE_W(3, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr, pd_top__DOT__fetch__DOT__sqe_check__DOT__win_end)) 
         & VL_GTE_W(3, __Vtemp_h63419b7c__191, pd_top__DOT__fetch__DOT__sqe_check__DOT__end_addr))) {
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
        vlSelf->pd_top__DOT__wr__DOT__state_next = vlSelf->pd_top__DOT__wr__DOT__state_reg;
        if ((2U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
            if ((1U & (~ (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg)))) {
                if (vlSelf->pd_top__DOT__wr__DOT__dat_fire) {
                    vlSelf->pd_top__DOT__wr__DOT__beats_next 
                        = (0x3fffU & ((IData)(vlSelf->pd_top__DOT__wr__DOT__beats_reg) 
                                      - (IData)(1U)));
                }
            }
            if ((1U & (IData)(vlSelf->pd_top__DOT__wr__DOT__state_reg))) {
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
