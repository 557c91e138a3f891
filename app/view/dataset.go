package view

// DatasetRequest asks for the data page's view of one dataset.
type DatasetRequest struct {
	Request
	ID string `json:"id"`
	// Retry reads a dataset whose last read stopped the page (the
	// ErrInterrupted error): the user asked to try again.
	Retry bool `json:"retry,omitempty"`
}

// AddRequest hands a file (or pasted cells) to the engine, which reads it,
// keeps it in the workspace and makes it the current dataset. The bytes
// come with the call (client.Options.File).
type AddRequest struct {
	Request
	Name  string `json:"name"`
	Size  int64  `json:"size,omitempty"`  // the file's size, checked before a byte is read
	Paste bool   `json:"paste,omitempty"` // text pasted from a spreadsheet
}

// SetColumnRequest changes one column's role or type (a value of the
// column's Roles or Types choices); "" leaves it as it is.
type SetColumnRequest struct {
	Request
	ID     string `json:"id"`
	Column int    `json:"column"`
	Role   string `json:"role,omitempty"`
	Type   string `json:"type,omitempty"`
}

// SetSheetRequest reads another sheet of a workbook dataset.
type SetSheetRequest struct {
	Request
	ID    string `json:"id"`
	Sheet int    `json:"sheet"`
}

// SetKindRequest sets the medium kind of the rows that have no kind column
// ("" for unknown).
type SetKindRequest struct {
	Request
	ID   string `json:"id"`
	Kind string `json:"kind"`
}

// Dataset is what the data page shows of one dataset: what the reader
// detected, the problems it met, each column's type and role with why, and
// the size of the preview (its rows come with RowsRequest).
type Dataset struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	BuiltIn bool   `json:"builtIn,omitempty"`
	// Loaded says what was read ("posts.csv: 1,234 rows, 9 columns.").
	Loaded  string `json:"loaded"`
	Summary string `json:"summary"` // "1,234 rows, 9 columns"
	Rows    int    `json:"rows"`
	// Sheets are a workbook's sheets, the one read selected; nil for one.
	Sheets []Choice `json:"sheets,omitempty"`
	// Platform names the export the headers were recognised as, and why.
	Platform       string `json:"platform"`
	PlatformReason string `json:"platformReason"`
	// MediumKinds offers the kind of the rows without a kind column; nil
	// for built-in cases.
	MediumKinds []Choice `json:"mediumKinds,omitempty"`
	Format      []Fact   `json:"format"`
	// Issues lists the first problems met, each with its place; IssueCount
	// counts them all.
	Issues     []string     `json:"issues,omitempty"`
	IssueCount int          `json:"issueCount,omitempty"`
	IssuesMore string       `json:"issuesMore,omitempty"`
	Columns    []ColumnView `json:"columns"`
}

// Fact is one thing the reader detected: encoding, delimiter, decimal mark…
type Fact struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Value string `json:"value"`
}

// ColumnView is one column of the mapping table.
type ColumnView struct {
	Name string `json:"name"`
	// Type and Role are the current type's and role's ids.
	Type     string   `json:"type"`
	Role     string   `json:"role"`
	Types    []Choice `json:"types"`
	Roles    []Choice `json:"roles"`
	Missing  string   `json:"missing"`
	Unparsed string   `json:"unparsed"`
	Why      string   `json:"why"`
}

// RowsRequest asks for rows From to To (excluded) of a dataset's preview.
type RowsRequest struct {
	Request
	ID   string `json:"id"`
	From int    `json:"from"`
	To   int    `json:"to"`
}

// Rows are rows of a preview, each cell written the way the user's language
// writes numbers and dates.
type Rows struct {
	From    int         `json:"from"`
	Headers []string    `json:"headers"`
	Cells   [][]RowCell `json:"cells"`
}

// RowCell is one cell of a preview row: its text, and whether it is a
// number (aligned right) or missing.
type RowCell struct {
	Text    string `json:"t,omitempty"`
	Num     bool   `json:"n,omitempty"`
	Missing bool   `json:"m,omitempty"`
}
