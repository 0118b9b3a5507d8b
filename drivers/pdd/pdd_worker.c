// SPDX-License-Identifier: MIT
/*
 * pdd_worker.c - one thread per driver worker (= SQ/CQ pair).
 *
 * busy:     pdc_worker_poll in a loop.
 * adaptive: poll; after PDD_SPIN_NS of empty polls, announce sleep through
 *           pdc_worker_sleep_prepare (sets worker[w].sleeping in every
 *           process header, full fence, rechecks) and block in epoll_wait
 *           over the worker's private eventfd (the device's interrupt
 *           callback on a completion, the core's worker_wake, stop) and each
 *           process's kick eventfd for this worker.  Edge-triggered: every
 *           write is a new event, and the worker never reads a process's
 *           eventfd (the process may close it any time; its counter only
 *           saturates after 2^64 writes).
 */
#include <errno.h>
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

static void *worker_main(void *arg)
{
	struct worker_arg *wa = arg;
	struct pdd *pdd = wa->pdd;
	unsigned int w = wa->w;
	uint64_t last_work = mono_ns();
	unsigned int empty = 0;

	while (!atomic_load_explicit(&pdd->stop, memory_order_relaxed)) {
		if (pdc_worker_poll(pdd->core, w, 0)) {
			empty = 0;
			continue;
		}
		if (pdd->opts.poll_busy)
			continue;
		/* read the clock only every few empty polls: it costs more than a poll */
		if (++empty == 1) {
			last_work = mono_ns();
			continue;
		}
		if ((empty & 15) || mono_ns() - last_work < PDD_SPIN_NS)
			continue;
		if (pdc_worker_sleep_prepare(pdd->core, w)) {
			struct epoll_event evs[16];

			/*
			 * Sleep until a process kicks, the device interrupts or the
			 * core wakes us; stop also writes the private eventfd.
			 */
			if (!atomic_load(&pdd->stop))
				epoll_wait(pdd->worker_epfd[w], evs, 16, -1);
			drain(pdd->worker_efd[w]);
			pdc_worker_sleep_done(pdd->core, w);
		}
		empty = 0;
	}
	return NULL;
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
