#!/bin/sh
# SPDX-License-Identifier: MIT
# gen_pd_hw_vh.sh - generate the Verilog header pd_hw.vh from drivers/include/pd_hw.h.
#
# Usage: gen_pd_hw_vh.sh PD_HW_H OUT.vh [CC]
#
# Every object-like PD_* macro and every PD_* enum constant of pd_hw.h, and
# the byte offset and size of every field of struct pd_sqe and struct pd_cqe,
# becomes a `define.  The values are computed by the C compiler from the
# header itself (a throw-away C program), so no number is copied by hand.
set -eu
hdr=$1 out=$2 cc=${3:-cc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Object-like macros (a name followed by blank, not by '('), and enum constants.
names=$( { sed -n 's/^#define \(PD_[A-Z0-9_]*\)[ 	].*/\1/p' "$hdr";
	   sed -n 's/^[ 	]*\(PD_[A-Z0-9_]*\) = .*/\1/p' "$hdr"; } |
	 grep -v -e '^PD_HW_H$' -e '^PD_HW_STATIC_ASSERT$' | sort -u)

{
	printf '#include <stdio.h>\n#include <stddef.h>\n#include "%s"\n' "$(cd "$(dirname "$hdr")" && pwd)/$(basename "$hdr")"
	printf '#define D(n, v) printf("`define %%-28s 64%%sh%%llx\\n", n, "\\x27", (unsigned long long)(v))\n'
	printf '#define F(s, f, N) do { D("PD_" N "_OFF", offsetof(struct s, f)); D("PD_" N "_BYTES", sizeof(((struct s *)0)->f)); } while (0)\n'
	printf 'int main(void)\n{\n'
	for n in $names; do printf '\tD("%s", %s);\n' "$n" "$n"; done
	for f in opcode flags rsvd len src dst tag; do
		printf '\tF(pd_sqe, %s, "SQE_%s");\n' "$f" "$(echo $f | tr a-z A-Z)"
	done
	for f in tag sq_head sq_id status rsvd phase; do
		printf '\tF(pd_cqe, %s, "CQE_%s");\n' "$f" "$(echo $f | tr a-z A-Z)"
	done
	printf '\tD("PD_SQE_BYTES", sizeof(struct pd_sqe));\n\tD("PD_CQE_BYTES", sizeof(struct pd_cqe));\n'
	printf '\treturn 0;\n}\n'
} > "$tmp/gen.c"

$cc -std=gnu11 -Wall -Werror -o "$tmp/gen" "$tmp/gen.c"
{
	echo "// Generated from $(basename "$hdr") by rtl/scripts/gen_pd_hw_vh.sh - do not edit."
	echo '`ifndef PD_HW_VH'
	echo '`define PD_HW_VH'
	"$tmp/gen"
	echo '`endif'
} > "$out.tmp"
mv "$out.tmp" "$out"
