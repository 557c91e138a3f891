package workspace

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"reachlab/app/plan"
	"reachlab/app/store"
	"reachlab/app/text"

	"github.com/google/uuid"
)

// Choice is what Apply does with the items in Conflict.
type Choice int

// The choices.
const (
	// KeepBoth keeps what is stored here and adds the file's datasets and
	// plans as copies: a new ID and the name followed by " (copy)" (in the
	// plan's language for a plan, as the plan page's import does; in the
	// language given to Apply for a dataset). A setting cannot be had
	// twice: the one stored here is kept. The default: nothing is lost.
	KeepBoth Choice = iota
	// Replace writes the file's version over the one stored here.
	Replace
)

// Applied counts what Apply did, by item.
type Applied struct {
	Added, Replaced, Copied int
	// Unchanged counts the items left as they are here: identical, or
	// settings in conflict kept under KeepBoth.
	Unchanged int
}

// ErrChangedSincePreview: a record of the import was changed here (in
// another tab) between Preview and Apply; nothing was changed, and a new
// Preview shows the conflicts as they now are.
var ErrChangedSincePreview = errors.New("the workspace changed since the preview")

// datasetCopySuffix follows the name of a dataset kept as a copy.
var datasetCopySuffix = text.Text{FR: " (copie)", EN: " (copy)"}

// Apply imports what p (from Preview) describes: it adds the new items,
// skips the identical ones, and treats those in Conflict as choice says.
// Names of datasets kept as copies are suffixed in l. It writes a
// dataset's data before its description, so a listed dataset always has
// its data. Either everything is written or, when a write fails (the
// browser's storage full, a record changed meanwhile: errors.Is(err,
// ErrChangedSincePreview)), what was written is undone, as far as the
// store lets.
func (w *Workspace) Apply(ctx context.Context, p ImportPlan, choice Choice, l text.Lang) (Applied, error) {
	var done Applied
	var writes []store.Record
	for _, it := range p.Items {
		switch {
		case it.Action == Same:
			done.Unchanged++
		case it.Action == Add:
			writes = append(writes, it.fileRecords()...)
			done.Added++
		case choice == Replace:
			writes = append(writes, it.fileRecords()...)
			done.Replaced++
		default:
			recs, err := w.copyOf(ctx, it, l)
			if err != nil {
				return Applied{}, err
			}
			if recs == nil {
				done.Unchanged++
				continue
			}
			writes = append(writes, recs...)
			done.Copied++
		}
	}
	order(writes)
	var undo []undoStep
	for _, r := range writes {
		step, err := w.put(ctx, r)
		if err != nil {
			w.undo(ctx, undo)
			if errors.Is(err, store.ErrConflict) {
				err = fmt.Errorf("%v: %w", err, ErrChangedSincePreview)
			}
			return Applied{}, err
		}
		undo = append(undo, step)
	}
	if len(writes) > 0 {
		w.notify(ctx, Change{What: ChangedDatasets})
		w.notify(ctx, Change{What: ChangedPlans})
	}
	return done, nil
}

// fileRecords are the item's records that differ from those stored here, as
// the file has them, each at the revision stored here when Preview ran.
func (it Item) fileRecords() []store.Record {
	out := make([]store.Record, 0, len(it.records))
	for _, in := range it.records {
		if in.same {
			continue
		}
		r := in.rec
		r.Rev = in.rev
		out = append(out, r)
	}
	return out
}

// copyOf returns the records of the file's version of it as a new item
// beside the one stored here, or nil when it is kept as stored: a setting,
// or a dataset that differs only by its page settings.
func (w *Workspace) copyOf(ctx context.Context, it Item, l text.Lang) ([]store.Record, error) {
	switch it.Kind {
	case ItemPlan:
		p, err := plan.Import(it.records[0].rec.Data)
		if err != nil {
			return nil, err // Preview checked it
		}
		c := p.Duplicate(time.Now().UTC())
		b, err := plan.Export(c)
		if err != nil {
			return nil, err
		}
		return []store.Record{{Kind: store.Plans, ID: c.ID, Title: c.Title, Data: b}}, nil
	case ItemDataset:
		return w.datasetCopy(ctx, it, l)
	}
	return nil, nil
}

// datasetCopy returns the file's version of a dataset under a new ID: its
// data and description (the file's, or those stored here when the file
// does not carry them), and its page settings when the file has them.
func (w *Workspace) datasetCopy(ctx context.Context, it Item, l text.Lang) ([]store.Record, error) {
	var src, desc, views *store.Record
	differs := false
	for _, in := range it.records {
		r := in.rec
		switch r.Kind {
		case store.Datasets:
			src = &r
		case store.Mappings:
			desc = &r
		default:
			views = &r
			continue
		}
		differs = differs || !in.same
	}
	if !differs {
		return nil, nil
	}
	var err error
	if src == nil {
		if src, err = w.get(ctx, store.Datasets, it.ID); err != nil {
			return nil, err
		}
	}
	if desc == nil {
		if desc, err = w.get(ctx, store.Mappings, it.ID); err != nil {
			return nil, err
		}
	}
	var d Dataset
	if err := json.Unmarshal(desc.Data, &d); err != nil {
		return nil, fmt.Errorf("dataset %q: %w", it.ID, ErrDamaged)
	}
	suffix := datasetCopySuffix.In(l)
	d.ID = uuid.NewString()
	d.Name = cut(d.Name, MaxTitle-len([]rune(suffix))-1) + suffix
	b, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	out := []store.Record{
		{Kind: store.Datasets, ID: d.ID, Title: d.Name, Data: src.Data},
		{Kind: store.Mappings, ID: d.ID, Title: d.Name, Data: b},
	}
	if views != nil {
		out = append(out, store.Record{Kind: store.Settings, ID: viewsID(d.ID), Title: views.Title, Data: views.Data})
	}
	return out, nil
}

// get reads the record kind/id.
func (w *Workspace) get(ctx context.Context, kind store.Kind, id string) (*store.Record, error) {
	r, err := w.store.Get(ctx, kind, id)
	return &r, err
}

// order sorts records in the order they are written: data, descriptions,
// plans, settings (the order of kinds), keeping the file's order within a
// kind.
func order(recs []store.Record) {
	slices.SortStableFunc(recs, func(a, b store.Record) int {
		return slices.Index(kinds, a.Kind) - slices.Index(kinds, b.Kind)
	})
}

// undoStep puts one record back as it was before Apply wrote it.
type undoStep struct {
	before *store.Record // nil: there was none
	after  store.Record  // as Apply wrote it
}

// put writes r and returns how to undo it.
func (w *Workspace) put(ctx context.Context, r store.Record) (undoStep, error) {
	var before *store.Record
	if r.Rev > 0 {
		old, err := w.store.Get(ctx, r.Kind, r.ID)
		if err != nil && !errors.Is(err, store.ErrNotExist) {
			return undoStep{}, err
		}
		if err == nil {
			before = &old
		}
	}
	after, err := w.store.Put(ctx, r)
	if err != nil {
		return undoStep{}, err
	}
	return undoStep{before: before, after: after}, nil
}

// undo reverts steps, the last first.
func (w *Workspace) undo(ctx context.Context, steps []undoStep) {
	for i := len(steps) - 1; i >= 0; i-- {
		s := steps[i]
		if s.before == nil {
			w.store.Delete(ctx, s.after.Kind, s.after.ID)
			continue
		}
		old := *s.before
		old.Rev = s.after.Rev
		w.store.Put(ctx, old)
	}
}
