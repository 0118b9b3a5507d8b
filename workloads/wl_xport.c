// SPDX-License-Identifier: MIT
/*
 * wl_xport.c - the two transports of the workloads: libpd, and kernel TCP
 * (--kernel) through the same calls, so both are measured by one code path.
 */
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include "pd.h"
#include "wl.h"

static ssize_t k_send(int fd, const void *b, size_t n, int flags)
{
	return send(fd, b, n, flags | MSG_NOSIGNAL); /* EPIPE, never SIGPIPE: as PD */
}

static int k_nonblock(int fd)
{
	int fl = fcntl(fd, F_GETFL);

	return fl < 0 ? -1 : fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

static int pd_nonblock(int fd)
{
	int fl = pd_fcntl(fd, F_GETFL);

	return fl < 0 ? -1 : pd_fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

const struct wl_xport wl_xport_kernel = {
	.name = "kernel",
	.socket = socket,
	.bind = bind,
	.listen = listen,
	.accept4 = accept4,
	.connect = connect,
	.send = k_send,
	.recv = recv,
	.shutdown = shutdown,
	.close = close,
	.poll = poll,
	.getsockname = getsockname,
	.set_nonblock = k_nonblock,
};

const struct wl_xport wl_xport_pd = {
	.name = "pd",
	.socket = pd_socket,
	.bind = pd_bind,
	.listen = pd_listen,
	.accept4 = pd_accept4,
	.connect = pd_connect,
	.send = pd_send,
	.recv = pd_recv,
	.shutdown = pd_shutdown,
	.close = pd_close,
	.poll = pd_poll,
	.getsockname = pd_getsockname,
	.set_nonblock = pd_nonblock,
};
