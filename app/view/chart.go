package view

// Chart is a chart ready to draw: the ECharts option as JSON, a text
// alternative that says in words what the chart shows (for screen readers
// and for anyone who cannot see the picture), the base name of exported
// images, and the reading pages show under it.
type Chart struct {
	// ID is the DOM id of the chart's container; tests and exports find
	// the chart by it.
	ID       string `json:"id,omitempty"`
	Option   string `json:"option"`
	Alt      string `json:"alt"`
	FileName string `json:"fileName,omitempty"`
	Reading  string `json:"reading,omitempty"`
}
