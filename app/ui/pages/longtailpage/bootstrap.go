package longtailpage

import (
	"context"
	"strconv"
	"time"

	ltan "reachlab/app/analysis/longtail"
	"reachlab/app/i18n"
	"reachlab/app/longtail"
	"reachlab/app/text"
	"reachlab/app/ui/shell"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// bootSeed seeds the goodness-of-fit test: the same data, fit and number of
// resamples give the same p-value on every visit and every machine.
const bootSeed = 1

// progressEvery is the longest the progress bar waits between two updates.
const progressEvery = 150 * time.Millisecond

// boot is the state of the goodness-of-fit test of the current fit.
type boot struct {
	run    *bootRun                // the test running; nil when idle
	result *longtail.GoodnessOfFit // the finished test; nil before
	// stoppedAt and stoppedOf are the resamples done and asked for when
	// the user cancelled the last run; stoppedOf is 0 when none was.
	stoppedAt, stoppedOf int
}

// bootRun is one running test.
type bootRun struct {
	done, total int
	cancel      context.CancelFunc
	cancelling  bool // the user asked to stop; the engine stops before its next resample
}

// stop cancels the running test, if any.
func (b *boot) stop() {
	if b.run != nil {
		b.run.cancel()
	}
}

// reset stops the running test and forgets every result (the fit changed).
func (b *boot) reset() {
	b.stop()
	*b = boot{}
}

// startBootstrap runs the goodness-of-fit test of the current fit in the
// background, with p.set.Resamples resamples. The engine calls back after
// each resample; there the test yields to the browser at most every 30 ms
// (shell.Pacer) and updates the progress bar at most every progressEvery.
func (p *longTailPage) startBootstrap(ctx app.Context, e app.Event) {
	if p.res == nil || !p.res.HasFit() || p.boot.run != nil {
		return
	}
	jctx, cancel := context.WithCancel(p.ui)
	run := &bootRun{total: p.set.Resamples, cancel: cancel}
	p.boot = boot{run: run}
	res := p.res

	var pacer shell.Pacer
	shown := time.Now()
	progress := func(done, total int) {
		pacer.Yield()
		if time.Since(shown) < progressEvery && done < total {
			return
		}
		shown = time.Now()
		p.ui.Dispatch(func(ctx app.Context) { run.done = done })
	}
	p.ui.Async(func() {
		defer cancel()
		time.Sleep(time.Millisecond) // show the progress bar first
		g, err := longtail.Bootstrap(jctx, res.Sample, res.Fit, longtail.BootstrapOptions{
			Resamples: run.total, Seed: bootSeed, Progress: progress,
		})
		p.ui.Dispatch(func(ctx app.Context) {
			if p.boot.run != run {
				return // the fit changed meanwhile
			}
			p.boot.run = nil
			if err != nil {
				p.boot.stoppedAt, p.boot.stoppedOf = g.Resamples+g.Failed, run.total
				return
			}
			p.boot.result = &g
		})
	})
}

// cancelBootstrap stops the running test.
func (p *longTailPage) cancelBootstrap(ctx app.Context, e app.Event) {
	if p.boot.run != nil {
		p.boot.run.cancelling = true
		p.boot.stop()
	}
}

func (p *longTailPage) onResamples(ctx app.Context, e app.Event) {
	n, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
	if err != nil {
		return
	}
	p.change(ctx, func(s *ltan.Settings) { s.Resamples = n })
}

// bootStatus is what the test's status line says.
func (p *longTailPage) bootStatus(l text.Lang) string {
	b := p.boot
	switch {
	case b.run != nil && b.run.cancelling:
		return i18n.T(l, i18n.LongTailStopping)
	case b.run != nil:
		return i18n.Tf(l, i18n.LongTailProgress, ltan.Count(l, b.run.done), ltan.Count(l, b.run.total))
	case b.result != nil:
		g := b.result
		s := i18n.Tf(l, i18n.LongTailGoFDone, ltan.PEquals(l, g.P, g.Resamples), ltan.Count(l, g.Resamples), ltan.Count(l, g.AtLeastAsFar))
		if g.Failed > 0 {
			s += " " + i18n.Tf(l, i18n.LongTailGoFFailed, ltan.Count(l, g.Failed))
		}
		return s
	case b.stoppedOf > 0:
		return i18n.Tf(l, i18n.LongTailStopped, ltan.Count(l, b.stoppedAt), ltan.Count(l, b.stoppedOf))
	}
	return ""
}

// renderBootstrap draws the test's controls: the number of resamples, the
// run and cancel buttons, the progress bar and the status line.
func (p *longTailPage) renderBootstrap(l text.Lang) app.UI {
	running := p.boot.run != nil
	return app.Div().ID("bootstrap").Class("bootstrap").Body(
		app.H3().Text(i18n.T(l, i18n.LongTailGoFHeading)),
		app.P().Class("muted").Text(i18n.T(l, i18n.LongTailGoFIntro)),
		app.Div().Class("field").Body(
			app.Label().For("resamples-select").Text(i18n.T(l, i18n.LongTailResamples)),
			app.Text(" "),
			disabledIf(app.Select().ID("resamples-select"), running).OnChange(p.onResamples).Body(
				app.Range(ltan.ResampleChoices).Slice(func(i int) app.UI {
					n := ltan.ResampleChoices[i]
					return shell.Option(strconv.Itoa(n), ltan.Count(l, n), n == p.set.Resamples)
				}),
			),
		),
		app.P().Body(
			disabledIf(app.Button().Type("button").ID("bootstrap-run").Class("primary"), running).
				Text(i18n.T(l, i18n.LongTailRun)).OnClick(p.startBootstrap),
		),
		app.If(running, func() app.UI {
			r := p.boot.run
			return app.Div().Class("progress").Body(
				app.Progress().ID("bootstrap-bar").Max(max(r.total, 1)).Value(r.done).
					Aria("label", i18n.T(l, i18n.LongTailProgressLabel)).
					Aria("valuetext", i18n.Tf(l, i18n.LongTailProgress, ltan.Count(l, r.done), ltan.Count(l, r.total))),
				disabledIf(app.Button().Type("button").ID("bootstrap-cancel"), r.cancelling).
					Text(i18n.T(l, i18n.LongTailCancel)).OnClick(p.cancelBootstrap),
			)
		}),
		app.P().ID("bootstrap-status").Attr("role", "status").Text(p.bootStatus(l)),
	)
}

// disabledIf disables a control when off. The attribute is left out
// otherwise, since a prerendered disabled="false" would disable it.
func disabledIf[T interface{ Disabled(bool) T }](control T, off bool) T {
	if off {
		return control.Disabled(true)
	}
	return control
}
