package main

import (
	"slices"
	"strings"
)

// Content codings the host sends, in its order of preference on equal
// weights.
const (
	codingBr       = "br"
	codingGzip     = "gzip"
	codingIdentity = "identity"
)

// preference is the order that breaks ties between equal weights.
var preference = []string{codingBr, codingGzip, codingIdentity}

// negotiateEncoding picks, per RFC 9110 §12.5.3, the coding to send given
// the request's Accept-Encoding value and the codings of the
// representations available (identity is the unencoded body). Codings are
// case-insensitive ("x-gzip" is gzip); each weight is its q parameter,
// 1 when absent, other parameters ignored; an element with an invalid
// weight is ignored. A coding not listed takes the weight of "*" if listed;
// identity not listed and not covered by "*" stays acceptable with the
// least weight, 0.001. The highest weight wins, ties go to br, then gzip,
// then identity. ok is false when every available coding has weight 0:
// the answer is then 406. An empty or absent header means identity.
func negotiateEncoding(header string, available ...string) (coding string, ok bool) {
	weights := parseAcceptEncoding(header)
	best, bestQ := "", 0
	for _, c := range preference {
		if !slices.Contains(available, c) {
			continue
		}
		if q := weightOf(weights, c); q > bestQ {
			best, bestQ = c, q
		}
	}
	return best, bestQ > 0
}

// weightOf is c's weight in thousandths under the rules of
// negotiateEncoding.
func weightOf(weights map[string]int, c string) int {
	if q, ok := weights[c]; ok {
		return q
	}
	if q, ok := weights["*"]; ok {
		return q
	}
	if c == codingIdentity {
		return 1
	}
	return 0
}

// parseAcceptEncoding maps each listed coding, lower case, to its weight in
// thousandths (0 to 1000). When a coding is listed twice, the first wins.
func parseAcceptEncoding(header string) map[string]int {
	weights := map[string]int{}
	for _, element := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(element, ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		if name == "x-gzip" {
			name = codingGzip
		}
		q, ok := 1000, true
		for _, p := range strings.Split(params, ";") {
			key, value, _ := strings.Cut(p, "=")
			if strings.EqualFold(strings.TrimSpace(key), "q") {
				q, ok = parseQValue(strings.TrimSpace(value))
				break
			}
		}
		if _, seen := weights[name]; ok && !seen {
			weights[name] = q
		}
	}
	return weights
}

// parseQValue reads an RFC 9110 qvalue ("0", "0.5", "1.000") as
// thousandths; ok is false for anything else ("2", "0.5000", "-1", "").
func parseQValue(s string) (q int, ok bool) {
	whole, frac, _ := strings.Cut(s, ".")
	if (whole != "0" && whole != "1") || len(frac) > 3 {
		return 0, false
	}
	q = int(whole[0]-'0') * 1000
	scale := 100
	for i := 0; i < len(frac); i++ {
		d := frac[i]
		if d < '0' || d > '9' {
			return 0, false
		}
		q += int(d-'0') * scale
		scale /= 10
	}
	if q > 1000 {
		return 0, false
	}
	return q, true
}
