// Package engine answers the pages' requests: it opens datasets, runs the
// analyses and returns presentation-ready results (app/view). In the
// browser it runs in a Web Worker, a WebAssembly program of its own that
// links no UI (wasm/worker); on the host, which prerenders pages, and in
// native tests it runs in the same process. Either way requests and results
// cross as JSON, so what a test sees is what the worker sends.
//
//	e := engine.New(tables.New(w))
//	out, err := e.Handle(ctx, "compare", body, engine.Call{})
package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"reachlab/app/tables"
	"reachlab/app/view"
)

// Engine answers requests over one workspace's datasets. It is safe for
// concurrent use.
type Engine struct {
	tables *tables.Tables
}

// New returns an engine reading the datasets of ts.
func New(ts *tables.Tables) *Engine { return &Engine{tables: ts} }

// Call is what comes with a request besides its body.
type Call struct {
	// Progress reports work done out of total (bytes read, resamples
	// drawn); nil when nobody listens.
	Progress func(done, total int64)
	// File reads the file a request hands over (the bytes of a file the
	// user picked), reporting progress; nil when the request has none.
	File func(ctx context.Context, progress func(done, total int64)) ([]byte, error)

	retry bool // read a dataset whose last read stopped the page
}

// progress reports done out of total when someone listens.
func (c Call) progress(done, total int64) {
	if c.Progress != nil {
		c.Progress(done, total)
	}
}

// handler answers one method: body in, body out.
type handler func(ctx context.Context, e *Engine, body []byte, c Call) ([]byte, error)

// methods are the requests the engine answers, by name; each file of the
// package registers its own in an init function.
var methods = map[string]handler{}

// register declares method name, answered by f with typed request and
// result.
func register[Req, Resp any](name string, f func(ctx context.Context, e *Engine, req Req, c Call) (Resp, error)) {
	if _, dup := methods[name]; dup {
		panic("engine: method " + name + " registered twice")
	}
	methods[name] = func(ctx context.Context, e *Engine, body []byte, c Call) ([]byte, error) {
		var req Req
		if err := json.Unmarshal(body, &req); err != nil {
			return nil, &view.Error{Code: view.ErrBadRequest, Message: fmt.Sprintf("%s: %v", name, err)}
		}
		resp, err := f(ctx, e, req, c)
		if err != nil {
			return nil, err
		}
		return json.Marshal(resp)
	}
}

// Handle answers one request. The error is a *view.Error: a message for
// people, in the request's language where the engine could say it.
func (e *Engine) Handle(ctx context.Context, method string, body []byte, c Call) ([]byte, error) {
	h, ok := methods[method]
	if !ok {
		return nil, &view.Error{Code: view.ErrBadRequest, Message: "no method " + method}
	}
	out, err := h(ctx, e, body, c)
	if err != nil {
		return nil, asViewError(ctx, err)
	}
	return out, nil
}

// asViewError turns err into the *view.Error pages receive.
func asViewError(ctx context.Context, err error) *view.Error {
	var ve *view.Error
	switch {
	case errors.As(err, &ve):
		return ve
	case errors.Is(err, context.Canceled) || ctx.Err() != nil:
		return &view.Error{Code: view.ErrCanceled, Message: err.Error()}
	}
	return &view.Error{Message: err.Error()}
}
