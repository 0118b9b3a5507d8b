# pd/preload/build.mk - libpd_preload.so, the LD_PRELOAD shim that carries
# unmodified socket programs over PipeDevice (pd/preload/README.md), built
# from its own objects and libpd's; its test program and bats file.

PL_SRCS := pd/preload/pl_core.c pd/preload/pl_sock.c pd/preload/pl_io.c pd/preload/pl_poll.c
PL_OBJS := $(PL_SRCS:%.c=$(OBJ)/%.o)

LIBS += $(LIBDIR)/libpd_preload.so

$(OBJ)/pd/preload/%.o: CPPFLAGS_ALL += -Ipd -Ipd/preload

$(LIBDIR)/libpd_preload.so: $(PL_OBJS) $(PD_OBJS) pd/preload/preload.map
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) -shared -Wl,-soname,libpd_preload.so -Wl,--version-script=pd/preload/preload.map \
		-o $@ $(PL_OBJS) $(PD_OBJS) $(LDLIBS_ALL) -ldl

# pl_mix: a plain sockets program (no libpd) that the tests run under the shim
all: $(TBIN)/pd/pl_mix
$(TBIN)/pd/pl_mix: $(OBJ)/pd/preload/tests/pl_mix.o
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) -o $@ $^ $(LDLIBS_ALL)

TESTS += tests/bats/preload.bats
