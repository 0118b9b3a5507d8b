// SPDX-License-Identifier: MIT
/*
 * pdd_worker.c - one thread per driver worker (= SQ/CQ pair).
 *
 * Each round: pdc_worker_poll, then (--device-thread inline) the device
 * body through pd_dev_ops.poll, so the commands just issued run in this
 * thread and their completions are reaped next round.
 *
 * busy:     rounds in a loop; after --yield-after empty rounds in a row,
 *           sched_yield() (a no-op when nothing else wants this core).
 * adaptive: the same for --spin-us; then announce sleep through
 *           worker_sleeping[w] and pdc_worker_sleep_prepare (sets
 *           worker[w].sleeping in every process header, full fence,
 *           rechecks) and block in epoll_wait over the worker's private
 *           eventfd (the device's interrupt callback on a completion, the
 *           core's worker_wake, stop) and each process's kick eventfd for
 *           this worker.  Edge-triggered: every write is a new event, and
 *           the worker never reads a process's eventfd (the process may
 *           close it any time; its counter only saturates after 2^64
 *           writes).
 *
 * Inline device and sleep: a worker sleeps only after an empty round, i.e.
 * the body had nothing to run or another worker was running it.  In the
 * latter case that worker completes our commands and the interrupt for our
 * vector wakes us (worker_sleeping[w] is set before the fence of
 * sleep_prepare; dev_irq fences before it reads it).  Commands queued by a
 * request of the main thread reach a sleeping worker through the core's
 * worker_wake.
 */
#include <dirent.h>
#include <errno.h>
#include <sched.h>
#include <sys/epoll.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "pdd.h"

struct worker_arg {
	struct pdd *pdd;
	unsigned int w;
};

static struct worker_arg worker_args[PD_MAX_WORKERS];

static uint64_t mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void drain(int efd)
{
	uint64_t v;

	while (read(efd, &v, sizeof(v)) == sizeof(v))
		;
}

/* inline device: run up to PDD_DEV_BUDGET commands; 0 if another worker is running it */
static unsigned int device_poll(struct pdd *pdd)
{
	unsigned int n;

	if (pdd->opts.dev_thread != PDD_DEV_INLINE)
		return 0;
	/* pd_dev.h does not promise a reentrant poll(); a busy body is the other worker's job */
	if (pthread_mutex_trylock(&pdd->dev_poll_lock))
		return 0;
	n = pdd->dev_ops->poll(pdd->dev, PDD_DEV_BUDGET);
	pthread_mutex_unlock(&pdd->dev_poll_lock);
	return n;
}

static void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_pause();
#endif
}

/*
 * After an empty round: relax, and every --yield-after empty rounds (an empty
 * round costs ~0.1 us) give the core away: on a machine with fewer cores than
 * spinning threads, the thread we wait for may be waiting for this core.
 */
static void idle_spin(const struct pdd *pdd, unsigned int empty)
{
	unsigned int every = pdd->opts.yield_polls;

	if (every && empty % every == 0)
		sched_yield();
	else
		cpu_relax();
}

static void worker_sleep(struct pdd *pdd, unsigned int w)
{
	struct epoll_event evs[16];

	/* before sleep_prepare's full fence: dev_irq sees it, or we see its CQE */
	atomic_store_explicit(&pdd->worker_sleeping[w], 1, memory_order_relaxed);
	/*
	 * With the device inline, sleep_prepare also refuses while commands of
	 * our SQ are in flight (pdc_config.workers_run_device): the device runs
	 * only while a worker polls it.
	 */
	if (pdc_worker_sleep_prepare(pdd->core, w)) {
		/*
		 * Sleep until a process kicks, the device interrupts or the
		 * core wakes us; stop also writes the private eventfd.
		 */
		if (!atomic_load(&pdd->stop))
			epoll_wait(pdd->worker_epfd[w], evs, 16, -1);
		drain(pdd->worker_efd[w]);
		pdc_worker_sleep_done(pdd->core, w);
	}
	atomic_store_explicit(&pdd->worker_sleeping[w], 0, memory_order_relaxed);
}

static void *worker_main(void *arg)
{
	struct worker_arg *wa = arg;
	struct pdd *pdd = wa->pdd;
	unsigned int w = wa->w;
	uint64_t last_work = mono_ns(), spin_ns = (uint64_t)pdd->opts.spin_us * 1000;
	unsigned int empty = 0;

	bool inline_dev = pdd->opts.dev_thread == PDD_DEV_INLINE;

	while (!atomic_load_explicit(&pdd->stop, memory_order_relaxed)) {
		uint64_t t0 = inline_dev ? mono_ns() : 0;
		unsigned int n = pdc_worker_poll(pdd->core, w, 0);

		/* the driver's share of an inline worker: rounds that found work */
		if (n && inline_dev)
			atomic_fetch_add_explicit(&pdd->worker_driver_ns[w], mono_ns() - t0,
						  memory_order_relaxed);
		n += device_poll(pdd);
		if (n) {
			empty = 0;
			continue;
		}
		idle_spin(pdd, ++empty);
		if (pdd->opts.poll_busy)
			continue;
		/* read the clock only every few empty polls: it costs more than a poll */
		if (empty == 1) {
			last_work = mono_ns();
			continue;
		}
		if ((empty & 15) || mono_ns() - last_work < spin_ns)
			continue;
		worker_sleep(pdd, w);
		empty = 0;
	}
	return NULL;
}

static uint64_t thread_cpu_ns(pthread_t t)
{
	struct timespec ts;
	clockid_t cid;

	if (pthread_getcpuclockid(t, &cid) || clock_gettime(cid, &ts))
		return 0;
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* run time (ns) of this process's threads whose name a device body gives them */
static uint64_t body_threads_ns(void)
{
	DIR *d = opendir("/proc/self/task");
	struct dirent *e;
	uint64_t sum = 0;

	while (d && (e = readdir(d))) {
		char path[64], buf[64];
		FILE *f;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "/proc/self/task/%.16s/comm", e->d_name);
		f = fopen(path, "r");
		if (!f)
			continue;
		if (!fgets(buf, sizeof(buf), f) ||
		    (strncmp(buf, "pd-soft", 7) && strncmp(buf, "pd-rtl", 6) && strncmp(buf, "pd-dev", 6))) {
			fclose(f);
			continue;
		}
		fclose(f);
		snprintf(path, sizeof(path), "/proc/self/task/%.16s/schedstat", e->d_name);
		f = fopen(path, "r");
		if (f) {
			unsigned long long v;

			if (fscanf(f, "%llu", &v) == 1)
				sum += v;
			fclose(f);
		}
	}
	if (d)
		closedir(d);
	return sum;
}

/*
 * The device's CPU and the driver's, out of everything pdd ran: a body on
 * its own thread(s) is the device; a body run inline by the workers is the
 * workers' time outside their driver rounds (the copies, and the polling
 * that stands in for a device's doorbell: a hardware engine runs by itself).
 */
void pdd_cpu_split(struct pdd *pdd, struct pd_stats_global *g)
{
	struct timespec ts;
	uint64_t total, dev = body_threads_ns();

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	total = (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
	if (pdd->opts.dev_thread == PDD_DEV_INLINE) {
		for (unsigned int w = 0; w < pdd->workers; w++) {
			uint64_t cpu, drv;

			if (!pdd->worker_started[w])
				continue;
			cpu = thread_cpu_ns(pdd->worker_thr[w]);
			drv = atomic_load_explicit(&pdd->worker_driver_ns[w], memory_order_relaxed);
			dev += cpu > drv ? cpu - drv : 0;
		}
	}
	if (dev > total)
		dev = total;
	g->cpu_device_ns = dev;
	g->cpu_driver_ns = total - dev;
}

int pdd_pin_thread(pthread_t thr, const unsigned short *cpus, unsigned int n)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	for (unsigned int i = 0; i < n; i++)
		CPU_SET(cpus[i], &set);
	return -pthread_setaffinity_np(thr, sizeof(set), &set);
}

int pdd_workers_start(struct pdd *pdd)
{
	for (unsigned int w = 0; w < pdd->workers; w++) {
		int ret;

		worker_args[w].pdd = pdd;
		worker_args[w].w = w;
		ret = pthread_create(&pdd->worker_thr[w], NULL, worker_main, &worker_args[w]);
		if (ret) {
			pdd_log("error: starting worker %u: %s", w, strerror(ret));
			return -ret;
		}
		pdd->worker_started[w] = true;
		if (pdd->opts.cpus_set) {
			const unsigned short *cpu = &pdd->opts.cpus[w % pdd->opts.ncpus];

			ret = pdd_pin_thread(pdd->worker_thr[w], cpu, 1);
			if (ret) {
				pdd_log("error: pinning worker %u to CPU %u (--cpus): %s", w, *cpu,
					strerror(-ret));
				return ret;
			}
		}
		pthread_setname_np(pdd->worker_thr[w], "pdd-worker");
	}
	return 0;
}

void pdd_workers_stop(struct pdd *pdd)
{
	uint64_t one = 1;

	atomic_store(&pdd->stop, true);
	for (unsigned int w = 0; w < pdd->workers; w++) {
		if (!pdd->worker_started[w])
			continue;
		if (write(pdd->worker_efd[w], &one, sizeof(one)) < 0) {
			/* saturated counter: the worker is awake anyway */
		}
		pthread_join(pdd->worker_thr[w], NULL);
		pdd->worker_started[w] = false;
	}
}
