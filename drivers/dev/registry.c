/* SPDX-License-Identifier: MIT */
/*
 * registry.c - device bodies by name (pd_dev_lookup).
 *
 * "soft" is always built in.  "rtl" is found only when a program links the
 * RTL body (drivers/dev/rtl) in: the reference below is weak, so linking
 * libpddev.a alone never pulls the Verilated model in, and the lookup then
 * returns NULL.
 */
#include <string.h>

#include "pd_dev.h"

extern const struct pd_dev_ops pd_rtl_ops __attribute__((weak));

const struct pd_dev_ops *pd_dev_lookup(const char *name)
{
	const struct pd_dev_ops *ops = NULL;

	if (!name)
		return NULL;
	if (!strcmp(name, "soft"))
		ops = &pd_soft_ops;
	else if (!strcmp(name, "rtl"))
		ops = &pd_rtl_ops; /* NULL when not linked in */
	if (ops && ops->version != PD_DEV_OPS_VERSION)
		return NULL;
	return ops;
}
