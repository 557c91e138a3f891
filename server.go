package main

import (
	"net/http"
	"time"
)

// limits bound how long and how much the host waits on one connection, so
// that a client that stalls frees it.
type limits struct {
	// ReadHeader is the time allowed to read a request's headers.
	ReadHeader time.Duration
	// Read is the time allowed to read a whole request, headers and body.
	Read time.Duration
	// Write is the time allowed from the end of the headers to the end of
	// the response; it must let a slow client receive the largest asset.
	Write time.Duration
	// Idle is how long a kept-alive connection waits for its next request.
	Idle time.Duration
	// MaxHeaderBytes is the most header bytes read; more get 431.
	MaxHeaderBytes int
}

// hostLimits are the host's limits. Write is sized for the largest asset,
// app.wasm (13.8 MB raw, 2.4 MB brotli): five minutes is 0.4 Mbit/s sent
// uncompressed, 64 kbit/s with brotli.
var hostLimits = limits{
	ReadHeader:     10 * time.Second,
	Read:           20 * time.Second,
	Write:          5 * time.Minute,
	Idle:           60 * time.Second,
	MaxHeaderBytes: 64 << 10,
}

// newServer is the host's HTTP server for h within l; main serves with it
// and the tests dial it.
func newServer(h http.Handler, l limits) *http.Server {
	return &http.Server{
		Handler:           refuseBodies(h),
		ReadHeaderTimeout: l.ReadHeader,
		ReadTimeout:       l.Read,
		WriteTimeout:      l.Write,
		IdleTimeout:       l.Idle,
		MaxHeaderBytes:    l.MaxHeaderBytes,
	}
}

// refuseBodies answers a request that carries a body (a Content-Length
// above zero or a Transfer-Encoding) without reading it, and closes the
// connection: no request the site answers has one. GET and HEAD get 400,
// other methods 405. Go's server reads an unread body after the handler
// (before the response without "Connection: close", before closing with
// it), so the read deadline is moved to now: a client that declares a body
// and never sends it is answered and disconnected at once.
func refuseBodies(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength == 0 && len(r.TransferEncoding) == 0 {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Connection", "close")
		// Not supported by test recorders, which read nothing anyway.
		_ = http.NewResponseController(w).SetReadDeadline(time.Now())
		if r.Method == http.MethodGet || r.Method == http.MethodHead {
			http.Error(w, "a GET or HEAD request has no body", http.StatusBadRequest)
			return
		}
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	})
}
