package client

import (
	"context"

	"reachlab/app/view"
)

// Home returns the home page's chart.
func Home(ctx context.Context, req view.HomeRequest) (view.Home, error) {
	return call[view.HomeRequest, view.Home](ctx, "home", req, Options{})
}
