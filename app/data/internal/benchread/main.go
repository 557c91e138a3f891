// Command benchread measures ReachLab's CSV reader on the benchmark files:
// throughput (MB/s, 1 MB = 10⁶ bytes) and peak memory, natively or as
// WebAssembly under Node.
//
//	go run ./app/data/internal/benchread -generate /tmp/rl-bench   # writes social.csv and numeric.csv (100 MB each)
//	go run ./app/data/internal/benchread /tmp/rl-bench/social.csv /tmp/rl-bench/numeric.csv
//	GOOS=js GOARCH=wasm go build -o /tmp/benchread.wasm ./app/data/internal/benchread
//	node $(go env GOROOT)/lib/wasm/wasm_exec_node.js /tmp/benchread.wasm /tmp/rl-bench/social.csv
//
// Measure one file per process: memory figures are peaks over the whole
// process. They are:
//
//   - heap peak: the largest Go heap in use (runtime.MemStats.HeapInuse)
//     sampled before, during (at every progress call, i.e. every MiB of
//     text) and after the read; it includes the file's bytes, which the
//     table keeps;
//   - Go sys: all memory the Go runtime obtained (MemStats.Sys) at the
//     end. Under WebAssembly this is the size of the linear memory, which
//     never shrinks: the true peak of the Go side;
//   - max RSS: the process's peak resident memory from the operating
//     system (Node's process.resourceUsage().maxRSS under WebAssembly, so
//     it includes Node itself, about 45 MB, as the reference script's
//     figure does). The file is read 1 MiB at a time into one Go buffer,
//     as a browser UI streams a File, so that no file-sized JS buffer is
//     made on the way.
//
// Each ratio divides by the file size.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"reachlab/app/data"
	"reachlab/app/data/internal/benchdata"
)

func main() {
	generate := flag.String("generate", "", "write social.csv and numeric.csv into this directory, then exit")
	mb := flag.Int("mb", 100, "size of the generated files in MB (10⁶ bytes)")
	runs := flag.Int("runs", 1, "reads of each file; the best time is reported")
	flag.Parse()
	if *generate != "" {
		if err := writeFiles(*generate, *mb*1000000); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: benchread [-runs n] file.csv ... | benchread -generate dir [-mb 100]")
		os.Exit(2)
	}
	fmt.Printf("%-12s %9s %8s %8s %10s %6s %10s %6s %10s %6s\n",
		"file", "MB", "rows", "MB/s", "heap peak", "×file", "Go sys", "×file", "max RSS", "×file")
	for _, path := range flag.Args() {
		if err := measure(path, *runs); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

// writeFiles generates the two benchmark files.
func writeFiles(dir string, size int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for name, gen := range map[string]func(int) []byte{"social.csv": benchdata.Social, "numeric.csv": benchdata.Numeric} {
		b := gen(size)
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return err
		}
		fmt.Printf("wrote %s (%d bytes)\n", filepath.Join(dir, name), len(b))
	}
	return nil
}

// readFile reads a file into one buffer of its size, 1 MiB at a time, as a
// browser UI streams a File into Go memory: under Node, os.ReadFile would
// make one JS buffer as large as the file on the way, counted in max RSS.
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	b := make([]byte, info.Size())
	for done := 0; done < len(b); {
		n, err := f.Read(b[done:min(len(b), done+1<<20)])
		done += n
		if err == io.EOF {
			return b[:done], nil
		}
		if err != nil {
			return nil, err
		}
	}
	return b, nil
}

// measure reads path runs times and prints one line.
func measure(path string, runs int) error {
	var peak uint64
	var ms runtime.MemStats
	sample := func() {
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapInuse)
	}
	best := time.Duration(1 << 62)
	var size, rows int
	for range runs {
		b, err := readFile(path)
		if err != nil {
			return err
		}
		size = len(b)
		sample()
		start := time.Now()
		t, err := data.ReadCSV(context.Background(), b, data.Options{
			Name:     filepath.Base(path),
			Progress: func(done, total int64) { sample() },
		})
		elapsed := time.Since(start)
		if err != nil {
			return err
		}
		sample()
		rows = t.Len()
		best = min(best, elapsed)
		runtime.KeepAlive(t)
		t, b = nil, nil
		runtime.GC()
	}
	runtime.ReadMemStats(&ms)
	mbs := float64(size) / 1e6 / best.Seconds()
	rss := maxRSS()
	f := float64(size)
	fmt.Printf("%-12s %9.1f %8d %8.1f %9.0fM %6.2f %9.0fM %6.2f %9.0fM %6.2f\n",
		filepath.Base(path), f/1e6, rows, mbs,
		float64(peak)/1e6, float64(peak)/f, float64(ms.Sys)/1e6, float64(ms.Sys)/f, float64(rss)/1e6, float64(rss)/f)
	return nil
}
