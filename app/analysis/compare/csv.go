package compare

import (
	"bytes"
	"path"
	"strings"
	"unicode"

	"reachlab/app/metrics"
	"reachlab/app/text"
)

// fileBase names the page's exports for a dataset:
// "reachlab-compare-<dataset>", where <dataset> is a built-in case's id
// without its "case:" prefix, or the dataset's name without its extension,
// lower case, with every run of characters other than letters and digits
// turned into one hyphen.
func fileBase(id, name string) string {
	if strings.HasPrefix(id, "case:") {
		name = strings.TrimPrefix(id, "case:")
	} else {
		name = strings.TrimSuffix(name, path.Ext(name))
	}
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
			continue
		}
		hyphen = true
	}
	if b.Len() == 0 {
		return "reachlab-compare"
	}
	return "reachlab-compare-" + b.String()
}

// channelsCSV is the channel table as a CSV file in the UI language's
// spreadsheet format (French: ';' and decimal commas).
func channelsCSV(l text.Lang, rep *metrics.Report) ([]byte, error) {
	preset := metrics.CSVEnglish
	if l == text.FR {
		preset = metrics.CSVFrench
	}
	var b bytes.Buffer
	err := metrics.WriteChannelsCSV(&b, rep, preset)
	return b.Bytes(), err
}
