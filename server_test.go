package main

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// startHost serves the test site on a real listener with newServer, as main
// does, within l.
func startHost(t *testing.T, l limits) string {
	t.Helper()
	h := newTestSite(t).handler()
	ts := httptest.NewUnstartedServer(h)
	ts.Config = newServer(h, l)
	ts.Start()
	t.Cleanup(ts.Close)
	return ts.Listener.Addr().String()
}

// send dials addr, writes raw, and returns the connection with a read
// deadline of d.
func send(t *testing.T, addr, raw string, d time.Duration) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if _, err := io.WriteString(c, raw); err != nil {
		t.Fatal(err)
	}
	c.SetReadDeadline(time.Now().Add(d))
	return c
}

func TestStalledBodyIsRefusedAtOnce(t *testing.T) {
	addr := startHost(t, hostLimits)
	tests := []struct {
		name, request string
		status        int
	}{
		{"GET declaring a body", "GET /data HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n", http.StatusBadRequest},
		{"HEAD declaring a body", "HEAD /data HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n", http.StatusBadRequest},
		{"chunked GET", "GET /web/app.wasm HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", http.StatusBadRequest},
		{"POST declaring a body", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n", http.StatusMethodNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			c := send(t, addr, tt.request, 2*time.Second)
			br := bufio.NewReader(c)
			resp, err := http.ReadResponse(br, &http.Request{Method: strings.Fields(tt.request)[0]})
			if err != nil {
				t.Fatalf("no response within the deadline: %v", err)
			}
			if resp.StatusCode != tt.status {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.status)
			}
			if !resp.Close {
				t.Error("the response does not close the connection")
			}
			io.Copy(io.Discard, resp.Body)
			if _, err := br.ReadByte(); err != io.EOF {
				t.Errorf("the connection is still open after the response (read: %v)", err)
			}
			if d := time.Since(start); d > time.Second {
				t.Errorf("answered in %v, want at once", d)
			}
		})
	}
}

func TestReadHeaderTimeoutClosesHalfSentHeaders(t *testing.T) {
	l := hostLimits
	l.ReadHeader = 200 * time.Millisecond
	l.Read = 300 * time.Millisecond
	addr := startHost(t, l)
	start := time.Now()
	c := send(t, addr, "GET /data HTTP/1.1\r\nHost: x\r\nAccept:", 3*time.Second)
	n, err := c.Read(make([]byte, 1))
	if err != io.EOF || n != 0 {
		t.Fatalf("read after half headers: %d bytes, %v; want the server to close (EOF)", n, err)
	}
	if d := time.Since(start); d < 150*time.Millisecond || d > 2*time.Second {
		t.Errorf("closed after %v, want about the 200 ms header timeout", d)
	}
}

func TestIdleTimeoutClosesKeptAliveConnection(t *testing.T) {
	l := hostLimits
	l.Idle = 200 * time.Millisecond
	addr := startHost(t, l)
	c := send(t, addr, "HEAD /data HTTP/1.1\r\nHost: x\r\n\r\n", 3*time.Second)
	br := bufio.NewReader(c)
	resp, err := http.ReadResponse(br, &http.Request{Method: http.MethodHead})
	if err != nil || resp.StatusCode != http.StatusOK || resp.Close {
		t.Fatalf("HEAD /data: %v, %v", resp, err)
	}
	start := time.Now()
	if _, err := br.ReadByte(); err != io.EOF {
		t.Fatalf("idle connection: read %v, want EOF", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("idle connection closed after %v, want about 200 ms", d)
	}
}

func TestOversizedHeadersAreRefused(t *testing.T) {
	addr := startHost(t, hostLimits)
	big := strings.Repeat("a", hostLimits.MaxHeaderBytes+8<<10)
	c := send(t, addr, "GET / HTTP/1.1\r\nHost: x\r\nX-Big: "+big+"\r\n\r\n", 2*time.Second)
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("status %d, want 431", resp.StatusCode)
	}
}

func TestNewServerSetsEveryLimit(t *testing.T) {
	srv := newServer(http.NotFoundHandler(), hostLimits)
	if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout < srv.ReadHeaderTimeout || srv.WriteTimeout < time.Minute ||
		srv.IdleTimeout <= 0 || srv.MaxHeaderBytes <= 0 || srv.MaxHeaderBytes > 1<<20 {
		t.Errorf("server limits not all set: %+v", srv)
	}
}

func TestRequestsWithoutBodyPass(t *testing.T) {
	h := refuseBodies(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusTeapot) }))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != http.StatusTeapot || rec.Header().Get("Connection") != "" {
		t.Errorf("a GET without body: %d, Connection %q; want it passed on", rec.Code, rec.Header().Get("Connection"))
	}
}
