package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"regexp"
	"slices"
	"strings"
)

// measureSizes requests every file a first visit downloads (the page, the
// scripts, and everything the service worker caches) with brotli accepted, and
// prints the bytes on the wire per file.
func measureSizes() error {
	h, err := startHost()
	if err != nil {
		return err
	}
	defer h.stop()

	worker, err := fetch(h.URL+"/app-worker.js", "")
	if err != nil {
		return err
	}
	m := regexp.MustCompile(`resourcesToCache = (\[[^\]]*\])`).FindStringSubmatch(string(worker.body))
	if m == nil {
		return fmt.Errorf("no resource list in app-worker.js")
	}
	var paths []string
	for _, q := range regexp.MustCompile(`"([^"]+)"`).FindAllStringSubmatch(m[1], -1) {
		paths = append(paths, q[1])
	}
	paths = append(paths, "/app-worker.js")
	slices.Sort(paths)

	type row struct {
		path     string
		raw, br  int
		encoding string
	}
	var rows []row
	totalRaw, totalBr := 0, 0
	for _, p := range paths {
		plain, err := fetch(h.URL+p, "")
		if err != nil {
			return err
		}
		br, err := fetch(h.URL+p, "br")
		if err != nil {
			return err
		}
		rows = append(rows, row{p, len(plain.body), len(br.body), br.encoding})
		totalRaw += len(plain.body)
		totalBr += len(br.body)
	}
	slices.SortFunc(rows, func(a, b row) int { return b.br - a.br })
	var out [][]string
	for _, r := range rows {
		enc := r.encoding
		if enc == "" {
			enc = "none"
		}
		out = append(out, []string{shortPath(r.path), kb(r.raw), kb(r.br), enc})
	}
	out = append(out, []string{"**total**", "**" + kb(totalRaw) + "**", "**" + kb(totalBr) + "**", ""})
	table("Bytes of a first visit (every file the service worker caches)", []string{"file", "raw", "on the wire", "encoding"}, out)

	wasm, _ := os.Stat("web/app.wasm")
	gz, _ := os.Stat("web/app.wasm.gz")
	br, _ := os.Stat("web/app.wasm.br")
	if wasm != nil && gz != nil && br != nil {
		table("app.wasm", []string{"raw", "gzip -9", "brotli 11", "budget (brotli)"},
			[][]string{{kb(int(wasm.Size())), kb(int(gz.Size())), kb(int(br.Size())), "2000.0 kB"}})
	}
	return nil
}

type response struct {
	body     []byte
	encoding string
}

// fetch GETs url accepting encoding ("" for none) and returns the body as
// transferred, without decoding it.
func fetch(url, encoding string) (response, error) {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Accept-Encoding", encoding)
	if encoding == "" {
		req.Header.Set("Accept-Encoding", "identity")
	}
	tr := &http.Transport{DisableCompression: true}
	res, err := (&http.Client{Transport: tr}).Do(req)
	if err != nil {
		return response{}, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return response{}, fmt.Errorf("GET %s: %s", url, res.Status)
	}
	b, err := io.ReadAll(res.Body)
	return response{b, res.Header.Get("Content-Encoding")}, err
}

// shortPath drops the version segment from /<version>/web/x.
func shortPath(p string) string {
	if i := strings.Index(p, "/web/"); i > 0 {
		return p[i+1:]
	}
	return p
}
