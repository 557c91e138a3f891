package longtail

import (
	"context"
	"testing"

	"reachlab/app/analysis"
	"reachlab/app/data"
	"reachlab/app/data/roles"
)

// readTable reads a CSV in English conventions and gives its columns the
// roles listed (column name → role).
func readTable(t *testing.T, csv string, roleOf map[string]roles.Role) *data.Table {
	t.Helper()
	tb, err := data.ReadCSV(context.Background(), []byte(csv), data.Options{Name: "test.csv", Locale: "en"})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range tb.Columns() {
		r, ok := roleOf[c.Name()]
		if !ok {
			r = roles.None
		}
		if err := tb.SetRole(i, r); err != nil {
			t.Fatalf("role %s for %s: %v", r, c.Name(), err)
		}
	}
	return tb
}

// meta names a test dataset.
var meta = analysis.Dataset{ID: "test", Name: "Test data"}

// analyzeTable measures table t as the dataset meta names.
func analyzeTable(t *data.Table, meta analysis.Dataset, s Settings) *Analysis {
	meta.Table = t
	return Analyze(meta, s)
}
