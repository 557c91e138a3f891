package xlsx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"
)

// benchSheet returns the <sheetData> content of a posts table with rows of
// 10 cells: an id, a shared string title, a date-time, six counts and a
// percentage.
func benchSheet(rows int) string {
	var b strings.Builder
	for r := 1; r <= rows; r++ {
		fmt.Fprintf(&b, `<row r="%d" spans="1:10">`, r)
		fmt.Fprintf(&b, `<c r="A%d" t="str"><v>104233_%d</v></c>`, r, r)
		fmt.Fprintf(&b, `<c r="B%d" t="s"><v>%d</v></c>`, r, r%50)
		fmt.Fprintf(&b, `<c r="C%d" s="1"><v>%.10f</v></c>`, r, 46000+float64(r)/7)
		for c := 0; c < 6; c++ {
			fmt.Fprintf(&b, `<c r="%c%d"><v>%d</v></c>`, 'D'+c, r, (r*7919+c*104729)%100000)
		}
		fmt.Fprintf(&b, `<c r="J%d" s="2"><v>%.17g</v></c>`, r, float64(r%1000)/1e4)
		b.WriteString(`</row>`)
	}
	return b.String()
}

func benchBook(rows int) book {
	shared := make([]string, 50)
	for i := range shared {
		shared[i] = fmt.Sprintf(`<t>Post title number %d, with some words</t>`, i)
	}
	return book{shared: shared, xfs: []int{0, 22, 10}, sheets: []sheetSpec{{"Posts", benchSheet(rows)}}}
}

func BenchmarkRead(b *testing.B) {
	for _, rows := range []int{1_000, 10_000} {
		data := benchBook(rows).zip(b)
		b.Run(fmt.Sprintf("cells=%d", rows*10), func(b *testing.B) {
			b.SetBytes(int64(len(benchSheet(rows))))
			b.ReportAllocs()
			for b.Loop() {
				w, err := Open(bytes.NewReader(data), int64(len(data)))
				if err != nil {
					b.Fatal(err)
				}
				if _, err := w.Read(0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkTokens compares the scanner with encoding/xml on one sheet's
// XML, the measure behind writing our own scanner.
func BenchmarkTokens(b *testing.B) {
	doc := `<worksheet><sheetData>` + benchSheet(10_000) + `</sheetData></worksheet>`
	b.Run("scanner", func(b *testing.B) {
		b.SetBytes(int64(len(doc)))
		b.ReportAllocs()
		for b.Loop() {
			s := newScanner(strings.NewReader(doc))
			for s.kind = tokenText; s.kind != tokenEOF; {
				if err := s.next(); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("encoding-xml", func(b *testing.B) {
		b.SetBytes(int64(len(doc)))
		b.ReportAllocs()
		for b.Loop() {
			d := xml.NewDecoder(strings.NewReader(doc))
			for {
				_, err := d.RawToken()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
