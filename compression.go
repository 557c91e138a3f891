package main

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"

	"github.com/andybalholm/brotli"
)

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
	resp := c.lookup(r, next)
	h := w.Header()
	for k, v := range resp.header {
		h[k] = v
	}
	body := resp.raw
	if resp.status == http.StatusOK {
		// Only a path that exists is not modified: go-app would answer 304
		// to any path carrying the current version's ETag.
		if inm := r.Header.Get("If-None-Match"); inm != "" && inm == resp.header.Get("ETag") {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		h.Set("Vary", "Accept-Encoding")
		available := []string{codingIdentity}
		if resp.br != nil {
			available = append(available, codingBr, codingGzip)
		}
		coding, ok := negotiateEncoding(r.Header.Get("Accept-Encoding"), available...)
		if !ok {
			notAcceptable(w)
			return
		}
		switch coding {
		case codingBr:
			body = resp.br
			h.Set("Content-Encoding", "br")
		case codingGzip:
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
	get.Header.Del("If-None-Match")
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

// notAcceptable answers 406: the request's Accept-Encoding refuses every
// coding the response exists in.
func notAcceptable(w http.ResponseWriter) {
	h := w.Header()
	for _, k := range []string{"Content-Encoding", "Content-Length", "ETag", "Cache-Control"} {
		h.Del(k)
	}
	h.Set("Vary", "Accept-Encoding")
	http.Error(w, "no acceptable content coding: this response exists as br, gzip or identity", http.StatusNotAcceptable)
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
