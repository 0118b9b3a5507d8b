// SPDX-License-Identifier: MIT
/*
 * dev_fault.c - copies between client-shared memory that survive the memory
 * going away under them.
 *
 * A client owns the files its rings live in (its arena memfd) and may punch
 * holes in them.  Touching a punched page makes the kernel back it again;
 * when it cannot (a hugetlb pool that the client emptied) the access raises
 * SIGBUS in the process that touched it: the host of the device body, which
 * serves every tenant.  pd_dev_copy_guarded() runs the copy with a per-thread
 * recovery point: a SIGBUS inside it returns -EFAULT (the body completes the
 * command with PD_ST_DMA_FAULT, and the driver resets that one connection),
 * as a DMA engine reports a bus error instead of stopping the machine.
 * A SIGBUS anywhere else is ours: the previous disposition takes it.
 * Installing is idempotent; installing again after someone else replaced
 * the handler puts the guard back and chains to the replacement.
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>

#include "pd_dev.h"

static __thread sigjmp_buf *guard_jb;
static struct sigaction old_bus;

static void on_sigbus(int sig, siginfo_t *si, void *uc)
{
	sigjmp_buf *jb = guard_jb;

	(void)si;
	(void)uc;
	if (jb) {
		guard_jb = NULL;
		siglongjmp(*jb, 1);
	}
	/* not in a guarded copy: back to what was there; returning re-runs the access */
	sigaction(sig, &old_bus, NULL);
}

int pd_dev_fault_guard_install(void)
{
	struct sigaction sa, prev;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_sigbus;
	/* NODEFER: the jump leaves the handler, SIGBUS must not stay blocked */
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGBUS, &sa, &prev))
		return -errno;
	/* installed again (someone replaced it meanwhile): chain to that one, never to ourselves */
	if (prev.sa_sigaction != on_sigbus)
		old_bus = prev;
	return 0;
}

int pd_dev_copy_guarded(void *ctx, void *dst, const void *src, uint64_t len)
{
	sigjmp_buf jb;

	(void)ctx;
	if (sigsetjmp(jb, 0))
		return -EFAULT;
	guard_jb = &jb;
	/* the handler (same thread) sees the recovery point before the copy starts */
	__atomic_signal_fence(__ATOMIC_SEQ_CST);
	memmove(dst, src, (size_t)len);
	__atomic_signal_fence(__ATOMIC_SEQ_CST);
	guard_jb = NULL;
	return 0;
}
