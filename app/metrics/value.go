package metrics

import (
	"math"
	"strconv"
)

// Value is a computed figure, or the reason it could not be computed.
//
// When OK is true, V is a finite number. When OK is false, V is NaN and
// Reason says why (never ReasonNone): show "not available" with the reason's
// text, never 0.
type Value struct {
	V      float64 // the figure; NaN when not available
	OK     bool    // whether the figure is available
	Reason Reason  // why it is not available; ReasonNone when it is
}

// known returns v as an available value, or "not available: not finite" when
// v is NaN or infinite (a sum that overflowed, ∞ ÷ ∞).
func known(v float64) Value {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return missing(NotFinite)
	}
	return Value{V: v, OK: true}
}

// finite reports whether every x is a finite number.
func finite(xs ...float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}

// missing returns a value that is not available for reason r.
func missing(r Reason) Value { return Value{V: math.NaN(), Reason: r} }

// count returns a count as an available value.
func count(n int) Value { return Value{V: float64(n), OK: true} }

// Float returns V when the value is available and NaN otherwise.
func (v Value) Float() float64 {
	if !v.OK {
		return math.NaN()
	}
	return v.V
}

// String formats the value for logs and tests: the shortest decimal form of V,
// or "n/a (reason)".
func (v Value) String() string {
	if !v.OK {
		return "n/a (" + string(v.Reason) + ")"
	}
	return strconv.FormatFloat(v.V, 'g', -1, 64)
}

// MarshalJSON encodes an available value as {"v":1.5} and a missing one as
// {"reason":"no_cost_column"}, so that NaN never reaches JSON. Numbers are
// written as encoding/json writes float64: plain decimals from 1e-6 to
// 1e21, exponent form outside.
func (v Value) MarshalJSON() ([]byte, error) {
	if !v.OK {
		b := strconv.AppendQuote([]byte(`{"reason":`), string(v.Reason))
		return append(b, '}'), nil
	}
	format := byte('f')
	if a := math.Abs(v.V); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	b := strconv.AppendFloat([]byte(`{"v":`), v.V, format, -1, 64)
	return append(b, '}'), nil
}
