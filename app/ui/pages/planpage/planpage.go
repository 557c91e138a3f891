package planpage

import (
	"errors"
	"net/url"
	"strconv"
	"time"

	"reachlab/app/i18n"
	"reachlab/app/plan"
	"reachlab/app/store"
	"reachlab/app/text"
	"reachlab/app/ui/shell"
	"reachlab/app/ui/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planPage is the /plan route: the list of plans, or one plan's editor
// (/plan?plan=<id>); /plan?template=<id> preselects a template.
type planPage struct {
	app.Compo

	// ui is the page's own context: background work reports through it.
	ui   app.Context
	lang text.Lang

	ready    bool
	plans    []store.Record // the saved plans, without their data
	datasets []workspace.Meta
	template plan.TemplateID // chosen in the "new plan" form

	id       string // the open plan (URL ?plan=)
	plan     *plan.Plan
	hist     *plan.History
	storeRev int64 // the stored record's revision the open plan was read or saved at
	saveGen  int   // bumped by every edit; a pending save runs only if still the latest
	saving   bool
	conflict bool
	live     map[string]liveValue // current values of data-bound KPIs, by KPI ID
	columns  map[string][]string  // numeric columns of the datasets KPIs use, by dataset ID

	ratings map[string]map[string]float64 // the scoring matrix's ratings, by sample message

	removed *store.Record // the last deleted plan, for an undo
	status  string
	alerts  []string

	// stopListening removes the window's listeners: keydown (undo and redo
	// shortcuts) and pagehide (the draft kept when the page goes).
	stopListening []func()
}

// New returns the /plan page.
func New() app.Composer { return &planPage{template: plan.TemplateThreePhases} }

func (p *planPage) l() text.Lang { return p.lang.OrDefault() }

func (p *planPage) OnMount(ctx app.Context) {
	p.ui = ctx
	shell.ObserveLang(ctx, &p.lang, nil)
	p.stopListening = []func(){
		shell.Listen(app.Window(), "keydown", p.onKey),
		shell.Listen(app.Window(), "pagehide", p.onPageHide),
	}
	p.refresh()
}

func (p *planPage) OnDismount() {
	for _, stop := range p.stopListening {
		stop()
	}
	p.stopListening = nil
}

func (p *planPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("%s · ReachLab", i18n.T(p.l(), i18n.PlanTitle))
	q := ctx.Page().URL().Query()
	if t := plan.TemplateID(q.Get("template")); t != "" && knownTemplate(t) {
		p.template = t // a lesson's link preselects a template
	}
	id := q.Get("plan")
	if id != p.id {
		p.id = id
		p.plan, p.hist, p.conflict = nil, nil, false
		if p.ready {
			p.load(id)
		}
	}
}

// knownTemplate reports whether id names one of the plan templates.
func knownTemplate(id plan.TemplateID) bool {
	for _, t := range plan.Templates() {
		if t.ID == id {
			return true
		}
	}
	return false
}

// workspace returns the browser's workspace; call it off the UI goroutine.
func (p *planPage) workspace() *workspace.Workspace {
	w, _ := workspace.Shared(p.ui)
	return w
}

// refresh reloads the plan list and the datasets, then the open plan.
func (p *planPage) refresh() {
	p.ui.Async(func() {
		w := p.workspace()
		plans, err := w.Store().List(p.ui, store.Plans)
		datasets, _ := w.Datasets(p.ui)
		p.ui.Dispatch(func(ctx app.Context) {
			first := !p.ready
			p.ready, p.plans, p.datasets = true, plans, datasets
			if err != nil {
				p.alerts = append(p.alerts, err.Error())
			}
			// The first list read opens the plan of the URL, unless it is
			// open already (just created): reading it again would drop the
			// edits made since.
			if first && p.id != "" && (p.plan == nil || p.plan.ID != p.id) {
				p.load(p.id)
			}
		})
	})
}

// load reads plan id from the store and opens it.
func (p *planPage) load(id string) {
	if id == "" {
		return
	}
	l := p.l()
	p.ui.Async(func() {
		pl, rec, err := p.readPlan(id)
		p.ui.Dispatch(func(ctx app.Context) {
			if id != p.id {
				return // the user went elsewhere meanwhile
			}
			if err != nil {
				if errors.Is(err, store.ErrNotExist) {
					p.alerts = []string{i18n.T(l, i18n.PlanNotFound)}
				} else {
					p.alerts = []string{i18n.Tf(l, i18n.PlanImportError, rec.Title, problemText(l, err))}
				}
				return
			}
			p.openWithDraft(ctx, pl, rec)
		})
	})
}

// readPlan reads saved plan id; call it off the UI goroutine.
func (p *planPage) readPlan(id string) (*plan.Plan, store.Record, error) {
	rec, err := p.workspace().Store().Get(p.ui, store.Plans, id)
	if err != nil {
		return nil, rec, err
	}
	pl, err := plan.Import(rec.Data)
	return pl, rec, err
}

// open shows pl in the editor, with a fresh history.
func (p *planPage) open(pl *plan.Plan, rev int64) {
	p.plan, p.storeRev, p.conflict = pl, rev, false
	p.hist = plan.NewHistory(pl, 100)
	p.ratings = nil
	p.computeLive()
}

// navigate opens plan id ("" for the list) and records it in the URL.
func (p *planPage) navigate(ctx app.Context, id string) {
	u := *ctx.Page().URL()
	q := url.Values{}
	if id != "" {
		q.Set("plan", id)
	}
	u.RawQuery = q.Encode()
	ctx.NavigateTo(&u)
}

// Render draws the page through shell.Guard: a view that fails shows an
// error box, never stops the program.
func (p *planPage) Render() app.UI {
	return shell.Guard(p.l(), "/plan", p.view)
}

// view is the page's content in the frame.
func (p *planPage) view() app.UI {
	l := p.l()
	var body app.UI
	switch {
	case p.id == "":
		body = p.renderList(l)
	case p.plan == nil:
		body = app.P().Class("muted").Text("…")
	default:
		body = p.renderEditor(l)
	}
	return shell.Frame(l, "/plan", app.Section().Class("page plan-page").Body(
		app.H1().Text(i18n.T(l, i18n.PlanTitle)),
		app.P().Class("lead no-print").Text(i18n.T(l, i18n.PlanIntro)),
		p.renderMessages(l),
		body,
	))
}

// renderMessages shows what went right and wrong, announced to screen readers.
func (p *planPage) renderMessages(l text.Lang) app.UI {
	return app.Div().Class("messages no-print").Body(
		app.Div().ID("plan-status").Attr("role", "status").DataSet("saving", strconv.FormatBool(p.saving)).Body(
			app.If(p.status != "", func() app.UI { return app.P().Class("ok").Text(p.status) }),
			app.If(p.removed != nil, func() app.UI {
				return app.P().Body(
					app.Text(i18n.Tf(l, i18n.PlanDeleted, p.removed.Title)+" "),
					app.Button().Type("button").ID("plan-undo-delete").Text(i18n.T(l, i18n.PlanUndoDelete)).OnClick(p.onUndoDelete),
				)
			}),
		),
		app.Div().ID("plan-alerts").Attr("role", "alert").Body(
			app.Range(p.alerts).Slice(func(i int) app.UI { return app.P().Class("error").Text(p.alerts[i]) }),
			app.If(p.conflict, func() app.UI {
				return app.Div().ID("plan-conflict").Class("notice").Body(
					app.Span().Text(i18n.T(l, i18n.PlanConflict)),
					app.Button().Type("button").ID("conflict-load").Text(i18n.T(l, i18n.PlanConflictLoad)).OnClick(p.onConflictLoad),
					app.Button().Type("button").ID("conflict-copy").Text(i18n.T(l, i18n.PlanConflictCopy)).OnClick(p.onConflictCopy),
				)
			}),
		),
	)
}

// now is the clock edits are stamped with.
var now = time.Now
