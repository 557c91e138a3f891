package metrics

import (
	"fmt"
	"reachlab/app/text"
	"strings"
)

// KindRule says what decided a row's medium kind (see ResolveKind). The
// values are stable ids.
type KindRule string

// The rules, in the order ResolveKind tries them.
const (
	KindByOverride KindRule = "override" // the user chose the kind of this value (Options.KindOverrides)
	KindByValue    KindRule = "value"    // the kind cell names a kind: "mass", "Social media", "Média de masse" (ParseKind)
	KindByMedium   KindRule = "medium"   // the kind cell names a medium: "TV", "Presse", "Facebook"
	KindByChannel  KindRule = "channel"  // the channel's name names a medium: "Page Facebook", "Radio locale"
	KindByPlatform KindRule = "platform" // the platform the file was recognised as: a Meta export, a TV audience table
	KindByNone     KindRule = "none"     // nothing names a kind: KindUnknown
)

// KindDecision is a medium kind and the rule that decided it (the zero
// value, in kind and total rows, is no decision), for the UI
// to show ("TV → mass medium: the kind column names television") and to
// offer an override keyed by Value.
type KindDecision struct {
	Kind   Kind     // the kind decided
	Rule   KindRule // what decided it
	Value  string   // the value that decided, as written: the kind cell, else the channel's name (for KindByNone too), or the platform
	Medium string   // the medium recognised in Value: "tv", "facebook"…; "" for KindByOverride, KindByValue and KindByNone
}

// Explain says in a sentence, in French and English, how the kind was
// decided.
func (d KindDecision) Explain() text.Text {
	med, hasMedium := mediumNames[d.Medium]
	kind := text.Text{FR: "un " + lowerFirst(d.Kind.Name().FR), EN: "a " + lowerFirst(d.Kind.Name().EN)}
	switch {
	case d.Rule == KindByOverride:
		return text.Text{
			FR: fmt.Sprintf("« %s » : %s, choisi par l’utilisateur.", d.Value, lowerFirst(d.Kind.Name().FR)),
			EN: fmt.Sprintf("“%s”: %s, as chosen by the user.", d.Value, lowerFirst(d.Kind.Name().EN)),
		}
	case d.Rule == KindByValue:
		return text.Text{
			FR: fmt.Sprintf("La colonne de type indique « %s » : %s.", d.Value, lowerFirst(d.Kind.Name().FR)),
			EN: fmt.Sprintf("The kind column says “%s”: %s.", d.Value, lowerFirst(d.Kind.Name().EN)),
		}
	case d.Rule == KindByMedium && hasMedium:
		return text.Text{
			FR: fmt.Sprintf("La colonne de type indique « %s » : %s, %s.", d.Value, med.FR, kind.FR),
			EN: fmt.Sprintf("The kind column says “%s”: %s, %s.", d.Value, med.EN, kind.EN),
		}
	case d.Rule == KindByChannel && hasMedium:
		return text.Text{
			FR: fmt.Sprintf("Le nom du canal « %s » désigne %s, %s.", d.Value, med.FR, kind.FR),
			EN: fmt.Sprintf("The channel’s name “%s” names %s, %s.", d.Value, med.EN, kind.EN),
		}
	case d.Rule == KindByPlatform && hasMedium:
		return text.Text{
			FR: fmt.Sprintf("Le fichier a été reconnu à ses en-têtes comme venant de %s : %s.", med.FR, kind.FR),
			EN: fmt.Sprintf("The file was recognised by its headers as coming from %s: %s.", med.EN, kind.EN),
		}
	case d.Rule == KindByPlatform:
		return text.Text{
			FR: fmt.Sprintf("La plateforme reconnue pour le fichier en fait %s.", kind.FR),
			EN: fmt.Sprintf("The platform the file was recognised as makes it %s.", kind.EN),
		}
	}
	if strings.TrimSpace(d.Value) == "" {
		return text.Text{
			FR: "Ni type ni nom de canal : type inconnu, à choisir.",
			EN: "No kind and no channel name: unknown kind, to be chosen.",
		}
	}
	return text.Text{
		FR: fmt.Sprintf("Rien dans « %s » n’indique un type de média : type inconnu, à choisir.", d.Value),
		EN: fmt.Sprintf("Nothing in “%s” names a medium kind: unknown kind, to be chosen.", d.Value),
	}
}

// lowerFirst lower-cases the first letter of a kind's name.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// ResolveKind decides the medium kind of a row, trying in order:
//
//  1. overrides, for the kind cell then for the channel's name (keys and
//     values compared as ParseKind compares kinds: without case, accents
//     or extra spaces; an override to a value ParseKind does not read is
//     ignored, except KindUnknown);
//  2. the kind cell read with ParseKind ("mass", "Médias sociaux");
//  3. a medium named in the kind cell ("TV", "Presse", "Facebook");
//  4. a medium named in the channel's name ("Page Facebook", "Radio
//     locale", "TF1");
//  5. the platform the file was recognised as: a platform id of
//     reachlab/app/data/platform such as "meta-facebook" or "tv-audience",
//     a medium's name, or a kind.
//
// Media: television (TV, télé, télévision, and the main French
// channels), radio, press (presse, print, newspaper, magazine), cinema
// and outdoor (affichage, OOH) are mass media; Facebook, Instagram,
// LinkedIn, X (Twitter), TikTok, YouTube, Snapchat, Pinterest, Threads,
// Bluesky, Mastodon, Reddit, Twitch, blogs and forums are social. A value
// naming both, such as "TF1 Facebook", is an account on a social network:
// social. X counts alone ("X"), with "Twitter" or "x.com", or as the
// first word before words such as "ads", "account", "ex" ("X (ex-Twitter)")
// or "content" (the platform id "x-content"): "Radio X" and "X Factor"
// are not X.
func ResolveKind(kind, channel, platform string, overrides map[string]Kind) KindDecision {
	return newKindResolver(platform, overrides).resolve(kind, channel)
}

// kindResolver applies ResolveKind's rules with the overrides folded once.
type kindResolver struct {
	overrides map[string]Kind // folded value → kind
	platform  KindDecision    // the decision the platform gives; the zero KindDecision if none
}

// newKindResolver prepares the rules for one platform and overrides.
func newKindResolver(platform string, overrides map[string]Kind) *kindResolver {
	r := &kindResolver{overrides: make(map[string]Kind, len(overrides))}
	for value, k := range overrides {
		if parsed := ParseKind(string(k)); parsed != KindUnknown || k == KindUnknown {
			r.overrides[foldLabel(value)] = parsed
		}
	}
	switch k := ParseKind(platform); {
	case k != KindUnknown:
		r.platform = KindDecision{Kind: k, Rule: KindByPlatform, Value: platform}
	default:
		if m, ok := findMedium(platform); ok {
			r.platform = KindDecision{Kind: m.kind, Rule: KindByPlatform, Value: platform, Medium: m.id}
		}
	}
	return r
}

// resolve decides the kind of a row with kind cell kind and channel
// channel.
func (r *kindResolver) resolve(kind, channel string) KindDecision {
	kind = strings.TrimSpace(kind)
	if len(r.overrides) > 0 {
		for _, v := range [...]string{kind, channel} {
			if k, ok := r.overrides[foldLabel(v)]; ok && strings.TrimSpace(v) != "" {
				return KindDecision{Kind: k, Rule: KindByOverride, Value: v}
			}
		}
	}
	if kind != "" {
		if k := ParseKind(kind); k != KindUnknown {
			return KindDecision{Kind: k, Rule: KindByValue, Value: kind}
		}
		if m, ok := findMedium(kind); ok {
			return KindDecision{Kind: m.kind, Rule: KindByMedium, Value: kind, Medium: m.id}
		}
	}
	if m, ok := findMedium(channel); ok {
		return KindDecision{Kind: m.kind, Rule: KindByChannel, Value: channel, Medium: m.id}
	}
	if r.platform.Rule == KindByPlatform {
		return r.platform
	}
	value := kind
	if value == "" {
		value = channel
	}
	return KindDecision{Rule: KindByNone, Value: value}
}

// medium is a medium recognised in names.
type medium struct {
	id   string // "tv", "facebook"…
	kind Kind
}

// mediumWords maps the words (folded, see mediumTokens) and phrases that
// name a medium to it.
var mediumWords = func() map[string]medium {
	m := map[string]medium{}
	add := func(id string, k Kind, words ...string) {
		for _, w := range words {
			m[w] = medium{id, k}
		}
	}
	add("tv", KindMass, "tv", "tele", "television", "televisions", "televisuel", "tf1", "france 2", "france 3", "france 4",
		"france 5", "m6", "canal+", "canal plus", "arte", "tmc", "c8", "w9", "bfmtv", "bfm tv", "lci", "cnews", "france televisions")
	add("radio", KindMass, "radio", "radios", "france inter", "france culture", "europe 1", "rtl", "rmc", "nrj", "fip")
	add("press", KindMass, "press", "presse", "print", "newspaper", "newspapers", "magazine", "magazines", "journal",
		"journaux", "quotidien", "quotidiens", "pqr", "pqn", "le monde", "le figaro", "liberation", "les echos", "le parisien",
		"ouest france")
	add("cinema", KindMass, "cinema", "cinemas", "cine")
	add("outdoor", KindMass, "outdoor", "out of home", "ooh", "dooh", "affichage", "billboard", "billboards")
	add("facebook", KindSocial, "facebook", "fb", "meta facebook")
	add("instagram", KindSocial, "instagram", "insta", "ig", "meta instagram")
	add("linkedin", KindSocial, "linkedin")
	add("x", KindSocial, "twitter", "x com", "tweet", "tweets")
	add("tiktok", KindSocial, "tiktok", "tik tok")
	add("youtube", KindSocial, "youtube", "you tube")
	add("snapchat", KindSocial, "snapchat")
	add("pinterest", KindSocial, "pinterest")
	add("threads", KindSocial, "threads")
	add("bluesky", KindSocial, "bluesky")
	add("mastodon", KindSocial, "mastodon")
	add("reddit", KindSocial, "reddit")
	add("twitch", KindSocial, "twitch")
	add("blog", KindSocial, "blog", "blogs", "blogue", "blogues")
	add("forum", KindSocial, "forum", "forums")
	return m
}()

// mediumNames names each medium in sentences: French with its article.
var mediumNames = map[string]text.Text{
	"tv":        {FR: "la télévision", EN: "television"},
	"radio":     {FR: "la radio", EN: "radio"},
	"press":     {FR: "la presse", EN: "the press"},
	"cinema":    {FR: "le cinéma", EN: "cinema"},
	"outdoor":   {FR: "l’affichage", EN: "outdoor advertising"},
	"facebook":  {FR: "Facebook", EN: "Facebook"},
	"instagram": {FR: "Instagram", EN: "Instagram"},
	"linkedin":  {FR: "LinkedIn", EN: "LinkedIn"},
	"x":         {FR: "X (Twitter)", EN: "X (Twitter)"},
	"tiktok":    {FR: "TikTok", EN: "TikTok"},
	"youtube":   {FR: "YouTube", EN: "YouTube"},
	"snapchat":  {FR: "Snapchat", EN: "Snapchat"},
	"pinterest": {FR: "Pinterest", EN: "Pinterest"},
	"threads":   {FR: "Threads", EN: "Threads"},
	"bluesky":   {FR: "Bluesky", EN: "Bluesky"},
	"mastodon":  {FR: "Mastodon", EN: "Mastodon"},
	"reddit":    {FR: "Reddit", EN: "Reddit"},
	"twitch":    {FR: "Twitch", EN: "Twitch"},
	"blog":      {FR: "les blogs", EN: "blogs"},
	"forum":     {FR: "les forums", EN: "forums"},
}

// findMedium returns the medium s names: a social one when s names media
// of both kinds (see ResolveKind), else the first mass medium.
func findMedium(s string) (medium, bool) {
	tokens := mediumTokens(s)
	if len(tokens) == 0 {
		return medium{}, false
	}
	var mass medium
	found := false
	// Phrases of up to three words, longest first at each position.
	for i := range tokens {
		for n := min(3, len(tokens)-i); n >= 1; n-- {
			m, ok := mediumWords[strings.Join(tokens[i:i+n], " ")]
			if !ok {
				continue
			}
			if m.kind == KindSocial {
				return m, true
			}
			if !found {
				mass, found = m, true
			}
			break
		}
	}
	if !found && tokens[0] == "x" && (len(tokens) == 1 || xSecond[tokens[1]]) {
		return mediumWords["twitter"], true // "X", "X (ex-Twitter)", "x-content", "X Ads"
	}
	return mass, found
}

// xSecond are the words that make "X" before them the network: "X ads",
// "X account", the platform ids "x-content", "x-tweet-activity".
var xSecond = map[string]bool{"ex": true, "com": true, "content": true, "ads": true, "analytics": true, "account": true,
	"compte": true, "page": true, "formerly": true, "corp": true, "premium": true, "organic": true, "organique": true}

// mediumTokens folds s as foldLabel does and splits it into words of
// letters, digits and "+" (for "Canal+").
func mediumTokens(s string) []string {
	return strings.FieldsFunc(foldLabel(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '+')
	})
}
