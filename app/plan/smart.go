package plan

import (
	"reachlab/app/text"
	"strconv"
	"strings"
)

// SMARTCriterion is one letter of SMART.
type SMARTCriterion string

// The five SMART criteria.
const (
	Specific   SMARTCriterion = "S"
	Measurable SMARTCriterion = "M"
	Achievable SMARTCriterion = "A"
	Relevant   SMARTCriterion = "R"
	TimeBound  SMARTCriterion = "T"
)

var smartCriterionTexts = map[SMARTCriterion]text.Text{
	Specific:   {FR: "Spécifique", EN: "Specific"},
	Measurable: {FR: "Mesurable", EN: "Measurable"},
	Achievable: {FR: "Atteignable", EN: "Achievable"},
	Relevant:   {FR: "Pertinent", EN: "Relevant"},
	TimeBound:  {FR: "Temporel (daté)", EN: "Time-bound"},
}

// Text names the criterion in lang.
func (c SMARTCriterion) Text(lang text.Lang) string { return smartCriterionTexts[c].In(lang) }

// SMARTIssue is a code for something an objective lacks. The part before the
// dot is the criterion. Codes are stable (the UI may key on them); Text gives
// the sentence to show.
type SMARTIssue string

// SMART issue codes.
const (
	// IssueNoWhat: Specific — What is empty.
	IssueNoWhat SMARTIssue = "specific.no_what"
	// IssueNoWho: Specific — Who (audience) is empty.
	IssueNoWho SMARTIssue = "specific.no_who"
	// IssueNoQuantity: Measurable — no target Quantity.
	IssueNoQuantity SMARTIssue = "measurable.no_quantity"
	// IssueNoKPI: Measurable — the objective has no KPI.
	IssueNoKPI SMARTIssue = "measurable.no_kpi"
	// IssueImplausibleJump: Achievable — the objective's Quantity, or a KPI's
	// Target, is more than ImplausibleJump times its baseline (or less than
	// 1/ImplausibleJump of it). Judged only when both numbers are > 0.
	IssueImplausibleJump SMARTIssue = "achievable.implausible_jump"
	// IssueNoBusinessGoal: Relevant — BusinessGoal is empty.
	IssueNoBusinessGoal SMARTIssue = "relevant.no_business_goal"
	// IssueNoDate: Time-bound — ByWhen is not set.
	IssueNoDate SMARTIssue = "time.no_date"
	// IssueOutsideHorizon: Time-bound — ByWhen is outside the plan horizon.
	IssueOutsideHorizon SMARTIssue = "time.outside_horizon"
)

// SMARTIssues lists every issue code in SMART order.
var SMARTIssues = []SMARTIssue{
	IssueNoWhat, IssueNoWho, IssueNoQuantity, IssueNoKPI,
	IssueImplausibleJump, IssueNoBusinessGoal, IssueNoDate, IssueOutsideHorizon,
}

// ImplausibleJump is the factor between baseline and target beyond which an
// objective is flagged as not Achievable. Ten times in one plan is rare for
// organic growth (2013 interview: growth has an organic part, buying reach at
// all costs is of little use); the flag asks the student to justify the
// target, it does not forbid it.
const ImplausibleJump = 10.0

var smartIssueTexts = map[SMARTIssue]text.Text{
	IssueNoWhat: {
		FR: "Précisez ce qui doit changer (le « quoi »).",
		EN: "Say what should change (the \"what\").",
	},
	IssueNoWho: {
		FR: "Précisez le public visé (le « qui »).",
		EN: "Say which audience is targeted (the \"who\").",
	},
	IssueNoQuantity: {
		FR: "Donnez une cible chiffrée, avec son unité.",
		EN: "Give a target figure, with its unit.",
	},
	IssueNoKPI: {
		FR: "Rattachez au moins un indicateur (KPI) pour mesurer l'objectif.",
		EN: "Attach at least one KPI to measure the objective.",
	},
	IssueImplausibleJump: {
		FR: "La cible dépasse dix fois le point de départ (ou l'inverse) : justifiez-la ou revoyez-la.",
		EN: "The target is more than ten times the starting point (or less than a tenth): justify or revise it.",
	},
	IssueNoBusinessGoal: {
		FR: "Reliez l'objectif à un but de l'entreprise.",
		EN: "Link the objective to a business goal.",
	},
	IssueNoDate: {
		FR: "Fixez une échéance.",
		EN: "Set a deadline.",
	},
	IssueOutsideHorizon: {
		FR: "L'échéance tombe hors de l'horizon du plan.",
		EN: "The deadline falls outside the plan's horizon.",
	},
}

// Criterion returns the SMART letter the issue belongs to.
func (i SMARTIssue) Criterion() SMARTCriterion {
	switch {
	case strings.HasPrefix(string(i), "specific."):
		return Specific
	case strings.HasPrefix(string(i), "measurable."):
		return Measurable
	case strings.HasPrefix(string(i), "achievable."):
		return Achievable
	case strings.HasPrefix(string(i), "relevant."):
		return Relevant
	case strings.HasPrefix(string(i), "time."):
		return TimeBound
	}
	return ""
}

// Text returns the advice to show for the issue, in lang ("" for unknown
// codes).
func (i SMARTIssue) Text(lang text.Lang) string { return smartIssueTexts[i].In(lang) }

// Check lists what the objective lacks to be SMART, in the order of
// SMARTIssues, within the plan horizon h (an unset bound of h does not
// limit). A nil result means nothing is missing. Texts are whitespace-trimmed
// before being judged empty.
func (o *Objective) Check(h Horizon) []SMARTIssue {
	var issues []SMARTIssue
	if blank(o.What) {
		issues = append(issues, IssueNoWhat)
	}
	if blank(o.Who) {
		issues = append(issues, IssueNoWho)
	}
	if !finite(o.Quantity) {
		issues = append(issues, IssueNoQuantity)
	}
	if len(o.KPIs) == 0 {
		issues = append(issues, IssueNoKPI)
	}
	if o.implausibleJump() {
		issues = append(issues, IssueImplausibleJump)
	}
	if blank(o.BusinessGoal) {
		issues = append(issues, IssueNoBusinessGoal)
	}
	if o.ByWhen.IsZero() {
		issues = append(issues, IssueNoDate)
	} else if !h.Contains(o.ByWhen) {
		issues = append(issues, IssueOutsideHorizon)
	}
	return issues
}

func (o *Objective) implausibleJump() bool {
	if jump(o.Baseline, o.Quantity) {
		return true
	}
	for i := range o.KPIs {
		if jump(o.KPIs[i].Baseline, o.KPIs[i].Target) {
			return true
		}
	}
	return false
}

// jump reports whether target/baseline is beyond ImplausibleJump either way;
// false when either is missing or not > 0.
func jump(baseline, target float64) bool {
	if !finite(baseline) || !finite(target) || baseline <= 0 || target <= 0 {
		return false
	}
	r := target / baseline
	return r > ImplausibleJump || r < 1/ImplausibleJump
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// ObjectiveCheck is the SMART check of one objective of a plan.
type ObjectiveCheck struct {
	Phase     int    // phase index
	Objective int    // objective index within the phase
	Path      string // "phases[1].objectives[0]"
	Issues    []SMARTIssue
}

// CheckObjectives runs Check on every objective against the plan horizon, in
// plan order; objectives with no issue are included with nil Issues.
func (p *Plan) CheckObjectives() []ObjectiveCheck {
	var out []ObjectiveCheck
	for i := range p.Phases {
		for j := range p.Phases[i].Objectives {
			out = append(out, ObjectiveCheck{
				Phase:     i,
				Objective: j,
				Path:      "phases[" + strconv.Itoa(i) + "].objectives[" + strconv.Itoa(j) + "]",
				Issues:    p.Phases[i].Objectives[j].Check(p.Horizon),
			})
		}
	}
	return out
}
