// SPDX-License-Identifier: MIT
/*
 * Description: a peer process that dies (SIGKILL) resets its connections:
 * bytes it sent first are still delivered, then recv fails with ECONNRESET
 * and send with EPIPE, without a SIGPIPE; a peer that closes normally gives
 * EOF (0) after its data.  The peer is this program re-executed as "child".
 */
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pdd_harness.h"

static int child(uint16_t port, int die)
{
	char buf[1000];
	int sd = pdh_connect(port);

	memset(buf, 'z', sizeof(buf));
	if (pd_send(sd, buf, sizeof(buf), 0) != (ssize_t)sizeof(buf))
		return 3;
	if (die)
		raise(SIGKILL); /* no close, no exit handlers: pdd sees the control socket drop */
	pd_close(sd);
	pd_fini();
	return 0;
}

static pid_t spawn(uint16_t port, const char *mode)
{
	char p[16];
	pid_t pid = fork();

	snprintf(p, sizeof(p), "%u", (unsigned)port);
	if (pid == 0) {
		execl("/proc/self/exe", "bsd_errors", "child", p, mode, (char *)NULL);
		_exit(127);
	}
	return pid;
}

static void test_peer(int lsd, uint16_t port, int die)
{
	char buf[4096];
	size_t got = 0;
	ssize_t n;
	int s, st, v = -1;
	socklen_t vl = sizeof(v);
	pid_t pid = spawn(port, die ? "kill" : "close");

	s = pd_accept(lsd, NULL, NULL);
	CHECK(s >= 0);
	CHECK(waitpid(pid, &st, 0) == pid);
	CHECK(die ? (WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL) : (WIFEXITED(st) && WEXITSTATUS(st) == 0));
	/*
	 * A closed peer: all of its bytes, then EOF.  A killed peer resets the
	 * connection: as with a TCP RST, bytes not yet received may be dropped,
	 * and from the reset on recv says ECONNRESET.
	 */
	while ((n = pd_recv(s, buf, sizeof(buf), 0)) > 0)
		got += (size_t)n;
	CHECK(die ? got <= 1000 : got == 1000);
	if (die) {
		CHECK(n == -1 && errno == ECONNRESET);
		CHECK_ERR(pd_recv(s, buf, 1, 0), ECONNRESET);
		CHECK_ERR(pd_send(s, "x", 1, 0), EPIPE);
		CHECK_ERR(pd_send(s, "x", 1, MSG_NOSIGNAL), EPIPE);
		{
			struct pollfd p = { .fd = s, .events = POLLIN };

			CHECK(pd_poll(&p, 1, 0) == 1 && (p.revents & POLLHUP));
		}
		CHECK(pd_getsockopt(s, SOL_SOCKET, SO_ERROR, &v, &vl) == 0);
		CHECK(v == 0 || v == ECONNRESET);
	} else {
		CHECK(n == 0);
		CHECK(pd_recv(s, buf, 1, 0) == 0);
	}
	CHECK(pd_close(s) == 0);
}

int main(int argc, char **argv)
{
	uint16_t port;
	int lsd;

	if (argc == 4 && !strcmp(argv[1], "child"))
		return child((uint16_t)atoi(argv[2]), !strcmp(argv[3], "kill"));
	signal(SIGPIPE, SIG_DFL); /* a SIGPIPE would kill this test */
	pdh_start();
	lsd = pdh_listen(&port);
	test_peer(lsd, port, 0);
	test_peer(lsd, port, 1);
	test_peer(lsd, port, 1);
	pd_close(lsd);
	return pdh_result("bsd_errors");
}
