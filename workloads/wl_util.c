// SPDX-License-Identifier: MIT
/*
 * wl_util.c - parsing of sizes, rates, durations and addresses; the verify
 * pattern; the payload touch.  (The pacer is wl_pace.c.)
 */
#include <arpa/inet.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "wl.h"

/* number with an optional K/M/G suffix; mult is 1024 or 1000 */
static int parse_scaled(const char *s, double mult, double *out)
{
	char *end;
	double v;

	if (!s || !*s || *s == '-' || *s == '+')
		return -EINVAL;
	errno = 0;
	v = strtod(s, &end);
	if (errno || end == s || !isfinite(v))
		return -EINVAL;
	switch (*end) {
	case 'k': case 'K': v *= mult; end++; break;
	case 'm': case 'M': v *= mult * mult; end++; break;
	case 'g': case 'G': v *= mult * mult * mult; end++; break;
	default: break;
	}
	if (*end || v <= 0)
		return -EINVAL;
	*out = v;
	return 0;
}

int wl_parse_size(const char *s, uint64_t *out)
{
	double v;

	if (parse_scaled(s, 1024, &v) || v < 1 || v > 1e15 || v != floor(v))
		return -EINVAL;
	*out = (uint64_t)v;
	return 0;
}

int wl_parse_rate(const char *s, double *bps)
{
	double v;

	if (parse_scaled(s, 1000, &v) || v < 8 || v > 1e13)
		return -EINVAL;
	*bps = v;
	return 0;
}

int wl_parse_duration(const char *s, double *secs)
{
	char buf[64], *end;
	size_t n;
	double v;

	if (!s || (n = strlen(s)) == 0 || n >= sizeof(buf))
		return -EINVAL;
	memcpy(buf, s, n + 1);
	if (buf[n - 1] == 's')
		buf[n - 1] = 0;
	errno = 0;
	v = strtod(buf, &end);
	if (errno || end == buf || *end || !isfinite(v) || v <= 0 || v > 86400)
		return -EINVAL;
	*secs = v;
	return 0;
}

int wl_parse_addr(const char *s, struct sockaddr_in *sin, int allow_zero)
{
	char host[64], *end;
	const char *colon = s ? strrchr(s, ':') : NULL;
	unsigned long port;

	if (!colon || colon == s || (size_t)(colon - s) >= sizeof(host) || !colon[1])
		return -EINVAL;
	memcpy(host, s, (size_t)(colon - s));
	host[colon - s] = 0;
	errno = 0;
	port = strtoul(colon + 1, &end, 10);
	if (errno || *end || port > 65535 || (port == 0 && !allow_zero) || colon[1] == '-')
		return -EINVAL;
	memset(sin, 0, sizeof(*sin));
	sin->sin_family = AF_INET;
	sin->sin_port = htons((uint16_t)port);
	if (inet_pton(AF_INET, host, &sin->sin_addr) != 1)
		return -EINVAL;
	return 0;
}

int64_t wl_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static inline uint64_t pattern_seed(uint32_t conn)
{
	return ((uint64_t)conn + 1) * 0x9e3779b97f4a7c15ull;
}

static inline uint8_t pattern_byte(uint64_t seed, uint64_t off)
{
	return (uint8_t)(((off >> 3) ^ seed) >> (8 * (off & 7)));
}

void wl_pattern_fill(uint32_t conn, uint64_t off, void *buf, uint64_t n)
{
	uint64_t seed = pattern_seed(conn);
	uint8_t *p = buf;

	while (n && (off & 7)) {
		*p++ = pattern_byte(seed, off++);
		n--;
	}
	for (; n >= 8; n -= 8, off += 8, p += 8) {
		uint64_t w = (off >> 3) ^ seed; /* little-endian host assumed (x86, arm64) */

		memcpy(p, &w, 8);
	}
	while (n--) {
		*p++ = pattern_byte(seed, off++);
	}
}

int64_t wl_pattern_check(uint32_t conn, uint64_t off, const void *buf, uint64_t n)
{
	uint64_t seed = pattern_seed(conn), i = 0;
	const uint8_t *p = buf;

	while (i < n && ((off + i) & 7)) {
		if (p[i] != pattern_byte(seed, off + i))
			return (int64_t)(off + i);
		i++;
	}
	for (; i + 8 <= n; i += 8) {
		uint64_t w, want = ((off + i) >> 3) ^ seed;

		memcpy(&w, p + i, 8);
		if (w != want)
			break; /* find the byte below */
	}
	for (; i < n; i++) {
		if (p[i] != pattern_byte(seed, off + i))
			return (int64_t)(off + i);
	}
	return -1;
}

uint64_t wl_touch_xor(const void *p, uint64_t n)
{
	const uint8_t *b = p;
	uint64_t a0 = 0, a1 = 0, a2 = 0, a3 = 0, w;

	/* four accumulators over 32 bytes: the loop runs at the speed of the loads */
	for (; n >= 32; n -= 32, b += 32) {
		uint64_t v[4];

		memcpy(v, b, 32);
		a0 ^= v[0];
		a1 ^= v[1];
		a2 ^= v[2];
		a3 ^= v[3];
	}
	for (; n >= 8; n -= 8, b += 8) {
		memcpy(&w, b, 8);
		a0 ^= w;
	}
	if (n) {
		w = 0;
		memcpy(&w, b, n);
		a1 ^= w;
	}
	return a0 ^ a1 ^ a2 ^ a3;
}

void wl_bad_usage(const char *prog, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", prog);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (see %s --help)\n", prog);
	exit(2);
}

int wl_parse_role(const char *prog, int argc, char **argv, const char *usage)
{
	if (argc < 2)
		wl_bad_usage(prog, "a role is required: server or client");
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		fputs(usage, stdout);
		exit(0);
	}
	if (!strcmp(argv[1], "server"))
		return 1;
	if (strcmp(argv[1], "client"))
		wl_bad_usage(prog, "unknown role '%s': use server or client", argv[1]);
	return 0;
}

void wl_opt_addr(const char *prog, int is_bind, int server, const char *arg,
		 struct sockaddr_in *addr)
{
	if (is_bind != server)
		wl_bad_usage(prog, "--%s is for the %s", is_bind ? "bind" : "connect",
			     is_bind ? "server" : "client");
	if (wl_parse_addr(arg, addr, server))
		wl_bad_usage(prog, "bad address '%s': want IPv4:PORT, e.g. 127.0.0.1:5201", arg);
}
