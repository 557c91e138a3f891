// Package ui is ReachLab's workbench in the browser: the shell (navigation,
// language, updates), one component per route, and the widgets they share.
//
// Both binaries import it: wasm/main.go runs it in the browser, and the host
// registers the same routes so it can prerender every page and refuse paths
// that are not routes.
//
//	ui.Register()            // app.Route for every path in ui.Paths
//	app.RunWhenOnBrowser()
package ui
