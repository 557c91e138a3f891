package data

import (
	"fmt"
	"strings"
)

// ReasonCode says why a column got its type, decimal separator or date
// order. Decision.Explain turns it into a sentence.
type ReasonCode uint8

// Reasons for a type.
const (
	ReasonNone        ReasonCode = iota
	ReasonVote                   // Count of Total non-missing cells read as the type (at least VoteThreshold)
	ReasonNoMajority             // no type reached VoteThreshold: Text; Count is the best typed count
	ReasonIdentifiers            // most cells are codes written with digits: Text
	ReasonText                   // no cell reads as a number or a date
	ReasonEmpty                  // no cell has a value
)

// Reasons for a decimal separator or a date order.
const (
	ReasonCells         ReasonCode = iota + 16 // Count cells, such as Example, read only this way
	ReasonMajority                             // Count of the Total cells that read only one way favour this one
	ReasonSameEitherWay                        // every cell reads the same either way
	ReasonFile                                 // decided by the file's other columns (Count of Total cells); Example reads both ways
	ReasonDelimiter                            // default for the delimiter in Hint; Example reads both ways
	ReasonLocale                               // default for the language in Hint; Example reads both ways
	ReasonDecimalComma                         // dates: day first since the file's numbers use a decimal comma
	ReasonDecimalPoint                         // dates: month first since the file's numbers use a decimal point
	ReasonDefault                              // no clue at all; Example reads both ways
	ReasonForced                               // set in Options
	ReasonJSON                                 // JSON numbers always use a decimal point
)

// Reason is the data behind a decision, for the UI to show or translate.
type Reason struct {
	Code    ReasonCode // what decided
	Count   int        // cells supporting the decision
	Total   int        // cells considered
	Example string     // a cell of the column illustrating the decision
	Hint    string     // the delimiter or language behind a default
}

// Explain describes the decision in a sentence or two, in French when lang
// is "fr", in English otherwise.
func (d Decision) Explain(lang string) string {
	fr := lang == "fr"
	var b strings.Builder
	if d.Overridden {
		if fr {
			fmt.Fprintf(&b, "Type choisi par l’utilisateur (les données suggéraient : %s). ", typeWord(d.Inferred, true))
		} else {
			fmt.Fprintf(&b, "Type chosen by the user (the data suggested: %s). ", typeWord(d.Inferred, false))
		}
	}
	b.WriteString(d.typeSentence(fr))
	if s := d.formatSentence(fr); s != "" {
		b.WriteString(" ")
		b.WriteString(s)
	}
	return b.String()
}

// typeSentence explains Reason.
func (d Decision) typeSentence(fr bool) string {
	r := d.Reason
	pct := int(VoteThreshold * 100)
	switch r.Code {
	case ReasonVote:
		what := typeWord(d.Inferred, fr)
		if fr {
			return fmt.Sprintf("%d %s sur %d %s comme %s.", r.Count, plural(r.Count, "cellule non vide", "cellules non vides"), r.Total, plural(r.Count, "se lit", "se lisent"), what)
		}
		return fmt.Sprintf("%d of %d non-empty %s %s as %s.", r.Count, r.Total, plural(r.Total, "cell", "cells"), plural(r.Count, "reads", "read"), what)
	case ReasonNoMajority:
		if fr {
			return fmt.Sprintf("Seulement %d %s sur %d %s comme des nombres ou des dates (il en faut %d %%) : la colonne reste du texte.", r.Count, plural(r.Count, "cellule non vide", "cellules non vides"), r.Total, plural(r.Count, "se lit", "se lisent"), pct)
		}
		return fmt.Sprintf("Only %d of %d non-empty %s %s as numbers or dates (%d%% needed): the column stays text.", r.Count, r.Total, plural(r.Total, "cell", "cells"), plural(r.Count, "reads", "read"), pct)
	case ReasonIdentifiers:
		if fr {
			return fmt.Sprintf("%d %s sur %d %s en chiffres (zéro initial ou plus de 15 chiffres) : du texte, pour ne perdre aucun chiffre.", r.Count, plural(r.Count, "cellule", "cellules"), r.Total, plural(r.Count, "est un code écrit", "sont des codes écrits"))
		}
		return fmt.Sprintf("%d of %d %s %s written with digits (a leading zero or more than 15 digits): text, so that no digit is lost.", r.Count, r.Total, plural(r.Total, "cell", "cells"), plural(r.Count, "is a code", "are codes"))
	case ReasonText:
		if fr {
			return "Aucune cellule ne se lit comme un nombre ou une date : du texte."
		}
		return "No cell reads as a number or a date: text."
	case ReasonEmpty:
		if fr {
			return "La colonne est vide."
		}
		return "The column is empty."
	}
	return ""
}

// formatSentence explains Format, for numeric and date columns.
func (d Decision) formatSentence(fr bool) string {
	r := d.Format
	var choice, one, many string
	switch {
	case d.Decimal == ',' && fr:
		choice, one, many = "Virgule décimale", "nombre", "nombres"
	case d.Decimal == ',':
		choice, one, many = "Decimal comma", "number", "numbers"
	case d.Decimal == '.' && fr:
		choice, one, many = "Point décimal", "nombre", "nombres"
	case d.Decimal == '.':
		choice, one, many = "Decimal point", "number", "numbers"
	case d.DateOrder == DMY && fr:
		choice, one, many = "Jour en premier (JJ/MM)", "date", "dates"
	case d.DateOrder == DMY:
		choice, one, many = "Day first (DD/MM)", "date", "dates"
	case d.DateOrder == MDY && fr:
		choice, one, many = "Mois en premier (MM/JJ)", "date", "dates"
	case d.DateOrder == MDY:
		choice, one, many = "Month first (MM/DD)", "date", "dates"
	default:
		return ""
	}
	check := ": " + many + " such as “" + r.Example + "” read both ways; please check."
	if fr {
		check = " : des " + many + " comme « " + r.Example + " » se lisent des deux façons ; à vérifier."
	}
	switch r.Code {
	case ReasonCells:
		if fr {
			return fmt.Sprintf("%s : %d %s comme « %s » ne %s que de cette façon.", choice, r.Count, plural(r.Count, one, many), r.Example, plural(r.Count, "se lit", "se lisent"))
		}
		return fmt.Sprintf("%s: %d %s such as “%s” %s only that way.", choice, r.Count, plural(r.Count, one, many), r.Example, plural(r.Count, "reads", "read"))
	case ReasonMajority:
		if fr {
			return fmt.Sprintf("%s : %d des %d %s qui ne se lisent que d’une façon, comme « %s », %s ; les autres sont comptés comme illisibles.", choice, r.Count, r.Total, many, r.Example, plural(r.Count, "l’utilise", "l’utilisent"))
		}
		return fmt.Sprintf("%s: %d of the %d %s that read only one way, such as “%s”, %s it; the others count as unreadable.", choice, r.Count, r.Total, many, r.Example, plural(r.Count, "uses", "use"))
	case ReasonSameEitherWay:
		if fr {
			return fmt.Sprintf("Les %s se lisent de la même façon dans les deux conventions.", many)
		}
		return fmt.Sprintf("The %s read the same either way.", many)
	case ReasonFile:
		if fr {
			return fmt.Sprintf("%s, comme ailleurs dans le fichier (%d %s sur %d qui ne se %s que d’une façon) ; « %s » seul se lirait des deux façons.", choice, r.Count, plural(r.Count, one, many), r.Total, plural(r.Count, "lit", "lisent"), r.Example)
		}
		return fmt.Sprintf("%s, as elsewhere in the file (%d of %d %s that read only one way); “%s” alone would read both ways.", choice, r.Count, r.Total, plural(r.Total, one, many), r.Example)
	case ReasonDelimiter:
		if fr {
			return fmt.Sprintf("%s par défaut pour un fichier séparé par « %s »%s", choice, r.Hint, check)
		}
		return fmt.Sprintf("%s by default for a file separated by “%s”%s", choice, r.Hint, check)
	case ReasonLocale:
		if fr {
			return fmt.Sprintf("%s par défaut pour la langue « %s »%s", choice, r.Hint, check)
		}
		return fmt.Sprintf("%s by default for the language “%s”%s", choice, r.Hint, check)
	case ReasonDecimalComma:
		if fr {
			return fmt.Sprintf("%s par défaut, car les nombres du fichier ont une virgule décimale%s", choice, check)
		}
		return fmt.Sprintf("%s by default, since the file's numbers use a decimal comma%s", choice, check)
	case ReasonDecimalPoint:
		if fr {
			return fmt.Sprintf("%s par défaut, car les nombres du fichier ont un point décimal%s", choice, check)
		}
		return fmt.Sprintf("%s by default, since the file's numbers use a decimal point%s", choice, check)
	case ReasonDefault:
		if fr {
			return fmt.Sprintf("%s par défaut%s", choice, check)
		}
		return fmt.Sprintf("%s by default%s", choice, check)
	case ReasonForced:
		if fr {
			return choice + ", comme demandé dans les options."
		}
		return choice + ", as set in the options."
	case ReasonJSON:
		if fr {
			return choice + " : ce sont des nombres JSON."
		}
		return choice + ": these are JSON numbers."
	}
	return ""
}

// plural returns one for n ≤ 1 (the French rule; English "0 cells" does
// not occur in these sentences), else many.
func plural(n int, one, many string) string {
	if n <= 1 {
		return one
	}
	return many
}

// typeWord names what cells of type t are, as a plural noun phrase.
func typeWord(t Type, fr bool) string {
	switch {
	case t == Number && fr:
		return "des nombres"
	case t == Number:
		return "numbers"
	case t == Percent && fr:
		return "des nombres (surtout des pourcentages)"
	case t == Percent:
		return "numbers (mostly percentages)"
	case t == Date && fr:
		return "des dates"
	case t == Date:
		return "dates"
	case fr:
		return "du texte"
	}
	return "text"
}
