package workspace

import (
	"context"
	"sync"

	"reachlab/app/cases"
	"reachlab/app/store"
	"reachlab/app/workspace"
)

var (
	sharedOnce sync.Once
	shared     *Workspace
	sharedErr  error
)

// Shared returns this tab's workspace, opening the browser's store on first
// use, with the built-in cases. When the browser offers no storage, the
// workspace lives in memory and the error says why (the page shows it).
func Shared(ctx context.Context) (*Workspace, error) {
	sharedOnce.Do(func() {
		s, err := store.Open(ctx)
		if err != nil {
			sharedErr = err
			s = store.NewMemory()
		}
		shared = New(s, BuiltInCases()...)
		// Datasets being deleted are kept by the data page's workspace.
		if ws, _ := workspace.Shared(ctx); ws != nil {
			shared.removed = ws.IsRemoved
		}
	})
	return shared, sharedErr
}

// BuiltInCases are the cases every workspace offers as datasets, the
// TV-versus-brand case first.
func BuiltInCases() []BuiltIn {
	all := cases.All()
	out := make([]BuiltIn, len(all))
	for i, c := range all {
		out[i] = builtInCase(c)
	}
	return out
}

// builtInCase offers a case as a dataset.
func builtInCase(c cases.Case) BuiltIn {
	return BuiltIn{ID: "case:" + c.ID, Names: c.Title, CSV: c.CSV()}
}
