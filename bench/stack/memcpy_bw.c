// SPDX-License-Identifier: MIT
/*
 * memcpy_bw - bytes copied per second by one thread's memcpy at a given size.
 *
 * Usage: memcpy_bw [--size SIZE] [--duration SECS] [--json]
 *
 * The reference point for PipeDevice's data path: copying a ring's worth of bytes
 * with the CPU.  Copies SIZE bytes from one buffer to another (both SIZE bytes,
 * touched first so no page fault is timed) over and over for SECS seconds and
 * prints GB/s (10^9 bytes copied per second).  SIZE takes K/M/G suffixes (binary).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* parse_size: "64K" -> 65536; returns 0 and sets *out, or -EINVAL */
static int parse_size(const char *s, uint64_t *out)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s)
		return -EINVAL;
	switch (*end) {
	case 'k': case 'K': v <<= 10; end++; break;
	case 'm': case 'M': v <<= 20; end++; break;
	case 'g': case 'G': v <<= 30; end++; break;
	default: break;
	}
	if (*end == 'i' || *end == 'B')
		end++;
	if (*end != '\0' || v == 0 || v > (4ull << 30))
		return -EINVAL;
	*out = v;
	return 0;
}

static void usage(FILE *f)
{
	fprintf(f, "usage: memcpy_bw [--size SIZE] [--duration SECS] [--json]\n"
		   "  --size SIZE      bytes per copy, K/M/G suffixes (default 64K)\n"
		   "  --duration SECS  how long to copy (default 1)\n"
		   "  --json           one JSON object: {\"size\", \"copies\", \"seconds\", \"gbytes_per_s\"}\n");
}

int main(int argc, char **argv)
{
	uint64_t size = 64 << 10, copies = 0;
	double duration = 1.0, t0, t1;
	int json = 0;
	char *src, *dst;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--size") && i + 1 < argc) {
			if (parse_size(argv[++i], &size)) {
				fprintf(stderr, "memcpy_bw: bad --size '%s' (e.g. 64K, 4M)\n", argv[i]);
				return 2;
			}
		} else if (!strcmp(argv[i], "--duration") && i + 1 < argc) {
			char *end;

			duration = strtod(argv[++i], &end);
			if (*end || !(duration > 0 && duration <= 3600)) {
				fprintf(stderr, "memcpy_bw: bad --duration '%s' (seconds, 0 < d <= 3600)\n",
					argv[i]);
				return 2;
			}
		} else if (!strcmp(argv[i], "--json")) {
			json = 1;
		} else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			usage(stdout);
			return 0;
		} else {
			fprintf(stderr, "memcpy_bw: unknown or incomplete option '%s'\n", argv[i]);
			usage(stderr);
			return 2;
		}
	}

	src = aligned_alloc(4096, (size + 4095) & ~4095ull);
	dst = aligned_alloc(4096, (size + 4095) & ~4095ull);
	if (!src || !dst) {
		fprintf(stderr, "memcpy_bw: cannot allocate 2 x %llu bytes\n", (unsigned long long)size);
		free(src);
		free(dst);
		return 1;
	}
	memset(src, 0x5a, size);
	memset(dst, 0, size);

	/* Check the clock every batch only: a clock read per 64 KiB copy would be ~1 %. */
	t0 = now_s();
	t1 = t0;
	while (t1 - t0 < duration) {
		for (int k = 0; k < 64; k++) {
			memcpy(dst, src, size);
			/* Keep the copy from being optimized away: the compiler must assume
			 * the asm reads dst. */
			__asm__ volatile("" : : "r"(dst) : "memory");
		}
		copies += 64;
		t1 = now_s();
	}
	double secs = t1 - t0;
	double gbs = (double)copies * (double)size / secs / 1e9;

	if (json)
		printf("{\"size\": %llu, \"copies\": %llu, \"seconds\": %.3f, \"gbytes_per_s\": %.2f}\n",
		       (unsigned long long)size, (unsigned long long)copies, secs, gbs);
	else
		printf("memcpy %llu bytes: %.2f GB/s (%llu copies in %.2f s)\n",
		       (unsigned long long)size, gbs, (unsigned long long)copies, secs);
	free(src);
	free(dst);
	return 0;
}
