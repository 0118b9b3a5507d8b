// SPDX-License-Identifier: MIT
/*
 * Description: ring memory: the buddy allocator of a container arena
 * (exhaustion, fragmentation, coalescing, alignment), page reference counts
 * (page_get on first use, page_put after the last, shared 2 MiB pages), the
 * device-wide region budget, page_get failures, and the per-container quota
 * as seen by CONNECT (-ENOBUFS) and the stats.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "pdc_harness.h"
#include "pdc_int.h"

static void test_exhaust_fragment_coalesce(void **state)
{
	struct hc *h = hc_new(NULL);
	struct hc_ctr *c = hc_ctr_new(h, "198.18.0.1", 65536);
	struct pdc_ring r[17], big;
	int i;

	(void)state;
	for (i = 0; i < 16; i++) {
		assert_int_equal(pdc_ring_alloc(c->ctr, 4096, &r[i]), 0);
		assert_true(r[i].off < 65536);
		assert_int_equal(r[i].off % 4096, 0);
	}
	assert_int_equal(pdc_ring_alloc(c->ctr, 4096, &r[16]), -ENOBUFS);
	assert_int_equal(c->pages_backed, 16);
	/* every other block free: 32 KiB free, but no 8 KiB block */
	for (i = 0; i < 16; i += 2)
		pdc_ring_free(c->ctr, &r[i]);
	assert_int_equal(c->ctr->mem_used, 32768);
	assert_int_equal(pdc_ring_alloc(c->ctr, 8192, &big), -ENOBUFS);
	/* freeing the rest coalesces back into one 64 KiB block */
	for (i = 1; i < 16; i += 2)
		pdc_ring_free(c->ctr, &r[i]);
	assert_int_equal(c->pages_backed, 0);
	assert_int_equal(c->page_gets, c->page_puts);
	assert_int_equal(pdc_ring_alloc(c->ctr, 65536, &big), 0);
	assert_int_equal(big.off, 0);
	pdc_ring_free(c->ctr, &big);
	/* mixed sizes are aligned to their size */
	assert_int_equal(pdc_ring_alloc(c->ctr, 4096, &r[0]), 0);
	assert_int_equal(pdc_ring_alloc(c->ctr, 16384, &r[1]), 0);
	assert_int_equal(pdc_ring_alloc(c->ctr, 8192, &r[2]), 0);
	assert_int_equal(r[1].off % 16384, 0);
	assert_int_equal(r[2].off % 8192, 0);
	assert_int_equal(pdc_ring_alloc(c->ctr, 3000, &r[3]), -EINVAL);
	for (i = 0; i < 3; i++)
		pdc_ring_free(c->ctr, &r[i]);
	assert_int_equal(c->ctr->mem_used, 0);
	assert_int_equal(hc_ctr_free(c), 0);
	hc_free(h);
}

static void test_hugepage_refcounts(void **state)
{
	struct pdc_config cfg = { .page_size = 2u << 20, .max_memory = 4u << 20,
				  .region_size = 8u << 20 };
	struct hc *h = hc_new(&cfg);
	struct hc_ctr *c = hc_ctr_new(h, "198.18.0.1", 4u << 20);
	struct pdc_ring a, b, d;

	(void)state;
	assert_int_equal(pdc_ring_alloc(c->ctr, 4096, &a), 0);
	assert_int_equal(c->page_gets, 1);
	assert_int_equal(pdc_ring_alloc(c->ctr, 4096, &b), 0);
	assert_int_equal(c->page_gets, 1); /* same 2 MiB page */
	assert_int_equal(hc_stats(h).region_used, 2u << 20);
	pdc_ring_free(c->ctr, &a);
	assert_int_equal(c->page_puts, 0); /* b still uses it */
	/* a 2 MiB ring cannot share page 0 with b: it takes page 1 */
	assert_int_equal(pdc_ring_alloc(c->ctr, 2u << 20, &d), 0);
	assert_int_equal(d.off, 2u << 20);
	assert_int_equal(c->page_gets, 2);
	assert_int_equal(hc_stats(h).region_used, 4u << 20);
	pdc_ring_free(c->ctr, &b);
	assert_int_equal(c->page_puts, 1);
	pdc_ring_free(c->ctr, &d);
	assert_int_equal(c->page_puts, 2);
	assert_int_equal(c->pages_backed, 0);
	assert_int_equal(hc_stats(h).region_used, 0);
	assert_int_equal(hc_ctr_free(c), 0);
	hc_free(h);
}

static void test_region_budget(void **state)
{
	struct pdc_config cfg = { .region_size = 3 * 4096 };
	struct hc *h = hc_new(&cfg);
	struct hc_ctr *c1 = hc_ctr_new(h, "198.18.0.1", 65536);
	struct hc_ctr *c2 = hc_ctr_new(h, "198.18.0.2", 65536);
	struct pdc_ring a, b, d;

	(void)state;
	assert_int_equal(pdc_ring_alloc(c1->ctr, 8192, &a), 0);
	assert_int_equal(pdc_ring_alloc(c2->ctr, 4096, &b), 0);
	/* the budget is device-wide: the third page is gone, in any container */
	assert_int_equal(pdc_ring_alloc(c1->ctr, 4096, &d), -ENOBUFS);
	assert_int_equal(pdc_ring_alloc(c2->ctr, 4096, &d), -ENOBUFS);
	/* a failed allocation leaves nothing behind */
	assert_int_equal(c1->pages_backed, 2);
	assert_int_equal(c1->ctr->mem_used, 8192);
	assert_int_equal(hc_stats(h).region_used, 3 * 4096);
	pdc_ring_free(c1->ctr, &a);
	assert_int_equal(pdc_ring_alloc(c2->ctr, 8192, &d), 0);
	pdc_ring_free(c2->ctr, &b);
	pdc_ring_free(c2->ctr, &d);
	assert_int_equal(hc_stats(h).region_used, 0);
	assert_int_equal(hc_ctr_free(c1), 0);
	assert_int_equal(hc_ctr_free(c2), 0);
	hc_free(h);
}

static void test_page_get_failure(void **state)
{
	struct hc *h = hc_new(NULL);
	struct hc_ctr *c = hc_ctr_new(h, "198.18.0.1", 65536);
	struct pdc_ring a, b;

	(void)state;
	assert_int_equal(pdc_ring_alloc(c->ctr, 4096, &a), 0);
	c->fail_page_get = -ENOMEM;
	assert_int_equal(pdc_ring_alloc(c->ctr, 16384, &b), -ENOBUFS);
	assert_int_equal(c->ctr->mem_used, 4096);
	assert_int_equal(hc_stats(h).region_used, 4096);
	c->fail_page_get = 0;
	pdc_ring_free(c->ctr, &a);
	/* the arena is whole again */
	assert_int_equal(pdc_ring_alloc(c->ctr, 65536, &b), 0);
	pdc_ring_free(c->ctr, &b);
	assert_int_equal(hc_ctr_free(c), 0);
	hc_free(h);
}

/*
 * CONNECT allocates the caller's two rings, ACCEPT the listener's two; each
 * container's quota refuses the one too many of its own
 */
static void test_connect_quota(void **state)
{
	struct pdc_config cfg = { .max_memory = 128u << 10 };
	struct hc *h = hc_new(&cfg);
	struct hc_ctr *ca = hc_ctr_new(h, "198.18.0.1", 0);
	struct hc_ctr *cb = hc_ctr_new(h, "198.18.0.2", 0);
	struct hc_proc *a = hc_proc_new(ca), *b = hc_proc_new(cb);
	int l = hc_socket(b), c[8], i, ok = 0;
	struct pd_stats_ctr st;

	(void)state;
	hc_bind(b, l, "198.18.0.2", 4000);
	hc_listen(b, l, 64);
	/* 16 KiB rings: 32 KiB per side per connection, 4 fit in 128 KiB */
	for (i = 0; i < 5; i++) {
		c[i] = hc_socket(a);
		if (hc_connect(a, c[i], "198.18.0.2", 4000) == 0)
			ok++;
		else
			assert_int_equal(hc_getopt(a, c[i], PD_OPT_SNDBUF), 16384);
	}
	assert_int_equal(ok, 4);
	assert_int_equal(hc_connect(a, c[4], "198.18.0.2", 4000), -ENOBUFS);
	st = hc_ctr_stats(ca);
	assert_int_equal(st.mem_used, 128u << 10);
	assert_int_equal(st.mem_quota, 128u << 10);
	/* unaccepted connections cost the listener's container no ring memory */
	assert_int_equal(hc_ctr_stats(cb).mem_used, 0);
	for (i = 0; i < 8 && hc_accept(b, l) >= 0; i++)
		;
	assert_int_equal(i, 4);
	assert_int_equal(hc_ctr_stats(cb).mem_used, 128u << 10);
	hc_close(a, c[0]);
	hc_run(h, 10);
	assert_int_equal(hc_connect(a, c[4], "198.18.0.2", 4000), 0); /* a's memory came back */
	/* b still holds the closed one's peer: no room for the new one's rings, which is reset */
	assert_int_equal(hc_accept(b, l), -ENOBUFS);
	assert_true(hc_shm(a, c[4])->flags & PD_SF_RESET);
	assert_int_equal(hc_ctr_stats(cb).mem_used, 128u << 10);
	hc_proc_free(b);
	hc_run(h, 10);
	assert_int_equal(hc_ctr_stats(cb).mem_used, 0);
	hc_proc_free(a);
	hc_run(h, 10);
	assert_int_equal(hc_ctr_stats(ca).mem_used, 0);
	assert_int_equal(ca->pages_backed, 0);
	assert_int_equal(cb->pages_backed, 0);
	assert_int_equal(hc_ctr_free(ca), 0);
	assert_int_equal(hc_ctr_free(cb), 0);
	hc_free(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exhaust_fragment_coalesce),
		cmocka_unit_test(test_hugepage_refcounts),
		cmocka_unit_test(test_region_budget),
		cmocka_unit_test(test_page_get_failure),
		cmocka_unit_test(test_connect_quota),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
