package metrics

import "context"

// paceEvery is how many rows a long pass reads between two looks at its
// context and two progress reports: often enough to stop within a few
// milliseconds, rarely enough to cost nothing.
const paceEvery = 1 << 15

// pacer stops a long pass when its context is done and reports its
// progress.
type pacer struct {
	ctx      context.Context
	progress func(done, total int64)
	done     int64
	total    int64
	err      error // the context's error once it stopped the pass
}

func newPacer(ctx context.Context, progress func(done, total int64), total int64) *pacer {
	return &pacer{ctx: ctx, progress: progress, total: total}
}

// step counts one row read; it reports whether the pass goes on.
func (p *pacer) step() bool {
	p.done++
	if p.done%paceEvery != 0 {
		return true
	}
	if p.err = p.ctx.Err(); p.err != nil {
		return false
	}
	if p.progress != nil {
		p.progress(p.done, p.total)
	}
	return true
}
