package tableview

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"reachlab/app/data/load"
	"reachlab/app/data/roles"
	"reachlab/app/store"
	"reachlab/app/tables"
	"reachlab/app/text"
	"reachlab/app/view"
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
	v, err := Describe(context.Background(), add(t, "p.csv", "Chaîne;Vues\nTF1;1 234\n"), text.FR)
	if err != nil {
		t.Fatal(err)
	}
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

func describe(t *testing.T, tb *tables.Table, l text.Lang) view.Dataset {
	t.Helper()
	v, err := Describe(context.Background(), tb, l)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestHeaderVerdictIsShownAndReversible(t *testing.T) {
	v := describe(t, add(t, "words.txt", "14086\n4583\n2373\n"), text.EN)
	if v.Header.First || v.Header.Fixed || !strings.Contains(v.Header.Why, "Column 1") {
		t.Errorf("headerless file: %+v", v.Header)
	}
	v = describe(t, add(t, "p.csv", "Channel,Reach\nTF1,5200000\n"), text.EN)
	if !v.Header.First || v.Header.Fixed || v.Header.Why == "" {
		t.Errorf("file with a header: %+v", v.Header)
	}
	v = describe(t, add(t, "p.json", `[{"Channel":"TF1","Reach":5200000}]`), text.EN)
	if !v.Header.First || !v.Header.Fixed {
		t.Errorf("JSON objects: %+v; their keys name the columns, no switch", v.Header)
	}
}

func TestYearsOfDatesWithoutOneAreExplained(t *testing.T) {
	v := describe(t, add(t, "overview.csv", "Date,Video Views\nJuly 16,120\nJuly 17,80\n"), text.EN)
	if v.Years == nil || !v.Years.Assumed || v.Years.Chosen || v.Years.Year < 2025 {
		t.Fatalf("years = %+v, want assumed recent years", v.Years)
	}
	if !strings.Contains(v.Years.Why, "“Date”: 2 dates written without a year") || !strings.Contains(v.Years.Why, "assumed") {
		t.Errorf("why = %q", v.Years.Why)
	}
	// The file's name gives its period: the year comes from it.
	v = describe(t, add(t, "Jan-01-2024_Mar-31-2024_1234.csv", "Date,Video Views\nMarch 30,120\nMarch 31,80\n"), text.FR)
	if v.Years == nil || v.Years.Assumed || v.Years.Year != 2024 || !strings.Contains(v.Years.Why, "2024-03-31") {
		t.Errorf("years from the name = %+v", v.Years)
	}
	if v := describe(t, add(t, "p.csv", "Date,Reach\n2026-01-02,5\n"), text.EN); v.Years != nil {
		t.Errorf("dates with their year: %+v", v.Years)
	}
}

func TestARoleOnCellsThatCannotHoldItSaysSo(t *testing.T) {
	tb := add(t, "p.csv", "Channel,When,Reach\nTF1,Monday,5200000\nM6,2026-01-03,200\nArte,Lifetime,300\n")
	i := -1
	for j, c := range tb.Columns() {
		if c.Name() == "When" {
			i = j
		}
	}
	if err := tb.SetRole(i, roles.Date); err != nil {
		t.Fatal(err)
	}
	v := describe(t, tb, text.EN)
	got := v.Columns[i].Check
	for _, want := range []string{"2 of 3 cells do not read as dates", "the role “date”", "row 1 (line 2), “Monday”"} {
		if !strings.Contains(got, want) {
			t.Errorf("check = %q, want %q in it", got, want)
		}
	}
	for j, c := range v.Columns {
		if j != i && c.Check != "" {
			t.Errorf("column %s: check %q on cells that read", c.Name, c.Check)
		}
	}
}
