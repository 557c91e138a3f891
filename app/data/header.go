package data

import (
	"fmt"
	"strconv"
	"strings"
)

// HeaderMode says whether the first row of a table names its columns. The
// zero value, HeaderAuto, detects it.
type HeaderMode uint8

// The header modes.
const (
	HeaderAuto HeaderMode = iota // detect: a first row that reads like the rows below is data
	HeaderYes                    // the first row is a header, whatever it holds
	HeaderNo                     // no header: every row is data, the columns are named "Column 1", "Column 2"…
)

var headerModeNames = [...]string{HeaderAuto: "auto", HeaderYes: "yes", HeaderNo: "no"}

// String returns "auto", "yes" or "no".
func (m HeaderMode) String() string {
	if int(m) < len(headerModeNames) {
		return headerModeNames[m]
	}
	return fmt.Sprintf("HeaderMode(%d)", m)
}

// MarshalText encodes the mode by its name, for saved settings.
func (m HeaderMode) MarshalText() ([]byte, error) {
	if int(m) >= len(headerModeNames) {
		return nil, fmt.Errorf("data: invalid header mode %d", m)
	}
	return []byte(headerModeNames[m]), nil
}

// UnmarshalText decodes a name written by MarshalText; "" is HeaderAuto.
func (m *HeaderMode) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*m = HeaderAuto
		return nil
	}
	for i, name := range headerModeNames {
		if name == string(b) {
			*m = HeaderMode(i)
			return nil
		}
	}
	return fmt.Errorf("data: invalid header mode %q", b)
}

// HeaderReason says why the first row was read as a header or as data.
type HeaderReason uint8

// The reasons. Header.Column and Header.Cell give the cell that decided
// when the reason names one.
const (
	HeaderReasonNone HeaderReason = iota
	HeaderForced                  // Options.Header said so (Missing tells which way)
	HeaderKeys                    // JSON objects: their keys name the columns
	HeaderText                    // Cell is text above a column of numbers or dates (Type): a header
	HeaderOtherType               // Cell reads as another type than its column (Type): a header, such as a date above numbers
	HeaderPeriods                 // the numbers of the first row, such as Cell, name periods (years, or 1, 2, 3…) above other numbers: a header
	HeaderTotal                   // a total row follows the first row: a header
	HeaderNoEvidence              // no cell of the first row lies above a column of numbers or dates: it cannot be told from data and is taken as a header
	HeaderValues                  // every cell of the first row above a typed column reads as that column's type, as the rows below do, such as Cell: data
)

// Header tells whether the first row was read as the header, and why. A
// table read with Missing set has columns named ColumnName(1),
// ColumnName(2)…, and its first row holds what would have been the header.
type Header struct {
	Missing bool         // the first row was read as data: the file has no header row
	Reason  HeaderReason // why
	Column  int          // 1-based column of the cell that decided; 0 when no cell did
	Cell    string       // that cell, clipped
	Type    Type         // the type of that column, as the first rows gave it
}

// ColumnName returns the name given to column j (1-based) of a table
// without a header: "Column 1", "Column 2"…
func ColumnName(j int) string { return "Column " + strconv.Itoa(j) }

// Explain says in a sentence whether the first row is a header and why,
// in French when lang is "fr", in English otherwise.
func (h Header) Explain(lang string) string {
	fr := lang == "fr"
	cell := func() string {
		if fr {
			return fmt.Sprintf("« %s » (colonne %d)", h.Cell, h.Column)
		}
		return fmt.Sprintf("“%s” (column %d)", h.Cell, h.Column)
	}
	named := "the columns are named Column 1, Column 2…"
	if fr {
		named = "les colonnes s’appellent Column 1, Column 2…"
	}
	switch h.Reason {
	case HeaderForced:
		switch {
		case h.Missing && fr:
			return "Pas de ligne d’en-tête, comme demandé : " + named + "."
		case h.Missing:
			return "No header row, as requested: " + named + "."
		case fr:
			return "La première ligne nomme les colonnes, comme demandé."
		}
		return "The first row names the columns, as requested."
	case HeaderKeys:
		if fr {
			return "Les clés des objets JSON nomment les colonnes."
		}
		return "The keys of the JSON objects name the columns."
	case HeaderText:
		if fr {
			return fmt.Sprintf("La première ligne est un en-tête : %s est du texte au-dessus d’une colonne de %s.", cell(), columnWord(h.Type, true))
		}
		return fmt.Sprintf("The first row is a header: %s is text above a column of %s.", cell(), columnWord(h.Type, false))
	case HeaderOtherType:
		if fr {
			return fmt.Sprintf("La première ligne est un en-tête : %s ne se lit pas comme les %s de sa colonne.", cell(), columnWord(h.Type, true))
		}
		return fmt.Sprintf("The first row is a header: %s does not read like the %s of its column.", cell(), columnWord(h.Type, false))
	case HeaderPeriods:
		if fr {
			return fmt.Sprintf("La première ligne est un en-tête : ses nombres, comme %s, nomment des périodes (des années ou 1, 2, 3…) au-dessus d’autres nombres.", cell())
		}
		return fmt.Sprintf("The first row is a header: its numbers, such as %s, name periods (years, or 1, 2, 3…) above other numbers.", cell())
	case HeaderTotal:
		if fr {
			return "La première ligne est un en-tête : une ligne de total la suit."
		}
		return "The first row is a header: a total row follows it."
	case HeaderNoEvidence:
		if fr {
			return "La première ligne est prise pour un en-tête : aucune de ses cellules n’est au-dessus d’une colonne de nombres ou de dates, rien ne la distingue des lignes suivantes."
		}
		return "The first row is taken as a header: none of its cells is above a column of numbers or dates, so nothing tells it from the rows below."
	case HeaderValues:
		if fr {
			return fmt.Sprintf("Pas de ligne d’en-tête : la première ligne se lit comme les suivantes (%s se lit comme des %s), elle est lue comme des données et %s.", cell(), columnWord(h.Type, true), named)
		}
		return fmt.Sprintf("No header row: the first row reads like the rows below (%s reads as %s), so it is read as data and %s.", cell(), columnWord(h.Type, false), named)
	}
	return ""
}

// columnWord names what a column of type t holds, as a plural noun.
func columnWord(t Type, fr bool) string {
	switch {
	case t == Date && fr:
		return "dates"
	case t == Date:
		return "dates"
	case t == Percent && fr:
		return "pourcentages"
	case t == Percent:
		return "percentages"
	case t.Numeric() && fr:
		return "nombres"
	case t.Numeric():
		return "numbers"
	case fr:
		return "codes"
	}
	return "codes"
}

// firstRow is the row a reader took as the header, for typeTable to judge.
type firstRow struct {
	cells []string
	line  int
	keys  bool // JSON keys: always the header
	total bool // a total row was found right under it
}

// headerColumn is what the sample says a column holds, for judging the
// header cell above it.
type headerColumn struct {
	typ   Type // the sample's plan: Number, Percent, Date or Text
	codes bool // a Text column of identifiers written with digits
}

// judgeHeader decides whether the first row is a header, from the columns
// the sample rows below it gave (see the package documentation, Header row):
//
//   - a cell of the first row that reads as text, or as another type, above
//     a column of numbers or dates makes it a header;
//   - so do numbers naming periods: years (1900 to 2100, written with four
//     digits, in increasing or decreasing order, above columns that do not
//     hold years), when there are two of them or the table has other
//     columns; or three or more consecutive integers (1, 2, 3…);
//   - a total row right under it makes it a header;
//   - otherwise, when the cells above the typed columns all read as their
//     column's type, the first row is data;
//   - with no typed column, nothing tells: it stays a header.
//
// Blank cells and missing markers decide nothing. sample holds the first
// data rows (below the first row), whose spans refer to text.
func judgeHeader(first *firstRow, cols []headerColumn, sample *batch, text string) Header {
	if first.total {
		return Header{Reason: HeaderTotal}
	}
	var probe builder
	probe.probe = true
	data := Header{Missing: true, Reason: HeaderValues}
	var ints []periodCell
	allInts := true
	for j, cell := range first.cells {
		if j >= len(cols) {
			break
		}
		col := cols[j]
		if !col.typ.Numeric() && col.typ != Date && !col.codes {
			continue // text above text: no evidence either way
		}
		probe.votes = Votes{}
		kind := probe.classify(cell)
		here := Header{Column: j + 1, Cell: clip(trimSpace(cell)), Type: col.typ}
		if kind == kindBlank || kind == kindMarker {
			continue
		}
		v := probe.votes
		same := false
		switch {
		case kind == kindText:
			here.Reason = HeaderText
			return here
		case col.codes:
			same = v.Identifier > 0
		case col.typ == Date:
			same = kind == kindDate
		default:
			same = kind == kindNumber && v.Identifier == 0
		}
		if !same {
			here.Reason = HeaderOtherType
			return here
		}
		if data.Column == 0 {
			data.Column, data.Cell, data.Type = here.Column, here.Cell, here.Type
		}
		if n, ok := plainInt(here.Cell); ok && col.typ.Numeric() {
			ints = append(ints, periodCell{j, n})
		} else {
			allInts = false
		}
	}
	if data.Column == 0 {
		return Header{Reason: HeaderNoEvidence}
	}
	if allInts && namesPeriods(ints, len(first.cells), sample, text) {
		c := ints[0]
		return Header{Reason: HeaderPeriods, Column: c.col + 1, Cell: strconv.Itoa(c.n), Type: cols[c.col].typ}
	}
	return data
}

// periodCell is an integer of the first row, above column col (0-based).
type periodCell struct{ col, n int }

// plainInt reads s as an integer written with digits only (at most 9).
func plainInt(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// isYear reports whether s is a year as headers write them: four digits,
// 1900 to 2100.
func isYear(s string) bool {
	n, ok := plainInt(s)
	return ok && len(s) == 4 && n >= 1900 && n <= 2100
}

// namesPeriods reports whether the integers of the first row name periods
// (see judgeHeader); width is the number of columns.
func namesPeriods(ints []periodCell, width int, sample *batch, text string) bool {
	if len(ints) == 0 {
		return false
	}
	years, up, down, consecutive := true, true, true, true
	for i, c := range ints {
		years = years && c.n >= 1900 && c.n <= 2100
		if i > 0 {
			prev := ints[i-1].n
			up = up && c.n > prev
			down = down && c.n < prev
			consecutive = consecutive && c.n == prev+1
		}
	}
	if consecutive && len(ints) >= 3 {
		return true
	}
	if !years || !(up || down) || len(ints) < 2 && width < 2 {
		return false
	}
	for _, c := range ints {
		if columnOfYears(sample, c.col, text) {
			return false // a column of years: the first year is one of them
		}
	}
	return true
}

// columnOfYears reports whether at least half of the non-blank cells of
// column j of the sample are years.
func columnOfYears(sample *batch, j int, text string) bool {
	years, cells := 0, 0
	for r := range sample.rows {
		s := strings.TrimSpace(cellString(text, sample.cells[r*sample.width+j]))
		if s == "" {
			continue
		}
		cells++
		if isYear(s) {
			years++
		}
	}
	return cells > 0 && 2*years >= cells
}

// generatedNames returns ColumnName(1) … ColumnName(width).
func generatedNames(width int) []string {
	names := make([]string, width)
	for j := range names {
		names[j] = ColumnName(j + 1)
	}
	return names
}
