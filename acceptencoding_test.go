package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestNegotiateEncoding(t *testing.T) {
	all := []string{codingBr, codingGzip, codingIdentity}
	tests := []struct {
		name, header string
		available    []string
		want         string
		ok           bool
	}{
		{"empty header", "", all, codingIdentity, true},
		{"browser", "gzip, deflate, br, zstd", all, codingBr, true},
		{"upper-case refusal", "BR;Q=0, gzip", all, codingGzip, true},
		{"refusal with another parameter", "br;q=0;foo=1", all, codingIdentity, true},
		{"spaces around the weight", "br ; q = 0 , gzip", all, codingGzip, true},
		{"higher weight wins", "gzip;q=1.0, br;q=0.5", all, codingGzip, true},
		{"tie goes to br", "gzip;q=0.8, br;q=0.8", all, codingBr, true},
		{"x-gzip is gzip", "x-gzip", all, codingGzip, true},
		{"identity refused", "identity;q=0", all, "", false},
		{"identity refused, gzip acceptable", "identity;q=0, gzip", all, codingGzip, true},
		{"identity refused, no variant", "identity;q=0", []string{codingIdentity}, "", false},
		{"star refuses all", "*;q=0", all, "", false},
		{"star refused but identity listed", "*;q=0, identity", all, codingIdentity, true},
		{"star covers unlisted", "gzip;q=0.2, *;q=0.5", all, codingBr, true},
		{"star covers identity", "br;q=0, gzip;q=0, *", []string{codingBr, codingGzip, codingIdentity}, codingIdentity, true},
		{"unlisted identity is the last resort", "gzip;q=0.001", all, codingGzip, true},
		{"unknown coding only", "zstd", all, codingIdentity, true},
		{"invalid weight ignored", "br;q=2, gzip", all, codingGzip, true},
		{"weight with four decimals ignored", "br;q=0.0001", all, codingIdentity, true},
		{"first listing wins", "br;q=0, br", all, codingIdentity, true},
		{"no brotli variant", "br, gzip;q=0.5", []string{codingGzip, codingIdentity}, codingGzip, true},
		{"empty elements", " , ,br", all, codingBr, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := negotiateEncoding(tt.header, tt.available...)
			if got != tt.want || ok != tt.ok {
				t.Errorf("negotiateEncoding(%q, %v) = %q, %v; want %q, %v", tt.header, tt.available, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestParseQValue(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"0", 0, true}, {"0.5", 500, true}, {"0.125", 125, true}, {"1", 1000, true}, {"1.000", 1000, true},
		{"1.", 1000, true}, {"1.001", 0, false}, {"2", 0, false}, {"-1", 0, false}, {"", 0, false},
		{"0.5000", 0, false}, {"0.x", 0, false}, {".5", 0, false},
	}
	for _, tt := range tests {
		if got, ok := parseQValue(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("parseQValue(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestHandlerNegotiatesEncoding(t *testing.T) {
	s := newTestSite(t)
	h := s.handler()
	tests := []struct {
		name, path, accept string
		status             int
		encoding           string
	}{
		{"asset, upper-case refusal", "/web/app.wasm", "BR;Q=0, gzip", http.StatusOK, "gzip"},
		{"asset, refusal with a parameter", "/web/app.wasm", "br;q=0;foo=1", http.StatusOK, ""},
		{"asset, gzip weighs more", "/web/app.wasm", "gzip;q=1.0, br;q=0.5", http.StatusOK, "gzip"},
		{"asset, identity refused", "/web/app.wasm", "identity;q=0", http.StatusNotAcceptable, ""},
		{"asset, all refused", "/web/app.wasm", "*;q=0", http.StatusNotAcceptable, ""},
		{"asset without variants, identity refused", "/web/styles.css", "identity;q=0, gzip", http.StatusNotAcceptable, ""},
		{"page, browser", "/data", "gzip, deflate, br", http.StatusOK, "br"},
		{"page, gzip weighs more", "/data", "gzip;q=1.0, br;q=0.5", http.StatusOK, "gzip"},
		{"page, identity refused", "/data", "identity;q=0", http.StatusNotAcceptable, ""},
		{"page, identity refused, br listed", "/data", "identity;q=0, br", http.StatusOK, "br"},
		{"page, all refused", "/data", "*;q=0", http.StatusNotAcceptable, ""},
		{"page, nothing said", "/data", "", http.StatusOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := get(t, h, tt.path, "Accept-Encoding", tt.accept)
			if r.StatusCode != tt.status {
				t.Errorf("status %d, want %d", r.StatusCode, tt.status)
			}
			if got := r.Header.Get("Content-Encoding"); got != tt.encoding {
				t.Errorf("Content-Encoding %q, want %q", got, tt.encoding)
			}
			if got := r.Header.Get("Vary"); got != "Accept-Encoding" {
				t.Errorf("Vary %q, want Accept-Encoding", got)
			}
		})
	}
}

func TestIfNoneMatch(t *testing.T) {
	s := newTestSite(t)
	h := s.handler()
	etag := `"` + s.version + `"`
	tests := []struct {
		path   string
		status int
	}{
		{"/data", http.StatusNotModified},
		{"/app.js", http.StatusNotModified},
		{"/web/app.wasm", http.StatusNotModified},
		{"/" + s.version + "/web/styles.css", http.StatusNotModified},
		{"/nowhere", http.StatusNotFound},
		{"/web/missing.js", http.StatusNotFound},
		{"/" + s.version + "/web/missing.js", http.StatusNotFound},
	}
	for _, tt := range tests {
		r := get(t, h, tt.path, "If-None-Match", etag)
		if r.StatusCode != tt.status {
			t.Errorf("GET %s with If-None-Match: status %d, want %d", tt.path, r.StatusCode, tt.status)
		}
	}
	// Another version's ETag gets the whole page.
	if r := get(t, h, "/data", "If-None-Match", `"old"`); r.StatusCode != http.StatusOK || len(body(t, r)) == 0 {
		t.Errorf("GET /data with a stale ETag: status %d, want 200 with the page", r.StatusCode)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/nowhere", nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("GET /nowhere: %d", rec.Code)
	}
}
