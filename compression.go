package main

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// accepts reports whether an Accept-Encoding header value allows coding
// (ignoring codings refused with q=0).
func accepts(header, coding string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), coding) {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

// compressionCache serves go-app's generated responses (pages, app.js,
// wasm_exec.js, the service worker, the manifest) compressed. They are the
// same for every request of a given path and version, so each is compressed
// once and kept: brotli at its best quality costs milliseconds on files of a
// few kilobytes.
type compressionCache struct {
	mu      sync.Mutex
	entries map[string]*compressedResponse
}

type compressedResponse struct {
	header   http.Header
	status   int
	raw      []byte
	br, gzip []byte
}

func newCompressionCache() *compressionCache {
	return &compressionCache{entries: map[string]*compressedResponse{}}
}

// minCompress is the size under which compressing costs more than it saves.
const minCompress = 512

// serve answers r from next, compressed when the client accepts it.
func (c *compressionCache) serve(w http.ResponseWriter, r *http.Request, next http.Handler) {
	if r.Header.Get("If-None-Match") != "" {
		// go-app answers conditional requests itself (304 for the current
		// version); nothing to compress.
		next.ServeHTTP(w, r)
		return
	}
	resp := c.lookup(r, next)
	h := w.Header()
	for k, v := range resp.header {
		h[k] = v
	}
	body := resp.raw
	if resp.br != nil {
		h.Set("Vary", "Accept-Encoding")
		accept := r.Header.Get("Accept-Encoding")
		switch {
		case accepts(accept, "br"):
			body = resp.br
			h.Set("Content-Encoding", "br")
		case accepts(accept, "gzip"):
			body = resp.gzip
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(resp.status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// lookup returns the cached response for r's path, rendering and compressing
// it on first use. Only successful responses are kept, so unknown paths do not
// fill the cache.
func (c *compressionCache) lookup(r *http.Request, next http.Handler) *compressedResponse {
	key := r.URL.Path
	c.mu.Lock()
	resp, ok := c.entries[key]
	c.mu.Unlock()
	if ok {
		return resp
	}

	get := r.Clone(r.Context())
	get.Method = http.MethodGet
	get.Header.Del("Accept-Encoding")
	rec := httptest.NewRecorder()
	next.ServeHTTP(rec, get)

	resp = &compressedResponse{header: rec.Header().Clone(), status: rec.Code, raw: rec.Body.Bytes()}
	resp.header.Del("Content-Length")
	if rec.Code == http.StatusOK && len(resp.raw) >= minCompress {
		resp.br = compressBrotli(resp.raw)
		resp.gzip = compressGzip(resp.raw)
	}
	if rec.Code == http.StatusOK {
		c.mu.Lock()
		c.entries[key] = resp
		c.mu.Unlock()
	}
	return resp
}

func compressBrotli(b []byte) []byte {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, brotli.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func compressGzip(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}
