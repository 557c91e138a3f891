package cases_test

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"reachlab/app/cases"
	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/shell"
)

func TestLessons(t *testing.T) {
	lessons := cases.Lessons()
	if len(lessons) != 7 {
		t.Fatalf("%d lessons, want 7", len(lessons))
	}
	urlSafe := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	var routes []string
	for _, p := range shell.Pages {
		routes = append(routes, p.Path)
	}
	ids := map[string]bool{}
	for _, l := range lessons {
		if !urlSafe.MatchString(l.ID) || ids[l.ID] {
			t.Errorf("lesson id %q is not URL-safe or not unique", l.ID)
		}
		ids[l.ID] = true
		if got, ok := cases.LessonByID(l.ID); !ok || got.ID != l.ID {
			t.Errorf("LessonByID(%q) = %q, %v", l.ID, got.ID, ok)
		}
		bothLanguages(t, l.ID+" title", l.Title)

		// Steps: every kind, in order, exactly one chart.
		charts, last := 0, -1
		seen := map[cases.StepKind]bool{}
		for i, s := range l.Steps {
			bothLanguages(t, fmt.Sprintf("%s step %d", l.ID, i+1), s.Text)
			k := slices.Index(cases.StepKinds, s.Kind)
			if k < last {
				t.Errorf("%s: step %d (%s) is out of order", l.ID, i+1, s.Kind)
			}
			last = k
			seen[s.Kind] = true
			if s.Kind == cases.StepChart {
				charts++
				if !slices.Contains(cases.Charts, s.Chart) {
					t.Errorf("%s: unknown chart %q", l.ID, s.Chart)
				}
			} else if s.Chart != "" {
				t.Errorf("%s: a %s step names a chart", l.ID, s.Kind)
			}
		}
		if charts != 1 || len(seen) != len(cases.StepKinds) {
			t.Errorf("%s: %d chart steps, kinds %v; want one chart and every kind", l.ID, charts, seen)
		}

		// The link opens a page of the workbench, on the lesson's case.
		if !slices.Contains(routes, l.Open.Route) {
			t.Errorf("%s: opens %q, not a page", l.ID, l.Open.Route)
		}
		if l.CaseID != "" {
			c, ok := cases.ByID(l.CaseID)
			if !ok {
				t.Errorf("%s: unknown case %q", l.ID, l.CaseID)
				continue
			}
			if got := l.Open.Query.Get("dataset"); got != "case:"+l.CaseID {
				t.Errorf("%s: opens dataset %q, want case:%s", l.ID, got, l.CaseID)
			}
			header, _, _ := strings.Cut(string(c.CSV()), "\n")
			if col := l.Open.Query.Get("column"); col != "" && !slices.Contains(strings.Split(header, ","), col) {
				t.Errorf("%s: opens column %q, not in %q", l.ID, col, header)
			}
			cited := map[string]bool{}
			for _, s := range l.Sources {
				cited[s.ID] = true
			}
			for _, s := range c.Sources {
				if !cited[s.ID] {
					t.Errorf("%s: shows case %s but does not cite its source %s", l.ID, c.ID, s.ID)
				}
			}
		}
		if len(l.Sources) == 0 {
			t.Errorf("%s: no source", l.ID)
		}
		for _, s := range l.Sources {
			bothLanguages(t, l.ID+" source "+s.ID, s.Label)
		}
	}
	if _, ok := cases.LessonByID("no-such-lesson"); ok {
		t.Error("LessonByID found a lesson that does not exist")
	}
}

// bothLanguages checks that a text exists in every language, and that the
// French one keeps numbers and percentages together with no-break spaces.
func bothLanguages(t *testing.T, what string, s text.Text) {
	t.Helper()
	for _, l := range text.Langs {
		if strings.TrimSpace(s.In(l)) == "" {
			t.Errorf("%s: no %s text", what, l)
		}
	}
	if breakable := regexp.MustCompile(`\d %|\d \d{3}\b`); breakable.MatchString(s.FR) {
		t.Errorf("%s: French number with a breakable space: %q", what, breakable.FindString(s.FR))
	}
}

func TestLink(t *testing.T) {
	l, _ := cases.LessonByID("mass-vs-social")
	if got := l.Open.String(); got != "/compare?dataset=case%3Atv-vs-brand" {
		t.Errorf("link = %q", got)
	}
	plan, _ := cases.LessonByID("findings-to-plan")
	if got := plan.Open.String(); got != "/plan?template=three_phases" {
		t.Errorf("plan link = %q", got)
	}
	if got := (cases.Link{Route: "/data"}).String(); got != "/data" {
		t.Errorf("link without query = %q", got)
	}
}

// reading returns a lesson's text of the given kind in both languages.
func reading(t *testing.T, id string, kind cases.StepKind) text.Text {
	t.Helper()
	l, ok := cases.LessonByID(id)
	if !ok {
		t.Fatalf("no lesson %q", id)
	}
	for _, s := range l.Steps {
		if s.Kind == kind {
			return s.Text
		}
	}
	t.Fatalf("lesson %s has no %s step", id, kind)
	return text.Text{}
}

// says checks that text holds the phrase in each language.
func says(t *testing.T, s text.Text, en, fr string) {
	t.Helper()
	for l, phrase := range map[text.Lang]string{text.EN: en, text.FR: fr} {
		if !strings.Contains(s.In(l), phrase) {
			t.Errorf("%s text does not say %q:\n%s", l, phrase, s.In(l))
		}
	}
}

// n and pct format figures as the texts write them.
func n(l text.Lang, v float64, decimals int) string   { return i18n.Number(l, v, decimals) }
func pct(l text.Lang, v float64, decimals int) string { return i18n.Percent(l, v, decimals) }

const en, fr = text.EN, text.FR

func median(v []float64) float64 {
	s := slices.Clone(v)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// The figures the lessons' readings give, computed again from the cases.

func TestMassVsSocialFigures(t *testing.T) {
	c := cases.TVvsBrand()
	tv := c.Messages[0].Reach
	var reach []float64
	total := 0.0
	for _, m := range c.Messages[1:] {
		reach = append(reach, m.Reach)
		total += m.Reach
	}
	med := median(reach)
	r := reading(t, "mass-vs-social", cases.StepReading)
	says(t, r, n(en, tv/1e6, 1)+" million viewers", n(fr, tv/1e6, 1)+" millions de téléspectateurs")
	says(t, r, "median post reached "+n(en, med, 0)+" people", "a touché "+n(fr, med, 0)+" personnes")
	says(t, r, "take "+n(en, tv/med, 0)+" such posts", "il en faudrait "+n(fr, tv/med, 0))
	says(t, r, fmt.Sprintf("all %d posts together add up to %s contacts, %s", len(reach), n(en, total, 0), pct(en, total/tv*100, 1)),
		fmt.Sprintf("les %d publications réunies totalisent %s contacts, soit %s", len(reach), n(fr, total, 0), pct(fr, total/tv*100, 1)))
}

func TestEngagementRateFigures(t *testing.T) {
	c := cases.FanPageEngagement()
	interactions, reach := 0.0, 0.0
	for _, m := range c.Messages {
		interactions += m.Reactions + m.Comments + m.Shares
		reach += m.Reach
	}
	posts := float64(len(c.Messages))
	followers := c.Messages[len(c.Messages)-1].Followers
	perPost := interactions / posts
	q := reading(t, "engagement-rate", cases.StepQuestion)
	says(t, q, n(en, followers/1e6, 0)+" million followers gets about "+n(en, perPost, 0),
		n(fr, followers/1e6, 0)+" millions d'abonnés recueille environ "+n(fr, perPost, 0))
	r := reading(t, "engagement-rate", cases.StepReading)
	says(t, r, fmt.Sprintf("%s interactions per post for %s followers makes %s", n(en, perPost, 0), n(en, followers, 0), pct(en, perPost/followers*100, 3)),
		fmt.Sprintf("%s interactions par publication pour %s abonnés, cela fait %s", n(fr, perPost, 0), n(fr, followers, 0), pct(fr, perPost/followers*100, 3)))
	says(t, r, fmt.Sprintf("(%s on average), the same interactions give %s", n(en, reach/posts, 0), pct(en, interactions/reach*100, 2)),
		fmt.Sprintf("(%s en moyenne), les mêmes interactions donnent %s", n(fr, reach/posts, 0), pct(fr, interactions/reach*100, 2)))
}

func TestUnansweredConversationFigures(t *testing.T) {
	c := cases.LinkedInSponsored()
	post := c.Messages[0]
	var reactions, comments, replies float64
	for _, m := range c.Messages[1:] {
		reactions += m.Reactions
		comments += m.Comments
		replies += m.Replies
	}
	if post.Replies != 0 {
		t.Fatalf("the sponsored post has %v replies; the lesson says none", post.Replies)
	}
	r := reading(t, "unanswered-conversation", cases.StepReading)
	says(t, r, "one comment for every "+n(en, post.Reactions/post.Comments, 1)+" likes, against one for every "+n(en, reactions/comments, 0)+" on",
		"un commentaire pour "+n(fr, post.Reactions/post.Comments, 1)+" « j'aime », contre un pour "+n(fr, reactions/comments, 0)+" sur")
	says(t, r, fmt.Sprintf("none of the %v comments, while it answers %s", post.Comments, pct(en, replies/comments*100, 0)),
		fmt.Sprintf("aucun des %v commentaires, alors qu'elle répond à %s", post.Comments, pct(fr, replies/comments*100, 0)))
	q := reading(t, "unanswered-conversation", cases.StepQuestion)
	says(t, q, fmt.Sprintf("%v likes and %v comments", post.Reactions, post.Comments), fmt.Sprintf("%v « j'aime » et %v commentaires", post.Reactions, post.Comments))
}

func TestLongTailFigures(t *testing.T) {
	c := cases.ViralVideo()
	hit := c.Messages[0].Impressions
	var views []float64
	page := 0.0
	for _, m := range c.Messages[1:] {
		if m.Channel != "Page videos" {
			t.Fatalf("video %s is on %q; the exercise names the channel “Page videos”", m.ID, m.Channel)
		}
		views = append(views, m.Impressions)
		page += m.Impressions
	}
	tv := cases.TVvsBrand().Messages[0].Reach
	r := reading(t, "long-tail", cases.StepReading)
	says(t, r, fmt.Sprintf("holds %s of all the views in the table, %s times as many as the page's %d other videos together, whose median is %s views",
		pct(en, hit/(hit+page)*100, 0), n(en, hit/page, 0), len(views), n(en, median(views), 0)),
		fmt.Sprintf("concentre %s des vues du tableau, %s fois plus que les %d autres vidéos de la page réunies, dont la médiane est de %s vues",
			pct(fr, hit/(hit+page)*100, 0), n(fr, hit/page, 0), len(views), n(fr, median(views), 0)))
	says(t, r, n(en, hit/1e6, 0)+" million views is barely more than the "+n(en, tv/1e6, 1)+" million viewers",
		n(fr, hit/1e6, 0)+" millions de vues, c'est à peine plus que les "+n(fr, tv/1e6, 1)+" millions de téléspectateurs")
}

func TestFragmentationFigures(t *testing.T) {
	type period struct {
		dtt, historic, sum, squares float64
		channels                    int
	}
	var order []string
	periods := map[string]*period{}
	for _, m := range cases.DTTFragmentation().Messages {
		p := periods[m.Period]
		if p == nil {
			p = &period{}
			periods[m.Period] = p
			order = append(order, m.Period)
		}
		if strings.HasPrefix(m.Channel, "DTT ") {
			p.dtt += m.Share
			p.channels++
		} else {
			p.historic += m.Share
		}
		p.sum += m.Share
		p.squares += m.Share * m.Share
	}
	first, last := periods[order[0]], periods[order[len(order)-1]]
	// The effective number of channels among the listed ones, as the
	// long-tail page gives it: (Σ s)² ÷ Σ s².
	effective := func(p *period) float64 { return p.sum * p.sum / p.squares }
	r := reading(t, "fragmentation", cases.StepReading)
	says(t, r, fmt.Sprintf("from %s of the audience in %s to %s in %s, when there are %d of them",
		pct(en, first.dtt, 0), order[0], pct(en, last.dtt, 0), order[len(order)-1], last.channels),
		fmt.Sprintf("passent de %s de l'audience en %s à %s en %s, où elles sont %d",
			pct(fr, first.dtt, 0), order[0], pct(fr, last.dtt, 0), order[len(order)-1], last.channels))
	says(t, r, fmt.Sprintf("as concentrated as %s equal channels in %s and %s in %s, yet the four historic channels still hold %s",
		n(en, effective(first), 1), order[0], n(en, effective(last), 1), order[len(order)-1], pct(en, last.historic, 0)),
		fmt.Sprintf("aussi concentrée que %s chaînes égales en %s et %s en %s, et pourtant les quatre chaînes historiques gardent %s",
			n(fr, effective(first), 1), order[0], n(fr, effective(last), 1), order[len(order)-1], pct(fr, last.historic, 0)))
	if math.Abs(last.dtt-25) > 1e-9 || last.channels != 19 {
		t.Errorf("the title's 19 channels and 25 %% are %d and %v in the data", last.channels, last.dtt)
	}
}

func TestAdvertisingValueFigures(t *testing.T) {
	c := cases.KodakMentions()
	mentions := 0.0
	for _, m := range c.Messages {
		mentions += m.Mentions
	}
	perMention := float64(cases.KodakClaimedValue) / cases.KodakMonthlyMentions
	if avg := mentions / float64(len(c.Messages)); avg != cases.KodakMonthlyMentions {
		t.Errorf("the case averages %v mentions a month, the claim %d", avg, cases.KodakMonthlyMentions)
	}
	q := reading(t, "advertising-value-equivalent", cases.StepQuestion)
	says(t, q, fmt.Sprintf("its %s monthly mentions on social media were worth $%sM", n(en, cases.KodakMonthlyMentions, 0), n(en, cases.KodakClaimedValue/1e6, 1)),
		fmt.Sprintf("ses %s mentions mensuelles sur les médias sociaux valaient %s\u00a0M$", n(fr, cases.KodakMonthlyMentions, 0), n(fr, cases.KodakClaimedValue/1e6, 1)))
	r := reading(t, "advertising-value-equivalent", cases.StepReading)
	says(t, r, fmt.Sprintf("a mention at $%s, a CPM of $%s", n(en, perMention, 0), n(en, perMention*1000, 0)),
		fmt.Sprintf("la mention à %s\u00a0$, soit un CPM de %s\u00a0$", n(fr, perMention, 0), n(fr, perMention*1000, 0)))
	says(t, r, fmt.Sprintf("the %s mentions of this illustrative year would come to $%sM", n(en, mentions, 0), n(en, mentions*perMention/1e6, 1)),
		fmt.Sprintf("les %s mentions de cette année fictive vaudraient %s\u00a0M$", n(fr, mentions, 0), n(fr, mentions*perMention/1e6, 1)))
	l, _ := cases.LessonByID("advertising-value-equivalent")
	if got, want := l.Open.Query.Get("cpm"), fmt.Sprint(perMention*1000); got != want {
		t.Errorf("the lesson opens with CPM %s, want Kodak's %s", got, want)
	}
}
