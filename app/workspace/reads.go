package workspace

import (
	"context"
	"errors"
	"time"

	"reachlab/app/store"
)

// readsID is the settings record listing the datasets whose reading has
// started and not ended. A read that never ends took the page down (a file
// that fills the memory, say): the dataset is then not read again on its
// own, so that opening the app cannot crash it again and again.
const readsID = "datasets.reading"

// reads maps a dataset ID to when its reading started.
type reads map[string]time.Time

// StartRead notes that dataset id is being read; EndRead, called once the
// read ended (well or not), drops the note.
func (w *Workspace) StartRead(ctx context.Context, id string) error {
	_, err := update(ctx, w, readsID, "Datasets being read", func(r *reads) bool {
		if *r == nil {
			*r = reads{}
		}
		(*r)[id] = time.Now().UTC()
		return true
	})
	return err
}

// EndRead drops the note StartRead took. When the notes cannot be written
// again (the storage is full), it deletes them all, as a deletion needs no
// space: a note left would keep the dataset from opening on its own.
func (w *Workspace) EndRead(ctx context.Context, id string) error {
	_, err := update(ctx, w, readsID, "Datasets being read", func(r *reads) bool {
		if _, ok := (*r)[id]; !ok {
			return false
		}
		delete(*r, id)
		return true
	})
	if err != nil && !errors.Is(err, store.ErrConflict) {
		return w.store.Delete(ctx, store.Settings, readsID)
	}
	return err
}

// Interrupted reports whether the last read of dataset id never ended: the
// page stopped while reading it.
func (w *Workspace) Interrupted(ctx context.Context, id string) bool {
	var r reads
	w.getJSON(ctx, store.Settings, readsID, &r)
	_, ok := r[id]
	return ok
}
