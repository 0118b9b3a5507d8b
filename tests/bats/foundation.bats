#!/usr/bin/env bats
# Description: the test foundation itself: container helpers (tests/bats/lib/containers.bash),
# wait_for, configure and scripts/run-tests.

load lib/common

setup() {
	pd_require_root
	ctr_init
}

teardown() {
	ctr_teardown
}

# What a prefix left behind: namespaces, links, cgroup directories.
leftovers() {
	local pfx=$1
	ip netns list | awk '{print $1}' | grep "^$pfx" || true
	ip -o link show | awk -F': ' '{print $2}' | grep "^pt${pfx#pdt}" || true
	ls -d /sys/fs/cgroup/cpuset/"$pfx"* /sys/fs/cgroup/cpuacct/"$pfx"* \
		/sys/fs/cgroup/"$pfx"* /sys/fs/cgroup/unified/"$pfx"* 2>/dev/null || true
}

@test "two containers ping each other across their veth" {
	ctr_create a
	ctr_create b
	ctr_link a b
	a=$(ctr_addr a)
	b=$(ctr_addr b)
	[[ "$a" == 198.18.* ]] && [[ "$b" == 198.18.* ]]
	run ctr_exec b ping -c 1 -W 2 "$a"
	[ "$status" -eq 0 ]
	run ctr_exec a ping -c 1 -W 2 "$b"
	[ "$status" -eq 0 ]
	# The host's namespace cannot reach them: traffic stays in namespaces we made.
	run ip -o addr show to "$a/32"
	[ -z "$output" ]
}

@test "a command run in a container is in its namespace and its cgroup" {
	ctr_create a
	ns_ino=$(ctr_netns_inode a)
	run ctr_exec a stat -L -c %i /proc/self/ns/net
	[ "$status" -eq 0 ]
	[ "$output" = "$ns_ino" ]
	run ctr_exec a cat /proc/self/cgroup
	[ "$status" -eq 0 ]
	case "$CTR_CGMODE" in
	v1) [[ "$output" == *"cpuset:/${CTR_PREFIX}a"* ]]
	    [[ "$output" == *"cpuacct:/${CTR_PREFIX}a"* ]] ;;
	v2) [[ "$output" == *"0::/${CTR_PREFIX}a"* ]] ;;
	esac
	# Exit status passes through.
	run ctr_exec a sh -c 'exit 7'
	[ "$status" -eq 7 ]
}

@test "cgroup v2 layout: the command lands in the v2 group, teardown removes it" {
	[ -f /sys/fs/cgroup/cgroup.controllers ] || [ -f /sys/fs/cgroup/unified/cgroup.controllers ] ||
		skip "no cgroup v2 hierarchy on this machine"
	ctr_teardown
	CTR_CGROUP=v2 ctr_init
	[ "$CTR_CGMODE" = v2 ]
	ctr_create a
	run ctr_exec a cat /proc/self/cgroup
	[ "$status" -eq 0 ]
	[[ "$output" == *"0::/${CTR_PREFIX}a"* ]]
	ctr_spawn a "$BATS_TEST_TMPDIR/sleep.log" sleep 600
	wait_for 5 ctr_has_pid a "$CTR_SPAWN_PID"
	pfx=$CTR_PREFIX
	ctr_teardown
	[ -z "$(leftovers "$pfx")" ]
}

@test "teardown kills the processes and leaves no namespace, link or cgroup" {
	ctr_create a
	ctr_create b
	ctr_link a b
	ctr_spawn a "$BATS_TEST_TMPDIR/sleep.log" sleep 600
	pid=$CTR_SPAWN_PID
	wait_for 5 ctr_has_pid a "$pid"
	[ -n "$(leftovers "$CTR_PREFIX")" ]
	pfx=$CTR_PREFIX
	ctr_teardown
	ctr_gone "$pid"
	[ -z "$(leftovers "$pfx")" ]
	# A second teardown is harmless.
	ctr_teardown
}

@test "what a killed run left behind is removed by the next run" {
	# A run whose shell is gone (here: a subshell that exits without teardown).
	dead_pfx=$(
		ctr_init
		ctr_create x >/dev/null
		ctr_create y >/dev/null
		ctr_link x y >/dev/null
		ctr_spawn x /dev/null sleep 600
		rm -rf "$CTR_STATE"
		echo "$CTR_PREFIX"
	)
	[ -n "$(leftovers "$dead_pfx")" ]
	# Its process is gone once the subshell has exited: the next init cleans up.
	ctr_cleanup_stale
	wait_for 5 test -z "$(leftovers "$dead_pfx")"
}

@test "bad container names are refused" {
	run ctr_create "bad name"
	[ "$status" -ne 0 ]
	[[ "$output" == *"bad container name"* ]]
	run ctr_create ""
	[ "$status" -ne 0 ]
}

@test "wait_for succeeds as soon as the condition holds and fails after its timeout" {
	f="$BATS_TEST_TMPDIR/flag"
	(sleep 0.3; touch "$f") 3>&- &
	start=$(date +%s%N)
	wait_for 5 test -e "$f"
	elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
	[ "$elapsed_ms" -lt 3000 ]
	start=$(date +%s%N)
	run wait_for 1 false
	elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
	[ "$status" -ne 0 ]
	[[ "$output" == *"timed out after 1s"* ]]
	[ "$elapsed_ms" -ge 900 ] && [ "$elapsed_ms" -lt 3000 ]
}

@test "configure writes config.mk and config.h and rejects bad options" {
	tmp="$BATS_TEST_TMPDIR/src"
	mkdir -p "$tmp"
	cp "$PD_ROOT/configure" "$tmp/"
	run "$tmp/configure" --prefix /opt/pd
	[ "$status" -eq 0 ]
	[[ "$output" == *"checking for ASan+UBSan"* ]]
	grep -qx 'PREFIX := /opt/pd' "$tmp/config.mk"
	grep -qE '^HAVE_CMOCKA := [01]$' "$tmp/config.mk"
	grep -qE '^#define CONFIG_HAVE_VERILATOR [01]$' "$tmp/build/gen/config.h"
	[ -s "$tmp/config.log" ]
	run "$tmp/configure" --no-such-option
	[ "$status" -eq 2 ]
	[[ "$output" == *"unknown option"* ]]
	# A compiler that does not work is an error, not a silent "no".
	run env CC=/bin/false "$tmp/configure" --quiet
	[ "$status" -ne 0 ]
	[[ "$output" == *"no working C compiler"* ]]
}

@test "run-tests counts TAP lines and exit codes and prints the summary last" {
	d="$BATS_TEST_TMPDIR/rt"
	mkdir -p "$d/bin"
	printf '#!/bin/sh\nexit 0\n' >"$d/pass"
	printf '#!/bin/sh\nexit 1\n' >"$d/fail"
	printf '#!/bin/sh\nexit 77\n' >"$d/skip"
	printf '#!/bin/sh\necho 1..3; echo ok 1 a; echo "not ok 2 b"; echo "ok 3 c # skip no"\n' >"$d/tap"
	printf '#!/bin/sh\necho 1..1; echo ok 1 a; exit 3\n' >"$d/crash"
	chmod +x "$d"/pass "$d"/fail "$d"/skip "$d"/tap "$d"/crash
	printf '%s\n' "$d/pass" "$d/fail" "$d/skip" "$d/tap" "$d/crash" >"$d/list"
	run "$PD_ROOT/scripts/run-tests" --build "$d" --list "$d/list"
	[ "$status" -ne 0 ]
	[ "${lines[-1]}" = "3 passed, 3 failed, 2 skipped" ]
	printf '%s\n' "$d/pass" "$d/skip" >"$d/list2"
	run "$PD_ROOT/scripts/run-tests" --build "$d" --list "$d/list2"
	[ "$status" -eq 0 ]
	[ "${lines[-1]}" = "1 passed, 0 failed, 1 skipped" ]
}

@test "install-deps: everything it lists is installed (make check ran it), bad options refused" {
	command -v dpkg-query >/dev/null || skip "not a Debian system"
	run "$PD_ROOT/scripts/install-deps" --check
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	run "$PD_ROOT/scripts/install-deps" --no-such-option
	[ "$status" -eq 2 ]
	[[ "$output" == *"unknown option"* ]]
}

@test "run-benches runs each benchmark, shows its output and fails on a failed one" {
	d="$BATS_TEST_TMPDIR/rb"
	mkdir -p "$d"
	printf '#!/bin/sh\necho figure 42\n' >"$d/good"
	printf '#!/bin/sh\necho broken; exit 3\n' >"$d/bad"
	chmod +x "$d/good" "$d/bad"
	run "$PD_ROOT/scripts/run-benches" "$d" "$d/good"
	[ "$status" -eq 0 ]
	[[ "$output" == *"figure 42"* ]]
	run "$PD_ROOT/scripts/run-benches" "$d" "$d/good" "$d/bad"
	[ "$status" -ne 0 ]
	[[ "$output" == *"FAILED, exit 3"* ]]
}

@test "make bench is pdbench stack: --help tells the truth; bad options are refused before anything starts" {
	pdb="${PD_BUILD:-$PD_ROOT/build}/bin/pdbench"
	[ -x "$pdb" ] || skip "pdbench not built"
	grep -q 'pdbench" stack' "$PD_ROOT/bench/stack/stack"
	run "$pdb" stack --help
	[ "$status" -eq 0 ]
	[[ "$output" == *"--duration"* && "$output" == *"--repeat"* && "$output" == *"--dry-run"* ]]
	[[ "$output" != *"--targets"* ]]
	run "$pdb" stack --targets 10G
	[ "$status" -eq 2 ]
	run "$pdb" stack --duration 0
	[ "$status" -eq 2 ]
	run "$pdb" stack --frobnicate
	[ "$status" -eq 2 ]
	# the plan: pdd alone on the device's CPU, the floors, the connect rate of both
	run "$pdb" stack --dry-run
	[ "$status" -eq 0 ]
	[[ "$output" == *"throughput, pd, device placement"* ]]
	[[ "$output" == *"connect_rate, tcp, unpinned placement"*"--kernel"* ]]
	[[ "$output" == *"handoff --cpu"* && "$output" == *"memcpy_bw --size 4M"* ]]
}
