package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// lighthouseCLI is Lighthouse as installed by make bench (tools/lighthouse).
var lighthouseCLI = filepath.Join("tools", "lighthouse", "node_modules", "lighthouse", "cli", "index.js")

// measureLighthouse scores / and /compare for accessibility and performance
// with Lighthouse driving Debian's Chromium (desktop settings; performance
// uses Lighthouse's simulated throttling, so scores are comparable between
// machines, not absolute).
func measureLighthouse() error {
	if _, err := os.Stat(lighthouseCLI); err != nil {
		return fmt.Errorf("lighthouse is not installed (make bench installs it): %w", err)
	}
	h, err := startHost()
	if err != nil {
		return err
	}
	defer h.stop()

	var rows [][]string
	for _, path := range []string{"/", "/compare?dataset=case:tv-vs-brand"} {
		dir, err := os.MkdirTemp("", "reachlab-lighthouse-")
		if err != nil {
			return err
		}
		out := filepath.Join(dir, "report.json")
		// Lighthouse sometimes fails to record the trace of a headless load
		// (NO_NAVSTART); a second run is then measured instead.
		for attempt := 1; ; attempt++ {
			cmd := exec.Command("node", lighthouseCLI, h.URL+path,
				"--chrome-path=/usr/bin/chromium",
				"--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic",
				"--only-categories=accessibility,performance",
				"--preset=desktop",
				"--output=json", "--output-path="+out, "--quiet")
			cmd.Stderr = os.Stderr
			err := cmd.Run()
			if err == nil {
				break
			}
			if attempt == 2 {
				os.RemoveAll(dir)
				return fmt.Errorf("lighthouse %s: %w", path, err)
			}
		}
		var report struct {
			Categories map[string]struct {
				Score float64 `json:"score"`
			} `json:"categories"`
			Audits map[string]struct {
				DisplayValue string `json:"displayValue"`
			} `json:"audits"`
		}
		b, err := os.ReadFile(out)
		os.RemoveAll(dir)
		if err != nil {
			return err
		}
		if err := json.Unmarshal(b, &report); err != nil {
			return err
		}
		rows = append(rows, []string{path,
			fmt.Sprintf("%.0f", report.Categories["accessibility"].Score*100),
			fmt.Sprintf("%.0f", report.Categories["performance"].Score*100),
			report.Audits["first-contentful-paint"].DisplayValue,
			report.Audits["largest-contentful-paint"].DisplayValue,
			report.Audits["total-blocking-time"].DisplayValue,
		})
	}
	table("Lighthouse 13 (desktop preset), Chromium headless on loopback",
		[]string{"page", "accessibility", "performance", "first contentful paint", "largest contentful paint", "total blocking time"}, rows)
	return nil
}
