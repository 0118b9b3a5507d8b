// SPDX-License-Identifier: MIT
/*
 * pdctl - ask a running pdd for its statistics.
 *
 *   pdctl [--socket PATH] stats [--json]
 *   pdctl [--socket PATH] sockets [--json]
 *
 * pdctl connects like any client (HELLO), so pdd counts it as a process of
 * the container of pdctl's network namespace; the output subtracts pdctl's
 * own process again and hides a container that exists only because of it.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "pd_uapi.h"

#define MAX_FDS (3 + PD_MAX_WORKERS)

static const char *sock_path = PD_DEFAULT_SOCKET;
static uint32_t my_container;

static void usage(FILE *f)
{
	fprintf(f, "Usage: pdctl [--socket PATH] stats [--json]\n"
		   "       pdctl [--socket PATH] sockets [--json]\n"
		   "Show what a running pdd is doing.\n"
		   "  stats     sockets, bytes copied, commands, faults, refused requests, region use,\n"
		   "            and per container: id, netns inode, processes, sockets, memory, bytes\n"
		   "  sockets   every open socket: container, pid, sd, state, addresses, ring size, bytes\n"
		   "Root on the host (pdd's own user and network namespace) sees every container; any\n"
		   "other caller sees its own container only (stats --json says \"scope\": \"own\").\n"
		   "  --socket PATH   pdd's control socket (default: $PD_SOCKET or %s)\n"
		   "  --json          one JSON object instead of a table\n",
		   PD_DEFAULT_SOCKET);
}

/* Receive one message; closes any fds that came with it.  Returns its length or -errno. */
static ssize_t recv_msg(int fd, void **bufp)
{
	char cbuf[CMSG_SPACE(sizeof(int) * MAX_FDS)];
	struct msghdr mh = { 0 };
	struct iovec iov;
	ssize_t n;
	void *buf;

	/* peek at the size first: SOCKETS answers can be large */
	n = recv(fd, NULL, 0, MSG_PEEK | MSG_TRUNC);
	if (n < 0)
		return -errno;
	if (n == 0)
		return -ECONNRESET;
	buf = malloc((size_t)n);
	if (!buf)
		return -ENOMEM;
	iov.iov_base = buf;
	iov.iov_len = (size_t)n;
	mh.msg_iov = &iov;
	mh.msg_iovlen = 1;
	mh.msg_control = cbuf;
	mh.msg_controllen = sizeof(cbuf);
	n = recvmsg(fd, &mh, MSG_CMSG_CLOEXEC);
	if (n < 0) {
		free(buf);
		return -errno;
	}
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&mh); c; c = CMSG_NXTHDR(&mh, c)) {
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
			int nfd = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
			int fds[MAX_FDS];

			memcpy(fds, CMSG_DATA(c), sizeof(int) * (size_t)(nfd < MAX_FDS ? nfd : MAX_FDS));
			for (int i = 0; i < nfd && i < MAX_FDS; i++)
				close(fds[i]);
		}
	}
	*bufp = buf;
	return n;
}

/* Send one request, get its response (+ records).  The message, or NULL (error printed). */
static struct pd_resp *call(int fd, uint32_t op, ssize_t *lenp)
{
	static uint64_t seq;
	struct pd_req req = { .op = op, .seq = ++seq };
	struct pd_resp *resp;
	void *buf = NULL;
	ssize_t n;

	if (op == PD_REQ_HELLO)
		req.u.hello.version = PD_UAPI_VERSION;
	if (send(fd, &req, sizeof(req), MSG_NOSIGNAL) != sizeof(req)) {
		fprintf(stderr, "pdctl: sending to pdd at %s: %s\n", sock_path, strerror(errno));
		return NULL;
	}
	n = recv_msg(fd, &buf);
	if (n < 0) {
		fprintf(stderr, "pdctl: no answer from pdd at %s: %s\n", sock_path, strerror((int)-n));
		return NULL;
	}
	resp = buf;
	if ((size_t)n < sizeof(*resp) || resp->op != op || resp->seq != req.seq) {
		fprintf(stderr, "pdctl: malformed answer from pdd (%zd bytes)\n", n);
		free(buf);
		return NULL;
	}
	if (resp->status) {
		fprintf(stderr, "pdctl: pdd refused request %u: %s\n", op, strerror(-resp->status));
		free(buf);
		return NULL;
	}
	*lenp = n;
	return resp;
}

static int connect_pdd(void)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	struct pd_resp *r;
	ssize_t n;
	int fd;

	if (strlen(sock_path) >= sizeof(sa.sun_path)) {
		fprintf(stderr, "pdctl: socket path too long: %s\n", sock_path);
		return -1;
	}
	strcpy(sa.sun_path, sock_path);
	fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof(sa))) {
		fprintf(stderr, "pdctl: cannot connect to pdd at %s: %s (is pdd running? --socket PATH)\n",
			sock_path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	r = call(fd, PD_REQ_HELLO, &n);
	if (!r) {
		close(fd);
		return -1;
	}
	my_container = r->u.hello.container;
	free(r);
	return fd;
}

static int cmd_stats(int fd, bool json)
{
	const struct pd_stats_global *g;
	const struct pd_stats_ctr *c;
	struct pd_resp *r;
	ssize_t n;
	uint32_t nctr, shown = 0;
	bool *hide;

	r = call(fd, PD_REQ_STATS, &n);
	if (!r)
		return 1;
	/* records: one pd_stats_global, then one pd_stats_ctr per container */
	if (r->nrec < 1 || (size_t)n < sizeof(*r) + sizeof(*g) + (size_t)(r->nrec - 1) * sizeof(*c)) {
		fprintf(stderr, "pdctl: STATS answer has %u records in %zd bytes\n", r->nrec, n);
		free(r);
		return 1;
	}
	g = (const void *)(r + 1);
	c = (const void *)(g + 1); /* the global record is 128 bytes, then 64-byte ones */
	nctr = r->nrec - 1;
	hide = calloc(nctr + 1, sizeof(*hide));
	if (!hide) {
		free(r);
		return 1;
	}
	for (uint32_t i = 0; i < nctr; i++) {
		/* take pdctl's own process out of its container */
		if (c[i].container == my_container) {
			struct pd_stats_ctr *m = (struct pd_stats_ctr *)&c[i];

			if (m->processes)
				m->processes--;
			hide[i] = !m->processes && !m->sockets && !m->mem_used;
		}
		shown += !hide[i];
	}
	if (json) {
		printf("{\"sockets\":%" PRIu64 ",\"bytes_copied\":%" PRIu64 ",\"commands\":%" PRIu64
		       ",\"faults\":%" PRIu64 ",\"refused\":%" PRIu64 ",\"region_size\":%" PRIu64
		       ",\"region_used\":%" PRIu64 ",\"hugepages\":%s,\"cpu_device_ns\":%" PRIu64
		       ",\"cpu_driver_ns\":%" PRIu64 ",\"scope\":\"%s\",\"containers\":[",
		       (uint64_t)g->sockets, (uint64_t)g->bytes_copied, (uint64_t)g->commands,
		       (uint64_t)g->faults, (uint64_t)g->refused, (uint64_t)g->region_size,
		       (uint64_t)g->region_used, g->hugepages ? "true" : "false",
		       (uint64_t)g->cpu_device_ns, (uint64_t)g->cpu_driver_ns,
		       g->scope == PD_STATS_SCOPE_OWN ? "own" : "all");
		for (uint32_t i = 0, k = 0; i < nctr; i++) {
			if (hide[i])
				continue;
			printf("%s{\"id\":%u,\"netns_ino\":%" PRIu64 ",\"processes\":%u,\"sockets\":%" PRIu64
			       ",\"mem_used\":%" PRIu64 ",\"mem_quota\":%" PRIu64 ",\"bytes_sent\":%" PRIu64
			       ",\"bytes_recv\":%" PRIu64 ",\"refused\":%" PRIu64 "}",
			       k++ ? "," : "", c[i].container, (uint64_t)c[i].netns_ino, c[i].processes,
			       (uint64_t)c[i].sockets, (uint64_t)c[i].mem_used, (uint64_t)c[i].mem_quota,
			       (uint64_t)c[i].bytes_sent, (uint64_t)c[i].bytes_recv, (uint64_t)c[i].refused);
		}
		printf("]}\n");
	} else {
		if (g->scope == PD_STATS_SCOPE_OWN)
			printf("scope         this container only (all containers: root on the host)\n");
		printf("sockets       %" PRIu64 "\n", (uint64_t)g->sockets);
		printf("bytes copied  %" PRIu64 "\n", (uint64_t)g->bytes_copied);
		printf("commands      %" PRIu64 "\n", (uint64_t)g->commands);
		printf("faults        %" PRIu64 "\n", (uint64_t)g->faults);
		printf("refused       %" PRIu64 "\n", (uint64_t)g->refused);
		printf("region        %" PRIu64 " of %" PRIu64 " bytes used, %s pages\n",
		       (uint64_t)g->region_used, (uint64_t)g->region_size, g->hugepages ? "2 MiB" : "4 KiB");
		printf("cpu           device %.3f s, driver %.3f s (since pdd started)\n",
		       (double)g->cpu_device_ns / 1e9, (double)g->cpu_driver_ns / 1e9);
		printf("containers    %u\n", shown);
		if (shown) {
			printf("\n%4s %12s %5s %8s %12s %12s %14s %14s %8s\n", "ID", "NETNS", "PROCS",
			       "SOCKETS", "MEM_USED", "MEM_QUOTA", "BYTES_SENT", "BYTES_RECV", "REFUSED");
			for (uint32_t i = 0; i < nctr; i++) {
				if (hide[i])
					continue;
				printf("%4u %12" PRIu64 " %5u %8" PRIu64 " %12" PRIu64 " %12" PRIu64
				       " %14" PRIu64 " %14" PRIu64 " %8" PRIu64 "\n",
				       c[i].container, (uint64_t)c[i].netns_ino, c[i].processes,
				       (uint64_t)c[i].sockets, (uint64_t)c[i].mem_used,
				       (uint64_t)c[i].mem_quota, (uint64_t)c[i].bytes_sent,
				       (uint64_t)c[i].bytes_recv, (uint64_t)c[i].refused);
			}
		}
	}
	free(hide);
	free(r);
	return 0;
}

static const char *state_name(uint32_t s)
{
	switch (s) {
	case PD_SS_FREE: return "free";
	case PD_SS_OPEN: return "open";
	case PD_SS_LISTEN: return "listen";
	case PD_SS_CONNECTED: return "connected";
	case PD_SS_CLOSED: return "closed";
	default: return "?";
	}
}

static const char *fmt_addr(uint32_t a, uint16_t p, char *buf, size_t len)
{
	char ip[INET_ADDRSTRLEN];
	struct in_addr in = { .s_addr = a };

	inet_ntop(AF_INET, &in, ip, sizeof(ip));
	snprintf(buf, len, "%s:%u", ip, ntohs(p));
	return buf;
}

static int cmd_sockets(int fd, bool json)
{
	const struct pd_sock_stat *s;
	struct pd_resp *r;
	ssize_t n;

	r = call(fd, PD_REQ_SOCKETS, &n);
	if (!r)
		return 1;
	if ((size_t)n < sizeof(*r) + (size_t)r->nrec * sizeof(*s)) {
		fprintf(stderr, "pdctl: SOCKETS answer has %u records in %zd bytes\n", r->nrec, n);
		free(r);
		return 1;
	}
	s = (const void *)(r + 1);
	if (json)
		printf("{\"sockets\":[");
	else
		printf("%4s %7s %5s %-9s %-21s %-21s %9s %14s %14s\n", "CTR", "PID", "SD", "STATE", "LOCAL",
		       "PEER", "RING", "BYTES_SENT", "BYTES_RECV");
	for (uint32_t i = 0; i < r->nrec; i++) {
		char la[32], pa[32];

		fmt_addr(s[i].local_addr, s[i].local_port, la, sizeof(la));
		fmt_addr(s[i].peer_addr, s[i].peer_port, pa, sizeof(pa));
		if (json)
			printf("%s{\"container\":%u,\"pid\":%u,\"sd\":%u,\"state\":\"%s\",\"local\":\"%s\","
			       "\"peer\":\"%s\",\"ring_size\":%u,\"bytes_sent\":%" PRIu64
			       ",\"bytes_recv\":%" PRIu64 "}",
			       i ? "," : "", s[i].container, s[i].pid, s[i].sd, state_name(s[i].state), la, pa,
			       s[i].ring_size, (uint64_t)s[i].bytes_sent, (uint64_t)s[i].bytes_recv);
		else
			printf("%4u %7u %5u %-9s %-21s %-21s %9u %14" PRIu64 " %14" PRIu64 "\n", s[i].container,
			       s[i].pid, s[i].sd, state_name(s[i].state), la, pa, s[i].ring_size,
			       (uint64_t)s[i].bytes_sent, (uint64_t)s[i].bytes_recv);
	}
	if (json)
		printf("]}\n");
	free(r);
	return 0;
}

int main(int argc, char **argv)
{
	const char *cmd = NULL;
	bool json = false;
	int fd, ret;

	if (getenv("PD_SOCKET") && *getenv("PD_SOCKET"))
		sock_path = getenv("PD_SOCKET");
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--json")) {
			json = true;
		} else if (!strcmp(argv[i], "--socket")) {
			if (++i >= argc) {
				fprintf(stderr, "pdctl: --socket needs a PATH (see pdctl --help)\n");
				return 2;
			}
			sock_path = argv[i];
		} else if (!strncmp(argv[i], "--socket=", 9)) {
			sock_path = argv[i] + 9;
		} else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			usage(stdout);
			return 0;
		} else if (!cmd && (!strcmp(argv[i], "stats") || !strcmp(argv[i], "sockets"))) {
			cmd = argv[i];
		} else {
			fprintf(stderr, "pdctl: unknown argument '%s' (see pdctl --help)\n", argv[i]);
			return 2;
		}
	}
	if (!cmd) {
		fprintf(stderr, "pdctl: missing command: stats or sockets (see pdctl --help)\n");
		return 2;
	}
	fd = connect_pdd();
	if (fd < 0)
		return 1;
	ret = !strcmp(cmd, "stats") ? cmd_stats(fd, json) : cmd_sockets(fd, json);
	close(fd);
	return ret;
}
