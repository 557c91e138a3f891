package longtail

import (
	"cmp"
	"errors"
	"math"
	"slices"

	"reachlab/app/data"
	"reachlab/app/data/roles"
	"reachlab/app/longtail"
)

// AttentionStatus says whether attention over time can be measured.
type AttentionStatus int

const (
	AttentionNoColumns AttentionStatus = iota // no post identifier, no date column, or a column that is not numeric
	AttentionOneRow                           // every post has a single row: nothing over time
	AttentionReady                            // measured
	AttentionBadRows                          // the engine refused the rows
)

// Attention is when a post's interactions arrive, from several rows per
// post: cumulative readings (snapshots) or daily counts.
type Attention struct {
	Status     AttentionStatus    // whether it was measured
	Cumulative bool               // read as cumulative totals, else as daily counts
	Posts      int                // posts with at least one usable row
	Result     longtail.Attention // the engine's measure, when Status is AttentionReady
	ErrRow     int                // AttentionBadRows: the table row (1-based) at fault; 0 if unknown
}

// secondsPerDay converts the table's Unix seconds to days.
const secondsPerDay = 86400

// attentionOf reads the selected rows of t as a time series of column per
// post: posts from the column with role message, times from the Date column
// with role date, a post's age counted from its first row. When no post's
// values ever go down with time, they are read as cumulative totals
// (snapshots, AttentionFromSnapshots, ages in fractional days); otherwise as
// daily counts (AttentionFromDaily, ages in whole days). Rows with a missing
// post, date or value are left out.
func attentionOf(t *data.Table, rows []int, column string) Attention {
	post, date, value := roleColumn(t, roles.Message), roleColumn(t, roles.Date), t.Column(column)
	if post == nil || date == nil || date.Type() != data.Date || value == nil || !value.Type().Numeric() {
		return Attention{Status: AttentionNoColumns}
	}
	type reading struct {
		row  int
		secs float64
		v    float64
	}
	byPost := map[string][]reading{}
	var order []string
	repeated := false
	for _, r := range rows {
		v, secs := value.Float(r), date.Float(r)
		if post.Missing(r) || math.IsNaN(v) || math.IsNaN(secs) {
			continue
		}
		id := post.Cell(r)
		if _, seen := byPost[id]; !seen {
			order = append(order, id)
		} else {
			repeated = true
		}
		byPost[id] = append(byPost[id], reading{r, secs, v})
	}
	if !repeated {
		return Attention{Status: AttentionOneRow}
	}
	a := Attention{Status: AttentionReady, Cumulative: true, Posts: len(order)}
	for _, id := range order {
		rs := byPost[id]
		slices.SortStableFunc(rs, func(x, y reading) int { return cmp.Compare(x.secs, y.secs) })
		for i := 1; i < len(rs); i++ {
			if rs[i].v < rs[i-1].v {
				a.Cumulative = false
			}
		}
	}
	var err error
	var tableRow []int
	if a.Cumulative {
		var in []longtail.Snapshot
		for _, id := range order {
			rs := byPost[id]
			for _, r := range rs {
				in = append(in, longtail.Snapshot{Post: id, Day: (r.secs - rs[0].secs) / secondsPerDay, Total: r.v})
				tableRow = append(tableRow, r.row)
			}
		}
		a.Result, err = longtail.AttentionFromSnapshots(in, longtail.AttentionOptions{})
	} else {
		var in []longtail.DailyCount
		for _, id := range order {
			rs := byPost[id]
			for _, r := range rs {
				in = append(in, longtail.DailyCount{Post: id, Day: int(math.Floor((r.secs - rs[0].secs) / secondsPerDay)), Count: r.v})
				tableRow = append(tableRow, r.row)
			}
		}
		a.Result, err = longtail.AttentionFromDaily(in, longtail.AttentionOptions{})
	}
	if err != nil {
		a.Status = AttentionBadRows
		var e *longtail.Error
		if errors.As(err, &e) && e.Row >= 0 && e.Row < len(tableRow) {
			a.ErrRow = tableRow[e.Row] + 1
		}
	}
	return a
}
