package shell

import (
	"context"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Latest runs a page's background calls of which only the latest counts:
// starting one cancels the one before, and a result that arrives after a
// newer call started is dropped. The zero value is ready to use.
type Latest struct {
	gen    int
	busy   bool
	cancel context.CancelFunc
}

// Busy reports whether a call is under way.
func (j *Latest) Busy() bool { return j.busy }

// Stop cancels the call under way, if any (when the page is left).
func (j *Latest) Stop() {
	if j.cancel != nil {
		j.cancel()
		j.cancel = nil
	}
	j.gen++
	j.busy = false
}

// Run starts work off the UI goroutine, after cancelling the call before,
// and hands its result to done on the UI goroutine, unless a newer call
// started meanwhile. Call it on the UI goroutine.
func Run[T any](ctx app.Context, j *Latest, work func(context.Context) (T, error), done func(app.Context, T, error)) {
	j.Stop()
	gen := j.gen
	cctx, cancel := context.WithCancel(ctx)
	j.cancel, j.busy = cancel, true
	ctx.Async(func() {
		v, err := work(cctx)
		ctx.Dispatch(func(ctx app.Context) {
			if gen != j.gen {
				return
			}
			cancel()
			j.cancel, j.busy = nil, false
			done(ctx, v, err)
		})
	})
}
