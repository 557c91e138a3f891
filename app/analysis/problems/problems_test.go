package problems

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"reachlab/app/data"
	"reachlab/app/i18n"
	"reachlab/app/store"
	"reachlab/app/text"
)

func TestProblemNamesFileLineAndColumn(t *testing.T) {
	err := fmt.Errorf("reading: %w", &data.ParseError{File: "posts.csv", Line: 12, Column: 3, Err: data.ErrUnclosedQuote})
	cases := []struct {
		l    text.Lang
		want string
	}{
		{text.EN, "posts.csv, line 12, column 3: a quoted field is never closed"},
		{text.FR, "posts.csv, ligne 12, colonne 3 : un champ entre guillemets n'est jamais refermé"},
	}
	for _, c := range cases {
		if got := Problem(c.l, "other.csv", err); !strings.HasPrefix(got, c.want) {
			t.Errorf("Problem(%s) = %q, want prefix %q", c.l, got, c.want)
		}
	}
	if got := Problem(text.EN, "big.csv", &data.SizeError{Size: 2 << 30, Limit: 1 << 30}); got != "big.csv: the file is too large (2.15\u00a0GB; the limit is 1.07\u00a0GB)" {
		t.Errorf("size problem = %q", got)
	}
	if got := Problem(text.FR, "x.csv", context.Canceled); got != "x.csv : chargement annulé" {
		t.Errorf("cancelled = %q", got)
	}
	if got := Problem(text.EN, "full.csv", fmt.Errorf("saving: %w", store.ErrQuota)); !strings.Contains(got, "storage is full") {
		t.Errorf("quota = %q", got)
	}
	if got := Problem(text.EN, "odd.bin", errors.New("strange")); got != "odd.bin: could not be read (strange)" {
		t.Errorf("unknown error = %q", got)
	}
}

func TestEveryReaderSentinelHasAMessage(t *testing.T) {
	for _, c := range causes {
		for _, l := range text.Langs {
			if i18n.T(l, c.key) == string(c.key) {
				t.Errorf("%v has no %s message", c.err, l)
			}
		}
	}
}
