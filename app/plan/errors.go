package plan

import (
	"errors"
	"fmt"
)

// Sentinel errors of Import. Test them with errors.Is.
var (
	// ErrTooLarge: the input is larger than MaxImportSize.
	ErrTooLarge = errors.New("plan file too large")
	// ErrCorrupt: the input is not well-formed JSON, or the envelope is damaged
	// (version not a whole number, plan missing or not an object).
	ErrCorrupt = errors.New("plan file corrupt")
	// ErrNotAPlan: the input is JSON but not a ReachLab plan (no
	// "format": "reachlab-plan").
	ErrNotAPlan = errors.New("not a ReachLab plan")
	// ErrUnsupportedVersion: the file comes from a newer ReachLab whose schema
	// this one does not know.
	ErrUnsupportedVersion = errors.New("plan schema version not supported")
	// ErrInvalid: a field has a wrong type or value. Every *FieldError
	// matches it, so errors.Is(err, ErrInvalid) catches all validation errors.
	ErrInvalid = errors.New("invalid plan")
)

// Problems a *FieldError reports (its Err wraps exactly one of them).
var (
	ErrNotANumber   = errors.New("not a number")
	ErrNotFinite    = errors.New("not a finite number")
	ErrNotAnInteger = errors.New("not a whole number")
	ErrNotAString   = errors.New("not a string")
	ErrNotABoolean  = errors.New("not true or false")
	ErrNotAnObject  = errors.New("not an object")
	ErrNotAList     = errors.New("not a list")
	ErrBadDate      = errors.New("not a date (YYYY-MM-DD)")
	// ErrDateOutOfRange: a real day, but outside years MinYear…MaxYear.
	ErrDateOutOfRange = errors.New("date out of range")
	ErrBadTime        = errors.New("not a time (RFC 3339)")
	ErrBadID          = errors.New("not an identifier")
	ErrDuplicateID    = errors.New("identifier used twice")
	ErrTooLong        = errors.New("text too long")
	ErrTooMany        = errors.New("too many items")
	ErrOutOfRange     = errors.New("out of range")
	ErrUnknownValue   = errors.New("unknown value")
	ErrUnknownField   = errors.New("unknown field")
)

// Errors of the computing helpers (KPI values, scoring, maturity, Gantt).
var (
	// ErrNoValue: a KPI has no current value (no manual value, no history, or
	// the metric source returned a missing value).
	ErrNoValue = errors.New("no value")
	// ErrNoSource: a KPI is bound to a metric but no MetricSource was given.
	ErrNoSource = errors.New("no metric source")
	// ErrNoWeight: the scoring has no criterion with a positive weight.
	ErrNoWeight = errors.New("no criterion with a positive weight")
	// ErrBadWeight: a criterion weight is negative or not finite.
	ErrBadWeight = errors.New("weight must be a finite number ≥ 0")
	// ErrMissingRating: a message has no rating for a criterion.
	ErrMissingRating = errors.New("missing rating")
	// ErrRatingOutOfRange: a rating is outside MinRating…MaxRating.
	ErrRatingOutOfRange = errors.New("rating out of range")
	// ErrIncomplete: a maturity dimension has no answered question.
	ErrIncomplete = errors.New("assessment incomplete")
	// ErrMissingDate: an action has no start or no end date.
	ErrMissingDate = errors.New("missing date")
	// ErrEndBeforeStart: an end date is before its start date.
	ErrEndBeforeStart = errors.New("end before start")
	// ErrFarFromPlan: an action date lies more than FarYears from the
	// plan's span (see Plan.Span); Gantt leaves the action out of the
	// calendar rather than stretch it over decades.
	ErrFarFromPlan = errors.New("date far from the plan's span")
)

// Errors a MetricSource returns, so that the UI can say why a KPI has no
// value in the user's language (ErrorText). A source wraps them with
// detail: fmt.Errorf("%w: %q", plan.ErrUnknownMetric, id).
var (
	// ErrNoDataset: the KPI names a metric but no dataset to compute it on.
	ErrNoDataset = errors.New("no dataset chosen")
	// ErrUnknownMetric: the KPI's metric is not a metric the source can
	// compute over a whole dataset (or over the rows its filter keeps).
	ErrUnknownMetric = errors.New("not a metric of a whole dataset")
	// ErrDatasetMissing: the KPI's dataset is no longer in the workspace.
	ErrDatasetMissing = errors.New("dataset not found")
	// ErrNoRows: the KPI's filter keeps no row of its dataset.
	ErrNoRows = errors.New("the KPI's filter keeps no row")
	// ErrFilterUnsupported: the KPI has a filter and the source it was
	// given is a plain MetricSource, which computes over every row. Current
	// refuses rather than report a figure for the wrong scope.
	ErrFilterUnsupported = errors.New("metric source cannot apply the KPI's filter")
)

// FieldError says which field of a plan is wrong and why. Path is written the
// way a reader would point at it, from the plan root:
// "phases[2].objectives[0].kpis[1].target". Err wraps one of the problem
// sentinels above (ErrNotANumber, ErrTooLong, …). Every FieldError also
// matches ErrInvalid under errors.Is.
type FieldError struct {
	Path string
	Err  error
}

// Error returns "path: problem", e.g.
// "phases[2].objectives[0].kpis[1].target: not a number".
func (e *FieldError) Error() string {
	if e.Path == "" {
		return e.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

// Unwrap returns the problem.
func (e *FieldError) Unwrap() error { return e.Err }

// Is makes every FieldError match ErrInvalid.
func (e *FieldError) Is(target error) bool { return target == ErrInvalid }

// AmountError is a budget amount outside 0…MaxAmount; it names the action
// (by its title) so that the UI can say which one. It wraps ErrOutOfRange.
type AmountError struct {
	Action string  // the action's title, as written
	Amount float64 // the amount refused
}

// Error returns "action "Launch": budget 1.7e+308 out of range (want 0…1e+12)".
func (e *AmountError) Error() string {
	return fmt.Sprintf("action %q: budget %g %v (want 0…%g)", e.Action, e.Amount, ErrOutOfRange, float64(MaxAmount))
}

// Unwrap returns ErrOutOfRange.
func (e *AmountError) Unwrap() error { return ErrOutOfRange }
