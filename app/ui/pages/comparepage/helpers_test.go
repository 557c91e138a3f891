package comparepage

import (
	"context"
	"testing"

	"reachlab/app/data"
	"reachlab/app/data/load"
	"reachlab/app/data/roles"
	"reachlab/app/store"
	"reachlab/app/text"
	"reachlab/app/ui/workspace"
)

// builtInCase measures the built-in TV-versus-brand case as the page does:
// the table from the workspace, with the column roles the data layer
// gives its headers.
func builtInCase(t *testing.T, s settings) *result {
	t.Helper()
	w := workspace.New(store.NewMemory(), workspace.BuiltInCases()...)
	tb, meta, err := w.Table(context.Background(), "case:tv-vs-brand", load.Options{Locale: "en"})
	if err != nil {
		t.Fatal(err)
	}
	s.Dataset = meta.ID
	return measure(tb, meta, s)
}

// twoPagesCSV is a small upload: two social pages, with reach,
// impressions, followers and the parts of interactions; one comments cell
// is blank. The e2e test uploads the same figures.
//
//	Page A: interactions (40+5+5) + (50+10+0) + (60+15+15) = 200,
//	        reach 6,000, impressions 8,000, 10,000 followers.
//	Page B: interactions (5+1) + (10+2+2) = 20 (the blank comment left out),
//	        reach 2,000, impressions 2,500, 2,000 followers.
const twoPagesCSV = `post,channel,date,reach,impressions,likes,comments,shares,followers
a1,Page A,2026-03-02,1000,1500,40,5,5,10000
a2,Page A,2026-03-09,2000,2600,50,10,0,10000
a3,Page A,2026-03-16,3000,3900,60,15,15,10000
b1,Page B,2026-03-03,500,800,5,,1,2000
b2,Page B,2026-03-10,1500,1700,10,2,2,2000
`

var twoPagesRoles = map[string]roles.Role{
	"post": roles.Message, "channel": roles.Channel, "date": roles.Date,
	"reach": roles.Reach, "impressions": roles.Impressions, "likes": roles.Reactions,
	"comments": roles.Comments, "shares": roles.Shares, "followers": roles.Followers,
}

// twoPages measures twoPagesCSV as social pages.
func twoPages(t *testing.T, s settings) *result {
	t.Helper()
	tb, err := data.ReadCSV(context.Background(), []byte(twoPagesCSV), data.Options{Name: "two pages.csv"})
	if err != nil {
		t.Fatal(err)
	}
	setRoles(t, tb, twoPagesRoles)
	s.Dataset = "upload-1"
	s.Kind = "social"
	return measure(tb, workspace.Meta{ID: "upload-1", Name: "two pages.csv"}, s)
}

func setRoles(t *testing.T, tb *data.Table, rs map[string]roles.Role) {
	t.Helper()
	for i, c := range tb.Columns() {
		if err := tb.SetRole(i, rs[c.Name()]); err != nil {
			t.Fatalf("role of %s: %v", c.Name(), err)
		}
	}
}

// page is the compare page showing r in l, as after its computation.
func page(l text.Lang, r *result, s settings) *comparePage {
	s.Dataset = r.meta.ID
	p := &comparePage{lang: l, ready: true, datasets: []workspace.Meta{r.meta}, set: s, res: r}
	p.drill.keep(r)
	return p
}
