package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"path"
	"slices"
	"strings"

	"github.com/andybalholm/brotli"
)

//go:embed web
var webFiles embed.FS

// embeddedWeb returns the web/ directory built into the binary.
func embeddedWeb() fs.FS {
	sub, err := fs.Sub(webFiles, "web")
	if err != nil {
		panic(err) // "web" is a literal that go:embed guarantees
	}
	return sub
}

// asset is one static file, with the precompressed variants the build wrote
// beside it (name.br, name.gz).
type asset struct {
	body        []byte
	br, gz      []byte
	contentType string
}

// assets maps a file's path under web/ ("app.wasm", "styles.css") to it.
type assets map[string]*asset

// loadAssets reads every file of dir. A file "x.br" or "x.gz" whose "x" exists
// is attached to x as its compressed variant rather than served on its own.
func loadAssets(dir fs.FS) (assets, error) {
	all := assets{}
	compressed := map[string][]byte{}
	err := fs.WalkDir(dir, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(dir, p)
		if err != nil {
			return err
		}
		if strings.HasSuffix(p, ".br") || strings.HasSuffix(p, ".gz") {
			compressed[p] = body
			return nil
		}
		all[p] = &asset{body: body, contentType: contentType(p)}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading web assets: %w", err)
	}
	for p, body := range compressed {
		a, ok := all[p[:len(p)-3]]
		if !ok {
			return nil, fmt.Errorf("web assets: %s has no uncompressed original", p)
		}
		var decoder io.Reader
		if strings.HasSuffix(p, ".br") {
			a.br = body
			decoder = brotli.NewReader(bytes.NewReader(body))
		} else {
			a.gz = body
			decoder, err = gzip.NewReader(bytes.NewReader(body))
		}
		// A variant left over from an older build would serve stale content
		// to every browser that accepts it: check it decodes to the original.
		if err != nil || !decodesTo(decoder, a.body) {
			return nil, fmt.Errorf("web assets: %s is not %s compressed; rebuild (make build)", p, p[:len(p)-3])
		}
	}
	return all, nil
}

// decodesTo reports whether r yields exactly want.
func decodesTo(r io.Reader, want []byte) bool {
	got, err := io.ReadAll(io.LimitReader(r, int64(len(want))+1))
	return err == nil && bytes.Equal(got, want)
}

// contentType is the media type of a file by its extension. WebAssembly must
// be application/wasm for streaming compilation.
func contentType(p string) string {
	switch path.Ext(p) {
	case ".wasm":
		return "application/wasm"
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".webmanifest":
		return "application/manifest+json"
	}
	if t := mime.TypeByExtension(path.Ext(p)); t != "" {
		return t
	}
	return "application/octet-stream"
}

// version is a digest of every asset, so it changes exactly when a file the
// browser runs changes (app.wasm holds all of the workbench's Go code). It
// becomes go-app's Handler.Version: a new value makes the service worker
// fetch and cache the new files and tells open pages an update is ready.
func (all assets) version() string {
	names := make([]string, 0, len(all))
	for p := range all {
		names = append(names, p)
	}
	slices.Sort(names)
	h := sha256.New()
	for _, p := range names {
		fmt.Fprintf(h, "%s\x00%d\x00", p, len(all[p].body))
		h.Write(all[p].body)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
