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
	{store.ErrNotExist, i18n.ErrMsgDeleted},
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
	var xe *xlsx.Error
	if errors.As(err, &xe) && xe.Cell != "" {
		where = append(where, i18n.Tf(l, i18n.DataCell, xe.Cell))
	}
	return i18n.Tf(l, i18n.DataAt, strings.Join(where, ", "), Cause(l, err))
}

// Cause is the message for err's sentinel.
func Cause(l text.Lang, err error) string {
	var size *data.SizeError
	if errors.As(err, &size) {
		return i18n.Tf(l, i18n.ErrMsgTooLarge, i18n.Bytes(l, size.Size), i18n.Bytes(l, size.Limit))
	}
	var limit *xlsx.LimitError
	if errors.As(err, &limit) {
		return limitCause(l, limit)
	}
	if errors.Is(err, data.ErrTooDeep) {
		return i18n.Tf(l, i18n.ErrMsgJSONTooDeep, i18n.Number(l, data.MaxJSONNesting, 0))
	}
	for _, c := range causes {
		if errors.Is(err, c.err) {
			return i18n.T(l, c.key)
		}
	}
	return i18n.Tf(l, i18n.ErrMsgOther, err.Error())
}

// limitCause says which limit of the workbook reader a file went over,
// with the file's figure and the limit.
func limitCause(l text.Lang, e *xlsx.LimitError) string {
	count := func(n int64) string { return i18n.Number(l, float64(n), 0) }
	switch e.Limit {
	case xlsx.LimitTotalBytes:
		return i18n.Tf(l, i18n.ErrMsgUnpacked, i18n.Bytes(l, e.Size), i18n.Bytes(l, e.Max))
	case xlsx.LimitPartBytes:
		return i18n.Tf(l, i18n.ErrMsgPartTooLarge, i18n.Bytes(l, e.Size), i18n.Bytes(l, e.Max))
	case xlsx.LimitCells:
		return i18n.Tf(l, i18n.ErrMsgTooManyCells, count(e.Max))
	}
	return i18n.Tf(l, i18n.ErrMsgTooManyParts, count(e.Size), count(e.Max))
}
