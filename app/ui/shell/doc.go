// Package shell is the frame every page of the workbench shares: the header
// with the navigation and the language switch, the notice of a new version,
// the footer, and the small browser services pages use (the UI language,
// downloads).
//
//	func (p *myPage) OnMount(ctx app.Context) { shell.ObserveLang(ctx, &p.lang, nil) }
//	func (p *myPage) Render() app.UI          { return shell.Frame(p.lang, "/data", content...) }
package shell
