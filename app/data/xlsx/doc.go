// Package xlsx reads the cells of Excel workbooks (.xlsx, Office Open XML)
// as the user sees them, with only the standard library and within limits
// that make hostile files fail cleanly.
//
//	w, err := xlsx.Open(bytes.NewReader(data), int64(len(data)))
//	if err != nil {
//		return err // errors.Is(err, xlsx.ErrNotXLSX), ErrCorrupt, ErrTooLarge...
//	}
//	sheet, err := w.Read(0) // the first sheet; w.Sheets() lists them all
//	if err != nil {
//		return err // e.g. "xlsx: xl/worksheets/sheet1.xml: cell C7: corrupt workbook: ..."
//	}
//	rows := sheet.Text() // [][]string, like a CSV reader's records
//
// # What a cell's text is
//
// Shared strings (with rich text runs concatenated and phonetic guides
// left out), inline strings and formula strings are their text. Booleans
// are "TRUE" and "FALSE", formula errors such as "#N/A" their code.
// Numbers are written as numberText says: integers as stored, others with
// the shortest digits of their float64. The number format of the cell's
// style turns them into text in a fixed, locale-free form:
//
//	dates (numFmt 14–17, custom d/m/y codes)   2026-07-14
//	date-times (numFmt 22, custom d/m/y + h)   2026-07-14 08:30:00
//	times (numFmt 18–21, 45, 47)               08:30:00
//	elapsed times (numFmt 46, [h]:mm:ss)       30:15:00
//	percentages (numFmt 9, 10, custom %)       12.5%
//
// Dates count from 1900-01-01 (serial 1), with Excel's phantom
// 1900-02-29 at serial 60, or from 1904-01-01 when workbook.xml sets
// date1904. Cell.Value keeps the raw number (the serial for dates) and
// Cell.Kind and Cell.Format say what it is.
//
// Cells are placed by their references (C7 is row 7, column C), so rows
// and columns the file skips come back as nil rows and empty cells.
//
// # Safety
//
// Every offset in the zip directory is checked against the file's size;
// every part's uncompressed size is checked against Options limits before
// inflating and its actual size and CRC-32 while inflating; a sheet's cells,
// gaps included, are counted against MaxCells. XML with a document type
// declaration is refused, so no entity can expand. Errors are *Error values
// naming the part and the cell, wrapping ErrNotXLSX, ErrBinaryWorkbook,
// ErrCorrupt, ErrTooLarge, ErrNoSheet or ErrUnsupported.
//
// The zip and XML readers are the package's own: smaller in the
// WebAssembly binary than archive/zip and encoding/xml, and the XML
// scanner is about three times faster than encoding/xml's tokenizer.
package xlsx
