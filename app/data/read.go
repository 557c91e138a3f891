package data

import (
	"bytes"
	"context"
	"errors"
	"io"
	"path"
	"strings"
)

// ReadCSV reads delimited text as spreadsheets export it (CSV, TSV, Excel
// "Unicode text") into a typed table: it detects the encoding, the
// delimiter, title lines, the header and a total row, then types each
// column by vote (see the package documentation).
//
// ReadCSV takes ownership of b: when b is UTF-8 the table's text cells
// point into it, so b must not be modified afterwards.
//
// It returns a *ParseError wrapping ErrEmpty, ErrBinary, ErrNoRows,
// ErrTooLarge (a *SizeError) or ErrTooManyColumns when nothing useful can
// be read, or ctx's error when cancelled. Lesser problems (ragged rows, an
// unclosed quote, unreadable cells, …) do not stop the read: they are in
// Table.Issues.
func ReadCSV(ctx context.Context, b []byte, opts Options) (*Table, error) {
	if limit := opts.maxSize(); int64(len(b)) > limit {
		return nil, &ParseError{File: opts.Name, Err: &SizeError{Size: int64(len(b)), Limit: limit}}
	}
	log := &issueLog{file: opts.Name}
	text, err := decode(b, opts.Encoding, log)
	if err != nil {
		return nil, err
	}
	return readText(ctx, text, &opts, log)
}

// ReadPaste reads text pasted from a spreadsheet: tab-separated, already
// UTF-8. It is ReadCSV with Delimiter forced to tab (unless opts sets
// another one).
func ReadPaste(ctx context.Context, text string, opts Options) (*Table, error) {
	if opts.Delimiter == 0 {
		opts.Delimiter = '\t'
	}
	if limit := opts.maxSize(); int64(len(text)) > limit {
		return nil, &ParseError{File: opts.Name, Err: &SizeError{Size: int64(len(text)), Limit: limit}}
	}
	log := &issueLog{file: opts.Name}
	if strings.TrimSpace(text) == "" {
		return nil, &ParseError{File: opts.Name, Err: ErrEmpty}
	}
	if len(text) > maxSource {
		return nil, &ParseError{File: opts.Name, Err: &SizeError{Size: int64(len(text)), Limit: maxSource}}
	}
	return readText(ctx, decodedText{text: text, encoding: UTF8}, &opts, log)
}

// readText reads decoded CSV text.
func readText(ctx context.Context, dec decodedText, opts *Options, log *issueLog) (*Table, error) {
	// Without a header, a "Total" row under the first row is data.
	lay, err := sniffLayout(dec.text, opts.Delimiter, opts.HeaderLine, opts.KeepTotal || opts.Header == HeaderNo)
	if err != nil {
		if errors.Is(err, ErrNoRows) {
			err = ErrEmpty // nothing but blank lines
		}
		return nil, &ParseError{File: opts.Name, Line: lay.headerLine, Err: err}
	}
	if lay.totalLine > 0 {
		log.add(ErrTotalRow, lay.totalLine, 1, nil)
	}
	src := &csvRows{src: dec.text, delim: lay.delim, start: lay.dataStart, line: lay.dataLine, width: len(lay.header),
		headerStart: lay.headerStart, headerLine: lay.headerLine}
	fc := &fileContext{delim: lay.delim, locale: opts.Locale, forcedDecimal: opts.Decimal, forcedOrder: opts.DateOrder}
	first := &firstRow{cells: lay.header, line: lay.headerLine, total: lay.totalLine > 0}
	t, err := typeTable(ctx, src, first, fc, nil, opts, log)
	if err != nil {
		return nil, err
	}
	f := &t.Format
	f.Kind, f.Encoding, f.BOM = KindCSV, dec.encoding, dec.bom
	f.Delimiter, f.Quote, f.SepLine = lay.delim, '"', lay.sepLine
	f.TitleLines, f.HeaderLine, f.TotalLine = lay.titleLines, lay.headerLine, lay.totalLine
	if f.Header.Missing {
		f.HeaderLine = 0
	}
	t.assignYears(opts, log)
	t.Issues, t.IssuesOmitted = log.list, log.omitted
	return t, nil
}

// Read reads a whole CSV, TSV or JSON input from r (see ReadCSV and
// ReadJSON), choosing by DetectKind. It refuses inputs larger than
// Options.MaxSize with a *SizeError, before reading when Options.Size
// tells, else as soon as the limit is passed.
func Read(ctx context.Context, r io.Reader, opts Options) (*Table, error) {
	b, err := readAll(ctx, r, &opts)
	if err != nil {
		return nil, err
	}
	switch DetectKind(opts.Name, b) {
	case KindJSON:
		return ReadJSON(ctx, b, opts)
	case KindCSV:
		return ReadCSV(ctx, b, opts)
	}
	return nil, &ParseError{File: opts.Name, Err: ErrBinary}
}

// readAll reads r to the end within the size limit.
func readAll(ctx context.Context, r io.Reader, opts *Options) ([]byte, error) {
	limit := opts.maxSize()
	if opts.Size > limit {
		return nil, &ParseError{File: opts.Name, Err: &SizeError{Size: opts.Size, Limit: limit}}
	}
	size := 64 << 10
	if opts.Size > 0 {
		size = int(opts.Size) + 1 // +1 to see the end without growing
	}
	b := make([]byte, 0, size)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if int64(len(b)) > limit {
			return nil, &ParseError{File: opts.Name, Err: &SizeError{Size: int64(len(b)), Limit: limit}}
		}
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return nil, &ParseError{File: opts.Name, Err: err}
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
}

// DetectKind tells a JSON input from delimited text, by the file name's
// extension (".json", ".csv", ".tsv", ".txt") when it has one, else by the
// first character ("[" or "{" is JSON). It returns 0 for a ZIP archive
// (an XLSX workbook is one): route those to the XLSX reader.
func DetectKind(name string, head []byte) Kind {
	if bytes.HasPrefix(head, []byte("PK\x03\x04")) {
		return 0
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".json":
		return KindJSON
	case ".csv", ".tsv", ".txt", ".tab":
		return KindCSV
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF}), " \t\r\n")
	if len(trimmed) > 0 && (trimmed[0] == '[' || trimmed[0] == '{') {
		return KindJSON
	}
	return KindCSV
}
