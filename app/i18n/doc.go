// Package i18n holds every text ReachLab shows, in French and English, and
// formats numbers the way each language writes them.
//
//	lang := text.Negotiate([]string{"fr-FR", "en"}) // text.FR
//	i18n.T(lang, i18n.NavCompare)                   // "Comparer"
//	i18n.Number(lang, 1234.5, 1)                    // "1 234,5" (no-break space)
//	i18n.Number(text.EN, 1234.5, 1)                 // "1,234.5"
//
// Messages are declared once, in catalog.go, with both languages side by
// side; a test checks that none is missing or empty.
package i18n
