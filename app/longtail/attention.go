package longtail

import (
	"cmp"
	"math"
	"slices"
)

// Snapshot is a reading of a post's cumulative interactions at some age.
type Snapshot struct {
	Post  string  // post identifier
	Day   float64 // age in days since publication, ≥ 0
	Total float64 // cumulative interactions at that age, ≥ 0
}

// DailyCount is the number of interactions a post received during one day
// of its life. Day 0 is the publication day (the first 24 hours), day 1 the
// next one, and so on: the cumulative total at age d+1 is the sum of days
// 0 … d.
type DailyCount struct {
	Post  string
	Day   int     // ≥ 0
	Count float64 // ≥ 0
}

// DefaultAttentionDays are the checkpoints of AttentionOptions.Days when it
// is nil: shares arriving after day 1, 7 and 30.
var DefaultAttentionDays = []float64{1, 7, 30}

// AttentionOptions controls AttentionFromSnapshots and AttentionFromDaily.
type AttentionOptions struct {
	// Days are the ages d at which "share arriving after day d" is measured
	// (nil means DefaultAttentionDays).
	Days []float64
	// Horizon, when > 0, is the common age at which a post's final total is
	// taken, so that posts are compared over the same life span; posts
	// observed for less are not available. 0 means each post's last reading.
	Horizon float64
}

// Availability says whether a time measure could be computed.
type Availability int

const (
	// Available: the value is computed.
	Available Availability = iota
	// Unobserved: the post was not observed long enough (its last reading is
	// not beyond the checkpoint, or does not reach the horizon).
	Unobserved
	// NoInteractions: the post's final total is 0, so shares and half-life
	// have no meaning.
	NoInteractions
)

// String returns "available", "unobserved" or "no_interactions".
func (a Availability) String() string {
	switch a {
	case Unobserved:
		return "unobserved"
	case NoInteractions:
		return "no_interactions"
	}
	return "available"
}

// ShareAfter is the share of the final interactions that arrived after
// age Day: (F − C(Day))/F. Share is NaN unless Status is Available.
type ShareAfter struct {
	Day    float64
	Share  float64
	Status Availability
}

// PostAttention is the attention profile of one post.
type PostAttention struct {
	Post    string
	Final   float64 // F: cumulative total at the horizon, or at the last reading
	LastDay float64 // age of the last usable reading
	After   []ShareAfter
	// HalfLife is the age by which half of F had arrived; NaN unless
	// HalfLifeStatus is Available.
	HalfLife       float64
	HalfLifeStatus Availability
	// Decreases counts readings below an earlier one (removed likes,
	// deleted comments); the curve keeps the running maximum.
	Decreases int
	// StoppedAtGap is true when daily rows skipped a day: the observation
	// then ends before the missing day.
	StoppedAtGap bool
}

// PooledShare is the share of all interactions, over the posts available at
// that checkpoint, that arrived after age Day: Σ(F − C(Day))/ΣF.
type PooledShare struct {
	Day    float64
	Share  float64 // NaN when no post is available
	Posts  int     // posts counted
	Status Availability
}

// Attention is the attention-over-time summary of a set of posts.
type Attention struct {
	Posts  []PostAttention // in order of first appearance
	Pooled []PooledShare   // one per checkpoint
	// MedianHalfLife is the median of the available half-lives (NaN when
	// none); HalfLifePosts is how many posts have one.
	MedianHalfLife float64
	HalfLifePosts  int
}

// AttentionFromSnapshots computes when attention arrives, from cumulative
// readings. Each post's cumulative curve C(t) is the piecewise-linear
// interpolation of its readings, starting from C(0) = 0 at publication, and
// keeping the running maximum when a reading goes down. For a checkpoint d
// and final total F (at the horizon, or at the last reading):
//
//   - share after d = (F − C(d))/F, available when the post was observed
//     beyond d (last reading at an age > d, and d < horizon) and F > 0;
//   - half-life = the smallest age t with C(t) ≥ F/2, interpolated linearly
//     between readings, available when F > 0.
//
// Nothing is extrapolated beyond the last reading: missing data give
// Unobserved, never 0.
//
// Errors: ErrInvalidRow (with the row index) for a negative or non-finite
// Day or Total; ErrInvalidArgument for a negative or non-finite horizon or
// checkpoint.
func AttentionFromSnapshots(rows []Snapshot, opt AttentionOptions) (Attention, error) {
	const op = "AttentionFromSnapshots"
	if err := opt.validate(op); err != nil {
		return Attention{}, err
	}
	for i, r := range rows {
		if !finiteNonNegative(r.Day) || !finiteNonNegative(r.Total) {
			return Attention{}, rowError(op, i, ErrInvalidRow, "post %q: day %v, total %v must be finite and ≥ 0", r.Post, r.Day, r.Total)
		}
	}
	order, byPost := groupByPost(rows, func(r Snapshot) string { return r.Post })
	curves := make([]attentionCurve, 0, len(order))
	for _, post := range order {
		readings := byPost[post]
		slices.SortStableFunc(readings, func(a, b Snapshot) int { return cmp.Compare(a.Day, b.Day) })
		c := attentionCurve{post: post}
		c.add(0, 0)
		for _, r := range readings {
			c.add(r.Day, r.Total)
		}
		curves = append(curves, c)
	}
	return summarizeAttention(curves, opt), nil
}

// AttentionFromDaily computes the same summary from daily counts: the
// cumulative total at age d+1 is the sum of days 0 … d. A post's days must
// be distinct; when a day is missing (no row), the observation stops before
// it (StoppedAtGap), since the total after a gap is unknown.
//
// Errors: ErrInvalidRow for a negative day or count, a non-finite count, or
// a day given twice for a post; ErrInvalidArgument as in
// AttentionFromSnapshots.
func AttentionFromDaily(rows []DailyCount, opt AttentionOptions) (Attention, error) {
	const op = "AttentionFromDaily"
	if err := opt.validate(op); err != nil {
		return Attention{}, err
	}
	for i, r := range rows {
		if r.Day < 0 || !finiteNonNegative(r.Count) {
			return Attention{}, rowError(op, i, ErrInvalidRow, "post %q: day %d, count %v must be ≥ 0 and finite", r.Post, r.Day, r.Count)
		}
	}
	type indexed struct {
		DailyCount
		row int
	}
	withRows := make([]indexed, len(rows))
	for i, r := range rows {
		withRows[i] = indexed{r, i}
	}
	order, byPost := groupByPost(withRows, func(r indexed) string { return r.Post })
	curves := make([]attentionCurve, 0, len(order))
	for _, post := range order {
		days := byPost[post]
		slices.SortStableFunc(days, func(a, b indexed) int { return cmp.Compare(a.Day, b.Day) })
		c := attentionCurve{post: post}
		c.add(0, 0)
		total := 0.0
		for i, d := range days {
			if i > 0 && d.Day == days[i-1].Day {
				return Attention{}, rowError(op, d.row, ErrInvalidRow, "post %q: day %d given twice", post, d.Day)
			}
			if d.Day != i {
				c.stoppedAtGap = true
				break
			}
			total += d.Count
			c.add(float64(d.Day+1), total)
		}
		curves = append(curves, c)
	}
	return summarizeAttention(curves, opt), nil
}

func (opt *AttentionOptions) validate(op string) error {
	if !finiteNonNegative(opt.Horizon) {
		return newError(op, ErrInvalidArgument, "horizon %v must be finite and ≥ 0", opt.Horizon)
	}
	for _, d := range opt.Days {
		if !finiteNonNegative(d) {
			return newError(op, ErrInvalidArgument, "checkpoint %v must be finite and ≥ 0", d)
		}
	}
	return nil
}

func finiteNonNegative(x float64) bool { return x >= 0 && !math.IsInf(x, 1) }

// groupByPost groups rows by post, keeping the order of first appearance.
func groupByPost[R any](rows []R, post func(R) string) ([]string, map[string][]R) {
	var order []string
	byPost := map[string][]R{}
	for _, r := range rows {
		p := post(r)
		if _, seen := byPost[p]; !seen {
			order = append(order, p)
		}
		byPost[p] = append(byPost[p], r)
	}
	return order, byPost
}

// attentionCurve is a post's cumulative curve: ages t (non-decreasing) and
// totals c (the running maximum of the readings).
type attentionCurve struct {
	post         string
	t, c         []float64
	decreases    int
	stoppedAtGap bool
}

// add appends a reading; readings at the same age keep the largest total.
func (a *attentionCurve) add(day, total float64) {
	if k := len(a.c); k > 0 {
		if total < a.c[k-1] {
			a.decreases++
			total = a.c[k-1]
		}
		if day == a.t[k-1] {
			a.c[k-1] = total
			return
		}
	}
	a.t = append(a.t, day)
	a.c = append(a.c, total)
}

// at returns C(day) by linear interpolation; day must lie within the curve.
func (a *attentionCurve) at(day float64) float64 {
	i, found := slices.BinarySearch(a.t, day)
	if found {
		return a.c[i]
	}
	if i >= len(a.t) {
		return a.c[len(a.c)-1]
	}
	t0, t1 := a.t[i-1], a.t[i]
	return a.c[i-1] + (a.c[i]-a.c[i-1])*(day-t0)/(t1-t0)
}

// halfLife returns the smallest age with C ≥ half (half ≤ C(end)).
func (a *attentionCurve) halfLife(half float64, end float64) float64 {
	for i := 1; i < len(a.t) && a.t[i-1] < end; i++ {
		if a.c[i] >= half || a.t[i] >= end {
			t1, c1 := a.t[i], a.c[i]
			if a.t[i] > end {
				t1, c1 = end, a.at(end)
			}
			if c1 <= a.c[i-1] {
				return a.t[i-1]
			}
			return a.t[i-1] + (half-a.c[i-1])/(c1-a.c[i-1])*(t1-a.t[i-1])
		}
	}
	return end
}

func summarizeAttention(curves []attentionCurve, opt AttentionOptions) Attention {
	days := opt.Days
	if days == nil {
		days = DefaultAttentionDays
	}
	out := Attention{Pooled: make([]PooledShare, len(days))}
	pooledLate := make([]float64, len(days))
	pooledFinal := make([]float64, len(days))
	var halfLives []float64
	for _, c := range curves {
		last := c.t[len(c.t)-1]
		p := PostAttention{Post: c.post, LastDay: last, Decreases: c.decreases, StoppedAtGap: c.stoppedAtGap,
			HalfLife: math.NaN(), After: make([]ShareAfter, len(days))}
		end := last
		observed := true
		if opt.Horizon > 0 {
			end = opt.Horizon
			observed = last >= opt.Horizon
		}
		if observed {
			p.Final = c.at(end)
		}
		status := Available
		switch {
		case !observed:
			status, p.Final = Unobserved, math.NaN()
		case p.Final == 0:
			status = NoInteractions
		}
		p.HalfLifeStatus = status
		if status == Available {
			p.HalfLife = c.halfLife(p.Final/2, end)
			halfLives = append(halfLives, p.HalfLife)
		}
		for k, d := range days {
			s := ShareAfter{Day: d, Share: math.NaN(), Status: status}
			if status == Available && d >= end {
				s.Status = Unobserved
			}
			if s.Status == Available {
				late := p.Final - c.at(d)
				s.Share = late / p.Final
				pooledLate[k] += late
				pooledFinal[k] += p.Final
				out.Pooled[k].Posts++
			}
			p.After[k] = s
		}
		out.Posts = append(out.Posts, p)
	}
	for k, d := range days {
		out.Pooled[k].Day = d
		out.Pooled[k].Share = math.NaN()
		out.Pooled[k].Status = Unobserved
		if out.Pooled[k].Posts > 0 {
			out.Pooled[k].Share = pooledLate[k] / pooledFinal[k]
			out.Pooled[k].Status = Available
		}
	}
	out.MedianHalfLife = math.NaN()
	out.HalfLifePosts = len(halfLives)
	if len(halfLives) > 0 {
		slices.Sort(halfLives)
		m := len(halfLives)
		out.MedianHalfLife = (halfLives[(m-1)/2] + halfLives[m/2]) / 2
	}
	return out
}
