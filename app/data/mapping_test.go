package data

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"testing"

	"reachlab/app/data/roles"
)

const socialCSV = "Réseau;Vues;Code;Date\nFacebook;1 234;0012;14/07/2026\nX;987;0100;15/07/2026\n"

func TestMappingJSON(t *testing.T) {
	m := Mapping{Columns: map[string]ColumnMapping{
		"Vues": {Role: roles.Impressions},
		"Code": {Type: Number},
		"Date": {Role: roles.Date, Type: Date},
	}}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"columns":{"Code":{"type":"number"},"Date":{"role":"date","type":"date"},"Vues":{"role":"impressions"}}}`
	if string(b) != want {
		t.Errorf("JSON = %s\nwant   %s", b, want)
	}
	var back Mapping
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, m) {
		t.Errorf("round trip = %+v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"columns":{"a":{"type":"money"}}}`), &back); !errors.Is(err, ErrInvalidType) {
		t.Errorf("unknown type: %v", err)
	}
}

func TestApplyMapping(t *testing.T) {
	table := readString(t, socialCSV, Options{})
	if table.Column("Code").Type() != Text {
		t.Fatalf("Code should be inferred as text (identifiers)")
	}
	err := table.Apply(context.Background(), Mapping{Columns: map[string]ColumnMapping{
		"Vues":    {Role: roles.Impressions},
		"Code":    {Type: Number, Role: roles.Reach},
		"Réseau":  {Role: roles.Channel},
		"Missing": {Role: roles.Reach},
		"Date":    {Role: "bogus"},
	}})
	if !errors.Is(err, ErrUnknownColumn) || !errors.Is(err, ErrInvalidRole) {
		t.Errorf("err = %v, want unknown column and invalid role", err)
	}
	code := table.Column("Code")
	if code.Type() != Number || code.Role() != roles.Reach || !floatsEqual(code.Floats(), []float64{12, 100}) {
		t.Errorf("Code: %v %q %v", code.Type(), code.Role(), code.Floats())
	}
	if d := code.Decision(); !d.Overridden || d.Inferred != Text {
		t.Errorf("Code decision = %+v", d)
	}
	if table.Column("Vues").Role() != roles.Impressions || table.Column("Réseau").Role() != roles.Channel {
		t.Error("roles not set")
	}
	want := Mapping{Columns: map[string]ColumnMapping{
		"Vues":   {Role: roles.Impressions},
		"Code":   {Role: roles.Reach, Type: Number},
		"Réseau": {Role: roles.Channel},
	}}
	if got := table.Mapping(); !reflect.DeepEqual(got, want) {
		t.Errorf("Mapping() = %+v, want %+v", got, want)
	}

	// The same mapping given while reading: no second pass, same result.
	again := readString(t, socialCSV, Options{Mapping: &want})
	if got := again.Mapping(); !reflect.DeepEqual(got, want) || !floatsEqual(again.Column("Code").Floats(), []float64{12, 100}) {
		t.Errorf("Options.Mapping: %+v", got)
	}
}

func TestSetRoleAndType(t *testing.T) {
	ctx := context.Background()
	table := readString(t, socialCSV, Options{})
	vues := table.Index("Vues")
	if err := table.SetRole(table.Index("Réseau"), roles.Reach); !errors.Is(err, ErrRoleType) {
		t.Errorf("numeric role on text: %v", err)
	}
	if err := table.SetRole(vues, roles.Impressions); err != nil {
		t.Fatal(err)
	}
	// Number → Text: the raw text comes back from the file, the numeric role goes.
	if err := table.SetType(ctx, vues, Text); err != nil {
		t.Fatal(err)
	}
	c := table.Column("Vues")
	if c.Type() != Text || c.Cell(0) != "1 234" || c.Role() != roles.None || c.Floats() != nil {
		t.Errorf("as text: %v %q %q", c.Type(), c.Cell(0), c.Role())
	}
	// Back to the inferred type.
	if err := table.SetType(ctx, vues, Auto); err != nil {
		t.Fatal(err)
	}
	if c := table.Column("Vues"); c.Type() != Number || c.Decision().Overridden || !floatsEqual(c.Floats(), []float64{1234, 987}) {
		t.Errorf("auto: %v %v", c.Type(), c.Floats())
	}
	// Text → Date keeps the dates; Number → Percent only relabels.
	if err := table.SetType(ctx, vues, Percent); err != nil || table.Column("Vues").Cell(1) != "987%" {
		t.Errorf("percent: %v %q", err, table.Column("Vues").Cell(1))
	}
	date := table.Index("Date")
	if err := table.SetType(ctx, date, Number); err != nil {
		t.Fatal(err)
	}
	if s := table.Column("Date").Stats(); s.Unparsed != 2 || !math.IsNaN(table.Column("Date").Floats()[0]) {
		t.Errorf("dates as numbers: %+v", s)
	}
	if err := table.SetType(ctx, date, Type(9)); !errors.Is(err, ErrInvalidType) {
		t.Errorf("invalid type: %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := table.SetType(cancelled, date, Date); !errors.Is(err, context.Canceled) || table.Column("Date").Type() != Number {
		t.Errorf("cancelled SetType: %v, type %v", err, table.Column("Date").Type())
	}
}
