package longtailpage

import (
	"context"
	"testing"

	"reachlab/app/data"
	"reachlab/app/data/roles"
	"reachlab/app/ui/workspace"
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
var meta = workspace.Meta{ID: "test", Name: "Test data"}
