package data

import "fmt"

// Type is how a column's cells are stored and read. The zero value, Auto,
// is not a column type: in a Mapping or in Options it means "infer".
type Type uint8

// The column types.
const (
	Auto    Type = iota // no override: infer the type by vote
	Text                // strings, kept verbatim
	Number              // float64; NaN marks a missing or unreadable cell
	Percent             // float64 in percent units: "12,5 %" is 12.5, not 0.125
	Date                // Unix seconds (UTC) in int64; MissingTime marks a missing cell
)

var typeNames = [...]string{Auto: "", Text: "text", Number: "number", Percent: "percent", Date: "date"}

// String returns the stable lower-case name used in saved mappings:
// "text", "number", "percent", "date", or "" for Auto.
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", t)
}

// Numeric reports whether cells are stored as float64 (Number, Percent).
func (t Type) Numeric() bool { return t == Number || t == Percent }

// MarshalText encodes the type by its name, so JSON mappings stay readable.
func (t Type) MarshalText() ([]byte, error) {
	if int(t) >= len(typeNames) {
		return nil, fmt.Errorf("%w: %d", ErrInvalidType, t)
	}
	return []byte(typeNames[t]), nil
}

// UnmarshalText decodes a name written by MarshalText.
func (t *Type) UnmarshalText(b []byte) error {
	for i, name := range typeNames {
		if name == string(b) {
			*t = Type(i)
			return nil
		}
	}
	return fmt.Errorf("%w: %q", ErrInvalidType, b)
}

// DateOrder is the order of day and month in numeric dates such as
// 05/07/2026. The zero value, OrderAuto, means "decide from the column".
type DateOrder uint8

// Date orders. Year-first dates (2026-07-05) are never ambiguous and do not
// depend on it.
const (
	OrderAuto DateOrder = iota
	DMY                 // 05/07/2026 is 5 July 2026 (French, British)
	MDY                 // 05/07/2026 is May 7, 2026 (American)
)

// String returns "DMY", "MDY" or "" for OrderAuto.
func (o DateOrder) String() string {
	switch o {
	case DMY:
		return "DMY"
	case MDY:
		return "MDY"
	}
	return ""
}

// Encoding is the character encoding of a text file. The zero value,
// EncodingAuto, means "detect".
type Encoding uint8

// Encodings the CSV reader understands. Everything is converted to UTF-8.
const (
	EncodingAuto Encoding = iota
	UTF8
	UTF16LE     // Excel "Unicode text", always with a byte order mark
	UTF16BE     // rare, with a byte order mark
	Windows1252 // French and Western Excel "CSV (separator: semicolon)"; a superset of Latin-1's printable range
)

// String returns the encoding's usual label ("UTF-8", "UTF-16LE", ...).
func (e Encoding) String() string {
	switch e {
	case UTF8:
		return "UTF-8"
	case UTF16LE:
		return "UTF-16LE"
	case UTF16BE:
		return "UTF-16BE"
	case Windows1252:
		return "windows-1252"
	}
	return ""
}
