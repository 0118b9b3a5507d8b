// SPDX-License-Identifier: MIT
/*
 * pl_sock.c - the socket calls of libpd_preload.so: socket, bind, listen,
 * accept, connect, close, dup, fcntl, ioctl, options, names, shutdown, and
 * what a fork leaves in the child.
 *
 * Where PD has no meaning for an option, the kernel placeholder takes it:
 * it checks the value as the kernel would, and getsockopt reads back what
 * was set.  What PD does differently is said in pd/preload/README.md.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/tcp.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "pd.h"
#include "pd_internal.h"
#include "pl.h"

static const char *ipport(const struct sockaddr_in *a, char *buf, size_t n)
{
	char ip[INET_ADDRSTRLEN];

	inet_ntop(AF_INET, &a->sin_addr, ip, sizeof(ip));
	snprintf(buf, n, "%s:%u", ip, ntohs(a->sin_port));
	return buf;
}

static int ret_err(int e)
{
	errno = e;
	return -1;
}

int socket(int domain, int type, int protocol)
{
	struct pl_obj *o;
	int fd;

	if (!real_socket)
		pl_init();
	fd = real_socket(domain, type, protocol);
	if (fd < 0 || domain != AF_INET || (type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)) != SOCK_STREAM ||
	    (protocol != 0 && protocol != IPPROTO_TCP) || !pl_enabled())
		return fd;
	fd = pl_lift(fd, type & SOCK_CLOEXEC);
	o = pl_obj_new(PL_TENT);
	if (!o)
		return fd; /* no memory for ours: the kernel's socket it is */
	o->nonblock = !!(type & SOCK_NONBLOCK);
	if (pl_set(fd, o))
		pl_obj_put(o);
	return fd;
}

int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
	struct pl_obj *o = pl_get(fd);
	socklen_t sl = sizeof(o->local);
	int r = real_bind(fd, addr, len);

	if (r == 0 && o && pl_kind_of(o) == PL_TENT) {
		/* what the kernel chose (port 0): the PD side takes the same */
		if (real_getsockname(fd, (struct sockaddr *)&o->local, &sl) == 0)
			o->bound = 1;
	}
	return r;
}

int listen(int fd, int backlog)
{
	struct pl_obj *o = pl_get(fd);
	struct sockaddr_in a;
	socklen_t al = sizeof(a);
	char where[40];
	int r, sd, fl;

	r = real_listen(fd, backlog);
	if (r || !o || pl_kind_of(o) != PL_TENT)
		return r;
	pthread_mutex_lock(&o->lock);
	if (pl_kind_of(o) != PL_TENT || real_getsockname(fd, (struct sockaddr *)&a, &al)) {
		pthread_mutex_unlock(&o->lock);
		return 0;
	}
	ipport(&a, where, sizeof(where));
	if (!pl_pd_ok()) {
		pl_set_kind(o, PL_KERNEL);
		pthread_mutex_unlock(&o->lock);
		if (pl_log_on)
			pl_log("listen fd %d %s: kernel only (no PipeDevice)", fd, where);
		return 0;
	}
	sd = pd_socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	if (sd >= 0 && o->ring)
		pd_setsockopt(sd, SOL_SOCKET, SO_SNDBUF, &o->ring, sizeof(o->ring));
	if (sd < 0 || pd_bind(sd, (struct sockaddr *)&a, sizeof(a)) || pd_listen(sd, backlog)) {
		int e = errno;

		if (sd >= 0)
			pd_close(sd);
		pl_set_kind(o, PL_KERNEL);
		pthread_mutex_unlock(&o->lock);
		pl_log("listen fd %d %s: kernel only (PipeDevice: %s)", fd, where, strerror(e));
		return 0;
	}
	/* the kernel listener never blocks the shim: accept waits for both itself */
	fl = real_fcntl(fd, F_GETFL);
	if (fl >= 0)
		real_fcntl(fd, F_SETFL, fl | O_NONBLOCK);
	o->sd = sd;
	pl_set_kind(o, PL_LISTEN);
	pthread_mutex_unlock(&o->lock);
	pl_epoll_switch(fd, o);
	if (pl_log_on)
		pl_log("listen fd %d %s: kernel and PD (PD socket %d)", fd, where, sd);
	return 0;
}

/* a new PD connection: a kernel placeholder descriptor for it */
static int wrap_pd(int sd, int flags)
{
	struct pl_obj *o;
	int fd = real_socket(AF_INET, SOCK_STREAM | (flags & SOCK_CLOEXEC), 0);

	if (fd < 0) {
		int e = errno;

		pd_close(sd);
		return ret_err(e);
	}
	fd = pl_lift(fd, flags & SOCK_CLOEXEC);
	o = pl_obj_new(PL_PD);
	if (!o) {
		real_close(fd);
		pd_close(sd);
		return ret_err(ENOMEM);
	}
	o->sd = sd;
	o->nonblock = !!(flags & SOCK_NONBLOCK);
	pl_set(fd, o);
	return fd;
}

static int accept_ready(void *arg)
{
	struct pl_obj *o = arg;

	return pd_sock_revents(o->sd, POLLIN, NULL) != 0;
}

int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags)
{
	struct pl_obj *o = pl_get(fd);
	int64_t deadline;

	if (!o || pl_kind_of(o) != PL_LISTEN)
		return real_accept4(fd, addr, len, flags);
	if (flags & ~(SOCK_NONBLOCK | SOCK_CLOEXEC))
		return ret_err(EINVAL);
	deadline = o->rcvtimeo_ns ? pl_now_ns() + o->rcvtimeo_ns : -1;
	for (;;) {
		struct pollfd k = { .fd = fd, .events = POLLIN };
		int sd, r, e;

		sd = pd_accept4(o->sd, addr, len, SOCK_NONBLOCK);
		if (sd >= 0) {
			if (!(flags & SOCK_NONBLOCK))
				pd_fcntl(sd, F_SETFL, 0);
			r = wrap_pd(sd, flags);
			if (pl_log_on && r >= 0)
				pl_log("accept on fd %d: fd %d over PD", fd, r);
			return r;
		}
		if (errno != EAGAIN && errno != EWOULDBLOCK && pl_log_on)
			pl_log("accept on fd %d, PD side: %s", fd, strerror(errno));
		r = real_accept4(fd, addr, len, flags); /* the kernel listener is non-blocking */
		if (r >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
			return r;
		if (o->nonblock)
			return ret_err(EAGAIN);
		r = pl_wait(&k, 1, accept_ready, o, deadline);
		e = -r;
		if (r == 0)
			return ret_err(EAGAIN); /* SO_RCVTIMEO */
		if (r < 0 && e != EINTR)
			return ret_err(e);
		/* EINTR: restarted, as with SA_RESTART (the usual signal() default) */
	}
}

int accept(int fd, struct sockaddr *addr, socklen_t *len)
{
	return accept4(fd, addr, len, 0);
}

int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
	struct pl_obj *o = pl_get(fd);
	struct sockaddr_in a;
	char where[40];
	int sd, e;

	if (!o)
		return real_connect(fd, addr, len);
	switch (pl_kind_of(o)) {
	case PL_PD:
		o->conn_pending = 0; /* a second connect after EINPROGRESS: done, as TCP says */
		return ret_err(EISCONN);
	case PL_TENT:
		break;
	default:
		return real_connect(fd, addr, len);
	}
	if (!addr || len < (socklen_t)sizeof(a) || addr->sa_family != AF_INET)
		return real_connect(fd, addr, len);
	memcpy(&a, addr, sizeof(a));
	ipport(&a, where, sizeof(where));
	pthread_mutex_lock(&o->lock);
	if (pl_kind_of(o) != PL_TENT) {
		pthread_mutex_unlock(&o->lock);
		return connect(fd, addr, len);
	}
	if (!pl_pd_ok()) {
		pl_set_kind(o, PL_KERNEL);
		pthread_mutex_unlock(&o->lock);
		if (pl_log_on)
			pl_log("connect fd %d to %s: kernel (no PipeDevice)", fd, where);
		return real_connect(fd, addr, len);
	}
	sd = pd_socket(AF_INET, SOCK_STREAM | (o->nonblock ? SOCK_NONBLOCK : 0), 0);
	if (sd >= 0) {
		if (o->ring)
			pd_setsockopt(sd, SOL_SOCKET, SO_SNDBUF, &o->ring, sizeof(o->ring));
		if (o->bound && pd_bind(sd, (struct sockaddr *)&o->local, sizeof(o->local)) && pl_log_on)
			pl_log("connect fd %d: PD bind to the kernel's local address: %s", fd, strerror(errno));
		if (pd_connect(sd, addr, len) == 0) {
			o->sd = sd;
			pl_set_kind(o, PL_PD);
			o->conn_pending = o->nonblock;
			pthread_mutex_unlock(&o->lock);
			pl_epoll_switch(fd, o);
			if (pl_log_on)
				pl_log("connect fd %d to %s: PD (PD socket %d)", fd, where, sd);
			/* as a non-blocking TCP connect: in progress, writable at once, SO_ERROR 0 */
			return o->nonblock ? ret_err(EINPROGRESS) : 0;
		}
		e = errno;
		pd_close(sd);
	} else {
		e = errno;
	}
	pl_set_kind(o, PL_KERNEL);
	pthread_mutex_unlock(&o->lock);
	pl_epoll_switch(fd, o);
	if (pl_log_on)
		pl_log("connect fd %d to %s: kernel (PD: %s)", fd, where, strerror(e));
	return real_connect(fd, addr, len);
}

static void drop(int fd)
{
	struct pl_obj *o = pl_take(fd);

	if (!o)
		return;
	if (__atomic_load_n(&o->refs, __ATOMIC_ACQUIRE) == 1)
		pl_epoll_forget(fd, o);
	pl_obj_put(o);
}

int close(int fd)
{
	drop(fd);
	return real_close(fd);
}

/* newfd now names what fd names */
static int share(int fd, int newfd)
{
	struct pl_obj *o = pl_get(fd);

	if (newfd < 0)
		return newfd;
	if (o) {
		__atomic_add_fetch(&o->refs, 1, __ATOMIC_ACQ_REL);
		if (pl_set(newfd, o))
			pl_obj_put(o);
	}
	return newfd;
}

int dup(int fd)
{
	return share(fd, real_dup(fd));
}

int dup3(int fd, int newfd, int flags)
{
	int r;

	if (fd == newfd)
		return real_dup3(fd, newfd, flags); /* EINVAL */
	r = real_dup3(fd, newfd, flags);
	if (r >= 0) {
		drop(newfd); /* what newfd named was closed by dup3 */
		share(fd, r);
	}
	return r;
}

int dup2(int fd, int newfd)
{
	int r;

	if (fd == newfd)
		return real_dup2(fd, newfd);
	r = real_dup2(fd, newfd);
	if (r >= 0) {
		drop(newfd);
		share(fd, r);
	}
	return r;
}

static int do_fcntl(int fd, int cmd, void *arg)
{
	struct pl_obj *o = pl_get(fd);
	long v = (long)arg;
	int r, fl;

	if (!o || pl_kind_of(o) == PL_KERNEL || pl_kind_of(o) == PL_EPOLL) {
		r = real_fcntl(fd, cmd, arg);
		if ((cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC) && r >= 0)
			share(fd, r);
		return r;
	}
	switch (cmd) {
	case F_GETFL:
		r = real_fcntl(fd, F_GETFL);
		if (r < 0)
			return r;
		return (r & ~O_NONBLOCK) | (o->nonblock ? O_NONBLOCK : 0);
	case F_SETFL:
		fl = (int)v;
		if (pl_kind_of(o) == PL_LISTEN)
			r = real_fcntl(fd, F_SETFL, fl | O_NONBLOCK); /* ours stays non-blocking */
		else
			r = real_fcntl(fd, F_SETFL, fl);
		if (r < 0)
			return r;
		o->nonblock = !!(fl & O_NONBLOCK);
		if (pl_is_pd(o))
			pd_fcntl(o->sd, F_SETFL, pl_kind_of(o) == PL_LISTEN ? O_NONBLOCK : fl & O_NONBLOCK);
		return 0;
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		return share(fd, real_fcntl(fd, cmd, (int)v));
	default:
		return real_fcntl(fd, cmd, arg);
	}
}

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	void *arg;

	va_start(ap, cmd);
	arg = va_arg(ap, void *);
	va_end(ap);
	return do_fcntl(fd, cmd, arg);
}

/* glibc's name for fcntl in programs built with 64-bit file offsets: the same call */
int fcntl64(int fd, int cmd, ...) __attribute__((alias("fcntl")));

int ioctl(int fd, unsigned long req, ...)
{
	struct pl_obj *o = pl_get(fd);
	va_list ap;
	void *arg;
	int r;

	va_start(ap, req);
	arg = va_arg(ap, void *);
	va_end(ap);
	if (!o || pl_kind_of(o) == PL_KERNEL || pl_kind_of(o) == PL_EPOLL)
		return real_ioctl(fd, req, arg);
	if (req == FIONBIO) {
		int on;

		if (!arg)
			return ret_err(EFAULT);
		memcpy(&on, arg, sizeof(on));
		if (pl_kind_of(o) != PL_LISTEN && (r = real_ioctl(fd, req, arg)) < 0)
			return r;
		o->nonblock = !!on;
		if (pl_kind_of(o) == PL_PD)
			pd_fcntl(o->sd, F_SETFL, on ? O_NONBLOCK : 0);
		return 0;
	}
	if (req == FIONREAD && pl_kind_of(o) == PL_PD) {
		int n = pd_sock_nread(o->sd);

		if (n < 0)
			return ret_err(-n);
		if (!arg)
			return ret_err(EFAULT);
		memcpy(arg, &n, sizeof(n));
		return 0;
	}
	return real_ioctl(fd, req, arg);
}

static int64_t tv_ns(const void *val, socklen_t len)
{
	struct timeval tv;

	if (!val || len < (socklen_t)sizeof(tv))
		return -1;
	memcpy(&tv, val, sizeof(tv));
	return (int64_t)tv.tv_sec * 1000000000 + (int64_t)tv.tv_usec * 1000;
}

/* what the shim keeps of an option (whatever the socket's kind), after the placeholder took it */
static void remember(struct pl_obj *o, int level, int name, const void *val, socklen_t len)
{
	int v = 0;

	if (val && len >= (socklen_t)sizeof(int))
		memcpy(&v, val, sizeof(v));
	if (level == SOL_SOCKET) {
		switch (name) {
		case SO_SNDBUF:
		case SO_RCVBUF:
			if (v > o->ring)
				o->ring = v;
			break;
		case SO_RCVTIMEO:
			if (tv_ns(val, len) >= 0)
				o->rcvtimeo_ns = tv_ns(val, len);
			break;
		case SO_SNDTIMEO:
			if (tv_ns(val, len) >= 0)
				o->sndtimeo_ns = tv_ns(val, len);
			break;
		case SO_KEEPALIVE:
			o->keepalive = !!v;
			break;
		case SO_REUSEADDR:
			o->reuseaddr = !!v;
			break;
		case SO_REUSEPORT:
			o->reuseport = !!v;
			break;
		}
	} else if (level == IPPROTO_TCP) {
		if (name == TCP_NODELAY)
			o->nodelay = !!v;
		else if (name == TCP_CORK)
			o->cork = !!v;
	}
}

int setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
	struct pl_obj *o = pl_get(fd);
	int r;

	if (!o || pl_kind_of(o) == PL_KERNEL || pl_kind_of(o) == PL_EPOLL)
		return real_setsockopt(fd, level, name, val, len);
	/*
	 * The placeholder (or the kernel listener) checks and keeps the value:
	 * the kernel's own errors for bad input, getsockopt reads it back.
	 */
	r = real_setsockopt(fd, level, name, val, len);
	if (r)
		return r;
	remember(o, level, name, val, len);
	if (pl_kind_of(o) == PL_PD) {
		if (level == IPPROTO_TCP && name == TCP_CORK && !o->cork)
			pl_pd_flush(o); /* uncorked: what MSG_MORE held back goes now */
		if (level == SOL_SOCKET && (name == SO_SNDBUF || name == SO_RCVBUF) && pl_log_on)
			pl_log("fd %d: %s after connect: PD's rings keep their size", fd,
			       name == SO_SNDBUF ? "SO_SNDBUF" : "SO_RCVBUF");
	}
	return 0;
}

static int put_int(void *val, socklen_t *len, int v)
{
	if (!val || !len)
		return ret_err(EFAULT);
	if (*len < (socklen_t)sizeof(int))
		return ret_err(EINVAL);
	memcpy(val, &v, sizeof(v));
	*len = sizeof(v);
	return 0;
}

int getsockopt(int fd, int level, int name, void *val, socklen_t *len)
{
	struct pl_obj *o = pl_get(fd);

	if (!o || pl_kind_of(o) != PL_PD)
		return real_getsockopt(fd, level, name, val, len);
	if (level == SOL_SOCKET) {
		switch (name) {
		case SO_ERROR:
			if (o->conn_pending) {
				o->conn_pending = 0;
				return put_int(val, len, 0);
			}
			return pd_getsockopt(o->sd, level, name, val, len);
		case SO_SNDBUF:
		case SO_RCVBUF:
			return pd_getsockopt(o->sd, level, name, val, len); /* the ring's size */
		}
	}
	if (level == IPPROTO_TCP && name == TCP_INFO) {
		/*
		 * PD has no segments, windows or round trips: an established
		 * connection that never retransmitted; every other field 0.
		 */
		struct tcp_info ti;
		socklen_t n;

		if (!val || !len)
			return ret_err(EFAULT);
		memset(&ti, 0, sizeof(ti));
		ti.tcpi_state = TCP_ESTABLISHED;
		n = *len < (socklen_t)sizeof(ti) ? *len : (socklen_t)sizeof(ti);
		memcpy(val, &ti, n);
		*len = n;
		return 0;
	}
	return real_getsockopt(fd, level, name, val, len);
}

int getsockname(int fd, struct sockaddr *addr, socklen_t *len)
{
	struct pl_obj *o = pl_get(fd);

	if (o && pl_kind_of(o) == PL_PD)
		return pd_getsockname(o->sd, addr, len);
	return real_getsockname(fd, addr, len);
}

int getpeername(int fd, struct sockaddr *addr, socklen_t *len)
{
	struct pl_obj *o = pl_get(fd);

	if (o && pl_kind_of(o) == PL_PD)
		return pd_getpeername(o->sd, addr, len);
	return real_getpeername(fd, addr, len);
}

int shutdown(int fd, int how)
{
	struct pl_obj *o = pl_get(fd);

	if (o && pl_kind_of(o) == PL_PD)
		return pd_shutdown(o->sd, how);
	return real_shutdown(fd, how);
}
