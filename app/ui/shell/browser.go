package shell

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Download hands data to the browser as a file named name (web/reachlab.js
// builds a Blob URL and clicks a download link): nothing goes to a server.
func Download(name, mimeType string, data []byte) {
	bytes := app.Window().Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(bytes, data)
	app.Window().Get("reachlab").Call("download", name, mimeType, bytes)
}
