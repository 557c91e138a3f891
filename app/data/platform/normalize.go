package platform

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize reduces a header to the form the dictionaries use: repaired
// if it was UTF-8 read as Windows-1252 ("RÃ©actions"), without byte order
// marks, soft hyphens and zero-width characters, lower case, without
// accents on Latin letters, without parenthesised or bracketed parts
// (units such as "(%)" or "(hours)", notes such as "(excluding off-site
// video views)"; full-width brackets too), with every run of other
// characters than letters and digits turned into one space, and trimmed.
// Letters of other scripts stay as they are, lower-cased where the script
// has cases: "URLのクリック数" becomes "urlのクリック数", never "url".
//
// "  Réactions (total) " becomes "reactions"; "PDA 4+ (%)" becomes "pda 4";
// "J’aime" becomes "j aime"; "Da\u00adtum" (German YouTube Studio writes
// soft hyphens) becomes "datum".
func normalize(header string) string {
	base, _ := normalizeParts(header)
	return base
}

// normalizeParts is normalize that also returns the qualifier the header
// ends with in brackets, normalised, when it is one of qualifiers:
// "Impressions (organic)" gives "impressions" and "organic".
func normalizeParts(header string) (base, qualifier string) {
	header = repairMojibake(header)
	var b, inner strings.Builder
	depth := 0
	space, innerSpace := false, false
	for _, r := range header {
		switch r {
		case '(', '[', '（', '［':
			if depth == 0 {
				inner.Reset()
				innerSpace = false
			}
			depth++
			continue
		case ')', ']', '）', '］':
			if depth == 1 {
				if w := inner.String(); qualifiers[w] != "" {
					qualifier = w
				}
			}
			depth = max(0, depth-1)
			space = true
			continue
		}
		if invisible(r) {
			continue
		}
		folded, ok := fold(r)
		if depth > 0 {
			if ok {
				if innerSpace && inner.Len() > 0 {
					inner.WriteByte(' ')
				}
				innerSpace = false
				inner.WriteString(folded)
			} else {
				innerSpace = true
			}
			continue
		}
		if !ok {
			space = true
			continue
		}
		if qualifier != "" {
			qualifier = "" // text after the brackets: they did not end the header
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(folded)
	}
	return b.String(), qualifier
}

// Qualifier kinds: the column gives the whole figure, or a part of it.
const (
	qualTotal = "total"
	qualPart  = "part"
)

// qualifiers maps the normalised words that qualify a figure in brackets
// to their kind: "(total)" is the figure itself, "(organic)" and
// "(sponsored)" parts of it (LinkedIn's page metrics).
var qualifiers = func() map[string]string {
	m := map[string]string{}
	for _, w := range []string{"total", "totale", "totales", "totaux", "gesamt", "insgesamt", "合計"} {
		m[w] = qualTotal
	}
	for _, w := range []string{"organic", "sponsored", "paid", "boosted", "organique", "organiques", "sponsorise",
		"sponsorisee", "sponsorises", "payant", "organico", "organica", "patrocinado", "patrocinada", "organisch",
		"gesponsert", "bezahlt"} {
		m[w] = qualPart
	}
	return m
}()

// markerKey is the key of a telltale header: normalised, with its
// qualifier if any, so that "Impressions (total)" is told from
// "Impressions".
func markerKey(header string) string {
	base, qual := normalizeParts(header)
	if qual != "" {
		return base + " (" + qual + ")"
	}
	return base
}

// invisible reports whether r is a character exports insert without
// meaning: a soft hyphen, a zero-width space or joiner, a byte order mark.
func invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// fold returns r in lower case, Latin letters without accents, or false
// for anything else than a letter or a digit (punctuation, spaces,
// symbols).
func fold(r rune) (string, bool) {
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return string(r), true
	case r >= 'A' && r <= 'Z':
		return string(r + 'a' - 'A'), true
	case r < utf8.RuneSelf:
		return "", false
	}
	if s, ok := accents[r]; ok {
		return s, true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
		return string(unicode.ToLower(r)), true
	}
	return "", false
}

// accents folds the Latin letters of French and the other western
// European languages exports use.
var accents = func() map[rune]string {
	m := map[rune]string{'œ': "oe", 'Œ': "oe", 'æ': "ae", 'Æ': "ae", 'ß': "ss"}
	for base, letters := range map[string]string{
		"a": "àâäáãåÀÂÄÁÃÅ", "c": "çÇ", "e": "éèêëÉÈÊË", "i": "îïíìÎÏÍÌ",
		"n": "ñÑ", "o": "ôöóòõøÔÖÓÒÕØ", "u": "ùûüúÙÛÜÚ", "y": "ÿýŸÝ",
	} {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

// repairMojibake undoes the commonest encoding accident of exports: UTF-8
// bytes decoded as Windows-1252, which turns "é" into "Ã©" and a byte
// order mark into "ï»¿". It re-encodes s in Windows-1252 and keeps the
// result if that is valid UTF-8 with fewer characters; otherwise s is
// returned unchanged.
func repairMojibake(s string) string {
	if !strings.ContainsAny(s, "ÃÂâÅï") {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x80 || (r >= 0xa0 && r <= 0xff):
			b = append(b, byte(r))
		default:
			c, ok := cp1252[r]
			if !ok {
				return s
			}
			b = append(b, c)
		}
	}
	if !utf8.Valid(b) || utf8.RuneCount(b) >= utf8.RuneCountInString(s) {
		return s
	}
	return string(b)
}

// cp1252 maps the characters Windows-1252 puts in bytes 0x80–0x9f back
// to their bytes.
var cp1252 = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
	'‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93,
	'”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b,
	'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
}

// prefixes are words that add nothing to what a column counts: "Total
// likes" counts likes, "Nombre de vues" counts views. lookupKeys tries a
// header with and without them.
var prefixes = []string{"total ", "nombre total de ", "nombre total d ", "nombre de ", "nombre d ", "nb de ", "nb ", "lifetime "}

// lookupKeys returns the normalised header and, if it starts with one of
// prefixes, the header without it.
func lookupKeys(norm string) []string {
	keys := []string{norm}
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(norm, p); ok && rest != "" {
			keys = append(keys, rest)
		}
	}
	return keys
}
