// SPDX-License-Identifier: MIT
/*
 * pd_env.c - what the environment selects: the host (PD_HOST), pdd's
 * control socket (PD_SOCKET), the wait mode (PD_POLL) and the control path
 * (PD_CTL: pdd's shared-memory control slot, or its socket), plus the rounding
 * of ring-size options.  Pure functions: unit-tested in pd/tests/.
 */
#include <stdio.h>
#include <string.h>

#include "pd_internal.h"

int pd_env_parse(const char *(*get)(const char *name), struct pd_env *env, char *err, size_t errlen)
{
	const char *host = get("PD_HOST");
	const char *sock = get("PD_SOCKET");
	const char *poll = get("PD_POLL");
	const char *ctl = get("PD_CTL");

	memset(env, 0, sizeof(*env));
	env->host_set = host && *host;
	if (!host || !*host || !strcmp(host, "pdd")) {
		env->host = PD_HOST_PDD;
	} else if (!strcmp(host, "kernel")) {
		env->host = PD_HOST_KERNEL;
	} else {
		snprintf(err, errlen, "libpd: PD_HOST='%s' is not a host: use pdd or kernel", host);
		return -EINVAL;
	}
	if (!sock || !*sock)
		sock = PD_DEFAULT_SOCKET;
	if (strlen(sock) >= sizeof(env->socket)) {
		snprintf(err, errlen, "libpd: PD_SOCKET is %zu bytes long; a Unix socket path must be under %zu",
			 strlen(sock), sizeof(env->socket));
		return -ENAMETOOLONG;
	}
	strcpy(env->socket, sock);
	if (!poll || !*poll || !strcmp(poll, "adaptive")) {
		env->busy_poll = 0;
	} else if (!strcmp(poll, "busy")) {
		env->busy_poll = 1;
	} else {
		snprintf(err, errlen, "libpd: PD_POLL='%s' is not a wait mode: use busy or adaptive", poll);
		return -EINVAL;
	}
	if (!ctl || !*ctl || !strcmp(ctl, "slot")) {
		env->ctl_socket = 0;
	} else if (!strcmp(ctl, "socket")) {
		env->ctl_socket = 1;
	} else {
		snprintf(err, errlen, "libpd: PD_CTL='%s' is not a control path: use slot or socket", ctl);
		return -EINVAL;
	}
	return 0;
}

uint64_t pd_ring_size_round(int64_t v)
{
	uint64_t r = PD_RING_MIN;

	if (v <= (int64_t)PD_RING_MIN)
		return PD_RING_MIN;
	if (v >= (int64_t)PD_RING_MAX)
		return PD_RING_MAX;
	while (r < (uint64_t)v)
		r <<= 1;
	return r;
}
