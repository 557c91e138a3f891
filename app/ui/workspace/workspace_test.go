package workspace

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"reachlab/app/data"
	"reachlab/app/data/load"
	"reachlab/app/data/roles"
	"reachlab/app/store"
)

const posts = "Channel;Date;Reach;Likes\nLinkedIn;14/07/2026;1 234;12\nLinkedIn;15/07/2026;2 345,5;7\n"

func newTest() *Workspace { return New(store.NewMemory(), BuiltInCases()...) }

func TestAddListReadAgain(t *testing.T) {
	ctx := context.Background()
	w := newTest()
	m, tbl, err := w.Add(ctx, load.Source{Name: "posts.csv", Bytes: []byte(posts)}, load.Options{Locale: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	if m.Rows != 2 || m.Columns != 4 || tbl.Len() != 2 || m.Kind != load.CSV {
		t.Fatalf("meta = %+v", m)
	}
	list, err := w.Datasets(ctx)
	builtIn := len(BuiltInCases())
	if err != nil || len(list) != builtIn+1 || list[builtIn].ID != m.ID {
		t.Fatalf("Datasets = %+v, %v; want the %d built-in cases then posts.csv", list, err, builtIn)
	}
	for _, d := range list[:builtIn] {
		if !d.BuiltIn {
			t.Errorf("%s is listed among the built-in cases", d.ID)
		}
	}

	// Another page (or a reload) reads the table again from its source.
	w.Forget("")
	again, _, err := w.Table(ctx, m.ID, load.Options{Locale: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	if got := again.Column("Reach").Float(1); got != 2345.5 {
		t.Errorf("Reach[1] read again = %v, want 2345.5", got)
	}
}

func TestMappingIsRemembered(t *testing.T) {
	ctx := context.Background()
	w := newTest()
	m, tbl, err := w.Add(ctx, load.Source{Name: "posts.csv", Bytes: []byte(posts)}, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := tbl.SetRole(tbl.Index("Likes"), roles.Reactions); err != nil {
		t.Fatal(err)
	}
	if _, err := w.SetMapping(ctx, m.ID, tbl.Mapping()); err != nil {
		t.Fatal(err)
	}
	w.Forget("")
	again, meta, err := w.Table(ctx, m.ID, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Column("Likes").Role() != roles.Reactions || meta.Mapping.Columns["Likes"].Role != roles.Reactions {
		t.Errorf("the Likes role was not remembered: %v", meta.Mapping)
	}
}

func TestRemoveAndUndo(t *testing.T) {
	ctx := context.Background()
	w := newTest()
	m, _, _ := w.Add(ctx, load.Source{Name: "posts.csv", Bytes: []byte(posts)}, load.Options{})
	removed, err := w.Remove(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Meta(ctx, m.ID); !errors.Is(err, store.ErrNotExist) {
		t.Errorf("after Remove, Meta: %v", err)
	}
	if _, err := w.Restore(ctx, removed); err != nil {
		t.Fatal(err)
	}
	if tbl, _, err := w.Table(ctx, m.ID, load.Options{}); err != nil || tbl.Len() != 2 {
		t.Errorf("restored dataset: %v", err)
	}
	if _, err := w.Remove(ctx, BuiltInCases()[0].ID); !errors.Is(err, ErrBuiltIn) {
		t.Errorf("removing a built-in case: %v", err)
	}
}

func TestBuiltInCaseReads(t *testing.T) {
	w := newTest()
	tbl, meta, err := w.Table(context.Background(), "case:tv-vs-brand", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !meta.BuiltIn || tbl.Len() != 49 || tbl.Column("Reach").Float(0) != 5_200_000 {
		t.Errorf("case table: %d rows, first reach %v", tbl.Len(), tbl.Column("Reach").Float(0))
	}
	if tbl.Column("Reactions").Type() != data.Number || !tbl.Column("Reactions").Missing(0) {
		t.Error("the TV row's reactions must be missing, not 0")
	}
	for _, b := range BuiltInCases() {
		if tbl, _, err := w.Table(context.Background(), b.ID, load.Options{}); err != nil || tbl.Len() == 0 {
			t.Errorf("built-in case %s: %v", b.ID, err)
		}
	}
}

func TestBadFileKeepsNothing(t *testing.T) {
	ctx := context.Background()
	w := newTest()
	if _, _, err := w.Add(ctx, load.Source{Name: "empty.csv", Bytes: nil}, load.Options{}); !errors.Is(err, data.ErrEmpty) {
		t.Errorf("empty file: %v, want ErrEmpty", err)
	}
	list, _ := w.Datasets(ctx)
	if extra := len(list) - len(BuiltInCases()); extra != 0 {
		t.Errorf("a failed read left %d datasets", extra)
	}
}

func TestExportImport(t *testing.T) {
	ctx := context.Background()
	a := newTest()
	m, _, _ := a.Add(ctx, load.Source{Name: "posts.csv", Bytes: []byte(posts)}, load.Options{})
	a.Store().Put(ctx, store.Record{Kind: store.Plans, ID: "plan-1", Title: "Q3", Data: []byte(`{"x":1}`)})
	file, err := a.Export(ctx, time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}

	b := newTest()
	n, err := b.Import(ctx, file)
	if err != nil || n != 3 {
		t.Fatalf("Import = %d, %v; want 3 records", n, err)
	}
	tbl, meta, err := b.Table(ctx, m.ID, load.Options{})
	if err != nil || meta.Name != "posts.csv" || tbl.Len() != 2 {
		t.Errorf("imported dataset: %+v, %v", meta, err)
	}
	plan, err := b.Store().Get(ctx, store.Plans, "plan-1")
	if err != nil || string(plan.Data) != `{"x":1}` {
		t.Errorf("imported plan: %q, %v", plan.Data, err)
	}
	// Importing again replaces rather than conflicts.
	if _, err := b.Import(ctx, file); err != nil {
		t.Errorf("second import: %v", err)
	}
}

func TestHostileImportChangesNothing(t *testing.T) {
	ctx := context.Background()
	w := newTest()
	w.Store().Put(ctx, store.Record{Kind: store.Plans, ID: "mine", Data: []byte("keep")})
	for name, file := range map[string]string{
		"not json":      "<script>alert(1)</script>",
		"other format":  `{"format":"reachlab-plan","version":1}`,
		"newer version": `{"format":"reachlab-workspace","version":99,"records":[]}`,
		"bad kind":      `{"format":"reachlab-workspace","version":1,"records":[{"kind":"x","id":"a","data":""}]}`,
		"bad base64":    `{"format":"reachlab-workspace","version":1,"records":[{"kind":"plan","id":"a","data":"%%%"}]}`,
		"late bad meta": `{"format":"reachlab-workspace","version":1,"records":[{"kind":"plan","id":"mine","data":"b3Zlcg=="},{"kind":"mapping","id":"m","data":"e30="}]}`,
		"unknown field": `{"format":"reachlab-workspace","version":1,"records":[],"evil":true}`,
	} {
		if _, err := w.Import(ctx, []byte(file)); err == nil {
			t.Errorf("%s: imported", name)
		}
		r, _ := w.Store().Get(ctx, store.Plans, "mine")
		if string(r.Data) != "keep" {
			t.Fatalf("%s: overwrote a saved record", name)
		}
	}
	if _, err := w.Import(ctx, []byte(strings.Repeat(" ", 10))); !errors.Is(err, ErrNotWorkspace) {
		t.Errorf("blank file: %v", err)
	}
}

func TestMessagesFromTable(t *testing.T) {
	w := newTest()
	tbl, _, err := w.Table(context.Background(), "case:tv-vs-brand", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, role := range map[string]roles.Role{"Channel": roles.Channel, "Kind": roles.Kind, "Post ID": roles.Message, "Date": roles.Date, "Reach": roles.Reach, "Reactions": roles.Reactions, "Comments": roles.Comments, "Shares": roles.Shares} {
		if got := tbl.Column(name).Role(); got != role {
			t.Errorf("column %s has role %q, want %q (recognised from its header)", name, got, role)
		}
	}
	in := Messages(tbl, "TV vs brand", "")
	if len(in.Messages) != 49 {
		t.Fatalf("%d messages", len(in.Messages))
	}
	tv, post := in.Messages[0], in.Messages[1]
	if tv.Channel != "TF1 20h" || tv.Kind != "mass" || tv.Reach != 5_200_000 || tv.Reactions == tv.Reactions {
		t.Errorf("TV message = %+v (its reactions must be NaN)", tv)
	}
	if post.Channel != "Brand page" || post.Reactions != 41 || post.Date.Format("2006-01-02") != "2026-03-02" {
		t.Errorf("first post = %+v", post)
	}
}
