// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Symbol table internal header
//
// Internal details; most calling programs do not need this header,
// unless using verilator public meta comments.

#ifndef VERILATED_VPD_DEV__SYMS_H_
#define VERILATED_VPD_DEV__SYMS_H_  // guard

#include "verilated.h"

// INCLUDE MODEL CLASS

#include "Vpd_dev.h"

// INCLUDE MODULE CLASSES
#include "Vpd_dev___024root.h"

// SYMS CLASS (contains all model state)
class Vpd_dev__Syms final : public VerilatedSyms {
  public:
    // INTERNAL STATE
    Vpd_dev* const __Vm_modelp;
    bool __Vm_didInit = false;

    // MODULE INSTANCE STATE
    Vpd_dev___024root              TOP;

    // CONSTRUCTORS
    Vpd_dev__Syms(VerilatedContext* contextp, const char* namep, Vpd_dev* modelp);
    ~Vpd_dev__Syms();

    // METHODS
    const char* name() { return TOP.name(); }
} VL_ATTR_ALIGNED(VL_CACHE_LINE_BYTES);

#endif  // guard
