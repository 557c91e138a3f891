package platform

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"reachlab/app/data/roles"
)

// readSample reads a testdata export as a spreadsheet user's importer
// would: Windows-1252 when it is not UTF-8, without a byte order mark,
// with ';' as separator when the text has more of them than commas.
func readSample(t *testing.T, name string) [][]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(data) {
		data = decodeWindows1252(data)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	r := csv.NewReader(bytes.NewReader(data))
	if bytes.Count(data, []byte(";")) > bytes.Count(data, []byte(",")) {
		r.Comma = ';'
	}
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return rows
}

// decodeWindows1252 decodes Windows-1252 text to UTF-8.
func decodeWindows1252(b []byte) []byte {
	high := map[byte]rune{}
	for r, c := range cp1252 {
		high[c] = r
	}
	var out []byte
	for _, c := range b {
		r := rune(c)
		if c >= 0x80 && c <= 0x9f {
			r = high[c]
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

// sampleCase is what a testdata export must be recognised as.
type sampleCase struct {
	file      string
	platform  Platform
	headerRow int
	roles     map[string]roles.Role // by header; every other column is roles.None
	bases     map[string]Basis      // a few columns whose basis matters
	summaries int                   // data rows that are totals
	dataRows  int
}

var sampleCases = []sampleCase{{
	file: "meta_facebook_posts_en.csv", platform: MetaFacebook, dataRows: 12,
	roles: map[string]roles.Role{
		"Page name": roles.Channel, "Title": roles.Text, "Publish time": roles.Date, "Permalink": roles.Message,
		"Views": roles.Impressions, "Reach": roles.Reach, "Reactions": roles.Reactions, "Comments": roles.Comments,
		"Shares": roles.Shares, "Total clicks": roles.Clicks,
	},
	bases: map[string]Basis{"Reactions, comments and shares": BasisTotal, "Link clicks": BasisDuplicate,
		"Post ID": BasisDuplicate, "Other clicks": BasisIgnored, "Custom labels": BasisIgnored, "Description": BasisDuplicate},
}, {
	file: "meta_facebook_publications_fr_cp1252.csv", platform: MetaFacebook, dataRows: 13,
	roles: map[string]roles.Role{
		"Nom de la Page": roles.Channel, "Titre": roles.Text, "Heure de publication": roles.Date,
		"Permalien": roles.Message, "Vues": roles.Impressions, "Couverture": roles.Reach, "Réactions": roles.Reactions,
		"Commentaires": roles.Comments, "Partages": roles.Shares, "Total des clics": roles.Clicks,
	},
	bases: map[string]Basis{"Réactions, commentaires et partages": BasisTotal, "Description": BasisDuplicate, "Durée (s)": BasisIgnored},
}, {
	file: "meta_instagram_posts_en.csv", platform: MetaInstagram, dataRows: 11,
	roles: map[string]roles.Role{
		"Account username": roles.Channel, "Description": roles.Text, "Publish time": roles.Date, "Permalink": roles.Message,
		"Views": roles.Impressions, "Reach": roles.Reach, "Likes": roles.Reactions, "Shares": roles.Shares,
		"Comments": roles.Comments, "Saves": roles.Saves,
	},
	bases: map[string]Basis{"Follows": BasisIgnored, "Account name": BasisDuplicate, "Date": BasisIgnored},
}, {
	file: "linkedin_page_all_posts_en.csv", platform: LinkedInPage, headerRow: 2, dataRows: 12,
	roles: map[string]roles.Role{
		"Post title": roles.Text, "Post link": roles.Message, "Created date": roles.Date, "Impressions": roles.Impressions,
		"Clicks": roles.Clicks, "Likes": roles.Reactions, "Comments": roles.Comments, "Reposts": roles.Shares,
	},
	bases: map[string]Basis{"Views (excluding off-site video views)": BasisDuplicate, "Engagement rate": BasisIgnored,
		"Audience": BasisIgnored, "Campaign start date": BasisIgnored},
}, {
	file: "linkedin_page_toutes_publications_fr.csv", platform: LinkedInPage, headerRow: 2, dataRows: 10,
	roles: map[string]roles.Role{
		"Titre de la publication": roles.Text, "Lien de la publication": roles.Message, "Date de création": roles.Date,
		"Impressions": roles.Impressions, "Clics": roles.Clicks, "Réactions": roles.Reactions,
		"Commentaires": roles.Comments, "Republications": roles.Shares,
	},
	bases: map[string]Basis{"Taux d’engagement": BasisIgnored, "Abonnements": BasisIgnored},
}, {
	file: "tweet_activity_metrics_FouleesRunning_20230301_20230401_en.csv", platform: XLegacyTweetActivity, dataRows: 12,
	roles: map[string]roles.Role{
		"Tweet permalink": roles.Message, "Tweet text": roles.Text, "time": roles.Date, "impressions": roles.Impressions,
		"retweets": roles.Shares, "replies": roles.Comments, "likes": roles.Reactions, "url clicks": roles.Clicks,
	},
	bases: map[string]Basis{"engagements": BasisTotal, "Tweet id": BasisDuplicate, "promoted impressions": BasisIgnored,
		"user profile clicks": BasisIgnored},
}, {
	file: "account_analytics_content_2026-06-15_2026-07-14.csv", platform: XContent, dataRows: 11,
	roles: map[string]roles.Role{
		"Post Link": roles.Message, "Date": roles.Date, "Post text": roles.Text, "Impressions": roles.Impressions,
		"Likes": roles.Reactions, "Bookmarks": roles.Saves, "Replies": roles.Comments, "Reposts": roles.Shares,
		"URL Clicks": roles.Clicks,
	},
	bases: map[string]Basis{"Engagements": BasisTotal, "Shares": BasisDuplicate, "New follows": BasisIgnored},
}, {
	file: "youtube_table_data_en.csv", platform: YouTubeStudio, dataRows: 13, summaries: 1,
	roles: map[string]roles.Role{
		"Content": roles.Message, "Video title": roles.Text, "Video publish time": roles.Date, "Likes": roles.Reactions,
		"Comments added": roles.Comments, "Shares": roles.Shares, "Views": roles.Impressions,
	},
	bases: map[string]Basis{"Impressions": BasisIgnored, "Subscribers": BasisIgnored, "Watch time (hours)": BasisIgnored},
}, {
	file: "youtube_table_data_fr.csv", platform: YouTubeStudio, dataRows: 13, summaries: 1,
	roles: map[string]roles.Role{
		"Contenu": roles.Message, "Titre de la vidéo": roles.Text, "Heure de publication de la vidéo": roles.Date,
		"J'aime": roles.Reactions, "Commentaires ajoutés": roles.Comments, "Partages": roles.Shares, "Vues": roles.Impressions,
	},
	bases: map[string]Basis{"Abonnés": BasisIgnored, "Taux de clics des impressions (%)": BasisIgnored},
}, {
	file: "tiktok_content_en.csv", platform: TikTok, dataRows: 12,
	roles: map[string]roles.Role{
		"Video title": roles.Text, "Video link": roles.Message, "Post time": roles.Date, "Total likes": roles.Reactions,
		"Total comments": roles.Comments, "Total shares": roles.Shares, "Total views": roles.Impressions,
		"Reached audience": roles.Reach, "Add to Favorites": roles.Saves,
	},
	bases: map[string]Basis{"Total play time": BasisIgnored, "Watched full video (%)": BasisIgnored},
}, {
	file: "tv_audiences_fr.csv", platform: TVAudience, dataRows: 16,
	roles: map[string]roles.Role{
		"Date": roles.Date, "Chaîne": roles.Channel, "Programme": roles.Text, "Audience moyenne": roles.Reach,
		"PDA 4+ (%)": roles.Share,
	},
	bases: map[string]Basis{"PDA FRDA-50 (%)": BasisDuplicate, "Heure de début": BasisIgnored, "Durée": BasisIgnored},
}, {
	file: "tv_audiences_en.csv", platform: TVAudience, dataRows: 10,
	roles: map[string]roles.Role{
		"Date": roles.Date, "Channel": roles.Channel, "Programme": roles.Text, "Viewers": roles.Reach,
		"Audience share (%)": roles.Share,
	},
	bases: map[string]Basis{"Start time": BasisIgnored},
}, {
	file: "plan_media_generique_fr.csv", platform: Generic, dataRows: 10,
	roles: map[string]roles.Role{
		"Date": roles.Date, "Canal": roles.Channel, "Type de média": roles.Kind, "Couverture": roles.Reach,
		"Impressions": roles.Impressions, "Réactions": roles.Reactions, "Commentaires": roles.Comments,
		"Partages": roles.Shares, "Coût (€)": roles.Cost,
	},
	bases: map[string]Basis{"Taux d’engagement (%)": BasisIgnored},
}}

// TestSamples checks every testdata export end to end: header row found,
// platform recognised, each column's role, and total rows spotted.
func TestSamples(t *testing.T) {
	files, err := filepath.Glob("testdata/*.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(sampleCases) {
		t.Errorf("%d sample files but %d cases: every sample needs its expectations", len(files), len(sampleCases))
	}
	for _, tc := range sampleCases {
		t.Run(tc.file, func(t *testing.T) {
			rows := readSample(t, tc.file)
			headerRow, d := DetectRows(rows, 0)
			if headerRow != tc.headerRow || d.Platform != tc.platform {
				t.Fatalf("DetectRows = row %d, %s; want row %d, %s (%s)", headerRow, d.Platform, tc.headerRow, tc.platform, d.Reason.EN)
			}
			if tc.platform != Generic && d.Score < 0.8 {
				t.Errorf("score %.2f for a genuine export", d.Score)
			}
			headers := rows[headerRow]
			seen := map[string]bool{}
			for _, c := range d.Columns {
				seen[c.Header] = true
				if want := tc.roles[c.Header]; c.Role != want {
					t.Errorf("%q: role %q (%s: %s), want %q", c.Header, c.Role, c.Basis, c.Reason.EN, want)
				}
				if want, ok := tc.bases[c.Header]; ok && c.Basis != want {
					t.Errorf("%q: basis %s, want %s", c.Header, c.Basis, want)
				}
				if c.Reason.EN == "" || c.Reason.FR == "" {
					t.Errorf("%q: reason missing", c.Header)
				}
			}
			for h := range tc.roles {
				if !seen[h] {
					t.Errorf("expected header %q not in %q", h, headers)
				}
			}
			data := rows[headerRow+1:]
			summaries := 0
			for _, row := range data {
				if IsSummaryRow(row) {
					summaries++
				}
			}
			if len(data) != tc.dataRows || summaries != tc.summaries {
				t.Errorf("%d data rows with %d totals, want %d with %d", len(data), summaries, tc.dataRows, tc.summaries)
			}
			if strings.Contains(strings.Join(headers, ""), "\uFFFD") {
				t.Errorf("headers decoded badly: %q", headers)
			}
		})
	}
}
