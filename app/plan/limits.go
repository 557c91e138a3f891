package plan

// Bounds on what a plan may hold. They keep hostile or broken files from
// swamping the browser, and they are generous for any real plan. Validate,
// Export and Import enforce them; the UI should use them as input limits
// (maxlength) so that a plan never grows past them while being edited.
// Text lengths count characters (Unicode code points), not bytes.
const (
	// MaxImportSize is the largest file Import reads: 5 MiB.
	MaxImportSize = 5 << 20

	// MaxShortText bounds one-line fields: titles, names, owners, channels,
	// sector, audience, units, currencies, metric/dataset/column ids.
	MaxShortText = 200
	// MaxLongText bounds free-text fields: descriptions, statements,
	// People/Process/Platforms notes, risks and mitigations.
	MaxLongText = 5000
	// MaxKeyLength bounds identifiers chosen by code (criterion ids, question
	// ids in maturity answers).
	MaxKeyLength = 64

	MaxPhases             = 20   // phases per plan
	MaxObjectivesPerPhase = 50   // objectives per phase
	MaxKPIsPerObjective   = 20   // KPIs per objective
	MaxActionsPerPhase    = 500  // actions per phase
	MaxRisksPerPhase      = 100  // risks per phase
	MaxHistoryPoints      = 1000 // history points per KPI
	MaxFilterChannels     = 100  // channels a KPI filter keeps
	MaxCriteria           = 20   // response-scoring criteria
	MaxBands              = 10   // response priority bands
	MaxAnswers            = 200  // maturity answers
)

// MaxAmount is the largest budget amount an action may hold, in the plan's
// currency: one million million (1e12). It is far above any communication
// budget (a year of the largest advertisers' worldwide spending is about
// 1e10 in euros or dollars) and small enough that every sum a plan can form
// stays finite: MaxPhases × MaxActionsPerPhase × MaxAmount = 1e16, far below
// math.MaxFloat64 (1.8e308). Validate refuses larger amounts, so a typed
// value, an imported plan file or a workspace file cannot make a budget
// total overflow to +Inf; the sums saturate besides (sumBudgets).
const MaxAmount = 1e12
