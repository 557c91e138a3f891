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

// mean returns the pair for "sum of f ÷ messages where f is known".
func (t *tally) mean(f Field) pair {
	return pair{num: t.sum[f], den: float64(t.known[f]), n: t.known[f]}
}

// tally accumulates the messages of one channel, or merges channels into a
// kind or the whole dataset.
type tally struct {
	messages int
	known    FieldCounts         // known cells per field
	sum      [numNumeric]float64 // sums of known cells
	peak     float64             // largest known reach

	interN   int     // messages with at least one interaction part known
	interSum float64 // their interactions
	parts    Fields  // interaction parts with at least one known value

	erReach, erImpr pair // interactions over reach, over impressions
	talk            pair // comments over reactions
	response        pair // replies over comments
	cpm             pair // cost over impressions
	cpe             pair // cost over interactions

	followersMax    float64   // largest followers count
	followersLatest float64   // followers count at the latest date
	followersAt     time.Time // that date; zero when no dated followers count

	kinds [numKinds]int // rows per kind
}

// add accounts for one message with cleaned values c, kind k and date d
// (valid or zero).
func (t *tally) add(c *cells, k Kind, d time.Time) {
	t.messages++
	t.kinds[k.index()]++
	if k != KindUnknown {
		t.known[FieldKind]++
	}
	if !d.IsZero() {
		t.known[FieldDate]++
	}
	for f := range Field(numNumeric) {
		if v := c[f]; !math.IsNaN(v) {
			t.known[f]++
			t.sum[f] += v
		}
	}
	if r := c[FieldReach]; r > t.peak {
		t.peak = r
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
	for f := range t.known {
		t.known[f] += o.known[f]
	}
	for f := range t.sum {
		t.sum[f] += o.sum[f]
	}
	t.peak = math.Max(t.peak, o.peak)
	t.interN += o.interN
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
	}
}

// kind returns the majority kind of the tally's rows, ignoring rows of
// unknown kind, and whether rows of another known kind exist. Ties go to
// the kind first in kindOrder. With no row of known kind it is KindUnknown.
func (t *tally) kind() (k Kind, mixed bool) {
	best, kinds := -1, 0
	for i := range numKinds - 1 {
		if t.kinds[i] == 0 {
			continue
		}
		kinds++
		if best < 0 || t.kinds[i] > t.kinds[best] {
			best = i
		}
	}
	if best < 0 {
		return KindUnknown, false
	}
	return kindOrder[best], kinds > 1
}
