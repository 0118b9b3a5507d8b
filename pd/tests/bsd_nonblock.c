// SPDX-License-Identifier: MIT
/*
 * Description: non-blocking semantics: SOCK_NONBLOCK, O_NONBLOCK through
 * pd_fcntl, MSG_DONTWAIT; EAGAIN from accept, recv and a full send ring;
 * partial sends; everything sent arrives once the receiver drains.
 */
#include <fcntl.h>

#include "pdd_harness.h"

int main(void)
{
	static uint8_t big[1 << 20], got[1 << 20];
	uint16_t port;
	int lsd, c, s, fl;
	size_t sent = 0, recvd = 0;
	ssize_t n;
	char b;

	pdh_start();
	lsd = pdh_listen(&port);
	/* non-blocking accept with nothing pending */
	CHECK(pd_fcntl(lsd, F_SETFL, pd_fcntl(lsd, F_GETFL) | O_NONBLOCK) == 0);
	CHECK(pd_fcntl(lsd, F_GETFL) & O_NONBLOCK);
	CHECK_ERR(pd_accept(lsd, NULL, NULL), EAGAIN);
	c = pdh_connect(port);
	/* the connection is there now: accept4 with SOCK_NONBLOCK */
	s = pd_accept4(lsd, NULL, NULL, SOCK_NONBLOCK);
	CHECK(s >= 0);
	CHECK(pd_fcntl(s, F_GETFL) & O_NONBLOCK);
	CHECK_ERR(pd_recv(s, &b, 1, 0), EAGAIN);
	/* MSG_DONTWAIT on a blocking socket */
	CHECK(!(pd_fcntl(c, F_GETFL) & O_NONBLOCK));
	CHECK_ERR(pd_recv(c, &b, 1, MSG_DONTWAIT), EAGAIN);

	/* fill: a 1 MiB send on 64 KiB rings is partial, then EAGAIN */
	for (size_t i = 0; i < sizeof(big); i++)
		big[i] = (uint8_t)(i * 13 + 1);
	n = pd_send(c, big, sizeof(big), MSG_DONTWAIT);
	CHECK(n > 0 && n < (ssize_t)sizeof(big));
	sent = n > 0 ? (size_t)n : 0;
	/* keep pushing until the rings on both sides and the copy in flight are full */
	for (int i = 0; i < 2000; i++) {
		n = pd_send(c, big + sent, sizeof(big) - sent, MSG_DONTWAIT);
		if (n < 0) {
			CHECK(errno == EAGAIN);
			break;
		}
		sent += (size_t)n;
		struct pollfd p = { .fd = s, .events = POLLIN };
		pd_poll(&p, 1, 1); /* give the driver a moment to move bytes */
	}
	CHECK(sent < sizeof(big)); /* 2 x 64 KiB rings cannot hold 1 MiB */
	CHECK_ERR(pd_send(c, big + sent, sizeof(big) - sent, MSG_DONTWAIT), EAGAIN);
	/* POLLOUT is off while full */
	{
		struct pollfd p = { .fd = c, .events = POLLOUT };

		CHECK(pd_poll(&p, 1, 0) == 0);
	}
	/* drain non-blocking with poll, sending the rest as space opens */
	for (int rounds = 0; recvd < sizeof(big) && rounds < 100000; rounds++) {
		struct pollfd p[2] = { { .fd = s, .events = POLLIN }, { .fd = c, .events = POLLOUT } };

		CHECK(pd_poll(p, 2, 5000) > 0);
		if (p[0].revents & POLLIN) {
			n = pd_recv(s, got + recvd, sizeof(got) - recvd, 0);
			CHECK(n > 0 || errno == EAGAIN);
			if (n > 0)
				recvd += (size_t)n;
		}
		if ((p[1].revents & POLLOUT) && sent < sizeof(big)) {
			n = pd_send(c, big + sent, sizeof(big) - sent, MSG_DONTWAIT);
			CHECK(n > 0 || errno == EAGAIN);
			if (n > 0)
				sent += (size_t)n;
		}
	}
	CHECK(recvd == sizeof(big) && sent == sizeof(big));
	CHECK(!memcmp(big, got, sizeof(big)));
	/* back to blocking: F_SETFL without O_NONBLOCK */
	fl = pd_fcntl(s, F_GETFL);
	CHECK(pd_fcntl(s, F_SETFL, fl & ~O_NONBLOCK) == 0);
	CHECK(!(pd_fcntl(s, F_GETFL) & O_NONBLOCK));
	CHECK_ERR(pd_fcntl(s, F_DUPFD, 0), EINVAL);
	pd_close(c);
	CHECK(pd_recv(s, &b, 1, 0) == 0);
	pd_close(s);
	pd_close(lsd);
	return pdh_result("bsd_nonblock");
}
