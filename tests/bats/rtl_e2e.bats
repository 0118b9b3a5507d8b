#!/usr/bin/env bats
# Description: end to end on the RTL device body: pdd --device rtl (the Verilated pd_top
# executes every COPY), pd_stream server and client in two containers (network namespace +
# cgroup, veth from 198.18.0.0/15), 8 and 16 connections with --verify; bytes equal on both
# sides and the device reports no errors.

load lib/common
load lib/pdd

# pdd on the RTL device body; pd_e2e_setup / pd_e2e_teardown come from lib/pdd.
PDD_EXTRA_ARGS="--device rtl --region 256M --max-memory 128M"
PDD_START_TIMEOUT=30

setup() {
	pd_e2e_setup pd_stream
}

teardown() {
	pd_e2e_teardown
}

stats() { pdctl --socket "$PD_SOCKET" stats --json; }

ctr_field() {
	local ino
	ino=$(ctr_netns_inode "$1") || return 1
	stats | jq -r --argjson ino "$ino" --arg f "$2" \
		'.containers[] | select(.netns_ino == $ino) | .[$f]'
}

# the JSON lines of FILE (a server log also holds its "listening" line)
json_lines() { grep '^{' "$1"; }

json_ok() {
	json_lines "$1" | jq -se 'last | (.verify == "ok" or .verify == true) and (.errors == 0)' >/dev/null
}

json_field() { json_lines "$1" | jq -s -r "last | .$2"; }

# stream API CONNS: one verified stream from b to a over the RTL device
stream() {
	local api=$1 conns=$2 spid
	ctr_spawn a "$DIR/server.json" pd_stream server --bind "$A:5000" --api "$api" \
		--verify --json --once
	spid=$CTR_SPAWN_PID
	wait_for 10 listening a
	run ctr_exec b pd_stream client --connect "$A:5000" --conns "$conns" --msg-size 16K \
		--duration 2 --api "$api" --verify --json
	echo "$output" >"$DIR/client.json"
	[ "$status" -eq 0 ]
	wait_for 30 ctr_gone "$spid"
	wait "$spid" 2>/dev/null
	server_rc=$?
	[ "$server_rc" -eq 0 ]
	json_ok "$DIR/client.json"
	json_ok "$DIR/server.json"
	cb=$(json_field "$DIR/client.json" bytes)
	sb=$(json_field "$DIR/server.json" bytes)
	[ "$(json_field "$DIR/client.json" conns)" -eq "$conns" ]
	[ "$cb" -gt 0 ]
	[ "$cb" -eq "$sb" ]
	# the memory model saw no request outside a window and no 4 KiB violation
	! grep -q "pd rtl device:" "$DIR/pdd.log"
}

@test "rtl device: pd_stream bsd, 8 connections, verified" {
	stream bsd 8
}

@test "rtl device: pd_stream zc, 16 connections, verified" {
	stream zc 16
}
