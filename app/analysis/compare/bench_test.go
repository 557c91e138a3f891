package compare

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"reachlab/app/analysis"
	"reachlab/app/data/load"
	"reachlab/app/text"
	"reachlab/app/view"
)

// BenchmarkAnalyze measures what /compare computes on a table of posts
// already read: messages drawn from the table's columns, every channel and
// kind measured, the page's charts, readings and first message page.
func BenchmarkAnalyze(b *testing.B) {
	for _, n := range []int{1_000_000, 12_000_000} {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			ds := postsTable(b, n) // before b.Loop: not timed
			for b.Loop() {
				if _, err := Analyze(context.Background(), ds, view.CompareSettings{Dataset: "posts"}, text.EN, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// postsTable reads n rows of posts on seven pages.
func postsTable(b *testing.B, n int) analysis.Dataset {
	var csv strings.Builder
	csv.WriteString("Post ID,Channel,Reach,Likes,Comments\n")
	for i := range n {
		fmt.Fprintf(&csv, "p%d,Page %d,%d,%d,%d\n", i, i%7, 1000+i%5000, i%97, i%13)
	}
	t, _, err := load.Read(context.Background(), load.Source{Name: "posts.csv", Bytes: []byte(csv.String())}, load.Options{Locale: "en"})
	if err != nil {
		b.Fatal(err)
	}
	return analysis.Dataset{ID: "posts", Table: t, Name: "posts.csv"}
}
