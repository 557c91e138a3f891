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

// goBenchmarks are the engine benchmarks the README quotes: package, the
// -bench pattern, and -benchtime (one pass is enough for the large inputs,
// whose single run lasts long enough to time).
var goBenchmarks = []struct {
	pkg, pattern, benchtime string
}{
	{"./app/longtail/", "^(BenchmarkFit|BenchmarkBootstrap|BenchmarkLogBinCCDF|BenchmarkLTTBLogLog)$", "3x"},
	{"./app/metrics/", "^BenchmarkCompute$", "3x"},
	{"./app/analysis/compare/", "^BenchmarkAnalyze$", "1x"},
	{"./app/data/", "^BenchmarkRead$", "3x"},
	{"./app/plan/", "^(BenchmarkExport|BenchmarkImport|BenchmarkMarkdown)$", "3x"},
}

// runGoBenchmarks runs each benchmark natively and as WebAssembly under Node
// (the same V8 as Chromium) in this process, and prints them side by side.
func runGoBenchmarks() error {
	var rows [][]string
	for _, b := range goBenchmarks {
		native, err := goBench(b.pkg, b.pattern, b.benchtime, false)
		if err != nil {
			return err
		}
		wasm, err := goBench(b.pkg, b.pattern, b.benchtime, true)
		if err != nil {
			return err
		}
		byName := map[string]benchResult{}
		for _, r := range wasm {
			byName[r.name] = r
		}
		for _, r := range native {
			w := byName[r.name]
			ratio := "–"
			if w.nsPerOp > 0 && r.nsPerOp > 0 {
				ratio = fmt.Sprintf("%.1f×", w.nsPerOp/r.nsPerOp)
			}
			rows = append(rows, []string{strings.TrimPrefix(b.pkg, "./"), r.name, duration(r.nsPerOp), duration(w.nsPerOp), ratio, r.extra})
		}
	}
	table("Engine benchmarks: native and WebAssembly (Node "+nodeVersion()+"), same run",
		[]string{"package", "benchmark", "native", "wasm", "wasm/native", "native throughput"}, rows)
	return nil
}

type benchResult struct {
	name    string
	nsPerOp float64
	extra   string
}

// goBench runs go test -bench and parses its lines, in order.
func goBench(pkg, pattern, benchtime string, wasm bool) ([]benchResult, error) {
	cmd := exec.Command("go", "test", "-run=^$", "-bench="+pattern, "-benchtime="+benchtime, "-benchmem", pkg)
	cmd.Env = os.Environ()
	if wasm {
		root := strings.TrimSpace(run("go", "env", "GOROOT"))
		cmd.Env = append(cmd.Env, "GOOS=js", "GOARCH=wasm",
			"PATH="+filepath.Join(root, "lib", "wasm")+string(os.PathListSeparator)+os.Getenv("PATH"))
	}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go test -bench %s (wasm %v): %w\n%s", pkg, wasm, err, out.String())
	}
	var results []benchResult
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := strings.TrimPrefix(f[0], "Benchmark")
		if i := strings.LastIndex(name, "-"); i > 0 && !wasm {
			name = name[:i] // the -GOMAXPROCS suffix
		}
		var r benchResult
		r.name = name
		for i := 1; i+1 < len(f); i++ {
			switch f[i+1] {
			case "ns/op":
				fmt.Sscan(f[i], &r.nsPerOp)
			case "MB/s":
				r.extra = f[i] + " MB/s"
			}
		}
		results = append(results, r)
	}
	return results, nil
}

func duration(ns float64) string {
	switch {
	case ns <= 0:
		return "–"
	case ns >= 1e9:
		return fmt.Sprintf("%.2f s", ns/1e9)
	case ns >= 1e6:
		return fmt.Sprintf("%.1f ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.1f µs", ns/1e3)
	}
	return fmt.Sprintf("%.0f ns", ns)
}

func run(name string, args ...string) string {
	out, _ := exec.Command(name, args...).Output()
	return string(out)
}

func nodeVersion() string { return strings.TrimSpace(run("node", "--version")) }
