#!/bin/sh
# SPDX-License-Identifier: MIT
# Description: every rtl/src module compiles with Icarus Verilog (iverilog -g2012),
# elaborated under pd_top at the default and at a second parameter set.
# Exit 0 pass, 1 fail, 77 skip (no iverilog or no generated header).
root=${PD_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
build=${PD_BUILD:-$root/build}
command -v iverilog >/dev/null || { echo "skip: iverilog not installed"; exit 77; }
[ -r "$build/gen/pd_hw.vh" ] || { echo "skip: $build/gen/pd_hw.vh not generated (run make)"; exit 77; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
rc=0
for params in "" "-Ppd_top.NUM_QUEUES=3 -Ppd_top.NUM_WINDOWS=64 -Ppd_top.DATA_WIDTH=256"; do
	# shellcheck disable=SC2086
	if ! iverilog -g2012 -Wall $params -I"$build/gen" -o "$out" -s pd_top "$root"/rtl/src/*.v 2>&1 |
		grep -v -e 'sensitive to all' -e '^$' | grep . ; then
		:
	else
		echo "iverilog reported problems with parameters '${params:-defaults}'"
		rc=1
	fi
	iverilog -g2012 $params -I"$build/gen" -o "$out" -s pd_top "$root"/rtl/src/*.v >/dev/null 2>&1 || {
		echo "iverilog failed with parameters '${params:-defaults}'"
		rc=1
	}
done
[ $rc -eq 0 ] && echo "iverilog -g2012: rtl/src compiles"
exit $rc
