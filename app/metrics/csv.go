package metrics

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"reachlab/app/text"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// CSVOptions choose the language and number format of a CSV export.
type CSVOptions struct {
	// Lang is the language of the headers and kind names: "fr" or "en"
	// (any other tag means English).
	Lang text.Lang
	// Comma is the field separator; 0 means ';' when DecimalComma is set
	// and ',' otherwise.
	Comma rune
	// DecimalComma writes decimals with a comma (3,5) instead of a point,
	// as French spreadsheets expect.
	DecimalComma bool
}

// The usual CSV formats: French spreadsheets split on ';' and read ','
// as the decimal separator; English ones split on ',' and read '.'.
var (
	CSVFrench  = CSVOptions{Lang: "fr", Comma: ';', DecimalComma: true}
	CSVEnglish = CSVOptions{Lang: "en", Comma: ','}
)

// ErrCSVComma reports a field separator that cannot separate fields: a
// digit, a sign, a point, a quote, a line break, an invalid rune, or ','
// together with DecimalComma.
var ErrCSVComma = errors.New("metrics: invalid CSV field separator")

// WriteChannelsCSV writes the channel table of rep to w: a header row, one
// row per channel, then a total row. Columns are the channel, its kind, and
// every metric that has a per-row value (Metric.PerRow), in catalog order,
// headed by the metric's name and its unit symbol.
//
// The file follows RFC 4180 (CRLF line ends, fields quoted when they hold
// the separator, a quote or a line break) and starts with a UTF-8 byte
// order mark, so that spreadsheet programs read accented names right. A
// value that is not available is an empty cell. Numbers are written in
// full precision without thousands separators.
//
// Against formula injection, every text cell (headers, channel names, kind
// names) goes through neutralizeFormula: one that a spreadsheet could read
// as a formula gets a leading apostrophe, so that it shows as text. Numeric
// cells are written by formatCSVNumber as plain numbers, so a negative
// value stays a number ("-3.5") that spreadsheets read as such.
func WriteChannelsCSV(w io.Writer, rep *Report, o CSVOptions) error {
	comma := o.Comma
	if comma == 0 {
		comma = ','
		if o.DecimalComma {
			comma = ';'
		}
	}
	if strings.ContainsRune("0123456789+-.\"\r\n\uFFFD", comma) || (o.DecimalComma && comma == ',') {
		return fmt.Errorf("%w: %q", ErrCSVComma, comma)
	}
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return fmt.Errorf("metrics: writing CSV: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.Comma = comma
	cw.UseCRLF = true

	var cols []Metric
	for _, m := range catalog {
		if m.PerRow() {
			cols = append(cols, *m)
		}
	}
	header := []string{text.Text{FR: "Canal", EN: "Channel"}.In(o.Lang), text.Text{FR: "Type", EN: "Kind"}.In(o.Lang)}
	for _, m := range cols {
		h := m.Name.In(o.Lang)
		if sym := m.Unit.Symbol(); sym != "" {
			h += " (" + sym + ")"
		}
		header = append(header, h)
	}
	for i := range header {
		header[i] = neutralizeFormula(header[i])
	}
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("metrics: writing CSV header: %w", err)
	}
	record := make([]string, len(header))
	write := func(name, kind string, r *ChannelRow) error {
		record[0], record[1] = neutralizeFormula(name), neutralizeFormula(kind)
		for i, m := range cols {
			record[2+i] = formatCSVNumber(m.of(r), o.DecimalComma)
		}
		return cw.Write(record)
	}
	for i := range rep.Channels {
		r := &rep.Channels[i]
		if err := write(r.Channel, r.Kind.Name().In(o.Lang), r); err != nil {
			return fmt.Errorf("metrics: writing CSV row of channel %q: %w", r.Channel, err)
		}
	}
	if err := write(text.Text{FR: "Total", EN: "Total"}.In(o.Lang), "", &rep.Total); err != nil {
		return fmt.Errorf("metrics: writing CSV total row: %w", err)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("metrics: writing CSV: %w", err)
	}
	return nil
}

// neutralizeFormula prefixes s with an apostrophe when a spreadsheet could
// read it as a formula: when it starts with a tab or a carriage return, or
// when its first character after any leading spaces (Unicode white space,
// no-break spaces included) and invisible format characters (a byte order
// mark, zero-width spaces, direction marks) is '=', '+', '-', '@' or one of
// their full-width or small forms (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫), which
// spreadsheets in East Asian locales read as the ASCII ones.
func neutralizeFormula(s string) string {
	if s == "" {
		return s
	}
	if s[0] == '\t' || s[0] == '\r' {
		return "'" + s
	}
	rest := strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) })
	if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune(formulaStarts, r) {
		return "'" + s
	}
	return s
}

// formulaStarts are the characters that make a spreadsheet cell a formula.
const formulaStarts = "=+-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B"

// formatCSVNumber writes an available value in the shortest decimal form
// that reads back exactly, with a comma for the decimal point if asked, and
// a missing value as an empty cell.
func formatCSVNumber(v Value, decimalComma bool) string {
	if !v.OK {
		return ""
	}
	s := strconv.FormatFloat(v.V, 'f', -1, 64)
	if decimalComma {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
