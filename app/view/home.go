package view

import "reachlab/app/text"

// HomeRequest asks for the home page's chart.
type HomeRequest struct {
	Request
}

// Home is the home page's chart of the built-in TV-versus-brand case, with
// the reading under it, in Lang.
type Home struct {
	Lang  text.Lang `json:"lang"`
	Chart Chart     `json:"chart"`
}
