// SPDX-License-Identifier: MIT
/*
 * pdd_opts.c - pdd's options: one table for parsing, --help and defaults.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pd_uapi.h"
#include "pdd_opts.h"

enum opt_id {
	OPT_SOCKET = 256,
	OPT_DEVICE,
	OPT_POLL,
	OPT_DEVICE_THREAD,
	OPT_CPUS,
	OPT_YIELD_AFTER,
	OPT_SPIN_US,
	OPT_CTL_SPIN_US,
	OPT_WORKERS,
	OPT_REGION,
	OPT_RING_SIZE,
	OPT_MAX_SOCKETS,
	OPT_MAX_MEMORY,
	OPT_HUGEPAGES,
	OPT_VERBOSE,
	OPT_CLEANUP,
	OPT_INJECT,
	OPT_HELP,
};

struct pdd_opt_desc {
	const char *name;
	int id;
	const char *arg; /* NULL: a flag */
	const char *help;
	const char *dflt;
};

static const struct pdd_opt_desc opt_table[] = {
	{ "socket", OPT_SOCKET, "PATH", "control socket (SOCK_SEQPACKET, mode 0666)", PD_DEFAULT_SOCKET },
	{ "device", OPT_DEVICE, "soft|rtl", "device body that executes the COPY commands", "soft" },
	{ "poll", OPT_POLL, "busy|adaptive",
	  "busy: workers and device spin (see --yield-after); adaptive: spin --spin-us, then sleep", "adaptive" },
	{ "device-thread", OPT_DEVICE_THREAD, "auto|own|inline",
	  "own: the device body polls on a thread of its own; inline: the workers run it "
	  "(one polling thread instead of two: better when cores are few); auto: inline "
	  "with fewer than 4 online CPUs, else own", "auto" },
	{ "spin-us", OPT_SPIN_US, "US",
	  "adaptive: how long workers and the device's own thread spin without work before "
	  "they sleep (0..100000); a spinner on a machine with fewer cores than spinning "
	  "threads delays the threads it shares a core with, a sleeper preempts them when "
	  "woken", "0 with fewer than 4 online CPUs, else 50" },
	{ "ctl-spin-us", OPT_CTL_SPIN_US, "US",
	  "after a control request, the main thread polls for the next one this long before "
	  "it sleeps (0..100000; saves a wake-up per request of a busy process)", "100" },
	{ "yield-after", OPT_YIELD_AFTER, "N",
	  "a spinning worker calls sched_yield() after N empty polls in a row (0: never)", "64" },
	{ "cpus", OPT_CPUS, "LIST",
	  "pin the data-path threads: worker w to the w-th CPU of LIST (round robin), the "
	  "device's own thread to all of LIST; LIST as 0,1 or 0-1", "not pinned" },
	{ "workers", OPT_WORKERS, "N", "worker threads = SQ/CQ pairs (1..8)", "min(online CPUs, 2)" },
	{ "region", OPT_REGION, "SIZE", "ring memory budget of all containers together", "1G" },
	{ "ring-size", OPT_RING_SIZE, "SIZE", "default ring size per direction (power of two, 4K..256M)",
	  "4M" },
	{ "max-sockets", OPT_MAX_SOCKETS, "N", "socket slots per process, also each container's socket quota (1..65536)", "8192" },
	{ "max-memory", OPT_MAX_MEMORY, "SIZE",
	  "ring memory quota (arena size) per container, a power of two", "512M" },
	{ "hugepages", OPT_HUGEPAGES, "auto|on|off",
	  "auto: 2 MiB pages if they can be had (growing the pool, given back at exit), else 4 KiB; "
	  "on: 2 MiB pages or fail; off: 4 KiB pages",
	  "auto" },
	{ "verbose", OPT_VERBOSE, NULL, "log every request", "off" },
	{ "inject", OPT_INJECT, "SPEC",
	  "testing: the soft device fails or stalls commands on a schedule: dma=N (the N-th COPY "
	  "completes with a DMA fault: its connection is reset), dma-every=M, stall=N:US; "
	  "comma-separated", "none" },
	{ "cleanup", OPT_CLEANUP, NULL,
	  "give back the hugepages that pdds which died (kill -9, a crash) had added to the pool, "
	  "as their records in " PDD_POOL_DIR " say, and exit (every pdd also does this when it starts)",
	  NULL },
	{ "help", OPT_HELP, NULL, "print this help and exit", NULL },
};

#define NOPTS (sizeof(opt_table) / sizeof(opt_table[0]))

static void usage(FILE *f)
{
	fprintf(f, "Usage: pdd [OPTION]...\n"
		   "PipeDevice user-space driver daemon: hosts the driver core, the device body and the\n"
		   "control socket libpd connects to.  Runs in the foreground, logs to stderr; SIGTERM or\n"
		   "SIGINT (or SIGHUP) shut it down cleanly.  SIZE takes binary K/M/G suffixes.\n\n");
	for (unsigned int i = 0; i < NOPTS; i++) {
		const struct pdd_opt_desc *d = &opt_table[i];
		char lhs[64];

		snprintf(lhs, sizeof(lhs), "--%s%s%s", d->name, d->arg ? " " : "", d->arg ? d->arg : "");
		fprintf(f, "  %-28s %s", lhs, d->help);
		if (d->dflt)
			fprintf(f, " (default: %s)", d->dflt);
		fputc('\n', f);
	}
}

int pdd_parse_size(const char *s, uint64_t *out)
{
	char *end;
	unsigned long long v;
	unsigned int shift = 0;

	if (!s || !*s || *s == '-')
		return -EINVAL;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s)
		return -EINVAL;
	switch (*end) {
	case '\0': break;
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	case 't': case 'T': shift = 40; end++; break;
	default: return -EINVAL;
	}
	/* accept "4M", "4MB", "4MiB" */
	if (shift && (!strcmp(end, "B") || !strcmp(end, "iB")))
		end += strlen(end);
	if (*end)
		return -EINVAL;
	if (shift && v > (UINT64_MAX >> shift))
		return -EINVAL;
	*out = (uint64_t)v << shift;
	return 0;
}

const char *pdd_fmt_size(uint64_t v, char *buf, unsigned int len)
{
	static const char sfx[] = "KMGT";
	int i = -1;

	while (v && !(v & 1023) && i < 3) {
		v >>= 10;
		i++;
	}
	if (i < 0)
		snprintf(buf, len, "%" PRIu64, v);
	else
		snprintf(buf, len, "%" PRIu64 "%c", v, sfx[i]);
	return buf;
}

static int bad(const char *fmt, const char *a, const char *b)
{
	fprintf(stderr, "pdd: ");
	fprintf(stderr, fmt, a, b);
	fprintf(stderr, " (see pdd --help)\n");
	return 2;
}

static int parse_uint(const char *s, unsigned long lo, unsigned long hi, unsigned long *out)
{
	char *end;
	unsigned long v;

	if (!*s || *s == '-')
		return -EINVAL;
	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || *end || v < lo || v > hi)
		return -EINVAL;
	*out = v;
	return 0;
}

/* "0,2-3" -> o->cpus[] in the order given; -EINVAL on anything else */
static int parse_cpus(const char *s, struct pdd_opts *o)
{
	o->ncpus = 0;
	while (*s) {
		unsigned long lo, hi;
		char *end;

		if (*s < '0' || *s > '9')
			return -EINVAL;
		lo = hi = strtoul(s, &end, 10);
		if (*end == '-') {
			s = end + 1;
			if (*s < '0' || *s > '9')
				return -EINVAL;
			hi = strtoul(s, &end, 10);
		}
		if (lo > hi || hi >= 1024)
			return -EINVAL;
		for (unsigned long c = lo; c <= hi; c++) {
			if (o->ncpus >= sizeof(o->cpus) / sizeof(o->cpus[0]))
				return -EINVAL;
			o->cpus[o->ncpus++] = (unsigned short)c;
		}
		if (*end == ',' && end[1])
			end++;
		else if (*end)
			return -EINVAL;
		s = end;
	}
	if (!o->ncpus)
		return -EINVAL;
	o->cpus_set = true;
	return 0;
}

static unsigned int default_workers(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	if (n < 1)
		n = 1;
	return n < 2 ? (unsigned int)n : 2;
}

int pdd_opts_parse(struct pdd_opts *o, int argc, char **argv)
{
	struct option lopts[NOPTS + 1];
	unsigned long u;
	int c;

	memset(o, 0, sizeof(*o));
	o->socket = PD_DEFAULT_SOCKET;
	o->device = "soft";
	o->workers = default_workers();
	o->region = 1ull << 30;
	o->ring_size = PD_RING_DEFAULT;
	o->max_sockets = 8192;
	o->max_memory = 512ull << 20;
	o->hugepages = PDD_HUGE_AUTO;
	o->dev_thread = PDD_DEV_AUTO;
	o->spin_us = PDD_SPIN_AUTO;
	o->ctl_spin_us = 100;
	o->yield_polls = PDD_YIELD_POLLS_DEFAULT;

	memset(lopts, 0, sizeof(lopts));
	for (unsigned int i = 0; i < NOPTS; i++) {
		lopts[i].name = opt_table[i].name;
		lopts[i].has_arg = opt_table[i].arg ? required_argument : no_argument;
		lopts[i].val = opt_table[i].id;
	}
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":", lopts, NULL)) != -1) {
		switch (c) {
		case OPT_SOCKET:
			if (!*optarg || strlen(optarg) >= 108)
				return bad("--socket '%s': empty or longer than a Unix socket path (107)%s",
					   optarg, "");
			o->socket = optarg;
			break;
		case OPT_DEVICE:
			o->device = optarg;
			break;
		case OPT_POLL:
			if (!strcmp(optarg, "busy"))
				o->poll_busy = true;
			else if (!strcmp(optarg, "adaptive"))
				o->poll_busy = false;
			else
				return bad("--poll '%s': expected busy or adaptive%s", optarg, "");
			break;
		case OPT_DEVICE_THREAD:
			if (!strcmp(optarg, "auto"))
				o->dev_thread = PDD_DEV_AUTO;
			else if (!strcmp(optarg, "own"))
				o->dev_thread = PDD_DEV_OWN;
			else if (!strcmp(optarg, "inline"))
				o->dev_thread = PDD_DEV_INLINE;
			else
				return bad("--device-thread '%s': expected auto, own or inline%s", optarg, "");
			break;
		case OPT_SPIN_US:
			if (parse_uint(optarg, 0, 100000, &u))
				return bad("--spin-us '%s': expected microseconds from 0 to 100000%s",
					   optarg, "");
			o->spin_us = (unsigned int)u;
			break;
		case OPT_CTL_SPIN_US:
			if (parse_uint(optarg, 0, 100000, &u))
				return bad("--ctl-spin-us '%s': expected microseconds from 0 to 100000%s",
					   optarg, "");
			o->ctl_spin_us = (unsigned int)u;
			break;
		case OPT_YIELD_AFTER:
			if (parse_uint(optarg, 0, 1u << 30, &u))
				return bad("--yield-after '%s': expected a number of polls (0 = never yield)%s",
					   optarg, "");
			o->yield_polls = (unsigned int)u;
			break;
		case OPT_CPUS:
			if (parse_cpus(optarg, o))
				return bad("--cpus '%s': expected a CPU list such as 0, 0,1 or 0-1 "
					   "(CPUs below 1024, at most 64 entries)%s", optarg, "");
			break;
		case OPT_WORKERS:
			if (parse_uint(optarg, 1, PD_MAX_WORKERS, &u))
				return bad("--workers '%s': expected a number from 1 to 8%s", optarg, "");
			o->workers = (unsigned int)u;
			break;
		case OPT_REGION:
			if (pdd_parse_size(optarg, &o->region) || o->region < (2u << 20) ||
			    (o->region & ((2u << 20) - 1)))
				return bad("--region '%s': expected a size, a multiple of 2M%s", optarg, "");
			break;
		case OPT_RING_SIZE:
			if (pdd_parse_size(optarg, &o->ring_size) || o->ring_size < PD_RING_MIN ||
			    o->ring_size > PD_RING_MAX || (o->ring_size & (o->ring_size - 1)))
				return bad("--ring-size '%s': expected a power of two from 4K to 256M%s",
					   optarg, "");
			break;
		case OPT_MAX_SOCKETS:
			/* the kick bitmaps hold 64 x 64 sockets (a summary word of 64 bits) */
			if (parse_uint(optarg, 1, 65536, &u))
				return bad("--max-sockets '%s': expected a number from 1 to 65536%s", optarg, "");
			o->max_sockets = (uint32_t)u;
			break;
		case OPT_MAX_MEMORY:
			/* the arena is one buddy block: a power of two of 2 MiB pages */
			if (pdd_parse_size(optarg, &o->max_memory) || o->max_memory < (2u << 20) ||
			    (o->max_memory & (o->max_memory - 1)) || o->max_memory > (1ull << 36))
				return bad("--max-memory '%s': expected a power of two from 2M to 64G%s",
					   optarg, "");
			break;
		case OPT_HUGEPAGES:
			if (!strcmp(optarg, "auto"))
				o->hugepages = PDD_HUGE_AUTO;
			else if (!strcmp(optarg, "on"))
				o->hugepages = PDD_HUGE_ON;
			else if (!strcmp(optarg, "off"))
				o->hugepages = PDD_HUGE_OFF;
			else
				return bad("--hugepages '%s': expected auto, on or off%s", optarg, "");
			break;
		case OPT_VERBOSE:
			o->verbose = true;
			break;
		case OPT_CLEANUP:
			o->cleanup = true;
			break;
		case OPT_INJECT:
			o->inject = optarg;
			break;
		case OPT_HELP:
			usage(stdout);
			return 1;
		case ':':
			return bad("option '%s' needs an argument%s", argv[optind - 1], "");
		default:
			return bad("unknown option '%s'%s", argv[optind - 1], "");
		}
	}
	if (optind < argc)
		return bad("unexpected argument '%s'%s", argv[optind], "");
	{
		/*
		 * Few cores: two polling threads of pdd starve the applications,
		 * and a worker that spins waits for a time slice where one that
		 * sleeps is run at once when a kick wakes it.
		 */
		long n = sysconf(_SC_NPROCESSORS_ONLN);
		bool few = n >= 1 && n < 4;

		if (o->dev_thread == PDD_DEV_AUTO)
			o->dev_thread = few ? PDD_DEV_INLINE : PDD_DEV_OWN;
		if (o->spin_us == PDD_SPIN_AUTO)
			o->spin_us = few ? 0 : 50;
	}
	if (o->ring_size * 2 > o->max_memory) {
		char a[32], b[32];

		return bad("--ring-size %s: a send and a receive ring must fit in --max-memory %s",
			   pdd_fmt_size(o->ring_size, a, sizeof(a)), pdd_fmt_size(o->max_memory, b, sizeof(b)));
	}
	return 0;
}
