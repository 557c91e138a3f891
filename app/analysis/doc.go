// Package analysis turns a dataset (a typed table, its column roles and
// what the reader recognised) and a page's settings into what the page
// shows: results, chart options and readings in words. The compare page,
// the long-tail page, the plan's KPIs and the lessons all call it, through
// the engine, so a figure is computed in one place whoever shows it.
//
// This package holds what the analyses share: the dataset they read
// (Dataset) and the metrics engine's input drawn from its rows on demand
// (Messages). Each analysis has its own package below: compare, home,
// longtail, tableview, and problems for the messages they give.
//
//	ds := analysis.Dataset{Table: t, Name: "posts.csv", Platform: "meta-facebook"}
//	in := ds.Messages(metrics.KindUnknown)
//	rep := metrics.Compute(in, ds.Options(metrics.Options{}))
package analysis
