// Package cases holds ReachLab's built-in datasets: real figures from the
// field, each labelled with its source, and illustrative data shaped on what
// the sources describe, labelled as such. They let a newcomer see the argument
// without uploading anything, and they double as test fixtures.
//
//	c := cases.TVvsBrand()
//	c.Messages[0].Reach // 5 200 000 viewers of one TV evening news
//
// All lists every case; each writes itself as a CSV file (Case.CSV) whose
// headers the data page maps to roles by itself. Lessons are short guided
// stories over the cases, in French and English, whose computed figures the
// tests check against the data.
package cases
