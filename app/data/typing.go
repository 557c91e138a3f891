package data

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// typeTable types every column of src:
//
//  1. the first batch of rows (up to 8192) is a sample: every cell is
//     classified and a tentative plan is decided per column, with the
//     sample's evidence across columns;
//  2. every batch, the sample included, is parsed and stored by the
//     tentative plans, while every cell still votes;
//  3. the final plan of each column is decided from the votes of the whole
//     column and file. Columns whose final plan reads some cells
//     differently (another type, decimal separator or date order) are
//     read again, all in one second pass. This is rare: the sample must
//     have misled.
//
// first is the row taken as the header; unless it holds JSON keys,
// Options.Header decides whether it is one, or judgeHeader does from the
// sample's tentative plans (a row judged to be data is read again, with
// the sample, as the first data row). ovs holds per-column overrides (nil
// for none).
func typeTable(ctx context.Context, src rowSource, first *firstRow, fc *fileContext, ovs []override, opts *Options, log *issueLog) (*Table, error) {
	header, headerLine := first.cells, first.line
	width := len(header)
	if ovs == nil {
		ovs = make([]override, width)
	}
	hdr := Header{Reason: HeaderKeys}
	judge := false
	switch {
	case first.keys:
	case opts.Header == HeaderNo:
		hdr = Header{Missing: true, Reason: HeaderForced}
		src.includeHeader()
	case opts.Header == HeaderYes:
		hdr = Header{Reason: HeaderForced}
	default:
		judge = true
	}
	var names []string
	text := src.text()
	var builders []*builder
	var err error
	mark := log.mark()
	for {
		if hdr.Missing {
			names = generatedNames(width)
		} else {
			names = columnNames(header, headerLine, log)
		}
		mappedTypes(opts.Mapping, names, ovs)
		err = src.each(ctx, log, opts.Progress, func(bt *batch) error {
			if builders == nil {
				plans := tentativePlans(bt, src, fc, ovs)
				if judge {
					judge = false
					if hdr = judgeHeader(first, headerColumns(plans), bt, text); hdr.Missing {
						return errHeaderIsData
					}
				}
				builders = make([]*builder, len(plans))
				rows := src.estimateRows(bt)
				for j, p := range plans {
					builders[j] = newBuilder(p.plan, rows, text)
				}
			}
			for j, b := range builders {
				b.add(bt, j, text)
			}
			return nil
		})
		if err != errHeaderIsData {
			break
		}
		// The sample has been read (and its issues logged) once: start again
		// from the first row, forgetting those issues.
		log.restore(mark)
		src.includeHeader()
	}
	if err != nil {
		return nil, err
	}
	if builders == nil || builders[0].n == 0 {
		return nil, &ParseError{File: opts.Name, Err: ErrNoRows}
	}
	rows := builders[0].n

	fc.votes = Votes{}
	for _, b := range builders {
		fc.votes.add(b.votes)
	}
	decisions := make([]Decision, width)
	var again []int
	redo := make(map[int]*builder)
	for j, b := range builders {
		p, d := decide(b.votes, &b.ex, fc, ovs[j])
		decisions[j] = d
		if mustReread(b, p) {
			b.floats, b.times, b.text.spans = nil, nil, nil // free before the new storage
			again = append(again, j)
			redo[j] = newBuilder(p, rows, text)
		}
	}
	if len(again) > 0 {
		err := src.each(ctx, nil, opts.Progress, func(bt *batch) error {
			for _, j := range again {
				redo[j].add(bt, j, text)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		for _, j := range again {
			builders[j] = redo[j]
		}
	}

	t := &Table{Name: opts.Name, rows: rows, src: src, fc: *fc}
	for j, b := range builders {
		if (hdr.Missing || strings.TrimSpace(header[j]) == "") && b.votes.NonMissing()+b.votes.Marker == 0 {
			continue // unnamed and empty: a trailing delimiter
		}
		b.finish()
		d := decisions[j]
		if b.plan.typ.Numeric() {
			d.Group = b.group()
		}
		c := &Column{
			name: names[j], typ: b.plan.typ, decision: d, stats: b.stats, ex: b.ex,
			jsonNumbers: ovs[j].jsonNumbers, field: j, rows: rows,
			floats: b.floats, times: b.times, text: b.text,
		}
		t.columns = append(t.columns, c)
		reportColumn(log, c, j+1)
		if m := opts.Mapping; m != nil {
			if err := t.SetRole(len(t.columns)-1, m.Columns[c.name].Role); err != nil {
				log.add(errors.Unwrap(err), headerLine, j+1, err)
			}
		}
	}
	if len(t.columns) == 0 {
		// Only unnamed, empty columns: blank data, like blank rows.
		return nil, &ParseError{File: opts.Name, Err: ErrNoRows}
	}
	t.Format.Decimal, t.Format.Group, t.Format.DateOrder = t.usualFormats()
	t.Format.Header = hdr
	if hdr.Missing && hdr.Reason == HeaderValues {
		log.add(ErrNoHeader, headerLine, hdr.Column, detail(ErrNoHeader, "%s", hdr.Explain("en")))
	}
	return t, nil
}

// samplePlan is a column's tentative plan and the sample's votes.
type samplePlan struct {
	plan  plan
	votes Votes
}

// tentativePlans decides a first plan for each column from the sample
// batch.
func tentativePlans(sample *batch, src rowSource, fc *fileContext, ovs []override) []samplePlan {
	text := src.text()
	probes := make([]builder, sample.width)
	sampleContext := *fc
	for j := range probes {
		probes[j].probe = true
		probes[j].add(sample, j, text)
		sampleContext.votes.add(probes[j].votes)
	}
	plans := make([]samplePlan, sample.width)
	for j := range probes {
		p, _ := decide(probes[j].votes, &probes[j].ex, &sampleContext, ovs[j])
		plans[j] = samplePlan{p, probes[j].votes}
	}
	return plans
}

// headerColumns tells judgeHeader what each column of the sample holds.
func headerColumns(plans []samplePlan) []headerColumn {
	cols := make([]headerColumn, len(plans))
	for j, p := range plans {
		cols[j].typ = p.plan.typ
		if t, why := decideType(p.votes); t == Text && why.Code == ReasonIdentifiers && p.plan.typ == Text {
			cols[j].codes = true
		}
	}
	return cols
}

// mappedTypes sets in ovs the types a mapping forces on the columns named
// names, and clears the others.
func mappedTypes(m *Mapping, names []string, ovs []override) {
	for j, name := range names {
		ovs[j].typ = Auto
		if m == nil {
			continue
		}
		if cm, ok := m.Columns[name]; ok && cm.Type <= Date && cm.Type != Auto {
			ovs[j].typ = cm.Type
		}
	}
}

// errHeaderIsData stops the first pass when the first row is judged to be
// data.
var errHeaderIsData = errors.New("data: the first row is data")

// mustReread reports whether a column built with b's plan must be read
// again to follow plan p: its storage differs, or some of its cells read
// differently under p's decimal separator or date order.
func mustReread(b *builder, p plan) bool {
	was, v := b.plan, b.votes
	switch {
	case was.typ.Numeric() && p.typ.Numeric():
		if was.decimal == p.decimal {
			return false
		}
		winners := v.PointOnly
		if p.decimal == ',' {
			winners = v.CommaOnly
		}
		return v.Ambiguous > 0 || winners > 0
	case was.typ != p.typ:
		return true
	case p.typ == Date && was.order != p.order:
		winners := v.MonthFirst
		if p.order == DMY {
			winners = v.DayFirst
		}
		return v.AmbiguousDates > 0 || winners > 0
	}
	return false
}

// columnNames cleans the header: spaces trimmed, empty names replaced by
// the spreadsheet letter of the column, repeated names numbered.
func columnNames(header []string, headerLine int, log *issueLog) []string {
	names := make([]string, len(header))
	seen := make(map[string]bool, len(header))
	for j, h := range header {
		name := strings.TrimSpace(h)
		if name == "" {
			name = columnLetter(j)
		}
		if seen[name] {
			base := name
			for k := 2; seen[name]; k++ {
				name = fmt.Sprintf("%s (%d)", base, k)
			}
			log.add(ErrDuplicateName, headerLine, j+1, detail(ErrDuplicateName, "%q renamed %q", base, name))
		}
		seen[name] = true
		names[j] = name
	}
	return names
}

// columnLetter returns the spreadsheet name of column j (0-based): A…Z,
// AA…ZZ, AAA….
func columnLetter(j int) string {
	var buf [8]byte
	i := len(buf)
	for j++; j > 0; j = (j - 1) / 26 {
		i--
		buf[i] = byte('A' + (j-1)%26)
	}
	return string(buf[i:])
}

// reportColumn adds a column's problems to the issues: unreadable cells
// (at the first one) and a format decided by default.
func reportColumn(log *issueLog, c *Column, field int) {
	if s := c.stats; s.Unparsed > 0 {
		first := s.Bad[0]
		log.add(ErrUnparsed, first.Line, field, detail(ErrUnparsed, "%d cell(s) of %q do not read as %s, such as %q", s.Unparsed, c.name, c.typ, first.Text))
	}
	if c.decision.Ambiguous {
		log.add(ErrAmbiguous, 0, field, detail(ErrAmbiguous, "%s", c.decision.Explain("en")))
	}
}
