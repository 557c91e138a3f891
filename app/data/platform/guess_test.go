package platform

import (
	"strings"
	"testing"

	"reachlab/app/data/roles"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Réactions (total) ", "reactions"},
		{"PDA 4+ (%)", "pda 4"},
		{"J’aime", "j aime"},
		{"J'aime", "j aime"},
		{"Views (excluding off-site video views)", "views"},
		{"Watch time (hours)", "watch time"},
		{"Coût [EUR]", "cout"},
		{"\uFEFFPost ID", "post id"},
		{"ï»¿Post ID", "post id"},
		{"RÃ©actions, commentaires et partages", "reactions commentaires et partages"},
		{"CÅ“urs", "coeurs"},
		{"Âge moyen", "age moyen"}, // genuine text with a character mojibake starts with
		{"Publish\u00a0time", "publish time"},
		{"Œuvre ÉTÉ ß", "oeuvre ete ss"},
		{"post_id", "post id"},
		{"((nested) note) Reach", "reach"},
		{"unclosed (Reach", "unclosed"},
		{"closing) Reach", "closing reach"},
		{"東京 views", "東京 views"},
		{"URLのクリック数", "urlのクリック数"},
		{"Da\u00adtum", "datum"},
		{"Ver\u00adöf\u00adfent\u00adli\u00adchungs\u00adzeit\u00adpunkt des Vi\u00adde\u00ados", "veroffentlichungszeitpunkt des videos"},
		{"総再生時間（単位: 時間）", "総再生時間"},
		{"Zero\u200bwidth", "zerowidth"},
		{"Просмотры", "просмотры"},
		{"", ""},
		{"%", ""},
	}
	for _, tt := range tests {
		if got := normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGuess(t *testing.T) {
	tests := []struct {
		header string
		want   roles.Role
	}{
		// Known names, English and French.
		{"Channel", roles.Channel}, {"Chaîne", roles.Channel}, {"Réseau social", roles.Channel},
		{"Medium kind", roles.Kind}, {"Type de média", roles.Kind},
		{"Permalink", roles.Message}, {"Post ID", roles.Message},
		{"Caption", roles.Text}, {"Légende", roles.Text}, {"Title", roles.Text},
		{"Date", roles.Date}, {"Heure de publication", roles.Date}, {"Mois", roles.Date},
		{"Reach", roles.Reach}, {"Portée", roles.Reach}, {"Personnes touchées", roles.Reach},
		{"Impressions", roles.Impressions}, {"Vues", roles.Impressions}, {"Nombre de vues", roles.Impressions},
		{"Total views", roles.Impressions},
		{"Followers", roles.Followers}, {"Abonnés", roles.Followers}, {"Fans", roles.Followers},
		{"Likes", roles.Reactions}, {"Mentions J’aime", roles.Reactions}, {"Total likes", roles.Reactions},
		{"Comments", roles.Comments}, {"Réponses", roles.Comments},
		{"Retweets", roles.Shares}, {"Republications", roles.Shares},
		{"Link clicks", roles.Clicks}, {"Clics", roles.Clicks},
		{"Bookmarks", roles.Saves}, {"Enregistrements", roles.Saves},
		{"Brand replies", roles.Replies}, {"Réponses de la marque", roles.Replies},
		{"Amount spent (EUR)", roles.Cost}, {"Coût (€)", roles.Cost}, {"Budget", roles.Cost},
		{"Part d'audience", roles.Share}, {"PDA 4+ (%)", roles.Share}, {"Share of voice", roles.Share},
		// Guessed from a word.
		{"Organic reach", roles.Reach}, {"Couverture payante", roles.Reach},
		{"Video plays", roles.Impressions}, {"Page followers count", roles.Followers},
		{"Likes on the post", roles.Reactions}, {"Commentaires reçus", roles.Comments},
		{"Clics sur le bouton", roles.Clicks}, {"Publication date (UTC)", roles.Date},
		{"Media spend", roles.Cost}, {"Account handle", roles.Channel}, {"Post URL", roles.Message},
		{"Post caption text", roles.Text}, {"PDA FRDA-50", roles.Share},
		// Rates, durations, follower changes, totals and unknowns: None.
		{"Engagement rate", roles.None}, {"Taux d'engagement (%)", roles.None}, {"Average likes", roles.None},
		{"CTR", roles.None}, {"Clics par publication", roles.None},
		{"Watch time (hours)", roles.None}, {"Durée moyenne", roles.None},
		{"New followers", roles.None}, {"Abonnés gagnés", roles.None}, {"Abonnés obtenus", roles.None},
		{"Engagements", roles.None}, {"Interactions totales", roles.None},
		{"Engaged users", roles.None}, {"Profile visits", roles.None},
		{"Estimated revenue", roles.None},
		{"mystery", roles.None}, {"", roles.None}, {"Audience", roles.None},
	}
	for _, tt := range tests {
		if got := Guess(tt.header); got != tt.want {
			t.Errorf("Guess(%q) = %q, want %q", tt.header, got, tt.want)
		}
	}
}

// TestDictionaries checks the dictionaries' own consistency: every role
// valid, ignored and total entries without a role, and every marker a
// header the platform's dictionary knows.
func TestDictionaries(t *testing.T) {
	for _, d := range append([]*dictionary{common}, profiles...) {
		for key, e := range d.entries {
			if !e.role.Valid() {
				t.Errorf("%s: %q has invalid role %q", d.platform, key, e.role)
			}
			if (e.role == roles.None) != (e.basis == BasisIgnored || e.basis == BasisTotal) {
				t.Errorf("%s: %q has role %q with basis %s", d.platform, key, e.role, e.basis)
			}
			if e.basis == BasisIgnored && e.note.EN == "" {
				t.Errorf("%s: ignored %q has no note", d.platform, key)
			}
			if key != normalize(key) {
				t.Errorf("%s: key %q is not normalised", d.platform, key)
			}
		}
		for m := range d.markers {
			if base, _, _ := strings.Cut(m, " ("); !d.has(base) {
				t.Errorf("%s: marker %q unknown to its dictionary", d.platform, m)
			}
		}
	}
}
