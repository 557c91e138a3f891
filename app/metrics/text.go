package metrics

import "strings"

// Text is a piece of text for people, in French and in English.
type Text struct {
	FR string `json:"fr"` // French
	EN string `json:"en"` // English
}

// In returns the text in the language lang, a BCP 47 tag such as "fr",
// "fr-FR" or "en". French tags get FR; every other tag gets EN.
func (t Text) In(lang string) string {
	if isFrench(lang) {
		return t.FR
	}
	return t.EN
}

// isFrench reports whether the language tag lang names French.
func isFrench(lang string) bool {
	lang = strings.ToLower(lang)
	return lang == "fr" || strings.HasPrefix(lang, "fr-") || strings.HasPrefix(lang, "fr_")
}
