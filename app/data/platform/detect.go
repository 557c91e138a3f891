package platform

import (
	"fmt"
	"strings"

	"reachlab/app/data/roles"
)

// Basis says how a column's role was decided. It is stable data the UI can
// branch on; Column.Reason says the same for people.
type Basis uint8

// The bases of a column's role, from the most to the least certain.
const (
	BasisUnknown   Basis = iota // nothing recognised: roles.None
	BasisPlatform               // the detected platform's own name for this column
	BasisKnown                  // a header name common to many exports
	BasisWord                   // guessed from one word of the header
	BasisIgnored                // recognised, but measures nothing ReachLab uses: roles.None
	BasisTotal                  // a total of interactions; its parts are counted instead: roles.None
	BasisDuplicate              // another column plays the same role and is preferred: roles.None
)

// String returns the basis's lower-case name, e.g. "duplicate".
func (b Basis) String() string {
	switch b {
	case BasisPlatform:
		return "platform"
	case BasisKnown:
		return "known"
	case BasisWord:
		return "word"
	case BasisIgnored:
		return "ignored"
	case BasisTotal:
		return "total"
	case BasisDuplicate:
		return "duplicate"
	}
	return "unknown"
}

// Column is the role proposed for one column and why.
type Column struct {
	Header string     // the header as given
	Role   roles.Role // roles.None when nothing fits or the column is left out
	Basis  Basis
	Reason Text
}

// Detection is what Detect found in a header row.
type Detection struct {
	Platform Platform
	// Kind is the medium kind the platform implies (KindSocial, KindMass),
	// to fill a missing Kind column; "" for Generic.
	Kind string
	// Score is the confidence in Platform, from 0 to 1: the share of
	// columns the platform's dictionary knows, halved when only one of its
	// telltale headers is present. For Generic it is the share of columns
	// given a role or recognised as ignorable.
	Score   float64
	Reason  Text
	Columns []Column // one per header, in the same order
}

// Roles returns the role of each column, in order.
func (d Detection) Roles() []roles.Role {
	out := make([]roles.Role, len(d.Columns))
	for i, c := range d.Columns {
		out[i] = c.Role
	}
	return out
}

// minScore is the score below which a platform is not claimed and the
// table is treated as Generic.
const minScore = 0.3

// Detect recognises the platform of an export from its header row and
// proposes a role for every column.
//
// Each platform's dictionary scores the headers: Score = known / n ×
// min(1, markers / 2), where n counts the non-empty headers, known those
// the dictionary names, and markers its telltale headers present (at
// least one is needed). The best score wins if it reaches 0.3; ties go to
// the platform with more markers, then to the order of the Platform
// constants. Otherwise the table is Generic.
//
// Columns the platform does not name are guessed as by Guess. Then, where
// several columns claim one role, the platform's own names beat common
// names, which beat guesses from words; among equals the dictionary's
// preference (Permalink before Post ID, Reposts before Shares, Views
// before Impressions at Meta) and then the leftmost column win. The
// others get roles.None with BasisDuplicate. Totals of interactions
// (Engagements; Reactions, comments and shares) always get roles.None with
// BasisTotal: ReachLab adds up the parts itself, and mapping a total
// beside its parts would count every interaction twice.
func Detect(headers []string) Detection {
	norms := make([]string, len(headers))
	nonEmpty := 0
	for i, h := range headers {
		norms[i] = normalize(h)
		if norms[i] != "" {
			nonEmpty++
		}
	}
	best, bestScore, bestMarkers := (*dictionary)(nil), 0.0, 0
	for _, d := range profiles {
		score, markers := d.score(norms, nonEmpty)
		if score > bestScore || (score == bestScore && markers > bestMarkers && score > 0) {
			best, bestScore, bestMarkers = d, score, markers
		}
	}
	if bestScore < minScore {
		best = nil
	}

	candidates := make([]candidate, len(headers))
	for i, norm := range norms {
		switch {
		case norm == "":
			candidates[i] = candidate{entry: entry{basis: BasisUnknown}}
		case best != nil:
			if e, ok := best.lookup(norm); ok {
				candidates[i] = candidate{entry: e}
				continue
			}
			fallthrough
		default:
			candidates[i] = guessColumn(headers[i], norm)
		}
	}
	columns := resolve(headers, candidates, best)

	d := Detection{Platform: Generic, Columns: columns}
	if best != nil {
		d.Platform, d.Score = best.platform, bestScore
		d.Reason = detectedReason(best, headers, norms, bestScore)
	} else {
		d.Score = genericScore(columns, nonEmpty)
		d.Reason = Text{
			"No known export recognised: roles guessed from the headers.",
			"Aucun export connu reconnu : rôles devinés d’après les en-têtes.",
		}
	}
	d.Kind = d.Platform.Kind()
	return d
}

// score returns the dictionary's score for the normalised headers and the
// number of its markers among them.
func (d *dictionary) score(norms []string, nonEmpty int) (float64, int) {
	if nonEmpty == 0 {
		return 0, 0
	}
	known, markers := 0, 0
	seen := map[string]bool{}
	for _, norm := range norms {
		if norm == "" {
			continue
		}
		if _, ok := d.lookup(norm); ok {
			known++
		}
		if d.markers[norm] && !seen[norm] {
			seen[norm] = true
			markers++
		}
	}
	if markers == 0 {
		return 0, 0
	}
	return float64(known) / float64(nonEmpty) * min(1, float64(markers)/2), markers
}

// genericScore is the share of non-empty headers that were understood.
func genericScore(columns []Column, nonEmpty int) float64 {
	if nonEmpty == 0 {
		return 0
	}
	understood := 0
	for _, c := range columns {
		if c.Basis != BasisUnknown {
			understood++
		}
	}
	return float64(understood) / float64(nonEmpty)
}

// detectedReason explains a detection with up to three telltale headers.
func detectedReason(d *dictionary, headers, norms []string, score float64) Text {
	var telltales []string
	for i, norm := range norms {
		if d.markers[norm] && len(telltales) < 3 {
			telltales = append(telltales, headers[i])
		}
	}
	list := quoteList(telltales)
	name := d.platform.Name()
	return Text{
		fmt.Sprintf("Recognised: %s, from the headers %s (confidence %.0f%%).", name.EN, list.EN, score*100),
		fmt.Sprintf("Reconnu : %s, d’après les en-têtes %s (confiance %.0f %%).", name.FR, list.FR, score*100),
	}
}

// candidate is a column's entry before conflicts are resolved.
type candidate struct {
	entry
	word string // the word a word rule matched
}

// resolve gives each role to one column and writes the reasons.
func resolve(headers []string, cands []candidate, platform *dictionary) []Column {
	winner := map[roles.Role]int{}
	for i, c := range cands {
		if c.role == roles.None {
			continue
		}
		if w, ok := winner[c.role]; !ok || beats(c, cands[w]) {
			winner[c.role] = i
		}
	}
	var parts []string // headers of the interaction parts that won
	for i, c := range cands {
		if c.role.Interaction() && winner[c.role] == i {
			parts = append(parts, headers[i])
		}
	}
	columns := make([]Column, len(headers))
	for i, c := range cands {
		col := Column{Header: headers[i], Role: c.role, Basis: c.basis}
		switch {
		case c.role != roles.None && winner[c.role] != i:
			col.Role, col.Basis = roles.None, BasisDuplicate
			col.Reason = duplicateReason(c.role, headers[winner[c.role]])
		case c.basis == BasisTotal:
			col.Reason = totalReason(parts)
		default:
			col.Reason = reason(c, platform)
		}
		columns[i] = col
	}
	return columns
}

// beats reports whether candidate a should take a role from b, b being
// left of a: a more certain basis, then a better rank.
func beats(a, b candidate) bool {
	if a.basis != b.basis {
		return a.basis < b.basis
	}
	return a.rank < b.rank
}

func duplicateReason(role roles.Role, winner string) Text {
	name := roleNames[role]
	winner = strings.TrimSpace(winner)
	return Text{
		fmt.Sprintf("“%s” already plays the role “%s”; one column per role.", winner, name.EN),
		fmt.Sprintf("« %s » joue déjà le rôle « %s » ; une colonne par rôle.", winner, name.FR),
	}
}

func totalReason(parts []string) Text {
	if len(parts) == 0 {
		return Text{
			"A total of interactions. ReachLab counts interactions from their parts (reactions, comments, shares, clicks, saves), so a total is not used.",
			"Un total d’interactions. ReachLab compte les interactions à partir de leurs composantes (réactions, commentaires, partages, clics, enregistrements) : un total n’est pas utilisé.",
		}
	}
	list := quoteList(parts)
	return Text{
		fmt.Sprintf("A total of interactions, which are already counted from their own columns (%s): mapping it too would count them twice.", list.EN),
		fmt.Sprintf("Un total d’interactions, déjà comptées dans leurs propres colonnes (%s) : l’associer aussi les compterait deux fois.", list.FR),
	}
}

// quoteList writes headers as a quoted, comma-separated list in each
// language's quotation marks.
func quoteList(headers []string) Text {
	var en, fr []string
	for _, h := range headers {
		h = strings.TrimSpace(h)
		en = append(en, "“"+h+"”")
		fr = append(fr, "« "+h+" »")
	}
	return Text{strings.Join(en, ", "), strings.Join(fr, ", ")}
}

// reason explains a column that kept its candidate role, or an ignored or
// unknown one.
func reason(c candidate, platform *dictionary) Text {
	name := roleNames[c.role]
	var t Text
	switch c.basis {
	case BasisPlatform:
		p := platform.platform.Name()
		t = Text{
			fmt.Sprintf("Column of the %s export for the role “%s”.", p.EN, name.EN),
			fmt.Sprintf("Colonne de l’export « %s » pour le rôle « %s ».", p.FR, name.FR),
		}
	case BasisKnown:
		t = Text{
			fmt.Sprintf("A usual header name for the role “%s”.", name.EN),
			fmt.Sprintf("Un nom d’en-tête habituel pour le rôle « %s ».", name.FR),
		}
	case BasisWord:
		t = Text{
			fmt.Sprintf("Guessed from the word “%s”: role “%s”.", c.word, name.EN),
			fmt.Sprintf("Deviné d’après le mot « %s » : rôle « %s ».", c.word, name.FR),
		}
	case BasisIgnored:
		return c.note
	default:
		return Text{
			"Not recognised: choose its role if it has one.",
			"Non reconnue : choisissez son rôle si elle en a un.",
		}
	}
	if c.note != (Text{}) {
		t.EN += " " + c.note.EN
		t.FR += " " + c.note.FR
	}
	return t
}

// maxHeaderSearch is how many leading rows DetectRows examines by default.
const maxHeaderSearch = 10

// DetectRows finds the header row among the first rows of a table (at
// most limit of them; 10 if limit ≤ 0) and detects it. Exports such as
// LinkedIn's start with title or note lines before the headers. The row
// recognised as a platform with the highest score wins; if none is, the
// row with the most columns understood (at least two). It returns -1 and
// a Generic detection of nothing if no row qualifies.
func DetectRows(rows [][]string, limit int) (int, Detection) {
	if limit <= 0 {
		limit = maxHeaderSearch
	}
	bestRow, best, bestUnderstood := -1, Detection{Platform: Generic}, 1
	for i := 0; i < len(rows) && i < limit; i++ {
		d := Detect(rows[i])
		understood := 0
		for _, c := range d.Columns {
			if c.Basis != BasisUnknown {
				understood++
			}
		}
		switch {
		case d.Platform != Generic && (best.Platform == Generic || d.Score > best.Score):
			bestRow, best, bestUnderstood = i, d, understood
		case d.Platform == Generic && best.Platform == Generic && understood > bestUnderstood:
			bestRow, best, bestUnderstood = i, d, understood
		}
	}
	return bestRow, best
}

// summaryLabels are the normalised first cells of total rows.
var summaryLabels = map[string]bool{
	"total": true, "totals": true, "totaux": true, "grand total": true, "total general": true,
	"sum": true, "somme": true, "overall": true,
}

// IsSummaryRow reports whether a data row is a total of the others, such
// as the "Total" row YouTube Studio puts first in its table data: its
// first non-empty cell is "Total", "Totaux", "Grand total", "Somme"...
// Such rows must be left out of the analysis or every figure counts twice.
func IsSummaryRow(row []string) bool {
	for _, cell := range row {
		if norm := normalize(cell); norm != "" {
			return summaryLabels[norm]
		}
	}
	return false
}
