package longtail

import (
	"math"
	"strings"
	"testing"

	ltt "reachlab/app/analysis/longtail/longtailtest"
	"reachlab/app/data/roles"
	"reachlab/app/text"
)

func TestFragmentation(t *testing.T) {
	rows := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	f := fragmentationOf(ltt.ReadTable(t, ltt.TwoMonths, ltt.ShareRoles), rows)
	if !f.Available || f.Err != nil || f.Fractions || len(f.Periods) != 2 {
		t.Fatalf("fragmentation %+v", f)
	}
	jan := f.Periods[0]
	// By hand, January: the listed shares add up to 65 %; the top 4 hold
	// 22 + 14 + 10 + 9 = 55 %, the 2 others 10 %; Σs² = 0.0911, so among
	// the listed channels HHI = 0.0911/0.65² = 0.21562 (2,156 points),
	// as concentrated as 1/0.21562 = 4.64 equal channels.
	if jan.Period != "2015-01-01" || math.Abs(jan.Coverage-0.65) > 1e-12 || math.Abs(jan.TopShare-0.55) > 1e-12 ||
		math.Abs(jan.HHIListed-0.0911/0.4225) > 1e-12 || jan.OutsideTopN != 2 {
		t.Errorf("January %+v", jan)
	}
	want := "2015-01-01: the 4 leading channels held 55% of the audience and the 2 others 10%; HHI among them 2,156 points, as concentrated as 4.6 equal channels."
	if got := PeriodSentence(text.EN, jan); got != want {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
	fig := f.Chart[text.FR]
	if fig.Option.Option == "" || !strings.Contains(fig.Option.Alt, "6 chaînes sur 2 périodes") || !strings.Contains(fig.Reading, "2015-02-01") {
		t.Errorf("French chart %+v", fig)
	}

	// The same shares as fractions of 1 are read as fractions.
	fractions := strings.NewReplacer(",22\n", ",0.22\n", ",20\n", ",0.20\n", ",14\n", ",0.14\n", ",10\n", ",0.10\n", ",9\n", ",0.09\n", ",6\n", ",0.06\n", ",5\n", ",0.05\n").Replace(ltt.TwoMonths)
	g := fragmentationOf(ltt.ReadTable(t, fractions, ltt.ShareRoles), rows)
	if !g.Fractions || g.Err != nil || math.Abs(g.Periods[0].HHIListed-jan.HHIListed) > 1e-12 {
		t.Errorf("fractions: %+v", g)
	}
}

func TestFragmentationErrorsAndAbsence(t *testing.T) {
	// February adds up to 120 %: the engine refuses it at its last row,
	// the table's row 3.
	over := "date,channel,share\n2015-01-01,A,50\n2015-02-01,A,60\n2015-02-01,B,60\n"
	f := fragmentationOf(ltt.ReadTable(t, over, ltt.ShareRoles), []int{0, 1, 2})
	if f.Err == nil || f.ErrRow != 3 {
		t.Errorf("error %v at row %d, want row 3", f.Err, f.ErrRow)
	}
	if f := fragmentationOf(ltt.ReadTable(t, over, map[string]roles.Role{"channel": roles.Channel}), []int{0, 1, 2}); f.Available {
		t.Error("without a share column there is no fragmentation")
	}
	// Without dates, one period, named “All rows”, and no chart.
	one := fragmentationOf(ltt.ReadTable(t, "channel,share\nA,30\nB,20\n", ltt.ShareRoles), []int{0, 1})
	if len(one.Periods) != 1 || one.Chart != nil || PeriodLabel(text.EN, one.Periods[0].Period) != "All rows" {
		t.Errorf("one period: %+v", one)
	}
}

func TestDTTIllustration(t *testing.T) {
	// 19 channels sharing 25 % evenly: 1.32 % each; among them HHI = 1/19
	// (526 points), 19 equal channels; the other 75 % elsewhere.
	if DTT.Channels != 19 || math.Abs(DTT.TopShare-0.25/19) > 1e-15 || math.Abs(DTT.HHIListed-1.0/19) > 1e-12 || math.Abs(DTT.EffectiveChannels-19) > 1e-9 {
		t.Errorf("DTT illustration %+v", DTT)
	}
}
