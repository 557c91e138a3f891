package metrics

import (
	"reachlab/app/text"
	"strings"
)

// Kind is the kind of medium a channel belongs to. The values are stable ids,
// stored in workspace files. KindUnknown (the zero value) is a blank or
// unrecognised kind; it is allowed everywhere.
type Kind string

// The medium kinds. Mass, owned, paid and earned follow the usual media
// typology; social is kept apart because comparing it with mass media is what
// ReachLab is for.
const (
	KindUnknown Kind = ""
	KindMass    Kind = "mass"   // broadcast and press: one message, a huge audience
	KindSocial  Kind = "social" // social networks: many messages, audiences in niches
	KindOwned   Kind = "owned"  // the brand's own site, blog, newsletter
	KindEarned  Kind = "earned" // mentions, press coverage, word of mouth
	KindPaid    Kind = "paid"   // bought space other than mass media: display, search, sponsored
)

// kindOrder lists the kinds in display order; it also breaks ties when a
// channel's rows are split evenly between kinds (the first kind wins).
var kindOrder = [...]Kind{KindMass, KindSocial, KindOwned, KindEarned, KindPaid, KindUnknown}

const numKinds = len(kindOrder)

// Kinds returns the known kinds in display order, KindUnknown excluded.
func Kinds() []Kind { return append([]Kind(nil), kindOrder[:numKinds-1]...) }

// index returns k's position in kindOrder.
func (k Kind) index() int {
	for i, o := range kindOrder {
		if o == k {
			return i
		}
	}
	return numKinds - 1
}

// kindNames names each kind for people.
var kindNames = map[Kind]text.Text{
	KindMass:    {FR: "Média de masse", EN: "Mass medium"},
	KindSocial:  {FR: "Média social", EN: "Social medium"},
	KindOwned:   {FR: "Média propriétaire", EN: "Owned medium"},
	KindEarned:  {FR: "Média gagné", EN: "Earned medium"},
	KindPaid:    {FR: "Média payant", EN: "Paid medium"},
	KindUnknown: {FR: "Type inconnu", EN: "Unknown kind"},
}

// Name returns the kind's name for people, in French and English.
func (k Kind) Name() text.Text {
	if t, ok := kindNames[k]; ok {
		return t
	}
	return kindNames[KindUnknown]
}

// kindSynonyms maps lower-cased, accent-free labels to kinds.
var kindSynonyms = map[string]Kind{
	"mass": KindMass, "mass media": KindMass, "mass medium": KindMass, "mass-media": KindMass,
	"masse": KindMass, "media de masse": KindMass, "medias de masse": KindMass, "mass medias": KindMass,
	"social": KindSocial, "social media": KindSocial, "social medium": KindSocial, "social network": KindSocial,
	"media social": KindSocial, "medias sociaux": KindSocial, "reseau social": KindSocial, "reseaux sociaux": KindSocial,
	"owned": KindOwned, "owned media": KindOwned, "owned medium": KindOwned,
	"media proprietaire": KindOwned, "medias proprietaires": KindOwned, "proprietaire": KindOwned,
	"earned": KindEarned, "earned media": KindEarned, "earned medium": KindEarned,
	"media gagne": KindEarned, "medias gagnes": KindEarned, "gagne": KindEarned,
	"paid": KindPaid, "paid media": KindPaid, "paid medium": KindPaid,
	"media payant": KindPaid, "medias payants": KindPaid, "payant": KindPaid, "achete": KindPaid,
}

// ParseKind reads a kind written as its id ("mass"), its English or French
// name ("Social medium", "Média de masse") or a common synonym ("médias
// sociaux", "paid media"), ignoring case, accents and surrounding spaces.
// Anything else is KindUnknown.
func ParseKind(s string) Kind {
	if k, ok := kindSynonyms[s]; ok { // fast path: ids as stored
		return k
	}
	return kindSynonyms[foldLabel(s)]
}

// foldLabel lower-cases s, trims it, turns runs of spaces, tabs and
// underscores inside it into one space and removes the accents of French
// letters: "  Médias_Sociaux " becomes "medias sociaux".
func foldLabel(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch r {
		case ' ', '\t', '_':
			space = true
			continue
		case 'é', 'è', 'ê', 'ë':
			r = 'e'
		case 'à', 'â':
			r = 'a'
		case 'î', 'ï':
			r = 'i'
		case 'ô':
			r = 'o'
		case 'ù', 'û', 'ü':
			r = 'u'
		case 'ç':
			r = 'c'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
