// SPDX-License-Identifier: MIT
/*
 * handoff - what it costs on this machine to hand one core from a process to
 * another: the floor under a one-way trip when two parties share a core.
 *
 * Usage: handoff [--cpu N] [--rounds N] [--json]
 *
 * Two processes pinned to CPU N (default 0) ping-pong a counter in shared
 * memory; each, finding it is not its turn, calls sched_yield() so that the
 * other one runs, exactly as pd_rr --busy and libpd's PD_POLL=busy do when
 * they share a core.  Prints the mean time of one handoff (one yield and one
 * context switch between processes) in microseconds.
 */
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int pin(int cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	return sched_setaffinity(0, sizeof(set), &set);
}

/* take turns: party me (0 or 1) moves when the counter's parity is me */
static void play(uint64_t *turn, unsigned int me, uint64_t rounds)
{
	for (uint64_t i = 0; i < rounds; i++) {
		while (__atomic_load_n(turn, __ATOMIC_ACQUIRE) % 2 != me)
			sched_yield();
		__atomic_fetch_add(turn, 1, __ATOMIC_RELEASE);
	}
}

static void usage(FILE *f)
{
	fprintf(f, "Usage: handoff [--cpu N] [--rounds N] [--json]\n"
		   "Mean time for one process to hand its core to another (sched_yield +\n"
		   "context switch), both pinned to CPU N (default 0); rounds default 200000.\n");
}

int main(int argc, char **argv)
{
	int cpu = 0, json = 0, status;
	uint64_t rounds = 200000, *turn;
	double t0, us;
	pid_t child;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--cpu") && i + 1 < argc) {
			cpu = atoi(argv[++i]);
		} else if (!strcmp(argv[i], "--rounds") && i + 1 < argc) {
			rounds = strtoull(argv[++i], NULL, 10);
		} else if (!strcmp(argv[i], "--json")) {
			json = 1;
		} else if (!strcmp(argv[i], "--help")) {
			usage(stdout);
			return 0;
		} else {
			usage(stderr);
			return 2;
		}
	}
	if (rounds == 0 || cpu < 0) {
		usage(stderr);
		return 2;
	}
	if (pin(cpu) < 0) {
		fprintf(stderr, "handoff: cannot pin to CPU %d: %s\n", cpu, strerror(errno));
		return 1;
	}
	turn = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (turn == MAP_FAILED) {
		perror("handoff: mmap");
		return 1;
	}
	*turn = 0;
	t0 = now_s();
	child = fork();
	if (child < 0) {
		perror("handoff: fork");
		return 1;
	}
	if (child == 0) {
		play(turn, 1, rounds);
		_exit(0);
	}
	play(turn, 0, rounds);
	us = (now_s() - t0) / (2.0 * (double)rounds) * 1e6;
	if (waitpid(child, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status)) {
		fprintf(stderr, "handoff: the other party failed\n");
		return 1;
	}
	if (json)
		printf("{\"cpu\": %d, \"rounds\": %llu, \"handoff_us\": %.3f}\n", cpu, (unsigned long long)rounds, us);
	else
		printf("handoff on CPU %d: %.3f us (mean of %llu round trips)\n", cpu, us, (unsigned long long)rounds);
	return 0;
}
