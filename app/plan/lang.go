package plan

import "strings"

// Languages the package writes text in. User text is stored as typed; these
// codes pick the language of the texts the package supplies (template names,
// issue texts, criteria, questions, Markdown headings).
const (
	LangFR = "fr"
	LangEN = "en"
)

// NormalizeLang maps a language tag to LangFR or LangEN: "fr" and any "fr-…"
// or "fr_…" tag (any case) give LangFR, everything else gives LangEN.
func NormalizeLang(lang string) string {
	l := strings.ToLower(strings.TrimSpace(lang))
	if l == "fr" || strings.HasPrefix(l, "fr-") || strings.HasPrefix(l, "fr_") {
		return LangFR
	}
	return LangEN
}

// Text is a package-supplied text in French and English.
type Text struct {
	FR string
	EN string
}

// In returns the text in lang (see NormalizeLang).
func (t Text) In(lang string) string {
	if NormalizeLang(lang) == LangFR {
		return t.FR
	}
	return t.EN
}
