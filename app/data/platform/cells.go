package platform

// Cells describes what a column holds, for the decisions its header
// cannot make alone (see DetectCells). The reader that has the table
// fills it; the zero value means unknown.
type Cells struct {
	Type   CellType // what the cells read as
	Rows   int      // cells, empty ones included
	Filled int      // cells with a value
	Unique bool     // the filled cells examined all differ: identifiers, permalinks, post texts
	URLs   bool     // most filled cells are web addresses
	Long   bool     // the filled cells average 30 characters or more: sentences, not labels
}

// CellType is what the cells of a column read as.
type CellType uint8

// The types of cells.
const (
	CellsUnknown    CellType = iota // not examined
	CellsEmpty                      // no cell has a value
	CellsText                       // text
	CellsNumber                     // numbers
	CellsPercent                    // numbers with "%"
	CellsDate                       // dates
	CellsIdentifier                 // digits written as identifiers: a leading zero, more than 15 digits
)
