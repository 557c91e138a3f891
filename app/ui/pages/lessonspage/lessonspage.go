package lessonspage

import (
	"sync"

	"reachlab/app/cases"
	"reachlab/app/i18n"
	"reachlab/app/store"
	"reachlab/app/text"
	"reachlab/app/ui/shell"
	"reachlab/app/ui/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// lessonsPage is the /lessons route.
type lessonsPage struct {
	app.Compo

	// ui is the page's own context: background work reports through it.
	ui   app.Context
	lang text.Lang

	at       location
	progress progress
	// figures caches each lesson's chart by lesson ID and language.
	figures map[string]map[text.Lang]figure
	alert   string
	// ready: the saved progress was read.
	ready bool
	// saving counts the progress writes not yet stored.
	saving int

	stop []func() // remove the page's window listeners
}

// New returns the /lessons page.
func New() app.Composer {
	return &lessonsPage{progress: progress{}, figures: map[string]map[text.Lang]figure{}}
}

func (p *lessonsPage) l() text.Lang { return p.lang.OrDefault() }

func (p *lessonsPage) OnMount(ctx app.Context) {
	p.ui = ctx
	shell.ObserveLang(ctx, &p.lang, nil)
	p.stop = []func(){
		shell.Listen(app.Window(), "keydown", p.onKey),
		shell.Listen(app.Window().Get("document"), "fullscreenchange", func(app.Value) { p.onFullscreenChange() }),
	}
	ctx.Async(func() {
		w, err := workspace.Shared(ctx)
		var saved progress
		if err == nil {
			saved, err = loadProgress(ctx, w.Store())
		}
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.alert = i18n.Tf(p.l(), i18n.LessonsSaveError, err.Error())
				return
			}
			for id, n := range saved {
				p.progress[id] = max(p.progress[id], n)
			}
			p.ready = true
		})
	})
}

func (p *lessonsPage) OnDismount() {
	for _, stop := range p.stop {
		stop()
	}
}

func (p *lessonsPage) OnNav(ctx app.Context) {
	p.at = locationFrom(ctx.Page().URL().Query())
	title := i18n.T(p.l(), i18n.LessonsTitle)
	if ls := p.at.lesson; ls != nil {
		title = ls.Title.In(p.l())
		// The host prerenders the page without a browser to keep progress
		// or draw charts in.
		if app.IsClient {
			p.seen(*ls, p.at.step)
			p.drawChart(*ls)
			if !p.at.present {
				ctx.Defer(showStep)
			}
		}
	}
	ctx.Page().SetTitle("%s · ReachLab", title)
}

// showStep scrolls so that the lesson's buttons and the top of the current
// step are in view, as little as possible: a step added above the buttons
// pushes them down.
func showStep(ctx app.Context) {
	doc := app.Window().Get("document")
	for _, sel := range []string{".lesson-nav", `#lesson-steps [aria-current="step"]`} {
		if el := doc.Call("querySelector", sel); el.Truthy() {
			el.Call("scrollIntoView", map[string]any{"block": "nearest"})
		}
	}
}

// seen records that a step was shown, in the page and in the browser.
func (p *lessonsPage) seen(ls cases.Lesson, step int) {
	if p.progress[ls.ID] >= step+1 {
		return
	}
	p.progress[ls.ID] = step + 1
	p.saving++
	l := p.l()
	p.ui.Async(func() {
		w, err := workspace.Shared(p.ui)
		if err == nil {
			_, err = markSeen(p.ui, w.Store(), ls.ID, step)
		}
		p.ui.Dispatch(func(ctx app.Context) {
			p.saving--
			if err != nil {
				p.alert = i18n.Tf(l, i18n.LessonsSaveError, err.Error())
			}
		})
	})
}

// caseBook holds the built-in cases as lessons read them: with the roles
// their columns are detected with, whatever a user remapped on the data
// page, and without waiting for the browser's store.
var caseBook = sync.OnceValue(func() *workspace.Workspace {
	return workspace.New(store.NewMemory(), workspace.BuiltInCases()...)
})

// drawChart computes the lesson's chart in both languages, once.
func (p *lessonsPage) drawChart(ls cases.Lesson) {
	if _, ok := p.figures[ls.ID]; ok {
		return
	}
	p.figures[ls.ID] = nil // drawing
	p.ui.Async(func() {
		figs := map[text.Lang]figure{}
		for _, l := range text.Langs {
			figs[l] = drawFigure(p.ui, caseBook(), ls, l)
		}
		p.ui.Dispatch(func(ctx app.Context) { p.figures[ls.ID] = figs })
	})
}

// goTo shows a location, recording it in the URL.
func (p *lessonsPage) goTo(ctx app.Context, loc location) {
	u := *ctx.Page().URL()
	u.RawQuery = loc.query().Encode()
	ctx.NavigateTo(&u)
}

// onNext goes one step on; after a lesson's last step, back to the list
// (or, when presenting, on to the next lesson).
func (p *lessonsPage) onNext(ctx app.Context) {
	if next, ok := p.at.next(); ok && (p.at.present || !p.at.last()) {
		p.goTo(ctx, next)
		return
	}
	p.setPresenting(false)
	p.goTo(ctx, location{})
}

func (p *lessonsPage) onPrevious(ctx app.Context) {
	if prev, ok := p.at.previous(); ok && (p.at.present || p.at.step > 0) {
		p.goTo(ctx, prev)
	}
}

// present enters or leaves presenter mode.
func (p *lessonsPage) present(ctx app.Context, on bool) {
	p.setPresenting(on)
	loc := p.at
	loc.present = on
	p.goTo(ctx, loc)
}

// setPresenting asks the browser for full screen, or leaves it. A refusal
// (no user gesture, an embedding frame) leaves the presenter mode in the
// window, which still works.
func (p *lessonsPage) setPresenting(on bool) {
	app.Window().Get("reachlab").Call("fullscreen", on)
}

// onFullscreenChange leaves presenter mode when the browser leaves full
// screen (Esc in full screen is the browser's own and never reaches the
// page).
func (p *lessonsPage) onFullscreenChange() {
	if app.Window().Get("document").Get("fullscreenElement").Truthy() || !p.at.present {
		return
	}
	p.ui.Dispatch(func(ctx app.Context) {
		if p.at.present {
			p.present(ctx, false)
		}
	})
}
