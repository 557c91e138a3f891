package platform

import (
	"fmt"
	"strings"

	"reachlab/app/data/roles"
)

// Basis says how a column's role was decided. It is stable data the UI can
// branch on; Column.Reason says the same for people.
type Basis uint8

// The bases of a column's role. Those that give a role run from the most to
// the least certain (Platform, Known, Word, then Content); the others say
// why a column has none.
const (
	BasisUnknown   Basis = iota // nothing recognised: roles.None
	BasisPlatform               // the detected platform's own name for this column
	BasisKnown                  // a header name common to many exports
	BasisWord                   // guessed from one word of the header
	BasisIgnored                // recognised, but measures nothing ReachLab uses: roles.None
	BasisTotal                  // a total of interactions; its parts are counted instead: roles.None
	BasisDuplicate              // another column plays the same role and is preferred: roles.None, Proposed names the role
	BasisPart                   // an organic or sponsored part of a figure another column gives whole: roles.None, Proposed names the role
	BasisMisfit                 // the header calls for a role its cells cannot hold (counts for an id): roles.None, Proposed names the role
	BasisContent                // the header says nothing, the cells tell (dates, web addresses, sentences)
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
	case BasisPart:
		return "part"
	case BasisMisfit:
		return "misfit"
	case BasisContent:
		return "content"
	}
	return "unknown"
}

// Column is the role proposed for one column and why.
type Column struct {
	Header string     // the header as given
	Role   roles.Role // roles.None when nothing fits or the column is left out
	Basis  Basis
	Reason Text
	// Proposed is the role the column would take but for another column
	// preferred to it (BasisDuplicate, BasisPart) or for its cells
	// (BasisMisfit): the UI offers it in one click. None otherwise.
	Proposed roles.Role
	// Check says how the column's cells read as the type its date or
	// numeric role needs. Detect leaves it zero; the reader that has the
	// cells fills it (see load.Read).
	Check Check
}

// Check is how the cells of a column read as the type its role needs: a
// date for roles.Date, a number for the numeric roles (roles.Role.Numeric).
type Check struct {
	Role   roles.Role // the role checked; None when the column has no date or numeric role
	Cells  int        // cells with a value (blank cells and missing markers such as "n/a" not counted)
	Failed int        // of them, the cells that do not read as the role's type
	First  Cell       // the first of them, when Failed > 0
}

// Cell locates one cell of a table.
type Cell struct {
	Row  int    // 0-based data row
	Line int    // 1-based line of the file (record or spreadsheet row for workbooks)
	Text string // the cell as written, cut to 80 bytes
}

// Grain is what one row of a table stands for.
type Grain string

// The grains of the tables Detect recognises.
const (
	GrainUnknown    Grain = ""            // not told: a generic table
	GrainMessage    Grain = "message"     // one row per message: a post, a tweet, a video
	GrainDay        Grain = "day"         // one row per day, all messages together (TikTok overview, LinkedIn metrics)
	GrainDayMessage Grain = "day-message" // one row per day and message (YouTube Studio chart data)
)

// Name describes the grain for people.
func (g Grain) Name() Text {
	switch g {
	case GrainMessage:
		return Text{"one row per message", "une ligne par message"}
	case GrainDay:
		return Text{"one row per day", "une ligne par jour"}
	case GrainDayMessage:
		return Text{"one row per day and message", "une ligne par jour et par message"}
	}
	return Text{"rows of unknown kind", "lignes de nature inconnue"}
}

// Detection is what Detect found in a header row.
type Detection struct {
	Platform Platform
	// Kind is the medium kind the platform implies (KindSocial, KindMass),
	// to fill a missing Kind column; "" for Generic.
	Kind string
	// Grain is what a row stands for: a message, a day, a day and a
	// message; GrainUnknown for generic tables.
	Grain Grain
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
// proposes a role for every column. It is DetectCells without what the
// cells hold.
func Detect(headers []string) Detection { return DetectCells(headers, nil) }

// DetectCells recognises the platform of an export from its header row and
// proposes a role for every column, using what the cells hold (cells[i]
// describes column i; nil, or a zero Cells, when unknown) where headers
// alone cannot decide.
//
// Each platform's dictionary scores the headers: Score = known / n ×
// min(1, markers / 2), where n counts the non-empty headers, known those
// the dictionary names, and markers its telltale headers present (at
// least one is needed). The best score wins if it reaches 0.3; ties go to
// the platform with more markers, then to the order of the Platform
// constants. Otherwise the table is Generic.
//
// Columns the platform does not name are guessed as by Guess; a column
// whose header says nothing gets a role from its cells (BasisContent)
// when no other column has it: dates the date, web addresses all
// different the message, sentences the text. A role the cells contradict
// is refused (BasisMisfit): never a message or text role for a column of
// counts, nor a date role for numbers.
//
// Then, where several columns claim one role, an empty column loses to a
// filled one; a part (an "(organic)" or "(sponsored)" figure, "Reach
// from organic posts") loses to the whole figure (BasisPart); the
// platform's own names beat common names, which beat guesses from words,
// which beat guesses from cells; among equals the more filled column
// wins (Meta leaves Description empty on most photo posts, where Title
// holds the text; Instagram stories leave Permalink empty), then the
// dictionary's preference (Permalink before Post ID, Reposts before
// Shares, Views before Impressions at Meta) and then the leftmost column.
// The others get roles.None with BasisDuplicate. Totals of interactions
// (Engagements; Reactions, comments and shares) always get roles.None with
// BasisTotal: ReachLab adds up the parts itself, and mapping a total
// beside its parts would count every interaction twice.
func DetectCells(headers []string, cells []Cells) Detection {
	norms := make([]string, len(headers))
	quals := make([]string, len(headers))
	keys := make([]string, len(headers)) // the marker keys: qualifiers kept
	nonEmpty := 0
	for i, h := range headers {
		norms[i], quals[i] = normalizeParts(h)
		keys[i] = norms[i]
		if quals[i] != "" {
			keys[i] += " (" + quals[i] + ")"
		}
		if norms[i] != "" {
			nonEmpty++
		}
	}
	best, bestScore, bestMarkers := (*dictionary)(nil), 0.0, 0
	for _, d := range profiles {
		score, markers := d.score(norms, keys, nonEmpty)
		if score > bestScore || (score == bestScore && markers > bestMarkers && score > 0) {
			best, bestScore, bestMarkers = d, score, markers
		}
	}
	if bestScore < minScore {
		best = nil
	}

	candidates := make([]candidate, len(headers))
	for i, norm := range norms {
		var c candidate
		switch {
		case norm == "":
			c = candidate{entry: entry{basis: BasisUnknown}}
		case best != nil:
			if e, ok := best.lookup(norm); ok {
				c = candidate{entry: e}
				break
			}
			c = guessColumn(headers[i], norm)
		default:
			c = guessColumn(headers[i], norm)
		}
		if i < len(cells) {
			c.cells = cells[i]
		}
		c.qualify(quals[i])
		c.contradict()
		candidates[i] = c
	}
	guessFromCells(candidates)
	columns := resolve(headers, candidates, best)

	d := Detection{Platform: Generic, Columns: columns}
	if best != nil {
		d.Platform, d.Score = best.platform, bestScore
		d.Reason = detectedReason(best, headers, keys, bestScore)
		d.Grain = grainOf(best, candidates, columns)
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

// grainOf tells what a row of a recognised export stands for: a day when
// the date is the platform's per-day column (with a message column too,
// a day and a message), else a message when a column identifies it.
func grainOf(d *dictionary, cands []candidate, columns []Column) Grain {
	var message, daily bool
	for i, c := range columns {
		switch c.Role {
		case roles.Message:
			message = true
		case roles.Date:
			daily = cands[i].perDay
		}
	}
	switch {
	case daily && message:
		return GrainDayMessage
	case daily:
		return GrainDay
	case message || d.grain == GrainMessage:
		return GrainMessage
	}
	return d.grain
}

// score returns the dictionary's score for the normalised headers and the
// number of its markers among them (keys: the headers as marker keys).
func (d *dictionary) score(norms, keys []string, nonEmpty int) (float64, int) {
	if nonEmpty == 0 {
		return 0, 0
	}
	known, markers := 0, 0
	seen := map[string]bool{}
	for i, norm := range norms {
		if norm == "" {
			continue
		}
		if _, ok := d.lookup(norm); ok {
			known++
		}
		if k := keys[i]; d.markers[k] && !seen[k] {
			seen[k] = true
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
	word     string // the word a word rule matched
	cells    Cells  // what the column holds, when known
	partRank int    // parts: 0 organic, 1 sponsored or paid
	misfit   Text   // why the cells refuse the role (BasisMisfit)
	proposed roles.Role
}

// qualify applies a bracketed qualifier: "(total)" is the figure itself,
// "(organic)" or "(sponsored)" a part of it.
func (c *candidate) qualify(word string) {
	if word == "" || c.role == roles.None {
		return
	}
	if qualifiers[word] == qualPart {
		c.part = true
		if word != "organic" && word != "organique" && word != "organiques" && word != "organico" &&
			word != "organica" && word != "organisch" {
			c.partRank = 1
		}
	}
}

// contradict refuses a role the column's cells cannot hold: a message or
// text role for counts or dates, a date role for numbers, a numeric role
// for dates. A text column keeps a date or numeric role: the reader checks
// its cells (Column.Check) and may read them as the role's type.
func (c *candidate) contradict() {
	t := c.cells.Type
	if t == CellsUnknown || t == CellsEmpty || c.role == roles.None {
		return
	}
	counts := (t == CellsNumber && !c.cells.Unique) || t == CellsPercent
	var why Text
	switch {
	case (c.role == roles.Message || c.role == roles.Text) && counts:
		why = Text{"its cells are counts, not identifiers or text", "ses cellules sont des nombres, pas des identifiants ni du texte"}
	case c.role == roles.Text && (t == CellsNumber || t == CellsDate || t == CellsIdentifier):
		why = Text{"its cells are numbers or dates, not text", "ses cellules sont des nombres ou des dates, pas du texte"}
	case c.role == roles.Date && (t == CellsNumber || t == CellsPercent || t == CellsIdentifier):
		why = Text{"its cells are numbers, not dates", "ses cellules sont des nombres, pas des dates"}
	case c.role.Numeric() && t == CellsDate:
		why = Text{"its cells are dates, not numbers", "ses cellules sont des dates, pas des nombres"}
	default:
		return
	}
	c.proposed, c.role, c.basis, c.misfit = c.role, roles.None, BasisMisfit, why
}

// guessFromCells gives a role to columns whose header says nothing, when
// their cells tell and no other column claims the role: the first column
// of dates the date, the first of web addresses (all different) the
// message, the first of sentences (all different) the text.
func guessFromCells(cands []candidate) {
	claimed := map[roles.Role]bool{}
	for _, c := range cands {
		claimed[c.role] = true
	}
	for i := range cands {
		c := &cands[i]
		if c.basis != BasisUnknown || c.cells.Filled == 0 {
			continue
		}
		var r roles.Role
		switch cl := c.cells; {
		case cl.Type == CellsDate:
			r = roles.Date
		case cl.Type == CellsText && cl.URLs && cl.Unique:
			r = roles.Message
		case cl.Type == CellsText && cl.Long && cl.Unique:
			r = roles.Text
		default:
			continue
		}
		if claimed[r] {
			continue
		}
		claimed[r] = true
		c.role, c.basis = r, BasisContent
	}
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
			w := winner[c.role]
			col.Role, col.Basis, col.Proposed = roles.None, BasisDuplicate, c.role
			col.Reason = duplicateReason(c.role, headers[w], c, cands[w])
			if c.part && !cands[w].part {
				col.Basis, col.Reason = BasisPart, partReason(c.role, headers[w])
			}
		case c.basis == BasisMisfit:
			col.Proposed = c.proposed
			col.Reason = misfitReason(c)
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
// left of a: a filled column before an empty one, a whole figure before a
// part, a more certain basis, a more filled column, then a better rank.
func beats(a, b candidate) bool {
	known := a.cells.Type != CellsUnknown && b.cells.Type != CellsUnknown
	if known && (a.cells.Filled == 0) != (b.cells.Filled == 0) {
		return a.cells.Filled > 0
	}
	if a.part != b.part {
		return !a.part
	}
	if a.basis != b.basis {
		return a.basis < b.basis
	}
	if known && a.cells.Filled != b.cells.Filled {
		return a.cells.Filled > b.cells.Filled
	}
	if a.part && a.partRank != b.partRank {
		return a.partRank < b.partRank
	}
	return a.rank < b.rank
}

// duplicateReason explains why a loses its role to w, the winner.
func duplicateReason(role roles.Role, winner string, a, w candidate) Text {
	name := roleNames[role]
	winner = strings.TrimSpace(winner)
	if a.cells.Type != CellsUnknown && w.cells.Type != CellsUnknown && a.cells.Filled < w.cells.Filled && a.basis == w.basis {
		return Text{
			fmt.Sprintf("“%s” plays the role “%s”: it has a value in %d rows, this column in %d.", winner, name.EN, w.cells.Filled, a.cells.Filled),
			fmt.Sprintf("« %s » joue le rôle « %s » : elle a une valeur dans %d lignes, cette colonne dans %d.", winner, name.FR, w.cells.Filled, a.cells.Filled),
		}
	}
	return Text{
		fmt.Sprintf("“%s” already plays the role “%s”; one column per role.", winner, name.EN),
		fmt.Sprintf("« %s » joue déjà le rôle « %s » ; une colonne par rôle.", winner, name.FR),
	}
}

// partReason explains why an organic or sponsored part leaves its role to
// the whole figure.
func partReason(role roles.Role, whole string) Text {
	name := roleNames[role]
	whole = strings.TrimSpace(whole)
	return Text{
		fmt.Sprintf("A part (organic or sponsored) of the %s that “%s” counts whole: choose it instead to study that part alone.", name.EN, whole),
		fmt.Sprintf("Une partie (organique ou sponsorisée) des %s que « %s » compte en entier : choisissez-la à sa place pour étudier cette partie seule.", name.FR, whole),
	}
}

// misfitReason explains a role the cells refuse.
func misfitReason(c candidate) Text {
	name := roleNames[c.proposed]
	return Text{
		fmt.Sprintf("Its header means “%s”, but %s.", name.EN, c.misfit.EN),
		fmt.Sprintf("Son en-tête veut dire « %s », mais %s.", name.FR, c.misfit.FR),
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
	case BasisContent:
		t = contentReason(c)
	case BasisIgnored:
		return c.note
	default:
		return Text{
			"Not recognised: choose its role if it has one.",
			"Non reconnue : choisissez son rôle si elle en a un.",
		}
	}
	if c.part {
		t.EN += " Only a part (organic or sponsored) of the figure: the export gives no total."
		t.FR += " Seulement une partie (organique ou sponsorisée) du chiffre : l’export ne donne pas de total."
	}
	if c.note != (Text{}) {
		t.EN += " " + c.note.EN
		t.FR += " " + c.note.FR
	}
	return t
}

// contentReason explains a role guessed from the cells.
func contentReason(c candidate) Text {
	switch c.role {
	case roles.Date:
		return Text{"Header not recognised, but its cells are dates: role “date”.",
			"En-tête non reconnu, mais ses cellules sont des dates : rôle « date »."}
	case roles.Message:
		return Text{"Header not recognised, but its cells are web addresses, all different: role “message”.",
			"En-tête non reconnu, mais ses cellules sont des adresses web, toutes différentes : rôle « message »."}
	}
	return Text{"Header not recognised, but its cells are sentences, all different: role “text”.",
		"En-tête non reconnu, mais ses cellules sont des phrases, toutes différentes : rôle « texte »."}
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
	"sum": true, "somme": true, "overall": true, "gesamt": true, "insgesamt": true, "summe": true,
	"totale": true, "totales": true, "total geral": true, "suma": true, "合計": true, "总计": true, "합계": true,
}

// IsSummaryRow reports whether a data row is a total of the others, such
// as the "Total" row YouTube Studio puts first in its table data: its
// first non-empty cell is "Total", "Totaux", "Grand total", "Somme",
// "Gesamt" (German YouTube Studio writes it with soft hyphens: "Ge\u00adsamt"), "合計"...
// Such rows must be left out of the analysis or every figure counts twice.
func IsSummaryRow(row []string) bool {
	for _, cell := range row {
		if norm := normalize(cell); norm != "" {
			return summaryLabels[norm]
		}
	}
	return false
}
