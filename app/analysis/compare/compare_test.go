package compare

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"reachlab/app/data/roles"
	"reachlab/app/metrics"
	"reachlab/app/text"
	"reachlab/app/view"
)

func TestFileBase(t *testing.T) {
	cases := []struct{ id, name, want string }{
		{"case:tv-vs-brand", "One TV evening news against 48 brand posts", "reachlab-compare-tv-vs-brand"},
		{"7f3c", "Posts été 2026 (LinkedIn).csv", "reachlab-compare-posts-été-2026-linkedin"},
		{"7f3c", "two pages.csv", "reachlab-compare-two-pages"},
		{"7f3c", "../..//.csv", "reachlab-compare"},
	}
	for _, c := range cases {
		if got := fileBase(c.id, c.name); got != c.want {
			t.Errorf("fileBase(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestTableShowsMissingValuesWithTheirReason(t *testing.T) {
	v := analyze(tvCase(t), view.CompareSettings{}, text.EN)
	b, _ := json.Marshal(v)
	if strings.Contains(string(b), "NaN") || strings.Contains(string(b), "Inf") {
		t.Error("a missing value reached the page as NaN or Inf")
	}
	// The TV programme has no interaction values: its engagement rate is
	// not available, a short mark with the reason, and no value.
	c := cell(t, v.Channels, "TF1 20h", "engagement_rate_reach")
	if c.Text != "n/a" || c.Missing != "not available — no interaction values" || c.Known {
		t.Errorf("TF1 engagement rate cell = %+v", c)
	}
	for _, id := range []string{"interactions", "reactions", "comments", "comments_to_reactions"} {
		if c := cell(t, v.Channels, "TF1 20h", id); !strings.HasPrefix(c.Missing, "not available") {
			t.Errorf("TF1 %s = %+v, want not available", id, c)
		}
	}
	// The brand page's rate: 4,213 interactions ÷ 178,940 people reached
	// × 100 = 2.3544 %.
	c = cell(t, v.Channels, "Brand page", "engagement_rate_reach")
	if c.Text != "2.35%" || math.Abs(c.Value-4213.0/178940*100) > 1e-9 {
		t.Errorf("Brand page engagement rate = %+v", c)
	}
	// The TV reach is 5,200,000 people, the brand page's median 2,910.
	if c := cell(t, v.Channels, "TF1 20h", "reach"); c.Text != "5,200,000" {
		t.Errorf("TF1 reach = %q", c.Text)
	}
	if c := cell(t, v.Channels, "Brand page", "median_reach"); c.Text != "2,910" {
		t.Errorf("Brand page median reach = %q", c.Text)
	}
	// Columns no channel has are listed with their reason, not shown full
	// of blanks.
	var cpm *view.HiddenMetric
	for i := range v.Hidden {
		if v.Hidden[i].ID == "cpm" {
			cpm = &v.Hidden[i]
		}
	}
	if cpm == nil || cpm.Name+" — "+cpm.Why != "CPM (cost per thousand) — not available — no cost column" {
		t.Errorf("hidden CPM = %+v", cpm)
	}
	if hasColumn(v.Channels, "cpm") {
		t.Error("the CPM column is shown although no channel has a cost")
	}
	// Every column that names a definition has it on the page.
	defs := map[string]bool{}
	for _, d := range v.Definitions {
		defs[d.ID] = true
	}
	for _, c := range v.Channels.Columns {
		if c.Def != "" && !defs[c.Def] {
			t.Errorf("column %s links to a missing definition", c.Key)
		}
	}
}

func TestTableInFrench(t *testing.T) {
	v := analyze(tvCase(t), view.CompareSettings{}, text.FR)
	if c := cell(t, v.Channels, "TF1 20h", "engagement_rate_reach"); c.Text != "n.d." || c.Missing != "non disponible — aucune valeur d'interactions" {
		t.Errorf("French missing cell = %+v", c)
	}
	if c := cell(t, v.Channels, "Brand page", "engagement_rate_reach"); c.Text != "2,35\u00a0%" {
		t.Errorf("French rate = %q", c.Text)
	}
	if c := cell(t, v.Channels, "TF1 20h", "reach"); c.Text != "5\u00a0200\u00a0000" {
		t.Errorf("French reach = %q", c.Text)
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
		v := analyze(twoPages(t), view.CompareSettings{Denominator: string(c.d)}, text.EN)
		var header string
		for _, col := range v.Channels.Columns {
			if col.Key == c.id {
				header = col.Name
			}
		}
		if header != c.header {
			t.Errorf("%s: header = %q, want %q", c.d, header, c.header)
		}
		for _, other := range denominators {
			if id := other.Metric().ID; id != c.id && hasColumn(v.Channels, id) {
				t.Errorf("%s: the table also shows %s", c.d, id)
			}
		}
		if !strings.Contains(v.ChannelsNote, c.formula) {
			t.Errorf("%s: the note does not give the formula: %q", c.d, v.ChannelsNote)
		}
		for _, ch := range []struct {
			name string
			want float64
			text string
		}{{"Page A", c.a, c.aText}, {"Page B", c.b, c.bText}} {
			if got := cell(t, v.Channels, ch.name, c.id); got.Text != ch.text || math.Abs(got.Value-ch.want) > 1e-9 {
				t.Errorf("%s: %s = %+v, want %s (%v)", c.d, ch.name, got, ch.text, ch.want)
			}
		}
		// The bar chart's axis names the denominator.
		if fig := chart(t, v, ChartRate); !strings.Contains(fig.Option, `"name":"`+strings.TrimSuffix(c.header, " (%)")+` = `+c.formula+` (%)"`) {
			t.Errorf("%s: the axis does not name the denominator: %s", c.d, fig.Option)
		}
		if v.Settings.Denominator != string(c.d) {
			t.Errorf("settings used = %+v", v.Settings)
		}
	}
}

func TestUnknownSettingsFallBackToTheDefaults(t *testing.T) {
	v := analyze(twoPages(t), view.CompareSettings{Kind: "tv", Denominator: "likes", Basis: "eyeballs", AVEBasis: "grp"}, text.EN)
	if v.Settings.Kind != "" || v.Settings.Denominator != "reach" || v.Settings.Basis != "reach" || v.Settings.AVEBasis != "" {
		t.Errorf("settings used = %+v", v.Settings)
	}
	for _, c := range v.Choices.Denominators {
		if c.Selected != (c.Value == "reach") {
			t.Errorf("denominator choice %+v", c)
		}
	}
}

func TestReadingsOfTheBuiltInCase(t *testing.T) {
	// By hand: the 48 posts' median reach is (2,740 + 3,080) ÷ 2 = 2,910;
	// 5,200,000 ÷ 2,910 = 1,786.94, so 1,787 posts reach at least as many
	// people as one TV message. The posts' 4,213 interactions would need
	// 4,213 ÷ 5,200,000 × 100 = 0.081 % from the TV message.
	en := analyze(tvCase(t), view.CompareSettings{}, text.EN)
	all := strings.Join(en.Readings, "\n")
	for _, want := range []string{
		"One TF1 20h message reached as many people as 1,787 posts at the median reach of this data's social posts (5,200,000 ÷ 2,910 = 1,786.9).",
		"To gather the 4,213 interactions of all social channels, one TF1 20h message would need an engagement rate of 0.081% (4,213 ÷ 5,200,000 × 100).",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("English readings lack %q", want)
		}
	}
	// The first sentence is also the signature chart's reading.
	if r := chart(t, en, ChartSignature).Reading; !strings.Contains(r, "1,787 posts") {
		t.Errorf("signature reading = %q", r)
	}
	fr := strings.Join(analyze(tvCase(t), view.CompareSettings{}, text.FR).Readings, "\n")
	for _, want := range []string{
		"Un message de TF1 20h a touché autant de personnes que 1\u00a0787 publications à la portée médiane des publications sociales de ces données (5\u00a0200\u00a0000 ÷ 2\u00a0910 = 1\u00a0786,9).",
		"un message de TF1 20h devrait atteindre un taux d'engagement de 0,081\u00a0%",
	} {
		if !strings.Contains(fr, want) {
			t.Errorf("French readings lack %q", want)
		}
	}
	// The equivalence table gives the same figures, with their definitions.
	if en.Equivalences == nil {
		t.Fatal("no equivalences")
	}
	if c := cell(t, *en.Equivalences, "TF1 20h", "posts_per_mass_message"); c.Text != "1,787" {
		t.Errorf("posts per mass message cell = %q", c.Text)
	}
	if c := cell(t, *en.Equivalences, "TF1 20h", "median_social_audience"); c.Text != "2,910" {
		t.Errorf("median social audience cell = %q", c.Text)
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
		for name, v := range map[string]view.Compare{
			"case":  analyze(tvCase(t), view.CompareSettings{}, l),
			"pages": analyze(twoPages(t), view.CompareSettings{CPM: 5}, l),
			"many":  analyze(manyPosts(t, 60), view.CompareSettings{}, l),
		} {
			b, _ := json.Marshal(v)
			s := string(b)
			if i := strings.Index(s, `"compare.`); i >= 0 {
				t.Errorf("%s, %s: a key shown instead of its text: %s", l, name, s[i:min(len(s), i+40)])
			}
			if strings.Contains(s, "%!") {
				t.Errorf("%s, %s: a message got the wrong arguments", l, name)
			}
		}
	}
}

func TestStatusSaysWhatWasComputed(t *testing.T) {
	if got := analyze(tvCase(t), view.CompareSettings{}, text.EN).Status; got != "One TV evening news against 48 brand posts — messages: 49, channels: 2." {
		t.Errorf("status = %q", got)
	}
}

func TestUniverseEnablesBroadcastFigures(t *testing.T) {
	// Without a universe, reach %, GRP and frequency are left out, with
	// the reason.
	v := analyze(twoPages(t), view.CompareSettings{}, text.EN)
	found := false
	for _, h := range v.Hidden {
		if h.ID == "grp" {
			found = h.Name+" — "+h.Why == "GRP — not available — universe size (target population) not given"
		}
	}
	if !found {
		t.Errorf("GRP without a universe: %+v", v.Hidden)
	}
	// A universe of 100,000 people, Page A: its most-seen post reached
	// 3,000 of them (3 %), its 8,000 impressions are 8 GRP, and 8 ÷ 3 =
	// 2.67 contacts per person reached.
	v = analyze(twoPages(t), view.CompareSettings{Universe: 100_000}, text.EN)
	for _, c := range []struct{ metric, want string }{
		{"reach_percent", "3%"}, {"grp", "8"}, {"frequency", "2.67"},
	} {
		if got := cell(t, v.Channels, "Page A", c.metric); got.Text != c.want {
			t.Errorf("Page A %s = %q, want %s", c.metric, got.Text, c.want)
		}
	}
	if v.Settings.Universe != 100_000 {
		t.Errorf("universe used = %v", v.Settings.Universe)
	}
}

func TestDefinitionsListEveryMetric(t *testing.T) {
	defs := analyze(twoPages(t), view.CompareSettings{}, text.FR).Definitions
	if len(defs) != len(metrics.All()) {
		t.Fatalf("%d definitions for %d metrics", len(defs), len(metrics.All()))
	}
	for _, d := range defs {
		if d.Name == "" || d.Formula == "" || d.Definition == "" || d.Unit == "" {
			t.Errorf("incomplete definition %+v", d)
		}
	}
}

func TestChartsOfTheBuiltInCase(t *testing.T) {
	v := analyze(tvCase(t), view.CompareSettings{}, text.EN)
	for _, id := range []string{ChartSignature, ChartRate, ChartInteractions, ChartTimeline} {
		if c := chart(t, v, id); c.Option == "" || c.Alt == "" || c.FileName == "" {
			t.Errorf("%s = %+v, want an option, a text alternative and a file name", id, c)
		}
	}
	sig := chart(t, v, ChartSignature)
	if sig.FileName != "reachlab-compare-tv-vs-brand-signature" {
		t.Errorf("signature file = %q", sig.FileName)
	}
	// The brand page: 48 messages, 178,940 ÷ 48 = 3,727.9 people each,
	// 4,213 interactions; TF1: one message, 5,200,000 people.
	for _, want := range []string{
		"TF1 20h (Mass medium): messages 1, per message 5,200,000, interactions not available — no interaction values",
		"Brand page (Social medium): messages 48, per message 3,728, interactions 4,213",
	} {
		if !strings.Contains(sig.Alt, want) {
			t.Errorf("signature alt lacks %q:\n%s", want, sig.Alt)
		}
	}
	var opt struct {
		XAxis []struct{ Type, Name string } `json:"xAxis"`
		YAxis []struct{ Type, Name string } `json:"yAxis"`
	}
	if err := json.Unmarshal([]byte(sig.Option), &opt); err != nil {
		t.Fatal(err)
	}
	if opt.XAxis[0].Type != "log" || opt.YAxis[0].Type != "log" || opt.YAxis[0].Name != "Reach per message (log scale)" {
		t.Errorf("signature axes = %+v %+v", opt.XAxis, opt.YAxis)
	}
	// 4,213 interactions ÷ 48 messages = 87.77.
	if r := chart(t, v, ChartInteractions).Reading; r != "Interactions per message — Brand page: 87.8. Not available for TF1 20h (no interaction values)." {
		t.Errorf("interactions reading = %q", r)
	}
	// Posts run from Monday 2 March to Friday 19 June 2026: weeks from
	// 2 March to 15 June. The week of 30 March (posts 13 to 15: 1,750 +
	// 5,000 + 15,800) has the most reach: 22,550. TF1's message has no
	// date.
	tl := chart(t, v, ChartTimeline)
	want := "Dated messages: 48, from 2026-03-02 to 2026-06-15. Largest in one week (reach): 2026-03-30, 22,550 (Brand page). Messages without a usable date, left out: 1."
	if tl.Reading != want {
		t.Errorf("timeline reading:\n got %q\nwant %q", tl.Reading, want)
	}
	if !strings.Contains(tl.Option, `"dataZoom"`) {
		t.Error("the timeline has no data zoom")
	}
	if strings.Contains(tl.Option, "TF1 20h") || strings.Contains(tl.Alt, "TF1 20h") || !strings.HasSuffix(tl.Alt, "for Brand page.") {
		t.Errorf("the timeline draws a channel without dated messages:\n%s", tl.Alt)
	}
}

func TestSignatureReadingWithoutMassMedia(t *testing.T) {
	// Page A: 6,000 ÷ 3 = 2,000 people per message over 3 messages; Page
	// B: 2,000 ÷ 2 = 1,000 over 2.
	v := analyze(twoPages(t), view.CompareSettings{}, text.EN)
	want := "Largest audience per message: Page A (2,000 per message; messages: 3). Most messages: Page A (messages: 3; 2,000 per message)."
	if got := chart(t, v, ChartSignature).Reading; got != want {
		t.Errorf("reading:\n got %q\nwant %q", got, want)
	}
	if v.Equivalences != nil || !strings.Contains(v.NoEquivalence, "No equivalence: no mass-medium channel.") {
		t.Errorf("equivalences = %q", v.NoEquivalence)
	}
}

func TestNoTimelineSaysWhy(t *testing.T) {
	v := analyze(manyPosts(t, 3), view.CompareSettings{}, text.EN) // no date column
	if v.NoTimeline != "No chart over time: no date column." {
		t.Errorf("timeline note = %q", v.NoTimeline)
	}
	for _, c := range v.Charts {
		if c.ID == ChartTimeline {
			t.Error("an empty timeline chart is drawn")
		}
	}
}

func TestNoRolesSaysSo(t *testing.T) {
	if v := analyze(twoPages(t), view.CompareSettings{}, text.EN); v.NoRoles != "" {
		t.Errorf("roles are set, yet: %q", v.NoRoles)
	}
	// Without roles the rows are one channel named after the dataset, of
	// the kind the user chose, with nothing but a count of messages.
	ds := csvDataset(t, "bare", "bare.csv", twoPagesCSV, nil, "")
	v := analyze(ds, view.CompareSettings{Kind: "social"}, text.EN)
	if !strings.Contains(v.NoRoles, "No column of bare.csv has a role yet") || len(v.Channels.Rows) != 1 || v.Channels.Rows[0].ID != "bare.csv" {
		t.Errorf("no roles: %q, rows %+v", v.NoRoles, v.Channels.Rows)
	}
	if c := cell(t, v.Channels, "bare.csv", "messages"); c.Text != "5" {
		t.Errorf("messages of a table without roles = %+v", c)
	}
}

func TestMessagePages(t *testing.T) {
	ds := manyPosts(t, 120)
	if m := analyze(ds, view.CompareSettings{}, text.EN).Messages; m.Channel != "TV" || len(m.Channels) != 2 {
		t.Fatalf("message list opens on %q, want the first channel", m.Channel)
	}
	cases := []struct {
		page      int
		rangeText string
		first     string
		rows      int
	}{
		{0, "Messages 1 to 50 of 120", "p001", 50},
		{1, "Messages 51 to 100 of 120", "p051", 50},
		{2, "Messages 101 to 120 of 120", "p101", 20},
		{9, "Messages 101 to 120 of 120", "p101", 20}, // past the end: the last page
	}
	for _, c := range cases {
		m := analyze(ds, view.CompareSettings{Channel: "Page", Page: c.page}, text.EN).Messages
		if m.Range != c.rangeText || len(m.Table.Rows) != c.rows || m.Table.Rows[0].Cells[0].Text != c.first || m.Pages != 3 {
			t.Errorf("page %d: %q, %d rows from %q, %d pages", c.page, m.Range, len(m.Table.Rows), m.Table.Rows[0].Cells[0].Text, m.Pages)
		}
	}
	// The 51st message reaches 150 people with 50 mod 7 = 1 like:
	// 1 ÷ 150 × 100 = 0.667 %.
	m := analyze(ds, view.CompareSettings{Channel: "Page", Page: 1}, text.EN).Messages
	var texts []string
	for _, c := range m.Table.Rows[0].Cells {
		texts = append(texts, c.Text)
	}
	if got := strings.Join(texts, " "); !strings.HasPrefix(got, "p051  150 1 0.667%") || m.Table.Rows[0].ID != "51" {
		t.Errorf("row of p051 = %q (id %s)", got, m.Table.Rows[0].ID)
	}
	if m := analyze(ds, view.CompareSettings{Channel: "Gone", Page: 3}, text.EN).Messages; m.Channel != "TV" || m.Page != 0 {
		t.Errorf("unknown channel: %+v", m)
	}
}

func TestMessagesShowTheirText(t *testing.T) {
	long := strings.Repeat("Un long texte de publication ", 6)
	csv := "id,channel,date,text,reach\np1,Page,2026-03-02,\"" + long + "\",100\np2,Page,2026-03-03,,200\n,Page,2026-03-04,,300\n"
	ds := csvDataset(t, "x", "x.csv", csv, map[string]roles.Role{"id": roles.Message, "channel": roles.Channel, "date": roles.Date, "text": roles.Text, "reach": roles.Reach}, "social")
	rows := analyze(ds, view.CompareSettings{}, text.FR).Messages.Table.Rows
	if c := rows[0].Cells[0]; !strings.HasSuffix(c.Text, "…") || len([]rune(c.Text)) > messageTextLength || c.Title != long+" (p1)" {
		t.Errorf("a long text = %+v", c)
	}
	if rows[0].Cells[1].Text != "2026-03-02" {
		t.Errorf("date = %q", rows[0].Cells[1].Text)
	}
	if c := rows[1].Cells[0]; c.Text != "p2" {
		t.Errorf("a message without text = %+v", c)
	}
	if c := rows[2].Cells[0]; c.Text != "#3" {
		t.Errorf("a message without text or id = %+v", c)
	}
}

func TestChannelsCSVFollowsTheUILanguage(t *testing.T) {
	en := analyze(twoPages(t), view.CompareSettings{}, text.EN)
	fr := analyze(twoPages(t), view.CompareSettings{}, text.FR)
	if en.CSVName != "reachlab-compare-two-pages-channels.csv" {
		t.Errorf("CSV name = %q", en.CSVName)
	}
	if !strings.Contains(en.CSV, ",") || !strings.Contains(fr.CSV, ";") || !strings.Contains(fr.CSV, "3,33") {
		t.Errorf("CSV:\n%s\n%s", en.CSV, fr.CSV)
	}
}

// TestConversationFigure draws lesson 3's figure on the sponsored-post case:
// 22 comments on the sponsored post, none answered; 20 comments on 8 organic
// posts (2.5 each), 16 answered (80 %).
func TestConversationFigure(t *testing.T) {
	ds := builtIn(t, "case:linkedin-sponsored")
	for _, tc := range []struct {
		l                  text.Lang
		reading, sponsored string
	}{
		{text.EN, "Conversation rate — highest: LinkedIn sponsored (22); lowest: LinkedIn organic (2.5). Response rate (brand replies ÷ comments × 100): LinkedIn sponsored 0%; LinkedIn organic 80%.", "Response rate: 0%"},
		{text.FR, "LinkedIn organic 80\u00a0%", "Taux de réponse : 0\u00a0%"},
	} {
		c := DrawFigure(ds, view.CompareSettings{}, FigureConversation, tc.l)
		if !strings.Contains(c.Reading, tc.reading) {
			t.Errorf("%s reading = %q, want %q in it", tc.l, c.Reading, tc.reading)
		}
		if !strings.Contains(c.Option, `"formatter":"`+tc.sponsored+`"`) {
			t.Errorf("%s: no note %q above the sponsored bar:\n%s", tc.l, tc.sponsored, c.Option)
		}
	}
}
