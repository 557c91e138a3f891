package workspace

import (
	"context"
	"encoding/json"

	"reachlab/app/cases"
	"reachlab/app/store"
)

// progressID is the settings record that holds lesson progress; it travels
// with the workspace file a trainer exports for students.
const progressID = "lessons.progress"

// Progress counts, for each lesson ID, the steps seen: a lesson is done
// when every step was seen.
type Progress map[string]int

// Done reports whether every step of ls was seen.
func (p Progress) Done(ls cases.Lesson) bool { return p[ls.ID] >= len(ls.Steps) }

// UnmarshalJSON reads saved progress. Unknown lessons and counts out of
// range, from an older version or an edited file, are dropped.
func (p *Progress) UnmarshalJSON(b []byte) error {
	var raw map[string]int
	*p = Progress{}
	if json.Unmarshal(b, &raw) != nil {
		return nil
	}
	for id, n := range raw {
		if ls, ok := cases.LessonByID(id); ok && n > 0 {
			(*p)[id] = min(n, len(ls.Steps))
		}
	}
	return nil
}

// LessonProgress returns the lessons' progress; none saved is an empty one.
func (w *Workspace) LessonProgress(ctx context.Context) (Progress, error) {
	p := Progress{}
	_, _, err := w.getJSON(ctx, store.Settings, progressID, &p)
	return p, err
}

// MarkSeen records that step (0-based) of lesson id was seen, merging with
// what another tab may have saved meanwhile, and returns the progress saved.
func (w *Workspace) MarkSeen(ctx context.Context, id string, step int) (Progress, error) {
	return update(ctx, w, progressID, "Lesson progress", func(p *Progress) bool {
		if *p == nil {
			*p = Progress{}
		}
		if (*p)[id] >= step+1 {
			return false
		}
		(*p)[id] = step + 1
		return true
	})
}
