package engine

import (
	"context"

	"reachlab/app/analysis/home"
	"reachlab/app/view"
)

func init() { register("home", homeView) }

// homeView answers the home page's chart.
func homeView(ctx context.Context, e *Engine, req view.HomeRequest, c Call) (view.Home, error) {
	return home.View(req.Lang.OrDefault()), nil
}
