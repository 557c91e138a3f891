package longtail

import (
	"math"
	"strings"
	"testing"

	ltt "reachlab/app/analysis/longtail/longtailtest"
	"reachlab/app/longtail"
	"reachlab/app/text"
)

func TestAnalyzeTheBuiltInCase(t *testing.T) {
	tb := ltt.ReadTable(t, ltt.CaseCSV(), ltt.CaseRoles)
	a := analyzeTable(tb, meta, Settings{Channel: "Brand page"})
	if a.Problem != ProblemNone || a.FitErr != nil {
		t.Fatalf("problem %d, fit error %v", a.Problem, a.FitErr)
	}
	// The default column is the one with role reach; the posts of the brand
	// page are 48 of the 49 rows; rows are posts.
	if a.Settings.Column != "Reach" || a.Rows != 48 || a.Total != 49 || a.Noun != nounPosts || a.Description.N != 48 {
		t.Errorf("column %q, rows %d of %d, noun %d, n %d", a.Settings.Column, a.Rows, a.Total, a.Noun, a.Description.N)
	}
	// By hand, the brand page's 5 largest posts (⌈10 % × 48⌉): 15,800 +
	// 11,110 + 10,530 + 7,890 + 7,160 = 52,490 of 178,940 people reached in
	// all, 29.3 %.
	if got := a.Description.Top[1]; got.Items != 5 || math.Abs(got.Share-52490.0/178940) > 1e-12 {
		t.Errorf("top 10 %% = %+v, want 5 posts holding 52,490/178,940", got)
	}
	if a.HasFit() != true || a.Fit.Kind != longtail.KindDiscrete {
		t.Errorf("fit %+v: whole numbers get the discrete law", a.Fit)
	}
	for _, l := range text.Langs {
		f := a.Charts[l]
		for name, fig := range map[string]Chart{"rank-size": f.RankSize, "ccdf": f.CCDF, "lorenz": f.Lorenz} {
			if fig.Err != nil || fig.Option.Option == "" || fig.Option.Alt == "" || fig.Reading == "" {
				t.Errorf("%s %s: %+v", l, name, fig)
			}
		}
	}
	if a.Fragmentation.Available {
		t.Error("the case has no audience shares: no fragmentation")
	}
	if a.Attention.Status != AttentionOneRow {
		t.Errorf("attention status %d, want one row per post", a.Attention.Status)
	}
}

func TestAnalyzeDegenerateInput(t *testing.T) {
	nan := math.NaN()
	cases := []struct {
		name    string
		csv     string
		column  string
		want    Problem
		message string
	}{
		{"too few", ltt.WithValues("views", 5, 3, 0, -1, nan, 8, 1, 2, 9, 4, 7), "",
			ProblemTooFew, "Only 8 positive values in “views”: at least 10 are needed to measure a long tail and fit a power law."},
		{"all equal", ltt.WithValues("views", 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7), "",
			ProblemAllEqual, "All 12 positive values of “views” are equal (7): there is no tail to measure."},
		{"text column", "name,views\nAnn,1\nBob,2\n", "name",
			ProblemNotNumeric, "The column “name” holds text or dates, not numbers: pick a numeric column above, or change its type on the Data page."},
		{"no such column", ltt.WithValues("views", 1, 2), "likes",
			ProblemNoColumn, "“Test data” has no column named “likes”: pick one of its numeric columns above."},
		{"no numbers", "name,city\nAnn,Paris\nBob,Lyon\n", "",
			ProblemNoNumeric, "“Test data” has no numeric column: a long tail is measured on numbers such as reach, views or likes. Check the columns' types on the Data page."},
	}
	for _, c := range cases {
		a := analyzeTable(ltt.ReadTable(t, c.csv, nil), meta, Settings{Column: c.column})
		if a.Problem != c.want {
			t.Errorf("%s: problem %d, want %d", c.name, a.Problem, c.want)
			continue
		}
		if got := a.ProblemText(text.EN); got != c.message {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.message)
		}
		if strings.Contains(a.ProblemText(text.FR), "NaN") || a.ProblemText(text.FR) == "" {
			t.Errorf("%s: French message %q", c.name, a.ProblemText(text.FR))
		}
	}
}

func TestAnalyzeCountsWhatIsLeftOut(t *testing.T) {
	xs := []float64{0, 0, -5, math.NaN()}
	for i := 1; i <= 20; i++ {
		xs = append(xs, float64(i*i))
	}
	a := analyzeTable(ltt.ReadTable(t, ltt.WithValues("views", xs...), nil), meta, Settings{})
	want := longtail.Excluded{Zero: 2, Negative: 1, NaN: 1}
	if a.Problem != ProblemNone || a.Description.Excluded != want || a.Description.N != 20 {
		t.Errorf("problem %d, excluded %+v (want %+v), n %d", a.Problem, a.Description.Excluded, want, a.Description.N)
	}
	if a.Noun != nounRows {
		t.Error("a table without post identifiers speaks of rows")
	}
}

func TestFitFailures(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{&longtail.Error{Op: "Fit", Err: longtail.ErrTooFewValues}, "The power law cannot be fitted: no threshold leaves at least 10 values in the tail."},
		{&longtail.Error{Op: "Fit", Err: longtail.ErrNoVariation}, "The power law cannot be fitted: the possible tails hold a single distinct value."},
		{&longtail.Error{Op: "Fit", Row: -1, Err: longtail.ErrNumerical, Detail: "x"}, "The power law could not be fitted (longtail.Fit: numerical failure: x)."},
	}
	for _, c := range cases {
		if got := FitFailure(text.EN, c.err); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}
