package engine

import (
	"context"
	"errors"

	"reachlab/app/i18n"
	"reachlab/app/store"
	"reachlab/app/tables"
	"reachlab/app/text"
	"reachlab/app/view"
	"reachlab/app/workspace"
)

// readError is the error a page gets when dataset name cannot be read.
func readError(l text.Lang, name string, err error) error {
	if errors.Is(err, workspace.ErrDamaged) {
		return &view.Error{Message: i18n.Tf(l, i18n.ErrMsgOther, err.Error())}
	}
	return fail(l, name, err)
}

// codeOf is the code pages tell err by.
func codeOf(err error) view.ErrorCode {
	switch {
	case errors.Is(err, store.ErrNotExist):
		return view.ErrNotFound
	case errors.Is(err, context.Canceled):
		return view.ErrCanceled
	case errors.Is(err, tables.ErrInterrupted):
		return view.ErrInterrupted
	}
	return ""
}
