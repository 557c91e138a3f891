package datapage

import (
	"context"
	"strings"
	"testing"
	"time"

	"reachlab/app/plan"
	"reachlab/app/store"
	"reachlab/app/text"
	"reachlab/app/ui/internal/uitest"
	"reachlab/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// previewBox renders the import's preview of a page alone.
type previewBox struct {
	app.Compo
	page *dataPage
	lang text.Lang
}

func (b *previewBox) Render() app.UI { return b.page.renderImportPreview(b.lang) }

// previewOf previews file into w as the page does, and renders the box.
func previewOf(t *testing.T, w *workspace.Workspace, file []byte, l text.Lang) string {
	t.Helper()
	ip, err := w.Preview(context.Background(), file)
	if err != nil {
		t.Fatal(err)
	}
	return uitest.Render(t, &previewBox{page: &dataPage{incoming: &incoming{name: "backup.json", plan: ip}}, lang: l})
}

func TestThePreviewOffersKeepBothOrReplaceOnlyForConflicts(t *testing.T) {
	ctx := context.Background()
	w := workspace.New(store.NewMemory())
	p := plan.NewFromTemplate(plan.TemplateGROW, text.EN, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC))
	p.Title = "Launch <b>"
	b, err := plan.Export(p)
	if err != nil {
		t.Fatal(err)
	}
	w.PutPlan(ctx, p.ID, p.Title, 0, b)
	w.MarkSeen(ctx, "mass-vs-social", 0)
	file, err := w.Export(ctx, time.Now())
	if err != nil {
		t.Fatal(err)
	}

	// Into a fresh browser: everything is new, one button imports.
	html := previewOf(t, workspace.New(store.NewMemory()), file, text.EN)
	for _, want := range []string{
		"Importing backup.json: what it would change",
		"New here, will be added (2): “Launch &lt;b&gt;”, lesson progress",
		`id="workspace-import-confirm"`, `id="workspace-import-cancel"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("fresh import lacks %q:\n%s", want, html)
		}
	}
	if strings.Contains(html, "workspace-import-replace") || strings.Contains(html, "workspace-import-keep") {
		t.Error("a file without conflicts offers to replace")
	}

	// Into the browser it came from, after the plan changed.
	p.Owner = "Newer"
	b, _ = plan.Export(p)
	rec, _ := w.Plan(ctx, p.ID)
	w.PutPlan(ctx, p.ID, p.Title, rec.Rev, b)
	html = previewOf(t, w, file, text.FR)
	for _, want := range []string{
		"Déjà présents avec un autre contenu (1) : « Launch &lt;b&gt; »",
		"Identiques, ignorés (1) : progression des leçons",
		`id="workspace-import-keep"`, `id="workspace-import-replace"`, `id="workspace-import-cancel"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("French conflict lacks %q:\n%s", want, html)
		}
	}
	if strings.Contains(html, "workspace-import-confirm") {
		t.Error("a file with conflicts offers a plain import")
	}
}
