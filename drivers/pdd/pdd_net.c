// SPDX-License-Identifier: MIT
/*
 * pdd_net.c - what each container's network namespace says about addresses:
 * its own IPv4 addresses (for BIND and for which listener a CONNECT meets)
 * and its IPv4 routes (a CONNECT goes over PD only where kernel TCP from the
 * caller's namespace could go: ENETUNREACH otherwise).
 *
 * Per container, two rtnetlink sockets opened inside its namespace once (a
 * helper thread calls setns(), at HELLO, before the core is asked anything):
 * one subscribed to address and route changes, one for dumps.  A socket
 * stays bound to the namespace it was made in, so afterwards pdd reads the
 * namespace's state without entering it.  The snapshot (addresses, routes of
 * the local and main tables) is rebuilt on every change notification; the
 * core's hooks only look at the snapshot, under a small lock of its own, so
 * no address or route lookup ever runs under the core lock.  Before serving
 * a BIND, LISTEN or CONNECT from the control socket, pdd takes the
 * notifications already queued (one epoll_wait with no timeout), so an
 * address added just before the request is known to it.
 *
 * Not modelled: policy routing (ip rule), routes by source address, IPv6.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "pdd.h"

#define NL_BUF (64u << 10)

struct nl_job {
	int netns_fd;
	int ev, q;
	int err;
};

/* groups: the notifications to subscribe to (a non-blocking socket), or 0: a query socket */
static int nl_open(unsigned int groups)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK, .nl_groups = groups };
	struct timeval tv = { .tv_sec = 1 };
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC | (groups ? SOCK_NONBLOCK : 0), NETLINK_ROUTE);

	if (fd < 0)
		return -errno;
	if ((!groups && setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv))) ||
	    bind(fd, (struct sockaddr *)&sa, sizeof(sa))) {
		int err = -errno;

		close(fd);
		return err;
	}
	return fd;
}

static void *nl_thread(void *arg)
{
	struct nl_job *job = arg;

	/* setns() changes the namespace of this thread only */
	if (setns(job->netns_fd, CLONE_NEWNET)) {
		job->err = -errno;
		return NULL;
	}
	job->ev = nl_open(RTMGRP_IPV4_IFADDR | RTMGRP_IPV4_ROUTE);
	job->q = nl_open(0);
	if (job->ev < 0 || job->q < 0)
		job->err = job->ev < 0 ? job->ev : job->q;
	return NULL;
}

/* One dump request (RTM_GETADDR or RTM_GETROUTE, AF_INET) on q; calls fn per message. */
static int nl_dump(int q, uint16_t type, void (*fn)(struct pdd_net *n, struct nlmsghdr *h),
		   struct pdd_net *n)
{
	struct {
		struct nlmsghdr h;
		struct rtgenmsg g;
	} req = {
		.h = { .nlmsg_len = sizeof(req), .nlmsg_type = type,
		       .nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP, .nlmsg_seq = 1 },
		.g = { .rtgen_family = AF_INET },
	};
	static _Thread_local char buf[NL_BUF];

	if (send(q, &req, sizeof(req), 0) < 0)
		return -errno;
	for (;;) {
		/* blocking, bounded by SO_RCVTIMEO: the kernel answers a dump at once */
		ssize_t len = recv(q, buf, sizeof(buf), 0);
		struct nlmsghdr *h;

		if (len < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		for (h = (struct nlmsghdr *)buf; NLMSG_OK(h, (unsigned int)len); h = NLMSG_NEXT(h, len)) {
			if (h->nlmsg_type == NLMSG_DONE)
				return 0;
			if (h->nlmsg_type == NLMSG_ERROR) {
				struct nlmsgerr *e = NLMSG_DATA(h);

				return e->error ? e->error : 0;
			}
			fn(n, h);
		}
	}
}

static void on_addr(struct pdd_net *n, struct nlmsghdr *h)
{
	struct ifaddrmsg *ifa = NLMSG_DATA(h);
	int len = (int)IFA_PAYLOAD(h);
	uint32_t local = 0, addr = 0;

	if (h->nlmsg_type != RTM_NEWADDR || ifa->ifa_family != AF_INET)
		return;
	for (struct rtattr *a = IFA_RTA(ifa); RTA_OK(a, len); a = RTA_NEXT(a, len)) {
		if (a->rta_type == IFA_LOCAL && RTA_PAYLOAD(a) == 4)
			memcpy(&local, RTA_DATA(a), 4);
		else if (a->rta_type == IFA_ADDRESS && RTA_PAYLOAD(a) == 4)
			memcpy(&addr, RTA_DATA(a), 4);
	}
	/* IFA_LOCAL is the interface's own address (IFA_ADDRESS the peer's on point-to-point) */
	if (!local)
		local = addr;
	if (local && n->nbuild_addrs < PDD_NET_ADDRS)
		n->build_addrs[n->nbuild_addrs++] = local;
}

static void on_route(struct pdd_net *n, struct nlmsghdr *h)
{
	struct rtmsg *rt = NLMSG_DATA(h);
	int len = (int)RTM_PAYLOAD(h);
	uint32_t dst = 0, table = rt->rtm_table;

	if (h->nlmsg_type != RTM_NEWROUTE || rt->rtm_family != AF_INET || rt->rtm_dst_len > 32)
		return;
	for (struct rtattr *a = RTM_RTA(rt); RTA_OK(a, len); a = RTA_NEXT(a, len)) {
		if (a->rta_type == RTA_DST && RTA_PAYLOAD(a) == 4)
			memcpy(&dst, RTA_DATA(a), 4);
		else if (a->rta_type == RTA_TABLE && RTA_PAYLOAD(a) == 4)
			memcpy(&table, RTA_DATA(a), 4);
	}
	if (table != RT_TABLE_MAIN && table != RT_TABLE_LOCAL)
		return;
	if (n->nbuild_routes < PDD_NET_ROUTES)
		n->build_routes[n->nbuild_routes++] =
			(struct pdd_route){ .dst = ntohl(dst), .len = rt->rtm_dst_len, .type = rt->rtm_type };
}

/* Rebuild the snapshot from the namespace (main thread, no core lock). */
static void net_refresh(struct pdd_ctr *ctr)
{
	struct pdd_net *n = &ctr->net;
	int r1, r2;

	n->nbuild_addrs = n->nbuild_routes = 0;
	r1 = nl_dump(n->q, RTM_GETADDR, on_addr, n);
	r2 = nl_dump(n->q, RTM_GETROUTE, on_route, n);
	if (r1 || r2) {
		pdd_log("warning: reading the addresses and routes of netns %llu: %s",
			(unsigned long long)ctr->netns_ino, strerror(-(r1 ? r1 : r2)));
		return;
	}
	pthread_mutex_lock(&n->lock);
	memcpy(n->addrs, n->build_addrs, sizeof(n->addrs[0]) * n->nbuild_addrs);
	n->naddrs = n->nbuild_addrs;
	memcpy(n->routes, n->build_routes, sizeof(n->routes[0]) * n->nbuild_routes);
	n->nroutes = n->nbuild_routes;
	n->valid = true;
	pthread_mutex_unlock(&n->lock);
}

int pdd_net_open(struct pdd *pdd, struct pdd_ctr *ctr)
{
	struct pdd_net *n = &ctr->net;
	struct nl_job job = { .netns_fd = ctr->netns_fd, .ev = -1, .q = -1 };
	struct epoll_event ev = { .events = EPOLLIN, .data.ptr = ctr };
	pthread_t t;
	int ret;

	n->ev = n->q = -1;
	ret = pthread_mutex_init(&n->lock, NULL);
	if (ret)
		return -ret;
	n->lock_ok = true;
	ret = pthread_create(&t, NULL, nl_thread, &job);
	if (ret)
		return -ret;
	pthread_join(t, NULL);
	n->ev = job.ev;
	n->q = job.q;
	if (job.err)
		return job.err;
	if (epoll_ctl(pdd->net_epfd, EPOLL_CTL_ADD, n->ev, &ev))
		return -errno;
	net_refresh(ctr);
	return 0;
}

void pdd_net_close(struct pdd *pdd, struct pdd_ctr *ctr)
{
	struct pdd_net *n = &ctr->net;

	if (n->ev >= 0) {
		epoll_ctl(pdd->net_epfd, EPOLL_CTL_DEL, n->ev, NULL);
		close(n->ev);
	}
	if (n->q >= 0)
		close(n->q);
	n->ev = n->q = -1;
	if (n->lock_ok)
		pthread_mutex_destroy(&n->lock);
	n->lock_ok = false;
}

/* Take the change notifications queued so far: every container that changed is read again. */
void pdd_net_sync(struct pdd *pdd)
{
	struct epoll_event evs[16];
	int k;

	while ((k = epoll_wait(pdd->net_epfd, evs, 16, 0)) > 0) {
		for (int i = 0; i < k; i++) {
			struct pdd_ctr *ctr = evs[i].data.ptr;
			char buf[4096];

			/* the notifications only say "something changed": drain, then read it all */
			while (recv(ctr->net.ev, buf, sizeof(buf), MSG_DONTWAIT) > 0)
				;
			net_refresh(ctr);
		}
		if (k < 16)
			break;
	}
}

static bool is_loopback(uint32_t ipv4_be)
{
	return (ntohl(ipv4_be) >> 24) == 127;
}

bool pdd_ctr_has_addr(struct pdd_ctr *ctr, uint32_t ipv4_be)
{
	bool found = false;

	/* every namespace has its own loopback: 127/8 is keyed per container by the core */
	if (is_loopback(ipv4_be))
		return true;
	pthread_mutex_lock(&ctr->net.lock);
	for (unsigned int i = 0; i < ctr->net.naddrs && !found; i++)
		found = ctr->net.addrs[i] == ipv4_be;
	pthread_mutex_unlock(&ctr->net.lock);
	return found;
}

int pdd_ctr_first_addr(struct pdd_ctr *ctr, uint32_t *ipv4_be)
{
	int ret = -EADDRNOTAVAIL;

	pthread_mutex_lock(&ctr->net.lock);
	for (unsigned int i = 0; i < ctr->net.naddrs; i++) {
		if (!is_loopback(ctr->net.addrs[i])) {
			*ipv4_be = ctr->net.addrs[i];
			ret = 0;
			break;
		}
	}
	pthread_mutex_unlock(&ctr->net.lock);
	return ret;
}

bool pdd_ctr_routes_to(struct pdd_ctr *ctr, uint32_t ipv4_be)
{
	uint32_t a = ntohl(ipv4_be);
	int best = -1;
	unsigned char type = RTN_UNREACHABLE;

	pthread_mutex_lock(&ctr->net.lock);
	if (!ctr->net.valid) {
		/* never read (the namespace could not be asked): do not make up a refusal */
		pthread_mutex_unlock(&ctr->net.lock);
		return true;
	}
	for (unsigned int i = 0; i < ctr->net.nroutes; i++) {
		const struct pdd_route *r = &ctr->net.routes[i];
		uint32_t mask = r->len ? ~0u << (32 - r->len) : 0;

		if ((a & mask) == (r->dst & mask) && (int)r->len > best) {
			best = r->len;
			type = r->type;
		}
	}
	pthread_mutex_unlock(&ctr->net.lock);
	/* the local table's RTN_LOCAL/BROADCAST and the main table's unicast routes lead somewhere */
	return best >= 0 && (type == RTN_UNICAST || type == RTN_LOCAL || type == RTN_BROADCAST ||
			     type == RTN_MULTICAST || type == RTN_ANYCAST);
}
