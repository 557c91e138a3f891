package xlsx

import (
	"fmt"
	"strconv"
	"strings"
)

// Sheet is one worksheet's cells, placed by their references: Rows[i][j]
// is the cell of row i+1 and column j (0 is A). Rows skipped by the file
// are nil, gaps within a row are cells of KindEmpty, and each row ends
// with its last non-empty cell, so rows may differ in length. Trailing
// empty rows are left out.
type Sheet struct {
	Name string
	Rows [][]Cell
}

// Cell is one cell as the user sees it, with its raw value where it has
// one.
type Cell struct {
	// Text is what the cell shows: the string; "TRUE" or "FALSE"; an error
	// such as "#DIV/0!"; or the number written as numberText and dateText
	// describe: "1234.5", "12.5%", "2026-07-14", "2026-07-14 08:30:00",
	// "08:30:00" or "30:15:00".
	Text string
	// Value is the number of a KindNumber cell (a date's serial number),
	// 1 or 0 for KindBool, and 0 otherwise.
	Value float64
	Kind  Kind
	// Format is the number format class of the cell's style, which decided
	// Text for numbers. Dates that Excel would not show (before the epoch,
	// after 9999) keep FormatDate but are written as plain numbers.
	Format Format
}

// Kind is the type a cell stores.
type Kind uint8

// The kinds of cell.
const (
	KindEmpty  Kind = iota // no value: a gap between cells
	KindNumber             // a number, including dates, times and percentages
	KindString             // a shared, inline or formula string
	KindBool               // TRUE or FALSE
	KindError              // a formula error such as #N/A
)

// Text returns the sheet as rows of cell text, the shape a CSV reader
// gives: the strings are shared with the cells, not copied.
func (s *Sheet) Text() [][]string {
	rows := make([][]string, len(s.Rows))
	for i, row := range s.Rows {
		if row == nil {
			continue
		}
		rows[i] = make([]string, len(row))
		for j, c := range row {
			rows[i][j] = c.Text
		}
	}
	return rows
}

// Read reads sheet number i (0 is the first, in the order of Sheets).
// Cells are placed by their r references; a cell or row without one
// follows the previous. Formulas are not evaluated: a formula cell shows
// the value cached in the file, or nothing. A style index out of range
// counts as the General format.
//
// Errors are *Error values naming the part and, where one cell is at
// fault, its reference; they wrap ErrNoSheet, ErrCorrupt or ErrTooLarge.
func (w *Workbook) Read(i int) (*Sheet, error) {
	if i < 0 || i >= len(w.sheets) {
		return nil, &Error{Err: fmt.Errorf("%w: index %d, the workbook has %d", ErrNoSheet, i, len(w.sheets))}
	}
	sheet := w.sheets[i]
	if sheet.entry == nil {
		return nil, &Error{Part: sheet.part, Err: corrupt("sheet %q has no part in the archive", sheet.name)}
	}
	r, err := w.archive.open(sheet.entry, w.options.MaxPartBytes)
	if err != nil {
		return nil, &Error{Part: sheet.part, Err: err}
	}
	sr := &sheetReader{Workbook: w, s: newScanner(r), part: sheet.part}
	if err := sr.read(); err != nil {
		return nil, inPart(sheet.part, err)
	}
	return &Sheet{Name: sheet.name, Rows: sr.rows}, nil
}

// sheetReader places the cells of one worksheet part.
type sheetReader struct {
	*Workbook
	s     *scanner
	part  string
	rows  [][]Cell
	cells int    // rows and cells allocated, against MaxCells
	value []byte // text of the current <v>
	rich  []byte // text of the current <is>
}

// read walks worksheet/sheetData/row/c and ignores everything else.
func (sr *sheetReader) read() error {
	for {
		if err := sr.s.next(); err != nil {
			return err
		}
		switch {
		case sr.s.kind == tokenEOF:
			return nil
		case sr.s.kind == tokenStart && sr.s.depth == 2 && string(sr.s.name) == "sheetData":
			if err := sr.readSheetData(); err != nil {
				return err
			}
		}
	}
}

func (sr *sheetReader) readSheetData() error {
	row := 0 // the last row read, one-based
	for {
		if err := sr.s.next(); err != nil {
			return err
		}
		switch {
		case sr.s.kind == tokenEnd:
			return nil
		case sr.s.kind == tokenStart && string(sr.s.name) == "row":
			row++
			if v, ok := sr.s.attr("r"); ok {
				n, err := strconv.Atoi(string(v))
				if err != nil || n < 1 || n > maxRows {
					return corrupt("row number %q out of Excel's 1 to %d at byte %d", v, maxRows, sr.s.offset())
				}
				row = n
			}
			if err := sr.readRow(row); err != nil {
				return err
			}
		case sr.s.kind == tokenStart:
			if err := sr.s.skip(); err != nil {
				return err
			}
		}
	}
}

func (sr *sheetReader) readRow(row int) error {
	col := -1 // the last column read, zero-based
	for {
		if err := sr.s.next(); err != nil {
			return err
		}
		switch {
		case sr.s.kind == tokenEnd:
			return nil
		case sr.s.kind == tokenStart && string(sr.s.name) == "c":
			cellRow := row
			col++
			if ref, ok := sr.s.attr("r"); ok {
				c, r, ok := parseCellRef(ref)
				if !ok {
					return &Error{Part: sr.part, Cell: string(ref), Err: corrupt("bad cell reference")}
				}
				col, cellRow = c, r
			}
			if col >= maxColumns {
				return &Error{Part: sr.part, Cell: cellName(col, row), Err: corrupt("column beyond XFD")}
			}
			if err := sr.readCell(col, cellRow); err != nil {
				return err
			}
		case sr.s.kind == tokenStart:
			if err := sr.s.skip(); err != nil {
				return err
			}
		}
	}
}

// readCell reads the <c> just opened and places it at col, row.
func (sr *sheetReader) readCell(col, row int) error {
	typ, _ := sr.s.attr("t")
	cellType := string(typ)
	format := FormatGeneral
	if v, ok := sr.s.attr("s"); ok {
		if i, err := strconv.Atoi(string(v)); err == nil && i >= 0 && i < len(sr.formats) {
			format = sr.formats[i]
		}
	}
	sr.value, sr.rich = sr.value[:0], sr.rich[:0]
	hasValue, hasInline := false, false
	for done := false; !done; {
		if err := sr.s.next(); err != nil {
			return err
		}
		switch {
		case sr.s.kind == tokenEnd:
			done = true
		case sr.s.kind == tokenStart && string(sr.s.name) == "v":
			var err error
			hasValue = true
			if sr.value, err = sr.s.appendText(sr.value); err != nil {
				return err
			}
		case sr.s.kind == tokenStart && string(sr.s.name) == "is":
			var err error
			hasInline = true
			if sr.rich, err = richText(sr.s, sr.rich); err != nil {
				return err
			}
		case sr.s.kind == tokenStart:
			if err := sr.s.skip(); err != nil { // <f>, <extLst>
				return err
			}
		}
	}
	cell, err := sr.cell(cellType, format, hasValue, hasInline)
	if err != nil {
		return &Error{Part: sr.part, Cell: cellName(col, row), Err: err}
	}
	if cell.Text == "" {
		return nil
	}
	return sr.place(cell, col, row)
}

// cell builds a cell of type t (the c element's t attribute) from the
// text of its <v> and <is>.
func (sr *sheetReader) cell(t string, format Format, hasValue, hasInline bool) (Cell, error) {
	raw := string(sr.value)
	switch t {
	case "s":
		if !hasValue {
			return Cell{}, nil
		}
		i, err := strconv.Atoi(strings.TrimSpace(raw))
		if err != nil || i < 0 || i >= len(sr.strings) {
			return Cell{}, corrupt("shared string %q out of range (%d strings)", raw, len(sr.strings))
		}
		return Cell{Text: sr.strings[i], Kind: KindString}, nil
	case "inlineStr":
		if !hasInline {
			return Cell{Text: raw, Kind: KindString}, nil
		}
		return Cell{Text: string(sr.rich), Kind: KindString}, nil
	case "str":
		return Cell{Text: raw, Kind: KindString}, nil
	case "b":
		switch strings.TrimSpace(raw) {
		case "":
			return Cell{}, nil
		case "1", "true":
			return Cell{Text: "TRUE", Value: 1, Kind: KindBool}, nil
		case "0", "false":
			return Cell{Text: "FALSE", Kind: KindBool}, nil
		}
		return Cell{}, corrupt("boolean %q is neither 0 nor 1", raw)
	case "e":
		return Cell{Text: raw, Kind: KindError}, nil
	case "d":
		raw = strings.TrimSpace(raw)
		if raw == "" {
			return Cell{}, nil
		}
		serial, text, f, ok := isoDate(raw, sr.date1904)
		if !ok {
			return Cell{}, corrupt("date %q is not an ISO 8601 date in Excel's range", raw)
		}
		return Cell{Text: text, Value: serial, Kind: KindNumber, Format: f}, nil
	case "", "n":
		raw = strings.TrimSpace(raw)
		if raw == "" {
			return Cell{}, nil
		}
		v, ok := parseNumber(raw)
		if !ok {
			return Cell{}, corrupt("number %q is not a decimal number", raw)
		}
		cell := Cell{Value: v, Kind: KindNumber, Format: format}
		if format == FormatDate || format == FormatDateTime || format == FormatTime || format == FormatDuration {
			if text, ok := dateText(v, format, sr.date1904); ok {
				cell.Text = text
				return cell, nil
			}
		}
		cell.Text = numberText(raw, v, format)
		return cell, nil
	}
	return Cell{}, corrupt("unknown cell type %q", t)
}

// place stores cell at col, row, growing the rows and the row as needed
// and charging what they grow by against MaxCells.
func (sr *sheetReader) place(cell Cell, col, row int) error {
	grow := max(0, row-len(sr.rows))
	if row <= len(sr.rows) {
		grow += max(0, col+1-len(sr.rows[row-1]))
	} else {
		grow += col + 1
	}
	if sr.cells += grow; sr.cells > sr.options.MaxCells {
		return &Error{Part: sr.part, Cell: cellName(col, row), Err: &LimitError{Limit: LimitCells, Size: int64(sr.cells), Max: int64(sr.options.MaxCells)}}
	}
	for len(sr.rows) < row {
		sr.rows = append(sr.rows, nil)
	}
	cells := sr.rows[row-1]
	for len(cells) <= col {
		cells = append(cells, Cell{})
	}
	cells[col] = cell
	sr.rows[row-1] = cells
	return nil
}
