package data_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"

	"reachlab/app/data"
	"reachlab/app/data/roles"
)

// A French Excel export: ";" separated, decimal commas, spaces between
// thousands, a title line and a total row.
func ExampleReadCSV() {
	export := "Audiences de la semaine\n" +
		"Chaîne;Part d'audience;Téléspectateurs;Date\n" +
		"Total;100 %;12 304 567;\n" +
		"TF1;19,5 %;5 234 567;14/07/2026\n" +
		"M6;8,9 %;n/a;15/07/2026\n"
	t, err := data.ReadCSV(context.Background(), []byte(export), data.Options{Name: "audiences.csv"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d rows, header on line %d, total row on line %d\n", t.Len(), t.Format.HeaderLine, t.Format.TotalLine)
	for _, c := range t.Columns() {
		fmt.Printf("%s (%s): %q %q\n", c.Name(), c.Type(), c.Cell(0), c.Cell(1))
	}
	share := t.Column("Part d'audience")
	fmt.Println(share.Floats()[0] + share.Floats()[1])
	fmt.Println(share.Decision().Explain("fr"))
	fmt.Println(t.Column("Téléspectateurs").Stats().Missing)
	for _, issue := range t.Issues {
		fmt.Println(issue, errors.Is(issue, data.ErrTotalRow))
	}
	// Output:
	// 2 rows, header on line 2, total row on line 3
	// Chaîne (text): "TF1" "M6"
	// Part d'audience (percent): "19.5%" "8.9%"
	// Téléspectateurs (number): "5234567" ""
	// Date (date): "2026-07-14" "2026-07-15"
	// 28.4
	// 2 cellules non vides sur 2 se lisent comme des nombres (surtout des pourcentages). Virgule décimale : 2 nombres comme « 19,5 % » ne se lisent que de cette façon.
	// 1
	// audiences.csv:3:1: total row skipped true
}

// Cells copied from a spreadsheet arrive tab-separated.
func ExampleReadPaste() {
	t, err := data.ReadPaste(context.Background(), "Network\tReach\nFacebook\t1,234\nLinkedIn\t56.5\n", data.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	reach := t.Column("Reach")
	fmt.Println(reach.Floats())
	fmt.Println(reach.Decision().Explain("en"))
	// Output:
	// [1234 56.5]
	// 2 of 2 non-empty cells read as numbers. Decimal point: 1 number such as “56.5” reads only that way.
}

// Another reader (XLSX) gives string cells; they are typed the same way.
func ExampleFromRecords() {
	header := []string{"Date", "Vues"}
	rows := [][]string{{"14 juil. 2026", "1,2 k"}, {"15 juil. 2026", "980"}}
	t, err := data.FromRecords(context.Background(), header, rows, data.Options{Name: "Feuil1"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Column("Date").Cell(0), t.Column("Vues").Floats())
	// Output:
	// 2026-07-14 [1200 980]
}

// JSON numbers stay numbers; nested values become JSON text.
func ExampleReadJSON() {
	in := `{"data": [{"post": "a", "reach": 1.5, "tags": ["x"]}, {"post": "b", "reach": null}]}`
	t, err := data.ReadJSON(context.Background(), []byte(in), data.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	reach := t.Column("reach")
	fmt.Println(reach.Type(), reach.Floats()[0], math.IsNaN(reach.Floats()[1]), t.Column("tags").Cell(0))
	// Output:
	// number 1.5 true ["x"]
}

// Columns can be re-typed from their raw text, and given roles; the
// choices are kept in a Mapping, saved as JSON with the dataset.
func ExampleTable_Apply() {
	export := "Réseau,Code,Impressions\nFacebook,0012,1200\nX,0100,800\n"
	t, _ := data.ReadCSV(context.Background(), []byte(export), data.Options{})
	fmt.Println(t.Column("Code").Type(), t.Column("Code").Cell(0))

	var m data.Mapping
	_ = json.Unmarshal([]byte(`{"columns": {
		"Réseau": {"role": "channel"},
		"Impressions": {"role": "impressions"},
		"Code": {"type": "number"}}}`), &m)
	if err := t.Apply(context.Background(), m); err != nil {
		fmt.Println(err)
	}
	fmt.Println(t.Column("Code").Type(), t.Column("Code").Cell(0), t.Column("Impressions").Role() == roles.Impressions)
	saved, _ := json.Marshal(t.Mapping())
	fmt.Println(string(saved))
	// Output:
	// text 0012
	// number 12 true
	// {"columns":{"Code":{"type":"number"},"Impressions":{"role":"impressions"},"Réseau":{"role":"channel"}}}
}

// Fatal errors are *ParseError values wrapping a sentinel.
func ExampleParseError() {
	_, err := data.Read(context.Background(), strings.NewReader("\x00\x01binary"), data.Options{Name: "photo.csv"})
	var pe *data.ParseError
	fmt.Println(errors.Is(err, data.ErrBinary), errors.As(err, &pe), pe.File)
	_, err = data.ReadCSV(context.Background(), make([]byte, 2048), data.Options{MaxSize: 1024})
	var size *data.SizeError
	fmt.Println(errors.Is(err, data.ErrTooLarge), errors.As(err, &size), size.Size, size.Limit)
	// Output:
	// true true photo.csv
	// true true 2048 1024
}
