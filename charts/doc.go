// Package charts turns engine results into ECharts options, built with
// go-echarts types, and mounts them in the page with one go-app component.
//
//	opt := charts.ReachPerMessage(texts, items) // an Option: JSON + text alternative
//	charts.NewView("home-chart", opt)           // a component that draws it
//
// Options never carry JavaScript: where ECharts wants a function (a label
// formatter, a tooltip value formatter) a builder writes the name of one of
// the functions that web/reachlab.js ships, as "fmt:<name>", and the script
// swaps the name for the function before handing the option to ECharts. The
// page's content security policy therefore never needs 'unsafe-eval'.
//
// Every chart uses the Okabe–Ito palette, which stays distinct for the common
// forms of colour blindness, and turns on ECharts' aria module with decal
// patterns, so that no chart relies on colour alone.
package charts
