package problems

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"reachlab/app/data"
	"reachlab/app/data/xlsx"
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

func TestLimitsNameTheRealFigures(t *testing.T) {
	cells := fmt.Errorf("bomb.xlsx: %w", &xlsx.Error{Part: "xl/worksheets/sheet1.xml", Cell: "XFD1048576", Err: &xlsx.LimitError{Limit: xlsx.LimitCells, Size: 10_000_001, Max: 10_000_000}})
	cases := []struct {
		name string
		l    text.Lang
		err  error
		want string
	}{
		{"cells", text.EN, cells, "bomb.xlsx, cell XFD1048576: the sheet holds more than 10,000,000 cells"},
		{"cells fr", text.FR, cells, "bomb.xlsx, cellule XFD1048576 : la feuille compte plus de 10\u00a0000\u00a0000 cellules"},
		{"unpacked", text.EN, &xlsx.LimitError{Limit: xlsx.LimitTotalBytes, Size: 2 << 30, Max: 1 << 30}, "bomb.xlsx: the workbook unpacks to more than 2.15\u00a0GB of data (the limit is 1.07\u00a0GB)"},
		{"part", text.EN, &xlsx.LimitError{Limit: xlsx.LimitPartBytes, Size: 300 << 20, Max: 256 << 20}, "bomb.xlsx: one part of the workbook unpacks to 315\u00a0MB (the limit is 268\u00a0MB per part)"},
		{"parts", text.EN, &xlsx.LimitError{Limit: xlsx.LimitEntries, Size: 70000, Max: 65535}, "bomb.xlsx: the archive lists 70,000 files (the limit is 65,535)"},
		{"workbook file", text.EN, &data.ParseError{File: "huge.xlsx", Err: &data.SizeError{Size: 2 << 30, Limit: 1 << 30}}, "huge.xlsx: the file is too large (2.15\u00a0GB; the limit is 1.07\u00a0GB)"},
	}
	for _, c := range cases {
		got := Problem(c.l, "bomb.xlsx", c.err)
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: Problem = %q, want prefix %q", c.name, got, c.want)
		}
		if strings.Contains(got, "?") {
			t.Errorf("%s: %q still has a question mark for a figure", c.name, got)
		}
	}
}

func TestDeepJSONIsNotCalledInvalid(t *testing.T) {
	doc := `{"rows": ` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`
	_, err := data.ReadJSON(context.Background(), []byte(doc), data.Options{Name: "deep.json"})
	if !errors.Is(err, data.ErrTooDeep) {
		t.Fatalf("ReadJSON(deep) = %v, want ErrTooDeep", err)
	}
	got := Problem(text.EN, "deep.json", err)
	want := "deep.json, line 1, column 10009: the JSON nests values more than 10,000 levels deep"
	if !strings.HasPrefix(got, want) {
		t.Errorf("Problem = %q, want prefix %q", got, want)
	}
	if _, err := data.ReadJSON(context.Background(), []byte(`[{"a": 1,}]`), data.Options{Name: "bad.json"}); !errors.Is(err, data.ErrSyntax) {
		t.Errorf("a real syntax error = %v, want ErrSyntax", err)
	}
}

func TestADeletedDatasetIsSaidSo(t *testing.T) {
	err := fmt.Errorf("mapping %q: %w", "0b5e3c1a-uuid", store.ErrNotExist)
	for l, want := range map[text.Lang]string{text.EN: "this dataset was deleted", text.FR: "ce jeu de données a été supprimé"} {
		got := Cause(l, err)
		if !strings.HasPrefix(got, want) || strings.Contains(got, "no such record") {
			t.Errorf("Cause(%s) = %q, want %q without the store's words", l, got, want)
		}
	}
}
