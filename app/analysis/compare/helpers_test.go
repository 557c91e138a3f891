package compare

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"reachlab/app/analysis"
	"reachlab/app/data"
	"reachlab/app/data/roles"
	"reachlab/app/store"
	"reachlab/app/tables"
	"reachlab/app/text"
	"reachlab/app/view"
	"reachlab/app/workspace"
)

// analyze is Analyze without a deadline, which cannot fail.
func analyze(ds analysis.Dataset, s view.CompareSettings, l text.Lang) view.Compare {
	v, err := Analyze(context.Background(), ds, s, l, nil)
	if err != nil {
		panic(err)
	}
	return v
}

// builtIn reads a built-in case as the engine does: the table from the
// workspace, with the column roles the reader gives its headers.
func builtIn(t *testing.T, id string) analysis.Dataset {
	t.Helper()
	ts := tables.New(workspace.New(store.NewMemory(), workspace.BuiltInCases()...))
	tb, err := ts.Open(context.Background(), id, tables.Options{Locale: "en"})
	if err != nil {
		t.Fatal(err)
	}
	return analysis.Dataset{ID: tb.Dataset.ID, Table: tb.Table, Name: tb.Dataset.Title(text.EN), Platform: tb.Dataset.Platform}
}

// tvCase is the built-in TV-versus-brand case.
func tvCase(t *testing.T) analysis.Dataset { return builtIn(t, "case:tv-vs-brand") }

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

// twoPages is twoPagesCSV as social pages.
func twoPages(t *testing.T) analysis.Dataset {
	t.Helper()
	return csvDataset(t, "upload-1", "two pages.csv", twoPagesCSV, twoPagesRoles, "social")
}

// manyPosts is one channel of n posts reaching 100, 101, … people, and one
// TV message.
func manyPosts(t *testing.T, n int) analysis.Dataset {
	t.Helper()
	var b strings.Builder
	b.WriteString("id,channel,kind,reach,likes\ntv,TV,mass,1000000,\n")
	for i := range n {
		fmt.Fprintf(&b, "p%03d,Page,social,%d,%d\n", i+1, 100+i, i%7)
	}
	return csvDataset(t, "many", "many.csv", b.String(), map[string]roles.Role{"id": roles.Message, "channel": roles.Channel, "kind": roles.Kind, "reach": roles.Reach, "likes": roles.Reactions}, "")
}

func csvDataset(t *testing.T, id, name, csv string, rs map[string]roles.Role, kind string) analysis.Dataset {
	t.Helper()
	tb, err := data.ReadCSV(context.Background(), []byte(csv), data.Options{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range tb.Columns() {
		if err := tb.SetRole(i, rs[c.Name()]); err != nil {
			t.Fatalf("role of %s: %v", c.Name(), err)
		}
	}
	return analysis.Dataset{ID: id, Table: tb, Name: name, MediumKind: kind}
}

// cell returns the cell of table tb in the row of id (any row kind) and
// the column of key.
func cell(t *testing.T, tb view.Table, id, key string) view.Cell {
	t.Helper()
	j := -1
	for i, c := range tb.Columns {
		if c.Key == key {
			j = i
		}
	}
	if j < 0 {
		t.Fatalf("no column %q", key)
	}
	for _, r := range append(append([]view.Row{}, tb.Rows...), tb.Foot...) {
		if r.ID == id {
			return r.Cells[j]
		}
	}
	t.Fatalf("no row %q", id)
	return view.Cell{}
}

// hasColumn reports whether tb has a column of key.
func hasColumn(tb view.Table, key string) bool {
	for _, c := range tb.Columns {
		if c.Key == key {
			return true
		}
	}
	return false
}

// chart returns the chart of the given id.
func chart(t *testing.T, v view.Compare, id string) view.Chart {
	t.Helper()
	for _, c := range v.Charts {
		if c.ID == id {
			return c
		}
	}
	t.Fatalf("no chart %s", id)
	return view.Chart{}
}
