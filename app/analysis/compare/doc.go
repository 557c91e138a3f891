// Package compare measures a dataset the way the compare page shows it:
// mass-media reach against social engagement, per channel and per
// message, with every metric named and defined, the charts and their
// readings, the equivalences between a mass-media message and social
// posts, and the advertising value equivalent.
//
//	v := compare.Analyze(ds, view.CompareSettings{Denominator: "impressions"}, text.FR)
//	v.Channels   // the channel table, cells written in French
//	v.Charts     // signature, engagement rate, interactions per message, timeline
//
// Lessons draw the very figures of the page with Figure.
package compare
