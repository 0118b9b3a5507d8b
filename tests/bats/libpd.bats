#!/usr/bin/env bats
# libpd.bats - libpd's BSD semantics against a real pdd.  Each program in
# build/tests/pd/ starts its own pdd (pd/tests/pdd_harness.c) and exits 77
# when build/bin/pdd is not built, which is reported here as a skip.

setup() {
	B=${PD_BUILD:-$BATS_TEST_DIRNAME/../../build}
}

run_prog() {
	run timeout 120 "$B/tests/pd/$@"
	echo "$output"
	[ "$status" -ne 77 ] || skip "${output:-pdd is not built}"
	[ "$status" -eq 0 ]
}

@test "libpd: blocking send/recv, names, options, EOF, EPIPE, ECONNREFUSED, EISCONN" {
	run_prog bsd_basic
}

@test "libpd: non-blocking: EAGAIN, partial sends, O_NONBLOCK, MSG_DONTWAIT" {
	run_prog bsd_nonblock
}

@test "libpd: peer death: ECONNRESET on recv, EPIPE on send, no SIGPIPE; EOF on close" {
	run_prog bsd_errors
}

@test "libpd: pd_poll over 64 sockets, timeouts, wake-ups, POLLHUP, POLLNVAL" {
	run_prog bsd_poll
}

@test "libpd: zero-copy reserve/commit and peek/consume" {
	run_prog bsd_zc
}

@test "libpd: threads on different sockets at once, 50 runs, each under 1 s, no lost wake-up" {
	run_prog bsd_threads 50
}

@test "libpd: 16 threads of one process: ping-pong p99 < 20 ms, shared pd_poll, a sleeping pd_accept; no lost wake-up" {
	run_prog bsd_wake 3
}

@test "libpd: PD_HOST=kernel fails with ENODEV and says why" {
	PD_HOST=kernel run "$B/bin/pd_stream" client --connect 127.0.0.1:9 --conns 1 --msg-size 1 --duration 1
	echo "$output"
	[ "$status" -eq 1 ]
	[[ "$output" == *"kernel-module host"* ]]
	[[ "$output" == *"No such device"* ]]
}

@test "libpd: a bad PD_HOST or PD_POLL is refused with a message" {
	PD_HOST=rdma run "$B/bin/pd_stream" client --connect 127.0.0.1:9 --conns 1 --msg-size 1 --duration 1
	echo "$output"
	[ "$status" -eq 1 ]
	[[ "$output" == *"PD_HOST='rdma'"* ]]
	PD_POLL=often run "$B/bin/pd_stream" client --connect 127.0.0.1:9 --conns 1 --msg-size 1 --duration 1
	[ "$status" -eq 1 ]
	[[ "$output" == *"PD_POLL='often'"* ]]
}

@test "libpd: no pdd at PD_SOCKET: a clear error naming the path" {
	PD_SOCKET=/nonexistent/pdd.sock run "$B/bin/pd_stream" client --connect 127.0.0.1:9 --conns 1 --msg-size 1 --duration 1
	echo "$output"
	[ "$status" -eq 1 ]
	[[ "$output" == *"cannot connect to pdd at /nonexistent/pdd.sock"* ]]
}
