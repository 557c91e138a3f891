// Package tables opens the workspace's datasets as typed tables: it reads a
// dataset's source with the reader's remembered choices (the column mapping,
// the sheet, the medium kind), keeps the table for the next call, and writes
// those choices back when the user changes them. It is the engine side of
// the workspace: pages never hold a table, they ask the engine for results.
//
//	ts := tables.New(w)
//	t, err := ts.Add(ctx, load.Source{Name: "posts.csv", Bytes: b}, tables.Options{Locale: "fr"})
//	t, err = ts.Open(ctx, t.Dataset.ID, tables.Options{Locale: "fr"}) // from the cache
//	t, err = ts.SetMapping(ctx, t.Dataset.ID, mapping)                // kept, re-typed
//
// Platform detection runs once, when a dataset is added (or its sheet
// changes); its result is kept with the dataset's description.
package tables

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"reachlab/app/data"
	"reachlab/app/data/load"
	"reachlab/app/data/platform"
	"reachlab/app/workspace"

	"github.com/google/uuid"
)

// Table is an open dataset: its description, its typed rows, and what the
// reader recognised in it.
type Table struct {
	Dataset workspace.Dataset
	*data.Table
	// Export is what the headers were recognised as when the dataset was
	// added: a platform's export and why each column got its role.
	Export platform.Detection
}

// reading is what the reader keeps in a dataset's description
// (workspace.Dataset.Reading) beside the mapping: the detection, and the
// user's answers to what the reader could only guess.
type reading struct {
	Export platform.Detection `json:"export"`
	// Header forces whether the first row names the columns (the "first
	// row is a header" switch); HeaderAuto detects it.
	Header data.HeaderMode `json:"header,omitempty"`
	// Year is the year of the most recent dates written without a year;
	// 0 takes it from the file's period or assumes it.
	Year int `json:"year,omitempty"`
}

// Reading is how the reader was told to read a dataset, beyond its
// mapping: the header switch and the year of dates written without one.
type Reading struct {
	Header data.HeaderMode
	Year   int
}

// options returns lopts with the user's answers of r.
func (r reading) options(lopts load.Options) load.Options {
	lopts.Header, lopts.Year = r.Header, r.Year
	return lopts
}

// Options tune reading.
type Options struct {
	// Locale is the user's language, the last resort for ambiguous numbers
	// and dates.
	Locale string
	// Progress reports the bytes read.
	Progress func(done, total int64)
	// Retry reads a dataset whose last read stopped the page (see
	// ErrInterrupted): the user asked to try again.
	Retry bool
}

// ErrInterrupted: the last read of the dataset never ended, because the
// page stopped while reading it (a file that fills the memory, say). It is
// not read again unless Options.Retry asks, so that opening the app cannot
// stop it again and again; the user may try again or delete it.
var ErrInterrupted = errors.New("reading this dataset stopped the page last time")

func (o Options) load() load.Options {
	return load.Options{Locale: o.Locale, Progress: o.Progress}
}

// Tables opens a workspace's datasets. It is safe for concurrent use.
type Tables struct {
	ws *workspace.Workspace

	mu    sync.Mutex
	cache map[string]*Table
	// reading counts the reads under way here, by dataset: the note of a
	// read still running in this program is not one that stopped the page.
	reading map[string]int
}

// New returns the tables of ws. Tables read from a dataset are dropped when
// another tab or worker changes the dataset.
func New(ws *workspace.Workspace) *Tables {
	ts := &Tables{ws: ws, cache: map[string]*Table{}, reading: map[string]int{}}
	ws.Watch(func(c workspace.Change) {
		switch c.What {
		case workspace.ChangedDatasets, workspace.ChangedDataset:
			ts.forget(c.ID)
		}
	})
	return ts
}

// Workspace is the workspace the tables are read from.
func (ts *Tables) Workspace() *workspace.Workspace { return ts.ws }

// Add reads src and, when a table comes out of it, keeps the source and its
// description in the workspace, makes it the current dataset, and returns
// the table. A read that fails keeps nothing; a table read with issues is
// kept (the issues are in Table.Issues).
func (ts *Tables) Add(ctx context.Context, src load.Source, opts Options) (*Table, error) {
	t, info, err := load.Read(ctx, src, opts.load())
	if err != nil {
		return nil, err
	}
	d := workspace.Dataset{
		ID:         uuid.NewString(),
		Name:       src.Name,
		Kind:       string(info.Kind),
		Sheet:      src.Sheet,
		Sheets:     info.Sheets,
		Added:      time.Now().UTC().Truncate(time.Second),
		Size:       int64(len(src.Bytes)),
		Platform:   string(info.Export.Platform),
		MediumKind: info.Export.Kind,
	}
	if err := describe(&d, t, info.Export, reading{}); err != nil {
		return nil, err
	}
	if d, err = ts.ws.AddDataset(ctx, d, src.Bytes); err != nil {
		return nil, err
	}
	if err := ts.ws.SetCurrent(ctx, d.ID); err != nil {
		return nil, err
	}
	return ts.keep(&Table{Dataset: d, Table: t, Export: info.Export}), nil
}

// describe writes what a read gave into d: sizes, mapping, detection and
// the user's answers r (r.Export is replaced by export).
func describe(d *workspace.Dataset, t *data.Table, export platform.Detection, r reading) error {
	d.Rows, d.Columns = t.Len(), len(t.Columns())
	m, err := json.Marshal(t.Mapping())
	if err != nil {
		return err
	}
	r.Export = export
	rb, err := json.Marshal(r)
	if err != nil {
		return err
	}
	d.Mapping, d.Reading = m, rb
	return nil
}

// readingOf decodes the reader's record of d; none is the zero reading.
func readingOf(d workspace.Dataset) (reading, error) {
	var r reading
	if len(d.Reading) > 0 {
		if err := json.Unmarshal(d.Reading, &r); err != nil {
			return r, fmt.Errorf("dataset %q: %w", d.ID, workspace.ErrDamaged)
		}
	}
	return r, nil
}

// Open returns a dataset's table, read from its source with its mapping the
// first time and kept for the next calls.
func (ts *Tables) Open(ctx context.Context, id string, opts Options) (*Table, error) {
	if t := ts.cached(id); t != nil {
		return t, nil
	}
	d, err := ts.ws.Dataset(ctx, id)
	if err != nil {
		return nil, err
	}
	if !d.BuiltIn {
		if !ts.begin(id) && ts.ws.Interrupted(ctx, id) && !opts.Retry {
			ts.end(id)
			return nil, fmt.Errorf("%s: %w", d.Name, ErrInterrupted)
		}
		defer ts.end(id)
		ts.ws.StartRead(ctx, id)
		defer ts.ws.EndRead(ctx, id) // not reached if the read takes the page down
	}
	b, err := ts.ws.Source(ctx, id)
	if err != nil {
		return nil, err
	}
	r, err := readingOf(d)
	if err != nil {
		return nil, err
	}
	lopts := r.options(opts.load())
	var mapping data.Mapping
	if len(d.Mapping) > 0 {
		if err := json.Unmarshal(d.Mapping, &mapping); err != nil {
			return nil, fmt.Errorf("dataset %q: mapping: %w", id, workspace.ErrDamaged)
		}
		if len(mapping.Columns) > 0 {
			lopts.Mapping = &mapping
		}
	}
	t, info, err := load.Read(ctx, load.Source{Name: d.Name, Kind: load.Kind(d.Kind), Sheet: d.Sheet, Bytes: b}, lopts)
	if err != nil {
		return nil, err
	}
	if len(d.Reading) == 0 {
		// Kept by an older ReachLab, or a built-in case: the detection
		// of this read stands.
		r.Export = info.Export
	}
	return ts.keep(&Table{Dataset: d, Table: t, Export: r.Export}), nil
}

// SetMapping keeps the roles and types the user gave a dataset's columns,
// and re-types the table to match.
func (ts *Tables) SetMapping(ctx context.Context, id string, mapping data.Mapping, opts Options) (*Table, error) {
	t, err := ts.Open(ctx, id, opts)
	if err != nil {
		return nil, err
	}
	if err := t.Apply(ctx, mapping); err != nil {
		return nil, err
	}
	d := t.Dataset
	if d.Mapping, err = json.Marshal(t.Mapping()); err != nil {
		return nil, err
	}
	return ts.save(ctx, t, d)
}

// SetSheet reads another sheet of a workbook dataset and keeps the choice.
// The mapping, made for the other sheet's columns, is made again.
func (ts *Tables) SetSheet(ctx context.Context, id string, sheet int, opts Options) (*Table, error) {
	d, err := ts.ws.Dataset(ctx, id)
	if err != nil {
		return nil, err
	}
	r, err := readingOf(d)
	if err != nil {
		return nil, err
	}
	return ts.reread(ctx, d, sheet, r, nil, opts)
}

// ReadingOf returns how dataset t was told to read.
func ReadingOf(t *Table) Reading {
	r, _ := readingOf(t.Dataset)
	return Reading{Header: r.Header, Year: r.Year}
}

// SetReading reads a dataset again with the user's answers to what the
// reader guessed — whether the first row is a header, the year of dates
// written without one — and keeps them. A change of header renames the
// columns: the mapping is made again, as for another sheet; a change of
// year keeps it.
func (ts *Tables) SetReading(ctx context.Context, id string, rd Reading, opts Options) (*Table, error) {
	d, err := ts.ws.Dataset(ctx, id)
	if err != nil {
		return nil, err
	}
	if d.BuiltIn {
		return nil, fmt.Errorf("dataset %q: %w", id, workspace.ErrBuiltIn)
	}
	r, err := readingOf(d)
	if err != nil {
		return nil, err
	}
	var keep *data.Mapping
	if rd.Header == r.Header && len(d.Mapping) > 0 {
		var mapping data.Mapping
		if err := json.Unmarshal(d.Mapping, &mapping); err != nil {
			return nil, fmt.Errorf("dataset %q: mapping: %w", id, workspace.ErrDamaged)
		}
		if len(mapping.Columns) > 0 {
			keep = &mapping
		}
	}
	r.Header, r.Year = rd.Header, rd.Year
	return ts.reread(ctx, d, d.Sheet, r, keep, opts)
}

// reread reads d's source again, from sheet, with the user's answers r
// and the mapping to keep (nil: made again), and keeps the new
// description.
func (ts *Tables) reread(ctx context.Context, d workspace.Dataset, sheet int, r reading, mapping *data.Mapping, opts Options) (*Table, error) {
	b, err := ts.ws.Source(ctx, d.ID)
	if err != nil {
		return nil, err
	}
	lopts := r.options(opts.load())
	lopts.Mapping = mapping
	t, info, err := load.Read(ctx, load.Source{Name: d.Name, Kind: load.Kind(d.Kind), Sheet: sheet, Bytes: b}, lopts)
	if err != nil {
		return nil, err
	}
	d.Sheet, d.Platform = sheet, string(info.Export.Platform)
	if mapping == nil {
		// Other columns: the kind the detection implies, as when added.
		d.MediumKind = info.Export.Kind
	}
	if err := describe(&d, t, info.Export, r); err != nil {
		return nil, err
	}
	return ts.save(ctx, &Table{Dataset: d, Table: t, Export: info.Export}, d)
}

// SetMediumKind sets the medium kind of a dataset's rows that have no kind
// column ("mass", "social", …; "" for unknown).
func (ts *Tables) SetMediumKind(ctx context.Context, id, kind string, opts Options) (*Table, error) {
	t, err := ts.Open(ctx, id, opts)
	if err != nil {
		return nil, err
	}
	d := t.Dataset
	d.MediumKind = kind
	return ts.save(ctx, t, d)
}

// save writes d, the new description of t's dataset, and keeps t with it.
func (ts *Tables) save(ctx context.Context, t *Table, d workspace.Dataset) (*Table, error) {
	d, err := ts.ws.PutDataset(ctx, d)
	if err != nil {
		ts.forget(d.ID)
		return nil, err
	}
	return ts.keep(&Table{Dataset: d, Table: t.Table, Export: t.Export}), nil
}

// begin counts a read of dataset id and reports whether another was
// already under way here.
func (ts *Tables) begin(id string) (busy bool) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.reading[id]++
	return ts.reading[id] > 1
}

// end counts a read of dataset id done.
func (ts *Tables) end(id string) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if ts.reading[id]--; ts.reading[id] <= 0 {
		delete(ts.reading, id)
	}
}

func (ts *Tables) cached(id string) *Table {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return ts.cache[id]
}

func (ts *Tables) keep(t *Table) *Table {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.cache[t.Dataset.ID] = t
	return t
}

// forget drops the table of dataset id, or every table when id is "".
func (ts *Tables) forget(id string) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if id == "" {
		clear(ts.cache)
		return
	}
	delete(ts.cache, id)
}
