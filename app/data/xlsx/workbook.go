package xlsx

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Workbook is an open XLSX file: its sheet names, date system, styles and
// shared strings. Its sheets are read one at a time by Read. A Workbook
// reads from the io.ReaderAt given to Open, which must stay valid while it
// is used; it is not safe for concurrent use.
type Workbook struct {
	archive  *archive
	options  Options
	sheets   []sheetPart
	strings  []string // shared string table
	formats  []Format // number format class of each cell format
	date1904 bool
}

// sheetPart is a sheet as the workbook lists it.
type sheetPart struct {
	name  string
	part  string // part name, or "" when the workbook's relationship is missing
	entry *entry // nil when the part is missing from the archive
}

// Relationship types, matched by their last path segment so that both the
// transitional and the strict OOXML namespaces are understood.
const (
	relOfficeDocument = "officeDocument"
	relSharedStrings  = "sharedStrings"
	relStyles         = "styles"
	defaultWorkbook   = "xl/workbook.xml"
	packageRels       = "_rels/.rels"
)

// open implements Options.Open with o's defaults filled in.
func open(r io.ReaderAt, size int64, o Options) (*Workbook, error) {
	a, err := openArchive(r, size)
	if err != nil {
		return nil, inPart("", err)
	}
	w := &Workbook{archive: a, options: o}
	var total int64
	// read returns a whole part after checking its size against the limits.
	read := func(e *entry, name string) ([]byte, error) {
		if err := w.reserve(e, &total); err != nil {
			return nil, &Error{Part: name, Err: err}
		}
		b, err := a.readAll(e, o.MaxPartBytes)
		return b, inPart(name, err)
	}

	main := defaultWorkbook
	if e := a.lookup(packageRels); e != nil {
		b, err := read(e, packageRels)
		if err != nil {
			return nil, err
		}
		rels, err := parseRels(b, "")
		if err != nil {
			return nil, inPart(packageRels, err)
		}
		if rel, ok := rels.byType(relOfficeDocument); ok {
			main = rel.target
		}
	}
	mainEntry := a.lookup(main)
	if mainEntry == nil {
		return nil, &Error{Err: notWorkbook(a)}
	}
	b, err := read(mainEntry, main)
	if err != nil {
		return nil, err
	}
	names, ids, err := w.parseWorkbook(b)
	if err != nil {
		return nil, inPart(main, err)
	}

	relsName := relsPart(main)
	rels := relationships{}
	if e := a.lookup(relsName); e != nil {
		b, err := read(e, relsName)
		if err != nil {
			return nil, err
		}
		if rels, err = parseRels(b, main); err != nil {
			return nil, inPart(relsName, err)
		}
	}
	for i, name := range names {
		sheet := sheetPart{name: name}
		if rel, ok := rels[ids[i]]; ok {
			sheet.part = rel.target
			sheet.entry = a.lookup(rel.target)
		}
		if sheet.entry != nil {
			if err := w.reserve(sheet.entry, &total); err != nil {
				return nil, &Error{Part: sheet.part, Err: err}
			}
		}
		w.sheets = append(w.sheets, sheet)
	}
	if rel, ok := rels.byType(relStyles); ok {
		if e := a.lookup(rel.target); e != nil {
			b, err := read(e, rel.target)
			if err != nil {
				return nil, err
			}
			if w.formats, err = parseStyles(bytes.NewReader(b)); err != nil {
				return nil, inPart(rel.target, err)
			}
		}
	}
	if rel, ok := rels.byType(relSharedStrings); ok {
		if e := a.lookup(rel.target); e != nil {
			b, err := read(e, rel.target)
			if err != nil {
				return nil, err
			}
			if w.strings, err = parseSharedStrings(bytes.NewReader(b), int64(len(b))); err != nil {
				return nil, inPart(rel.target, err)
			}
		}
	}
	return w, nil
}

// reserve checks a part's declared size against MaxPartBytes and adds it
// to total, checked against MaxTotalBytes.
func (w *Workbook) reserve(e *entry, total *int64) error {
	if e.uncompressedSize > uint64(w.options.MaxPartBytes) {
		return &LimitError{Limit: LimitPartBytes, Size: int64(min(e.uncompressedSize, 1<<62)), Max: w.options.MaxPartBytes}
	}
	*total += int64(e.uncompressedSize)
	if *total > w.options.MaxTotalBytes {
		return &LimitError{Limit: LimitTotalBytes, Size: *total, Max: w.options.MaxTotalBytes}
	}
	return nil
}

// notWorkbook explains why an archive without a workbook part is not an
// XLSX, naming the formats it is often confused with.
func notWorkbook(a *archive) error {
	switch {
	case a.lookup("xl/workbook.bin") != nil:
		return fmt.Errorf("%w: binary .xlsb workbook", ErrNotXLSX)
	case a.lookup("content.xml") != nil:
		return fmt.Errorf("%w: OpenDocument file", ErrNotXLSX)
	case a.lookup("word/document.xml") != nil:
		return fmt.Errorf("%w: Word document", ErrNotXLSX)
	}
	return fmt.Errorf("%w: zip archive without a workbook part", ErrNotXLSX)
}

// parseWorkbook reads the date system and the sheets' names and
// relationship ids, in workbook order.
func (w *Workbook) parseWorkbook(b []byte) (names, ids []string, err error) {
	s := newScanner(bytes.NewReader(b))
	for {
		if err := s.next(); err != nil {
			return nil, nil, err
		}
		if s.kind == tokenEOF {
			return names, ids, nil
		}
		if s.kind != tokenStart {
			continue
		}
		switch string(s.name) {
		case "workbookPr":
			v, _ := s.attr("date1904")
			w.date1904 = string(v) == "1" || string(v) == "true"
		case "sheet":
			name, okName := s.attr("name")
			id, okID := s.attr("id") // r:id, in the relationships namespace
			if !okName || !okID {
				return nil, nil, corrupt("sheet without a name or r:id at byte %d", s.offset())
			}
			names = append(names, string(name))
			ids = append(ids, string(id))
		}
	}
}

// relationship is one <Relationship> of a .rels part.
type relationship struct {
	target string // part name, resolved against the source part
	kind   string // last segment of the Type URI, e.g. "worksheet"
}

// relationships are a .rels part's internal relationships, by Id.
type relationships map[string]relationship

// byType returns the first relationship of the given kind, in Id order
// so that the choice does not depend on map iteration.
func (rels relationships) byType(kind string) (relationship, bool) {
	best, found := "", false
	for id, rel := range rels {
		if rel.kind == kind && (!found || id < best) {
			best, found = id, true
		}
	}
	return rels[best], found
}

// parseRels reads a .rels part whose targets are relative to source.
// External targets (hyperlinks) are left out.
func parseRels(b []byte, source string) (relationships, error) {
	s := newScanner(bytes.NewReader(b))
	rels := relationships{}
	for {
		if err := s.next(); err != nil {
			return nil, err
		}
		if s.kind == tokenEOF {
			return rels, nil
		}
		if s.kind != tokenStart || string(s.name) != "Relationship" {
			continue
		}
		if mode, _ := s.attr("TargetMode"); string(mode) == "External" {
			continue
		}
		id, okID := s.attr("Id")
		target, okTarget := s.attr("Target")
		kind, _ := s.attr("Type")
		if !okID || !okTarget {
			return nil, corrupt("relationship without Id or Target at byte %d", s.offset())
		}
		rels[string(id)] = relationship{
			target: resolvePart(source, string(target)),
			kind:   string(kind[strings.LastIndexByte(string(kind), '/')+1:]),
		}
	}
}

// resolvePart resolves a relationship target against its source part:
// "worksheets/sheet1.xml" from "xl/workbook.xml" is
// "xl/worksheets/sheet1.xml"; a target starting with '/' is absolute;
// "." and ".." segments are resolved, never above the package root.
func resolvePart(source, target string) string {
	target = strings.ReplaceAll(target, `\`, "/")
	var segments []string
	if !strings.HasPrefix(target, "/") {
		segments = strings.Split(source, "/")
		segments = segments[:len(segments)-1] // the source's folder
	}
	for _, s := range strings.Split(target, "/") {
		switch s {
		case "", ".":
		case "..":
			segments = segments[:max(0, len(segments)-1)]
		default:
			segments = append(segments, s)
		}
	}
	return strings.Join(segments, "/")
}

// relsPart returns the name of the relationships part of a part:
// "xl/_rels/workbook.xml.rels" for "xl/workbook.xml".
func relsPart(part string) string {
	folder, name := "", part
	if i := strings.LastIndexByte(part, '/'); i >= 0 {
		folder, name = part[:i+1], part[i+1:]
	}
	return folder + "_rels/" + name + ".rels"
}

// Sheets returns the sheet names in workbook order; Read takes an index
// into this list. Hidden sheets are included.
func (w *Workbook) Sheets() []string {
	names := make([]string, len(w.sheets))
	for i, s := range w.sheets {
		names[i] = s.name
	}
	return names
}

// Date1904 reports whether the workbook counts dates from 1904-01-01 (the
// old Mac system) rather than 1900-01-01.
func (w *Workbook) Date1904() bool { return w.date1904 }
