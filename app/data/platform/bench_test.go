package platform

import (
	"fmt"
	"testing"
)

func BenchmarkDetect(b *testing.B) {
	facebook := []string{"Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)", "Publish time",
		"Permalink", "Is crosspost", "Post type", "Languages", "Data comment", "Date", "Views", "Reach",
		"Reactions, comments and shares", "Reactions", "Comments", "Shares", "Total clicks", "Link clicks", "Other clicks"}
	for _, n := range []int{len(facebook), 200} {
		headers := make([]string, n)
		for i := range headers {
			headers[i] = facebook[i%len(facebook)]
			if i >= len(facebook) {
				headers[i] = fmt.Sprintf("Custom metric %d", i)
			}
		}
		b.Run(fmt.Sprintf("columns=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Detect(headers)
			}
		})
	}
}
