package xlsx_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"reachlab/app/data/xlsx"
)

func Example() {
	data, err := os.ReadFile("testdata/posts.xlsx")
	if err != nil {
		panic(err)
	}
	w, err := xlsx.Open(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		panic(err)
	}
	fmt.Println(w.Sheets())
	sheet, err := w.Read(0) // the first sheet
	if err != nil {
		panic(err)
	}
	for _, row := range sheet.Text()[:3] {
		fmt.Printf("%q\n", row)
	}
	date := sheet.Rows[1][1]
	fmt.Println(date.Text, date.Value, date.Format)
	// Output:
	// [Posts Notes]
	// ["Post ID" "Publish time" "Title" "Reach" "Reactions" "Engagement rate" "Day"]
	// ["104233_9001" "2026-07-14 08:30:00" "Lancement de l’été & soldes" "15230" "412" "2.705187130663165%" "2026-07-14"]
	// ["104233_9002" "2026-07-15 19:00:00" "Live Q&A" "8840" "97" "1.0972850678733033%" "2026-07-15"]
	// 2026-07-14 08:30:00 46217.354166666664 datetime
}

func ExampleOptions_Open() {
	data, err := os.ReadFile("testdata/posts.xlsx")
	if err != nil {
		panic(err)
	}
	// Row 1 and row 2 cost 8 each (a row and its 7 cells); in row 3, A3 to
	// C3 bring the count to 20 and D3 is one too many.
	w, err := xlsx.Options{MaxCells: 20}.Open(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		panic(err)
	}
	_, err = w.Read(0)
	fmt.Println(errors.Is(err, xlsx.ErrTooLarge))
	fmt.Println(err)
	// Output:
	// true
	// xlsx: xl/worksheets/sheet1.xml: cell D3: workbook too large: more than 20 cells (gaps included)
}

func ExampleError() {
	_, err := xlsx.Open(bytes.NewReader([]byte("Post ID;Reach\n")), 14)
	var located *xlsx.Error
	fmt.Println(errors.As(err, &located), errors.Is(err, xlsx.ErrNotXLSX))
	fmt.Println(err)
	// Output:
	// true true
	// xlsx: not an XLSX workbook: not a zip archive
}
