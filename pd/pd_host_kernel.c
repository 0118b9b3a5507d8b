// SPDX-License-Identifier: MIT
/*
 * pd_host_kernel.c - the kernel-module host (/dev/pipedevice): ioctl for
 * requests, mmap per-socket cookies for rings.  The module does not exist
 * yet, so open() says so; the ops table keeps the split in place.
 */
#include <stdio.h>

#include "pd_internal.h"

static int kernel_open(struct pd_ctx *c)
{
	(void)c;
	fprintf(stderr, "libpd: PD_HOST=kernel: the kernel-module host (%s) is not implemented yet; "
		"run pdd and use PD_HOST=pdd\n", PD_DEV_NODE);
	return -ENODEV;
}

static void kernel_close(struct pd_ctx *c)
{
	(void)c;
}

static int kernel_call(struct pd_ctx *c, struct pd_req *req, struct pd_resp *resp)
{
	(void)c;
	(void)req;
	(void)resp;
	return -ENODEV;
}

const struct pd_host_ops pd_host_kernel = {
	.name = "kernel",
	.open = kernel_open,
	.close = kernel_close,
	.call = kernel_call,
};
