package plan

import (
	"errors"
	"reachlab/app/text"
)

// errorTexts say the package's errors to users, most specific first: the
// first sentinel an error matches (errors.Is) gives its text.
var errorTexts = []struct {
	err  error
	text text.Text
}{
	{ErrDateOutOfRange, text.Text{
		FR: "Date impossible : l'année doit être comprise entre 1900 et 2200.",
		EN: "Impossible date: the year must be between 1900 and 2200.",
	}},
	{ErrBadDate, text.Text{
		FR: "Ce n'est pas une date du calendrier (AAAA-MM-JJ).",
		EN: "This is not a calendar date (YYYY-MM-DD).",
	}},
	{ErrFarFromPlan, text.Text{
		FR: "Date à plus de 2 ans de la période du plan : l'action n'est pas dessinée dans le calendrier.",
		EN: "Date more than 2 years away from the plan's period: the action is not drawn on the calendar.",
	}},
	{ErrMissingDate, text.Text{FR: "date manquante", EN: "missing date"}},
	{ErrEndBeforeStart, text.Text{FR: "la fin précède le début", EN: "the end comes before the start"}},
	{ErrFilterUnsupported, text.Text{
		FR: "le filtre de l'indicateur ne peut pas être appliqué ici",
		EN: "the KPI's filter cannot be applied here",
	}},
	{ErrNoRows, text.Text{
		FR: "le filtre de l'indicateur ne garde aucune ligne du jeu de données",
		EN: "the KPI's filter keeps no row of the dataset",
	}},
	{ErrNoDataset, text.Text{FR: "aucun jeu de données choisi", EN: "no dataset chosen"}},
	{ErrDatasetMissing, text.Text{FR: "jeu de données introuvable", EN: "dataset not found"}},
	{ErrUnknownMetric, text.Text{
		FR: "cette mesure ne se calcule pas sur un jeu de données entier",
		EN: "this measure is not computed over a whole dataset",
	}},
	{ErrNoSource, text.Text{FR: "pas de données pour calculer la valeur", EN: "no data to compute the value"}},
	{ErrNoValue, text.Text{FR: "pas de valeur", EN: "no value"}},
}

// ErrorText says err in lang for the user: the text of the first sentinel
// it matches among ErrDateOutOfRange, ErrBadDate, ErrFarFromPlan,
// ErrMissingDate, ErrEndBeforeStart, ErrFilterUnsupported, ErrNoRows,
// ErrNoDataset, ErrDatasetMissing, ErrUnknownMetric, ErrNoSource and
// ErrNoValue. Date texts are sentences for a field ("Date impossible :
// l'année doit être comprise entre 1900 et 2200."); KPI texts are reasons to
// put after "not available" ("aucun jeu de données choisi"). It returns ""
// and false for nil and for any other error, whose detail (err.Error()) is
// English and meant for logs and tests, not for the screen.
func ErrorText(err error, lang text.Lang) (string, bool) {
	if err == nil {
		return "", false
	}
	for _, e := range errorTexts {
		if errors.Is(err, e.err) {
			return e.text.In(lang), true
		}
	}
	return "", false
}
