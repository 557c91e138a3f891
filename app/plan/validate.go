package plan

import (
	"fmt"
	"math"
	"reachlab/app/text"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"
)

// Validate checks that p can be exported and imported back: every text within
// its limit (limits.go), every ID a UUID used once, numbers finite or missing
// (NaN), dates real days in years MinYear…MaxYear, enumerations known, lists within their limits,
// answers 0…4, risk levels 0…3, weights ≥ 0, band thresholds in 0…100,
// budgets 0…MaxAmount, currencies "" or three capital letters, KPI filters with
// distinct non-blank channels and a known kind, times in years
// 0…9999 with whole-minute offsets. It returns the first problem as a
// *FieldError naming the field ("phases[1].actions[0].budget.currency").
//
// Validate does not judge the plan's content: an objective that is not SMART,
// an action ending before it starts, a phase outside the horizon are valid
// (the UI shows them through Check, Gantt and friends), so that whatever the
// user is in the middle of typing can be saved and reloaded.
func (p *Plan) Validate() error {
	v := validator{ids: map[string]string{}}
	v.id("id", p.ID)
	v.text("title", p.Title, MaxShortText)
	v.text("owner", p.Owner, MaxShortText)
	if p.Lang != text.FR && p.Lang != text.EN {
		v.fail("lang", fmt.Errorf("%w %q (want %q or %q)", ErrUnknownValue, p.Lang, text.FR, text.EN))
	}
	if p.Template != "" && !knownTemplate(p.Template) {
		v.fail("template", fmt.Errorf("%w %q", ErrUnknownValue, p.Template))
	}
	if _, ok := marketTexts[p.Context.Market]; !ok {
		v.fail("context.market", fmt.Errorf("%w %q", ErrUnknownValue, p.Context.Market))
	}
	v.text("context.sector", p.Context.Sector, MaxShortText)
	v.date("horizon.start", p.Horizon.Start)
	v.date("horizon.end", p.Horizon.End)
	v.count("phases", len(p.Phases), MaxPhases)
	for i := range p.Phases {
		v.phase(index("phases", i), &p.Phases[i])
	}
	v.scoring("scoring", &p.Scoring)
	v.count("maturity.answers", len(p.Maturity.Answers), MaxAnswers)
	for _, k := range sortedKeys(p.Maturity.Answers) {
		a := p.Maturity.Answers[k]
		path := "maturity.answers[" + strconv.Quote(k) + "]"
		v.key(path, k)
		if a < 0 || a > MaxAnswer {
			v.fail(path, fmt.Errorf("%w: %d (want 0…%d)", ErrOutOfRange, a, MaxAnswer))
		}
	}
	v.time("created_at", p.CreatedAt)
	v.time("updated_at", p.UpdatedAt)
	if p.Revision < 0 {
		v.fail("revision", fmt.Errorf("%w: %d (want ≥ 0)", ErrOutOfRange, p.Revision))
	}
	return v.err
}

// validator keeps the first problem found and the IDs seen (ID → path).
type validator struct {
	err error
	ids map[string]string
}

func (v *validator) fail(path string, err error) {
	if v.err == nil {
		v.err = &FieldError{Path: path, Err: err}
	}
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

func (v *validator) phase(path string, ph *Phase) {
	v.id(path+".id", ph.ID)
	v.text(path+".name", ph.Name, MaxShortText)
	v.text(path+".description", ph.Description, MaxLongText)
	v.date(path+".start", ph.Start)
	v.date(path+".end", ph.End)
	v.count(path+".objectives", len(ph.Objectives), MaxObjectivesPerPhase)
	for i := range ph.Objectives {
		v.objective(index(path+".objectives", i), &ph.Objectives[i])
	}
	v.count(path+".actions", len(ph.Actions), MaxActionsPerPhase)
	for i := range ph.Actions {
		v.action(index(path+".actions", i), &ph.Actions[i])
	}
	v.text(path+".people", ph.People, MaxLongText)
	v.text(path+".process", ph.Process, MaxLongText)
	v.text(path+".platforms", ph.Platforms, MaxLongText)
	v.count(path+".risks", len(ph.Risks), MaxRisksPerPhase)
	for i := range ph.Risks {
		r := &ph.Risks[i]
		rp := index(path+".risks", i)
		v.id(rp+".id", r.ID)
		v.text(rp+".description", r.Description, MaxLongText)
		v.level(rp+".likelihood", r.Likelihood)
		v.level(rp+".impact", r.Impact)
		v.text(rp+".mitigation", r.Mitigation, MaxLongText)
	}
}

func (v *validator) objective(path string, o *Objective) {
	v.id(path+".id", o.ID)
	v.text(path+".statement", o.Statement, MaxLongText)
	v.text(path+".who", o.Who, MaxShortText)
	v.text(path+".what", o.What, MaxShortText)
	v.number(path+".quantity", o.Quantity)
	v.text(path+".unit", o.Unit, MaxShortText)
	v.number(path+".baseline", o.Baseline)
	v.date(path+".by_when", o.ByWhen)
	v.text(path+".business_goal", o.BusinessGoal, MaxShortText)
	v.count(path+".kpis", len(o.KPIs), MaxKPIsPerObjective)
	for i := range o.KPIs {
		v.kpi(index(path+".kpis", i), &o.KPIs[i])
	}
}

func (v *validator) kpi(path string, k *KPI) {
	v.id(path+".id", k.ID)
	v.text(path+".name", k.Name, MaxShortText)
	v.text(path+".metric_id", k.MetricID, MaxShortText)
	v.text(path+".dataset_id", k.DatasetID, MaxShortText)
	v.text(path+".column", k.Column, MaxShortText)
	v.filter(path+".filter", &k.Filter)
	v.text(path+".unit", k.Unit, MaxShortText)
	v.number(path+".baseline", k.Baseline)
	v.date(path+".baseline_date", k.BaselineDate)
	v.number(path+".target", k.Target)
	v.date(path+".target_date", k.TargetDate)
	v.number(path+".manual_current", k.ManualCurrent)
	v.count(path+".history", len(k.History), MaxHistoryPoints)
	for i, pt := range k.History {
		pp := index(path+".history", i)
		if pt.Date.IsZero() {
			v.fail(pp+".date", ErrMissingDate)
		}
		v.date(pp+".date", pt.Date)
		v.number(pp+".value", pt.Value)
	}
}

// filter checks a KPI filter: at most MaxFilterChannels channel names, each
// non-blank, within MaxShortText and given once; a kind of FilterKinds or "";
// real dates. To before From is valid (it keeps no row: the source says
// ErrNoRows), as an action ending before it starts is.
func (v *validator) filter(path string, f *Filter) {
	v.count(path+".channels", len(f.Channels), MaxFilterChannels)
	for i, c := range f.Channels {
		cp := index(path+".channels", i)
		v.text(cp, c, MaxShortText)
		if blank(c) {
			v.fail(cp, fmt.Errorf("%w: blank channel name", ErrUnknownValue))
		}
		if slices.Contains(f.Channels[:i], c) {
			v.fail(cp, fmt.Errorf("%w: channel %q", ErrDuplicateID, c))
		}
	}
	if f.Kind != "" && !slices.Contains(FilterKinds, f.Kind) {
		v.fail(path+".kind", fmt.Errorf("%w %q (want one of %v)", ErrUnknownValue, f.Kind, FilterKinds))
	}
	v.date(path+".from", f.From)
	v.date(path+".to", f.To)
}

func (v *validator) action(path string, a *Action) {
	v.id(path+".id", a.ID)
	v.text(path+".title", a.Title, MaxShortText)
	v.text(path+".owner", a.Owner, MaxShortText)
	v.text(path+".channel", a.Channel, MaxShortText)
	v.date(path+".start", a.Start)
	v.date(path+".end", a.End)
	v.number(path+".budget.amount", a.Budget.Amount)
	if a.Budget.Amount < 0 || a.Budget.Amount > MaxAmount {
		v.fail(path+".budget.amount", &AmountError{Action: a.Title, Amount: a.Budget.Amount})
	}
	if !validCurrency(a.Budget.Currency) {
		v.fail(path+".budget.currency", fmt.Errorf("%w %q (want a 3-letter code such as EUR)", ErrUnknownValue, a.Budget.Currency))
	}
	if _, ok := actionStatusTexts[a.Status]; !ok {
		v.fail(path+".status", fmt.Errorf("%w %q", ErrUnknownValue, a.Status))
	}
}

func (v *validator) scoring(path string, s *ResponseScoring) {
	v.count(path+".criteria", len(s.Criteria), MaxCriteria)
	seen := map[string]bool{}
	for i, c := range s.Criteria {
		cp := index(path+".criteria", i)
		v.key(cp+".id", c.ID)
		if seen[c.ID] {
			v.fail(cp+".id", fmt.Errorf("%w: %q", ErrDuplicateID, c.ID))
		}
		seen[c.ID] = true
		v.text(cp+".name", c.Name, MaxShortText)
		v.text(cp+".description", c.Description, MaxLongText)
		if !finite(c.Weight) || c.Weight < 0 {
			v.fail(cp+".weight", fmt.Errorf("%w: %v (want a finite number ≥ 0)", ErrOutOfRange, c.Weight))
		}
	}
	v.count(path+".bands", len(s.Bands), MaxBands)
	for i, b := range s.Bands {
		bp := index(path+".bands", i)
		if _, ok := bandTexts[b.Code]; !ok {
			v.fail(bp+".code", fmt.Errorf("%w %q", ErrUnknownValue, b.Code))
		}
		if !finite(b.Min) || b.Min < 0 || b.Min > 100 {
			v.fail(bp+".min", fmt.Errorf("%w: %v (want 0…100)", ErrOutOfRange, b.Min))
		}
	}
}

func (v *validator) id(path, id string) {
	if len(id) != 36 || uuid.Validate(id) != nil {
		v.fail(path, fmt.Errorf("%w: %q (want a UUID)", ErrBadID, id))
		return
	}
	if first, dup := v.ids[id]; dup {
		v.fail(path, fmt.Errorf("%w: %q (also at %s)", ErrDuplicateID, id, first))
		return
	}
	v.ids[id] = path
}

// key checks an identifier chosen by code: 1…MaxKeyLength characters among
// ASCII letters, digits, '_', '-' and '.'.
func (v *validator) key(path, k string) {
	ok := k != "" && len(k) <= MaxKeyLength
	for _, c := range []byte(k) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-' || c == '.') {
			ok = false
		}
	}
	if !ok {
		v.fail(path, fmt.Errorf("%w: %q (want 1–%d letters, digits, '_', '-' or '.')", ErrBadID, k, MaxKeyLength))
	}
}

func (v *validator) text(path, s string, max int) {
	if n := utf8.RuneCountInString(s); n > max {
		v.fail(path, fmt.Errorf("%w: %d characters (max %d)", ErrTooLong, n, max))
	}
}

// number accepts finite numbers and NaN (missing).
func (v *validator) number(path string, x float64) {
	if math.IsInf(x, 0) {
		v.fail(path, ErrNotFinite)
	}
}

func (v *validator) date(path string, d Date) {
	if err := d.Check(); err != nil {
		v.fail(path, err)
	}
}

func (v *validator) time(path string, t time.Time) {
	if t.IsZero() {
		return
	}
	if y := t.Year(); y < 0 || y > 9999 {
		v.fail(path, fmt.Errorf("%w: year %d (want 0…9999)", ErrBadTime, y))
	}
	if _, off := t.Zone(); off%60 != 0 || off <= -24*3600 || off >= 24*3600 {
		v.fail(path, fmt.Errorf("%w: UTC offset of %d s (want whole minutes, under 24 h)", ErrBadTime, off))
	}
}

func (v *validator) count(path string, n, max int) {
	if n > max {
		v.fail(path, fmt.Errorf("%w: %d (max %d)", ErrTooMany, n, max))
	}
}

func (v *validator) level(path string, l RiskLevel) {
	if l < RiskUnset || l > RiskHigh {
		v.fail(path, fmt.Errorf("%w: %d (want 0…3)", ErrOutOfRange, l))
	}
}

func validCurrency(c string) bool {
	if c == "" {
		return true
	}
	if len(c) != 3 {
		return false
	}
	for _, b := range []byte(c) {
		if b < 'A' || b > 'Z' {
			return false
		}
	}
	return true
}

func knownTemplate(id TemplateID) bool {
	for _, s := range templateSpecs {
		if s.id == id {
			return true
		}
	}
	return false
}
