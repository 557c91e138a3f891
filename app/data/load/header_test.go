package load

import (
	"context"
	"testing"

	"reachlab/app/data"
)

// TestHeaderOption passes the "first row is a header" switch to the readers.
func TestHeaderOption(t *testing.T) {
	src := Source{Name: "words.txt", Bytes: []byte("14086\n6414\n6260\n")}
	for mode, want := range map[data.HeaderMode]string{data.HeaderAuto: "Column 1", data.HeaderNo: "Column 1", data.HeaderYes: "14086"} {
		table, _, err := Read(context.Background(), src, Options{Header: mode})
		if err != nil {
			t.Fatal(err)
		}
		if got := table.Columns()[0].Name(); got != want {
			t.Errorf("Header %s: column %q, want %q", mode, got, want)
		}
	}
}
