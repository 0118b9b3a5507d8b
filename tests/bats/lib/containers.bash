# containers.bash - throw-away "containers" for bats tests and benchmark scripts.
#
# A container here is a network namespace plus a cgroup (cgroup v1 cpuset + cpuacct
# where those are mounted separately under /sys/fs/cgroup/{cpuset,cpuacct}, else
# cgroup v2; the memory cgroup is left alone: the machine's own processes live
# there).  Containers are joined by veth pairs addressed from 198.18.0.0/15, the
# range reserved for benchmarking.  Every object is named with a prefix that
# encodes the creating process id ("pdt<pid>-"), so a run killed before its
# teardown can be cleaned up later by ctr_cleanup_stale.
#
#   source tests/bats/lib/containers.bash
#   ctr_init                    # once per test (setup): prefix, cgroup layout, stale cleanup
#   ctr_create a; ctr_create b  # namespaces + cgroups, loopback up
#   ctr_link a b                # veth pair; a gets 198.18.N.1/24, b 198.18.N.2/24
#   addr=$(ctr_addr a)          # a's address on that link
#   ctr_exec b ping -c1 "$addr" # run a command inside b (netns + cgroup), wait for it
#   ctr_spawn a LOG cmd         # start one in the background, output to LOG; pid in CTR_SPAWN_PID
#   wait_for 5 test -S "$sock"  # poll a condition, bounded
#   ctr_teardown                # teardown: kill everything, remove veths, netns, cgroups
#
# All functions return non-zero with a message on stderr when something fails, and
# are safe under `set -e` (bats runs tests and teardown with errexit).

# wait_for SECONDS CMD [ARGS...]: run CMD every 20 ms until it succeeds; fail with a
# message naming the condition after SECONDS.
wait_for() {
	local secs=$1; shift
	local deadline=$((SECONDS + secs)) # bash's SECONDS: whole seconds, so up to +1 s
	local end_ns=$(( $(date +%s%N) + secs * 1000000000 ))
	while :; do
		"$@" >/dev/null 2>&1 && return 0
		if [ "$(date +%s%N)" -ge "$end_ns" ] || [ "$SECONDS" -gt "$deadline" ]; then
			echo "wait_for: timed out after ${secs}s waiting for: $*" >&2
			return 1
		fi
		sleep 0.02
	done
}

# ctr_init: choose the name prefix and the cgroup layout; remove what dead runs left.
ctr_init() {
	if [ "$(id -u)" -ne 0 ]; then
		echo "containers: needs root (network namespaces, cgroups)" >&2
		return 1
	fi
	command -v ip >/dev/null || { echo "containers: ip (iproute2) not installed" >&2; return 1; }
	CTR_PID=${BASHPID:-$$}
	CTR_PREFIX="pdt${CTR_PID}-"
	CTR_STATE=$(mktemp -d "${TMPDIR:-/tmp}/pdt-state.XXXXXX") || return 1
	CTR_LINKS=0
	# CTR_CGROUP=v1|v2 forces a layout (the foundation test exercises both where the
	# machine has both); by default v1 cpuset+cpuacct when mounted separately, else v2.
	local want=${CTR_CGROUP:-auto}
	if [ "$want" != v2 ] && [ -f /sys/fs/cgroup/cpuset/cpuset.cpus ] &&
		[ -f /sys/fs/cgroup/cpuacct/cpuacct.usage ]; then
		CTR_CGMODE=v1
		CTR_CGROOTS=(/sys/fs/cgroup/cpuset /sys/fs/cgroup/cpuacct)
	elif [ "$want" = v1 ]; then
		echo "containers: CTR_CGROUP=v1 but cpuset and cpuacct are not mounted separately" >&2
		return 1
	elif [ -f /sys/fs/cgroup/cgroup.controllers ]; then
		CTR_CGMODE=v2
		CTR_CGROOTS=(/sys/fs/cgroup)
	elif [ -f /sys/fs/cgroup/unified/cgroup.controllers ]; then
		CTR_CGMODE=v2
		CTR_CGROOTS=(/sys/fs/cgroup/unified)
	else
		CTR_CGMODE=none
		CTR_CGROOTS=()
	fi
	ctr_cleanup_stale
}

_ctr_need_init() {
	[ -n "${CTR_PREFIX:-}" ] || { echo "containers: call ctr_init first" >&2; return 1; }
}

_ctr_ns() { echo "${CTR_PREFIX}$1"; }

# ctr_cgroup_dirs NAME: the container's cgroup directories, one a line
ctr_cgroup_dirs() {
	local r
	for r in "${CTR_CGROOTS[@]}"; do echo "$r/${CTR_PREFIX}$1"; done
}

# ctr_create NAME [CPUS]: network namespace + cgroup; CPUS pins it (cpuset list, v1 only)
ctr_create() {
	_ctr_need_init || return 1
	local name=$1 cpus=${2:-} ns d
	case "$name" in
	''|*[!a-zA-Z0-9_]*) echo "ctr_create: bad container name '$name' (letters, digits, _)" >&2; return 1 ;;
	esac
	ns=$(_ctr_ns "$name")
	ip netns add "$ns" || { echo "ctr_create: ip netns add $ns failed" >&2; return 1; }
	echo "$name" >>"$CTR_STATE/containers"
	ip -n "$ns" link set lo up || return 1
	while read -r d; do
		mkdir "$d" || { echo "ctr_create: mkdir $d failed" >&2; return 1; }
		if [ -f "$d/cpuset.cpus" ]; then
			# A new v1 cpuset starts empty: it takes no task until cpus and mems are set.
			if [ -n "$cpus" ]; then
				echo "$cpus" >"$d/cpuset.cpus" || return 1
			else
				cat "$(dirname "$d")/cpuset.cpus" >"$d/cpuset.cpus" || return 1
			fi
			cat "$(dirname "$d")/cpuset.mems" >"$d/cpuset.mems" || return 1
		fi
	done < <(ctr_cgroup_dirs "$name")
}

# ctr_link A B: veth pair between containers A and B, addresses 198.18.N.1/24 (A)
# and 198.18.N.2/24 (B), N counting links of this run from 1.
ctr_link() {
	_ctr_need_init || return 1
	local a=$1 b=$2 n va vb
	CTR_LINKS=$(( $(cat "$CTR_STATE/links" 2>/dev/null || echo 0) + 1 ))
	n=$CTR_LINKS
	[ "$n" -le 250 ] || { echo "ctr_link: too many links" >&2; return 1; }
	echo "$n" >"$CTR_STATE/links"
	# Interface names are at most 15 bytes: "pt<pid>-<n>a".
	va="pt${CTR_PID}-${n}a" vb="pt${CTR_PID}-${n}b"
	ip link add "$va" type veth peer name "$vb" || { echo "ctr_link: ip link add $va failed" >&2; return 1; }
	ip link set "$va" netns "$(_ctr_ns "$a")" &&
	ip link set "$vb" netns "$(_ctr_ns "$b")" &&
	ip -n "$(_ctr_ns "$a")" addr add "198.18.$n.1/24" dev "$va" &&
	ip -n "$(_ctr_ns "$b")" addr add "198.18.$n.2/24" dev "$vb" &&
	ip -n "$(_ctr_ns "$a")" link set "$va" up &&
	ip -n "$(_ctr_ns "$b")" link set "$vb" up || {
		echo "ctr_link: configuring $va/$vb failed" >&2
		ip link del "$va" 2>/dev/null
		return 1
	}
	echo "198.18.$n.1" >"$CTR_STATE/addr.$a"
	echo "198.18.$n.2" >"$CTR_STATE/addr.$b"
	# The link is usable once both ends are up (veth carrier follows the peer).
	wait_for 5 _ctr_link_up "$a" "$va" && wait_for 5 _ctr_link_up "$b" "$vb"
}

_ctr_link_up() {
	ip -n "$(_ctr_ns "$1")" -o link show "$2" | grep -q 'state UP'
}

# ctr_addr NAME: the container's address on its latest link
ctr_addr() {
	cat "$CTR_STATE/addr.$1" 2>/dev/null || { echo "ctr_addr: $1 has no link" >&2; return 1; }
}

# ctr_netns NAME: the namespace's name (for ip -n / ip netns exec)
ctr_netns() { _ctr_ns "$1"; }

# ctr_netns_inode NAME: the inode that identifies the namespace (what pdd keys containers by)
ctr_netns_inode() { stat -L -c %i "/run/netns/$(_ctr_ns "$1")"; }

# ctr_exec NAME CMD [ARGS...]: run CMD inside the container (its netns and cgroup) and
# return its exit status.  The process joins the cgroup before it execs CMD.
ctr_exec() {
	_ctr_need_init || return 1
	local name=$1; shift
	local procs=() d
	while read -r d; do procs+=("$d/cgroup.procs"); done < <(ctr_cgroup_dirs "$name")
	# Join the cgroup first, then enter the namespace: ip netns exec remounts /sys,
	# and the cgroup hierarchies are not visible inside.
	PDT_PROCS="${procs[*]}" /bin/sh -c '
		for f in $PDT_PROCS; do echo $$ >"$f" || exit 125; done
		unset PDT_PROCS
		exec ip netns exec "$@"' pdt-exec "$(_ctr_ns "$name")" "$@"
}

# ctr_spawn NAME LOGFILE CMD [ARGS...]: start CMD inside the container in the
# background, stdout and stderr to LOGFILE; sets CTR_SPAWN_PID to its pid (the pid of
# CMD itself: the shell and ip netns exec both exec into it).  Call it directly, not
# in $(...), so the process is this shell's child and `wait` gets its exit status.
ctr_spawn() {
	_ctr_need_init || return 1
	local name=$1 log=$2; shift 2
	local procs=() d
	while read -r d; do procs+=("$d/cgroup.procs"); done < <(ctr_cgroup_dirs "$name")
	# fd 3 is bats' output channel: a background child holding it would block bats.
	PDT_PROCS="${procs[*]}" /bin/sh -c '
		for f in $PDT_PROCS; do echo $$ >"$f" || exit 125; done
		unset PDT_PROCS
		exec ip netns exec "$@"' pdt-spawn "$(_ctr_ns "$name")" "$@" >"$log" 2>&1 3>&- </dev/null &
	CTR_SPAWN_PID=$!
	echo "$CTR_SPAWN_PID" >>"$CTR_STATE/pids"
}

# ctr_gone PID: true once PID has exited (for wait_for)
ctr_gone() {
	! kill -0 "$1" 2>/dev/null
}

# ctr_pids NAME: processes in the container (its cgroup, and its namespace)
ctr_pids() {
	local d
	{
		while read -r d; do cat "$d/cgroup.procs" 2>/dev/null; done < <(ctr_cgroup_dirs "$1")
		ip netns pids "$(_ctr_ns "$1")" 2>/dev/null
	} | sort -un
}

# ctr_has_pid NAME PID: true when PID is in the container (for wait_for)
ctr_has_pid() {
	ctr_pids "$1" | grep -qx "$2"
}

# _ctr_remove PREFIX: kill the processes of every container with this prefix and remove
# the namespaces, veths and cgroup directories.  Never fails; reports what it could not do.
_ctr_remove() {
	local pfx=$1 ns r d pids left=0 i
	local nss=() dirs=()
	while read -r ns; do nss+=("$ns"); done < <(ip netns list 2>/dev/null | awk '{print $1}' | grep "^$pfx" || true)
	for r in /sys/fs/cgroup/cpuset /sys/fs/cgroup/cpuacct /sys/fs/cgroup /sys/fs/cgroup/unified; do
		[ -d "$r" ] || continue
		for d in "$r/$pfx"*; do [ -d "$d" ] && dirs+=("$d"); done
	done
	# Kill until nothing is left: a dying process may have started a child.
	for i in 1 2 3 4 5 6 7 8 9 10; do
		pids=$({
			for ns in "${nss[@]}"; do ip netns pids "$ns" 2>/dev/null; done
			for d in "${dirs[@]}"; do cat "$d/cgroup.procs" 2>/dev/null; done
		} | sort -un)
		[ -z "$pids" ] && break
		# shellcheck disable=SC2086
		kill -9 $pids 2>/dev/null || true
		sleep 0.05
	done
	for ns in "${nss[@]}"; do
		ip netns del "$ns" 2>/dev/null || { echo "containers: could not delete netns $ns" >&2; left=1; }
	done
	# veths die with their namespace; a host-side end left by a failed ctr_link does not.
	while read -r d; do
		ip link del "$d" 2>/dev/null || true
	done < <(ip -o link show 2>/dev/null | awk -F': ' '{print $2}' | sed 's/@.*//' | grep "^pt${pfx#pdt}" || true)
	for d in "${dirs[@]}"; do
		# rmdir fails while a task is still exiting: retry briefly.
		for i in $(seq 1 100); do
			rmdir "$d" 2>/dev/null && break
			[ -d "$d" ] || break
			sleep 0.02
		done
		[ -d "$d" ] && { echo "containers: could not remove cgroup $d" >&2; left=1; }
	done
	return $left
}

# ctr_teardown: remove everything this run created (call from bats teardown; safe to
# call twice, and after a failed or partial setup).
ctr_teardown() {
	[ -n "${CTR_PREFIX:-}" ] || return 0
	local pid rc=0 pids=()
	if [ -r "$CTR_STATE/pids" ]; then
		while read -r pid; do pids+=("$pid"); kill -9 "$pid" 2>/dev/null || true; done <"$CTR_STATE/pids"
	fi
	_ctr_remove "$CTR_PREFIX" || rc=1
	# Reap what we spawned (only that: the caller may have other children, e.g. pdd).
	# (bash reports a killed job on the shell's stderr while reaping it: silence that)
	for pid in "${pids[@]}"; do { wait "$pid"; } 2>/dev/null || true; done
	rm -rf "$CTR_STATE"
	return $rc
}

# ctr_cleanup_stale: remove containers of runs whose process is gone (killed before
# their teardown).  Only names of our own form are touched.
ctr_cleanup_stale() {
	local name pid seen=" "
	while read -r name; do
		pid=${name#pdt}; pid=${pid%%-*}
		case "$pid" in ''|*[!0-9]*) continue ;; esac
		[ -d "/proc/$pid" ] && continue
		case "$seen" in *" $pid "*) continue ;; esac
		seen="$seen$pid "
		_ctr_remove "pdt${pid}-" || true
	done < <({
		ip netns list 2>/dev/null | awk '{print $1}'
		ls /sys/fs/cgroup/cpuset /sys/fs/cgroup/cpuacct /sys/fs/cgroup /sys/fs/cgroup/unified 2>/dev/null
		ip -o link show 2>/dev/null | awk -F': ' '{print $2}' | sed -n 's/^pt\([0-9]*\)-.*/pdt\1-/p'
	} | grep -E '^pdt[0-9]+-' | sort -u)
}
