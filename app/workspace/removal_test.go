package workspace

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"reachlab/app/store"
)

// fullStore is a memory store whose storage can be made full: every Put is
// then refused with store.ErrQuota, as a browser does, while reads and
// deletions work.
type fullStore struct {
	*store.Memory
	full bool
}

func (s *fullStore) Put(ctx context.Context, r store.Record) (store.Record, error) {
	if s.full {
		return store.Record{}, fmt.Errorf("saving %s %q: %w", r.Kind, r.ID, store.ErrQuota)
	}
	return s.Memory.Put(ctx, r)
}

// removalTest is a workspace on a fullStore, with a clock the test moves
// and the undo timers it set, which the test fires.
type removalTest struct {
	*Workspace
	s      *fullStore
	clock  time.Time
	timers []time.Duration
}

func newRemovalTest(t *testing.T) *removalTest {
	s := &fullStore{Memory: store.NewMemory()}
	rt := &removalTest{Workspace: New(s, BuiltInCases()...), s: s, clock: time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)}
	rt.now = func() time.Time { return rt.clock }
	rt.after = func(d time.Duration, f func()) { rt.timers = append(rt.timers, d) }
	return rt
}

// ids lists the IDs of the user's datasets the workspace lists.
func (rt *removalTest) ids(t *testing.T) []string {
	t.Helper()
	list, err := rt.Datasets(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range list {
		if !d.BuiltIn {
			out = append(out, d.ID)
		}
	}
	return out
}

func TestRemoveHidesUntilTheWindowEnds(t *testing.T) {
	ctx := context.Background()
	for _, full := range []bool{false, true} {
		t.Run(fmt.Sprintf("storage full %v", full), func(t *testing.T) {
			w := newRemovalTest(t)
			a, b := addDataset(t, w.Workspace, "a.csv"), addDataset(t, w.Workspace, "b.csv")
			w.SetCurrent(ctx, b.ID)
			w.SetCurrent(ctx, a.ID)
			w.PutPlan(ctx, "p1", "Q3", 0, []byte(`{"x":1}`))
			before := everything(t, w.s)
			w.s.full = full

			rm, err := w.RemoveDataset(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			if rm.InMemory != full || !rm.Ends().Equal(w.clock.Add(UndoWindow)) {
				t.Errorf("removed = %+v; want in memory %v, ending %v", rm, full, w.clock.Add(UndoWindow))
			}
			if !slices.Equal(w.timers, []time.Duration{UndoWindow}) {
				t.Errorf("timers = %v, want one of %v", w.timers, UndoWindow)
			}
			if got := w.ids(t); !slices.Equal(got, []string{b.ID}) {
				t.Errorf("listed = %v, want only %s", got, b.ID)
			}
			if d, _, _ := w.Current(ctx); d.ID != b.ID {
				t.Errorf("current = %s, want %s", d.ID, b.ID)
			}
			if _, err := w.Dataset(ctx, a.ID); !errors.Is(err, ErrRemoved) || !errors.Is(err, store.ErrNotExist) {
				t.Errorf("opening the deleted dataset: %v, want ErrRemoved", err)
			}
			if _, err := w.Source(ctx, a.ID); !errors.Is(err, ErrRemoved) {
				t.Errorf("reading the deleted dataset's source: %v, want ErrRemoved", err)
			}
			if _, err := w.RemoveDataset(ctx, a.ID); !errors.Is(err, ErrRemoved) {
				t.Errorf("deleting it twice: %v, want ErrRemoved", err)
			}

			// Undo with the storage full: everything is back as it was.
			w.s.full = true
			if err := w.RestoreDataset(ctx, rm); err != nil {
				t.Fatalf("undo: %v", err)
			}
			if got := everything(t, w.s); fmt.Sprint(got) != fmt.Sprint(before) {
				t.Errorf("after undo the store holds\n%v\nwant\n%v", got, before)
			}
			if got := w.ids(t); len(got) != 2 {
				t.Errorf("listed after undo = %v", got)
			}
			if d, _, _ := w.Current(ctx); d.ID != a.ID {
				t.Errorf("current after undo = %s, want %s again", d.ID, a.ID)
			}
			if src, err := w.Source(ctx, a.ID); err != nil || string(src) != "a,b,c\n1,2,3\n" {
				t.Errorf("source after undo = %q, %v", src, err)
			}

			// The window of the undone deletion ends: nothing is purged.
			w.clock = w.clock.Add(UndoWindow)
			if err := w.PurgeExpired(ctx); err != nil {
				t.Fatal(err)
			}
			if got := everything(t, w.s); fmt.Sprint(got) != fmt.Sprint(before) {
				t.Errorf("an undone deletion was purged: %v", got)
			}
		})
	}
}

func TestPurgeAfterTheWindow(t *testing.T) {
	ctx := context.Background()
	for _, full := range []bool{false, true} {
		t.Run(fmt.Sprintf("storage full %v", full), func(t *testing.T) {
			w := newRemovalTest(t)
			a, b := addDataset(t, w.Workspace, "a.csv"), addDataset(t, w.Workspace, "b.csv")
			w.SetView(ctx, a.ID, "/compare", map[string][]string{"cpm": {"8"}})
			w.SetCurrent(ctx, a.ID)
			w.PutPlan(ctx, "p1", "Q3", 0, []byte(`{"x":1}`))
			w.s.full = full
			rm, err := w.RemoveDataset(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			var changes []Change
			w.Watch(func(c Change) { changes = append(changes, c) })

			w.clock = w.clock.Add(UndoWindow - time.Millisecond)
			w.PurgeExpired(ctx)
			if _, err := w.store.Get(ctx, store.Datasets, a.ID); err != nil {
				t.Fatalf("purged before the window ended: %v", err)
			}
			w.clock = w.clock.Add(time.Millisecond)
			if err := w.PurgeExpired(ctx); err != nil {
				t.Fatal(err)
			}
			for key := range everything(t, w.s) {
				if key == "dataset/"+a.ID || key == "mapping/"+a.ID || key == "setting/views."+a.ID || key == "setting/removed:"+a.ID {
					t.Errorf("%s kept after the window", key)
				}
			}
			if _, err := w.Plan(ctx, "p1"); err != nil {
				t.Errorf("the plan: %v", err)
			}
			if src, err := w.Source(ctx, b.ID); err != nil || len(src) == 0 {
				t.Errorf("the other dataset: %q, %v", src, err)
			}
			if !slices.Equal(changes, []Change{{ChangedDatasets, a.ID}}) {
				t.Errorf("changes = %v, want the purge announced", changes)
			}
			if err := w.RestoreDataset(ctx, rm); !errors.Is(err, store.ErrNotExist) {
				t.Errorf("undo after the window: %v, want ErrNotExist", err)
			}
		})
	}
}

func TestConfirmFreesAtOnce(t *testing.T) {
	ctx := context.Background()
	w := newRemovalTest(t)
	a, b := addDataset(t, w.Workspace, "a.csv"), addDataset(t, w.Workspace, "b.csv")
	usedBefore, _, _ := w.Usage(ctx)
	w.s.full = true
	if _, err := w.RemoveDataset(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if used, _, _ := w.Usage(ctx); used != usedBefore {
		t.Errorf("usage during the window = %d, want %d: the records are kept", used, usedBefore)
	}
	if err := w.PurgeDataset(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	used, _, _ := w.Usage(ctx)
	if used >= usedBefore {
		t.Errorf("usage after confirming = %d, want less than %d", used, usedBefore)
	}
	if _, err := w.store.Get(ctx, store.Datasets, a.ID); !errors.Is(err, store.ErrNotExist) {
		t.Errorf("source after confirming: %v", err)
	}
	// A dataset that is not being deleted cannot be purged.
	if err := w.PurgeDataset(ctx, b.ID); err == nil {
		t.Error("purged a dataset that was not deleted")
	}
	if got := w.ids(t); !slices.Equal(got, []string{b.ID}) {
		t.Errorf("listed = %v, want %s", got, b.ID)
	}
}

func TestStartPurgesTombstonesOfClosedTabs(t *testing.T) {
	ctx := context.Background()
	tab := newRemovalTest(t)
	old, recent, kept := addDataset(t, tab.Workspace, "old.csv"), addDataset(t, tab.Workspace, "recent.csv"), addDataset(t, tab.Workspace, "kept.csv")
	tab.RemoveDataset(ctx, old.ID)
	tab.clock = tab.clock.Add(UndoWindow / 2)
	tab.RemoveDataset(ctx, recent.ID)
	// The tab closes; another starts on the same store after the first
	// window ended and before the second did.
	next := New(tab.s, BuiltInCases()...)
	next.now = func() time.Time { return tab.clock.Add(UndoWindow/2 + time.Second) }
	if got := (&removalTest{Workspace: next}).ids(t); !slices.Equal(got, []string{kept.ID}) {
		t.Errorf("the new tab lists %v, want only %s", got, kept.ID)
	}
	if err := next.PurgeExpired(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := tab.s.Get(ctx, store.Datasets, old.ID); !errors.Is(err, store.ErrNotExist) {
		t.Errorf("the expired deletion was not purged: %v", err)
	}
	if _, err := tab.s.Get(ctx, store.Datasets, recent.ID); err != nil {
		t.Errorf("the deletion still in its window was purged: %v", err)
	}
	if err := next.RestoreDataset(ctx, Removed{ID: recent.ID}); err != nil {
		t.Fatalf("undo from another tab: %v", err)
	}
	if got := (&removalTest{Workspace: next}).ids(t); len(got) != 2 {
		t.Errorf("after undo: %v", got)
	}
}

func TestDeletionInMemoryIsLostOnlyAsADeletion(t *testing.T) {
	ctx := context.Background()
	tab := newRemovalTest(t)
	a := addDataset(t, tab.Workspace, "a.csv")
	tab.s.full = true
	rm, err := tab.RemoveDataset(ctx, a.ID)
	if err != nil || !rm.InMemory {
		t.Fatalf("remove with the storage full: %+v, %v", rm, err)
	}
	// The tab closes within the window: the next one still has the data.
	next := New(tab.s, BuiltInCases()...)
	next.PurgeExpired(ctx)
	if d, err := next.Dataset(ctx, a.ID); err != nil || d.Name != "a.csv" {
		t.Errorf("after a restart: %+v, %v; want the dataset kept", d, err)
	}
}

func TestEndReadWithStorageFull(t *testing.T) {
	ctx := context.Background()
	w := newRemovalTest(t)
	a, b := addDataset(t, w.Workspace, "a.csv"), addDataset(t, w.Workspace, "b.csv")
	w.StartRead(ctx, a.ID)
	w.StartRead(ctx, b.ID)
	w.s.full = true
	if err := w.EndRead(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if w.Interrupted(ctx, a.ID) {
		t.Error("a read that ended with the storage full still counts as interrupted")
	}
}

func TestExportLeavesOutADatasetBeingDeleted(t *testing.T) {
	ctx := context.Background()
	for _, full := range []bool{false, true} {
		t.Run(fmt.Sprintf("storage full %v", full), func(t *testing.T) {
			w := newRemovalTest(t)
			a, b := addDataset(t, w.Workspace, "a.csv"), addDataset(t, w.Workspace, "b.csv")
			if err := w.SetView(ctx, a.ID, "/compare", map[string][]string{"denominator": {"reach"}}); err != nil {
				t.Fatal(err)
			}
			w.s.full = full
			if _, err := w.RemoveDataset(ctx, a.ID); err != nil {
				t.Fatal(err)
			}
			out, err := w.Export(ctx, w.clock)
			if err != nil {
				t.Fatal(err)
			}
			var f file
			if err := json.Unmarshal(out, &f); err != nil {
				t.Fatal(err)
			}
			var kept []string
			for _, r := range f.Records {
				kept = append(kept, string(r.Kind)+"/"+r.ID)
			}
			for _, k := range kept {
				if strings.Contains(k, a.ID) {
					t.Errorf("the export holds %s of the deleted dataset (all: %v)", k, kept)
				}
			}
			if !slices.Contains(kept, "dataset/"+b.ID) || !slices.Contains(kept, "mapping/"+b.ID) {
				t.Errorf("the export lost the other dataset: %v", kept)
			}
		})
	}
}
