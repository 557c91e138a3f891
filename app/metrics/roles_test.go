package metrics_test

import (
	"testing"

	"reachlab/app/data/roles"
	"reachlab/app/metrics"
)

// TestFieldsMatchRoles keeps Field and the column roles in step: every
// numeric role, plus kind and date, is a field, and interaction roles are
// exactly the fields summed into interactions.
func TestFieldsMatchRoles(t *testing.T) {
	for _, r := range roles.All {
		f, ok := metrics.FieldOf(r)
		wantField := r.Numeric() || r == roles.Kind || r == roles.Date
		if ok != wantField {
			t.Errorf("role %q: FieldOf ok = %v, want %v", r, ok, wantField)
			continue
		}
		if ok && f.Role() != r {
			t.Errorf("role %q reads as field %q", r, f.Role())
		}
		if !ok {
			continue
		}
		summed := false
		for _, in := range metrics.Interactions.Inputs {
			summed = summed || in == f
		}
		if summed != r.Interaction() {
			t.Errorf("role %q: summed into interactions = %v, roles say %v", r, summed, r.Interaction())
		}
	}
	if got := len(metrics.Interactions.Inputs); got != 5 {
		t.Errorf("interactions sum %d fields, want 5", got)
	}
}
