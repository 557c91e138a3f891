package comparepage

import (
	"math"
	"net/url"
	"slices"
	"strconv"

	"reachlab/app/metrics"
)

// settings are the user's choices, kept in the page's URL.
type settings struct {
	Dataset string // workspace dataset id

	// Kind is the medium kind given to rows that have none; KindUnknown
	// leaves them as the data says.
	Kind        metrics.Kind
	Denominator metrics.Denominator // engagement rate denominator; auto when ""
	Basis       metrics.Basis       // audience basis; auto when ""
	Universe    float64             // target population; 0 when not given
	CPM         float64             // reference CPM for the AVE; 0 when not given
	AVEBasis    metrics.AVEBasis    // what the CPM prices
	TopK        int                 // channels in the top share; 0 for the engine's default
}

// The URL query parameters of the settings.
const (
	paramDataset     = "dataset"
	paramKind        = "kind"
	paramDenominator = "denominator"
	paramBasis       = "basis"
	paramUniverse    = "universe"
	paramCPM         = "cpm"
	paramAVEBasis    = "ave"
	paramTopK        = "top"
)

// denominators are the engagement rate denominators the page offers.
var denominators = []metrics.Denominator{metrics.ByReach, metrics.ByImpressions, metrics.ByFollowers}

// bases are the audience bases the page offers.
var bases = []metrics.Basis{metrics.BasisReach, metrics.BasisImpressions}

// settingsFrom reads settings from a URL query. Unknown values and numbers
// that are not positive and finite are left unset, so that a mistyped link
// still opens on the defaults.
func settingsFrom(q url.Values) settings {
	s := settings{
		Dataset:  q.Get(paramDataset),
		Universe: positive(q.Get(paramUniverse)),
		CPM:      positive(q.Get(paramCPM)),
	}
	if k := metrics.Kind(q.Get(paramKind)); slices.Contains(metrics.Kinds(), k) {
		s.Kind = k
	}
	if d := metrics.Denominator(q.Get(paramDenominator)); slices.Contains(denominators, d) {
		s.Denominator = d
	}
	if b := metrics.Basis(q.Get(paramBasis)); slices.Contains(bases, b) {
		s.Basis = b
	}
	if q.Get(paramAVEBasis) == string(metrics.AVEByMentions) {
		s.AVEBasis = metrics.AVEByMentions
	}
	if k, err := strconv.Atoi(q.Get(paramTopK)); err == nil && k > 0 {
		s.TopK = k
	}
	return s
}

// query writes the settings that differ from the defaults.
func (s settings) query() url.Values {
	q := url.Values{}
	set := func(name, value string) {
		if value != "" {
			q.Set(name, value)
		}
	}
	set(paramDataset, s.Dataset)
	set(paramKind, string(s.Kind))
	set(paramDenominator, string(s.Denominator))
	set(paramBasis, string(s.Basis))
	set(paramAVEBasis, string(s.AVEBasis))
	if s.Universe > 0 {
		set(paramUniverse, strconv.FormatFloat(s.Universe, 'f', -1, 64))
	}
	if s.CPM > 0 {
		set(paramCPM, strconv.FormatFloat(s.CPM, 'f', -1, 64))
	}
	if s.TopK > 0 {
		set(paramTopK, strconv.Itoa(s.TopK))
	}
	return q
}

// options are the engine's options for these settings.
func (s settings) options() metrics.Options {
	return metrics.Options{
		Denominator:  s.Denominator,
		Audience:     s.Basis,
		Universe:     s.Universe,
		ReferenceCPM: s.CPM,
		AVEBasis:     s.AVEBasis,
		TopK:         s.TopK,
	}
}

// positive reads a positive finite number, as an <input type="number">
// writes it; anything else is 0, "not given".
func positive(s string) float64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || !(v > 0) || math.IsInf(v, 0) {
		return 0
	}
	return v
}
