package view

import "reachlab/app/text"

// Error is an error as the engine reports it to a page: a message already in
// the user's language, and a code for pages that react to some errors.
type Error struct {
	Code    ErrorCode `json:"code,omitempty"`
	Message string    `json:"message"`
}

func (e *Error) Error() string { return e.Message }

// ErrorCode names the errors pages tell apart.
type ErrorCode string

// The error codes.
const (
	ErrCanceled    ErrorCode = "canceled"    // the page cancelled the call
	ErrNotFound    ErrorCode = "not-found"   // no dataset (or plan) of that id
	ErrUnavailable ErrorCode = "unavailable" // the engine could not start (no WebAssembly worker)
	ErrBadRequest  ErrorCode = "bad-request" // the request could not be read
	ErrInterrupted ErrorCode = "interrupted" // reading this dataset stopped the page last time
)

// Request is what every request carries.
type Request struct {
	// Lang is the language results are written in.
	Lang text.Lang `json:"lang"`
}
