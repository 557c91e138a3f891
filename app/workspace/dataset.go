package workspace

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"reachlab/app/store"
	"reachlab/app/text"
)

// Dataset describes a dataset without its rows: what lists, headers and
// pickers show. The engine that reads the source keeps how it reads it
// (the column mapping and the reader's choices) in Mapping and Reading,
// which the rest of the program passes along without looking inside.
type Dataset struct {
	ID      string    `json:"id"`
	Name    string    `json:"name"`
	Kind    string    `json:"kind"` // how the source is read: csv, json, xlsx, paste
	Sheet   int       `json:"sheet,omitempty"`
	Sheets  []string  `json:"sheets,omitempty"` // XLSX: every sheet, for the picker
	Rows    int       `json:"rows"`
	Columns int       `json:"columns"`
	Size    int64     `json:"size"`
	Added   time.Time `json:"added"`
	// Platform is the export the headers were recognised as ("" for a
	// generic table).
	Platform string `json:"platform,omitempty"`
	// MediumKind is the medium kind given to rows that have no kind column
	// ("mass", "social"; "" for unknown).
	MediumKind string `json:"mediumKind,omitempty"`
	// Mapping and Reading belong to the reader (app/tables): the roles and
	// types of the columns, and the options the user chose.
	Mapping json.RawMessage `json:"mapping,omitempty"`
	Reading json.RawMessage `json:"reading,omitempty"`

	// BuiltIn marks a case shipped with ReachLab: always there, never
	// stored, not deletable. Its name exists in every UI language (Names).
	BuiltIn bool      `json:"-"`
	Names   text.Text `json:"-"`
	// Damaged is why the stored description cannot be read; such a
	// dataset is listed so the user can delete it.
	Damaged string `json:"-"`
	// Rev is the revision of the stored description.
	Rev int64 `json:"-"`
}

// Title is the dataset's name in l: a built-in case's translated name, or
// the name the user gave.
func (d Dataset) Title(l text.Lang) string {
	if n := d.Names.In(l); n != "" {
		return n
	}
	return d.Name
}

// Title returns the name in l of the dataset id among list, or id itself
// when it is not there.
func Title(list []Dataset, id string, l text.Lang) string {
	for _, d := range list {
		if d.ID == id {
			return d.Title(l)
		}
	}
	return id
}

// Datasets lists the user's datasets, newest first, then the built-in
// cases. A description that cannot be read is listed as Damaged; a dataset
// being deleted (RemoveDataset) is not listed.
func (w *Workspace) Datasets(ctx context.Context) ([]Dataset, error) {
	var list []Dataset
	recs, err := w.store.List(ctx, store.Mappings)
	if err == nil {
		removed := w.removedAt(ctx)
		for _, r := range recs {
			if _, ok := removed[r.ID]; ok {
				continue
			}
			d, err := w.dataset(ctx, r.ID)
			switch {
			case errors.Is(err, store.ErrNotExist):
				continue // deleted by another tab meanwhile
			case errors.Is(err, ErrDamaged):
				d = Dataset{ID: r.ID, Name: r.Title, Damaged: err.Error(), Rev: r.Rev, Size: r.Size}
			case err != nil:
				return list, err
			}
			list = append(list, d)
		}
	}
	for _, b := range w.builtIn {
		list = append(list, b.dataset())
	}
	return list, err
}

// Dataset returns one dataset's description; ErrRemoved for a dataset
// being deleted.
func (w *Workspace) Dataset(ctx context.Context, id string) (Dataset, error) {
	if b, ok := w.findBuiltIn(id); ok {
		return b.dataset(), nil
	}
	if w.isRemoved(ctx, id) {
		return Dataset{}, fmt.Errorf("dataset %q: %w", id, ErrRemoved)
	}
	return w.dataset(ctx, id)
}

func (w *Workspace) dataset(ctx context.Context, id string) (Dataset, error) {
	r, err := w.store.Get(ctx, store.Mappings, id)
	if err != nil {
		return Dataset{}, err
	}
	var d Dataset
	if err := json.Unmarshal(r.Data, &d); err != nil || d.ID != id {
		return Dataset{ID: id, Name: r.Title, Rev: r.Rev}, fmt.Errorf("dataset %q: %w", id, ErrDamaged)
	}
	d.Rev = r.Rev
	return d, nil
}

// Source returns the bytes a dataset is read from; ErrRemoved for a
// dataset being deleted.
func (w *Workspace) Source(ctx context.Context, id string) ([]byte, error) {
	if b, ok := w.findBuiltIn(id); ok {
		return b.CSV, nil
	}
	if w.isRemoved(ctx, id) {
		return nil, fmt.Errorf("dataset %q: %w", id, ErrRemoved)
	}
	r, err := w.store.Get(ctx, store.Datasets, id)
	if err != nil {
		return nil, err
	}
	return r.Data, nil
}

// AddDataset keeps a new dataset: its source and its description (whose
// ID must be new).
func (w *Workspace) AddDataset(ctx context.Context, d Dataset, source []byte) (Dataset, error) {
	if _, err := w.store.Put(ctx, store.Record{Kind: store.Datasets, ID: d.ID, Title: d.Name, Data: source}); err != nil {
		return Dataset{}, err
	}
	d.Rev = 0
	d, err := w.PutDataset(ctx, d)
	if err != nil {
		w.store.Delete(ctx, store.Datasets, d.ID)
		return Dataset{}, err
	}
	w.notify(ctx, Change{What: ChangedDatasets, ID: d.ID})
	return d, nil
}

// PutDataset writes a dataset's description at revision d.Rev and returns
// it with its new revision; errors.Is(err, store.ErrConflict) when another
// tab changed it meanwhile.
func (w *Workspace) PutDataset(ctx context.Context, d Dataset) (Dataset, error) {
	if d.BuiltIn || IsBuiltIn(d.ID) {
		return d, fmt.Errorf("%s: %w", d.ID, ErrBuiltIn)
	}
	d.Name = strings.TrimSpace(d.Name)
	b, err := json.Marshal(d)
	if err != nil {
		return d, err
	}
	r, err := w.store.Put(ctx, store.Record{Kind: store.Mappings, ID: d.ID, Title: d.Name, Rev: d.Rev, Data: b})
	if err != nil {
		return d, err
	}
	d.Rev = r.Rev
	if d.Rev > 1 {
		w.notify(ctx, Change{What: ChangedDataset, ID: d.ID})
	}
	return d, nil
}
