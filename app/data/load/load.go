// Package load reads a dataset from what the user gave — a CSV, TSV, JSON or
// XLSX file, a paste from a spreadsheet, or a built-in case — into a typed
// data.Table, and recognises platform exports to map their columns to roles.
// It is the one place that knows every reader, so that the data package and
// the XLSX reader stay independent of each other.
//
//	t, info, err := load.Read(ctx, load.Source{Name: "posts.csv", Bytes: b}, load.Options{Locale: "fr"})
package load

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"reachlab/app/data"
	"reachlab/app/data/platform"
	"reachlab/app/data/roles"
	"reachlab/app/data/xlsx"
)

// Kind is how a source is read.
type Kind string

// The kinds of source.
const (
	Auto  Kind = ""      // decided from the name and the first bytes
	CSV   Kind = "csv"   // delimited text: CSV, TSV, semicolon-separated…
	JSON  Kind = "json"  // an array of objects, or an object holding one
	XLSX  Kind = "xlsx"  // an Excel workbook
	Paste Kind = "paste" // text pasted from a spreadsheet (tab-separated)
)

// Source is a dataset as the user gave it. ReachLab keeps sources, not
// tables: a table is read again from its source (with the remembered
// mapping) when it is needed, so nothing the reader decides is ever lost.
type Source struct {
	Name  string // the file name, or a title for pastes and cases
	Kind  Kind
	Sheet int // XLSX: the sheet to read (0 is the first)
	Bytes []byte
}

// Options tune a read.
type Options struct {
	// Locale is the user's language, "fr" or "en": the last resort for
	// ambiguous numbers and dates.
	Locale string
	// MaxSize refuses larger sources (data.DefaultMaxSize when 0).
	MaxSize int64
	// Mapping applies roles and types the user set before.
	Mapping *data.Mapping
	// Header says whether the first row names the columns (data.Options.Header):
	// detected by default; the "first row is a header" switch forces it.
	Header data.HeaderMode
	// Year is the year of the most recent dates written without a year
	// (data.Options.Year); 0 takes the years from the period the file's
	// name gives (PeriodFromName), else assumes them and says so.
	Year int
	// Progress reports the bytes read, for progress bars and for yielding
	// to the browser's event loop.
	Progress func(done, total int64)
}

// Info says what Read found beyond the table.
type Info struct {
	Kind   Kind
	Sheets []string // XLSX: the workbook's sheet names, for a picker
	// Export is what the headers say the table is: a platform's export
	// (its name, the medium kind it implies, and why each column got its
	// role), or a generic table.
	Export platform.Detection
}

// ErrUnknownKind: the source's kind is not one load reads.
var ErrUnknownKind = errors.New("unknown kind of source")

// Read reads src into a table. The error is a *data.ParseError (or an XLSX
// error naming the part and cell) when nothing could be read; a table read
// with problems carries them in Table.Issues.
func Read(ctx context.Context, src Source, opts Options) (*data.Table, Info, error) {
	kind := src.Kind
	if kind == Auto {
		kind = Detect(src.Name, src.Bytes)
	}
	info := Info{Kind: kind}
	dopts := data.Options{
		Name:     src.Name,
		MaxSize:  opts.MaxSize,
		Size:     int64(len(src.Bytes)),
		Locale:   opts.Locale,
		Mapping:  opts.Mapping,
		Header:   opts.Header,
		Year:     opts.Year,
		Period:   PeriodFromName(src.Name),
		Progress: opts.Progress,
	}
	var t *data.Table
	var err error
	switch kind {
	case CSV:
		t, err = readCSV(ctx, src.Bytes, dopts)
	case Paste:
		t, err = data.ReadPaste(ctx, string(src.Bytes), dopts)
	case JSON:
		t, err = data.ReadJSON(ctx, src.Bytes, dopts)
	case XLSX:
		t, info.Sheets, err = readXLSX(ctx, src, dopts)
	default:
		return nil, info, fmt.Errorf("%s: %q: %w", src.Name, kind, ErrUnknownKind)
	}
	if err != nil {
		return t, info, err
	}
	info.Export = detect(t, opts.Mapping == nil)
	return t, info, nil
}

// readCSV reads delimited text. When the line taken as the header is not a
// known export's header but one of the next lines is (an export that starts
// with a title line as wide as the table, as LinkedIn's do), the text is read
// again from that line.
func readCSV(ctx context.Context, b []byte, opts data.Options) (*data.Table, error) {
	// ReadCSV may keep b as the table's text: read a copy first when a
	// second read could follow.
	first := make([]byte, len(b))
	copy(first, b)
	t, err := data.ReadCSV(ctx, first, opts)
	if err != nil || opts.HeaderLine != 0 {
		return t, err
	}
	rows := leadingRows(t, 10)
	row, d := platform.DetectRows(rows, len(rows))
	if row <= 0 || d.Platform == platform.Generic {
		return t, nil
	}
	opts.HeaderLine = lineOfRow(t, row)
	if again, err := data.ReadCSV(ctx, b, opts); err == nil {
		return again, nil
	}
	return t, nil
}

// lineOfRow returns the file line of the row-th row of rows (0 being the
// header line): rows below the header are one line each near the top of an
// export (title lines hold no line breaks), plus the blank lines the reader
// skipped.
func lineOfRow(t *data.Table, row int) int {
	line := t.Format.HeaderLine + row
	var blanks []int
	for _, issue := range t.Issues {
		if errors.Is(issue, data.ErrBlankRow) && issue.Line > t.Format.HeaderLine {
			blanks = append(blanks, issue.Line)
		}
	}
	slices.Sort(blanks)
	for _, b := range blanks {
		if b <= line {
			line++
		}
	}
	return line
}

// leadingRows returns the header and the first n rows of t as text.
func leadingRows(t *data.Table, n int) [][]string {
	cols := t.Columns()
	rows := make([][]string, 0, n+1)
	header := make([]string, len(cols))
	for j, c := range cols {
		header[j] = c.Name()
	}
	rows = append(rows, header)
	for i := 0; i < min(n, t.Len()); i++ {
		row := make([]string, len(cols))
		for j, c := range cols {
			row[j] = c.Cell(i)
		}
		rows = append(rows, row)
	}
	return rows
}

// Detect decides how to read a file from its name and first bytes.
func Detect(name string, b []byte) Kind {
	head := b[:min(len(b), 512)]
	if bytes.HasPrefix(head, []byte("PK\x03\x04")) || strings.HasSuffix(strings.ToLower(name), ".xlsx") {
		return XLSX
	}
	if data.DetectKind(name, head) == data.KindJSON {
		return JSON
	}
	return CSV
}

// readXLSX reads one sheet of a workbook and types it like any table.
func readXLSX(ctx context.Context, src Source, opts data.Options) (*data.Table, []string, error) {
	limit := opts.MaxSize
	if limit <= 0 {
		limit = data.DefaultMaxSize
	}
	if size := int64(len(src.Bytes)); size > limit {
		return nil, nil, &data.ParseError{File: src.Name, Err: &data.SizeError{Size: size, Limit: limit}}
	}
	wb, err := xlsx.Open(bytes.NewReader(src.Bytes), int64(len(src.Bytes)))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", src.Name, err)
	}
	sheets := wb.Sheets()
	if src.Sheet < 0 || src.Sheet >= len(sheets) {
		return nil, sheets, fmt.Errorf("%s: sheet %d of %d: %w", src.Name, src.Sheet+1, len(sheets), ErrNoSheet)
	}
	sheet, err := wb.Read(src.Sheet)
	if err != nil {
		return nil, sheets, fmt.Errorf("%s: %w", src.Name, err)
	}
	rows := sheet.Text()
	start := headerRow(rows)
	if start < 0 {
		return nil, sheets, &data.ParseError{File: src.Name, Err: data.ErrEmpty}
	}
	opts.HeaderLine = start + 1
	opts.Name = src.Name + " — " + sheets[src.Sheet]
	t, err := data.FromRecords(ctx, rows[start], rows[start+1:], opts)
	return t, sheets, err
}

// ErrNoSheet: the workbook has no sheet of that number.
var ErrNoSheet = errors.New("no such sheet")

// headerRow finds the header of a sheet: the first row that fills at least
// half as many cells as the fullest of the first rows (and two at least,
// unless the sheet has a single column). Exports often start with a title, a
// date range or blank rows above it. It returns -1 for an empty sheet.
func headerRow(rows [][]string) int {
	const look = 20
	widest := 0
	for _, row := range rows[:min(len(rows), look)] {
		widest = max(widest, filled(row))
	}
	if widest == 0 {
		return -1
	}
	need := max(min(2, widest), (widest+1)/2)
	for i, row := range rows {
		if filled(row) >= need {
			return i
		}
	}
	return -1
}

// filled counts a row's non-blank cells.
func filled(row []string) int {
	n := 0
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

// detect recognises the export the table comes from by its headers and,
// when assign is set (no mapping was remembered), gives each column the role
// its header implies. A role that does not fit the column's type (a "reach"
// column the reader found to be text) is left unset: the user sees the
// column without a role and its unreadable cells.
func detect(t *data.Table, assign bool) platform.Detection {
	cols := t.Columns()
	headers := make([]string, len(cols))
	for i, c := range cols {
		headers[i] = c.Name()
	}
	d := platform.Detect(headers)
	if assign {
		for i, r := range d.Roles() {
			if r != roles.None && cols[i].Role() == roles.None {
				t.SetRole(i, r)
			}
		}
	}
	return d
}
