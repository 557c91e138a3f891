package metrics

import (
	"cmp"
	"slices"
)

// ShareBasis says which shares Concentration was computed on.
type ShareBasis string

// The share bases.
const (
	SharesReported    ShareBasis = "reported"    // the audience shares in the data (every channel has one)
	SharesReach       ShareBasis = "reach"       // each channel's share of the data's cumulated reach
	SharesImpressions ShareBasis = "impressions" // each channel's share of the data's impressions
)

// Band classes a Herfindahl–Hirschman index. The thresholds, 1 500 and
// 2 500 points, are those of the 2010 US Horizontal Merger Guidelines; here
// they are only a yardstick for audiences, not a legal test.
type Band string

// The concentration bands.
const (
	BandNone           Band = ""               // the index is not available
	BandUnconcentrated Band = "unconcentrated" // below 1 500
	BandModerate       Band = "moderate"       // 1 500 to 2 500
	BandHigh           Band = "high"           // above 2 500
)

// bandOf returns the band of an index on shares that sum to 100.
func bandOf(hhi float64) Band {
	switch {
	case hhi < 1500:
		return BandUnconcentrated
	case hhi <= 2500:
		return BandModerate
	}
	return BandHigh
}

// Concentration measures how the audience is spread across the channels.
//
// With s_i the share of channel i in percent:
//
//	Covered           = Σ s_i
//	HHI               = Σ s_i²                     (0 to 10 000 points)
//	HHIWithin         = Σ (100·s_i / Covered)²     (shares rescaled to sum to 100)
//	EffectiveChannels = Covered² ÷ HHI = 10 000 ÷ HHIWithin
//	TopShare          = sum of the TopK largest s_i
//
// The shares are the audience shares reported in the data when every
// channel has one (Basis SharesReported); they then need not sum to 100, the
// rest of the market being outside the data, and HHI is the listed
// channels' part of the market's index. Otherwise each channel's share is
// its DatasetShare (reach or impressions, per the report's basis), which sum
// to 100, so HHI equals HHIWithin. Channels without a share are left out.
type Concentration struct {
	Basis             ShareBasis // which shares were used
	Channels          int        // channels with a share
	Covered           Value      // Σ s_i, percent
	HHI               Value      // Σ s_i², points
	HHIWithin         Value      // index with shares rescaled to sum to 100, points
	EffectiveChannels Value      // how many equal channels give the same concentration
	TopK              int        // k, from Options.TopK
	TopShare          Value      // share of the k largest channels, percent (of the market for reported shares)
	TopChannels       []string   // those channels, largest first
	Band              Band       // band of HHIWithin
}

// concentration computes the report's Concentration from its channel rows.
func (rep *Report) concentration() Concentration {
	c := Concentration{TopK: rep.Options.TopK, Basis: SharesReach}
	if rep.s.basis == BasisImpressions {
		c.Basis = SharesImpressions
	}
	reported := len(rep.Channels) > 0
	for i := range rep.Channels {
		reported = reported && rep.Channels[i].AudienceShare.OK
	}
	if reported {
		c.Basis = SharesReported
	}
	type share struct {
		name string
		s    float64
	}
	var shares []share
	for i := range rep.Channels {
		r := &rep.Channels[i]
		v := r.DatasetShare
		if reported {
			v = r.AudienceShare
		}
		if v.OK {
			shares = append(shares, share{r.Channel, v.V})
		}
	}
	c.Channels = len(shares)
	if len(shares) == 0 {
		why := rep.Total.DatasetShare.Reason
		if len(rep.Channels) == 0 {
			why = NoMessages
		}
		c.Covered, c.HHI, c.HHIWithin, c.EffectiveChannels, c.TopShare = missing(why), missing(why), missing(why), missing(why), missing(why)
		return c
	}
	slices.SortStableFunc(shares, func(a, b share) int { return cmp.Compare(b.s, a.s) })
	covered, hhi, top := 0.0, 0.0, 0.0
	for i, sh := range shares {
		covered += sh.s
		hhi += sh.s * sh.s
		if i < c.TopK {
			top += sh.s
			c.TopChannels = append(c.TopChannels, sh.name)
		}
	}
	c.Covered, c.HHI, c.TopShare = known(covered), known(hhi), known(top)
	if hhi == 0 {
		c.HHIWithin, c.EffectiveChannels = missing(ZeroDenominator), missing(ZeroDenominator)
		return c
	}
	c.HHIWithin = known(hhi / covered * 100 / covered * 100)
	c.EffectiveChannels = known(covered / hhi * covered)
	if c.HHIWithin.OK {
		c.Band = bandOf(c.HHIWithin.V)
	}
	return c
}
