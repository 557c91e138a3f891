package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// book describes a small workbook for tests; zip writes it as an XLSX
// file the way spreadsheet programs lay one out.
type book struct {
	date1904 bool
	prefix   string         // namespace prefix for SpreadsheetML elements, e.g. "x:"
	sheets   []sheetSpec    // in workbook order
	shared   []string       // inner XML of each <si>
	numFmts  map[int]string // custom number format codes by id
	xfs      []int          // numFmtId of each cell format (<cellXfs>)
	parts    map[string]string
	omit     []string // part names to leave out of the archive
	stored   bool     // store parts uncompressed instead of deflating them
}

// sheetSpec is one worksheet: its name and the inner XML of <sheetData>.
type sheetSpec struct {
	name, data string
}

const (
	nsMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkg  = "http://schemas.openxmlformats.org/package/2006/relationships"
)

// files returns the parts of the workbook by name.
func (b book) files() map[string]string {
	p := b.prefix
	ns := `xmlns="` + nsMain + `"`
	if p != "" {
		ns = `xmlns:` + strings.TrimSuffix(p, ":") + `="` + nsMain + `"`
	}
	decl := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	files := map[string]string{}
	var types, rels, sheets strings.Builder
	types.WriteString(decl + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`)
	rels.WriteString(decl + `<Relationships xmlns="` + nsPkg + `">`)
	for i, s := range b.sheets {
		n := i + 1
		fmt.Fprintf(&types, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, n)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>`, n, nsRel, n)
		fmt.Fprintf(&sheets, `<%ssheet name="%s" sheetId="%d" r:id="rId%d"/>`, p, s.name, n, n)
		files[fmt.Sprintf("xl/worksheets/sheet%d.xml", n)] = decl + `<` + p + `worksheet ` + ns + ` xmlns:r="` + nsRel + `" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
			`<` + p + `dimension ref="A1"/><` + p + `sheetViews><` + p + `sheetView workbookViewId="0"/></` + p + `sheetViews>` +
			`<` + p + `sheetData>` + s.data + `</` + p + `sheetData>` +
			`<` + p + `pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></` + p + `worksheet>`
	}
	next := len(b.sheets) + 1
	if b.shared != nil {
		types.WriteString(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="%s/sharedStrings" Target="sharedStrings.xml"/>`, next, nsRel)
		next++
		var sst strings.Builder
		fmt.Fprintf(&sst, `%s<%ssst %s count="%d" uniqueCount="%d">`, decl, p, ns, len(b.shared), len(b.shared))
		for _, si := range b.shared {
			sst.WriteString(`<` + p + `si>` + si + `</` + p + `si>`)
		}
		sst.WriteString(`</` + p + `sst>`)
		files["xl/sharedStrings.xml"] = sst.String()
	}
	if b.xfs != nil {
		types.WriteString(`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>`, next, nsRel)
		var st strings.Builder
		st.WriteString(decl + `<` + p + `styleSheet ` + ns + `>`)
		if len(b.numFmts) > 0 {
			ids := make([]int, 0, len(b.numFmts))
			for id := range b.numFmts {
				ids = append(ids, id)
			}
			sort.Ints(ids)
			fmt.Fprintf(&st, `<%snumFmts count="%d">`, p, len(ids))
			for _, id := range ids {
				code := strings.NewReplacer(`&`, "&amp;", `"`, "&quot;", `<`, "&lt;").Replace(b.numFmts[id])
				fmt.Fprintf(&st, `<%snumFmt numFmtId="%d" formatCode="%s"/>`, p, id, code)
			}
			st.WriteString(`</` + p + `numFmts>`)
		}
		// A cell style format with a date id that must not be taken for a cell's.
		st.WriteString(`<` + p + `cellStyleXfs count="1"><` + p + `xf numFmtId="14" fontId="0"/></` + p + `cellStyleXfs>`)
		fmt.Fprintf(&st, `<%scellXfs count="%d">`, p, len(b.xfs))
		for _, id := range b.xfs {
			fmt.Fprintf(&st, `<%sxf numFmtId="%d" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`, p, id)
		}
		st.WriteString(`</` + p + `cellXfs></` + p + `styleSheet>`)
		files["xl/styles.xml"] = st.String()
	}
	types.WriteString(`</Types>`)
	rels.WriteString(`</Relationships>`)
	date1904 := ""
	if b.date1904 {
		date1904 = ` date1904="1"`
	}
	files["[Content_Types].xml"] = types.String()
	files["_rels/.rels"] = decl + `<Relationships xmlns="` + nsPkg + `"><Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`
	files["xl/_rels/workbook.xml.rels"] = rels.String()
	files["xl/workbook.xml"] = decl + `<` + p + `workbook ` + ns + ` xmlns:r="` + nsRel + `"><` + p + `workbookPr` + date1904 + `/><` + p + `sheets>` + sheets.String() + `</` + p + `sheets></` + p + `workbook>`
	for name, text := range b.parts {
		files[name] = text
	}
	for _, name := range b.omit {
		delete(files, name)
	}
	return files
}

// zip writes the workbook as an XLSX file, with parts in a fixed order and
// no timestamps, so the bytes are the same from run to run.
func (b book) zip(t testing.TB) []byte {
	t.Helper()
	return zipFiles(t, b.files(), b.stored)
}

// zipFiles writes files into a zip archive in name order.
func zipFiles(t testing.TB, files map[string]string, stored bool) []byte {
	t.Helper()
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range names {
		method := zip.Deflate
		if stored {
			method = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(files[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// mustOpen opens data with the default options or fails the test.
func mustOpen(t testing.TB, data []byte) *Workbook {
	t.Helper()
	w, err := Open(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// mustRead reads sheet i of data or fails the test.
func mustRead(t testing.TB, data []byte, i int) *Sheet {
	t.Helper()
	s, err := mustOpen(t, data).Read(i)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// dump writes the sheet's text as lines of cells separated by '|', with
// "<nil>" for rows the file skipped, for compact expectations.
func dump(s *Sheet) string {
	var b strings.Builder
	for _, row := range s.Text() {
		if row == nil {
			b.WriteString("<nil>\n")
			continue
		}
		b.WriteString(strings.Join(row, "|") + "\n")
	}
	return b.String()
}
