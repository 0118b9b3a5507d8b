// SPDX-License-Identifier: MIT
/*
 * cmd_cleanup.c - pdbench cleanup: remove what a killed run left (network
 * namespaces, veths, cgroups, shared files, hugepages it had grown), found
 * by the "pdb-" prefix pdbench owns.  Runs that are still alive are left alone.
 */
#include <dirent.h>
#include <string.h>
#include <unistd.h>

#include "pdbench.h"

static void list_dir(const char *dir, const char *what)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	while (d && (e = readdir(d)))
		if (!strncmp(e->d_name, PDB_PREFIX, strlen(PDB_PREFIX)))
			printf("would remove %s %s/%s\n", what, dir, e->d_name);
	if (d)
		closedir(d);
}

int pdb_cmd_cleanup(struct pdb_ctx *c)
{
	int n;

	if (c->o.dry_run) {
		list_dir("/run/netns", "netns");
		list_dir("/sys/class/net", "veth");
		list_dir("/sys/fs/cgroup/cpuset", "cgroup");
		list_dir("/sys/fs/cgroup/cpuacct", "cgroup");
		list_dir("/sys/fs/cgroup/unified", "cgroup");
		list_dir("/dev/shm", "file");
		list_dir(PDB_RUNDIR, "state");
		return 0;
	}
	if (geteuid()) {
		fprintf(stderr, "pdbench: cleanup needs root\n");
		return 1;
	}
	n = pdb_cleanup_prefix(PDB_PREFIX, !c->o.quiet && !c->o.json);
	if (c->o.json)
		printf("{\"removed\":%d}\n", n);
	else if (!c->o.quiet)
		printf("cleanup: removed %d object%s\n", n, n == 1 ? "" : "s");
	return 0;
}
