package data

import (
	"bytes"
	"context"
	"encoding/json"
)

// readJSONRows reads a JSON input that holds no array of objects as rows:
// the first array of arrays (found as findArray finds arrays of objects),
// each inner array a row, such as [["Channel", "Reach"], ["TF1", 5400000]]
// or a spreadsheet API's {"values": [[...], ...]}; else a whole document
// that is an array of values, one row each, such as [14086, 6414, 6260].
//
// The first row is the header unless Options.Header or the header
// detection says otherwise (see Options.Header): [14086, 6414] has no
// header, its column is "Column 1". Rows shorter than the longest are
// padded with empty cells; elements of an array of arrays that are not
// arrays are skipped and reported (ErrNotTable). Cells read as in ReadJSON.
func readJSONRows(ctx context.Context, b []byte, opts Options) (*Table, error) {
	start, err := findArray(b, 0, 0, '[')
	if err != nil {
		return nil, jsonError(opts.Name, b, err)
	}
	nested := start >= 0
	if !nested {
		at := skipJSONSpace(b, 0)
		if at >= len(b) || b[at] != '[' {
			return nil, &ParseError{File: opts.Name, Err: ErrNotTable}
		}
		start = at
	}
	log := &issueLog{file: opts.Name}
	jr, err := readJSONValues(ctx, b, start, nested, log, opts.Progress)
	if err != nil {
		return nil, jsonError(opts.Name, b, err)
	}
	if len(jr.rows) == 0 || len(jr.numbers) == 0 {
		return nil, &ParseError{File: opts.Name, Line: lineAt(b, start), Err: ErrNoRows}
	}
	width := len(jr.numbers)
	header := make([]string, width)
	copy(header, jr.rows[0])
	data := jr.rows[1:]
	size := 0
	for _, row := range jr.rows {
		for _, cell := range row {
			size += len(cell)
		}
	}
	ab := newArenaBuilder(width, len(jr.rows), size)
	ab.lines = jr.lines
	if err := ab.add(header, -1, 1, nil); err != nil {
		return nil, &ParseError{File: opts.Name, Err: err}
	}
	ab.header = true
	for i, row := range data {
		if err := ab.add(row, i, 1, log); err != nil {
			return nil, &ParseError{File: opts.Name, Err: err}
		}
		data[i] = nil // let the strings go as the arena fills
	}
	ovs := make([]override, width)
	for j := range ovs {
		ovs[j].jsonNumbers = jr.numbers[j] > 0 && jr.others[j] == 0
	}
	t, err := ab.table(ctx, header, int(jr.lines[0]), len(data), ovs, &opts, log)
	if err != nil {
		return nil, err
	}
	t.Format.Kind = KindJSON
	return t, nil
}

// readJSONValues reads the array starting at b[start] as rows: its
// elements are arrays (nested) or values. numbers and others count, per
// column, the JSON numbers and the other non-null values below the first
// row, and the JSON numbers of the first row (a header's names are
// strings: they must not make a column of numbers mixed).
func readJSONValues(ctx context.Context, b []byte, start int, nested bool, log *issueLog, progress func(done, total int64)) (*jsonRows, error) {
	jr := &jsonRows{}
	dec := json.NewDecoder(bytes.NewReader(b[start:]))
	// A number too large for a float64 is still a value.
	dec.UseNumber()
	if _, err := dec.Token(); err != nil { // [
		return nil, offsetError(err, start)
	}
	lines := lineCounter{b: b, line: 1}
	count := func(j int, kind jsonKind, firstRow bool) {
		for len(jr.numbers) <= j {
			jr.numbers = append(jr.numbers, 0)
			jr.others = append(jr.others, 0)
		}
		switch {
		case kind == jsonNumber:
			jr.numbers[j]++
		case kind == jsonOther && !firstRow:
			jr.others[j]++
		}
	}
	for i := 0; dec.More(); i++ {
		if err := checkpoint(ctx, i, progress, int64(start)+dec.InputOffset(), int64(len(b))); err != nil {
			return nil, err
		}
		at := skipJSONSpace(b, start+int(dec.InputOffset()))
		if at < len(b) && b[at] == ',' {
			at = skipJSONSpace(b, at+1)
		}
		firstRow := len(jr.rows) == 0
		if !nested {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, offsetError(err, start)
			}
			cell, kind := jsonCell(raw)
			count(0, kind, firstRow)
			jr.rows = append(jr.rows, []string{cell})
			jr.lines = append(jr.lines, int32(lines.at(at)))
			continue
		}
		tok, err := dec.Token()
		if err != nil {
			return nil, offsetError(err, start)
		}
		if tok != json.Delim('[') {
			log.add(ErrNotTable, lines.at(at), 0, detail(ErrNotTable, "array element is not an array"))
			if err := skipJSONValue(dec, tok); err != nil {
				return nil, offsetError(err, start)
			}
			continue
		}
		var row []string
		for dec.More() {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, offsetError(err, start)
			}
			if len(row) == maxColumns {
				return nil, detail(ErrTooManyColumns, "more than %d values in a row", maxColumns)
			}
			cell, kind := jsonCell(raw)
			count(len(row), kind, firstRow)
			row = append(row, cell)
		}
		if _, err := dec.Token(); err != nil { // ]
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
