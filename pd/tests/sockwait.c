// SPDX-License-Identifier: MIT
/*
 * sockwait - test helper: wait until a SOCK_SEQPACKET Unix socket accepts
 * connections (pdd is ready), at most SECS seconds.  Exit 0 ready, 1 not.
 * Usage: sockwait PATH SECS
 */
#include <time.h>

#include "pdd_harness.h"

int main(int argc, char **argv)
{
	struct timespec ts = { 0, 20 * 1000000 };
	int i, n;

	if (argc != 3 || (n = atoi(argv[2]) * 50) <= 0) {
		fprintf(stderr, "usage: sockwait PATH SECS\n");
		return 2;
	}
	for (i = 0; i < n; i++) {
		if (pdh_sock_ready(argv[1]))
			return 0;
		nanosleep(&ts, NULL);
	}
	fprintf(stderr, "sockwait: nothing accepts connections on %s after %s s\n", argv[1], argv[2]);
	return 1;
}
