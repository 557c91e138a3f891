// Command precompress writes brotli (.br) and gzip (.gz) variants beside the
// large text and WebAssembly files of a directory, at the best compression
// each format offers, so the host can serve them without compressing on the
// fly. It runs at build time only (make build).
//
//	go run ./tools/precompress web
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/andybalholm/brotli"
)

// compressible lists the extensions worth compressing; images are already
// compressed.
var compressible = map[string]bool{
	".wasm": true, ".js": true, ".css": true, ".svg": true, ".json": true, ".webmanifest": true, ".txt": true,
}

// minSize is the size under which a variant saves less than it costs.
const minSize = 1024

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: precompress DIR")
		os.Exit(2)
	}
	if err := precompress(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "precompress:", err)
		os.Exit(1)
	}
}

func precompress(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !compressible[filepath.Ext(p)] {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil || len(raw) < minSize {
			return err
		}
		var br, gz bytes.Buffer
		bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
		bw.Write(raw)
		if err := bw.Close(); err != nil {
			return err
		}
		gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		gw.Write(raw)
		if err := gw.Close(); err != nil {
			return err
		}
		if err := os.WriteFile(p+".br", br.Bytes(), 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(p+".gz", gz.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Printf("%-28s %9d B raw  %9d B gzip  %9d B brotli\n",
			strings.TrimPrefix(p, dir+string(filepath.Separator)), len(raw), gz.Len(), br.Len())
		return nil
	})
}
