package compare

import (
	"slices"

	"reachlab/app/metrics"
	"reachlab/app/view"
)

// denominators are the engagement rate denominators the page offers.
var denominators = []metrics.Denominator{metrics.ByReach, metrics.ByImpressions, metrics.ByFollowers}

// bases are the audience bases the page offers.
var bases = []metrics.Basis{metrics.BasisReach, metrics.BasisImpressions}

// settings are the page's settings checked: values the page does not offer
// are left to their default, so a mistyped link still opens.
type settings struct {
	view.CompareSettings
	kind        metrics.Kind
	denominator metrics.Denominator
	basis       metrics.Basis
	aveBasis    metrics.AVEBasis
}

func check(s view.CompareSettings) settings {
	c := settings{CompareSettings: s}
	if k := metrics.Kind(s.Kind); slices.Contains(metrics.Kinds(), k) {
		c.kind = k
	}
	if d := metrics.Denominator(s.Denominator); slices.Contains(denominators, d) {
		c.denominator = d
	}
	if b := metrics.Basis(s.Basis); slices.Contains(bases, b) {
		c.basis = b
	}
	if s.AVEBasis == string(metrics.AVEByMentions) {
		c.aveBasis = metrics.AVEByMentions
	}
	c.Kind, c.Denominator, c.Basis, c.AVEBasis = string(c.kind), string(c.denominator), string(c.basis), string(c.aveBasis)
	c.TopK = max(c.TopK, 0)
	c.Page = max(c.Page, 0)
	return c
}

// options are the engine's options for these settings.
func (s settings) options() metrics.Options {
	return metrics.Options{
		Denominator:  s.denominator,
		Audience:     s.basis,
		Universe:     s.Universe,
		ReferenceCPM: s.CPM,
		AVEBasis:     s.aveBasis,
		TopK:         s.TopK,
	}
}
