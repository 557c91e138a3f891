package data

import "context"

// batch holds consecutive data rows as cell spans, row-major. Typing works
// batch by batch, column by column: the spans of a batch (at most 512 KiB)
// stay in cache while each column parses its cells.
type batch struct {
	width int
	rows  int
	first int     // index of the first row among all data rows
	cells []span  // rows × width
	lines []int32 // file line where each row starts
	end   int     // offset in the text just after the batch
	eof   bool    // the batch ends the data
}

const (
	batchCells = 1 << 16 // spans per batch
	batchBytes = 1 << 20 // text per batch, so that progress is reported at least every MiB
	batchRows  = 8192    // rows per batch at most
)

// newBatch allocates a batch for rows of width cells.
func newBatch(width int) *batch {
	rows := min(max(batchCells/width, 16), batchRows)
	return &batch{width: width, cells: make([]span, rows*width), lines: make([]int32, rows)}
}

// rowSource gives the data rows of a table, as many times as needed: once
// to type every column, again to re-read columns whose type changed.
type rowSource interface {
	// text returns the string that every span refers to.
	text() string
	// each calls fn with consecutive batches holding all data rows. Problems
	// found in the rows go to log, which is nil on later passes. It stops
	// early, returning the error, when ctx is done or fn fails.
	each(ctx context.Context, log *issueLog, progress func(done, total int64), fn func(*batch) error) error
	// estimateRows guesses the number of data rows from the first batch,
	// to size the columns once.
	estimateRows(first *batch) int
	// includeHeader makes the row taken as the header the first data row,
	// for the passes that follow.
	includeHeader()
}

// csvRows are the data rows of a CSV text.
type csvRows struct {
	src   string
	delim byte
	start int // offset of the first data row
	line  int // its line
	width int

	headerStart, headerLine int // offset and line of the header record
}

func (c *csvRows) text() string { return c.src }

func (c *csvRows) includeHeader() { c.start, c.line = c.headerStart, c.headerLine }

func (c *csvRows) estimateRows(first *batch) int {
	if first.eof {
		return first.rows
	}
	used := first.end - c.start
	if used <= 0 {
		return first.rows
	}
	rest := float64(len(c.src)-first.end) * float64(first.rows) / float64(used)
	return first.rows + int(rest*1.05) + 16
}

func (c *csvRows) each(ctx context.Context, log *issueLog, progress func(done, total int64), fn func(*batch) error) error {
	sc := newScanner(c.src, c.delim, c.start, c.line, log)
	b := newBatch(c.width)
	var blanks blankRun
	for row := 0; ; {
		if err := ctx.Err(); err != nil {
			return err
		}
		c.fill(sc, b, &blanks, log)
		b.first = row
		if b.rows > 0 || row == 0 {
			if err := fn(b); err != nil {
				return err
			}
		}
		row += b.rows
		if progress != nil {
			progress(int64(b.end), int64(len(c.src)))
		}
		if b.eof {
			return nil
		}
	}
}

// fill reads rows into b until it is full, holds a MiB of text, or the
// text ends. Ragged rows are padded with empty cells or cut, and reported;
// blank rows (every field empty or spaces) are skipped, and reported unless
// they end the file.
func (c *csvRows) fill(sc *csvScanner, b *batch, blanks *blankRun, log *issueLog) {
	w := c.width
	b.rows, b.eof = 0, false
	limit := sc.pos + batchBytes
	for b.rows < len(b.lines) && sc.pos < limit {
		row := b.cells[b.rows*w : b.rows*w+w]
		line := sc.line
		k, ok := sc.next(row)
		if !ok {
			break
		}
		if k < w {
			clear(row[k:])
		}
		if first := row[0]; (first.isEmpty() || mayBeSpace(sc.text[first.start&^escaped])) && !sc.extra && allBlank(sc.text, row) {
			blanks.add(line)
			continue
		}
		blanks.flush(log)
		if k < w || sc.extra {
			log.add(ErrFieldCount, line, min(k, w)+1, detail(ErrFieldCount, "%d fields, expected %d", k, w))
		}
		b.lines[b.rows] = int32(line)
		b.rows++
	}
	b.end = sc.pos
	b.eof = sc.pos >= len(sc.text)
}

// mayBeSpace reports whether c may start a space: ASCII space or tab, or
// the first byte of U+00A0, U+202F or U+2009.
func mayBeSpace(c byte) bool { return c == ' ' || c == '\t' || c == 0xC2 || c == 0xE2 }

// blankRun holds blank rows not yet reported: they are reported only when
// a data row follows, so trailing blank lines pass silently.
type blankRun struct{ line, count int }

func (r *blankRun) add(line int) {
	if r.count == 0 {
		r.line = line
	}
	r.count++
}

func (r *blankRun) flush(log *issueLog) {
	if r.count > 0 {
		log.add(ErrBlankRow, r.line, 0, detail(ErrBlankRow, "%d blank row(s)", r.count))
		r.count = 0
	}
}

// recordRows are data rows given as strings, stored back to back in one
// arena: cell k (row-major) is arena[offsets[k]:offsets[k+1]]. The arena
// may start with the header record (skip 1), which includeHeader makes
// the first data row.
type recordRows struct {
	arena      string
	offsets    []uint32
	width      int
	rows       int     // data rows
	skip       int     // records before the first data row: 1 for a header in the arena, else 0
	lines      []int32 // line of each record of the arena when known (JSON), else nil
	headerLine int     // without lines, data row i is on line headerLine+1+i
}

func (r *recordRows) text() string { return r.arena }

func (r *recordRows) estimateRows(*batch) int { return r.rows }

func (r *recordRows) includeHeader() {
	if r.skip == 1 {
		r.skip, r.rows, r.headerLine = 0, r.rows+1, r.headerLine-1
	}
}

func (r *recordRows) each(ctx context.Context, _ *issueLog, progress func(done, total int64), fn func(*batch) error) error {
	b := newBatch(max(r.width, 1))
	per := len(b.lines)
	for first := 0; first < r.rows || first == 0; first += per {
		if err := ctx.Err(); err != nil {
			return err
		}
		b.first = first
		b.rows = min(per, r.rows-first)
		base := (first + r.skip) * r.width
		for i := range b.rows * r.width {
			k := base + i
			b.cells[i] = span{r.offsets[k], r.offsets[k+1]}
		}
		for i := range b.rows {
			if r.lines != nil {
				b.lines[i] = r.lines[first+r.skip+i]
			} else {
				b.lines[i] = int32(r.headerLine + 1 + first + i)
			}
		}
		b.end = int(r.offsets[(first+r.skip+b.rows)*r.width])
		b.eof = first+b.rows >= r.rows
		if err := fn(b); err != nil {
			return err
		}
		if progress != nil {
			progress(int64(b.end), int64(len(r.arena)))
		}
	}
	return nil
}
