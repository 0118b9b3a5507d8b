#!/usr/bin/env bats
# Description: end to end, issue 2's acceptance: pdd on the host, pd_stream server and
# client in two containers (network namespace + cgroup, veth from 198.18.0.0/15), the
# BSD and zero-copy APIs at 1 and 1024 connections with verification; a client killed
# mid-stream is cleaned up (server keeps running, the container's memory returns, a new
# connection works); a bind to an address the container does not have fails.

load lib/common
load lib/pdd

setup() {
	pd_e2e_setup pd_stream
}

teardown() {
	pd_e2e_teardown
}

# stream API CONNS: one verified 2-second stream from b to a, checked on both sides
stream() {
	pd_stream_verified "$1" "$2" 64K 20
	# Everything was given back once both sides closed.
	wait_for 10 mem_released a
	wait_for 10 mem_released b
}

@test "pd_stream bsd, 1 connection: verified, bytes equal on both sides" {
	stream bsd 1
}

@test "pd_stream bsd, 64 connections, requests over the control socket (PD_CTL=socket): verified" {
	pdd_stop
	pdd_start --verbose # logs every request, those served from the slot with "(slot)"
	export PD_CTL=socket
	stream bsd 64
	n=$(grep -c ': CONNECT sd [0-9]* -> 0$' "$DIR/pdd.log" || true)
	echo "CONNECTs over the control socket: $n"
	[ "$n" -ge 64 ]
	! grep -q " (slot)$" "$DIR/pdd.log"
}

@test "requests go through the shared-memory control slot by default, logged with (slot)" {
	pdd_stop
	pdd_start --verbose
	stream bsd 8
	n=$(grep -c ': CONNECT sd [0-9]* -> 0 (slot)$' "$DIR/pdd.log" || true)
	echo "CONNECTs through the slot: $n"
	[ "$n" -ge 8 ]
	! grep -q ': CONNECT sd [0-9]* -> 0$' "$DIR/pdd.log"
}

@test "pd_stream zc, 1 connection: verified, bytes equal on both sides" {
	stream zc 1
}

@test "pd_stream bsd, 1024 connections: verified, bytes equal on both sides" {
	stream bsd 1024
}

@test "pd_stream zc, 1024 connections: verified, bytes equal on both sides" {
	stream zc 1024
}

@test "kill -9 of the client mid-stream: server keeps running, memory returns, next connection works" {
	ctr_spawn a "$DIR/server.json" pd_stream server --bind "$A:5000" --verify --json
	spid=$CTR_SPAWN_PID
	wait_for 10 listening a
	ctr_spawn b "$DIR/client-killed.json" pd_stream client --connect "$A:5000" --conns 4 \
		--msg-size 64K --duration 30 --verify --json
	cpid=$CTR_SPAWN_PID
	wait_for 10 copying b
	kill -9 "$cpid"
	wait "$cpid" 2>/dev/null || true
	# pdd resets the dead process's sockets and frees its rings.
	wait_for 10 mem_released b
	# The server saw end-of-stream or a reset on those connections, and is still there.
	wait_for 10 grep -qiE 'reset by peer|ECONNRESET|end[- ]of[- ]stream|EOF' "$DIR/server.json"
	kill -0 "$spid"
	run ctr_exec b pd_stream client --connect "$A:5000" --conns 1 --msg-size 64K \
		--duration 1 --verify --json
	echo "$output" >"$DIR/client-after.json"
	[ "$status" -eq 0 ]
	json_ok "$DIR/client-after.json"
	[ "$(json_field "$DIR/client-after.json" bytes)" -gt 0 ]
	kill -0 "$spid"
	wait_for 10 mem_released b
}

@test "bind to an address the container does not have fails with EADDRNOTAVAIL" {
	# b's address exists, but in b's namespace, not in a's.
	B=$(ctr_addr b)
	run ctr_exec a pd_stream server --bind "$B:5000" --json --once
	[ "$status" -ne 0 ]
	[[ "$output" == *EADDRNOTAVAIL* ]] || [[ "$output" == *"Cannot assign requested address"* ]]
	# An address from the benchmark range that nobody has fails the same way.
	run ctr_exec a pd_stream server --bind "198.19.255.254:5000" --json --once
	[ "$status" -ne 0 ]
	[[ "$output" == *EADDRNOTAVAIL* ]] || [[ "$output" == *"Cannot assign requested address"* ]]
	# And pdd is unharmed.
	pdd_ready
}
