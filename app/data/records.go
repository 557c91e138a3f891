package data

import (
	"context"
	"errors"
	"io"
)

// RecordReader gives records one at a time, like encoding/csv's Reader:
// Read returns io.EOF after the last record. The slice may be reused by
// the next call: the cells are copied.
type RecordReader interface {
	Read() ([]string, error)
}

// FromRecords types records of string cells (rows of an XLSX sheet, for
// instance) under header, through the same pipeline as ReadCSV: missing
// cells, number and date formats and type votes work alike. Records
// shorter than the header are padded with empty cells (spreadsheets omit
// trailing empty cells); longer ones lose their extra cells, reported as
// ErrFieldCount when those hold something.
//
// The cells are copied into one string (so the records can be dropped),
// with a 4-byte offset per cell to re-type columns later. Issues give as
// Line the record number, counting the header as Options.HeaderLine (1 if
// 0): with a sheet's rows, that is the spreadsheet row number.
func FromRecords(ctx context.Context, header []string, records [][]string, opts Options) (*Table, error) {
	size := 0
	for _, h := range header {
		size += len(h)
	}
	for _, rec := range records {
		for j := 0; j < len(rec) && j < len(header); j++ {
			size += len(rec[j])
		}
	}
	ab := newArenaBuilder(len(header), len(records)+1, size)
	i := 0
	next := func() ([]string, error) {
		if i == len(records) {
			return nil, io.EOF
		}
		i++
		return records[i-1], nil
	}
	return ab.read(ctx, header, recordFunc(next), &opts)
}

// ReadRecords is FromRecords for records given one at a time.
func ReadRecords(ctx context.Context, header []string, r RecordReader, opts Options) (*Table, error) {
	return newArenaBuilder(len(header), 0, 0).read(ctx, header, r, &opts)
}

// recordFunc adapts a function to RecordReader.
type recordFunc func() ([]string, error)

// Read calls f.
func (f recordFunc) Read() ([]string, error) { return f() }

// arenaBuilder copies records into one arena, with per-record lines.
type arenaBuilder struct {
	width   int
	arena   []byte
	offsets []uint32
	lines   []int32 // when set, the line of each record of the arena, the header's first when there (JSON); else header line + 1 + index
	header  bool    // the arena starts with the header record (see recordRows.skip)
}

func newArenaBuilder(width, rows, size int) *arenaBuilder {
	ab := &arenaBuilder{width: width, arena: make([]byte, 0, size), offsets: make([]uint32, 1, rows*width+1)}
	return ab
}

// read copies every record of r, then types the table.
func (ab *arenaBuilder) read(ctx context.Context, header []string, r RecordReader, opts *Options) (*Table, error) {
	log := &issueLog{file: opts.Name}
	if len(header) == 0 {
		return nil, &ParseError{File: opts.Name, Err: ErrEmpty}
	}
	if len(header) > maxColumns {
		return nil, &ParseError{File: opts.Name, Err: detail(ErrTooManyColumns, "%d columns, at most %d", len(header), maxColumns)}
	}
	headerLine := max(opts.HeaderLine, 1)
	limit := min(opts.maxSize(), maxSource)
	// The header goes first in the arena: it is the first data row if it
	// turns out not to be a header.
	if err := ab.add(header, -1, headerLine, nil); err != nil {
		return nil, &ParseError{File: opts.Name, Err: err}
	}
	ab.header = true
	rows := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, &ParseError{File: opts.Name, Line: ab.line(rows, headerLine), Err: err}
		}
		if rows%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if err := ab.add(rec, rows, headerLine, log); err != nil {
			return nil, &ParseError{File: opts.Name, Err: err}
		}
		if int64(len(ab.arena)) > limit {
			return nil, &ParseError{File: opts.Name, Err: &SizeError{Size: int64(len(ab.arena)), Limit: limit}}
		}
		rows++
	}
	return ab.table(ctx, header, headerLine, rows, nil, opts, log)
}

// line returns the line of data record i.
func (ab *arenaBuilder) line(i, headerLine int) int {
	k := i
	if ab.header {
		k++ // lines, when set, hold the header's line first
	}
	if ab.lines != nil && k < len(ab.lines) {
		return int(ab.lines[k])
	}
	return headerLine + 1 + i
}

// add copies one record, padded or cut to the width.
func (ab *arenaBuilder) add(rec []string, i, headerLine int, log *issueLog) error {
	for j := 0; j < ab.width; j++ {
		if j < len(rec) {
			ab.arena = append(ab.arena, rec[j]...)
		}
		if len(ab.arena) > maxSource {
			return &SizeError{Size: int64(len(ab.arena)), Limit: maxSource}
		}
		ab.offsets = append(ab.offsets, uint32(len(ab.arena)))
	}
	for j := ab.width; j < len(rec); j++ {
		if rec[j] != "" {
			log.add(ErrFieldCount, ab.line(i, headerLine), j+1, detail(ErrFieldCount, "%d fields, expected %d", len(rec), ab.width))
			break
		}
	}
	return nil
}

// table types the copied records.
func (ab *arenaBuilder) table(ctx context.Context, header []string, headerLine, rows int, ovs []override, opts *Options, log *issueLog) (*Table, error) {
	arena := unsafeString(ab.arena)
	src := &recordRows{arena: arena, offsets: ab.offsets, width: ab.width, rows: rows, lines: ab.lines, headerLine: headerLine}
	first := &firstRow{cells: header, line: headerLine, keys: !ab.header}
	if ab.header {
		src.skip = 1
	}
	fc := &fileContext{locale: opts.Locale, forcedDecimal: opts.Decimal, forcedOrder: opts.DateOrder}
	t, err := typeTable(ctx, src, first, fc, ovs, opts, log)
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) && pe.Line == 0 {
			pe.Line = headerLine
		}
		return nil, err
	}
	t.Format.Kind, t.Format.HeaderLine = KindRecords, headerLine
	if t.Format.Header.Missing {
		t.Format.HeaderLine = 0
	}
	t.assignYears(opts, log)
	t.Issues, t.IssuesOmitted = log.list, log.omitted
	return t, nil
}
