/* SPDX-License-Identifier: MIT */
/*
 * Description: host memory that faults under a COPY (a client punched or
 * truncated the file behind its ring) is a DMA fault of that command, not
 * the death of the host: the guarded copy returns -EFAULT where a plain
 * access raises SIGBUS, the soft device completes the COPY with
 * PD_ST_DMA_FAULT and the next COPY works; a SIGBUS outside a guarded copy
 * still kills the process as before.  And the injected faults
 * (pd_dev_config.faults): the N-th COPY fails, every M-th fails, a bad
 * schedule is refused.
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "soft_harness.h"

#define PAGE 4096u
#define SIZE (4u << 20)

/* Cut the file behind h's memory at off: every page from there on raises SIGBUS when touched. */
static void cut(struct harness *h, size_t off)
{
	assert_int_equal(ftruncate(h->memfd, (off_t)off), 0);
}

static void test_guarded_copy(void **state)
{
	struct harness *h = h_new_memfd(1, 1, SIZE, PD_DEV_POLL_BUSY);
	uint8_t buf[PAGE];

	(void)state;
	assert_non_null(h);
	memset(h->mem, 0x11, 2 * PAGE);
	cut(h, SIZE - 16 * PAGE);
	/* inside the file: copied */
	assert_int_equal(pd_dev_copy_guarded(NULL, buf, h->mem, PAGE), 0);
	assert_int_equal(buf[PAGE - 1], 0x11);
	/* past its end, both ways: -EFAULT, and again (the guard is re-armed) */
	assert_int_equal(pd_dev_copy_guarded(NULL, buf, h->mem + SIZE - 2 * PAGE, PAGE), -EFAULT);
	assert_int_equal(pd_dev_copy_guarded(NULL, h->mem + SIZE - PAGE, buf, PAGE), -EFAULT);
	/* a copy that starts inside and runs past the end */
	assert_int_equal(pd_dev_copy_guarded(NULL, buf, h->mem + SIZE - 16 * PAGE - 8, 64), -EFAULT);
	assert_int_equal(pd_dev_copy_guarded(NULL, buf, h->mem + PAGE, PAGE), 0);
	h_free(h);
}

static void test_device_fault(void **state)
{
	struct harness *h = h_new_memfd(1, 1, SIZE, PD_DEV_POLL_BUSY);
	const uint64_t good = H_DATA, bad = H_DEVBASE + SIZE - 8 * PAGE;
	struct pd_cqe c;
	uint8_t *g;

	(void)state;
	assert_non_null(h);
	h_qsetup(h, 0, H_SQA(0), 8, H_CQA(0), 8);
	g = h_ptr(h, good);
	memset(g, 0x5a, PAGE);
	memset(g + PAGE, 0, PAGE);
	cut(h, SIZE - 16 * PAGE);
	/* from the cut-off pages into good memory, then into them: both DMA faults */
	h_submit(h, 0, PD_OP_COPY, 0, PAGE, bad, good + PAGE, 1, false);
	h_submit(h, 0, PD_OP_COPY, 0, PAGE, good, bad, 2, false);
	/* then a good one: done */
	h_submit(h, 0, PD_OP_COPY, 0, PAGE, good, good + PAGE, 3, true);
	assert_int_equal(h->ops->poll(h->dev, 8), 3);
	assert_int_equal(h_reap(h, 0, &c, true), 1);
	assert_int_equal(c.tag, 1);
	assert_int_equal(c.status, PD_ST_DMA_FAULT);
	assert_int_equal(h_reap(h, 0, &c, true), 1);
	assert_int_equal(c.tag, 2);
	assert_int_equal(c.status, PD_ST_DMA_FAULT);
	assert_int_equal(h_reap(h, 0, &c, true), 1);
	assert_int_equal(c.tag, 3);
	assert_int_equal(c.status, PD_ST_OK);
	assert_memory_equal(g, g + PAGE, PAGE);
	/* the device is not stopped: no fatal status */
	assert_int_equal(h_rd(h, PD_REG_STATUS) & PD_STATUS_FATAL, 0);
	h_free(h);
}

static void test_unguarded_still_dies(void **state)
{
	struct harness *h = h_new_memfd(1, 1, SIZE, PD_DEV_POLL_BUSY);
	int st;
	pid_t pid;

	(void)state;
	assert_non_null(h);
	cut(h, PAGE);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		volatile uint8_t *p = h->mem + 2 * PAGE;

		/* the process's own disposition (the default), then the guard over it */
		signal(SIGBUS, SIG_DFL);
		if (pd_dev_fault_guard_install())
			_exit(3);
		alarm(10);
		(void)*p; /* not in a guarded copy: SIGBUS takes the process */
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFSIGNALED(st));
	assert_int_equal(WTERMSIG(st), SIGBUS);
	h_free(h);
}

static void test_injected(void **state)
{
	struct harness *h = h_new_faults(1, H_MEM, "dma=2,dma-every=5");
	struct pd_cqe c;
	int i;

	(void)state;
	assert_non_null(h);
	h_qsetup(h, 0, H_SQA(0), 8, H_CQA(0), 8);
	for (i = 1; i <= 10; i++)
		h_submit(h, 0, PD_OP_COPY, 0, 64, H_DATA, H_DATA + 4096, (uint64_t)i, i == 10);
	assert_int_equal(h->ops->poll(h->dev, 16), 10);
	for (i = 1; i <= 10; i++) {
		assert_int_equal(h_reap(h, 0, &c, true), 1);
		assert_int_equal(c.tag, i);
		assert_int_equal(c.status, i == 2 || i % 5 == 0 ? PD_ST_DMA_FAULT : PD_ST_OK);
	}
	h_free(h);
	assert_null(h_new_faults(1, H_MEM, "dma=0"));
	assert_null(h_new_faults(1, H_MEM, "bogus"));
	assert_null(h_new_faults(1, H_MEM, "dma=3,"));
	assert_null(h_new_faults(1, H_MEM, "stall=1:99999999"));
	h = h_new_faults(1, H_MEM, "stall=1:1000");
	assert_non_null(h);
	h_free(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_guarded_copy),
		cmocka_unit_test(test_device_fault),
		cmocka_unit_test(test_unguarded_still_dies),
		cmocka_unit_test(test_injected),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
