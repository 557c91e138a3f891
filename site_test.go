package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"reachlab/app/ui"

	"github.com/andybalholm/brotli"
)

// testWeb is a stand-in for the built web/ directory.
func testWeb() fstest.MapFS {
	wasm := bytes.Repeat([]byte("\x00asm-module-bytes "), 200)
	return fstest.MapFS{
		"app.wasm":              {Data: wasm},
		"app.wasm.br":           {Data: compressBrotli(wasm)},
		"app.wasm.gz":           {Data: compressGzip(wasm)},
		"echarts.min.js":        {Data: []byte("var echarts = {};")},
		"reachlab.js":           {Data: []byte("window.reachlab = {};")},
		"styles.css":            {Data: []byte("body { margin: 0 }")},
		"icon.svg":              {Data: []byte("<svg/>")},
		"icon-192.png":          {Data: []byte("png")},
		"icon-512.png":          {Data: []byte("png")},
		"icon-maskable-512.png": {Data: []byte("png")},
	}
}

var registerOnce = func() func() {
	done := false
	return func() {
		if !done {
			ui.Register()
			done = true
		}
	}
}()

func newTestSite(t *testing.T) *site {
	t.Helper()
	registerOnce()
	s, err := newSite(testWeb())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func get(t *testing.T, h http.Handler, path string, header ...string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, r *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestEveryRouteIsPrerendered(t *testing.T) {
	h := newTestSite(t).handler()
	for _, p := range ui.Paths() {
		r := get(t, h, p)
		if r.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d", p, r.StatusCode)
			continue
		}
		html := body(t, r)
		if !strings.Contains(html, "<nav") || !strings.Contains(html, "<h1") {
			t.Errorf("GET %s: the page is not prerendered with its shell and heading", p)
		}
		if !regexp.MustCompile(`<a [^>]*aria-current="page"[^>]*>`).MatchString(html) ||
			!strings.Contains(regexp.MustCompile(`<a [^>]*aria-current="page"[^>]*>`).FindString(html), `href="`+p+`"`) {
			t.Errorf("GET %s: navigation does not mark the page as current", p)
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	h := newTestSite(t).handler()
	for _, p := range []string{"/", "/data", "/app.js", "/web/app.wasm", "/nowhere"} {
		r := get(t, h, p)
		hd := r.Header
		csp := hd.Get("Content-Security-Policy")
		for _, want := range []string{"'wasm-unsafe-eval'", "frame-ancestors 'none'", "default-src 'self'", "object-src 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("GET %s: CSP %q lacks %s", p, csp, want)
			}
		}
		if strings.Contains(csp, "http") || strings.Contains(csp, "'unsafe-eval'") {
			t.Errorf("GET %s: CSP %q allows a remote origin or eval", p, csp)
		}
		if hd.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: no nosniff", p)
		}
		if hd.Get("Referrer-Policy") == "" {
			t.Errorf("GET %s: no referrer policy", p)
		}
	}
}

func TestWasmIsServedPrecompressed(t *testing.T) {
	s := newTestSite(t)
	h := s.handler()
	raw := testWeb()["app.wasm"].Data

	cases := []struct {
		accept, encoding string
		decode           func(io.Reader) io.Reader
	}{
		{"gzip, deflate, br, zstd", "br", func(r io.Reader) io.Reader { return brotli.NewReader(r) }},
		{"gzip", "gzip", func(r io.Reader) io.Reader { g, _ := gzip.NewReader(r); return g }},
		{"br;q=0, gzip", "gzip", func(r io.Reader) io.Reader { g, _ := gzip.NewReader(r); return g }},
		{"", "", func(r io.Reader) io.Reader { return r }},
	}
	for _, path := range []string{"/web/app.wasm", "/" + s.version + "/web/app.wasm"} {
		for _, c := range cases {
			r := get(t, h, path, "Accept-Encoding", c.accept)
			if got := r.Header.Get("Content-Type"); got != "application/wasm" {
				t.Errorf("%s: Content-Type %q", path, got)
			}
			if got := r.Header.Get("Content-Encoding"); got != c.encoding {
				t.Errorf("%s with Accept-Encoding %q: Content-Encoding %q, want %q", path, c.accept, got, c.encoding)
			}
			if r.Header.Get("Vary") != "Accept-Encoding" {
				t.Errorf("%s: no Vary: Accept-Encoding", path)
			}
			decoded, err := io.ReadAll(c.decode(r.Body))
			if err != nil || !bytes.Equal(decoded, raw) {
				t.Errorf("%s with %q: body does not decode to the wasm (%v)", path, c.accept, err)
			}
		}
	}
	versioned := get(t, h, "/"+s.version+"/web/app.wasm")
	if cc := versioned.Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") {
		t.Errorf("versioned asset Cache-Control = %q, want immutable", cc)
	}
}

func TestGeneratedScriptsAreCompressed(t *testing.T) {
	h := newTestSite(t).handler()
	r := get(t, h, "/wasm_exec.js", "Accept-Encoding", "br")
	if r.Header.Get("Content-Encoding") != "br" {
		t.Fatalf("wasm_exec.js Content-Encoding = %q, want br", r.Header.Get("Content-Encoding"))
	}
	js, err := io.ReadAll(brotli.NewReader(r.Body))
	if err != nil || !strings.Contains(string(js), "globalThis.Go") {
		t.Errorf("wasm_exec.js does not decode (%v)", err)
	}
}

func TestUnknownAndClimbingPathsAreRefused(t *testing.T) {
	h := newTestSite(t).handler()
	for _, p := range []string{"/nowhere", "/web/missing.js", "/web/../main.go", "/web/..%2fmain.go", "/../etc/passwd", "/web/%5c..%5cmain.go"} {
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.URL.Path = p
		if strings.Contains(p, "%") {
			req = httptest.NewRequest(http.MethodGet, p, nil)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusNotFound && rec.Code != http.StatusBadRequest {
			t.Errorf("GET %s: status %d, want 404 or 400", p, rec.Code)
		}
		if strings.Contains(rec.Body.String(), "package main") {
			t.Errorf("GET %s leaked source", p)
		}
	}
	req := httptest.NewRequest(http.MethodPost, "/", strings.NewReader("x"))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /: status %d, want 405", rec.Code)
	}
}

func TestServiceWorkerCachesEveryRouteAndAsset(t *testing.T) {
	s := newTestSite(t)
	worker := body(t, get(t, s.handler(), "/app-worker.js"))
	for _, p := range ui.Paths() {
		if !strings.Contains(worker, `"`+p+`"`) {
			t.Errorf("app-worker.js does not cache route %s", p)
		}
	}
	for name := range testWeb() {
		if strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
			continue
		}
		if !strings.Contains(worker, "/"+s.version+"/web/"+name) {
			t.Errorf("app-worker.js does not cache %s", name)
		}
	}
	if !strings.Contains(worker, `ignoreSearch: request.mode === "navigate"`) {
		t.Error("app-worker.js does not answer pages with a query string from the cache")
	}
	if strings.Contains(worker, "https://") {
		t.Error("app-worker.js caches a remote resource; offline use would break")
	}
	manifest := body(t, get(t, s.handler(), "/manifest.webmanifest"))
	if strings.Contains(manifest, "http") || !strings.Contains(manifest, "icon-512.png") {
		t.Errorf("manifest icons are not local: %s", manifest)
	}
}

func TestWasmContentLengthIsTheRawSize(t *testing.T) {
	s := newTestSite(t)
	appJS := body(t, get(t, s.handler(), "/app.js"))
	want := `goappWasmContentLength = "` + strconv.Itoa(len(testWeb()["app.wasm"].Data)) + `"`
	if !strings.Contains(appJS, want) {
		t.Errorf("app.js does not carry the raw wasm size (%s)", want)
	}
}

func TestVersionFollowsContent(t *testing.T) {
	a, _ := loadAssets(testWeb())
	changed := testWeb()
	changed["styles.css"] = &fstest.MapFile{Data: []byte("body { margin: 1px }")}
	b, _ := loadAssets(changed)
	again, _ := loadAssets(testWeb())
	if a.version() == b.version() {
		t.Error("changing a file did not change the version")
	}
	if a.version() != again.version() {
		t.Error("the same files gave two versions")
	}
}

func TestMissingWasmIsReported(t *testing.T) {
	web := testWeb()
	delete(web, "app.wasm")
	delete(web, "app.wasm.br")
	delete(web, "app.wasm.gz")
	if _, err := newSite(web); err != errNoWasm {
		t.Errorf("newSite without app.wasm: %v, want errNoWasm", err)
	}
}

func TestStaticSiteHasPagesAndAssets(t *testing.T) {
	s := newTestSite(t)
	dir := t.TempDir()
	if err := s.writeStatic(dir); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"index.html", "data.html", "compare.html", "longtail.html", "plan.html", "lessons.html",
		"app.js", "app-worker.js", "wasm_exec.js", "manifest.webmanifest",
		filepath.Join(s.version, "web", "app.wasm"), filepath.Join(s.version, "web", "echarts.min.js")} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("static site lacks %s", f)
		}
	}
	index, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	if !strings.Contains(string(index), "/"+s.version+"/web/styles.css") {
		t.Error("index.html does not refer to the versioned stylesheet that was written")
	}
}

func TestStaleCompressedVariantIsRefused(t *testing.T) {
	web := testWeb()
	web["styles.css.br"] = &fstest.MapFile{Data: compressBrotli([]byte("body { margin: 9px }"))}
	if _, err := loadAssets(web); err == nil || !strings.Contains(err.Error(), "styles.css.br") {
		t.Errorf("a stale styles.css.br was accepted (err = %v)", err)
	}
}
