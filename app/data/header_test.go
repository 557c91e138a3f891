package data

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"reachlab/app/data/internal/benchdata"
)

// TestHeaderDetection reads first rows that are headers and first rows
// that are data, CSV and pastes alike.
func TestHeaderDetection(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		mode    HeaderMode
		missing bool
		reason  HeaderReason
		column  int      // Header.Column
		names   []string // column names
		rows    int
		first   string // first cell of the first column
	}{
		// Data in the first row.
		{"one number per line", "14086\n6414\n6260\n", HeaderAuto, true, HeaderValues, 1, []string{"Column 1"}, 3, "14086"},
		{"scientific notation", "   3.0769474e+00\n   4.8299350e+00\n", HeaderAuto, true, HeaderValues, 1, []string{"Column 1"}, 2, "3.0769474"},
		{"two numeric columns", "5400000,120000\n3,4\n5,6\n", HeaderAuto, true, HeaderValues, 1, []string{"Column 1", "Column 2"}, 3, "5400000"},
		{"summary without header", "TF1;mass;1;5400000\nFacebook;social;42;120000\n", HeaderAuto, true, HeaderValues, 3,
			[]string{"Column 1", "Column 2", "Column 3", "Column 4"}, 2, "TF1"},
		{"dates and numbers", "2024-01-01,100\n2024-01-02,200\n", HeaderAuto, true, HeaderValues, 1, []string{"Column 1", "Column 2"}, 2, "2024-01-01"},
		{"French numbers", "1 234;12 %\n2 345;13 %\n", HeaderAuto, true, HeaderValues, 1, []string{"Column 1", "Column 2"}, 2, "1234"},
		{"percentages", "50%\n20%\n", HeaderAuto, true, HeaderValues, 1, []string{"Column 1"}, 2, "50%"},
		{"codes with leading zeros", "08123\n09234\n07111\n", HeaderAuto, true, HeaderValues, 1, []string{"Column 1"}, 3, "08123"},
		{"a column of years", "1998\n2003\n2010\n", HeaderAuto, true, HeaderValues, 1, []string{"Column 1"}, 3, "1998"},
		{"one year alone", "2019\n120\n340\n", HeaderAuto, true, HeaderValues, 1, []string{"Column 1"}, 3, "2019"},
		{"blank cell in the first row", ",5\n1,6\n2,7\n", HeaderAuto, true, HeaderValues, 2, []string{"Column 1", "Column 2"}, 3, ""},
		{"title line above data", "Report\n\n1,2\n3,4\n", HeaderAuto, true, HeaderValues, 1, []string{"Column 1", "Column 2"}, 2, "1"},

		// Headers.
		{"names over numbers", "Channel,Reach\nTF1,100\n", HeaderAuto, false, HeaderText, 2, []string{"Channel", "Reach"}, 1, "TF1"},
		{"years over numbers", "2019;2020;2021\n120;340;560\n130;350;570\n", HeaderAuto, false, HeaderPeriods, 1,
			[]string{"2019", "2020", "2021"}, 2, "120"},
		{"years over numbers, decreasing", "Metric;2021;2020\nReach;100;200\n", HeaderAuto, false, HeaderPeriods, 2,
			[]string{"Metric", "2021", "2020"}, 1, "Reach"},
		{"one year beside a name", "Channel;2019\nTF1;5400000\nM6;3200000\n", HeaderAuto, false, HeaderPeriods, 2,
			[]string{"Channel", "2019"}, 2, "TF1"},
		{"week numbers", "1,2,3\n10,20,30\n11,21,31\n", HeaderAuto, false, HeaderPeriods, 1, []string{"1", "2", "3"}, 2, "10"},
		{"dates over numbers", "2024-01-01;2024-01-02\n100;200\n300;400\n", HeaderAuto, false, HeaderOtherType, 1,
			[]string{"2024-01-01", "2024-01-02"}, 2, "100"},
		{"names over dates", "Date,Views\n2024-01-01,100\n", HeaderAuto, false, HeaderText, 1, []string{"Date", "Views"}, 1, "2024-01-01"},
		{"text only", "apple\nbanana\ncherry\n", HeaderAuto, false, HeaderNoEvidence, 0, []string{"apple"}, 2, "banana"},
		{"a total row under it", "Title,Views\nTotal,300\nA,100\nB,200\n", HeaderAuto, false, HeaderTotal, 0, []string{"Title", "Views"}, 2, "A"},
		{"a code as a name", "id\n08123\n09234\n", HeaderAuto, false, HeaderText, 1, []string{"id"}, 2, "08123"},
		{"header only, no rows but one", "Views\n12\n", HeaderAuto, false, HeaderText, 1, []string{"Views"}, 1, "12"},

		// Forced.
		{"forced header", "14086\n6414\n", HeaderYes, false, HeaderForced, 0, []string{"14086"}, 1, "6414"},
		{"forced no header", "Channel,Reach\nTF1,100\n", HeaderNo, true, HeaderForced, 0, []string{"Column 1", "Column 2"}, 2, "Channel"},
		{"forced no header keeps a total row", "a,b\nTotal,3\n", HeaderNo, true, HeaderForced, 0, []string{"Column 1", "Column 2"}, 2, "a"},
		{"forced no header, one line", "14086\n", HeaderNo, true, HeaderForced, 0, []string{"Column 1"}, 1, "14086"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			table, err := ReadCSV(context.Background(), []byte(tt.in), Options{Header: tt.mode})
			if err != nil {
				t.Fatal(err)
			}
			h := table.Format.Header
			if h.Missing != tt.missing || h.Reason != tt.reason || h.Column != tt.column {
				t.Errorf("header = %+v, want missing %v, reason %d, column %d", h, tt.missing, tt.reason, tt.column)
			}
			if got := names(table); !reflect.DeepEqual(got, tt.names) {
				t.Errorf("names = %q, want %q", got, tt.names)
			}
			if table.Len() != tt.rows || table.Columns()[0].Cell(0) != tt.first {
				t.Errorf("%d rows starting with %q, want %d starting with %q", table.Len(), table.Columns()[0].Cell(0), tt.rows, tt.first)
			}
			if tt.missing && table.Format.HeaderLine != 0 || !tt.missing && table.Format.HeaderLine == 0 {
				t.Errorf("HeaderLine = %d with Missing %v", table.Format.HeaderLine, tt.missing)
			}
			for _, lang := range []string{"en", "fr"} {
				if h.Explain(lang) == "" {
					t.Errorf("no explanation in %s", lang)
				}
			}
			noHeader := hasIssue(table, ErrNoHeader)
			if noHeader != (tt.missing && tt.mode == HeaderAuto) {
				t.Errorf("ErrNoHeader issue: %v", table.Issues)
			}
			// The other mode forced reads the other way.
			other := HeaderYes
			if !h.Missing {
				other = HeaderNo
			}
			again, err := ReadCSV(context.Background(), []byte(tt.in), Options{Header: other})
			if errors.Is(err, ErrNoRows) && other == HeaderYes {
				return // a header over nothing (or over a total row)
			}
			if err != nil {
				t.Fatalf("Header %s: %v", other, err)
			}
			if again.Format.Header.Missing == h.Missing || again.Format.Header.Reason != HeaderForced {
				t.Errorf("Header %s: %+v", other, again.Format.Header)
			}
		})
	}
}

// TestHeaderMissingExplain checks the sentence shown for a file without
// a header.
func TestHeaderMissingExplain(t *testing.T) {
	table, err := ReadPaste(context.Background(), "14086\n6414\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	h := table.Format.Header
	want := map[string]string{
		"en": "No header row: the first row reads like the rows below (“14086” (column 1) reads as numbers), so it is read as data and the columns are named Column 1, Column 2….",
		"fr": "Pas de ligne d’en-tête : la première ligne se lit comme les suivantes (« 14086 » (colonne 1) se lit comme des nombres), elle est lue comme des données et les colonnes s’appellent Column 1, Column 2….",
	}
	for lang, w := range want {
		if got := h.Explain(lang); got != w {
			t.Errorf("%s:\n got %s\nwant %s", lang, got, w)
		}
	}
}

// TestHeaderRestartIssues checks that a first row judged to be data does
// not report the sample's issues twice, and that lines stay right.
func TestHeaderRestartIssues(t *testing.T) {
	in := "1,2\n3\n\n4,5\nx,6\n7,8\n9,10\n11,12\n13,14\n"
	table, err := ReadCSV(context.Background(), []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !table.Format.Header.Missing || table.Len() != 8 {
		t.Fatalf("header %+v, %d rows", table.Format.Header, table.Len())
	}
	got := issueKinds(table)
	want := []string{"wrong number of fields@2:2", "blank row skipped@3:0", "cells not readable as the column type@5:1", "no header row: the first row is read as data@1:1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("issues = %v\nwant     %v", got, want)
	}
	if bad := table.Columns()[0].Stats().Bad; len(bad) != 1 || bad[0].Row != 3 || bad[0].Line != 5 {
		t.Errorf("unreadable cells = %+v, want row 3 at line 5", bad)
	}
}

// TestHeaderRecords reads rows from another reader (an XLSX sheet).
func TestHeaderRecords(t *testing.T) {
	ctx := context.Background()
	table, err := FromRecords(ctx, []string{"1"}, [][]string{{"2"}, {"x"}, {"3"}, {"4"}, {"5"}, {"6"}}, Options{HeaderLine: 4})
	if err != nil {
		t.Fatal(err)
	}
	c := table.Columns()[0]
	if !table.Format.Header.Missing || c.Name() != "Column 1" || table.Len() != 7 || c.Float(0) != 1 {
		t.Fatalf("header %+v, column %q, %d rows, first %v", table.Format.Header, c.Name(), table.Len(), c.Float(0))
	}
	if bad := c.Stats().Bad; len(bad) != 1 || bad[0].Row != 2 || bad[0].Line != 6 {
		t.Errorf("unreadable cells = %+v, want row 2 at sheet row 6", bad)
	}
	if table.Format.HeaderLine != 0 {
		t.Errorf("HeaderLine = %d", table.Format.HeaderLine)
	}
	// Re-typing reads the first row too.
	if err := table.SetType(ctx, 0, Text); err != nil || table.Columns()[0].Cell(0) != "1" {
		t.Errorf("SetType: %v, first cell %q", err, table.Columns()[0].Cell(0))
	}

	table, err = FromRecords(ctx, []string{"Channel", "Reach"}, [][]string{{"TF1", "5400000"}}, Options{})
	if err != nil || table.Format.Header.Missing || table.Len() != 1 {
		t.Fatalf("%v: %+v", err, table.Format.Header)
	}
	table, err = ReadRecords(ctx, []string{"Channel", "Reach"}, &recordSlice{{"TF1", "5400000"}}, Options{Header: HeaderNo})
	if err != nil || !table.Format.Header.Missing || table.Len() != 2 || table.Columns()[1].Type() != Text {
		t.Fatalf("%v: %+v", err, table.Format.Header)
	}
}

// recordSlice gives records one at a time.
type recordSlice [][]string

func (r *recordSlice) Read() ([]string, error) {
	if len(*r) == 0 {
		return nil, io.EOF
	}
	rec := (*r)[0]
	*r = (*r)[1:]
	return rec, nil
}

// TestHeaderJSONRows reads JSON arrays of arrays and of values.
func TestHeaderJSONRows(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		missing bool
		names   []string
		rows    int
		line    int // line of the first data row
	}{
		{"values", "[14086, 6414,\n 6260]", true, []string{"Column 1"}, 3, 1},
		{"rows with a header", "[\n [\"Channel\", \"Reach\"],\n [\"TF1\", 5400000],\n [\"Facebook\", 120000]\n]", false, []string{"Channel", "Reach"}, 2, 3},
		{"rows without a header", "[[1, 2],\n [3, 4],\n [5]]", true, []string{"Column 1", "Column 2"}, 3, 1},
		{"spreadsheet values", `{"range": "A1:B3", "values": [["Date", "Views"], ["2024-01-01", "12"]]}`, false, []string{"Date", "Views"}, 1, 1},
		{"strings over numbers", `["count", 1, 2, 3]`, false, []string{"count"}, 3, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			table, err := ReadJSON(context.Background(), []byte(tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if table.Format.Header.Missing != tt.missing || table.Format.Kind != KindJSON {
				t.Errorf("format %+v", table.Format)
			}
			if got := names(table); !reflect.DeepEqual(got, tt.names) || table.Len() != tt.rows {
				t.Errorf("names %q, %d rows; want %q, %d", got, table.Len(), tt.names, tt.rows)
			}
			// Lines of the rows: make the first cell unreadable by forcing a date.
			if err := table.SetType(context.Background(), 0, Date); err != nil {
				t.Fatal(err)
			}
			if bad := table.Columns()[0].Stats().Bad; len(bad) > 0 && bad[0].Row == 0 && bad[0].Line != tt.line {
				t.Errorf("first row at line %d, want %d", bad[0].Line, tt.line)
			}
		})
	}
	table, err := ReadJSON(context.Background(), []byte("[[1, 2],\n 3,\n [4, 5]]"), Options{})
	if err != nil || table.Len() != 2 || !hasIssue(table, ErrNotTable) {
		t.Errorf("an element that is not a row: %v, %v", err, table)
	}
	table, err = ReadJSON(context.Background(), []byte("[[1.5, 2],\n [3, 4]]"), Options{})
	if err != nil || table.Columns()[0].Decision().Format.Code != ReasonJSON {
		t.Errorf("JSON numbers: %v, %+v", err, table.Columns()[0].Decision())
	}
}

// TestHeaderModeText checks the saved form of HeaderMode.
func TestHeaderModeText(t *testing.T) {
	for _, m := range []HeaderMode{HeaderAuto, HeaderYes, HeaderNo} {
		b, err := m.MarshalText()
		var back HeaderMode
		if err != nil || back.UnmarshalText(b) != nil || back != m || m.String() != string(b) {
			t.Errorf("%d: %q, %v, back %d", m, b, err, back)
		}
	}
	var m HeaderMode
	if m.UnmarshalText([]byte("maybe")) == nil || m.UnmarshalText(nil) != nil || m != HeaderAuto {
		t.Error("UnmarshalText accepts an unknown mode or refuses \"\"")
	}
	if _, err := HeaderMode(7).MarshalText(); err == nil {
		t.Error("MarshalText accepts an unknown mode")
	}
}

// TestHeaderBenchFiles keeps the benchmark files read with their header:
// the bench measures the usual path, not a second read of the sample.
func TestHeaderBenchFiles(t *testing.T) {
	for name, gen := range map[string]func(int) []byte{"social": benchdata.Social, "numeric": benchdata.Numeric} {
		table, err := ReadCSV(context.Background(), gen(200000), Options{})
		if err != nil || table.Format.Header.Missing {
			t.Errorf("%s: %v, header %+v", name, err, table.Format.Header)
		}
	}
}

// powerlawDir holds the paper's data sets (Clauset, Shalizi and Newman,
// 2009) when the machine has them; testdata/powerlaw keeps two of them.
const powerlawDir = "/work/shared/data/powerlaw"

// TestHeaderPowerLawFiles reads the paper's data sets, one number per line
// without a header: every value is kept, the largest included.
func TestHeaderPowerLawFiles(t *testing.T) {
	// n and x_max from the paper's Table 3 (fires: the file's maximum, see
	// the data's README); 0 where the paper gives none.
	paper := map[string]struct {
		n    int
		xmax float64
	}{
		"words.txt": {18855, 14086}, "terrorism.txt": {9101, 2749}, "blackouts.txt": {211, 7500000},
		"flares.txt": {12773, 231300}, "cities.txt": {19447, 8009000}, "surnames.txt": {2753, 2502000},
		"fires.txt": {203785, 412050}, "quakes.txt": {19302, 63096000},
	}
	files, _ := filepath.Glob(filepath.Join(powerlawDir, "*.txt"))
	dat, _ := filepath.Glob(filepath.Join(powerlawDir, "*.dat"))
	files = append(files, dat...)
	local, _ := filepath.Glob(filepath.Join("testdata", "powerlaw", "*.txt"))
	if len(files) == 0 {
		t.Logf("%s is absent: reading testdata/powerlaw only", powerlawDir)
	}
	files = append(files, local...)
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimPrefix(path, powerlawDir+"/"), func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			lines := nonBlankLines(b)
			table, err := Read(context.Background(), bytes.NewReader(b), Options{Name: name})
			if err != nil {
				t.Fatal(err)
			}
			c := table.Columns()[0]
			if !table.Format.Header.Missing || len(table.Columns()) != 1 || c.Name() != "Column 1" || !c.Type().Numeric() {
				t.Fatalf("header %+v, %d columns, first %q %s", table.Format.Header, len(table.Columns()), c.Name(), c.Type())
			}
			if table.Len() != lines || c.Stats().Unparsed+c.Stats().Missing != 0 {
				t.Errorf("%d rows (%+v), want %d", table.Len(), c.Stats(), lines)
			}
			xmax := math.Inf(-1)
			for _, v := range c.Floats() {
				xmax = math.Max(xmax, v)
			}
			if want, ok := paper[name]; ok {
				scale := 1.0
				if want.xmax > 1e6 { // the paper counts these in thousands
					scale = 1000
				}
				if table.Len() != want.n || math.Abs(xmax-want.xmax) > 0.5*scale {
					t.Errorf("n = %d, x_max = %v; the paper has %d, %v", table.Len(), xmax, want.n, want.xmax)
				}
			}
		})
	}
	// The histogram has a header.
	b, err := os.ReadFile(filepath.Join(powerlawDir, "weblinks.hist"))
	if errors.Is(err, os.ErrNotExist) {
		return
	}
	table, err := ReadCSV(context.Background(), b, Options{Name: "weblinks.hist"})
	if err != nil || table.Format.Header.Missing || !reflect.DeepEqual(names(table), []string{"degree", "frequency"}) {
		t.Errorf("weblinks.hist: %v, %+v", err, table.Format.Header)
	}
}

// nonBlankLines counts the lines of b holding something.
func nonBlankLines(b []byte) int {
	n := 0
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) != "" {
			n++
		}
	}
	return n
}

func hasIssue(t *Table, sentinel error) bool {
	for _, is := range t.Issues {
		if errors.Is(is, sentinel) {
			return true
		}
	}
	return false
}

// TestHeaderWords reads Moby Dick's word frequencies (testdata/powerlaw)
// and finds the paper's Table 3 row: n = 18 855, ⟨x⟩ = 11.14,
// σ = 148.33, x_max = 14 086, the first line.
func TestHeaderWords(t *testing.T) {
	table := readFixture(t, "powerlaw/words.txt", Options{})
	xs := table.Columns()[0].Floats()
	n := float64(len(xs))
	sum, xmax := 0.0, 0.0
	for _, x := range xs {
		sum += x
		xmax = math.Max(xmax, x)
	}
	mean := sum / n
	ss := 0.0
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	sd := math.Sqrt(ss / (n - 1))
	if len(xs) != 18855 || xs[0] != 14086 || xmax != 14086 || math.Abs(mean-11.14) > 0.005 || math.Abs(sd-148.33) > 0.005 {
		t.Errorf("n = %d, first %v, x_max %v, mean %.4f, sd %.4f", len(xs), xs[0], xmax, mean, sd)
	}
}
