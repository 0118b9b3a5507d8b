/* SPDX-License-Identifier: MIT */
/*
 * rtl_dev.cpp - the "rtl" device body: the Verilated pd_top (rtl/src) behind
 * pd_dev.h.  Registers go through the model's register port; its DMA ports
 * are served by the memory model of rtl/sim/rtl_sim.h, which translates every
 * device address through the host's dma_map (after checking it against the
 * window table, like the RTL itself).
 *
 * The model is compiled with 16 queues and 64 windows; a body is created for
 * cfg->num_queues <= 16 and reports and honours the configured counts (rule
 * S1 of the soft device: queues and windows beyond them read 0 and ignore
 * writes, IRQ_VECTOR >= NUM_QUEUES is ignored).
 *
 * Threads: one mutex serialises every access to the model (register
 * operations clock it for one or two cycles).  start() runs a thread that
 * clocks the model in slices of RTL_SLICE cycles while it is busy; idle, it
 * spins (PD_DEV_POLL_BUSY) or, after spin_us, sleeps on a condition variable
 * until a register write (every write can create work: doorbells, enables,
 * CTRL).  The write bumps `kicks` under the mutex before notifying, and the
 * thread re-checks kicks under the mutex before waiting: no lost wake-up.
 * Interrupts fired during a slice are delivered after the mutex is released.
 *
 * Known difference from the soft body: a range inside an enabled window for
 * which dma_map returns NULL, or whose host memory faults in the host's
 * dma_copy (a punched page), cannot fault in hardware; reads return junk and
 * writes are dropped, and the first such event is reported on stderr.
 */
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <new>
#include <pthread.h>
#include <thread>
#include <vector>

#include "Vpd_dev.h"
#include "pd_hw_cxx.h"
#include "rtl_sim.h"

namespace {

const unsigned RTL_QUEUES = 16, RTL_WINDOWS = 64;
const unsigned RTL_SLICE = 256; /* cycles per lock hold */

pdtb::SimConfig sim_config()
{
	pdtb::SimConfig c;
	/* A functional body: short latency, no stalls.  PD_RTL_READ_LATENCY overrides. */
	c.rd_latency = 16;
	c.rd_jitter = 0;
	c.req_bp_pct = 0;
	c.rd_stall_pct = 0;
	c.wr_bp_pct = 0;
	if (const char *e = getenv("PD_RTL_READ_LATENCY"))
		c.rd_latency = (unsigned)strtoul(e, nullptr, 0);
	return c;
}

} /* namespace */

struct pd_dev {
	struct pd_dev_config cfg;
	struct pd_dev_host host;
	std::mutex lock;
	std::condition_variable cv;
	uint64_t kicks = 0;            /* register writes, under lock */
	std::vector<unsigned> fired;   /* vectors fired in this slice, under lock */
	bool reported = false;
	pdtb::Sim<Vpd_dev> *sim = nullptr;
	std::thread thread;
	bool running = false;
	bool stop_req = false;         /* under lock */

	pd_dev(const struct pd_dev_config *c, const struct pd_dev_host *h) : cfg(*c), host(*h) {}
};

static void deliver(struct pd_dev *dev, std::vector<unsigned> &v)
{
	if (dev->host.irq)
		for (unsigned x : v)
			dev->host.irq(dev->host.ctx, x);
	v.clear();
}

static void report(struct pd_dev *dev)
{
	if (!dev->reported && !dev->sim->err.empty()) {
		dev->reported = true;
		fprintf(stderr, "pd rtl device: %s\n", dev->sim->err.c_str());
	}
}

static int rtl_create(const struct pd_dev_config *cfg, const struct pd_dev_host *host, struct pd_dev **out)
{
	if (!cfg || !host || !out || !host->dma_map || cfg->faults) /* no fault injection here */
		return -EINVAL;
	if (cfg->num_queues < 1 || cfg->num_queues > RTL_QUEUES || cfg->num_windows < 1 ||
	    cfg->num_windows > RTL_WINDOWS || (cfg->poll != PD_DEV_POLL_BUSY && cfg->poll != PD_DEV_POLL_ADAPTIVE))
		return -EINVAL;
	struct pd_dev *dev = new (std::nothrow) pd_dev(cfg, host);
	if (!dev)
		return -ENOMEM;
	if (!dev->cfg.spin_us)
		dev->cfg.spin_us = 50;
	try {
		dev->sim = new pdtb::Sim<Vpd_dev>(
			sim_config(),
			[dev](uint64_t a, uint64_t l) {
				return static_cast<uint8_t *>(dev->host.dma_map(dev->host.ctx, a, l));
			},
			[dev](unsigned v) { dev->fired.push_back(v); }, RTL_QUEUES, RTL_WINDOWS);
		if (dev->host.dma_copy)
			dev->sim->set_copy([dev](void *d, const void *s, size_t n) {
				return dev->host.dma_copy(dev->host.ctx, d, s, n) == 0;
			});
	} catch (...) {
		delete dev;
		return -ENOMEM;
	}
	*out = dev;
	return 0;
}

static void rtl_stop(struct pd_dev *dev)
{
	if (!dev->running)
		return;
	{
		std::lock_guard<std::mutex> g(dev->lock);
		dev->stop_req = true;
	}
	dev->cv.notify_all();
	dev->thread.join();
	dev->running = false;
	dev->stop_req = false;
}

static void rtl_destroy(struct pd_dev *dev)
{
	if (!dev)
		return;
	rtl_stop(dev);
	delete dev->sim;
	delete dev;
}

/* Is off a register of a queue or window beyond the configured counts? */
static bool hidden(struct pd_dev *dev, uint32_t off)
{
	if (off >= PD_REG_Q_BASE_OFF)
		return (off - PD_REG_Q_BASE_OFF) / PD_REG_Q_STRIDE >= dev->cfg.num_queues;
	if (off >= PD_REG_WIN_BASE_OFF)
		return (off - PD_REG_WIN_BASE_OFF) / PD_REG_WIN_STRIDE >= dev->cfg.num_windows;
	return false;
}

static uint64_t rtl_reg_read(struct pd_dev *dev, uint32_t off)
{
	if (off == PD_REG_NUM_QUEUES)
		return dev->cfg.num_queues;
	if (off == PD_REG_NUM_WINDOWS)
		return dev->cfg.num_windows;
	if (hidden(dev, off))
		return 0;
	std::vector<unsigned> fired;
	uint64_t v;
	{
		std::lock_guard<std::mutex> g(dev->lock);
		v = dev->sim->reg_read(off);
		fired.swap(dev->fired);
	}
	deliver(dev, fired);
	return v;
}

static void rtl_reg_write(struct pd_dev *dev, uint32_t off, uint64_t val)
{
	if (hidden(dev, off))
		return;
	if (off >= PD_REG_Q_BASE_OFF && (off - PD_REG_Q_BASE_OFF) % PD_REG_Q_STRIDE == PD_Q_IRQ_VECTOR &&
	    val >= dev->cfg.num_queues)
		return;
	std::vector<unsigned> fired;
	{
		std::lock_guard<std::mutex> g(dev->lock);
		dev->sim->reg_write(off, val);
		dev->kicks++;
		fired.swap(dev->fired);
	}
	dev->cv.notify_one();
	deliver(dev, fired);
}

/* Clock one slice under the lock; returns whether the model is still busy. */
static bool slice(struct pd_dev *dev, std::vector<unsigned> &fired, unsigned cycles)
{
	std::lock_guard<std::mutex> g(dev->lock);
	bool busy = false;
	for (unsigned i = 0; i < cycles; i++) {
		dev->sim->tick();
		busy = dev->sim->busy();
		if (!busy)
			break;
	}
	report(dev);
	fired.swap(dev->fired);
	return busy;
}

static void thread_main(struct pd_dev *dev)
{
	/* named like every device-body thread: pdd charges its CPU to the device */
	pthread_setname_np(pthread_self(), "pd-rtl");
	std::vector<unsigned> fired;
	auto idle_since = std::chrono::steady_clock::now();
	bool idle = false;
	for (;;) {
		bool busy = slice(dev, fired, RTL_SLICE);
		deliver(dev, fired);
		std::unique_lock<std::mutex> g(dev->lock);
		if (dev->stop_req)
			return;
		if (busy) {
			idle = false;
			continue;
		}
		auto now = std::chrono::steady_clock::now();
		if (!idle) {
			idle = true;
			idle_since = now;
		}
		if (dev->cfg.poll == PD_DEV_POLL_BUSY ||
		    now - idle_since < std::chrono::microseconds(dev->cfg.spin_us)) {
			g.unlock();
			std::this_thread::yield();
			continue;
		}
		/* Sleep until a register write (kicks moves) or stop. */
		uint64_t seen = dev->kicks;
		dev->cv.wait(g, [&] { return dev->stop_req || dev->kicks != seen; });
		idle = false;
		if (dev->stop_req)
			return;
	}
}

static int rtl_start(struct pd_dev *dev)
{
	if (dev->running)
		return -EBUSY;
	try {
		dev->thread = std::thread(thread_main, dev);
	} catch (...) {
		return -EAGAIN;
	}
	dev->running = true;
	return 0;
}

/* Clock until budget more commands completed or the model is idle. */
static unsigned int rtl_poll(struct pd_dev *dev, unsigned int budget)
{
	if (dev->running)
		return 0;
	std::vector<unsigned> fired;
	unsigned done = 0;
	{
		std::lock_guard<std::mutex> g(dev->lock);
		uint64_t c0 = dev->sim->completions;
		dev->sim->tick(); /* timers and interrupts advance even for budget 0 */
		while (dev->sim->completions - c0 < budget && dev->sim->busy())
			dev->sim->tick();
		done = (unsigned)(dev->sim->completions - c0);
		report(dev);
		fired.swap(dev->fired);
	}
	deliver(dev, fired);
	return done;
}

extern "C" {
extern const struct pd_dev_ops pd_rtl_ops;
const struct pd_dev_ops pd_rtl_ops = {
	PD_DEV_OPS_VERSION, "rtl", rtl_create, rtl_destroy, rtl_reg_read, rtl_reg_write, rtl_start, rtl_stop, rtl_poll,
};
}
