package client

import (
	"context"

	"reachlab/app/view"
)

// Compare measures a dataset for the compare page, reporting its progress
// (reading, then measuring, on one scale) to progress when not nil.
func Compare(ctx context.Context, req view.CompareRequest, progress func(done, total int64)) (view.Compare, error) {
	return call[view.CompareRequest, view.Compare](ctx, "compare", req, Options{Progress: progress})
}
