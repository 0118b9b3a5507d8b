#!/usr/bin/env bats
# Description: end to end on the RTL device body: pdd --device rtl (the Verilated pd_top
# executes every COPY), pd_stream server and client in two containers (network namespace +
# cgroup, veth from 198.18.0.0/15), 8 and 16 connections with --verify; bytes equal on both
# sides and the device reports no errors.

load lib/common

setup() {
	DIR=$BATS_TEST_TMPDIR
	pd_require_root
	pd_require_bin pdd pdctl pd_stream
	pd_require_tool jq ip
	ctr_init
	ctr_create a
	ctr_create b
	ctr_link a b
	A=$(ctr_addr a)
	export PD_SOCKET=$DIR/pdd.sock
	pdd_start
}

teardown() {
	local rc=0
	ctr_teardown
	pdd_stop || rc=1
	if [ -n "${BATS_TEST_COMPLETED:-}" ] && [ "$rc" -eq 0 ]; then
		return 0
	fi
	for f in "$DIR"/*.log "$DIR"/*.json; do
		[ -f "$f" ] || continue
		echo "---- $(basename "$f") (last 20 lines)"
		tail -n 20 "$f"
	done
	return $rc
}

pdd_start() {
	pdd --device rtl --socket "$PD_SOCKET" --region 256M --ring-size 64K --max-memory 128M \
		>"$DIR/pdd.log" 2>&1 3>&- </dev/null &
	PDD_PID=$!
	if ! wait_for 30 pdd_ready; then
		echo "pdd --device rtl did not come up:" >&2
		cat "$DIR/pdd.log" >&2
		return 1
	fi
}

pdd_ready() {
	kill -0 "$PDD_PID" 2>/dev/null || return 2
	[ -S "$PD_SOCKET" ] && pdctl --socket "$PD_SOCKET" stats --json >/dev/null
}

pdd_stop() {
	[ -n "${PDD_PID:-}" ] || return 0
	local rc
	kill -TERM "$PDD_PID" 2>/dev/null
	if ! wait_for 15 pdd_gone; then
		echo "pdd did not exit on SIGTERM; killing it" >&2
		kill -9 "$PDD_PID" 2>/dev/null
	fi
	wait "$PDD_PID" 2>/dev/null
	rc=$?
	PDD_PID=
	if [ "$rc" -ne 0 ]; then
		echo "pdd exited with status $rc after SIGTERM (expected 0)" >&2
		return 1
	fi
}

pdd_gone() { ! kill -0 "$PDD_PID" 2>/dev/null; }

stats() { pdctl --socket "$PD_SOCKET" stats --json; }

ctr_field() {
	local ino
	ino=$(ctr_netns_inode "$1") || return 1
	stats | jq -r --argjson ino "$ino" --arg f "$2" \
		'.containers[] | select(.netns_ino == $ino) | .[$f]'
}

listening() {
	local n
	n=$(ctr_field "$1" sockets) || return 1
	[ -n "$n" ] && [ "$n" -ge 1 ]
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
