package data

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestSniffLayout(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		delim      byte // forced, 0 to sniff
		headerLine int  // forced, 0 to detect
		keepTotal  bool
		want       layout // dataStart is checked through the first data line
		firstData  string // the text at dataStart, up to its line end
	}{
		{"comma", "a,b,c\n1,2,3\n", 0, 0, false,
			layout{delim: ',', header: []string{"a", "b", "c"}, headerLine: 1, dataLine: 2}, "1,2,3"},
		{"semicolon with decimal commas", "Chaîne;Part\nTF1;19,5\nM6;8,9\nArte;2,7\n", 0, 0, false,
			layout{delim: ';', header: []string{"Chaîne", "Part"}, headerLine: 1, dataLine: 2}, "TF1;19,5"},
		{"semicolon with quoted commas", "a;b\n\"x, y\";1\n\"z, w, v\";2\n", 0, 0, false,
			layout{delim: ';', header: []string{"a", "b"}, headerLine: 1, dataLine: 2}, "\"x, y\";1"},
		{"tab", "a\tb\n1\t2\n", 0, 0, false,
			layout{delim: '\t', header: []string{"a", "b"}, headerLine: 1, dataLine: 2}, "1\t2"},
		{"pipe", "a|b|c\n1|2|3\n", 0, 0, false,
			layout{delim: '|', header: []string{"a", "b", "c"}, headerLine: 1, dataLine: 2}, "1|2|3"},
		{"one column", "views\n12\n13\n", 0, 0, false,
			layout{delim: ',', header: []string{"views"}, headerLine: 1, dataLine: 2}, "12"},
		{"forced delimiter", "a;b,c\n1;2,3\n", ',', 0, false,
			layout{delim: ',', header: []string{"a;b", "c"}, headerLine: 1, dataLine: 2}, "1;2,3"},
		{"sep line", "sep=;\r\na;b\r\n1;2\r\n", 0, 0, false,
			layout{delim: ';', sepLine: true, header: []string{"a", "b"}, headerLine: 2, dataLine: 3}, "1;2"},
		{"quoted sep line", "\"sep=|\"\na|b\n1|2\n", 0, 0, false,
			layout{delim: '|', sepLine: true, header: []string{"a", "b"}, headerLine: 2, dataLine: 3}, "1|2"},
		{"title lines", "Page statistics\n\"Period: June 1, 2026 - June 30, 2026\"\n\nDate,Views,Likes\n06/01/2026,1,2\n", 0, 0, false,
			layout{delim: ',', titleLines: 3, header: []string{"Date", "Views", "Likes"}, headerLine: 4, dataLine: 5}, "06/01/2026,1,2"},
		{"title with a comma", "Report for Brand, Inc.\nDate,Views,Likes,Shares\n1,2,3,4\n5,6,7,8\n", 0, 0, false,
			layout{delim: ',', titleLines: 1, header: []string{"Date", "Views", "Likes", "Shares"}, headerLine: 2, dataLine: 3}, "1,2,3,4"},
		{"blank separator rows above", ";;;\nChaîne;Vues;Part;Date\nTF1;1;2;3\n", 0, 0, false,
			layout{delim: ';', titleLines: 1, header: []string{"Chaîne", "Vues", "Part", "Date"}, headerLine: 2, dataLine: 3}, "TF1;1;2;3"},
		{"forced header line", "x,y\na,b\n1,2\n", 0, 2, false,
			layout{delim: ',', titleLines: 1, header: []string{"a", "b"}, headerLine: 2, dataLine: 3}, "1,2"},
		{"total row", "Content,Views\nTotal,30\nA,10\nB,20\n", 0, 0, false,
			layout{delim: ',', header: []string{"Content", "Views"}, headerLine: 1, totalLine: 2, dataLine: 3}, "A,10"},
		{"totaux row", "Chaîne;Vues\nTotaux;30\nA;10\n", 0, 0, false,
			layout{delim: ';', header: []string{"Chaîne", "Vues"}, headerLine: 1, totalLine: 2, dataLine: 3}, "A;10"},
		{"total général row", "Chaîne;Vues\n\"Total général :\";30\nA;10\n", 0, 0, false,
			layout{delim: ';', header: []string{"Chaîne", "Vues"}, headerLine: 1, totalLine: 2, dataLine: 3}, "A;10"},
		{"total kept", "Content,Views\nTotal,30\nA,10\n", 0, 0, true,
			layout{delim: ',', header: []string{"Content", "Views"}, headerLine: 1, dataLine: 2}, "Total,30"},
		{"total further down is data", "Content,Views\nA,10\nTotal,30\n", 0, 0, false,
			layout{delim: ',', header: []string{"Content", "Views"}, headerLine: 1, dataLine: 2}, "A,10"},
		{"header only", "a,b,c\n", 0, 0, false,
			layout{delim: ',', header: []string{"a", "b", "c"}, headerLine: 1, dataLine: 2}, ""},
		{"quoted header with escapes", "\"a \"\"b\"\"\",c\n1,2\n", 0, 0, false,
			layout{delim: ',', header: []string{`a "b"`, "c"}, headerLine: 1, dataLine: 2}, "1,2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := sniffLayout(tt.in, tt.delim, tt.headerLine, tt.keepTotal)
			if err != nil {
				t.Fatal(err)
			}
			rest := tt.in[got.dataStart:]
			if i := strings.IndexAny(rest, "\r\n"); i >= 0 {
				rest = rest[:i]
			}
			if rest != tt.firstData {
				t.Errorf("data starts with %q, want %q", rest, tt.firstData)
			}
			// The header record starts a line: the header's line.
			before := strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(tt.in[:got.headerStart])
			if line := strings.Count(before, "\n") + 1; line != got.headerLine || before != "" && !strings.HasSuffix(before, "\n") {
				t.Errorf("header record at offset %d (line %d), want the start of line %d", got.headerStart, line, got.headerLine)
			}
			got.dataStart, got.headerStart = 0, 0
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("layout = %+v\nwant     %+v", got, tt.want)
			}
		})
	}
}

func TestSniffLayoutErrors(t *testing.T) {
	if _, err := sniffLayout("\n\n\r\n", 0, 0, false); !errors.Is(err, ErrNoRows) {
		t.Errorf("blank lines: err = %v, want ErrNoRows", err)
	}
	wide := strings.Repeat("a,", maxColumns) + "a\n1\n"
	if _, err := sniffLayout(wide, 0, 0, false); !errors.Is(err, ErrTooManyColumns) {
		t.Errorf("wide header: err = %v, want ErrTooManyColumns", err)
	}
}
