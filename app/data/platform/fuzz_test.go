package platform

import (
	"strings"
	"testing"
)

// FuzzDetect checks, for any header row (cells separated by '\x1f'), that
// Detect never panics, returns one column per header in order, gives each
// role to at most one column, explains every column in both languages,
// and agrees with Guess on Generic tables for columns it did not
// demote.
func FuzzDetect(f *testing.F) {
	for _, seed := range []string{
		"Post ID\x1fPage name\x1fPublish time\x1fViews\x1fReach\x1fReactions, comments and shares\x1fReactions",
		"Tweet id\x1fTweet permalink\x1ftime\x1fimpressions\x1fengagements\x1fpromoted likes",
		"Contenu\x1fTitre de la vidéo\x1fVues\x1fJ'aime\x1fAbonnés",
		"Date\x1fChaîne\x1fPDA 4+ (%)\x1fAudience moyenne",
		"\uFEFF\x1f(\x1f)\x1fRÃ©actions\x1fTotal total\x1f",
		"",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, row string) {
		headers := strings.Split(row, "\x1f")
		d := Detect(headers)
		if len(d.Columns) != len(headers) {
			t.Fatalf("%d columns for %d headers", len(d.Columns), len(headers))
		}
		if d.Score < 0 || d.Score > 1 || d.Reason.EN == "" || d.Reason.FR == "" {
			t.Fatalf("score %v, reason %+v", d.Score, d.Reason)
		}
		taken := map[string]int{}
		for i, c := range d.Columns {
			if c.Header != headers[i] {
				t.Fatalf("column %d header %q, want %q", i, c.Header, headers[i])
			}
			if !c.Role.Valid() || c.Reason.EN == "" || c.Reason.FR == "" {
				t.Fatalf("column %q: role %q, reason %+v", c.Header, c.Role, c.Reason)
			}
			if c.Role != "" {
				if j, dup := taken[string(c.Role)]; dup {
					t.Fatalf("role %q given to columns %d and %d", c.Role, j, i)
				}
				taken[string(c.Role)] = i
			}
			if d.Platform == Generic && c.Basis != BasisDuplicate && c.Role != Guess(c.Header) {
				t.Fatalf("generic column %q: Detect says %q, Guess %q", c.Header, c.Role, Guess(c.Header))
			}
		}
		IsSummaryRow(headers)
	})
}
