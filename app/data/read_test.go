package data

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
)

// day returns the Unix seconds of midnight UTC on y-m-d.
func day(y int, m time.Month, d int) int64 { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() }

// names returns the names of a table's columns.
func names(t *Table) []string {
	var out []string
	for _, c := range t.Columns() {
		out = append(out, c.Name())
	}
	return out
}

// types returns the types of a table's columns.
func types(t *Table) []Type {
	var out []Type
	for _, c := range t.Columns() {
		out = append(out, c.Type())
	}
	return out
}

// floatsEqual compares float slices, NaN equal to NaN.
func floatsEqual(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameFloat(a[i], b[i]) {
			return false
		}
	}
	return true
}

// readString reads a CSV given as a string.
func readString(t *testing.T, in string, opts Options) *Table {
	t.Helper()
	table, err := ReadCSV(context.Background(), []byte(in), opts)
	if err != nil {
		t.Fatalf("ReadCSV: %v", err)
	}
	return table
}

// issueKinds lists each issue as "sentinel@line:column".
func issueKinds(t *Table) []string {
	sentinels := []error{ErrUnclosedQuote, ErrQuote, ErrFieldCount, ErrEncoding, ErrTotalRow, ErrBlankRow,
		ErrUnparsed, ErrAmbiguous, ErrDuplicateName, ErrNotTable, ErrInvalidRole, ErrRoleType, ErrNoHeader}
	var out []string
	for _, is := range t.Issues {
		name := "?"
		for _, s := range sentinels {
			if errors.Is(is, s) {
				name = s.Error()
			}
		}
		out = append(out, fmt.Sprintf("%s@%d:%d", name, is.Line, is.Column))
	}
	return out
}

func TestReadFrenchExcel(t *testing.T) {
	table := readFixture(t, "audience_fr_cp1252.csv", Options{})
	f := table.Format
	if f.Encoding != Windows1252 || f.Delimiter != ';' || f.Decimal != ',' || f.Group != ' ' || f.DateOrder != DMY || f.HeaderLine != 1 {
		t.Errorf("format = %+v", f)
	}
	if got, want := names(table), []string{"Chaîne", "Part d'audience", "Téléspectateurs", "Date", "Coût €"}; !reflect.DeepEqual(got, want) {
		t.Errorf("names = %q, want %q", got, want)
	}
	if got, want := types(table), []Type{Text, Percent, Number, Date, Number}; !reflect.DeepEqual(got, want) {
		t.Errorf("types = %v, want %v", got, want)
	}
	nan := math.NaN()
	checks := []struct {
		column string
		want   []float64
	}{
		{"Part d'audience", []float64{19.5, 15.2, 8.9, 2.7, 1.1}},
		{"Téléspectateurs", []float64{5234567, 4012345, 2345678, 712000, nan}},
		{"Coût €", []float64{1234.5, 987, nan, 0, 45.9}},
	}
	for _, c := range checks {
		if got := table.Column(c.column).Floats(); !floatsEqual(got, c.want) {
			t.Errorf("%s = %v, want %v", c.column, got, c.want)
		}
	}
	wantDays := []int64{day(2026, 7, 14), day(2026, 7, 14), day(2026, 7, 15), day(2026, 7, 15), day(2026, 7, 16)}
	if got := table.Column("Date").Times(); !reflect.DeepEqual(got, wantDays) {
		t.Errorf("Date = %v, want %v", got, wantDays)
	}
	if got := table.Column("Chaîne").Cell(4); got != "Chérie 25" {
		t.Errorf("Chaîne[4] = %q", got)
	}
	// "n/a" is a missing marker: missing, not unreadable.
	if s := table.Column("Téléspectateurs").Stats(); s.Missing != 1 || s.Unparsed != 0 {
		t.Errorf("Téléspectateurs stats = %+v", s)
	}
	if len(table.Issues) != 0 {
		t.Errorf("issues = %v", table.Issues)
	}
}

func TestReadUTF16TSV(t *testing.T) {
	table := readFixture(t, "tiktok_utf16le.txt", Options{})
	if f := table.Format; f.Encoding != UTF16LE || !f.BOM || f.Delimiter != '\t' || f.Group != '\u00a0' {
		t.Errorf("format = %+v", f)
	}
	if got, want := names(table), []string{"Date", "Vues", "J’aime", "Commentaires", "Taux d’engagement"}; !reflect.DeepEqual(got, want) {
		t.Errorf("names = %q, want %q", got, want)
	}
	if got, want := table.Column("Vues").Floats(), []float64{12345, 9876, 150000}; !floatsEqual(got, want) {
		t.Errorf("Vues = %v, want %v", got, want)
	}
	if got, want := table.Column("Taux d’engagement").Floats(), []float64{10.45, 10.43, 8.61}; !floatsEqual(got, want) {
		t.Errorf("Taux = %v, want %v", got, want)
	}
	// 13/07/2026 proves day first, so 01/07 and 02/07 are in July.
	if got, want := table.Column("Date").Times(), []int64{day(2026, 7, 1), day(2026, 7, 2), day(2026, 7, 13)}; !reflect.DeepEqual(got, want) {
		t.Errorf("Date = %v, want %v", got, want)
	}
}

func TestReadLinkedInTitleLines(t *testing.T) {
	table := readFixture(t, "linkedin_title.csv", Options{})
	if f := table.Format; f.TitleLines != 3 || f.HeaderLine != 4 || f.Delimiter != ',' || f.DateOrder != MDY {
		t.Errorf("format = %+v", f)
	}
	if table.Len() != 4 {
		t.Fatalf("rows = %d, want 4", table.Len())
	}
	// 06/15/2026 proves month first.
	if got, want := table.Column("Date").Times(), []int64{day(2026, 6, 1), day(2026, 6, 2), day(2026, 6, 15), day(2026, 6, 30)}; !reflect.DeepEqual(got, want) {
		t.Errorf("Date = %v, want %v", got, want)
	}
	// "1,203" reads both ways; the file's other numbers use a decimal point.
	clicks := table.Column("Clicks")
	if got, want := clicks.Floats(), []float64{56, 12, 410, 1203}; !floatsEqual(got, want) {
		t.Errorf("Clicks = %v, want %v", got, want)
	}
	if d := clicks.Decision(); d.Decimal != '.' || d.Format.Code != ReasonFile || d.Ambiguous {
		t.Errorf("Clicks decision = %+v", d)
	}
	if got, want := table.Column("Engagement rate").Floats(), []float64{11.83, 5.47, 6.47, 63.75}; !floatsEqual(got, want) {
		t.Errorf("Engagement rate = %v, want %v", got, want)
	}
}

func TestReadYouTubeTotal(t *testing.T) {
	table := readFixture(t, "youtube_total.csv", Options{})
	if table.Format.TotalLine != 2 || table.Len() != 2 {
		t.Fatalf("total line %d, rows %d; want 2 and 2", table.Format.TotalLine, table.Len())
	}
	if got, want := issueKinds(table), []string{"total row skipped@2:1"}; !reflect.DeepEqual(got, want) {
		t.Errorf("issues = %v, want %v", got, want)
	}
	if got, want := table.Column("Views").Floats(), []float64{12000, 5500}; !floatsEqual(got, want) {
		t.Errorf("Views = %v, want %v", got, want)
	}
	if got, want := table.Column("Video publish time").Times(), []int64{day(2026, 7, 14), day(2026, 7, 3)}; !reflect.DeepEqual(got, want) {
		t.Errorf("publish time = %v, want %v", got, want)
	}
	if got := table.Column("Video title").Cell(1); got != `Live "Q&A" de juillet` {
		t.Errorf("title = %q", got)
	}
	kept := readFixture(t, "youtube_total.csv", Options{KeepTotal: true})
	if kept.Len() != 3 || kept.Column("Views").Floats()[0] != 17500 {
		t.Errorf("KeepTotal: rows %d, first views %v", kept.Len(), kept.Column("Views").Floats())
	}
}

func TestReadRagged(t *testing.T) {
	table := readFixture(t, "ragged.csv", Options{})
	want := []string{
		"wrong number of fields@3:3", // Instagram,200: padded
		"blank row skipped@4:0",
		"wrong number of fields@5:4", // TikTok,300,30,extra: cut
		"quoted field never closed@7:3",
	}
	if got := issueKinds(table); !reflect.DeepEqual(got, want) {
		t.Errorf("issues = %v, want %v", got, want)
	}
	if got := table.Column("views").Floats(); !floatsEqual(got, []float64{100, 200, 300, 400, 500}) {
		t.Errorf("views = %v", got)
	}
	// Every row has every column, whatever the row's field count.
	for _, c := range table.Columns() {
		if c.Len() != 5 {
			t.Errorf("%s has %d cells, want 5", c.Name(), c.Len())
		}
	}
	if got := table.Column("likes").Cell(4); got != `"50` {
		t.Errorf("likes[4] = %q, want the unclosed quote kept", got)
	}
}

func TestReadMarkupVerbatim(t *testing.T) {
	table := readFixture(t, "excel_sep.csv", Options{})
	if !table.Format.SepLine || table.Format.Delimiter != ';' {
		t.Errorf("format = %+v", table.Format)
	}
	msg := table.Column("Message")
	if msg.Cell(0) != "<script>alert('x')</script>" || msg.Cell(1) != "Bonjour; <b>gras</b>" {
		t.Errorf("messages = %q, %q", msg.Cell(0), msg.Cell(1))
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts Options
		err  error
		line int
	}{
		{"empty", "", Options{}, ErrEmpty, 0},
		{"blank lines", "\r\n\n  \n", Options{}, ErrEmpty, 0},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Options{}, ErrBinary, 0},
		{"header only", "a,b,c\r\n", Options{}, ErrNoRows, 0},
		{"header and blank rows", "a,b\n,\n\n", Options{}, ErrNoRows, 0},
		{"too large", "a,b\n1,2\n", Options{MaxSize: 4}, ErrTooLarge, 0},
		{"too many columns", strings.Repeat("x,", maxColumns) + "x\n1\n", Options{}, ErrTooManyColumns, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Name = "in.csv"
			_, err := ReadCSV(context.Background(), []byte(tt.in), tt.opts)
			var pe *ParseError
			if !errors.Is(err, tt.err) || !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError wrapping %v", err, tt.err)
			}
			if pe.File != "in.csv" || pe.Line != tt.line {
				t.Errorf("error at %s:%d, want in.csv:%d", pe.File, pe.Line, tt.line)
			}
		})
	}
	var se *SizeError
	_, err := ReadCSV(context.Background(), []byte("a,b\n1,2\n"), Options{MaxSize: 4})
	if !errors.As(err, &se) || se.Size != 8 || se.Limit != 4 || err.Error() != "file too large: 8 bytes, limit 4" {
		t.Errorf("size error = %v (%+v)", err, se)
	}
}

// failingReader fails the test if read: Read must refuse before reading.
type failingReader struct{ t *testing.T }

func (r failingReader) Read([]byte) (int, error) {
	r.t.Error("the input was read")
	return 0, io.EOF
}

func TestReadSizeLimit(t *testing.T) {
	_, err := Read(context.Background(), failingReader{t}, Options{Size: 2 << 30, MaxSize: 1 << 30})
	var se *SizeError
	if !errors.As(err, &se) || se.Size != 2<<30 || se.Limit != 1<<30 {
		t.Errorf("err = %v", err)
	}
	// Without Size, the limit is found while reading.
	_, err = Read(context.Background(), strings.NewReader(strings.Repeat("a,b\n", 100)), Options{MaxSize: 100})
	if !errors.As(err, &se) || se.Size <= 100 || se.Limit != 100 {
		t.Errorf("err = %v", err)
	}
}

func TestReadDetectsKind(t *testing.T) {
	tests := []struct {
		name, in string
		kind     Kind
	}{
		{"data.json", `[{"a":1}]`, KindJSON},
		{"", ` [{"a":1}]`, KindJSON},
		{"", "a,b\n1,2", KindCSV},
		{"export.csv", `[title]` + "\na,b\n1,2", KindCSV},
	}
	for _, tt := range tests {
		table, err := Read(context.Background(), strings.NewReader(tt.in), Options{Name: tt.name})
		if err != nil || table.Format.Kind != tt.kind {
			t.Errorf("Read(%q, %q): %v, kind %v; want %v", tt.name, tt.in, err, table.Format.Kind, tt.kind)
		}
	}
	if k := DetectKind("book.xlsx", []byte("PK\x03\x04rest")); k != 0 {
		t.Errorf("DetectKind(xlsx) = %v, want 0", k)
	}
}

func TestReadCancel(t *testing.T) {
	input := bytes.Repeat([]byte("channel,views\nFacebook,12\n"), 200000)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ReadCSV(ctx, append([]byte(nil), input...), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled before: err = %v", err)
	}
	ctx, cancel = context.WithCancel(context.Background())
	calls := 0
	_, err := ReadCSV(ctx, append([]byte(nil), input...), Options{Progress: func(done, total int64) {
		if calls++; calls == 2 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) || calls != 2 {
		t.Errorf("cancelled during the read: err = %v after %d progress calls", err, calls)
	}
}

func TestReadProgress(t *testing.T) {
	row := "Facebook,\"a post, with a comma\",1 234\n"
	input := []byte("channel,text,views\n" + strings.Repeat(row, 3<<20/len(row)))
	var dones []int64
	var total int64
	_, err := ReadCSV(context.Background(), input, Options{Progress: func(done, tot int64) {
		dones = append(dones, done)
		total = tot
	}})
	if err != nil {
		t.Fatal(err)
	}
	if total != int64(len(input)) || dones[len(dones)-1] != total {
		t.Fatalf("last progress %d of %d, want %d of %d", dones[len(dones)-1], total, len(input), len(input))
	}
	prev := int64(0)
	for _, d := range dones {
		if d < prev || d-prev > 1<<20+int64(len(row)) {
			t.Errorf("progress steps %v: more than 1 MiB between calls, or backwards", dones)
			break
		}
		prev = d
	}
}

func TestReadPaste(t *testing.T) {
	table, err := ReadPaste(context.Background(), "Réseau\tVues\tPart\nFacebook\t1 234\t12,5 %\nX\t987\t3,1 %\n", Options{Name: "paste"})
	if err != nil {
		t.Fatal(err)
	}
	if table.Format.Delimiter != '\t' || !reflect.DeepEqual(types(table), []Type{Text, Number, Percent}) {
		t.Errorf("format %+v, types %v", table.Format, types(table))
	}
	if got := table.Column("Part").Floats(); !floatsEqual(got, []float64{12.5, 3.1}) {
		t.Errorf("Part = %v", got)
	}
	if _, err := ReadPaste(context.Background(), " \n\t\n", Options{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("blank paste: %v", err)
	}
}

func TestVoteThreshold(t *testing.T) {
	// 8 numbers of 10 non-missing cells (80 %) make a Number column; the
	// two others are unreadable, located; "n/a" and blanks are missing.
	in := "v,w\n1,a\n2,a\n3,a\n4,a\n5,a\n6,a\n7,a\n8,a\nabc,a\ndef,a\nn/a,a\n,a\n-,a\n"
	table := readString(t, in, Options{Name: "v.csv"})
	c := table.Column("v")
	if c.Type() != Number {
		t.Fatalf("type = %v, want number", c.Type())
	}
	s := c.Stats()
	wantBad := []CellRef{{Row: 8, Line: 10, Text: "abc"}, {Row: 9, Line: 11, Text: "def"}}
	if s.Missing != 3 || s.Unparsed != 2 || !reflect.DeepEqual(s.Bad, wantBad) {
		t.Errorf("stats = %+v", s)
	}
	if got := issueKinds(table); !reflect.DeepEqual(got, []string{"cells not readable as the column type@10:1"}) {
		t.Errorf("issues = %v", got)
	}
	// 7 of 10: text.
	table = readString(t, "v\n1\n2\n3\n4\n5\n6\n7\nabc\ndef\nghi\n", Options{})
	if c := table.Column("v"); c.Type() != Text || c.Decision().Reason.Code != ReasonNoMajority || c.Decision().Reason.Count != 7 {
		t.Errorf("7 of 10: %v, %+v", c.Type(), c.Decision().Reason)
	}
}

func TestAmbiguousNumbers(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		opts      Options
		want      []float64
		code      ReasonCode
		ambiguous bool
	}{
		{"comma file: decimal point", "v,w\n\"1,234\",x\n\"5,678\",y\n", Options{}, []float64{1234, 5678}, ReasonDelimiter, true},
		{"semicolon file: decimal comma", "v;w\n1,234;x\n5,678;y\n", Options{}, []float64{1.234, 5.678}, ReasonDelimiter, true},
		{"tab file, French user", "v\tw\n1,234\tx\n5,678\ty\n", Options{Locale: "fr"}, []float64{1.234, 5.678}, ReasonLocale, true},
		{"tab file, nobody", "v\tw\n1.234\tx\n5.678\ty\n", Options{}, []float64{1.234, 5.678}, ReasonDefault, true},
		{"forced", "v;w\n1,234;x\n5,678;y\n", Options{Decimal: '.'}, []float64{1234, 5678}, ReasonForced, false},
		{"decided by another column", "v;w\n1,234;0,5\n5,678;1,5\n", Options{}, []float64{1.234, 5.678}, ReasonFile, false},
		{"decided by the column", "v;w\n1,234;x\n\"1,234,567\";y\n", Options{}, []float64{1234, 1234567}, ReasonCells, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			table := readString(t, tt.in, tt.opts)
			c := table.Column("v")
			d := c.Decision()
			if !floatsEqual(c.Floats(), tt.want) || d.Format.Code != tt.code || d.Ambiguous != tt.ambiguous {
				t.Errorf("values %v, reason %d, ambiguous %v; want %v, %d, %v", c.Floats(), d.Format.Code, d.Ambiguous, tt.want, tt.code, tt.ambiguous)
			}
			hasIssue := false
			for _, is := range table.Issues {
				hasIssue = hasIssue || errors.Is(is, ErrAmbiguous)
			}
			if hasIssue != tt.ambiguous {
				t.Errorf("ErrAmbiguous issue: %v, want %v", hasIssue, tt.ambiguous)
			}
		})
	}
}

func TestDateOrderDecisions(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		opts  Options
		want  []int64
		order DateOrder
		code  ReasonCode
	}{
		{"ambiguous, comma file: month first", "d,x\n05/07/2026,a\n06/07/2026,b\n", Options{}, []int64{day(2026, 5, 7), day(2026, 6, 7)}, MDY, ReasonDefault},
		{"ambiguous, semicolon file: day first", "d;x\n05/07/2026;a\n06/07/2026;b\n", Options{}, []int64{day(2026, 7, 5), day(2026, 7, 6)}, DMY, ReasonDelimiter},
		{"ambiguous, decimal commas: day first", "d,x\n05/07/2026,\"1,5\"\n06/07/2026,\"2,5\"\n", Options{}, []int64{day(2026, 7, 5), day(2026, 7, 6)}, DMY, ReasonDecimalComma},
		{"ambiguous, French user", "d,x\n05/07/2026,a\n06/07/2026,b\n", Options{Locale: "fr"}, []int64{day(2026, 7, 5), day(2026, 7, 6)}, DMY, ReasonLocale},
		{"forced", "d,x\n05/07/2026,a\n06/07/2026,b\n", Options{DateOrder: DMY}, []int64{day(2026, 7, 5), day(2026, 7, 6)}, DMY, ReasonForced},
		{"one cell decides", "d,x\n05/07/2026,a\n25/07/2026,b\n", Options{}, []int64{day(2026, 7, 5), day(2026, 7, 25)}, DMY, ReasonCells},
		{"majority, minority unreadable", "d\n13/01/2026\n14/01/2026\n01/15/2026\n", Options{}, []int64{day(2026, 1, 13), day(2026, 1, 14), MissingTime}, DMY, ReasonMajority},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			table := readString(t, tt.in, tt.opts)
			c := table.Column("d")
			d := c.Decision()
			if c.Type() != Date || !reflect.DeepEqual(c.Times(), tt.want) || d.DateOrder != tt.order || d.Format.Code != tt.code {
				t.Errorf("%v %v, order %v, reason %d; want %v, %v, %d", c.Type(), c.Times(), d.DateOrder, d.Format.Code, tt.want, tt.order, tt.code)
			}
		})
	}
}

// TestSecondPass builds files whose first batch (the sample) misleads, so
// that a column must be read again with the plan the whole column shows.
func TestSecondPass(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,v\n")
	for i := range batchRows + 10 {
		fmt.Fprintf(&b, "%d,\"1,234\"\n", i) // ambiguous: decimal point by the "," delimiter
	}
	b.WriteString("x,\"0,5\"\n") // proves a decimal comma
	table := readString(t, b.String(), Options{})
	v := table.Column("v")
	if got := v.Floats()[0]; got != 1.234 {
		t.Errorf("v[0] = %v, want 1.234 after the second pass", got)
	}
	if d := v.Decision(); d.Decimal != ',' || d.Format.Code != ReasonCells {
		t.Errorf("decision = %+v", d)
	}

	b.Reset()
	b.WriteString("id,v\n")
	for i := range batchRows + 10 {
		fmt.Fprintf(&b, "%d,\n", i) // the sample sees an empty column: Text
	}
	b.WriteString("x,42\n")
	table = readString(t, b.String(), Options{})
	v = table.Column("v")
	if v.Type() != Number || v.Floats()[batchRows+10] != 42 || !math.IsNaN(v.Floats()[0]) {
		t.Errorf("v: %v, last %v", v.Type(), v.Cell(batchRows+10))
	}
}

// TestSecondPassDates: ambiguous dates in a "," file are read month first
// until a later cell proves day first.
func TestSecondPassDates(t *testing.T) {
	var b strings.Builder
	b.WriteString("d,x\n")
	for range batchRows + 10 {
		b.WriteString("05/07/2026,a\n")
	}
	b.WriteString("25/12/2026,b\n")
	d := readString(t, b.String(), Options{}).Column("d")
	if got := d.Times()[0]; got != day(2026, 7, 5) || d.Decision().DateOrder != DMY {
		t.Errorf("d[0] = %v, order %v; want 5 July, day first", time.Unix(got, 0).UTC(), d.Decision().DateOrder)
	}
}

// TestStorageTrimmed: the sample's short rows make the row estimate too
// high; the columns are trimmed to their length at the end.
func TestStorageTrimmed(t *testing.T) {
	var b strings.Builder
	b.WriteString("v,text\n")
	for i := range batchRows * 2 {
		if i < batchRows {
			fmt.Fprintf(&b, "%d,a\n", i)
		} else {
			fmt.Fprintf(&b, "%d,%s\n", i, strings.Repeat("long text ", 20))
		}
	}
	table := readString(t, b.String(), Options{})
	v, text := table.Column("v"), table.Column("text")
	if len(v.floats) != 2*batchRows || cap(v.floats) != len(v.floats) || cap(text.text.spans) != len(text.text.spans) {
		t.Errorf("len %d cap %d, text cap %d", len(v.floats), cap(v.floats), cap(text.text.spans))
	}
}

// TestUnparsedCellClipped: a long unreadable cell is remembered cut to 80
// bytes, at a character boundary, so that it does not keep the file alive.
func TestUnparsedCellClipped(t *testing.T) {
	long := strings.Repeat("é", 60) // 120 bytes
	in := "v,w\n" + strings.Repeat("1,a\n", 9) + long + ",a\n"
	bad := readString(t, in, Options{}).Column("v").Stats().Bad
	if len(bad) != 1 || bad[0].Text != strings.Repeat("é", 40) || bad[0].Line != 11 {
		t.Errorf("bad = %+v", bad)
	}
}

func TestColumnNames(t *testing.T) {
	table := readString(t, " a ,,a,a,\n1,2,3,4,\n", Options{Name: "n.csv"})
	if got, want := names(table), []string{"a", "B", "a (2)", "a (3)"}; !reflect.DeepEqual(got, want) {
		t.Errorf("names = %q, want %q (the empty trailing column dropped)", got, want)
	}
	if got := issueKinds(table); !reflect.DeepEqual(got, []string{"duplicate column name@1:3", "duplicate column name@1:4"}) {
		t.Errorf("issues = %v", got)
	}
	// A named empty column is kept, as Text.
	table = readString(t, "a,b\n1,\n2,\n", Options{})
	if b := table.Column("b"); b == nil || b.Type() != Text || b.Decision().Reason.Code != ReasonEmpty || b.Cell(1) != "" {
		t.Errorf("empty column b: %+v", b)
	}
}

func TestColumnAccessors(t *testing.T) {
	table := readString(t, "n;p;d;t\n1,5;12 %;14/07/2026 08:30;x\n;;;\"a \"\"b\"\"\"\n", Options{})
	n, p, d, tx := table.Column("n"), table.Column("p"), table.Column("d"), table.Column("t")
	if n.Float(0) != 1.5 || !math.IsNaN(n.Float(1)) || !n.Missing(1) || n.Missing(0) || n.Cell(0) != "1.5" || n.Cell(1) != "" {
		t.Errorf("number accessors: %v %v %q", n.Float(0), n.Float(1), n.Cell(0))
	}
	if p.Cell(0) != "12%" || p.Float(0) != 12 {
		t.Errorf("percent: %q", p.Cell(0))
	}
	want := time.Date(2026, 7, 14, 8, 30, 0, 0, time.UTC)
	if got, ok := d.Time(0); !ok || !got.Equal(want) || d.Cell(0) != "2026-07-14T08:30:00Z" || d.Float(0) != float64(want.Unix()) {
		t.Errorf("date: %v %v %q", got, ok, d.Cell(0))
	}
	if _, ok := d.Time(1); ok || !d.Missing(1) || !math.IsNaN(d.Float(1)) || d.Cell(1) != "" {
		t.Errorf("missing date reads as present")
	}
	if tx.Cell(1) != `a "b"` || !math.IsNaN(tx.Float(0)) || tx.Floats() != nil || tx.Times() != nil {
		t.Errorf("text: %q", tx.Cell(1))
	}
	if _, ok := tx.Time(0); ok {
		t.Errorf("Time on a text column")
	}
}
