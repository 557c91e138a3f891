package data

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// Run one at a time, for seconds: go test -run XXX -fuzz FuzzReadCSV -fuzztime 20s ./app/data/
// As plain tests (go test) only the seeds run.

// addFixtures adds every testdata file with one of the extensions as a seed.
func addFixtures(f *testing.F, exts ...string) {
	for _, ext := range exts {
		files, _ := filepath.Glob(filepath.Join("testdata", "*"+ext))
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil {
				f.Add(b)
			}
		}
	}
}

// checkTable verifies what every table must satisfy, whatever its input.
func checkTable(t *testing.T, table *Table) {
	rows := table.Len()
	if len(table.Columns()) == 0 || rows == 0 {
		t.Fatalf("%d columns, %d rows", len(table.Columns()), rows)
	}
	perKind := map[error]int{}
	for _, is := range table.Issues {
		perKind[errors.Unwrap(is)]++
		if is.Line < 0 || is.Column < 0 {
			t.Fatalf("issue at a negative place: %v", is)
		}
	}
	for _, c := range table.Columns() {
		v := c.Decision().Votes
		if sum := v.Blank + v.Marker + v.Number + v.Percent + v.Date + v.Identifier + v.Text; sum != rows || c.Len() != rows {
			t.Fatalf("%q: %d cells, %d votes, %d rows", c.Name(), c.Len(), sum, rows)
		}
		s := c.Stats()
		if len(s.Bad) != min(s.Unparsed, maxBadCells) {
			t.Fatalf("%q: %d unparsed, %d located", c.Name(), s.Unparsed, len(s.Bad))
		}
		missing := 0
		switch c.Type() {
		case Number, Percent:
			if len(c.Floats()) != rows {
				t.Fatalf("%q: %d values for %d rows", c.Name(), len(c.Floats()), rows)
			}
			for _, x := range c.Floats() {
				if math.IsInf(x, 0) {
					t.Fatalf("%q holds an infinity", c.Name())
				}
				if math.IsNaN(x) {
					missing++
				}
			}
		case Date:
			if len(c.Times()) != rows {
				t.Fatalf("%q: %d times for %d rows", c.Name(), len(c.Times()), rows)
			}
			for _, x := range c.Times() {
				if x == MissingTime {
					missing++
				}
			}
		case Text:
			for i := range rows {
				if trimSpace(c.Cell(i)) == "" {
					missing++
				}
			}
		}
		if missing != s.Missing+s.Unparsed {
			t.Fatalf("%q: %d missing values, stats %+v", c.Name(), missing, s)
		}
	}
}

func FuzzReadCSV(f *testing.F) {
	addFixtures(f, ".csv", ".txt")
	for _, s := range []string{
		"a,b\n1,2\n", "a;b\r\n\"1,5\";\"x\"\"y\"\r\n", "a\tb\n1\t\"2\n3\"\n", "sep=|\na|b\n1|2",
		"Title\n\nx,y\nTotal,3\n1,2\n", "a,b\n\"unclosed,1\n2,3\n", "v\n1,234\n12,5 %\n14/07/2026\n",
		"\xFF\xFEa\x00,\x00b\x00\n\x001\x00,\x002\x00", "x\n\x80\x81\x82\n", "a,b\n,\n,\n1,",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		table, err := ReadCSV(context.Background(), b, Options{Name: "fuzz.csv"})
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error is not a *ParseError: %v", err)
			}
			return
		}
		checkTable(t, table)
		for i, c := range table.Columns() {
			typ := c.Type()
			if err := table.SetType(context.Background(), i, Text); err != nil {
				t.Fatal(err)
			}
			if err := table.SetType(context.Background(), i, typ); err != nil {
				t.Fatal(err)
			}
		}
		checkTable(t, table)
	})
}

func FuzzReadJSON(f *testing.F) {
	addFixtures(f, ".json")
	for _, s := range []string{`[{"a":1}]`, `{"d":[{"a":"1,5"},{"b":null}]}`, `[{"a":{"b":[1,2]}},3]`, `[`, `{"a":`, `[{"a":1e999}]`, `[{"":""}]`,
		`[[1,2],[3]]`, `{"values":[["a","b"],["1","2"]]}`, `[1,"x",null,[2]]`, `[[1],3,[4]]`, `[[]]`, `[2` + strings.Repeat("0", 320) + `]`, `{"a":[1],"b":2` + strings.Repeat("0", 320) + `}`, `[{"a":2` + strings.Repeat("0", 320) + `}]`, `[{"a":[1,2` + strings.Repeat("0", 320) + `]}]`, `[{"a":1},2` + strings.Repeat("0", 320) + `]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		table, err := ReadJSON(context.Background(), b, Options{Name: "fuzz.json"})
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error is not a *ParseError: %v", err)
			}
			return
		}
		checkTable(t, table)
	})
}

func FuzzNumber(f *testing.F) {
	for _, s := range []string{"1234", "1 234 567,89", "1\u00a0234", "12,5 %", "1.2K", "3,4 M", "2 Md", "(1 234)", "€-12",
		"1,234", "0,5", "08123", "1e400", "12345678901234567890", "-0.000", ".5", "1,5E+06", "99999999.99999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, dec := range []byte{'.', ','} {
			v, info := parseNumber(s, dec)
			own := numPoint
			if dec == ',' {
				own = numComma
			}
			if math.IsInf(v, 0) || math.IsNaN(v) == (info.flags&own != 0) {
				t.Fatalf("parseNumber(%q, %q) = %v with flags %05b", s, dec, v, info.flags)
			}
			if fv, finfo, ok := fastNumber(s, 0, len(s), dec); ok {
				sv, sinfo := slowNumber(s, dec)
				if !sameFloat(fv, sv) || math.Signbit(fv) != math.Signbit(sv) || finfo != sinfo {
					t.Fatalf("%q, %q: fast %v %+v, slow %v %+v", s, dec, fv, finfo, sv, sinfo)
				}
				// In a longer text the bytes after the cell are looked at, not used.
				text := s + ";123456789"
				if tv, tinfo, tok := fastNumber(text, 0, len(s), dec); !tok || !sameFloat(tv, fv) || tinfo != finfo {
					t.Fatalf("%q in a longer text: %v %+v %v", s, tv, tinfo, tok)
				}
			}
		}
		// Plain decimals read exactly as strconv does.
		if plainDecimal(s) {
			want, _ := strconv.ParseFloat(s, 64)
			if got, _ := parseNumber(s, '.'); got != want && !(want == 0 && got == 0) {
				t.Fatalf("parseNumber(%q) = %v, strconv says %v", s, got, want)
			}
		}
	})
}

// plainDecimal reports whether s is digits with at most one "." inside and
// no grouping ambiguity: 1 to 3 digits before a point followed by 3 digits
// would read as a thousands group with a decimal comma but not with a point.
func plainDecimal(s string) bool {
	point := strings.IndexByte(s, '.')
	digitsOnly := func(p string) bool {
		for i := 0; i < len(p); i++ {
			if !isDigit(p[i]) {
				return false
			}
		}
		return len(p) > 0
	}
	if point < 0 {
		return digitsOnly(s) && len(s) <= 15 && (s[0] != '0' || len(s) == 1)
	}
	return digitsOnly(s[:point]) && digitsOnly(s[point+1:]) && len(s) <= 20
}

func FuzzDate(f *testing.F) {
	for _, s := range []string{"2026-07-14", "2026-07-14T08:30:00+02:00", "14/07/2026 08:30", "05/07/26", "Tue, Jul 14, 2026",
		"14 juil. 2026 à 08h30", "1er juillet 2026", "Jul 14, 2026 at 8:30 PM", "29/02/2024", "2026-07-14T08:30Z",
		"July 16", "8 de marzo", "Tue Jul1"} {
		f.Add(s)
	}
	lowest, highest := daysFromCivil(1000, 1, 1)*86400-15*3600, daysFromCivil(10000, 1, 1)*86400+15*3600
	// Dates written without a year are read in the placeholder year.
	yearlessLowest, yearlessHighest := daysFromCivil(yearlessYear, 1, 1)*86400-15*3600, daysFromCivil(yearlessYear+1, 1, 1)*86400+15*3600
	f.Fuzz(func(t *testing.T, s string) {
		for _, order := range []DateOrder{DMY, MDY} {
			v, flags := parseDate(s, order)
			own := dateDMY
			if order == MDY {
				own = dateMDY
			}
			low, high := lowest, highest
			if flags&dateNoYear != 0 {
				low, high = yearlessLowest, yearlessHighest
			}
			if v != MissingTime && (flags&own == 0 || v < low || v > high) {
				t.Fatalf("parseDate(%q, %v) = %d with flags %04b", s, order, v, flags)
			}
			if v == MissingTime && flags&own != 0 {
				t.Fatalf("parseDate(%q, %v) missing but flags %04b", s, order, flags)
			}
			if fv, fflags, ok := fastDate(s, order); ok {
				if sv, sflags := slowDate(s, order); fv != sv || fflags != sflags {
					t.Fatalf("%q, %v: fast %d %04b, slow %d %04b", s, order, fv, fflags, sv, sflags)
				}
			}
		}
	})
}

func FuzzValidUTF8(f *testing.F) {
	for _, s := range []string{"", "é", "\xED\xA0\x80", "abcdefgh\xF0\x9F\x98\x80", "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := validUTF8(b), utf8.Valid(b); got != want {
			t.Fatalf("validUTF8(%q) = %v, want %v", b, got, want)
		}
	})
}

// FuzzHeader reads inputs with each header mode and checks that the modes
// agree: without a header, the first row is one more data row.
func FuzzHeader(f *testing.F) {
	addFixtures(f, ".csv", ".txt")
	for _, s := range []string{
		"14086\n6414\n", "2019;2020\n1;2\n", "a,b\nTotal,3\n1,2\n", "1,2\n3\n\n4,5\n", "Title\n\n1,2\n3,4\n",
		"\"1\n2\",3\n4,5\n", "x\n", ",\n,\n", "1,2,3\n10,20,30\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		ctx := context.Background()
		auto, errAuto := ReadCSV(ctx, append([]byte(nil), b...), Options{})
		yes, errYes := ReadCSV(ctx, append([]byte(nil), b...), Options{Header: HeaderYes})
		no, errNo := ReadCSV(ctx, append([]byte(nil), b...), Options{Header: HeaderNo})
		for _, table := range []*Table{auto, yes, no} {
			if table == nil {
				continue
			}
			checkTable(t, table)
			h := table.Format.Header
			if h.Missing != (table.Format.HeaderLine == 0) {
				t.Fatalf("header %+v at line %d", h, table.Format.HeaderLine)
			}
			for j, c := range table.Columns() {
				if h.Missing && !strings.HasPrefix(c.Name(), "Column ") {
					t.Fatalf("column %d of a table without header named %q", j, c.Name())
				}
			}
		}
		if errYes == nil && yes.Format.Header.Missing || errNo == nil && !no.Format.Header.Missing {
			t.Fatalf("a forced header mode not followed: yes %+v, no %+v", yes, no)
		}
		if errAuto == nil && errNo == nil && auto.Format.Header.Missing && auto.Len() != no.Len() {
			t.Fatalf("%d rows without header detected, %d forced", auto.Len(), no.Len())
		}
		if errYes == nil && errNo == nil && yes.Format.Header.Reason == HeaderForced && yes.Format.TotalLine == 0 {
			if no.Len() != yes.Len()+1 {
				t.Fatalf("%d rows without header, %d with", no.Len(), yes.Len())
			}
		}
		if errNo != nil && errYes == nil {
			t.Fatalf("HeaderNo fails (%v) where HeaderYes reads", errNo)
		}
	})
}
