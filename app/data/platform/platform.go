package platform

// Platform is the product an export comes from. The string values are
// stable: they may be stored in saved mappings.
type Platform string

// The platforms Detect recognises.
const (
	Generic              Platform = "generic"               // any other table: roles guessed header by header
	MetaFacebook         Platform = "meta-facebook"         // Meta Business Suite / Facebook Insights posts export
	MetaInstagram        Platform = "meta-instagram"        // Meta Business Suite Instagram posts export
	LinkedInPage         Platform = "linkedin-page"         // LinkedIn page analytics, content workbook, "All posts" sheet
	LinkedInPageMetrics  Platform = "linkedin-page-metrics" // LinkedIn page analytics, content workbook, "Metrics" sheet (by day)
	LinkedInFollowers    Platform = "linkedin-followers"    // LinkedIn page analytics, followers workbook, "New followers" sheet
	XLegacyTweetActivity Platform = "x-tweet-activity"      // Twitter/X "Tweet activity" export (before 2024), by tweet or by day
	XContent             Platform = "x-content"             // X account analytics, content export
	XOverview            Platform = "x-overview"            // X account analytics, overview export (by day)
	YouTubeStudio        Platform = "youtube-studio"        // YouTube Studio advanced mode, "Table data" and "Chart data"
	TikTok               Platform = "tiktok"                // TikTok Studio / analytics content export
	TikTokOverview       Platform = "tiktok-overview"       // TikTok Studio overview export (by day)
	TVAudience           Platform = "tv-audience"           // television audience table (Médiamétrie-style)
)

// Medium kinds a platform implies, the values of roles.Kind columns.
const (
	KindSocial = "social"
	KindMass   = "mass"
)

// Kind returns the medium kind the platform's rows belong to by default:
// KindSocial for social networks, KindMass for television audiences, and
// "" (unknown: the user chooses) for Generic.
func (p Platform) Kind() string {
	switch p {
	case Generic:
		return ""
	case TVAudience:
		return KindMass
	}
	return KindSocial
}

// Name returns the platform's name for people.
func (p Platform) Name() Text {
	switch p {
	case MetaFacebook:
		return Text{"Facebook (Meta Business Suite)", "Facebook (Meta Business Suite)"}
	case MetaInstagram:
		return Text{"Instagram (Meta Business Suite)", "Instagram (Meta Business Suite)"}
	case LinkedInPage:
		return Text{"LinkedIn page, posts", "Page LinkedIn, publications"}
	case LinkedInPageMetrics:
		return Text{"LinkedIn page, daily metrics", "Page LinkedIn, statistiques par jour"}
	case LinkedInFollowers:
		return Text{"LinkedIn page, new followers", "Page LinkedIn, nouveaux abonnés"}
	case XLegacyTweetActivity:
		return Text{"X (Twitter) tweet activity", "X (Twitter), activité des tweets"}
	case XContent:
		return Text{"X content analytics", "X, statistiques des contenus"}
	case XOverview:
		return Text{"X account overview", "X, vue d’ensemble du compte"}
	case YouTubeStudio:
		return Text{"YouTube Studio", "YouTube Studio"}
	case TikTok:
		return Text{"TikTok, videos", "TikTok, vidéos"}
	case TikTokOverview:
		return Text{"TikTok, daily overview", "TikTok, vue d’ensemble par jour"}
	case TVAudience:
		return Text{"TV audience table", "Tableau d’audience télévisée"}
	}
	return Text{"Generic table", "Tableau générique"}
}
