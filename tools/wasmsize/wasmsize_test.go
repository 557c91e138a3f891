package main

import "testing"

func TestPackageNamer(t *testing.T) {
	n := newPackageNamer([]string{"runtime", "regexp", "net/url", "reachlab/app/data", "github.com/go-echarts/go-echarts/v2/opts", "main"})
	for name, want := range map[string]string{
		"runtime.gcStart":                  "runtime",
		"regexp.__inputString_.index":      "regexp",
		"net_url.parseHost":                "net/url",
		"reachlab_app_data.__builder_.add": "reachlab/app/data",
		"github.com_go_echarts_go_echarts_v2_opts.Title.MarshalJSON": "github.com/go-echarts/go-echarts/v2/opts",
		"type_.eq.reachlab_app_data.Column":                          "reachlab/app/data",
		"main.main":                                                  "main",
		"wasm_pc_f_loop":                                             "",
	} {
		if got := n.function(name); got != want {
			t.Errorf("function(%q) = %q, want %q", name, got, want)
		}
	}
	for name, want := range map[string]string{
		"type:*reachlab/app/data.Table":                         "reachlab/app/data",
		"go:itab.*net/url.Error,error":                          "net/url",
		"reachlab/app/data.specials":                            "reachlab/app/data",
		`go:string."runtime.x"`:                                 "",
		"type:.namedata.*func(*url.URL) string-":                "",
		"type:[]github.com/go-echarts/go-echarts/v2/opts.Title": "github.com/go-echarts/go-echarts/v2/opts",
	} {
		if got := n.symbol(name); got != want {
			t.Errorf("symbol(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestParseModule(t *testing.T) {
	// An import of one function, two function bodies (3 and 2 bytes), one
	// data segment at 16, and a name section naming functions 1 and 2.
	b := []byte("\x00asm\x01\x00\x00\x00")
	sec := func(id byte, payload string) { b = append(b, id, byte(len(payload))); b = append(b, payload...) }
	sec(1, "\x01\x60\x00\x00")
	sec(2, "\x01\x02go\x01f\x00\x00")
	sec(3, "\x02\x00\x00")
	sec(10, "\x02\x03\x00\x01\x0b\x02\x00\x0b")
	sec(11, "\x01\x00\x41\x10\x0b\x03abc")
	names := "\x02\x01\x01a\x02\x01b"
	sub := "\x01" + string(rune(len(names))) + names
	sec(0, "\x04name"+sub)
	m, err := parseModule(b)
	if err != nil {
		t.Fatal(err)
	}
	if !m.named || len(m.funcs) != 2 || m.funcs[0] != (function{"a", 3}) || m.funcs[1] != (function{"b", 2}) {
		t.Fatalf("funcs = %+v (named %v)", m.funcs, m.named)
	}
	if len(m.data) != 1 || m.data[0].offset != 16 || string(m.data[0].bytes) != "abc" {
		t.Fatalf("data = %+v", m.data)
	}
}
