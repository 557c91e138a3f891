package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestMemoryRevisions(t *testing.T) {
	ctx := context.Background()
	s := NewMemory()
	r, err := s.Put(ctx, Record{Kind: Plans, ID: "p1", Title: "Launch", Data: []byte(`{"v":1}`)})
	if err != nil || r.Rev != 1 || r.Size != 7 {
		t.Fatalf("first Put = %+v, %v; want revision 1, size 7", r, err)
	}

	// Two tabs read revision 1; the first saves, the second must not
	// overwrite it silently.
	tabA, tabB := r, r
	tabA.Data = []byte(`{"v":"A"}`)
	if a, err := s.Put(ctx, tabA); err != nil || a.Rev != 2 {
		t.Fatalf("tab A save = %+v, %v", a, err)
	}
	tabB.Data = []byte(`{"v":"B"}`)
	if _, err := s.Put(ctx, tabB); !errors.Is(err, ErrConflict) {
		t.Fatalf("tab B save over a newer revision: err = %v, want ErrConflict", err)
	}
	got, _ := s.Get(ctx, Plans, "p1")
	if string(got.Data) != `{"v":"A"}` || got.Rev != 2 {
		t.Errorf("stored = %+v, want tab A's revision 2", got)
	}

	// A new record cannot take an existing ID.
	if _, err := s.Put(ctx, Record{Kind: Plans, ID: "p1"}); !errors.Is(err, ErrConflict) {
		t.Errorf("creating an existing ID: err = %v, want ErrConflict", err)
	}
}

func TestMemoryGetListDelete(t *testing.T) {
	ctx := context.Background()
	s := NewMemory()
	clock := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	s.now = func() time.Time { clock = clock.Add(time.Second); return clock }
	for _, id := range []string{"a", "b", "c"} {
		if _, err := s.Put(ctx, Record{Kind: Datasets, ID: id, Data: []byte(id)}); err != nil {
			t.Fatal(err)
		}
	}
	s.Put(ctx, Record{Kind: Plans, ID: "p", Data: []byte("plan")})

	list, _ := s.List(ctx, Datasets)
	if len(list) != 3 || list[0].ID != "c" || list[2].ID != "a" || list[0].Data != nil {
		t.Errorf("List = %+v, want c, b, a without data", list)
	}
	if err := s.Delete(ctx, Datasets, "b"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, Datasets, "b"); !errors.Is(err, ErrNotExist) {
		t.Errorf("Get after Delete: %v, want ErrNotExist", err)
	}
	if err := s.Delete(ctx, Datasets, "missing"); err != nil {
		t.Errorf("deleting a missing record: %v", err)
	}
	used, _, _ := s.Usage(ctx)
	if used != int64(len("a")+len("c")+len("plan")) {
		t.Errorf("Usage = %d", used)
	}
}

func TestMemoryKeepsItsOwnCopy(t *testing.T) {
	ctx := context.Background()
	s := NewMemory()
	data := []byte("original")
	s.Put(ctx, Record{Kind: Settings, ID: "x", Data: data})
	data[0] = 'X'
	got, _ := s.Get(ctx, Settings, "x")
	got.Data[1] = 'Y'
	again, _ := s.Get(ctx, Settings, "x")
	if string(again.Data) != "original" {
		t.Errorf("stored data changed through a caller's slice: %q", again.Data)
	}
}

func TestPutNeedsKindAndID(t *testing.T) {
	s := NewMemory()
	for _, r := range []Record{{ID: "x"}, {Kind: Plans}, {Kind: Plans, ID: "x", Rev: -1}} {
		if _, err := s.Put(context.Background(), r); err == nil {
			t.Errorf("Put(%+v) accepted", r)
		}
	}
}
