package metrics

import (
	"slices"
	"testing"
)

func TestBandOf(t *testing.T) {
	tests := []struct {
		hhi  float64
		want Band
	}{
		{0, BandUnconcentrated},
		{1499.9, BandUnconcentrated},
		{1500, BandModerate},
		{2500, BandModerate},
		{2500.1, BandHigh},
		{10_000, BandHigh},
	}
	for _, tt := range tests {
		if got := bandOf(tt.hhi); got != tt.want {
			t.Errorf("bandOf(%v) = %q, want %q", tt.hhi, got, tt.want)
		}
	}
}

func TestConcentrationOnDatasetReach(t *testing.T) {
	// Reach 500, 300, 150, 50 (no reported shares): shares 50, 30, 15, 5 %.
	//   HHI = 2500 + 900 + 225 + 25 = 3650 points: highly concentrated
	//   effective channels = 10 000 ÷ 3650 = 2.74
	//   top 2 = 50 + 30 = 80 %
	// A fifth channel has a share for one post but no reach: left out, and
	// reported shares are not used since the others have none.
	var msgs []Message
	for i, r := range []float64{500, 300, 150, 50} {
		msgs = append(msgs, mk(string(rune('A'+i)), "social", "", map[Field]float64{FieldReach: r}))
	}
	msgs = append(msgs, mk("E", "social", "", map[Field]float64{FieldAudienceShare: 12}))
	rep := Compute(Input{Messages: msgs, Present: allFields}, Options{TopK: 2})
	c := rep.Concentration
	if c.Basis != SharesReach || c.Channels != 4 || c.Band != BandHigh || !slices.Equal(c.TopChannels, []string{"A", "B"}) {
		t.Errorf("concentration = %+v, want reach shares of 4 channels, high, top A and B", c)
	}
	runChecks(t, []check{
		{"covered", c.Covered, 100, ""},
		{"HHI", c.HHI, 3650, ""},
		{"HHI within", c.HHIWithin, 3650, ""},
		{"effective channels", c.EffectiveChannels, 10_000.0 / 3650, ""},
		{"top 2", c.TopShare, 80, ""},
		{"A dataset share", rep.Channels[0].DatasetShare, 50, ""},
		{"E dataset share", rep.Channels[4].DatasetShare, 0, NoReach},
	})

	// By impressions, with no impressions anywhere: nothing to share.
	rep = Compute(Input{Messages: msgs, Present: FieldsOf(FieldReach, FieldImpressions)}, Options{Audience: BasisImpressions})
	c = rep.Concentration
	if c.Basis != SharesImpressions || c.Channels != 0 || c.Band != BandNone {
		t.Errorf("concentration = %+v, want impressions basis and no channel", c)
	}
	runChecks(t, []check{{"HHI without impressions", c.HHI, 0, NoImpressions}})

	// All reach zero: shares are not defined.
	zero := []Message{mk("A", "", "", map[Field]float64{FieldReach: 0}), mk("B", "", "", map[Field]float64{FieldReach: 0})}
	c = Compute(Input{Messages: zero, Present: FieldsOf(FieldReach)}, Options{}).Concentration
	runChecks(t, []check{{"HHI of zero reach", c.HHI, 0, ZeroDenominator}})
}
