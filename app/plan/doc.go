// Package plan models a social media strategy plan and the tools a strategist
// uses to build it: templates, SMART objectives, KPIs tied to objectives,
// actions with budgets, People / Process / Platforms notes, risks,
// response-priority scoring, a maturity self-assessment, undo/redo, and
// export to versioned JSON and to Markdown.
//
//	now := time.Now()
//	p := plan.NewFromTemplate(plan.TemplateThreePhases, "fr", now)
//	p.Owner = "Direction digitale"
//	p.Touch(now)
//
//	for _, c := range p.CheckObjectives() {
//		for _, issue := range c.Issues {
//			fmt.Println(c.Path, issue.Text("fr"))
//		}
//	}
//	kpi := &p.Phases[0].Objectives[0].KPIs[0]
//	kpi.ManualCurrent = 150
//	v, _ := kpi.Current(nil)
//	pr := kpi.Progress(v, plan.DateOf(now))
//	fmt.Println(pr.Fraction, pr.Status.Text("fr"))
//
//	data, err := plan.Export(p) // {"format":"reachlab-plan","version":2,"plan":{…}}
//	if err != nil {
//		return err // a *plan.FieldError naming the field
//	}
//	q, err := plan.Import(data) // migrates version 1 files, refuses hostile input
//	if err != nil {
//		return err
//	}
//	md := plan.Markdown(q, plan.MarkdownOptions{Lang: "en", AsOf: plan.DateOf(now)})
//
// The ideas come from the texts ReachLab grew from: the three phases of a
// program (Yann Gourvennec, Orange, 2013), People + Process + Platforms
// (David Armano, Edelman), Intel's G.R.O.W. (Ekaterina Walter), KPIs chosen for
// the objectives (Dell), Citibank's five-criteria response scoring, and the
// difference between a community and a count of fans (ESCP conference, 2011).
//
// The package is plain Go: no UI, no other ReachLab package. Live KPI values
// come from the caller through MetricSource; a KPI's Filter (channels,
// medium kind, date range) scopes it to part of its dataset, and a
// FilteredMetricSource applies it. Dates are real days in years
// MinYear…MaxYear (ParseDate, Validate and Import refuse others), and
// DateWarnings points at dates far from the rest of the plan. ErrorText says
// the package's errors in French or English. Numbers that are not known are
// NaN, never 0; dates are calendar days (Date). User text is kept verbatim
// (control characters aside, see CleanText): the UI renders it as text and
// Markdown escapes it.
//
// Texts the package supplies (template content, issue advice, criteria,
// questions, labels) come in French and English through Text.In(lang).
package plan
