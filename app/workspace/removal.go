package workspace

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"reachlab/app/store"
)

// UndoWindow is how long a deleted dataset can be brought back. Deleting
// takes two steps: RemoveDataset hides the dataset and keeps its records,
// so that the undo writes nothing and works with a full storage; its
// records are really deleted (purged) when the window ends, or at once
// with PurgeDataset when the user needs the space.
const UndoWindow = 30 * time.Second

// removedPrefix starts the ID of a tombstone: the settings record
// "removed:<dataset ID>" that hides a dataset being deleted, holding when
// it was deleted.
const removedPrefix = "removed:"

func tombstoneID(dataset string) string { return removedPrefix + dataset }

// tombstone is the data of a tombstone record.
type tombstone struct {
	At time.Time `json:"at"`
}

// ErrRemoved: the dataset was deleted; it cannot be opened while its undo
// window runs, and is gone after it. It is a store.ErrNotExist too.
var ErrRemoved = fmt.Errorf("deleted dataset: %w", store.ErrNotExist)

// Removed is a dataset deleted within its undo window: hidden everywhere,
// its records still stored.
type Removed struct {
	ID string
	// At is when it was deleted; the records are purged at At+UndoWindow.
	At time.Time
	// InMemory is true when the storage could not even take the tombstone
	// (it is full): the dataset is hidden in this program only, and comes
	// back if the program stops before the window ends. Nothing is lost
	// either way.
	InMemory bool
}

// Ends is when the undo window ends.
func (r Removed) Ends() time.Time { return r.At.Add(UndoWindow) }

// RemoveDataset deletes a dataset, a damaged one too: it is no longer
// listed, opened or current (when it was current, the most recently used
// of the others becomes current), in every tab. Its records stay until the
// undo window ends, when they are purged; RestoreDataset brings it back
// before that, writing nothing.
func (w *Workspace) RemoveDataset(ctx context.Context, id string) (Removed, error) {
	if IsBuiltIn(id) {
		return Removed{}, fmt.Errorf("%s: %w", id, ErrBuiltIn)
	}
	if _, err := w.store.Get(ctx, store.Mappings, id); err != nil {
		return Removed{}, err
	}
	if w.isRemoved(ctx, id) {
		return Removed{}, fmt.Errorf("dataset %q: %w", id, ErrRemoved)
	}
	rm := Removed{ID: id, At: w.now().UTC()}
	b, err := json.Marshal(tombstone{At: rm.At})
	if err != nil {
		return Removed{}, err
	}
	if _, err := w.store.Put(ctx, store.Record{Kind: store.Settings, ID: tombstoneID(id), Title: "Deleted dataset", Data: b}); err != nil {
		// A full storage cannot take even the tombstone: the dataset is
		// hidden here, its records kept; if this program stops first, it
		// is simply still there next time.
		rm.InMemory = true
	}
	w.mu.Lock()
	w.hidden[id] = rm
	w.mu.Unlock()
	w.EndRead(ctx, id)
	w.notify(ctx, Change{What: ChangedDatasets, ID: id})
	w.after(UndoWindow, func() { w.PurgeExpired(context.Background()) })
	return rm, nil
}

// RestoreDataset brings a removed dataset back, exactly as it was, by
// dropping its tombstone: a deletion, which needs no space. It fails with
// store.ErrNotExist when the dataset was purged already.
func (w *Workspace) RestoreDataset(ctx context.Context, r Removed) error {
	if r.ID == "" {
		return errors.New("nothing to restore")
	}
	if _, err := w.store.Get(ctx, store.Mappings, r.ID); err != nil {
		return err
	}
	if err := w.store.Delete(ctx, store.Settings, tombstoneID(r.ID)); err != nil {
		return err
	}
	w.mu.Lock()
	delete(w.hidden, r.ID)
	w.mu.Unlock()
	w.notify(ctx, Change{What: ChangedDatasets, ID: r.ID})
	return nil
}

// PurgeDataset deletes a removed dataset's records now, freeing their space
// before the undo window ends (the user confirms the deletion). A dataset
// that is not removed (it was restored meanwhile) is left alone.
func (w *Workspace) PurgeDataset(ctx context.Context, id string) error {
	if !w.isRemoved(ctx, id) {
		return fmt.Errorf("dataset %q is not deleted", id)
	}
	return w.purge(ctx, id)
}

// PurgeExpired purges the removed datasets whose undo window has ended:
// those of this program, and those whose tab closed during the window
// (ReachLab calls it when it starts).
func (w *Workspace) PurgeExpired(ctx context.Context) error {
	now := w.now()
	var expired []string
	for id, at := range w.removedAt(ctx) {
		if !now.Before(at.Add(UndoWindow)) {
			expired = append(expired, id)
		}
	}
	var errs []error
	for _, id := range expired {
		errs = append(errs, w.purge(ctx, id))
	}
	return errors.Join(errs...)
}

// purge deletes dataset id's records, then its tombstone, so that a purge
// cut short is done again at the next start.
func (w *Workspace) purge(ctx context.Context, id string) error {
	for _, k := range []store.Kind{store.Mappings, store.Datasets} {
		if err := w.store.Delete(ctx, k, id); err != nil {
			return err
		}
	}
	w.store.Delete(ctx, store.Settings, viewsID(id))
	w.forgetUse(ctx, id)
	w.EndRead(ctx, id)
	if err := w.store.Delete(ctx, store.Settings, tombstoneID(id)); err != nil {
		return err
	}
	w.mu.Lock()
	delete(w.hidden, id)
	w.mu.Unlock()
	w.notify(ctx, Change{What: ChangedDatasets, ID: id})
	return nil
}

// IsRemoved reports whether dataset id is being deleted (RemoveDataset),
// here or by any tab: it is hidden until its undo window ends.
func (w *Workspace) IsRemoved(ctx context.Context, id string) bool { return w.isRemoved(ctx, id) }

// isRemoved reports whether dataset id is removed, here or by any tab.
func (w *Workspace) isRemoved(ctx context.Context, id string) bool {
	w.mu.Lock()
	_, ok := w.hidden[id]
	w.mu.Unlock()
	if ok {
		return true
	}
	_, err := w.store.Get(ctx, store.Settings, tombstoneID(id))
	return err == nil
}

// removedAt maps each removed dataset, from the tombstones and from this
// program's memory, to when it was deleted. A tombstone that cannot be
// read counts from when it was written.
func (w *Workspace) removedAt(ctx context.Context) map[string]time.Time {
	out := map[string]time.Time{}
	if recs, err := w.store.List(ctx, store.Settings); err == nil {
		for _, r := range recs {
			id, ok := strings.CutPrefix(r.ID, removedPrefix)
			if !ok {
				continue
			}
			var t tombstone
			if _, _, err := w.getJSON(ctx, store.Settings, r.ID, &t); err != nil || t.At.IsZero() {
				t.At = r.Updated
			}
			out[id] = t.At
		}
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for id, rm := range w.hidden {
		if _, ok := out[id]; !ok {
			out[id] = rm.At
		}
	}
	return out
}

// ofRemoved reports whether record kind/id is a tombstone or belongs to a
// dataset being deleted (in gone: its data, description or page settings).
// An export leaves them out: the user deleted that dataset.
func ofRemoved(kind store.Kind, id string, gone map[string]time.Time) bool {
	switch kind {
	case store.Datasets, store.Mappings:
		_, ok := gone[id]
		return ok
	case store.Settings:
		if strings.HasPrefix(id, removedPrefix) {
			return true
		}
		for ds := range gone {
			if id == viewsID(ds) {
				return true
			}
		}
	}
	return false
}
