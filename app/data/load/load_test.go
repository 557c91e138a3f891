package load

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"reachlab/app/data"
	"reachlab/app/data/platform"
	"reachlab/app/data/roles"
	"reachlab/app/data/xlsx"
)

func readFixture(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", path))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadEveryKind(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name, file string
		kind       Kind
		rows, cols int
	}{
		{"posts.csv", "testdata/youtube_total.csv", CSV, 2, 9},
		{"posts.json", "testdata/posts.json", JSON, 3, 6},
		{"posts.xlsx", "xlsx/testdata/posts.xlsx", XLSX, 4, 7},
		{"tiktok.txt", "testdata/tiktok_utf16le.txt", CSV, 3, 5},
	}
	for _, c := range cases {
		tbl, info, err := Read(ctx, Source{Name: c.name, Bytes: readFixture(t, c.file)}, Options{})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if info.Kind != c.kind || tbl.Len() != c.rows || len(tbl.Columns()) != c.cols {
			t.Errorf("%s: kind %s, %d×%d; want %s, %d×%d", c.name, info.Kind, tbl.Len(), len(tbl.Columns()), c.kind, c.rows, c.cols)
		}
	}
	tbl, _, err := Read(ctx, Source{Name: "paste", Kind: Paste, Bytes: []byte("a\tb\n1\t2,5\n")}, Options{Locale: "fr"})
	if err != nil || tbl.Column("b").Float(0) != 2.5 {
		t.Errorf("paste: %v", err)
	}
}

func TestPlatformRolesAndTitleLines(t *testing.T) {
	ctx := context.Background()
	tbl, info, err := Read(ctx, Source{Name: "li.csv", Bytes: readFixture(t, "platform/testdata/linkedin_page_all_posts_en.csv")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The export starts with a title as wide as the table and a line of
	// commas; the header is on line 3.
	if info.Export.Platform != platform.LinkedInPage || tbl.Format.HeaderLine != 3 || tbl.Len() != 12 {
		t.Fatalf("LinkedIn export: %s, header line %d, %d rows", info.Export.Platform, tbl.Format.HeaderLine, tbl.Len())
	}
	for col, want := range map[string]roles.Role{"Impressions": roles.Impressions, "Likes": roles.Reactions, "Reposts": roles.Shares, "Created date": roles.Date} {
		if got := tbl.Column(col).Role(); got != want {
			t.Errorf("%s: role %q, want %q", col, got, want)
		}
	}

	// A remembered mapping wins over the headers.
	m := data.Mapping{Columns: map[string]data.ColumnMapping{"Likes": {Role: roles.Comments}}}
	tbl, _, err = Read(ctx, Source{Name: "li.csv", Bytes: readFixture(t, "platform/testdata/linkedin_page_all_posts_en.csv")}, Options{Mapping: &m})
	if err != nil || tbl.Column("Likes").Role() != roles.Comments || tbl.Column("Reposts").Role() != roles.None {
		t.Errorf("mapping not applied alone: %v", err)
	}
}

func TestBadSources(t *testing.T) {
	ctx := context.Background()
	if _, _, err := Read(ctx, Source{Name: "x.xlsx", Bytes: []byte("PK\x03\x04 not really")}, Options{}); !errors.Is(err, xlsx.ErrNotXLSX) && !errors.Is(err, xlsx.ErrCorrupt) {
		t.Errorf("a broken workbook: %v", err)
	}
	if _, _, err := Read(ctx, Source{Name: "x.bin", Kind: "pdf"}, Options{}); !errors.Is(err, ErrUnknownKind) {
		t.Errorf("unknown kind: %v", err)
	}
	_, info, err := Read(ctx, Source{Name: "p.xlsx", Sheet: 5, Bytes: readFixture(t, "xlsx/testdata/posts.xlsx")}, Options{})
	if !errors.Is(err, ErrNoSheet) || len(info.Sheets) != 2 {
		t.Errorf("sheet 6 of 2: %v, sheets %v", err, info.Sheets)
	}
	if _, _, err := Read(ctx, Source{Name: "big.csv", Bytes: make([]byte, 2000)}, Options{MaxSize: 1000}); !errors.Is(err, data.ErrTooLarge) {
		t.Errorf("over the size limit: %v", err)
	}
}

func TestHeaderRow(t *testing.T) {
	cases := []struct {
		rows [][]string
		want int
	}{
		{[][]string{{"Title of the report"}, {}, {"a", "b", "c"}, {"1", "2", "3"}}, 2},
		{[][]string{{"a", "b"}, {"1", "2"}}, 0},
		{[][]string{{"only"}, {"1"}}, 0},
		{[][]string{{}, {" "}}, -1},
	}
	for i, c := range cases {
		if got := headerRow(c.rows); got != c.want {
			t.Errorf("case %d: header row %d, want %d", i, got, c.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add("a,b\n1,2\n", "x.csv")
	f.Add("PK\x03\x04", "x.xlsx")
	f.Add(`[{"a":1}]`, "x.json")
	f.Add("title,,\n,,\nPost title,Impressions,Likes\nhello,1,2\n", "li.csv")
	f.Fuzz(func(t *testing.T, text, name string) {
		tbl, _, err := Read(context.Background(), Source{Name: name, Bytes: []byte(text)}, Options{MaxSize: 1 << 20})
		if err == nil && tbl == nil {
			t.Fatal("no table and no error")
		}
	})
}
