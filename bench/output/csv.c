// SPDX-License-Identifier: MIT
/* csv.c - read a result CSV back (one header line, RFC 4180 quoting). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "pdbench.h"

/* Split one line into fields in place; returns the count. */
static unsigned split(char *line, char **out, unsigned max)
{
	unsigned n = 0;
	char *r = line, *w;

	while (n < max) {
		out[n++] = w = r;
		if (*r == '"') {
			r++;
			while (*r) {
				if (*r == '"' && r[1] == '"') {
					*w++ = '"';
					r += 2;
				} else if (*r == '"') {
					r++;
					break;
				} else {
					*w++ = *r++;
				}
			}
		} else {
			while (*r && *r != ',')
				*w++ = *r++;
		}
		while (*r && *r != ',')
			r++;
		if (!*r) {
			*w = 0;
			break;
		}
		r++;
		*w = 0;
	}
	return n;
}

int pdb_csv_read(const char *path, struct pdb_csv *t)
{
	char *s = pdb_slurp(path), *line, *save = NULL, *f[64];
	unsigned n;

	memset(t, 0, sizeof(*t));
	if (!s)
		return -errno;
	for (line = strtok_r(s, "\r\n", &save); line; line = strtok_r(NULL, "\r\n", &save)) {
		n = split(line, f, 64);
		if (!t->field) {
			t->nfield = n;
			t->field = calloc(n, sizeof(char *));
			for (unsigned i = 0; i < n; i++)
				t->field[i] = strdup(f[i]);
			continue;
		}
		char ***rows = realloc(t->row, (t->nrow + 1) * sizeof(*rows));

		if (!rows)
			break;
		t->row = rows;
		t->row[t->nrow] = calloc(t->nfield, sizeof(char *));
		for (unsigned i = 0; i < t->nfield; i++)
			t->row[t->nrow][i] = strdup(i < n ? f[i] : "");
		t->nrow++;
	}
	free(s);
	return t->field ? 0 : -EINVAL;
}

void pdb_csv_free(struct pdb_csv *t)
{
	for (unsigned r = 0; r < t->nrow; r++) {
		for (unsigned i = 0; i < t->nfield; i++)
			free(t->row[r][i]);
		free(t->row[r]);
	}
	for (unsigned i = 0; i < t->nfield; i++)
		free(t->field[i]);
	free(t->row);
	free(t->field);
	memset(t, 0, sizeof(*t));
}

int pdb_csv_col(const struct pdb_csv *t, const char *name)
{
	for (unsigned i = 0; i < t->nfield; i++)
		if (!strcmp(t->field[i], name))
			return (int)i;
	return -1;
}
