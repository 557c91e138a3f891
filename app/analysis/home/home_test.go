package home

import (
	"strings"
	"testing"

	"reachlab/app/cases"
	"reachlab/app/text"
)

func TestReachFigures(t *testing.T) {
	f := reachFigures(cases.TVvsBrand())
	// Sorted, the 24th and 25th of the 48 posts reach 2,740 and 3,080
	// people: the median is (2,740 + 3,080) / 2 = 2,910.
	if f.massReach != 5_200_000 || f.posts != 48 || f.medianPost != 2910 || f.minPost != 510 || f.maxPost != 15800 {
		t.Errorf("figures = %+v", f)
	}
}

func TestChartReadsInBothLanguages(t *testing.T) {
	en, fr := Chart(text.EN), Chart(text.FR)
	if en.ID != ChartID || !strings.Contains(en.Reading, "1,787 posts") || !strings.Contains(fr.Reading, "1\u00a0787 publications") {
		t.Errorf("readings: %q / %q", en.Reading, fr.Reading)
	}
	if en.Option == fr.Option || en.Alt == "" {
		t.Error("the chart does not follow the language")
	}
}
