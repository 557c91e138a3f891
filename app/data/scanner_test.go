package data

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// scanAll splits text into records of unescaped fields with the scanner,
// returning each record's first line and the issues.
func scanAll(text string, delim byte) (records [][]string, lines []int, issues []*ParseError) {
	log := &issueLog{}
	sc := newScanner(text, delim, 0, 1, log)
	fields := make([]span, 64)
	for {
		line := sc.line
		k, ok := sc.next(fields)
		if !ok {
			break
		}
		rec := make([]string, min(k, len(fields)))
		for i := range rec {
			rec[i] = cellString(text, fields[i])
		}
		records = append(records, rec)
		lines = append(lines, line)
	}
	return records, lines, log.list
}

func TestScanner(t *testing.T) {
	type issue struct {
		err          error
		line, column int
	}
	tests := []struct {
		name    string
		in      string
		delim   byte
		records [][]string
		lines   []int
		issues  []issue
	}{
		{"LF", "a,b\n1,2\n", ',', [][]string{{"a", "b"}, {"1", "2"}}, []int{1, 2}, nil},
		{"CRLF", "a,b\r\n1,2\r\n", ',', [][]string{{"a", "b"}, {"1", "2"}}, []int{1, 2}, nil},
		{"CR", "a,b\r1,2\r", ',', [][]string{{"a", "b"}, {"1", "2"}}, []int{1, 2}, nil},
		{"no final line ending", "a,b\n1,2", ',', [][]string{{"a", "b"}, {"1", "2"}}, []int{1, 2}, nil},
		{"quoted delimiter", `a,"b,c",d`, ',', [][]string{{"a", "b,c", "d"}}, []int{1}, nil},
		{"doubled quotes", `"ha ""ha"" ha",x`, ',', [][]string{{`ha "ha" ha`, "x"}}, []int{1}, nil},
		{"only a doubled quote", `""""`, ',', [][]string{{`"`}}, []int{1}, nil},
		{"empty quoted", `"",""`, ',', [][]string{{"", ""}}, []int{1}, nil},
		{"line feed in quotes", "\"a\nb\",c\nd,e\n", ',', [][]string{{"a\nb", "c"}, {"d", "e"}}, []int{1, 3}, nil},
		{"CRLF in quotes kept", "\"a\r\nb\",c\r\nd,e", ',', [][]string{{"a\r\nb", "c"}, {"d", "e"}}, []int{1, 3}, nil},
		{"lone CR in quotes", "\"a\rb\",c\rd,e", ',', [][]string{{"a\rb", "c"}, {"d", "e"}}, []int{1, 3}, nil},
		{"empty fields", ",,\n", ',', [][]string{{"", "", ""}}, []int{1}, nil},
		{"trailing delimiter", "a,b,\n", ',', [][]string{{"a", "b", ""}}, []int{1}, nil},
		{"blank line", "a\n\nb\n", ',', [][]string{{"a"}, {""}, {"b"}}, []int{1, 2, 3}, nil},
		{"bare quote inside", `a,12" pizza,b`, ',', [][]string{{"a", `12" pizza`, "b"}}, []int{1}, nil},
		{"semicolon", "a;b,c;d", ';', [][]string{{"a", "b,c", "d"}}, []int{1}, nil},
		{"tab", "a\tb c\t\"d\te\"", '\t', [][]string{{"a", "b c", "d\te"}}, []int{1}, nil},
		{"pipe", "a|b\n", '|', [][]string{{"a", "b"}}, []int{1}, nil},
		{"long fields", "abcdefghijklmnopqrstuvwxyz,0123456789abcdefghij\n12345678,1234567\n", ',',
			[][]string{{"abcdefghijklmnopqrstuvwxyz", "0123456789abcdefghij"}, {"12345678", "1234567"}}, []int{1, 2}, nil},
		{"markup verbatim", "<script>alert(1)</script>,<b>", ',', [][]string{{"<script>alert(1)</script>", "<b>"}}, []int{1}, nil},
		{"text after closing quote", `"abc"def,x` + "\n", ',', [][]string{{`abc"def`, "x"}}, []int{1},
			[]issue{{ErrQuote, 1, 1}}},
		{"unclosed quote read as a character", "a,b\nc,\"d\ne,f\n", ',', [][]string{{"a", "b"}, {"c", `"d`}, {"e", "f"}}, []int{1, 2, 3},
			[]issue{{ErrUnclosedQuote, 2, 2}}},
		{"unclosed quote at the end", "x,y\n1,\"2", ',', [][]string{{"x", "y"}, {"1", `"2`}}, []int{1, 2},
			[]issue{{ErrUnclosedQuote, 2, 2}}},
		{"lines after multi-line field", "a,\"1\n2\n3\"\nb,c\n\"x\ny\",\"z\nw\"\nd,e", ',',
			[][]string{{"a", "1\n2\n3"}, {"b", "c"}, {"x\ny", "z\nw"}, {"d", "e"}}, []int{1, 4, 5, 8}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			records, lines, issues := scanAll(tt.in, tt.delim)
			if !reflect.DeepEqual(records, tt.records) {
				t.Errorf("records = %q, want %q", records, tt.records)
			}
			if !reflect.DeepEqual(lines, tt.lines) {
				t.Errorf("lines = %v, want %v", lines, tt.lines)
			}
			if len(issues) != len(tt.issues) {
				t.Fatalf("issues = %v, want %v", issues, tt.issues)
			}
			for i, want := range tt.issues {
				got := issues[i]
				if !errors.Is(got, want.err) || got.Line != want.line || got.Column != want.column {
					t.Errorf("issue %d = %v (line %d, column %d), want %v at %d:%d", i, got, got.Line, got.Column, want.err, want.line, want.column)
				}
			}
		})
	}
}

// TestScannerLinear feeds inputs that could make a careless scanner
// quadratic (every line opening a quote that never closes) and checks they
// are read, one record per line.
func TestScannerLinear(t *testing.T) {
	text := strings.Repeat("\"a,b\n", 200000)
	records, _, issues := scanAll(text, ',')
	if len(records) == 0 || len(issues) > maxIssuesPerKind {
		t.Fatalf("got %d records and %d issues", len(records), len(issues))
	}
}

func TestCountLines(t *testing.T) {
	tests := map[string]int{"": 0, "a": 0, "\n": 1, "\r\n": 1, "\r": 1, "a\nb\r\nc\rd": 3, "\r\r\n\n": 3}
	for in, want := range tests {
		if got := countLines(in); got != want {
			t.Errorf("countLines(%q) = %d, want %d", in, got, want)
		}
	}
}
