package platform

import (
	"strings"
	"testing"

	"reachlab/app/data/roles"
)

// roleList writes roles compactly for comparisons: "-" for None.
func roleList(rs []roles.Role) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = string(r)
		if r == roles.None {
			parts[i] = "-"
		}
	}
	return strings.Join(parts, " ")
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name     string
		headers  []string
		platform Platform
		roles    string // roleList of the expected roles
	}{{
		name: "Facebook, Meta Business Suite, 2024 and later",
		headers: []string{"Post ID", "Page ID", "Page name", "Title", "Description", "Publish time", "Permalink", "Post type",
			"Date", "Views", "Reach", "Reactions, comments and shares", "Reactions", "Comments", "Shares", "Total clicks", "Link clicks"},
		platform: MetaFacebook,
		roles:    "- - channel text - date message - - impressions reach - reactions comments shares clicks -",
	}, {
		name: "Facebook before Views: Impressions; Engaged users is people",
		headers: []string{"Post ID", "Page name", "Description", "Publish time", "Impressions", "Reach", "Engaged users",
			"Reactions", "Comments", "Shares", "Link clicks"},
		platform: MetaFacebook,
		roles:    "message channel text date impressions reach - reactions comments shares clicks",
	}, {
		name:     "Facebook transition export with both Views and Impressions: Views wins",
		headers:  []string{"Page name", "Publish time", "Impressions", "Views", "Reach"},
		platform: MetaFacebook,
		roles:    "channel date - impressions reach",
	}, {
		name: "Facebook in French",
		headers: []string{"Identifiant de la publication", "Identifiant de la Page", "Nom de la Page", "Titre", "Description",
			"Heure de publication", "Permalien", "Type de publication", "Vues", "Couverture",
			"Réactions, commentaires et partages", "Réactions", "Commentaires", "Partages", "Total des clics", "Clics sur un lien"},
		platform: MetaFacebook,
		roles:    "- - channel text - date message - impressions reach - reactions comments shares clicks -",
	}, {
		name: "Facebook Insights legacy export",
		headers: []string{"Post ID", "Permalink", "Post Message", "Type", "Posted", "Lifetime Post Total Reach",
			"Lifetime Post Total Impressions", "Lifetime Engaged Users"},
		platform: MetaFacebook,
		roles:    "- message text - date reach impressions -",
	}, {
		name: "Instagram, Meta Business Suite",
		headers: []string{"Post ID", "Account ID", "Account username", "Account name", "Description", "Publish time",
			"Permalink", "Post type", "Date", "Views", "Reach", "Likes", "Shares", "Follows", "Comments", "Saves"},
		platform: MetaInstagram,
		roles:    "- - channel - text date message - - impressions reach reactions shares - comments saves",
	}, {
		name: "Instagram in French, with Impressions",
		headers: []string{"Identifiant de la publication", "Identifiant du compte", "Nom d’utilisateur du compte", "Nom du compte",
			"Description", "Heure de publication", "Permalien", "Impressions", "Couverture", "J’aime", "Partages",
			"Abonnements", "Commentaires", "Enregistrements"},
		platform: MetaInstagram,
		roles:    "- - channel - text date message impressions reach reactions shares - comments saves",
	}, {
		name: "LinkedIn page, All posts",
		headers: []string{"Post title", "Post link", "Post type", "Campaign name", "Posted by", "Created date",
			"Campaign start date", "Campaign end date", "Audience", "Impressions", "Views (excluding off-site video views)",
			"Off-site views", "Clicks", "Click through rate (CTR)", "Likes", "Comments", "Reposts", "Follows",
			"Engagement rate", "Content Type"},
		platform: LinkedInPage,
		roles:    "text message - - - date - - - impressions - - clicks - reactions comments shares - - -",
	}, {
		name: "LinkedIn page, older Update names with Shares",
		headers: []string{"Update title", "Update link", "Update type", "Created date", "Impressions", "Clicks",
			"Click through rate (CTR)", "Likes", "Comments", "Shares", "Follows", "Engagement rate"},
		platform: LinkedInPage,
		roles:    "text message - date impressions clicks - reactions comments shares - -",
	}, {
		name: "LinkedIn page in French",
		headers: []string{"Titre de la publication", "Lien de la publication", "Type de publication", "Publié par",
			"Date de création", "Impressions", "Vues (hors vues de vidéo hors site)", "Clics", "Taux de clics (CTR)",
			"Réactions", "Commentaires", "Republications", "Abonnements", "Taux d’engagement", "Type de contenu"},
		platform: LinkedInPage,
		roles:    "text message - - date impressions - clicks - reactions comments shares - - -",
	}, {
		name: "X legacy tweet activity",
		headers: []string{"Tweet id", "Tweet permalink", "Tweet text", "time", "impressions", "engagements", "engagement rate",
			"retweets", "replies", "likes", "user profile clicks", "url clicks", "hashtag clicks", "detail expands",
			"permalink clicks", "app opens", "app installs", "follows", "email tweet", "dial phone", "media views",
			"media engagements", "promoted impressions", "promoted likes"},
		platform: XLegacyTweetActivity,
		roles:    "- message text date impressions - - shares comments reactions - clicks - - - - - - - - - - - -",
	}, {
		name:     "X legacy with the old favorites",
		headers:  []string{"Tweet id", "Tweet text", "time", "impressions", "engagements", "retweets", "replies", "favorites"},
		platform: XLegacyTweetActivity,
		roles:    "message text date impressions - shares comments reactions",
	}, {
		name: "X content export",
		headers: []string{"Post id", "Date", "Post text", "Post Link", "Impressions", "Likes", "Engagements", "Bookmarks",
			"Shares", "New follows", "Replies", "Reposts", "Profile visits", "Detail expands", "URL Clicks"},
		platform: XContent,
		roles:    "- date text message impressions reactions - saves - - comments shares - - clicks",
	}, {
		name:     "X content export with Views instead of Impressions",
		headers:  []string{"Post id", "Date", "Post text", "Views", "Likes", "Bookmarks", "Reposts", "Replies"},
		platform: XContent,
		roles:    "message date text impressions reactions saves shares comments",
	}, {
		name: "YouTube Studio table data",
		headers: []string{"Content", "Video title", "Video publish time", "Duration", "Views", "Watch time (hours)",
			"Subscribers", "Impressions", "Impressions click-through rate (%)", "Likes", "Comments added", "Shares"},
		platform: YouTubeStudio,
		roles:    "message text date - impressions - - - - reactions comments shares",
	}, {
		name: "YouTube Studio in French, with unique viewers",
		headers: []string{"Contenu", "Titre de la vidéo", "Heure de publication de la vidéo", "Durée", "Vues",
			"Durée de visionnage (heures)", "Abonnés", "Impressions", "Taux de clics des impressions (%)", "J'aime",
			"Commentaires ajoutés", "Partages", "Spectateurs uniques"},
		platform: YouTubeStudio,
		roles:    "message text date - impressions - - - - reactions comments shares reach",
	}, {
		name: "TikTok",
		headers: []string{"Video title", "Video link", "Post time", "Total likes", "Total comments", "Total shares",
			"Total views", "Total play time", "Average watch time", "Watched full video (%)", "Reached audience"},
		platform: TikTok,
		roles:    "text message date reactions comments shares impressions - - - reach",
	}, {
		name: "TikTok in French",
		headers: []string{"Titre de la vidéo", "Lien de la vidéo", "Heure de publication", "Total des mentions J’aime",
			"Nombre total de commentaires", "Nombre total de partages", "Nombre total de vues", "Durée totale de lecture",
			"Audience atteinte", "Ajouts aux favoris"},
		platform: TikTok,
		roles:    "text message date reactions comments shares impressions - reach saves",
	}, {
		name:     "TV audience share table, French",
		headers:  []string{"Date", "Chaîne", "Programme", "Audience moyenne", "PDA 4+ (%)", "Part d'audience FRDA-50 (%)"},
		platform: TVAudience,
		roles:    "date channel text reach share -",
	}, {
		name:     "TV audience table, French, viewers and share",
		headers:  []string{"Chaîne", "Téléspectateurs", "Part d'audience"},
		platform: TVAudience,
		roles:    "channel reach share",
	}, {
		name:     "TV audience table, English",
		headers:  []string{"Date", "Channel", "Programme", "Viewers", "Audience share"},
		platform: TVAudience,
		roles:    "date channel text reach share",
	}, {
		name:     "generic table",
		headers:  []string{"Date", "Channel", "Reach", "Likes", "Engagement rate (%)", "Cost (EUR)", "mystery"},
		platform: Generic,
		roles:    "date channel reach reactions - cost -",
	}, {
		name:     "generic table with a total and its parts",
		headers:  []string{"Jour", "Réseau", "Vues", "J’aime", "Commentaires", "Interactions"},
		platform: Generic,
		roles:    "date channel impressions reactions comments -",
	}, {
		name:     "nothing at all",
		headers:  []string{"", "  "},
		platform: Generic,
		roles:    "- -",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Detect(tt.headers)
			if d.Platform != tt.platform {
				t.Errorf("platform %s (score %.2f, %s), want %s", d.Platform, d.Score, d.Reason.EN, tt.platform)
			}
			if got := roleList(d.Roles()); got != tt.roles {
				t.Errorf("roles\n got %s\nwant %s", got, tt.roles)
				for _, c := range d.Columns {
					t.Logf("%q → %q (%s) %s", c.Header, c.Role, c.Basis, c.Reason.EN)
				}
			}
			if len(d.Columns) != len(tt.headers) || d.Kind != tt.platform.Kind() {
				t.Errorf("%d columns for %d headers, kind %q", len(d.Columns), len(tt.headers), d.Kind)
			}
		})
	}
}

// TestDetectRobust checks that what spreadsheets and encodings do to
// headers does not change the detection.
func TestDetectRobust(t *testing.T) {
	clean := []string{"Post ID", "Page name", "Publish time", "Reach", "Réactions", "Commentaires", "Partages"}
	want := roleList(Detect(clean).Roles())
	variants := map[string][]string{
		"byte order mark":            {"\uFEFFPost ID", "Page name", "Publish time", "Reach", "Réactions", "Commentaires", "Partages"},
		"BOM read as Windows-1252":   {"ï»¿Post ID", "Page name", "Publish time", "Reach", "Réactions", "Commentaires", "Partages"},
		"UTF-8 read as Windows-1252": {"Post ID", "Page name", "Publish time", "Reach", "RÃ©actions", "Commentaires", "Partages"},
		"case and spaces":            {"  POST ID ", "page NAME", "Publish\u00a0time", "REACH", "réactions", " Commentaires\t", "PARTAGES"},
		"units and totals":           {"Post ID", "Page name", "Publish time (UTC)", "Total reach", "Réactions (total)", "Commentaires", "Nombre de partages"},
		"punctuation":                {"post_id", "page-name", "publish.time", "reach:", "Réactions", "Commentaires", "Partages"},
	}
	for name, headers := range variants {
		d := Detect(headers)
		if got := roleList(d.Roles()); got != want || d.Platform != MetaFacebook {
			t.Errorf("%s: %s %s, want %s %s", name, d.Platform, got, MetaFacebook, want)
		}
	}
}

func TestDetectReasons(t *testing.T) {
	d := Detect([]string{"Tweet permalink", "Tweet id", "impressions", "engagements", "likes", "retweets", "engagement rate", "mystery"})
	wantEN := []string{
		"Column of the X (Twitter) tweet activity export for the role “message”.",
		"“Tweet permalink” already plays the role “message”; one column per role.",
		"Column of the X (Twitter) tweet activity export for the role “impressions”.",
		"A total of interactions, which are already counted from their own columns (“likes”, “retweets”): mapping it too would count them twice.",
		"Column of the X (Twitter) tweet activity export for the role “reactions”.",
		"Column of the X (Twitter) tweet activity export for the role “shares”.",
		"A rate or an average, not a count: ReachLab computes its own rates from counts.",
		"Not recognised: choose its role if it has one.",
	}
	for i, c := range d.Columns {
		if c.Reason.EN != wantEN[i] {
			t.Errorf("%q: reason %q, want %q", c.Header, c.Reason.EN, wantEN[i])
		}
	}
	if got, want := d.Columns[3].Reason.FR, "Un total d’interactions, déjà comptées dans leurs propres colonnes (« likes », « retweets ») : l’associer aussi les compterait deux fois."; got != want {
		t.Errorf("French total reason %q, want %q", got, want)
	}
	if want := "Recognised: X (Twitter) tweet activity, from the headers “Tweet permalink”, “Tweet id”, “retweets” (confidence 88%)."; d.Reason.EN != want {
		t.Errorf("reason %q, want %q", d.Reason.EN, want)
	}
	// A total alone: no parts to count twice, but still not a part itself.
	alone := Detect([]string{"Date", "Engagements"}).Columns[1]
	if alone.Role != roles.None || alone.Basis != BasisTotal || !strings.Contains(alone.Reason.EN, "from their parts") {
		t.Errorf("lone total: %+v", alone)
	}
}

func TestDetectScore(t *testing.T) {
	// 7 of 8 headers known, 3 markers (min(1, 3/2) = 1): 7/8.
	d := Detect([]string{"Tweet permalink", "Tweet id", "impressions", "engagements", "likes", "retweets", "engagement rate", "mystery"})
	if d.Score != 7.0/8 {
		t.Errorf("score %v, want %v", d.Score, 7.0/8)
	}
	// One marker only halves the score: "Video link" (TikTok) with 2 of 2 known.
	d = Detect([]string{"Video link", "Likes"})
	if d.Platform != TikTok || d.Score != 0.5 {
		t.Errorf("%s %v, want tiktok 0.5", d.Platform, d.Score)
	}
	// Generic: the share of headers understood, 3 of 4.
	d = Detect([]string{"Date", "Reach", "Taux", "xyz"})
	if d.Platform != Generic || d.Score != 0.75 {
		t.Errorf("%s %v, want generic 0.75", d.Platform, d.Score)
	}
}

func TestDetectRows(t *testing.T) {
	rows := [][]string{
		{"All posts: statistics of your page's posts, 06/01/2026 to 08/31/2026", "", ""},
		{},
		{"Post title", "Post link", "Created date", "Impressions", "Clicks", "Likes"},
		{"We are hiring", "https://www.linkedin.com/feed/update/urn:li:activity:1", "06/03/2026", "6060", "97", "26"},
	}
	i, d := DetectRows(rows, 0)
	if i != 2 || d.Platform != LinkedInPage {
		t.Errorf("DetectRows = %d, %s; want 2, %s", i, d.Platform, LinkedInPage)
	}
	i, d = DetectRows(rows, 2) // the header is beyond the limit
	if i != -1 || d.Platform != Generic {
		t.Errorf("DetectRows with limit 2 = %d, %s; want -1, generic", i, d.Platform)
	}
	generic := [][]string{{"Notes"}, {"Jour", "Canal", "Couverture"}, {"2026-07-01", "TF1", "5000000"}}
	if i, d := DetectRows(generic, 0); i != 1 || d.Platform != Generic {
		t.Errorf("generic DetectRows = %d, %s; want 1, generic", i, d.Platform)
	}
}

func TestIsSummaryRow(t *testing.T) {
	for row, want := range map[string]bool{
		"Total,,,,4127":        true,
		",TOTAUX,12":           true,
		"Grand total,5":        true,
		"dQ8kP3vX1aA,Total":    false,
		"Total views,12":       false,
		",,":                   false,
		"Total général;3":      false, // ';' is not the separator here: one cell
		"Somme,3":              true,
		" Total général ,3":    true,
		"2026-07-14,TF1,Total": false,
		"\uFEFFTotal,1":        true,
	} {
		if got := IsSummaryRow(strings.Split(row, ",")); got != want {
			t.Errorf("IsSummaryRow(%q) = %v, want %v", row, got, want)
		}
	}
}

func TestPlatformNamesAndKinds(t *testing.T) {
	all := []Platform{Generic, MetaFacebook, MetaInstagram, LinkedInPage, XLegacyTweetActivity, XContent, YouTubeStudio, TikTok, TVAudience}
	names := map[string]bool{}
	for _, p := range all {
		n := p.Name()
		if n.EN == "" || n.FR == "" || names[n.EN] {
			t.Errorf("%s: name %+v missing or repeated", p, n)
		}
		names[n.EN] = true
		want := KindSocial
		switch p {
		case Generic:
			want = ""
		case TVAudience:
			want = KindMass
		}
		if p.Kind() != want {
			t.Errorf("%s.Kind() = %q, want %q", p, p.Kind(), want)
		}
	}
	if Generic.Name().In("fr-FR") != "Tableau générique" || Generic.Name().In("en") != "Generic table" {
		t.Error("Text.In does not pick the language")
	}
}
