// Package client is how pages reach the engine (app/engine): a typed call
// per request, answered by the engines' Web Worker in the browser, and by
// an engine in the same process on the host (which prerenders pages) and
// in native tests. Requests and results cross as JSON either way.
//
//	res, err := client.Compare(ctx, view.CompareRequest{Dataset: id, Request: view.Request{Lang: l}})
//
// Calls block until the engine answers: make them off the UI goroutine
// (in ctx.Async). Cancelling ctx cancels the work in the engine.
package client

import (
	"context"
	"encoding/json"
	"errors"

	"reachlab/app/view"
)

// Options tune one call.
type Options struct {
	// Progress receives the engine's progress reports (bytes read,
	// resamples drawn); nil when the page does not show progress.
	Progress func(done, total int64)
	// File is a file the request hands over to the engine; nil for none.
	File *File
}

// transport carries one request to the engine and its answer back.
type transport interface {
	call(ctx context.Context, method string, body []byte, o Options) ([]byte, error)
}

// call sends req as method and decodes the answer into a Resp. Errors are
// *view.Error.
func call[Req, Resp any](ctx context.Context, method string, req Req, o Options) (Resp, error) {
	var resp Resp
	body, err := json.Marshal(req)
	if err != nil {
		return resp, &view.Error{Code: view.ErrBadRequest, Message: err.Error()}
	}
	out, err := connect().call(ctx, method, body, o)
	if err != nil {
		var ve *view.Error
		if !errors.As(err, &ve) {
			ve = &view.Error{Message: err.Error()}
			if ctx.Err() != nil {
				ve.Code = view.ErrCanceled
			}
		}
		return resp, ve
	}
	if err := json.Unmarshal(out, &resp); err != nil {
		return resp, &view.Error{Code: view.ErrBadRequest, Message: method + ": " + err.Error()}
	}
	return resp, nil
}

// Canceled reports whether err says the call was cancelled.
func Canceled(err error) bool {
	var ve *view.Error
	return errors.As(err, &ve) && ve.Code == view.ErrCanceled
}
