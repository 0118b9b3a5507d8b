#!/usr/bin/env bats
# pdd_isolation.bats - a malicious process (pd_raw speaks pd_uapi.h with no
# libpd) gets a clear error for each bad request while pdd, its own
# connection and a concurrent good connection keep working; containers in
# two network namespaces never share an arena; a killed process's memory
# comes back.

load lib/pddtest

setup() {
	pdd_setup
	[ -x "$PD_RAW" ] || skip "pd_raw not built"
	NS_A=pdt-a-$$-$BATS_TEST_NUMBER
	NS_B=pdt-b-$$-$BATS_TEST_NUMBER
	BG_PIDS=
	start_pdd
}

teardown() {
	local p
	for p in $BG_PIDS; do
		kill -KILL "$p" 2>/dev/null || true
		wait "$p" 2>/dev/null || true
	done
	ip netns del "$NS_A" 2>/dev/null || true
	ip netns del "$NS_B" 2>/dev/null || true
	pdd_teardown
}

need_netns() {
	[ "$(id -u)" -eq 0 ] || skip "needs root for ip netns"
	command -v ip >/dev/null || skip "iproute2 not installed"
	ip netns add "$NS_A" || skip "cannot create network namespaces"
	ip netns add "$NS_B"
}

raw_case() {
	run timeout 60 "$PD_RAW" --socket "$SOCK" "$1"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"PASS: 0 failed checks"* ]]
	! echo "$output" | grep -q '^FAIL'
	kill -0 "$PDD_PID"
}

@test "SENT declaring more than the ring holds / than was produced: EINVAL, all still working" {
	raw_case sent-overflow
	grep -q "SENT sd [0-9]* refused: Invalid argument" "$TMPD/pdd.log"
}

@test "SENT at an offset outside the ring: EINVAL, all still working" {
	raw_case sent-offset
}

@test "bogus send.prod in shared memory: sticky EINVAL in pd_sock_shm.error, still usable" {
	raw_case shm-prod
}

@test "CONSUMED beyond what was received: EINVAL, all still working" {
	raw_case consumed
}

@test "INFO/SENT on an sd that is not the process's own: EBADF" {
	raw_case foreign-sd
}

@test "the shared-memory control slot: requests served, HELLO/STATS/unknown ops and torn garbage refused, all still working" {
	raw_case slot
	kill -0 "$PDD_PID"
}

@test "connect to a closed listener: ECONNREFUSED" {
	raw_case refused
}

@test "send after the peer process died: reset seen, SENT refused" {
	raw_case peer-died
}

@test "refusals are counted in pdctl stats" {
	command -v jq >/dev/null || skip "jq not installed"
	raw_case sent-offset
	run "$PDCTL" --socket "$SOCK" stats --json
	echo "$output" | jq -e '.refused >= 3'
}

@test "two network namespaces: two containers, two different arenas, no fd reaches the other's" {
	need_netns
	command -v jq >/dev/null || skip "jq not installed"
	# keep container A alive while B connects, so both arenas exist at once
	ip netns exec "$NS_A" "$PD_RAW" --socket "$SOCK" hold > "$TMPD/hold_a.out" &
	BG_PIDS="$BG_PIDS $!"
	for i in $(seq 100); do grep -q ready "$TMPD/hold_a.out" && break; sleep 0.1; done
	grep -q ready "$TMPD/hold_a.out"

	run timeout 30 ip netns exec "$NS_A" "$PD_RAW" --socket "$SOCK" arena
	echo "$output"
	[ "$status" -eq 0 ]
	a_line=$(echo "$output" | grep '^container=')
	run timeout 30 ip netns exec "$NS_B" "$PD_RAW" --socket "$SOCK" arena
	echo "$output"
	[ "$status" -eq 0 ]
	b_line=$(echo "$output" | grep '^container=')

	field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
	[ "$(field "$a_line" container)" != "$(field "$b_line" container)" ]
	[ "$(field "$a_line" arena_ino)" != "$(field "$b_line" arena_ino)" ]
	[ "$(field "$a_line" notify_ino)" != "$(field "$b_line" notify_ino)" ]
	[ "$(field "$a_line" arena_size)" -eq 33554432 ]
	[ "$(field "$b_line" arena_size)" -eq 33554432 ]

	# pdd identified each container by its namespace
	ino_a=$(ip netns exec "$NS_A" stat -L -c %i /proc/self/ns/net)
	run "$PDCTL" --socket "$SOCK" stats --json
	echo "$output"
	echo "$output" | jq -e --argjson ino "$ino_a" --argjson id "$(field "$a_line" container)" \
		'.containers | map(select(.netns_ino == $ino)) | length == 1 and .[0].id == $id'
}

@test "a process in another namespace cannot connect to a listener on 127.0.0.1 of this one" {
	need_netns
	# the hold process listens on 127.0.0.1 inside A; from B the same address is B's own loopback
	run timeout 60 ip netns exec "$NS_B" "$PD_RAW" --socket "$SOCK" refused
	echo "$output"
	[ "$status" -eq 0 ]
}

@test "kill -9 of a process: its container's memory returns to 0 in pdctl stats" {
	need_netns
	command -v jq >/dev/null || skip "jq not installed"
	ip netns exec "$NS_A" "$PD_RAW" --socket "$SOCK" hold > "$TMPD/hold.out" &
	hold=$!
	BG_PIDS="$BG_PIDS $hold"
	for i in $(seq 100); do grep -q ready "$TMPD/hold.out" && break; sleep 0.1; done
	grep -q ready "$TMPD/hold.out"
	ino=$(ip netns exec "$NS_A" stat -L -c %i /proc/self/ns/net)
	used() {
		"$PDCTL" --socket "$SOCK" stats --json |
			jq --argjson ino "$ino" '[.containers[] | select(.netns_ino == $ino) | .mem_used] | add // 0'
	}
	[ "$(used)" -gt 0 ]
	kill -KILL "$hold"
	for i in $(seq 100); do [ "$(used)" -eq 0 ] && break; sleep 0.1; done
	[ "$(used)" -eq 0 ]
	run "$PDCTL" --socket "$SOCK" stats --json
	echo "$output"
	echo "$output" | jq -e '.region_used == 0 and .sockets == 0'
	grep -q "process [0-9]* gone (container [0-9]*): hung up" "$TMPD/pdd.log"
}

@test "addresses are the namespace's own: bind to another's is refused, connect across works" {
	need_netns
	PD_STREAM=$PD_BUILD/bin/pd_stream
	[ -x "$PD_STREAM" ] || skip "pd_stream not built"
	va=pdv-a-$$; vb=pdv-b-$$
	ip link add "$va" type veth peer name "$vb"
	ip link set "$va" netns "$NS_A"
	ip link set "$vb" netns "$NS_B"
	ip -n "$NS_A" addr add 198.18.77.1/24 dev "$va"
	ip -n "$NS_B" addr add 198.18.77.2/24 dev "$vb"
	ip -n "$NS_A" link set "$va" up
	ip -n "$NS_B" link set "$vb" up
	export PD_SOCKET=$SOCK
	# B does not own A's address: pdd asks B's namespace (setns helper) and refuses
	run timeout 10 ip netns exec "$NS_B" "$PD_STREAM" server --bind 198.18.77.1:5000 --once
	echo "$output"
	[ "$status" -ne 0 ]
	grep -q "BIND sd [0-9]* refused: Cannot assign requested address" "$TMPD/pdd.log"
	ip netns exec "$NS_A" timeout 30 "$PD_STREAM" server --bind 198.18.77.1:5000 --once --verify \
		> "$TMPD/srv.out" 2> "$TMPD/srv.err" &
	srv=$!
	BG_PIDS="$BG_PIDS $srv"
	for i in $(seq 100); do grep -q listening "$TMPD/srv.err" && break; sleep 0.1; done
	run timeout 30 ip netns exec "$NS_B" "$PD_STREAM" client --connect 198.18.77.1:5000 \
		--conns 2 --msg-size 64K --duration 1 --verify
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"verify ok"* ]]
	wait "$srv"
	grep -q "verify ok" "$TMPD/srv.out"
}
