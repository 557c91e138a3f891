package platform

import (
	"fmt"

	"reachlab/app/data/roles"
)

// entry is what a dictionary says about one normalised header.
type entry struct {
	role   roles.Role
	rank   int   // lower wins when several columns claim the role
	basis  Basis // BasisPlatform or BasisKnown for a role; BasisIgnored or BasisTotal for None
	note   Text  // why a column is ignored, or a caveat about its meaning
	part   bool  // a part (organic, sponsored) of the figure: a whole one is preferred
	perDay bool  // the date of a table with one row per day
}

// spec lists header names, as exports write them, that mean the same.
type spec struct {
	role   roles.Role
	basis  Basis
	note   Text
	part   bool
	perDay bool
	names  []string
}

// use maps names to role. Among the specs of one dictionary with the
// same role, the first listed wins when columns of both are present.
func use(role roles.Role, names ...string) spec { return spec{role: role, names: names} }

// ignore recognises names that measure nothing ReachLab uses.
func ignore(note Text, names ...string) spec {
	return spec{basis: BasisIgnored, note: note, names: names}
}

// total recognises names of totals of interactions.
func total(names ...string) spec { return spec{basis: BasisTotal, names: names} }

// part maps names of a part of a figure (organic, sponsored) to role: the
// column takes it only when no column gives the whole figure.
func part(role roles.Role, names ...string) spec {
	return spec{role: role, part: true, names: names}
}

// because adds a caveat shown with the column's reason.
func (s spec) because(note Text) spec { s.note = note; return s }

// daily marks the date of a table with one row per day.
func (s spec) daily() spec { s.perDay = true; return s }

// dictionary maps normalised headers to entries, with the markers that
// identify a platform.
type dictionary struct {
	platform Platform
	grain    Grain // what a row stands for when the columns do not tell
	markers  map[string]bool
	entries  map[string]entry
}

// newDictionary builds a dictionary; basis is given to the specs that map
// to a role (BasisPlatform or BasisKnown). Names that differ only by
// accents may repeat within a spec ("Reactions", "Réactions"); two specs
// naming the same header is a programming error.
func newDictionary(p Platform, basis Basis, markers []string, specs ...spec) *dictionary {
	d := &dictionary{platform: p, markers: map[string]bool{}, entries: map[string]entry{}}
	for _, m := range markers {
		d.markers[markerKey(m)] = true
	}
	ranks := map[roles.Role]int{}
	for _, s := range specs {
		e := entry{role: s.role, basis: s.basis, note: s.note, part: s.part, perDay: s.perDay}
		if s.role != roles.None {
			e.basis = basis
			e.rank = ranks[s.role]
			ranks[s.role]++
		}
		for _, name := range s.names {
			key := normalize(name)
			if prev, dup := d.entries[key]; dup && prev != e {
				panic(fmt.Sprintf("platform: %s lists %q twice", p, key))
			}
			d.entries[key] = e
		}
	}
	return d
}

// rows sets the grain of the dictionary's tables when the columns do not
// tell it.
func (d *dictionary) rows(g Grain) *dictionary { d.grain = g; return d }

// lookup returns the entry for a normalised header, trying it without
// prefixes such as "total " too.
func (d *dictionary) lookup(norm string) (entry, bool) {
	for _, key := range lookupKeys(norm) {
		if e, ok := d.entries[key]; ok {
			return e, true
		}
	}
	return entry{}, false
}

// has reports whether the dictionary knows a normalised header.
func (d *dictionary) has(norm string) bool {
	_, ok := d.lookup(norm)
	return ok
}

// Notes shared by several dictionaries.
var (
	noteRate = Text{
		"A rate or an average, not a count: ReachLab computes its own rates from counts.",
		"Un taux ou une moyenne, pas un nombre : ReachLab calcule ses propres taux à partir des nombres.",
	}
	noteDuration = Text{
		"A duration, not a count of people or views.",
		"Une durée, pas un nombre de personnes ou de vues.",
	}
	noteNewFollowers = Text{
		"Followers gained (or lost), not the size of the audience.",
		"Des abonnés gagnés (ou perdus), pas la taille de l’audience.",
	}
	noteDescribes = Text{
		"Describes the message (type, format, campaign, author); not a figure.",
		"Décrit le message (type, format, campagne, auteur) ; ce n’est pas un chiffre.",
	}
	noteEngagedUsers = Text{
		"Counts people who interacted, not interactions; ReachLab counts interactions from their parts.",
		"Compte des personnes ayant interagi, pas des interactions ; ReachLab compte les interactions à partir de leurs composantes.",
	}
	noteProfileVisits = Text{
		"Visits to the account’s profile, not interactions with the message.",
		"Des visites du profil du compte, pas des interactions avec le message.",
	}
	noteRevenue = Text{
		"Revenue earned, not a cost.",
		"Des revenus, pas un coût.",
	}
	noteMetaViews = Text{
		"Meta replaced Impressions with Views in 2024: the times the content was shown or played, an impressions count.",
		"Meta a remplacé les Impressions par les Vues en 2024 : le nombre d’affichages ou de lectures, un compte d’impressions.",
	}
	noteMetaPeriod = Text{
		"The period the figures cover (“Lifetime”), not the post’s date: the publish time dates the post.",
		"La période que couvrent les chiffres (« Lifetime »), pas la date de la publication : l’heure de publication la date.",
	}
	notePermalink = Text{
		"The post’s web address, stable and safe from spreadsheets rounding long numbers.",
		"L’adresse web du post, stable et à l’abri des tableurs qui arrondissent les longs nombres.",
	}
	noteTVAverage = Text{
		"Average viewers per minute, television’s usual audience figure; it is lower than the number of distinct people reached.",
		"Nombre moyen de téléspectateurs par minute, la mesure d’audience habituelle de la télévision ; il est inférieur au nombre de personnes distinctes touchées.",
	}
)
