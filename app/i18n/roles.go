package i18n

import (
	"reachlab/app/data/roles"
	"reachlab/app/text"
)

func init() { register(roleMessages) }

// roleKeys names each column role.
var roleKeys = map[roles.Role]Key{
	roles.Channel:     "role.channel",
	roles.Kind:        "role.kind",
	roles.Message:     "role.message",
	roles.Text:        "role.text",
	roles.Date:        "role.date",
	roles.Reach:       "role.reach",
	roles.Impressions: "role.impressions",
	roles.Followers:   "role.followers",
	roles.Reactions:   "role.reactions",
	roles.Comments:    "role.comments",
	roles.Shares:      "role.shares",
	roles.Clicks:      "role.clicks",
	roles.Saves:       "role.saves",
	roles.Replies:     "role.replies",
	roles.Cost:        "role.cost",
	roles.Share:       "role.share",
}

var roleMessages = map[Key]message{
	"role.channel":     {"channel / medium", "canal / média"},
	"role.kind":        {"medium kind (mass, social…)", "type de média (masse, social…)"},
	"role.message":     {"message / post id", "identifiant du message"},
	"role.text":        {"message text", "texte du message"},
	"role.date":        {"date", "date"},
	"role.reach":       {"reach (people)", "couverture (personnes)"},
	"role.impressions": {"impressions / views", "impressions / vues"},
	"role.followers":   {"followers / audience", "abonnés / audience"},
	"role.reactions":   {"reactions / likes", "réactions / j'aime"},
	"role.comments":    {"comments", "commentaires"},
	"role.shares":      {"shares", "partages"},
	"role.clicks":      {"clicks", "clics"},
	"role.saves":       {"saves", "enregistrements"},
	"role.replies":     {"brand replies", "réponses de la marque"},
	"role.cost":        {"cost / spend", "coût / dépense"},
	"role.share":       {"audience share (%)", "part d'audience (%)"},
}

// RoleName names a column role in l.
func RoleName(l text.Lang, r roles.Role) string {
	if k, ok := roleKeys[r]; ok {
		return T(l, k)
	}
	return string(r)
}
