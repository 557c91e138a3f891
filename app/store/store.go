package store

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Kind groups records of one sort.
type Kind string

// The kinds of record ReachLab keeps.
const (
	Datasets Kind = "dataset" // a loaded table (its data in the data package's encoding)
	Mappings Kind = "mapping" // a dataset's column roles and types, as the user set them
	Plans    Kind = "plan"    // a strategy plan (JSON from the plan package)
	Settings Kind = "setting" // small workspace settings, such as lesson progress
)

// SchemaVersion is the version of the database layout this code writes.
const SchemaVersion = 1

// Record is one stored item. Rev, Updated and Size are the store's to set:
// Put ignores the values given (but for Rev, which it checks).
type Record struct {
	Kind    Kind
	ID      string
	Title   string // shown in lists without loading Data
	Rev     int64  // revision: 1 after the first Put, +1 after each
	Updated time.Time
	Size    int64 // len(Data), kept for lists
	Data    []byte
}

// Errors a Store returns, wrapped with detail; test them with errors.Is.
var (
	// ErrNotExist: no record has that kind and ID.
	ErrNotExist = errors.New("no such record")
	// ErrConflict: the record changed since the caller read it (another tab
	// saved it), or a new record's ID is taken.
	ErrConflict = errors.New("the record was changed elsewhere")
	// ErrQuota: the browser refused to store more (the disk or the site's
	// quota is full). Nothing was written.
	ErrQuota = errors.New("browser storage is full")
	// ErrUnavailable: the browser offers no storage here (a private window
	// that forbids IndexedDB, or storage blocked by settings).
	ErrUnavailable = errors.New("browser storage is unavailable")
)

// Store keeps records. Its methods are safe for concurrent use.
type Store interface {
	// Get returns the record with its data.
	Get(ctx context.Context, kind Kind, id string) (Record, error)
	// List returns the records of a kind, without their data, newest first.
	List(ctx context.Context, kind Kind) ([]Record, error)
	// Put writes r if r.Rev is the stored revision (0 for a record that does
	// not exist yet) and returns it as stored, with its new revision.
	Put(ctx context.Context, r Record) (Record, error)
	// Delete removes a record; deleting a missing record is not an error.
	Delete(ctx context.Context, kind Kind, id string) error
	// Usage reports the bytes the site uses and may use, when the browser
	// says (0, 0 otherwise).
	Usage(ctx context.Context) (used, quota int64, err error)
}

// checkPut validates the fields Put needs.
func checkPut(r Record) error {
	if r.Kind == "" || r.ID == "" {
		return fmt.Errorf("store: a record needs a kind and an ID (got %q, %q)", r.Kind, r.ID)
	}
	if r.Rev < 0 {
		return fmt.Errorf("store: negative revision %d", r.Rev)
	}
	return nil
}

// conflict describes a revision mismatch.
func conflict(r Record, stored int64) error {
	if r.Rev == 0 {
		return fmt.Errorf("%s %q already exists (revision %d): %w", r.Kind, r.ID, stored, ErrConflict)
	}
	return fmt.Errorf("%s %q is at revision %d, not %d: %w", r.Kind, r.ID, stored, r.Rev, ErrConflict)
}
