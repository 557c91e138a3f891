package xlsx

import (
	"math"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		book book
		want string // dump of sheet 0
	}{{
		name: "shared strings, rich text runs, phonetic guide, xml:space and entities",
		book: book{
			shared: []string{
				`<t>Post</t>`,
				`<r><t xml:space="preserve">Hello </t></r><r><rPr><b/></rPr><t> big </t></r><r><t xml:space="preserve"> world</t></r>`,
				`<t>  trimmed  </t>`,
				`<t xml:space="preserve">  kept  </t>`,
				`<t>Caf&#233; &amp; th&#xE9; &lt;3 &quot;ok&quot; &apos;</t>`,
				`<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>`,
				`<t>line_x000D_break and _x005F_x0041_ kept</t>`,
				`<t><![CDATA[<raw> & data]]></t>`,
			},
			sheets: []sheetSpec{{"Posts", `<row r="1">` +
				`<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>` +
				`</row><row r="2">` +
				`<c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" t="s"><v>6</v></c><c r="D2" t="s"><v>7</v></c>` +
				`</row>`}},
		},
		want: "Post|Hello big world|trimmed|  kept  \n" +
			"Café & thé <3 \"ok\" '|東京|line\rbreak and _x0041_ kept|<raw> & data\n",
	}, {
		name: "inline strings, formula strings, booleans, errors, formulas",
		book: book{sheets: []sheetSpec{{"S", `<row r="1">` +
			`<c r="A1" t="inlineStr"><is><t>inline</t></is></c>` +
			`<c r="B1" t="inlineStr"><is><r><t>rich</t></r><r><t xml:space="preserve"> inline</t></r></is></c>` +
			`<c r="C1" t="str"><f>A1&amp;"!"</f><v>inline!</v></c>` +
			`<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>` +
			`<c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
			`<c r="G1"><f>SUM(1,2)</f><v>3</v></c>` +
			`<c r="H1"><f>SUM(1,2)</f></c>` + // not computed: empty
			`<c r="I1" t="n"><v>-12</v></c>` +
			`</row>`}}},
		want: "inline|rich inline|inline!|TRUE|FALSE|#DIV/0!|3||-12\n",
	}, {
		name: "references place cells; gaps are empty; missing rows are nil",
		book: book{sheets: []sheetSpec{{"S",
			`<row r="2"><c r="B2" t="inlineStr"><is><t>b2</t></is></c><c r="D2"><v>4</v></c></row>` +
				`<row r="4" spans="1:3"><c r="C4" s="0"/><c r="A4"><v>1</v></c></row>` + // valueless styled cell, out-of-order cell
				`<row><c><v>1</v></c><c><v>2</v></c><c r="E5"><v>5</v></c><c><v>6</v></c></row>` + // no r: follows the previous
				`<row r="7"><c r="C7" s="0"/></row>` + // only an empty styled cell: no row
				`<row r="9"><c r="A9" t="inlineStr"><is><t></t></is></c></row>`}}}, // empty text: no row
		want: "<nil>\n|b2||4\n<nil>\n1\n1|2|||5|6\n",
	}, {
		name: "numbers as written, shortest digits, percentages",
		book: book{
			xfs: []int{0, 10, 9, 164, 165, 166, 167},
			numFmts: map[int]string{
				164: `0.0%`,
				165: `#,##0.00 "d"`, // a quoted d is not a day
				166: `[Red]0.00;[Blue]-0.00`,
				167: `0.00E+00`,
			},
			sheets: []sheetSpec{{"S", `<row r="1">` +
				`<c r="A1"><v>4.5999999999999996</v></c>` +
				`<c r="B1"><v>1.5E-3</v></c>` +
				`<c r="C1"><v>1234567890123456789</v></c>` +
				`<c r="D1"><v>1E+22</v></c>` +
				`<c r="E1" s="1"><v>0.125</v></c>` +
				`<c r="F1" s="2"><v>7.0000000000000007E-2</v></c>` +
				`<c r="G1" s="3"><v>0.0005</v></c>` +
				`<c r="H1" s="4"><v>12.5</v></c>` +
				`<c r="I1" s="5"><v>-3</v></c>` +
				`<c r="J1" s="6"><v>12000</v></c>` +
				`<c r="K1" s="99"><v>7</v></c>` + // style out of range: General
				`<c r="L1" s="2"><v>-1.5</v></c>` +
				`</row>`}},
		},
		want: "4.6|0.0015|1234567890123456789|1e22|12.5%|7%|0.05%|12.5|-3|12000|7|-150%\n",
	}, {
		name: "dates, times and durations in the 1900 system",
		book: book{
			xfs: []int{0, 14, 22, 21, 46, 164, 165, 166, 167, 168, 169, 20},
			numFmts: map[int]string{
				164: `dd/mm/yyyy`,
				165: `yyyy\-mm\-dd\ hh:mm`,
				166: `[$-fr-FR]d\ mmmm\ yyyy`,
				167: `mm:ss`,
				168: `mmm\ yy`,
				169: `[h]:mm`,
			},
			sheets: []sheetSpec{{"S", `<row r="1">` +
				`<c r="A1" s="1"><v>46217</v></c>` +
				`<c r="B1" s="2"><v>46217.354166666664</v></c>` +
				`<c r="C1" s="3"><v>0.35416666666666669</v></c>` +
				`<c r="D1" s="4"><v>1.2604166666666667</v></c>` +
				`<c r="E1" s="5"><v>46217.99999999</v></c>` + // rounds to the next day's midnight, shown as a date
				`<c r="F1" s="6"><v>46217.5</v></c>` +
				`<c r="G1" s="7"><v>46217</v></c>` +
				`<c r="H1" s="8"><v>0.00208333333333333</v></c>` +
				`<c r="I1" s="9"><v>46217</v></c>` +
				`<c r="J1" s="10"><v>2.5</v></c>` +
				`<c r="K1" s="11"><v>46217.75</v></c>` + // time format on a date: the time of day
				`</row><row r="2">` +
				`<c r="A2" s="1"><v>1</v></c>` +
				`<c r="B2" s="1"><v>59</v></c>` +
				`<c r="C2" s="1"><v>60</v></c>` +
				`<c r="D2" s="1"><v>61</v></c>` +
				`<c r="E2" s="1"><v>0</v></c>` + // day 0: written as a number
				`<c r="F2" s="1"><v>-5</v></c>` +
				`<c r="G2" s="1"><v>2958465</v></c>` +
				`<c r="H2" s="1"><v>2958466</v></c>` + // after 9999-12-31
				`<c r="I2" t="d"><v>2026-07-14T08:30:00Z</v></c>` +
				`<c r="J2" t="d"><v>2026-07-14</v></c>` +
				`</row>`}},
		},
		want: "2026-07-14|2026-07-14 08:30:00|08:30:00|30:15:00|2026-07-15|2026-07-14 12:00:00|2026-07-14|00:03:00|2026-07-14|60:00:00|18:00:00\n" +
			"1900-01-01|1900-02-28|1900-02-29|1900-03-01|0|-5|9999-12-31|2958466|2026-07-14 08:30:00|2026-07-14\n",
	}, {
		name: "the 1904 date system",
		book: book{
			date1904: true,
			xfs:      []int{0, 14, 22},
			sheets: []sheetSpec{{"S", `<row r="1">` +
				`<c r="A1" s="1"><v>44755</v></c>` +
				`<c r="B1" s="2"><v>44755.354166666664</v></c>` +
				`<c r="C1" s="1"><v>0</v></c>` +
				`<c r="D1" t="d"><v>2026-07-14</v></c>` +
				`</row>`}},
		},
		want: "2026-07-14|2026-07-14 08:30:00|1904-01-01|2026-07-14\n",
	}, {
		name: "namespace prefixes and uncompressed parts",
		book: book{prefix: "x:", stored: true, shared: []string{`<x:t>prefixed</x:t>`}, xfs: []int{0, 14},
			sheets: []sheetSpec{{"S", `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>46217</x:v></x:c></x:row>`}}},
		want: "prefixed|2026-07-14\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dump(mustRead(t, tt.book.zip(t), 0))
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestReadCells(t *testing.T) {
	b := book{
		xfs: []int{0, 14, 10},
		sheets: []sheetSpec{{"S", `<row r="1">` +
			`<c r="A1" s="1"><v>46217</v></c>` +
			`<c r="B1" s="2"><v>0.125</v></c>` +
			`<c r="C1" t="b"><v>1</v></c>` +
			`<c r="E1" t="e"><v>#N/A</v></c>` +
			`<c r="F1" t="inlineStr"><is><t>x</t></is></c>` +
			`<c r="G1" s="1"><v>-1</v></c>` +
			`</row>`}},
	}
	row := mustRead(t, b.zip(t), 0).Rows[0]
	want := []Cell{
		{Text: "2026-07-14", Value: 46217, Kind: KindNumber, Format: FormatDate},
		{Text: "12.5%", Value: 0.125, Kind: KindNumber, Format: FormatPercent},
		{Text: "TRUE", Value: 1, Kind: KindBool},
		{},
		{Text: "#N/A", Kind: KindError},
		{Text: "x", Kind: KindString},
		{Text: "-1", Value: -1, Kind: KindNumber, Format: FormatDate},
	}
	if len(row) != len(want) {
		t.Fatalf("got %d cells %+v, want %d", len(row), row, len(want))
	}
	for i := range want {
		if row[i] != want[i] {
			t.Errorf("cell %s: got %+v, want %+v", columnName(i), row[i], want[i])
		}
	}
}

func TestSheets(t *testing.T) {
	b := book{
		shared: []string{`<t>first</t>`, `<t>second</t>`},
		sheets: []sheetSpec{
			{"Posts", `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`},
			{"Stats &amp; more", `<row r="1"><c r="A1" t="s"><v>1</v></c></row>`},
			{"Empty", ``},
		},
	}
	w := mustOpen(t, b.zip(t))
	if got := w.Sheets(); len(got) != 3 || got[0] != "Posts" || got[1] != "Stats & more" || got[2] != "Empty" {
		t.Fatalf("Sheets() = %q", got)
	}
	if w.Date1904() {
		t.Error("Date1904() = true without the flag")
	}
	for i, want := range []string{"first\n", "second\n", ""} {
		s, err := w.Read(i)
		if err != nil {
			t.Fatal(err)
		}
		if got := dump(s); got != want || s.Name != w.Sheets()[i] {
			t.Errorf("Read(%d) = %q named %q, want %q", i, got, s.Name, want)
		}
	}
	// A sheet can be read again.
	if s, err := w.Read(0); err != nil || dump(s) != "first\n" {
		t.Errorf("second Read(0) = %v, %v", s, err)
	}
}

func TestDateText(t *testing.T) {
	tests := []struct {
		serial   float64
		format   Format
		date1904 bool
		want     string
		ok       bool
	}{
		{46217, FormatDate, false, "2026-07-14", true},
		{46217.25, FormatDateTime, false, "2026-07-14 06:00:00", true},
		{45352, FormatDate, false, "2024-03-01", true}, // after a leap day
		{45351, FormatDate, false, "2024-02-29", true},
		{60.5, FormatDateTime, false, "1900-02-29 12:00:00", true},
		{0.5, FormatDate, false, "", false},
		{0.5, FormatTime, false, "12:00:00", true},
		{0, FormatTime, false, "00:00:00", true},
		{1.0 / 86400 * 0.4, FormatTime, false, "00:00:00", true},
		{1.0 / 86400 * 0.6, FormatTime, false, "00:00:01", true},
		{-0.5, FormatTime, false, "", false},
		{100.5, FormatDuration, false, "2412:00:00", true},
		{0, FormatDate, true, "1904-01-01", true},
		{44755, FormatDate, true, "2026-07-14", true},
		{2957003, FormatDate, true, "9999-12-31", true},
		{2957004, FormatDate, true, "", false},
		{math.NaN(), FormatDate, false, "", false},
		{math.Inf(1), FormatDate, false, "", false},
	}
	for _, tt := range tests {
		got, ok := dateText(tt.serial, tt.format, tt.date1904)
		if got != tt.want || ok != tt.ok {
			t.Errorf("dateText(%v, %v, 1904=%v) = %q, %v; want %q, %v", tt.serial, tt.format, tt.date1904, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCivilRoundTrip(t *testing.T) {
	for days := int64(-800000); days <= 3000000; days += 997 {
		y, m, d := civil(days)
		if back := daysFromCivil(y, m, d); back != days {
			t.Fatalf("civil(%d) = %d-%d-%d, back to %d", days, y, m, d, back)
		}
	}
	if y, m, d := civil(0); y != 1970 || m != 1 || d != 1 {
		t.Errorf("civil(0) = %d-%d-%d", y, m, d)
	}
}

func TestClassifyFormat(t *testing.T) {
	tests := []struct {
		code string
		want Format
	}{
		{"General", FormatGeneral},
		{"0.00", FormatGeneral},
		{"#,##0", FormatGeneral},
		{"@", FormatGeneral},
		{"0.00E+00", FormatGeneral},
		{`0 "days"`, FormatGeneral},
		{`#,##0\ \d`, FormatGeneral},
		{"[Red]0.00;[Blue]-0.00", FormatGeneral},
		{`_-* #,##0.00\ "€"_-;\-* #,##0.00\ "€"_-`, FormatGeneral},
		{"0%", FormatPercent},
		{"0.0%;[Red]-0.0%", FormatPercent},
		{"dd/mm/yyyy", FormatDate},
		{"m/d/yy", FormatDate},
		{"mmmm", FormatDate},
		{"[$-40C]dddd d mmmm yyyy", FormatDate},
		{"[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", FormatDate},
		{"yyyy-mm-dd hh:mm:ss", FormatDateTime},
		{"d/m/yy h:mm AM/PM", FormatDateTime},
		{"h:mm", FormatTime},
		{"mm:ss", FormatTime},
		{"h:mm AM/PM", FormatTime},
		{"[h]:mm:ss", FormatDuration},
		{"[mm]:ss", FormatDuration},
		{"[Blue][h]:mm", FormatDuration},
		{"", FormatGeneral},
		{`"unterminated`, FormatGeneral},
		{"[unterminated", FormatGeneral},
	}
	for _, tt := range tests {
		if got := classifyFormat(tt.code); got != tt.want {
			t.Errorf("classifyFormat(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

func TestBuiltinFormat(t *testing.T) {
	want := map[Format][]int{
		FormatGeneral:  {0, 1, 2, 3, 4, 11, 12, 13, 37, 49, 59},
		FormatPercent:  {9, 10},
		FormatDate:     {14, 15, 16, 17, 27, 36, 50, 58},
		FormatTime:     {18, 19, 20, 21, 45, 47},
		FormatDateTime: {22},
		FormatDuration: {46},
	}
	for f, ids := range want {
		for _, id := range ids {
			if got := builtinFormat(id); got != f {
				t.Errorf("builtinFormat(%d) = %v, want %v", id, got, f)
			}
		}
	}
}

func TestDecimalText(t *testing.T) {
	tests := []struct {
		v     float64
		shift int
		want  string
	}{
		{0, 0, "0"},
		{math.Copysign(0, -1), 2, "0"},
		{4.6, 0, "4.6"},
		{-0.0015, 0, "-0.0015"},
		{123456, 0, "123456"},
		{1.5e20, 0, "150000000000000000000"},
		{1e22, 0, "1e22"},
		{1.25e-22, 0, "1.25e-22"},
		{0.07, 2, "7"},
		{0.125, 2, "12.5"},
		{1.5, 2, "150"},
		{0.00001, 2, "0.001"},
	}
	for _, tt := range tests {
		if got := decimalText(tt.v, tt.shift); got != tt.want {
			t.Errorf("decimalText(%v, %d) = %q, want %q", tt.v, tt.shift, got, tt.want)
		}
	}
}

func TestCellRef(t *testing.T) {
	tests := []struct {
		ref      string
		col, row int
		ok       bool
	}{
		{"A1", 0, 1, true},
		{"C7", 2, 7, true},
		{"Z10", 25, 10, true},
		{"AA1", 26, 1, true},
		{"xfd1048576", 16383, 1048576, true},
		{"XFE1", 0, 0, false},
		{"A1048577", 0, 0, false},
		{"A0", 0, 0, false},
		{"A01", 0, 0, false},
		{"1", 0, 0, false},
		{"A", 0, 0, false},
		{"A1B", 0, 0, false},
		{"$A$1", 0, 0, false},
		{"", 0, 0, false},
		{"AAAAAAAAAAAAAAAAAAAAAAAA1", 0, 0, false},
	}
	for _, tt := range tests {
		col, row, ok := parseCellRef([]byte(tt.ref))
		if col != tt.col || row != tt.row || ok != tt.ok {
			t.Errorf("parseCellRef(%q) = %d, %d, %v; want %d, %d, %v", tt.ref, col, row, ok, tt.col, tt.row, tt.ok)
		}
		if ok {
			if name := cellName(col, row); name != strings.ToUpper(tt.ref) {
				t.Errorf("cellName(%d, %d) = %q, want %q", col, row, name, tt.ref)
			}
		}
	}
}
