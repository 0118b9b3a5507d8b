# bench/build.mk - pdbench and its traffic programs (docs/abi.md, "pdbench").

PDBENCH_SRCS := main.c opts.c run.c container.c proc.c measure.c parse.c output.c env.c csv.c \
	cmd_doctor.c cmd_cpu.c cmd_scale.c cmd_latency.c cmd_plot.c cmd_report.c cmd_cleanup.c \
	transports/common.c transports/tcp.c transports/pd.c transports/freeflow.c \
	transports/rdma.c transports/shm.c
PDBENCH_OBJS := $(addprefix $(OBJ)/bench/,$(PDBENCH_SRCS:.c=.o))

BINS += $(BIN)/pdbench $(BIN)/pdb_ff $(BIN)/pdb_shm $(BIN)/pdb_tcpstream

$(BIN)/pdbench: $(PDBENCH_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) $^ -o $@ $(LDLIBS_ALL)

$(BIN)/pdb_ff: $(OBJ)/bench/ff_router.o
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) $^ -o $@ $(LDLIBS_ALL)

$(BIN)/pdb_shm: $(OBJ)/bench/shm_stream.o
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) $^ -o $@ $(LDLIBS_ALL)

$(BIN)/pdb_tcpstream: $(OBJ)/bench/tcp_stream.o
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) $^ -o $@ $(LDLIBS_ALL)

# cmocka unit tests of the output parsers, on output captured from the real tools
PDBENCH_PARSE_OBJS := $(addprefix $(OBJ)/bench/,parse.o opts.o proc.o container.o)
ifeq ($(HAVE_CMOCKA),1)
TESTS += $(TBIN)/bench/test_parsers
$(TBIN)/bench/test_parsers: $(OBJ)/bench/tests/test_parsers.o $(PDBENCH_PARSE_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) $^ -o $@ $(LDLIBS_ALL) $(or $(CMOCKA_LIBS),-lcmocka)
endif

# Paths are bounded by PATH_MAX and messages by their buffers; truncation is
# the intended behaviour there, so gcc's truncation warning is off for bench/.
$(OBJ)/bench/%.o: CFLAGS_ALL += -Wno-format-truncation

# CLI, dry-run and end-to-end tests (real namespaces; the run file needs root)
TESTS += tests/bats/pdbench.bats tests/bats/pdbench-run.bats
