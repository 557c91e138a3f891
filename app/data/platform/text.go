package platform

import "reachlab/app/data/roles"

// Text is a short sentence for people, in English and French.
type Text struct {
	EN, FR string
}

// In returns the text in lang: "fr" (or any "fr-…" tag) gives French,
// anything else English.
func (t Text) In(lang string) string {
	if len(lang) >= 2 && (lang[:2] == "fr" || lang[:2] == "FR") {
		return t.FR
	}
	return t.EN
}

// roleNames names each role inside reasons.
var roleNames = map[roles.Role]Text{
	roles.Channel:     {"channel", "canal"},
	roles.Kind:        {"medium kind", "type de média"},
	roles.Message:     {"message", "message"},
	roles.Text:        {"text", "texte"},
	roles.Date:        {"date", "date"},
	roles.Reach:       {"reach", "couverture"},
	roles.Impressions: {"impressions", "impressions"},
	roles.Followers:   {"followers", "abonnés"},
	roles.Reactions:   {"reactions", "réactions"},
	roles.Comments:    {"comments", "commentaires"},
	roles.Shares:      {"shares", "partages"},
	roles.Clicks:      {"clicks", "clics"},
	roles.Saves:       {"saves", "enregistrements"},
	roles.Replies:     {"brand replies", "réponses de la marque"},
	roles.Cost:        {"cost", "coût"},
	roles.Share:       {"audience share", "part d’audience"},
}
