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

// Errors of Preview about the file as a whole, wrapped with detail; a
// refused record is a *RecordError (see RefusedError).
var (
	ErrNotWorkspace       = errors.New("not a ReachLab workspace file")
	ErrUnsupportedVersion = errors.New("workspace file from a newer ReachLab")
	ErrCorruptWorkspace   = errors.New("corrupt workspace file")
)

// Export writes every record of the workspace into one file.
func (w *Workspace) Export(ctx context.Context, now time.Time) ([]byte, error) {
	f := file{Format: FileFormat, Version: FileVersion, Exported: now.UTC(), Records: []fileRecord{}}
	gone := w.removedAt(ctx)
	for _, k := range kinds {
		list, err := w.store.List(ctx, k)
		if err != nil {
			return nil, err
		}
		for _, r := range list {
			if ofRemoved(k, r.ID, gone) {
				continue
			}
			full, err := w.store.Get(ctx, k, r.ID)
			if err != nil {
				return nil, err
			}
			f.Records = append(f.Records, fileRecord{Kind: k, ID: full.ID, Title: full.Title, Data: full.Data})
		}
	}
	return json.Marshal(f)
}

// readFile decodes a workspace file, checking its envelope: format,
// version, known fields. The records themselves are checked by Preview.
func readFile(b []byte) (file, error) {
	if len(b) > maxFileSize {
		return file{}, fmt.Errorf("%d bytes: %w", len(b), ErrCorruptWorkspace)
	}
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(b, &head); err != nil || head.Format != FileFormat {
		return file{}, ErrNotWorkspace
	}
	if head.Version < 1 {
		// No ReachLab writes a version below 1: the file was made or edited
		// by something else.
		return file{}, fmt.Errorf("version %d (must be 1 or more): %w", head.Version, ErrNotWorkspace)
	}
	if head.Version > FileVersion {
		return file{}, fmt.Errorf("version %d: %w", head.Version, ErrUnsupportedVersion)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var f file
	if err := dec.Decode(&f); err != nil {
		return file{}, fmt.Errorf("%v: %w", err, ErrCorruptWorkspace)
	}
	return f, nil
}
