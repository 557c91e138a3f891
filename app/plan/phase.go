package plan

import "reachlab/app/text"

// Phase is a stretch of the plan with its own objectives, actions, People /
// Process / Platforms notes and risks (2011 ESCP notes: Edelman's three
// pillars of social business are People + Process + Platforms).
type Phase struct {
	ID          string
	Name        string
	Description string
	Start       Date
	End         Date
	Objectives  []Objective
	Actions     []Action
	// People: who does the work and how they are trained (roles, training,
	// community managers' autonomy).
	People string
	// Process: the charter, response rules, escalation and governance.
	Process string
	// Platforms: the tools (listening, publishing, measurement, CRM).
	Platforms string
	Risks     []Risk
}

// NewPhase returns an empty phase with a fresh ID.
func NewPhase(name string) Phase { return Phase{ID: newID(), Name: name} }

// RiskLevel grades a risk's likelihood or impact.
type RiskLevel int

// Risk levels. The zero value means "not assessed".
const (
	RiskUnset  RiskLevel = 0
	RiskLow    RiskLevel = 1
	RiskMedium RiskLevel = 2
	RiskHigh   RiskLevel = 3
)

// RiskLevels lists the levels the UI offers, in order.
var RiskLevels = []RiskLevel{RiskLow, RiskMedium, RiskHigh}

var riskLevelTexts = map[RiskLevel]text.Text{
	RiskUnset:  {FR: "non évalué", EN: "not assessed"},
	RiskLow:    {FR: "faible", EN: "low"},
	RiskMedium: {FR: "moyen", EN: "medium"},
	RiskHigh:   {FR: "élevé", EN: "high"},
}

// Text names the level in lang ("" for values outside the scale).
func (l RiskLevel) Text(lang text.Lang) string { return riskLevelTexts[l].In(lang) }

// Risk is something that could derail a phase, and what is done about it.
type Risk struct {
	ID          string
	Description string
	Likelihood  RiskLevel
	Impact      RiskLevel
	Mitigation  string
}

// NewRisk returns a risk with a fresh ID and unassessed levels.
func NewRisk(description string) Risk { return Risk{ID: newID(), Description: description} }
