package lessonspage

import (
	"context"
	"encoding/json"
	"errors"

	"reachlab/app/cases"
	"reachlab/app/store"
)

// progressID is the settings record that holds lesson progress; it travels
// with the workspace file a trainer exports for students.
const progressID = "lessons.progress"

// progress counts, for each lesson ID, the steps seen: a lesson is done
// when every step was seen.
type progress map[string]int

// done reports whether every step of ls was seen.
func (p progress) done(ls cases.Lesson) bool { return p[ls.ID] >= len(ls.Steps) }

// decodeProgress reads a progress record. Unknown lessons and counts out of
// range, from an older version or an edited file, are dropped.
func decodeProgress(b []byte) progress {
	var raw map[string]int
	out := progress{}
	if json.Unmarshal(b, &raw) != nil {
		return out
	}
	for id, n := range raw {
		if ls, ok := cases.LessonByID(id); ok && n > 0 {
			out[id] = min(n, len(ls.Steps))
		}
	}
	return out
}

// loadProgress reads the saved progress; none saved is an empty progress.
func loadProgress(ctx context.Context, s store.Store) (progress, error) {
	rec, err := s.Get(ctx, store.Settings, progressID)
	if errors.Is(err, store.ErrNotExist) {
		return progress{}, nil
	}
	if err != nil {
		return progress{}, err
	}
	return decodeProgress(rec.Data), nil
}

// markSeen records that step (0-based) of lesson id was seen, merging with
// what another tab may have saved meanwhile, and returns the progress saved.
func markSeen(ctx context.Context, s store.Store, id string, step int) (progress, error) {
	for attempt := 0; ; attempt++ {
		rec, err := s.Get(ctx, store.Settings, progressID)
		switch {
		case errors.Is(err, store.ErrNotExist):
			rec = store.Record{Kind: store.Settings, ID: progressID}
		case err != nil:
			return nil, err
		}
		p := decodeProgress(rec.Data)
		if p[id] >= step+1 {
			return p, nil
		}
		p[id] = step + 1
		rec.Data, _ = json.Marshal(p)
		rec.Title = "Lesson progress"
		if _, err = s.Put(ctx, rec); !errors.Is(err, store.ErrConflict) || attempt == 2 {
			return p, err
		}
	}
}
