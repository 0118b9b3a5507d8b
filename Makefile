# PipeDevice - top-level build.
#
# One make over the whole tree: each component has a build.mk fragment that
# adds its programs, libraries and tests to the lists below and its rules.
# Objects and programs land in $(BUILD) (build/, or build-san/ for the
# sanitizer build), never beside the sources.
#
#   make            build everything this machine can build (see ./configure)
#   make check      every test suite; last line "N passed, N failed, N skipped"
#   make check-sanitize   the same suites built with ASan + UBSan
#   make bench      benchmarks that print figures (docs/performance.md)
#   make reproduce  the paper's evaluation on this machine (PROFILE=quick|full)
#   make deps       install the Debian packages the project uses
#   make install    install programs, library and headers under $(PREFIX)
#   make clean

SHELL := /bin/bash
.DEFAULT_GOAL := all

# config.mk is written by ./configure; make runs it on first use.
# The goals that run things (check, bench) first make sure the Debian packages
# are there (scripts/install-deps: fast and silent when all are installed), so
# `make check` works on a fresh Debian 12; configure then probes what was
# installed.  `make` alone never installs anything.
DEPS_STAMP := build/.deps-ok
RUN_GOALS := check check-sanitize bench
# The stamp is touched even when installing failed (not root, no network): a
# stamp that stayed old would make make remake config.mk and restart forever.
# `make deps` touches it too, so configure runs again after it.
config.mk: configure $(sort $(wildcard $(DEPS_STAMP)) $(if $(filter $(RUN_GOALS),$(MAKECMDGOALS)),$(DEPS_STAMP)))
	@./configure --quiet
-include config.mk

$(DEPS_STAMP): scripts/install-deps
	@mkdir -p $(@D)
	@scripts/install-deps || echo "make: scripts/install-deps failed: tests that need the missing tools skip; run make deps as root" >&2
	@touch $@

SAN ?= 0
ifeq ($(SAN),1)
BUILD ?= build-san
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
else
BUILD ?= build
SANFLAGS :=
endif

CC ?= gcc
PREFIX ?= /usr/local
OPT ?= -O2
CPPFLAGS_ALL := -D_GNU_SOURCE -Idrivers/include -Idrivers/dev -Idrivers/core -Ipd/include -I$(BUILD)/gen
CFLAGS_ALL := -std=gnu11 -Wall -Wextra -Werror $(OPT) -g -pthread -fPIC $(SANFLAGS) $(CONFIG_CFLAGS)
LDFLAGS_ALL := -pthread $(SANFLAGS)
LDLIBS_ALL := -lm

B := $(BUILD)
BIN := $(B)/bin
LIBDIR := $(B)/lib
OBJ := $(B)/obj
TBIN := $(B)/tests

# Lists the fragments append to.
BINS :=        # programs installed to bin/ (full paths under $(BIN))
LIBS :=        # libraries (full paths under $(LIBDIR))
TESTS :=       # test programs and .bats files the runner runs (see scripts/run-tests)
SAN_SKIP :=    # tests not run under check-sanitize (e.g. Verilated models)
BENCHES :=     # benchmark scripts run by make bench
TOOLS :=       # helper programs built with everything but not installed

# build/gen/config.h is written by ./configure; other build dirs (build-san,
# or build after make clean) derive theirs from config.mk.
$(B)/gen/config.h: config.mk
	@mkdir -p $(@D)
	@{ echo '/* config.h - derived from config.mk; do not edit. */'; \
	  echo '#ifndef PD_CONFIG_H'; echo '#define PD_CONFIG_H'; \
	  sed -n 's/^HAVE_\([A-Z0-9_]*\) := \([01]\)$$/#define CONFIG_HAVE_\1 \2/p' config.mk; \
	  echo '#endif'; } > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; touch $@; else mv $@.tmp $@; fi

# Generic compile rule: $(OBJ)/path/to/x.o from path/to/x.c
$(OBJ)/%.o: %.c | config.mk $(B)/gen/config.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

FRAGMENTS := $(wildcard drivers/core/build.mk drivers/dev/build.mk drivers/dev/soft/build.mk \
	drivers/dev/rtl/build.mk drivers/pdd/build.mk pd/build.mk pd/preload/build.mk workloads/build.mk \
	bench/build.mk rtl/build.mk tests/build.mk)
include $(FRAGMENTS)

.PHONY: all check check-sanitize bench reproduce deps install clean distclean
all: $(LIBS) $(BINS) $(TOOLS) $(filter-out %.bats %.sh,$(TESTS))

$(B)/tests.list: FORCE | config.mk
	@mkdir -p $(B)
	@printf '%s\n' $(TESTS) > $@.tmp && mv $@.tmp $@
	@printf '%s\n' $(SAN_SKIP) > $(B)/san-skip.list

check: all $(B)/tests.list
	@scripts/run-tests --build $(B) --list $(B)/tests.list $(if $(filter 1,$(SAN)),--skip-list $(B)/san-skip.list)

check-sanitize:
	@if [ "$(HAVE_SANITIZERS)" = 0 ]; then \
		echo "make check-sanitize: the compiler cannot link ASan+UBSan (see config.log); run make deps" >&2; exit 1; fi
	@$(MAKE) --no-print-directory SAN=1 check

bench: all
	@scripts/run-benches $(B) $(BENCHES)

PROFILE ?= quick
reproduce:
	@scripts/reproduce --profile $(PROFILE)

deps:
	@scripts/install-deps
	@mkdir -p $(dir $(DEPS_STAMP)) && touch $(DEPS_STAMP)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include
	$(if $(BINS),install -m 755 $(BINS) $(DESTDIR)$(PREFIX)/bin)
	$(if $(LIBS),install -m 644 $(LIBS) $(DESTDIR)$(PREFIX)/lib)
	install -m 644 pd/include/pd.h drivers/include/pd_uapi.h drivers/include/pd_hw.h $(DESTDIR)$(PREFIX)/include

clean:
	rm -rf build build-san $(B)

distclean: clean
	rm -f config.mk config.log

FORCE:

-include $(shell find $(B)/obj -name '*.d' 2>/dev/null)
