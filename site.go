package main

import (
	"io/fs"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"reachlab/app/ui"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// site is the whole web app as the host serves it: go-app's handler for
// pages and its generated scripts, and the embedded assets under a
// versioned path.
type site struct {
	assets  assets
	version string
	app     *app.Handler
	dynamic *compressionCache
}

// newSite prepares the site from the built web directory, which must hold
// app.wasm (make build puts it there).
func newSite(web fs.FS) (*site, error) {
	all, err := loadAssets(web)
	if err != nil {
		return nil, err
	}
	wasm, ok := all["app.wasm"]
	if !ok {
		return nil, errNoWasm
	}
	s := &site{assets: all, version: all.version(), dynamic: newCompressionCache()}
	s.app = &app.Handler{
		Name:            "ReachLab",
		ShortName:       "ReachLab",
		Title:           "ReachLab",
		Description:     "Are social media a mass medium? Compare reach and engagement, chart the long tail, build strategy plans — on your own data, in your browser.",
		Lang:            "en",
		BackgroundColor: "#ffffff",
		ThemeColor:      "#0b3d5c",
		LoadingLabel:    "ReachLab {progress}%",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable-512.png",
			SVG:      "/web/icon.svg",
		},
		Styles:                []string{"/web/styles.css"},
		Scripts:               []string{"/web/echarts.min.js defer", "/web/reachlab.js defer"},
		CacheableResources:    s.cacheable(),
		Resources:             versionedAssets{site: s},
		Version:               s.version,
		ServiceWorkerTemplate: serviceWorker,
		// The loading bar counts decompressed bytes, so it needs the raw
		// size even when the transfer is compressed.
		WasmContentLength: strconv.Itoa(len(wasm.body)),
	}
	return s, nil
}

// cacheable lists what the service worker stores at install, beyond what
// go-app adds itself (the home page, its scripts, styles and icons): every
// other page, so that any route reloads offline, and every asset.
func (s *site) cacheable() []string {
	var list []string
	for _, p := range ui.Paths() {
		if p != "/" {
			list = append(list, p)
		}
	}
	for name := range s.assets {
		list = append(list, "/web/"+name)
	}
	slices.Sort(list)
	return list
}

// handler is the site with its security headers and compression.
func (s *site) handler() http.Handler {
	return securityHeaders(http.HandlerFunc(s.serve))
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if hasDotDot(r.URL.Path) {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	if name, ok := s.assetName(r.URL.Path); ok {
		// go-app strips the version and hands /web/ paths to Resources,
		// after answering If-None-Match for the current version: for any
		// path, so an unknown one is refused first.
		if _, known := s.assets[name]; !known {
			http.NotFound(w, r)
			return
		}
		s.app.ServeHTTP(w, r)
		return
	}
	s.dynamic.serve(w, r, s.app)
}

// assetName is the file under web/ that p names ("/web/x" or
// "/<version>/web/x" give "x"); ok is false for other paths.
func (s *site) assetName(p string) (name string, ok bool) {
	if rest, found := strings.CutPrefix(p, "/"+s.version+"/web/"); found {
		return rest, true
	}
	return strings.CutPrefix(p, "/web/")
}

// hasDotDot reports whether a path has a ".." segment, which no file of the
// site has and which is only ever an attempt to climb out of web/.
func hasDotDot(p string) bool {
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." {
			return true
		}
	}
	return strings.Contains(p, "\\")
}

// versionedAssets resolves /web/ paths to /<version>/web/ paths, so a file's
// URL changes whenever any asset changes and browsers may cache it forever,
// and serves them from the embedded assets.
type versionedAssets struct{ site *site }

// Resolve maps "/web/x" (or "web/x") to "/<version>/web/x"; other locations
// are returned unchanged.
func (v versionedAssets) Resolve(location string) string {
	switch {
	case location == "" || location == "/":
		return "/"
	case strings.HasPrefix(location, "/web/"), location == "/web":
		return "/" + v.site.version + location
	case strings.HasPrefix(location, "web/"), location == "web":
		return "/" + v.site.version + "/" + location
	}
	return location
}

// ServeHTTP serves one asset, precompressed when the client accepts it.
func (v versionedAssets) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	versioned := strings.HasPrefix(r.URL.Path, "/"+v.site.version+"/")
	name := strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, "/"+v.site.version), "/web/")
	a, ok := v.site.assets[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("Vary", "Accept-Encoding")
	if versioned {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	}
	available := []string{codingIdentity}
	if a.br != nil {
		available = append(available, codingBr)
	}
	if a.gz != nil {
		available = append(available, codingGzip)
	}
	coding, acceptable := negotiateEncoding(r.Header.Get("Accept-Encoding"), available...)
	if !acceptable {
		notAcceptable(w)
		return
	}
	body := a.body
	switch coding {
	case codingBr:
		body = a.br
		h.Set("Content-Encoding", "br")
	case codingGzip:
		body = a.gz
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// serviceWorker is go-app's service worker with one change: a page opened
// with a query string (/compare?dataset=…) is answered from the cached page
// of its path, so links into the workbench work offline. go-app's worker
// matches the whole URL and would find nothing.
var serviceWorker = func() string {
	const match = "const cachedResponse = await caches.match(request);"
	if !strings.Contains(app.DefaultAppWorkerJS, match) {
		panic("go-app's service worker changed: review serviceWorker in site.go")
	}
	return strings.Replace(app.DefaultAppWorkerJS, match,
		`const cachedResponse = await caches.match(request, { ignoreSearch: request.mode === "navigate" });`, 1)
}()
