#!/bin/sh
# SPDX-License-Identifier: MIT
# synth.sh - generic yosys synthesis of pd_top; fails on latches or combinational
# loops; prints cells and flip-flops per module.
#
# Usage: synth.sh GEN_DIR OUT_DIR SOURCES...
#   SYNTH_PARAMS (environment) overrides the parameters, default:
#   NUM_QUEUES=8 NUM_WINDOWS=8 DATA_WIDTH=512 LOG_FIFO_DEPTH=6
#   (a 64-beat = 4 KiB data FIFO: generic synthesis maps memories to flip-flops;
#   on an FPGA the 256-beat FIFO of the default is one block RAM array).
set -eu
gen=$1 out=$2
shift 2
mkdir -p "$out"
params=${SYNTH_PARAMS:-"NUM_QUEUES=8 NUM_WINDOWS=8 DATA_WIDTH=512 LOG_FIFO_DEPTH=6"}
chparam=
for p in $params; do
	chparam="$chparam -set ${p%%=*} ${p#*=}"
done
command -v yosys >/dev/null || { echo "synth.sh: yosys is not installed (apt-get install yosys)" >&2; exit 1; }

{
	printf 'read_verilog -sv -I%s' "$gen"
	for f in "$@"; do printf ' %s' "$f"; done
	printf '\nchparam%s pd_top\n' "$chparam"
	printf 'synth -top pd_top\n'
	# fail on latches and on combinational loops
	printf 'select -assert-none t:$_DLATCH_* t:$_DLATCHSR_* t:$dlatch t:$adlatch\n'
	printf 'check -assert\n'
	printf 'tee -o %s/stat.txt stat\n' "$out"
} > "$out/synth.ys"

echo "synth.sh: yosys on pd_top ($params), log in $out/yosys.log"
if ! yosys -q -l "$out/yosys.log" -s "$out/synth.ys" >/dev/null 2>&1; then
	grep -iE 'error|assert|loop|latch' "$out/yosys.log" | tail -20 >&2
	echo "synth.sh: FAILED (see $out/yosys.log)" >&2
	exit 1
fi

# Per module: cells and flip-flops (every $_DFF*/$_SDFF*/$_DFFE* cell type); the
# parameters of a derived module come from the yosys log (small modules only).
awk '
FNR == NR {
	if ($0 ~ /derive mode/) { collecting = 1; params = ""; next }
	if (collecting && $1 == "Parameter") {
		name = $2; sub(/^\\/, "", name); val = $4
		if (val ~ /^[0-9]+\x27[01]+$/) {
			bits = substr(val, index(val, "\x27") + 1); d = 0
			for (i = 1; i <= length(bits); i++) d = d * 2 + substr(bits, i, 1)
			val = d
		}
		params = params (params == "" ? "" : ",") name "=" val
		next
	}
	if (collecting && $0 ~ /Generating RTLIL representation for module/) {
		m = $0; sub(/.*module `/, "", m); sub(/\x27\..*$/, "", m)
		map[m] = params; collecting = 0
	}
	next
}
/^=== / { mod = $2; next }
/Number of cells:/ && mod != "" { cells[mod] = $4; order[++n] = mod }
/\$_(S|A)?DFF/ && mod != "" { ff[mod] += $2 }
/=== design hierarchy ===/ { mod = "" }
END {
	printf "%-62s %9s %10s\n", "module", "cells", "flip-flops"
	for (i = 1; i <= n; i++) {
		m = order[i]
		name = m
		sub(/^\$paramod\$[0-9a-f]+\\/, "", name)
		sub(/^\$paramod\\/, "", name)
		sub(/\\.*$/, "", name)
		if ((m in map) && map[m] !~ /NUM_QUEUES/)
			name = name "(" map[m] ")"
		printf "%-62s %9d %10d\n", substr(name, 1, 62), cells[m], ff[m]
	}
}' "$out/yosys.log" "$out/stat.txt"
total=$(sed -n '/=== design hierarchy ===/,$p' "$out/stat.txt" | awk '/Number of cells:/ { c = $4 } END { print c }')
echo "pd_top total (flattened count): $total cells; no latches, no combinational loops"
