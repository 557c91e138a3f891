package data

import "strings"

// maxBadCells is how many unreadable cells a column remembers.
const maxBadCells = 5

// maxCellText bounds the text kept for an unreadable cell or an example.
const maxCellText = 80

// CellRef locates one cell of a column.
type CellRef struct {
	Row  int    // 0-based data row
	Line int    // 1-based line of the row in the file (record number for records and JSON)
	Text string // the cell as written, cut to 80 bytes
}

// Stats summarises a column's cells.
type Stats struct {
	Missing  int       // cells without a value: blank, or for Number, Percent and Date columns a missing marker (see Votes.Marker)
	Unparsed int       // cells with something that does not read as the column's type; stored as missing (NaN, MissingTime)
	Bad      []CellRef // the first five unparsed cells
	Yearless int       // Date columns: cells written without a year ("July 16"), given one by the table (see Column.Years)
}

// clip returns a copy of s cut to maxCellText bytes (at a character
// boundary), so that a remembered cell does not keep the file alive.
func clip(s string) string {
	if len(s) > maxCellText {
		cut := maxCellText
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = s[:cut]
	}
	return strings.Clone(s)
}
