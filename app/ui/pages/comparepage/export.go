package comparepage

import (
	"bytes"
	"path"
	"strings"
	"unicode"

	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"
	"reachlab/app/ui/shell"
	"reachlab/app/ui/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// fileBase names the page's exports for a dataset:
// "reachlab-compare-<dataset>", where <dataset> is a built-in case's id
// without its "case:" prefix, or the dataset's name without its extension,
// lower case, with every run of characters other than letters and digits
// turned into one hyphen.
func fileBase(m workspace.Meta) string {
	name := strings.TrimPrefix(m.ID, "case:")
	if !m.BuiltIn {
		name = strings.TrimSuffix(m.Name, path.Ext(m.Name))
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

func (p *comparePage) onExportCSV(ctx app.Context, e app.Event) {
	l := p.l()
	b, err := channelsCSV(l, &p.res.rep)
	if err != nil {
		p.alerts = append(p.alerts, err.Error())
		return
	}
	name := fileBase(p.res.meta) + "-channels.csv"
	shell.Download(name, "text/csv;charset=utf-8", b)
	p.status = i18n.Tf(l, i18n.CompareSaved, name)
}
