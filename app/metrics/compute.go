package metrics

import (
	"context"
	"math"
	"slices"
	"time"
)

// Report is everything Compute measured: one row per channel, per kind and
// for the whole dataset, the concentration of the audience, the mass/social
// equivalences, structured readings, and the data for the charts. A Report
// is not changed after Compute returns; reading it and calling MessageRows
// from several goroutines is safe.
type Report struct {
	Options  Options      // the options used: Denominator, Audience and TopK resolved; Universe and ReferenceCPM 0 when not given or invalid
	Present  Fields       // columns present in the input (Input.Present)
	Invalid  FieldCounts  // cells left out as invalid: negative or infinite numbers, dates outside years 1–9999
	Channels []ChannelRow // one row per channel, in order of first appearance
	Kinds    []ChannelRow // one row per channel kind present, in the order of Kinds (unknown last); Channel is ""
	Total    ChannelRow   // the whole dataset; Channel and Kind are ""

	Concentration Concentration // how concentrated the audience is across channels
	Equivalences  Equivalences  // mass-media messages expressed in social posts, and the reverse
	Readings      []Reading     // findings as numbers and codes, for the UI to phrase
	Charts        Charts        // series for the charts

	// KindDecisions lists each value that decided a row's medium kind, or
	// left it unknown, once (by Rule and Value), in order of first
	// appearance: the rules to show, and the values the user may override
	// with Options.KindOverrides.
	KindDecisions []KindDecision

	s      settings
	index  map[string]int // channel name → index in Channels
	chanOf []int32        // index in Channels of each message
}

// Compute measures in with opts.
//
// Messages are grouped by Channel (exact string). Each row's medium kind
// is decided by ResolveKind from its kind cell (when the kind column is
// present), its channel's name and Options.Platform, with
// Options.KindOverrides first. A channel's kind is the majority of its
// messages' kinds (a row counting for the messages it stands for), ignoring
// unknown kinds; ties go to the kind listed first by Kinds. A kind row adds up the channels
// of that kind and the total row all channels: sums add, ratios are
// recomputed from the added numerators and denominators, followers add up
// across channels, and medians are taken over the group's messages.
//
// Compute never fails: what cannot be computed is a Value that is not
// available, with its Reason. It runs in time linear in the number of
// messages (medians use selection, not sorting) and does not keep or
// modify in.Messages.
func Compute(in Input, opts Options) Report {
	rep, _ := ComputeContext(context.Background(), in, opts, nil)
	return rep
}

// ComputeContext is Compute for long inputs: it stops when ctx is done,
// returning ctx's error, and reports progress (when not nil) as rows read
// out of twice the number of messages, since it reads each row twice.
func ComputeContext(ctx context.Context, in Input, opts Options, progress func(done, total int64)) (Report, error) {
	if opts.TopK <= 0 {
		opts.TopK = 4
	}
	s := newSettings(in.Present, opts)
	opts.Denominator, opts.Audience = s.denominator, s.basis
	if math.IsNaN(s.universe) {
		opts.Universe = 0
	}
	if math.IsNaN(s.cpm) {
		opts.ReferenceCPM = 0
	}
	pace := newPacer(ctx, progress, 2*int64(in.Len()))
	sc := scan(in, &s, pace)
	if pace.err != nil {
		return Report{}, pace.err
	}

	n := len(sc.names)
	rep := Report{Options: opts, Present: in.Present, Invalid: sc.invalid, KindDecisions: sc.decisions, s: s, index: sc.index, chanOf: sc.chanOf}
	kinds := make([]Kind, n)
	mixed := make([]bool, n)
	for ci := range sc.tallies {
		kinds[ci], mixed[ci] = sc.tallies[ci].kind()
	}
	lay := newLayout(sc, kinds, sc.weighted)
	tl := newTimelineBuilder(opts.Bucket, sc, &s)
	if fill(in, &s, sc, lay, tl, pace); pace.err != nil {
		return Report{}, pace.err
	}

	// Channel rows.
	fols := make([]followerBasis, n)
	rep.Channels = make([]ChannelRow, n)
	for ci := range n {
		t := &sc.tallies[ci]
		fols[ci] = s.channelFollowers(t)
		row := s.row(t, fols[ci], s.ratio(t, t.share, 1, FieldAudienceShare))
		row.Channel, row.Kind, row.KindMixed, row.Channels = sc.names[ci], kinds[ci], mixed[ci], 1
		if d := sc.kindBy[ci][kinds[ci].index()]; d > 0 {
			row.KindBy = sc.decisions[d-1]
		}
		row.MedianReach = lay.median(0, lay.channelRange(0, ci), row.MedianReach)
		row.MedianImpressions = lay.median(1, lay.channelRange(1, ci), row.MedianImpressions)
		rep.Channels[ci] = row
	}

	// Kind rows, then the total row.
	var total tally
	for ki, k := range kindOrder {
		var t tally
		var members []int
		for ci := range n {
			if kinds[ci] == k {
				members = append(members, ci)
				t.merge(&sc.tallies[ci])
			}
		}
		if len(members) == 0 {
			continue
		}
		total.merge(&t)
		row := rep.group(&t, members, fols)
		row.Kind = k
		row.MedianReach = lay.median(0, lay.kindRange(0, ki), row.MedianReach)
		row.MedianImpressions = lay.median(1, lay.kindRange(1, ki), row.MedianImpressions)
		rep.Kinds = append(rep.Kinds, row)
	}
	all := make([]int, n)
	for ci := range all {
		all[ci] = ci
	}
	rep.Total = rep.group(&total, all, fols)
	rep.Total.MedianReach = lay.median(0, [2]int{0, len(lay.buf[0])}, rep.Total.MedianReach)
	rep.Total.MedianImpressions = lay.median(1, [2]int{0, len(lay.buf[1])}, rep.Total.MedianImpressions)
	rep.datasetShares(&total)

	rep.Concentration = rep.concentration()
	rep.Equivalences = rep.equivalences()
	rep.Readings = rep.readings()
	rep.Charts = rep.charts(tl.build(sc.names, kinds))
	return rep, nil
}

// group builds the row of a group of channels (a kind or the dataset) from
// its merged tally t and its members' follower bases. Its audience share is
// the sum of the members' shares.
func (rep *Report) group(t *tally, members []int, fols []followerBasis) ChannelRow {
	s := &rep.s
	memberFols := make([]followerBasis, len(members))
	share, anyShare := 0.0, false
	for i, ci := range members {
		memberFols[i] = fols[ci]
		if v := rep.Channels[ci].AudienceShare; v.OK {
			share += v.V
			anyShare = true
		}
	}
	shareValue := missing(s.why(t, FieldAudienceShare))
	if anyShare {
		shareValue = known(share)
	}
	row := s.row(t, s.groupFollowers(t, memberFols), shareValue)
	row.Channels = len(members)
	return row
}

// datasetShares fills DatasetShare in every row: the row's audience (reach or
// impressions, per the report's basis) ÷ the dataset's audience × 100.
func (rep *Report) datasetShares(total *tally) {
	f := rep.s.basis.Field()
	share := func(r *ChannelRow) {
		switch {
		case r.Known[f] == 0:
			r.DatasetShare = rep.audienceSum(r)
		case total.sum[f] == 0:
			r.DatasetShare = missing(ZeroDenominator)
		default:
			r.DatasetShare = known(rep.audienceSum(r).V / total.sum[f] * 100)
		}
	}
	for i := range rep.Channels {
		share(&rep.Channels[i])
	}
	for i := range rep.Kinds {
		share(&rep.Kinds[i])
	}
	share(&rep.Total)
}

// audienceSum returns the row's reach or impressions, per the report's basis.
func (rep *Report) audienceSum(r *ChannelRow) Value {
	if rep.s.basis == BasisImpressions {
		return r.Impressions
	}
	return r.Reach
}

// scanned is what the first pass over the messages found.
type scanned struct {
	names   []string       // channel names in order of first appearance
	index   map[string]int // name → channel index
	tallies []tally        // per channel
	chanOf  []int32        // channel index of each message
	invalid FieldCounts
	dated   int   // messages with a valid date
	minDay  int64 // earliest and latest valid date, as day numbers
	maxDay  int64

	weighted  bool              // some row stands for another number of messages than 1
	decisions []KindDecision    // distinct kind decisions, in order of first appearance
	kindBy    [][numKinds]int32 // per channel and kind, 1 + the index in decisions of its first row's decision; 0 for none
}

// scan groups the messages by channel and tallies each channel.
func scan(in Input, s *settings, pace *pacer) *scanned {
	n := in.Len()
	sc := &scanned{index: make(map[string]int), chanOf: make([]int32, n)}
	var (
		c   cells
		buf Message
	)
	last, lastName := -1, ""
	kc := newKindCache(s)
	for i := range n {
		if !pace.step() {
			return sc
		}
		m := in.message(i, &buf)
		ci := last
		if last < 0 || m.Channel != lastName {
			var ok bool
			if ci, ok = sc.index[m.Channel]; !ok {
				ci = len(sc.names)
				sc.index[m.Channel] = ci
				sc.names = append(sc.names, m.Channel)
				sc.tallies = append(sc.tallies, tally{})
				sc.kindBy = append(sc.kindBy, [numKinds]int32{})
			}
			last, lastName = ci, m.Channel
		}
		sc.chanOf[i] = int32(ci)
		clean(m, s.present, &c, &sc.invalid)

		di := kc.decide(m, ci, sc)
		k := sc.decisions[di].Kind
		if by := &sc.kindBy[ci][k.index()]; *by == 0 {
			*by = int32(di) + 1
		}
		d := sc.date(m, s)
		w, given := weight(m, s.present, &sc.invalid)
		sc.weighted = sc.weighted || w != 1
		sc.tallies[ci].add(&c, k, d, w, given)
	}
	return sc
}

// date returns m's date if the date column is present and the date valid,
// else the zero time; it counts invalid dates and tracks the date span.
func (sc *scanned) date(m *Message, s *settings) time.Time {
	if !s.present.Has(FieldDate) || m.Date.IsZero() {
		return time.Time{}
	}
	if !validDate(m.Date) {
		sc.invalid[FieldDate]++
		return time.Time{}
	}
	day := dayNumber(m.Date)
	if sc.dated == 0 || day < sc.minDay {
		sc.minDay = day
	}
	if sc.dated == 0 || day > sc.maxDay {
		sc.maxDay = day
	}
	sc.dated++
	return m.Date
}

// layout holds the known reach (buf[0]) and impressions (buf[1]) of every
// message, grouped by channel, channels grouped by kind, so that each
// channel's and each kind's values are one contiguous range for medians.
// When the input has counts of messages, a row standing for w messages
// holds its value per message (value ÷ w) with weight w in wbuf (0 for a
// row of no message); otherwise wbuf is nil and every weight is 1.
type layout struct {
	buf       [2][]float64
	wbuf      [2][]float64
	start     [2][]int             // start of each channel's range
	kindStart [2][numKinds + 1]int // start of each kind's range; the last entry is the end
	tallies   []tally
}

// layoutFields are the fields whose medians are computed, in buf order.
var layoutFields = [2]Field{FieldReach, FieldImpressions}

// newLayout sizes the ranges from the tallies; weighted allocates wbuf.
func newLayout(sc *scanned, kinds []Kind, weighted bool) *layout {
	n := len(sc.names)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return kinds[a].index() - kinds[b].index() })
	lay := &layout{tallies: sc.tallies}
	for j, f := range layoutFields {
		lay.start[j] = make([]int, n)
		off, ki := 0, 0
		for _, ci := range order {
			for ki <= kinds[ci].index() {
				lay.kindStart[j][ki] = off
				ki++
			}
			lay.start[j][ci] = off
			off += sc.tallies[ci].known[f]
		}
		for ; ki <= numKinds; ki++ {
			lay.kindStart[j][ki] = off
		}
		lay.buf[j] = make([]float64, off)
		if weighted {
			lay.wbuf[j] = make([]float64, off)
		}
	}
	return lay
}

// channelRange returns the range of channel ci in buf[j].
func (lay *layout) channelRange(j, ci int) [2]int {
	lo := lay.start[j][ci]
	return [2]int{lo, lo + lay.tallies[ci].known[layoutFields[j]]}
}

// kindRange returns the range of kind ki in buf[j].
func (lay *layout) kindRange(j, ki int) [2]int {
	return [2]int{lay.kindStart[j][ki], lay.kindStart[j][ki+1]}
}

// median returns the median of buf[j][r[0]:r[1]] (weighted by wbuf when
// there), or otherwise when the range is empty; a range of rows that stand
// for no message has no median (NoMessages).
func (lay *layout) median(j int, r [2]int, otherwise Value) Value {
	if lay.wbuf[j] == nil {
		if m, ok := median(lay.buf[j][r[0]:r[1]]); ok {
			return known(m)
		}
		return otherwise
	}
	if r[0] == r[1] {
		return otherwise
	}
	if m, ok := weightedMedian(lay.buf[j][r[0]:r[1]], lay.wbuf[j][r[0]:r[1]]); ok {
		return known(m)
	}
	return missing(NoMessages)
}

// fill is the second pass: it copies reach and impressions into the layout
// and adds each dated message to the timeline.
func fill(in Input, s *settings, sc *scanned, lay *layout, tl *timelineBuilder, pace *pacer) {
	var cursor [2][]int
	for j := range cursor {
		cursor[j] = slices.Clone(lay.start[j])
	}
	basis := s.basis.Field()
	var buf Message
	for i := range in.Len() {
		if !pace.step() {
			return
		}
		m := in.message(i, &buf)
		ci := sc.chanOf[i]
		w := 1
		if sc.weighted {
			w, _ = weight(m, s.present, nil)
		}
		for j, f := range layoutFields {
			if v := m.value(f); s.present.Has(f) && usable(v) {
				k := cursor[j][ci]
				switch {
				case lay.wbuf[j] == nil:
					lay.buf[j][k] = v
				case w > 0:
					lay.buf[j][k], lay.wbuf[j][k] = v/float64(w), float64(w)
				default:
					lay.buf[j][k], lay.wbuf[j][k] = 0, 0
				}
				cursor[j][ci]++
			}
		}
		if tl.on && s.present.Has(FieldDate) && validDate(m.Date) {
			aud := math.NaN()
			if v := m.value(basis); s.present.Has(basis) && usable(v) {
				aud = v
			}
			inter, any := 0.0, false
			for _, f := range interactionParts {
				if v := m.value(f); s.present.Has(f) && usable(v) {
					inter += v
					any = true
				}
			}
			if !any {
				inter = math.NaN()
			}
			tl.add(int(ci), m.Date, aud, inter, w)
		}
	}
}

// kindCache decides each row's kind once per distinct kind cell and
// channel, remembering the last decision of each channel so that most rows
// need one string comparison.
type kindCache struct {
	s        *settings
	seen     map[[2]string]int // kind cell, channel → index in scanned.decisions
	distinct map[[2]string]int // rule, value → index in scanned.decisions
	lastKind []string          // per channel, the kind cell of its last row
	last     []int             // per channel, that row's decision; -1 before the first
}

func newKindCache(s *settings) *kindCache {
	return &kindCache{s: s, seen: make(map[[2]string]int), distinct: make(map[[2]string]int)}
}

// decide returns the index in sc.decisions of the kind decision of m, a
// row of channel ci.
func (kc *kindCache) decide(m *Message, ci int, sc *scanned) int {
	kind := ""
	if kc.s.present.Has(FieldKind) {
		kind = m.Kind
	}
	for len(kc.last) <= ci {
		kc.last = append(kc.last, -1)
		kc.lastKind = append(kc.lastKind, "")
	}
	if kc.last[ci] >= 0 && kc.lastKind[ci] == kind {
		return kc.last[ci]
	}
	key := [2]string{kind, m.Channel}
	i, ok := kc.seen[key]
	if !ok {
		d := kc.s.kinds.resolve(kind, m.Channel)
		dk := [2]string{string(d.Rule), d.Value}
		if i, ok = kc.distinct[dk]; !ok {
			i = len(sc.decisions)
			sc.decisions = append(sc.decisions, d)
			kc.distinct[dk] = i
		}
		kc.seen[key] = i
	}
	kc.lastKind[ci], kc.last[ci] = kind, i
	return i
}
