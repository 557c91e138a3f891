package workspace

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"reachlab/app/cases"
	"reachlab/app/store"
	"reachlab/app/text"
)

// Workspace is what one browser profile keeps: the datasets' descriptions
// and sources, plans, lesson progress, the current dataset and the settings
// each page keeps per dataset. It is safe for concurrent use.
type Workspace struct {
	store   store.Store
	builtIn []BuiltIn
	changes *broadcast

	// now and after are the clock and the timer of the undo window.
	now   func() time.Time
	after func(time.Duration, func())

	mu       sync.Mutex
	watchers []func(Change)
	hidden   map[string]Removed // the datasets this program removed, in their undo window
}

// New returns a workspace kept in s, offering the given built-in cases.
func New(s store.Store, builtIn ...BuiltIn) *Workspace {
	w := &Workspace{store: s, builtIn: builtIn, now: time.Now, hidden: map[string]Removed{}}
	w.after = func(d time.Duration, f func()) { time.AfterFunc(d, f) }
	w.changes = openBroadcast(w.deliver)
	return w
}

var (
	sharedOnce sync.Once
	shared     *Workspace
	sharedErr  error
)

// Shared returns this program's workspace (one per browser tab or worker),
// opening the browser's store on first use, with the built-in cases. When
// the browser offers no storage, the workspace lives in memory and the
// error says why (pages show it). Datasets deleted by a tab that closed
// during their undo window are purged then.
func Shared(ctx context.Context) (*Workspace, error) {
	sharedOnce.Do(func() {
		s, err := store.Open(ctx)
		if err != nil {
			sharedErr = err
			s = store.NewMemory()
		}
		shared = New(s, BuiltInCases()...)
		shared.PurgeExpired(ctx)
	})
	return shared, sharedErr
}

// Store is the store the records are kept in.
func (w *Workspace) Store() store.Store { return w.store }

// Usage reports the bytes the site uses and may use, when the browser says.
func (w *Workspace) Usage(ctx context.Context) (used, quota int64, err error) {
	return w.store.Usage(ctx)
}

// BuiltIn is a dataset shipped with ReachLab: a built-in case as CSV.
type BuiltIn struct {
	ID    string    // stable, prefixed "case:"
	Names text.Text // in each UI language
	CSV   []byte
}

// BuiltInPrefix starts the ID of every built-in case.
const BuiltInPrefix = "case:"

// IsBuiltIn reports whether id names a built-in case.
func IsBuiltIn(id string) bool {
	return len(id) > len(BuiltInPrefix) && id[:len(BuiltInPrefix)] == BuiltInPrefix
}

// BuiltInCases are the cases every workspace offers as datasets, the
// TV-versus-brand case first.
func BuiltInCases() []BuiltIn {
	all := cases.All()
	out := make([]BuiltIn, len(all))
	for i, c := range all {
		out[i] = BuiltIn{ID: BuiltInPrefix + c.ID, Names: c.Title, CSV: c.CSV()}
	}
	return out
}

func (b BuiltIn) dataset() Dataset {
	return Dataset{ID: b.ID, Name: b.Names.EN, Names: b.Names, Kind: "csv", Size: int64(len(b.CSV)), BuiltIn: true}
}

// findBuiltIn returns the built-in case id.
func (w *Workspace) findBuiltIn(id string) (BuiltIn, bool) {
	i := slices.IndexFunc(w.builtIn, func(b BuiltIn) bool { return b.ID == id })
	if i < 0 {
		return BuiltIn{}, false
	}
	return w.builtIn[i], true
}

// ErrBuiltIn: built-in cases cannot be deleted or overwritten.
var ErrBuiltIn = errors.New("built-in datasets cannot be changed")

// getJSON reads the record kind/id into v; ok is false when there is none.
func (w *Workspace) getJSON(ctx context.Context, kind store.Kind, id string, v any) (rev int64, ok bool, err error) {
	r, err := w.store.Get(ctx, kind, id)
	if errors.Is(err, store.ErrNotExist) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		return r.Rev, true, fmt.Errorf("%s %q: %w", kind, id, ErrDamaged)
	}
	return r.Rev, true, nil
}

// update reads the settings record id into v (left as it is when there is
// none), lets edit change it, and writes it back, trying again when another
// tab wrote it meanwhile.
func update[T any](ctx context.Context, w *Workspace, id, title string, edit func(*T) bool) (T, error) {
	for attempt := 0; ; attempt++ {
		var v T
		rev, _, err := w.getJSON(ctx, store.Settings, id, &v)
		if err != nil && !errors.Is(err, ErrDamaged) {
			return v, err
		}
		if !edit(&v) {
			return v, nil
		}
		b, err := json.Marshal(v)
		if err != nil {
			return v, err
		}
		_, err = w.store.Put(ctx, store.Record{Kind: store.Settings, ID: id, Title: title, Rev: rev, Data: b})
		if !errors.Is(err, store.ErrConflict) || attempt == 2 {
			return v, err
		}
	}
}

// ErrDamaged: a stored record cannot be read (half written, edited by hand,
// or from a version of ReachLab that wrote it differently). It is shown as
// damaged and can be deleted; it is never dropped silently.
var ErrDamaged = errors.New("damaged record")
