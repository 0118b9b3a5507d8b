// SPDX-License-Identifier: MIT
/*
 * Description: the zero-copy API: reservations are contiguous and bounded
 * by free space and the ring end, over-commit and over-consume fail with
 * EINVAL, 2 MiB pass intact through 64 KiB rings (wrapping), peek returns 0
 * at EOF, EAGAIN when non-blocking and empty.
 */
#include <fcntl.h>
#include <pthread.h>

#include "pdd_harness.h"

#define TOTAL (2u << 20)

static uint8_t pat(size_t i)
{
	return (uint8_t)(i ^ (i >> 9));
}

static void *zc_sender(void *arg)
{
	int sd = *(int *)arg;
	size_t off = 0;

	while (off < TOTAL) {
		void *p;
		ssize_t n = pd_send_reserve(sd, &p, TOTAL - off);

		CHECK(n > 0 && n <= 65536);
		if (n <= 0)
			break;
		for (ssize_t i = 0; i < n; i++)
			((uint8_t *)p)[i] = pat(off + (size_t)i);
		/* commit in two steps: the second still within the reservation */
		CHECK(pd_send_commit(sd, ((size_t)n + 1) / 2) == 0);
		CHECK_ERR(pd_send_commit(sd, (size_t)n), EINVAL); /* the reservation is gone */
		off += ((size_t)n + 1) / 2;
	}
	CHECK(pd_shutdown(sd, SHUT_WR) == 0);
	return NULL;
}

int main(void)
{
	uint16_t port;
	int lsd, c, s, bad = 0;
	size_t got = 0;
	pthread_t th;
	const void *rp;
	void *wp;
	ssize_t n;

	pdh_start();
	lsd = pdh_listen(&port);
	pdh_pair(lsd, port, &c, &s);

	/* reservation bounds; committing more than reserved fails */
	n = pd_send_reserve(c, &wp, 1 << 20);
	CHECK(n == 65536); /* empty 64 KiB ring at offset 0: all of it, contiguous */
	CHECK_ERR(pd_send_commit(c, (size_t)n + 1), EINVAL);
	memcpy(wp, "abc", 3);
	CHECK(pd_send_commit(c, 3) == 0);
	CHECK_ERR(pd_send_reserve(c, &wp, 0), EINVAL);
	n = pd_recv_peek(s, &rp);
	CHECK(n == 3 && !memcmp(rp, "abc", 3));
	CHECK_ERR(pd_recv_consume(s, 4), EINVAL);
	CHECK(pd_recv_consume(s, 1) == 0);
	CHECK(pd_recv_consume(s, 2) == 0);
	CHECK_ERR(pd_recv_consume(s, 1), EINVAL);
	/* non-blocking peek on an empty ring */
	CHECK(pd_fcntl(s, F_SETFL, O_NONBLOCK) == 0);
	CHECK_ERR(pd_recv_peek(s, &rp), EAGAIN);
	CHECK(pd_fcntl(s, F_SETFL, 0) == 0);

	/* 2 MiB, both sides zero-copy; the sender starts 3 bytes into the ring so spans wrap */
	pthread_create(&th, NULL, zc_sender, &c);
	for (;;) {
		n = pd_recv_peek(s, &rp);
		if (n <= 0) {
			CHECK(n == 0);
			break;
		}
		for (ssize_t i = 0; i < n; i++)
			if (((const uint8_t *)rp)[i] != pat(got + (size_t)i) && !bad++)
				fprintf(stderr, "FAIL: byte %zu wrong\n", got + (size_t)i);
		CHECK(pd_recv_consume(s, (size_t)n) == 0);
		got += (size_t)n;
	}
	pthread_join(th, NULL);
	CHECK(got == TOTAL && !bad);
	CHECK(pd_recv_peek(s, &rp) == 0); /* EOF stays EOF */
	pd_close(c);
	pd_close(s);
	pd_close(lsd);
	return pdh_result("bsd_zc");
}
