#!/usr/bin/env bats
# pdd.bats - pdd and pdctl from the outside: options, start/stop, one pdd per
# socket, stats, hugepages given back, garbage on the control socket.

load lib/pddtest

setup() {
	pdd_setup
}

teardown() {
	pdd_teardown
}

@test "pdd --help documents every option and its default" {
	run "$PDD" --help
	[ "$status" -eq 0 ]
	for opt in socket device poll device-thread spin-us ctl-spin-us yield-after cpus workers region \
		ring-size max-sockets max-memory hugepages verbose; do
		echo "$output" | grep -q -- "--$opt" || { echo "--$opt missing"; false; }
	done
	echo "$output" | grep -q "default: /run/pipedevice/pdd.sock"
	echo "$output" | grep -q "default: 1G"
	echo "$output" | grep -q "default: 4M"
	echo "$output" | grep -q "default: 8192"
	echo "$output" | grep -q "default: 512M"
	echo "$output" | grep -q "default: auto"
}

@test "bad usage: one-line message, exit 2" {
	for args in "--bogus" "--workers 0" "--workers 9" "--region 3M" "--region lots" \
		"--ring-size 3000" "--ring-size 512M" "--poll sometimes" "--hugepages maybe" \
		"--max-sockets 0" "--max-sockets 70000" "--max-memory 1M" "--max-memory 96M" "extra-argument" "--socket" \
		"--device-thread sideways" "--spin-us -1" "--spin-us 100001" "--ctl-spin-us x" "--yield-after z" \
		"--cpus x" "--cpus 3-1" "--cpus 0,,1" "--cpus 1024"; do
		run "$PDD" $args --socket "$SOCK"
		[ "$args" = "--socket" ] && run "$PDD" --socket
		echo "args: $args -> $status: $output"
		[ "$status" -eq 2 ]
		[ "${#lines[@]}" -eq 1 ]
		[[ "$output" == pdd:* ]]
	done
	[ ! -e "$SOCK" ]
}

# Every way of running the data path moves data correctly: the device body on
# its own thread or inline in the workers, busy or adaptive, sleeping at once or
# after a spin, pinned or not (pd_raw's checks: bytes, order, refusals).
@test "data path in every polling mode: own/inline device, busy/adaptive, pinned" {
	[ -x "$PD_RAW" ] || skip "pd_raw not built"
	for mode in "--device-thread own --poll adaptive --spin-us 50" \
		"--device-thread own --poll busy --yield-after 1" \
		"--device-thread inline --poll adaptive --spin-us 0 --workers 2" \
		"--device-thread inline --poll busy --workers 1 --cpus 0" \
		"--device-thread inline --poll adaptive --spin-us 20 --ctl-spin-us 0 --yield-after 0"; do
		start_pdd --hugepages off $mode
		grep -q "starting: .*poll" "$TMPD/pdd.log"
		run timeout 60 "$PD_RAW" --socket "$SOCK" good
		echo "pdd $mode -> $status: $output"
		[ "$status" -eq 0 ]
		stop_pdd TERM
		[ "$PDD_RC" -eq 0 ]
	done
}

@test "--device-thread auto and --spin-us default follow the number of CPUs, as the log says" {
	start_pdd --hugepages off
	ncpu=$(getconf _NPROCESSORS_ONLN)
	if [ "$ncpu" -lt 4 ]; then
		grep -q "(inline: no thread), poll adaptive (spin 0 us" "$TMPD/pdd.log"
	else
		grep -q "(own thread), poll adaptive (spin 50 us" "$TMPD/pdd.log"
	fi
}

@test "--cpus naming a CPU this machine lacks: clear error, exit 1, nothing left behind" {
	run timeout 20 "$PDD" --socket "$SOCK" --region 64M --max-memory 32M --ring-size 64K \
		--hugepages off --cpus 1000
	echo "$output"
	[ "$status" -eq 1 ]
	echo "$output" | grep -q "pinning worker 0 to CPU 1000 (--cpus)"
	[ ! -e "$SOCK" ]
}

@test "pdd starts, serves pdctl, and SIGTERM stops it cleanly (exit 0, socket removed)" {
	start_pdd --hugepages off
	[ "$(stat -c %a "$SOCK")" = "666" ]
	[ -S "$SOCK" ]
	grep -q "starting: socket $SOCK" "$TMPD/pdd.log"
	stop_pdd TERM
	[ "$PDD_RC" -eq 0 ]
	[ ! -e "$SOCK" ]
	grep -q "shutting down" "$TMPD/pdd.log"
	grep -q "stopped" "$TMPD/pdd.log"
}

@test "SIGINT stops pdd cleanly too" {
	start_pdd --hugepages off
	stop_pdd INT
	[ "$PDD_RC" -eq 0 ]
	[ ! -e "$SOCK" ]
}

@test "pdd creates the socket's directory" {
	SOCK=$TMPD/a/b/pdd.sock
	start_pdd --hugepages off
	[ -S "$SOCK" ]
}

@test "a second pdd on the same socket is refused; the first keeps serving" {
	start_pdd --hugepages off
	run "$PDD" --socket "$SOCK" --region 64M --max-memory 32M --hugepages off
	[ "$status" -eq 1 ]
	echo "$output" | grep -q "another pdd is already serving $SOCK"
	run "$PDCTL" --socket "$SOCK" stats --json
	[ "$status" -eq 0 ]
	[ -S "$SOCK" ]
}

@test "a stale socket file (pdd killed -9) is removed at start" {
	start_pdd --hugepages off
	stop_pdd KILL
	[ -S "$SOCK" ]
	start_pdd --hugepages off
	grep -q "removing stale socket $SOCK" "$TMPD/pdd.log"
	run "$PDCTL" --socket "$SOCK" stats
	[ "$status" -eq 0 ]
}

@test "pdd refuses a socket path that is not a socket" {
	echo precious > "$SOCK"
	run "$PDD" --socket "$SOCK" --region 64M --max-memory 32M --hugepages off
	[ "$status" -eq 1 ]
	[ "$(cat "$SOCK")" = precious ]
}

@test "an unknown device body: clear error, exit 1" {
	run "$PDD" --socket "$SOCK" --region 64M --max-memory 32M --hugepages off --device nosuch
	[ "$status" -eq 1 ]
	echo "$output" | grep -q "device body 'nosuch' is not built"
	[ ! -e "$SOCK" ]
}

@test "pdctl stats --json and sockets --json parse with jq" {
	command -v jq >/dev/null || skip "jq not installed"
	start_pdd --hugepages off
	run "$PDCTL" --socket "$SOCK" stats --json
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.region_size == 67108864 and .hugepages == false and
		(.containers | type == "array") and (.sockets | type == "number") and
		(.bytes_copied | type == "number") and (.refused | type == "number")'
	# pdctl's own HELLO is not shown as a container's process
	echo "$output" | jq -e '.containers | length == 0'
	run "$PDCTL" --socket "$SOCK" sockets --json
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.sockets | type == "array"'
	run "$PDCTL" --socket "$SOCK" stats
	[ "$status" -eq 0 ]
	echo "$output" | grep -q "region"
}

@test "pdctl shows a connection's bytes and containers while it lives" {
	command -v jq >/dev/null || skip "jq not installed"
	[ -x "$PD_RAW" ] || skip "pd_raw not built"
	start_pdd --hugepages off
	"$PD_RAW" --socket "$SOCK" hold > "$TMPD/hold.out" &
	hold=$!
	for i in $(seq 100); do grep -q ready "$TMPD/hold.out" && break; sleep 0.1; done
	grep -q ready "$TMPD/hold.out"
	run "$PDCTL" --socket "$SOCK" stats --json
	kill -KILL $hold; wait $hold || true
	echo "$output"
	echo "$output" | jq -e '.sockets >= 2 and (.containers | length == 1) and
		.containers[0].processes == 2 and .containers[0].mem_used > 0 and
		.containers[0].mem_quota == 33554432'
}

@test "pdctl without pdd: clear message, exit 1; bad usage: exit 2" {
	run "$PDCTL" --socket "$TMPD/none.sock" stats
	[ "$status" -eq 1 ]
	echo "$output" | grep -q "cannot connect to pdd at $TMPD/none.sock"
	run "$PDCTL" frobnicate
	[ "$status" -eq 2 ]
	run "$PDCTL"
	[ "$status" -eq 2 ]
}

@test "garbage on the control socket drops only the sender; pdd keeps serving" {
	[ -x "$PD_RAW" ] || skip "pd_raw not built"
	start_pdd --hugepages off
	run "$PD_RAW" --socket "$SOCK" garbage
	echo "$output"
	[ "$status" -eq 0 ]
	kill -0 "$PDD_PID"
	grep -q "garbage: a message of 10 bytes" "$TMPD/pdd.log"
	grep -q "garbage: unknown request op 99" "$TMPD/pdd.log"
	run "$PDCTL" --socket "$SOCK" stats
	[ "$status" -eq 0 ]
}

hugepages_free() {
	awk '/^HugePages_Free:/ { f = $2 } /^HugePages_Rsvd:/ { r = $2 } END { print f - r }' /proc/meminfo
}

# pdd with a region 8 pages larger than what is free, so that it must grow the pool;
# sets before (nr_hugepages before) and pages; skips where the pool cannot grow
start_pdd_growing() {
	[ -w /proc/sys/vm/nr_hugepages ] || skip "cannot change /proc/sys/vm/nr_hugepages"
	grep -q '^Hugepagesize: *2048 kB' /proc/meminfo || skip "default hugepage size is not 2 MiB"
	before=$(cat /proc/sys/vm/nr_hugepages)
	pages=$(( $(hugepages_free) + 8 ))
	if ! start_pdd --hugepages on --region $((pages * 2))M; then
		grep -q "error: --hugepages on" "$TMPD/pdd.log" &&
			skip "the hugepage pool cannot grow by 8 pages on this machine now"
		false
	fi
}

@test "hugepages pdd added to the pool are given back at exit" {
	start_pdd_growing
	grep -q "added [0-9]* 2 MiB pages to the hugepage pool" "$TMPD/pdd.log"
	[ "$(cat /proc/sys/vm/nr_hugepages)" -gt "$before" ]
	run "$PDCTL" --socket "$SOCK" stats --json
	echo "$output" | grep -q '"hugepages":true'
	stop_pdd TERM
	[ "$PDD_RC" -eq 0 ]
	after=$(cat /proc/sys/vm/nr_hugepages)
	echo "nr_hugepages before $before, after $after"
	[ "$after" -eq "$before" ]
}

@test "hugepages a pdd added are given back after kill -9: by pdd --cleanup, and by the next pdd" {
	start_pdd_growing
	# the record of what it added is on disk while it runs
	[ -s "/run/pipedevice/pool/$PDD_PID" ]
	grown=$(cat /proc/sys/vm/nr_hugepages)
	[ "$grown" -gt "$before" ]
	dead=$PDD_PID
	kill -KILL "$PDD_PID"
	wait "$PDD_PID" 2>/dev/null || true
	PDD_PID=
	# dead: its pages are still in the pool, until pdd --cleanup
	[ "$(cat /proc/sys/vm/nr_hugepages)" -eq "$grown" ]
	run "$PDD" --cleanup
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"gave back"*"before it died"* ]]
	[ "$(cat /proc/sys/vm/nr_hugepages)" -eq "$before" ]
	[ ! -e "/run/pipedevice/pool/$dead" ]
	# again, and this time the next pdd to start gives them back
	start_pdd --hugepages on --region $((pages * 2))M
	kill -KILL "$PDD_PID"
	wait "$PDD_PID" 2>/dev/null || true
	start_pdd --hugepages off
	grep -q "gave back [0-9]* 2 MiB pages that pdd [0-9]* added" "$TMPD/pdd.log"
	[ "$(cat /proc/sys/vm/nr_hugepages)" -eq "$before" ]
	stop_pdd TERM
	[ "$(cat /proc/sys/vm/nr_hugepages)" -eq "$before" ]
}

@test "--hugepages off uses 4 KiB pages and leaves the pool alone" {
	before=$(cat /proc/sys/vm/nr_hugepages)
	start_pdd --hugepages off
	run "$PDCTL" --socket "$SOCK" stats --json
	echo "$output" | grep -q '"hugepages":false'
	[ "$(cat /proc/sys/vm/nr_hugepages)" -eq "$before" ]
	stop_pdd TERM
	[ "$(cat /proc/sys/vm/nr_hugepages)" -eq "$before" ]
}

@test "SIGTERM with live connections and data in flight: every process reset, clean exit" {
	[ -x "$PD_RAW" ] || skip "pd_raw not built"
	start_pdd
	"$PD_RAW" --socket "$SOCK" hold > "$TMPD/hold.out" &
	hold=$!
	for i in $(seq 100); do grep -q ready "$TMPD/hold.out" && break; sleep 0.1; done
	grep -q ready "$TMPD/hold.out"
	stop_pdd TERM
	kill -KILL $hold 2>/dev/null || true
	wait $hold 2>/dev/null || true
	[ "$PDD_RC" -eq 0 ]
	[ ! -e "$SOCK" ]
	grep -q "pdd shutting down" "$TMPD/pdd.log"
	grep -q "container [0-9]* destroyed" "$TMPD/pdd.log"
}

# Speak the control protocol (drivers/include/pd_uapi.h) directly: pd_req is
# op u32, sd u32, seq u64, 48 bytes of union; pd_resp is op, status s32, seq, sd,
# nrec, val u64, 40 bytes of union.
ctl_script() {
	cat <<'PY'
import socket, struct, sys
NOREPLY = 0x80000000
s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
s.settimeout(10)
s.connect(sys.argv[1])
def req(op, sd, seq, raw=b""):
    s.send(struct.pack("<IIQ48s", op, sd, seq, raw))
def resp():
    msg, anc, _, _ = s.recvmsg(4096, socket.CMSG_SPACE(4 * 16))
    for lvl, typ, data in anc:
        for i in range(len(data) // 4):
            import os
            os.close(struct.unpack_from("<i", data, 4 * i)[0])
    op, st, seq, sd = struct.unpack_from("<IiQI", msg)
    return op, st, seq, sd
req(1, 0, 1, struct.pack("<II", int(sys.argv[2]), 0))  # HELLO, ABI version of pd_uapi.h
assert resp()[1] == 0, "HELLO refused"
req(2, 0, 2)                                     # SOCKET
op, st, seq, sd = resp()
assert (op, st, seq) == (2, 0, 2), (op, st, seq)
req(8 | NOREPLY, sd, 3)                          # CLOSE, one-way: no answer
req(8 | NOREPLY, 4000, 4)                        # a refused one-way CLOSE: no answer either
req(2, 0, 5)                                     # SOCKET: the next answer is seq 5's
op, st, seq, sd2 = resp()
assert (op, st, seq) == (2, 0, 5), ("answer after one-way CLOSEs", op, st, seq)
req(10, sd, 6, struct.pack("<IIQ", 4, 0, 0))     # GETOPT on the closed sd, unless reused
op, st, seq, _ = resp()
assert seq == 6 and (sd2 == sd or st < 0), ("closed sd still open", st, seq)
req(14 | NOREPLY, 0, 7)                          # STATS must be answered: garbage
s.settimeout(5)
assert s.recv(4096) == b"", "pdd kept a client that asked STATS without an answer"
print("ok")
PY
}

@test "one-way CLOSE (PD_REQ_F_NOREPLY): no answer, later answers in order; misuse drops the sender" {
	command -v python3 >/dev/null || skip "python3 not installed"
	start_pdd --hugepages off
	ver=$(sed -n 's/^#define PD_UAPI_VERSION \([0-9]*\)u.*/\1/p' "$BATS_TEST_DIRNAME/../../drivers/include/pd_uapi.h")
	[ -n "$ver" ]
	run timeout 30 python3 -c "$(ctl_script)" "$SOCK" "$ver"
	echo "$output"
	[ "$status" -eq 0 ]
	[ "${lines[-1]}" = ok ]
	grep -q "garbage: STATS without an answer" "$TMPD/pdd.log"
	kill -0 "$PDD_PID"
	run "$PDCTL" --socket "$SOCK" stats
	[ "$status" -eq 0 ]
}
