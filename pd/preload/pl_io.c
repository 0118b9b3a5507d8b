// SPDX-License-Identifier: MIT
/*
 * pl_io.c - the data calls of libpd_preload.so on PD descriptors: read,
 * write, send, recv, sendto, recvfrom, readv, writev, sendmsg, recvmsg,
 * sendfile, splice (and glibc's _FORTIFY_SOURCE variants).  Anything that
 * is not a PD connection goes to the kernel unchanged.
 *
 * Blocking follows the program's O_NONBLOCK and MSG_DONTWAIT; SO_RCVTIMEO
 * and SO_SNDTIMEO bound a blocking call (then EAGAIN, as the kernel says).
 * As TCP does, a send on a connection that is gone raises SIGPIPE unless
 * MSG_NOSIGNAL was given.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <unistd.h>

#include "pd.h"
#include "pd_internal.h"
#include "pl.h"

/* flags PD takes; others that mean nothing on a byte stream without urgent data are dropped */
#define PL_SEND_OK (MSG_DONTWAIT | MSG_NOSIGNAL | MSG_MORE)
#define PL_SEND_IGNORED (MSG_EOR | MSG_CONFIRM)
#define PL_RECV_OK (MSG_DONTWAIT | MSG_PEEK | MSG_WAITALL)
#define PL_RECV_IGNORED (MSG_CMSG_CLOEXEC | MSG_NOSIGNAL)

static int in_ready(void *arg)
{
	struct pl_obj *o = arg;

	return pd_sock_revents(o->sd, POLLIN, NULL) != 0;
}

static int out_ready(void *arg)
{
	struct pl_obj *o = arg;

	return pd_sock_revents(o->sd, POLLOUT, NULL) != 0;
}

static void sigpipe(void)
{
	pthread_kill(pthread_self(), SIGPIPE);
}

ssize_t pl_pd_send(struct pl_obj *o, const void *buf, size_t len, int flags)
{
	int64_t deadline;
	size_t done = 0;
	ssize_t n;

	if (flags & MSG_OOB) {
		errno = EOPNOTSUPP; /* no urgent data on PD */
		return -1;
	}
	flags &= ~PL_SEND_IGNORED;
	if (flags & ~PL_SEND_OK) {
		if (pl_log_on)
			pl_log("send on PD socket %d: flags %#x not supported", o->sd, flags & ~PL_SEND_OK);
		errno = EOPNOTSUPP;
		return -1;
	}
	if (o->cork)
		flags |= MSG_MORE;
	if (!o->sndtimeo_ns || o->nonblock || (flags & MSG_DONTWAIT)) {
		n = pd_send(o->sd, buf, len, flags);
		if (n < 0 && errno == EPIPE && !(flags & MSG_NOSIGNAL))
			sigpipe();
		return n;
	}
	/* SO_SNDTIMEO: what fits, then wait for space until the deadline */
	deadline = pl_now_ns() + o->sndtimeo_ns;
	for (;;) {
		n = pd_send(o->sd, (const char *)buf + done, len - done, flags | MSG_DONTWAIT);
		if (n > 0)
			done += (size_t)n;
		else if (n < 0 && errno != EAGAIN)
			break;
		if (done == len)
			return (ssize_t)done;
		if (pl_wait(NULL, 0, out_ready, o, deadline) == 0) {
			if (done)
				return (ssize_t)done;
			errno = EAGAIN;
			return -1;
		}
	}
	if (done)
		return (ssize_t)done;
	if (errno == EPIPE && !(flags & MSG_NOSIGNAL))
		sigpipe();
	return -1;
}

ssize_t pl_pd_recv(struct pl_obj *o, void *buf, size_t len, int flags)
{
	int64_t deadline;
	size_t done = 0;
	ssize_t n;

	if (flags & MSG_OOB) {
		errno = EINVAL; /* no urgent data: as TCP says when there is none */
		return -1;
	}
	flags &= ~PL_RECV_IGNORED;
	if (flags & ~PL_RECV_OK) {
		if (pl_log_on)
			pl_log("recv on PD socket %d: flags %#x not supported", o->sd, flags & ~PL_RECV_OK);
		errno = EOPNOTSUPP;
		return -1;
	}
	if (!o->rcvtimeo_ns || o->nonblock || (flags & MSG_DONTWAIT))
		return pd_recv(o->sd, buf, len, flags);
	deadline = pl_now_ns() + o->rcvtimeo_ns;
	for (;;) {
		n = pd_recv(o->sd, (char *)buf + done, len - done, (flags & ~MSG_WAITALL) | MSG_DONTWAIT);
		if (n == 0 && len)
			return (ssize_t)done; /* end of stream */
		if (n > 0) {
			done += (size_t)n;
			if (done == len || !(flags & MSG_WAITALL) || (flags & MSG_PEEK))
				return (ssize_t)done;
		} else if (n < 0 && errno != EAGAIN) {
			return done ? (ssize_t)done : -1;
		}
		if (pl_wait(NULL, 0, in_ready, o, deadline) == 0) {
			if (done)
				return (ssize_t)done;
			errno = EAGAIN;
			return -1;
		}
	}
}

static struct pl_obj *pd_conn(int fd)
{
	struct pl_obj *o = pl_get(fd);

	return o && pl_kind_of(o) == PL_PD ? o : NULL;
}

ssize_t read(int fd, void *buf, size_t len)
{
	struct pl_obj *o = pd_conn(fd);

	return o ? pl_pd_recv(o, buf, len, 0) : real_read(fd, buf, len);
}

ssize_t write(int fd, const void *buf, size_t len)
{
	struct pl_obj *o = pd_conn(fd);

	return o ? pl_pd_send(o, buf, len, 0) : real_write(fd, buf, len);
}

ssize_t recv(int fd, void *buf, size_t len, int flags)
{
	struct pl_obj *o = pd_conn(fd);

	return o ? pl_pd_recv(o, buf, len, flags) : real_recv(fd, buf, len, flags);
}

ssize_t send(int fd, const void *buf, size_t len, int flags)
{
	struct pl_obj *o = pd_conn(fd);

	return o ? pl_pd_send(o, buf, len, flags) : real_send(fd, buf, len, flags);
}

ssize_t recvfrom(int fd, void *buf, size_t len, int flags, struct sockaddr *addr, socklen_t *alen)
{
	struct pl_obj *o = pd_conn(fd);

	if (!o)
		return real_recvfrom(fd, buf, len, flags, addr, alen);
	if (addr && alen)
		*alen = 0; /* as TCP: a stream has no source address per read */
	return pl_pd_recv(o, buf, len, flags);
}

ssize_t sendto(int fd, const void *buf, size_t len, int flags, const struct sockaddr *addr, socklen_t alen)
{
	struct pl_obj *o = pd_conn(fd);

	if (!o)
		return real_sendto(fd, buf, len, flags, addr, alen);
	return pl_pd_send(o, buf, len, flags); /* a connected stream ignores the address, as TCP */
}

/* the iovecs in order: the first send blocks as the socket does, the rest only as far as they fit */
static ssize_t send_iov(struct pl_obj *o, const struct iovec *iov, int n, int flags)
{
	ssize_t done = 0, r;
	int i, last = n - 1;

	if (n < 0 || n > IOV_MAX) {
		errno = EINVAL;
		return -1;
	}
	while (last >= 0 && !iov[last].iov_len)
		last--;
	for (i = 0; i <= last; i++) {
		int f = flags | (i < last ? MSG_MORE : 0) | (done ? MSG_DONTWAIT : 0);

		if (!iov[i].iov_len)
			continue;
		/* a blocking socket takes all of it, as the kernel's writev does */
		if (!o->nonblock && !(flags & MSG_DONTWAIT))
			f &= ~MSG_DONTWAIT;
		r = pl_pd_send(o, iov[i].iov_base, iov[i].iov_len, f);
		if (r < 0)
			return done ? done : -1;
		done += r;
		if ((size_t)r < iov[i].iov_len)
			break;
	}
	if (done && i <= last && (flags & MSG_MORE) == 0)
		pl_pd_flush(o); /* a short pass: what MSG_MORE held back must not wait */
	return done;
}

static ssize_t recv_iov(struct pl_obj *o, const struct iovec *iov, int n, int flags)
{
	ssize_t done = 0, r;
	int i;

	if (n < 0 || n > IOV_MAX) {
		errno = EINVAL;
		return -1;
	}
	for (i = 0; i < n; i++) {
		if (!iov[i].iov_len)
			continue;
		r = pl_pd_recv(o, iov[i].iov_base, iov[i].iov_len, done ? (flags | MSG_DONTWAIT) & ~MSG_WAITALL : flags);
		if (r < 0)
			return done ? done : -1;
		done += r;
		if ((size_t)r < iov[i].iov_len)
			break;
	}
	return done;
}

ssize_t readv(int fd, const struct iovec *iov, int n)
{
	struct pl_obj *o = pd_conn(fd);

	return o ? recv_iov(o, iov, n, 0) : real_readv(fd, iov, n);
}

ssize_t writev(int fd, const struct iovec *iov, int n)
{
	struct pl_obj *o = pd_conn(fd);

	return o ? send_iov(o, iov, n, 0) : real_writev(fd, iov, n);
}

ssize_t sendmsg(int fd, const struct msghdr *m, int flags)
{
	struct pl_obj *o = pd_conn(fd);

	if (!o)
		return real_sendmsg(fd, m, flags);
	if (!m) {
		errno = EFAULT;
		return -1;
	}
	if (m->msg_controllen) {
		errno = EOPNOTSUPP; /* no ancillary data (descriptors, credentials) over PD */
		return -1;
	}
	return send_iov(o, m->msg_iov, (int)m->msg_iovlen, flags);
}

ssize_t recvmsg(int fd, struct msghdr *m, int flags)
{
	struct pl_obj *o = pd_conn(fd);
	ssize_t r;

	if (!o)
		return real_recvmsg(fd, m, flags);
	if (!m) {
		errno = EFAULT;
		return -1;
	}
	r = recv_iov(o, m->msg_iov, (int)m->msg_iovlen, flags);
	if (r >= 0) {
		m->msg_namelen = 0;
		m->msg_controllen = 0;
		m->msg_flags = 0;
	}
	return r;
}

/*
 * A file (or pipe) into a PD socket: read straight into the send ring,
 * reserved in pieces; the kernel's sendfile cannot write to a PD socket.
 */
static ssize_t file_to_pd(struct pl_obj *o, int in, off_t *off, size_t count, int nonblock)
{
	size_t done = 0;
	ssize_t rc = 0;

	if (nonblock != o->nonblock)
		pd_fcntl(o->sd, F_SETFL, nonblock ? O_NONBLOCK : 0);
	while (done < count) {
		void *p;
		ssize_t room, n;

		room = pd_send_reserve(o->sd, &p, count - done);
		if (room < 0) {
			if (errno == EPIPE)
				sigpipe();
			rc = -1;
			break;
		}
		n = off ? pread(in, p, (size_t)room, *off) : real_read(in, p, (size_t)room);
		if (n <= 0) {
			int e = errno;

			pd_send_commit(o->sd, 0);
			errno = e;
			rc = n; /* 0: the end of the file */
			break;
		}
		if (pd_send_commit(o->sd, (size_t)n) < 0) {
			rc = -1;
			break;
		}
		if (off)
			*off += n;
		done += (size_t)n;
	}
	if (nonblock != o->nonblock)
		pd_fcntl(o->sd, F_SETFL, o->nonblock ? O_NONBLOCK : 0);
	return done ? (ssize_t)done : rc;
}

ssize_t sendfile(int out, int in, off_t *off, size_t count)
{
	struct pl_obj *o = pd_conn(out);

	if (!o)
		return real_sendfile(out, in, off, count);
	if (pd_conn(in)) {
		errno = EINVAL; /* as the kernel: the source must be a file */
		return -1;
	}
	return file_to_pd(o, in, off, count, o->nonblock);
}

ssize_t sendfile64(int out, int in, off_t *off, size_t count)
{
	return sendfile(out, in, off, count);
}

/* PD socket to a file or pipe: straight from the receive ring */
static ssize_t pd_to_fd(struct pl_obj *o, int out, loff_t *off, size_t len, int nonblock)
{
	const void *p;
	ssize_t n, w;

	if (nonblock != o->nonblock)
		pd_fcntl(o->sd, F_SETFL, nonblock ? O_NONBLOCK : 0);
	n = pd_recv_peek(o->sd, &p);
	if (nonblock != o->nonblock)
		pd_fcntl(o->sd, F_SETFL, o->nonblock ? O_NONBLOCK : 0);
	if (n <= 0)
		return n;
	if ((size_t)n > len)
		n = (ssize_t)len;
	w = off ? pwrite(out, p, (size_t)n, *off) : real_write(out, p, (size_t)n);
	if (w < 0) {
		int e = errno;

		pd_recv_consume(o->sd, 0);
		errno = e;
		return -1;
	}
	pd_recv_consume(o->sd, (size_t)w);
	if (off)
		*off += w;
	return w;
}

ssize_t splice(int in, loff_t *off_in, int out, loff_t *off_out, size_t len, unsigned int flags)
{
	struct pl_obj *oi = pd_conn(in), *oo = pd_conn(out);
	int nb = !!(flags & SPLICE_F_NONBLOCK);

	if (!oi && !oo)
		return real_splice(in, off_in, out, off_out, len, flags);
	if (oi && oo) {
		errno = EINVAL; /* as the kernel: one end must be a pipe */
		return -1;
	}
	if (oo) {
		off_t o = off_in ? (off_t)*off_in : 0;
		ssize_t r = file_to_pd(oo, in, off_in ? &o : NULL, len, nb || oo->nonblock);

		if (off_in && r > 0)
			*off_in = o;
		return r;
	}
	return pd_to_fd(oi, out, off_out, len, nb || oi->nonblock);
}

/* ---- glibc's _FORTIFY_SOURCE entry points: the check, then the call ---- */
ssize_t __read_chk(int fd, void *buf, size_t len, size_t buflen)
{
	if (len > buflen)
		abort();
	return read(fd, buf, len);
}

ssize_t __recv_chk(int fd, void *buf, size_t len, size_t buflen, int flags)
{
	if (len > buflen)
		abort();
	return recv(fd, buf, len, flags);
}

ssize_t __recvfrom_chk(int fd, void *buf, size_t len, size_t buflen, int flags, struct sockaddr *addr,
		       socklen_t *alen)
{
	if (len > buflen)
		abort();
	return recvfrom(fd, buf, len, flags, addr, alen);
}
