/* SPDX-License-Identifier: MIT */
/*
 * pdbench.h - shared types of pdbench (docs/abi.md, "pdbench").
 *
 * One options struct filled from one option table (opts.c), one context per
 * invocation (containers, output), one result struct per measured point that
 * the CSV, JSON and text emitters all read (output.c), and the versioned
 * transport ops table every file in bench/transports/ provides.
 */
#ifndef PDBENCH_H
#define PDBENCH_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#define PDB_PREFIX "pdb-"		/* every namespace, cgroup, veth, file we make */
#define PDB_RUNDIR "/run/pdbench"	/* state of live runs (for pdbench cleanup) */
#define PDB_MAX_LIST 16
#define PDB_MAX_TRANSPORTS 8

enum pdb_cmd_id { PDB_DOCTOR, PDB_CPU, PDB_SCALE, PDB_LATENCY, PDB_PLOT, PDB_REPORT, PDB_CLEANUP,
		  PDB_STACK };
#define PDB_CMD_BIT(c) (1u << (c))
#define PDB_RUNNERS (PDB_CMD_BIT(PDB_CPU) | PDB_CMD_BIT(PDB_SCALE) | PDB_CMD_BIT(PDB_LATENCY) | \
		     PDB_CMD_BIT(PDB_STACK))

struct pdb_opts {
	char transports[256];
	char device[32];
	char runtime[16];
	double duration_s;
	unsigned repeat;
	uint64_t msg_size;		/* bytes; 0 = the subcommand's default */
	char out[PATH_MAX];
	bool json, dry_run, quiet;
	double target_bps;		/* cpu --target */
	double targets_bps[PDB_MAX_LIST];	/* cpu --targets */
	unsigned ntargets;
	unsigned conns;			/* cpu: connections per point; scale: largest */
	unsigned from;			/* scale: first connection count */
	double min_xcore;		/* GB/s; a repeat below it is measured again (0: never; <0: unset) */
	bool help;
	const char *arg;		/* positional: plot FILE, report RUN */
};

/* Roles of the containers of one run: sender, receiver, driver (pdd), device/router. */
enum pdb_role { PDB_A, PDB_B, PDB_DRV, PDB_DEV, PDB_NROLES };

/*
 * Where each role runs (container.c, pdb_placement_plan).  device: the
 * emulated device (pdd, whose workers run the soft body; FreeFlow's router)
 * on a core of its own, standing in for hardware, and the applications on
 * the others; unpinned: every role may run anywhere (the scheduler's
 * choice).  pd is measured in the device placement; the baselines in both
 * (cpu), or unpinned (scale, latency), so that placement never handicaps them.
 */
enum pdb_place { PDB_PLACE_DEVICE, PDB_PLACE_UNPINNED, PDB_NPLACES };
extern const char *const pdb_place_name[PDB_NPLACES];

struct pdb_ctx {
	struct pdb_opts o;
	enum pdb_cmd_id cmd;
	char tag[32];			/* "pdb-<pid>": prefix of this run's objects */
	char run_id[64];
	char outdir[PATH_MAX];
	char bindir[PATH_MAX];		/* where pdd, pd_stream, pdb_ff ... live */
	char ip_a[16], ip_b[16];	/* veth addresses from 198.18.0.0/15 */
	unsigned ncpus;
	char cpus[PDB_NROLES][32];	/* cpuset of each role's cgroup (every CPU) */
	char place_cpus[PDB_NPLACES][PDB_NROLES][32]; /* affinity of each role, per placement */
	enum pdb_place place;		/* placement of the point being measured */
	char pdd_sock[PATH_MAX];	/* pd: pdd's control socket while it runs, else "" */
	char pdctl[PATH_MAX];		/* pdctl, to read pdd's device/driver CPU split */
	pid_t live[8];			/* processes of the point being measured */
	unsigned nlive;
	bool cg_v1;			/* v1 cpuset+cpuacct hierarchies, else v2 */
	bool up;			/* containers exist */
	unsigned port;			/* next TCP port to use */
	FILE *csv;
	int errors;			/* points that failed (exit status 1) */
	unsigned xcore_redone;		/* repeats measured again (the floor fell below --min-xcore) */
	unsigned xcore_left;		/* repeats the current point may still measure again */
};

/* One measured point (one repeat, or the median/min/max of the repeats). */
struct pdb_result {
	const char *transport, *device;
	const char *placement;		/* pdb_place_name[] */
	const char *wait;		/* latency: "busy" or "sleep" */
	char repeat[16];		/* "1".."N", "median", "min", "max" */
	char status[160];		/* "ok", "target-not-met", "skipped: <reason>" */
	bool measured;
	double target_gbps, achieved_gbps, duration_s;
	uint64_t msg_bytes;
	unsigned conns;
	/* cpu */
	double app_cores, driver_cores, device_cores, paper_cores, total_cores;
	double host_busy_cores;		/* 1 - Δidle/Δwall summed over cores (not in CSV) */
	/* cross-check (JSON only): the run's processes' own run time, /proc/PID/task schedstat */
	double exact_cores;
	/* scale */
	double mops, normalized;
	/* latency */
	uint64_t samples;
	double p50, p90, p99, p999, max;
	/* stack: one figure of make bench */
	const char *figure, *unit;
	double value;
	/* the host's floor around this repeat (xcore.c): GB/s of a copy between the two CPUs */
	double xcore_gbps;
};

/* What a transport is asked to do. */
struct pdb_req {
	double rate_bps;		/* 0 = as fast as it goes */
	uint64_t msg_size;
	unsigned conns;
	double duration_s;
	uint64_t ring_size;		/* pd: bytes per ring (0: pdd's default) */
	bool busy;			/* latency: busy-polling waits, else sleeping ones */
};

#define PDB_TRANSPORT_V1 1
struct pdb_transport_ops {
	unsigned version;		/* PDB_TRANSPORT_V1 */
	const char *name;		/* as given to --transports */
	const char *label;		/* as written in every output */
	/* 0 if it can run here, else -errno with the reason in why */
	int (*probe)(struct pdb_ctx *c, char *why, size_t n);
	/* bulk stream (cpu, scale); fills achieved_gbps, mops, cpu columns */
	int (*stream)(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r);
	/* ping-pong latency (optional) */
	int (*rr)(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r);
	/* connections set up and torn down per second into r->value (optional; stack) */
	int (*connect_rate)(struct pdb_ctx *c, const struct pdb_req *q, struct pdb_result *r);
};

const struct pdb_transport_ops *pdb_transport_find(const char *name);
const struct pdb_transport_ops *const *pdb_transport_all(void);
extern const struct pdb_transport_ops pdb_tcp_ops, pdb_pd_ops, pdb_pd_zc_ops, pdb_freeflow_ops,
	pdb_rdma_ops, pdb_shm_ops;
/* the placements a transport is measured in by the current subcommand; returns the count */
unsigned pdb_placements(const struct pdb_ctx *c, const struct pdb_transport_ops *t,
			enum pdb_place out[PDB_NPLACES]);
/* the wait modes of a latency transport (busy, sleep); returns the count */
unsigned pdb_waits(const struct pdb_transport_ops *t, bool out[2]);

/* opts.c */
int pdb_opts_parse(enum pdb_cmd_id cmd, int argc, char **argv, struct pdb_opts *o);
void pdb_opts_help(FILE *f, enum pdb_cmd_id cmd);
int pdb_parse_size(const char *s, uint64_t *out);
int pdb_parse_rate(const char *s, double *bps);
int pdb_parse_duration(const char *s, double *secs);
void pdb_fmt_rate(double bps, char *buf, size_t n);
void pdb_fmt_size(uint64_t b, char *buf, size_t n);
_Noreturn void pdb_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* container.c: netns + cgroup containers, processes in them, cleanup */
int pdb_containers_up(struct pdb_ctx *c);
void pdb_containers_down(struct pdb_ctx *c);
int pdb_cleanup_prefix(const char *prefix, bool verbose);
void pdb_plan_containers(struct pdb_ctx *c, FILE *f);
void pdb_signals_install(struct pdb_ctx *c);
bool pdb_interrupted(void);
int pdb_run_cmd(char *const argv[], bool quiet);

struct pdb_proc {
	pid_t pid;
	const char *name;
	char out[PATH_MAX], err[PATH_MAX];
	int status;			/* wait status once reaped */
	bool done;
};
int pdb_spawn(struct pdb_ctx *c, enum pdb_role role, const char *name, char *const argv[],
	      char *const envp_add[], struct pdb_proc *p);
int pdb_wait(struct pdb_ctx *c, struct pdb_proc *p, double timeout_s);
void pdb_stop(struct pdb_proc *p);
char *pdb_slurp(const char *path);
int pdb_proc_error(struct pdb_proc *p, char *why, size_t n);
int pdb_wait_listen(struct pdb_ctx *c, struct pdb_proc *p, unsigned port, double timeout_s);
int pdb_wait_path(struct pdb_ctx *c, const char *path, struct pdb_proc *p, double timeout_s);
int pdb_find_bin(struct pdb_ctx *c, const char *name, char *path, size_t n);
bool pdb_sleep(double secs);	/* false when interrupted */
/* run argv[0] (a path) here, stdout into buf (NUL-terminated); 0 if it exited 0, else -errno */
int pdb_capture(char *const argv[], char *buf, size_t n);

/* measure.c */
struct pdb_sample {
	double wall;
	unsigned ncpu;
	uint64_t idle[256], total[256];	/* /proc/stat jiffies per core */
	uint64_t cg_ns[PDB_NROLES];	/* cgroup CPU time per role */
	uint64_t dev_ns;		/* pdd's own split: the device body's CPU time */
	bool dev_ok;			/* dev_ns was read */
	uint64_t procs_ns;		/* run time of the live processes' threads */
};
int pdb_sample_take(struct pdb_ctx *c, struct pdb_sample *s);
void pdb_sample_diff(const struct pdb_sample *a, const struct pdb_sample *b,
		     struct pdb_result *r, double *per_core, unsigned ncores);
int pdb_measure_window(struct pdb_ctx *c, double duration_s, struct pdb_result *r);

/* parse.c: the output of the tools */
int pdb_json_num(const char *json, const char *path, double *v);
char *pdb_strip_ansi(char *s);
int pdb_parse_iperf3(const char *json, double *bps, double *bytes, double *secs, char *err, size_t n);
int pdb_parse_sockperf(char *text, struct pdb_result *r);
int pdb_parse_perftest_bw(const char *text, double *gbps, double *mpps);

/* output.c */
void pdb_out_open(struct pdb_ctx *c);
void pdb_out_close(struct pdb_ctx *c);
void pdb_emit(struct pdb_ctx *c, const struct pdb_result *r);
int pdb_write_env(struct pdb_ctx *c, int argc, char **argv);
void pdb_progress(struct pdb_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void pdb_progress_done(struct pdb_ctx *c);
void pdb_summarize(struct pdb_ctx *c, struct pdb_result *reps, unsigned n);
void pdb_skip(struct pdb_ctx *c, struct pdb_result *r, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* xcore.c: the floor between the device placement's driver and sender CPUs; GB/s, 0 if one CPU */
double pdb_xcore_probe(const struct pdb_ctx *c, double *rtt_ns);

/* run.c: the loops shared by cpu, scale and latency */
int pdb_prepare(struct pdb_ctx *c, int argc, char **argv);
void pdb_finish(struct pdb_ctx *c);
int pdb_transport_list(struct pdb_ctx *c, const struct pdb_transport_ops **t, const char **names,
		       unsigned max);
int pdb_probe(struct pdb_ctx *c, const struct pdb_transport_ops *t, char *why, size_t n);
void pdb_emit_skipped(struct pdb_ctx *c, struct pdb_result *r, const char *why);
/*
 * One repeat of point q (latency: rr, else stream) into *r, with the host's
 * floor probed before and after it (r->xcore_gbps, the lower).  Below
 * --min-xcore before: wait for it (PDB_XCORE_WAIT_S at most, probing); below
 * after: the attempt is a row of its own (repeat "discarded") and the repeat
 * is measured again, PDB_XCORE_REDO times at most, and no more often per
 * point than it has repeats (at least PDB_XCORE_REDO; pdb_point_begin): every point and transport
 * gets the same chance, and a host that stays slow stretches a run by a
 * bounded factor.
 */
#define PDB_XCORE_REDO 2
#define PDB_XCORE_WAIT_S 5.0
void pdb_point_begin(struct pdb_ctx *c);
void pdb_repeat(struct pdb_ctx *c, const struct pdb_transport_ops *t, const struct pdb_req *q,
		struct pdb_result *r, bool rr);

/* subcommands */
int pdb_cmd_doctor(struct pdb_ctx *c);
int pdb_cmd_cpu(struct pdb_ctx *c);
int pdb_cmd_scale(struct pdb_ctx *c);
int pdb_cmd_latency(struct pdb_ctx *c);
int pdb_cmd_plot(struct pdb_ctx *c);
int pdb_cmd_report(struct pdb_ctx *c);
int pdb_cmd_cleanup(struct pdb_ctx *c);
int pdb_cmd_stack(struct pdb_ctx *c);

/* csv.c: reading result files back (plot, report) */
struct pdb_csv {
	char **field;			/* header names */
	unsigned nfield;
	char ***row;
	unsigned nrow;
};
int pdb_csv_read(const char *path, struct pdb_csv *t);
void pdb_csv_free(struct pdb_csv *t);
int pdb_csv_col(const struct pdb_csv *t, const char *name);

#endif
