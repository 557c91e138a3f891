package lessonspage

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// onKey moves through a lesson with the keyboard: → (or Space, Page Down,
// ↓) on, ← (or Page Up, ↑) back, Esc leaves presenter mode. Keys typed in a
// form control, or Space and Enter on a button or link, keep their usual
// meaning.
func (p *lessonsPage) onKey(e app.Value) {
	if p.at.lesson == nil || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
		return
	}
	key := e.Get("key").String()
	target := e.Get("target")
	tag := ""
	if target.Truthy() && target.Get("tagName").Truthy() {
		tag = target.Get("tagName").String()
	}
	switch tag {
	case "INPUT", "SELECT", "TEXTAREA":
		return
	case "BUTTON", "A", "SUMMARY":
		if key == " " || key == "Enter" {
			return
		}
	}
	var do func(ctx app.Context)
	switch key {
	case "ArrowRight", "PageDown", " ":
		do = p.onNext
	case "ArrowDown":
		if !p.at.present {
			return // scrolls the page
		}
		do = p.onNext
	case "ArrowLeft", "PageUp":
		do = p.onPrevious
	case "ArrowUp":
		if !p.at.present {
			return
		}
		do = p.onPrevious
	case "Escape":
		if !p.at.present {
			return
		}
		do = func(ctx app.Context) { p.present(ctx, false) }
	default:
		return
	}
	if key == " " && !p.at.present {
		return // scrolls the page outside presenter mode
	}
	e.Call("preventDefault")
	p.ui.Dispatch(do)
}
