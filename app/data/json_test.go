package data

import (
	"context"
	"errors"
	"math"
	"reflect"
	"testing"
	"time"
)

func readJSON(t *testing.T, in string) (*Table, error) {
	t.Helper()
	return ReadJSON(context.Background(), []byte(in), Options{Name: "in.json"})
}

func TestReadJSONFixture(t *testing.T) {
	table := readFixture(t, "posts.json", Options{})
	if got, want := names(table), []string{"id", "published", "reach", "rate", "tags", "author"}; !reflect.DeepEqual(got, want) {
		t.Errorf("names = %q, want %q (keys in first-seen order)", got, want)
	}
	if got, want := types(table), []Type{Text, Date, Number, Number, Text, Text}; !reflect.DeepEqual(got, want) {
		t.Errorf("types = %v, want %v", got, want)
	}
	// JSON numbers keep their decimal point: 1.234 is not 1234.
	if got, want := table.Column("rate").Floats(), []float64{1.234, 0.5, 2}; !floatsEqual(got, want) {
		t.Errorf("rate = %v, want %v", got, want)
	}
	if got, want := table.Column("reach").Floats(), []float64{1234, 98765, math.NaN()}; !floatsEqual(got, want) {
		t.Errorf("reach = %v, want %v (null is missing)", got, want)
	}
	wantTime := time.Date(2026, 7, 14, 8, 30, 0, 0, time.UTC).Unix()
	if got := table.Column("published").Times(); got[0] != wantTime || got[2] != MissingTime {
		t.Errorf("published = %v", got)
	}
	tags, author := table.Column("tags"), table.Column("author")
	if tags.Cell(0) != `["été","live"]` || tags.Cell(1) != "" || tags.Cell(2) != "[]" || author.Cell(1) != `{"name":"Ana"}` {
		t.Errorf("nested values: %q %q %q %q", tags.Cell(0), tags.Cell(1), tags.Cell(2), author.Cell(1))
	}
	if table.Column("id").Cell(0) != "0001" {
		t.Errorf("id = %q", table.Column("id").Cell(0))
	}
}

func TestReadJSON(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		names []string
		rows  int
	}{
		{"top-level array", `[{"a":1,"b":"x"},{"b":"y","c":true}]`, []string{"a", "b", "c"}, 2},
		{"nested object", `{"export":{"page":{"rows":[{"a":1}]}}}`, []string{"a"}, 1},
		{"first array of objects wins", `{"names":["x","y"],"rows":[{"a":1}],"more":[{"b":2}]}`, []string{"a"}, 1},
		{"with BOM", "\xEF\xBB\xBF[{\"a\":1}]", []string{"a"}, 1},
		{"duplicate key keeps the last", `[{"a":1,"a":2}]`, []string{"a"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			table, err := readJSON(t, tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(names(table), tt.names) || table.Len() != tt.rows {
				t.Errorf("names %q, rows %d; want %q, %d", names(table), table.Len(), tt.names, tt.rows)
			}
		})
	}
	table, _ := readJSON(t, `[{"a":1,"a":2}]`)
	if table.Column("a").Floats()[0] != 2 {
		t.Errorf("duplicate key: %v", table.Column("a").Floats())
	}
	table, _ = readJSON(t, `[{"v":"1,234"},{"v":"12,5"}]`)
	if got := table.Column("v").Floats(); !floatsEqual(got, []float64{1.234, 12.5}) {
		t.Errorf("numbers in strings are typed like CSV cells: %v", got)
	}
	table, _ = readJSON(t, `[{"id":12345678901234567890},{"id":12345678901234567891}]`)
	if c := table.Column("id"); c.Type() != Text || c.Cell(1) != "12345678901234567891" {
		t.Errorf("long integer ids: %v %q", c.Type(), c.Cell(1))
	}
}

func TestReadJSONErrors(t *testing.T) {
	tests := []struct {
		name         string
		in           string
		err          error
		line, column int
	}{
		{"empty", "  \n", ErrEmpty, 0, 0},
		{"no array", `{"a":1,"b":{"c":2}}`, ErrNotTable, 0, 0},
		{"nested array of numbers", `{"a":[1,2,3]}`, ErrNotTable, 0, 0}, // a whole document only
		{"array of empty arrays", "\n[[], []]", ErrNoRows, 2, 0},
		{"row syntax error", "[[1, 2],\n [3 4]]", ErrSyntax, 2, 5},
		{"scalar", `"text"`, ErrNotTable, 0, 0},
		{"empty array", "\n[]", ErrNoRows, 2, 0},
		{"syntax error", "[\n {\"a\": 1},\n {\"é\": 2,,}\n]", ErrSyntax, 3, 10}, // the second comma
		{"truncated", `[{"a": 1}, {"b"`, ErrSyntax, 1, 16},
		{"binary", "\x00\x01[", ErrBinary, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readJSON(t, tt.in)
			var pe *ParseError
			if !errors.Is(err, tt.err) || !errors.As(err, &pe) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if pe.Line != tt.line || pe.Column != tt.column {
				t.Errorf("at %d:%d, want %d:%d (%v)", pe.Line, pe.Column, tt.line, tt.column, err)
			}
		})
	}
	table, err := readJSON(t, "[\n{\"a\":1},\n\"text\",\n[1,[2]],\n{\"a\":2}\n]")
	if err != nil || table.Len() != 2 {
		t.Fatalf("mixed elements: %v", err)
	}
	if got := issueKinds(table); !reflect.DeepEqual(got, []string{"no array of objects@3:0", "no array of objects@4:0"}) {
		t.Errorf("issues = %v", got)
	}
}
