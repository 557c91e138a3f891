package longtail

import (
	"cmp"
	"math"
	"slices"
)

// AudienceShare is one channel's share of the whole audience in a period,
// as a fraction in [0, 1] (27.3 % is 0.273).
type AudienceShare struct {
	Period  string
	Channel string
	Share   float64
}

// PeriodConcentration describes how fragmented the audience of one period
// is among its listed channels. With s_i the listed shares (fractions of the
// whole audience) and S = Σ s_i the coverage:
type PeriodConcentration struct {
	Period   string
	Channels int     // listed channels
	Coverage float64 // S; 1 − S is the audience not attributed to a listed channel
	// HHI = Σ s_i², on the shares as given. When S < 1 the unlisted audience
	// is not counted, so this is a lower bound of the market's index.
	// HHIPoints = 10 000·HHI (shares in percent, squared).
	HHI, HHIPoints float64
	// HHIListed = Σ (s_i/S)², the index among the listed channels only, and
	// EffectiveChannels = 1/HHIListed, the number of equal channels that
	// would be as concentrated. Both NaN when S = 0.
	HHIListed, EffectiveChannels float64
	TopK                         int      // k: the number of leading channels asked for, at most Channels
	Top                          []string // the k channels with the largest shares (ties: first listed first)
	TopShare                     float64  // Σ of the k largest shares
	OutsideTop                   float64  // S − TopShare: held by the listed channels outside the top k
	OutsideTopN                  int      // Channels − k
}

// Fragmentation computes, for each period (in order of first appearance),
// the concentration of the audience among its channels: HHI, number of
// channels, share of the k leading channels and share of the others. The
// French digital terrestrial TV case is the typical reading: k = 4 historic
// channels keep most of the audience while the 19 newer channels share
// about a quarter of it (OutsideTop ≈ 0.25, OutsideTopN = 19).
//
// Errors: ErrInvalidArgument when k < 1; ErrInvalidRow (with the row index)
// for a share that is negative, above 1 or not a number, for a channel listed
// twice in a period, or for a period whose shares add up to more than 1 (given
// in percent rather than as fractions, for instance).
func Fragmentation(rows []AudienceShare, k int) ([]PeriodConcentration, error) {
	const op = "Fragmentation"
	if k < 1 {
		return nil, newError(op, ErrInvalidArgument, "top k = %d, need at least 1", k)
	}
	type entry struct {
		channel string
		share   float64
		row     int
	}
	var order []string
	byPeriod := map[string][]entry{}
	for i, r := range rows {
		if !(r.Share >= 0 && r.Share <= 1) {
			return nil, rowError(op, i, ErrInvalidRow, "period %q, channel %q: share %v outside [0, 1]", r.Period, r.Channel, r.Share)
		}
		entries, seen := byPeriod[r.Period]
		if !seen {
			order = append(order, r.Period)
		}
		for _, e := range entries {
			if e.channel == r.Channel {
				return nil, rowError(op, i, ErrInvalidRow, "period %q: channel %q listed twice (rows %d and %d)", r.Period, r.Channel, e.row, i)
			}
		}
		byPeriod[r.Period] = append(entries, entry{r.Channel, r.Share, i})
	}
	out := make([]PeriodConcentration, 0, len(order))
	for _, period := range order {
		entries := byPeriod[period]
		slices.SortStableFunc(entries, func(a, b entry) int { return cmp.Compare(b.share, a.share) })
		p := PeriodConcentration{Period: period, Channels: len(entries), TopK: min(k, len(entries))}
		for i, e := range entries {
			p.Coverage += e.share
			p.HHI += e.share * e.share
			if i < p.TopK {
				p.TopShare += e.share
				p.Top = append(p.Top, e.channel)
			}
		}
		if p.Coverage > 1+1e-9 {
			last := entries[0].row
			for _, e := range entries {
				last = max(last, e.row)
			}
			return nil, rowError(op, last, ErrInvalidRow, "period %q: shares add up to %v > 1 (give fractions of the whole audience)", period, p.Coverage)
		}
		p.HHIPoints = 10000 * p.HHI
		p.HHIListed, p.EffectiveChannels = math.NaN(), math.NaN()
		if p.Coverage > 0 {
			p.HHIListed = p.HHI / (p.Coverage * p.Coverage)
			p.EffectiveChannels = 1 / p.HHIListed
		}
		p.OutsideTop = math.Max(0, p.Coverage-p.TopShare)
		p.OutsideTopN = p.Channels - p.TopK
		out = append(out, p)
	}
	return out, nil
}
