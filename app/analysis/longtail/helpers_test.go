package longtail

import (
	"reachlab/app/analysis"
	"reachlab/app/data"
)

// meta names a test dataset.
var meta = analysis.Dataset{ID: "test", Name: "Test data"}

// analyzeTable measures table t as the dataset meta names.
func analyzeTable(t *data.Table, meta analysis.Dataset, s Settings) *Analysis {
	meta.Table = t
	return Analyze(meta, s)
}
