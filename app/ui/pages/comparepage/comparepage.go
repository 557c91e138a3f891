package comparepage

import (
	"net/url"
	"time"

	"reachlab/app/data"
	"reachlab/app/data/load"
	"reachlab/app/data/roles"
	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"
	"reachlab/app/ui/shell"
	"reachlab/app/ui/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// comparePage is the /compare route.
type comparePage struct {
	app.Compo

	// ui is the page's own context: background work reports through it,
	// since the element whose event started the work may be gone by then.
	ui app.Context

	lang       text.Lang
	ready      bool  // the dataset list is read
	storageErr error // why the browser keeps no data, if it does not
	datasets   []workspace.Meta

	set  settings // what the URL asks for
	gen  int      // number of the latest computation asked for
	busy string   // name of the dataset being computed; "" when idle
	res  *result  // the latest computation, nil before the first

	status string   // what went right, when more than the computation's summary
	alerts []string // what went wrong, in the UI language

	sort  sortOrder // the channel table's order
	drill drill     // the message drill-down
}

// New returns the /compare page.
func New() app.Composer { return &comparePage{} }

// result is one dataset measured with one set of settings.
type result struct {
	meta workspace.Meta
	in   metrics.Input
	rep  metrics.Report
	// byChannel lists each channel's messages as indexes into in.Messages,
	// in input order.
	byChannel map[string][]int
	// noRoles: no column of the table has a role, so the data gives one
	// channel without measures; the page says where to set roles.
	noRoles bool
}

// measure turns a table's rows into messages, giving kind to the rows that
// have none, and measures them.
func measure(t *data.Table, meta workspace.Meta, s settings) *result {
	in := workspace.Messages(t, meta.Name, string(s.Kind))
	r := &result{meta: meta, in: in, rep: metrics.Compute(in, s.options()), byChannel: map[string][]int{}, noRoles: true}
	for i, m := range in.Messages {
		r.byChannel[m.Channel] = append(r.byChannel[m.Channel], i)
	}
	for _, c := range t.Columns() {
		if c.Role() != roles.None {
			r.noRoles = false
			break
		}
	}
	return r
}

func (p *comparePage) l() text.Lang { return p.lang.OrDefault() }

func (p *comparePage) OnMount(ctx app.Context) {
	p.ui = ctx
	shell.ObserveLang(ctx, &p.lang)
	p.ui.Async(func() {
		w, err := workspace.Shared(ctx) // the first call opens the store
		list, listErr := w.Datasets(ctx)
		p.ui.Dispatch(func(ctx app.Context) {
			p.ready, p.storageErr, p.datasets = true, err, list
			if listErr != nil {
				p.alerts = append(p.alerts, listErr.Error())
			}
			if p.set.Dataset == "" && len(list) > 0 {
				p.set.Dataset = list[0].ID
			}
			p.compute()
		})
	})
}

func (p *comparePage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("%s · ReachLab", i18n.T(p.l(), i18n.CompareTitle))
	s := settingsFrom(ctx.Page().URL().Query())
	if s == p.set || s.Dataset == "" && p.set.Dataset != "" {
		return
	}
	p.set = s
	if p.ready {
		p.compute()
	}
}

// change applies a new choice: it keeps the settings in the URL (replacing
// the history entry, so that Back leaves the page) and measures again.
func (p *comparePage) change(ctx app.Context, edit func(*settings)) {
	edit(&p.set)
	u := *ctx.Page().URL()
	u.RawQuery = p.set.query().Encode()
	ctx.Page().ReplaceURL(&u)
	p.compute()
}

// compute reads the selected dataset (the workspace keeps it after the
// first read) and measures it with the settings, off the UI goroutine.
// Only the latest computation asked for is shown.
func (p *comparePage) compute() {
	if p.set.Dataset == "" {
		return
	}
	p.gen++
	gen, s, l := p.gen, p.set, p.l()
	p.busy = p.datasetName(s.Dataset)
	p.ui.Async(func() {
		// In WebAssembly the work below holds the only thread: let the
		// browser show the busy status first.
		time.Sleep(time.Millisecond)
		w, _ := workspace.Shared(p.ui)
		t, meta, err := w.Table(p.ui, s.Dataset, load.Options{Locale: string(l)})
		var res *result
		if err == nil {
			res = measure(t, meta, s)
		}
		p.ui.Dispatch(func(ctx app.Context) {
			if gen != p.gen {
				return // the settings changed meanwhile
			}
			p.busy = ""
			if err != nil {
				p.res, p.status = nil, ""
				p.alerts = []string{i18n.Tf(p.l(), i18n.CompareLoadError, p.datasetName(s.Dataset), err.Error())}
				return
			}
			p.res, p.alerts, p.status = res, nil, ""
			p.drill.keep(res)
		})
	})
}

// datasetName is the name of dataset id, or the id when the list does not
// have it.
func (p *comparePage) datasetName(id string) string {
	return workspace.Title(p.datasets, id, p.l())
}

func (p *comparePage) Render() app.UI {
	l := p.l()
	return shell.Frame(l, "/compare", app.Section().Class("page compare-page").Body(
		app.H1().Text(i18n.T(l, i18n.CompareTitle)),
		app.P().Class("lead").Text(i18n.T(l, i18n.CompareIntro)),
		p.renderSettings(l),
		p.renderMessages(l),
		app.If(p.res != nil, func() app.UI {
			return app.Div().ID("results").Body(
				p.renderChannels(l),
				p.renderCharts(l),
				p.renderReadings(l),
				p.renderAVE(l),
				p.renderDrill(l),
			)
		}),
		renderDefinitions(l),
	))
}

// renderMessages shows what went right (status) and wrong (alerts), where
// screen readers announce them.
func (p *comparePage) renderMessages(l text.Lang) app.UI {
	status := p.status
	switch {
	case p.busy != "":
		status = i18n.Tf(l, i18n.CompareLoading, p.busy)
	case status == "" && p.res != nil:
		status = i18n.Tf(l, i18n.CompareComputed, p.res.meta.Name,
			countText(l, float64(len(p.res.in.Messages))), countText(l, float64(len(p.res.rep.Channels))))
	}
	return app.Div().Class("messages").Body(
		app.Div().ID("compare-status").Attr("role", "status").Body(
			app.If(status != "", func() app.UI { return app.P().Class("ok").Text(status) }),
		),
		app.Div().ID("compare-alerts").Attr("role", "alert").Body(
			app.Range(p.alerts).Slice(func(i int) app.UI {
				return app.P().Class("error").Text(p.alerts[i])
			}),
			app.If(p.res != nil && p.res.noRoles, func() app.UI {
				return app.P().Class("error").Body(
					app.Text(i18n.Tf(l, i18n.CompareNoRoles, p.res.meta.Name)+" "),
					app.A().Href("/data?dataset="+url.QueryEscape(p.res.meta.ID)).Text(i18n.T(l, i18n.CompareDataLink)),
				)
			}),
		),
		app.If(p.storageErr != nil, func() app.UI {
			return app.P().Class("error").Text(i18n.Tf(l, i18n.CompareStorageOff, p.storageErr.Error()))
		}),
	)
}
