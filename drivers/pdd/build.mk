# drivers/pdd - pdd (the user-space host of the driver core), pdctl, and the
# raw-protocol test client pd_raw (tests/integration/pd_raw*.c) with the bats
# suites tests/bats/pdd.bats and tests/bats/pdd_isolation.bats.
#
# The RTL engineer adds the Verilated body through PDD_EXTRA_LIBS /
# PDD_EXTRA_LDLIBS (and a C++ linker through PDD_LINK).

PDD_LINK ?= $(CC)
PDD_EXTRA_LIBS ?=
PDD_EXTRA_LDLIBS ?=

PDD_OBJS := $(addprefix $(OBJ)/drivers/pdd/,pdd_main.o pdd_opts.o pdd_huge.o pdd_host.o \
	pdd_worker.o pdd_ctr.o pdd_net.o pdd_client.o pdd_sys.o)

BINS += $(BIN)/pdctl
$(BIN)/pdctl: $(OBJ)/drivers/pdd/pdctl.o
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) $^ -o $@ $(LDLIBS_ALL)

PD_RAW := $(TBIN)/pd_raw
TOOLS += $(PD_RAW)
$(PD_RAW): $(addprefix $(OBJ)/tests/integration/,pd_raw.o pd_raw_lib.o pd_raw_sys.o)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) $^ -o $@ $(LDLIBS_ALL)

# pdd needs the core (drivers/core/build.mk) and the device bodies (drivers/dev/build.mk)
ifneq ($(and $(LIBPDCORE),$(LIBPDDEV)),)
BINS += $(BIN)/pdd
$(BIN)/pdd: $(PDD_OBJS) $(LIBPDCORE) $(LIBPDDEV) $(PDD_EXTRA_LIBS)
	@mkdir -p $(dir $@)
	$(PDD_LINK) $(LDFLAGS_ALL) $(PDD_OBJS) $(LIBPDCORE) $(LIBPDDEV) $(PDD_EXTRA_LIBS) -o $@ \
		$(PDD_EXTRA_LDLIBS) $(LDLIBS_ALL)

TESTS += tests/bats/pdd.bats tests/bats/pdd_isolation.bats
endif
