// Package longtail measures where the value sits in social data: a few
// posts with huge reach and a long tail of small ones. It is the plain-Go
// engine of the /longtail page (no UI, no dependency).
//
//	s := longtail.NewSample(reach)          // keeps positive finite values, counts the rest
//	d, _ := s.Describe()                    // Gini, top 1/10/20 % shares, HHI, half count
//	ccdf, _ := longtail.LogBinCCDF(s.CCDF(), 500)
//	zipf, _ := longtail.LTTBLogLog(s.RankSize(), 500)
//
//	fit, err := longtail.Fit(s, longtail.Options{}) // x̂_min, α̂, KS distance
//	comps, _ := longtail.Compare(s, fit)            // likelihood-ratio tests
//	gof, _ := longtail.Bootstrap(ctx, s, fit, longtail.BootstrapOptions{Seed: 1, Progress: yield})
//	verdict := longtail.Judge(&gof, comps)          // good / moderate / with cut-off / none
//
// # Descriptive measures
//
// A Sample stores its values sorted and grouped by distinct value, with the
// count of values left out (zero, negative, NaN, infinite) so the UI can say
// so. Its series (RankSize, CCDF, Lorenz) compress runs of ties without
// changing the drawn line, and the reducers LogBinCCDF and LTTBLogLog bring a
// million points down to a few hundred that draw the same picture on log–log
// axes. Sums are taken on values divided by the maximum, so values up to
// MaxFloat64 neither overflow nor produce NaN.
//
// # Power-law fitting
//
// Fit, Compare, Bootstrap and Judge follow A. Clauset, C. R. Shalizi and
// M. E. J. Newman, "Power-law distributions in empirical data", SIAM Review
// 51(4):661–703 (2009). On the paper's data sets the package reproduces
// x̂_min, α̂ and n_tail of Table 3 (continuous data with the KS convention
// of Clauset's plfit.m, discrete data with the exact estimator), the
// likelihood ratios of Tables 4 and 5 within their rounding except where the
// doc of MinStretchedBeta and LognormalMaxZ says otherwise, and the verdict
// column for all 24 data sets.
//
// The bootstrap can be split among workers (one Go wasm instance per core):
// each resample draws from its own generator seeded from (seed, index), so
//
//	for _, r := range longtail.SplitResamples(1000, workers) { // in worker j:
//		part, _ := longtail.BootstrapPart(ctx, s, fit, opt, r.First, r.Count)
//	}
//	gof, _ := longtail.MergeBootstrap(parts...) // the parts, posted back as JSON
//
// gives exactly Bootstrap's result for the same seed, whatever the number of
// workers.
//
// # Time and fragmentation
//
// AttentionFromSnapshots and AttentionFromDaily tell how much of a post's
// interactions arrive after day 1, 7 and 30, and its attention half-life.
// Fragmentation measures how concentrated an audience is among channels,
// period by period. Missing data are reported as not available, never as 0.
//
// Errors are *Error values wrapping one of the Err* sentinels.
package longtail
