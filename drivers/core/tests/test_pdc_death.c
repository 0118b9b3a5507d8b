// SPDX-License-Identifier: MIT
/*
 * Description: a process that dies is cleaned up: its peers see
 * PD_SF_RESET / ECONNRESET, its listeners' queued connections are reset,
 * its ring memory and pages go back (only once no command in flight refers
 * to them), and a completion that arrives after the reset is ignored.  A
 * COPY that faults in the device resets that connection only.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "pdc_harness.h"
#include "pdc_int.h"

static int setup(void **state)
{
	*state = hc_world_new();
	return *state ? 0 : -1;
}

static int teardown(void **state)
{
	assert_int_equal(hc_world_free(*state), 0);
	return 0;
}

static void test_peer_sees_reset(void **state)
{
	struct hc_world *e = *state;
	int c[3], s[3], i, l;
	uint8_t buf[64];
	int wakes;

	for (i = 0; i < 3; i++)
		hc_pair(e->a, e->b, "198.18.0.2", (uint16_t)(6000 + i), &c[i], &s[i]);
	/* a listener of a with a connection from b still waiting in accept() */
	l = hc_socket(e->a);
	hc_bind(e->a, l, "198.18.0.1", 6100);
	hc_listen(e->a, l, 4);
	{
		int q = hc_socket(e->b);

		assert_int_equal(hc_connect(e->b, q, "198.18.0.1", 6100), 0);
		hc_send(e->a, c[0], "bye", 3);
		hc_run(e->h, 50);
		wakes = e->b->wakes;
		assert_true(hc_stats(e->h).sockets >= 8);
		hc_proc_free(e->a);
		e->a = NULL;
		assert_true(e->b->wakes > wakes);
		assert_true(hc_shm(e->b, q)->flags & PD_SF_RESET);
		assert_int_equal(hc_shm(e->b, q)->state, PD_SS_CLOSED);
		hc_close(e->b, q);
	}
	for (i = 0; i < 3; i++) {
		struct pd_sock_shm *m = hc_shm(e->b, s[i]);

		assert_true(m->flags & PD_SF_RESET);
		assert_int_equal(m->state, PD_SS_CLOSED);
		assert_int_equal(m->error, ECONNRESET);
	}
	/* data that arrived before the death is still readable */
	assert_int_equal(hc_recv(e->b, s[0], buf, sizeof(buf)), 3);
	hc_run(e->h, 50);
	/* a's container: no socket, no memory, no page */
	assert_int_equal(hc_ctr_stats(e->ca).sockets, 0);
	assert_int_equal(hc_ctr_stats(e->ca).mem_used, 0);
	assert_int_equal(e->ca->pages_backed, 0);
	assert_int_equal(e->ca->page_gets, e->ca->page_puts);
	for (i = 0; i < 3; i++)
		assert_int_equal(hc_close(e->b, s[i]), 0);
	hc_run(e->h, 50);
	assert_int_equal(hc_stats(e->h).sockets, 0);
	assert_int_equal(hc_stats(e->h).region_used, 0);
}

static void test_late_completion_ignored(void **state)
{
	struct hc_world *e = *state;
	uint8_t out[8000];
	int c, s;
	struct pd_sock_shm *m;

	hc_pair(e->a, e->b, "198.18.0.2", 6200, &c, &s);
	memset(out, 0x77, sizeof(out));
	assert_int_equal(hc_send(e->a, c, out, sizeof(out)), sizeof(out));
	/* the worker issues the COPY; the device has not run it yet */
	pdc_worker_poll(e->h->dev, 0, 0);
	pdc_worker_poll(e->h->dev, 1, 0);
	assert_int_equal(pdc_worker_inflight(e->h->dev, 0) + pdc_worker_inflight(e->h->dev, 1), 1);
	hc_proc_free(e->a);
	e->a = NULL;
	m = hc_shm(e->b, s);
	assert_true(m->flags & PD_SF_RESET);
	/* the dead side's rings are still the target/source of a command in flight */
	assert_true(hc_ctr_stats(e->ca).mem_used > 0);
	assert_int_equal(hc_ctr_free(e->ca), -EBUSY);
	/* the device completes it; the core recognises the reset connection and ignores it */
	hc_run(e->h, 50);
	assert_int_equal(hc_stats(e->h).commands, 1);
	assert_int_equal(m->recv.prod, 0);
	assert_int_equal(hc_ctr_stats(e->cb).bytes_recv, 0);
	assert_int_equal(hc_ctr_stats(e->ca).mem_used, 0);
	assert_int_equal(e->ca->pages_backed, 0);
	hc_close(e->b, s);
	hc_run(e->h, 50);
	assert_int_equal(hc_ctr_stats(e->cb).mem_used, 0);
}

static void test_both_die_in_flight(void **state)
{
	struct hc_world *e = *state;
	uint8_t out[3000];
	int c, s;

	hc_pair(e->a, e->b, "198.18.0.2", 6300, &c, &s);
	memset(out, 1, sizeof(out));
	hc_send(e->a, c, out, sizeof(out));
	hc_send(e->b, s, out, sizeof(out));
	pdc_worker_poll(e->h->dev, 0, 0);
	pdc_worker_poll(e->h->dev, 1, 0);
	hc_proc_free(e->a);
	hc_proc_free(e->b);
	e->a = e->b = NULL;
	hc_run(e->h, 50);
	assert_int_equal(hc_stats(e->h).commands, 2);
	assert_int_equal(hc_ctr_stats(e->ca).mem_used, 0);
	assert_int_equal(hc_ctr_stats(e->cb).mem_used, 0);
	assert_int_equal(hc_stats(e->h).region_used, 0);
}

static void test_dma_fault_resets_one_connection(void **state)
{
	struct hc_world *e = *state;
	struct hc_ctr *cc = hc_ctr_new(e->h, "198.18.0.3", 0);
	struct hc_proc *p3 = hc_proc_new(cc);
	int c, s, c2, s2;
	uint8_t in[16];

	hc_pair(e->a, e->b, "198.18.0.2", 6400, &c, &s);
	hc_pair(p3, e->b, "198.18.0.2", 6401, &c2, &s2);
	/* close a's device window behind the core's back: a's COPYs fault */
	e->h->dops->reg_write(e->h->sdev, PD_REG_WIN(e->ca->ctr->win) + PD_WIN_CTRL, 0);
	hc_send(e->a, c, "doomed", 6);
	hc_send(p3, c2, "fine", 4);
	hc_run(e->h, 50);
	assert_int_equal(hc_stats(e->h).faults, 1);
	assert_true(hc_shm(e->a, c)->flags & PD_SF_RESET);
	assert_true(hc_shm(e->b, s)->flags & PD_SF_RESET);
	assert_int_equal(hc_getopt(e->b, s, PD_OPT_ERROR), ECONNRESET);
	/* nothing was written into the receive ring */
	assert_int_equal(hc_shm(e->b, s)->recv.prod, 0);
	/* the other connection is unaffected */
	assert_int_equal(hc_recv(e->b, s2, in, sizeof(in)), 4);
	assert_memory_equal(in, "fine", 4);
	assert_false(hc_shm(e->b, s2)->flags & PD_SF_RESET);
	e->h->dops->reg_write(e->h->sdev, PD_REG_WIN(e->ca->ctr->win) + PD_WIN_CTRL,
			      PD_WIN_CTRL_ENABLE);
	hc_close(e->a, c);
	hc_close(e->b, s);
	hc_close(p3, c2);
	hc_close(e->b, s2);
	hc_run(e->h, 50);
	assert_int_equal(hc_ctr_stats(e->ca).mem_used, 0);
	hc_proc_free(p3);
	assert_int_equal(hc_ctr_free(cc), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_peer_sees_reset, setup, teardown),
		cmocka_unit_test_setup_teardown(test_late_completion_ignored, setup, teardown),
		cmocka_unit_test_setup_teardown(test_both_die_in_flight, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dma_fault_resets_one_connection, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
