package analysis

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"reachlab/app/data/load"
)

func TestNumericColumnsAndTheirSums(t *testing.T) {
	tbl, _, err := load.Read(context.Background(), load.Source{Name: "t.csv", Bytes: []byte("Name,Reach,Rate,Empty\na,1,2 %,\nb,3,4 %,\nc,,1 %,\n")}, load.Options{Locale: "en"})
	if err != nil {
		t.Fatal(err)
	}
	cols := NumericColumns(tbl)
	if !slices.Contains(cols, "Reach") || !slices.Contains(cols, "Rate") || slices.Contains(cols, "Name") {
		t.Errorf("numeric columns %v, want Reach and Rate, not Name", cols)
	}
	if sum, err := ColumnSum(tbl, "Reach"); err != nil || sum != 4 {
		t.Errorf("ColumnSum(Reach) = %v, %v; want 4 (a blank cell left out)", sum, err)
	}
	for _, c := range []struct{ column, want string }{
		{"Nope", "no column"},
		{"Name", "not numeric"},
	} {
		if v, err := ColumnSum(tbl, c.column); err == nil || !math.IsNaN(v) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ColumnSum(%s) = %v, %v; want NaN and %q", c.column, v, err, c.want)
		}
	}
}
