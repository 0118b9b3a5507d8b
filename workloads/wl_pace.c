// SPDX-License-Identifier: MIT
/*
 * wl_pace.c - pd_stream's pacer: a token bucket that releases whole
 * messages, and how to wait for the next one without the timer's slack
 * eating the rate.
 *
 * At 80 Gbit/s a 64 KiB message is due every 6.6 us (2.6 us at 200 Gbit/s),
 * far below what a nanosleep delivers (the default timer slack alone is
 * 50 us): a sender that sleeps for such waits is capped well below its rate.
 * So a sender that must wait waits for a quantum of the rate (the pacing
 * timer, 1 ms: a burst of messages per wake-up, as iperf3 paces); short
 * waits (a quantum of 0) spin; long ones sleep short of the deadline and
 * spin the rest; and whatever the sender oversleeps, or loses to being
 * descheduled, stays in the bucket (5 ms of the rate deep) to be caught up.
 *
 * Everything but wl_pace_setup and wl_pace_wait_until is a pure function of
 * the time it is given.
 */
#include <errno.h>
#include <math.h>
#include <sched.h>
#include <sys/prctl.h>
#include <time.h>

#include "wl.h"

static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_pause();
#elif defined(__aarch64__)
	__asm__ __volatile__("yield" ::: "memory");
#else
	__asm__ __volatile__("" ::: "memory");
#endif
}

double wl_pace_depth(double bytes_per_sec, uint64_t msg)
{
	double d = bytes_per_sec * ((double)WL_PACE_DEPTH_NS / 1e9);
	double m = (double)msg * WL_PACE_DEPTH_MSGS;

	return d > m ? d : m;
}

void wl_pace_init(struct wl_pace *p, double bytes_per_sec, uint64_t msg, int64_t quantum_ns, int64_t now)
{
	p->rate = bytes_per_sec / 1e9;
	p->depth = wl_pace_depth(bytes_per_sec, msg);
	p->msg = msg;
	p->batch = (double)quantum_ns * p->rate;
	if (p->batch < (double)msg)
		p->batch = (double)msg;
	if (p->batch > p->depth)
		p->batch = p->depth;
	p->tokens = 0; /* start empty: bytes released never exceed rate x elapsed */
	p->last = now;
}

static void refill(struct wl_pace *p, int64_t now)
{
	if (now > p->last) {
		p->tokens += (double)(now - p->last) * p->rate;
		if (p->tokens > p->depth)
			p->tokens = p->depth;
		p->last = now;
	}
}

int64_t wl_pace_wait(struct wl_pace *p, int64_t now)
{
	int64_t w;

	refill(p, now);
	if (p->tokens >= (double)p->msg)
		return 0;
	w = (int64_t)ceil((p->batch - p->tokens) / p->rate);
	return w > 0 ? w : 1;
}

int wl_pace_take(struct wl_pace *p, int64_t now)
{
	refill(p, now);
	if (p->tokens < (double)p->msg)
		return 0;
	p->tokens -= (double)p->msg;
	return 1;
}

enum wl_wait_how wl_pace_plan(int64_t wait, int64_t *sleep_ns)
{
	*sleep_ns = 0;
	if (wait <= 0)
		return WL_WAIT_NONE;
	if (wait < WL_PACE_SPIN_NS)
		return WL_WAIT_SPIN;
	*sleep_ns = wait >= WL_PACE_SLEEP_ALL_NS ? wait : wait - WL_PACE_MARGIN_NS;
	return WL_WAIT_SLEEP;
}

int wl_pace_poll_ms(int64_t wait)
{
	int64_t sl;

	if (wl_pace_plan(wait, &sl) != WL_WAIT_SLEEP)
		return 0;
	sl /= 1000000; /* whole ms: poll may not end later than the sleep would */
	return sl > 100 ? 100 : (int)sl;
}

int wl_pace_setup(void)
{
	return prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL) ? -errno : 0;
}

void wl_pace_wait_until(int64_t deadline)
{
	int64_t now = wl_now_ns(), sl;

	if (wl_pace_plan(deadline - now, &sl) == WL_WAIT_SLEEP) {
		struct timespec ts = { .tv_sec = sl / 1000000000, .tv_nsec = sl % 1000000000 };

		nanosleep(&ts, NULL);
	}
	/*
	 * Spin.  With more than a couple of microseconds to go, give the core
	 * away (the receiver may be runnable on it; alone, sched_yield returns
	 * at once); closer to the deadline only pause.  Whatever a yield
	 * oversteps stays in the bucket.
	 */
	while ((now = wl_now_ns()) < deadline) {
		if (deadline - now > 2000)
			sched_yield();
		else
			cpu_relax();
	}
}
