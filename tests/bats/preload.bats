#!/usr/bin/env bats
# preload.bats - unmodified programs over PipeDevice through libpd_preload.so:
# pdd on the host, two containers a and b (network namespace + cgroup, a veth
# from 198.18.0.0/15).  That a connection went over PD is read from pdd's
# counters (bytes_copied), not from the programs; a program that passes on the
# kernel alone (pl_mix) passes under the shim too.

load lib/common
load lib/pdd

setup() {
	SHIM=$PD_BUILD/lib/libpd_preload.so
	[ -f "$SHIM" ] || skip "libpd_preload.so is not built"
	pd_e2e_setup
	# A sanitizer build of the shim needs its runtime loaded first; the programs'
	# own leaks are not the shim's to report.
	PRELOAD=$SHIM
	if asan=$(ldd "$SHIM" | awk '/libasan/ { print $3 }') && [ -n "$asan" ]; then
		PRELOAD="$asan $SHIM"
		export ASAN_OPTIONS=detect_leaks=0
	fi
	PORT=$((20000 + RANDOM % 20000))
}

teardown() {
	pd_e2e_teardown
}

copied() { stats | jq -r .bytes_copied; }

# shim CTR LOG CMD...: CMD in container CTR under the shim, in the background
shim_spawn() {
	local c=$1 log=$2
	shift 2
	ctr_spawn "$c" "$log" env LD_PRELOAD="$PRELOAD" "$@"
}

# in_ctr CTR CMD...: for `run`: CMD in container CTR under the shim, bounded
in_ctr() {
	local c=$1
	shift
	ctr_exec "$c" timeout 60 env LD_PRELOAD="$PRELOAD" "$@"
}

# kernel_listening CTR PORT: a TCP listener on PORT in CTR (the kernel's side of a dual listener)
kernel_listening() {
	ip netns exec "$(ctr_netns "$1")" ss -Hltn "sport = :$2" | grep -q LISTEN
}

@test "pl_mix on the kernel alone (the control: the program itself is right)" {
	run ctr_exec a timeout 60 "$PD_BUILD/tests/pd/pl_mix"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"checks passed"* ]]
}

@test "pl_mix under the shim: epoll/poll/select over PD and kernel sockets, fork, dup, exec, sendfile; loopback over PD" {
	before=$(copied)
	PD_PRELOAD_LOG=1 run in_ctr a "$PD_BUILD/tests/pd/pl_mix"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"checks passed"* ]]
	# the dual listener's connections went over PD, the raw listener's over the kernel
	echo "$output" | grep -q 'listen fd [0-9]* 127.0.0.1:[0-9]*: kernel and PD'
	echo "$output" | grep -q 'connect fd [0-9]* to 127.0.0.1:[0-9]*: PD'
	echo "$output" | grep -q 'connect fd [0-9]* to 127.0.0.1:[0-9]*: kernel (PD: Connection refused)'
	echo "$output" | grep -q 'accept on fd [0-9]*: fd [0-9]* over PD'
	after=$(copied)
	echo "bytes copied by the device: $((after - before))"
	[ $((after - before)) -ge 1048576 ] # the sendfile'd MiB at least
}

# iperf3_pd ARGS...: iperf3 server in a, client in b, both under the shim; JSON in $DIR/c.json
iperf3_pd() {
	shim_spawn a "$DIR/s.log" iperf3 -s -1 -p "$PORT" -B "$A"
	spid=$CTR_SPAWN_PID
	wait_for 10 kernel_listening a "$PORT"
	before=$(copied)
	run in_ctr b iperf3 -c "$A" -p "$PORT" -t 2 -J "$@"
	echo "$output" >"$DIR/c.json"
	[ "$status" -eq 0 ] || { cat "$DIR/c.json" "$DIR/s.log"; false; }
	wait_for 10 ctr_gone "$spid"
	after=$(copied)
	bps=$(jq -r '.end.sum_received.bits_per_second' "$DIR/c.json")
	bytes=$(jq -r '.end.sum_received.bytes' "$DIR/c.json")
	retr=$(jq -r '.end.sum_sent.retransmits // 0' "$DIR/c.json")
	cpu=$(jq -r '.end.cpu_utilization_percent.host_total' "$DIR/c.json")
	echo "iperf3 $*: $bps bit/s, $bytes bytes, retransmits $retr, host cpu $cpu %; device copied $((after - before))"
	awk -v b="$bps" 'BEGIN { exit !(b > 1e8) }'
	[ "$retr" -eq 0 ]
	[ "$cpu" != null ]
	[ $((after - before)) -ge "$bytes" ]
}

@test "iperf3 in two containers over the shim: through PD (pdd's counters), JSON sane" {
	pd_require_tool iperf3
	iperf3_pd
}

@test "iperf3 -P 8 over the shim" {
	pd_require_tool iperf3
	iperf3_pd -P 8
	[ "$(jq '.end.streams | length' "$DIR/c.json")" -eq 8 ]
}

@test "iperf3 -R (the server sends) over the shim" {
	pd_require_tool iperf3
	iperf3_pd -R
}

@test "sockperf ping-pong and throughput over the shim" {
	pd_require_tool sockperf
	shim_spawn a "$DIR/sr.log" sockperf sr --tcp -i "$A" -p "$PORT"
	wait_for 10 kernel_listening a "$PORT"
	before=$(copied)
	run in_ctr b sockperf pp --tcp -i "$A" -p "$PORT" -t 2 -m 64
	echo "$output"
	[ "$status" -eq 0 ]
	echo "$output" | grep -q 'Summary: Latency is'
	run in_ctr b sockperf tp --tcp -i "$A" -p "$PORT" -t 2 -m 1024
	echo "$output"
	[ "$status" -eq 0 ]
	echo "$output" | grep -q 'Summary: Message Rate is'
	after=$(copied)
	echo "device copied $((after - before)) bytes"
	[ $((after - before)) -ge 1000000 ]
}

@test "without pdd, programs under the shim keep working over kernel TCP, with one warning each" {
	pd_require_tool iperf3
	export PD_SOCKET=$DIR/no-such.sock
	shim_spawn a "$DIR/s.log" iperf3 -s -1 -p "$PORT" -B "$A"
	spid=$CTR_SPAWN_PID
	wait_for 10 kernel_listening a "$PORT"
	run in_ctr b iperf3 -c "$A" -p "$PORT" -t 1
	echo "$output"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | grep -c 'PipeDevice unavailable')" -eq 1 ]
	wait_for 10 ctr_gone "$spid"
	[ "$(grep -c 'PipeDevice unavailable' "$DIR/s.log")" -eq 1 ]
}

@test "PD_PRELOAD=off: everything goes to the kernel" {
	pd_require_tool iperf3
	before=$(copied)
	export PD_PRELOAD=off
	shim_spawn a "$DIR/s.log" iperf3 -s -1 -p "$PORT" -B "$A"
	spid=$CTR_SPAWN_PID
	wait_for 10 kernel_listening a "$PORT"
	run in_ctr b iperf3 -c "$A" -p "$PORT" -t 1
	[ "$status" -eq 0 ]
	wait_for 10 ctr_gone "$spid"
	[ "$(copied)" -eq "$before" ]
}
