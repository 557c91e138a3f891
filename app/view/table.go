package view

// Table is a table as a page draws it: columns, body rows and footer rows,
// every cell already written in the user's language.
type Table struct {
	Columns []Column `json:"columns"`
	Rows    []Row    `json:"rows"`
	Foot    []Row    `json:"foot,omitempty"`
}

// Column is one column of a Table.
type Column struct {
	// Key identifies the column: a metric id, or a name such as "channel".
	Key  string `json:"key"`
	Name string `json:"name"`
	// Def is the id of the definition the header links to ("" for none).
	Def string `json:"def,omitempty"`
	// Group is the family the column belongs to (audience, engagement,
	// cost, mass-media figures), for a chooser of columns; "" for columns
	// always shown.
	Group string `json:"group,omitempty"`
	// Numeric columns sort by their cells' values, largest first.
	Numeric bool `json:"numeric,omitempty"`
}

// Row is one row of a Table: its first cell heads the row.
type Row struct {
	// Kind and ID say what the row stands for ("channel", "TF1 20h"), for
	// scripts, tests and links.
	Kind  string `json:"kind,omitempty"`
	ID    string `json:"id,omitempty"`
	Cells []Cell `json:"cells"`
}

// Cell is one cell: its text, and for a figure its full-precision value
// (for sorting, scripts and tests) or, when the figure is missing, why.
type Cell struct {
	Text string `json:"text"`
	// Value is the figure when Known.
	Value float64 `json:"value,omitempty"`
	Known bool    `json:"known,omitempty"`
	// Missing says why the figure is not available; the cell shows a
	// short mark and the reason on hover.
	Missing string `json:"missing,omitempty"`
	// Title is the cell's full text when Text is cut.
	Title string `json:"title,omitempty"`
}

// Choice is one option of a select.
type Choice struct {
	Value    string `json:"value"`
	Label    string `json:"label"`
	Selected bool   `json:"selected,omitempty"`
}
