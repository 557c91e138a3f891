package platform

import (
	"strings"
	"unicode/utf8"
)

// normalize reduces a header to the form the dictionaries use: repaired
// if it was UTF-8 read as Windows-1252 ("RÃ©actions"), without byte order
// marks, lower case, without accents, without parenthesised or bracketed
// parts (units such as "(%)" or "(hours)", notes such as "(excluding
// off-site video views)"), with every run of other characters than
// letters and digits turned into one space, and trimmed.
//
// "  Réactions (total) " becomes "reactions"; "PDA 4+ (%)" becomes "pda 4";
// "J’aime" becomes "j aime".
func normalize(header string) string {
	header = repairMojibake(header)
	var b strings.Builder
	depth := 0
	space := false
	for _, r := range header {
		switch r {
		case '(', '[':
			depth++
			continue
		case ')', ']':
			depth = max(0, depth-1)
			space = true
			continue
		}
		if depth > 0 {
			continue
		}
		folded, ok := fold(r)
		if !ok {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(folded)
	}
	return b.String()
}

// fold returns r in lower case without accents, as ASCII letters or
// digits, or false for anything else (punctuation, spaces, symbols, byte
// order marks).
func fold(r rune) (string, bool) {
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return string(r), true
	case r >= 'A' && r <= 'Z':
		return string(r + 'a' - 'A'), true
	}
	if s, ok := accents[r]; ok {
		return s, true
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
