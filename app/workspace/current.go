package workspace

import (
	"context"

	"reachlab/app/store"
)

// usesID is the settings record that says when each dataset was last made
// current, newest last: the current dataset is the last one.
const usesID = "datasets.used"

// uses lists dataset IDs by the time they were last made current, the
// current one last.
type uses struct {
	Order []string `json:"order"`
}

// maxUses bounds the history kept.
const maxUses = 200

// Current returns the current dataset: the one the user loaded or opened
// last, if it still exists; else the most recent of the user's datasets;
// else the first built-in case. fallback is true in that last case, when
// the user has no data yet, so pages can label the case as an example.
func (w *Workspace) Current(ctx context.Context) (d Dataset, fallback bool, err error) {
	list, err := w.Datasets(ctx)
	if err != nil && len(list) == 0 {
		return Dataset{}, true, err
	}
	var u uses
	w.getJSON(ctx, store.Settings, usesID, &u)
	byID := map[string]Dataset{}
	for _, d := range list {
		byID[d.ID] = d
	}
	for i := len(u.Order) - 1; i >= 0; i-- {
		if d, ok := byID[u.Order[i]]; ok && d.Damaged == "" {
			return d, d.BuiltIn, nil
		}
	}
	for _, d := range list { // user datasets come first, newest first
		if !d.BuiltIn && d.Damaged == "" {
			return d, false, nil
		}
	}
	for _, d := range list {
		if d.BuiltIn {
			return d, true, nil
		}
	}
	return Dataset{}, true, err
}

// SetCurrent makes dataset id the current one (the user loaded or opened
// it), and tells the other tabs.
func (w *Workspace) SetCurrent(ctx context.Context, id string) error {
	changed := false
	_, err := update(ctx, w, usesID, "Datasets used", func(u *uses) bool {
		if n := len(u.Order); n > 0 && u.Order[n-1] == id {
			return false
		}
		u.Order = append(remove(u.Order, id), id)
		if len(u.Order) > maxUses {
			u.Order = u.Order[len(u.Order)-maxUses:]
		}
		changed = true
		return true
	})
	if err == nil && changed {
		w.notify(ctx, Change{What: ChangedCurrent, ID: id})
	}
	return err
}

// forgetUse drops a deleted dataset from the history, so that the one used
// before it becomes current.
func (w *Workspace) forgetUse(ctx context.Context, id string) {
	update(ctx, w, usesID, "Datasets used", func(u *uses) bool {
		n := len(u.Order)
		u.Order = remove(u.Order, id)
		return len(u.Order) != n
	})
}

// remove returns list without id.
func remove(list []string, id string) []string {
	out := list[:0]
	for _, x := range list {
		if x != id {
			out = append(out, x)
		}
	}
	return out
}
