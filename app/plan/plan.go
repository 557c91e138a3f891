package plan

import (
	"reachlab/app/text"
	"time"

	"github.com/google/uuid"
)

// SchemaVersion is the version of the plan schema this package writes. Import
// reads this version and every older one (see Import for the history).
const SchemaVersion = 3

// Market says whether the plan addresses businesses, consumers or both; it
// changes what a sensible objective looks like (2016 interview: B2B programs
// rarely chase audience size).
type Market string

// Markets. The zero value means "not said".
const (
	MarketUnset Market = ""
	MarketB2B   Market = "b2b"
	MarketB2C   Market = "b2c"
	MarketBoth  Market = "b2b_b2c"
)

// Markets lists the markets the UI offers, in order.
var Markets = []Market{MarketB2B, MarketB2C, MarketBoth}

var marketTexts = map[Market]text.Text{
	MarketUnset: {FR: "non précisé", EN: "not stated"},
	MarketB2B:   {FR: "B2B (entreprises)", EN: "B2B (businesses)"},
	MarketB2C:   {FR: "B2C (grand public)", EN: "B2C (consumers)"},
	MarketBoth:  {FR: "B2B et B2C", EN: "B2B and B2C"},
}

// Text names the market in lang.
func (m Market) Text(lang text.Lang) string { return marketTexts[m].In(lang) }

// Context is the business setting of a plan.
type Context struct {
	Market Market
	Sector string // free text, e.g. "télécoms", "hôtellerie"
}

// Horizon is the period a plan covers. Either bound may be unset.
type Horizon struct {
	Start Date
	End   Date
}

// Contains reports whether d lies in the horizon, bounds included. An unset
// bound does not limit; the zero Date is never contained.
func (h Horizon) Contains(d Date) bool {
	if d.IsZero() {
		return false
	}
	if !h.Start.IsZero() && d.Before(h.Start) {
		return false
	}
	if !h.End.IsZero() && d.After(h.End) {
		return false
	}
	return true
}

// Plan is a social media strategy plan: a horizon cut into phases, each with
// SMART objectives measured by KPIs, actions with budgets, the People /
// Process / Platforms notes and risks; plus the plan's response-priority
// scoring and its maturity self-assessment.
//
// A Plan holds values, not pointers: copy with Clone, never by assignment
// (slices would be shared). Persist with Export and Import; the struct has no
// JSON tags and encoding/json cannot write its missing numbers (NaN).
type Plan struct {
	// SchemaVersion is the schema the plan follows in memory: always
	// SchemaVersion once built by this package (NewFromTemplate, Import).
	SchemaVersion int
	// ID is a UUID (canonical 36-character form).
	ID    string
	Title string
	Owner string
	// Lang is the language the user writes the plan in (text.FR or text.EN);
	// it picks the language of the texts the package adds (template
	// content, default criteria, "(copie)").
	Lang text.Lang
	// Template is the template the plan started from; "" for plans migrated
	// from schema 1, which did not record it.
	Template TemplateID
	Context  Context
	Horizon  Horizon
	Phases   []Phase
	// Scoring is the plan's response-priority scoring rule.
	Scoring ResponseScoring
	// Maturity holds the answers to the maturity self-assessment.
	Maturity Assessment
	// CreatedAt and UpdatedAt keep their UTC offset through Export/Import
	// (the zone name, e.g. "Europe/Paris", becomes a fixed offset).
	CreatedAt time.Time
	UpdatedAt time.Time
	// Revision counts saved edits. Touch increments it; a store compares
	// the revision a tab loaded with the stored one to detect that another
	// tab saved in between.
	Revision int64
}

// Touch records an edit: it increments Revision and sets UpdatedAt to now.
// Call it once per user edit, before saving.
func (p *Plan) Touch(now time.Time) {
	p.Revision++
	p.UpdatedAt = now
}

// newID returns a fresh random UUID in canonical form.
func newID() string { return uuid.NewString() }
