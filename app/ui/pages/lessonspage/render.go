package lessonspage

import (
	"fmt"
	"strconv"

	"reachlab/app/cases"
	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/shell"
	"reachlab/charts/chartview"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// chartID is the DOM id of a lesson's chart.
const chartID = "lesson-chart"

// Render draws the page through shell.Guard: a view that fails shows an
// error box, never stops the program.
func (p *lessonsPage) Render() app.UI {
	return shell.Guard(p.l(), "/lessons", p.view)
}

// view is the page's content in the frame.
func (p *lessonsPage) view() app.UI {
	l := p.l()
	switch {
	case p.at.lesson != nil && p.at.present:
		return p.renderPresenter(l, *p.at.lesson)
	case p.at.lesson != nil:
		return shell.Frame(l, "/lessons", p.renderLesson(l, *p.at.lesson))
	}
	return shell.Frame(l, "/lessons", p.renderList(l))
}

// number is a lesson's place in the list, from 1.
func number(ls cases.Lesson) int {
	for i, x := range cases.Lessons() {
		if x.ID == ls.ID {
			return i + 1
		}
	}
	return 0
}

// link is the address of a lesson's step (0-based).
func link(ls cases.Lesson, step int, present bool) string {
	loc := location{lesson: &ls, step: step, present: present}
	return "/lessons?" + loc.query().Encode()
}

// renderList shows every lesson with its progress.
func (p *lessonsPage) renderList(l text.Lang) app.UI {
	all := cases.Lessons()
	return app.Section().Class("page lessons-page").Body(
		app.H1().Text(i18n.T(l, i18n.LessonsTitle)),
		app.P().Class("lead").Text(i18n.T(l, i18n.LessonsIntro)),
		p.renderAlert(),
		app.If(p.at.unknown, func() app.UI {
			return app.P().ID("lesson-unknown").Class("error").Attr("role", "alert").Text(i18n.T(l, i18n.LessonsNotFound))
		}),
		app.H2().ID("lessons-heading").Class("sr-only").Text(i18n.T(l, i18n.LessonsList)),
		app.Ol().ID("lessons").Class("lesson-list").Aria("labelledby", "lessons-heading").DataSet("ready", strconv.FormatBool(p.ready)).DataSet("saving", strconv.FormatBool(p.saving > 0)).Body(
			app.Range(all).Slice(func(i int) app.UI {
				ls := all[i]
				seen := p.progress[ls.ID]
				status, action, step := i18n.T(l, i18n.LessonsNotStarted), i18n.T(l, i18n.LessonsStart), 0
				switch {
				case p.progress.done(ls):
					status = i18n.T(l, i18n.LessonsDone)
				case seen > 0:
					status = i18n.Tf(l, i18n.LessonsProgress, seen, len(ls.Steps))
					action, step = i18n.T(l, i18n.LessonsContinue), seen-1
				}
				return app.Li().Class("card lesson-card").DataSet("id", ls.ID).Body(
					app.H3().Body(
						app.A().ID("lesson-link-"+ls.ID).Href(link(ls, step, false)).
							Text(i18n.Tf(l, i18n.LessonsNumber, i+1)+" · "+ls.Title.In(l)),
					),
					app.P().Text(ls.Steps[0].Text.In(l)),
					app.P().ID("progress-"+ls.ID).Class("muted lesson-status").DataSet("done", strconv.FormatBool(p.progress.done(ls))).
						Text(status+" · "+action),
				)
			}),
		),
		app.P().Class("muted").Text(i18n.T(l, i18n.LessonsPresentIntro)),
		app.P().Class("muted").Text(i18n.T(l, i18n.LessonsShareHint)),
	)
}

func (p *lessonsPage) renderAlert() app.UI {
	return app.Div().ID("lessons-alerts").Attr("role", "alert").Body(
		app.If(p.alert != "", func() app.UI { return app.P().Class("error").Text(p.alert) }),
	)
}

// kindName names a kind of step.
func kindName(l text.Lang, k cases.StepKind) string {
	return i18n.T(l, map[cases.StepKind]i18n.Key{
		cases.StepQuestion: i18n.LessonsKindQuestion,
		cases.StepChart:    i18n.LessonsKindChart,
		cases.StepReading:  i18n.LessonsKindReading,
		cases.StepTakeaway: i18n.LessonsKindTakeaway,
		cases.StepExercise: i18n.LessonsKindExercise,
	}[k])
}

// pageName names the workbench page at route.
func pageName(l text.Lang, route string) string {
	for _, pg := range shell.Pages {
		if pg.Path == route {
			return i18n.T(l, pg.Label)
		}
	}
	return route
}

// renderLesson shows a lesson up to its current step: the steps seen stay
// on screen, so the story reads as a whole, and the chart stays once shown.
func (p *lessonsPage) renderLesson(l text.Lang, ls cases.Lesson) app.UI {
	at := p.at.step
	steps := ls.Steps[:at+1]
	return app.Section().Class("page lesson").Body(
		app.P().Class("no-print").Body(app.A().ID("lessons-all").Href("/lessons").Text("← "+i18n.T(l, i18n.LessonsAll))),
		app.H1().ID("lesson-title").Text(i18n.Tf(l, i18n.LessonsNumber, number(ls))+" · "+ls.Title.In(l)),
		p.renderAlert(),
		p.renderStepper(l, ls),
		app.P().ID("lesson-counter").Class("counter").Attr("role", "status").
			Text(i18n.Tf(l, i18n.LessonsCounter, at+1, len(ls.Steps))),
		app.Div().ID("lesson-steps").Body(
			app.Range(steps).Slice(func(i int) app.UI {
				s := steps[i]
				sec := app.Section().ID(fmt.Sprintf("lesson-step-%d", i+1)).Class("card lesson-step step-"+string(s.Kind)).Body(
					app.H2().Text(kindName(l, s.Kind)),
					app.P().Class("step-text").Text(s.Text.In(l)),
					app.If(s.Kind == cases.StepChart, func() app.UI { return p.renderChart(l, ls) }),
				)
				if i == at {
					sec = sec.Aria("current", "step")
				}
				return sec
			}),
		),
		p.renderNav(l, ls, false),
		app.P().Class("lesson-more no-print").Body(
			app.A().ID("lesson-open").Class("button").Href(ls.Open.String()).
				Text(i18n.Tf(l, i18n.LessonsOpenIn, pageName(l, ls.Open.Route))),
			app.Text(" "),
			app.Button().Type("button").ID("lesson-present").Text(i18n.T(l, i18n.LessonsPresent)).
				OnClick(func(ctx app.Context, e app.Event) { p.present(ctx, true) }),
		),
		renderSources(l, ls),
	)
}

// renderStepper lists the lesson's steps, each a link once seen.
func (p *lessonsPage) renderStepper(l text.Lang, ls cases.Lesson) app.UI {
	return app.Nav().Class("stepper no-print").Aria("label", i18n.T(l, i18n.LessonsSteps)).Body(
		app.Ol().Body(
			app.Range(ls.Steps).Slice(func(i int) app.UI {
				name := kindName(l, ls.Steps[i].Kind)
				if i >= p.progress[ls.ID] && i != p.at.step {
					return app.Li().Class("unseen").Text(name)
				}
				a := app.A().Href(link(ls, i, false)).Text(name)
				if i == p.at.step {
					a = a.Aria("current", "step")
				}
				return app.Li().Body(a)
			}),
		),
	)
}

// renderChart draws the lesson's chart, or says why it cannot.
func (p *lessonsPage) renderChart(l text.Lang, ls cases.Lesson) app.UI {
	figs := p.figures[ls.ID]
	f, ok := figs[l]
	switch {
	case !ok:
		return app.P().Class("muted").Attr("role", "status").Text(i18n.T(l, i18n.LessonsChartLoading))
	case f.err != "":
		return app.P().Class("error").Text(i18n.Tf(l, i18n.LessonsChartError, f.err))
	}
	return &chartview.Figure{ID: chartID, Chart: f.option, Reading: f.reading, SaveLabel: i18n.T(l, i18n.ChartSave)}
}

// renderNav holds the previous and next buttons.
func (p *lessonsPage) renderNav(l text.Lang, ls cases.Lesson, presenting bool) app.UI {
	next := i18n.T(l, i18n.LessonsNext)
	if p.at.last() {
		next = i18n.T(l, i18n.LessonsFinish)
		if _, ok := p.at.next(); ok && presenting {
			next = i18n.T(l, i18n.LessonsNextLesson)
		}
	}
	_, hasPrevious := p.at.previous()
	return app.Div().Class("lesson-nav no-print").Body(
		app.Button().Type("button").ID("lesson-prev").Text("← "+i18n.T(l, i18n.LessonsPrevious)).
			Disabled(!hasPrevious || (!presenting && p.at.step == 0)).
			OnClick(func(ctx app.Context, e app.Event) { p.onPrevious(ctx) }),
		app.Button().Type("button").ID("lesson-next").Class("primary").Text(next+" →").
			OnClick(func(ctx app.Context, e app.Event) { p.onNext(ctx) }),
	)
}

// renderSources lists where the lesson's figures come from.
func renderSources(l text.Lang, ls cases.Lesson) app.UI {
	return app.Section().Class("sources").Aria("labelledby", "lesson-sources-heading").Body(
		app.H2().ID("lesson-sources-heading").Text(i18n.T(l, i18n.LessonsSources)),
		app.Ul().ID("lesson-sources").Body(
			app.Range(ls.Sources).Slice(func(i int) app.UI {
				s := ls.Sources[i]
				li := app.Li().Text(s.Text(l))
				if s.Illustrative {
					li = app.Li().Body(app.Text(s.Text(l)+" "), app.Em().Text("("+i18n.T(l, i18n.LessonsIllustrative)+")"))
				}
				return li
			}),
		),
	)
}

// renderPresenter shows the current step as a full-screen slide: large
// type, one chart, the step counter, and the keys that move on.
func (p *lessonsPage) renderPresenter(l text.Lang, ls cases.Lesson) app.UI {
	s := ls.Steps[p.at.step]
	return app.Div().Class("presenter").Lang(string(l)).Body(
		app.Main().ID("main").TabIndex(-1).Body(
			app.Header().Class("presenter-top").Body(
				app.H1().ID("lesson-title").Text(i18n.Tf(l, i18n.LessonsNumber, number(ls))+" · "+ls.Title.In(l)),
				app.P().ID("lesson-counter").Class("counter").Attr("role", "status").
					Text(i18n.Tf(l, i18n.LessonsCounter, p.at.step+1, len(ls.Steps))),
			),
			app.Section().ID("lesson-slide").Class("slide slide-"+string(s.Kind)).Body(
				app.H2().Text(kindName(l, s.Kind)),
				app.P().Class("step-text").Text(s.Text.In(l)),
				app.If(s.Kind == cases.StepChart, func() app.UI { return p.renderChart(l, ls) }),
			),
			app.Footer().Class("presenter-bottom").Body(
				p.renderNav(l, ls, true),
				app.Button().Type("button").ID("present-exit").Text(i18n.T(l, i18n.LessonsPresentExit)).
					OnClick(func(ctx app.Context, e app.Event) { p.present(ctx, false) }),
				app.P().Class("keys").Text(i18n.T(l, i18n.LessonsPresentKeys)),
			),
		),
	)
}
