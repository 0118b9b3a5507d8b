// SPDX-License-Identifier: MIT
/*
 * Description: pd_poll over 64 connections: exactly the sockets that got
 * data report POLLIN, a listener reports POLLIN for a pending connection,
 * the timeout is honoured when nothing happens, a blocked pd_poll wakes up
 * when another thread sends, POLLHUP after the peer closed, POLLNVAL for a
 * bad descriptor and negative fds are ignored.
 */
#include <pthread.h>
#include <time.h>
#include <unistd.h>

#include "pdd_harness.h"

#define N 64

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

struct late {
	int sd;
};

static void *late_sender(void *arg)
{
	struct late *l = arg;
	struct timespec ts = { 0, 200 * 1000000 };

	nanosleep(&ts, NULL);
	CHECK(pd_send(l->sd, "w", 1, 0) == 1);
	return NULL;
}

int main(void)
{
	struct pollfd p[N + 2];
	int c[N], s[N], lsd, ready, i, pending;
	uint16_t port;
	int64_t t0;
	char b;

	pdh_start();
	lsd = pdh_listen(&port);
	for (i = 0; i < N; i++)
		pdh_pair(lsd, port, &c[i], &s[i]);

	/* idle: POLLIN nowhere; the timeout is honoured */
	for (i = 0; i < N; i++)
		p[i] = (struct pollfd){ .fd = s[i], .events = POLLIN };
	t0 = now_ms();
	CHECK(pd_poll(p, N, 300) == 0);
	CHECK(now_ms() - t0 >= 290);
	CHECK(now_ms() - t0 < 3000);

	/* every third socket gets a byte */
	for (i = 0; i < N; i += 3)
		CHECK(pd_send(c[i], "x", 1, 0) == 1);
	/* the copies complete asynchronously: poll until all of them are readable (bounded) */
	t0 = now_ms();
	do {
		ready = pd_poll(p, N, 1000);
	} while (ready >= 0 && ready < (N + 2) / 3 && now_ms() - t0 < 5000);
	CHECK(ready == (N + 2) / 3);
	for (i = 0; i < N; i++)
		CHECK(!!(p[i].revents & POLLIN) == (i % 3 == 0));
	for (i = 0; i < N; i += 3)
		CHECK(pd_recv(s[i], &b, 1, 0) == 1 && b == 'x');

	/* a blocked poll wakes up when another thread sends */
	{
		struct late l = { .sd = c[5] };
		pthread_t th;

		pthread_create(&th, NULL, late_sender, &l);
		t0 = now_ms();
		for (i = 0; i < N; i++)
			p[i] = (struct pollfd){ .fd = s[i], .events = POLLIN };
		CHECK(pd_poll(p, N, 10000) == 1 && (p[5].revents & POLLIN));
		CHECK(now_ms() - t0 < 5000);
		pthread_join(th, NULL);
		CHECK(pd_recv(s[5], &b, 1, 0) == 1);
	}

	/* listener readiness, negative fds ignored, POLLNVAL for a closed sd */
	p[0] = (struct pollfd){ .fd = lsd, .events = POLLIN };
	p[1] = (struct pollfd){ .fd = -1, .events = POLLIN };
	CHECK(pd_poll(p, 2, 0) == 0);
	pending = pdh_connect(port);
	t0 = now_ms();
	CHECK(pd_poll(p, 2, 5000) == 1 && (p[0].revents & POLLIN) && p[1].revents == 0);
	{
		int a = pd_accept(lsd, NULL, NULL);

		CHECK(a >= 0);
		pd_close(a);
	}
	pd_close(pending);
	p[0] = (struct pollfd){ .fd = pending, .events = POLLIN };
	CHECK(pd_poll(p, 1, 0) == 1 && p[0].revents == POLLNVAL);

	/* POLLOUT on an idle connection; POLLHUP after the peer closed */
	p[0] = (struct pollfd){ .fd = c[1], .events = POLLOUT };
	CHECK(pd_poll(p, 1, 0) == 1 && (p[0].revents & POLLOUT));
	pd_close(c[1]);
	p[0] = (struct pollfd){ .fd = s[1], .events = POLLIN };
	t0 = now_ms();
	CHECK(pd_poll(p, 1, 5000) == 1 && (p[0].revents & POLLIN));
	do {
		pd_poll(p, 1, 100);
	} while (!(p[0].revents & POLLHUP) && now_ms() - t0 < 5000);
	CHECK(p[0].revents & POLLHUP);
	CHECK(pd_recv(s[1], &b, 1, 0) == 0);
	for (i = 0; i < N; i++) {
		if (i != 1)
			pd_close(c[i]);
		pd_close(s[i]);
	}
	pd_close(lsd);
	return pdh_result("bsd_poll");
}
