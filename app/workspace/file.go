package workspace

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"reachlab/app/store"
)

// FileFormat and FileVersion identify a workspace file: everything a user
// has in one browser (datasets with their sources and mappings, plans,
// settings), to move to another machine or hand to students.
const (
	FileFormat  = "reachlab-workspace"
	FileVersion = 1
)

// maxFileSize bounds an imported workspace file.
const maxFileSize = 1 << 30

// kinds are the records a workspace file carries, in the order they are
// written and restored.
var kinds = []store.Kind{store.Datasets, store.Mappings, store.Plans, store.Settings}

type file struct {
	Format   string       `json:"format"`
	Version  int          `json:"version"`
	Exported time.Time    `json:"exported"`
	Records  []fileRecord `json:"records"`
}

type fileRecord struct {
	Kind  store.Kind `json:"kind"`
	ID    string     `json:"id"`
	Title string     `json:"title"`
	Data  []byte     `json:"data"` // base64 in JSON
}

// Errors of Import, wrapped with detail.
var (
	ErrNotWorkspace       = errors.New("not a ReachLab workspace file")
	ErrUnsupportedVersion = errors.New("workspace file from a newer ReachLab")
	ErrCorruptWorkspace   = errors.New("corrupt workspace file")
)

// Export writes every record of the workspace into one file.
func (w *Workspace) Export(ctx context.Context, now time.Time) ([]byte, error) {
	f := file{Format: FileFormat, Version: FileVersion, Exported: now.UTC(), Records: []fileRecord{}}
	for _, k := range kinds {
		list, err := w.store.List(ctx, k)
		if err != nil {
			return nil, err
		}
		for _, r := range list {
			full, err := w.store.Get(ctx, k, r.ID)
			if err != nil {
				return nil, err
			}
			f.Records = append(f.Records, fileRecord{Kind: k, ID: full.ID, Title: full.Title, Data: full.Data})
		}
	}
	return json.Marshal(f)
}

// Import reads a workspace file and adds its records, replacing records of
// the same kind and ID. The whole file is checked before anything is
// written, so a corrupt or hostile file changes nothing. It returns how many
// records were written.
func (w *Workspace) Import(ctx context.Context, b []byte) (int, error) {
	if len(b) > maxFileSize {
		return 0, fmt.Errorf("%d bytes: %w", len(b), ErrCorruptWorkspace)
	}
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(b, &head); err != nil || head.Format != FileFormat {
		return 0, ErrNotWorkspace
	}
	if head.Version < 1 {
		// No ReachLab writes a version below 1: the file was made or edited
		// by something else.
		return 0, fmt.Errorf("version %d (must be 1 or more): %w", head.Version, ErrNotWorkspace)
	}
	if head.Version > FileVersion {
		return 0, fmt.Errorf("version %d: %w", head.Version, ErrUnsupportedVersion)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var f file
	if err := dec.Decode(&f); err != nil {
		return 0, fmt.Errorf("%v: %w", err, ErrCorruptWorkspace)
	}
	known := map[store.Kind]bool{}
	for _, k := range kinds {
		known[k] = true
	}
	for i, r := range f.Records {
		if !known[r.Kind] || r.ID == "" || len(r.ID) > 200 {
			return 0, fmt.Errorf("record %d (%q %q): %w", i, r.Kind, r.ID, ErrCorruptWorkspace)
		}
		if r.Kind == store.Mappings {
			var d Dataset
			if err := json.Unmarshal(r.Data, &d); err != nil || d.ID != r.ID {
				return 0, fmt.Errorf("dataset %q: %w", r.ID, ErrCorruptWorkspace)
			}
		}
	}
	n := 0
	for _, r := range f.Records {
		rec := store.Record{Kind: r.Kind, ID: r.ID, Title: r.Title, Data: r.Data}
		if old, err := w.store.Get(ctx, r.Kind, r.ID); err == nil {
			rec.Rev = old.Rev
		}
		if _, err := w.store.Put(ctx, rec); err != nil {
			return n, err
		}
		n++
	}
	w.notify(ctx, Change{What: ChangedDatasets})
	w.notify(ctx, Change{What: ChangedPlans})
	return n, nil
}
