#!/usr/bin/env bats
# pdbench CLI: help, bad usage (exit 2, one line), dry-run plans, doctor.
# Nothing here creates namespaces or runs traffic (see pdbench-run.bats).

bats_require_minimum_version 1.5.0

setup() {
	PDB=${PD_BUILD:-$BATS_TEST_DIRNAME/../../build}/bin/pdbench
	[ -x "$PDB" ] || skip "pdbench not built"
	cd "${PD_ROOT:-$BATS_TEST_DIRNAME/../..}"
	TMP=$(mktemp -d)
}

teardown() {
	[ -n "${TMP:-}" ] && rm -rf "$TMP"
}

# bad usage: exit 2 and exactly one line on stderr, nothing on stdout
bad() {
	run --separate-stderr "$PDB" "$@"
	[ "$status" -eq 2 ] || { echo "exit $status for: $*"; return 1; }
	[ -z "$output" ] || { echo "stdout not empty: $output"; return 1; }
	[ "$(printf '%s\n' "$stderr" | wc -l)" -eq 1 ] || { echo "stderr: $stderr"; return 1; }
	[[ "$stderr" == pdbench:* ]]
}

@test "help: --help and help list every subcommand" {
	run "$PDB" --help
	[ "$status" -eq 0 ]
	for c in doctor cpu scale latency plot report cleanup stack; do
		[[ "$output" == *"$c"* ]] || { echo "missing $c"; false; }
	done
	run "$PDB" help
	[ "$status" -eq 0 ]
}

@test "help: every subcommand has its own help from the option table" {
	for c in doctor cpu scale latency plot report cleanup stack; do
		run "$PDB" help "$c"
		[ "$status" -eq 0 ]
		[[ "$output" == *"usage: pdbench $c"* ]]
		run "$PDB" "$c" --help
		[ "$status" -eq 0 ]
	done
	run "$PDB" help cpu
	[[ "$output" == *"--targets LIST"* ]]
	[[ "$output" == *"--dry-run"* ]]
	[[ "$output" != *"--from"* ]]
	run "$PDB" help scale
	[[ "$output" == *"--from N"* ]]
}

@test "usage: no subcommand, unknown subcommand, unknown option exit 2" {
	run "$PDB"
	[ "$status" -eq 2 ]
	bad frobnicate
	bad help frobnicate
	bad cpu --bogus
	bad cpu -x
	bad cpu extra-argument
}

@test "usage: bad values are rejected with the option named" {
	bad cpu --target 80X
	[[ "$stderr" == *"--target"* ]]
	bad cpu --targets 20G,,x
	bad cpu --target 10G --targets 20G
	bad cpu --msg-size 12Q
	bad cpu --msg-size 0
	bad cpu --duration 0s
	bad cpu --duration forever
	bad cpu --repeat 0
	bad cpu --repeat -3
	bad cpu --device quantum
	bad cpu --runtime lxc
	bad scale --from 512 --conns 128
	bad scale --target 10G
	bad cpu --duration
	bad cpu --json=yes
	bad cpu --transports tcp,carrier-pigeon
	[[ "$stderr" == *"carrier-pigeon"* ]]
	bad plot
}

@test "dry-run cpu: the whole plan, nothing created" {
	before=$(ip netns list 2>/dev/null | grep -c '^pdb-' || true)
	run "$PDB" cpu --target 80G --duration 3s --dry-run --out "$TMP/run"
	[ "$status" -eq 0 ]
	[[ "$output" == *"containers (runtime netns"* ]]
	[[ "$output" == *"cpus 0"* ]]
	[[ "$output" == *"198.18.0.2"* ]]
	[[ "$output" == *"iperf3 -s"* ]]
	[[ "$output" == *"iperf3 -c 198.18.0.2"*"-b 80000000000"* ]]
	[[ "$output" == *"pdb_ff router"* ]]
	[[ "$output" == *"rdma: skipped: no RDMA device"* ]]
	[[ "$output" == *"pdb_shm send"* ]]
	# pd: either its commands (pdd alone on the device CPU, busy polling) or why it cannot run
	[[ "$output" == *"pdd --socket"*"--workers 1 --cpus 0"*"--poll busy"* || "$output" == *"pd: skipped:"* ]]
	[[ "$output" == *"placements ("*"device "*"unpinned "* ]]
	[ ! -e "$TMP/run" ]
	after=$(ip netns list 2>/dev/null | grep -c '^pdb-' || true)
	[ "$before" -eq "$after" ]
}

@test "dry-run scale: how pd's rings are sized is printed" {
	run "$PDB" scale --conns 4096 --dry-run --transports tcp,pd
	[ "$status" -eq 0 ]
	[[ "$output" == *"scale: pd with pdd's default rings"* ]]
	[[ "$output" == *"with 128 connections"* ]]
	[[ "$output" == *"with 4096 connections"* ]]
	[[ "$output" == *"--conns 4096"* ]]
}

@test "dry-run latency and cleanup" {
	run "$PDB" latency --dry-run --transports tcp,freeflow,rdma
	[ "$status" -eq 0 ]
	[[ "$output" == *"sockperf pp --tcp -i 198.18.0.2"* ]]
	[[ "$output" == *"pdb_ff pong --shm"* ]]
	[[ "$output" == *"pdb_ff ping --shm"* ]]
	[[ "$output" == *"rdma: skipped: no RDMA device"* ]]
	run "$PDB" cleanup --dry-run
	[ "$status" -eq 0 ]
}

@test "runtime docker: skipped with the reason where docker info fails" {
	docker info >/dev/null 2>&1 && skip "docker works here"
	run "$PDB" cpu --runtime docker --target 1G --transports tcp --dry-run
	[ "$status" -eq 0 ]
	[[ "$output" == *"tcp: skipped: runtime docker: 'docker info' failed"* ]]
}

@test "doctor: says what runs and why not, also as JSON" {
	run "$PDB" doctor
	[ "$status" -eq 0 ]
	[[ "$output" == *"tcp (cpu)"* ]]
	if ! ibv_devices 2>/dev/null | grep -q '^ *[a-z]'; then
		[[ "$output" == *"rdma (cpu)"*"no RDMA device"* ]]
	fi
	run "$PDB" doctor --json
	[ "$status" -eq 0 ]
	echo "$output" | jq -e -s 'length > 10 and all(has("item") and has("ok") and has("detail"))'
}

@test "plot and report: missing inputs fail cleanly" {
	run "$PDB" plot "$TMP/nope.csv"
	[ "$status" -eq 1 ]
	printf 'a,b\n1,2\n' > "$TMP/x.csv"
	run "$PDB" plot "$TMP/x.csv"
	[ "$status" -eq 1 ]
	[[ "$output" == *"not a cpu, scale or latency result"* ]]
	run "$PDB" report "$TMP/does-not-exist"
	[ "$status" -eq 1 ]
}
