package tableview

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"reachlab/app/data/load"
	"reachlab/app/store"
	"reachlab/app/tables"
	"reachlab/app/text"
	"reachlab/app/workspace"
)

func add(t *testing.T, name, csv string) *tables.Table {
	t.Helper()
	ts := tables.New(workspace.New(store.NewMemory()))
	tb, err := ts.Add(context.Background(), load.Source{Name: name, Bytes: []byte(csv)}, tables.Options{Locale: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

func TestDescribeOffersTypesAndRoles(t *testing.T) {
	v := Describe(add(t, "p.csv", "Chaîne;Vues\nTF1;1 234\n"), text.FR)
	if v.Name != "p.csv" || v.Rows != 1 || len(v.Columns) != 2 || v.Summary == "" || v.Loaded == "" {
		t.Fatalf("view = %+v", v)
	}
	c := v.Columns[1]
	if c.Name != "Vues" || c.Type != "number" || len(c.Types) != 5 || len(c.Roles) < 10 || c.Roles[0].Label != "aucun rôle" {
		t.Errorf("column = %+v", c)
	}
	selected := 0
	for _, r := range c.Roles {
		if r.Selected {
			selected++
			if r.Value != c.Role && !(c.Role == "" && r.Value == NoRole) {
				t.Errorf("selected role %q, column role %q", r.Value, c.Role)
			}
		}
	}
	if selected != 1 {
		t.Errorf("%d roles selected", selected)
	}
	if len(v.MediumKinds) == 0 {
		t.Error("a user's dataset offers no medium kind")
	}
	facts := map[string]string{}
	for _, f := range v.Format {
		facts[f.ID] = f.Value
	}
	if facts["format-delimiter"] != "point-virgule (;)" || facts["format-group"] == "" {
		t.Errorf("format = %v", facts)
	}
}

func TestRowsAreWrittenAsTextInTheUsersLanguage(t *testing.T) {
	var b strings.Builder
	b.WriteString("n;label;when\n")
	for i := range 1000 {
		fmt.Fprintf(&b, "%d,5;<b>row %d</b>;2026-03-%02d\n", i, i, i%28+1)
	}
	tb := add(t, "rows.csv", b.String())
	r := Rows(tb.Table, 500, 515, text.FR)
	if r.From != 500 || len(r.Cells) != 15 || len(r.Headers) != 3 {
		t.Fatalf("rows = %+v", r)
	}
	if c := r.Cells[0]; c[0].Text != "500,5" || !c[0].Num || c[1].Text != "<b>row 500</b>" || c[2].Text != "2026-03-25" {
		t.Errorf("row 500 = %+v", c)
	}
	if r := Rows(tb.Table, 990, 2000, text.EN); len(r.Cells) != 10 || r.Cells[0][0].Text != "990.5" {
		t.Errorf("rows past the end = %d, %+v", len(r.Cells), r.Cells[0][0])
	}
	if r := Rows(tb.Table, -5, -1, text.EN); len(r.Cells) != 0 {
		t.Errorf("rows before the start: %d", len(r.Cells))
	}
}

func TestPreviewCutsHugeCells(t *testing.T) {
	tb := add(t, "big.csv", "text\n"+strings.Repeat("é", 10_000)+"\n")
	c := Rows(tb.Table, 0, 1, text.EN).Cells[0][0]
	if n := len([]rune(c.Text)); n != maxCellText+1 || !strings.HasSuffix(c.Text, "…") {
		t.Errorf("a 10,000-character cell shows %d characters", n)
	}
}

func TestDecimals(t *testing.T) {
	if decimals(math.NaN()) != 0 || decimals(1.5e-3) != 4 || decimals(1234.5) != 1 {
		t.Error("decimals")
	}
	if separatorName(text.EN, '\u202f') != "narrow no-break space" {
		t.Error("separator name")
	}
}
