package datapage

import (
	"errors"

	"reachlab/app/i18n"
	"reachlab/app/store"
	"reachlab/app/text"
	"reachlab/app/workspace"
)

// causes maps each sentinel error of the workspace and the store, the
// errors this page meets itself, to its message; the engine writes the
// readers' errors.
var causes = []struct {
	err error
	key i18n.Key
}{
	{store.ErrQuota, i18n.ErrMsgQuota},
	{workspace.ErrNotWorkspace, i18n.ErrMsgNotWorkspace},
	{workspace.ErrUnsupportedVersion, i18n.ErrMsgNewerFile},
	{workspace.ErrCorruptWorkspace, i18n.ErrMsgCorruptFile},
}

// cause writes err about file name for people, in l.
func cause(l text.Lang, name string, err error) string {
	for _, c := range causes {
		if errors.Is(err, c.err) {
			return i18n.Tf(l, i18n.DataAt, name, i18n.T(l, c.key))
		}
	}
	return i18n.Tf(l, i18n.DataAt, name, i18n.Tf(l, i18n.ErrMsgOther, err.Error()))
}
