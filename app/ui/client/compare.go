package client

import (
	"context"

	"reachlab/app/view"
)

// Compare measures a dataset for the compare page.
func Compare(ctx context.Context, req view.CompareRequest) (view.Compare, error) {
	return call[view.CompareRequest, view.Compare](ctx, "compare", req, Options{})
}
