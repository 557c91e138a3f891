package xlsx

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error this package returns wraps exactly one of
// them, so that callers can pick a message with errors.Is; most reach the
// caller inside an *Error that says where the problem was found.
var (
	// ErrNotXLSX means the file is not an Office Open XML workbook at all:
	// not a zip archive, or an archive without a workbook part (a Word
	// document, an OpenDocument spreadsheet, a binary .xlsb workbook).
	ErrNotXLSX = errors.New("not an XLSX workbook")

	// ErrBinaryWorkbook means the file is an OLE2 compound file: either a
	// legacy binary .xls workbook or a password-protected (encrypted) .xlsx.
	// Both must be saved again from a spreadsheet as a plain .xlsx or CSV.
	// It wraps ErrNotXLSX.
	ErrBinaryWorkbook = fmt.Errorf("%w: legacy .xls or password-protected workbook", ErrNotXLSX)

	// ErrCorrupt means a part of the workbook breaks the zip or XML syntax
	// or the workbook's structure: a bad checksum, unterminated XML, a cell
	// reference out of Excel's grid, a shared string index out of range.
	ErrCorrupt = errors.New("corrupt workbook")

	// ErrTooLarge means the workbook exceeds one of the Options limits
	// (uncompressed bytes, cells, archive entries). It is how zip bombs end.
	ErrTooLarge = errors.New("workbook too large")

	// ErrNoSheet means Workbook.Read was given an index outside Sheets.
	ErrNoSheet = errors.New("no such sheet")

	// ErrUnsupported means a valid feature this reader does not implement:
	// zip encryption, compression methods other than stored and deflate,
	// archives split over several disks.
	ErrUnsupported = errors.New("unsupported workbook feature")
)

// Error locates a problem inside the workbook. Err wraps one of the
// sentinel errors with details.
type Error struct {
	Part string // part name inside the archive, e.g. "xl/worksheets/sheet1.xml"; empty for the archive itself
	Cell string // cell reference such as "C7"; empty when the problem is not about one cell
	Err  error  // what went wrong; wraps a sentinel
}

// Error returns "xlsx: PART: cell REF: DETAILS", leaving out what is unknown.
func (e *Error) Error() string {
	s := "xlsx: "
	if e.Part != "" {
		s += e.Part + ": "
	}
	if e.Cell != "" {
		s += "cell " + e.Cell + ": "
	}
	return s + e.Err.Error()
}

// Unwrap returns the underlying error, so errors.Is finds the sentinel.
func (e *Error) Unwrap() error { return e.Err }

// corrupt returns ErrCorrupt with details in the style of fmt.Errorf.
func corrupt(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrCorrupt}, args...)...)
}

// Limit names the bound of Options a workbook went over.
type Limit int

// The bounds a LimitError names.
const (
	LimitTotalBytes Limit = iota + 1 // Options.MaxTotalBytes: uncompressed bytes of all the parts read
	LimitPartBytes                   // Options.MaxPartBytes: uncompressed bytes of one part
	LimitCells                       // Options.MaxCells: cells of one sheet, gaps included
	LimitEntries                     // files the archive may list (65,535)
)

// LimitError says that a workbook goes over one of its limits: which one,
// how far the workbook goes (at least Size bytes, cells or files) and the
// limit. It wraps ErrTooLarge.
type LimitError struct {
	Limit Limit
	Size  int64 // bytes, cells or files the workbook holds, at least
	Max   int64 // the limit
}

// Error names the limit and both figures.
func (e *LimitError) Error() string {
	switch e.Limit {
	case LimitTotalBytes:
		return fmt.Sprintf("%v: the parts read unpack to %d bytes, more than the limit of %d", ErrTooLarge, e.Size, e.Max)
	case LimitPartBytes:
		return fmt.Sprintf("%v: %d bytes uncompressed, more than the limit of %d per part", ErrTooLarge, e.Size, e.Max)
	case LimitCells:
		return fmt.Sprintf("%v: more than %d cells (gaps included)", ErrTooLarge, e.Max)
	}
	return fmt.Sprintf("%v: archive lists %d files, more than %d", ErrTooLarge, e.Size, e.Max)
}

// Unwrap returns ErrTooLarge.
func (e *LimitError) Unwrap() error { return ErrTooLarge }

// inPart wraps err in an *Error naming part, unless it already is one.
func inPart(part string, err error) error {
	if err == nil {
		return nil
	}
	if _, located := err.(*Error); located {
		return err
	}
	return &Error{Part: part, Err: err}
}

// wrapUnsupported returns ErrUnsupported with details in the style of fmt.Errorf.
func wrapUnsupported(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrUnsupported}, args...)...)
}
