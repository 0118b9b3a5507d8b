# tests/build.mk - cross-component tests (tests/bats) and the stack benchmark (bench/stack).
#
# foundation.bats checks the test helpers, configure, run-tests, run-benches and
# install-deps; e2e.bats runs pdd + pd_stream between two containers, e2e-rr.bats
# pd_rr (both skip, saying why, while a program is not built).
# bench/stack/stack (pdbench stack) is make bench's side-by-side comparison.

TESTS += tests/bats/foundation.bats tests/bats/e2e.bats tests/bats/e2e-rr.bats

# memcpy bandwidth at the ring size: a tool for bench/stack, built with everything
# but not installed.
TOOLS += $(B)/bench-stack/memcpy_bw
$(B)/bench-stack/memcpy_bw: $(OBJ)/bench/stack/memcpy_bw.o
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS_ALL) -o $@ $^ $(LDLIBS_ALL)

# the cost of handing a core from one process to another (sched_yield): the
# floor under a one-way trip when the two applications share a core
TOOLS += $(B)/bench-stack/handoff
$(B)/bench-stack/handoff: $(OBJ)/bench/stack/handoff.o
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS_ALL) -o $@ $^ $(LDLIBS_ALL)

BENCHES += bench/stack/stack
