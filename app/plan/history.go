package plan

import "time"

// DefaultHistoryDepth is the number of undo steps a History keeps when none
// is given.
const DefaultHistoryDepth = 100

// History is an undo/redo stack of plan snapshots. It stores deep copies
// (Clone) and hands out deep copies, so neither the caller's edits nor a later
// Undo can alter a stored state.
//
// Use: after each edit, p.Touch(now) then h.Do(p). To undo, replace the plan
// being edited with the result of h.Undo(now) and save it; the same for Redo.
//
// Revisions only go up: a state restored by Undo or Redo gets a Revision one
// above the highest revision the History has seen and UpdatedAt = now,
// because for the store (and another tab) an undo is a new edit. Restoring
// the old revision number would look like a stale save.
//
// A History is not safe for concurrent use; the UI uses it from its one
// goroutine.
type History struct {
	past    []*Plan // oldest first
	present *Plan
	future  []*Plan // next redo last
	depth   int
	maxRev  int64
}

// NewHistory starts a history at plan p, keeping at most depth undo steps
// (DefaultHistoryDepth when depth ≤ 0).
func NewHistory(p *Plan, depth int) *History {
	if depth <= 0 {
		depth = DefaultHistoryDepth
	}
	return &History{present: p.Clone(), depth: depth, maxRev: p.Revision}
}

// Do records p as the new present state: the previous present becomes
// undoable (the oldest step is forgotten beyond the depth) and the redo steps
// are cleared.
func (h *History) Do(p *Plan) {
	h.past = append(h.past, h.present)
	if len(h.past) > h.depth {
		h.past[0] = nil
		h.past = h.past[1:]
	}
	h.present = p.Clone()
	h.future = nil
	h.maxRev = max(h.maxRev, p.Revision)
}

// CanUndo reports whether Undo has a state to go back to.
func (h *History) CanUndo() bool { return len(h.past) > 0 }

// CanRedo reports whether Redo has a state to go forward to.
func (h *History) CanRedo() bool { return len(h.future) > 0 }

// UndoDepth returns how many undo steps are available.
func (h *History) UndoDepth() int { return len(h.past) }

// RedoDepth returns how many redo steps are available.
func (h *History) RedoDepth() int { return len(h.future) }

// Present returns a copy of the current state.
func (h *History) Present() *Plan { return h.present.Clone() }

// Undo steps back one state and returns a copy of it with a new Revision and
// UpdatedAt = now; ok is false (and the plan nil) when there is nothing to
// undo.
func (h *History) Undo(now time.Time) (p *Plan, ok bool) {
	if len(h.past) == 0 {
		return nil, false
	}
	h.future = append(h.future, h.present)
	h.present = h.past[len(h.past)-1]
	h.past = h.past[:len(h.past)-1]
	return h.restore(now), true
}

// Redo steps forward one undone state, like Undo.
func (h *History) Redo(now time.Time) (p *Plan, ok bool) {
	if len(h.future) == 0 {
		return nil, false
	}
	h.past = append(h.past, h.present)
	h.present = h.future[len(h.future)-1]
	h.future = h.future[:len(h.future)-1]
	return h.restore(now), true
}

// restore gives the present state the next revision and returns a copy.
func (h *History) restore(now time.Time) *Plan {
	h.maxRev++
	h.present.Revision, h.present.UpdatedAt = h.maxRev, now
	return h.present.Clone()
}
