package data

// VoteThreshold is the share of a column's non-missing cells that must read
// as numbers (Number or Percent together) or as dates for the column to get
// that type. Below it the column is Text. Missing cells (blank, or markers
// such as "n/a" and "-") do not vote.
const VoteThreshold = 0.8

// Votes counts how the cells of a column read, over the whole column.
// Every cell counts once in Blank, Marker, Number, Percent, Date,
// Identifier or Text.
type Votes struct {
	Blank      int // empty or spaces only
	Marker     int // a missing marker: "-", "--", "–", "—", "n/a", "NA", "#N/A", "n/d", "n.d.", "nd", "null", "none", "nan"
	Number     int // a number without "%"
	Percent    int // a number with "%"
	Date       int // a date
	Identifier int // digits written as an identifier: leading zero ("08123") or more than 15 digits
	Text       int // anything else

	// Evidence on the decimal separator, among the numbers.
	PointOnly int // read only with "." as decimal separator: "1.5", "1,234,567", "0.123"
	CommaOnly int // read only with ",": "1,5", "1.234,5", "1 234,567"
	Ambiguous int // read both ways with different values: "1,234", "12.500"

	// Evidence on the order of day and month, among the dates.
	DayFirst       int // valid only day first: "25/12/2026"
	MonthFirst     int // valid only month first: "12/25/2026"
	AmbiguousDates int // valid both ways: "05/07/2026"
}

// NonMissing returns the cells that vote: all but Blank and Marker.
func (v Votes) NonMissing() int {
	return v.Number + v.Percent + v.Date + v.Identifier + v.Text
}

// add adds the counts of w to v.
func (v *Votes) add(w Votes) {
	v.Blank += w.Blank
	v.Marker += w.Marker
	v.Number += w.Number
	v.Percent += w.Percent
	v.Date += w.Date
	v.Identifier += w.Identifier
	v.Text += w.Text
	v.PointOnly += w.PointOnly
	v.CommaOnly += w.CommaOnly
	v.Ambiguous += w.Ambiguous
	v.DayFirst += w.DayFirst
	v.MonthFirst += w.MonthFirst
	v.AmbiguousDates += w.AmbiguousDates
}

// Decision records how a column was typed and read, and why.
type Decision struct {
	Inferred   Type      // the type the vote chose
	Overridden bool      // the type was set by the user (SetType, a Mapping or Options)
	Decimal    byte      // Number, Percent: the decimal separator, '.' or ','
	Group      rune      // Number, Percent: the group separator used most, 0 if none
	DateOrder  DateOrder // Date: DMY or MDY
	Ambiguous  bool      // the decimal separator or date order could not be told from the file: a default was used
	Reason     Reason    // why this type
	Format     Reason    // why this decimal separator or date order
	Votes      Votes     // how the cells read
}

// plan is how a column's cells are read and stored.
type plan struct {
	typ     Type
	decimal byte
	order   DateOrder
}

// fileContext holds what applies to every column of one file: its
// delimiter, the reader's options, and the evidence all columns give
// together.
type fileContext struct {
	delim         byte
	locale        string
	forcedDecimal byte
	forcedOrder   DateOrder
	votes         Votes // summed over all columns
}

// fileDecimal returns the decimal separator the file as a whole suggests
// and why: the numbers of all columns, then the delimiter (";" files come
// from French Excel, which writes decimal commas; "," files use decimal
// points), then the locale, then ".".
func (fc *fileContext) fileDecimal() (byte, Reason, bool) {
	v := fc.votes
	switch {
	case v.CommaOnly > v.PointOnly:
		return ',', Reason{Code: ReasonFile, Count: v.CommaOnly, Total: v.CommaOnly + v.PointOnly}, false
	case v.PointOnly > v.CommaOnly:
		return '.', Reason{Code: ReasonFile, Count: v.PointOnly, Total: v.CommaOnly + v.PointOnly}, false
	case fc.delim == ';':
		return ',', Reason{Code: ReasonDelimiter, Hint: ";"}, true
	case fc.delim == ',':
		return '.', Reason{Code: ReasonDelimiter, Hint: ","}, true
	case fc.locale == "fr":
		return ',', Reason{Code: ReasonLocale, Hint: "fr"}, true
	case fc.locale == "en":
		return '.', Reason{Code: ReasonLocale, Hint: "en"}, true
	}
	return '.', Reason{Code: ReasonDefault}, true
}

// fileOrder returns the date order the file as a whole suggests: the dates
// of all columns, then the decimal separator the numbers show (decimal
// comma: day first; decimal point: month first), then the locale ("fr" day
// first, "en" month first), then the delimiter (";": day first), then
// month first.
func (fc *fileContext) fileOrder() (DateOrder, Reason, bool) {
	v := fc.votes
	switch {
	case v.DayFirst > v.MonthFirst:
		return DMY, Reason{Code: ReasonFile, Count: v.DayFirst, Total: v.DayFirst + v.MonthFirst}, false
	case v.MonthFirst > v.DayFirst:
		return MDY, Reason{Code: ReasonFile, Count: v.MonthFirst, Total: v.DayFirst + v.MonthFirst}, false
	case v.CommaOnly > v.PointOnly:
		return DMY, Reason{Code: ReasonDecimalComma}, true
	case v.PointOnly > v.CommaOnly:
		return MDY, Reason{Code: ReasonDecimalPoint}, true
	case fc.locale == "fr":
		return DMY, Reason{Code: ReasonLocale, Hint: "fr"}, true
	case fc.locale == "en":
		return MDY, Reason{Code: ReasonLocale, Hint: "en"}, true
	case fc.delim == ';':
		return DMY, Reason{Code: ReasonDelimiter, Hint: ";"}, true
	}
	return MDY, Reason{Code: ReasonDefault}, true
}

// decideType applies the vote (see VoteThreshold).
func decideType(v Votes) (Type, Reason) {
	total := v.NonMissing()
	if total == 0 {
		return Text, Reason{Code: ReasonEmpty}
	}
	numeric := v.Number + v.Percent
	need := int(VoteThreshold*float64(total) + 0.999999)
	switch {
	case numeric >= v.Date && numeric >= need:
		typ := Number
		if v.Percent > v.Number {
			typ = Percent
		}
		return typ, Reason{Code: ReasonVote, Count: numeric, Total: total}
	case v.Date > numeric && v.Date >= need:
		return Date, Reason{Code: ReasonVote, Count: v.Date, Total: total}
	case v.Identifier >= need:
		return Text, Reason{Code: ReasonIdentifiers, Count: v.Identifier, Total: total}
	case numeric == 0 && v.Date == 0:
		return Text, Reason{Code: ReasonText, Count: total, Total: total}
	}
	return Text, Reason{Code: ReasonNoMajority, Count: max(numeric, v.Date), Total: total}
}

// decideDecimal chooses a numeric column's decimal separator: the cells
// that read only one way decide (by majority if they disagree); if every
// number reads the same either way, it does not matter and the file's
// choice is taken; otherwise the file decides (see fileDecimal).
func decideDecimal(v Votes, ex *examples, fc *fileContext, ov override) (dec byte, why Reason, ambiguous bool) {
	if ov.jsonNumbers {
		return '.', Reason{Code: ReasonJSON}, false
	}
	if fc.forcedDecimal != 0 {
		return fc.forcedDecimal, Reason{Code: ReasonForced}, false
	}
	switch p, c := v.PointOnly, v.CommaOnly; {
	case p > c && c == 0:
		return '.', Reason{Code: ReasonCells, Count: p, Total: p, Example: ex.point}, false
	case c > p && p == 0:
		return ',', Reason{Code: ReasonCells, Count: c, Total: c, Example: ex.comma}, false
	case p > c:
		return '.', Reason{Code: ReasonMajority, Count: p, Total: p + c, Example: ex.point}, false
	case c > p:
		return ',', Reason{Code: ReasonMajority, Count: c, Total: p + c, Example: ex.comma}, false
	}
	dec, why, ambiguous = fc.fileDecimal()
	if v.Ambiguous == 0 {
		return dec, Reason{Code: ReasonSameEitherWay}, false
	}
	why.Example = ex.ambiguous
	return dec, why, ambiguous
}

// decideOrder chooses a date column's order of day and month, in the same
// way as decideDecimal (see fileOrder).
func decideOrder(v Votes, ex *examples, fc *fileContext) (order DateOrder, why Reason, ambiguous bool) {
	if fc.forcedOrder != OrderAuto {
		return fc.forcedOrder, Reason{Code: ReasonForced}, false
	}
	switch d, m := v.DayFirst, v.MonthFirst; {
	case d > m && m == 0:
		return DMY, Reason{Code: ReasonCells, Count: d, Total: d, Example: ex.dayFirst}, false
	case m > d && d == 0:
		return MDY, Reason{Code: ReasonCells, Count: m, Total: m, Example: ex.monthFirst}, false
	case d > m:
		return DMY, Reason{Code: ReasonMajority, Count: d, Total: d + m, Example: ex.dayFirst}, false
	case m > d:
		return MDY, Reason{Code: ReasonMajority, Count: m, Total: d + m, Example: ex.monthFirst}, false
	}
	order, why, ambiguous = fc.fileOrder()
	if v.AmbiguousDates == 0 {
		return order, Reason{Code: ReasonSameEitherWay}, false
	}
	why.Example = ex.ambiguousDate
	return order, why, ambiguous
}

// override is what is imposed on a column rather than inferred.
type override struct {
	typ         Type // Auto: the vote decides
	jsonNumbers bool // the column holds JSON numbers: decimal point
}

// decide returns the plan and decision for a column from its votes.
func decide(v Votes, ex *examples, fc *fileContext, ov override) (plan, Decision) {
	d := Decision{Votes: v}
	d.Inferred, d.Reason = decideType(v)
	p := plan{typ: d.Inferred}
	if ov.typ != Auto {
		p.typ, d.Overridden = ov.typ, true
	}
	switch {
	case p.typ.Numeric():
		d.Decimal, d.Format, d.Ambiguous = decideDecimal(v, ex, fc, ov)
		p.decimal = d.Decimal
	case p.typ == Date:
		d.DateOrder, d.Format, d.Ambiguous = decideOrder(v, ex, fc)
		p.order = d.DateOrder
	}
	return p, d
}

// examples keeps one cell for each kind of evidence, to show in reasons.
type examples struct {
	point, comma, ambiguous             string
	dayFirst, monthFirst, ambiguousDate string
}
