# drivers/core - the driver core (host-independent), as libpdcore.a, and its
# cmocka tests, which drive the real soft device (libpddev.a) inline.

PDC_OBJS := $(addprefix $(OBJ)/drivers/core/,pdc_dev.o pdc_alloc.o pdc_sock.o pdc_req.o pdc_data.o)
LIBPDCORE := $(LIBDIR)/libpdcore.a
LIBS += $(LIBPDCORE)

$(LIBPDCORE): $(PDC_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@ && $(AR) rcs $@ $^

ifeq ($(HAVE_CMOCKA),1)
ifneq ($(wildcard drivers/dev/soft/build.mk),)
PDC_TESTS := tables alloc copy queues data validate death threads slot
PDC_TBINS := $(addprefix $(TBIN)/drivers/core/test_pdc_,$(PDC_TESTS))
TESTS += $(PDC_TBINS)
# keep the test objects (pattern-rule intermediates would be deleted and rebuilt every time)
.SECONDARY: $(addprefix $(OBJ)/drivers/core/tests/,pdc_harness.o $(addsuffix .o,$(addprefix test_pdc_,$(PDC_TESTS))))
$(OBJ)/drivers/core/tests/%.o: CPPFLAGS_ALL += -Idrivers/core/tests
$(TBIN)/drivers/core/test_pdc_%: $(OBJ)/drivers/core/tests/test_pdc_%.o \
		$(OBJ)/drivers/core/tests/pdc_harness.o $(LIBPDCORE) $(LIBDIR)/libpddev.a
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) $^ -o $@ $(CMOCKA_LIBS) $(LDLIBS_ALL)
endif
endif
