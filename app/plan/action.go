package plan

import (
	"math"
	"reachlab/app/text"
)

// Money is an amount in a currency. Amount is in major units (euros, not
// cents) and NaN when no budget is set; Currency is an ISO 4217 code such as
// "EUR" ("" when not said).
type Money struct {
	Amount   float64
	Currency string
}

// IsSet reports whether the amount is known.
func (m Money) IsSet() bool { return finite(m.Amount) }

// ActionStatus is where an action stands.
type ActionStatus string

// Action statuses.
const (
	StatusPlanned    ActionStatus = "planned"
	StatusInProgress ActionStatus = "in_progress"
	StatusDone       ActionStatus = "done"
	StatusDropped    ActionStatus = "dropped"
)

// ActionStatuses lists the statuses in order.
var ActionStatuses = []ActionStatus{StatusPlanned, StatusInProgress, StatusDone, StatusDropped}

var actionStatusTexts = map[ActionStatus]text.Text{
	StatusPlanned:    {FR: "prévue", EN: "planned"},
	StatusInProgress: {FR: "en cours", EN: "in progress"},
	StatusDone:       {FR: "terminée", EN: "done"},
	StatusDropped:    {FR: "abandonnée", EN: "dropped"},
}

// Text names the status in lang ("" for unknown values).
func (s ActionStatus) Text(lang text.Lang) string { return actionStatusTexts[s].In(lang) }

// Action is a piece of work in a phase: a campaign, a training session, a
// charter to write, a tool to set up.
type Action struct {
	ID    string
	Title string
	Owner string
	// Channel is where the action happens: "Twitter", "LinkedIn",
	// "interne". Budget totals group channels by their trimmed, lower-cased
	// name.
	Channel string
	Start   Date
	End     Date
	Budget  Money
	Status  ActionStatus
}

// NewAction returns a planned action with a fresh ID and no budget.
func NewAction(title string) Action {
	return Action{ID: newID(), Title: title, Status: StatusPlanned, Budget: Money{Amount: math.NaN()}}
}
