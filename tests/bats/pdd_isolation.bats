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
	for p in ${NS_MANY:-}; do
		ip netns del "$p" 2>/dev/null || true
	done
	pdd_teardown
	if [ -n "${OVERCOMMIT:-}" ]; then
		echo "$OVERCOMMIT" > /proc/sys/vm/nr_overcommit_hugepages
	fi
}

need_netns() {
	[ "$(id -u)" -eq 0 ] || skip "needs root for ip netns"
	command -v ip >/dev/null || skip "iproute2 not installed"
	ip netns add "$NS_A" || skip "cannot create network namespaces"
	ip netns add "$NS_B"
}

# hold_in NS OUT: a pd_raw hold (a connection with data in flight) in NS, ready when this returns
hold_in() {
	ip netns exec "$1" "$PD_RAW" --socket "$SOCK" hold > "$2" 3>&- &
	BG_PIDS="$BG_PIDS $!"
	for i in $(seq 100); do grep -q ready "$2" && break; sleep 0.1; done
	grep -q ready "$2"
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
	hold_in "$NS_A" "$TMPD/hold_a.out"

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

@test "a process that punches its arena and empties the hugepage pool: its connection resets, pdd and another container's stream live on" {
	need_netns
	[ -w /proc/sys/vm/nr_overcommit_hugepages ] || skip "cannot set /proc/sys/vm/nr_overcommit_hugepages"
	# pdd may grow the pool with hugeadm, which moves the overcommit setting: stop it first
	stop_pdd
	# no surplus hugepages (teardown restores the setting after pdd stops): the pool is all there is
	OVERCOMMIT=$(cat /proc/sys/vm/nr_overcommit_hugepages)
	echo 0 > /proc/sys/vm/nr_overcommit_hugepages
	# hugepages, and an arena larger than the region: the attacker can back more than the pool holds
	start_pdd --hugepages on --region 32M --max-memory 64M || skip "no 2 MiB hugepages here"
	ip netns exec "$NS_B" "$PD_RAW" --socket "$SOCK" stream=4 > "$TMPD/victim.out" 2>&1 &
	victim=$!
	BG_PIDS="$BG_PIDS $victim"
	for i in $(seq 100); do grep -q ready "$TMPD/victim.out" && break; sleep 0.1; done
	grep -q ready "$TMPD/victim.out"

	run timeout 60 ip netns exec "$NS_A" "$PD_RAW" --socket "$SOCK" punch
	echo "$output"
	if [[ "$output" == *"pool: not exhausted"* ]]; then
		skip "the hugepage pool holds more free pages than the attacker's arena: the attack cannot bite"
	fi
	[ "$status" -eq 0 ]
	[[ "$output" == *"pool: empty"* ]]
	[[ "$output" == *"PASS: 0 failed checks"* ]]
	# pdd lived through it, said why it reset the connection, and still serves
	kill -0 "$PDD_PID"
	grep -q "failed with status" "$TMPD/pdd.log"
	"$PDCTL" --socket "$SOCK" stats >/dev/null
	# the other container's stream never noticed
	wait "$victim"
	cat "$TMPD/victim.out"
	grep -q "PASS: 0 failed checks" "$TMPD/victim.out"
}

@test "pdctl in a container sees that container only; root on the host sees all" {
	need_netns
	command -v jq >/dev/null || skip "jq not installed"
	# container A holds a connection with data in flight
	hold_in "$NS_A" "$TMPD/hold_a.out"
	ino_a=$(ip netns exec "$NS_A" stat -L -c %i /proc/self/ns/net)

	# from B: its own (empty) container only, no trace of A's sockets, traffic or memory
	run ip netns exec "$NS_B" "$PDCTL" --socket "$SOCK" stats --json
	echo "$output"
	[ "$status" -eq 0 ]
	echo "$output" | jq -e --argjson ino "$ino_a" \
		'.scope == "own" and .sockets == 0 and .bytes_copied == 0 and .region_used == 0 and
		 .cpu_device_ns == 0 and (.containers | map(select(.netns_ino == $ino)) | length == 0)'
	run ip netns exec "$NS_B" "$PDCTL" --socket "$SOCK" sockets --json
	echo "$output"
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.sockets | length == 0'
	# from A itself: its own sockets
	run ip netns exec "$NS_A" "$PDCTL" --socket "$SOCK" sockets --json
	echo "$output"
	echo "$output" | jq -e '.sockets | length >= 2'
	# root on the host: everything
	run "$PDCTL" --socket "$SOCK" stats --json
	echo "$output"
	echo "$output" | jq -e --argjson ino "$ino_a" \
		'.scope == "all" and (.containers | map(select(.netns_ino == $ino)) | length == 1)'
	run "$PDCTL" --socket "$SOCK" sockets --json
	echo "$output" | jq -e '.sockets | length >= 2'
}

@test "a process that backs its whole arena: pdd takes the pages outside its rings back, its connection keeps working" {
	need_netns
	stop_pdd
	start_pdd --hugepages on --region 32M --max-memory 64M || skip "no 2 MiB hugepages here"
	free_before=$(awk '/^HugePages_Free:/ {print $2}' /proc/meminfo)
	mkfifo "$TMPD/go"
	ip netns exec "$NS_A" "$PD_RAW" --socket "$SOCK" fill < "$TMPD/go" > "$TMPD/fill.out" 2>&1 &
	filler=$!
	BG_PIDS="$BG_PIDS $filler"
	exec 7> "$TMPD/go"
	for i in $(seq 100); do grep -q filled "$TMPD/fill.out" && break; sleep 0.1; done
	cat "$TMPD/fill.out"
	grep -q filled "$TMPD/fill.out"
	# pdd gives back what no ring of the container uses: the pool is as it was, but for the
	# pages of its rings, within a few guard periods (200 ms each)
	ok=
	for i in $(seq 30); do
		free_now=$(awk '/^HugePages_Free:/ {print $2}' /proc/meminfo)
		[ "$free_now" -ge $((free_before - 2)) ] && { ok=1; break; }
		sleep 0.1
	done
	echo "HugePages_Free: before $free_before, now $free_now"
	[ -n "$ok" ]
	grep -q "outside its rings; pdd gives such pages back" "$TMPD/pdd.log"
	echo go >&7
	exec 7>&-
	wait "$filler"
	cat "$TMPD/fill.out"
	grep -q "PASS: 0 failed checks" "$TMPD/fill.out"
	kill -0 "$PDD_PID"
}

# an interface of its own in namespace NS with ADDR/PREFIX (a veth pair kept inside NS)
ns_addr() {
	ip -n "$1" link add "pdi$3" type veth peer name "pdj$3"
	ip -n "$1" addr add "$2" dev "pdi$3"
	ip -n "$1" link set "pdi$3" up
	ip -n "$1" link set "pdj$3" up
}

@test "no route from the caller's namespace: CONNECT fails with ENETUNREACH as kernel TCP does; with the route it works" {
	need_netns
	PD_STREAM=$PD_BUILD/bin/pd_stream
	[ -x "$PD_STREAM" ] || skip "pd_stream not built"
	ns_addr "$NS_A" 198.18.77.1/24 a$$
	ns_addr "$NS_B" 198.18.78.2/24 b$$
	export PD_SOCKET=$SOCK
	ip netns exec "$NS_A" "$PD_STREAM" server --bind 198.18.77.1:5000 --once --verify \
		> "$TMPD/srv.out" 2> "$TMPD/srv.err" 3>&- &
	srv=$!
	BG_PIDS="$BG_PIDS $srv"
	for i in $(seq 100); do grep -q listening "$TMPD/srv.err" && break; sleep 0.1; done
	# the kernel's own answer from B: no route
	run ip netns exec "$NS_B" timeout 5 bash -c 'exec 3<>/dev/tcp/198.18.77.1/5000'
	echo "$output"
	[[ "$output" == *"unreachable"* ]]
	# PD gives the same answer
	run timeout 10 ip netns exec "$NS_B" "$PD_STREAM" client --connect 198.18.77.1:5000 --conns 1 --msg-size 64K --duration 1
	echo "$output"
	[ "$status" -ne 0 ]
	[[ "$output" == *"Network is unreachable"* ]]
	# a route appears: pdd hears of it, and the connection is made (over PD)
	ip -n "$NS_B" route add 198.18.77.0/24 dev "pdib$$"
	run timeout 30 ip netns exec "$NS_B" "$PD_STREAM" client --connect 198.18.77.1:5000 \
		--conns 1 --msg-size 64K --duration 1 --verify
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"verify ok"* ]]
	wait "$srv"
}

@test "one address in two namespaces: both may listen on it, each client meets its own, a third namespace is refused" {
	need_netns
	PD_RAW_NS_C=pdt-c-$$-$BATS_TEST_NUMBER
	ip netns add "$PD_RAW_NS_C"
	NS_C=$PD_RAW_NS_C
	PD_STREAM=$PD_BUILD/bin/pd_stream
	[ -x "$PD_STREAM" ] || skip "pd_stream not built"
	ns_addr "$NS_A" 198.18.77.1/24 a$$
	ns_addr "$NS_B" 198.18.77.1/24 b$$
	ns_addr "$NS_C" 198.18.79.3/24 c$$
	ip -n "$NS_C" route add 198.18.77.0/24 dev "pdic$$"
	export PD_SOCKET=$SOCK
	for ns in "$NS_A" "$NS_B"; do
		ip netns exec "$ns" "$PD_STREAM" server --bind 198.18.77.1:5000 --once --json \
			> "$TMPD/srv-$ns.out" 2> "$TMPD/srv-$ns.err" 3>&- &
		BG_PIDS="$BG_PIDS $!"
		for i in $(seq 100); do grep -q listening "$TMPD/srv-$ns.err" && break; sleep 0.1; done
		grep -q listening "$TMPD/srv-$ns.err"
	done
	# from a third namespace the address is ambiguous: refused, never delivered to either
	run timeout 10 ip netns exec "$NS_C" "$PD_STREAM" client --connect 198.18.77.1:5000 --conns 1 --msg-size 64K --duration 1
	echo "$output"
	[ "$status" -ne 0 ]
	[[ "$output" == *"refused"* ]]
	grep -q "is listened on in two containers" "$TMPD/pdd.log"
	# each namespace's client meets its own namespace's server: one connection each
	for ns in "$NS_A" "$NS_B"; do
		run timeout 30 ip netns exec "$ns" "$PD_STREAM" client --connect 198.18.77.1:5000 \
			--conns 1 --msg-size 64K --duration 1 --json
		echo "$output"
		[ "$status" -eq 0 ]
	done
	ino_a=$(ip netns exec "$NS_A" stat -L -c %i /proc/self/ns/net)
	ino_b=$(ip netns exec "$NS_B" stat -L -c %i /proc/self/ns/net)
	for i in $(seq 50); do
		grep -q '"role": "server"' "$TMPD/srv-$NS_A.out" && grep -q '"role": "server"' "$TMPD/srv-$NS_B.out" && break
		sleep 0.1
	done
	cat "$TMPD/srv-$NS_A.out" "$TMPD/srv-$NS_B.out"
	grep -q '"conns": 1' "$TMPD/srv-$NS_A.out"
	grep -q '"conns": 1' "$TMPD/srv-$NS_B.out"
	ip netns del "$NS_C"
}

@test "containers use up the device windows: the next is refused, the host's administrator still gets in" {
	need_netns
	[ "$(id -u)" -eq 0 ] || skip "needs root"
	# 62 windows for containers (window 0 is the queues, the last kept for root on the host);
	# 4 KiB pages, so that 62 containers' rings fit the region
	stop_pdd
	start_pdd --hugepages off --region 256M
	NS_MANY=
	for i in $(seq 62); do
		ns=pdt-m$i-$$
		ip netns add "$ns" || skip "cannot create 62 network namespaces"
		NS_MANY="$NS_MANY $ns"
		ip netns exec "$ns" "$PD_RAW" --socket "$SOCK" hold > "$TMPD/hold$i.out" 2>&1 3>&- &
		BG_PIDS="$BG_PIDS $!"
	done
	for i in $(seq 62); do
		for k in $(seq 100); do grep -q ready "$TMPD/hold$i.out" && break; sleep 0.1; done
		grep -q ready "$TMPD/hold$i.out"
	done
	# a 63rd container: refused with the reason
	ip netns add "pdt-m63-$$"
	NS_MANY="$NS_MANY pdt-m63-$$"
	run timeout 10 ip netns exec "pdt-m63-$$" "$PDCTL" --socket "$SOCK" stats
	echo "$output"
	[ "$status" -ne 0 ]
	grep -q "the last is kept for root on the host" "$TMPD/pdd.log"
	# root on the host: still served, and sees all 62
	run "$PDCTL" --socket "$SOCK" stats --json
	echo "$output"
	[ "$status" -eq 0 ]
	echo "$output" | jq -e '.scope == "all" and (.containers | length) >= 62'
}

@test "a container that floods a listener with CONNECTs it never follows up: another container's client still gets in, and the queue costs the listener no ring memory" {
	need_netns
	command -v jq >/dev/null || skip "jq not installed"
	PD_STREAM=$PD_BUILD/bin/pd_stream
	[ -x "$PD_STREAM" ] || skip "pd_stream not built"
	NS_C=pdt-c-$$-$BATS_TEST_NUMBER
	NS_MANY=$NS_C
	ip netns add "$NS_C"
	ns_addr "$NS_A" 198.18.77.1/24 a$$
	ns_addr "$NS_B" 198.18.77.2/24 b$$
	ns_addr "$NS_C" 198.18.77.3/24 c$$
	# a listener whose process does not accept for now (it is stopped): its queue only fills
	export PD_SOCKET=$SOCK
	ip netns exec "$NS_A" "$PD_STREAM" server --bind 198.18.77.1:5000 --once \
		> "$TMPD/srv.out" 2> "$TMPD/srv.err" 3>&- &
	srv=$!
	BG_PIDS="$BG_PIDS $srv"
	for i in $(seq 100); do grep -q listening "$TMPD/srv.err" && break; sleep 0.1; done
	grep -q listening "$TMPD/srv.err"
	kill -STOP "$srv"
	# B queues as many as it can: the backlog (half of the listener's 8192 slots) fills
	mkfifo "$TMPD/go"
	ip netns exec "$NS_B" "$PD_RAW" --socket "$SOCK" flood=198.18.77.1:5000:5000 < "$TMPD/go" \
		> "$TMPD/flood.out" 2>&1 3>&- &
	flooder=$!
	BG_PIDS="$BG_PIDS $flooder"
	exec 7> "$TMPD/go"
	for i in $(seq 300); do grep -q flooded "$TMPD/flood.out" && break; sleep 0.1; done
	cat "$TMPD/flood.out"
	grep -q "flooded: 4096 connected, 904 refused" "$TMPD/flood.out"
	# 4096 waiting connections: the listener's container holds no ring memory for them
	ino_a=$(ip netns exec "$NS_A" stat -L -c %i /proc/self/ns/net)
	run "$PDCTL" --socket "$SOCK" stats --json
	echo "$output" | jq -e --argjson ino "$ino_a" \
		'.containers | map(select(.netns_ino == $ino)) | .[0].mem_used == 0 and .[0].sockets >= 4096'
	# C's client gets in all the same: B's oldest waiting connection makes room
	run timeout 30 ip netns exec "$NS_C" "$PD_RAW" --socket "$SOCK" flood=198.18.77.1:5000:1 < /dev/null
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"flooded: 1 connected, 0 refused"* ]]
	echo go >&7
	exec 7>&-
	wait "$flooder"
	cat "$TMPD/flood.out"
	grep -q "flooded: 4096 connected, 904 refused, 1 reset since" "$TMPD/flood.out"
	kill -CONT "$srv"
}

@test "an injected DMA fault resets the one connection it hit; every other keeps every byte" {
	stop_pdd
	start_pdd --inject dma=40
	grep -q "fault injection on" "$TMPD/pdd.log"
	run timeout 60 "$PD_RAW" --socket "$SOCK" faults=8
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"faults: 1 reset, 7 complete"* ]]
	[ "$(echo "$output" | grep -c 'bytes, ok$')" -eq 7 ]
	[ "$(echo "$output" | grep -c ': 2097152 bytes, ok$')" -eq 7 ]
	grep -q "failed with status" "$TMPD/pdd.log"
	kill -0 "$PDD_PID"
	# a stall is only a delay: nothing is lost
	stop_pdd
	start_pdd --inject stall=20:300000
	run timeout 60 "$PD_RAW" --socket "$SOCK" faults=4
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"faults: 0 reset, 4 complete"* ]]
	# a schedule the soft device does not understand: refused at start
	stop_pdd
	run timeout 10 "$PDD" --socket "$SOCK" --inject bogus=1
	[ "$status" -ne 0 ]
	[[ "$output" == *"--inject"* ]]
}
