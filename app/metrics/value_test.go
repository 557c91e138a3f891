package metrics

import (
	"math"
	"testing"
)

func TestValue(t *testing.T) {
	tests := []struct {
		v    Value
		json string
		str  string
	}{
		{known(1.5), `{"v":1.5}`, "1.5"},
		{known(5.2e6), `{"v":5200000}`, "5.2e+06"},
		{missing(NoCostColumn), `{"reason":"no_cost_column"}`, "n/a (no_cost_column)"},
		{known(math.Inf(1)), `{"reason":"not_finite"}`, "n/a (not_finite)"},
		{known(math.NaN()), `{"reason":"not_finite"}`, "n/a (not_finite)"},
	}
	for _, tt := range tests {
		b, err := tt.v.MarshalJSON()
		if err != nil || string(b) != tt.json || tt.v.String() != tt.str {
			t.Errorf("%+v: JSON %s (%v), String %q; want %s, %q", tt.v, b, err, tt.v.String(), tt.json, tt.str)
		}
	}
	if !math.IsNaN(missing(NoReach).Float()) || known(2).Float() != 2 {
		t.Error("Float does not give NaN for missing values")
	}
}
