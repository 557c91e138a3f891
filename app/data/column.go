package data

import (
	"math"
	"strconv"
	"time"

	"reachlab/app/data/roles"
)

// Column is one typed column of a Table. Its cells are stored by type:
//
//   - Number, Percent: []float64, NaN for a missing or unreadable cell
//     (never 0); Percent values are in percent units (12.5 for "12,5 %");
//   - Date: []int64 of Unix seconds (UTC), MissingTime for a missing or
//     unreadable cell;
//   - Text: spans of the file's decoded text (no copy; 8 bytes a cell), so
//     repeated values such as channel names cost nothing more. Cells that
//     held doubled quotes are unescaped into their own strings.
//
// A Column belongs to its Table: change its type or role through the
// Table's SetType, SetRole and Apply.
type Column struct {
	name        string
	typ         Type
	role        roles.Role
	decision    Decision
	stats       Stats
	ex          examples
	jsonNumbers bool
	field       int // index of the column's cells in the source rows
	rows        int
	floats      []float64
	times       []int64
	text        textCells
	years       Years // how dates written without a year got one
}

// Name returns the column's name: the header cell trimmed of spaces; the
// spreadsheet letter of the column (A, B, …, AA) when the header cell is
// empty; with " (2)", " (3)"… added to repeated names.
func (c *Column) Name() string { return c.name }

// Type returns how the cells are stored.
func (c *Column) Type() Type { return c.typ }

// Role returns what the column means to the engines (roles.None if unset).
func (c *Column) Role() roles.Role { return c.role }

// Decision returns how the column was typed and read, and why.
func (c *Column) Decision() Decision { return c.decision }

// Stats returns the count of missing and unreadable cells.
func (c *Column) Stats() Stats { return c.stats }

// Len returns the number of cells, the table's row count.
func (c *Column) Len() int { return c.rows }

// Floats returns the values of a Number or Percent column, NaN where
// missing; nil for other types. The slice is the column's storage: do not
// modify it.
func (c *Column) Floats() []float64 { return c.floats }

// Times returns the Unix seconds of a Date column, MissingTime where
// missing; nil for other types. The slice is the column's storage: do not
// modify it.
func (c *Column) Times() []int64 { return c.times }

// Float returns cell i as a number: the value of a Number or Percent
// cell, the Unix seconds of a Date cell; NaN when missing and for Text.
func (c *Column) Float(i int) float64 {
	switch c.typ {
	case Number, Percent:
		return c.floats[i]
	case Date:
		if t := c.times[i]; t != MissingTime {
			return float64(t)
		}
	}
	return math.NaN()
}

// Time returns cell i of a Date column as a UTC time, and false when it is
// missing or the column is not a Date column.
func (c *Column) Time(i int) (time.Time, bool) {
	if c.typ != Date || c.times[i] == MissingTime {
		return time.Time{}, false
	}
	return time.Unix(c.times[i], 0).UTC(), true
}

// Missing reports whether cell i has no value (blank, a missing marker,
// or unreadable as the column's type). A Text cell is missing only when
// empty.
func (c *Column) Missing(i int) bool {
	switch c.typ {
	case Number, Percent:
		return math.IsNaN(c.floats[i])
	case Date:
		return c.times[i] == MissingTime
	}
	return c.text.at(i) == ""
}

// Cell returns cell i as text: a Text cell as it was written (verbatim,
// markup included: escaping is the display's job); a number in the
// shortest form that reads back exactly, with "." as decimal separator and
// "%" after a Percent; a date as 2006-01-02, or 2006-01-02T15:04:05Z when
// it has a time of day; "" when missing.
func (c *Column) Cell(i int) string {
	switch c.typ {
	case Number, Percent:
		v := c.floats[i]
		if math.IsNaN(v) {
			return ""
		}
		s := strconv.FormatFloat(v, 'f', -1, 64)
		if c.typ == Percent {
			s += "%"
		}
		return s
	case Date:
		t, ok := c.Time(i)
		switch {
		case !ok:
			return ""
		case c.times[i]%86400 == 0:
			return t.Format(time.DateOnly)
		}
		return t.Format(time.RFC3339)
	}
	return c.text.at(i)
}

// textCells stores a text column as spans into a shared string (the file's
// decoded text, or the records' arena): 8 bytes a cell, no copy. A cell
// that holds doubled quotes keeps its escaped span and is unescaped each
// time it is read: such cells (post texts quoting someone) are rarely read
// by the engines, and copying them would cost memory for every one.
type textCells struct {
	src   string
	spans []span // nil when every cell is empty
}

// at returns cell i.
func (t *textCells) at(i int) string {
	if i >= len(t.spans) {
		return ""
	}
	return cellString(t.src, t.spans[i])
}
