// Package planpage is the /plan route: strategy plans built from templates,
// with SMART objectives, KPIs wired to the loaded data, actions, budget,
// timeline, response-priority scoring and a maturity self-assessment. Plans
// autosave to the browser's store with undo and redo, never overwrite a
// newer save from another tab, and export to JSON and Markdown.
package planpage
