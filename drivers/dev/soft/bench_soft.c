/* SPDX-License-Identifier: MIT */
/*
 * bench_soft.c - COPY throughput of the soft device through its polling
 * thread: NOPs (per-command overhead), then 4 KiB, 64 KiB and 1 MiB COPYs,
 * up to 128 in flight on one queue, source and destination reused (in cache
 * for the small sizes).  Prints one line per size: commands and bytes
 * copied per second.
 *
 * Usage: pd_soft_bench [seconds-per-size [busy|adaptive]]   (default 0.5 busy)
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pd_dev.h"

#define DEVBASE 0x100000000ull
#define SQ_LOG2 8
#define INFLIGHT 128
#define RING_BYTES (1u << 16)
#define MAX_CMD (1u << 20)

static uint8_t *mem;
static size_t mem_size;

static void *dma_map(void *ctx, uint64_t addr, uint64_t len)
{
	(void)ctx;
	if (addr < DEVBASE || addr - DEVBASE > mem_size || len > mem_size - (addr - DEVBASE))
		return NULL;
	return mem + (addr - DEVBASE);
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static const char *size_str(uint32_t n)
{
	static char buf[16];

	if (n >= (1u << 20))
		snprintf(buf, sizeof(buf), "%uM", n >> 20);
	else
		snprintf(buf, sizeof(buf), "%uK", n >> 10);
	return buf;
}

int main(int argc, char **argv)
{
	static const uint32_t sizes[] = { 0, 4096, 65536, 1u << 20 }; /* 0: NOP */
	double secs = argc > 1 ? atof(argv[1]) : 0.5;
	struct pd_dev_config cfg = { .num_queues = 1, .num_windows = 1, .poll = PD_DEV_POLL_BUSY };
	struct pd_dev_host host = { .dma_map = dma_map };
	const struct pd_dev_ops *ops = pd_dev_lookup("soft");
	uint64_t sq = DEVBASE, cq = DEVBASE + (32u << SQ_LOG2);
	uint64_t src = DEVBASE + RING_BYTES, dst = src + MAX_CMD;
	struct pd_dev *dev;
	unsigned int i;
	int err;

	if (secs <= 0 || secs > 60) {
		fprintf(stderr, "pd_soft_bench: seconds per size must be in (0, 60], got '%s'\n", argv[1]);
		return 2;
	}
	if (argc > 2 && !strcmp(argv[2], "adaptive")) {
		cfg.poll = PD_DEV_POLL_ADAPTIVE;
	} else if (argc > 2 && strcmp(argv[2], "busy")) {
		fprintf(stderr, "pd_soft_bench: poll mode must be 'busy' or 'adaptive', got '%s'\n",
			argv[2]);
		return 2;
	}
	mem_size = RING_BYTES + 2 * MAX_CMD;
	mem = calloc(1, mem_size);
	if (!ops || !mem) {
		fprintf(stderr, "pd_soft_bench: out of memory\n");
		return 1;
	}
	err = ops->create(&cfg, &host, &dev);
	if (err) {
		fprintf(stderr, "pd_soft_bench: create failed: %s\n", strerror(-err));
		return 1;
	}
	ops->reg_write(dev, PD_REG_WIN(0) + PD_WIN_BASE, DEVBASE);
	ops->reg_write(dev, PD_REG_WIN(0) + PD_WIN_SIZE, mem_size);
	ops->reg_write(dev, PD_REG_WIN(0) + PD_WIN_CTRL, PD_WIN_CTRL_ENABLE);
	ops->reg_write(dev, PD_REG_Q(0) + PD_Q_SQ_BASE, sq);
	ops->reg_write(dev, PD_REG_Q(0) + PD_Q_SQ_LOG2_SIZE, SQ_LOG2);
	ops->reg_write(dev, PD_REG_Q(0) + PD_Q_CQ_BASE, cq);
	ops->reg_write(dev, PD_REG_Q(0) + PD_Q_CQ_LOG2_SIZE, SQ_LOG2);
	ops->reg_write(dev, PD_REG_Q(0) + PD_Q_CTRL, PD_Q_CTRL_ENABLE);
	ops->reg_write(dev, PD_REG_CTRL, PD_CTRL_ENABLE);
	err = ops->start(dev);
	if (err) {
		fprintf(stderr, "pd_soft_bench: start failed: %s\n", strerror(-err));
		return 1;
	}

	printf("# pd_soft_bench: COPY through the soft device thread (%s poll), %u in flight\n",
	       cfg.poll == PD_DEV_POLL_BUSY ? "busy" : "adaptive", INFLIGHT);
	printf("%10s %12s %10s %10s\n", "size", "commands", "Mcmd/s", "GB/s");
	uint32_t tail = 0, head = 0, mask = (1u << SQ_LOG2) - 1;
	uint8_t phase = 1;
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		uint64_t issued = 0, done = 0;
		double t0 = now_s(), t1;

		for (;;) {
			struct pd_cqe *c = (struct pd_cqe *)(mem + (cq - DEVBASE)) + head;
			bool more = now_s() - t0 < secs;
			uint64_t reaped = done;

			/* Doorbells only when something changed: they share a line with the device. */
			if (more && issued - done < INFLIGHT) {
				while (issued - done < INFLIGHT) {
					struct pd_sqe *s = (struct pd_sqe *)(mem + (sq - DEVBASE)) + tail;

					*s = (struct pd_sqe){ .opcode = sizes[i] ? PD_OP_COPY
										 : PD_OP_NOP,
							      .len = sizes[i],
							      .src = src, .dst = dst, .tag = issued };
					tail = (tail + 1) & mask;
					issued++;
				}
				ops->reg_write(dev, PD_REG_Q(0) + PD_Q_SQ_TAIL, tail);
			}
			while (__atomic_load_n(&c->phase, __ATOMIC_ACQUIRE) == phase) {
				if (c->status != PD_ST_OK) {
					fprintf(stderr, "pd_soft_bench: COPY failed, status %u\n", c->status);
					return 1;
				}
				head = (head + 1) & mask;
				if (!head)
					phase ^= 1;
				done++;
				c = (struct pd_cqe *)(mem + (cq - DEVBASE)) + head;
			}
			if (done != reaped)
				ops->reg_write(dev, PD_REG_Q(0) + PD_Q_CQ_HEAD, head);
			if (!more && done == issued)
				break;
		}
		t1 = now_s();
		printf("%10s %12llu %10.2f %10.2f\n", sizes[i] ? size_str(sizes[i]) : "nop",
		       (unsigned long long)done, done / (t1 - t0) / 1e6,
		       (double)done * sizes[i] / (t1 - t0) / 1e9);
	}
	ops->stop(dev);
	ops->destroy(dev);
	free(mem);
	return 0;
}
