# drivers/dev/rtl - the "rtl" device body: the Verilated pd_top behind pd_dev.h,
# in $(LIBDIR)/libpdrtl.a with the model and the Verilator runtime.  pdd links it
# through PDD_EXTRA_LIBS / PDD_EXTRA_LDLIBS / PDD_LINK (drivers/pdd/build.mk) so
# that `pdd --device rtl` works; the registry finds it by the weak pd_rtl_ops.
ifeq ($(HAVE_VERILATOR),1)
include rtl/verilator.mk

LIBPDRTL := $(LIBDIR)/libpdrtl.a
LIBS += $(LIBPDRTL)

$(RTL_B)/obj/rtl_dev.o: drivers/dev/rtl/rtl_dev.cpp $(wildcard rtl/sim/*.h) $(RTL_DEV_LIB) drivers/include/pd_hw.h \
		drivers/dev/pd_dev.h
	@mkdir -p $(dir $@)
	$(CXX) $(RTL_CXXFLAGS) -I$(RTL_B)/vdev -c $< -o $@

# One archive: the body, the model's objects and the Verilator runtime.
$(LIBPDRTL): $(RTL_B)/obj/rtl_dev.o $(RTL_DEV_LIB) $(RTL_VRT_OBJS)
	@mkdir -p $(dir $@) $(RTL_B)/ar
	@rm -f $@
	cd $(RTL_B)/ar && rm -f *.o && $(AR) x $(abspath $(RTL_DEV_LIB))
	$(AR) rcs $@ $(RTL_B)/obj/rtl_dev.o $(RTL_VRT_OBJS) $(RTL_B)/ar/*.o

# The whole archive: nothing in pdd refers to pd_rtl_ops by a strong reference.
PDD_EXTRA_LIBS += $(LIBPDRTL)
PDD_EXTRA_LDLIBS += -Wl,--whole-archive $(LIBPDRTL) -Wl,--no-whole-archive -lstdc++
PDD_LINK := $(CXX)

ifeq ($(HAVE_CMOCKA),1)
TESTS += $(TBIN)/drivers/dev/rtl/test_rtl_body
$(TBIN)/drivers/dev/rtl/test_rtl_body: $(OBJ)/drivers/dev/rtl/tests/test_rtl_body.o $(LIBPDDEV) $(LIBPDRTL)
	@mkdir -p $(dir $@)
	$(CXX) $(LDFLAGS_ALL) $< $(LIBPDDEV) -Wl,--whole-archive $(LIBPDRTL) -Wl,--no-whole-archive -o $@ \
		$(CMOCKA_LIBS) $(LDLIBS_ALL)
endif

# pdd --device rtl + pd_stream --verify (skips, saying why, while a program is missing)
TESTS += tests/bats/rtl_e2e.bats
endif
