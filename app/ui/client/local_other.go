//go:build !(js && wasm)

package client

import (
	"context"
	"sync"

	"reachlab/app/engine"
	"reachlab/app/tables"
	"reachlab/app/workspace"
)

// local is the engine in this process: the host prerendering pages, and
// native tests.
type local struct{ e *engine.Engine }

var connect = sync.OnceValue(func() transport {
	w, _ := workspace.Shared(context.Background())
	return local{engine.New(tables.New(w))}
})

func (l local) call(ctx context.Context, method string, body []byte, o Options) ([]byte, error) {
	c := engine.Call{Progress: o.Progress}
	if o.File != nil {
		c.File = o.File.read
	}
	return l.e.Handle(ctx, method, body, c)
}
