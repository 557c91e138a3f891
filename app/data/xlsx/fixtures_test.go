package xlsx

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the testdata fixtures and golden files")

// fixtures are the workbooks committed to testdata, for this package's
// golden tests and for the importer's end-to-end tests.
var fixtures = map[string]book{
	// posts.xlsx looks like a social network's posts export opened and saved
	// in Excel: shared strings with a rich text cell, date-times, a
	// custom date format, percentages, an empty cell, an inline string and
	// a second sheet.
	"posts.xlsx": {
		shared: []string{
			`<t>Post ID</t>`, `<t>Publish time</t>`, `<t>Title</t>`, `<t>Reach</t>`, `<t>Reactions</t>`, `<t>Engagement rate</t>`, `<t>Day</t>`,
			`<t>Lancement de l’été &amp; soldes</t>`,
			`<r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Live </t></r><r><rPr><sz val="11"/></rPr><t>Q&amp;A</t></r>`,
			`<t>Behind the scenes</t>`,
			`<t>Source</t>`, `<t>Exported from the page's insights, July 2026</t>`,
		},
		xfs:     []int{0, 22, 10, 164, 3},
		numFmts: map[int]string{164: `[$-fr-FR]dd/mm/yyyy`},
		sheets: []sheetSpec{
			{"Posts",
				`<row r="1" spans="1:7" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c></row>` +
					`<row r="2" spans="1:7" x14ac:dyDescent="0.25"><c r="A2" t="str"><v>104233_9001</v></c><c r="B2" s="1"><v>46217.354166666664</v></c><c r="C2" t="s"><v>7</v></c><c r="D2" s="4"><v>15230</v></c><c r="E2"><v>412</v></c><c r="F2" s="2"><v>2.7051871306631648E-2</v></c><c r="G2" s="3"><v>46217</v></c></row>` +
					`<row r="3" spans="1:7" x14ac:dyDescent="0.25"><c r="A3" t="str"><v>104233_9002</v></c><c r="B3" s="1"><v>46218.791666666664</v></c><c r="C3" t="s"><v>8</v></c><c r="D3" s="4"><v>8840</v></c><c r="E3"><v>97</v></c><c r="F3" s="2"><v>1.0972850678733032E-2</v></c><c r="G3" s="3"><v>46218</v></c></row>` +
					`<row r="4" spans="1:7" x14ac:dyDescent="0.25"><c r="A4" t="str"><v>104233_9003</v></c><c r="B4" s="1"><v>46220.5</v></c><c r="C4" t="s"><v>9</v></c><c r="D4" s="4"><v>0</v></c><c r="F4" s="2"/><c r="G4" s="3"><v>46220</v></c></row>` +
					`<row r="5" spans="1:7" x14ac:dyDescent="0.25"><c r="A5" t="inlineStr"><is><t>104233_9004</t></is></c><c r="B5" s="1"><v>46221.4375</v></c><c r="D5" s="4"><v>120345</v></c><c r="E5"><v>2210</v></c><c r="F5" s="2"><v>1.8363870538867422E-2</v></c><c r="G5" s="3"><v>46221</v></c></row>`},
			{"Notes", `<row r="1"><c r="A1" t="s"><v>10</v></c><c r="B1" t="s"><v>11</v></c></row>`},
		},
	},
	// dates1904.xlsx uses the 1904 date system of old Mac workbooks.
	"dates1904.xlsx": {
		date1904: true,
		shared:   []string{`<t>Date</t>`, `<t>Time</t>`, `<t>Viewers</t>`},
		xfs:      []int{0, 14, 21},
		sheets: []sheetSpec{{"Audience",
			`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>` +
				`<row r="2"><c r="A2" s="1"><v>44755</v></c><c r="B2" s="2"><v>0.875</v></c><c r="C2"><v>5120000</v></c></row>` +
				`<row r="3"><c r="A3" s="1"><v>44756</v></c><c r="B3" s="2"><v>0.86458333333333337</v></c><c r="C3"><v>4870000</v></c></row>`}},
	},
}

// golden writes every sheet of a workbook as text: a "# name" line, then
// one line per row with tab-separated cells, each as text, kind and
// format where they say more than the text.
func golden(w *Workbook) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "date1904=%v\n", w.Date1904())
	for i, name := range w.Sheets() {
		s, err := w.Read(i)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, "# %s\n", name)
		for _, row := range s.Rows {
			cells := make([]string, len(row))
			for j, c := range row {
				cells[j] = fmt.Sprintf("%q", c.Text)
				if c.Kind == KindNumber {
					cells[j] += fmt.Sprintf(" (%v %s)", c.Value, c.Format)
				}
			}
			b.WriteString(strings.Join(cells, "\t") + "\n")
		}
	}
	return b.String(), nil
}

func TestFixtures(t *testing.T) {
	for name, fixture := range fixtures {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name)
			goldenPath := strings.TrimSuffix(path, ".xlsx") + ".golden"
			if *update {
				if err := os.WriteFile(path, fixture.zip(t), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got, err := golden(mustOpen(t, data))
			if err != nil {
				t.Fatal(err)
			}
			if *update {
				if err := os.WriteFile(goldenPath, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(goldenPath)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s:\n%s", path, goldenPath, got)
			}
		})
	}
}
