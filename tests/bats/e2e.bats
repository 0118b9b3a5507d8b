#!/usr/bin/env bats
# Description: end to end, issue 2's acceptance: pdd on the host, pd_stream server and
# client in two containers (network namespace + cgroup, veth from 198.18.0.0/15), the
# BSD and zero-copy APIs at 1 and 1024 connections with verification; a client killed
# mid-stream is cleaned up (server keeps running, the container's memory returns, a new
# connection works); a bind to an address the container does not have fails.

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
	# Containers first: pdd sees its clients go, then shuts down cleanly.
	local rc=0
	ctr_teardown
	pdd_stop || rc=1
	if [ -n "${BATS_TEST_COMPLETED:-}" ] && [ "$rc" -eq 0 ]; then
		return 0
	fi
	# On failure, show what the programs said (bats prints teardown output then).
	for f in "$DIR"/*.log "$DIR"/*.json; do
		[ -f "$f" ] || continue
		echo "---- $(basename "$f") (last 20 lines)"
		tail -n 20 "$f"
	done
	return $rc
}

pdd_start() {
	pdd --socket "$PD_SOCKET" --region 512M --ring-size 64K --max-memory 256M \
		>"$DIR/pdd.log" 2>&1 3>&- </dev/null &
	PDD_PID=$!
	if ! wait_for 20 pdd_ready; then
		echo "pdd did not come up:" >&2
		cat "$DIR/pdd.log" >&2
		return 1
	fi
}

pdd_ready() {
	kill -0 "$PDD_PID" 2>/dev/null || return 2
	[ -S "$PD_SOCKET" ] && pdctl --socket "$PD_SOCKET" stats --json >/dev/null
}

# pdd_stop: SIGTERM, and pdd must exit 0 (a clean shutdown; under ASan also: no leaks)
pdd_stop() {
	[ -n "${PDD_PID:-}" ] || return 0
	local rc
	kill -TERM "$PDD_PID" 2>/dev/null
	# A clean shutdown gives back the hugepages it added: give it time, then force.
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

# stats: pdctl's JSON
stats() { pdctl --socket "$PD_SOCKET" stats --json; }

# ctr_field NAME FIELD: FIELD of container NAME in pdctl's stats ("" when pdd has no
# such container, e.g. after its last process went away)
ctr_field() {
	local ino
	ino=$(ctr_netns_inode "$1") || return 1
	stats | jq -r --argjson ino "$ino" --arg f "$2" \
		'.containers[] | select(.netns_ino == $ino) | .[$f]'
}

# listening NAME: container NAME has at least one socket (the server's listener)
listening() {
	local n
	n=$(ctr_field "$1" sockets) || return 1
	[ -n "$n" ] && [ "$n" -ge 1 ]
}

# mem_released NAME: NAME's mem_used is 0 (or pdd dropped the container entirely)
mem_released() {
	local m
	m=$(ctr_field "$1" mem_used) || return 1
	[ -z "$m" ] || [ "$m" -eq 0 ]
}

# copying NAME: bytes flow out of container NAME
copying() {
	local s
	s=$(ctr_field "$1" bytes_sent) || return 1
	[ -n "$s" ] && [ "$s" -gt 0 ]
}

# json_last FILE: the last JSON object line of FILE (programs log other lines to stderr,
# which goes to the same file)
json_last() { grep '^{' "$1" | tail -n 1; }

# json_ok FILE: the last JSON object in FILE reports verify ok and no errors
json_ok() {
	json_last "$1" | jq -e '(.verify == "ok" or .verify == true) and (.errors == 0)' >/dev/null
}

json_field() { json_last "$1" | jq -r ".$2"; }

# stream API CONNS: one verified 2-second stream from b to a, checked on both sides
stream() {
	local api=$1 conns=$2 spid
	ctr_spawn a "$DIR/server.json" pd_stream server --bind "$A:5000" --api "$api" \
		--verify --json --once
	spid=$CTR_SPAWN_PID
	wait_for 10 listening a
	run ctr_exec b pd_stream client --connect "$A:5000" --conns "$conns" --msg-size 64K \
		--duration 2 --api "$api" --verify --json
	echo "$output" >"$DIR/client.json"
	[ "$status" -eq 0 ]
	# --once: the server reports and exits when the client's connections have ended.
	wait_for 20 ctr_gone "$spid"
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
	# Everything was given back once both sides closed.
	wait_for 10 mem_released a
	wait_for 10 mem_released b
}

@test "pd_stream bsd, 1 connection: verified, bytes equal on both sides" {
	stream bsd 1
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
