// SPDX-License-Identifier: MIT
/*
 * Description: blocking BSD semantics over a real pdd: names, a 4 MiB
 * transfer through a 64 KiB ring (wrapping many times) with a receiver
 * thread, MSG_PEEK, MSG_WAITALL, EOF after SHUT_WR, EPIPE after our own
 * SHUT_WR, ECONNREFUSED, EISCONN, ENOTCONN, EBADF, EINVAL, options.
 */
#include <arpa/inet.h>
#include <netinet/tcp.h>
#include <pthread.h>

#include "pdd_harness.h"

#define TOTAL (4u << 20)

struct rx {
	int sd;
	size_t got;
	int bad;
};

static uint8_t pat(size_t i)
{
	return (uint8_t)(i * 7 + (i >> 11));
}

static void *receiver(void *arg)
{
	struct rx *rx = arg;
	static uint8_t buf[100000];

	for (;;) {
		ssize_t n = pd_recv(rx->sd, buf, sizeof(buf), 0);

		if (n <= 0) {
			CHECK(n == 0); /* EOF, not an error */
			return NULL;
		}
		for (ssize_t i = 0; i < n; i++)
			if (buf[i] != pat(rx->got + (size_t)i) && !rx->bad++)
				fprintf(stderr, "FAIL: byte %zu wrong\n", rx->got + (size_t)i);
		rx->got += (size_t)n;
	}
}

static void test_names_opts(int lsd, uint16_t port)
{
	struct sockaddr_in a, b;
	socklen_t la = sizeof(a), lb = sizeof(b);
	int c, s, v;
	socklen_t vl = sizeof(v);

	pdh_pair(lsd, port, &c, &s);
	CHECK(pd_getsockname(c, (struct sockaddr *)&a, &la) == 0);
	CHECK(pd_getpeername(s, (struct sockaddr *)&b, &lb) == 0);
	CHECK(a.sin_family == AF_INET && b.sin_family == AF_INET);
	CHECK(a.sin_port == b.sin_port && a.sin_addr.s_addr == b.sin_addr.s_addr);
	CHECK(pd_getpeername(c, (struct sockaddr *)&a, &la) == 0 && a.sin_port == port);
	CHECK(pd_getsockopt(c, SOL_SOCKET, SO_SNDBUF, &v, &vl) == 0 && v == 65536);
	CHECK(pd_getsockopt(c, SOL_SOCKET, SO_RCVBUF, &v, &vl) == 0 && v == 65536);
	CHECK(pd_getsockopt(c, SOL_SOCKET, SO_ERROR, &v, &vl) == 0 && v == 0);
	v = 1;
	CHECK(pd_setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &v, sizeof(v)) == 0);
	CHECK_ERR(pd_setsockopt(c, SOL_SOCKET, SO_SNDBUF, &v, sizeof(v)), EISCONN);
	CHECK_ERR(pd_setsockopt(c, SOL_SOCKET, SO_KEEPALIVE, &v, sizeof(v)), ENOPROTOOPT);
	CHECK_ERR(pd_getpeername(lsd, (struct sockaddr *)&a, &la), ENOTCONN);
	CHECK(pd_close(c) == 0 && pd_close(s) == 0);
}

static void test_ring_size_option(uint16_t port, int lsd)
{
	int c = pd_socket(AF_INET, SOCK_STREAM, 0), s, v = 16384;
	socklen_t vl = sizeof(v);
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK), .sin_port = port };

	CHECK(pd_setsockopt(c, SOL_SOCKET, SO_SNDBUF, &v, sizeof(v)) == 0);
	CHECK(pd_connect(c, (struct sockaddr *)&sin, sizeof(sin)) == 0);
	s = pd_accept(lsd, NULL, NULL);
	CHECK(pd_getsockopt(c, SOL_SOCKET, SO_SNDBUF, &v, &vl) == 0);
	CHECK(v == 16384);
	pd_close(c);
	pd_close(s);
}

int main(void)
{
	static uint8_t big[TOTAL];
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	uint16_t port;
	int lsd, c, s, c2;
	struct rx rx = { 0 };
	pthread_t th;
	char buf[64];

	pdh_start();
	lsd = pdh_listen(&port);

	/* ECONNREFUSED: nobody listens on port+1 */
	c = pd_socket(AF_INET, SOCK_STREAM, 0);
	sin.sin_port = htons((uint16_t)(ntohs(port) + 1));
	CHECK_ERR(pd_connect(c, (struct sockaddr *)&sin, sizeof(sin)), ECONNREFUSED);
	CHECK_ERR(pd_send(c, "x", 1, 0), ENOTCONN);
	CHECK_ERR(pd_recv(c, buf, 1, 0), ENOTCONN);
	CHECK_ERR(pd_shutdown(c, SHUT_WR), ENOTCONN);
	pd_close(c);

	/* EBADF / EINVAL / EAFNOSUPPORT */
	CHECK_ERR(pd_send(4095, "x", 1, 0), EBADF);
	CHECK_ERR(pd_recv(-1, buf, 1, 0), EBADF);
	CHECK_ERR(pd_close(1 << 20), EBADF);
	CHECK_ERR(pd_socket(AF_INET6, SOCK_STREAM, 0), EAFNOSUPPORT);
	CHECK_ERR(pd_socket(AF_INET, SOCK_DGRAM, 0), EPROTONOSUPPORT);

	test_names_opts(lsd, port);
	test_ring_size_option(port, lsd);

	pdh_pair(lsd, port, &c, &s);
	sin.sin_port = port;
	CHECK_ERR(pd_connect(c, (struct sockaddr *)&sin, sizeof(sin)), EISCONN);
	CHECK_ERR(pd_shutdown(c, 7), EINVAL);

	/* MSG_PEEK leaves the bytes; MSG_WAITALL waits for all of them */
	CHECK(pd_send(c, "hello", 5, 0) == 5);
	CHECK(pd_recv(s, buf, 3, MSG_PEEK) == 3 && !memcmp(buf, "hel", 3));
	CHECK(pd_recv(s, buf, 5, MSG_WAITALL) == 5 && !memcmp(buf, "hello", 5));

	/* 4 MiB through the 64 KiB ring, blocking both sides */
	for (size_t i = 0; i < TOTAL; i++)
		big[i] = pat(i);
	rx.sd = s;
	pthread_create(&th, NULL, receiver, &rx);
	CHECK(pd_send(c, big, TOTAL, 0) == (ssize_t)TOTAL); /* blocking send sends everything */
	CHECK(pd_shutdown(c, SHUT_WR) == 0);
	pthread_join(th, NULL);
	CHECK(rx.got == TOTAL && rx.bad == 0);
	/* EOF stays EOF; our own SHUT_WR makes send fail with EPIPE (no SIGPIPE) */
	CHECK(pd_recv(s, buf, sizeof(buf), 0) == 0);
	CHECK_ERR(pd_send(c, "x", 1, 0), EPIPE);
	/* the other direction still works after a half close */
	CHECK(pd_send(s, "back", 4, 0) == 4);
	CHECK(pd_recv(c, buf, 4, MSG_WAITALL) == 4 && !memcmp(buf, "back", 4));
	CHECK(pd_close(s) == 0);
	CHECK(pd_recv(c, buf, sizeof(buf), 0) == 0); /* peer closed: EOF */
	CHECK(pd_close(c) == 0);
	CHECK_ERR(pd_close(c), EBADF);

	/* a second listener on the same address is refused */
	c2 = pd_socket(AF_INET, SOCK_STREAM, 0);
	sin.sin_port = port;
	CHECK(pd_bind(c2, (struct sockaddr *)&sin, sizeof(sin)) == -1 && errno == EADDRINUSE);
	pd_close(c2);
	pd_close(lsd);
	return pdh_result("bsd_basic");
}
