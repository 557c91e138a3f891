package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// benchDir holds the generated 100 MB files (reused between runs).
var benchDir = filepath.Join(os.TempDir(), "reachlab-bench")

// measureReaders reads a 100 MB social export and a 100 MB numeric CSV with
// ReachLab's reader compiled to WebAssembly and run under Node, and with
// PapaParse and d3-dsv under the same Node, one process per file and reader,
// and prints one table.
func measureReaders() error {
	files := []string{filepath.Join(benchDir, "social.csv"), filepath.Join(benchDir, "numeric.csv")}
	if _, err := os.Stat(files[1]); err != nil {
		if out, err := exec.Command("go", "run", "./app/data/internal/benchread", "-generate", benchDir).CombinedOutput(); err != nil {
			return fmt.Errorf("generating the files: %v\n%s", err, out)
		}
	}
	wasm := filepath.Join(benchDir, "benchread.wasm")
	build := exec.Command("go", "build", "-trimpath", "-o", wasm, "./app/data/internal/benchread")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("building benchread: %v\n%s", err, out)
	}
	execJS := filepath.Join(strings.TrimSpace(run("go", "env", "GOROOT")), "lib", "wasm", "wasm_exec_node.js")

	var rows [][]string
	for _, f := range files {
		out, err := exec.Command("node", execJS, wasm, f).Output()
		if err != nil {
			return fmt.Errorf("benchread %s: %w", f, err)
		}
		// file MB rows MB/s heap ×file GoSys ×file maxRSS ×file
		for _, line := range dataLines(out) {
			if len(line) >= 10 {
				rows = append(rows, []string{"**ReachLab (Go → wasm), typed**", line[0], line[3], line[7] + " (Go memory)", line[9]})
			}
		}
	}
	args := append([]string{"app/data/internal/benchread/reference.mjs"}, files...)
	out, err := exec.Command("node", args...).Output()
	if err != nil {
		return fmt.Errorf("reference.mjs: %w", err)
	}
	// library file MB rows MB/s heap ×file maxRSS ×file
	for _, line := range dataLines(out) {
		if len(line) >= 9 {
			what := "PapaParse 5 (header, dynamicTyping)"
			if line[0] == "d3-dsv" {
				what = "d3-dsv 3 parseRows (strings only)"
			}
			rows = append(rows, []string{what, line[1], line[4], line[6] + " (JS heap)", line[8]})
		}
	}
	table("CSV readers on 100 MB files, Node "+nodeVersion()+" (V8, as in Chromium), same run",
		[]string{"reader", "file", "MB/s", "peak memory ÷ file", "max RSS ÷ file"}, rows)
	return nil
}

// dataLines splits a program's table output into fields, header dropped.
func dataLines(out []byte) [][]string {
	var lines [][]string
	sc := bufio.NewScanner(bytes.NewReader(out))
	first := true
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if first || len(f) == 0 {
			first = false
			continue
		}
		lines = append(lines, f)
	}
	return lines
}
