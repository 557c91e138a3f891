package xlsx

import "io"

// Default limits, used where an Options field is zero or negative.
const (
	DefaultMaxTotalBytes = 1 << 30    // 1 GiB of XML over all the parts read
	DefaultMaxPartBytes  = 256 << 20  // 256 MiB of XML in one part
	DefaultMaxCells      = 10_000_000 // cells returned by one Read, gaps included
)

// maxEntries caps the number of files an archive may list. Real workbooks
// hold a few dozen to a few thousand parts; the cap bounds the memory the
// archive directory can claim.
const maxEntries = 65535

// Options bound the work and memory a workbook may cost, so that a hostile
// file (a zip bomb, a sheet of a billion empty cells) ends with ErrTooLarge
// instead of exhausting the browser tab. The zero value means the defaults.
type Options struct {
	// MaxTotalBytes caps the uncompressed size, as declared by the archive,
	// of all the parts the workbook may read: the workbook, its
	// relationships, styles, shared strings and every worksheet. It is
	// checked by Open. Zero or less means DefaultMaxTotalBytes.
	MaxTotalBytes int64

	// MaxPartBytes caps the uncompressed size of any one of those parts.
	// It is checked by Open against the declared size and while inflating
	// against the actual size. Zero or less means DefaultMaxPartBytes.
	MaxPartBytes int64

	// MaxCells caps the cells one Read returns, counting the empty cells
	// that fill gaps in a row, plus one for each row (empty rows that fill
	// gaps between rows included). Zero or less means DefaultMaxCells.
	MaxCells int
}

// Open reads the workbook's directory, relationships, styles and shared
// strings from r, which holds size bytes, within the limits of o.
// Worksheets are read later, one at a time, by Workbook.Read.
func (o Options) Open(r io.ReaderAt, size int64) (*Workbook, error) {
	return open(r, size, o.withDefaults())
}

// Open is Options{}.Open: it opens a workbook with the default limits.
func Open(r io.ReaderAt, size int64) (*Workbook, error) {
	return Options{}.Open(r, size)
}

func (o Options) withDefaults() Options {
	if o.MaxTotalBytes <= 0 {
		o.MaxTotalBytes = DefaultMaxTotalBytes
	}
	if o.MaxPartBytes <= 0 {
		o.MaxPartBytes = DefaultMaxPartBytes
	}
	if o.MaxCells <= 0 {
		o.MaxCells = DefaultMaxCells
	}
	return o
}
