// Package e2e holds ReachLab's end-to-end tests: they start the real host
// (bin/reachlab, built by make) on a free loopback port, drive Debian's
// Chromium headless with chromedp, and check what a user sees — charts drawn,
// text in both languages, files uploaded, pages working offline.
//
// make e2e builds what they need and runs them; go test alone skips them
// unless REACHLAB_E2E=1 is set.
package e2e
