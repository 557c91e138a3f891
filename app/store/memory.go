package store

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"
)

// Memory is a Store held in memory: the twin of the browser's store for
// tests and for tools that run outside a browser.
type Memory struct {
	mu      sync.Mutex
	records map[Kind]map[string]Record
	now     func() time.Time
}

// NewMemory returns an empty in-memory store.
func NewMemory() *Memory {
	return &Memory{records: map[Kind]map[string]Record{}, now: time.Now}
}

// Get implements Store.
func (m *Memory) Get(ctx context.Context, kind Kind, id string) (Record, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	r, ok := m.records[kind][id]
	if !ok {
		return Record{}, fmt.Errorf("%s %q: %w", kind, id, ErrNotExist)
	}
	r.Data = slices.Clone(r.Data)
	return r, nil
}

// List implements Store.
func (m *Memory) List(ctx context.Context, kind Kind) ([]Record, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	list := make([]Record, 0, len(m.records[kind]))
	for _, r := range m.records[kind] {
		r.Data = nil
		list = append(list, r)
	}
	sortNewestFirst(list)
	return list, nil
}

// Put implements Store.
func (m *Memory) Put(ctx context.Context, r Record) (Record, error) {
	if err := checkPut(r); err != nil {
		return Record{}, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.records[r.Kind] == nil {
		m.records[r.Kind] = map[string]Record{}
	}
	var stored int64
	if old, ok := m.records[r.Kind][r.ID]; ok {
		stored = old.Rev
	}
	if stored != r.Rev {
		return Record{}, conflict(r, stored)
	}
	r.Rev = stored + 1
	r.Updated = m.now().UTC()
	r.Size = int64(len(r.Data))
	r.Data = slices.Clone(r.Data)
	m.records[r.Kind][r.ID] = r
	out := r
	out.Data = slices.Clone(r.Data)
	return out, nil
}

// Delete implements Store.
func (m *Memory) Delete(ctx context.Context, kind Kind, id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.records[kind], id)
	return nil
}

// Usage implements Store: the bytes of data held.
func (m *Memory) Usage(ctx context.Context) (used, quota int64, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, byID := range m.records {
		for _, r := range byID {
			used += r.Size
		}
	}
	return used, 0, nil
}

// sortNewestFirst orders records by update time, newest first, then by ID.
func sortNewestFirst(list []Record) {
	slices.SortFunc(list, func(a, b Record) int {
		if c := b.Updated.Compare(a.Updated); c != 0 {
			return c
		}
		if a.ID < b.ID {
			return -1
		}
		if a.ID > b.ID {
			return 1
		}
		return 0
	})
}
