// Command benchreport measures ReachLab and prints the tables the README
// quotes: bytes a first visit transfers, load times in headless Chromium
// beside a reference page that draws the same chart without WebAssembly, and
// the engines' Go benchmarks natively and as WebAssembly under Node, and what
// each Go package adds to every wasm binary (tools/wasmsize).
//
// make bench runs it from the repository root after make build.
//
//	go run ./tools/benchreport             all sections
//	go run ./tools/benchreport -only load  one section (sizes, packages, load, go, readers, lighthouse)
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	only := flag.String("only", "", "run one section: sizes, packages, load, go, readers or lighthouse")
	runs := flag.Int("runs", 5, "page loads per measurement (the median is reported)")
	flag.Parse()

	sections := []struct {
		name string
		run  func() error
	}{
		{"sizes", measureSizes},
		{"packages", measurePackageSizes},
		{"load", func() error { return measureLoads(*runs) }},
		{"go", runGoBenchmarks},
		{"readers", measureReaders},
		{"lighthouse", measureLighthouse},
	}
	failed := false
	for _, s := range sections {
		if *only != "" && *only != s.name {
			continue
		}
		if err := s.run(); err != nil {
			fmt.Fprintf(os.Stderr, "benchreport: %s: %v\n", s.name, err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

// table prints a Markdown table, so the output can go into the README as is.
func table(title string, header []string, rows [][]string) {
	fmt.Printf("\n### %s\n\n", title)
	fmt.Println("| " + strings.Join(header, " | ") + " |")
	seps := make([]string, len(header))
	for i := range seps {
		seps[i] = "---"
	}
	fmt.Println("|" + strings.Join(seps, "|") + "|")
	for _, r := range rows {
		fmt.Println("| " + strings.Join(r, " | ") + " |")
	}
}

func kb(n int) string { return fmt.Sprintf("%.1f kB", float64(n)/1000) }
