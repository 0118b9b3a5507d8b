# common.bash - shared setup for PipeDevice bats files: `load lib/common`.
#
# Finds the tree and the build (PD_ROOT, PD_BUILD: set by scripts/run-tests, or
# derived here when a .bats file is run by hand), puts $PD_BUILD/bin first on PATH,
# and loads the container helpers (lib/containers.bash).

: "${PD_ROOT:=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)}"
: "${PD_BUILD:=$PD_ROOT/build}"
export PD_ROOT PD_BUILD
case ":$PATH:" in *":$PD_BUILD/bin:"*) ;; *) PATH="$PD_BUILD/bin:$PATH" ;; esac

# shellcheck source=containers.bash
source "$BATS_TEST_DIRNAME/lib/containers.bash"

# pd_require_root: skip the test unless it runs as root (namespaces, cgroups).
pd_require_root() {
	[ "$(id -u)" -eq 0 ] || skip "needs root (network namespaces and cgroups)"
}

# pd_require_bin NAME...: skip unless $PD_BUILD/bin/NAME exists for each NAME.
pd_require_bin() {
	local b
	for b in "$@"; do
		[ -x "$PD_BUILD/bin/$b" ] || skip "$b is not built yet ($PD_BUILD/bin/$b missing)"
	done
}

# pd_require_tool NAME...: skip unless each tool is on PATH (make deps installs them).
pd_require_tool() {
	local t
	for t in "$@"; do
		command -v "$t" >/dev/null 2>&1 || skip "$t is not installed (run make deps)"
	done
}
