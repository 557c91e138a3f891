package data

import (
	"context"
	"errors"
	"io"
	"math"
	"reflect"
	"testing"
)

func TestFromRecords(t *testing.T) {
	header := []string{"Réseau", "Vues", "Date", "Code"}
	records := [][]string{
		{"Facebook", "1 234", "14/07/2026", "007"},
		{"Instagram", "987"}, // a sheet omits trailing empty cells
		{"X", "12,5", "15/07/2026", "010", "", ""},
		{"TikTok", "n/a", "16/07/2026", "011", "extra"},
	}
	table, err := FromRecords(context.Background(), header, records, Options{Name: "sheet", HeaderLine: 3, Locale: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	if table.Format.Kind != KindRecords || table.Format.HeaderLine != 3 || table.Len() != 4 {
		t.Errorf("format %+v, rows %d", table.Format, table.Len())
	}
	if got, want := types(table), []Type{Text, Number, Date, Text}; !reflect.DeepEqual(got, want) {
		t.Errorf("types = %v, want %v", got, want)
	}
	if got, want := table.Column("Vues").Floats(), []float64{1234, 987, 12.5, math.NaN()}; !floatsEqual(got, want) {
		t.Errorf("Vues = %v, want %v", got, want)
	}
	if got := table.Column("Code").Cell(0); got != "007" {
		t.Errorf("Code[0] = %q, want the identifier kept as text", got)
	}
	if got := table.Column("Date").Times(); !reflect.DeepEqual(got, []int64{day(2026, 7, 14), MissingTime, day(2026, 7, 15), day(2026, 7, 16)}) {
		t.Errorf("Date = %v", got)
	}
	// Record 4 is on sheet row 3+4 = 7; its fifth cell is cut.
	if got := issueKinds(table); !reflect.DeepEqual(got, []string{"wrong number of fields@7:5"}) {
		t.Errorf("issues = %v", got)
	}
	// The records can change afterwards: the table has its own copy.
	records[0][1] = "changed"
	if table.Column("Réseau").Cell(0) != "Facebook" || table.Column("Vues").Floats()[0] != 1234 {
		t.Error("the table shares memory with the records")
	}
	// Re-typing works from the copy.
	if err := table.SetType(context.Background(), table.Index("Vues"), Text); err != nil {
		t.Fatal(err)
	}
	if got := table.Column("Vues").Cell(2); got != "12,5" {
		t.Errorf("Vues as text = %q", got)
	}
}

// sliceReader gives records one by one, then err.
type sliceReader struct {
	records [][]string
	err     error
}

func (r *sliceReader) Read() ([]string, error) {
	if len(r.records) == 0 {
		return nil, r.err
	}
	rec := r.records[0]
	r.records = r.records[1:]
	return rec, nil
}

func TestReadRecords(t *testing.T) {
	r := &sliceReader{records: [][]string{{"a", "1"}, {"b", "2"}}, err: io.EOF}
	table, err := ReadRecords(context.Background(), []string{"k", "v"}, r, Options{})
	if err != nil || table.Len() != 2 || !floatsEqual(table.Column("v").Floats(), []float64{1, 2}) {
		t.Fatalf("ReadRecords: %v", err)
	}
	broken := errors.New("sheet is corrupt")
	r = &sliceReader{records: [][]string{{"a", "1"}}, err: broken}
	_, err = ReadRecords(context.Background(), []string{"k", "v"}, r, Options{})
	var pe *ParseError
	if !errors.Is(err, broken) || !errors.As(err, &pe) || pe.Line != 3 {
		t.Errorf("reader error: %v", err)
	}
	if _, err := FromRecords(context.Background(), nil, nil, Options{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("no header: %v", err)
	}
	if _, err := FromRecords(context.Background(), []string{"a"}, nil, Options{}); !errors.Is(err, ErrNoRows) {
		t.Errorf("no records: %v", err)
	}
	big := [][]string{{"12345"}, {"67890"}}
	var se *SizeError
	if _, err := FromRecords(context.Background(), []string{"a"}, big, Options{MaxSize: 8}); !errors.As(err, &se) {
		t.Errorf("too large: %v", err)
	}
}
