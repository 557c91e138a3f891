package longtailpage

import (
	ltan "reachlab/app/analysis/longtail"
	"reachlab/app/data"
	"reachlab/app/ui/workspace"
)

// meta names a test dataset.
var meta = workspace.Meta{ID: "test", Name: "Test data"}

// analyze measures table t of the workspace dataset meta as the page does.
func analyze(t *data.Table, meta workspace.Meta, s ltan.Settings) *ltan.Analysis {
	return ltan.Analyze(dataset(t, meta), s)
}
