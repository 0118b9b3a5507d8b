// SPDX-License-Identifier: MIT
/*
 * Description: libpd's environment parsing (PD_HOST, PD_SOCKET, PD_POLL, PD_CTL)
 * and the rounding of SO_SNDBUF/SO_RCVBUF to a ring size.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "pd_internal.h"

static const char *v_host, *v_sock, *v_poll, *v_ctl;

static const char *fake_get(const char *name)
{
	if (!strcmp(name, "PD_HOST"))
		return v_host;
	if (!strcmp(name, "PD_SOCKET"))
		return v_sock;
	if (!strcmp(name, "PD_POLL"))
		return v_poll;
	if (!strcmp(name, "PD_CTL"))
		return v_ctl;
	return NULL;
}

static int parse(const char *h, const char *s, const char *p, struct pd_env *e, char *err)
{
	v_host = h;
	v_sock = s;
	v_poll = p;
	err[0] = 0;
	return pd_env_parse(fake_get, e, err, 200);
}

static void test_defaults(void **state)
{
	struct pd_env e;
	char err[200];

	(void)state;
	assert_int_equal(parse(NULL, NULL, NULL, &e, err), 0);
	assert_int_equal(e.host, PD_HOST_PDD);
	assert_string_equal(e.socket, PD_DEFAULT_SOCKET);
	assert_int_equal(e.busy_poll, 0);
	assert_int_equal(e.ctl_socket, 0);
	assert_int_equal(e.host_set, 0);
	assert_int_equal(parse("", "", "", &e, err), 0);
	assert_int_equal(e.host, PD_HOST_PDD);
}

static void test_values(void **state)
{
	struct pd_env e;
	char err[200];

	(void)state;
	assert_int_equal(parse("kernel", "/tmp/x.sock", "busy", &e, err), 0);
	assert_int_equal(e.host, PD_HOST_KERNEL);
	assert_int_equal(e.host_set, 1);
	assert_string_equal(e.socket, "/tmp/x.sock");
	assert_int_equal(e.busy_poll, 1);
	assert_int_equal(parse("pdd", NULL, "adaptive", &e, err), 0);
	assert_int_equal(e.busy_poll, 0);
}

static void test_ctl(void **state)
{
	struct pd_env e;
	char err[200];

	(void)state;
	v_ctl = "socket";
	assert_int_equal(parse(NULL, NULL, NULL, &e, err), 0);
	assert_int_equal(e.ctl_socket, 1);
	v_ctl = "slot";
	assert_int_equal(parse(NULL, NULL, NULL, &e, err), 0);
	assert_int_equal(e.ctl_socket, 0);
	v_ctl = "shm";
	assert_int_equal(parse(NULL, NULL, NULL, &e, err), -EINVAL);
	assert_non_null(strstr(err, "PD_CTL='shm'"));
	v_ctl = NULL;
}

static void test_bad(void **state)
{
	struct pd_env e;
	char err[200], longp[300];

	(void)state;
	assert_int_equal(parse("rdma", NULL, NULL, &e, err), -EINVAL);
	assert_non_null(strstr(err, "PD_HOST='rdma'"));
	assert_int_equal(parse(NULL, NULL, "sometimes", &e, err), -EINVAL);
	assert_non_null(strstr(err, "PD_POLL"));
	memset(longp, 'a', sizeof(longp) - 1);
	longp[sizeof(longp) - 1] = 0;
	assert_int_equal(parse(NULL, longp, NULL, &e, err), -ENAMETOOLONG);
}

static void test_ring_size_round(void **state)
{
	(void)state;
	assert_int_equal(pd_ring_size_round(-5), PD_RING_MIN);
	assert_int_equal(pd_ring_size_round(0), PD_RING_MIN);
	assert_int_equal(pd_ring_size_round(4096), 4096);
	assert_int_equal(pd_ring_size_round(4097), 8192);
	assert_int_equal(pd_ring_size_round(65536), 65536);
	assert_int_equal(pd_ring_size_round(3 << 20), 4 << 20);
	assert_int_equal(pd_ring_size_round((int64_t)1 << 40), PD_RING_MAX);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_ctl),
		cmocka_unit_test(test_bad),
		cmocka_unit_test(test_ring_size_round),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
