// Command reachlab is ReachLab's host: one binary that embeds the built web
// assets (web/, with app.wasm) and serves them. Every computation happens in
// the visitor's browser; the host only hands out files.
//
//	reachlab                      serve on http://127.0.0.1:8000
//	reachlab -addr :8080          serve on another address
//	reachlab -static public       write the whole site as static files and exit
//	reachlab -web ./web           serve assets from a directory (development)
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"reachlab/app/ui"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8000", "address to serve on (host:port)")
	static := flag.String("static", "", "write the site as static files into this directory, then exit")
	webDir := flag.String("web", "", "serve the web assets from this directory instead of the built-in ones (development)")
	flag.Parse()

	web := embeddedWeb()
	if *webDir != "" {
		web = os.DirFS(*webDir)
	}
	ui.Register()
	s, err := newSite(web)
	if err != nil {
		log.Fatal(err)
	}

	if *static != "" {
		if err := s.writeStatic(*static); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("ReachLab %s written to %s\n", s.version, *static)
		return
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, *addr, s.handler()); err != nil {
		log.Fatal(err)
	}
}

// serve answers on addr until ctx is done, then lets requests in flight
// finish (up to ten seconds) before returning. Connections are bounded by
// hostLimits.
func serve(ctx context.Context, addr string, h http.Handler) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := newServer(h, hostLimits)
	fmt.Printf("ReachLab serving on http://%s\n", ln.Addr())

	failed := make(chan error, 1)
	go func() { failed <- srv.Serve(ln) }()
	select {
	case err := <-failed:
		return err
	case <-ctx.Done():
	}
	fmt.Println("ReachLab shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
