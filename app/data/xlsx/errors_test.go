package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"strings"
	"testing"
)

// simple is a valid one-sheet workbook that the error cases break.
func simple(data string) book {
	return book{
		shared: []string{`<t>a</t>`, `<t>b</t>`},
		xfs:    []int{0, 14},
		sheets: []sheetSpec{{"S", data}},
	}
}

func TestErrors(t *testing.T) {
	valid := simple(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`)
	tests := []struct {
		name     string
		data     func(t testing.TB) []byte
		options  Options
		sheet    int
		sentinel error
		part     string
		cell     string
		message  string // a fragment of Error()
	}{{
		name:     "not a zip",
		data:     func(testing.TB) []byte { return []byte("Post ID,Reach\n1,2\n") },
		sentinel: ErrNotXLSX,
		message:  "xlsx: not an XLSX workbook: not a zip archive",
	}, {
		name:     "empty file",
		data:     func(testing.TB) []byte { return nil },
		sentinel: ErrNotXLSX,
	}, {
		name: "legacy xls",
		data: func(testing.TB) []byte {
			return append([]byte(oleMagic), make([]byte, 504)...)
		},
		sentinel: ErrBinaryWorkbook,
		message:  "legacy .xls or password-protected",
	}, {
		name: "word document",
		data: func(t testing.TB) []byte {
			return zipFiles(t, map[string]string{"word/document.xml": "<w:document/>"}, false)
		},
		sentinel: ErrNotXLSX,
		message:  "Word document",
	}, {
		name: "truncated archive",
		data: func(t testing.TB) []byte {
			b := valid.zip(t)
			return b[:len(b)-30]
		},
		sentinel: ErrNotXLSX,
	}, {
		name: "checksum mismatch in a stored part",
		data: func(t testing.TB) []byte {
			b := book{stored: true, sheets: valid.sheets, shared: valid.shared}.zip(t)
			i := bytes.Index(b, []byte(`<t>a</t>`))
			b[i+3] = 'z'
			return b
		},
		sentinel: ErrCorrupt,
		part:     "xl/sharedStrings.xml",
		message:  "CRC-32",
	}, {
		name:     "unclosed element",
		data:     simple(`<row r="1"><c r="A1"><v>1</c></row>`).zip,
		sentinel: ErrCorrupt,
		part:     "xl/worksheets/sheet1.xml",
		message:  "closing tag </c> where </v> was expected",
	}, {
		name: "part ends inside an element",
		data: book{sheets: valid.sheets, parts: map[string]string{
			"xl/worksheets/sheet1.xml": `<worksheet><sheetData><row>`,
		}}.zip,
		sentinel: ErrCorrupt,
		part:     "xl/worksheets/sheet1.xml",
		message:  "part ends inside <row>",
	}, {
		name:     "shared string out of range",
		data:     simple(`<row r="2"><c r="B2" t="s"><v>7</v></c></row>`).zip,
		sentinel: ErrCorrupt,
		part:     "xl/worksheets/sheet1.xml",
		cell:     "B2",
		message:  `xlsx: xl/worksheets/sheet1.xml: cell B2: corrupt workbook: shared string "7" out of range (2 strings)`,
	}, {
		name:     "number that is not a number",
		data:     simple(`<row r="3"><c r="C3"><v>1,5</v></c></row>`).zip,
		sentinel: ErrCorrupt,
		cell:     "C3",
		message:  `number "1,5"`,
	}, {
		name:     "NaN is no spreadsheet number",
		data:     simple(`<row r="1"><c r="A1"><v>NaN</v></c></row>`).zip,
		sentinel: ErrCorrupt,
		cell:     "A1",
	}, {
		name:     "reference outside the grid",
		data:     simple(`<row r="1"><c r="XFE1"><v>1</v></c></row>`).zip,
		sentinel: ErrCorrupt,
		cell:     "XFE1",
		message:  "bad cell reference",
	}, {
		name:     "row number outside the grid",
		data:     simple(`<row r="1048577"><c><v>1</v></c></row>`).zip,
		sentinel: ErrCorrupt,
		message:  "row number",
	}, {
		name:     "cell past XFD without a reference",
		data:     simple(`<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>`).zip,
		sentinel: ErrCorrupt,
		cell:     "XFE1",
	}, {
		name:     "bad boolean",
		data:     simple(`<row r="1"><c r="A1" t="b"><v>yes</v></c></row>`).zip,
		sentinel: ErrCorrupt,
		cell:     "A1",
	}, {
		name:     "unknown cell type",
		data:     simple(`<row r="1"><c r="D1" t="q"><v>1</v></c></row>`).zip,
		sentinel: ErrCorrupt,
		cell:     "D1",
	}, {
		name:     "bad ISO date",
		data:     simple(`<row r="1"><c r="A1" t="d"><v>2026-02-30</v></c></row>`).zip,
		sentinel: ErrCorrupt,
		cell:     "A1",
	}, {
		name:     "document type declaration",
		data:     book{sheets: valid.sheets, parts: map[string]string{"xl/worksheets/sheet1.xml": `<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>`}}.zip,
		sentinel: ErrCorrupt,
		message:  "document type declarations are not allowed",
	}, {
		name:     "unknown entity",
		data:     book{shared: []string{`<t>&nbsp;</t>`}, sheets: valid.sheets}.zip,
		sentinel: ErrCorrupt,
		part:     "xl/sharedStrings.xml",
		message:  `unknown entity reference "&nbsp;"`,
	}, {
		name:     "character reference to a forbidden character",
		data:     book{shared: []string{`<t>&#0;</t>`}, sheets: valid.sheets}.zip,
		sentinel: ErrCorrupt,
	}, {
		name:     "text outside the root element",
		data:     book{sheets: valid.sheets, parts: map[string]string{"xl/styles.xml": `<styleSheet/>junk`}, xfs: []int{0}}.zip,
		sentinel: ErrCorrupt,
		part:     "xl/styles.xml",
	}, {
		name:     "two root elements",
		data:     book{sheets: valid.sheets, parts: map[string]string{"xl/workbook.xml": `<workbook/><workbook/>`}}.zip,
		sentinel: ErrCorrupt,
		part:     "xl/workbook.xml",
	}, {
		name:     "empty part",
		data:     book{sheets: valid.sheets, parts: map[string]string{"xl/workbook.xml": ``}}.zip,
		sentinel: ErrCorrupt,
		message:  "no XML element",
	}, {
		name:     "nesting too deep",
		data:     book{sheets: valid.sheets, parts: map[string]string{"xl/worksheets/sheet1.xml": strings.Repeat("<a>", 200) + strings.Repeat("</a>", 200)}}.zip,
		sentinel: ErrCorrupt,
		message:  "nested deeper",
	}, {
		name:     "sheet part missing",
		data:     book{sheets: valid.sheets, omit: []string{"xl/worksheets/sheet1.xml"}}.zip,
		sentinel: ErrCorrupt,
		part:     "xl/worksheets/sheet1.xml",
		message:  `sheet "S" has no part`,
	}, {
		name:     "workbook part missing",
		data:     book{sheets: valid.sheets, omit: []string{"xl/workbook.xml"}}.zip,
		sentinel: ErrNotXLSX,
		message:  "without a workbook part",
	}, {
		name:     "sheet index out of range",
		data:     valid.zip,
		sheet:    1,
		sentinel: ErrNoSheet,
	}, {
		name:     "part larger than MaxPartBytes",
		data:     simple(`<row r="1"><c r="A1" t="inlineStr"><is><t>` + strings.Repeat("x", 5000) + `</t></is></c></row>`).zip,
		options:  Options{MaxPartBytes: 4096},
		sentinel: ErrTooLarge,
		part:     "xl/worksheets/sheet1.xml",
	}, {
		name:     "parts larger than MaxTotalBytes",
		data:     valid.zip,
		options:  Options{MaxTotalBytes: 1000},
		sentinel: ErrTooLarge,
	}, {
		name:     "more cells than MaxCells",
		data:     simple(`<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="J2"><v>1</v></c></row>`).zip,
		options:  Options{MaxCells: 11},
		sentinel: ErrTooLarge,
		cell:     "J2",
		message:  "more than 11 cells",
	}, {
		name:     "a far cell is many cells",
		data:     simple(`<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`).zip,
		options:  Options{MaxCells: 1_000_000},
		sentinel: ErrTooLarge,
		cell:     "XFD1048576",
	}, {
		name: "zip bomb declaring its size",
		data: func(t testing.TB) []byte {
			return bombZip(t, valid, 1000, 3<<30) // refused before inflating
		},
		sentinel: ErrTooLarge,
		part:     "xl/worksheets/sheet1.xml",
	}, {
		name: "zip bomb lying about its size",
		data: func(t testing.TB) []byte {
			return bombZip(t, valid, 10<<20, 1000)
		},
		sentinel: ErrCorrupt,
		part:     "xl/worksheets/sheet1.xml",
		message:  "longer than its declared 1000 bytes",
	}, {
		name: "part shorter than declared",
		data: func(t testing.TB) []byte {
			return bombZip(t, valid, 100, 1000)
		},
		sentinel: ErrCorrupt,
		message:  "ends after 100",
	}, {
		name: "encrypted zip entry",
		data: func(t testing.TB) []byte {
			b := valid.zip(t)
			// Set the encryption flag of every central directory record.
			for i := 0; i+centralHeaderLen <= len(b); i++ {
				if le32(b[i:]) == sigCentralHeader {
					b[i+8] |= flagEncrypted
				}
			}
			return b
		},
		sentinel: ErrUnsupported,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.data(t)
			w, err := tt.options.Open(bytes.NewReader(data), int64(len(data)))
			if err == nil {
				_, err = w.Read(tt.sheet)
			}
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, tt.sentinel) {
				t.Fatalf("error %q does not wrap %v", err, tt.sentinel)
			}
			var located *Error
			if !errors.As(err, &located) {
				t.Fatalf("error %q is not an *Error", err)
			}
			if tt.part != "" && located.Part != tt.part {
				t.Errorf("Part = %q, want %q (%v)", located.Part, tt.part, err)
			}
			if located.Cell != tt.cell {
				t.Errorf("Cell = %q, want %q (%v)", located.Cell, tt.cell, err)
			}
			if !strings.Contains(err.Error(), tt.message) {
				t.Errorf("error %q does not contain %q", err, tt.message)
			}
		})
	}
}

// bombZip writes b with its first sheet replaced by size zero bytes,
// deflated, and declared as declared bytes.
func bombZip(t testing.TB, b book, size, declared int) []byte {
	t.Helper()
	files := b.files()
	sheet := "xl/worksheets/sheet1.xml"
	delete(files, sheet)
	var raw bytes.Buffer
	fw, _ := flate.NewWriter(&raw, flate.BestCompression)
	zeros := make([]byte, 64<<10)
	crc := crc32.NewIEEE()
	for left := size; left > 0; left -= len(zeros) {
		chunk := zeros[:min(left, len(zeros))]
		fw.Write(chunk)
		crc.Write(chunk)
	}
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, text := range files {
		w, _ := zw.Create(name)
		w.Write([]byte(text))
	}
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name: sheet, Method: zip.Deflate, CRC32: crc.Sum32(),
		CompressedSize64: uint64(raw.Len()), UncompressedSize64: uint64(declared),
	})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(raw.Bytes())
	zw.Close()
	return buf.Bytes()
}

func TestErrorText(t *testing.T) {
	e := &Error{Part: "xl/worksheets/sheet1.xml", Cell: "C7", Err: corrupt("shared string %q out of range", "9")}
	const want = `xlsx: xl/worksheets/sheet1.xml: cell C7: corrupt workbook: shared string "9" out of range`
	if e.Error() != want {
		t.Errorf("got %q, want %q", e.Error(), want)
	}
	if !errors.Is(ErrBinaryWorkbook, ErrNotXLSX) {
		t.Error("ErrBinaryWorkbook does not wrap ErrNotXLSX")
	}
}
