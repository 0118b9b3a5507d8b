// SPDX-License-Identifier: MIT
/*
 * stream_main.c - pd_stream: bulk transfer over N connections, over libpd or
 * kernel TCP (--kernel), with pacing and end-to-end verification.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "pd.h"
#include "stream.h"

static const char usage_text[] =
	"usage: pd_stream server --bind IP:PORT [--api bsd|zc] [--verify | --no-touch] [--json] [--kernel]\n"
	"                        [--once]\n"
	"       pd_stream client --connect IP:PORT --conns N --msg-size SIZE --duration SECS\n"
	"                        [--rate RATE [--pacing-timer USEC]] [--api bsd|zc] [--verify | --no-touch]\n"
	"                        [--json] [--kernel]\n"
	"\n"
	"Bulk stream over PipeDevice (libpd), or over kernel TCP with --kernel (same code path).\n"
	"\n"
	"  --bind IP:PORT     server address (port 0: any; the chosen one is printed on stderr)\n"
	"  --connect IP:PORT  the server to connect to\n"
	"  --conns N          connections, all driven by one thread with poll (1..65536)\n"
	"  --msg-size SIZE    bytes per message; K/M/G binary suffixes (64K = 65536)\n"
	"  --duration SECS    how long the client sends (e.g. 10 or 2.5s)\n"
	"  --rate RATE        pace all connections together to RATE bit/s; K/M/G decimal\n"
	"                     suffixes as iperf3 (10G = 10e9); a token bucket releases whole\n"
	"                     messages (depth 5 ms of the rate, at least 8 messages, so a\n"
	"                     descheduled sender catches up); a sender that must wait\n"
	"                     sleeps (timer slack 1 ns) until a --pacing-timer's worth\n"
	"                     of messages may go, then sends them\n"
	"  --pacing-timer USEC  --rate: the pacing quantum in microseconds (1000, as\n"
	"                     iperf3's); 0 wakes for every message (short waits spin)\n"
	"  --api bsd|zc       bsd: pd_send/pd_recv, copies from/to a buffer; zc:\n"
	"                     pd_send_reserve/commit and pd_recv_peek/consume: the client\n"
	"                     writes every payload byte into the ring (the pattern with\n"
	"                     --verify, else a fill byte per message) and the server reads\n"
	"                     every byte in the ring (pattern check, else an XOR) before it\n"
	"                     consumes it (zc is PD only)\n"
	"  --no-touch         --api zc: reserve/commit and peek/consume without writing or\n"
	"                     reading the payload; measures the device alone (no --verify)\n"
	"  --verify           each connection carries a 64-bit counter stream seeded by its\n"
	"                     index; the server checks every byte and reports the first bad\n"
	"                     offset (exit 1)\n"
	"  --json             one summary object on stdout instead of a human line\n"
	"  --kernel           kernel TCP instead of PipeDevice\n"
	"  --once             server: exit after the connections of one client closed\n"
	"                     (else serve until SIGINT/SIGTERM)\n"
	"\n"
	"Output fields: role api transport bytes seconds gbps msgs conns errors verify, and in\n"
	"JSON touch (false only for --api zc --no-touch).  The server's msgs counts receive\n"
	"calls that returned data; the client's, whole messages sent.  Environment:\n"
	"PD_SOCKET, PD_POLL (see libpd).\n"
	"Exit: 0 ok, 1 a run failed (connection error, verify failure), 2 bad usage.\n";

#define bad_usage(...) wl_bad_usage("pd_stream", __VA_ARGS__)

enum { O_BIND = 1, O_CONNECT, O_CONNS, O_MSG, O_DUR, O_RATE, O_PACING, O_API, O_VERIFY, O_JSON, O_KERNEL, O_ONCE, O_NO_TOUCH, O_HELP };

static const struct option longopts[] = {
	{ "bind", required_argument, NULL, O_BIND },
	{ "connect", required_argument, NULL, O_CONNECT },
	{ "conns", required_argument, NULL, O_CONNS },
	{ "msg-size", required_argument, NULL, O_MSG },
	{ "duration", required_argument, NULL, O_DUR },
	{ "rate", required_argument, NULL, O_RATE },
	{ "pacing-timer", required_argument, NULL, O_PACING },
	{ "api", required_argument, NULL, O_API },
	{ "verify", no_argument, NULL, O_VERIFY },
	{ "json", no_argument, NULL, O_JSON },
	{ "kernel", no_argument, NULL, O_KERNEL },
	{ "once", no_argument, NULL, O_ONCE },
	{ "no-touch", no_argument, NULL, O_NO_TOUCH },
	{ "help", no_argument, NULL, O_HELP },
	{ NULL, 0, NULL, 0 },
};

static void parse(int argc, char **argv, struct stream_opts *o)
{
	int c, have_addr = 0, have_conns = 0, have_pacing = 0;
	uint64_t v;


	memset(o, 0, sizeof(*o));
	o->pacing_ns = WL_PACE_QUANTUM_NS;
	o->server = wl_parse_role("pd_stream", argc, argv, usage_text);
	opterr = 0;
	optind = 2;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case O_BIND:
		case O_CONNECT:
			wl_opt_addr("pd_stream", c == O_BIND, o->server, optarg, &o->addr);
			have_addr = 1;
			break;
		case O_CONNS:
			if (wl_parse_size(optarg, &v) || v > 65536 || strpbrk(optarg, "kKmMgG"))
				bad_usage("bad --conns '%s': want 1..65536", optarg);
			o->conns = (uint32_t)v;
			have_conns = 1;
			break;
		case O_MSG:
			if (wl_parse_size(optarg, &o->msg_size) || o->msg_size > (1u << 30))
				bad_usage("bad --msg-size '%s': want 1..1G bytes, K/M/G binary suffixes", optarg);
			break;
		case O_DUR:
			if (wl_parse_duration(optarg, &o->duration))
				bad_usage("bad --duration '%s': want seconds > 0", optarg);
			break;
		case O_RATE:
			if (wl_parse_rate(optarg, &o->rate))
				bad_usage("bad --rate '%s': want bit/s with K/M/G (decimal), e.g. 10G", optarg);
			break;
		case O_PACING: {
			char *end;
			unsigned long long us = strtoull(optarg, &end, 10);

			if (end == optarg || *end || us > 1000000)
				bad_usage("bad --pacing-timer '%s': want microseconds, 0..1000000", optarg);
			o->pacing_ns = (int64_t)us * 1000;
			have_pacing = 1;
			break;
		}
		case O_API:
			if (!strcmp(optarg, "bsd"))
				o->api = API_BSD;
			else if (!strcmp(optarg, "zc"))
				o->api = API_ZC;
			else
				bad_usage("bad --api '%s': use bsd or zc", optarg);
			break;
		case O_VERIFY: o->verify = 1; break;
		case O_JSON: o->json = 1; break;
		case O_KERNEL: o->kernel = 1; break;
		case O_ONCE: o->once = 1; break;
		case O_NO_TOUCH: o->no_touch = 1; break;
		case O_HELP:
		case 'h':
			fputs(usage_text, stdout);
			exit(0);
		case ':':
			bad_usage("option '%s' needs a value", argv[optind - 1]);
		default:
			bad_usage("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		bad_usage("unexpected argument '%s'", argv[optind]);
	if (!have_addr)
		bad_usage("%s is required", o->server ? "--bind IP:PORT" : "--connect IP:PORT");
	if (o->server && (have_conns || o->msg_size || o->duration || o->rate || have_pacing))
		bad_usage("--conns, --msg-size, --duration, --rate and --pacing-timer are client options");
	if (have_pacing && !o->rate)
		bad_usage("--pacing-timer needs --rate");
	if (!o->server && (!have_conns || !o->msg_size || !o->duration))
		bad_usage("the client needs --conns, --msg-size and --duration");
	if (!o->server && o->once)
		bad_usage("--once is a server option");
	if (o->kernel && o->api == API_ZC)
		bad_usage("--api zc needs PipeDevice; it cannot run with --kernel");
	if (o->no_touch && o->api != API_ZC)
		bad_usage("--no-touch is for --api zc (bsd always copies the payload)");
	if (o->no_touch && o->verify)
		bad_usage("--no-touch and --verify exclude each other (--verify touches every byte)");
	o->x = o->kernel ? &wl_xport_kernel : &wl_xport_pd;
}

static void report(const struct stream_opts *o, const struct stream_result *r)
{
	double gbps = r->seconds > 0 ? (double)r->bytes * 8 / r->seconds / 1e9 : 0;
	const char *verify = r->verify < 0 ? "off" : r->verify ? "failed" : "ok";
	const char *api = o->api == API_ZC ? "zc" : "bsd";
	const char *tr = o->kernel ? "kernel" : "pd";

	if (o->json)
		printf("{\"role\": \"%s\", \"api\": \"%s\", \"transport\": \"%s\", \"bytes\": %llu, "
		       "\"seconds\": %.6f, \"gbps\": %.6f, \"msgs\": %llu, \"conns\": %llu, "
		       "\"errors\": %llu, \"verify\": \"%s\", \"touch\": %s}\n",
		       r->role, api, tr, (unsigned long long)r->bytes, r->seconds, gbps,
		       (unsigned long long)r->msgs, (unsigned long long)r->conns,
		       (unsigned long long)r->errors, verify, o->no_touch ? "false" : "true");
	else
		printf("pd_stream %s (%s, api %s): %llu bytes in %.3f s = %.3f Gbit/s, %llu msgs, "
		       "%llu conns, %llu errors, verify %s\n",
		       r->role, tr, api, (unsigned long long)r->bytes, r->seconds, gbps,
		       (unsigned long long)r->msgs, (unsigned long long)r->conns,
		       (unsigned long long)r->errors, verify);
	fflush(stdout);
}

int main(int argc, char **argv)
{
	struct stream_opts o;
	struct stream_result r = { 0 };
	int rc;

	parse(argc, argv, &o);
	if (o.kernel) {
		/* thousands of kernel connections need more descriptors than the default soft limit */
		struct rlimit rl;

		if (!getrlimit(RLIMIT_NOFILE, &rl) && rl.rlim_cur < rl.rlim_max) {
			rl.rlim_cur = rl.rlim_max;
			setrlimit(RLIMIT_NOFILE, &rl);
		}
	}
	if (!o.kernel && pd_init() < 0) {
		perror("pd_stream: cannot reach PipeDevice (pd_init)");
		return 1;
	}
	rc = o.server ? stream_server(&o, &r) : stream_client(&o, &r);
	if (rc >= 0)
		report(&o, &r);
	if (!o.kernel)
		pd_fini();
	return rc < 0 ? 1 : rc;
}
