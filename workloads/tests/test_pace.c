// SPDX-License-Identifier: MIT
/*
 * Description: the pacer of pd_stream --rate (wl_pace.c) on a fake clock:
 * depth, whole-message release, the spin/sleep plan of a wait, and a
 * simulated sender at 1, 10, 80 and 200 Gbit/s (64 KiB messages) that gets
 * the rate within 1 % over a simulated second, also when each send costs
 * time, when it is stalled 2 ms every 20 ms, and when its sleeps overshoot;
 * the bytes released never exceed rate x elapsed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "wl.h"

#define MS 1000000LL
#define SEC 1000000000LL

static void test_depth(void **state)
{
	(void)state;
	/* 80 Gbit/s: 5 ms of the rate (50 MB, ~763 messages of 64 KiB) */
	assert_true(wl_pace_depth(80e9 / 8, 65536) == 50e6);
	/* 1 Mbit/s: 5 ms is 625 bytes, less than 8 messages: 8 messages */
	assert_true(wl_pace_depth(1e6 / 8, 65536) == 8.0 * 65536);
	/* always at least several messages and at least a few ms of the rate */
	for (double bps = 1e6; bps <= 400e9; bps *= 3) {
		for (uint64_t msg = 1; msg <= (1u << 20); msg *= 16) {
			double d = wl_pace_depth(bps / 8, msg);

			assert_true(d >= 8.0 * (double)msg);
			assert_true(d >= bps / 8 * 0.005);
		}
	}
}

static void test_whole_messages(void **state)
{
	struct wl_pace p;
	int64_t t = 5 * SEC;
	int n;

	(void)state;
	/* 8 Gbit/s = 1 byte/ns, 1000-byte messages; the bucket starts empty */
	wl_pace_init(&p, 1e9, 1000, 0, t);
	assert_int_equal(wl_pace_wait(&p, t), 1000);
	assert_int_equal(wl_pace_take(&p, t), 0);
	/* 999 bytes of tokens are not a message: nothing goes, 1 ns to wait */
	assert_int_equal(wl_pace_take(&p, t + 999), 0);
	assert_int_equal(wl_pace_wait(&p, t + 999), 1);
	assert_int_equal(wl_pace_wait(&p, t + 1000), 0);
	assert_int_equal(wl_pace_take(&p, t + 1000), 1);
	assert_int_equal(wl_pace_take(&p, t + 1000), 0);
	/* 1.5 messages of tokens: one goes, the half stays for the next */
	assert_int_equal(wl_pace_take(&p, t + 2500), 1);
	assert_int_equal(wl_pace_take(&p, t + 2500), 0);
	assert_int_equal(wl_pace_wait(&p, t + 2500), 500);
	/* the clock going backwards (or standing still) refills nothing */
	assert_int_equal(wl_pace_wait(&p, t + 2000), 500);
	/* a long idle period is capped at the depth: 5 ms = 5000 messages */
	for (n = 0; wl_pace_take(&p, t + 10 * SEC); n++)
		;
	assert_int_equal(n, 5000);
	assert_int_equal(wl_pace_wait(&p, t + 10 * SEC), 1000);
}

static void test_plan(void **state)
{
	int64_t sl;

	(void)state;
	assert_int_equal(wl_pace_plan(0, &sl), WL_WAIT_NONE);
	assert_int_equal(sl, 0);
	assert_int_equal(wl_pace_plan(-5, &sl), WL_WAIT_NONE);
	/* below what a timer delivers: spin */
	assert_int_equal(wl_pace_plan(1, &sl), WL_WAIT_SPIN);
	assert_int_equal(wl_pace_plan(6554, &sl), WL_WAIT_SPIN); /* 64 KiB at 80 Gbit/s */
	assert_int_equal(wl_pace_plan(WL_PACE_SPIN_NS - 1, &sl), WL_WAIT_SPIN);
	assert_int_equal(sl, 0);
	/* above: sleep short of the deadline by the margin, then spin */
	assert_int_equal(wl_pace_plan(WL_PACE_SPIN_NS, &sl), WL_WAIT_SLEEP);
	assert_int_equal(sl, WL_PACE_SPIN_NS - WL_PACE_MARGIN_NS);
	assert_true(sl > 0);
	assert_int_equal(wl_pace_plan(MS, &sl), WL_WAIT_SLEEP);
	assert_int_equal(sl, MS); /* long waits sleep all of it: the bucket keeps what a late wake-up costs */
	/* poll timeouts (whole ms) never outlast the sleep they stand for */
	assert_int_equal(wl_pace_poll_ms(10000), 0);
	assert_int_equal(wl_pace_poll_ms(WL_PACE_SLEEP_ALL_NS - 1), 0);
	assert_int_equal(wl_pace_poll_ms(MS), 1);
	assert_int_equal(wl_pace_poll_ms(MS + WL_PACE_MARGIN_NS), 1);
	assert_int_equal(wl_pace_poll_ms(3 * MS), 3);
	assert_int_equal(wl_pace_poll_ms(10 * SEC), 100);
}

/* ---- a simulated sender on a fake clock ---- */

struct scen {
	const char *name;
	double bps;        /* target, bit/s */
	uint64_t msg;      /* bytes */
	int64_t cost;      /* ns each message's send takes */
	int64_t every;     /* a stall (descheduled) every this many ns ... */
	int64_t len;       /* ... of this length (0: none) */
	int64_t oversleep; /* a sleep ends this late (timer slack, wake-up latency) */
	int64_t quantum;   /* the pacing timer (0: wake for every message) */
};

struct simres {
	uint64_t sent, msgs, spins, sleeps;
	int64_t stalled;    /* ns */
	double max_ahead;   /* max over releases of sent - rate x elapsed, bytes (<= 0: never ahead) */
	double max_ratio;   /* max over releases of sent / (rate x elapsed) */
	double max_window;  /* max bytes in a 100 ms window / (rate x 100 ms) */
};

struct clock {
	int64_t t, every, len, next;
	int64_t stalled;
};

/* the sender runs for dt; a stall due meanwhile adds its length */
static void run_for(struct clock *c, int64_t dt)
{
	c->t += dt;
	while (c->len && c->t >= c->next) {
		c->t += c->len;
		c->stalled += c->len;
		c->next += c->every;
	}
}

#define SPIN_STEP 200 /* ns per round of a spin (clock read, pause or yield) */
#define WINDOW (100 * MS)

/*
 * The loop of stream_client with one connection whose sends never block:
 * ask the pacer, send a granted message (cost ns), else wait as planned.
 */
static void simulate(const struct scen *s, struct simres *r)
{
	struct clock c = { .t = 1000 * SEC, .every = s->every, .len = s->len };
	const int64_t t0 = c.t, end = t0 + SEC;
	const double rate = s->bps / 8 / 1e9; /* bytes/ns */
	struct wl_pace p;
	uint64_t win_sent = 0;
	int64_t win_end = t0 + WINDOW;

	memset(r, 0, sizeof(*r));
	r->max_ahead = -1e18;
	c.next = t0 + s->every / 2; /* the first stall half a period in, the last close to the end */
	wl_pace_init(&p, s->bps / 8, s->msg, s->quantum, t0);
	while (c.t < end) {
		int64_t wait = wl_pace_wait(&p, c.t), sl, deadline;
		enum wl_wait_how how;

		while (c.t >= win_end) {
			double w = (double)win_sent / (rate * WINDOW);

			if (w > r->max_window)
				r->max_window = w;
			win_sent = 0;
			win_end += WINDOW;
		}
		if (wait == 0) {
			double ahead;

			assert_int_equal(wl_pace_take(&p, c.t), 1);
			r->sent += s->msg;
			r->msgs++;
			win_sent += s->msg;
			ahead = (double)r->sent - rate * (double)(c.t - t0);
			if (ahead > r->max_ahead)
				r->max_ahead = ahead;
			if ((double)r->sent / (rate * (double)(c.t - t0)) > r->max_ratio)
				r->max_ratio = (double)r->sent / (rate * (double)(c.t - t0));
			/* never above the rate: what went by t is at most rate x (t - t0) (1 byte: rounding) */
			assert_true(ahead <= 1.0);
			run_for(&c, s->cost);
			continue;
		}
		/* no partial messages: without a whole message's tokens nothing goes */
		assert_int_equal(wl_pace_take(&p, c.t), 0);
		if (wait > end - c.t)
			wait = end - c.t;
		deadline = c.t + wait;
		how = wl_pace_plan(wait, &sl);
		if (wait < WL_PACE_SPIN_NS) {
			assert_int_equal(how, WL_WAIT_SPIN);
			r->spins++;
		} else {
			assert_int_equal(how, WL_WAIT_SLEEP);
			assert_int_equal(sl, wait >= WL_PACE_SLEEP_ALL_NS ? wait : wait - WL_PACE_MARGIN_NS);
			r->sleeps++;
			run_for(&c, sl + s->oversleep);
		}
		while (c.t < deadline)
			run_for(&c, SPIN_STEP);
	}
	r->stalled = c.stalled;
}

static const struct scen scens[] = {
	{ "80G ideal", 80e9, 65536, 0, 0, 0, 0, 0 },
	{ "80G send 1us", 80e9, 65536, 1000, 0, 0, 0, 0 },
	{ "80G send 1us, stall 2ms/20ms", 80e9, 65536, 1000, 20 * MS, 2 * MS, 0, 0 },
	{ "80G send 3us, stall 4ms/20ms", 80e9, 65536, 3000, 20 * MS, 4 * MS, 0, 0 },
	{ "200G ideal", 200e9, 65536, 0, 0, 0, 0, 0 },
	{ "200G send 1us", 200e9, 65536, 1000, 0, 0, 0, 0 },
	{ "200G send 1us, stall 2ms/20ms", 200e9, 65536, 1000, 20 * MS, 2 * MS, 0, 0 },
	{ "10G send 1us, oversleep 60us", 10e9, 65536, 1000, 0, 0, 60000, 0 },
	{ "1G send 1us, stall 2ms/20ms, oversleep 60us", 1e9, 65536, 1000, 20 * MS, 2 * MS, 60000, 0 },
	{ "1G oversleep 1ms", 1e9, 65536, 0, 0, 0, MS, 0 },
	/* pd_stream's default: the 1 ms pacing timer, bursts, sleeps only */
	{ "10G send 1us, 1ms timer, oversleep 60us", 10e9, 65536, 1000, 0, 0, 60000, MS },
	{ "80G send 1us, 1ms timer, oversleep 60us", 80e9, 65536, 1000, 0, 0, 60000, MS },
	{ "80G send 1us, 1ms timer, stall 2ms/20ms", 80e9, 65536, 1000, 20 * MS, 2 * MS, 60000, MS },
	{ "200G send 1us, 1ms timer, oversleep 60us", 200e9, 65536, 1000, 0, 0, 60000, MS },
};

static void test_simulated_sender(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(scens) / sizeof(scens[0]); i++) {
		const struct scen *s = &scens[i];
		struct simres r;
		double gbps, err;

		simulate(s, &r);
		gbps = (double)r.sent * 8 / 1e9; /* over one simulated second */
		err = gbps / (s->bps / 1e9) - 1;
		print_message("%-44s %8.3f Gbit/s (%+.3f %%), %6llu msgs, %6llu spins, %4llu sleeps, "
			      "stalled %3lld ms, sent/(rate x elapsed) <= %.6f, 100 ms windows <= %.4f x\n",
			      s->name, gbps, err * 100, (unsigned long long)r.msgs, (unsigned long long)r.spins,
			      (unsigned long long)r.sleeps, (long long)(r.stalled / MS), r.max_ratio, r.max_window);
		/* the rate within 1 % */
		assert_true(err > -0.01 && err < 0.01);
		/* never more than 1 % above it at any release (from the start, never above at all) */
		assert_true(r.max_ratio <= 1.01);
		assert_true(r.max_ahead <= 1.0);
		/* a 100 ms window holds at most its share plus the depth (the catch-up after a stall) */
		assert_true(r.max_window * (s->bps / 8 * 0.1) <=
			    s->bps / 8 * 0.1 + wl_pace_depth(s->bps / 8, s->msg) + (double)s->msg);
		/* the sleep class is what the slow rates use, spin what the fast ones use */
		if (s->quantum)
			assert_true(r.sleeps > 0 && r.spins == 0); /* a quantum's wait always sleeps */
		else if (s->bps >= 80e9)
			assert_true(r.spins > 0 && r.sleeps == 0);
		else
			assert_true(r.sleeps > 0);
		if (s->len)
			assert_true(r.stalled >= 40 * MS);
	}
}

/*
 * A stall longer than the bucket is deep loses what exceeds the depth (the
 * long-run average never goes above the rate to make it up), and the burst
 * after it is at most the depth.
 */
static void test_long_stalls(void **state)
{
	const struct scen s = { "80G, stall 20ms/100ms", 80e9, 65536, 1000, 100 * MS, 20 * MS, 0, 0 };
	const double depth_ms = (double)WL_PACE_DEPTH_NS / MS;
	struct simres r;
	double gbps, want;

	(void)state;
	simulate(&s, &r);
	gbps = (double)r.sent * 8 / 1e9;
	/* 10 stalls of 20 ms, each loses 20 ms - 5 ms of the rate */
	want = 80 * (1 - (double)r.stalled / MS / 1000 + (double)(r.stalled / (20 * MS)) * depth_ms / 1000);
	print_message("%-44s %8.3f Gbit/s (expected %.3f: stalled %lld ms, each keeps %.0f ms of credit), "
		      "100 ms windows <= %.4f x\n",
		      s.name, gbps, want, (long long)(r.stalled / MS), depth_ms, r.max_window);
	assert_true(gbps > want * 0.99 && gbps < want * 1.01);
	assert_true(gbps < 80);
	assert_true(r.max_ahead <= 1.0);
	assert_true(r.max_window <= 1 + depth_ms / 100 + 0.001);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_depth),
		cmocka_unit_test(test_whole_messages),
		cmocka_unit_test(test_plan),
		cmocka_unit_test(test_simulated_sender),
		cmocka_unit_test(test_long_stalls),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
