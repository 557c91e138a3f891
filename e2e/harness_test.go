package e2e

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// hostBinary is the deployable binary that make builds.
var hostBinary = filepath.Join("..", "bin", "reachlab")

// skipUnlessE2E skips the test when the end-to-end suite is not asked for;
// when it is, a missing browser or binary is a failure, not a skip.
func skipUnlessE2E(t *testing.T) {
	t.Helper()
	if os.Getenv("REACHLAB_E2E") == "" {
		t.Skip("end-to-end tests run with REACHLAB_E2E=1 (make e2e)")
	}
	if _, err := os.Stat(hostBinary); err != nil {
		t.Fatalf("%s is missing: run make build first (%v)", hostBinary, err)
	}
	if _, err := os.Stat(chromiumPath()); err != nil {
		t.Fatalf("chromium not found at %s: %v", chromiumPath(), err)
	}
}

func chromiumPath() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	return "/usr/bin/chromium"
}

// host is a running bin/reachlab.
type host struct {
	URL  string
	addr string
	args []string
	cmd  *exec.Cmd
	t    *testing.T
}

// startHost runs the host on a free loopback port, with extra flags, and
// stops it when the test ends.
func startHost(t *testing.T, flags ...string) *host {
	t.Helper()
	h := &host{addr: freeAddr(t), args: flags, t: t}
	h.start()
	t.Cleanup(h.stop)
	return h
}

// freeAddr finds a loopback port nobody listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// start runs the binary and waits for the line that gives its URL.
func (h *host) start() {
	h.t.Helper()
	args := append([]string{"-addr", h.addr}, h.args...)
	h.cmd = exec.Command(hostBinary, args...)
	out, err := h.cmd.StdoutPipe()
	if err != nil {
		h.t.Fatal(err)
	}
	h.cmd.Stderr = os.Stderr
	if err := h.cmd.Start(); err != nil {
		h.t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	deadline := time.AfterFunc(20*time.Second, func() { h.cmd.Process.Kill() })
	defer deadline.Stop()
	for lines.Scan() {
		if _, url, ok := strings.Cut(lines.Text(), "serving on "); ok {
			h.URL = url
			go io.Copy(io.Discard, out)
			return
		}
	}
	h.t.Fatalf("host did not say where it serves")
}

// stop shuts the host down as an operator would, with SIGTERM, and waits.
func (h *host) stop() {
	if h.cmd == nil || h.cmd.Process == nil {
		return
	}
	h.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- h.cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		h.cmd.Process.Kill()
		<-done
	}
	h.cmd = nil
}

// restart starts the host again on the same address (the browser's service
// worker is bound to that origin).
func (h *host) restart(flags ...string) {
	h.t.Helper()
	h.stop()
	h.args = flags
	h.start()
}

// browserOptions configure a test browser.
type browserOptions struct {
	lang          string // Chromium's --lang, which sets navigator.languages
	width, height int
}

// newBrowser starts headless Chromium with a fresh profile and returns a
// context for one tab in it. The browser stops when the test ends.
func newBrowser(t *testing.T, o browserOptions) context.Context {
	t.Helper()
	if o.width == 0 {
		o.width, o.height = 1280, 900
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath()),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(o.width, o.height),
	)
	if o.lang != "" {
		opts = append(opts, chromedp.Flag("lang", o.lang), chromedp.Flag("accept-lang", o.lang))
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		cancel()
		cancelAlloc()
		t.Fatalf("starting chromium: %v", err)
	}
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	return ctx
}

// within bounds one step of a test.
func within(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, d)
}

// open navigates to url and waits until the WebAssembly app has started and
// rendered the page's heading.
func open(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	step, cancel := within(ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(step, chromedp.Navigate(url)); err != nil {
		t.Fatalf("opening %s: %v", url, err)
	}
	waitApp(t, ctx)
}

// waitApp waits for go-app to remove its loader (the wasm runs) and for the
// page's heading, across navigations.
func waitApp(t *testing.T, ctx context.Context) {
	t.Helper()
	const started = `!document.getElementById("app-wasm-loader") && !!document.querySelector("main h1")`
	if err := pollAcrossNavigation(ctx, started, 60*time.Second); err != nil {
		loader, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.getElementById("app-wasm-loader-label")||{}).innerText || ""`))
		t.Fatalf("app did not start: %v (loader says %q)", err, loader)
	}
}

// pollAcrossNavigation waits until expr is true. A navigation replaces the
// page's JavaScript context under a running poll, so it asks again until d
// has passed.
func pollAcrossNavigation(ctx context.Context, expr string, d time.Duration) error {
	deadline := time.Now().Add(d)
	var err error
	for time.Now().Before(deadline) {
		step, cancel := within(ctx, time.Until(deadline))
		_, err = chromedp.Run(step, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(50*time.Millisecond)))
		cancel()
		if err == nil {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return err
}

// textOf returns the visible text of the first element matching sel.
func textOf(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	step, cancel := within(ctx, 20*time.Second)
	defer cancel()
	s, err := chromedp.Run(step, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("reading %s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}

// eval evaluates a JavaScript expression (awaiting a promise) and decodes its
// result.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	step, cancel := within(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(step, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// poll waits until a JavaScript expression is truthy.
func poll(t *testing.T, ctx context.Context, what, expr string, d time.Duration) {
	t.Helper()
	step, cancel := within(ctx, d)
	defer cancel()
	if _, err := chromedp.Run(step, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(100*time.Millisecond))); err != nil {
		look, stop := within(ctx, 5*time.Second)
		defer stop()
		shown, _ := chromedp.Run(look, chromedp.Evaluate[string](`(document.querySelector("main") || document.body).innerText.slice(0, 3000)`))
		t.Fatalf("waiting for %s: %v\nthe page shows:\n%s", what, err, shown)
	}
}

// click clicks the first element matching sel.
func click(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	step, cancel := within(ctx, 20*time.Second)
	defer cancel()
	// The mouse goes where the element was measured: wait until it stays
	// put (a chart drawing above, the install button appearing in the
	// header move it), as a user's eye does before clicking.
	still := fmt.Sprintf(`(() => {
		const e = document.querySelector(%q);
		if (!e) return false;
		const r = e.getBoundingClientRect(), box = [r.x, r.y, r.width, r.height].join(",");
		const seen = window.__reachlabBox || {};
		const same = seen[%q] === box;
		seen[%q] = box;
		window.__reachlabBox = seen;
		return same && r.width > 0;
	})()`, sel, sel, sel)
	if _, err := chromedp.Run(step, chromedp.Poll[bool](still, chromedp.WithPollingInterval(150*time.Millisecond))); err != nil {
		t.Fatalf("waiting for %s to stay put: %v", sel, err)
	}
	if err := chromedp.Do(step, chromedp.Click(chromedp.CSS(sel))); err != nil {
		t.Fatalf("clicking %s: %v", sel, err)
	}
}

// activate focuses an element and clicks it from the page, as the keyboard
// does; unlike click, it cannot miss when the layout moves under the mouse
// (the install button appearing in the header, a chart drawing above).
func activate(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	ok := eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const el = document.querySelector(%q);
		if (!el) return false;
		el.focus();
		el.click();
		return true;
	})()`, sel))
	if !ok {
		t.Fatalf("no element %s", sel)
	}
}

// chartDrawn is a JavaScript test that ECharts drew the chart in container id
// on a canvas of non-zero size.
func chartDrawn(id string) string {
	return fmt.Sprintf(`(() => { const c = document.querySelector("#%s canvas"); return !!c && c.width > 0 && c.height > 0; })()`, id)
}

// consoleLog collects what a tab writes to its console, for tests that check
// the page ran without errors (a content-security-policy violation, for one,
// is reported there).
type consoleLog struct {
	mu       sync.Mutex
	messages []chromedp.ConsoleMessage
}

// watchConsole starts collecting ctx's console messages.
func watchConsole(ctx context.Context) *consoleLog {
	l := &consoleLog{}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			l.mu.Lock()
			l.messages = append(l.messages, m)
			l.mu.Unlock()
		}
	}()
	return l
}

// problems returns the errors and exceptions logged so far.
func (l *consoleLog) problems() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, m := range l.messages {
		if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
			out = append(out, fmt.Sprintf("%s %s:%d %s", m.Type, m.URL, m.Line+1, m.Text))
		}
	}
	return out
}

// downloads makes the browser save downloads into a fresh directory, which
// it returns; waitDownload then finds a file there.
func downloads(t *testing.T, ctx context.Context) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior:     browser.SetDownloadBehaviorBehaviorAllow,
		DownloadPath: dir,
	}); err != nil {
		t.Fatalf("setting the download directory: %v", err)
	}
	return dir
}

// waitDownload waits for a finished file whose name matches pattern (as
// filepath.Match) in dir, and returns its content.
func waitDownload(t *testing.T, dir, pattern string) (string, []byte) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		matches, _ := filepath.Glob(filepath.Join(dir, pattern))
		for _, m := range matches {
			if strings.HasSuffix(m, ".crdownload") {
				continue
			}
			if b, err := os.ReadFile(m); err == nil && len(b) > 0 {
				return filepath.Base(m), b
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	entries, _ := os.ReadDir(dir)
	t.Fatalf("no download matching %s in %s (found %v)", pattern, dir, entries)
	return "", nil
}
