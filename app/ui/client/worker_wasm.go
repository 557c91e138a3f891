//go:build js && wasm

package client

import (
	"context"
	"sync"

	"reachlab/app/view"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// workerScript starts the engines' WebAssembly in a Web Worker; it sits in
// web/ beside engine.wasm, under the versioned path the service worker
// keeps for offline use.
const workerScript = "/engine-worker.js"

// worker is the engines' Web Worker: requests go to it as messages
// {id, method, body, file?} and come back as {id, body} or {id, error}, with
// {id, progress: [done, total]} in between; {id, cancel: true} stops one.
type worker struct {
	w     app.Value
	ready chan struct{} // closed once the engine answers
	err   error         // why the worker could not start, once ready is closed

	mu      sync.Mutex
	next    int
	pending map[int]*pending
	onMsg   app.Func
	onError app.Func
}

// pending is a call waiting for its answer.
type pending struct {
	progress func(done, total int64)
	done     chan answer
}

type answer struct {
	body []byte
	err  error
}

var connect = sync.OnceValue(func() transport { return startWorker(app.Getenv("GOAPP_STATIC_RESOURCES_URL")) })

// startWorker starts the engines' worker from the static files at base
// ("/<version>/web").
func startWorker(base string) *worker {
	wk := &worker{ready: make(chan struct{}), pending: map[int]*pending{}}
	ctor := app.Window().Get("Worker")
	if !ctor.Truthy() {
		wk.err = &view.Error{Code: view.ErrUnavailable, Message: "this browser runs no Web Worker"}
		close(wk.ready)
		return wk
	}
	wk.onMsg = app.FuncOf(func(this app.Value, args []app.Value) any {
		wk.receive(args[0].Get("data"))
		return nil
	})
	wk.onError = app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := "the engine stopped"
		if m := args[0].Get("message"); m.Type() == app.TypeString {
			msg += ": " + m.String()
		}
		wk.fail(&view.Error{Code: view.ErrUnavailable, Message: msg})
		return nil
	})
	wk.w = ctor.New(base + workerScript)
	wk.w.Set("onmessage", wk.onMsg)
	wk.w.Set("onerror", wk.onError)
	return wk
}

// receive handles one message of the worker.
func (wk *worker) receive(m app.Value) {
	if m.Get("ready").Truthy() {
		select {
		case <-wk.ready:
		default:
			close(wk.ready)
		}
		return
	}
	if f := m.Get("fatal"); f.Type() == app.TypeString {
		wk.fail(&view.Error{Code: view.ErrUnavailable, Message: f.String()})
		return
	}
	id := m.Get("id").Int()
	wk.mu.Lock()
	p := wk.pending[id]
	wk.mu.Unlock()
	if p == nil {
		return
	}
	if pr := m.Get("progress"); pr.Truthy() {
		if p.progress != nil {
			p.progress(int64(pr.Index(0).Float()), int64(pr.Index(1).Float()))
		}
		return
	}
	wk.mu.Lock()
	delete(wk.pending, id)
	wk.mu.Unlock()
	if e := m.Get("error"); e.Truthy() {
		p.done <- answer{err: &view.Error{Code: view.ErrorCode(e.Get("code").String()), Message: e.Get("message").String()}}
		return
	}
	p.done <- answer{body: []byte(m.Get("body").String())}
}

// fail ends every call waiting, and the ones to come, with err: the worker
// could not start or died (out of memory, say). The page keeps working and
// says so.
func (wk *worker) fail(err error) {
	wk.mu.Lock()
	list := wk.pending
	wk.pending = map[int]*pending{}
	if wk.err == nil {
		wk.err = err
	}
	wk.mu.Unlock()
	select {
	case <-wk.ready:
	default:
		close(wk.ready)
	}
	for _, p := range list {
		p.done <- answer{err: err}
	}
}

func (wk *worker) call(ctx context.Context, method string, body []byte, o Options) ([]byte, error) {
	select {
	case <-wk.ready:
	case <-ctx.Done():
		return nil, &view.Error{Code: view.ErrCanceled, Message: ctx.Err().Error()}
	}
	wk.mu.Lock()
	if wk.err != nil {
		err := wk.err
		wk.mu.Unlock()
		return nil, err
	}
	wk.next++
	id := wk.next
	p := &pending{progress: o.Progress, done: make(chan answer, 1)}
	wk.pending[id] = p
	wk.mu.Unlock()

	msg := map[string]any{"id": id, "method": method, "body": string(body)}
	if f := o.File; f != nil {
		if f.blob != nil {
			msg["file"] = f.blob
		} else {
			u8 := app.Window().Get("Uint8Array").New(len(f.bytes))
			app.CopyBytesToJS(u8, f.bytes)
			msg["file"] = u8
		}
	}
	wk.w.Call("postMessage", msg)
	select {
	case a := <-p.done:
		return a.body, a.err
	case <-ctx.Done():
		wk.w.Call("postMessage", map[string]any{"id": id, "cancel": true})
		wk.mu.Lock()
		delete(wk.pending, id)
		wk.mu.Unlock()
		return nil, &view.Error{Code: view.ErrCanceled, Message: ctx.Err().Error()}
	}
}
