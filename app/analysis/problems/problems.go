// Package problems writes for people, in their language, the errors the
// readers and the store return: the file, the line and column where one
// applies, and its cause.
//
//	problems.Problem(text.FR, "posts.csv", err) // "posts.csv, ligne 12, colonne 3 : …"
package problems

import (
	"context"
	"errors"
	"strings"

	"reachlab/app/data"
	"reachlab/app/data/xlsx"
	"reachlab/app/i18n"
	"reachlab/app/store"
	"reachlab/app/tables"
	"reachlab/app/text"
)

// causes maps each sentinel error of the readers and the store to its
// message, most specific first.
var causes = []struct {
	err error
	key i18n.Key
}{
	{data.ErrEmpty, i18n.ErrMsgEmpty},
	{data.ErrBinary, i18n.ErrMsgBinary},
	{data.ErrNoRows, i18n.ErrMsgNoRows},
	{data.ErrTooManyColumns, i18n.ErrMsgTooManyCols},
	{data.ErrSyntax, i18n.ErrMsgJSONSyntax},
	{data.ErrNotTable, i18n.ErrMsgJSONNotTable},
	{data.ErrUnclosedQuote, i18n.ErrMsgUnclosed},
	{data.ErrQuote, i18n.ErrMsgQuote},
	{data.ErrFieldCount, i18n.ErrMsgFieldCount},
	{data.ErrEncoding, i18n.ErrMsgEncoding},
	{data.ErrTotalRow, i18n.ErrMsgTotalRow},
	{data.ErrBlankRow, i18n.ErrMsgBlankRow},
	{data.ErrUnparsed, i18n.ErrMsgUnparsed},
	{data.ErrAmbiguous, i18n.ErrMsgAmbiguous},
	{data.ErrDuplicateName, i18n.ErrMsgDuplicate},
	{data.ErrRoleType, i18n.ErrMsgRoleType},
	{xlsx.ErrBinaryWorkbook, i18n.ErrMsgOldXLS},
	{xlsx.ErrNotXLSX, i18n.ErrMsgNotXLSX},
	{xlsx.ErrCorrupt, i18n.ErrMsgCorruptXLSX},
	{xlsx.ErrNoSheet, i18n.ErrMsgNoSheet},
	{store.ErrQuota, i18n.ErrMsgQuota},
	{context.Canceled, i18n.ErrMsgCancelled},
	{tables.ErrInterrupted, i18n.ErrMsgInterrupted},
}

// Problem writes err for people, in l: the file, the line and column where
// it applies, and the cause. name is the file the user gave, used when the
// error does not say.
func Problem(l text.Lang, name string, err error) string {
	where := []string{name}
	var pe *data.ParseError
	if errors.As(err, &pe) {
		if pe.File != "" {
			where[0] = pe.File
		}
		if pe.Line > 0 {
			where = append(where, i18n.Tf(l, i18n.DataLine, pe.Line))
		}
		if pe.Column > 0 {
			where = append(where, i18n.Tf(l, i18n.DataColumn, pe.Column))
		}
	}
	return i18n.Tf(l, i18n.DataAt, strings.Join(where, ", "), Cause(l, err))
}

// Cause is the message for err's sentinel.
func Cause(l text.Lang, err error) string {
	var size *data.SizeError
	if errors.As(err, &size) {
		return i18n.Tf(l, i18n.ErrMsgTooLarge, i18n.Bytes(l, size.Size), i18n.Bytes(l, size.Limit))
	}
	if errors.Is(err, data.ErrTooLarge) || errors.Is(err, xlsx.ErrTooLarge) {
		return i18n.Tf(l, i18n.ErrMsgTooLarge, "?", i18n.Bytes(l, data.DefaultMaxSize))
	}
	for _, c := range causes {
		if errors.Is(err, c.err) {
			return i18n.T(l, c.key)
		}
	}
	return i18n.Tf(l, i18n.ErrMsgOther, err.Error())
}
