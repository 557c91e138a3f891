// Package uitest holds helpers for the UI packages' native tests: render a
// component with go-app's test engine and read its HTML.
package uitest

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Render loads c into go-app's test engine, runs what it dispatched, and
// returns its HTML.
func Render(t *testing.T, c app.Composer) string {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}

// TagWith returns the opening tag of html that holds attr (go-app writes
// attributes in no fixed order, so tests look at whole tags).
func TagWith(html, attr string) string {
	i := strings.Index(html, attr)
	if i < 0 {
		return ""
	}
	start := strings.LastIndex(html[:i], "<")
	end := i + strings.Index(html[i:], ">")
	return html[start : end+1]
}
