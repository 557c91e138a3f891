// Command wasm is ReachLab's browser entry point, built with
// GOOS=js GOARCH=wasm into web/app.wasm. It links the workbench only, never
// the host, which keeps the download small.
package main

import (
	"reachlab/app/ui"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	ui.Register()
	app.RunWhenOnBrowser()
}
