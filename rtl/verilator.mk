# rtl/verilator.mk - shared by rtl/build.mk and drivers/dev/rtl/build.mk (whichever
# is included first defines it): the generated Verilog header, the Verilator runtime
# objects and the rule that verilates pd_top into a static library.
ifndef PD_RTL_VERILATOR_MK
PD_RTL_VERILATOR_MK := 1

RTL_B := $(B)/rtl
RTL_SRCS := $(sort $(wildcard rtl/src/*.v))
RTL_VH := $(B)/gen/pd_hw.vh
VERILATOR ?= verilator
VERILATOR_INC ?= $(or $(shell $(VERILATOR) --getenv VERILATOR_ROOT 2>/dev/null),/usr/share/verilator)/include
CXX ?= g++
# Verilator lints with -Wall in `make -C rtl lint`; the build only fails on errors.
RTL_VFLAGS := --cc -O3 -Wno-fatal -Wno-WIDTH -Wno-PINCONNECTEMPTY -Wno-UNUSEDSIGNAL \
	-I$(B)/gen -Irtl/src --top-module pd_top --build -j 2 \
	-MAKEFLAGS "OPT_FAST=-O2 OPT_GLOBAL=-O2"
RTL_CXXFLAGS := -std=c++17 $(OPT) -g -Wall -Wextra -Werror -fPIC -pthread \
	-isystem $(VERILATOR_INC) -isystem $(VERILATOR_INC)/vltstd \
	-Idrivers/include -Idrivers/dev -Irtl/sim $(SANFLAGS)
RTL_VRT_OBJS := $(RTL_B)/obj/verilated.o $(RTL_B)/obj/verilated_threads.o

# pd_hw.vh: every constant of pd_hw.h, computed by the C compiler from the header.
$(RTL_VH): drivers/include/pd_hw.h rtl/scripts/gen_pd_hw_vh.sh
	@mkdir -p $(dir $@)
	rtl/scripts/gen_pd_hw_vh.sh $< $@ $(CC)

$(RTL_B)/obj/verilated.o: $(VERILATOR_INC)/verilated.cpp
	@mkdir -p $(dir $@)
	$(CXX) -std=c++17 -O2 -fPIC -isystem $(VERILATOR_INC) -isystem $(VERILATOR_INC)/vltstd -c $< -o $@
$(RTL_B)/obj/verilated_threads.o: $(VERILATOR_INC)/verilated_threads.cpp
	@mkdir -p $(dir $@)
	$(CXX) -std=c++17 -O2 -fPIC -isystem $(VERILATOR_INC) -isystem $(VERILATOR_INC)/vltstd -c $< -o $@

# The testbench model: 8 queues, 8 windows, 512-bit data.
RTL_TB_LIB := $(RTL_B)/vtb/Vpd_tb__ALL.a
$(RTL_TB_LIB): $(RTL_SRCS) $(RTL_VH)
	@rm -rf $(RTL_B)/vtb; mkdir -p $(RTL_B)
	$(VERILATOR) $(RTL_VFLAGS) --prefix Vpd_tb -Mdir $(RTL_B)/vtb -GNUM_QUEUES=8 -GNUM_WINDOWS=8 \
		$(RTL_SRCS) >$(RTL_B)/vtb.log 2>&1 || { cat $(RTL_B)/vtb.log; exit 1; }

# The device-body model (drivers/dev/rtl): 16 queues, 64 windows (pdd uses them all).
RTL_DEV_LIB := $(RTL_B)/vdev/Vpd_dev__ALL.a
$(RTL_DEV_LIB): $(RTL_SRCS) $(RTL_VH)
	@rm -rf $(RTL_B)/vdev
	@mkdir -p $(RTL_B)
	$(VERILATOR) $(RTL_VFLAGS) --prefix Vpd_dev -Mdir $(RTL_B)/vdev -GNUM_QUEUES=16 -GNUM_WINDOWS=64 \
		$(RTL_SRCS) >$(RTL_B)/vdev.log 2>&1 || { cat $(RTL_B)/vdev.log; exit 1; }

endif
