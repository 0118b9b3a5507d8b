# bench/build.mk - pdbench and its traffic programs (docs/abi.md, "pdbench").

# bench/ in parts, all sharing bench/pdbench.h:
#   cli/         main, options and the subcommands (cmd_*.c)
#   runtime/     containers (netns + cgroup), processes in them, a run's setup and teardown
#   transports/  one file per transport behind pdb_transport_ops
#   accounting/  CPU over the window (cgroups, pdd's device/driver split), env.json
#   output/      CSV/JSON/text rows, reading CSVs back, parsers of the tools' output
#   models/      programs pdbench runs as transports: the FreeFlow router model, the
#                shared-memory stream, the kernel TCP stream
#   stack/       make bench (bench/stack/stack runs pdbench stack) and its floor helpers
PDBENCH_SRCS := cli/main.c cli/opts.c runtime/run.c runtime/container.c runtime/proc.c accounting/xcore.c \
	accounting/measure.c output/parse.c output/output.c accounting/env.c output/csv.c \
	cli/cmd_doctor.c cli/cmd_cpu.c cli/cmd_scale.c cli/cmd_latency.c cli/cmd_plot.c \
	cli/cmd_report.c cli/cmd_cleanup.c cli/cmd_stack.c \
	transports/common.c transports/tcp.c transports/pd.c transports/freeflow.c \
	transports/rdma.c transports/shm.c
PDBENCH_OBJS := $(addprefix $(OBJ)/bench/,$(PDBENCH_SRCS:.c=.o))

BINS += $(BIN)/pdbench $(BIN)/pdb_ff $(BIN)/pdb_shm $(BIN)/pdb_tcpstream

$(BIN)/pdbench: $(PDBENCH_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) $^ -o $@ $(LDLIBS_ALL)

$(BIN)/pdb_ff: $(OBJ)/bench/models/ff_router.o
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) $^ -o $@ $(LDLIBS_ALL)

$(BIN)/pdb_shm: $(OBJ)/bench/models/shm_stream.o
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) $^ -o $@ $(LDLIBS_ALL)

$(BIN)/pdb_tcpstream: $(OBJ)/bench/models/tcp_stream.o
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) $^ -o $@ $(LDLIBS_ALL)

# cmocka unit tests of the output parsers, on output captured from the real tools
PDBENCH_PARSE_OBJS := $(addprefix $(OBJ)/bench/,output/parse.o cli/opts.o runtime/proc.o runtime/container.o)
ifeq ($(HAVE_CMOCKA),1)
TESTS += $(TBIN)/bench/test_parsers
$(TBIN)/bench/test_parsers: $(OBJ)/bench/tests/test_parsers.o $(PDBENCH_PARSE_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) $^ -o $@ $(LDLIBS_ALL) $(or $(CMOCKA_LIBS),-lcmocka)
endif

# Paths are bounded by PATH_MAX and messages by their buffers; truncation is
# the intended behaviour there, so gcc's truncation warning is off for bench/.
$(OBJ)/bench/%.o: CFLAGS_ALL += -Wno-format-truncation
# every part includes "pdbench.h" (and the subcommands "transports/common.h") from bench/
$(OBJ)/bench/%.o: CPPFLAGS_ALL += -Ibench

# CLI, dry-run and end-to-end tests (real namespaces; the run file needs root)
TESTS += tests/bats/pdbench.bats tests/bats/pdbench-run.bats
