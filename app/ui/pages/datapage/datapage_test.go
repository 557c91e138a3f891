package datapage

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"reachlab/app/data"
	"reachlab/app/data/load"
	"reachlab/app/i18n"
	"reachlab/app/store"
	"reachlab/app/text"
	"reachlab/app/ui/internal/uitest"
	"reachlab/app/ui/workspace"
)

func TestProblemNamesFileLineAndColumn(t *testing.T) {
	err := fmt.Errorf("reading: %w", &data.ParseError{File: "posts.csv", Line: 12, Column: 3, Err: data.ErrUnclosedQuote})
	cases := []struct {
		l    text.Lang
		want string
	}{
		{text.EN, "posts.csv, line 12, column 3: a quoted field is never closed"},
		{text.FR, "posts.csv, ligne 12, colonne 3 : un champ entre guillemets n'est jamais refermé"},
	}
	for _, c := range cases {
		if got := problem(c.l, "other.csv", err); !strings.HasPrefix(got, c.want) {
			t.Errorf("problem(%s) = %q, want prefix %q", c.l, got, c.want)
		}
	}
	if got := problem(text.EN, "big.csv", &data.SizeError{Size: 2 << 30, Limit: 1 << 30}); got != "big.csv: the file is too large (2.15\u00a0GB; the limit is 1.07\u00a0GB)" {
		t.Errorf("size problem = %q", got)
	}
	if got := problem(text.FR, "x.csv", context.Canceled); got != "x.csv : chargement annulé" {
		t.Errorf("cancelled = %q", got)
	}
	if got := problem(text.EN, "full.csv", fmt.Errorf("saving: %w", store.ErrQuota)); !strings.Contains(got, "storage is full") {
		t.Errorf("quota = %q", got)
	}
	if got := problem(text.EN, "odd.bin", errors.New("strange")); got != "odd.bin: could not be read (strange)" {
		t.Errorf("unknown error = %q", got)
	}
}

func TestEveryReaderSentinelHasAMessage(t *testing.T) {
	for _, c := range causes {
		for _, l := range text.Langs {
			if i18n.T(l, c.key) == string(c.key) {
				t.Errorf("%v has no %s message", c.err, l)
			}
		}
	}
}

func TestBytesAndDecimals(t *testing.T) {
	cases := []struct{ got, want string }{
		{bytesText(text.EN, 343), "343\u00a0B"},
		{bytesText(text.FR, 11_500_000), "11,5\u00a0Mo"},
		{bytesText(text.EN, 2_147_483_648), "2.15\u00a0GB"},
		{plain(text.FR, 1234.5), "1\u00a0234,5"},
		{plain(text.EN, 0.125), "0.125"},
		{plain(text.EN, 5200000), "5,200,000"},
		{separatorName(text.FR, ';'), "point-virgule (;)"},
		{separatorName(text.EN, '\u202f'), "narrow no-break space"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: %q, want %q", i, c.got, c.want)
		}
	}
	if decimals(math.NaN()) != 0 || decimals(1.5e-3) != 4 {
		t.Error("decimals")
	}
}

func readTable(t *testing.T, csv string) *data.Table {
	t.Helper()
	tbl, _, err := load.Read(context.Background(), load.Source{Name: "t.csv", Bytes: []byte(csv)}, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tbl
}

func TestPreviewDrawsOnlyTheRowsInView(t *testing.T) {
	var b strings.Builder
	b.WriteString("n,label\n")
	for i := range 100_000 {
		fmt.Fprintf(&b, "%d,<b>row %d</b>\n", i, i)
	}
	v := &preview{Table: readTable(t, b.String()), Lang: text.EN}
	v.first, v.top = 50_000, 50_000*rowHeight
	html := uitest.Render(t, v)
	if n := strings.Count(html, "<tr"); n > visibleRows+2*overscan+1 {
		t.Errorf("%d rows drawn for a view of %d", n, visibleRows)
	}
	if !strings.Contains(html, "&lt;b&gt;row 50000&lt;/b&gt;") || strings.Contains(html, "<b>row") {
		t.Error("row 50,000 is not drawn as text")
	}
	if !strings.Contains(html, "Rows 50,001–50,015 of 100,000") {
		t.Error("the range shown is wrong")
	}
}

func TestPreviewScalesAMillionRows(t *testing.T) {
	v := &preview{Table: readTable(t, "n\n"+strings.Repeat("1\n", 1_000_000))}
	height, perPx := v.space()
	if height > maxSpace {
		t.Fatalf("scroll space %v px exceeds %v", height, maxSpace)
	}
	// Scrolled to the bottom, the last row is in view.
	last := int((height - previewHeight) * perPx)
	if last+visibleRows < 1_000_000 {
		t.Errorf("at the bottom the view starts at row %d: the last rows are unreachable", last)
	}
}

func TestColumnsTableOffersTypesAndRoles(t *testing.T) {
	w := workspace.New(store.NewMemory())
	m, tbl, err := w.Add(context.Background(), load.Source{Name: "p.csv", Bytes: []byte("Chaîne;Vues\nTF1;1 234\n")}, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := &dataPage{lang: text.FR, ready: true, table: tbl, meta: m, datasets: []workspace.Meta{m}, selected: m.ID}
	html := uitest.Render(t, p)
	for _, want := range []string{`data-column="Chaîne"`, `id="role-1"`, `id="type-0"`, "aucun rôle", `id="preview"`, "1\u00a0234"} {
		if !strings.Contains(html, want) {
			t.Errorf("the dataset view lacks %q", want)
		}
	}
}
