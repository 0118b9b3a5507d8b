/* SPDX-License-Identifier: MIT */
/*
 * pd_hw_cxx.h - include pd_hw.h (and pd_dev.h) from C++: pd_hw.h asserts its
 * layout with C11 _Static_assert, which C++ spells static_assert.
 */
#ifndef PD_HW_CXX_H
#define PD_HW_CXX_H

#ifndef _Static_assert
#define _Static_assert static_assert
#define PD_HW_CXX_DEFINED_STATIC_ASSERT
#endif
extern "C" {
#include "pd_hw.h"
#include "pd_dev.h"
}
#ifdef PD_HW_CXX_DEFINED_STATIC_ASSERT
#undef _Static_assert
#undef PD_HW_CXX_DEFINED_STATIC_ASSERT
#endif

#endif /* PD_HW_CXX_H */
