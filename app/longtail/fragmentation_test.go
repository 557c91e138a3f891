package longtail

import (
	"errors"
	"math"
	"slices"
	"testing"
)

// A French-TV-like period: four historic channels and 19 newer channels
// sharing a quarter of the audience; 25 % of the audience is not listed.
func TestFragmentation(t *testing.T) {
	rows := []AudienceShare{{"2024", "TF1", 0.19}, {"2024", "France 2", 0.14}, {"2024", "France 3", 0.09}, {"2024", "M6", 0.08}}
	for i := range 19 {
		rows = append(rows, AudienceShare{"2024", "TNT " + string(rune('A'+i)), 0.25 / 19})
	}
	rows = append(rows, AudienceShare{"1990", "TF1", 0.42}, AudienceShare{"1990", "A2", 0.25}, AudienceShare{"1990", "FR3", 0.11})
	got, err := Fragmentation(rows, 4)
	if err != nil {
		t.Fatal(err)
	}
	p := got[0]
	hhi := 0.19*0.19 + 0.14*0.14 + 0.09*0.09 + 0.08*0.08 + 19*(0.25/19)*(0.25/19)
	checks := []struct {
		name      string
		got, want float64
	}{
		{"channels", float64(p.Channels), 23},
		{"coverage", p.Coverage, 0.75},
		{"top share", p.TopShare, 0.50},
		{"outside top", p.OutsideTop, 0.25},
		{"outside top channels", float64(p.OutsideTopN), 19},
		{"HHI", p.HHI, hhi},
		{"HHI points", p.HHIPoints, 10000 * hhi},
		{"HHI listed", p.HHIListed, hhi / 0.5625},
		{"effective channels", p.EffectiveChannels, 0.5625 / hhi},
	}
	for _, c := range checks {
		if math.Abs(c.got-c.want) > 1e-12 {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if !slices.Equal(p.Top, []string{"TF1", "France 2", "France 3", "M6"}) {
		t.Errorf("top = %v", p.Top)
	}
	old := got[1]
	if old.Period != "1990" || old.TopK != 3 || old.OutsideTopN != 0 || old.OutsideTop != 0 || math.Abs(old.TopShare-0.78) > 1e-12 {
		t.Errorf("1990 (3 channels, k = 4): %+v", old)
	}
}

func TestFragmentationErrors(t *testing.T) {
	var e *Error
	for _, c := range []struct {
		name string
		rows []AudienceShare
		k    int
		want error
		row  int
	}{
		{"k = 0", nil, 0, ErrInvalidArgument, -1},
		{"share above 1", []AudienceShare{{"p", "a", 0.2}, {"p", "b", 1.2}}, 2, ErrInvalidRow, 1},
		{"NaN share", []AudienceShare{{"p", "a", math.NaN()}}, 2, ErrInvalidRow, 0},
		{"duplicate channel", []AudienceShare{{"p", "a", 0.2}, {"p", "a", 0.1}}, 2, ErrInvalidRow, 1},
		{"percent, not fractions", []AudienceShare{{"p", "a", 0.6}, {"p", "b", 0.5}}, 2, ErrInvalidRow, 1},
	} {
		_, err := Fragmentation(c.rows, c.k)
		if !errors.Is(err, c.want) || !errors.As(err, &e) || e.Row != c.row {
			t.Errorf("%s: err = %v, want %v at row %d", c.name, err, c.want, c.row)
		}
	}
}
