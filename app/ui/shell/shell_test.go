package shell

import (
	"strings"
	"testing"

	"reachlab/app/text"
	"reachlab/app/ui/internal/uitest"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// framed is a page made of the frame alone.
type framed struct {
	app.Compo
	lang text.Lang
}

func (f *framed) Render() app.UI {
	return Frame(f.lang, "/data", app.H1().Text("<b>user title</b>"))
}

func TestFrame(t *testing.T) {
	html := uitest.Render(t, &framed{lang: text.FR})
	if !strings.HasPrefix(uitest.TagWith(html, `id="main"`), "<main") || !strings.Contains(html, `href="#main"`) {
		t.Error("no skip link to the main content")
	}
	if !strings.Contains(html, `id="lang-fr"`) || !strings.Contains(html, `id="lang-en"`) {
		t.Error("no language switch")
	}
	if !strings.Contains(html, "Aller au contenu") || !strings.Contains(html, ">Données<") {
		t.Error("the frame is not in French")
	}
	if strings.Contains(html, "<b>user title</b>") || !strings.Contains(html, "&lt;b&gt;user title&lt;/b&gt;") {
		t.Error("text content is not escaped")
	}
}

func TestLangSwitchMarksTheCurrentLanguage(t *testing.T) {
	html := uitest.Render(t, &langSwitch{Lang: text.FR})
	// go-app writes the value "true" as a bare attribute when it encodes
	// HTML (the browser DOM gets aria-pressed="true"; the e2e tests check it).
	fr := uitest.TagWith(html, `id="lang-fr"`)
	if !strings.Contains(fr, `aria-pressed`) || strings.Contains(fr, `aria-pressed="false"`) {
		t.Errorf("French button not pressed: %s", fr)
	}
	if en := uitest.TagWith(html, `id="lang-en"`); !strings.Contains(en, `aria-pressed="false"`) {
		t.Errorf("English button pressed: %s", en)
	}
}

func TestUpdateNoticeOnlyWhenReady(t *testing.T) {
	if html := uitest.Render(t, &updateNotice{Lang: text.EN}); strings.Contains(html, "update-notice") {
		t.Error("notice shown with no update")
	}
	html := uitest.Render(t, &updateNotice{Lang: text.EN, updateReady: true})
	if !strings.Contains(html, "A new version of ReachLab is ready") || !strings.Contains(html, `id="update-reload"`) {
		t.Errorf("notice missing: %s", html)
	}
}
