package plan

import (
	"strconv"
	"testing"
	"time"
)

func TestHistoryUndoRedo(t *testing.T) {
	p := NewFromTemplate(TemplateBlank, "fr", testNow)
	h := NewHistory(p, 0)
	if h.CanUndo() || h.CanRedo() {
		t.Fatal("fresh history can undo or redo")
	}
	if _, ok := h.Undo(testNow); ok {
		t.Fatal("Undo on a fresh history succeeded")
	}
	for _, title := range []string{"A", "B", "C"} {
		p.Title = title
		p.Touch(testNow)
		h.Do(p)
	}
	p.Title = "edited after Do" // must not reach the stored snapshot
	if h.Present().Title != "C" || h.UndoDepth() != 3 {
		t.Fatalf("present %q, undo depth %d", h.Present().Title, h.UndoDepth())
	}
	later := testNow.Add(time.Hour)
	steps := []struct {
		undo  bool
		title string
		rev   int64
	}{
		{true, "B", 5}, {true, "A", 6}, {false, "B", 7}, {true, "A", 8}, {true, "Plan vierge", 9},
	}
	for i, s := range steps {
		var got *Plan
		var ok bool
		if s.undo {
			got, ok = h.Undo(later)
		} else {
			got, ok = h.Redo(later)
		}
		if !ok || got.Title != s.title || got.Revision != s.rev || !got.UpdatedAt.Equal(later) {
			t.Fatalf("step %d: %v %q rev %d, want %q rev %d", i, ok, got.Title, got.Revision, s.title, s.rev)
		}
		got.Title = "scribbled" // a returned copy must not alter the history
	}
	if h.CanUndo() || !h.CanRedo() || h.RedoDepth() != 3 {
		t.Fatalf("at the start: CanUndo %v, CanRedo %v, redo depth %d", h.CanUndo(), h.CanRedo(), h.RedoDepth())
	}
	// A new edit clears the redo steps.
	q := h.Present()
	q.Title = "D"
	q.Touch(later)
	h.Do(q)
	if h.CanRedo() || h.Present().Title != "D" || q.Revision != 10 {
		t.Fatalf("after Do: CanRedo %v, present %q, revision %d", h.CanRedo(), h.Present().Title, q.Revision)
	}
	if _, ok := h.Redo(later); ok {
		t.Fatal("Redo after a new edit succeeded")
	}
}

func TestHistoryDepth(t *testing.T) {
	tests := []struct{ depth, edits, undos int }{
		{3, 10, 3}, {100, 150, 100}, {0, 101, DefaultHistoryDepth}, {5, 2, 2},
	}
	for _, tt := range tests {
		p := NewFromTemplate(TemplateBlank, "en", testNow)
		h := NewHistory(p, tt.depth)
		for i := 1; i <= tt.edits; i++ {
			p.Revision = int64(i)
			p.Title = strconv.Itoa(i)
			h.Do(p)
		}
		n := 0
		var last *Plan
		for h.CanUndo() {
			last, _ = h.Undo(testNow)
			n++
		}
		if n != tt.undos {
			t.Errorf("depth %d after %d edits: %d undos, want %d", tt.depth, tt.edits, n, tt.undos)
		}
		// The oldest kept state is the one recorded tt.undos edits ago; its
		// revision is renumbered above every revision seen.
		wantTitle := strconv.Itoa(tt.edits - n)
		if tt.edits == n {
			wantTitle = "Blank plan"
		}
		if last.Title != wantTitle {
			t.Errorf("depth %d: oldest state %q, want %q", tt.depth, last.Title, wantTitle)
		}
		if last.Revision != int64(tt.edits+n) {
			t.Errorf("depth %d: last undo revision %d, want %d", tt.depth, last.Revision, tt.edits+n)
		}
	}
}
