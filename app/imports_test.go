package app_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// goApp is the import path of the UI framework, and of its sub-packages.
const goApp = "github.com/maxence-charriere/go-app"

// pagesPrefix is where the page packages live: one package per route.
const pagesPrefix = "reachlab/app/ui/pages/"

// goAppAllowed reports whether package path may import go-app: the UI
// (app/ui and below), the UI's wasm entry (wasm, not wasm/worker), the chart
// mount (charts/chartview), the end-to-end tests and the host at the root.
func goAppAllowed(path string) bool {
	switch path {
	case "reachlab", "reachlab/wasm", "reachlab/charts/chartview", "reachlab/app/ui":
		return true
	}
	return strings.HasPrefix(path, "reachlab/app/ui/") || path == "reachlab/e2e" || strings.HasPrefix(path, "reachlab/e2e/")
}

// listed is the part of `go list -json` the checks read.
type listed struct {
	ImportPath                         string
	Imports, TestImports, XTestImports []string
}

// allImports is every import of p, its tests' included.
func (p listed) allImports() []string {
	return slices.Concat(p.Imports, p.TestImports, p.XTestImports)
}

// importProblems says which imports of the packages break the layering
// rules: a page importing another page, or go-app imported outside the UI.
func importProblems(pkgs []listed) []string {
	var bad []string
	for _, p := range pkgs {
		for _, imp := range p.allImports() {
			switch {
			case strings.HasPrefix(p.ImportPath, pagesPrefix) && strings.HasPrefix(imp, pagesPrefix) &&
				pageOf(imp) != pageOf(p.ImportPath):
				bad = append(bad, p.ImportPath+" imports the page "+imp+": pages share code through app/analysis or app/ui, never each other")
			case (imp == goApp || strings.HasPrefix(imp, goApp+"/")) && !goAppAllowed(p.ImportPath):
				bad = append(bad, p.ImportPath+" imports "+imp+": only the UI (app/ui, wasm, charts/chartview, e2e, the host) may")
			}
		}
	}
	slices.Sort(bad)
	return slices.Compact(bad)
}

// pageOf is the page package that path belongs to (its first element under
// app/ui/pages), so that a page's own sub-packages are not another page.
func pageOf(path string) string {
	rest := strings.TrimPrefix(path, pagesPrefix)
	page, _, _ := strings.Cut(rest, "/")
	return page
}

// goList lists the module's packages built for goos/goarch.
func goList(t *testing.T, goos, goarch string) []listed {
	t.Helper()
	cmd := exec.Command("go", "list", "-json=ImportPath,Imports,TestImports,XTestImports", "reachlab/...")
	cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH="+goarch)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list (%s/%s): %v\n%s", goos, goarch, err, stderr.String())
	}
	var pkgs []listed
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listed
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) < 10 {
		t.Fatalf("go list found %d packages; the module has many more", len(pkgs))
	}
	return pkgs
}

// TestImports keeps the layering: no page package imports another page, and
// nothing outside the UI imports go-app. Both the host build and the wasm
// build are checked, since files behind build tags import differently.
func TestImports(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not on PATH")
	}
	for _, target := range [][2]string{{"linux", "amd64"}, {"js", "wasm"}} {
		for _, problem := range importProblems(goList(t, target[0], target[1])) {
			t.Errorf("%s/%s: %s", target[0], target[1], problem)
		}
	}
}

// TestImportProblems checks the rules themselves on made-up packages.
func TestImportProblems(t *testing.T) {
	tests := []struct {
		name string
		pkg  listed
		bad  int
	}{
		{"page imports page", listed{ImportPath: pagesPrefix + "lessonspage", Imports: []string{pagesPrefix + "longtailpage"}}, 1},
		{"page test imports page", listed{ImportPath: pagesPrefix + "a", XTestImports: []string{pagesPrefix + "b"}}, 1},
		{"page imports its own sub-package", listed{ImportPath: pagesPrefix + "a", Imports: []string{pagesPrefix + "a/inner"}}, 0},
		{"page imports go-app", listed{ImportPath: pagesPrefix + "a", Imports: []string{goApp + "/v10/pkg/app"}}, 0},
		{"analysis imports go-app", listed{ImportPath: "reachlab/app/analysis/longtail", Imports: []string{goApp + "/v10/pkg/app"}}, 1},
		{"worker imports go-app", listed{ImportPath: "reachlab/wasm/worker", Imports: []string{goApp + "/v10/pkg/app"}}, 1},
		{"charts imports go-app in a test", listed{ImportPath: "reachlab/charts", TestImports: []string{goApp + "/v10/pkg/app"}}, 1},
		{"chartview imports go-app", listed{ImportPath: "reachlab/charts/chartview", Imports: []string{goApp + "/v10/pkg/app"}}, 0},
		{"host imports go-app", listed{ImportPath: "reachlab", Imports: []string{goApp + "/v10/pkg/app"}}, 0},
		{"uishell-like name outside app/ui", listed{ImportPath: "reachlab/app/uikit", Imports: []string{goApp + "/v10/pkg/app"}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := importProblems([]listed{tt.pkg}); len(got) != tt.bad {
				t.Errorf("importProblems = %q, want %d problem(s)", got, tt.bad)
			}
		})
	}
}
