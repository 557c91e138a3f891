package metrics

import (
	"math"
	"time"
)

// pair accumulates a ratio over the messages (or channels) where both its
// numerator and denominator are known: num and den are the sums, n how many
// messages contributed.
type pair struct {
	num, den float64
	n        int
}

// add adds one message's numerator and denominator.
func (p *pair) add(num, den float64) {
	p.num += num
	p.den += den
	p.n++
}

// merge adds another pair's sums.
func (p *pair) merge(o pair) {
	p.num += o.num
	p.den += o.den
	p.n += o.n
}

// mean returns the pair for "sum of f ÷ messages where f is known", each
// row counting for the messages it stands for.
func (t *tally) mean(f Field) pair {
	return pair{num: t.sum[f], den: float64(t.msgKnown[f]), n: t.known[f]}
}

// tally accumulates the messages of one channel, or merges channels into a
// kind or the whole dataset. A row standing for w messages (Message.Count)
// adds w to the message counts and its measures, totals over those
// messages, once to the sums.
type tally struct {
	messages int                 // messages: the rows' weights added up
	rows     int                 // rows of the input
	known    FieldCounts         // known cells per field (rows); for FieldMessageCount, rows with a valid count
	msgKnown [numNumeric]int     // messages of the rows where the field is known
	sum      [numNumeric]float64 // sums of known cells
	peak     float64             // largest known reach of one message: a row's reach ÷ its messages
	share    pair                // audience share weighted by messages: Σ w·share over Σ w

	interN    int     // rows with at least one interaction part known
	interMsgs int     // messages of those rows
	interSum  float64 // their interactions
	parts     Fields  // interaction parts with at least one known value

	erReach, erImpr pair // interactions over reach, over impressions
	talk            pair // comments over reactions
	response        pair // replies over comments
	cpm             pair // cost over impressions
	cpe             pair // cost over interactions

	followersMax    float64   // largest followers count
	followersLatest float64   // followers count at the latest date
	followersAt     time.Time // that date; zero when no dated followers count

	kinds    [numKinds]int // rows per kind
	kindMsgs [numKinds]int // messages per kind
}

// add accounts for one row with cleaned values c, kind k and date d
// (valid or zero), standing for w messages (given: its count was in the
// data).
func (t *tally) add(c *cells, k Kind, d time.Time, w int, given bool) {
	t.messages += w
	t.rows++
	t.kinds[k.index()]++
	t.kindMsgs[k.index()] += w
	if k != KindUnknown {
		t.known[FieldKind]++
	}
	if !d.IsZero() {
		t.known[FieldDate]++
	}
	if given {
		t.known[FieldMessageCount]++
	}
	for f := range Field(numNumeric) {
		if v := c[f]; !math.IsNaN(v) {
			t.known[f]++
			t.msgKnown[f] += w
			t.sum[f] += v
		}
	}
	if r := c[FieldReach]; w > 0 && r/float64(w) > t.peak {
		t.peak = r / float64(w)
	}
	if sh := c[FieldAudienceShare]; !math.IsNaN(sh) && w > 0 {
		t.share.add(sh*float64(w), float64(w))
	}

	inter, any := 0.0, false
	for _, f := range interactionParts {
		if v := c[f]; !math.IsNaN(v) {
			inter += v
			any = true
			t.parts = t.parts.With(f)
		}
	}
	if any {
		t.interN++
		t.interMsgs += w
		t.interSum += inter
		if r := c[FieldReach]; !math.IsNaN(r) {
			t.erReach.add(inter, r)
		}
		if im := c[FieldImpressions]; !math.IsNaN(im) {
			t.erImpr.add(inter, im)
		}
		if cost := c[FieldCost]; !math.IsNaN(cost) {
			t.cpe.add(cost, inter)
		}
	}
	if cm, re := c[FieldComments], c[FieldReactions]; !math.IsNaN(cm) && !math.IsNaN(re) {
		t.talk.add(cm, re)
	}
	if rp, cm := c[FieldReplies], c[FieldComments]; !math.IsNaN(rp) && !math.IsNaN(cm) {
		t.response.add(rp, cm)
	}
	if cost, im := c[FieldCost], c[FieldImpressions]; !math.IsNaN(cost) && !math.IsNaN(im) {
		t.cpm.add(cost, im)
	}
	if fo := c[FieldFollowers]; !math.IsNaN(fo) {
		t.followersMax = math.Max(t.followersMax, fo)
		if !d.IsZero() {
			switch {
			case t.followersAt.IsZero() || d.After(t.followersAt):
				t.followersAt, t.followersLatest = d, fo
			case d.Equal(t.followersAt):
				t.followersLatest = math.Max(t.followersLatest, fo)
			}
		}
	}
}

// merge adds a channel's tally to a kind's or the dataset's. Followers are
// not merged here: a group's followers are the sum of its channels' counts
// (see groupFollowers).
func (t *tally) merge(o *tally) {
	t.messages += o.messages
	t.rows += o.rows
	for f := range t.known {
		t.known[f] += o.known[f]
	}
	for f := range t.sum {
		t.msgKnown[f] += o.msgKnown[f]
		t.sum[f] += o.sum[f]
	}
	t.peak = math.Max(t.peak, o.peak)
	t.share.merge(o.share)
	t.interN += o.interN
	t.interMsgs += o.interMsgs
	t.interSum += o.interSum
	t.parts |= o.parts
	t.erReach.merge(o.erReach)
	t.erImpr.merge(o.erImpr)
	t.talk.merge(o.talk)
	t.response.merge(o.response)
	t.cpm.merge(o.cpm)
	t.cpe.merge(o.cpe)
	for k := range t.kinds {
		t.kinds[k] += o.kinds[k]
		t.kindMsgs[k] += o.kindMsgs[k]
	}
}

// kind returns the majority kind of the tally's messages (rows weighted
// by the messages they stand for), ignoring those of unknown kind, and
// whether rows of another known kind exist. Ties go to the kind first in
// kindOrder. When the rows of known kind stand for no message, their
// count decides. With no row of known kind it is KindUnknown.
func (t *tally) kind() (k Kind, mixed bool) {
	votes := &t.kindMsgs
	for i := range numKinds - 1 {
		if t.kindMsgs[i] > 0 {
			break
		}
		if i == numKinds-2 {
			votes = &t.kinds
		}
	}
	best, kinds := -1, 0
	for i := range numKinds - 1 {
		if t.kinds[i] == 0 {
			continue
		}
		kinds++
		if best < 0 || votes[i] > votes[best] {
			best = i
		}
	}
	if best < 0 {
		return KindUnknown, false
	}
	return kindOrder[best], kinds > 1
}
