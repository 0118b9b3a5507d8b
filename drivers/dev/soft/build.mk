# drivers/dev/soft - the soft device body (into libpddev.a), its tests and
# its benchmark program.

PDSOFT_OBJS := $(addprefix $(OBJ)/drivers/dev/soft/,soft_dev.o soft_engine.o soft_thread.o)
$(LIBPDDEV): $(PDSOFT_OBJS)

BINS += $(BIN)/pd_soft_bench
$(BIN)/pd_soft_bench: $(OBJ)/drivers/dev/soft/bench_soft.o $(LIBPDDEV)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) $^ -o $@ $(LDLIBS_ALL)

ifeq ($(HAVE_CMOCKA),1)
PDSOFT_TESTS := regs exec irq thread copy random registry fault
PDSOFT_TBINS := $(addprefix $(TBIN)/drivers/dev/soft/test_soft_,$(PDSOFT_TESTS))
TESTS += $(PDSOFT_TBINS)
$(OBJ)/drivers/dev/soft/tests/%.o: CPPFLAGS_ALL += -Idrivers/dev/soft/tests
$(TBIN)/drivers/dev/soft/test_soft_%: $(OBJ)/drivers/dev/soft/tests/test_soft_%.o \
		$(OBJ)/drivers/dev/soft/tests/soft_harness.o $(LIBPDDEV)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) $^ -o $@ $(CMOCKA_LIBS) $(LDLIBS_ALL)
endif
