# rtl/build.mk - the PD Stack RTL: Verilator testbenches (directed, differential
# against the soft device, bandwidth bench), the Icarus compile test, and the
# rtl-* targets behind `make -C rtl check|lint|synth|bench`.
#
# Verilated programs are built with the rest (`make`) when configure found
# Verilator; they are in SAN_SKIP: the Verilated runtime is not built with
# the sanitizers and the differential run alone would take minutes under ASan.

include rtl/verilator.mk

RTL_TB_OBJ := $(RTL_B)/obj
RTL_TBIN := $(TBIN)/rtl

ifeq ($(HAVE_VERILATOR),1)
RTL_TB_PROGS := $(RTL_TBIN)/tb_directed $(RTL_TBIN)/tb_diff
RTL_BENCH := $(RTL_TBIN)/tb_bench
TESTS += $(RTL_TB_PROGS) rtl/tb/iverilog_compile.sh
SAN_SKIP += $(RTL_TB_PROGS)
TOOLS += $(RTL_BENCH)
all: $(RTL_BENCH)

$(RTL_TB_OBJ)/tb_%.o: rtl/tb/tb_%.cpp $(wildcard rtl/tb/*.h rtl/sim/*.h) $(RTL_TB_LIB) drivers/include/pd_hw.h
	@mkdir -p $(dir $@)
	$(CXX) $(RTL_CXXFLAGS) -I$(RTL_B)/vtb -c $< -o $@

$(RTL_TBIN)/tb_%: $(RTL_TB_OBJ)/tb_%.o $(RTL_TB_LIB) $(RTL_VRT_OBJS) $(LIBPDDEV)
	@mkdir -p $(dir $@)
	$(CXX) $(LDFLAGS_ALL) $^ -o $@ $(LDLIBS_ALL)
endif

# ---- targets for rtl/Makefile ----
.PHONY: rtl-check rtl-lint rtl-synth rtl-bench rtl-diff-ci
# The CI size of the differential run: >= 100000 commands over 8 queues.
RTL_DIFF_COMMANDS ?= 100000

rtl-check: $(RTL_TB_PROGS) $(RTL_VH)
	@printf '%s\n' $(RTL_TB_PROGS) rtl/tb/iverilog_compile.sh > $(RTL_B)/tests.list
	@PD_RTL_DIFF_COMMANDS=$(RTL_DIFF_COMMANDS) scripts/run-tests --build $(B) --list $(RTL_B)/tests.list

rtl-lint: $(RTL_VH)
	$(VERILATOR) --lint-only -Wall -Wno-WIDTH -Wno-PINCONNECTEMPTY -Wno-UNUSEDSIGNAL -I$(B)/gen -Irtl/src \
		--top-module pd_top $(RTL_SRCS)
	iverilog -g2012 -Wall -I$(B)/gen -o /dev/null -s pd_top $(RTL_SRCS) 2>&1 | grep -v 'sensitive to all' || true

rtl-synth: $(RTL_VH)
	@mkdir -p $(RTL_B)
	rtl/scripts/synth.sh $(B)/gen $(RTL_B)/synth $(RTL_SRCS)

rtl-bench: $(RTL_BENCH)
	$(RTL_BENCH)
.PRECIOUS: $(RTL_TB_OBJ)/tb_%.o
