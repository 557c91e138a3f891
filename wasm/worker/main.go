//go:build js && wasm

// Command worker is the engines' WebAssembly, built with GOOS=js GOARCH=wasm
// into web/engine.wasm and started in a Web Worker by web/engine-worker.js.
// It links the readers, the statistics and the chart builders, and no UI:
// the page's own WebAssembly stays small and its thread free, while this
// one reads files, computes and answers the page's messages
// (see reachlab/app/ui/client for the other side).
package main

import (
	"context"
	"sync"
	"syscall/js"
	"time"

	"reachlab/app/engine"
	"reachlab/app/tables"
	"reachlab/app/view"
	"reachlab/app/workspace"
)

// progressEvery is the shortest time between two progress messages of one
// call: enough for a smooth bar, few enough not to flood the page.
const progressEvery = 50 * time.Millisecond

func main() {
	ctx := context.Background()
	w, _ := workspace.Shared(ctx) // an error means a workspace in memory; pages say so
	s := &server{e: engine.New(tables.New(w)), cancels: map[int]context.CancelFunc{}}
	js.Global().Set("reachlabEngine", js.FuncOf(func(this js.Value, args []js.Value) any {
		s.receive(args[0])
		return nil
	}))
	post(map[string]any{"ready": true})
	select {}
}

// server answers the page's messages, each call on its own goroutine.
type server struct {
	e *engine.Engine

	mu      sync.Mutex
	cancels map[int]context.CancelFunc
}

// receive handles one message of the page: a call, or the cancellation of
// one.
func (s *server) receive(m js.Value) {
	id := m.Get("id").Int()
	if m.Get("cancel").Truthy() {
		s.mu.Lock()
		if cancel := s.cancels[id]; cancel != nil {
			cancel()
		}
		s.mu.Unlock()
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.mu.Lock()
	s.cancels[id] = cancel
	s.mu.Unlock()
	method, body, file := m.Get("method").String(), []byte(m.Get("body").String()), m.Get("file")
	go func() {
		defer func() {
			s.mu.Lock()
			delete(s.cancels, id)
			s.mu.Unlock()
			cancel()
		}()
		s.answer(ctx, id, method, body, file)
	}()
}

func (s *server) answer(ctx context.Context, id int, method string, body []byte, file js.Value) {
	var last time.Time
	c := engine.Call{Progress: func(done, total int64) {
		if now := time.Now(); now.Sub(last) >= progressEvery || done == total {
			last = now
			post(map[string]any{"id": id, "progress": []any{float64(done), float64(total)}})
		}
	}}
	if file.Truthy() {
		c.File = func(ctx context.Context, progress func(done, total int64)) ([]byte, error) {
			return readFile(ctx, file, progress)
		}
	}
	out, err := s.e.Handle(ctx, method, body, c)
	if err != nil {
		ve, _ := err.(*view.Error)
		if ve == nil {
			ve = &view.Error{Message: err.Error()}
		}
		post(map[string]any{"id": id, "error": map[string]any{"code": string(ve.Code), "message": ve.Message}})
		return
	}
	post(map[string]any{"id": id, "body": string(out)})
}

// post sends a message to the page.
func post(m map[string]any) { js.Global().Call("postMessage", m) }
