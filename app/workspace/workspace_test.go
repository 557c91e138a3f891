package workspace

import (
	"context"
	"encoding/json"
	"net/url"
	"testing"
	"time"

	"reachlab/app/store"
)

func newTest() *Workspace { return New(store.NewMemory(), BuiltInCases()...) }

// addDataset keeps a dataset the way the reader does.
func addDataset(t *testing.T, w *Workspace, name string) Dataset {
	t.Helper()
	d, err := w.AddDataset(context.Background(), Dataset{ID: "id-" + name, Name: name, Kind: "csv", Rows: 2, Columns: 3, Added: time.Now()}, []byte("a,b,c\n1,2,3\n"))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestCurrentDataset(t *testing.T) {
	ctx := context.Background()
	w := newTest()
	// No data yet: the first built-in case, labelled as an example.
	d, example, err := w.Current(ctx)
	if err != nil || d.ID != "case:tv-vs-brand" || !example {
		t.Fatalf("without data: %s (example %v), %v", d.ID, example, err)
	}
	a, b := addDataset(t, w, "a.csv"), addDataset(t, w, "b.csv")
	if err := w.SetCurrent(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	w.SetCurrent(ctx, b.ID)
	w.SetCurrent(ctx, a.ID)
	if d, example, _ := w.Current(ctx); d.ID != a.ID || example {
		t.Errorf("current = %s, want the last opened %s", d.ID, a.ID)
	}
	// Deleting the current dataset makes the one used before it current.
	if _, err := w.RemoveDataset(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if d, _, _ := w.Current(ctx); d.ID != b.ID {
		t.Errorf("after deleting the current dataset: %s, want %s", d.ID, b.ID)
	}
	// A built-in case the user opened on purpose is current, not an example.
	w.SetCurrent(ctx, "case:viral-video")
	if d, example, _ := w.Current(ctx); d.ID != "case:viral-video" || !example {
		t.Errorf("opened case: %s (example %v)", d.ID, example)
	}
}

func TestCurrentSkipsADamagedRecord(t *testing.T) {
	ctx := context.Background()
	w := newTest()
	good := addDataset(t, w, "good.csv")
	w.store.Put(ctx, store.Record{Kind: store.Mappings, ID: "bad", Title: "bad.csv", Data: []byte(`{"id":"bad","rows":`)})
	w.SetCurrent(ctx, "bad")
	list, err := w.Datasets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var damaged *Dataset
	for i := range list {
		if list[i].ID == "bad" {
			damaged = &list[i]
		}
	}
	if damaged == nil || damaged.Damaged == "" || damaged.Name != "bad.csv" {
		t.Fatalf("a damaged record must be listed as damaged, not dropped: %+v", list)
	}
	if d, _, _ := w.Current(ctx); d.ID != good.ID {
		t.Errorf("current = %s, want the readable %s", d.ID, good.ID)
	}
	if _, err := w.RemoveDataset(ctx, "bad"); err != nil {
		t.Errorf("a damaged dataset must be deletable: %v", err)
	}
}

func TestViewsStickToTheDataset(t *testing.T) {
	ctx := context.Background()
	w := newTest()
	d := addDataset(t, w, "a.csv")
	q := url.Values{"dataset": {d.ID}, "denominator": {"impressions"}, "cpm": {"8.5"}}
	if err := w.SetView(ctx, d.ID, "/compare", q); err != nil {
		t.Fatal(err)
	}
	got, err := w.View(ctx, d.ID, "/compare")
	if err != nil || got.Get("denominator") != "impressions" || got.Get("cpm") != "8.5" || got.Has("dataset") {
		t.Errorf("view = %v, %v", got, err)
	}
	if q.Get("dataset") != d.ID {
		t.Error("SetView changed the caller's values")
	}
	if got, _ := w.View(ctx, d.ID, "/longtail"); len(got) != 0 {
		t.Errorf("another page's view = %v", got)
	}
	// Deleted with the dataset, once the deletion is confirmed.
	w.RemoveDataset(ctx, d.ID)
	w.PurgeDataset(ctx, d.ID)
	if got, _ := w.View(ctx, d.ID, "/compare"); len(got) != 0 {
		t.Errorf("view of a deleted dataset = %v", got)
	}
}

func TestLessonProgress(t *testing.T) {
	ctx := context.Background()
	w := newTest()
	if p, err := w.LessonProgress(ctx); err != nil || len(p) != 0 {
		t.Fatalf("fresh progress = %v, %v", p, err)
	}
	w.MarkSeen(ctx, "mass-vs-social", 2)
	w.MarkSeen(ctx, "mass-vs-social", 0)
	w.MarkSeen(ctx, "long-tail", 4)
	p, err := w.LessonProgress(ctx)
	if err != nil || p["mass-vs-social"] != 3 || p["long-tail"] != 5 {
		t.Errorf("progress = %v, %v", p, err)
	}
	var edited Progress
	json.Unmarshal([]byte(`{"mass-vs-social": 99, "gone": 2, "long-tail": -1}`), &edited)
	if edited["mass-vs-social"] != 5 || len(edited) != 1 {
		t.Errorf("progress read from an edited file = %v", edited)
	}
}

func TestChangesAreAnnounced(t *testing.T) {
	ctx := context.Background()
	w := newTest()
	var seen []Change
	stop := w.Watch(func(c Change) { seen = append(seen, c) })
	d := addDataset(t, w, "a.csv")
	w.SetCurrent(ctx, d.ID)
	w.PutPlan(ctx, "p1", "Q3", 0, []byte(`{}`))
	stop()
	w.DeletePlan(ctx, "p1")
	want := []Change{{ChangedDatasets, d.ID}, {ChangedCurrent, d.ID}, {ChangedPlans, "p1"}}
	if len(seen) != len(want) {
		t.Fatalf("changes = %v, want %v", seen, want)
	}
	for i := range want {
		if seen[i] != want[i] {
			t.Errorf("change %d = %v, want %v", i, seen[i], want[i])
		}
	}
}
