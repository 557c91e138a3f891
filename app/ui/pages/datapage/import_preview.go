package datapage

import (
	"slices"
	"strings"

	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// incoming is a workspace file read and checked, waiting for the user's
// choice.
type incoming struct {
	name     string // the file's name
	plan     workspace.ImportPlan
	applying bool // the import is being written
}

// shownNames is how many names a line of the preview lists.
const shownNames = 10

// renderImportPreview says what importing the file would add, replace and
// skip, and offers the choices: keep both (the default) or replace when
// something is already here with other content, import otherwise; cancel.
func (p *dataPage) renderImportPreview(l text.Lang) app.UI {
	in := p.incoming
	conflicts := in.plan.Count(workspace.Conflict)
	line := func(id string, a workspace.Action, k i18n.Key) app.UI {
		names := itemNames(l, in.plan, a)
		return app.If(len(names) > 0, func() app.UI {
			return app.P().ID(id).Text(i18n.Tf(l, k, len(names), joinNames(l, names)))
		})
	}
	button := func(id string, k i18n.Key, onClick app.EventHandler) app.UI {
		return app.Button().Type("button").ID(id).Disabled(in.applying).Text(i18n.T(l, k)).OnClick(onClick)
	}
	return app.Section().ID("workspace-preview").Class("card").Aria("labelledby", "ws-preview-heading").Body(
		app.H3().ID("ws-preview-heading").Text(i18n.Tf(l, i18n.DataWSPreview, in.name)),
		line("ws-add", workspace.Add, i18n.DataWSAdd),
		line("ws-conflict", workspace.Conflict, i18n.DataWSConflict),
		app.If(settingInConflict(in.plan), func() app.UI {
			return app.P().Class("muted").Text(i18n.T(l, i18n.DataWSSettingsOne))
		}),
		line("ws-same", workspace.Same, i18n.DataWSSame),
		app.If(len(in.plan.Items) == 0, func() app.UI { return app.P().Text(i18n.T(l, i18n.DataWSEmpty)) }),
		app.If(in.applying, func() app.UI { return app.P().Attr("role", "status").Text(i18n.T(l, i18n.DataWSApplying)) }),
		app.P().Class("actions").Body(
			app.If(conflicts > 0, func() app.UI {
				return app.Span().Body(
					button("workspace-import-keep", i18n.DataWSKeep, func(ctx app.Context, e app.Event) { p.onApply(workspace.KeepBoth) }),
					app.Text(" "),
					button("workspace-import-replace", i18n.DataWSReplace, func(ctx app.Context, e app.Event) { p.onApply(workspace.Replace) }),
				)
			}).Else(func() app.UI {
				return button("workspace-import-confirm", i18n.DataWSConfirm, func(ctx app.Context, e app.Event) { p.onApply(workspace.KeepBoth) })
			}),
			app.Text(" "),
			button("workspace-import-cancel", i18n.DataWSCancel, p.onCancelImport),
		),
	)
}

// itemNames names, in l, the items of ip with action a.
func itemNames(l text.Lang, ip workspace.ImportPlan, a workspace.Action) []string {
	var names []string
	for _, it := range ip.Items {
		if it.Action != a {
			continue
		}
		switch it.Kind {
		case workspace.ItemProgress:
			names = append(names, i18n.T(l, i18n.DataWSProgress))
		case workspace.ItemSetting:
			if n := i18n.T(l, i18n.DataWSSetting); !slices.Contains(names, n) {
				names = append(names, n)
			}
		default:
			names = append(names, i18n.Tf(l, i18n.DataWSName, it.Title))
		}
	}
	return names
}

// joinNames lists names, the first shownNames of them.
func joinNames(l text.Lang, names []string) string {
	if len(names) <= shownNames {
		return strings.Join(names, ", ")
	}
	return i18n.Tf(l, i18n.DataWSMore, strings.Join(names[:shownNames], ", "), len(names)-shownNames)
}

// settingInConflict reports whether a setting is in conflict: keeping both
// keeps the one here.
func settingInConflict(ip workspace.ImportPlan) bool {
	for _, it := range ip.Items {
		if it.Action == workspace.Conflict && (it.Kind == workspace.ItemProgress || it.Kind == workspace.ItemSetting) {
			return true
		}
	}
	return false
}
