package main

import (
	"strings"
)

// packageNamer maps a symbol name to the Go package that defines it, given
// the packages linked into the program.
//
// The wasm "name" section holds Go's symbol names with every character other
// than [0-9A-Za-z_.] replaced by '_' (cmd/link/internal/wasm), so
// "reachlab/app/data.(*builder).add" reads "reachlab_app_data.__builder_.add".
// A package path is found by mangling every linked path the same way and
// taking the shortest prefix, ending before a '.', that is one of them.
type packageNamer struct {
	mangled map[string]string // mangled path -> path
	paths   map[string]bool
}

func newPackageNamer(paths []string) *packageNamer {
	n := &packageNamer{mangled: map[string]string{}, paths: map[string]bool{}}
	for _, p := range paths {
		n.mangled[mangle(p)] = p
		n.paths[p] = true
	}
	return n
}

func mangle(s string) string {
	b := []byte(s)
	for i, c := range b {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '.') {
			b[i] = '_'
		}
	}
	return string(b)
}

// Names the linker or the compiler generates in front of a package path.
var mangledPrefixes = []string{"type_.eq.", "type_.hash.", "go_itab.", "type_."}

// function returns the package of a function named in the name section, or
// "" when the name holds no linked package (assembly and linker stubs).
func (n *packageNamer) function(name string) string {
	for _, p := range mangledPrefixes {
		if rest, ok := strings.CutPrefix(name, p); ok {
			name = strings.TrimLeft(rest, "_")
			break
		}
	}
	return firstPrefix(name, func(prefix string) (string, bool) {
		p, ok := n.mangled[prefix]
		return p, ok
	})
}

// Prefixes of data symbol names (in object files) before a package path.
var symbolPrefixes = []string{"type:.eq.", "type:.namedata.", "type:.importpath.", "go:itab.", "type:", "go:info."}

// symbol returns the package of a data symbol as named in object files, or
// "" when its name holds none (strings, GC maps, anonymous types).
func (n *packageNamer) symbol(name string) string {
	for _, p := range symbolPrefixes {
		if rest, ok := strings.CutPrefix(name, p); ok {
			name = rest
			break
		}
	}
	name = strings.TrimLeft(name, "*[]")
	return firstPrefix(name, func(prefix string) (string, bool) {
		return prefix, n.paths[prefix]
	})
}

// firstPrefix returns known(name[:i]) for the smallest i at a '.' where
// known says yes.
func firstPrefix(name string, known func(string) (string, bool)) string {
	for i := 0; i < len(name); i++ {
		switch name[i] {
		case '.':
			if p, ok := known(name[:i]); ok {
				return p
			}
		case ' ', '{', '(', '[', ',', '"':
			return ""
		}
	}
	return ""
}

// A group gathers packages the report totals together. Groups are disjoint:
// a package belongs to the first group that matches it.
type group struct {
	name  string
	match func(pkg string) bool
}

func under(prefixes ...string) func(string) bool {
	return func(pkg string) bool {
		for _, p := range prefixes {
			if pkg == p || strings.HasPrefix(pkg, p+"/") {
				return true
			}
		}
		return false
	}
}

var groups = []group{
	{"Go runtime (runtime, internal/runtime, internal/abi, bytealg, sync, syscall, assembly)", func(p string) bool {
		return p == "" || under("runtime", "internal/runtime", "internal/abi", "internal/bytealg", "internal/cpu",
			"internal/goarch", "internal/goos", "internal/chacha8rand", "internal/stringslite", "internal/sync",
			"internal/godebugs", "internal/goexperiment", "internal/asan", "internal/msan", "internal/race",
			"internal/byteorder", "internal/itoa", "sync", "syscall", "internal/syscall", "internal/trace", "weak", "unique")(p)
	}},
	{"go-app", under("github.com/maxence-charriere/go-app")},
	{"go-echarts", under("github.com/go-echarts")},
	{"encoding/json", under("encoding/json")},
	{"regexp", under("regexp")},
	{"crypto (crypto/..., x/crypto, math/big, encoding/asn1)", under("crypto", "vendor/golang.org/x/crypto", "math/big", "encoding/asn1", "encoding/pem")},
	{"net/http and net (net/..., x/net, x/text, mime)", under("net", "vendor/golang.org/x/net", "vendor/golang.org/x/text", "mime", "internal/nettrace", "internal/singleflight", "container/list")},
	{"text/template, html/template", under("text/template", "html/template", "html")},
	{"fmt, reflect, strconv, unicode", under("fmt", "reflect", "internal/reflectlite", "strconv", "unicode", "internal/fmtsort")},
	{"ReachLab UI (app/ui/...)", under("reachlab/app/ui")},
	{"ReachLab engines and charts (app/..., charts, wasm main)", func(p string) bool {
		return strings.HasPrefix(p, "reachlab/") || p == "main"
	}},
	{"other dependencies", func(p string) bool {
		first, _, _ := strings.Cut(p, "/")
		return strings.Contains(first, ".")
	}},
	{"other standard library", func(string) bool { return true }},
}

func groupOf(pkg string) string {
	for _, g := range groups {
		if g.match(pkg) {
			return g.name
		}
	}
	return ""
}
