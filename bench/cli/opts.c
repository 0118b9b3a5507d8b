// SPDX-License-Identifier: MIT
/*
 * opts.c - the one option table of pdbench: it drives parsing, --help and
 * validation (fio's option table, without its size).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pdbench.h"

enum opt_type { O_FLAG, O_STR, O_UINT, O_SIZE, O_RATE, O_RATES, O_DUR, O_ENUM, O_NUM };

struct pdb_opt {
	const char *name, *arg, *help;
	enum opt_type type;
	size_t off, len;		/* offsetof into struct pdb_opts, sizeof for strings */
	double min, max;
	const char *choices;		/* O_ENUM: "a|b|c" */
	unsigned cmds;			/* subcommands that take it */
};

#define OFF(f) offsetof(struct pdb_opts, f)
#define LEN(f) sizeof(((struct pdb_opts *)0)->f)
#define RUN PDB_RUNNERS
#define ALLRUN (PDB_RUNNERS | PDB_CMD_BIT(PDB_DOCTOR))

static const struct pdb_opt opts[] = {
	{ "transports", "LIST", "transports to run: tcp,freeflow,rdma,pd,pd-zc,shm", O_STR, OFF(transports),
	  LEN(transports), 0, 0, NULL, ALLRUN },
	{ "device", "NAME", "PipeDevice device body for pd: soft|rtl|kernel|dma|fpga", O_ENUM, OFF(device),
	  LEN(device), 0, 0, "soft|rtl|kernel|dma|fpga", ALLRUN },
	{ "runtime", "NAME", "containers: netns (default) or docker", O_ENUM, OFF(runtime), LEN(runtime),
	  0, 0, "netns|docker", ALLRUN },
	{ "duration", "TIME", "length of each run, e.g. 10s, 500ms (default 10s)", O_DUR, OFF(duration_s),
	  0, 0.5, 3600, NULL, RUN },
	{ "repeat", "N", "runs per point; reported as median, min and max (default 1)", O_UINT,
	  OFF(repeat), 0, 1, 100, NULL, RUN },
	{ "msg-size", "SIZE", "message size, K/M/G binary (default: cpu 64K, scale 1K, latency 64, stack: throughput 64K)",
	  O_SIZE, OFF(msg_size), 0, 1, 64 << 20, NULL, RUN },
	{ "out", "DIR", "result directory (default results/<run-id>/)", O_STR, OFF(out), LEN(out), 0, 0,
	  NULL, RUN | PDB_CMD_BIT(PDB_PLOT) | PDB_CMD_BIT(PDB_REPORT) },
	{ "json", NULL, "one JSON object per result line on stdout", O_FLAG, OFF(json), 0, 0, 0, NULL,
	  ALLRUN | PDB_CMD_BIT(PDB_CLEANUP) },
	{ "dry-run", NULL, "print the plan (containers, cores, commands, rings, memory); run nothing",
	  O_FLAG, OFF(dry_run), 0, 0, 0, NULL, RUN | PDB_CMD_BIT(PDB_CLEANUP) },
	{ "quiet", NULL, "no progress line and no text table", O_FLAG, OFF(quiet), 0, 0, 0, NULL,
	  ~0u },
	{ "target", "RATE", "throughput target in bit/s, e.g. 80G", O_RATE, OFF(target_bps), 0, 1e6,
	  1e13, NULL, PDB_CMD_BIT(PDB_CPU) },
	{ "targets", "LIST", "several targets, e.g. 20G,40G,60G,80G", O_RATES, OFF(targets_bps), 0, 1e6,
	  1e13, NULL, PDB_CMD_BIT(PDB_CPU) },
	{ "conns", "N", "connections (cpu: per point, default 1; scale: largest, default 4096)", O_UINT,
	  OFF(conns), 0, 1, 65536, NULL, PDB_CMD_BIT(PDB_CPU) | PDB_CMD_BIT(PDB_SCALE) },
	{ "from", "N", "scale: first connection count, doubled up to --conns (default 128)", O_UINT,
	  OFF(from), 0, 1, 65536, NULL, PDB_CMD_BIT(PDB_SCALE) },
	{ "min-xcore", "GBPS",
	  "the host's floor, a copy between the driver's and the sender's CPUs probed before and "
	  "after each repeat (a VM's host may move its CPUs apart for seconds: here 25 -> 2 GB/s): "
	  "below GBPS, wait for it (5 s at most) before a repeat, measure it again (twice at most) "
	  "after; 0: never; a discarded repeat stays in the CSV (default 8)", O_NUM, OFF(min_xcore), 0, 0, 1000, NULL,
	  PDB_CMD_BIT(PDB_CPU) | PDB_CMD_BIT(PDB_SCALE) | PDB_CMD_BIT(PDB_LATENCY) },
	{ "help", NULL, "this help", O_FLAG, OFF(help), 0, 0, 0, NULL, ~0u },
};

static const char *cmd_names[] = { "doctor", "cpu", "scale", "latency", "plot", "report", "cleanup",
				    "stack" };

_Noreturn void pdb_usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("pdbench: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs(" (see 'pdbench help')\n", stderr);
	exit(2);
}

/* Binary multiples for sizes: 64K = 65536. */
int pdb_parse_size(const char *s, uint64_t *out)
{
	char *end;
	double v;
	double mul = 1;

	errno = 0;
	v = strtod(s, &end);
	if (end == s || errno || v < 0 || isnan(v))
		return -EINVAL;
	switch (*end) {
	case 'k': case 'K': mul = 1024.0; end++; break;
	case 'm': case 'M': mul = 1024.0 * 1024; end++; break;
	case 'g': case 'G': mul = 1024.0 * 1024 * 1024; end++; break;
	}
	if (*end == 'i' || *end == 'B')
		end += (*end == 'i' && end[1] == 'B') ? 2 : 1;
	if (*end || v * mul > 1e18 || v * mul != floor(v * mul))
		return -EINVAL;
	*out = (uint64_t)(v * mul);
	return 0;
}

/* Rates are bit/s with decimal multiples (network convention): 10G = 1e10 bit/s. */
int pdb_parse_rate(const char *s, double *bps)
{
	char *end;
	double v, mul = 1;

	errno = 0;
	v = strtod(s, &end);
	if (end == s || errno || v <= 0 || isnan(v) || isinf(v))
		return -EINVAL;
	switch (*end) {
	case 'k': case 'K': mul = 1e3; end++; break;
	case 'm': case 'M': mul = 1e6; end++; break;
	case 'g': case 'G': mul = 1e9; end++; break;
	case 't': case 'T': mul = 1e12; end++; break;
	}
	if (*end && strcmp(end, "bit") && strcmp(end, "b") && strcasecmp(end, "bps"))
		return -EINVAL;
	*bps = v * mul;
	return 0;
}

int pdb_parse_duration(const char *s, double *secs)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (end == s || errno || v <= 0 || isnan(v) || isinf(v))
		return -EINVAL;
	if (!strcmp(end, "ms"))
		v /= 1000;
	else if (!strcmp(end, "m") || !strcmp(end, "min"))
		v *= 60;
	else if (*end && strcmp(end, "s"))
		return -EINVAL;
	*secs = v;
	return 0;
}

void pdb_fmt_rate(double bps, char *buf, size_t n)
{
	if (bps >= 1e9)
		snprintf(buf, n, "%gG", bps / 1e9);
	else if (bps >= 1e6)
		snprintf(buf, n, "%gM", bps / 1e6);
	else
		snprintf(buf, n, "%g", bps);
}

void pdb_fmt_size(uint64_t b, char *buf, size_t n)
{
	if (b && !(b % (1ull << 30)))
		snprintf(buf, n, "%lluG", (unsigned long long)(b >> 30));
	else if (b && !(b % (1ull << 20)))
		snprintf(buf, n, "%lluM", (unsigned long long)(b >> 20));
	else if (b && !(b % 1024))
		snprintf(buf, n, "%lluK", (unsigned long long)(b >> 10));
	else
		snprintf(buf, n, "%llu", (unsigned long long)b);
}

static bool choice_ok(const char *choices, const char *v)
{
	size_t len = strlen(v);
	const char *p = choices;

	while (p && *p) {
		const char *bar = strchr(p, '|');
		size_t l = bar ? (size_t)(bar - p) : strlen(p);

		if (l == len && !strncmp(p, v, l))
			return true;
		p = bar ? bar + 1 : NULL;
	}
	return false;
}

static void set_opt(enum pdb_cmd_id cmd, const struct pdb_opt *d, const char *v, struct pdb_opts *o)
{
	char *base = (char *)o + d->off;
	uint64_t u;
	double x;
	char *end;

	switch (d->type) {
	case O_FLAG:
		*(bool *)base = true;
		return;
	case O_ENUM:
		if (!choice_ok(d->choices, v))
			pdb_usage_error("--%s: '%s' is not one of %s", d->name, v, d->choices);
		/* fall through */
	case O_STR:
		if (!*v || strlen(v) >= d->len)
			pdb_usage_error("--%s: value '%s' is empty or too long", d->name, v);
		strcpy(base, v);
		return;
	case O_UINT:
		errno = 0;
		u = strtoull(v, &end, 10);
		if (errno || end == v || *end || *v == '-' || u < d->min || u > d->max)
			pdb_usage_error("--%s: '%s' is not a whole number in [%g, %g]", d->name, v,
					d->min, d->max);
		*(unsigned *)base = (unsigned)u;
		return;
	case O_SIZE:
		if (pdb_parse_size(v, &u) || u < d->min || u > d->max)
			pdb_usage_error("--%s: '%s' is not a size in [%g, %g] bytes (suffixes K, M, G)",
					d->name, v, d->min, d->max);
		*(uint64_t *)base = u;
		return;
	case O_RATE:
		if (pdb_parse_rate(v, &x) || x < d->min || x > d->max)
			pdb_usage_error("--%s: '%s' is not a rate in bit/s (e.g. 80G, 500M)", d->name, v);
		*(double *)base = x;
		return;
	case O_DUR:
		if (pdb_parse_duration(v, &x) || x < d->min || x > d->max)
			pdb_usage_error("--%s: '%s' is not a duration in [%gs, %gs] (e.g. 10s, 500ms)",
					d->name, v, d->min, d->max);
		*(double *)base = x;
		return;
	case O_NUM:
		errno = 0;
		x = strtod(v, &end);
		if (errno || end == v || *end || isnan(x) || x < d->min || x > d->max)
			pdb_usage_error("--%s: '%s' is not a number in [%g, %g]", d->name, v, d->min,
					d->max);
		*(double *)base = x;
		return;
	case O_RATES: {
		char buf[512], *save = NULL, *tok;
		unsigned n = 0;

		if (strlen(v) >= sizeof(buf))
			pdb_usage_error("--%s: list too long", d->name);
		strcpy(buf, v);
		for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
			if (n == PDB_MAX_LIST)
				pdb_usage_error("--%s: at most %d values", d->name, PDB_MAX_LIST);
			if (pdb_parse_rate(tok, &x) || x < d->min || x > d->max)
				pdb_usage_error("--%s: '%s' is not a rate in bit/s (e.g. 20G)", d->name, tok);
			o->targets_bps[n++] = x;
		}
		if (!n)
			pdb_usage_error("--%s: empty list", d->name);
		o->ntargets = n;
		return;
	}
	}
	(void)cmd;
}

int pdb_opts_parse(enum pdb_cmd_id cmd, int argc, char **argv, struct pdb_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->min_xcore = -1;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i], *val = NULL;
		const struct pdb_opt *d = NULL;
		char name[64];
		size_t nl;

		if (strncmp(a, "--", 2) || !a[2]) {
			if (!strcmp(a, "-h")) {
				o->help = true;
				continue;
			}
			if (a[0] == '-' && a[1])
				pdb_usage_error("%s: unknown option '%s'", cmd_names[cmd], a);
			if ((cmd == PDB_PLOT || cmd == PDB_REPORT) && !o->arg) {
				o->arg = a;
				continue;
			}
			pdb_usage_error("%s: unexpected argument '%s'", cmd_names[cmd], a);
		}
		a += 2;
		nl = strcspn(a, "=");
		if (nl >= sizeof(name))
			pdb_usage_error("%s: unknown option '--%s'", cmd_names[cmd], a);
		memcpy(name, a, nl);
		name[nl] = 0;
		if (a[nl] == '=')
			val = a + nl + 1;
		for (size_t k = 0; k < sizeof(opts) / sizeof(opts[0]); k++)
			if (!strcmp(opts[k].name, name))
				d = &opts[k];
		if (!d)
			pdb_usage_error("%s: unknown option '--%s'", cmd_names[cmd], name);
		if (!(d->cmds & PDB_CMD_BIT(cmd)))
			pdb_usage_error("%s does not take --%s", cmd_names[cmd], name);
		if (d->type == O_FLAG) {
			if (val)
				pdb_usage_error("--%s takes no value", name);
		} else if (!val) {
			if (i + 1 >= argc)
				pdb_usage_error("--%s needs a value (%s)", name, d->arg);
			val = argv[++i];
		}
		set_opt(cmd, d, val ? val : "", o);
	}
	if (o->target_bps && o->ntargets)
		pdb_usage_error("cpu: give --target or --targets, not both");
	if (cmd == PDB_SCALE && o->from && o->conns && o->from > o->conns)
		pdb_usage_error("scale: --from %u is larger than --conns %u", o->from, o->conns);
	if (cmd == PDB_PLOT && !o->arg && !o->help)
		pdb_usage_error("plot needs a result file (pdbench plot FILE.csv)");
	return 0;
}

void pdb_opts_help(FILE *f, enum pdb_cmd_id cmd)
{
	fprintf(f, "options of pdbench %s:\n", cmd_names[cmd]);
	for (size_t k = 0; k < sizeof(opts) / sizeof(opts[0]); k++) {
		char left[48];

		if (!(opts[k].cmds & PDB_CMD_BIT(cmd)))
			continue;
		snprintf(left, sizeof(left), "--%s%s%s", opts[k].name, opts[k].arg ? " " : "",
			 opts[k].arg ? opts[k].arg : "");
		fprintf(f, "  %-22s %s\n", left, opts[k].help);
	}
}
