package comparepage

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"reachlab/app/data"
	"reachlab/app/data/roles"
	"reachlab/app/text"
	"reachlab/app/ui/internal/uitest"
	"reachlab/app/ui/workspace"
)

// manyPosts is one channel of n posts reaching 100, 101, … people, and one
// TV message.
func manyPosts(t *testing.T, n int) *result {
	t.Helper()
	var b strings.Builder
	b.WriteString("id,channel,kind,reach,likes\ntv,TV,mass,1000000,\n")
	for i := range n {
		fmt.Fprintf(&b, "p%03d,Page,social,%d,%d\n", i+1, 100+i, i%7)
	}
	tb, err := data.ReadCSV(context.Background(), []byte(b.String()), data.Options{Name: "many.csv"})
	if err != nil {
		t.Fatal(err)
	}
	setRoles(t, tb, map[string]roles.Role{"id": roles.Message, "channel": roles.Channel, "kind": roles.Kind, "reach": roles.Reach, "likes": roles.Reactions})
	return measure(tb, workspace.Meta{ID: "many", Name: "many.csv"}, settings{Dataset: "many"})
}

func TestDrillPagesFiftyMessages(t *testing.T) {
	r := manyPosts(t, 120)
	if p := page(text.EN, r, settings{}); p.drill.channel != "TV" {
		t.Fatalf("drill-down opens on %q, want the first channel", p.drill.channel)
	}
	at := func(n int) *comparePage {
		p := page(text.EN, r, settings{})
		p.drill = drill{channel: "Page", page: n}
		return p
	}
	cases := []struct {
		page       int
		rangeText  string
		first      string
		rows       int
		prev, next bool // enabled
	}{
		{0, "Messages 1 to 50 of 120", "p001", 50, false, true},
		{1, "Messages 51 to 100 of 120", "p051", 50, true, true},
		{2, "Messages 101 to 120 of 120", "p101", 20, true, false},
	}
	for _, c := range cases {
		html := uitest.Render(t, at(c.page))
		if _, got := element(html, "p", `id="messages-range"`); plainText(got) != c.rangeText {
			t.Errorf("page %d: range %q, want %q", c.page, plainText(got), c.rangeText)
		}
		_, body := element(html, "table", `id="messages-table"`)
		_, body = element(body, "tbody")
		if n := strings.Count(body, "<tr"); n != c.rows {
			t.Errorf("page %d: %d rows, want %d", c.page, n, c.rows)
		}
		if _, th := element(body, "th"); plainText(th) != c.first {
			t.Errorf("page %d starts with %q, want %q", c.page, plainText(th), c.first)
		}
		prev, _ := element(html, "button", `id="messages-prev"`)
		next, _ := element(html, "button", `id="messages-next"`)
		if strings.Contains(prev, "disabled") == c.prev || strings.Contains(next, "disabled") == c.next {
			t.Errorf("page %d: buttons %s %s", c.page, prev, next)
		}
	}
	// The 51st message reaches 150 people with 50 mod 7 = 1 like:
	// 1 ÷ 150 × 100 = 0.667 %.
	html := uitest.Render(t, at(1))
	_, row := element(html, "tr", `data-index="51"`)
	if !strings.Contains(plainText(row), "p051 150 1 0.667%") {
		t.Errorf("row of p051 = %q", plainText(row))
	}
}

func TestDrillKeepsItsPlace(t *testing.T) {
	r := manyPosts(t, 120)
	d := drill{channel: "Page", page: 2}
	d.keep(r)
	if d != (drill{channel: "Page", page: 2}) {
		t.Errorf("kept %+v", d)
	}
	d.keep(manyPosts(t, 60)) // fewer messages: the last page left
	if d != (drill{channel: "Page", page: 1}) {
		t.Errorf("after shrinking: %+v", d)
	}
	d = drill{channel: "Gone", page: 3}
	d.keep(r)
	if d != (drill{channel: "TV"}) {
		t.Errorf("unknown channel: %+v", d)
	}
	if pages(0) != 1 || pages(50) != 1 || pages(51) != 2 {
		t.Errorf("pages: %d %d %d", pages(0), pages(50), pages(51))
	}
}
