package i18n

import "strings"

// Lang is a UI language, as a BCP 47 primary language subtag.
type Lang string

// The languages ReachLab speaks.
const (
	EN Lang = "en"
	FR Lang = "fr"
)

// Default is the language used when nothing else is known (for example while
// the host prerenders a page).
const Default = EN

// Langs lists the supported languages in the order the switch shows them.
var Langs = []Lang{FR, EN}

// Parse returns the supported language named by tag ("fr", "fr-CA", "EN_us"),
// and false when tag names no supported language.
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

// Negotiate picks the first supported language in the user's preference list
// (navigator.languages or Accept-Language tags, best first), or Default.
func Negotiate(preferences []string) Lang {
	for _, p := range preferences {
		if l, ok := Parse(p); ok {
			return l
		}
	}
	return Default
}

// Name is the language's own name, as the switch shows it.
func (l Lang) Name() string {
	if l == FR {
		return "Français"
	}
	return "English"
}
