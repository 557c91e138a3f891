package shell

import (
	"slices"
	"sync"

	"reachlab/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Session is what every page shares about the user's data: the datasets
// of the workspace and the current one, the dataset the user loaded or
// opened last, which every page that shows data opens on.
type Session struct {
	// Ready is false until the workspace has been read once.
	Ready bool
	// Current is the current dataset; Example is true when it is a
	// built-in case shown because the user has no data yet.
	Current workspace.Dataset
	Example bool
	// Datasets lists the user's datasets, newest first, then the built-in
	// cases.
	Datasets []workspace.Dataset
	// StorageErr says why the browser keeps no data, if it does not.
	StorageErr string
}

// Has reports whether the session lists dataset id.
func (s Session) Has(id string) bool {
	return slices.ContainsFunc(s.Datasets, func(d workspace.Dataset) bool { return d.ID == id })
}

// The session's go-app state and the action that reads it again.
const (
	stateSession  = "reachlab.session"
	actionSession = "reachlab.session.read"
)

// RegisterSession declares the action that reads the workspace into the
// session. Call it once, with the routes.
func RegisterSession() { app.Handle(actionSession, readSession) }

// The session is read again when the workspace changes in another tab or
// in the engines' worker: actions run on the document's body, whose context
// lives as long as the page.
var (
	watchOnce   sync.Once
	sessionMu   sync.Mutex
	openPending string // the dataset OpenDataset made current, not yet stored
)

// readSession reads the workspace and publishes it as the session. Its
// action's value, when a string, is a dataset to make current first.
func readSession(ctx app.Context, a app.Action) {
	w, err := workspace.Shared(ctx)
	watchOnce.Do(func() {
		w.Watch(func(c workspace.Change) {
			switch c.What {
			case workspace.ChangedCurrent, workspace.ChangedDatasets, workspace.ChangedDataset:
				ctx.NewAction(actionSession)
			}
		})
	})
	if id, ok := a.Value.(string); ok && id != "" {
		w.SetCurrent(ctx, id)
		sessionMu.Lock()
		if openPending == id {
			openPending = ""
		}
		sessionMu.Unlock()
	}
	s := Session{Ready: true}
	if err != nil {
		s.StorageErr = err.Error()
	}
	list, listErr := w.Datasets(ctx)
	s.Datasets = list
	s.Current, s.Example, _ = w.Current(ctx)
	if listErr != nil && s.StorageErr == "" {
		s.StorageErr = listErr.Error()
	}
	ctx.Dispatch(func(ctx app.Context) {
		sessionMu.Lock()
		pending := openPending
		sessionMu.Unlock()
		if pending != "" && pending != s.Current.ID {
			return // an older read: the dataset just opened is on its way
		}
		ctx.SetState(stateSession, s)
	})
}

// ObserveSession keeps *dst equal to the session for as long as the
// component is mounted, calling changed (when not nil) after each change,
// and reads the workspace if no page did yet.
func ObserveSession(ctx app.Context, dst *Session, changed func()) {
	ctx.ObserveState(stateSession, dst).OnChange(func() {
		if changed != nil {
			changed()
		}
	})
	if !dst.Ready {
		ctx.NewAction(actionSession)
	}
}

// OpenDataset makes dataset id the current one, at once in this tab (the
// session changes before it is stored) and then in the workspace, which
// tells the other tabs.
func OpenDataset(ctx app.Context, id string) {
	var s Session
	ctx.GetState(stateSession, &s)
	if s.Current.ID == id {
		return
	}
	i := slices.IndexFunc(s.Datasets, func(d workspace.Dataset) bool { return d.ID == id })
	if i >= 0 {
		s.Current = s.Datasets[i]
	} else {
		s.Current = workspace.Dataset{ID: id, Name: id, BuiltIn: workspace.IsBuiltIn(id)}
	}
	s.Example = s.Current.BuiltIn
	sessionMu.Lock()
	openPending = id
	sessionMu.Unlock()
	ctx.SetState(stateSession, s)
	ctx.NewActionWithValue(actionSession, id)
}

// RefreshSession reads the workspace again (after a dataset was added or
// deleted in this tab).
func RefreshSession(ctx app.Context) { ctx.NewAction(actionSession) }
