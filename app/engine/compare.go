package engine

import (
	"context"

	"reachlab/app/analysis/compare"
	"reachlab/app/view"
)

func init() { register("compare", compareDataset) }

// compareDataset answers the compare page.
func compareDataset(ctx context.Context, e *Engine, req view.CompareRequest, c Call) (view.Compare, error) {
	ds, _, err := e.open(ctx, req.Settings.Dataset, req.Lang, c)
	if err != nil {
		return view.Compare{}, err
	}
	return compare.Analyze(ds, req.Settings, req.Lang), nil
}
