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

// SetReadingRequest reads a dataset again with the user's answers to what
// the reader guessed: whether the first row is a header ("yes", "no", or
// "auto" to detect it) and the year of the most recent dates written
// without a year (0 to take it from the file or assume it).
type SetReadingRequest struct {
	Request
	ID     string `json:"id"`
	Header string `json:"header"`
	Year   int    `json:"year,omitempty"`
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
	// Header says whether the first row was read as the header, and why.
	Header HeaderView `json:"header"`
	// Years says how dates written without a year got one; nil when every
	// date has its year.
	Years *YearsView `json:"years,omitempty"`
	// Issues lists the first problems met, each with its place; IssueCount
	// counts them all.
	Issues     []string     `json:"issues,omitempty"`
	IssueCount int          `json:"issueCount,omitempty"`
	IssuesMore string       `json:"issuesMore,omitempty"`
	Columns    []ColumnView `json:"columns"`
}

// HeaderView is the reader's verdict on the first row, and the switch
// that reverses it.
type HeaderView struct {
	// First says the first row names the columns (the switch is on).
	First bool `json:"first"`
	// Why says why, in a sentence.
	Why string `json:"why"`
	// Mode is the user's answer: "auto" (the reader judged), "yes" or
	// "no" (forced by the switch).
	Mode string `json:"mode"`
	// Fixed: the switch cannot be used (a built-in case, JSON objects
	// whose keys name the columns).
	Fixed bool `json:"fixed,omitempty"`
}

// YearsView is how dates written without a year ("July 16", "8 de
// marzo") got one, and the control that sets it.
type YearsView struct {
	// Year is the year of the most recent such dates.
	Year int `json:"year"`
	// Why says in a sentence which columns, how many dates, which years
	// and where they come from (the user, the file's period, assumed).
	Why string `json:"why"`
	// Assumed: no one said the year; the page asks for it.
	Assumed bool `json:"assumed,omitempty"`
	// Chosen: the user set Year.
	Chosen bool `json:"chosen,omitempty"`
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
	// Check says how many cells fail the type the column's role needs,
	// and the first one ("" when all read).
	Check string `json:"check,omitempty"`
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
