// Package longtail measures a dataset's column the way the /longtail page
// shows it: where the value sits (the top shares, the Gini coefficient, the
// HHI, the fewest items that make half the total, the values left out and
// why), the power-law fit of the engine reachlab/app/longtail, the
// rank–size, CCDF and Lorenz charts with their readings in every language,
// the sentences that say what the fit found, attention over time when a
// post has several rows, and the audience's fragmentation among channels
// when the table holds audience shares.
//
//	a := longtail.Analyze(ds, longtail.SettingsFrom(q)) // q: a /longtail link's query
//	a.Problem      // ProblemNone, or why the values cannot be measured
//	a.Description  // the concentration
//	a.Charts[text.FR].CCDF.Reading
//
// It is plain Go, with no user interface: the page renders an Analysis, and
// lessons draw the very figures of the page with Draw. The likelihood-ratio
// tests and the goodness-of-fit bootstrap, slower, are left to the caller
// (longtail.Compare and longtail.Bootstrap of the engine on Sample and Fit).
package longtail
