// Package tableview writes what the data page shows of a dataset: what the
// reader detected (encoding, delimiter, decimal mark, date order…), the
// problems it met with their place, each column's type and role with the
// reason for both, and its rows as the user's language writes them.
//
//	v := tableview.Describe(ctx, t, text.FR) // the mapping table and the format
//	rows := tableview.Rows(t, 0, 50, text.FR)
package tableview

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"reachlab/app/analysis/problems"
	"reachlab/app/data"
	"reachlab/app/data/roles"
	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/tables"
	"reachlab/app/text"
	"reachlab/app/view"
)

// maxIssuesShown bounds the problems listed; the rest are counted.
const maxIssuesShown = 50

// NoRole and NoKind are the values of the role picker's "no role" and the
// medium-kind picker's "unknown" options (an empty value would make the
// option's text its value).
const (
	NoRole = "none"
	NoKind = "unknown"
)

// MinYear and MaxYear bound the year a user may give dates written
// without one.
const (
	MinYear = 1900
	MaxYear = 2100
)

// types are the column types a user can choose.
var types = []struct {
	t   data.Type
	key i18n.Key
}{
	{data.Auto, i18n.DataTypeAuto},
	{data.Text, i18n.DataTypeText},
	{data.Number, i18n.DataTypeNumber},
	{data.Percent, i18n.DataTypePercent},
	{data.Date, i18n.DataTypeDate},
}

// Describe writes what the data page shows of t in l. Checking a role
// on a column of another type reads the column's cells again, which ctx
// can cancel.
func Describe(ctx context.Context, t *tables.Table, l text.Lang) (view.Dataset, error) {
	d := t.Dataset
	v := view.Dataset{
		ID: d.ID, Name: d.Title(l), BuiltIn: d.BuiltIn, Rows: t.Len(),
		Summary:        i18n.Tf(l, i18n.DataRowsCols, i18n.Number(l, float64(t.Len()), 0), len(t.Columns())),
		Platform:       t.Export.Platform.Name().In(string(l)),
		PlatformReason: t.Export.Reason.In(string(l)),
		Format:         format(l, t.Format),
		Columns:        columns(l, t),
		Header:         header(l, t),
		Years:          years(l, t),
	}
	if err := checkRoles(ctx, l, t, v.Columns); err != nil {
		return view.Dataset{}, err
	}
	v.Loaded = i18n.Tf(l, i18n.DataLoaded, v.Name, i18n.Number(l, float64(t.Len()), 0), len(t.Columns()))
	if len(d.Sheets) > 1 {
		for i, s := range d.Sheets {
			v.Sheets = append(v.Sheets, view.Choice{Value: strconv.Itoa(i), Label: s, Selected: i == d.Sheet})
		}
	}
	if !d.BuiltIn {
		v.MediumKinds = []view.Choice{{Value: NoKind, Label: i18n.T(l, i18n.DataKindUnknown), Selected: d.MediumKind == ""}}
		for _, k := range metrics.Kinds() {
			v.MediumKinds = append(v.MediumKinds, view.Choice{Value: string(k), Label: k.Name().In(l), Selected: string(k) == d.MediumKind})
		}
	}
	shown := t.Issues[:min(len(t.Issues), maxIssuesShown)]
	for _, issue := range shown {
		v.Issues = append(v.Issues, problems.Problem(l, v.Name, issue))
	}
	v.IssueCount = len(t.Issues) + t.IssuesOmitted
	if more := len(t.Issues) - len(shown) + t.IssuesOmitted; more > 0 {
		v.IssuesMore = i18n.Tf(l, i18n.DataIssuesMore, more)
	}
	return v, nil
}

// header is the reader's verdict on the first row, which the user may
// reverse but for built-in cases and JSON objects (their keys are names).
func header(l text.Lang, t *tables.Table) view.HeaderView {
	h := t.Format.Header
	return view.HeaderView{
		First: !h.Missing,
		Why:   h.Explain(string(l)),
		Mode:  tables.ReadingOf(t).Header.String(),
		Fixed: t.Dataset.BuiltIn || h.Reason == data.HeaderKeys,
	}
}

// years says how the dates written without a year got one: the columns,
// the count, the years and their source; nil when every date has its year.
func years(l text.Lang, t *tables.Table) *view.YearsView {
	var (
		names  []string
		cells  int
		first  int
		last   int
		latest data.Years
	)
	for _, c := range t.Columns() {
		y := c.Years()
		if y.Cells == 0 {
			continue
		}
		names = append(names, "“"+c.Name()+"”")
		cells += y.Cells
		if first == 0 || y.First < first {
			first = y.First
		}
		if y.Last > last {
			last, latest = y.Last, y
		}
	}
	if cells == 0 {
		return nil
	}
	span := strconv.Itoa(first)
	if last != first {
		span += "–" + strconv.Itoa(last)
	}
	var source string
	switch latest.Source {
	case data.YearOption:
		source = i18n.T(l, i18n.DataYearsOption)
	case data.YearPeriod:
		source = i18n.Tf(l, i18n.DataYearsPeriod, latest.Latest.Format(time.DateOnly))
	default:
		source = i18n.Tf(l, i18n.DataYearsAssumed, latest.Latest.Format(time.DateOnly))
	}
	return &view.YearsView{
		Year:    last,
		Why:     i18n.Tf(l, i18n.DataYearsWhy, strings.Join(names, ", "), i18n.Number(l, float64(cells), 0), span, source),
		Assumed: latest.Assumed(),
		Chosen:  tables.ReadingOf(t).Year != 0,
	}
}

// checkRoles writes, for each column whose role needs a type, how many of
// its cells fail it and the first one (view.ColumnView.Check).
func checkRoles(ctx context.Context, l text.Lang, t *tables.Table, out []view.ColumnView) error {
	for i, c := range t.Columns() {
		if c.Role() == roles.None {
			continue
		}
		check, err := t.CheckRole(ctx, i, c.Role())
		if err != nil {
			return err
		}
		if check.OK() {
			continue
		}
		what := i18n.T(l, i18n.DataCheckNumber)
		if check.Type == data.Date {
			what = i18n.T(l, i18n.DataCheckDate)
		}
		out[i].Check = i18n.Tf(l, i18n.DataRoleCheck,
			i18n.Number(l, float64(check.Failed), 0), i18n.Number(l, float64(check.Cells), 0), what, c.Role().Name(l),
			i18n.Number(l, float64(check.First.Row+1), 0), i18n.Number(l, float64(check.First.Line), 0), check.First.Text)
	}
	return nil
}

// format lists what the reader detected about the file.
func format(l text.Lang, f data.Format) []view.Fact {
	none := i18n.T(l, i18n.DataNone)
	fact := func(id string, label i18n.Key, value string) view.Fact {
		return view.Fact{ID: id, Label: i18n.T(l, label), Value: value}
	}
	var out []view.Fact
	if f.Kind == data.KindCSV {
		enc := f.Encoding.String()
		if f.BOM {
			enc += " (BOM)"
		}
		out = append(out,
			fact("format-encoding", i18n.DataFormatEncoding, enc),
			fact("format-delimiter", i18n.DataFormatDelim, separatorName(l, rune(f.Delimiter))),
		)
	}
	out = append(out,
		fact("format-decimal", i18n.DataFormatDecimal, orNone(none, separatorName(l, rune(f.Decimal)))),
		fact("format-group", i18n.DataFormatGroup, orNone(none, separatorName(l, f.Group))),
		fact("format-dates", i18n.DataFormatDates, orNone(none, orderName(l, f.DateOrder))),
	)
	if f.TitleLines > 0 {
		out = append(out, fact("format-titles", i18n.DataFormatTitles, strconv.Itoa(f.TitleLines)))
	}
	if f.TotalLine > 0 {
		out = append(out, fact("format-total", i18n.DataFormatTotal, strconv.Itoa(f.TotalLine)))
	}
	return out
}

// columns is the mapping table: one row per column, with its type, its
// role, its missing and unreadable cells, and why the type was chosen.
func columns(l text.Lang, t *tables.Table) []view.ColumnView {
	mapping := t.Mapping()
	cols := t.Columns()
	out := make([]view.ColumnView, len(cols))
	for i, c := range cols {
		st := c.Stats()
		override := mapping.Columns[c.Name()].Type
		cv := view.ColumnView{
			Name: c.Name(), Type: c.Type().String(), Role: string(c.Role()),
			Missing:  i18n.Number(l, float64(st.Missing), 0),
			Unparsed: i18n.Number(l, float64(st.Unparsed), 0),
			Why:      why(l, t, i, c),
		}
		for _, ty := range types {
			label := i18n.T(l, ty.key)
			if ty.t == data.Auto {
				label += " (" + typeName(l, c.Decision().Inferred) + ")"
			}
			cv.Types = append(cv.Types, view.Choice{Value: strconv.Itoa(int(ty.t)), Label: label, Selected: ty.t == override})
		}
		cv.Roles = append(cv.Roles, view.Choice{Value: NoRole, Label: i18n.T(l, i18n.DataRoleNone), Selected: c.Role() == roles.None})
		for _, r := range roles.All {
			cv.Roles = append(cv.Roles, view.Choice{Value: string(r), Label: r.Name(l), Selected: r == c.Role()})
		}
		out[i] = cv
	}
	return out
}

// why explains a column's type and, when its header gave it its role, why.
func why(l text.Lang, t *tables.Table, i int, c *data.Column) string {
	s := c.Decision().Explain(string(l))
	if i < len(t.Export.Columns) {
		if pc := t.Export.Columns[i]; pc.Role == c.Role() && pc.Reason.In(string(l)) != "" {
			s += " " + pc.Reason.In(string(l))
		}
	}
	return s
}

// ParseType reads a type choice's value.
func ParseType(v string) (data.Type, error) {
	n, err := strconv.Atoi(v)
	if err != nil {
		return data.Auto, fmt.Errorf("type %q: %w", v, err)
	}
	return data.Type(n), nil
}

// ParseRole reads a role choice's value.
func ParseRole(v string) roles.Role {
	if v == NoRole {
		return roles.None
	}
	return roles.Role(v)
}

func typeName(l text.Lang, t data.Type) string {
	for _, x := range types {
		if x.t == t {
			return i18n.T(l, x.key)
		}
	}
	return t.String()
}

// Rows writes rows from to to (excluded) of t for l.
func Rows(t *data.Table, from, to int, l text.Lang) view.Rows {
	cols := t.Columns()
	from = max(0, min(from, t.Len()))
	to = max(from, min(to, t.Len()))
	r := view.Rows{From: from, Headers: make([]string, len(cols)), Cells: make([][]view.RowCell, 0, to-from)}
	for j, c := range cols {
		r.Headers[j] = c.Name()
	}
	for i := from; i < to; i++ {
		row := make([]view.RowCell, len(cols))
		for j, c := range cols {
			row[j] = cell(l, c, i)
		}
		r.Cells = append(r.Cells, row)
	}
	return r
}

// cell writes row i of column c for l; a missing cell is blank.
func cell(l text.Lang, c *data.Column, i int) view.RowCell {
	if c.Missing(i) {
		return view.RowCell{Missing: true}
	}
	switch c.Type() {
	case data.Number:
		return view.RowCell{Text: i18n.Number(l, c.Float(i), decimals(c.Float(i))), Num: true}
	case data.Percent:
		return view.RowCell{Text: i18n.Percent(l, c.Float(i), decimals(c.Float(i))), Num: true}
	case data.Date:
		if t, ok := c.Time(i); ok {
			if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
				return view.RowCell{Text: t.Format("2006-01-02")}
			}
			return view.RowCell{Text: t.Format("2006-01-02 15:04:05")}
		}
	}
	return view.RowCell{Text: cut(c.Cell(i))}
}

// maxCellText is the most characters of a cell the preview shows: enough
// for any post, and a bound on what one page draws whatever the file holds.
const maxCellText = 500

// cut shortens a cell's text to maxCellText characters.
func cut(s string) string {
	if len(s) <= maxCellText {
		return s
	}
	n := 0
	for i := range s {
		if n == maxCellText {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// decimals counts the digits after the decimal point of v's shortest form.
func decimals(v float64) int {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return min(len(s)-i-1, 12)
	}
	return 0
}

// separatorName names a delimiter, decimal or group separator in l.
func separatorName(l text.Lang, r rune) string {
	keys := map[rune]i18n.Key{
		',': i18n.SepComma, ';': i18n.SepSemicolon, '\t': i18n.SepTab, '|': i18n.SepPipe, '.': i18n.SepPoint,
		' ': i18n.SepSpace, '\u00a0': i18n.SepNBSP, '\u202f': i18n.SepNNBSP, '\'': i18n.SepApostr, '’': i18n.SepApostr,
	}
	if r == 0 {
		return ""
	}
	if k, ok := keys[r]; ok {
		return i18n.T(l, k)
	}
	return string(r)
}

// orderName names a date order in l.
func orderName(l text.Lang, o data.DateOrder) string {
	switch o {
	case data.DMY:
		return i18n.T(l, i18n.OrderDMY)
	case data.MDY:
		return i18n.T(l, i18n.OrderMDY)
	}
	return ""
}

func orNone(none, s string) string {
	if s == "" {
		return none
	}
	return s
}
