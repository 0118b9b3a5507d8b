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

# stream API CONNS: one verified stream from b to a over the RTL device
stream() {
	pd_stream_verified "$1" "$2" 16K 30
	# the memory model saw no request outside a window and no 4 KiB violation
	! grep -q "pd rtl device:" "$DIR/pdd.log"
}

@test "rtl device: pd_stream bsd, 8 connections, verified" {
	stream bsd 8
}

@test "rtl device: pd_stream zc, 16 connections, verified" {
	stream zc 16
}
