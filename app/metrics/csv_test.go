package metrics

import (
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestWriteChannelsCSVGolden(t *testing.T) {
	rep := Compute(mixedInput(), mixedOptions)
	for _, tt := range []struct {
		name string
		opts CSVOptions
	}{
		{"channels_fr.csv", CSVFrench},
		{"channels_en.csv", CSVEnglish},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteChannelsCSV(&buf, &rep, tt.opts); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("CSV differs from %s (run go test -update to accept):\n%s", golden, buf.String())
			}
		})
	}
}

func TestWriteChannelsCSVFormat(t *testing.T) {
	rep := Compute(mixedInput(), mixedOptions)
	var buf bytes.Buffer
	if err := WriteChannelsCSV(&buf, &rep, CSVFrench); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "\uFEFF") {
		t.Error("no byte order mark")
	}
	if strings.Count(out, "\r\n") != 5 || strings.Count(out, "\n") != 5 {
		t.Errorf("want 5 CRLF-ended lines (header, 3 channels, total), got %q", out)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF")))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header, page, total := recs[0], recs[2], recs[4]
	col := func(name string) int {
		for i, h := range header {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %q in %q", name, header)
		return -1
	}
	tests := []struct {
		row       []string
		col, want string
	}{
		{page, "Canal", "Page"},
		{page, "Type", "Média social"},
		{page, "Messages", "4"},
		{page, "Taux d'engagement (portée) (%)", "5,5"},
		{page, "Commentaires par réaction", "0,2"},
		{page, "Coût par message", "35"},
		{page, "Part d'audience (%)", ""}, // not available: empty cell
		{page, "Taux d'applaudissement", "53,333333333333336"},
		{total, "Canal", "Total"},
		{total, "Portée cumulée", "806000"},
	}
	for _, tt := range tests {
		if got := tt.row[col(tt.col)]; got != tt.want {
			t.Errorf("%s of %s = %q, want %q", tt.col, tt.row[0], got, tt.want)
		}
	}
	if n := len(header); n != 2+36 {
		t.Errorf("%d columns, want channel, kind and 36 metrics", n)
	}
}

func TestWriteChannelsCSVNeutralizesFormulas(t *testing.T) {
	names := []string{"=HYPERLINK(\"http://x\")", "+33 page", "-10", "@SUM(A1)", "\tTab", "\rCR", "Plain; name", "Quote \"q\"", " =1+1", "\u00A0+1", "\uFEFF@x", "＝1+1", "-5 is a name"}
	var msgs []Message
	for _, n := range names {
		msgs = append(msgs, mk(n, "social", "", map[Field]float64{FieldReach: 1}))
	}
	rep := Compute(Input{Messages: msgs, Present: allFields}, Options{})
	var buf bytes.Buffer
	if err := WriteChannelsCSV(&buf, &rep, CSVEnglish); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// encoding/csv drops a lone carriage return when writing CRLF lines, so
	// "\rCR" comes back as "'CR": still marked as text.
	want := []string{"'=HYPERLINK(\"http://x\")", "'+33 page", "'-10", "'@SUM(A1)", "'\tTab", "'CR", "Plain; name", "Quote \"q\"", "' =1+1", "'\u00A0+1", "'\uFEFF@x", "'＝1+1", "'-5 is a name"}
	for i, w := range want {
		if got := recs[i+1][0]; got != w {
			t.Errorf("channel %q written as %q, want %q", names[i], got, w)
		}
	}
}

func TestWriteChannelsCSVRejectsBadSeparators(t *testing.T) {
	rep := Compute(mixedInput(), Options{})
	for _, o := range []CSVOptions{{Comma: '.'}, {Comma: '"'}, {Comma: '\n'}, {Comma: '7'}, {Comma: ',', DecimalComma: true}} {
		err := WriteChannelsCSV(&bytes.Buffer{}, &rep, o)
		if !errors.Is(err, ErrCSVComma) {
			t.Errorf("%+v: error %v, want ErrCSVComma", o, err)
		}
	}
	var buf bytes.Buffer
	if err := WriteChannelsCSV(&buf, &rep, CSVOptions{Lang: "en", Comma: '\t'}); err != nil || !strings.Contains(buf.String(), "Channel\tKind\t") {
		t.Errorf("tab-separated export failed: %v", err)
	}
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteChannelsCSVReportsWriteErrors(t *testing.T) {
	rep := Compute(mixedInput(), Options{})
	err := WriteChannelsCSV(failingWriter{}, &rep, CSVEnglish)
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("error = %v, want the writer's error wrapped", err)
	}
}
