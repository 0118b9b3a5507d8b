# drivers/dev - libpddev.a: the device-body registry (pd_dev_lookup) and the
# soft body (drivers/dev/soft/build.mk adds its objects as prerequisites).

LIBPDDEV := $(LIBDIR)/libpddev.a
LIBS += $(LIBPDDEV)

$(LIBPDDEV): $(OBJ)/drivers/dev/registry.o $(OBJ)/drivers/dev/dev_fault.o
	@mkdir -p $(dir $@)
	@rm -f $@
	$(AR) rcs $@ $(filter %.o,$^)
