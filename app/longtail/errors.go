package longtail

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error returned by this package is an *Error whose
// Err is one of these (or the context's error when Bootstrap or
// BootstrapPart is cancelled), so the UI can pick a translated message with
// errors.Is.
var (
	// ErrTooFewValues: fewer usable values (positive and finite) than the
	// computation needs, e.g. fewer than Options.MinTail for a power-law fit.
	ErrTooFewValues = errors.New("too few values")
	// ErrNoVariation: every usable value is the same (or the candidate tails
	// hold a single distinct value), so no distribution can be fitted.
	ErrNoVariation = errors.New("no variation in the values")
	// ErrInvalidArgument: an option or argument is out of its documented
	// range (negative target point count, fraction outside (0, 1], ...).
	ErrInvalidArgument = errors.New("invalid argument")
	// ErrInvalidRow: an input row (snapshot, daily count, audience share or
	// histogram bin) is malformed: negative, not finite, duplicated, ...
	ErrInvalidRow = errors.New("invalid input row")
	// ErrNumerical: a computation did not reach a finite result (an optimiser
	// that never found a finite likelihood, for instance).
	ErrNumerical = errors.New("numerical failure")
)

// Error says where and why a computation failed. It wraps one of the Err*
// sentinels, in the manner of encoding/csv's ParseError.
type Error struct {
	Op     string // the exported function or method that failed, e.g. "Fit"
	Row    int    // 0-based index of the offending input row, or -1
	Detail string // English detail for developers and logs
	Err    error  // one of the Err* sentinels
}

// Error formats the operation, the row when there is one, the cause and the
// detail, as "longtail.Fit: too few values: 3 usable values, need 10".
func (e *Error) Error() string {
	msg := "longtail." + e.Op
	if e.Row >= 0 {
		msg += fmt.Sprintf(": row %d", e.Row)
	}
	msg += ": " + e.Err.Error()
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return msg
}

// Unwrap returns the sentinel, for errors.Is.
func (e *Error) Unwrap() error { return e.Err }

// newError builds an *Error not tied to an input row.
func newError(op string, sentinel error, format string, args ...any) *Error {
	return &Error{Op: op, Row: -1, Detail: fmt.Sprintf(format, args...), Err: sentinel}
}

// rowError builds an *Error that points at input row row.
func rowError(op string, row int, sentinel error, format string, args ...any) *Error {
	return &Error{Op: op, Row: row, Detail: fmt.Sprintf(format, args...), Err: sentinel}
}
