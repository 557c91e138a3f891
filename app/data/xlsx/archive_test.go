package xlsx

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"sort"
	"testing"
)

// zip64Files writes files as a stored zip archive that uses every Zip64
// record: 0xffffffff sizes and offsets with the Zip64 extra field, a Zip64
// end-of-directory record and its locator, as streaming writers emit for
// archives that might exceed 4 GiB.
func zip64Files(files map[string]string) []byte {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	var out, dir bytes.Buffer
	le := binary.LittleEndian
	for _, name := range names {
		data := []byte(files[name])
		offset := out.Len()
		crc := crc32.ChecksumIEEE(data)
		extra := le.AppendUint16(nil, zip64ExtraID)
		extra = le.AppendUint16(extra, 24)
		extra = le.AppendUint64(extra, uint64(len(data))) // uncompressed
		extra = le.AppendUint64(extra, uint64(len(data))) // compressed
		extra = le.AppendUint64(extra, uint64(offset))

		h := le.AppendUint32(nil, sigLocalHeader)
		h = le.AppendUint16(h, 45)
		h = le.AppendUint16(h, 0)                    // flags
		h = le.AppendUint16(h, methodStored)         // method
		h = le.AppendUint32(h, 0)                    // time and date
		h = le.AppendUint32(h, crc)                  // crc
		h = le.AppendUint32(h, unsetSize32)          // compressed
		h = le.AppendUint32(h, unsetSize32)          // uncompressed
		h = le.AppendUint16(h, uint16(len(name)))    // name length
		h = le.AppendUint16(h, uint16(len(extra)-8)) // extra length: sizes only
		h = append(append(h, name...), extra[:len(extra)-8]...)
		out.Write(h)
		out.Write(data)

		c := le.AppendUint32(nil, sigCentralHeader)
		c = le.AppendUint16(c, 45)
		c = le.AppendUint16(c, 45)
		c = le.AppendUint16(c, 0)
		c = le.AppendUint16(c, methodStored)
		c = le.AppendUint32(c, 0)
		c = le.AppendUint32(c, crc)
		c = le.AppendUint32(c, unsetSize32)
		c = le.AppendUint32(c, unsetSize32)
		c = le.AppendUint16(c, uint16(len(name)))
		c = le.AppendUint16(c, uint16(len(extra)))
		c = le.AppendUint16(c, 0) // comment
		c = le.AppendUint16(c, 0) // disk
		c = le.AppendUint16(c, 0) // internal attributes
		c = le.AppendUint32(c, 0) // external attributes
		c = le.AppendUint32(c, unsetSize32)
		dir.Write(append(append(c, name...), extra...))
	}
	dirOffset, dirLen := out.Len(), dir.Len()
	out.Write(dir.Bytes())
	end64Offset := out.Len()
	e := le.AppendUint32(nil, sigEnd64)
	e = le.AppendUint64(e, end64Len-12)
	e = le.AppendUint16(e, 45)
	e = le.AppendUint16(e, 45)
	e = le.AppendUint32(e, 0)
	e = le.AppendUint32(e, 0)
	e = le.AppendUint64(e, uint64(len(names)))
	e = le.AppendUint64(e, uint64(len(names)))
	e = le.AppendUint64(e, uint64(dirLen))
	e = le.AppendUint64(e, uint64(dirOffset))
	e = le.AppendUint32(e, sigEnd64Locator)
	e = le.AppendUint32(e, 0)
	e = le.AppendUint64(e, uint64(end64Offset))
	e = le.AppendUint32(e, 1)
	e = le.AppendUint32(e, sigEnd)
	e = le.AppendUint32(e, 0)
	e = le.AppendUint16(e, unsetCount16)
	e = le.AppendUint16(e, unsetCount16)
	e = le.AppendUint32(e, unsetSize32)
	e = le.AppendUint32(e, unsetSize32)
	e = le.AppendUint16(e, 0)
	out.Write(e)
	return out.Bytes()
}

func TestZip64(t *testing.T) {
	b := book{shared: []string{`<t>zip64</t>`}, xfs: []int{0, 14},
		sheets: []sheetSpec{{"S", `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>46217</v></c></row>`}}}
	data := zip64Files(b.files())
	if got := dump(mustRead(t, data, 0)); got != "zip64|2026-07-14\n" {
		t.Errorf("got %q", got)
	}
}

func TestArchiveLookup(t *testing.T) {
	data := zipFiles(t, map[string]string{"xl/SharedStrings.xml": "x", "A/B.xml": "y"}, false)
	a, err := openArchive(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"xl/sharedStrings.xml": "x", "/XL/SHAREDSTRINGS.XML": "x", `a\b.xml`: "y",
	} {
		e := a.lookup(name)
		if e == nil {
			t.Errorf("lookup(%q) = nil", name)
			continue
		}
		b, err := a.readAll(e, 100)
		if err != nil || string(b) != want {
			t.Errorf("readAll(%q) = %q, %v; want %q", name, b, err, want)
		}
	}
	if a.lookup("xl/missing.xml") != nil {
		t.Error("lookup of a missing part found something")
	}
}

func TestRelsPart(t *testing.T) {
	for part, want := range map[string]string{
		"xl/workbook.xml": "xl/_rels/workbook.xml.rels",
		"workbook.xml":    "_rels/workbook.xml.rels",
		"a/b/c.xml":       "a/b/_rels/c.xml.rels",
	} {
		if got := relsPart(part); got != want {
			t.Errorf("relsPart(%q) = %q, want %q", part, got, want)
		}
	}
}

func TestResolvePart(t *testing.T) {
	tests := []struct{ source, target, want string }{
		{"xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"},
		{"xl/workbook.xml", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"},
		{"xl/workbook.xml", "../customXml/item1.xml", "customXml/item1.xml"},
		{"xl/workbook.xml", `worksheets\sheet1.xml`, "xl/worksheets/sheet1.xml"},
		{"", "xl/workbook.xml", "xl/workbook.xml"},
		{"", "/xl/workbook.xml", "xl/workbook.xml"},
		{"", "./xl//workbook.xml", "xl/workbook.xml"},
		{"xl/workbook.xml", "../../../etc/passwd", "etc/passwd"},
		{"xl/workbook.xml", "/a/./b/../c.xml", "a/c.xml"},
	}
	for _, tt := range tests {
		if got := resolvePart(tt.source, tt.target); got != tt.want {
			t.Errorf("resolvePart(%q, %q) = %q, want %q", tt.source, tt.target, got, tt.want)
		}
	}
}
