// SPDX-License-Identifier: MIT
/*
 * tcp_stream.c - pdb_tcpstream, pdbench's own multi-connection kernel TCP
 * stream for `pdbench scale` (used when pd_stream --kernel is not built).
 * Same command line and JSON as pd_stream:
 *
 *   pdb_tcpstream server --bind IP:PORT [--once] [--json]
 *   pdb_tcpstream client --connect IP:PORT --conns N --msg-size SIZE --duration SECS
 *                        [--rate BITS] [--json]
 *
 * The client writes round robin over every connection (epoll), paced by a
 * token bucket, then half-closes each and waits for the server's close, so
 * the bytes it reports were all received.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>

#include "shmq.h"

static int parse_addr(const char *s, struct sockaddr_in *a)
{
	char ip[64];
	const char *colon = strrchr(s, ':');

	if (!colon || colon - s >= (long)sizeof(ip))
		return -1;
	memcpy(ip, s, (size_t)(colon - s));
	ip[colon - s] = 0;
	memset(a, 0, sizeof(*a));
	a->sin_family = AF_INET;
	a->sin_port = htons((uint16_t)atoi(colon + 1));
	return inet_pton(AF_INET, ip, &a->sin_addr) == 1 ? 0 : -1;
}

static void raise_nofile(void)
{
	struct rlimit rl = { 1 << 20, 1 << 20 };

	if (setrlimit(RLIMIT_NOFILE, &rl)) {
		getrlimit(RLIMIT_NOFILE, &rl);
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
}

static int server(const char *bind_s, bool once)
{
	struct sockaddr_in a;
	struct epoll_event ev, evs[256];
	int one = 1, lfd, ep;
	uint64_t bytes = 0, open_conns = 0, accepted = 0;
	double t0 = 0, t1 = 0;
	static char buf[1 << 18];

	if (parse_addr(bind_s, &a))
		return 2;
	lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof(a)) || listen(lfd, 65535)) {
		fprintf(stderr, "pdb_tcpstream: cannot listen on %s: %s\n", bind_s, strerror(errno));
		return 1;
	}
	ep = epoll_create1(0);
	ev = (struct epoll_event){ .events = EPOLLIN, .data.fd = lfd };
	epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev);
	for (;;) {
		int n = epoll_wait(ep, evs, 256, 1000);

		for (int i = 0; i < n; i++) {
			int fd = evs[i].data.fd;

			if (fd == lfd) {
				int c;

				while ((c = accept4(lfd, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
					if (!accepted++)
						t0 = pdb_now();
					open_conns++;
					ev = (struct epoll_event){ .events = EPOLLIN, .data.fd = c };
					epoll_ctl(ep, EPOLL_CTL_ADD, c, &ev);
				}
				continue;
			}
			for (;;) {
				ssize_t r = read(fd, buf, sizeof(buf));

				if (r > 0) {
					bytes += (uint64_t)r;
					continue;
				}
				if (r < 0 && (errno == EAGAIN || errno == EINTR))
					break;
				close(fd);	/* EOF or error: this connection is done */
				open_conns--;
				t1 = pdb_now();
				break;
			}
		}
		if (once && accepted && !open_conns)
			break;
	}
	printf("{\"bytes\":%llu,\"seconds\":%.6f,\"gbps\":%.4f,\"msgs\":0,\"conns\":%llu,"
	       "\"errors\":0,\"verify\":false}\n",
	       (unsigned long long)bytes, t1 - t0, t1 > t0 ? (double)bytes * 8 / (t1 - t0) / 1e9 : 0,
	       (unsigned long long)accepted);
	return 0;
}

struct conn {
	int fd;
	uint64_t off;	/* bytes of the current message already written */
};

static int client(const char *to, unsigned nconns, uint64_t msg, double duration, double rate)
{
	struct sockaddr_in a;
	struct conn *cs = calloc(nconns, sizeof(*cs));
	char *buf = malloc(msg);
	struct pdb_pacer pace = { rate / 8, 0, 0 };
	uint64_t msgs = 0, errors = 0;
	unsigned open_conns = 0;
	double end, drain_end;
	int ep = epoll_create1(0);
	struct epoll_event evs[512];

	if (parse_addr(to, &a) || !cs || !buf)
		return 2;
	memset(buf, 0xa5, msg);
	for (unsigned i = 0; i < nconns; i++) {
		cs[i].fd = socket(AF_INET, SOCK_STREAM, 0);
		if (cs[i].fd < 0 || connect(cs[i].fd, (struct sockaddr *)&a, sizeof(a))) {
			fprintf(stderr, "pdb_tcpstream: connection %u to %s: %s\n", i, to, strerror(errno));
			return 1;
		}
		fcntl(cs[i].fd, F_SETFL, O_NONBLOCK);
		struct epoll_event ev = { .events = EPOLLOUT, .data.u32 = i };

		epoll_ctl(ep, EPOLL_CTL_ADD, cs[i].fd, &ev);
	}
	pace.start = pdb_now();
	end = pace.start + duration;
	while (pdb_now() < end) {
		int n = epoll_wait(ep, evs, 512, 1);

		for (int k = 0; k < n; k++) {
			struct conn *c = &cs[evs[k].data.u32];
			ssize_t w;

			if (!pdb_pace_ok(&pace, pdb_now(), msg - c->off)) {
				struct timespec ts = { 0, 20000 };

				nanosleep(&ts, NULL);
				break;
			}
			w = write(c->fd, buf + c->off, msg - c->off);
			if (w < 0) {
				if (errno != EAGAIN && errno != EINTR)
					errors++;
				continue;
			}
			pace.sent += (uint64_t)w;
			c->off += (uint64_t)w;
			if (c->off == msg) {
				c->off = 0;
				msgs++;
			}
		}
	}
	/* half-close, then wait for the server's close: everything was received */
	for (unsigned i = 0; i < nconns; i++) {
		struct epoll_event ev = { .events = EPOLLIN, .data.u32 = i };

		shutdown(cs[i].fd, SHUT_WR);
		epoll_ctl(ep, EPOLL_CTL_MOD, cs[i].fd, &ev);
		open_conns++;
	}
	drain_end = pdb_now() + 15;
	while (open_conns && pdb_now() < drain_end) {
		int n = epoll_wait(ep, evs, 512, 100);

		for (int k = 0; k < n; k++) {
			char tmp[256];
			struct conn *c = &cs[evs[k].data.u32];

			if (c->fd >= 0 && read(c->fd, tmp, sizeof(tmp)) <= 0) {
				close(c->fd);
				c->fd = -1;
				open_conns--;
			}
		}
	}
	double secs = pdb_now() - pace.start;

	if (open_conns)
		errors += open_conns;
	printf("{\"bytes\":%llu,\"seconds\":%.6f,\"gbps\":%.4f,\"msgs\":%llu,\"conns\":%u,"
	       "\"errors\":%llu,\"verify\":false}\n",
	       (unsigned long long)pace.sent, secs, (double)pace.sent * 8 / secs / 1e9,
	       (unsigned long long)msgs, nconns, (unsigned long long)errors);
	free(cs);
	free(buf);
	return errors ? 1 : 0;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "", *addr = NULL;
	unsigned conns = 1;
	uint64_t msg = 65536;
	double duration = 10, rate = 0;
	bool once = false;

	for (int i = 2; i < argc; i++) {
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(argv[i], "--json") || !strcmp(argv[i], "--kernel"))
			continue;
		if (!strcmp(argv[i], "--once")) {
			once = true;
			continue;
		}
		if (!v)
			goto usage;
		if (!strcmp(argv[i], "--bind") || !strcmp(argv[i], "--connect"))
			addr = v;
		else if (!strcmp(argv[i], "--conns"))
			conns = (unsigned)atoi(v);
		else if (!strcmp(argv[i], "--msg-size"))
			msg = (uint64_t)pdb_arg_num(v, 1024);
		else if (!strcmp(argv[i], "--duration"))
			duration = atof(v);
		else if (!strcmp(argv[i], "--rate"))
			rate = pdb_arg_num(v, 1000);
		else
			goto usage;
		i++;
	}
	if (!addr || !conns || !msg || duration <= 0)
		goto usage;
	signal(SIGPIPE, SIG_IGN);
	raise_nofile();
	if (!strcmp(mode, "server"))
		return server(addr, once);
	if (!strcmp(mode, "client"))
		return client(addr, conns, msg, duration, rate);
usage:
	fprintf(stderr, "usage: pdb_tcpstream server --bind IP:PORT [--once] [--json]\n"
			"       pdb_tcpstream client --connect IP:PORT --conns N --msg-size SIZE "
			"--duration SECS [--rate BITS] [--json]\n");
	return 2;
}
