package data

import (
	"context"
	"fmt"

	"reachlab/app/data/roles"
)

// RoleCheck says how the cells of a column read as the type a role needs:
// a date for roles.Date, a number for the numeric roles
// (roles.Role.Numeric; Percent cells are numbers too). A role on a column
// whose cells do not read so gives the engines nothing for those rows: the
// UI shows the count and the first such cell beside the role.
type RoleCheck struct {
	Role   roles.Role // the role checked
	Type   Type       // the type the role needs: Date or Number; Text when it needs none (Channel, Message, Text, Kind…)
	Cells  int        // cells with a value: neither blank nor a missing marker such as "n/a" or "-"
	Failed int        // of them, the cells that do not read as Type
	First  CellRef    // the first of them, when Failed > 0
}

// OK reports whether every cell with a value reads as the role's type
// (always for roles that need no type).
func (c RoleCheck) OK() bool { return c.Failed == 0 }

// Share returns Failed / Cells, 0 when the column has no value.
func (c RoleCheck) Share() float64 {
	if c.Cells == 0 {
		return 0
	}
	return float64(c.Failed) / float64(c.Cells)
}

// String describes the check for logs and tests: "date: 2 of 30 cells fail,
// first row 4 (line 6) \"Lifetime\"".
func (c RoleCheck) String() string {
	if c.Failed == 0 {
		return fmt.Sprintf("%s: %d cells read", c.Role, c.Cells)
	}
	return fmt.Sprintf("%s: %d of %d cells fail, first row %d (line %d) %q", c.Role, c.Failed, c.Cells,
		c.First.Row, c.First.Line, c.First.Text)
}

// roleType returns the type role r needs: Date, Number, or Text for none.
func roleType(r roles.Role) Type {
	switch {
	case r == roles.Date:
		return Date
	case r.Numeric():
		return Number
	}
	return Text
}

// CheckRole reads the cells of column i as role r needs them (see
// RoleCheck), whatever role the column has now, so that the UI can show
// the check before it sets a role as well as after. For a column already
// of the type the role needs it costs nothing: its Stats tell. Otherwise
// it reads the column's cells again as that type (dates in the table's
// usual order, numbers with its usual decimal separator), one scan of the
// input's text that ctx can cancel.
func (t *Table) CheckRole(ctx context.Context, i int, r roles.Role) (RoleCheck, error) {
	if i < 0 || i >= len(t.columns) {
		return RoleCheck{}, fmt.Errorf("%w: %d", ErrUnknownColumn, i)
	}
	c := t.columns[i]
	check := RoleCheck{Role: r, Type: roleType(r)}
	var st Stats
	switch {
	case check.Type == Text:
		check.Cells = c.rows - c.stats.Missing
		if c.typ == Text {
			check.Cells -= c.decision.Votes.Marker
		}
		return check, nil
	case check.Type == Date && c.typ == Date, check.Type == Number && c.typ.Numeric():
		st = c.stats
	default:
		var err error
		if st, err = t.readAs(ctx, c, check.Type); err != nil {
			return RoleCheck{}, err
		}
	}
	check.Cells = c.rows - st.Missing
	check.Failed = st.Unparsed
	if len(st.Bad) > 0 {
		check.First = st.Bad[0]
	}
	return check, nil
}

// readAs reads column c's cells as typ without keeping them, and returns
// how they read.
func (t *Table) readAs(ctx context.Context, c *Column, typ Type) (Stats, error) {
	decimal, _, order := t.usualFormats()
	if decimal == 0 {
		decimal, _, _ = t.fc.fileDecimal()
	}
	if order == OrderAuto {
		order, _, _ = t.fc.fileOrder()
	}
	text := t.src.text()
	b := newBuilder(plan{typ: typ, decimal: decimal, order: order}, 0, text)
	err := t.src.each(ctx, nil, nil, func(bt *batch) error {
		b.add(bt, c.field, text)
		// Only the counts matter: drop the values read so far.
		b.floats, b.times = b.floats[:0], b.times[:0]
		return nil
	})
	return b.stats, err
}
