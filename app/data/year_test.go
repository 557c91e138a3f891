package data

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// dates returns the dates of column name as 2006-01-02, "" where missing.
func dates(t *testing.T, tbl *Table, name string) []string {
	t.Helper()
	c := tbl.Column(name)
	if c == nil || c.Type() != Date {
		t.Fatalf("column %q: %v, want a Date column", name, c)
	}
	out := make([]string, c.Len())
	for i := range out {
		if tm, ok := c.Time(i); ok {
			out[i] = tm.Format(time.DateOnly)
		}
	}
	return out
}

func TestYearsOfDatesWithoutYear(t *testing.T) {
	today := time.Date(2026, 3, 1, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		csv   string
		opts  Options
		want  []string
		years Years
	}{
		{
			name: "rising across a new year",
			csv:  "Date,Views\nFebruary 27,1\nFebruary 28,1\nDecember 31,2\nJanuary 1,3\nFebruary 27,4\n",
			opts: Options{Today: today},
			want: []string{"2025-02-27", "2025-02-28", "2025-12-31", "2026-01-01", "2026-02-27"},
			years: Years{Cells: 5, Source: YearAssumed, Order: 1, First: 2025, Last: 2026,
				Latest: time.Date(2026, 3, 1, 23, 59, 59, 0, time.UTC)},
		},
		{
			name:  "falling, newest first",
			csv:   "Post time,Views\nJanuary 5,1\nDecember 30,2\nDecember 2,3\nNovember 20,4\n",
			opts:  Options{Today: today},
			want:  []string{"2026-01-05", "2025-12-30", "2025-12-02", "2025-11-20"},
			years: Years{Cells: 4, Source: YearAssumed, Order: -1, First: 2025, Last: 2026, Latest: time.Date(2026, 3, 1, 23, 59, 59, 0, time.UTC)},
		},
		{
			name:  "neither: each the latest year not after today",
			csv:   "Post time,Views\nJuly 16,1\nSeptember 3,2\nFebruary 20,3\nDecember 2,4\nMarch 2,5\n",
			opts:  Options{Today: today},
			want:  []string{"2025-07-16", "2025-09-03", "2026-02-20", "2025-12-02", "2025-03-02"},
			years: Years{Cells: 5, Source: YearAssumed, Order: 0, First: 2025, Last: 2026, Latest: time.Date(2026, 3, 1, 23, 59, 59, 0, time.UTC)},
		},
		{
			name:  "the year option is the year of the most recent dates",
			csv:   "Date,Views\nDecember 31,2\nJanuary 1,3\n",
			opts:  Options{Today: today, Year: 2024},
			want:  []string{"2023-12-31", "2024-01-01"},
			years: Years{Cells: 2, Source: YearOption, Order: 1, First: 2023, Last: 2024, Latest: time.Date(2024, 12, 31, 23, 59, 59, 0, time.UTC)},
		},
		{
			name:  "the period of the file",
			csv:   "Fecha,Vistas\n8 de marzo,1\n9 de marzo,1\n",
			opts:  Options{Today: today, Period: Period{Start: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2024, 3, 31, 0, 0, 0, 0, time.UTC)}},
			want:  []string{"2024-03-08", "2024-03-09"},
			years: Years{Cells: 2, Source: YearPeriod, Order: 1, First: 2024, Last: 2024, Latest: time.Date(2024, 3, 31, 23, 59, 59, 0, time.UTC)},
		},
		{
			name:  "a 29 February puts a series in a leap year",
			csv:   "Date,Views\nFebruary 28,1\nFebruary 29,2\nMarch 1,3\n",
			opts:  Options{Today: today},
			want:  []string{"2024-02-28", "2024-02-29", "2024-03-01"},
			years: Years{Cells: 3, Source: YearAssumed, Order: 1, First: 2024, Last: 2024, Latest: time.Date(2026, 3, 1, 23, 59, 59, 0, time.UTC)},
		},
		{
			name:  "a lone 29 February takes the latest leap year",
			csv:   "Date,Views\nFebruary 29,2\nFebruary 29,2\n",
			opts:  Options{Today: today},
			want:  []string{"2024-02-29", "2024-02-29"},
			years: Years{Cells: 2, Source: YearAssumed, Order: 1, First: 2024, Last: 2024, Latest: time.Date(2026, 3, 1, 23, 59, 59, 0, time.UTC)},
		},
		{
			name:  "a 29 February in a year forced otherwise is missing",
			csv:   "Date,Views\nFebruary 29,2\nMarch 1,2\n",
			opts:  Options{Year: 2025},
			want:  []string{"", "2025-03-01"},
			years: Years{Cells: 2, Source: YearOption, Order: 1, First: 2025, Last: 2025, Invalid: 1, Latest: time.Date(2025, 12, 31, 23, 59, 59, 0, time.UTC)},
		},
		{
			name:  "dates with their year are left alone",
			csv:   "Date,Views\n2025-07-01,1\nJuly 2,1\n",
			opts:  Options{Today: today},
			want:  []string{"2025-07-01", "2025-07-02"},
			years: Years{Cells: 1, Source: YearAssumed, Order: 1, First: 2025, Last: 2025, Latest: time.Date(2026, 3, 1, 23, 59, 59, 0, time.UTC)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tbl, err := ReadCSV(context.Background(), []byte(tt.csv), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			name := strings.SplitN(tt.csv, ",", 2)[0]
			got := dates(t, tbl, name)
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("dates %v, want %v", got, tt.want)
			}
			if y := tbl.Column(name).Years(); y != tt.years {
				t.Errorf("years %+v, want %+v", y, tt.years)
			}
			assumed := false
			for _, issue := range tbl.Issues {
				if errors.Is(issue, ErrYearAssumed) {
					assumed = true
					if issue.Column != 1 || issue.Line != 1 {
						t.Errorf("the assumed year is reported at %d:%d, want the header's cell 1:1", issue.Line, issue.Column)
					}
				}
			}
			if assumed != tt.years.Assumed() {
				t.Errorf("ErrYearAssumed reported: %v, want %v (%v)", assumed, tt.years.Assumed(), tbl.Issues)
			}
		})
	}
}

// TestYearsSurviveSetType re-types a column of dates without a year: the
// years are given again, by the rule of the read.
func TestYearsSurviveSetType(t *testing.T) {
	ctx := context.Background()
	tbl, err := ReadCSV(ctx, []byte("Date,Views\nDecember 31,2\nJanuary 1,3\n"), Options{Year: 2020})
	if err != nil {
		t.Fatal(err)
	}
	if err := tbl.SetType(ctx, 0, Text); err != nil || tbl.Column("Date").Years() != (Years{}) {
		t.Fatalf("as text: %v, years %+v", err, tbl.Column("Date").Years())
	}
	if err := tbl.SetType(ctx, 0, Auto); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(dates(t, tbl, "Date"), " "); got != "2019-12-31 2020-01-01" {
		t.Errorf("dates after SetType: %s", got)
	}
}

// TestYearsOfRecords gives years to dates read from records (an XLSX
// sheet) too.
func TestYearsOfRecords(t *testing.T) {
	tbl, err := FromRecords(context.Background(), []string{"Date", "Video Views"},
		[][]string{{"April 12", "1591"}, {"April 13", "1154"}}, Options{Today: time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(dates(t, tbl, "Date"), " "); got != "2025-04-12 2025-04-13" {
		t.Errorf("dates %s", got)
	}
}
