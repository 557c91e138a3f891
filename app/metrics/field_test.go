package metrics

import (
	"math"
	"reachlab/app/data/roles"
	"slices"
	"testing"
	"time"
)

func TestFieldOf(t *testing.T) {
	tests := []struct {
		role roles.Role
		want Field
		ok   bool
	}{
		{"reach", FieldReach, true},
		{"impressions", FieldImpressions, true},
		{"share", FieldAudienceShare, true},
		{"shares", FieldShares, true},
		{"date", FieldDate, true},
		{"kind", FieldKind, true},
		{"channel", 0, false},
		{"text", 0, false},
		{"", 0, false},
		{"Reach", 0, false},
	}
	for _, tt := range tests {
		got, ok := FieldOf(tt.role)
		if got != tt.want || ok != tt.ok {
			t.Errorf("FieldOf(%q) = %v, %v; want %v, %v", tt.role, got, ok, tt.want, tt.ok)
		}
	}
	for f := range Field(numFields) {
		if back, ok := FieldOf(f.Role()); !ok || back != f {
			t.Errorf("field %d: role %q does not read back", f, f.Role())
		}
	}
}

func TestFieldsSet(t *testing.T) {
	s := FieldsOf(FieldCost, FieldReach, FieldCost)
	if !s.Has(FieldReach) || !s.Has(FieldCost) || s.Has(FieldImpressions) || s.Has(needInter) {
		t.Errorf("set %b has the wrong members", s)
	}
	if got := s.List(); !slices.Equal(got, []Field{FieldReach, FieldCost}) {
		t.Errorf("List = %v", got)
	}
	if b, _ := s.MarshalText(); string(b) != "reach+cost" {
		t.Errorf("MarshalText = %s", b)
	}
	if s.With(needInter) != s {
		t.Error("With accepted a non-field")
	}
}

func TestInferFields(t *testing.T) {
	a := NewMessage("A", " ")
	a.Reach, a.Cost = 10, -1 // a negative cost is not a usable value
	b := NewMessage("A", "social")
	b.Comments = 0
	b.Date = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	c := NewMessage("A", "")
	c.Impressions = math.Inf(1)
	got := InferFields([]Message{a, b, c})
	if want := FieldsOf(FieldReach, FieldComments, FieldKind, FieldDate); got != want {
		t.Errorf("InferFields = %v, want %v", got.List(), want.List())
	}
}
