package load

import (
	"context"
	"testing"

	"reachlab/app/data/roles"
)

// TestChannelSummary reads a strategist's table of one row per channel:
// the count of messages each row stands for gets its role.
func TestChannelSummary(t *testing.T) {
	tests := map[string]string{
		"en": "Channel,Kind,Messages,Reach,Reactions,Comments,Shares,Cost\nTF1,TV,1,5400000,,,,85000\nFacebook,Facebook,42,120000,3100,410,220,1500\nLinkedIn,LinkedIn,12,38000,900,60,45,0\n",
		"fr": "Canal;Type de média;Nb de posts;Portée;Réactions;Commentaires;Partages;Coût\nTF1;Télévision;1;5400000;;;;85000\nFacebook;Facebook;42;120000;3100;410;220;1500\n",
	}
	for lang, csv := range tests {
		table, _, err := Read(context.Background(), Source{Name: "summary.csv", Bytes: []byte(csv)}, Options{Locale: lang})
		if err != nil {
			t.Fatal(err)
		}
		want := []roles.Role{roles.Channel, roles.Kind, roles.MessageCount, roles.Reach, roles.Reactions, roles.Comments, roles.Shares, roles.Cost}
		for j, c := range table.Columns() {
			if c.Role() != want[j] {
				t.Errorf("%s: column %q has role %q, want %q", lang, c.Name(), c.Role(), want[j])
			}
		}
		if table.Format.Header.Missing {
			t.Errorf("%s: header judged missing", lang)
		}
	}
	for _, header := range []string{"Posts", "Spots", "Insertions", "Publications", "Nombre de publications", "Number of posts", "Total posts"} {
		table, _, err := Read(context.Background(), Source{Name: "s.csv", Bytes: []byte("Channel," + header + "\nTF1,1\nFacebook,42\n")}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := table.Columns()[1].Role(); got != roles.MessageCount {
			t.Errorf("%q: role %q", header, got)
		}
	}
}
