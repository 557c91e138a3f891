// Command wasmsize tells what each Go package adds to a WebAssembly binary
// built by Go: bytes of code (function bodies of the code section, named by
// the "name" custom section) and bytes of data (the data symbols of each
// package's object file that the linker kept), largest first, with totals for
// groups of packages (Go's runtime, go-app, go-echarts, encoding/json, ...).
//
//	go run ./tools/wasmsize -build ./wasm              build ./wasm unstripped and report
//	go run ./tools/wasmsize -build ./wasm -top 60      more rows
//	go run ./tools/wasmsize -build ./wasm -title web/app.wasm -release web/app.wasm
//	go run ./tools/wasmsize some.wasm                  an unstripped binary already built (code only)
//
// Release builds use -ldflags='-s -w', which drops the name section, so the
// report comes from an unstripped build of the same target: its code and data
// sections are the release binary's byte for byte; only the name section is
// extra. Data is attributed from the linker's reachability graph
// (-ldflags=-dumpdep) and the sizes go tool nm gives for the symbols of every
// linked package; a symbol whose name holds no package (a string literal, a
// GC map) goes to the package of the symbol that first reached it. What the
// linker generates itself (pclntab, type and itab links, moduledata) is
// reported apart. Output is Markdown, as make bench prints it.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
)

func main() {
	target := flag.String("build", "", "package to build for js/wasm (unstripped) and report on, e.g. ./wasm")
	top := flag.Int("top", 40, "package rows to print")
	title := flag.String("title", "", "name of the binary in the headings (default: the target or file)")
	release := flag.String("release", "", "a release (stripped) build of the same target, checked to have the same code and data sections")
	flag.Parse()
	if (*target == "") == (flag.NArg() == 0) || flag.NArg() > 1 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-top N] [-title NAME] (-build PACKAGE | FILE.wasm)")
		os.Exit(2)
	}
	if err := run(*target, flag.Arg(0), *title, *release, *top); err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
}

type sizes struct{ code, data int }

func (s sizes) total() int { return s.code + s.data }

func run(target, file, title, release string, top int) error {
	var reachedBy map[string]string
	var syms map[string]int
	var namer *packageNamer
	source := file
	if target != "" {
		out, cleanup, err := tempWasm()
		if err != nil {
			return err
		}
		defer cleanup()
		if reachedBy, err = build(target, out); err != nil {
			return err
		}
		paths, archives, err := linkedPackages(target)
		if err != nil {
			return err
		}
		if syms, err = dataSymbols(archives); err != nil {
			return err
		}
		namer = newPackageNamer(paths)
		file, source = out, "unstripped build of "+target
	} else {
		std, err := exec.Command("go", "list", "std").Output()
		if err != nil {
			return fmt.Errorf("go list std: %v", err)
		}
		namer = newPackageNamer(append(strings.Fields(string(std)), "main"))
	}
	if title == "" {
		title = cmp.Or(target, file)
	}

	m, n, err := readModule(file)
	if err != nil {
		return err
	}
	if !m.named {
		return fmt.Errorf("%s has no function names (built with -ldflags=-s?): use -build PACKAGE", file)
	}

	byPkg := map[string]*sizes{}
	at := func(pkg string) *sizes {
		if byPkg[pkg] == nil {
			byPkg[pkg] = &sizes{}
		}
		return byPkg[pkg]
	}
	codeBytes := 0
	for _, f := range m.funcs {
		pkg := namer.function(f.name)
		if pkg == "" && target == "" {
			pkg = guessPackage(f.name)
		}
		at(pkg).code += f.size
		codeBytes += f.size
	}
	dataAttributed := 0
	for name, from := range reachedBy {
		size, ok := syms[name]
		if !ok {
			continue
		}
		pkg := namer.symbol(name)
		for i := 0; pkg == "" && from != "" && i < 50; i++ {
			pkg = namer.symbol(from)
			from = reachedBy[from]
		}
		at(pkg).data += size
		dataAttributed += size
	}

	section := map[string]int{}
	for _, s := range m.sections {
		section[s.name] += s.size
	}
	dataBytes := 0
	for _, s := range m.data {
		dataBytes += len(s.bytes)
	}
	fmt.Printf("\n### %s: size by package (%s)\n\n", title, source)
	fmt.Printf("%s raw; code section %s (%d functions, bodies %s), data section %s (%s in %d segments), name section %s (not in a release build).\n",
		kb(n), kb(section["code"]), len(m.funcs), kb(codeBytes), kb(section["data"]), kb(dataBytes), len(m.data), kb(section["name"]))
	if release != "" {
		if err := sameSections(m, release); err != nil {
			return err
		}
	}
	if l := readGoLayout(m.data); l.found {
		var ps []string
		for _, p := range l.parts {
			ps = append(ps, p.name+" "+kb(p.bytes))
		}
		fmt.Printf("Data segments by kind: %s.\n", strings.Join(ps, "; "))
	}
	if target != "" {
		fmt.Printf("The data column below counts the %s of object-file data symbols the linker kept (types, strings, GC maps, tables, variables, zero-filled ones included); "+
			"the pclntab, inline trees and links the linker generates are not attributed.\n", kb(dataAttributed))
	}

	type row struct {
		pkg string
		s   sizes
	}
	var rows []row
	for pkg, s := range byPkg {
		rows = append(rows, row{pkg, *s})
	}
	slices.SortFunc(rows, func(a, b row) int {
		return cmp.Or(b.s.total()-a.s.total(), strings.Compare(a.pkg, b.pkg))
	})
	all := codeBytes + dataAttributed
	label := func(pkg string) string {
		if pkg == "" {
			return "(no package: assembly, linker stubs, unattributed data)"
		}
		return pkg
	}
	var out [][]string
	for i, r := range rows {
		if i == top {
			rest := sizes{}
			for _, r := range rows[top:] {
				rest.code += r.s.code
				rest.data += r.s.data
			}
			out = append(out, []string{fmt.Sprintf("%d other packages", len(rows)-top), kb(rest.code), kb(rest.data), kb(rest.total()), pct(rest.total(), all)})
			break
		}
		out = append(out, []string{label(r.pkg), kb(r.s.code), kb(r.s.data), kb(r.s.total()), pct(r.s.total(), all)})
	}
	out = append(out, []string{"**all packages**", "**" + kb(codeBytes) + "**", "**" + kb(dataAttributed) + "**", "**" + kb(all) + "**", "100 %"})
	table([]string{"package", "code", "data", "code + data", "share"}, out)

	type grow struct {
		name string
		n    int
		s    sizes
	}
	var gs []grow
	for _, g := range groups {
		gr := grow{name: g.name}
		for _, r := range rows {
			if groupOf(r.pkg) == g.name {
				gr.n++
				gr.s.code += r.s.code
				gr.s.data += r.s.data
			}
		}
		if gr.n > 0 {
			gs = append(gs, gr)
		}
	}
	slices.SortStableFunc(gs, func(a, b grow) int { return b.s.total() - a.s.total() })
	out = out[:0]
	for _, g := range gs {
		out = append(out, []string{g.name, fmt.Sprint(g.n), kb(g.s.code), kb(g.s.data), kb(g.s.total()), pct(g.s.total(), all)})
	}
	fmt.Printf("\n%s by group of packages (each package in one group):\n", title)
	table([]string{"group", "packages", "code", "data", "code + data", "share"}, out)
	return nil
}

// sameSections checks that a release build has the code and data sections
// of the unstripped one, so the table describes it; it tells when not (a
// stale release build, or other build flags).
func sameSections(m *module, release string) error {
	r, n, err := readModule(release)
	if err != nil {
		return err
	}
	size := func(m *module, name string) int {
		for _, s := range m.sections {
			if s.name == name {
				return s.size
			}
		}
		return 0
	}
	if size(m, "code") == size(r, "code") && size(m, "data") == size(r, "data") {
		fmt.Printf("%s (%s) has the same code and data sections as this build.\n", release, kb(n))
	} else {
		fmt.Printf("**%s differs from this build** (code %s against %s, data %s against %s): rebuild it, or it was built from other sources or flags.\n",
			release, kb(size(r, "code")), kb(size(m, "code")), kb(size(r, "data")), kb(size(m, "data")))
	}
	return nil
}

// readModule parses a wasm file and returns it with its size in bytes.
func readModule(path string) (*module, int, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, 0, err
	}
	m, err := parseModule(b)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", path, err)
	}
	return m, len(b), nil
}

// guessPackage names the package of a mangled function name when the linked
// packages are unknown (a file given without -build): the prefix before the
// first '.' that is not part of a domain such as github.com.
func guessPackage(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] != '.' {
			continue
		}
		rest := name[i+1:]
		domain := false
		for _, tld := range []string{"com_", "org_", "in_", "io_", "net_", "dev_"} {
			domain = domain || strings.HasPrefix(rest, tld)
		}
		if !domain {
			return name[:i] + " (mangled)"
		}
	}
	return ""
}

func table(header []string, rows [][]string) {
	fmt.Println()
	fmt.Println("| " + strings.Join(header, " | ") + " |")
	fmt.Println("|" + strings.Repeat("---|", len(header)))
	for _, r := range rows {
		fmt.Println("| " + strings.Join(r, " | ") + " |")
	}
}

func kb(n int) string { return fmt.Sprintf("%.1f kB", float64(n)/1000) }

func pct(n, of int) string {
	if of == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f %%", 100*float64(n)/float64(of))
}
