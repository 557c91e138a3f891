package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// errNoWasm means the binary was built before app.wasm: run make build.
var errNoWasm = errors.New("web/app.wasm is missing: build it first (make build)")

// writeStatic writes the whole site into dir, ready for any static host:
// every page prerendered as HTML (/ as index.html, /data as data.html, …),
// go-app's scripts, the manifest, the service worker, and the assets under
// their versioned path. go-app's GenerateStaticWebsite writes the pages but
// leaves the assets out, so they are copied here.
func (s *site) writeStatic(dir string) error {
	if err := app.GenerateStaticWebsite(dir, s.app); err != nil {
		return fmt.Errorf("writing pages: %w", err)
	}
	webDir := filepath.Join(dir, s.version, "web")
	for name, a := range s.assets {
		p := filepath.Join(webDir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, a.body, 0o644); err != nil {
			return err
		}
	}
	// go-app creates an empty web/ directory that nothing refers to.
	os.Remove(filepath.Join(dir, "web"))
	return nil
}
