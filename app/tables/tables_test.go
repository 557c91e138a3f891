package tables

import (
	"context"
	"errors"
	"testing"
	"time"

	"reachlab/app/data"
	"reachlab/app/data/load"
	"reachlab/app/data/roles"
	"reachlab/app/store"
	"reachlab/app/text"
	"reachlab/app/workspace"
)

const posts = "Channel;Date;Reach;Likes\nLinkedIn;14/07/2026;1 234;12\nLinkedIn;15/07/2026;2 345,5;7\n"

func newTest() *Tables { return New(workspace.New(store.NewMemory(), workspace.BuiltInCases()...)) }

func add(t *testing.T, ts *Tables) *Table {
	t.Helper()
	tbl, err := ts.Add(context.Background(), load.Source{Name: "posts.csv", Bytes: []byte(posts)}, Options{Locale: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	return tbl
}

func TestAddListReadAgain(t *testing.T) {
	ctx := context.Background()
	ts := newTest()
	tbl := add(t, ts)
	d := tbl.Dataset
	if d.Rows != 2 || d.Columns != 4 || tbl.Len() != 2 || d.Kind != "csv" || d.Added.IsZero() {
		t.Fatalf("dataset = %+v", d)
	}
	list, err := ts.Workspace().Datasets(ctx)
	if err != nil || len(list) != len(workspace.BuiltInCases())+1 || list[0].ID != d.ID {
		t.Fatalf("Datasets = %+v, %v; want posts.csv then the built-in cases", list, err)
	}
	// Adding a dataset makes it the current one.
	if cur, example, err := ts.Workspace().Current(ctx); err != nil || cur.ID != d.ID || example {
		t.Errorf("current = %s (example %v), %v; want the new dataset", cur.ID, example, err)
	}

	// Another page, a reload or another tab reads the table again from its
	// source, with the detection made when it was added.
	again, err := New(ts.Workspace()).Open(ctx, d.ID, Options{Locale: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	if got := again.Column("Reach").Float(1); got != 2345.5 {
		t.Errorf("Reach[1] read again = %v, want 2345.5", got)
	}
	if again.Column("Likes").Role() != roles.Reactions || len(again.Export.Columns) != 4 {
		t.Errorf("read again without its roles or detection: %v, %+v", again.Column("Likes").Role(), again.Export)
	}
}

func TestMappingIsRemembered(t *testing.T) {
	ctx := context.Background()
	ts := newTest()
	tbl := add(t, ts)
	m := tbl.Mapping()
	m.Columns["Likes"] = data.ColumnMapping{Role: roles.Comments}
	if _, err := ts.SetMapping(ctx, tbl.Dataset.ID, m, Options{}); err != nil {
		t.Fatal(err)
	}
	again, err := New(ts.Workspace()).Open(ctx, tbl.Dataset.ID, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Column("Likes").Role() != roles.Comments {
		t.Errorf("the Likes role was not remembered: %v", again.Column("Likes").Role())
	}
}

func TestAnotherTabsChangeIsRead(t *testing.T) {
	ctx := context.Background()
	ts := newTest()
	tbl := add(t, ts)
	// Another program on the same workspace changes the mapping: this one
	// hears of it and reads the dataset again.
	other := New(ts.Workspace())
	m := tbl.Mapping()
	m.Columns["Likes"] = data.ColumnMapping{Role: roles.Shares}
	if _, err := other.SetMapping(ctx, tbl.Dataset.ID, m, Options{}); err != nil {
		t.Fatal(err)
	}
	again, err := ts.Open(ctx, tbl.Dataset.ID, Options{})
	if err != nil || again.Column("Likes").Role() != roles.Shares {
		t.Errorf("stale table after another tab's change: %v", err)
	}
}

func TestRemoveAndUndo(t *testing.T) {
	ctx := context.Background()
	ts := newTest()
	tbl := add(t, ts)
	w := ts.Workspace()
	removed, err := w.RemoveDataset(ctx, tbl.Dataset.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ts.Open(ctx, tbl.Dataset.ID, Options{}); !errors.Is(err, store.ErrNotExist) {
		t.Errorf("after removal, Open: %v", err)
	}
	if err := w.RestoreDataset(ctx, removed); err != nil {
		t.Fatal(err)
	}
	if again, err := ts.Open(ctx, tbl.Dataset.ID, Options{}); err != nil || again.Len() != 2 {
		t.Errorf("restored dataset: %v", err)
	}
	if _, err := w.RemoveDataset(ctx, workspace.BuiltInCases()[0].ID); !errors.Is(err, workspace.ErrBuiltIn) {
		t.Errorf("removing a built-in case: %v", err)
	}
}

func TestBuiltInCaseReads(t *testing.T) {
	ts := newTest()
	tbl, err := ts.Open(context.Background(), "case:tv-vs-brand", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !tbl.Dataset.BuiltIn || tbl.Len() != 49 || tbl.Column("Reach").Float(0) != 5_200_000 {
		t.Errorf("case table: %d rows, first reach %v", tbl.Len(), tbl.Column("Reach").Float(0))
	}
	if tbl.Column("Reactions").Type() != data.Number || !tbl.Column("Reactions").Missing(0) {
		t.Error("the TV row's reactions must be missing, not 0")
	}
	for name, role := range map[string]roles.Role{"Channel": roles.Channel, "Kind": roles.Kind, "Post ID": roles.Message, "Date": roles.Date, "Reach": roles.Reach, "Reactions": roles.Reactions, "Comments": roles.Comments, "Shares": roles.Shares} {
		if got := tbl.Column(name).Role(); got != role {
			t.Errorf("column %s has role %q, want %q (recognised from its header)", name, got, role)
		}
	}
	for _, b := range workspace.BuiltInCases() {
		if tbl, err := ts.Open(context.Background(), b.ID, Options{}); err != nil || tbl.Len() == 0 {
			t.Errorf("built-in case %s: %v", b.ID, err)
		}
	}
}

func TestBadFileKeepsNothing(t *testing.T) {
	ctx := context.Background()
	ts := newTest()
	if _, err := ts.Add(ctx, load.Source{Name: "empty.csv", Bytes: nil}, Options{}); !errors.Is(err, data.ErrEmpty) {
		t.Errorf("empty file: %v, want ErrEmpty", err)
	}
	list, _ := ts.Workspace().Datasets(ctx)
	if len(list) != len(workspace.BuiltInCases()) {
		t.Errorf("a failed read kept a dataset: %+v", list)
	}
}

func TestWorkspaceFileCarriesDatasets(t *testing.T) {
	ctx := context.Background()
	a := newTest()
	tbl := add(t, a)
	file, err := a.Workspace().Export(ctx, time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	b := newTest()
	ip, err := b.Workspace().Preview(ctx, file)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Workspace().Apply(ctx, ip, workspace.KeepBoth, text.EN); err != nil {
		t.Fatal(err)
	}
	again, err := b.Open(ctx, tbl.Dataset.ID, Options{})
	if err != nil || again.Dataset.Name != "posts.csv" || again.Len() != 2 || again.Column("Likes").Role() != roles.Reactions {
		t.Errorf("imported dataset: %+v, %v", again, err)
	}
}

// TestAReadThatStoppedThePageIsNotRetriedAlone: a dataset whose read never
// ended (the tab crashed while reading it) is not read again when a page
// opens it, only when the user asks; every other dataset still opens.
func TestAReadThatStoppedThePageIsNotRetriedAlone(t *testing.T) {
	ctx := context.Background()
	ts := newTest()
	bad, good := add(t, ts), add(t, ts)
	w := ts.Workspace()
	// As if the page had died while reading bad: the note stays.
	w.StartRead(ctx, bad.Dataset.ID)
	again := New(w) // the app opened again
	if _, err := again.Open(ctx, bad.Dataset.ID, Options{}); !errors.Is(err, ErrInterrupted) {
		t.Fatalf("a dataset that stopped the page was read again: %v", err)
	}
	if _, err := again.Open(ctx, good.Dataset.ID, Options{}); err != nil {
		t.Errorf("another dataset: %v", err)
	}
	if tb, err := again.Open(ctx, bad.Dataset.ID, Options{Retry: true}); err != nil || tb.Len() != 2 {
		t.Fatalf("try again: %v", err)
	}
	// The read ended: the note is gone.
	if w.Interrupted(ctx, bad.Dataset.ID) {
		t.Error("a read that ended still counts as interrupted")
	}
	w.StartRead(ctx, bad.Dataset.ID)
	if _, err := w.RemoveDataset(ctx, bad.Dataset.ID); err != nil || w.Interrupted(ctx, bad.Dataset.ID) {
		t.Errorf("deleting it: %v", err)
	}
}

func TestReadingAnswersAreKept(t *testing.T) {
	ctx := context.Background()
	ts := newTest()
	// One number per line, no header: the reader names the column.
	tbl, err := ts.Add(ctx, load.Source{Name: "words.txt", Bytes: []byte("14086\n4583\n2373\n1999\n")}, Options{Locale: "en"})
	if err != nil {
		t.Fatal(err)
	}
	id := tbl.Dataset.ID
	if !tbl.Format.Header.Missing || tbl.Len() != 4 || tbl.Column(data.ColumnName(1)) == nil {
		t.Fatalf("headerless read: missing %v, %d rows, columns %v", tbl.Format.Header.Missing, tbl.Len(), tbl.Columns())
	}
	// The user says the first row is a header after all.
	tbl, err = ts.SetReading(ctx, id, Reading{Header: data.HeaderYes}, Options{Locale: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if tbl.Len() != 3 || tbl.Column("14086") == nil || ReadingOf(tbl).Header != data.HeaderYes {
		t.Fatalf("header forced: %d rows, columns %v, reading %+v", tbl.Len(), tbl.Columns(), ReadingOf(tbl))
	}
	// Read again elsewhere, the answer holds.
	again, err := New(ts.Workspace()).Open(ctx, id, Options{Locale: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if again.Len() != 3 || ReadingOf(again).Header != data.HeaderYes {
		t.Errorf("read again: %d rows, reading %+v; want the header kept", again.Len(), ReadingOf(again))
	}
}

func TestYearOfDatesWithoutOneIsKeptWithTheMapping(t *testing.T) {
	ctx := context.Background()
	ts := newTest()
	src := "Date,Video Views,Likes\nDecember 30,120,4\nDecember 31,80,2\nJanuary 1,95,3\n"
	tbl, err := ts.Add(ctx, load.Source{Name: "overview.csv", Bytes: []byte(src)}, Options{Locale: "en"})
	if err != nil {
		t.Fatal(err)
	}
	id := tbl.Dataset.ID
	m := tbl.Mapping()
	m.Columns["Likes"] = data.ColumnMapping{Role: roles.Comments}
	if _, err := ts.SetMapping(ctx, id, m, Options{}); err != nil {
		t.Fatal(err)
	}
	tbl, err = ts.SetReading(ctx, id, Reading{Year: 2024}, Options{Locale: "en"})
	if err != nil {
		t.Fatal(err)
	}
	dates := tbl.Column("Date")
	first, _ := dates.Time(0)
	last, _ := dates.Time(2)
	if first.Year() != 2023 || first.Month() != time.December || last.Year() != 2024 || last.Month() != time.January {
		t.Errorf("dates = %v … %v, want December 2023 to January 2024", first, last)
	}
	if y := dates.Years(); y.Source != data.YearOption || y.Cells != 3 {
		t.Errorf("years = %+v, want the user's year for 3 cells", y)
	}
	if tbl.Column("Likes").Role() != roles.Comments {
		t.Errorf("the mapping was lost with the year: Likes is %v", tbl.Column("Likes").Role())
	}
	if _, err := ts.SetReading(ctx, "case:tv-vs-brand", Reading{Year: 2024}, Options{}); !errors.Is(err, workspace.ErrBuiltIn) {
		t.Errorf("a built-in case's reading changed: %v", err)
	}
}

func TestTwoReadsAtOnceAreNotAStoppedPage(t *testing.T) {
	ctx := context.Background()
	ts := newTest()
	tbl := add(t, ts)
	id := tbl.Dataset.ID
	ts.forget(id)
	// A first read is under way here (its note is taken) when the page
	// asks for the same dataset again.
	ts.begin(id)
	ts.Workspace().StartRead(ctx, id)
	if again, err := ts.Open(ctx, id, Options{}); err != nil || again.Len() != 2 {
		t.Fatalf("second read of a dataset being read: %v", err)
	}
	ts.end(id)
	if len(ts.reading) != 0 {
		t.Errorf("reads still counted: %v", ts.reading)
	}
}
