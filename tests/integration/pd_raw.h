/* SPDX-License-Identifier: MIT */
/*
 * pd_raw.h - the raw pd_uapi.h client behind pd_raw: control connections
 * (HELLO, requests, fds, mappings) and the data path libpd would run (rings,
 * kicks), with no libpd in between.
 */
#ifndef PD_RAW_H
#define PD_RAW_H

#include <stdbool.h>
#include <stdint.h>

#include "pd_uapi.h"

#define MAX_FDS (3 + PD_MAX_WORKERS)
#define WAIT_NS (10ull * 1000000000ull) /* every wait is bounded by this */
#define RING 65536u                     /* small rings: transfers wrap many times */

extern const char *sock_path;
extern int failures; /* checks that failed */

/* one control connection = one process as pdd sees it */
struct raw {
	int fd;
	struct pd_hello_info hello;
	int fds[MAX_FDS];
	unsigned int nfds;
	uint8_t *notify;
	uint8_t *arena;
	uint64_t seq;
};

/* one end of a connection and the counters this process keeps for it */
struct ep {
	struct raw *r;
	uint32_t sd;
	struct pd_sock_info info;
	uint64_t sprod; /* bytes produced into the send ring */
	uint64_t rcons; /* bytes consumed from the receive ring */
};

void check(bool ok, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
uint64_t now_ns(void);
void nap(void);
int raw_call(struct raw *r, struct pd_req *req, struct pd_resp *resp);
int raw_open(struct raw *r);
void raw_close(struct raw *r);
struct pd_sock_shm *shm_of(struct raw *r, uint32_t sd);
int op_sd(struct raw *r, uint32_t op, uint32_t sd, struct pd_resp *resp);
int op_data(struct raw *r, uint32_t op, uint32_t sd, uint64_t off, uint64_t len);
int op_inet(struct raw *r, uint32_t op, uint32_t sd, uint16_t port, struct pd_resp *resp);
int op_getopt(struct raw *r, uint32_t sd, uint32_t opt, uint64_t *val);
int new_socket(struct raw *r, uint32_t ring);
int new_listener(struct raw *r, uint16_t *port);
int accept_wait(struct raw *r, uint32_t lsd);
int ep_init(struct ep *e, struct raw *r, uint32_t sd);
int make_pair(struct raw *srv, struct raw *cli, struct ep *s, struct ep *c);
void kick(struct raw *r, uint32_t sd, uint32_t w);
uint8_t pattern(uint64_t i);
uint64_t ep_send(struct ep *e, uint64_t len);
uint64_t ep_send_sync(struct ep *e, uint64_t len);
void ep_sync_shm(struct ep *e);
int64_t ep_recv(struct ep *e);
int transfer(struct ep *tx, struct ep *rx, uint64_t total);
int wait_error(struct raw *r, uint32_t sd, int err);

#endif /* PD_RAW_H */
