# workloads/build.mk - pd_stream and pd_rr (libpd or kernel TCP), their unit
# tests (histogram, pacer, parsing, pattern, touch) and tests/bats/workloads.bats.

WL_COMMON := $(OBJ)/workloads/wl_util.o $(OBJ)/workloads/wl_pace.o $(OBJ)/workloads/wl_hist.o \
	$(OBJ)/workloads/wl_xport.o
WL_STREAM := $(OBJ)/workloads/stream_main.o $(OBJ)/workloads/stream_client.o $(OBJ)/workloads/stream_server.o

BINS += $(BIN)/pd_stream $(BIN)/pd_rr

$(BIN)/pd_stream: $(WL_STREAM) $(WL_COMMON) $(LIBDIR)/libpd.a
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) -o $@ $(filter %.o,$^) $(LIBDIR)/libpd.a $(LDLIBS_ALL)

$(BIN)/pd_rr: $(OBJ)/workloads/pd_rr.o $(WL_COMMON) $(LIBDIR)/libpd.a
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) -o $@ $(filter %.o,$^) $(LIBDIR)/libpd.a $(LDLIBS_ALL)

ifeq ($(HAVE_CMOCKA),1)
WL_TESTS := $(TBIN)/workloads/test_hist $(TBIN)/workloads/test_util $(TBIN)/workloads/test_pace
TESTS += $(WL_TESTS)

$(WL_TESTS): $(TBIN)/workloads/test_%: $(OBJ)/workloads/tests/test_%.o $(WL_COMMON) $(LIBDIR)/libpd.a
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) -o $@ $(filter %.o,$^) $(LIBDIR)/libpd.a $(CMOCKA_LIBS) $(LDLIBS_ALL)
endif

$(OBJ)/workloads/tests/%.o: CPPFLAGS_ALL += -Iworkloads

TESTS += tests/bats/workloads.bats
