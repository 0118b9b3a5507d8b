// SPDX-License-Identifier: MIT
/*
 * cmd_doctor.c - pdbench doctor: what this machine can run (transports,
 * devices, hugepages, tools, containers) and, for what it cannot, why.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pdbench.h"

static void line(struct pdb_ctx *c, const char *item, bool ok, const char *detail)
{
	if (c->o.json) {
		printf("{\"item\":\"%s\",\"ok\":%s,\"detail\":\"", item, ok ? "true" : "false");
		for (const char *p = detail; *p; p++)
			printf(*p == '"' || *p == '\\' ? "\\%c" : "%c", *p);
		printf("\"}\n");
	} else if (!c->o.quiet || !ok) {
		printf("%-22s %-4s %s\n", item, ok ? "ok" : "no", detail);
	}
}

static void tool(struct pdb_ctx *c, const char *name, const char *what)
{
	char path[PATH_MAX], d[PATH_MAX + 64];
	bool ok = !pdb_find_bin(c, name, path, sizeof(path));

	snprintf(d, sizeof(d), "%s%s%s", ok ? path : "not found; ", ok ? " - " : "", what);
	line(c, name, ok, d);
}

int pdb_cmd_doctor(struct pdb_ctx *c)
{
	char exe[PATH_MAX], item[64], why[200];
	const struct pdb_transport_ops *const *all = pdb_transport_all();
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	char *hp = pdb_slurp("/proc/sys/vm/nr_hugepages");
	static const enum pdb_cmd_id uses[] = { PDB_CPU, PDB_SCALE, PDB_LATENCY };
	static const char *use_name[] = { "cpu", "scale", "latency" };

	if (n > 0) {
		exe[n] = 0;
		*strrchr(exe, '/') = 0;
		snprintf(c->bindir, sizeof(c->bindir), "%s", exe);
	}
	snprintf(c->o.runtime, sizeof(c->o.runtime), "%s", c->o.runtime[0] ? c->o.runtime : "netns");
	snprintf(c->o.device, sizeof(c->o.device), "%s", c->o.device[0] ? c->o.device : "soft");
	for (int i = 0; all[i]; i++)
		for (int u = 0; u < 3; u++) {
			c->cmd = uses[u];
			snprintf(item, sizeof(item), "%s (%s)", all[i]->label, use_name[u]);
			if (pdb_probe(c, all[i], why, sizeof(why)))
				line(c, item, false, why);
			else if (u == 2 && !all[i]->rr)
				line(c, item, false, "measures streams only, not latency");
			else
				line(c, item, true, "can run");
		}
	c->cmd = PDB_DOCTOR;
	line(c, "device soft", !access("/dev/null", F_OK), "C model on a polling thread in pdd");
	line(c, "device rtl", true, "Verilated RTL in pdd (needs a build with Verilator)");
	line(c, "device kernel", !access("/dev/pipedevice", F_OK),
	     access("/dev/pipedevice", F_OK) ? "no /dev/pipedevice (pipedevice.ko not loaded)"
					     : "/dev/pipedevice");
	line(c, "device dma/fpga", false, "kernel host only; no DMA engine or PipeDevice card here");
	snprintf(why, sizeof(why), "vm.nr_hugepages=%ld (pdd grows and gives back the pool itself)",
		 hp ? atol(hp) : -1L);
	line(c, "hugepages", hp != NULL, why);
	free(hp);
	line(c, "root", !geteuid(), geteuid() ? "needed for namespaces and cgroups" : "yes");
	line(c, "cgroup v1 cpuset+cpuacct", !access("/sys/fs/cgroup/cpuacct/cpuacct.usage", F_OK),
	     "exact per-container CPU (cpuacct.usage) and pinning (cpuset)");
	line(c, "cgroup v2", !access("/sys/fs/cgroup/unified/cgroup.procs", F_OK) ||
				     !access("/sys/fs/cgroup/cgroup.procs", F_OK),
	     "cpu.stat usage_usec (fallback)");
	line(c, "netns", !access("/proc/self/ns/net", F_OK), "ip netns + veth from 198.18.0.0/15");
	{
		char *argv[] = { "docker", "info", NULL };
		bool ok = !pdb_run_cmd(argv, true);

		line(c, "runtime docker", ok, ok ? "docker info works" : "'docker info' failed: no engine");
	}
	tool(c, "iperf3", "tcp cpu");
	tool(c, "sockperf", "tcp latency");
	tool(c, "ib_write_bw", "rdma (perftest)");
	tool(c, "ibv_devices", "RDMA device list");
	tool(c, "gnuplot", "pdbench plot");
	tool(c, "perf", "hardware counters (env.json)");
	tool(c, "pdd", "pd driver daemon");
	tool(c, "pd_stream", "pd streams; --kernel for tcp scale");
	tool(c, "pd_rr", "pd latency");
	tool(c, "pdb_tcpstream", "tcp scale when pd_stream is missing");
	tool(c, "pdb_ff", "freeflow-model");
	tool(c, "pdb_shm", "shm upper bound");
	return 0;
}
