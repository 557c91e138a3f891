package data

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// MaxJSONNesting is how deeply a JSON document may nest arrays and objects
// (encoding/json's own bound); deeper, valid or not, it fails with
// ErrTooDeep.
const MaxJSONNesting = 10000

// maxJSONDepth is how deep in nested objects ReadJSON looks for the array.
const maxJSONDepth = 4

// ReadJSON reads a JSON array of objects into a typed table: one row per
// object, one column per key, in the order keys are first seen across all
// objects (a key missing from an object is a missing cell). The array may
// be the whole document or a member of an object, such as
// {"data": [...]}: the first member (in document order, looking into
// nested objects up to 4 levels) whose value is an array of objects.
//
// Cells: a JSON number keeps its exact text and a column of JSON numbers is
// read with a decimal point, never as "1,234"-style ambiguity; strings go
// through the same typing as CSV cells ("12,5 %" is a percentage); true
// and false are text; null is missing; nested objects and arrays become
// their compact JSON text. Elements that are not objects are skipped and
// reported (ErrNotTable). Issues give as Line the line where the object
// starts in the JSON text.
//
// Without an array of objects, ReadJSON reads the first array of arrays
// as rows, found the same way ([["Channel", "Reach"], ["TF1", 5400000]],
// {"values": [[...]]}), or a document that is an array of values as one
// column ([14086, 6414, 6260]). Their first row is judged a header or data
// as in ReadCSV (see Options.Header).
//
// Errors: ErrEmpty, ErrBinary, ErrTooLarge (*SizeError), ErrNotTable when no
// array of objects, of arrays or of values is found, ErrSyntax with the
// line and character of the error.
func ReadJSON(ctx context.Context, b []byte, opts Options) (*Table, error) {
	if limit := opts.maxSize(); int64(len(b)) > limit {
		return nil, &ParseError{File: opts.Name, Err: &SizeError{Size: int64(len(b)), Limit: limit}}
	}
	b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
	switch {
	case len(bytes.TrimSpace(b)) == 0:
		return nil, &ParseError{File: opts.Name, Err: ErrEmpty}
	case isBinary(b):
		return nil, &ParseError{File: opts.Name, Err: ErrBinary}
	}
	start, err := findArray(b, 0, 0, '{')
	if err != nil {
		return nil, jsonError(opts.Name, b, err)
	}
	if start < 0 {
		return readJSONRows(ctx, b, opts)
	}
	log := &issueLog{file: opts.Name}
	jr, err := readJSONArray(ctx, b, start, log, opts.Progress)
	if err != nil {
		return nil, jsonError(opts.Name, b, err)
	}
	if len(jr.header) == 0 {
		return nil, &ParseError{File: opts.Name, Line: lineAt(b, start), Err: ErrNoRows}
	}
	size := 0
	for _, row := range jr.rows {
		for _, cell := range row {
			size += len(cell)
		}
	}
	ab := newArenaBuilder(len(jr.header), len(jr.rows), size)
	ab.lines = jr.lines
	for i, row := range jr.rows {
		if err := ab.add(row, i, 1, log); err != nil {
			return nil, &ParseError{File: opts.Name, Err: err}
		}
		jr.rows[i] = nil // let the strings go as the arena fills
	}
	ovs := make([]override, len(jr.header))
	for j := range ovs {
		ovs[j].jsonNumbers = jr.numbers[j] > 0 && jr.others[j] == 0
	}
	t, err := ab.table(ctx, jr.header, lineAt(b, start), len(jr.rows), ovs, &opts, log)
	if err != nil {
		return nil, err
	}
	t.Format.Kind = KindJSON
	return t, nil
}

// jsonRows is an array of objects turned into rows of strings.
type jsonRows struct {
	header  []string
	rows    [][]string
	lines   []int32
	numbers []int // per column, cells that were JSON numbers
	others  []int // per column, cells that were strings, booleans or nested values
}

// findArray returns the offset in b of the first array of objects (elem
// '{'; an empty array counts) or of arrays (elem '['), looking at b[at:]
// and into objects down to maxJSONDepth, or -1 if there is none.
func findArray(b []byte, at, depth int, elem byte) (int, error) {
	at = skipJSONSpace(b, at)
	if at >= len(b) {
		return -1, &offsetSyntaxError{msg: "unexpected end of JSON input", offset: len(b)}
	}
	switch b[at] {
	case '[':
		first := skipJSONSpace(b, at+1)
		if first < len(b) && (b[first] == elem || elem == '{' && b[first] == ']') {
			return at, nil
		}
		return -1, nil
	case '{':
		if depth >= maxJSONDepth {
			return -1, nil
		}
	default:
		return -1, nil
	}
	dec := json.NewDecoder(bytes.NewReader(b[at:]))
	// A number too large for a float64 is still a value.
	dec.UseNumber()
	if _, err := dec.Token(); err != nil { // {
		return -1, offsetError(err, at)
	}
	for dec.More() {
		if _, err := dec.Token(); err != nil { // key
			return -1, offsetError(err, at)
		}
		valueAt := skipJSONSpace(b, at+int(dec.InputOffset()))
		if valueAt < len(b) && b[valueAt] == ':' {
			valueAt = skipJSONSpace(b, valueAt+1)
		}
		if valueAt < len(b) && (b[valueAt] == '[' || b[valueAt] == '{') {
			found, err := findArray(b, valueAt, depth+1, elem)
			if err != nil || found >= 0 {
				return found, err
			}
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return -1, offsetError(err, at)
		}
	}
	return -1, nil
}

// readJSONArray reads the array of objects starting at b[start], calling
// progress (if not nil) every 1024 elements.
func readJSONArray(ctx context.Context, b []byte, start int, log *issueLog, progress func(done, total int64)) (*jsonRows, error) {
	jr := &jsonRows{}
	keys := make(map[string]int)
	dec := json.NewDecoder(bytes.NewReader(b[start:]))
	// A number too large for a float64 is still a value.
	dec.UseNumber()
	if _, err := dec.Token(); err != nil { // [
		return nil, offsetError(err, start)
	}
	lines := lineCounter{b: b, line: 1}
	for i := 0; dec.More(); i++ {
		if err := checkpoint(ctx, i, progress, int64(start)+dec.InputOffset(), int64(len(b))); err != nil {
			return nil, err
		}
		tok, err := dec.Token()
		if err != nil {
			return nil, offsetError(err, start)
		}
		at := start + int(dec.InputOffset()) - 1
		if tok != json.Delim('{') {
			log.add(ErrNotTable, lines.at(at), 0, detail(ErrNotTable, "array element is not an object"))
			if err := skipJSONValue(dec, tok); err != nil {
				return nil, offsetError(err, start)
			}
			continue
		}
		row := make([]string, len(jr.header))
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return nil, offsetError(err, start)
			}
			key, _ := kt.(string)
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, offsetError(err, start)
			}
			j, ok := keys[key]
			if !ok {
				j = len(jr.header)
				if j == maxColumns {
					return nil, detail(ErrTooManyColumns, "more than %d keys", maxColumns)
				}
				keys[key] = j
				jr.header = append(jr.header, key)
				jr.numbers = append(jr.numbers, 0)
				jr.others = append(jr.others, 0)
			}
			for len(row) <= j {
				row = append(row, "")
			}
			cell, kind := jsonCell(raw)
			row[j] = cell
			switch kind {
			case jsonNumber:
				jr.numbers[j]++
			case jsonOther:
				jr.others[j]++
			}
		}
		if _, err := dec.Token(); err != nil { // }
			return nil, offsetError(err, start)
		}
		jr.rows = append(jr.rows, row)
		jr.lines = append(jr.lines, int32(lines.at(at)))
	}
	if _, err := dec.Token(); err != nil { // ]
		return nil, offsetError(err, start)
	}
	return jr, nil
}

// jsonKind is what a JSON value was.
type jsonKind uint8

const (
	jsonNull jsonKind = iota
	jsonNumber
	jsonOther
)

// jsonCell turns a JSON value into a cell's text.
func jsonCell(raw json.RawMessage) (string, jsonKind) {
	switch raw[0] {
	case 'n':
		return "", jsonNull
	case '"':
		var s string
		_ = json.Unmarshal(raw, &s) // raw is a valid string: the decoder checked it
		return s, jsonOther
	case '{', '[':
		var buf bytes.Buffer
		_ = json.Compact(&buf, raw)
		return buf.String(), jsonOther
	case 't', 'f':
		return string(raw), jsonOther
	}
	return string(raw), jsonNumber
}

// skipJSONValue consumes the rest of a value whose first token is tok.
func skipJSONValue(dec *json.Decoder, tok json.Token) error {
	depth := 0
	for {
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return nil
		}
		var err error
		if tok, err = dec.Token(); err != nil {
			return err
		}
	}
}

// skipJSONSpace returns the offset of the first non-space byte at or
// after i.
func skipJSONSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// offsetSyntaxError is a JSON syntax error at an offset of the whole input.
type offsetSyntaxError struct {
	msg    string
	offset int
}

// Error returns the decoder's message.
func (e *offsetSyntaxError) Error() string { return e.msg }

// offsetError moves the offset of a decoder's error, which counts from
// base, to the whole input.
func offsetError(err error, base int) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError // a number too large for a float64
	switch {
	case errors.As(err, &se):
		return &offsetSyntaxError{msg: se.Error(), offset: base + int(se.Offset)}
	case errors.As(err, &te):
		return &offsetSyntaxError{msg: te.Error(), offset: base + int(te.Offset)}
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return &offsetSyntaxError{msg: "unexpected end of JSON input", offset: -1}
	}
	return err
}

// jsonError turns a reading error into a *ParseError with its place.
func jsonError(name string, b []byte, err error) error {
	var se *offsetSyntaxError
	if !errors.As(err, &se) {
		if errors.Is(err, ErrTooManyColumns) {
			return &ParseError{File: name, Err: err}
		}
		return err // context cancelled
	}
	off := se.offset
	if off < 0 || off > len(b) {
		off = len(b)
	}
	lineStart := bytes.LastIndexByte(b[:off], '\n') + 1
	return &ParseError{
		File:   name,
		Line:   lineAt(b, off),
		Column: utf8.RuneCount(b[lineStart:off]) + 1,
		Err:    syntaxCause(se.msg),
	}
}

// syntaxCause is the sentinel a decoder's message stands for: the decoder
// reports nesting beyond its bound as a syntax error, though the document
// may be valid JSON.
func syntaxCause(msg string) error {
	if strings.Contains(msg, "exceeded max depth") {
		return detail(ErrTooDeep, "more than %d levels", MaxJSONNesting)
	}
	return detail(ErrSyntax, "%s", msg)
}

// lineAt returns the 1-based line of offset off in b.
func lineAt(b []byte, off int) int {
	return bytes.Count(b[:off], []byte{'\n'}) + 1
}

// lineCounter gives the lines of increasing offsets of b, counting line
// breaks as it goes.
type lineCounter struct {
	b         []byte
	line, off int // line at offset off
}

// at returns the 1-based line of offset off, at or after the last one asked.
func (c *lineCounter) at(off int) int {
	c.line += bytes.Count(c.b[c.off:off], []byte{'\n'})
	c.off = off
	return c.line
}

// checkpoint stops a long read when ctx is done and reports its progress,
// every 1024 elements (i counts them).
func checkpoint(ctx context.Context, i int, progress func(done, total int64), done, total int64) error {
	if i%1024 != 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if progress != nil {
		progress(done, total)
	}
	return nil
}
