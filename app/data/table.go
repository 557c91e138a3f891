package data

import (
	"context"
	"fmt"

	"reachlab/app/data/roles"
)

// Table is a typed, columnar table read from a file or from records.
//
// Memory: a table read from CSV keeps the file's decoded text (for UTF-8
// files, the very bytes given to ReadCSV, without a copy) because text cells
// point into it and because SetType re-reads a column from it. Numbers and
// dates are parsed straight from those bytes into []float64 and []int64.
// So a table costs about the file's size, plus 8 bytes per cell, and
// re-typing a column costs one more scan of the text but no memory kept
// per numeric cell. A table built from records keeps every cell's text in
// one string (see FromRecords) for the same reasons.
//
// A Table is not safe for concurrent use while SetType, SetRole or Apply
// run; reading it from several goroutines is safe.
type Table struct {
	Name          string        // Options.Name
	Format        Format        // what was found out about the input
	Issues        []*ParseError // problems met, each wrapping a sentinel; at most 20 of each sentinel
	IssuesOmitted int           // issues found beyond those kept

	columns []*Column
	rows    int
	src     rowSource
	fc      fileContext
	years   yearRule // how dates written without a year get one, kept for SetType
}

// Len returns the number of data rows.
func (t *Table) Len() int { return t.rows }

// Columns returns the columns in file order. The slice is the table's: do
// not modify it.
func (t *Table) Columns() []*Column { return t.columns }

// Column returns the column named name, or nil.
func (t *Table) Column(name string) *Column {
	if i := t.Index(name); i >= 0 {
		return t.columns[i]
	}
	return nil
}

// Index returns the index of the column named name, or -1.
func (t *Table) Index(name string) int {
	for i, c := range t.columns {
		if c.name == name {
			return i
		}
	}
	return -1
}

// SetRole sets the role of column i. A numeric role (roles.Role.Numeric)
// needs a Number or Percent column: set the type first.
func (t *Table) SetRole(i int, r roles.Role) error {
	c := t.columns[i]
	switch {
	case !r.Valid():
		return fmt.Errorf("%w: %q", ErrInvalidRole, r)
	case r.Numeric() && !c.typ.Numeric():
		return fmt.Errorf("%w: %q is %s, role %q", ErrRoleType, c.name, c.typ, r)
	}
	c.role = r
	return nil
}

// SetType re-types column i from its raw text: typ forces a type (the
// decimal separator or date order is still decided from the cells), Auto
// returns to the inferred type. The role is kept if it still fits the type,
// else cleared. It costs one scan of the input's text; ctx can cancel it,
// leaving the column as it was.
func (t *Table) SetType(ctx context.Context, i int, typ Type) error {
	if typ > Date {
		return fmt.Errorf("%w: %d", ErrInvalidType, typ)
	}
	return t.retype(ctx, map[int]Type{i: typ})
}

// retype re-types the columns given (index → forced type or Auto), all in
// one pass over the input.
func (t *Table) retype(ctx context.Context, types map[int]Type) error {
	type job struct {
		col *Column
		b   *builder
		d   Decision
	}
	var jobs []job
	for i, typ := range types {
		c := t.columns[i]
		p, d := decide(c.decision.Votes, &c.ex, &t.fc, override{typ: typ, jsonNumbers: c.jsonNumbers})
		sameStorage := p.typ == c.typ || p.typ.Numeric() && c.typ.Numeric()
		if sameStorage && p.decimal == c.decision.Decimal && p.order == c.decision.DateOrder {
			// Number and Percent are stored alike: only the labels change.
			d.Group = c.decision.Group
			c.typ, c.decision = p.typ, d
			continue
		}
		jobs = append(jobs, job{c, newBuilder(p, t.rows, t.src.text()), d})
	}
	if len(jobs) == 0 {
		return nil
	}
	text := t.src.text()
	err := t.src.each(ctx, nil, nil, func(bt *batch) error {
		for _, j := range jobs {
			j.b.add(bt, j.col.field, text)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, j := range jobs {
		b, c := j.b, j.col
		b.finish()
		if b.plan.typ.Numeric() {
			j.d.Group = b.group()
		}
		c.typ, c.decision, c.stats = b.plan.typ, j.d, b.stats
		c.floats, c.times, c.text = b.floats, b.times, b.text
		t.assignColumnYears(c)
		if c.role.Numeric() && !c.typ.Numeric() {
			c.role = roles.None
		}
	}
	return nil
}

// usualFormats returns the decimal separator of most numeric columns and
// the date order of most date columns, counting only the columns whose
// cells depended on it (0 and OrderAuto when none did), and the group
// separator of most numeric columns.
func (t *Table) usualFormats() (decimal byte, group rune, order DateOrder) {
	var point, comma, dmy, mdy int
	groups := make(map[rune]int)
	for _, c := range t.columns {
		d := c.decision
		mattered := d.Format.Code != ReasonSameEitherWay
		switch {
		case c.typ.Numeric() && mattered && d.Decimal == '.':
			point++
		case c.typ.Numeric() && mattered && d.Decimal == ',':
			comma++
		case c.typ == Date && mattered && d.DateOrder == DMY:
			dmy++
		case c.typ == Date && mattered && d.DateOrder == MDY:
			mdy++
		}
		if c.typ.Numeric() && d.Group != 0 {
			groups[d.Group]++
		}
	}
	switch {
	case comma > point:
		decimal = ','
	case point > 0:
		decimal = '.'
	}
	for g, n := range groups {
		if n > groups[group] || n == groups[group] && g < group {
			group = g
		}
	}
	switch {
	case dmy > mdy:
		order = DMY
	case mdy > 0:
		order = MDY
	}
	return decimal, group, order
}
