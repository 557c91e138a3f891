// Package longtailtest holds what the tests of the long-tail analysis and
// of the /longtail page share: tables read with given column roles, and the
// small datasets they measure.
package longtailtest

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"reachlab/app/cases"
	"reachlab/app/data"
	"reachlab/app/data/roles"
)

// ReadTable reads a CSV in English conventions and gives its columns the
// roles listed (column name → role).
func ReadTable(t testing.TB, csv string, roleOf map[string]roles.Role) *data.Table {
	t.Helper()
	tb, err := data.ReadCSV(context.Background(), []byte(csv), data.Options{Name: "test.csv", Locale: "en"})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range tb.Columns() {
		r, ok := roleOf[c.Name()]
		if !ok {
			r = roles.None
		}
		if err := tb.SetRole(i, r); err != nil {
			t.Fatalf("role %s for %s: %v", r, c.Name(), err)
		}
	}
	return tb
}

// CaseCSV is the built-in TV-versus-brand case as the workspace reads it.
func CaseCSV() string { return string(cases.TVvsBrand().CSV()) }

// CaseRoles are the roles of the built-in case's columns.
var CaseRoles = map[string]roles.Role{
	"Post ID": roles.Message, "Channel": roles.Channel, "Kind": roles.Kind, "Date": roles.Date,
	"Reach": roles.Reach, "Reactions": roles.Reactions, "Comments": roles.Comments, "Shares": roles.Shares,
}

// WithValues is a CSV of numbered rows and a column of values, with blank
// cells for NaN.
func WithValues(header string, xs ...float64) string {
	var b strings.Builder
	b.WriteString("row," + header + "\n")
	for i, x := range xs {
		fmt.Fprintf(&b, "r%d,", i+1)
		if !math.IsNaN(x) {
			fmt.Fprint(&b, x)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// AttentionRoles are the roles of a table of daily likes per post.
var AttentionRoles = map[string]roles.Role{"post": roles.Message, "date": roles.Date, "likes": roles.Reactions}

// ShareRoles are the roles of a table of audience shares.
var ShareRoles = map[string]roles.Role{"date": roles.Date, "channel": roles.Channel, "share": roles.Share}

// TwoMonths lists audience shares in percent, the second month first: the
// analysis must put the periods in time order.
const TwoMonths = `date,channel,share
2015-02-01,TF1,20
2015-02-01,France 2,14
2015-02-01,M6,10
2015-02-01,France 3,9
2015-02-01,Small A,6
2015-02-01,Small B,6
2015-01-01,TF1,22
2015-01-01,France 2,14
2015-01-01,M6,10
2015-01-01,France 3,9
2015-01-01,Small A,5
2015-01-01,Small B,5
`
