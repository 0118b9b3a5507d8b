// SPDX-License-Identifier: MIT
/*
 * pdd_harness.c - start and stop a private pdd for one test program.
 */
#include <arpa/inet.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "pdd_harness.h"

int pdh_failures;
static pid_t g_pdd, g_owner;
static char g_dir[PATH_MAX];

static void sleep_ms(int ms)
{
	struct timespec ts = { .tv_sec = ms / 1000, .tv_nsec = (long)(ms % 1000) * 1000000 };

	nanosleep(&ts, NULL);
}

static void pdh_stop(void)
{
	char path[PATH_MAX + 32];
	int i, st;

	if (getpid() != g_owner || !g_dir[0])
		return; /* a forked child never stops its parent's pdd */
	pd_fini();
	if (g_pdd) {
		kill(g_pdd, SIGTERM);
		for (i = 0; i < 500 && waitpid(g_pdd, &st, WNOHANG) == 0; i++)
			sleep_ms(10);
		if (i == 500) {
			fprintf(stderr, "harness: pdd did not stop in 5 s; killing it\n");
			kill(g_pdd, SIGKILL);
			waitpid(g_pdd, &st, 0);
		}
		g_pdd = 0;
	}
	snprintf(path, sizeof(path), "%s/pdd.log", g_dir);
	if (pdh_failures) { /* the daemon's side of a failure */
		FILE *f = fopen(path, "r");
		char line[512];

		while (f && fgets(line, sizeof(line), f))
			fprintf(stderr, "  pdd: %s", line);
		if (f)
			fclose(f);
	}
	unlink(path);
	snprintf(path, sizeof(path), "%s/pdd.sock", g_dir);
	unlink(path);
	rmdir(g_dir);
	g_dir[0] = 0;
}

int pdh_sock_ready(const char *path)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd, ok;

	/* the file appears at bind(), before listen(): only a connect says pdd is ready */
	if (strlen(path) >= sizeof(sa.sun_path))
		return 0;
	strcpy(sa.sun_path, path);
	fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return 0;
	ok = connect(fd, (struct sockaddr *)&sa, sizeof(sa)) == 0;
	close(fd);
	return ok;
}

static void find_pdd(char *out, size_t len)
{
	const char *b = getenv("PD_BUILD");
	char exe[PATH_MAX];
	ssize_t n;

	if (b && *b) {
		snprintf(out, len, "%s/bin/pdd", b);
		return;
	}
	/* this program lives in BUILD/tests/pd/ */
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	exe[n > 0 ? n : 0] = 0;
	snprintf(out, len, "%s/../../bin/pdd", dirname(exe));
}

void pdh_start(void)
{
	char pdd[PATH_MAX], sock[PATH_MAX + 16], logp[PATH_MAX + 16];
	const char *tmp = getenv("TMPDIR");
	struct stat st;
	int i, status;

	find_pdd(pdd, sizeof(pdd));
	if (access(pdd, X_OK)) {
		printf("SKIP: pdd is not built (%s missing); build it with make\n", pdd);
		exit(77);
	}
	snprintf(g_dir, sizeof(g_dir), "%s/pdtest.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(g_dir)) {
		perror("harness: mkdtemp");
		exit(1);
	}
	snprintf(sock, sizeof(sock), "%s/pdd.sock", g_dir);
	snprintf(logp, sizeof(logp), "%s/pdd.log", g_dir);
	g_owner = getpid();
	g_pdd = fork();
	if (g_pdd == 0) {
		int fd = open(logp, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		/* if this test crashes before its atexit handler, pdd still goes (and cleans up) */
		prctl(PR_SET_PDEATHSIG, SIGTERM);
		dup2(fd, 1);
		dup2(fd, 2);
		execl(pdd, "pdd", "--socket", sock, "--region", "256M", "--ring-size", "64K", (char *)NULL);
		_exit(127);
	}
	atexit(pdh_stop);
	/* bounded wait until pdd accepts connections; a pdd that died says why in its log */
	for (i = 0; i < 1000; i++) {
		if (!stat(sock, &st) && S_ISSOCK(st.st_mode) && pdh_sock_ready(sock))
			break;
		if (waitpid(g_pdd, &status, WNOHANG) == g_pdd) {
			g_pdd = 0;
			pdh_failures++;
			fprintf(stderr, "harness: pdd exited before it listened (status %d)\n", status);
			exit(1);
		}
		sleep_ms(10);
	}
	if (i == 1000) {
		pdh_failures++;
		fprintf(stderr, "harness: pdd did not create %s in 10 s\n", sock);
		exit(1);
	}
	setenv("PD_SOCKET", sock, 1);
}

int pdh_result(const char *name)
{
	if (pdh_failures) {
		printf("%s: %d check(s) failed\n", name, pdh_failures);
		return 1;
	}
	printf("%s: all checks passed\n", name);
	return 0;
}

int pdh_listen(uint16_t *port)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t len = sizeof(sin);
	int sd = pd_socket(AF_INET, SOCK_STREAM, 0);

	CHECK(sd >= 0);
	CHECK(pd_bind(sd, (struct sockaddr *)&sin, sizeof(sin)) == 0);
	CHECK(pd_listen(sd, 128) == 0);
	CHECK(pd_getsockname(sd, (struct sockaddr *)&sin, &len) == 0);
	CHECK(sin.sin_port != 0);
	*port = sin.sin_port;
	return sd;
}

int pdh_connect(uint16_t port)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK),
				   .sin_port = port };
	int sd = pd_socket(AF_INET, SOCK_STREAM, 0);

	CHECK(sd >= 0);
	CHECK(pd_connect(sd, (struct sockaddr *)&sin, sizeof(sin)) == 0);
	return sd;
}

void pdh_pair(int lsd, uint16_t port, int *a, int *b)
{
	*a = pdh_connect(port);
	*b = pd_accept(lsd, NULL, NULL);
	CHECK(*b >= 0);
}
