package data

import "time"

// Format is what a reader found out about a file. Every line number is
// 1-based and counts the file's physical lines (LF, CRLF or CR), so the UI
// can point at them.
type Format struct {
	Kind       Kind      // what was read: CSV (or TSV, paste), JSON, records
	Encoding   Encoding  // CSV: the file's encoding, now decoded to UTF-8
	BOM        bool      // CSV: the file started with a byte order mark
	Delimiter  byte      // CSV: ',', ';', '\t' or '|'
	Quote      byte      // CSV: '"'; 0 for JSON and records
	SepLine    bool      // CSV: an Excel "sep=;" first line set the delimiter
	TitleLines int       // CSV: lines skipped above the header (titles, a date range, blank lines)
	HeaderLine int       // line of the header (record number for records); 0 when Header.Missing
	Header     Header    // whether the first row was read as the header, and why
	TotalLine  int       // CSV: line of the total row skipped under the header, 0 if none
	Decimal    byte      // decimal separator of most numeric columns, 0 if none
	Group      rune      // group separator seen most in numbers, 0 if none
	DateOrder  DateOrder // order of day and month of most date columns, OrderAuto if none
}

// Kind is the kind of input a table was read from.
type Kind uint8

// Input kinds.
const (
	KindCSV     Kind = iota + 1 // delimited text: CSV, TSV, a paste
	KindJSON                    // an array of objects
	KindRecords                 // string records from another reader (XLSX)
)

// String returns "csv", "json", "records", or "" for the zero Kind.
func (k Kind) String() string {
	switch k {
	case KindCSV:
		return "csv"
	case KindJSON:
		return "json"
	case KindRecords:
		return "records"
	}
	return ""
}

// DefaultMaxSize is the largest input read when Options.MaxSize is 0.
const DefaultMaxSize = 1 << 30

// Options tune a read. The zero value detects everything. Each field that
// forces a detail says what its zero value means.
type Options struct {
	// Name names the input in errors and becomes Table.Name; usually the
	// file name.
	Name string

	// MaxSize is the largest input accepted, in bytes; larger inputs fail
	// with a *SizeError wrapping ErrTooLarge. 0 means DefaultMaxSize (1 GiB).
	MaxSize int64

	// Size is the input's size when known (File.size in a browser). Read
	// uses it to refuse a too large file before reading it, and to read
	// into one allocation. 0 means unknown.
	Size int64

	// Encoding forces the CSV encoding; EncodingAuto detects it.
	Encoding Encoding

	// Delimiter forces the CSV delimiter; 0 sniffs it.
	Delimiter byte

	// HeaderLine forces the line of the header (1-based); 0 detects title
	// lines above it. For records, it is the number of the header record in
	// the source (the spreadsheet row of the header); 0 means 1.
	HeaderLine int

	// Header says whether the first row (below any title lines) names the
	// columns: HeaderAuto judges it (Format.Header tells the verdict and
	// why), HeaderYes and HeaderNo force it. Without a header the columns
	// are named "Column 1", "Column 2"… (ColumnName) and the first row is
	// data. JSON objects always name their columns by their keys.
	Header HeaderMode

	// KeepTotal keeps a "Total" row found directly under the header as a
	// data row; false skips and reports it.
	KeepTotal bool

	// Decimal forces the decimal separator of every numeric column ('.' or
	// ','); 0 decides per column.
	Decimal byte

	// DateOrder forces the order of day and month; OrderAuto decides per
	// column.
	DateOrder DateOrder

	// Locale is the user's language, "fr" or "en", used as a last resort
	// to read ambiguous numbers and dates; "" means unknown.
	Locale string

	// Year is the year of the most recent dates written without a year
	// ("July 16", "8 de marzo"): the latest date of such a column falls in
	// it, and earlier dates in the years before when the column crosses a
	// new year (see Years). 0 takes the years from Period, else assumes the
	// most recent years not after Today and reports them (ErrYearAssumed,
	// Column.Years).
	Year int

	// Period is the span of time the file covers when its name or title
	// says so; dates written without a year then fall no later than its
	// end. The zero value means unknown.
	Period Period

	// Today is the reference of the assumed years: no date written without
	// a year is put after this day. The zero value means the current date;
	// tests set it to stay deterministic.
	Today time.Time

	// Mapping, when not nil, applies remembered roles and types while
	// reading (cheaper than Table.Apply afterwards: no second pass). Names
	// it holds that the table lacks are ignored; roles that do not fit are
	// left unset and reported in Table.Issues (ErrInvalidRole, ErrRoleType).
	Mapping *Mapping

	// Progress, when not nil, is called as the read goes, at least every
	// MiB of text, with the bytes processed and the total (of the decoded
	// text, which may differ from the file size). A second pass, when a
	// column must be read again, reports again from the start; so does the
	// typing of JSON after its parsing. In a browser, the callback is where
	// the UI yields to the event loop.
	Progress func(done, total int64)
}

// maxSize returns the effective size limit.
func (o *Options) maxSize() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return DefaultMaxSize
}
