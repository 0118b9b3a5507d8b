#!/usr/bin/env bats
# pdbench end to end: short real runs of tcp and pd in network namespaces,
# their CSV and JSON checked against the schemas of docs/abi.md ("pdbench"), and
# that nothing is left behind: not after a run, not after Ctrl-C, and (with
# pdbench cleanup) not after SIGKILL.

CPU_HDR='run_id,transport,device,placement,target_gbps,achieved_gbps,msg_bytes,conns,repeat,duration_s,app_cores,driver_cores,device_cores,paper_cores,total_cores,xcore_gbps,status'
SCALE_HDR='run_id,transport,device,placement,conns,msg_bytes,repeat,duration_s,gbps,mops,normalized,xcore_gbps,status'
LAT_HDR='run_id,transport,device,placement,wait,msg_bytes,repeat,samples,p50_us,p90_us,p99_us,p999_us,max_us,xcore_gbps,status'

setup() {
	PDB=${PD_BUILD:-$BATS_TEST_DIRNAME/../../build}/bin/pdbench
	[ -x "$PDB" ] || skip "pdbench not built"
	[ "$(id -u)" -eq 0 ] || skip "needs root (namespaces, cgroups)"
	command -v ip >/dev/null || skip "no iproute2"
	cd "${PD_ROOT:-$BATS_TEST_DIRNAME/../..}"
	TMP=$(mktemp -d)
	BIN=$(dirname "$PDB")
}

teardown() {
	# a failed test must not leave a run behind either
	if [ -n "${PID:-}" ] && kill -0 "$PID" 2>/dev/null; then
		kill -INT "$PID"
		wait_for 150 '! kill -0 $PID 2>/dev/null' || kill -9 "$PID"
	fi
	[ -n "${TMP:-}" ] && rm -rf "$TMP"
}

# wait_for TENTHS COND: poll COND every 0.1 s, at most TENTHS times
wait_for() {
	local n=$1
	shift
	for ((i = 0; i < n; i++)); do
		eval "$1" && return 0
		sleep 0.1
	done
	return 1
}

# everything of run pdb-<pid>: namespaces, veths, cgroups, files, processes
leftovers() {
	local tag=pdb-$1
	{
		ip netns list | grep "^$tag-" || true
		ip -o link | grep -o "$tag-[a-z]*" || true
		ls /sys/fs/cgroup/cpuset /sys/fs/cgroup/cpuacct /sys/fs/cgroup/unified 2>/dev/null | grep "^$tag-" || true
		ls /dev/shm /run/pdbench 2>/dev/null | grep "^$tag[-.]" || true
		pgrep -af "$tag" | grep -v pgrep || true
	}
}

have_pd() {
	[ -x "$BIN/pdd" ] && [ -x "$BIN/pd_stream" ]
}

# flat FILE [PLACEMENT]: the rows (of one placement, if given) without the
# placement and wait columns, so that the positional checks below read the
# columns of the schema they were written for
flat() {
	awk -F, -v OFS=, -v keep="${2:-}" '
		NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "placement") p = i; if ($i == "wait") w = i } }
		NR > 1 && keep != "" && $p != keep { next }
		{ o = ""; for (i = 1; i <= NF; i++) if (i != p && i != w) o = o (o == "" ? "" : ",") $i; print o }' "$1"
}

# every data row has the header's field count (no row here quotes a comma)
fields_ok() {
	awk -F, -v n="$2" 'NR > 1 && NF != n { print "row " NR ": " NF " fields"; bad = 1 } END { exit bad }' "$1"
}

@test "cpu: tcp, pd and rdma rows; CSV and JSON follow the schema; nothing left" {
	"$PDB" cpu --transports tcp,pd,rdma --targets 1G --duration 2s --out "$TMP/r" --json \
		>"$TMP/out.json" 2>"$TMP/err" &
	PID=$!
	rc=0
	wait "$PID" || rc=$?
	cat "$TMP/err"
	[ "$rc" -eq 0 ]
	[ "$(head -1 "$TMP/r/cpu.csv")" = "$CPU_HDR" ]
	fields_ok "$TMP/r/cpu.csv" 17
	# the baseline in both placements, pd in the device placement (pdd on a core of its own)
	grep -q '^r,tcp,-,device,' "$TMP/r/cpu.csv"
	grep -q '^r,tcp,-,unpinned,' "$TMP/r/cpu.csv"
	! grep -q '^r,pd,soft,unpinned,' "$TMP/r/cpu.csv"
	flat "$TMP/r/cpu.csv" unpinned >"$TMP/unp.csv"
	flat "$TMP/r/cpu.csv" device >"$TMP/dev.csv"
	flat "$TMP/r/cpu.csv" >"$TMP/all.csv"
	# tcp: measured, a positive rate and app cores, status ok (1G is easy here)
	awk -F, '$2 == "tcp" && $8 == "median" { found = 1
		if (!($5 > 0.5 && $10 > 0 && $16 == "ok")) { print "tcp row: " $0; exit 1 } }
		END { exit !found }' "$TMP/unp.csv"
	# paper_cores = app + driver; total = paper + device (3 decimals each)
	awk -F, 'NR > 1 && $10 != "" { if ((($13 - $10 - $11)^2 > 0.00001) || (($14 - $13 - $12)^2 > 0.00001)) { print; exit 1 } }' "$TMP/all.csv"
	# repeats: rows 1, median, min, max for each measured point (and any repeat measured again)
	[ "$(awk -F, '$2 == "tcp" && $8 != "discarded"' "$TMP/unp.csv" | cut -d, -f8 | tr '\n' ' ')" = "1 median min max " ]
	awk -F, '$8 == "discarded" { exit !($16 ~ /^discarded: /) }' "$TMP/all.csv"
	# every measured repeat says the host's floor it ran on
	[ "$(nproc)" -lt 2 ] || awk -F, '$2 == "tcp" && $8 == "1" { exit !($15 > 0) }' "$TMP/unp.csv"
	if ibv_devices 2>/dev/null | grep -q '^ *[a-z]'; then :; else
		grep -q '^r,rdma,-,1,,65536,1,median,2,,,,,,,skipped: no RDMA device$' "$TMP/unp.csv"
	fi
	if have_pd; then
		awk -F, '$2 == "pd" && $8 == "median" { found = 1
			if ($3 != "soft" || !($5 > 0.5) || $16 !~ /^(ok|target-not-met)$/) { print; exit 1 } }
			END { exit !found }' "$TMP/dev.csv"
	else
		grep -q ',pd,soft,.*,skipped: ' "$TMP/r/cpu.csv"
	fi
	# JSON lines: the same fields in the same order (cpu adds exact_cores, the cross-check)
	jq -e -s --arg h "$CPU_HDR" 'length > 0 and all((keys_unsorted - ["exact_cores"]) == ($h | split(",")))' "$TMP/out.json"
	jq -e -s 'map(select(.transport == "tcp" and .repeat == "median"))[0].achieved_gbps > 0.5' "$TMP/out.json"
	# env.json
	jq -e '.cores >= 1 and (.kernel | length) > 0 and (.tools.iperf3 | test("iperf"))
		and .options.cpu.transports == "tcp,pd,rdma" and (.perf_counters | has("available"))' "$TMP/r/env.json"
	[ -z "$(leftovers "$PID")" ]
}

@test "cpu: pd's emulated device is device_cores; app + driver + device = the processes' own run time (10 %)" {
	have_pd || skip "pdd not built"
	"$PDB" cpu --transports pd,pd-zc --target 2G --duration 3s --out "$TMP/a" --json >"$TMP/a.json" 2>"$TMP/err" &
	PID=$!
	rc=0
	wait "$PID" || rc=$?
	cat "$TMP/err"
	[ "$rc" -eq 0 ]
	jq -c 'select(.repeat == "median")' "$TMP/a.json"
	# the soft device runs inline in pdd's worker: pdd's own split puts its time in
	# device_cores, never in driver_cores; the three columns add up to what every
	# process of the point ran (/proc/PID/task/*/schedstat over the same window)
	jq -e -s 'map(select(.repeat == "median")) | length == 2 and all(
		.placement == "device" and .device_cores > 0.05 and .driver_cores >= 0 and
		.driver_cores < .device_cores and .exact_cores > 0 and
		((.app_cores + .driver_cores + .device_cores - .exact_cores) | if . < 0 then -. else . end)
			<= 0.1 * .exact_cores)' "$TMP/a.json"
	[ -z "$(leftovers "$PID")" ]
}

@test "cpu: freeflow-model and shm measure, with the router in device_cores" {
	"$PDB" cpu --transports freeflow,shm --target 1G --duration 2s --out "$TMP/f" --quiet &
	PID=$!
	wait "$PID"
	fields_ok "$TMP/f/cpu.csv" 17
	flat "$TMP/f/cpu.csv" unpinned >"$TMP/f.csv"
	# freeflow-model: the router's core is device_cores, not in paper_cores
	awk -F, '$2 == "freeflow-model" && $8 == "median" { f = 1
		exit !($5 > 0.5 && $10 > 0 && $12 > 0 && $13 == $10 && $16 ~ /^(ok|target-not-met)$/) }
		END { exit !f }' "$TMP/f.csv"
	awk -F, '$2 == "shm" && $8 == "median" { f = 1; exit !($5 > 0.5 && $12 == 0) } END { exit !f }' "$TMP/f.csv"
	[ -z "$(leftovers "$PID")" ]
	[ -z "$(ls /dev/shm | grep "^pdb-$PID")" ]
}

@test "cpu: a target out of reach is target-not-met with the achieved rate" {
	"$PDB" cpu --transports tcp --target 2000G --duration 2s --out "$TMP/r" --quiet &
	PID=$!
	wait "$PID"
	flat "$TMP/r/cpu.csv" >"$TMP/all.csv"
	awk -F, '$8 == "median" { found = 1; if ($16 != "target-not-met" || !($5 > 0) || $5 >= 1900) { print; exit 1 } }
		END { exit !found }' "$TMP/all.csv"
	[ -z "$(leftovers "$PID")" ]
}

@test "scale: normalized to the first count; ring size printed" {
	"$PDB" scale --transports tcp,pd --conns 64 --from 16 --duration 1s --out "$TMP/s" >"$TMP/out" &
	PID=$!
	wait "$PID"
	cat "$TMP/out"
	grep -q "scale: pd with pdd's default rings" "$TMP/out"
	[ "$(head -1 "$TMP/s/scale.csv")" = "$SCALE_HDR" ]
	fields_ok "$TMP/s/scale.csv" 13
	flat "$TMP/s/scale.csv" >"$TMP/s.csv"
	# tcp at 16, 32, 64 connections; the first median is 1 by definition
	[ "$(awk -F, '$2 == "tcp" && $6 == "median" { print $4 }' "$TMP/s.csv" | tr '\n' ' ')" = "16 32 64 " ]
	awk -F, '$2 == "tcp" && $6 == "median" && $4 == 16 { exit !($10 == "1.0000" && $8 > 0) }' "$TMP/s.csv"
	if have_pd; then
		awk -F, '$2 == "pd" && $6 == "median" && $4 == 16 { f = 1; exit !($10 == "1.0000") } END { exit !f }' "$TMP/s.csv"
	fi
	[ -z "$(leftovers "$PID")" ]
}

@test "latency: tcp percentiles through sockperf; shm and freeflow-model ping-pong" {
	"$PDB" latency --transports tcp,shm,freeflow --duration 1s --out "$TMP/l" --quiet &
	PID=$!
	wait "$PID"
	[ "$(head -1 "$TMP/l/latency.csv")" = "$LAT_HDR" ]
	fields_ok "$TMP/l/latency.csv" 15
	# kernel TCP sleeps (blocking sockperf); the shared-memory models busy-poll
	grep -q '^l,tcp,-,unpinned,sleep,' "$TMP/l/latency.csv"
	grep -q '^l,freeflow-model,-,unpinned,busy,' "$TMP/l/latency.csv"
	flat "$TMP/l/latency.csv" >"$TMP/lat.csv"
	awk -F, '$2 == "tcp" && $5 == "median" { f = 1; exit !($6 > 100 && $7 > 0 && $7 <= $9 && $9 <= $10 && $10 <= $11 && $13 == "ok") }
		END { exit !f }' "$TMP/lat.csv"
	for t in shm freeflow-model; do
		awk -F, -v t=$t '$2 == t && $5 == "median" { f = 1; exit !($6 > 100 && $7 > 0 && $13 == "ok") }
			END { exit !f }' "$TMP/lat.csv"
	done
	[ -z "$(leftovers "$PID")" ]
}

@test "plot and report on a real run: PNG, SVG, report.md" {
	"$PDB" cpu --transports tcp,shm --targets 1G,2G --duration 1s --out "$TMP/p" --quiet &
	PID=$!
	wait "$PID"
	run "$PDB" plot "$TMP/p/cpu.csv"
	[ "$status" -eq 0 ]
	[ "$(head -c 4 "$TMP/p/fig2.png" | tail -c 3)" = "PNG" ]
	grep -q '<svg' "$TMP/p/fig2.svg"
	run "$PDB" report "$TMP/p"
	[ "$status" -eq 0 ]
	grep -q '^| fig2-pd-vs-tcp-cores |' "$TMP/p/report.md"
	grep -q '^| fig3-cx5-4096 |' "$TMP/p/report.md"
	grep -q 'cores: 2\|cores: [0-9]' "$TMP/p/report.md"
}

@test "SIGINT in the middle of a run removes everything" {
	tr=tcp
	have_pd && tr=pd
	"$PDB" cpu --transports $tr --target 1G --duration 30s --out "$TMP/i" --quiet 2>"$TMP/err" &
	PID=$!
	# mid-run: the client (the last process started) is running
	wait_for 150 '[ -e "$TMP/i/logs/iperf3-client.out" ] || [ -e "$TMP/i/logs/pd-stream-client.out" ]'
	sleep 1
	[ -n "$(leftovers "$PID")" ]
	kill -INT "$PID"
	wait_for 150 '! kill -0 $PID 2>/dev/null'
	wait "$PID" || rc=$?
	[ "${rc:-0}" -eq 130 ]
	grep -q interrupted "$TMP/err"
	[ -z "$(leftovers "$PID")" ]
}

@test "cleanup after SIGKILL removes namespaces, cgroups, veths, files and daemons" {
	tr=tcp
	have_pd && tr=pd
	hp_before=$(cat /proc/sys/vm/nr_hugepages)
	"$PDB" cpu --transports $tr --target 1G --duration 30s --out "$TMP/k" --quiet &
	PID=$!
	wait_for 150 '[ -e "$TMP/k/logs/iperf3-client.out" ] || [ -e "$TMP/k/logs/pd-stream-client.out" ]'
	sleep 1
	kill -9 "$PID"
	wait "$PID" || true
	[ -n "$(leftovers "$PID")" ]
	run "$PDB" cleanup
	[ "$status" -eq 0 ]
	[[ "$output" == *"removed netns pdb-$PID-a"* ]]
	[ -z "$(leftovers "$PID")" ]
	# hugepages a killed pdd grew are given back (others' pdd may hold some: only no growth is checked)
	if ! pgrep -x pdd >/dev/null; then
		[ "$(cat /proc/sys/vm/nr_hugepages)" -le "$hp_before" ]
	fi
}

@test "cpu: a host floor below --min-xcore: the repeat is kept as discarded and measured again, twice at most" {
	[ "$(nproc)" -ge 2 ] || skip "one CPU: nothing to probe"
	"$PDB" cpu --transports tcp --target 1G --duration 1s --min-xcore 1000 --out "$TMP/x" --quiet &
	PID=$!
	wait "$PID"
	fields_ok "$TMP/x/cpu.csv" 17
	flat "$TMP/x/cpu.csv" unpinned >"$TMP/x.csv"
	# no machine copies at 1000 GB/s: two discarded attempts, then the repeat that counts
	[ "$(awk -F, '$2 == "tcp"' "$TMP/x.csv" | cut -d, -f8 | tr '\n' ' ')" = "discarded discarded 1 median min max " ]
	awk -F, '$8 == "discarded" { n++; if ($16 !~ /^discarded: the host.s copy rate between CPUs fell to [0-9.]+ GB\/s \(--min-xcore 1000\)/) exit 1 }
		END { exit n != 2 }' "$TMP/x.csv"
	awk -F, '$8 == "median" { exit !($15 > 0 && $16 == "ok") }' "$TMP/x.csv"
	# --min-xcore 0: never probed, the column is empty
	"$PDB" cpu --transports tcp --target 1G --duration 1s --min-xcore 0 --out "$TMP/y" --quiet
	flat "$TMP/y/cpu.csv" unpinned | awk -F, '$2 == "tcp" { n++; if ($15 != "") exit 1 } END { exit n != 4 }'
	[ -z "$(leftovers "$PID")" ]
}
