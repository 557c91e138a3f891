// Package lessonspage is the /lessons route: guided lessons over the built-in
// cases (content in app/cases), a step at a time, with their chart drawn by
// the workbench's own figures, progress kept in the browser, and a presenter
// mode for workshops.
//
//	/lessons                                         the list, with progress
//	/lessons?lesson=mass-vs-social&step=2            a lesson at its second step
//	/lessons?lesson=mass-vs-social&step=2&present=1  the same step as a full-screen slide
package lessonspage
