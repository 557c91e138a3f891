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
