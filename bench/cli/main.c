// SPDX-License-Identifier: MIT
/*
 * main.c - pdbench: a command table {name, fn, help} and a dispatcher that
 * does the shared setup (options, run directory, containers) for the
 * subcommands that measure.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pdbench.h"

struct pdb_cmd {
	const char *name;
	int (*fn)(struct pdb_ctx *c);
	const char *usage, *help;
	enum pdb_cmd_id id;
};

static const struct pdb_cmd cmds[] = {
	{ "doctor", pdb_cmd_doctor, "doctor",
	  "what this machine can run: transports, devices, hugepages, tools, and why not", PDB_DOCTOR },
	{ "cpu", pdb_cmd_cpu, "cpu --target RATE | --targets LIST",
	  "CPU cores needed for a throughput target, per transport (paper Fig. 2)", PDB_CPU },
	{ "scale", pdb_cmd_scale, "scale [--conns N] [--from N]",
	  "throughput as connections grow, normalized to the first (paper Fig. 3)", PDB_SCALE },
	{ "latency", pdb_cmd_latency, "latency", "ping-pong latency percentiles per transport",
	  PDB_LATENCY },
	{ "plot", pdb_cmd_plot, "plot FILE.csv", "PNG and SVG figure for a result file", PDB_PLOT },
	{ "report", pdb_cmd_report, "report [RUN]", "the run beside the paper's numbers, as Markdown",
	  PDB_REPORT },
	{ "cleanup", pdb_cmd_cleanup, "cleanup",
	  "remove namespaces, cgroups, hugepage reservations left by a killed run", PDB_CLEANUP },
	{ "stack", pdb_cmd_stack, "stack",
	  "make bench: unpaced throughput, latency, connect rate and their floors, targets met or not",
	  PDB_STACK },
};
#define NCMDS (sizeof(cmds) / sizeof(cmds[0]))

static void usage(FILE *f)
{
	fputs("usage: pdbench SUBCOMMAND [OPTIONS]\n\n", f);
	for (size_t i = 0; i < NCMDS; i++)
		fprintf(f, "  %-36s %s\n", cmds[i].usage, cmds[i].help);
	fputs("\nCommon options: --transports LIST --device NAME --runtime netns|docker --duration TIME\n"
	      "  --repeat N --msg-size SIZE --out DIR --json --dry-run --quiet\n"
	      "Sizes take binary K/M/G (64K = 65536 bytes); rates are bit/s with K/M/G (80G).\n"
	      "'pdbench help SUBCOMMAND' or 'pdbench SUBCOMMAND --help' lists its options;\n"
	      "man pdbench (docs/pdbench.1) has the rest.  Exit: 0 ok, 1 a run failed, 2 bad usage.\n",
	      f);
}

static const struct pdb_cmd *find(const char *name)
{
	for (size_t i = 0; i < NCMDS; i++)
		if (!strcmp(cmds[i].name, name))
			return &cmds[i];
	return NULL;
}

static void cmd_help(const struct pdb_cmd *k)
{
	printf("usage: pdbench %s [OPTIONS]\n%s\n\n", k->usage, k->help);
	pdb_opts_help(stdout, k->id);
}

int main(int argc, char **argv)
{
	static struct pdb_ctx ctx;
	const struct pdb_cmd *k;
	int rc;

	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "help")) {
		if (argc == 2) {
			usage(stdout);
			return 0;
		}
		k = find(argv[2]);
		if (!k || argc > 3)
			pdb_usage_error("help: no subcommand '%s'", argv[2]);
		cmd_help(k);
		return 0;
	}
	k = find(argv[1]);
	if (!k)
		pdb_usage_error("no subcommand '%s'", argv[1]);
	ctx.cmd = k->id;
	pdb_opts_parse(k->id, argc - 2, argv + 2, &ctx.o);
	if (ctx.o.help) {
		cmd_help(k);
		return 0;
	}
	if (PDB_CMD_BIT(k->id) & PDB_RUNNERS) {
		rc = pdb_prepare(&ctx, argc, argv);
		if (!rc)
			rc = k->fn(&ctx);
		pdb_finish(&ctx);
		if (pdb_interrupted())
			return 130;
		return rc ? rc : (ctx.errors ? 1 : 0);
	}
	return k->fn(&ctx);
}
