/* SPDX-License-Identifier: MIT */
/*
 * Description: pd_dev_lookup finds a second body when a program links one
 * in (the weak pd_rtl_ops reference of registry.c resolves to this file's
 * definition, a stand-in for drivers/dev/rtl).  test_soft_regs checks the
 * other case: not linked, NULL.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "pd_dev.h"

const struct pd_dev_ops pd_rtl_ops = {
	.version = PD_DEV_OPS_VERSION,
	.name = "rtl",
};

static void test_linked_body(void **state)
{
	(void)state;
	assert_ptr_equal(pd_dev_lookup("soft"), &pd_soft_ops);
	assert_ptr_equal(pd_dev_lookup("rtl"), &pd_rtl_ops);
	assert_string_equal(pd_dev_lookup("rtl")->name, "rtl");
	assert_null(pd_dev_lookup("RTL"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_linked_body),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
