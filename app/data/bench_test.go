package data

import (
	"context"
	"flag"
	"fmt"
	"testing"

	"reachlab/app/data/internal/benchdata"
)

// benchMB sets the size of the generated benchmark files: 10 MB by
// default, -rl.mb=100 for the full-size measure.
var benchMB = flag.Int("rl.mb", 10, "size in MB of the files BenchmarkRead generates")

// BenchmarkRead reads the benchmark files fully typed (see package
// benchdata). The reported MB/s divide the file size by the time; B/op is
// what the reader allocates besides the input it takes over (the columns).
func BenchmarkRead(b *testing.B) {
	files := []struct {
		name string
		gen  func(int) []byte
	}{
		{"social", benchdata.Social},
		{"numeric", benchdata.Numeric},
	}
	for _, f := range files {
		input := f.gen(*benchMB * 1000000)
		b.Run(fmt.Sprintf("%s-%dMB", f.name, *benchMB), func(b *testing.B) {
			b.SetBytes(int64(len(input)))
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				buf := append([]byte(nil), input...) // ReadCSV owns its input
				b.StartTimer()
				if _, err := ReadCSV(context.Background(), buf, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
