package ui

import (
	"reachlab/app/ui/pages/comparepage"
	"reachlab/app/ui/pages/datapage"
	"reachlab/app/ui/pages/homepage"
	"reachlab/app/ui/pages/lessonspage"
	"reachlab/app/ui/pages/longtailpage"
	"reachlab/app/ui/pages/planpage"
	"reachlab/app/ui/shell"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pageComponents makes the component of each page, by path. Every entry of
// shell.Pages has one (a test checks it).
var pageComponents = map[string]func() app.Composer{
	"/":         func() app.Composer { return homepage.New() },
	"/data":     func() app.Composer { return datapage.New() },
	"/compare":  func() app.Composer { return comparepage.New() },
	"/longtail": func() app.Composer { return longtailpage.New() },
	"/plan":     func() app.Composer { return planpage.New() },
	"/lessons":  func() app.Composer { return lessonspage.New() },
}

// Paths returns the path of every page, in navigation order. The host makes
// each one available offline.
func Paths() []string {
	paths := make([]string, len(shell.Pages))
	for i, p := range shell.Pages {
		paths[i] = p.Path
	}
	return paths
}

// Register declares every page's route to go-app. Call it once, in the
// browser entry point and in the host, before serving or running.
func Register() {
	shell.RegisterSession()
	for _, p := range shell.Pages {
		app.Route(p.Path, pageComponents[p.Path])
	}
}
