// Package view is the contract between the engine and the pages: the
// requests pages make and the results they show, as plain data that
// crosses to and from the engines' Web Worker as JSON. A result is
// presentation-ready: tables of cells already written in the user's
// language, charts as ECharts options with their text alternative and
// reading, messages in words. Pages render it and never compute a figure;
// the package imports nothing of the engines, so the UI's WebAssembly
// carries none of them.
package view
