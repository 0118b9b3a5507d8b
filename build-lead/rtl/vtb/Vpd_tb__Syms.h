// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Symbol table internal header
//
// Internal details; most calling programs do not need this header,
// unless using verilator public meta comments.

#ifndef VERILATED_VPD_TB__SYMS_H_
#define VERILATED_VPD_TB__SYMS_H_  // guard

#include "verilated.h"

// INCLUDE MODEL CLASS

#include "Vpd_tb.h"

// INCLUDE MODULE CLASSES
#include "Vpd_tb___024root.h"

// SYMS CLASS (contains all model state)
class Vpd_tb__Syms final : public VerilatedSyms {
  public:
    // INTERNAL STATE
    Vpd_tb* const __Vm_modelp;
    bool __Vm_didInit = false;

    // MODULE INSTANCE STATE
    Vpd_tb___024root               TOP;

    // CONSTRUCTORS
    Vpd_tb__Syms(VerilatedContext* contextp, const char* namep, Vpd_tb* modelp);
    ~Vpd_tb__Syms();

    // METHODS
    const char* name() { return TOP.name(); }
} VL_ATTR_ALIGNED(VL_CACHE_LINE_BYTES);

#endif  // guard
