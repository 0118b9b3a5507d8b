# pddtest.bash - a pdd on a private socket, for pdd.bats and pdd_isolation.bats:
# pdd_setup, start_pdd [ARGS...], wait_for_pdd, stop_pdd [SIGNAL], pdd_teardown.
PD_BUILD=${PD_BUILD:-$(cd "$BATS_TEST_DIRNAME/../.." && pwd)/build}
PDD=$PD_BUILD/bin/pdd
PDCTL=$PD_BUILD/bin/pdctl
PD_RAW=$PD_BUILD/tests/pd_raw

pdd_setup() {
	[ -x "$PDD" ] || skip "pdd not built ($PDD)"
	TMPD=$(mktemp -d /tmp/pdd-test.XXXXXX)
	SOCK=$TMPD/pdd.sock
	PDD_PID=
}

# start_pdd [ARGS...]: pdd on $SOCK with a small region; waits until it answers.
start_pdd() {
	"$PDD" --socket "$SOCK" --region 64M --max-memory 32M --ring-size 64K "$@" \
		2>>"$TMPD/pdd.log" &
	PDD_PID=$!
	wait_for_pdd
}

wait_for_pdd() {
	local i
	for i in $(seq 100); do
		if [ -S "$SOCK" ] && "$PDCTL" --socket "$SOCK" stats >/dev/null 2>&1; then
			return 0
		fi
		kill -0 "$PDD_PID" 2>/dev/null || break
		sleep 0.1
	done
	echo "pdd did not come up; its log:" >&2
	cat "$TMPD/pdd.log" >&2
	return 1
}

# stop_pdd [SIGNAL]: sets PDD_RC to pdd's exit status
stop_pdd() {
	local sig=${1:-TERM} i
	PDD_RC=
	[ -n "$PDD_PID" ] || return 0
	kill -"$sig" "$PDD_PID" 2>/dev/null
	for i in $(seq 100); do
		kill -0 "$PDD_PID" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$PDD_PID" 2>/dev/null; then
		echo "pdd did not stop within 10 s of SIG$sig" >&2
		kill -KILL "$PDD_PID" 2>/dev/null
	fi
	PDD_RC=0
	wait "$PDD_PID" || PDD_RC=$?
	PDD_PID=
}

pdd_teardown() {
	stop_pdd TERM || true
	if [ -n "${TMPD:-}" ]; then
		if [ -n "${BATS_TEST_COMPLETED:-}" ] || [ ! -s "$TMPD/pdd.log" ]; then
			:
		else
			echo "--- pdd log ---" >&2
			cat "$TMPD/pdd.log" >&2
		fi
		rm -rf "$TMPD"
	fi
}
