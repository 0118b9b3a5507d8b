# pdd.bash - run pdd for a test and read its state: `load lib/pdd` (after lib/common).
#
# pdd_start runs `pdd --socket $PD_SOCKET --region 512M --ring-size 64K --max-memory 256M`
# on the host (extra pdd options as arguments, or in PDD_EXTRA_ARGS) with its log in $DIR/pdd.log and waits
# until pdctl gets an answer; pdd_stop sends SIGTERM and fails unless pdd exits 0.
# Expects DIR (a scratch directory) and PD_SOCKET to be set.

pdd_start() {
	# PDD_EXTRA_ARGS: options a whole test file adds (e.g. --device rtl); later ones win
	# shellcheck disable=SC2086
	pdd --socket "$PD_SOCKET" --region 512M --ring-size 64K --max-memory 256M \
		${PDD_EXTRA_ARGS:-} "$@" >"$DIR/pdd.log" 2>&1 3>&- </dev/null &
	PDD_PID=$!
	if ! wait_for "${PDD_START_TIMEOUT:-20}" pdd_ready; then
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
	kill -TERM "$PDD_PID" 2>/dev/null || true
	# A clean shutdown gives back the hugepages it added: give it time, then force.
	if ! wait_for 15 pdd_gone; then
		echo "pdd did not exit on SIGTERM; killing it" >&2
		kill -9 "$PDD_PID" 2>/dev/null || true
	fi
	# (written so that errexit, which bats sets, does not stop here)
	if { wait "$PDD_PID"; } 2>/dev/null; then rc=0; else rc=$?; fi
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

# pd_stream_verified API CONNS MSG_SIZE SECS_TO_FINISH: one verified 2-second pd_stream
# from container b to a's --once server; both exit 0, report verify ok and no errors,
# the client ran CONNS connections and both sides counted the same bytes (> 0).
pd_stream_verified() {
	local api=$1 conns=$2 msg=$3 finish=$4 spid cb sb
	ctr_spawn a "$DIR/server.json" pd_stream server --bind "$A:5000" --api "$api" \
		--verify --json --once
	spid=$CTR_SPAWN_PID
	wait_for 10 listening a
	run ctr_exec b pd_stream client --connect "$A:5000" --conns "$conns" --msg-size "$msg" \
		--duration 2 --api "$api" --verify --json
	echo "$output" >"$DIR/client.json"
	[ "$status" -eq 0 ]
	# --once: the server reports and exits when the client's connections have ended.
	wait_for "$finish" ctr_gone "$spid"
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
}

# pd_e2e_setup PROGRAM...: skip unless root, pdd, pdctl and PROGRAMs are there; two
# containers a and b joined by a veth (A = a's address); pdd running, PD_SOCKET set.
pd_e2e_setup() {
	DIR=$BATS_TEST_TMPDIR
	pd_require_root
	pd_require_bin pdd pdctl "$@"
	pd_require_tool jq ip
	ctr_init
	ctr_create a
	ctr_create b
	ctr_link a b
	A=$(ctr_addr a)
	export PD_SOCKET=$DIR/pdd.sock
	pdd_start
}

# pd_e2e_teardown: remove the containers, stop pdd (it must exit 0); on failure show
# the logs and JSON the test left in DIR.
pd_e2e_teardown() {
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
