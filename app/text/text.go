// Package text is what engines and the UI share to speak two languages: the
// languages ReachLab speaks (Lang), the one parser of language tags, and
// Text, a sentence written in each of them.
//
//	l, _ := text.Parse("fr-CA")                    // text.FR
//	t := text.Text{EN: "Reach", FR: "Couverture"}
//	t.In(l)                                         // "Couverture"
//
// The package depends on nothing but strings, so that every engine can use
// it without pulling the UI's message catalog.
package text

import "strings"

// Lang is a language ReachLab speaks, as a BCP 47 primary language subtag.
type Lang string

// The languages ReachLab speaks.
const (
	EN Lang = "en"
	FR Lang = "fr"
)

// Default is the language used when nothing else is known (for example while
// the host prerenders a page).
const Default = EN

// Langs lists the languages in the order the language switch shows them.
var Langs = []Lang{FR, EN}

// Parse returns the language named by tag ("fr", "fr-CA", "EN_us"), and
// false when tag names no language ReachLab speaks.
func Parse(tag string) (Lang, bool) {
	primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
	primary, _, _ = strings.Cut(primary, "_")
	for _, l := range Langs {
		if string(l) == primary {
			return l, true
		}
	}
	return "", false
}

// Of returns the language named by tag, or Default when tag names none.
func Of(tag string) Lang {
	if l, ok := Parse(tag); ok {
		return l
	}
	return Default
}

// Negotiate picks the first language ReachLab speaks in the user's
// preference list (navigator.languages or Accept-Language tags, best first),
// or Default.
func Negotiate(preferences []string) Lang {
	for _, p := range preferences {
		if l, ok := Parse(p); ok {
			return l
		}
	}
	return Default
}

// OrDefault returns l, or Default when l is not a language ReachLab speaks
// (the zero Lang, say).
func (l Lang) OrDefault() Lang {
	if l == FR || l == EN {
		return l
	}
	return Default
}

// Name is the language's own name, as the language switch shows it.
func (l Lang) Name() string {
	if l == FR {
		return "Français"
	}
	return "English"
}

// Text is a piece of text for people, in English and in French. Literals
// outside this package name the fields: Text{EN: "reach", FR: "couverture"}.
type Text struct {
	EN string `json:"en"`
	FR string `json:"fr"`
}

// In returns the text in l; any language but French gets English.
func (t Text) In(l Lang) string {
	if l == FR {
		return t.FR
	}
	return t.EN
}
