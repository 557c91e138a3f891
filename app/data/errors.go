package data

import (
	"errors"
	"fmt"
	"strconv"
)

// Sentinel errors, to be tested with errors.Is so that the UI can choose a
// translated message.
//
// A reader's fatal error is a *ParseError wrapping one of the first group
// (or the context's error when cancelled). Every entry of Table.Issues is a
// *ParseError wrapping one of the second group. Table.SetRole, SetType and
// Apply return errors wrapping the third group.
var (
	// Fatal: nothing useful could be read.
	ErrEmpty          = errors.New("empty file")
	ErrBinary         = errors.New("binary file, not text")
	ErrNoRows         = errors.New("header without data rows")
	ErrTooLarge       = errors.New("file too large") // always through a *SizeError
	ErrTooManyColumns = errors.New("too many columns")
	ErrSyntax         = errors.New("syntax error")         // JSON
	ErrTooDeep        = errors.New("JSON nested too deep") // valid JSON nested beyond MaxJSONNesting
	ErrNotTable       = errors.New("no array of objects")  // JSON; also an issue for an element that is not an object

	// Issues: the table was read, with this problem at this place.
	ErrUnclosedQuote = errors.New("quoted field never closed")
	ErrQuote         = errors.New("text after a closing quote")
	ErrFieldCount    = errors.New("wrong number of fields")
	ErrEncoding      = errors.New("invalid text encoding")
	ErrTotalRow      = errors.New("total row skipped")
	ErrBlankRow      = errors.New("blank row skipped")
	ErrUnparsed      = errors.New("cells not readable as the column type")
	ErrAmbiguous     = errors.New("format decided by default")
	ErrDuplicateName = errors.New("duplicate column name")
	ErrNoHeader      = errors.New("no header row: the first row is read as data") // judged so (see Format.Header)
	ErrYearAssumed   = errors.New("year assumed for dates written without one")   // see Column.Years and Options.Year

	// Table edits.
	ErrUnknownColumn = errors.New("unknown column")
	ErrInvalidRole   = errors.New("invalid role")
	ErrRoleType      = errors.New("role needs a numeric column")
	ErrInvalidType   = errors.New("invalid column type")
)

// ParseError locates a problem in the input, in the manner of encoding/csv.
//
// Line is the 1-based line of the file where the problem starts (lines are
// ended by LF, CRLF or a lone CR, including those inside quoted fields); 0
// when the problem concerns the whole file. Column is the 1-based field
// number (the column of the cell, not a byte or character offset, so that
// the UI can point at the cell); 0 when the problem concerns a whole line or
// the file. For JSON input Line and Column are the line and the character
// (rune) position of the offending byte.
type ParseError struct {
	File   string // Options.Name, may be empty
	Line   int    // 1-based line, 0 if not tied to a line
	Column int    // 1-based field (or JSON character), 0 if none
	Err    error  // wraps one of the Err* sentinels
}

// Error formats the location then the cause, as "name:12:3: cause".
func (e *ParseError) Error() string {
	prefix := e.File
	if e.Line > 0 {
		prefix += ":" + strconv.Itoa(e.Line)
		if e.Column > 0 {
			prefix += ":" + strconv.Itoa(e.Column)
		}
	}
	if prefix == "" {
		return e.Err.Error()
	}
	return prefix + ": " + e.Err.Error()
}

// Unwrap returns the cause, so that errors.Is(err, ErrFieldCount) works.
func (e *ParseError) Unwrap() error { return e.Err }

// SizeError says a file is larger than the accepted limit. It wraps
// ErrTooLarge and carries both sizes for the message.
type SizeError struct {
	Size  int64 // bytes in the file (at least this many when read from a stream)
	Limit int64 // Options.MaxSize
}

// Error names both sizes in bytes.
func (e *SizeError) Error() string {
	return fmt.Sprintf("%v: %d bytes, limit %d", ErrTooLarge, e.Size, e.Limit)
}

// Unwrap returns ErrTooLarge.
func (e *SizeError) Unwrap() error { return ErrTooLarge }

// detail wraps a sentinel with a human-readable explanation, keeping
// errors.Is working.
func detail(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{sentinel}, args...)...)
}

// maxIssuesPerKind bounds the issues kept for each sentinel; the others are
// only counted in Table.IssuesOmitted, so a hostile file with a million ragged
// rows does not build a million issues.
const maxIssuesPerKind = 20

// issueLog collects the issues of one read.
type issueLog struct {
	file    string
	list    []*ParseError
	perKind map[error]int
	omitted int
}

// add records an issue at line and field column; cause wraps sentinel.
func (l *issueLog) add(sentinel error, line, column int, cause error) {
	if l == nil {
		return
	}
	if l.perKind == nil {
		l.perKind = make(map[error]int)
	}
	l.perKind[sentinel]++
	if l.perKind[sentinel] > maxIssuesPerKind {
		l.omitted++
		return
	}
	if cause == nil {
		cause = sentinel
	}
	l.list = append(l.list, &ParseError{File: l.file, Line: line, Column: column, Err: cause})
}

// logMark is the state of an issue log at one point of a read.
type logMark struct {
	n       int
	perKind map[error]int
	omitted int
}

// mark returns the log's state, for restore.
func (l *issueLog) mark() logMark {
	if l == nil {
		return logMark{}
	}
	m := logMark{n: len(l.list), omitted: l.omitted, perKind: make(map[error]int, len(l.perKind))}
	for k, v := range l.perKind {
		m.perKind[k] = v
	}
	return m
}

// restore forgets the issues added since m was taken.
func (l *issueLog) restore(m logMark) {
	if l == nil {
		return
	}
	clear(l.list[m.n:])
	l.list, l.perKind, l.omitted = l.list[:m.n], m.perKind, m.omitted
}
