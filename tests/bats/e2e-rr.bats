#!/usr/bin/env bats
# Description: end to end, request/response: pd_rr between two containers through pdd —
# ping-pong latency (sleeping and --busy) gives ordered percentiles from real samples,
# and --connect-rate sets up and tears down connections without leaking sockets or memory.

load lib/common
load lib/pdd

setup() {
	pd_e2e_setup pd_rr
}

teardown() {
	pd_e2e_teardown
}

# sockets_in NAME N: container NAME has exactly N sockets in pdd
sockets_in() {
	local n
	n=$(ctr_field "$1" sockets) || return 1
	[ "${n:-0}" -eq "$2" ]
}

# pingpong [--busy]: 1-second 64-byte ping-pong from b to a; checks the percentiles
pingpong() {
	ctr_spawn a "$DIR/rr-server.log" pd_rr server --bind "$A:5001" --json --once
	spid=$CTR_SPAWN_PID
	wait_for 10 listening a
	run ctr_exec b pd_rr client --connect "$A:5001" --msg-size 64 --duration 1 "$@" --json
	echo "$output" >"$DIR/rr-client.json"
	[ "$status" -eq 0 ]
	json_last "$DIR/rr-client.json" | jq -e '
		.samples > 0 and .p50_us > 0 and .p50_us <= .p90_us and .p90_us <= .p99_us and
		.p99_us <= .p999_us and .p999_us <= .max_us' >/dev/null
	# --once: the server leaves when the client's connection closed.
	wait_for 10 ctr_gone "$spid"
	wait_for 10 mem_released a
	wait_for 10 mem_released b
}

@test "pd_rr ping-pong between containers: samples and ordered percentiles" {
	pingpong
}

@test "pd_rr --busy ping-pong between containers: samples and ordered percentiles" {
	pingpong --busy
}

@test "pd_rr --connect-rate between containers: connections set up and torn down, none leaked" {
	ctr_spawn a "$DIR/cr-server.log" pd_rr server --bind "$A:5002" --json
	wait_for 10 listening a
	run ctr_exec b timeout 60 pd_rr client --connect "$A:5002" --connect-rate --duration 1 --json
	echo "$output" >"$DIR/cr-client.json"
	[ "$status" -eq 0 ]
	json_last "$DIR/cr-client.json" | jq -e '.connect_rate > 0' >/dev/null
	# Every accepted connection was closed: only the listener is left, and the
	# client's container gave back all its ring memory.
	wait_for 10 sockets_in a 1
	wait_for 10 mem_released b
}

# Regression: with the device run inline by two workers (pdd's default below 4 CPUs),
# a worker could go to sleep with a COPY on its queue that the device had not run
# (the other worker held the device when it issued it): the connection stalled until
# something else woke a worker.  It showed about once in five 1-second runs.
@test "pd_rr --connect-rate ten times in a row: none stalls (inline device, two workers)" {
	ctr_spawn a "$DIR/cr-server.log" pd_rr server --bind "$A:5003" --json
	wait_for 10 listening a
	for i in 1 2 3 4 5 6 7 8 9 10; do
		run ctr_exec b timeout 15 pd_rr client --connect "$A:5003" --connect-rate --duration 1 --json
		echo "run $i: status $status: $output"
		[ "$status" -eq 0 ]
	done
}

# pdd dies (kill -9) while one client busy-polls (PD_POLL=busy never sleeps on the
# control socket) and another sleeps: both notice the hang-up and fail with an error
# within seconds instead of waiting for ever.
@test "pdd killed under a busy and a sleeping pd_rr client: both end with ECONNRESET, none hangs" {
	pdd_stop
	pdd_start --hugepages off # a killed pdd cannot give back hugepages it added to the pool
	ctr_spawn a "$DIR/srv.log" pd_rr server --bind "$A:5004" --json
	wait_for 10 listening a
	ctr_spawn b "$DIR/busy.log" pd_rr client --connect "$A:5004" --msg-size 64 --duration 120 --busy --json
	bpid=$CTR_SPAWN_PID
	ctr_spawn b "$DIR/sleep.log" pd_rr client --connect "$A:5004" --msg-size 64 --duration 120 --json
	spid=$CTR_SPAWN_PID
	wait_for 10 sockets_in b 2
	kill -9 "$PDD_PID"
	wait "$PDD_PID" || true
	PDD_PID=
	wait_for 10 ctr_gone "$bpid"
	wait_for 10 ctr_gone "$spid"
	rc=0; wait "$bpid" || rc=$?
	cat "$DIR/busy.log"
	[ "$rc" -ne 0 ]
	grep -q "Connection reset" "$DIR/busy.log"
	rc=0; wait "$spid" || rc=$?
	cat "$DIR/sleep.log"
	[ "$rc" -ne 0 ]
	grep -q "Connection reset" "$DIR/sleep.log"
}
