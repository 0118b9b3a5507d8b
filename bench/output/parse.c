// SPDX-License-Identifier: MIT
/*
 * parse.c - reading what the tools print: iperf3 -J, sockperf's text (with its
 * ANSI colours), perftest's result table, and the one-line JSON of pd_stream,
 * pd_rr and pdbench's own programs.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "pdbench.h"

/* Skip a JSON value starting at p (object, array, string, scalar). */
static const char *skip_value(const char *p)
{
	int depth = 0;
	bool str = false;

	for (; *p; p++) {
		if (str) {
			if (*p == '\\' && p[1])
				p++;
			else if (*p == '"')
				str = false;
			else
				continue;
			if (!depth && !str)
				return p + 1;
			continue;
		}
		switch (*p) {
		case '"': str = true; break;
		case '{': case '[': depth++; break;
		case '}': case ']':
			if (!depth)
				return p;	/* end of the enclosing container */
			if (!--depth)
				return p + 1;
			break;
		case ',':
			if (!depth)
				return p;
			break;
		}
	}
	return p;
}

/* In the object starting at p ('{'), find member key; returns its value or NULL. */
static const char *member(const char *p, const char *key, size_t klen)
{
	while (isspace((unsigned char)*p))
		p++;
	if (*p != '{')
		return NULL;
	p++;
	for (;;) {
		const char *k, *ke;

		while (isspace((unsigned char)*p) || *p == ',')
			p++;
		if (*p != '"')
			return NULL;
		k = ++p;
		while (*p && *p != '"')
			p += (*p == '\\' && p[1]) ? 2 : 1;
		if (!*p)
			return NULL;
		ke = p++;
		while (isspace((unsigned char)*p))
			p++;
		if (*p++ != ':')
			return NULL;
		while (isspace((unsigned char)*p))
			p++;
		if ((size_t)(ke - k) == klen && !strncmp(k, key, klen))
			return p;
		p = skip_value(p);
		if (!*p || *p == '}')
			return NULL;
	}
}

/* Value at a dotted path ("end.sum_received.bits_per_second") of a JSON object. */
int pdb_json_num(const char *json, const char *path, double *v)
{
	const char *p = json;
	char *end;

	if (!p)
		return -EINVAL;
	while (*path) {
		size_t l = strcspn(path, ".");

		p = member(p, path, l);
		if (!p)
			return -ENOENT;
		path += l;
		if (*path == '.')
			path++;
	}
	*v = strtod(p, &end);
	return end == p ? -EINVAL : 0;
}

/* Remove ANSI escape sequences (ESC [ ... letter) in place. */
char *pdb_strip_ansi(char *s)
{
	char *w = s;

	for (char *r = s; *r;) {
		if (r[0] == 0x1b && r[1] == '[') {
			r += 2;
			while (*r && !isalpha((unsigned char)*r))
				r++;
			if (*r)
				r++;
			continue;
		}
		*w++ = *r++;
	}
	*w = 0;
	return s;
}

int pdb_parse_iperf3(const char *json, double *bps, double *bytes, double *secs, char *err, size_t n)
{
	const char *e = json ? strstr(json, "\"error\"") : NULL;

	if (!json || !*json) {
		snprintf(err, n, "iperf3 printed nothing");
		return -ENODATA;
	}
	if (e) {
		const char *q = strchr(e + 7, '"');
		const char *qe = q ? strchr(q + 1, '"') : NULL;

		snprintf(err, n, "iperf3: %.*s", qe ? (int)(qe - q - 1) : 20, q ? q + 1 : e);
		return -EIO;
	}
	/* the receiver's count: what crossed, not what was written */
	if (pdb_json_num(json, "end.sum_received.bits_per_second", bps) ||
	    pdb_json_num(json, "end.sum_received.bytes", bytes) ||
	    pdb_json_num(json, "end.sum_received.seconds", secs)) {
		snprintf(err, n, "iperf3 output has no end.sum_received");
		return -EINVAL;
	}
	return 0;
}

/*
 * sockperf ping-pong summary (after stripping colours):
 *   sockperf: ---> <MAX> observation = 1910.438
 *   sockperf: ---> percentile 99.999 = 1351.737
 *   ...
 *   sockperf: [Valid Duration] RunTime=1.550 sec; SentMessages=107883; ReceivedMessages=107883
 * Values are one-way latency (RTT/2) in microseconds.
 */
int pdb_parse_sockperf(char *text, struct pdb_result *r)
{
	char *p;
	int got = 0;

	if (!text)
		return -ENODATA;
	pdb_strip_ansi(text);
	p = strstr(text, "[Valid Duration]");
	if (p && (p = strstr(p, "ReceivedMessages=")))
		r->samples = strtoull(p + 17, NULL, 10);
	for (p = strstr(text, "---> "); p; p = strstr(p + 1, "---> ")) {
		double pct, v;

		if (sscanf(p, "---> percentile %lf = %lf", &pct, &v) == 2) {
			if (pct == 50.0)
				r->p50 = v, got |= 1;
			else if (pct == 90.0)
				r->p90 = v, got |= 2;
			else if (pct == 99.0)
				r->p99 = v, got |= 4;
			else if (pct == 99.9)
				r->p999 = v, got |= 8;
		} else if (sscanf(p, "---> <MAX> observation = %lf", &v) == 1) {
			r->max = v, got |= 16;
		}
	}
	return got == 31 && r->samples ? 0 : -EINVAL;
}

/*
 * perftest bandwidth result with --report_gbits (src/perftest_parameters.h:
 * RESULT_FMT_G header, REPORT_FMT row " %-7lu %d %-7.2lf %-7.2lf %-7.6lf"):
 *  #bytes     #iterations    BW peak[Gb/sec]    BW average[Gb/sec]   MsgRate[Mpps]
 *  1024       1000           9.12               9.10                 1.110870
 */
int pdb_parse_perftest_bw(const char *text, double *gbps, double *mpps)
{
	const char *h = text ? strstr(text, "BW average[Gb/sec]") : NULL;
	unsigned long bytes;
	unsigned long long iters;
	double peak;

	if (!h)
		return -ENODATA;
	h = strchr(h, '\n');
	while (h && *h) {
		h++;
		if (sscanf(h, " %lu %llu %lf %lf %lf", &bytes, &iters, &peak, gbps, mpps) == 5)
			return 0;
		h = strchr(h, '\n');
	}
	return -EINVAL;
}
