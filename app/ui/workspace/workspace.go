package workspace

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"reachlab/app/data"
	"reachlab/app/data/load"
	"reachlab/app/data/platform"
	"reachlab/app/store"
	"reachlab/app/text"

	"github.com/google/uuid"
)

// Meta describes a dataset without its rows.
type Meta struct {
	ID      string       `json:"id"`
	Name    string       `json:"name"`
	Kind    load.Kind    `json:"kind"`
	Sheet   int          `json:"sheet,omitempty"`
	Sheets  []string     `json:"sheets,omitempty"` // XLSX: every sheet, for the picker
	Rows    int          `json:"rows"`
	Columns int          `json:"columns"`
	Size    int64        `json:"size"`
	Added   time.Time    `json:"added"`
	Mapping data.Mapping `json:"mapping"`
	// Platform is the export the headers were recognised as; MediumKind
	// the medium kind it implies ("social", "mass"), used for rows that
	// have no kind column. The user may change MediumKind.
	Platform   platform.Platform `json:"platform,omitempty"`
	MediumKind string            `json:"mediumKind,omitempty"`
	// BuiltIn marks a case shipped with ReachLab: always there, never
	// stored, not deletable. Its name exists in every UI language (Names).
	BuiltIn bool      `json:"builtIn,omitempty"`
	Names   text.Text `json:"-"`
	// Rev is the revision of the stored metadata.
	Rev int64 `json:"-"`
}

// Title is the dataset's name in l: a built-in case's translated name, or
// the name the user gave.
func (m Meta) Title(l text.Lang) string {
	if n := m.Names.In(l); n != "" {
		return n
	}
	return m.Name
}

// Title returns the name in lang of the dataset id among list, or id itself
// when it is not there.
func Title(list []Meta, id string, l text.Lang) string {
	for _, m := range list {
		if m.ID == id {
			return m.Title(l)
		}
	}
	return id
}

// Workspace holds the datasets of one browser profile. It is safe for
// concurrent use.
type Workspace struct {
	store   store.Store
	builtIn []builtIn

	// removed, when set, says which datasets are being deleted (within
	// their undo window): they are hidden.
	removed func(ctx context.Context, id string) bool

	mu     sync.Mutex
	tables map[string]*data.Table // read tables, by dataset ID
}

// New returns a workspace kept in s, offering the given built-in cases.
func New(s store.Store, cases ...BuiltIn) *Workspace {
	w := &Workspace{store: s, tables: map[string]*data.Table{}}
	for _, c := range cases {
		w.builtIn = append(w.builtIn, builtIn{c})
	}
	return w
}

// Store is the store the workspace keeps its records in; pages keep their
// own records (plans, settings) there too.
func (w *Workspace) Store() store.Store { return w.store }

// ErrBuiltIn: built-in cases cannot be deleted or overwritten.
var ErrBuiltIn = errors.New("built-in datasets cannot be changed")

// Datasets lists the built-in cases, then the user's datasets, newest first.
func (w *Workspace) Datasets(ctx context.Context) ([]Meta, error) {
	list := make([]Meta, 0, len(w.builtIn))
	for _, b := range w.builtIn {
		list = append(list, b.meta())
	}
	recs, err := w.store.List(ctx, store.Mappings)
	if err != nil {
		return list, err
	}
	for _, r := range recs {
		m, err := w.meta(ctx, r.ID)
		if err != nil {
			continue // a dataset being deleted by another tab
		}
		if w.removed != nil && w.removed(ctx, r.ID) {
			continue // deleted, within its undo window
		}
		list = append(list, m)
	}
	return list, nil
}

// Meta returns one dataset's description.
func (w *Workspace) Meta(ctx context.Context, id string) (Meta, error) {
	if b, ok := w.findBuiltIn(id); ok {
		return b.meta(), nil
	}
	if w.removed != nil && w.removed(ctx, id) {
		return Meta{}, fmt.Errorf("dataset %s: %w", id, store.ErrNotExist)
	}
	return w.meta(ctx, id)
}

func (w *Workspace) meta(ctx context.Context, id string) (Meta, error) {
	r, err := w.store.Get(ctx, store.Mappings, id)
	if err != nil {
		return Meta{}, err
	}
	var m Meta
	if err := json.Unmarshal(r.Data, &m); err != nil {
		return Meta{}, fmt.Errorf("dataset %s: %w", id, err)
	}
	m.Rev = r.Rev
	return m, nil
}

// Add reads src and, when a table comes out of it, keeps the source in the
// store and returns the table. A read that fails keeps nothing; a table read
// with issues is kept (the issues are in Table.Issues).
func (w *Workspace) Add(ctx context.Context, src load.Source, opts load.Options) (Meta, *data.Table, error) {
	t, info, err := load.Read(ctx, src, opts)
	if err != nil {
		return Meta{}, nil, err
	}
	m := Meta{
		ID:      uuid.NewString(),
		Name:    src.Name,
		Kind:    info.Kind,
		Sheet:   src.Sheet,
		Sheets:  info.Sheets,
		Rows:    t.Len(),
		Columns: len(t.Columns()),
		Size:    int64(len(src.Bytes)),
		Added:   time.Now().UTC().Truncate(time.Second),
		Mapping: t.Mapping(),

		Platform:   info.Export.Platform,
		MediumKind: info.Export.Kind,
	}
	if _, err := w.store.Put(ctx, store.Record{Kind: store.Datasets, ID: m.ID, Title: m.Name, Data: src.Bytes}); err != nil {
		return Meta{}, nil, err
	}
	if m, err = w.putMeta(ctx, m); err != nil {
		w.store.Delete(ctx, store.Datasets, m.ID)
		return Meta{}, nil, err
	}
	w.mu.Lock()
	w.tables[m.ID] = t
	w.mu.Unlock()
	return m, t, nil
}

func (w *Workspace) putMeta(ctx context.Context, m Meta) (Meta, error) {
	b, err := json.Marshal(m)
	if err != nil {
		return m, err
	}
	r, err := w.store.Put(ctx, store.Record{Kind: store.Mappings, ID: m.ID, Title: m.Name, Rev: m.Rev, Data: b})
	if err != nil {
		return m, err
	}
	m.Rev = r.Rev
	return m, nil
}

// Table returns a dataset's table, read from its source with its mapping the
// first time and kept for the next calls.
func (w *Workspace) Table(ctx context.Context, id string, opts load.Options) (*data.Table, Meta, error) {
	m, err := w.Meta(ctx, id)
	if err != nil {
		return nil, Meta{}, err
	}
	w.mu.Lock()
	t, ok := w.tables[id]
	w.mu.Unlock()
	if ok {
		return t, m, nil
	}
	src, err := w.source(ctx, m)
	if err != nil {
		return nil, m, err
	}
	if len(m.Mapping.Columns) > 0 {
		mapping := m.Mapping
		opts.Mapping = &mapping
	}
	t, _, err = load.Read(ctx, src, opts)
	if err != nil {
		return nil, m, err
	}
	w.mu.Lock()
	w.tables[id] = t
	w.mu.Unlock()
	return t, m, nil
}

// Source returns the bytes a dataset was read from.
func (w *Workspace) source(ctx context.Context, m Meta) (load.Source, error) {
	if b, ok := w.findBuiltIn(m.ID); ok {
		return b.source(), nil
	}
	r, err := w.store.Get(ctx, store.Datasets, m.ID)
	if err != nil {
		return load.Source{}, err
	}
	return load.Source{Name: m.Name, Kind: m.Kind, Sheet: m.Sheet, Bytes: r.Data}, nil
}

// SetMapping remembers the roles and types the user gave a dataset's
// columns. The cached table is re-typed to match.
func (w *Workspace) SetMapping(ctx context.Context, id string, mapping data.Mapping) (Meta, error) {
	if _, ok := w.findBuiltIn(id); ok {
		return Meta{}, fmt.Errorf("%s: %w", id, ErrBuiltIn)
	}
	m, err := w.meta(ctx, id)
	if err != nil {
		return Meta{}, err
	}
	m.Mapping = mapping
	m, err = w.putMeta(ctx, m)
	if err != nil {
		return m, err
	}
	w.mu.Lock()
	t := w.tables[id]
	w.mu.Unlock()
	if t != nil {
		if err := t.Apply(ctx, mapping); err != nil {
			return m, err
		}
	}
	return m, nil
}

func (w *Workspace) findBuiltIn(id string) (builtIn, bool) {
	i := slices.IndexFunc(w.builtIn, func(b builtIn) bool { return b.ID == id })
	if i < 0 {
		return builtIn{}, false
	}
	return w.builtIn[i], true
}

// SetSheet reads another sheet of a workbook dataset and keeps the choice.
// The mapping, made for the other sheet's columns, is reset.
func (w *Workspace) SetSheet(ctx context.Context, id string, sheet int, opts load.Options) (*data.Table, Meta, error) {
	m, err := w.meta(ctx, id)
	if err != nil {
		return nil, m, err
	}
	src, err := w.source(ctx, m)
	if err != nil {
		return nil, m, err
	}
	src.Sheet = sheet
	t, _, err := load.Read(ctx, src, opts)
	if err != nil {
		return nil, m, err
	}
	m.Sheet, m.Rows, m.Columns, m.Mapping = sheet, t.Len(), len(t.Columns()), t.Mapping()
	if m, err = w.putMeta(ctx, m); err != nil {
		return nil, m, err
	}
	w.mu.Lock()
	w.tables[id] = t
	w.mu.Unlock()
	return t, m, nil
}

// SetMediumKind sets the medium kind of a dataset's rows that have no kind
// column ("mass", "social", …; "" for unknown).
func (w *Workspace) SetMediumKind(ctx context.Context, id, kind string) (Meta, error) {
	if _, ok := w.findBuiltIn(id); ok {
		return Meta{}, fmt.Errorf("%s: %w", id, ErrBuiltIn)
	}
	m, err := w.meta(ctx, id)
	if err != nil {
		return Meta{}, err
	}
	m.MediumKind = kind
	return w.putMeta(ctx, m)
}
