package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"reachlab/app/data/load"
	"reachlab/app/store"
	"reachlab/app/tables"
	"reachlab/app/text"
	"reachlab/app/view"
	"reachlab/app/workspace"
)

// postsCSV is n rows of posts on seven pages.
func postsCSV(n int) []byte {
	var b strings.Builder
	b.WriteString("Post ID,Channel,Reach,Likes\n")
	for i := range n {
		fmt.Fprintf(&b, "p%d,Page %d,%d,%d\n", i, i%7, 1000+i%5000, i%97)
	}
	return []byte(b.String())
}

func TestCompareReportsReadingThenMeasuringAndStops(t *testing.T) {
	ctx := context.Background()
	w := workspace.New(store.NewMemory())
	added, err := tables.New(w).Add(ctx, load.Source{Name: "posts.csv", Bytes: postsCSV(300_000)}, tables.Options{Locale: "en"})
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(view.CompareRequest{Request: view.Request{Lang: text.EN}, Settings: view.CompareSettings{Dataset: added.Dataset.ID}})

	// A new engine reads the dataset from the store, then measures it: one
	// scale, reading in the first half, measuring in the second.
	var seen []int64
	_, err = New(tables.New(w)).Handle(ctx, "compare", body, Call{Progress: func(done, total int64) {
		if total != progressScale || (len(seen) > 0 && done < seen[len(seen)-1]) || done > total {
			t.Errorf("progress %d of %d after %v", done, total, seen)
		}
		seen = append(seen, done)
	}})
	if err != nil {
		t.Fatal(err)
	}
	reading, measuring := 0, 0
	for _, d := range seen {
		if d < progressScale/2 {
			reading++
		} else {
			measuring++
		}
	}
	if reading == 0 || measuring < 5 || seen[len(seen)-1] < progressScale*9/10 {
		t.Errorf("%d reports while reading, %d while measuring, the last at %d of %d", reading, measuring, seen[len(seen)-1], progressScale)
	}

	// Cancelled while measuring: the engine stops and says so.
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	_, err = New(tables.New(w)).Handle(cctx, "compare", body, Call{Progress: func(done, total int64) {
		if done > progressScale*6/10 {
			cancel()
		}
	}})
	var ve *view.Error
	if !errors.As(err, &ve) || ve.Code != view.ErrCanceled {
		t.Errorf("cancelled while measuring: %v", err)
	}
}
