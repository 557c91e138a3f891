package longtail

// Support is the overall statistical support for a power law, in the four
// classes of Clauset et al.'s tables, plus NotAssessed.
type Support int

const (
	// SupportNotAssessed: the goodness-of-fit test has not been run.
	SupportNotAssessed Support = iota
	// SupportGood: the power law is plausible (p ≥ 0.1), the cut-off is not
	// significantly better, and every non-nested alternative has LR > 0.
	SupportGood
	// SupportModerate: the power law is plausible and the cut-off is not
	// significantly better, but some alternative fits about as well (LR ≤ 0
	// without significance).
	SupportModerate
	// SupportWithCutoff: the power law with exponential cut-off is clearly
	// favoured over the pure power law (nested test, p < 0.1), whatever the
	// goodness-of-fit p.
	SupportWithCutoff
	// SupportNone: the power law is ruled out (p < 0.1), or a non-nested
	// alternative is significantly better.
	SupportNone
)

// String returns "not_assessed", "good", "moderate", "with_cutoff" or
// "none".
func (s Support) String() string {
	switch s {
	case SupportGood:
		return "good"
	case SupportModerate:
		return "moderate"
	case SupportWithCutoff:
		return "with_cutoff"
	case SupportNone:
		return "none"
	}
	return "not_assessed"
}

// AlternativeVerdict is the outcome of the test against one alternative.
type AlternativeVerdict struct {
	Alternative Alternative
	Preference  Preference
	Available   bool // false when the alternative could not be fitted
}

// Verdict is a structured summary for non-statisticians; the UI turns it
// into sentences.
type Verdict struct {
	// GoodnessKnown is true when a goodness-of-fit result was given.
	GoodnessKnown bool
	// PowerLawPlausible: goodness-of-fit p ≥ PlausibilityLevel.
	PowerLawPlausible bool
	Alternatives      []AlternativeVerdict
	Support           Support
}

// Judge combines the goodness-of-fit test (nil when not run) and the
// likelihood-ratio tests into a verdict, with the rules that reproduce the
// last column of Clauset et al.'s tables, in this order:
//
//  1. the cut-off power law is significantly favoured → SupportWithCutoff;
//  2. goodness of fit not run → SupportNotAssessed;
//  3. p < 0.1, or a non-nested alternative significantly favoured →
//     SupportNone;
//  4. every available non-nested alternative has LR > 0 → SupportGood;
//  5. otherwise → SupportModerate.
//
// Comparisons with Err set are listed as not available and ignored.
func Judge(gof *GoodnessOfFit, comparisons []Comparison) Verdict {
	v := Verdict{GoodnessKnown: gof != nil}
	if gof != nil {
		v.PowerLawPlausible = gof.Plausible
	}
	cutoff, rivalWins, allPositive := false, false, true
	for _, c := range comparisons {
		available := c.Err == nil
		v.Alternatives = append(v.Alternatives, AlternativeVerdict{Alternative: c.Alternative, Preference: c.Preference, Available: available})
		if !available {
			continue
		}
		switch {
		case c.Nested:
			cutoff = cutoff || c.Preference == FavoursAlternative
		case c.Preference == FavoursAlternative:
			rivalWins = true
		}
		if !c.Nested && !(c.LR > 0) {
			allPositive = false
		}
	}
	switch {
	case cutoff:
		v.Support = SupportWithCutoff
	case gof == nil:
		v.Support = SupportNotAssessed
	case !v.PowerLawPlausible || rivalWins:
		v.Support = SupportNone
	case allPositive:
		v.Support = SupportGood
	default:
		v.Support = SupportModerate
	}
	return v
}
