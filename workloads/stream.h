/* SPDX-License-Identifier: MIT */
/*
 * stream.h - pd_stream internals: options, the per-connection header, the
 * result every role reports.
 */
#ifndef STREAM_H
#define STREAM_H

#include <stdint.h>

#include "wl.h"

enum stream_api { API_BSD = 0, API_ZC = 1 };

struct stream_opts {
	int server;
	struct sockaddr_in addr;
	enum stream_api api;
	int verify, json, kernel, once;
	int no_touch; /* --api zc: reserve/commit and peek/consume without touching the payload */
	uint32_t conns;
	uint64_t msg_size;
	double duration; /* seconds */
	double rate;     /* bit/s, 0 = unpaced */
	int64_t pacing_ns; /* --pacing-timer: the pacer's quantum (WL_PACE_QUANTUM_NS) */
	const struct wl_xport *x;
};

/* first 16 bytes on every connection, client to server (not counted as payload) */
#define STREAM_MAGIC 0x31534450u /* "PDS1" */
#define STREAM_HDR_VERIFY 1u
struct stream_hdr {
	uint32_t magic;
	uint32_t flags;
	uint32_t conn;   /* index of this connection in the client, seeds the pattern */
	uint32_t nconns; /* connections the client opens */
};

struct stream_result {
	const char *role;
	uint64_t bytes, msgs, conns, errors;
	double seconds;
	int verify; /* -1 off, 0 ok, 1 failed */
};

int stream_client(const struct stream_opts *o, struct stream_result *res);
int stream_server(const struct stream_opts *o, struct stream_result *res);

#endif /* STREAM_H */
