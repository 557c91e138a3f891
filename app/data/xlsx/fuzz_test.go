package xlsx

import (
	"bytes"
	"errors"
	"testing"
)

// fuzzOptions keep each fuzz run small and fast.
var fuzzOptions = Options{MaxTotalBytes: 4 << 20, MaxPartBytes: 1 << 20, MaxCells: 100_000}

// seedBooks are valid workbooks covering the features the reader handles.
func seedBooks() []book {
	return []book{
		{
			shared:  []string{`<t>Post</t>`, `<r><t xml:space="preserve">rich </t></r><r><t>text</t></r>`, `<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>`},
			xfs:     []int{0, 14, 22, 10, 164, 46},
			numFmts: map[int]string{164: `dd/mm/yyyy\ hh:mm`},
			sheets: []sheetSpec{
				{"Posts", `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>` +
					`<row r="3"><c r="A3" s="1"><v>46217</v></c><c r="B3" s="2"><v>46217.5</v></c><c r="C3" s="3"><v>0.125</v></c>` +
					`<c r="D3" s="4"><v>46217.25</v></c><c r="E3" s="5"><v>1.5</v></c><c r="F3" t="b"><v>1</v></c>` +
					`<c r="G3" t="e"><v>#N/A</v></c><c r="H3" t="inlineStr"><is><t>inline</t></is></c><c r="I3" t="s"><v>2</v></c></row>`},
				{"Second", `<row><c><v>1</v></c><c t="str"><v>x</v></c></row>`},
			},
		},
		{date1904: true, prefix: "x:", stored: true, xfs: []int{0, 14},
			sheets: []sheetSpec{{"S", `<x:row r="1"><x:c r="A1" s="1"><x:v>0</x:v></x:c><x:c r="B1" t="d"><x:v>2026-07-14T08:30:00</x:v></x:c></x:row>`}}},
	}
}

// checkWorkbook opens data and reads every sheet, failing t on a panic, an
// error that wraps no sentinel or is not an *Error, or a sheet that breaks
// the documented shape.
func checkWorkbook(t *testing.T, data []byte) {
	w, err := fuzzOptions.Open(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		checkError(t, err)
		return
	}
	for i := range w.Sheets() {
		s, err := w.Read(i)
		if err != nil {
			checkError(t, err)
			continue
		}
		cells := len(s.Rows)
		if len(s.Rows) > 0 && len(s.Rows[len(s.Rows)-1]) == 0 {
			t.Fatalf("sheet %d ends with an empty row", i)
		}
		for r, row := range s.Rows {
			cells += len(row)
			for c, cell := range row {
				if (cell.Kind == KindEmpty) != (cell.Text == "") {
					t.Fatalf("cell %s: kind %d with text %q", cellName(c, r+1), cell.Kind, cell.Text)
				}
			}
			if len(row) > 0 && row[len(row)-1].Text == "" {
				t.Fatalf("row %d ends with an empty cell", r+1)
			}
		}
		if cells > fuzzOptions.MaxCells {
			t.Fatalf("sheet %d has %d cells, more than MaxCells", i, cells)
		}
	}
}

func checkError(t *testing.T, err error) {
	t.Helper()
	var located *Error
	if !errors.As(err, &located) {
		t.Fatalf("error %q is not an *Error", err)
	}
	for _, sentinel := range []error{ErrNotXLSX, ErrCorrupt, ErrTooLarge, ErrUnsupported} {
		if errors.Is(err, sentinel) {
			return
		}
	}
	t.Fatalf("error %q wraps no sentinel", err)
}

// FuzzOpen feeds arbitrary bytes, starting from valid workbooks, to Open
// and Read.
func FuzzOpen(f *testing.F) {
	for _, b := range seedBooks() {
		data := b.zip(f)
		f.Add(data)
		f.Add(data[:len(data)/2])
	}
	f.Add(zip64Files(seedBooks()[1].files()))
	f.Add([]byte(oleMagic))
	f.Add([]byte("PK\x05\x06" + string(make([]byte, 18))))
	f.Fuzz(checkWorkbook)
}

// FuzzParts builds well-formed archives around arbitrary workbook, sheet,
// shared string and style parts, so that the fuzzer spends its time in the
// XML and cell logic rather than in zip checksums.
func FuzzParts(f *testing.F) {
	for _, b := range seedBooks() {
		files := b.files()
		f.Add(files["xl/workbook.xml"], files["xl/worksheets/sheet1.xml"], files["xl/sharedStrings.xml"], files["xl/styles.xml"])
	}
	f.Fuzz(func(t *testing.T, workbook, sheet, shared, styles string) {
		b := book{shared: []string{}, xfs: []int{}, sheets: []sheetSpec{{"S", ""}}, stored: true, parts: map[string]string{
			"xl/workbook.xml":          workbook,
			"xl/worksheets/sheet1.xml": sheet,
			"xl/sharedStrings.xml":     shared,
			"xl/styles.xml":            styles,
		}}
		checkWorkbook(t, b.zip(t))
	})
}
