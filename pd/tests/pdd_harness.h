/* SPDX-License-Identifier: MIT */
/*
 * pdd_harness.h - for libpd's integration programs: start a private pdd
 * (build/bin/pdd --socket $TMP/pdd.sock --region 256M --ring-size 64K), point
 * PD_SOCKET at it, stop it at exit; exit 77 (skip) when pdd is not built.
 */
#ifndef PDD_HARNESS_H
#define PDD_HARNESS_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pd.h"

extern int pdh_failures;

#define CHECK(cond)                                                                                   \
	do {                                                                                          \
		if (!(cond)) {                                                                        \
			fprintf(stderr, "FAIL %s:%d: %s (errno %d: %s)\n", __FILE__, __LINE__, #cond, \
				errno, strerror(errno));                                              \
			pdh_failures++;                                                       \
		}                                                                                     \
	} while (0)

/* CHECK that a call fails with the given errno */
#define CHECK_ERR(call, err)                                                                          \
	do {                                                                                          \
		errno = 0;                                                                            \
		long _r = (long)(call);                                                               \
		if (_r != -1 || errno != (err)) {                                                     \
			fprintf(stderr, "FAIL %s:%d: %s = %ld errno %d (%s), want -1 errno %s\n",       \
				__FILE__, __LINE__, #call, _r, errno, strerror(errno), #err);         \
			pdh_failures++;                                                       \
		}                                                                                     \
	} while (0)

/* start pdd (or exit 77); the path of its socket is in PD_SOCKET afterwards */
void pdh_start(void);
/* 1 when something accepts connections on the Unix socket at path */
int pdh_sock_ready(const char *path);
/* exit status for the test: 0 if no CHECK failed */
int pdh_result(const char *name);

/* a listener on 127.0.0.1:<ephemeral>; returns sd and the port (network order) */
int pdh_listen(uint16_t *port);
/* blocking connect to 127.0.0.1:port */
int pdh_connect(uint16_t port);
/* connected pair: *a from connect, *b from accept */
void pdh_pair(int lsd, uint16_t port, int *a, int *b);

#endif /* PDD_HARNESS_H */
