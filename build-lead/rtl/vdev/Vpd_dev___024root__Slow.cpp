// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpd_dev.h for the primary calling header

#include "verilated.h"

#include "Vpd_dev__Syms.h"
#include "Vpd_dev___024root.h"

void Vpd_dev___024root___ctor_var_reset(Vpd_dev___024root* vlSelf);

Vpd_dev___024root::Vpd_dev___024root(Vpd_dev__Syms* symsp, const char* v__name)
    : VerilatedModule{v__name}
    , vlSymsp{symsp}
 {
    // Reset structure values
    Vpd_dev___024root___ctor_var_reset(this);
}

void Vpd_dev___024root::__Vconfigure(bool first) {
    if (false && first) {}  // Prevent unused
}

Vpd_dev___024root::~Vpd_dev___024root() {
}
