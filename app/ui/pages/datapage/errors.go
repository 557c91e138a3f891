package datapage

import (
	"errors"

	"reachlab/app/i18n"
	"reachlab/app/store"
	"reachlab/app/text"
	"reachlab/app/workspace"
)

// errKey gives the message of an error: of the first sentinel of a list
// that it matches.
type errKey struct {
	err error
	key i18n.Key
}

// keyOf returns the message of the first entry of list that err matches.
func keyOf(list []errKey, err error) (i18n.Key, bool) {
	for _, c := range list {
		if errors.Is(err, c.err) {
			return c.key, true
		}
	}
	return "", false
}

// causes maps each sentinel error of the workspace and the store, the
// errors this page meets itself, to its message; the engine writes the
// readers' errors.
var causes = []errKey{
	{store.ErrQuota, i18n.ErrMsgQuota},
	{workspace.ErrNotWorkspace, i18n.ErrMsgNotWorkspace},
	{workspace.ErrUnsupportedVersion, i18n.ErrMsgNewerFile},
	{workspace.ErrChangedSincePreview, i18n.ErrMsgWSChanged},
	{workspace.ErrCorruptWorkspace, i18n.ErrMsgCorruptFile},
}

// cause writes err about file name for people, in l.
func cause(l text.Lang, name string, err error) string {
	if k, ok := keyOf(causes, err); ok {
		return i18n.Tf(l, i18n.DataAt, name, i18n.T(l, k))
	}
	return i18n.Tf(l, i18n.DataAt, name, i18n.Tf(l, i18n.ErrMsgOther, err.Error()))
}
