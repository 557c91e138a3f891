package data

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden files")

// describe writes everything a table holds in a stable, readable form:
// the format found, then each column's type, decision (in English and
// French), statistics and cells, then the issues.
func describe(t *Table) string {
	var b strings.Builder
	f := t.Format
	fmt.Fprintf(&b, "format: kind=%s encoding=%s bom=%v delimiter=%q quote=%q sep-line=%v title-lines=%d header-line=%d total-line=%d decimal=%q group=%q date-order=%s\n",
		f.Kind, f.Encoding, f.BOM, f.Delimiter, f.Quote, f.SepLine, f.TitleLines, f.HeaderLine, f.TotalLine, f.Decimal, f.Group, f.DateOrder)
	fmt.Fprintf(&b, "rows: %d\n", t.Len())
	for i, c := range t.Columns() {
		s := c.Stats()
		fmt.Fprintf(&b, "column %d %q: %s role=%q missing=%d unparsed=%d\n", i+1, c.Name(), c.Type(), c.Role(), s.Missing, s.Unparsed)
		for _, bad := range s.Bad {
			fmt.Fprintf(&b, "  unparsed: row %d line %d %q\n", bad.Row, bad.Line, bad.Text)
		}
		fmt.Fprintf(&b, "  en: %s\n  fr: %s\n", c.Decision().Explain("en"), c.Decision().Explain("fr"))
		cells := make([]string, c.Len())
		for r := range cells {
			cells[r] = fmt.Sprintf("%q", c.Cell(r))
		}
		fmt.Fprintf(&b, "  cells: %s\n", strings.Join(cells, " | "))
	}
	for _, is := range t.Issues {
		fmt.Fprintf(&b, "issue: %v\n", is)
	}
	if t.IssuesOmitted > 0 {
		fmt.Fprintf(&b, "issues omitted: %d\n", t.IssuesOmitted)
	}
	return b.String()
}

// TestGolden reads every fixture and compares the description with its
// golden file; go test -run Golden -update rewrites them.
func TestGolden(t *testing.T) {
	tests := []struct {
		file string
		opts Options
	}{
		{"audience_fr_cp1252.csv", Options{}},
		{"tiktok_utf16le.txt", Options{}},
		{"linkedin_title.csv", Options{}},
		{"youtube_total.csv", Options{}},
		{"ragged.csv", Options{}},
		{"excel_sep.csv", Options{}},
		{"posts.json", Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			tt.opts.Name = tt.file
			table := readFixture(t, tt.file, tt.opts)
			got := describe(table)
			golden := filepath.Join("testdata", strings.TrimSuffix(tt.file, filepath.Ext(tt.file))+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run Golden -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the golden file:\n--- got\n%s--- want\n%s", tt.file, got, want)
			}
		})
	}
}

// readFixture reads a file of testdata with Read.
func readFixture(t *testing.T, name string, opts Options) *Table {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if opts.Name == "" {
		opts.Name = name
	}
	table, err := Read(context.Background(), f, opts)
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	return table
}
