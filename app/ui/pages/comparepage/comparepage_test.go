package comparepage

import (
	"math"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"reachlab/app/metrics"
	"reachlab/app/text"
	"reachlab/app/ui/internal/uitest"
	"reachlab/app/ui/workspace"
)

// element returns the opening tag and the inner HTML of the first tag
// name element of html whose opening tag holds every attr (go-app writes
// attributes in no fixed order).
func element(html, name string, attrs ...string) (tag, inner string) {
	re := regexp.MustCompile(`<` + name + `\b[^>]*>`)
	for _, loc := range re.FindAllStringIndex(html, -1) {
		tag = html[loc[0]:loc[1]]
		ok := true
		for _, a := range attrs {
			ok = ok && strings.Contains(tag, a)
		}
		if !ok {
			continue
		}
		rest := html[loc[1]:]
		if end := strings.Index(rest, "</"+name+">"); end >= 0 {
			return tag, rest[:end]
		}
		return tag, rest
	}
	return "", ""
}

// plainText strips the tags of an HTML fragment and collapses the white space
// the renderer puts between elements.
func plainText(fragment string) string {
	s := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(fragment, "")
	return strings.TrimSpace(regexp.MustCompile(`[ \t\r\n]+`).ReplaceAllString(s, " "))
}

func TestSettingsFromTheURL(t *testing.T) {
	cases := []struct {
		name  string
		query string
		want  settings
	}{
		{"nothing", "", settings{}},
		{"a dataset", "dataset=case%3Atv-vs-brand", settings{Dataset: "case:tv-vs-brand"}},
		{"every setting", "dataset=x&kind=social&denominator=followers&basis=impressions&universe=60000000&cpm=12.5&ave=mentions&top=3",
			settings{Dataset: "x", Kind: metrics.KindSocial, Denominator: metrics.ByFollowers, Basis: metrics.BasisImpressions,
				Universe: 60_000_000, CPM: 12.5, AVEBasis: metrics.AVEByMentions, TopK: 3}},
		{"unknown values", "kind=tv&denominator=likes&basis=eyeballs&ave=grp", settings{}},
		{"numbers out of range", "universe=-5&cpm=NaN&top=0", settings{}},
		{"infinite", "universe=Inf&cpm=1e400&top=x", settings{}},
	}
	for _, c := range cases {
		q, err := url.ParseQuery(c.query)
		if err != nil {
			t.Fatal(err)
		}
		got := settingsFrom(q)
		if got != c.want {
			t.Errorf("%s: settingsFrom(%q) = %+v, want %+v", c.name, c.query, got, c.want)
		}
		// What the page writes back reads the same.
		if again := settingsFrom(got.query()); again != got {
			t.Errorf("%s: round trip gives %+v", c.name, again)
		}
	}
	if q := (settings{Dataset: "x"}).query().Encode(); q != "dataset=x" {
		t.Errorf("defaults are written to the URL: %s", q)
	}
}

func TestFileBase(t *testing.T) {
	cases := []struct {
		meta workspace.Meta
		want string
	}{
		{workspace.Meta{ID: "case:tv-vs-brand", Name: "One TV evening news against 48 brand posts", BuiltIn: true}, "reachlab-compare-tv-vs-brand"},
		{workspace.Meta{ID: "7f3c", Name: "Posts été 2026 (LinkedIn).csv"}, "reachlab-compare-posts-été-2026-linkedin"},
		{workspace.Meta{ID: "7f3c", Name: "two pages.csv"}, "reachlab-compare-two-pages"},
		{workspace.Meta{ID: "7f3c", Name: "../..//.csv"}, "reachlab-compare"},
	}
	for _, c := range cases {
		if got := fileBase(c.meta); got != c.want {
			t.Errorf("fileBase(%q) = %q, want %q", c.meta.Name, got, c.want)
		}
	}
}

func TestTableShowsMissingValuesWithTheirReason(t *testing.T) {
	html := uitest.Render(t, page(text.EN, builtInCase(t, settings{}), settings{}))
	if strings.Contains(html, "NaN") || strings.Contains(html, "Inf") {
		t.Error("a missing value reached the page as NaN or Inf")
	}
	// The TV programme has no interaction values: its engagement rate is
	// not available, with the reason, and carries no data-value.
	tag, inner := element(html, "td", `data-channel="TF1 20h"`, `data-metric="engagement_rate_reach"`)
	if got := plainText(inner); got != "not available — no interaction values" {
		t.Errorf("TF1 engagement rate cell = %q", got)
	}
	if strings.Contains(tag, "data-value") || !strings.Contains(tag, "missing") {
		t.Errorf("TF1 engagement rate tag = %s, want a missing cell without value", tag)
	}
	for _, id := range []string{"interactions", "reactions", "comments", "comments_to_reactions"} {
		if _, inner := element(html, "td", `data-channel="TF1 20h"`, `data-metric="`+id+`"`); !strings.HasPrefix(plainText(inner), "not available") {
			t.Errorf("TF1 %s = %q, want not available", id, plainText(inner))
		}
	}
	// The brand page's rate: 4,213 interactions ÷ 178,940 people reached
	// × 100 = 2.3544 %.
	tag, inner = element(html, "td", `data-channel="Brand page"`, `data-metric="engagement_rate_reach"`)
	if got := plainText(inner); got != "2.35%" {
		t.Errorf("Brand page engagement rate = %q, want 2.35%%", got)
	}
	if v := dataValue(t, tag); math.Abs(v-4213.0/178940*100) > 1e-9 {
		t.Errorf("Brand page data-value = %v, want %v", v, 4213.0/178940*100)
	}
	// The TV reach is 5,200,000 people, the brand page's median 2,910.
	if _, inner := element(html, "td", `data-channel="TF1 20h"`, `data-metric="reach"`); plainText(inner) != "5,200,000" {
		t.Errorf("TF1 reach = %q", plainText(inner))
	}
	if _, inner := element(html, "td", `data-channel="Brand page"`, `data-metric="median_reach"`); plainText(inner) != "2,910" {
		t.Errorf("Brand page median reach = %q", plainText(inner))
	}
	// Columns no channel has are listed with their reason, not shown
	// full of blanks.
	if _, inner := element(html, "li", `data-metric="cpm"`); plainText(inner) != "CPM (cost per thousand) — not available — no cost column" {
		t.Errorf("hidden CPM = %q", plainText(inner))
	}
	if tag, _ := element(html, "th", `data-key="cpm"`); tag != "" {
		t.Error("the CPM column is shown although no channel has a cost")
	}
	// Every shown header links to a definition on the page.
	for _, m := range regexp.MustCompile(`href="#(def-[a-z0-9_]+)"`).FindAllStringSubmatch(html, -1) {
		if !strings.Contains(html, `id="`+m[1]+`"`) {
			t.Errorf("link to #%s has no target", m[1])
		}
	}
	if tag, _ := element(html, "a", `href="#def-engagement_rate_reach"`, `aria-label="Definition of Engagement rate (reach) (%)"`); tag == "" {
		t.Error("the engagement rate header has no labelled link to its definition")
	}
}

func TestTableInFrench(t *testing.T) {
	html := uitest.Render(t, page(text.FR, builtInCase(t, settings{}), settings{}))
	if _, inner := element(html, "td", `data-channel="TF1 20h"`, `data-metric="engagement_rate_reach"`); plainText(inner) != "non disponible — aucune valeur d&#39;interactions" {
		t.Errorf("French missing cell = %q", plainText(inner))
	}
	if _, inner := element(html, "td", `data-channel="Brand page"`, `data-metric="engagement_rate_reach"`); plainText(inner) != "2,35\u00a0%" {
		t.Errorf("French rate = %q", plainText(inner))
	}
	if _, inner := element(html, "td", `data-channel="TF1 20h"`, `data-metric="reach"`); plainText(inner) != "5\u00a0200\u00a0000" {
		t.Errorf("French reach = %q", plainText(inner))
	}
}

func dataValue(t *testing.T, tag string) float64 {
	t.Helper()
	m := regexp.MustCompile(`data-value="([^"]*)"`).FindStringSubmatch(tag)
	if m == nil {
		t.Fatalf("no data-value in %s", tag)
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestSorting(t *testing.T) {
	r := twoPages(t, settings{})
	// A third channel without reach: its rate is missing and sorts last
	// both ways.
	p := page(text.EN, r, settings{})
	order := func(s sortOrder) string {
		var names []string
		for _, i := range s.rows(&r.rep) {
			names = append(names, r.rep.Channels[i].Channel)
		}
		return strings.Join(names, ",")
	}
	cases := []struct {
		s    sortOrder
		want string
	}{
		{sortOrder{}, "Page A,Page B"},
		{sortOrder{key: "engagement_rate_reach", desc: true}, "Page A,Page B"}, // 3.33 % then 1 %
		{sortOrder{key: "engagement_rate_reach"}, "Page B,Page A"},
		{sortOrder{key: "followers"}, "Page B,Page A"},
		{sortOrder{key: keyChannel, desc: true}, "Page B,Page A"},
	}
	for _, c := range cases {
		if got := order(c.s); got != c.want {
			t.Errorf("order %+v = %s, want %s", c.s, got, c.want)
		}
	}

	// Clicking: figures largest first, names A to Z, a second click turns.
	s := sortOrder{}.next("reach")
	if s != (sortOrder{key: "reach", desc: true}) || s.next("reach") != (sortOrder{key: "reach"}) || s.next(keyChannel) != (sortOrder{key: keyChannel}) {
		t.Errorf("next: %+v, %+v, %+v", s, s.next("reach"), s.next(keyChannel))
	}

	p.sort = sortOrder{key: "engagement_rate_reach"}
	html := uitest.Render(t, p)
	if tag, _ := element(html, "th", `data-key="engagement_rate_reach"`); !strings.Contains(tag, `aria-sort="ascending"`) {
		t.Errorf("sorted header = %s, want aria-sort ascending", tag)
	}
	if tag, _ := element(html, "th", `data-key="reach"`); strings.Contains(tag, "aria-sort") {
		t.Errorf("unsorted header = %s carries aria-sort", tag)
	}
	if tag, _ := element(html, "button", `id="sort-engagement_rate_reach"`); !strings.Contains(tag, `type="button"`) {
		t.Errorf("sort control = %s, want a button", tag)
	}
	_, body := element(html, "tbody")
	if a, b := strings.Index(body, `data-channel="Page A"`), strings.Index(body, `data-channel="Page B"`); a < 0 || b < 0 || b > a {
		t.Errorf("Page B (1%%) is not before Page A (3.33%%) in ascending order")
	}
}

func TestMissingValuesSortLast(t *testing.T) {
	r := builtInCase(t, settings{})
	for _, desc := range []bool{false, true} {
		rows := sortOrder{key: "engagement_rate_reach", desc: desc}.rows(&r.rep)
		if last := r.rep.Channels[rows[len(rows)-1]].Channel; last != "TF1 20h" {
			t.Errorf("desc=%v: last row is %s, want TF1 20h (no rate)", desc, last)
		}
	}
}

// The three engagement rates of the two pages, by hand:
//
//	by reach:       A 200 ÷ 6,000 × 100 = 3.333 %   B 20 ÷ 2,000 × 100 = 1 %
//	by impressions: A 200 ÷ 8,000 × 100 = 2.5 %     B 20 ÷ 2,500 × 100 = 0.8 %
//	by followers:   A (200 ÷ 3) ÷ 10,000 × 100 = 0.6667 %
//	                B (20 ÷ 2) ÷ 2,000 × 100 = 0.5 %
func TestDenominatorNamesItselfAndChangesTheRate(t *testing.T) {
	cases := []struct {
		d            metrics.Denominator
		id, header   string
		formula      string
		a, b         float64
		aText, bText string
	}{
		{metrics.ByReach, "engagement_rate_reach", "Engagement rate (reach) (%)", "interactions ÷ reach × 100", 200.0 / 6000 * 100, 1, "3.33%", "1%"},
		{metrics.ByImpressions, "engagement_rate_impressions", "Engagement rate (impressions) (%)", "interactions ÷ impressions × 100", 2.5, 0.8, "2.5%", "0.8%"},
		{metrics.ByFollowers, "engagement_rate_followers", "Engagement rate (followers) (%)", "interactions per message ÷ followers × 100", 200.0 / 3 / 10000 * 100, 0.5, "0.667%", "0.5%"},
	}
	for _, c := range cases {
		s := settings{Denominator: c.d}
		r := twoPages(t, s)
		html := uitest.Render(t, page(text.EN, r, s))
		_, th := element(html, "th", `data-key="`+c.id+`"`)
		if got := plainText(th); !strings.HasPrefix(got, c.header) {
			t.Errorf("%s: header = %q, want %q", c.d, got, c.header)
		}
		for _, other := range denominators {
			if id := other.Metric().ID; id != c.id && strings.Contains(html, `data-key="`+id+`"`) {
				t.Errorf("%s: the table also shows %s", c.d, id)
			}
		}
		if _, note := element(html, "p", `id="channels-note"`); !strings.Contains(plainText(note), c.formula) {
			t.Errorf("%s: the note does not give the formula: %q", c.d, plainText(note))
		}
		for _, ch := range []struct {
			name string
			want float64
			text string
		}{{"Page A", c.a, c.aText}, {"Page B", c.b, c.bText}} {
			tag, inner := element(html, "td", `data-channel="`+ch.name+`"`, `data-metric="`+c.id+`"`)
			if plainText(inner) != ch.text || math.Abs(dataValue(t, tag)-ch.want) > 1e-9 {
				t.Errorf("%s: %s = %q (%s), want %s (%v)", c.d, ch.name, plainText(inner), tag, ch.text, ch.want)
			}
		}
		// The bar chart's axis names the denominator.
		fig := rateFigure(text.EN, &r.rep, "x")
		if !strings.Contains(fig.option.Option, `"name":"`+strings.TrimSuffix(c.header, " (%)")+` = `+c.formula+` (%)"`) {
			t.Errorf("%s: the axis does not name the denominator: %s", c.d, fig.option.Option)
		}
	}
}

func TestReadingsOfTheBuiltInCase(t *testing.T) {
	r := builtInCase(t, settings{})
	// By hand: the 48 posts' median reach is (2,740 + 3,080) ÷ 2 = 2,910;
	// 5,200,000 ÷ 2,910 = 1,786.94, so 1,787 posts reach at least as many
	// people as one TV message. The posts' 4,213 interactions would need
	// 4,213 ÷ 5,200,000 × 100 = 0.081 % from the TV message.
	en := uitest.Render(t, page(text.EN, r, settings{}))
	for _, want := range []string{
		"One TF1 20h message reached as many people as 1,787 posts at the median reach of this data&#39;s social posts (5,200,000 ÷ 2,910 = 1,786.9).",
		"To gather the 4,213 interactions of all social channels, one TF1 20h message would need an engagement rate of 0.081% (4,213 ÷ 5,200,000 × 100).",
	} {
		if !strings.Contains(en, want) {
			t.Errorf("English page lacks %q", want)
		}
	}
	// The first sentence is also the signature chart's reading.
	if _, cap := element(en, "figcaption", `id="compare-signature-reading"`); !strings.Contains(cap, "1,787 posts") {
		t.Errorf("signature reading = %q", cap)
	}
	fr := uitest.Render(t, page(text.FR, r, settings{}))
	for _, want := range []string{
		"Un message de TF1 20h a touché autant de personnes que 1\u00a0787 publications à la portée médiane des publications sociales de ces données (5\u00a0200\u00a0000 ÷ 2\u00a0910 = 1\u00a0786,9).",
		"un message de TF1 20h devrait atteindre un taux d&#39;engagement de 0,081\u00a0%",
	} {
		if !strings.Contains(fr, want) {
			t.Errorf("French page lacks %q", want)
		}
	}
	// The equivalence table gives the same figures, with their definitions.
	if _, inner := element(en, "td", `data-channel="TF1 20h"`, `data-metric="posts_per_mass_message"`); plainText(inner) != "1,787" {
		t.Errorf("posts per mass message cell = %q", plainText(inner))
	}
	if _, inner := element(en, "td", `data-channel="TF1 20h"`, `data-metric="median_social_audience"`); plainText(inner) != "2,910" {
		t.Errorf("median social audience cell = %q", plainText(inner))
	}
}

func TestReadingsOfEveryCode(t *testing.T) {
	cases := []struct {
		r    metrics.Reading
		want string
	}{
		{metrics.Reading{Code: metrics.OneMassMessageEqualsPosts, Channel: "TV", Basis: metrics.BasisImpressions, Audience: 6e6, MedianAudience: 1500.5, Ratio: 3998.667, Posts: 3999},
			"One TV message was shown as many times as 3,999 posts at the median impressions of this data's social posts (6,000,000 ÷ 1,500.5 = 3,998.7)."},
		{metrics.Reading{Code: metrics.ConversationNotAudience, Channel: "LinkedIn", Comments: 22, Reactions: 39, Ratio: 22.0 / 39},
			"LinkedIn: 22 comments for 39 reactions, 0.564 per reaction: a conversation, not an audience."},
		{metrics.Reading{Code: metrics.CommentsUnanswered, Channel: "LinkedIn", Comments: 22, Replies: 0, Unanswered: 22, Rate: 0},
			"LinkedIn: the brand answered 0 of 22 comments (response rate 0%); 22 were left unanswered."},
		{metrics.Reading{Code: metrics.AudienceFragmented, Channel: "TF1", Channels: 19, HHI: 1100.4, EffectiveChannels: 9.09, TopK: 4, TopShare: 41.26},
			"The audience is spread over 19 channels: Herfindahl–Hirschman index 1,100 points, as if 9.09 channels of equal size shared it; the 4 largest hold 41.3% (largest: TF1)."},
	}
	for _, c := range cases {
		if got := readingText(text.EN, c.r); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.r.Code, got, c.want)
		}
	}
}

func TestEveryTextIsInTheCatalog(t *testing.T) {
	for _, l := range text.Langs {
		for name, r := range map[string]*result{"case": builtInCase(t, settings{}), "pages": twoPages(t, settings{CPM: 5}), "many": manyPosts(t, 60)} {
			html := uitest.Render(t, page(l, r, settings{}))
			if k := regexp.MustCompile(`\bcompare\.[a-z.]+`).FindString(html); k != "" {
				t.Errorf("%s, %s: key %s shown instead of its text", l, name, k)
			}
			if strings.Contains(html, "%!") {
				t.Errorf("%s, %s: a message got the wrong arguments", l, name)
			}
		}
	}
}

func TestStatusSaysWhatWasComputed(t *testing.T) {
	html := uitest.Render(t, page(text.EN, builtInCase(t, settings{}), settings{}))
	if _, st := element(html, "div", `id="compare-status"`); plainText(st) != "One TV evening news against 48 brand posts — messages: 49, channels: 2." {
		t.Errorf("status = %q", plainText(st))
	}
	p := page(text.FR, builtInCase(t, settings{}), settings{})
	p.busy = "posts.csv"
	if _, st := element(uitest.Render(t, p), "div", `id="compare-status"`); plainText(st) != "Lecture et calcul de posts.csv…" {
		t.Errorf("busy status = %q", plainText(st))
	}
}

func TestUniverseEnablesBroadcastFigures(t *testing.T) {
	// Without a universe, reach %, GRP and frequency are left out, with
	// the reason.
	html := uitest.Render(t, page(text.EN, twoPages(t, settings{}), settings{}))
	if _, li := element(html, "li", `data-metric="grp"`); plainText(li) != "GRP — not available — universe size (target population) not given" {
		t.Errorf("GRP without a universe = %q", plainText(li))
	}
	// A universe of 100,000 people, Page A: its most-seen post reached
	// 3,000 of them (3 %), its 8,000 impressions are 8 GRP, and 8 ÷ 3 =
	// 2.67 contacts per person reached.
	s := settings{Universe: 100_000}
	html = uitest.Render(t, page(text.EN, twoPages(t, s), s))
	for _, c := range []struct{ metric, want string }{
		{"reach_percent", "3%"}, {"grp", "8"}, {"frequency", "2.67"},
	} {
		if _, inner := element(html, "td", `data-channel="Page A"`, `data-metric="`+c.metric+`"`); plainText(inner) != c.want {
			t.Errorf("Page A %s = %q, want %s", c.metric, plainText(inner), c.want)
		}
	}
	if tag, _ := element(html, "input", `id="universe-input"`); !strings.Contains(tag, `value="100000"`) {
		t.Errorf("universe input = %s", tag)
	}
}
