package data

import "math"

// builder types one column: it counts how every cell reads (votes) and
// stores the cells as its plan says. A probe only counts.
type builder struct {
	plan   plan
	probe  bool
	votes  Votes
	groups [sepKinds]int
	ex     examples
	n      int // cells added
	stats  Stats

	floats  []float64
	times   []int64
	text    textCells
	pending int // leading empty text cells not stored yet
	capHint int
}

// newBuilder returns a builder for plan, sized for capHint rows.
func newBuilder(p plan, capHint int, src string) *builder {
	b := &builder{plan: p, capHint: capHint}
	switch {
	case p.typ.Numeric():
		b.floats = make([]float64, 0, capHint)
	case p.typ == Date:
		b.times = make([]int64, 0, capHint)
	default:
		b.text.src = src
	}
	return b
}

// add types column j of batch bt, whose spans refer to text.
func (b *builder) add(bt *batch, j int, text string) {
	switch {
	case b.probe || b.plan.typ == Text:
		b.addText(bt, j, text)
	case b.plan.typ == Date:
		b.addDates(bt, j, text)
	default:
		b.addNumbers(bt, j, text)
	}
	b.n += bt.rows
}

// addNumbers parses and stores column j of bt as numbers.
func (b *builder) addNumbers(bt *batch, j int, text string) {
	dec := b.plan.decimal
	v := &b.votes
	w := bt.width
	for r := range bt.rows {
		sp := bt.cells[r*w+j]
		start, n := int(sp.start), int(sp.end)-int(sp.start)
		if n > 0 && n <= 8 && start+8 <= len(text) {
			// The most common cell, without a call: 1 to 8 digits, no
			// leading zero (a count of likes, comments, shares…).
			x := load64(text, start)
			if firstFlag(nonDigits(x)) >= n && (n == 1 || text[start] != '0') {
				b.floats = append(b.floats, float64(eightDigits((x-0x30*lowBits)<<(64-8*n))))
				v.Number++
				b.groups[sepNone]++
				continue
			}
		}
		if sp.start&escaped == 0 {
			// Then the common shapes, through fastNumber.
			x, info, ok := fastNumber(text, int(sp.start), int(sp.end), dec)
			if ok && x == x {
				switch info.flags {
				case numPoint | numComma:
					v.Number++
				case numPoint | numComma | numAmbiguous:
					v.Number++
					v.Ambiguous++
					if b.ex.ambiguous == "" {
						b.ex.ambiguous = clip(text[sp.start:sp.end])
					}
				default:
					b.countNumber(info, text[sp.start:sp.end])
					b.floats = append(b.floats, x)
					continue
				}
				b.groups[info.group]++
				b.floats = append(b.floats, x)
				continue
			}
		}
		s := cellString(text, sp)
		x, info := slowNumber(s, dec)
		if x == x { // not NaN
			b.countNumber(info, s)
			b.floats = append(b.floats, x)
			continue
		}
		b.floats = append(b.floats, math.NaN())
		b.unreadable(s, bt, r)
	}
}

// addDates parses and stores column j of bt as dates.
func (b *builder) addDates(bt *batch, j int, text string) {
	order := b.plan.order
	for r := range bt.rows {
		s := cellString(text, bt.cells[r*bt.width+j])
		t, flags := parseDate(s, order)
		if t != MissingTime {
			b.countDate(flags, s)
			if flags&dateNoYear != 0 {
				b.stats.Yearless++
			}
			b.times = append(b.times, t)
			continue
		}
		b.times = append(b.times, MissingTime)
		b.unreadable(s, bt, r)
	}
}

// addText classifies column j of bt and, unless b is a probe, stores its
// spans; storage starts at the first non-empty cell.
func (b *builder) addText(bt *batch, j int, text string) {
	w := bt.width
	for r := range bt.rows {
		sp := bt.cells[r*w+j]
		if sp.isEmpty() {
			b.votes.Blank++
			if b.probe {
				continue
			}
			if b.text.spans == nil {
				b.pending++
			} else {
				b.text.spans = append(b.text.spans, span{})
			}
			continue
		}
		// Cells with doubled quotes are classified escaped: unescaping
		// cannot make them numbers or dates, only longer text.
		b.classify(sp.raw(text))
		if b.probe {
			continue
		}
		if b.text.spans == nil {
			b.text.spans = make([]span, b.pending, max(b.capHint, b.pending+bt.rows))
		}
		b.text.spans = append(b.text.spans, sp)
	}
}

// unreadable handles a cell that the plan could not read: it votes, and
// unless it is missing it is counted and remembered as unparsed.
func (b *builder) unreadable(s string, bt *batch, r int) {
	switch b.classify(s) {
	case kindBlank, kindMarker:
		b.stats.Missing++
		return
	}
	b.stats.Unparsed++
	if len(b.stats.Bad) < maxBadCells {
		b.stats.Bad = append(b.stats.Bad, CellRef{Row: bt.first + r, Line: int(bt.lines[r]), Text: clip(s)})
	}
}

// countNumber counts the vote of a number and its evidence on the decimal
// separator.
func (b *builder) countNumber(info numInfo, s string) {
	v := &b.votes
	switch {
	case info.flags&numIdent != 0:
		v.Identifier++
	case info.flags&numPercent != 0:
		v.Percent++
	default:
		v.Number++
	}
	switch info.flags & (numPoint | numComma | numAmbiguous) {
	case numPoint:
		v.PointOnly++
		if b.ex.point == "" {
			b.ex.point = clip(s)
		}
	case numComma:
		v.CommaOnly++
		if b.ex.comma == "" {
			b.ex.comma = clip(s)
		}
	case numPoint | numComma | numAmbiguous:
		v.Ambiguous++
		if b.ex.ambiguous == "" {
			b.ex.ambiguous = clip(s)
		}
	}
	b.groups[info.group]++
}

// countDate counts the vote of a date and its evidence on the date order.
func (b *builder) countDate(flags dateFlags, s string) {
	v := &b.votes
	v.Date++
	switch flags & (dateDMY | dateMDY | dateAmbiguous) {
	case dateDMY:
		v.DayFirst++
		if b.ex.dayFirst == "" {
			b.ex.dayFirst = clip(s)
		}
	case dateMDY:
		v.MonthFirst++
		if b.ex.monthFirst == "" {
			b.ex.monthFirst = clip(s)
		}
	case dateDMY | dateMDY | dateAmbiguous:
		v.AmbiguousDates++
		if b.ex.ambiguousDate == "" {
			b.ex.ambiguousDate = clip(s)
		}
	}
}

// group returns the group separator used most, 0 if none.
func (b *builder) group() rune {
	best := sepNone
	for k := sepComma; k < sepKinds; k++ {
		if b.groups[k] > b.groups[best] {
			best = k
		}
	}
	return sepRunes[best]
}

// finish returns the column's storage, trimmed if it was sized too large.
func (b *builder) finish() {
	b.floats = trimCap(b.floats)
	b.times = trimCap(b.times)
	b.text.spans = trimCap(b.text.spans)
	if b.plan.typ == Text {
		b.stats.Missing = b.votes.Blank
	}
}

// trimCap copies s into a slice of its exact length when more than an
// eighth of its capacity is unused.
func trimCap[E any](s []E) []E {
	if cap(s)-len(s) <= len(s)/8+64 {
		return s
	}
	return append(make([]E, 0, len(s)), s...)
}
