// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpd_tb.h for the primary calling header

#include "verilated.h"

#include "Vpd_tb__Syms.h"
#include "Vpd_tb___024root.h"

void Vpd_tb___024root___ctor_var_reset(Vpd_tb___024root* vlSelf);

Vpd_tb___024root::Vpd_tb___024root(Vpd_tb__Syms* symsp, const char* v__name)
    : VerilatedModule{v__name}
    , vlSymsp{symsp}
 {
    // Reset structure values
    Vpd_tb___024root___ctor_var_reset(this);
}

void Vpd_tb___024root::__Vconfigure(bool first) {
    if (false && first) {}  // Prevent unused
}

Vpd_tb___024root::~Vpd_tb___024root() {
}
