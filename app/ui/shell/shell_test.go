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

// breaking is a page whose view panics while it is built.
type breaking struct {
	app.Compo
	lang text.Lang
}

func (b *breaking) Render() app.UI {
	return Guard(b.lang, "/plan", func() app.UI {
		var budget map[string]float64
		budget["total"] = 1 // a nil map: the kind of bug Guard must contain
		return Frame(b.lang, "/plan", app.P().Text("never shown"))
	})
}

func TestGuardShowsABrokenViewInsteadOfStopping(t *testing.T) {
	for l, want := range map[text.Lang]string{text.EN: "This view could not be shown", text.FR: "Cette vue n&#39;a pas pu être affichée"} {
		html := uitest.Render(t, &breaking{lang: l})
		if !strings.Contains(html, want) || !strings.Contains(html, `id="view-failed"`) {
			t.Errorf("%s: no error box in %q", l, html)
		}
		if !strings.Contains(html, "assignment to entry in nil map") || !strings.Contains(html, `id="view-failed-home"`) {
			t.Errorf("%s: the box does not say why or offer a way back", l)
		}
		if strings.Contains(html, "never shown") || !strings.Contains(html, `id="lang-en"`) {
			t.Errorf("%s: the frame is not kept around the box", l)
		}
	}
	if html := uitest.Render(t, &framed{lang: text.EN}); strings.Contains(html, "view-failed") {
		t.Error("a view that renders shows the error box")
	}
}
