package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// build links target for js/wasm as the release does (-trimpath) but without
// -s -w, so the binary keeps its name section, and asks the linker for its
// reachability graph (-dumpdep: one "from -> to" line for the first
// reference to every live symbol).
// It returns the wasm and, for every live symbol, the first symbol that
// reached it.
func build(target, out string) (reachedBy map[string]string, err error) {
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-dumpdep", "-o", out, target)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go build %s: %v\n%s", target, err, lastLines(stderr.String(), 20))
	}
	reachedBy = map[string]string{}
	for line := range strings.Lines(stderr.String()) {
		from, to, ok := strings.Cut(strings.TrimSuffix(line, "\n"), " -> ")
		if !ok {
			continue
		}
		if _, seen := reachedBy[to]; !seen {
			reachedBy[to] = from
		}
	}
	return reachedBy, nil
}

// linkedPackages lists the packages target links, with the compiled archive
// of each (go list -export builds them, from the cache after build).
func linkedPackages(target string) (paths []string, archives []string, err error) {
	cmd := exec.Command("go", "list", "-deps", "-export", "-f", "{{.ImportPath}}\t{{.Export}}\t{{.Name}}", target)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, nil, fmt.Errorf("go list %s: %v", target, err)
	}
	for line := range strings.Lines(string(out)) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(f) != 3 {
			continue
		}
		if f[2] == "main" {
			f[0] = "main" // symbols of the main package are named main.*
		}
		paths = append(paths, f[0])
		if f[1] != "" {
			archives = append(archives, f[1])
		}
	}
	return paths, archives, nil
}

// dataSymbols lists the data symbols of the archives with go tool nm,
// once per name (dupok symbols, such as type descriptors and strings,
// appear in every package that uses them).
func dataSymbols(archives []string) (map[string]int, error) {
	cmd := exec.Command("go", append([]string{"tool", "nm", "-size"}, archives...)...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	syms := map[string]int{}
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, ":\t"); i >= 0 && len(archives) > 1 {
			line = line[i+2:]
		}
		// address size type name; the name may hold spaces.
		f := strings.Fields(line)
		if len(f) < 4 {
			continue // undefined symbols have no address
		}
		switch f[2] {
		case "R", "r", "D", "d":
		default:
			continue
		}
		size, err := strconv.Atoi(f[1])
		if err != nil {
			continue
		}
		name := line[strings.Index(line, " "+f[2]+" ")+3:]
		if size > syms[name] {
			syms[name] = size
		}
	}
	if err := cmd.Wait(); err != nil {
		return nil, fmt.Errorf("go tool nm: %v", err)
	}
	return syms, sc.Err()
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// goLayout is the data section split by what Go's linker puts there, from
// the boundaries runtime.firstmoduledata records: bytes actually present in
// the data segments (the linker leaves long runs of zeros out).
type goLayout struct {
	found bool
	parts []part
}

type part struct {
	name  string
	bytes int
}

// readGoLayout finds the pcHeader (magic 0xfffffff1, Go 1.20 and later) in
// the data segments, then the moduledata that points at it, and measures the
// ranges between the addresses it holds.
func readGoLayout(segs []segment) goLayout {
	var top uint64
	for _, s := range segs {
		top = max(top, s.offset+uint64(len(s.bytes)))
	}
	if top == 0 || top > 1<<31 {
		return goLayout{}
	}
	mem := make([]byte, top+8*64)
	for _, s := range segs {
		copy(mem[s.offset:], s.bytes)
	}
	word := func(a uint64) uint64 { return binary.LittleEndian.Uint64(mem[a:]) }
	var hdr uint64
	found := false
	for a := uint64(0); a+64 < top; a += 8 {
		if binary.LittleEndian.Uint32(mem[a:]) == 0xfffffff1 && mem[a+4] == 0 && mem[a+5] == 0 && mem[a+7] == 8 {
			hdr, found = a, true
			break
		}
	}
	if !found {
		return goLayout{}
	}
	for a := uint64(0); a+52*8 < top; a += 8 {
		if word(a) != hdr || word(a+8) != hdr+word(hdr+32) {
			continue
		}
		// Word indexes in runtime.moduledata (Go 1.26).
		w := func(i uint64) uint64 { return word(a + 8*i) }
		noptrdata, enoptrdata, data, edata := w(24), w(25), w(26), w(27)
		rodata, gofunc, epclntab := w(39), w(40), w(41)
		if !(rodata <= hdr && hdr <= gofunc && gofunc <= epclntab && epclntab <= noptrdata && noptrdata <= enoptrdata && enoptrdata <= data && data <= edata) {
			continue
		}
		ranges := []struct {
			name   string
			lo, hi uint64
		}{
			{"read-only data (types, strings, tables)", rodata, hdr},
			{"pclntab (function names, files, pc-value tables, _func records)", hdr, gofunc},
			{"funcdata (inline trees, stack and argument maps), type and itab links", gofunc, noptrdata},
			{"variables without pointers (noptrdata)", noptrdata, enoptrdata},
			{"variables with pointers (data)", data, edata},
		}
		l := goLayout{found: true}
		for _, r := range ranges {
			n := 0
			for _, s := range segs {
				lo, hi := max(s.offset, r.lo), min(s.offset+uint64(len(s.bytes)), r.hi)
				if hi > lo {
					n += int(hi - lo)
				}
			}
			l.parts = append(l.parts, part{r.name, n})
		}
		return l
	}
	return goLayout{}
}

func tempWasm() (string, func(), error) {
	dir, err := os.MkdirTemp("", "wasmsize-")
	if err != nil {
		return "", nil, err
	}
	return filepath.Join(dir, "unstripped.wasm"), func() { os.RemoveAll(dir) }, nil
}
