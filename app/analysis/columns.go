package analysis

import (
	"fmt"
	"math"

	"reachlab/app/data"
)

// NumericColumns lists the names of t's numeric columns (Number and
// Percent), in table order: the columns a long tail is measured on and a
// KPI can total.
func NumericColumns(t *data.Table) []string {
	var names []string
	for _, c := range t.Columns() {
		if c.Type().Numeric() {
			names = append(names, c.Name())
		}
	}
	return names
}

// ColumnSum adds the known values of t's numeric column: the value of a
// KPI that totals a column. It fails when the column is missing, not
// numeric, or has no value.
func ColumnSum(t *data.Table, column string) (float64, error) {
	c := t.Column(column)
	if c == nil {
		return math.NaN(), fmt.Errorf("no column %q", column)
	}
	if !c.Type().Numeric() {
		return math.NaN(), fmt.Errorf("column %q is not numeric", column)
	}
	sum, n := 0.0, 0
	for _, v := range c.Floats() {
		if !math.IsNaN(v) {
			sum += v
			n++
		}
	}
	if n == 0 {
		return math.NaN(), fmt.Errorf("column %q has no values", column)
	}
	return sum, nil
}
