package longtailpage

import (
	"time"

	"reachlab/app/analysis"
	ltan "reachlab/app/analysis/longtail"
	"reachlab/app/analysis/problems"
	"reachlab/app/data"
	"reachlab/app/data/load"
	"reachlab/app/i18n"
	"reachlab/app/longtail"
	"reachlab/app/text"
	"reachlab/app/ui/shell"
	"reachlab/app/ui/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// longTailPage is the /longtail route.
type longTailPage struct {
	app.Compo

	// ui is the page's own context: background work reports through it,
	// since the element whose event started the work may be gone by then.
	ui app.Context

	lang       text.Lang
	ready      bool  // the dataset list is read
	storageErr error // why the browser keeps no data, if it does not
	datasets   []workspace.Meta

	set     ltan.Settings  // what the URL asks for
	gen     int            // number of the latest analysis asked for
	loading string         // name of the dataset being read and measured; "" when idle
	res     *ltan.Analysis // the latest analysis, nil before the first
	loadErr string         // why the latest dataset could not be read

	// The likelihood-ratio tests of res's fit, computed after it.
	comparing bool
	comps     []longtail.Comparison
	compsErr  error

	boot boot // the goodness-of-fit test of res's fit
}

// New returns the /longtail page.
func New() app.Composer {
	return &longTailPage{set: ltan.Settings{Resamples: longtail.DefaultResamples}}
}

func (p *longTailPage) l() text.Lang { return p.lang.OrDefault() }

func (p *longTailPage) OnMount(ctx app.Context) {
	p.ui = ctx
	shell.ObserveLang(ctx, &p.lang, nil)
	p.ui.Async(func() {
		w, err := workspace.Shared(ctx) // the first call opens the store
		list, listErr := w.Datasets(ctx)
		p.ui.Dispatch(func(ctx app.Context) {
			p.ready, p.storageErr, p.datasets = true, err, list
			if listErr != nil && p.storageErr == nil {
				p.storageErr = listErr
			}
			if p.set.Dataset == "" && len(list) > 0 {
				p.set.Dataset = list[0].ID
			}
			p.analyze()
		})
	})
}

func (p *longTailPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("%s · ReachLab", i18n.T(p.l(), i18n.LongTailTitle))
	s := ltan.SettingsFrom(ctx.Page().URL().Query())
	if s.Dataset == "" {
		s.Dataset = p.set.Dataset
	}
	same := s.SameData(p.set)
	p.set = s
	if !same && p.ready {
		p.analyze()
	}
}

// OnDismount stops a goodness-of-fit test still running.
func (p *longTailPage) OnDismount() {
	p.boot.stop()
}

// change applies a new choice: it keeps the settings in the URL (replacing
// the history entry, so that Back leaves the page) and measures again when
// the data changed.
func (p *longTailPage) change(ctx app.Context, edit func(*ltan.Settings)) {
	before := p.set
	edit(&p.set)
	u := *ctx.Page().URL()
	u.RawQuery = p.set.Query().Encode()
	ctx.Page().ReplaceURL(&u)
	if !p.set.SameData(before) {
		p.analyze()
	}
}

// analyze reads the selected dataset (the workspace keeps it after the
// first read) and measures the selected column off the UI goroutine, then
// compares the fit with other laws. Only the latest analysis asked for is
// shown; a goodness-of-fit test of the previous one is stopped.
func (p *longTailPage) analyze() {
	p.boot.reset()
	if p.set.Dataset == "" {
		return
	}
	p.gen++
	gen, s, l := p.gen, p.set, p.l()
	p.loading = p.datasetName(s.Dataset)
	p.ui.Async(func() {
		// In WebAssembly the work below holds the only thread: let the
		// browser show the busy status first.
		time.Sleep(time.Millisecond)
		w, _ := workspace.Shared(p.ui)
		t, meta, err := w.Table(p.ui, s.Dataset, load.Options{Locale: string(l)})
		var res *ltan.Analysis
		if err == nil {
			res = ltan.Analyze(dataset(t, meta), s)
		}
		p.ui.Dispatch(func(ctx app.Context) {
			if gen != p.gen {
				return // the settings changed meanwhile
			}
			p.loading = ""
			p.comps, p.compsErr = nil, nil
			if err != nil {
				p.res, p.loadErr = nil, i18n.Tf(p.l(), i18n.LongTailLoadError, p.datasetName(s.Dataset), problems.Cause(p.l(), err))
				return
			}
			p.res, p.loadErr = res, ""
			p.comparing = res.HasFit()
			if p.comparing {
				p.compare(gen, res)
			}
		})
	})
}

// compare runs the likelihood-ratio tests of res's fit in the background.
func (p *longTailPage) compare(gen int, res *ltan.Analysis) {
	p.ui.Async(func() {
		time.Sleep(time.Millisecond) // let the fit's results show first
		comps, err := longtail.Compare(res.Sample, res.Fit)
		p.ui.Dispatch(func(ctx app.Context) {
			if gen != p.gen {
				return
			}
			p.comparing, p.comps, p.compsErr = false, comps, err
		})
	})
}

// datasetName is the name of dataset id, or the id when the list does not
// have it.
func (p *longTailPage) datasetName(id string) string {
	return workspace.Title(p.datasets, id, p.l())
}

// dataset is a workspace table as the analysis reads it.
func dataset(t *data.Table, meta workspace.Meta) analysis.Dataset {
	return analysis.Dataset{ID: meta.ID, Table: t, Name: meta.Name, Platform: string(meta.Platform), MediumKind: meta.MediumKind}
}
