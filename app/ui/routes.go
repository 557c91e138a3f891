package ui

import (
	"reachlab/app/i18n"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// route is one page of the workbench.
type route struct {
	Path  string
	Label i18n.Key
	new   func() app.Composer
}

// routes lists the pages in navigation order.
var routes = []route{
	{"/", i18n.NavHome, func() app.Composer { return &homePage{} }},
	{"/data", i18n.NavData, func() app.Composer { return newStubPage("/data", i18n.DataTitle, i18n.DataIntro) }},
	{"/compare", i18n.NavCompare, func() app.Composer { return newStubPage("/compare", i18n.CompareTitle, i18n.CompareIntro) }},
	{"/longtail", i18n.NavLongTail, func() app.Composer { return newStubPage("/longtail", i18n.LongTailTitle, i18n.LongTailIntro) }},
	{"/plan", i18n.NavPlan, func() app.Composer { return newStubPage("/plan", i18n.PlanTitle, i18n.PlanIntro) }},
	{"/lessons", i18n.NavLessons, func() app.Composer { return newStubPage("/lessons", i18n.LessonsTitle, i18n.LessonsIntro) }},
}

// Paths returns the path of every page, in navigation order. The host makes
// each one available offline.
func Paths() []string {
	paths := make([]string, len(routes))
	for i, r := range routes {
		paths[i] = r.Path
	}
	return paths
}

// Register declares every page's route to go-app. Call it once, in the
// browser entry point and in the host, before serving or running.
func Register() {
	for _, r := range routes {
		app.Route(r.Path, r.new)
	}
}
