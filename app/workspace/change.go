package workspace

import "context"

// What names the part of the workspace a change touched.
type What string

// The parts of the workspace that change.
const (
	ChangedDatasets What = "datasets" // a dataset was added, deleted or restored
	ChangedDataset  What = "dataset"  // a dataset's description changed (its mapping, say)
	ChangedCurrent  What = "current"  // another dataset became current
	ChangedPlans    What = "plans"    // a plan was saved or deleted
)

// Change says what changed in the workspace, in this program or in another
// tab or worker of the same browser profile.
type Change struct {
	What What   `json:"what"`
	ID   string `json:"id,omitempty"`
}

// Watch calls f for every change of the workspace, made here or elsewhere
// (other tabs, the engines' worker), until stop is called. f runs on its own
// goroutine's schedule: it must not block.
func (w *Workspace) Watch(f func(Change)) (stop func()) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.watchers = append(w.watchers, f)
	i := len(w.watchers) - 1
	return func() {
		w.mu.Lock()
		defer w.mu.Unlock()
		w.watchers[i] = nil
	}
}

// notify tells this program's watchers and the other programs of the
// browser profile.
func (w *Workspace) notify(ctx context.Context, c Change) {
	w.deliver(c)
	w.changes.post(c)
}

// deliver calls this program's watchers.
func (w *Workspace) deliver(c Change) {
	w.mu.Lock()
	list := append([]func(Change){}, w.watchers...)
	w.mu.Unlock()
	for _, f := range list {
		if f != nil {
			f(c)
		}
	}
}
