# pd/build.mk - libpd (static and shared, from the same objects), its unit
# tests (cmocka, plain memory) and its integration test programs (run by
# tests/bats/libpd.bats against a pdd each of them starts).

PD_SRCS := pd/pd_ctx.c pd/pd_env.c pd/pd_host_pdd.c pd/pd_host_kernel.c pd/pd_sock.c \
	pd/pd_data.c pd/pd_poll.c
PD_OBJS := $(PD_SRCS:%.c=$(OBJ)/%.o)

LIBS += $(LIBDIR)/libpd.a $(LIBDIR)/libpd.so

$(LIBDIR)/libpd.a: $(PD_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

$(LIBDIR)/libpd.so: $(PD_OBJS) pd/libpd.map
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) -shared -Wl,-soname,libpd.so -Wl,--version-script=pd/libpd.map -o $@ $(PD_OBJS) $(LDLIBS_ALL)

# unit tests: cmocka, no driver
ifeq ($(HAVE_CMOCKA),1)
PD_UNIT := $(TBIN)/pd/test_ring $(TBIN)/pd/test_env $(TBIN)/pd/test_datapath
TESTS += $(PD_UNIT)

# the whole data path on plain memory, the test playing the driver
$(TBIN)/pd/test_datapath: $(OBJ)/pd/tests/test_datapath.o $(PD_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) -o $@ $^ $(CMOCKA_LIBS) $(LDLIBS_ALL)

$(TBIN)/pd/test_ring: $(OBJ)/pd/tests/test_ring.o
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) -o $@ $^ $(CMOCKA_LIBS) $(LDLIBS_ALL)

$(TBIN)/pd/test_env: $(OBJ)/pd/tests/test_env.o $(OBJ)/pd/pd_env.o
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) -o $@ $^ $(CMOCKA_LIBS) $(LDLIBS_ALL)
endif

$(OBJ)/pd/tests/%.o: CPPFLAGS_ALL += -Ipd

# integration programs: each starts its own pdd (pd/tests/pdd_harness.c), exit 77 without one
PD_ITEST_NAMES := bsd_basic bsd_nonblock bsd_errors bsd_poll bsd_zc bsd_threads bsd_wake
PD_ITESTS := $(PD_ITEST_NAMES:%=$(TBIN)/pd/%)
TESTS += tests/bats/libpd.bats
all: $(PD_ITESTS) $(TBIN)/pd/sockwait

# sockwait PATH SECS: waits until pdd accepts connections (used by workloads.bats)
$(TBIN)/pd/sockwait: $(OBJ)/pd/tests/sockwait.o $(OBJ)/pd/tests/pdd_harness.o $(LIBDIR)/libpd.a
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) -o $@ $(filter %.o,$^) $(LIBDIR)/libpd.a $(LDLIBS_ALL)

$(PD_ITESTS): $(TBIN)/pd/bsd_%: $(OBJ)/pd/tests/bsd_%.o $(OBJ)/pd/tests/pdd_harness.o $(LIBDIR)/libpd.a
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) -o $@ $(filter %.o,$^) $(LIBDIR)/libpd.a $(LDLIBS_ALL)
