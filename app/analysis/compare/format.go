package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"

	"reachlab/app/view"
)

// formatValue writes an available figure in its unit the way l writes
// numbers: percentages with their sign, everything else with as many
// decimals as its size deserves (i18n.Auto). Money carries no symbol: the
// data's currency is not known.
func formatValue(l text.Lang, u metrics.Unit, v float64) string {
	if u == metrics.UnitPercent {
		return percentText(l, v)
	}
	return i18n.Auto(l, v)
}

// percentText writes v, already in percent, with i18n.Auto's decimals and
// the percent sign ("0,081 %" in French, "0.081%" in English).
func percentText(l text.Lang, v float64) string {
	s := i18n.Auto(l, v)
	if s == "–" {
		return s
	}
	if l == text.FR {
		return s + "\u00a0%"
	}
	return s + "%"
}

// countText writes a whole count.
func countText(l text.Lang, v float64) string { return i18n.Number(l, v, 0) }

// valueText writes a Value: its figure, or "not available — reason".
func valueText(l text.Lang, u metrics.Unit, v metrics.Value) string {
	if !v.OK {
		return notAvailable(l, v.Reason)
	}
	return formatValue(l, u, v.V)
}

// notAvailable says that a figure is missing and why.
func notAvailable(l text.Lang, r metrics.Reason) string {
	na := i18n.T(l, i18n.CompareNotAvailable)
	if why := r.Text().In(l); why != "" {
		return na + " — " + why
	}
	return na
}

// metricName is a metric's name in l.
func metricName(l text.Lang, m metrics.Metric) string { return m.Name.In(l) }

// headerName is a metric's name with its unit symbol, for table headers
// and CSV: "Engagement rate (reach) (%)".
func headerName(l text.Lang, m metrics.Metric) string {
	if s := m.Unit.Symbol(); s != "" {
		return metricName(l, m) + " (" + s + ")"
	}
	return metricName(l, m)
}

// kindName names a medium kind in l.
func kindName(l text.Lang, k metrics.Kind) string { return k.Name().In(l) }

// join lists items with the language's separator.
func join(l text.Lang, items []string) string {
	return strings.Join(items, i18n.T(l, i18n.CompareListSeparator))
}

// lowerFirst lowers the first letter of a name used inside a sentence.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// valueCell is a table cell holding a figure and its full-precision value,
// or a short mark with the reason on hover, never a 0.
func valueCell(l text.Lang, u metrics.Unit, v metrics.Value) view.Cell {
	if !v.OK {
		return missingCell(l, v.Reason)
	}
	return view.Cell{Text: formatValue(l, u, v.V), Value: v.V, Known: true}
}

// missingCell is the cell of a figure that is not available: the short
// mark, and the reason for the hover and screen readers.
func missingCell(l text.Lang, r metrics.Reason) view.Cell {
	return view.Cell{Text: i18n.T(l, i18n.CompareNotAvailableMark), Missing: notAvailable(l, r)}
}
