package engine

import (
	"context"

	"reachlab/app/analysis/compare"
	"reachlab/app/view"
)

func init() { register("compare", compareDataset) }

// compareDataset answers the compare page. Its progress is one scale for
// the page's one bar: reading the dataset fills the first half (when the
// table is not open already), measuring its rows the second.
func compareDataset(ctx context.Context, e *Engine, req view.CompareRequest, c Call) (view.Compare, error) {
	read := c
	read.Progress = func(done, total int64) { c.progress(halves(0, done, total)) }
	ds, _, err := e.open(ctx, req.Settings.Dataset, req.Lang, read)
	if err != nil {
		return view.Compare{}, err
	}
	return compare.Analyze(ctx, ds, req.Settings, req.Lang, func(done, total int64) { c.progress(halves(1, done, total)) })
}

// progressScale is the total of a progress in halves.
const progressScale = 1_000_000

// halves places done out of total in half h (0 or 1) of one progress.
func halves(h int, done, total int64) (int64, int64) {
	if total <= 0 {
		return int64(h) * progressScale / 2, progressScale
	}
	return int64(h)*progressScale/2 + done*(progressScale/2)/total, progressScale
}
