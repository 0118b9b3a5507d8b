// SPDX-License-Identifier: MIT
/*
 * pl_mix - a plain BSD-sockets program (no libpd) for libpd_preload.so's
 * tests.  It must pass on the kernel alone, and under the shim, where its
 * loopback connections go over PD: one epoll set of PD connections, a
 * kernel TCP connection (to a listener the shim cannot see: made with raw
 * system calls), and a pipe, edge- and level-triggered, EPOLLONESHOT,
 * EPOLLRDHUP; non-blocking connect with SO_ERROR; dup, dup2; select; FIONREAD;
 * readv/writev, sendmsg/recvmsg, sendfile; fork (the child connects anew, the
 * parent's sockets keep working); exec (close-on-exec honoured); and an idle
 * wait that does not spin.
 *
 * Usage: pl_mix [--quiet].  Prints "ok N - what" per check; exit 0 when all
 * passed, 1 at the first failure (with what and why).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int nchk;

static void ok(const char *fmt, ...)
{
	va_list ap;

	printf("ok %d - ", ++nchk);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	fflush(stdout);
}

#define CHECK(cond, ...)                                                                              \
	do {                                                                                          \
		if (!(cond)) {                                                                        \
			int e_ = errno;                                                               \
			printf("not ok %d - ", ++nchk);                                              \
			printf(__VA_ARGS__);                                                          \
			printf(" (%s:%d: %s; errno %s)\n", __FILE__, __LINE__, #cond, strerror(e_)); \
			exit(1);                                                                      \
		}                                                                                     \
	} while (0)

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_s(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

static struct sockaddr_in loop_addr(int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

static int port_of(int fd)
{
	struct sockaddr_in a;
	socklen_t l = sizeof(a);

	CHECK(getsockname(fd, (struct sockaddr *)&a, &l) == 0, "getsockname");
	return ntohs(a.sin_port);
}

/* a listener on 127.0.0.1, port chosen by the kernel */
static int listener(int raw)
{
	struct sockaddr_in a = loop_addr(0);
	int one = 1, fd;

	if (raw) {
		/* raw system calls: the shim never sees this socket, so it is the kernel's alone */
		fd = (int)syscall(SYS_socket, AF_INET, SOCK_STREAM, 0);
		CHECK(fd >= 0, "raw socket");
		CHECK(syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) == 0, "raw setsockopt");
		CHECK(syscall(SYS_bind, fd, &a, sizeof(a)) == 0, "raw bind");
		CHECK(syscall(SYS_listen, fd, 16) == 0, "raw listen");
		return fd;
	}
	fd = socket(AF_INET, SOCK_STREAM, 0);
	CHECK(fd >= 0, "socket");
	CHECK(setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) == 0, "SO_REUSEADDR");
	CHECK(bind(fd, (struct sockaddr *)&a, sizeof(a)) == 0, "bind");
	CHECK(listen(fd, 16) == 0, "listen");
	return fd;
}

static int connect_to(int port, int flags)
{
	struct sockaddr_in a = loop_addr(port);
	int fd = socket(AF_INET, SOCK_STREAM | flags, 0);

	CHECK(fd >= 0, "socket");
	if (connect(fd, (struct sockaddr *)&a, sizeof(a)) != 0)
		CHECK(errno == EINPROGRESS && (flags & SOCK_NONBLOCK), "connect to port %d", port);
	return fd;
}

/* accept with a bound wait (poll), so that a lost connection fails instead of hanging */
static int accept_within(int lfd, int ms, int flags)
{
	struct pollfd p = { .fd = lfd, .events = POLLIN };
	int fd;

	CHECK(poll(&p, 1, ms) == 1 && (p.revents & POLLIN), "listener %d readable within %d ms", lfd, ms);
	fd = accept4(lfd, NULL, NULL, flags);
	CHECK(fd >= 0, "accept4");
	return fd;
}

static int raw_accept_within(int lfd, int ms)
{
	struct pollfd p = { .fd = lfd, .events = POLLIN };
	int fd;

	CHECK(poll(&p, 1, ms) == 1, "raw listener readable within %d ms", ms);
	fd = (int)syscall(SYS_accept4, lfd, NULL, NULL, 0);
	CHECK(fd >= 0, "raw accept4");
	return fd;
}

static void send_all(int fd, const void *b, size_t n)
{
	size_t d = 0;

	while (d < n) {
		ssize_t r = write(fd, (const char *)b + d, n - d);

		if (r < 0 && errno == EAGAIN) {
			struct pollfd p = { .fd = fd, .events = POLLOUT };

			CHECK(poll(&p, 1, 2000) == 1, "writable within 2 s");
			continue;
		}
		CHECK(r > 0, "write");
		d += (size_t)r;
	}
}

/* read exactly n bytes within ms (poll between reads) */
static void recv_exact(int fd, void *b, size_t n, int ms)
{
	size_t d = 0;
	double end = now_s() + ms / 1e3;

	while (d < n) {
		struct pollfd p = { .fd = fd, .events = POLLIN };
		ssize_t r;
		int left = (int)((end - now_s()) * 1e3);

		CHECK(left > 0 && poll(&p, 1, left) == 1, "%zu of %zu bytes within %d ms", d, n, ms);
		r = read(fd, (char *)b + d, n - d);
		if (r < 0 && errno == EAGAIN)
			continue;
		CHECK(r > 0, "read (%zd)", r);
		d += (size_t)r;
	}
}

/* epoll_wait until fd's data shows up, or nothing for ms; returns its events (0: none) */
static uint32_t ep_events(int ep, int fd, int ms)
{
	struct epoll_event ev[16];
	double end = now_s() + ms / 1e3;
	uint32_t got = 0;

	for (;;) {
		int left = (int)((end - now_s()) * 1e3), n, i;

		if (left < 0)
			left = 0;
		n = epoll_wait(ep, ev, 16, left);
		CHECK(n >= 0, "epoll_wait");
		for (i = 0; i < n; i++)
			if (ev[i].data.fd == fd)
				got |= ev[i].events;
		if (got || left == 0)
			return got;
	}
}

static void drain_nb(int fd)
{
	char b[4096];

	while (read(fd, b, sizeof(b)) > 0)
		;
}

int main(int argc, char **argv)
{
	int L, K, C1, S1, C2, S2, pfd[2], ep, D, e, n, st;
	struct epoll_event ev;
	socklen_t sl;
	char buf[256];
	pid_t pid;

	(void)argc;
	(void)argv;
	signal(SIGPIPE, SIG_IGN);
	alarm(60); /* a hang is a failure, not a stuck test */

	L = listener(0);
	K = listener(1);
	ep = epoll_create1(EPOLL_CLOEXEC);
	CHECK(ep >= 0, "epoll_create1");
	ev = (struct epoll_event){ .events = EPOLLIN, .data.fd = L };
	CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, L, &ev) == 0, "epoll_ctl ADD listener");
	ok("listener on 127.0.0.1:%d in an epoll set; a kernel-only listener on %d", port_of(L), port_of(K));

	/* non-blocking connect: 0 or EINPROGRESS, then writable and SO_ERROR 0 */
	C1 = connect_to(port_of(L), SOCK_NONBLOCK);
	{
		struct pollfd p = { .fd = C1, .events = POLLOUT };

		CHECK(poll(&p, 1, 2000) == 1 && (p.revents & POLLOUT), "connecting socket writable");
		sl = sizeof(e);
		CHECK(getsockopt(C1, SOL_SOCKET, SO_ERROR, &e, &sl) == 0 && e == 0, "SO_ERROR 0 (%d)", e);
	}
	CHECK(ep_events(ep, L, 2000) & EPOLLIN, "epoll reports the listener");
	S1 = accept4(L, NULL, NULL, SOCK_NONBLOCK);
	CHECK(S1 >= 0, "accept4 after epoll");
	{
		struct sockaddr_in pa, la;
		socklen_t pl = sizeof(pa), ll = sizeof(la);

		CHECK(getpeername(S1, (struct sockaddr *)&pa, &pl) == 0 && getsockname(C1, (struct sockaddr *)&la, &ll) == 0,
		      "names");
		CHECK(pa.sin_port == la.sin_port && pa.sin_addr.s_addr == la.sin_addr.s_addr,
		      "accepted peer %s:%d is the client's name", inet_ntoa(pa.sin_addr), ntohs(pa.sin_port));
	}
	ok("non-blocking connect, SO_ERROR 0, epoll'd accept, peer name = client's name");

	/* a kernel connection (the shim finds no PD listener) */
	C2 = connect_to(port_of(K), 0);
	S2 = raw_accept_within(K, 2000);
	CHECK(pipe2(pfd, O_NONBLOCK) == 0, "pipe2");
	ev = (struct epoll_event){ .events = EPOLLIN | EPOLLET | EPOLLRDHUP, .data.fd = S1 };
	CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, S1, &ev) == 0, "ADD S1 edge-triggered");
	CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, S1, &ev) == -1 && errno == EEXIST, "ADD twice is EEXIST");
	ev = (struct epoll_event){ .events = EPOLLIN, .data.fd = S2 };
	CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, S2, &ev) == 0, "ADD S2 level-triggered");
	ev = (struct epoll_event){ .events = EPOLLIN, .data.fd = pfd[0] };
	CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, pfd[0], &ev) == 0, "ADD pipe");
	CHECK(ep_events(ep, S1, 100) == 0 && ep_events(ep, S2, 0) == 0, "nothing ready yet");
	ok("one epoll set: the accepted connection (ET), a kernel TCP connection (LT), a pipe");

	send_all(C1, "a", 1);
	CHECK(ep_events(ep, S1, 2000) & EPOLLIN, "ET: the first byte reports");
	CHECK(ep_events(ep, S1, 100) == 0, "ET: not again without new data");
	send_all(C1, "bc", 2);
	CHECK(ep_events(ep, S1, 2000) & EPOLLIN, "ET: new data reports again");
	n = (int)read(S1, buf, sizeof(buf));
	CHECK(n == 3 && !memcmp(buf, "abc", 3), "read 3 bytes (%d)", n);
	CHECK(read(S1, buf, sizeof(buf)) == -1 && errno == EAGAIN, "empty non-blocking read: EAGAIN");
	ok("edge-triggered: one report per arrival; EAGAIN when drained");

	send_all(C2, "k", 1);
	CHECK(ep_events(ep, S2, 2000) & EPOLLIN, "LT kernel socket reports");
	CHECK(ep_events(ep, S2, 0) & EPOLLIN, "LT: again while not read");
	CHECK(read(S2, buf, 1) == 1 && buf[0] == 'k', "kernel byte");
	CHECK(write(pfd[1], "p", 1) == 1 && (ep_events(ep, pfd[0], 2000) & EPOLLIN), "pipe reports");
	drain_nb(pfd[0]);
	ok("level-triggered kernel TCP and a pipe in the same set");

	ev = (struct epoll_event){ .events = EPOLLIN | EPOLLONESHOT, .data.fd = S1 };
	CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, S1, &ev) == 0, "MOD oneshot");
	send_all(C1, "d", 1);
	CHECK(ep_events(ep, S1, 2000) & EPOLLIN, "oneshot reports once");
	send_all(C1, "e", 1);
	CHECK(ep_events(ep, S1, 100) == 0, "oneshot: disarmed");
	CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, S1, &ev) == 0, "MOD re-arms");
	CHECK(ep_events(ep, S1, 2000) & EPOLLIN, "re-armed reports");
	{
		int q = 0;

		CHECK(ioctl(S1, FIONREAD, &q) == 0 && q == 2, "FIONREAD 2 (%d)", q);
	}
	recv_exact(S1, buf, 2, 2000);
	ok("EPOLLONESHOT disarms until EPOLL_CTL_MOD; FIONREAD");

	/* dup and dup2: the same connection under other numbers */
	D = dup(C1);
	CHECK(D >= 0, "dup");
	CHECK(close(C1) == 0, "close the original");
	send_all(D, "dup", 3);
	recv_exact(S1, buf, 3, 2000);
	CHECK(!memcmp(buf, "dup", 3), "dup'd bytes");
	CHECK(dup2(D, 100) == 100, "dup2 to 100");
	CHECK(close(D) == 0, "close dup");
	C1 = 100;
	send_all(C1, "100", 3);
	recv_exact(S1, buf, 3, 2000);
	CHECK(!memcmp(buf, "100", 3), "dup2'd bytes");
	ok("dup, close of the original, dup2: the connection lives on");

	/* select over the PD connection and the pipe */
	{
		fd_set r;
		struct timeval tv = { 2, 0 };

		send_all(C1, "s", 1);
		FD_ZERO(&r);
		FD_SET(S1, &r);
		FD_SET(pfd[0], &r);
		n = select((S1 > pfd[0] ? S1 : pfd[0]) + 1, &r, NULL, NULL, &tv);
		CHECK(n == 1 && FD_ISSET(S1, &r) && !FD_ISSET(pfd[0], &r), "select: S1 alone (%d)", n);
		recv_exact(S1, buf, 1, 2000);
	}
	ok("select over a socket and a pipe");

	/* readv/writev and sendmsg/recvmsg, server to client */
	{
		struct iovec wv[3] = { { "ab", 2 }, { "", 0 }, { "cdef", 4 } }, rv[2];
		char r1[3], r2[8];
		struct msghdr m = { 0 };

		CHECK(writev(S1, wv, 3) == 6, "writev 6");
		rv[0] = (struct iovec){ r1, 3 };
		rv[1] = (struct iovec){ r2, 3 };
		{
			struct pollfd p = { .fd = C1, .events = POLLIN };

			CHECK(poll(&p, 1, 2000) == 1, "client readable");
		}
		n = 0;
		while (n < 6) {
			ssize_t k = readv(C1, rv, 2);

			CHECK(k > 0, "readv");
			n += (int)k;
			if (n < 6) {
				/* the rest in the second buffer */
				rv[0].iov_base = n < 3 ? r1 + n : r2 + (n - 3);
				rv[0].iov_len = n < 3 ? (size_t)(3 - n) : (size_t)(6 - n);
				rv[1].iov_base = r2 + (n < 3 ? 0 : n - 3);
				rv[1].iov_len = n < 3 ? 3 : 0;
			}
		}
		CHECK(!memcmp(r1, "abc", 3) && !memcmp(r2, "def", 3), "readv bytes");
		m.msg_iov = wv;
		m.msg_iovlen = 3;
		CHECK(sendmsg(S1, &m, MSG_NOSIGNAL) == 6, "sendmsg 6");
		memset(&m, 0, sizeof(m));
		rv[0] = (struct iovec){ r2, 6 };
		m.msg_iov = rv;
		m.msg_iovlen = 1;
		{
			struct pollfd p = { .fd = C1, .events = POLLIN };

			CHECK(poll(&p, 1, 2000) == 1, "client readable (2)");
		}
		n = (int)recvmsg(C1, &m, MSG_WAITALL);
		CHECK(n == 6 && !memcmp(r2, "abcdef", 6), "recvmsg WAITALL 6 (%d)", n);
	}
	ok("writev with an empty piece, readv, sendmsg, recvmsg MSG_WAITALL");

	/* sendfile: 1 MiB of a file into the connection */
	{
		char path[] = "/tmp/pl_mix.XXXXXX";
		int f = mkstemp(path), i;
		static char big[1 << 20], back[1 << 20];
		off_t off = 0;
		size_t got = 0;
		double end = now_s() + 5;

		CHECK(f >= 0, "mkstemp");
		unlink(path);
		for (i = 0; i < (int)sizeof(big); i++)
			big[i] = (char)(i * 7 + (i >> 10));
		CHECK(write(f, big, sizeof(big)) == (ssize_t)sizeof(big), "file write");
		/* client sends, server reads, interleaved (the ring is smaller than the file) */
		while (got < sizeof(big)) {
			ssize_t k;

			if (off < (off_t)sizeof(big)) {
				k = sendfile(C1, f, &off, sizeof(big) - (size_t)off);
				CHECK(k > 0 || (k < 0 && errno == EAGAIN), "sendfile");
			}
			k = read(S1, back + got, sizeof(back) - got);
			CHECK(k > 0 || (k < 0 && errno == EAGAIN), "read after sendfile");
			if (k > 0)
				got += (size_t)k;
			CHECK(now_s() < end, "1 MiB through sendfile within 5 s (%zu)", got);
		}
		CHECK(!memcmp(big, back, sizeof(big)), "sendfile bytes");
		close(f);
	}
	ok("sendfile of 1 MiB with its offset");

	/* fork: the child connects anew and sends; the parent's connection still works after */
	pid = fork();
	CHECK(pid >= 0, "fork");
	if (pid == 0) {
		int c = connect_to(port_of(L), 0);
		const char *m = "child";

		send_all(c, m, 5);
		close(c);
		_exit(0);
	}
	{
		int s = accept_within(L, 5000, 0);

		recv_exact(s, buf, 5, 5000);
		CHECK(!memcmp(buf, "child", 5), "the child's bytes");
		CHECK(read(s, buf, 1) == 0, "the child's EOF");
		close(s);
	}
	CHECK(waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0, "child exit");
	send_all(C1, "after", 5);
	recv_exact(S1, buf, 5, 2000);
	CHECK(!memcmp(buf, "after", 5), "the parent's connection after the child exited");
	ok("fork: the child's own connection; the parent's survives the child's exit");

	/* exec: a close-on-exec socket is gone in the new program, another one is there */
	{
		int cx = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), keep = dup(C1);
		char cmd[128];

		CHECK(cx >= 0 && keep >= 0, "sockets for exec");
		snprintf(cmd, sizeof(cmd), "[ -e /proc/self/fd/%d ] && [ ! -e /proc/self/fd/%d ]", keep, cx);
		pid = fork();
		CHECK(pid >= 0, "fork for exec");
		if (pid == 0) {
			execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
			_exit(127);
		}
		CHECK(waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0,
		      "exec: fd %d kept, close-on-exec fd %d gone (status %d)", keep, cx, st);
		close(cx);
		close(keep);
	}
	ok("exec: close-on-exec honoured, others inherited");

	/* an idle wait does not spin: 300 ms in epoll_wait and in poll, little CPU */
	{
		double c0 = cpu_s(), t0 = now_s(), dt, dc;
		struct pollfd p[2] = { { .fd = S1, .events = POLLIN }, { .fd = pfd[0], .events = POLLIN } };

		CHECK(ep_events(ep, S1, 300) == 0, "idle epoll");
		CHECK(poll(p, 2, 300) == 0, "idle poll");
		dt = now_s() - t0;
		dc = cpu_s() - c0;
		CHECK(dt >= 0.55, "the waits lasted their timeouts (%.3f s)", dt);
		CHECK(dc < 0.1, "idle waits used %.3f s of CPU in %.3f s", dc, dt);
		ok("idle epoll_wait and poll: %.0f ms of CPU in %.0f ms", dc * 1e3, dt * 1e3);
	}

	/* half-close: EPOLLRDHUP and EOF on the server, the other direction still open */
	ev = (struct epoll_event){ .events = EPOLLIN | EPOLLRDHUP, .data.fd = S1 };
	CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, S1, &ev) == 0, "MOD for RDHUP");
	CHECK(shutdown(C1, SHUT_WR) == 0, "shutdown SHUT_WR");
	{
		uint32_t got = ep_events(ep, S1, 2000);

		CHECK((got & EPOLLRDHUP) && !(got & EPOLLHUP), "EPOLLRDHUP without EPOLLHUP (%#x)", got);
	}
	CHECK(read(S1, buf, 1) == 0, "EOF after the peer's SHUT_WR");
	send_all(S1, "back", 4);
	recv_exact(C1, buf, 4, 2000);
	CHECK(!memcmp(buf, "back", 4), "the other direction after a half-close");
	ok("SHUT_WR: EPOLLRDHUP, EOF, the other direction still works");

	/* closing removes the descriptor from the epoll set */
	CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, S1, NULL) == 0, "DEL");
	CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, S1, NULL) == -1 && errno == ENOENT, "DEL twice is ENOENT");
	close(S1);
	close(C1);
	close(S2);
	close(C2);
	close(L);
	close(K);
	close(ep);
	printf("all %d checks passed\n", nchk);
	return 0;
}
