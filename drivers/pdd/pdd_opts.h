/* SPDX-License-Identifier: MIT */
/*
 * pdd_opts.h - pdd's command line: one option table drives parsing, --help
 * and validation (fio style).
 */
#ifndef PDD_OPTS_H
#define PDD_OPTS_H

#include <stdbool.h>
#include <stdint.h>

enum pdd_huge_mode {
	PDD_HUGE_AUTO = 0,
	PDD_HUGE_ON = 1,
	PDD_HUGE_OFF = 2,
};

/* who runs the device body */
enum pdd_dev_thread {
	PDD_DEV_OWN = 0,    /* the body's own polling thread (pd_dev_ops.start) */
	PDD_DEV_INLINE = 1, /* the workers call pd_dev_ops.poll: one spinning thread, not two */
	PDD_DEV_AUTO = 2,   /* inline with fewer than 4 online CPUs, else own (resolved by the parser) */
};

#define PDD_YIELD_POLLS_DEFAULT 64u
#define PDD_SPIN_AUTO (~0u) /* --spin-us not given: chosen from the number of CPUs */

#define PDD_POOL_DIR "/run/pipedevice/pool" /* records of hugepages each pdd added (pdd_huge.c) */

struct pdd_opts {
	const char *socket;   /* control socket path */
	const char *device;   /* device body name: soft, rtl */
	bool poll_busy;       /* --poll busy (else adaptive) */
	enum pdd_dev_thread dev_thread;
	unsigned int spin_us;     /* --spin-us: adaptive spin before sleeping */
	unsigned int ctl_spin_us; /* --ctl-spin-us: main thread looks for requests without sleeping */
	unsigned int yield_polls; /* --yield-after: empty polls between sched_yield() (0 = never) */
	bool cpus_set;        /* --cpus given: pin the data-path threads */
	unsigned int ncpus;   /* CPUs listed in cpus[] */
	unsigned short cpus[64]; /* --cpus, in the order given; worker w gets cpus[w % ncpus] */
	unsigned int workers; /* 1 .. PD_MAX_WORKERS */
	uint64_t region;      /* bytes of ring memory, all containers */
	uint64_t ring_size;   /* default ring size, power of two */
	uint32_t max_sockets; /* per process */
	uint64_t max_memory;  /* per container (arena size) */
	enum pdd_huge_mode hugepages;
	bool verbose;
	bool cleanup;         /* --cleanup: give back dead pdds' hugepages, exit */
	const char *inject;   /* --inject: the soft device's fault schedule (pd_dev_config.faults) */
};

/* Parse argv into o (defaults first).  0; 1 after --help; 2 on bad usage (message printed). */
int pdd_opts_parse(struct pdd_opts *o, int argc, char **argv);

/* "4M" -> 4194304; binary K/M/G/T suffixes.  Returns 0 or -EINVAL. */
int pdd_parse_size(const char *s, uint64_t *out);

/* Human-readable size ("512M", "4K", "12345") into buf. */
const char *pdd_fmt_size(uint64_t v, char *buf, unsigned int len);

#endif /* PDD_OPTS_H */
