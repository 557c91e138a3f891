// Package data reads the tables people bring to ReachLab — spreadsheet
// exports of social media and audience figures, as CSV, TSV, pasted cells,
// JSON or records from another reader (XLSX) — into typed, columnar
// tables, and remembers what each column means.
//
//	t, err := data.ReadCSV(ctx, fileBytes, data.Options{Name: "export.csv", Locale: "fr"})
//	if err != nil {
//		// a *data.ParseError: errors.Is(err, data.ErrBinary), data.ErrTooLarge, …
//	}
//	views := t.Column("Vues")          // a *Column, typed by vote: Number here
//	total := 0.0
//	for _, v := range views.Floats() { // NaN marks a missing cell, never 0
//		if !math.IsNaN(v) {
//			total += v
//		}
//	}
//	fmt.Println(views.Decision().Explain("fr")) // why Number, why a decimal comma
//	for _, issue := range t.Issues {             // ragged rows, a skipped total row, …
//		fmt.Println(issue)
//	}
//
// # Reading
//
// ReadCSV detects, in order: the encoding (a byte order mark; UTF-16
// without one by its NUL bytes; valid UTF-8; otherwise Windows-1252, the
// French Excel default, unless invalid bytes are rare among valid UTF-8
// sequences: then UTF-8 with them replaced and reported as ErrEncoding);
// binary files (ErrBinary); an Excel "sep=;" first line; the delimiter among ",", ";",
// tab and "|"; title lines above the header (LinkedIn exports); the header,
// or that there is none (see Header row); and a "Total" row right under it
// (YouTube Studio exports), skipped and reported. Options can force each of
// these. ReadPaste reads cells pasted from a spreadsheet (tab-separated),
// ReadJSON an array of objects (or of arrays, or of values), FromRecords
// and ReadRecords string records (an XLSX sheet's rows), and Read chooses
// between CSV and JSON for an io.Reader. All of them end in the same
// typing pipeline.
//
// Readers never panic on any input and use memory in proportion to it.
// Problems that leave the table usable (a ragged row, padded or cut; an
// unclosed quote; unreadable cells; blank rows) are listed in Table.Issues
// with their line; only inputs that give no table fail (empty, binary,
// header without rows, too large, too many columns, broken JSON). Long
// reads call Options.Progress at least every MiB and stop when their
// context is cancelled.
//
// # Header row
//
// Many files of one number per line, such as the data sets of Clauset,
// Shalizi and Newman's power-law paper, have no header. A header's cells
// are names, so the first row is taken as data (Format.Header.Missing,
// ErrNoHeader in Table.Issues) when every cell of it above a column of
// numbers, dates or codes reads as that column's type, as judged from the
// first rows below it: "14086" above numbers. It stays a header when one
// such cell is text ("Reach" above numbers) or of another type (a date
// above numbers), when its numbers name periods (years such as "2019;
// 2020; 2021" above numbers that are not years, or 1, 2, 3…), when a total
// row follows it, and when no column holds numbers, dates or codes (text
// alone cannot tell). Without a header the columns are named "Column 1",
// "Column 2"… Options.Header forces either reading; Header.Explain says
// what was decided and why.
//
// # Typing
//
// Every cell votes: blank, missing marker ("n/a", "-", …), number, number
// with "%", date, identifier (digits with a leading zero, or more than 15
// of them) or text. A column is Number (Percent when most numbers have a
// "%") or Date when at least VoteThreshold (80 %) of its non-missing cells
// read so; otherwise Text. Cells that do not read as the column's type are
// kept as missing values and counted in Stats, with the first few located.
//
// Numbers are parsed straight from the file's bytes, as French and English
// spreadsheets write them: "1 234 567,89" (space, no-break or narrow
// no-break space groups), "1.234.567,89", "1,234,567.89", "12,5 %",
// "1.2K", "3,4 M", "2 Md", "1.5B", "€12", "12 €", "(1 234)" for -1234. The
// decimal separator is decided per column from the cells that read only
// one way ("1,5", "1,234,567"); a column of "1,234"-style cells only,
// which read both ways, follows the file's other columns, then the
// delimiter (";" files come from French Excel: decimal comma), then
// Options.Locale. Dates are read in ISO 8601, dd/mm/yyyy or mm/dd/yyyy
// (decided per column the same way: a first number above 12 proves day
// first), and with English or French month names ("Tue, Jul 14, 2026",
// "14 juil. 2026"). Decision tells what was decided and why, in a sentence
// in French or English (Decision.Explain), and Issues report decisions
// taken by default (ErrAmbiguous).
//
// # Speed and memory
//
// The reader is written for WebAssembly in a browser, where each loop
// iteration is costly: its scanner and number parser look at 8 bytes per
// iteration (see swar.go), search quotes with the runtime's memchr, and
// allocate nothing per cell. A table keeps the file's decoded text (for
// UTF-8, the caller's bytes themselves), text cells as 8-byte spans of it,
// numbers as []float64 and dates as []int64: about the file's size plus 8
// bytes a cell. Keeping the text is what lets Table.SetType re-type a
// column later, by scanning it again, without keeping each cell's raw text.
//
// # Columns, roles and mappings
//
// Each Column has a name, a Type, a roles.Role (what it means to the
// engines: reach, impressions, channel, …), its Decision and Stats.
// Table.SetType overrides a type (re-reading the column), Table.SetRole
// sets a role, and a Mapping — column name to role and type override,
// JSON-serialisable — is saved per dataset and applied with Table.Apply or
// Options.Mapping when the same kind of file comes back.
package data
