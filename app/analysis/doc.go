// Package analysis turns a dataset (a typed table, its column roles and
// what the reader recognised) and a page's settings into what the page
// shows: results, chart options and readings in words. The compare page,
// the long-tail page, the plan's KPIs and the lessons all call it, through
// the engine, so a figure is computed in one place whoever shows it.
//
// This package holds what the analyses share: the dataset they read
// (Dataset), the metrics engine's input built from its rows (Messages), and
// the selection of rows by channel, medium kind and date (Filter). Each
// analysis has its own package below: compare, longtail, kpi.
//
//	ds := analysis.Dataset{Table: t, Name: "posts.csv", Platform: "meta-facebook"}
//	in := ds.Messages(metrics.KindUnknown)
//	rep := metrics.Compute(in, ds.Options(metrics.Options{}))
package analysis
