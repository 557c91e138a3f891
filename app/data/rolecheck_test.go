package data

import (
	"context"
	"testing"

	"reachlab/app/data/roles"
)

func TestCheckRole(t *testing.T) {
	ctx := context.Background()
	csv := "Date,Period,Views,Label,Mixed,Name\n" +
		"2026-03-01,Lifetime,10,a,12,x\n" +
		"2026-03-02,Lifetime,n/a,b,twelve,y\n" +
		"bad day,,30,c,,z\n" +
		"2026-03-04,Lifetime,40,d,1 200,w\n" +
		"2026-03-05,Lifetime,50,e,7,v\n"
	tbl, err := ReadCSV(ctx, []byte(csv), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		col    string
		role   roles.Role
		typ    Type
		cells  int
		failed int
		first  string
		line   int
	}{
		{"Date", roles.Date, Date, 5, 1, "bad day", 4},           // a Date column: its stats
		{"Period", roles.Date, Date, 4, 4, "Lifetime", 2},        // a text column read again as dates
		{"Views", roles.Impressions, Number, 4, 0, "", 0},        // "n/a" is missing, not a failure
		{"Views", roles.Date, Date, 4, 4, "10", 2},               // numbers are no dates
		{"Label", roles.Reach, Number, 5, 5, "a", 2},             // text is no count
		{"Mixed", roles.Comments, Number, 4, 1, "twelve", 3},     // one word among numbers
		{"Name", roles.Channel, Text, 5, 0, "", 0},               // a role that needs no type
		{"Date", roles.Reactions, Number, 5, 5, "2026-03-01", 2}, // dates are no counts
	}
	for _, tt := range tests {
		c, err := tbl.CheckRole(ctx, tbl.Index(tt.col), tt.role)
		if err != nil {
			t.Fatalf("%s as %s: %v", tt.col, tt.role, err)
		}
		if c.Role != tt.role || c.Type != tt.typ || c.Cells != tt.cells || c.Failed != tt.failed || c.First.Text != tt.first || c.First.Line != tt.line {
			t.Errorf("%s as %s: %+v, want %s, %d cells, %d failed, first %q line %d", tt.col, tt.role, c, tt.typ, tt.cells, tt.failed, tt.first, tt.line)
		}
		if c.OK() != (tt.failed == 0) {
			t.Errorf("%s as %s: OK %v", tt.col, tt.role, c.OK())
		}
	}
	if _, err := tbl.CheckRole(ctx, 99, roles.Date); err == nil {
		t.Error("no error for an unknown column")
	}
}
