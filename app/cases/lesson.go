package cases

import (
	"net/url"
	"reachlab/app/text"
)

// Lesson is a short guided story over a built-in case: a question, one
// chart, what the chart says, what to remember and something to try, each
// in both UI languages, with the sources of its figures.
type Lesson struct {
	ID      string // URL-safe: "mass-vs-social"
	Title   text.Text
	CaseID  string // the case it reads ("tv-vs-brand"…); "" when it reads none
	Steps   []Step // question, chart, reading, takeaway, exercise — in that order
	Open    Link   // the page the lesson's "open in…" button goes to
	Sources []Source
}

// StepKind is what a step of a lesson does.
type StepKind string

// The kinds of step, in the order a lesson takes them.
const (
	StepQuestion StepKind = "question" // the question the lesson answers
	StepChart    StepKind = "chart"    // the chart, with how to read it
	StepReading  StepKind = "reading"  // what the chart says, with figures computed from the case
	StepTakeaway StepKind = "takeaway" // what to remember
	StepExercise StepKind = "exercise" // something to try in the workbench
)

// StepKinds lists the kinds of step in the order a lesson takes them.
var StepKinds = []StepKind{StepQuestion, StepChart, StepReading, StepTakeaway, StepExercise}

// Step is one step of a lesson.
type Step struct {
	Kind StepKind
	Text text.Text
	// Chart is the chart a StepChart step draws, one of the Chart
	// constants; "" for the other kinds.
	Chart string
}

// The charts lessons draw, each with the workbench's existing chart
// builders.
const (
	ChartSignature      = "signature"       // the signature bubbles: messages against audience per message, log–log, one bubble a channel
	ChartEngagementRate = "engagement-rate" // engagement rate by channel, the denominator named on the axis
	ChartConversation   = "conversation"    // comments per message by channel, with the share answered
	ChartCCDF           = "ccdf"            // the long tail's CCDF with the fitted power law, log–log
	ChartFragmentation  = "fragmentation"   // audience shares over time, with the HHI
	ChartAVE            = "ave"             // mentions per month, with the value claimed for them
	ChartPlanPhases     = "plan-phases"     // the three phases of a social media programme
)

// Charts lists every chart a lesson can draw.
var Charts = []string{
	ChartSignature, ChartEngagementRate, ChartConversation, ChartCCDF,
	ChartFragmentation, ChartAVE, ChartPlanPhases,
}

// Link is an address in the workbench: a page and its query, such as
// /compare with dataset=case:tv-vs-brand.
type Link struct {
	Route string
	Query url.Values
}

// String returns the link as a relative URL: "/compare?dataset=case%3Atv-vs-brand".
func (k Link) String() string {
	if q := k.Query.Encode(); q != "" {
		return k.Route + "?" + q
	}
	return k.Route
}
