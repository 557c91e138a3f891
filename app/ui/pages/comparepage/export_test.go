package comparepage

import (
	"bytes"
	"encoding/csv"
	"math"
	"reachlab/app/text"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// readCSV parses an export and returns its rows by their first cell.
func readCSV(t *testing.T, b []byte, comma rune) (header []string, rows map[string][]string) {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("\ufeff")) {
		t.Error("the export has no byte order mark; spreadsheets would garble accents")
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
	r.Comma = comma
	records, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	rows = map[string][]string{}
	for _, rec := range records[1:] {
		rows[rec[0]] = rec
	}
	return records[0], rows
}

func TestChannelsCSVFollowsTheUILanguage(t *testing.T) {
	r := twoPages(t, settings{})
	cases := []struct {
		l                 text.Lang
		comma             rune
		rateHeader, reach string
		decimal           string
	}{
		{text.EN, ',', "Engagement rate (reach) (%)", "Cumulated reach", "."},
		{text.FR, ';', "Taux d'engagement (portée) (%)", "Portée cumulée", ","},
	}
	for _, c := range cases {
		b, err := channelsCSV(c.l, &r.rep)
		if err != nil {
			t.Fatal(err)
		}
		header, rows := readCSV(t, b, c.comma)
		rate := slices.Index(header, c.rateHeader)
		reach := slices.Index(header, c.reach)
		if rate < 0 || reach < 0 {
			t.Fatalf("%s: header %v lacks %q or %q", c.l, header, c.rateHeader, c.reach)
		}
		// Page A: 200 interactions ÷ 6,000 reached × 100 = 3.333… %.
		got, err := strconv.ParseFloat(strings.Replace(rows["Page A"][rate], c.decimal, ".", 1), 64)
		if err != nil || math.Abs(got-200.0/6000*100) > 1e-9 {
			t.Errorf("%s: Page A rate = %q, want %v", c.l, rows["Page A"][rate], 200.0/6000*100)
		}
		if rows["Page B"][reach] != "2000" {
			t.Errorf("%s: Page B reach = %q, want 2000", c.l, rows["Page B"][reach])
		}
		// Missing figures are empty cells, never 0.
		cpm := slices.IndexFunc(header, func(h string) bool { return strings.HasPrefix(h, "CPM") })
		if cpm < 0 || rows["Page A"][cpm] != "" {
			t.Errorf("%s: CPM column %d = %q, want an empty cell", c.l, cpm, rows["Page A"][cpm])
		}
	}
}
