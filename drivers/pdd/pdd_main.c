// SPDX-License-Identifier: MIT
/*
 * pdd - the PipeDevice user-space driver daemon.
 *
 * Startup: options, the control socket (refusing to start if another pdd
 * answers on it), the region's page size (hugepages), the device body and
 * the driver core, the workers; then one epoll loop in the main thread.
 * SIGTERM/SIGINT/SIGHUP: every process reset and its memory returned, workers and
 * device stopped, arenas unmapped, hugepages given back, socket removed.
 */
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <time.h>
#include <unistd.h>

#include "pdd.h"

#define PDD_DRAIN_MS 2000 /* shutdown: how long containers may wait for commands in flight */

static int epoll_add(struct pdd *pdd, int fd, void *tag)
{
	struct epoll_event ev = { .events = EPOLLIN, .data.ptr = tag };

	return epoll_ctl(pdd->epoll_fd, EPOLL_CTL_ADD, fd, &ev) ? -errno : 0;
}

static void log_config(const struct pdd *pdd)
{
	const struct pdd_opts *o = &pdd->opts;
	char a[32], b[32], c[32];

	pdd_log("starting: socket %s, device %s (%s thread), poll %s (spin %u us, yield after %u, "
		"control spin %u us), "
		"%u workers%s, region %s on %s pages (hugepages %s%s), ring-size %s, max-sockets %u, "
		"max-memory %s",
		o->socket, o->device, o->dev_thread == PDD_DEV_INLINE ? "inline: no" : "own",
		o->poll_busy ? "busy" : "adaptive", o->spin_us, o->yield_polls, o->ctl_spin_us,
		pdd->workers,
		o->cpus_set ? " (pinned, --cpus)" : "",
		pdd_fmt_size(o->region, a, sizeof(a)), pdd->region.huge ? "2 MiB" : "4 KiB",
		o->hugepages == PDD_HUGE_AUTO ? "auto" : o->hugepages == PDD_HUGE_ON ? "on" : "off",
		pdd->region.added ? ", pool grown" : "", pdd_fmt_size(o->ring_size, b, sizeof(b)),
		o->max_sockets, pdd_fmt_size(o->max_memory, c, sizeof(c)));
	if (pdd->region.added)
		pdd_log("added %ld 2 MiB pages to the hugepage pool (given back at exit)",
			pdd->region.added);
}

static uint64_t main_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/*
 * epoll_wait, but after a request keep looking without sleeping for
 * --ctl-spin-us (yielding in between): a process that just got its answer
 * often sends the next request at once (socket, connect; accept, close), and
 * a sleeping pdd costs it a wake-up each time.
 */
static int main_wait(struct pdd *pdd, struct epoll_event *evs, int max, int timeout,
		     uint64_t *spin_until)
{
	while (main_now_ns() < *spin_until) {
		int n = epoll_wait(pdd->epoll_fd, evs, max, 0);

		if (n)
			return n;
		sched_yield();
	}
	return epoll_wait(pdd->epoll_fd, evs, max, timeout);
}

static int run_loop(struct pdd *pdd)
{
	struct epoll_event evs[64];
	uint64_t spin_until = 0;

	for (;;) {
		int timeout = pdd_ctr_dying_any(pdd) ? 10 :
			      pdd->ctrs ? PDD_GUARD_MS : -1;
		int n = main_wait(pdd, evs, 64, timeout, &spin_until);

		if (n > 0 && pdd->opts.ctl_spin_us)
			spin_until = main_now_ns() + pdd->opts.ctl_spin_us * 1000ull;

		if (n < 0) {
			if (errno == EINTR)
				continue;
			pdd_log("error: epoll_wait: %s", strerror(errno));
			return -errno;
		}
		for (int i = 0; i < n; i++) {
			void *tag = evs[i].data.ptr;

			if (tag == PDD_EV_SIGNAL) {
				struct signalfd_siginfo si;

				if (read(pdd->signal_fd, &si, sizeof(si)) == sizeof(si)) {
					pdd_log("%s received: shutting down", strsignal((int)si.ssi_signo));
					return 0;
				}
			} else if (tag == PDD_EV_NET) {
				pdd_net_sync(pdd);
			} else if (tag == PDD_EV_LISTEN) {
				pdd_client_accept(pdd);
			} else {
				pdd_client_event(tag, evs[i].events);
			}
		}
		/* containers whose last process left while commands were in flight */
		pdd_ctr_reap(pdd, false);
		pdd_ctr_guard(pdd);
	}
}

static void shutdown_all(struct pdd *pdd)
{
	struct timespec ms = { 0, 1000000 };

	/* no new clients: the socket file goes first */
	pdd_unlisten(pdd);
	while (pdd->clients)
		pdd_client_drop(pdd->clients, "pdd shutting down");
	/* workers still run, so commands in flight complete and rings get freed */
	for (int i = 0; i < PDD_DRAIN_MS && pdd->ctrs && pdd->core; i++) {
		pdd_ctr_reap(pdd, false);
		if (pdd->ctrs)
			nanosleep(&ms, NULL);
	}
	if (pdd->ctrs && pdd->core)
		pdd_log("warning: %s still busy after %d ms; tearing down anyway", "containers",
			PDD_DRAIN_MS);
	pdd_workers_stop(pdd);
	pdd_device_stop(pdd);
	pdd_ctr_reap(pdd, true); /* the core is gone: just unmap what is left */
}

int main(int argc, char **argv)
{
	static struct pdd pdd_s;
	struct pdd *pdd = &pdd_s;
	sigset_t sigs;
	int ret, rc = 1;

	ret = pdd_opts_parse(&pdd->opts, argc, argv);
	if (ret == 1)
		return 0;
	if (ret)
		return 2;
	if (pdd->opts.cleanup) {
		ret = pdd_pool_recover();
		pdd_log("cleanup: %d record%s of dead pdds handled", ret, ret == 1 ? "" : "s");
		return 0;
	}
	pdd->listen_fd = pdd->epoll_fd = pdd->signal_fd = pdd->net_epfd = -1;
	for (int w = 0; w < PD_MAX_WORKERS; w++)
		pdd->worker_efd[w] = pdd->worker_epfd[w] = -1;
	pdd->workers = pdd->opts.workers;
	{
		/* one control connection per process: allow as many as the hard limit does */
		struct rlimit rl;

		if (!getrlimit(RLIMIT_NOFILE, &rl) && rl.rlim_cur < rl.rlim_max) {
			rl.rlim_cur = rl.rlim_max;
			setrlimit(RLIMIT_NOFILE, &rl);
		}
	}

	/* signals are read from a signalfd; block them before any thread starts */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGTERM);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGHUP); /* the terminal went away: clean up the same way */
	sigprocmask(SIG_BLOCK, &sigs, NULL);
	signal(SIGPIPE, SIG_IGN);

	pdd->epoll_fd = epoll_create1(EPOLL_CLOEXEC);
	pdd->net_epfd = epoll_create1(EPOLL_CLOEXEC);
	pdd->signal_fd = signalfd(-1, &sigs, SFD_CLOEXEC | SFD_NONBLOCK);
	if (pdd->epoll_fd < 0 || pdd->net_epfd < 0 || pdd->signal_fd < 0) {
		pdd_log("error: epoll/signalfd: %s", strerror(errno));
		goto out;
	}
	if (pdd_listen(pdd))
		goto out;
	if (pdd_region_setup(&pdd->region, pdd->opts.hugepages, pdd->opts.region))
		goto out;
	for (unsigned int w = 0; w < pdd->workers; w++) {
		struct epoll_event ev = { .events = EPOLLIN | EPOLLET };

		pdd->worker_efd[w] = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
		pdd->worker_epfd[w] = epoll_create1(EPOLL_CLOEXEC);
		if (pdd->worker_efd[w] < 0 || pdd->worker_epfd[w] < 0 ||
		    epoll_ctl(pdd->worker_epfd[w], EPOLL_CTL_ADD, pdd->worker_efd[w], &ev)) {
			pdd_log("error: eventfd: %s", strerror(errno));
			goto out;
		}
	}
	log_config(pdd);
	if (pdd_device_start(pdd))
		goto out;
	if (pdd_workers_start(pdd))
		goto out;
	if (epoll_add(pdd, pdd->signal_fd, PDD_EV_SIGNAL) ||
	    epoll_add(pdd, pdd->net_epfd, PDD_EV_NET) ||
	    epoll_add(pdd, pdd->listen_fd, PDD_EV_LISTEN)) {
		pdd_log("error: epoll_ctl: %s", strerror(errno));
		goto out;
	}
	pdd_log("ready: listening on %s", pdd->opts.socket);
	if (!run_loop(pdd))
		rc = 0;
out:
	shutdown_all(pdd);
	for (unsigned int w = 0; w < PD_MAX_WORKERS; w++) {
		if (pdd->worker_efd[w] >= 0)
			close(pdd->worker_efd[w]);
		if (pdd->worker_epfd[w] >= 0)
			close(pdd->worker_epfd[w]);
	}
	pdd_region_release(&pdd->region);
	if (pdd->signal_fd >= 0)
		close(pdd->signal_fd);
	if (pdd->epoll_fd >= 0)
		close(pdd->epoll_fd);
	if (pdd->net_epfd >= 0)
		close(pdd->net_epfd);
	pdd_log("stopped%s", rc ? " after an error" : "");
	return rc;
}
