package plan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"reachlab/app/text"
	"slices"
	"strconv"
	"time"
)

// Import reads a plan written by Export, from this or an earlier schema
// version, and returns it migrated to SchemaVersion and validated.
//
// Schema history:
//   - version 1: phases with objectives (text, audience, what, target, unit,
//     deadline, KPIs with a single current value) and actions whose budget
//     was a plain number in the plan's currency; no IDs below the plan, no
//     risks, no People/Process/Platforms, no scoring, no maturity, no
//     revision. See migrate_v1.go.
//   - version 2: IDs everywhere, risks, People/Process/Platforms, scoring,
//     maturity, revision, KPI dates, history and dataset binding.
//   - version 3: the current schema (see Export): a KPI has a "filter"
//     (channels, kind, from, to). A version 2 file reads as version 3 with
//     every filter empty (every row), which is what it meant.
//
// Import never panics. It returns an error matching (errors.Is):
//   - ErrTooLarge when data is over MaxImportSize;
//   - ErrCorrupt when data is not well-formed JSON (or has trailing data),
//     or the envelope is damaged: version not a whole number ≥ 1, plan
//     missing or not an object, unknown envelope field;
//   - ErrNotAPlan when data is JSON but has no "format": "reachlab-plan";
//   - ErrUnsupportedVersion when version is above SchemaVersion;
//   - ErrInvalid for a problem inside the plan: a *FieldError (use
//     errors.As) with the path of the field and the problem, e.g.
//     "phases[2].objectives[0].kpis[1].target: not a number". Unknown
//     fields are refused, so a misspelt key does not silently lose data.
//     Dates must be real days (ErrBadDate) in years MinYear…MaxYear
//     (ErrDateOutOfRange; see ImportRepairingDates for stored plans).
//
// A UTF-8 byte order mark before the JSON is skipped. Strings go through
// CleanText; invalid UTF-8 becomes U+FFFD. Null or absent fields read as
// missing: "" for texts, NaN for numbers, the zero Date or time, empty lists.
func Import(data []byte) (*Plan, error) {
	p, _, err := importPlan(data, false)
	return p, err
}

// ImportRepairingDates is Import for a plan saved before dates were checked
// (by this browser's store or a draft): a real day outside years
// MinYear…MaxYear, which the editor used to accept while a year was being
// typed (0202, 1336, 3237), is cleared (unset) instead of refused, and a
// KPI history point whose date is cleared is dropped. Each repair is
// returned as a *FieldError wrapping ErrDateOutOfRange, whose Path names the
// field ("phases[0].actions[2].end"), so that the UI can tell the user which
// dates to enter again. Every other problem is refused as Import refuses it.
//
// Use it where a stored plan is opened; use Import for files the user picks,
// so that an impossible date in a file is refused with its path.
func ImportRepairingDates(data []byte) (*Plan, []*FieldError, error) {
	p, repaired, err := importPlan(data, true)
	if err != nil {
		return nil, nil, err
	}
	return p, repaired, nil
}

// importPlan is Import; with repair, dates out of range are cleared and
// listed.
func importPlan(data []byte, repair bool) (*Plan, []*FieldError, error) {
	if len(data) > MaxImportSize {
		return nil, nil, fmt.Errorf("%w: %d bytes (max %d)", ErrTooLarge, len(data), MaxImportSize)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, nil, fmt.Errorf("%w: data after the end of the JSON value", ErrCorrupt)
	}
	env, ok := root.(map[string]any)
	if !ok || env["format"] != FormatName {
		return nil, nil, ErrNotAPlan
	}
	for k := range env {
		if k != "format" && k != "version" && k != "plan" {
			return nil, nil, fmt.Errorf("%w: unknown envelope field %q", ErrCorrupt, k)
		}
	}
	num, ok := env["version"].(json.Number)
	if !ok {
		return nil, nil, fmt.Errorf("%w: version is not a number", ErrCorrupt)
	}
	version, err := num.Int64()
	if err != nil || version < 1 {
		return nil, nil, fmt.Errorf("%w: version %s is not a whole number ≥ 1", ErrCorrupt, num)
	}
	if version > SchemaVersion {
		return nil, nil, fmt.Errorf("%w: version %d (this ReachLab reads up to %d)", ErrUnsupportedVersion, version, SchemaVersion)
	}
	body, ok := env["plan"].(map[string]any)
	if !ok {
		return nil, nil, fmt.Errorf("%w: plan is missing or not an object", ErrCorrupt)
	}
	r := &reader{repair: repair}
	o := r.object("", body)
	var p *Plan
	if version == 1 {
		p = readPlanV1(o)
	} else {
		p = readPlan(o)
	}
	if r.err != nil {
		return nil, nil, r.err
	}
	if err := p.Validate(); err != nil {
		return nil, nil, err
	}
	return p, r.repaired, nil
}

func readPlan(o *object) *Plan {
	p := &Plan{SchemaVersion: SchemaVersion}
	p.ID = o.str("id")
	p.Title = o.str("title")
	p.Owner = o.str("owner")
	p.Lang = text.Lang(o.str("lang"))
	p.Template = TemplateID(o.str("template"))
	ctx := o.obj("context")
	p.Context = Context{Market: Market(ctx.str("market")), Sector: ctx.str("sector")}
	ctx.done()
	h := o.obj("horizon")
	p.Horizon = Horizon{Start: h.date("start"), End: h.date("end")}
	h.done()
	for _, po := range o.list("phases", MaxPhases) {
		p.Phases = append(p.Phases, readPhase(po))
	}
	p.Scoring = readScoring(o.obj("scoring"))
	m := o.obj("maturity")
	answers := m.obj("answers")
	if len(answers.m) > MaxAnswers {
		answers.r.fail(answers.path, fmt.Errorf("%w: %d (max %d)", ErrTooMany, len(answers.m), MaxAnswers))
	} else {
		for _, k := range slices.Sorted(maps.Keys(answers.m)) {
			p.Maturity.Set(k, int(answers.integerNamed(k, answers.path+"["+strconv.Quote(k)+"]")))
		}
	}
	m.done()
	p.CreatedAt = o.time("created_at")
	p.UpdatedAt = o.time("updated_at")
	p.Revision = o.integer("revision")
	o.done()
	return p
}

func readPhase(o *object) Phase {
	ph := Phase{
		ID:          o.str("id"),
		Name:        o.str("name"),
		Description: o.str("description"),
		Start:       o.date("start"),
		End:         o.date("end"),
	}
	for _, oo := range o.list("objectives", MaxObjectivesPerPhase) {
		ph.Objectives = append(ph.Objectives, readObjective(oo))
	}
	for _, ao := range o.list("actions", MaxActionsPerPhase) {
		ph.Actions = append(ph.Actions, readAction(ao))
	}
	ph.People = o.str("people")
	ph.Process = o.str("process")
	ph.Platforms = o.str("platforms")
	for _, ro := range o.list("risks", MaxRisksPerPhase) {
		ph.Risks = append(ph.Risks, Risk{
			ID:          ro.str("id"),
			Description: ro.str("description"),
			Likelihood:  RiskLevel(ro.integer("likelihood")),
			Impact:      RiskLevel(ro.integer("impact")),
			Mitigation:  ro.str("mitigation"),
		})
		ro.done()
	}
	o.done()
	return ph
}

func readObjective(o *object) Objective {
	obj := Objective{
		ID:           o.str("id"),
		Statement:    o.str("statement"),
		Who:          o.str("who"),
		What:         o.str("what"),
		Quantity:     o.num("quantity"),
		Unit:         o.str("unit"),
		Baseline:     o.num("baseline"),
		ByWhen:       o.date("by_when"),
		BusinessGoal: o.str("business_goal"),
	}
	for _, ko := range o.list("kpis", MaxKPIsPerObjective) {
		obj.KPIs = append(obj.KPIs, readKPI(ko))
	}
	o.done()
	return obj
}

func readKPI(o *object) KPI {
	k := KPI{
		ID:            o.str("id"),
		Name:          o.str("name"),
		MetricID:      o.str("metric_id"),
		DatasetID:     o.str("dataset_id"),
		Column:        o.str("column"),
		Filter:        readFilter(o.obj("filter")),
		Unit:          o.str("unit"),
		Baseline:      o.num("baseline"),
		BaselineDate:  o.date("baseline_date"),
		Target:        o.num("target"),
		TargetDate:    o.date("target_date"),
		ManualCurrent: o.num("manual_current"),
	}
	for _, po := range o.list("history", MaxHistoryPoints) {
		repaired := len(o.r.repaired)
		pt := Point{Date: po.date("date"), Value: po.num("value")}
		po.done()
		if len(o.r.repaired) > repaired {
			continue // its date was out of range: a point without a date cannot stay
		}
		k.History = append(k.History, pt)
	}
	o.done()
	return k
}

// readFilter reads a KPI filter; null or absent is the zero Filter.
func readFilter(o *object) Filter {
	f := Filter{
		Channels: o.strs("channels", MaxFilterChannels),
		Kind:     o.str("kind"),
		From:     o.date("from"),
		To:       o.date("to"),
	}
	o.done()
	return f
}

func readAction(o *object) Action {
	a := Action{
		ID:      o.str("id"),
		Title:   o.str("title"),
		Owner:   o.str("owner"),
		Channel: o.str("channel"),
		Start:   o.date("start"),
		End:     o.date("end"),
	}
	b := o.obj("budget")
	a.Budget = Money{Amount: b.num("amount"), Currency: b.str("currency")}
	b.done()
	a.Status = ActionStatus(o.str("status"))
	o.done()
	return a
}

func readScoring(o *object) ResponseScoring {
	var s ResponseScoring
	for _, co := range o.list("criteria", MaxCriteria) {
		s.Criteria = append(s.Criteria, Criterion{
			ID:          co.str("id"),
			Name:        co.str("name"),
			Description: co.str("description"),
			Weight:      co.num("weight"),
		})
		co.done()
	}
	for _, bo := range o.list("bands", MaxBands) {
		s.Bands = append(s.Bands, Band{Code: BandCode(bo.str("code")), Min: bo.num("min")})
		bo.done()
	}
	o.done()
	return s
}

// reader decodes the generic JSON tree (objects as map[string]any, numbers
// as json.Number) into plan values, keeping the first problem as a
// *FieldError. After a problem, reads return zero values and record nothing,
// so decoding code needs no error checks.
type reader struct {
	err error
	// repair clears dates out of range instead of failing, and lists them
	// in repaired (ImportRepairingDates).
	repair   bool
	repaired []*FieldError
}

func (r *reader) fail(path string, err error) {
	if r.err == nil {
		r.err = &FieldError{Path: path, Err: err}
	}
}

// object is a JSON object being read; used records the keys read so that
// done can refuse the others.
type object struct {
	r    *reader
	path string
	m    map[string]any
	used map[string]bool
}

// object wraps v, read at path: nil (JSON null or absent) gives an empty
// object; anything but an object is a problem.
func (r *reader) object(path string, v any) *object {
	m, ok := v.(map[string]any)
	if v != nil && !ok {
		r.fail(path, ErrNotAnObject)
	}
	return &object{r: r, path: path, m: m, used: map[string]bool{}}
}

func (o *object) at(key string) string {
	if o.path == "" {
		return key
	}
	return o.path + "." + key
}

// get returns the value at key, nil when absent or null.
func (o *object) get(key string) any {
	o.used[key] = true
	return o.m[key]
}

// done refuses keys that were not read (reported in sorted order).
func (o *object) done() {
	for _, k := range slices.Sorted(maps.Keys(o.m)) {
		if !o.used[k] {
			o.r.fail(o.at(k), ErrUnknownField)
			return
		}
	}
}

func (o *object) str(key string) string {
	switch v := o.get(key).(type) {
	case nil:
		return ""
	case string:
		return CleanText(v, 0)
	}
	o.r.fail(o.at(key), ErrNotAString)
	return ""
}

// num reads a number; null or absent is NaN (missing).
func (o *object) num(key string) float64 {
	switch v := o.get(key).(type) {
	case nil:
		return math.NaN()
	case json.Number:
		x, err := strconv.ParseFloat(string(v), 64)
		if err != nil || !finite(x) {
			o.r.fail(o.at(key), ErrNotFinite)
			return math.NaN()
		}
		return x
	}
	o.r.fail(o.at(key), ErrNotANumber)
	return math.NaN()
}

// integer reads a whole number; null or absent is 0.
func (o *object) integer(key string) int64 { return o.integerNamed(key, o.at(key)) }

// integerNamed reads key as a whole number, naming it path in problems.
func (o *object) integerNamed(key, path string) int64 {
	switch v := o.get(key).(type) {
	case nil:
		return 0
	case json.Number:
		n, err := v.Int64()
		if err != nil {
			o.r.fail(path, ErrNotAnInteger)
			return 0
		}
		return n
	}
	o.r.fail(path, ErrNotAnInteger)
	return 0
}

func (o *object) boolean(key string) bool {
	switch v := o.get(key).(type) {
	case nil:
		return false
	case bool:
		return v
	}
	o.r.fail(o.at(key), ErrNotABoolean)
	return false
}

// date reads "YYYY-MM-DD"; null, absent or "" is the zero Date.
func (o *object) date(key string) Date {
	switch v := o.get(key).(type) {
	case nil:
		return Date{}
	case string:
		d, err := ParseDate(v)
		if err != nil && o.r.repair && errors.Is(err, ErrDateOutOfRange) {
			o.r.repaired = append(o.r.repaired, &FieldError{Path: o.at(key), Err: err})
			return Date{}
		}
		if err != nil {
			o.r.fail(o.at(key), err)
		}
		return d
	}
	o.r.fail(o.at(key), ErrBadDate)
	return Date{}
}

// time reads an RFC 3339 time; null, absent or "" is the zero time.
func (o *object) time(key string) time.Time {
	switch v := o.get(key).(type) {
	case nil:
		return time.Time{}
	case string:
		if v == "" {
			return time.Time{}
		}
		t, err := time.Parse(time.RFC3339Nano, v)
		if err != nil {
			o.r.fail(o.at(key), fmt.Errorf("%w: %q", ErrBadTime, v))
		}
		return t
	}
	o.r.fail(o.at(key), ErrBadTime)
	return time.Time{}
}

func (o *object) obj(key string) *object {
	return o.r.object(o.at(key), o.get(key))
}

// items reads the list at key, of at most max items, and its path; null,
// absent or empty is nil. After a problem it returns nil.
func (o *object) items(key string, max int) (string, []any) {
	path := o.at(key)
	v := o.get(key)
	if v == nil {
		return path, nil
	}
	items, ok := v.([]any)
	switch {
	case !ok:
		o.r.fail(path, ErrNotAList)
		return path, nil
	case len(items) > max:
		o.r.fail(path, fmt.Errorf("%w: %d (max %d)", ErrTooMany, len(items), max))
		return path, nil
	case o.r.err != nil || len(items) == 0:
		return path, nil
	}
	return path, items
}

// list reads a list of objects of at most max items; null or absent is an
// empty list. After a problem it returns nil.
func (o *object) list(key string, max int) []*object {
	path, items := o.items(key, max)
	if items == nil {
		return nil
	}
	out := make([]*object, len(items))
	for i, it := range items {
		out[i] = o.r.object(index(path, i), it)
	}
	return out
}

// strs reads a list of at most max strings; null, absent or empty is nil.
func (o *object) strs(key string, max int) []string {
	path, items := o.items(key, max)
	if items == nil {
		return nil
	}
	out := make([]string, len(items))
	for i, it := range items {
		s, ok := it.(string)
		if !ok {
			o.r.fail(index(path, i), ErrNotAString)
			return nil
		}
		out[i] = CleanText(s, 0)
	}
	return out
}

// has reports whether key is present and not null.
func (o *object) has(key string) bool { return o.m[key] != nil }
