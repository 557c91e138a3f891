package plan

import (
	"cmp"
	"fmt"
	"math"
	"reachlab/app/text"
	"slices"
	"strings"
)

// Response-priority scoring (2011 ESCP notes: Citibank's team ranked incoming
// messages on five criteria to decide which to answer first). Each message is
// rated on every criterion from MinRating to MaxRating; the weighted mean of
// the ratings, rescaled to 0–100, is its priority score:
//
//	score = 100 × Σ(wᵢ × sᵢ) / (MaxRating × Σ wᵢ)
//
// where sᵢ ∈ [0, 5] is the rating on criterion i and wᵢ ≥ 0 its weight. A
// message rated 5 everywhere scores 100, one rated 0 everywhere scores 0,
// whatever the weights. The score falls into a priority band (respond now,
// today, this week, monitor).
//
// The scale starts at 0, not 1, so that "absent" (an unknown author, no
// urgency at all) pulls the score down to 0 rather than to 20.

// Rating bounds.
const (
	MinRating = 0.0
	MaxRating = 5.0
)

// Criterion is one scoring criterion. ID is the key of the ratings map;
// Name and Description are the user's (defaults come in the plan's
// language).
type Criterion struct {
	// ID is a short key: the defaults use "influence", "sentiment",
	// "urgency", "reach", "relevance"; NewCriterion uses a UUID.
	ID          string
	Name        string
	Description string
	// Weight is finite and ≥ 0; 0 switches the criterion off.
	Weight float64
}

// NewCriterion returns a criterion with a fresh ID.
func NewCriterion(name string, weight float64) Criterion {
	return Criterion{ID: newID(), Name: name, Weight: weight}
}

// BandCode names a priority band.
type BandCode string

// Priority bands, most urgent first.
const (
	RespondNow      BandCode = "respond_now"
	RespondToday    BandCode = "respond_today"
	RespondThisWeek BandCode = "respond_this_week"
	Monitor         BandCode = "monitor"
)

// BandCodes lists the bands, most urgent first.
var BandCodes = []BandCode{RespondNow, RespondToday, RespondThisWeek, Monitor}

var bandTexts = map[BandCode]text.Text{
	RespondNow:      {FR: "Répondre tout de suite", EN: "Respond now"},
	RespondToday:    {FR: "Répondre dans la journée", EN: "Respond today"},
	RespondThisWeek: {FR: "Répondre dans la semaine", EN: "Respond this week"},
	Monitor:         {FR: "Surveiller sans répondre", EN: "Monitor, no reply"},
}

// Text names the band in lang ("" for unknown codes).
func (b BandCode) Text(lang text.Lang) string { return bandTexts[b].In(lang) }

// Band is a priority band: scores ≥ Min (and below the next band's Min) fall
// in it. Min is in 0…100.
type Band struct {
	Code BandCode
	Min  float64
}

// ResponseScoring is a plan's rule for ranking incoming messages.
type ResponseScoring struct {
	Criteria []Criterion
	Bands    []Band
}

var defaultCriteria = []struct {
	id          string
	name, descr text.Text
	weight      float64
}{
	{"influence",
		text.Text{FR: "Influence de l'auteur", EN: "Author influence"},
		text.Text{FR: "0 : compte inconnu sans audience ; 5 : journaliste, expert ou grand compte très suivi.",
			EN: "0: unknown account with no audience; 5: journalist, expert or widely followed account."},
		2},
	{"sentiment",
		text.Text{FR: "Tonalité", EN: "Sentiment"},
		text.Text{FR: "0 : neutre ou positif ; 5 : très négatif, colère.",
			EN: "0: neutral or positive; 5: very negative, angry."},
		2},
	{"urgency",
		text.Text{FR: "Urgence", EN: "Urgency"},
		text.Text{FR: "0 : aucune ; 5 : sécurité, panne, risque juridique, client bloqué.",
			EN: "0: none; 5: safety, outage, legal risk, customer stuck."},
		3},
	{"reach",
		text.Text{FR: "Portée", EN: "Reach"},
		text.Text{FR: "0 : message quasi invisible ; 5 : déjà largement partagé.",
			EN: "0: message nearly invisible; 5: already widely shared."},
		2},
	{"relevance",
		text.Text{FR: "Pertinence du sujet", EN: "Topic relevance"},
		text.Text{FR: "0 : hors sujet ; 5 : cœur de l'offre ou question sur un produit.",
			EN: "0: off topic; 5: core offer or a product question."},
		1},
}

// DefaultResponseScoring returns the five default criteria (author influence
// 2, sentiment 2, urgency 3, reach 2, topic relevance 1; weights sum to 10)
// named in lang, and the bands respond now ≥ 70, today ≥ 50, this week ≥ 30,
// monitor ≥ 0.
func DefaultResponseScoring(lang text.Lang) ResponseScoring {
	s := ResponseScoring{}
	for _, c := range defaultCriteria {
		s.Criteria = append(s.Criteria, Criterion{ID: c.id, Name: c.name.In(lang), Description: c.descr.In(lang), Weight: c.weight})
	}
	s.Bands = []Band{{RespondNow, 70}, {RespondToday, 50}, {RespondThisWeek, 30}, {Monitor, 0}}
	return s
}

// CriterionText returns the French and English name and description of a
// default criterion ("influence", "sentiment", "urgency", "reach",
// "relevance"), for showing defaults in the UI language or resetting a
// renamed criterion; ok is false for other IDs.
func CriterionText(id string) (name, description text.Text, ok bool) {
	for _, c := range defaultCriteria {
		if c.id == id {
			return c.name, c.descr, true
		}
	}
	return text.Text{}, text.Text{}, false
}

// totalWeight checks the weights and returns their sum.
func (s *ResponseScoring) totalWeight() (float64, error) {
	total := 0.0
	for _, c := range s.Criteria {
		if !finite(c.Weight) || c.Weight < 0 {
			return math.NaN(), fmt.Errorf("criterion %q: %w", c.ID, ErrBadWeight)
		}
		total += c.Weight
	}
	if total <= 0 {
		return math.NaN(), ErrNoWeight
	}
	return total, nil
}

// Score returns the priority score (0–100) of a message rated by ratings
// (criterion ID → rating). Every criterion needs a rating in
// MinRating…MaxRating, even those of weight 0; ratings for unknown IDs are
// ignored. On error the score is NaN and the error wraps ErrBadWeight,
// ErrNoWeight, ErrMissingRating or ErrRatingOutOfRange, naming the criterion.
func (s *ResponseScoring) Score(ratings map[string]float64) (float64, error) {
	total, err := s.totalWeight()
	if err != nil {
		return math.NaN(), err
	}
	sum := 0.0
	for _, c := range s.Criteria {
		r, ok := ratings[c.ID]
		switch {
		case !ok || math.IsNaN(r):
			return math.NaN(), fmt.Errorf("criterion %q: %w", c.ID, ErrMissingRating)
		case r < MinRating || r > MaxRating:
			return math.NaN(), fmt.Errorf("criterion %q: rating %v: %w", c.ID, r, ErrRatingOutOfRange)
		}
		sum += c.Weight * r
	}
	return 100 * sum / (MaxRating * total), nil
}

// Band returns the band of score: the band with the highest Min ≤ score (ties:
// the first listed). It returns "" for NaN or a score below every band.
func (s *ResponseScoring) Band(score float64) BandCode {
	if math.IsNaN(score) {
		return ""
	}
	bands := slices.Clone(s.Bands)
	slices.SortStableFunc(bands, func(a, b Band) int { return cmp.Compare(b.Min, a.Min) })
	for _, b := range bands {
		if score >= b.Min {
			return b.Code
		}
	}
	return ""
}

var formulaText = text.Text{
	FR: "score = 100 × Σ(pᵢ × nᵢ) ÷ (5 × Σ pᵢ), où nᵢ est la note de 0 à 5 du critère i et pᵢ son poids",
	EN: "score = 100 × Σ(wᵢ × sᵢ) ÷ (5 × Σ wᵢ), where sᵢ is the 0–5 rating on criterion i and wᵢ its weight",
}

// Formula returns the scoring formula to show on screen, in lang.
func Formula(lang text.Lang) string { return formulaText.In(lang) }

// Explain writes the computation of a message's score with the plan's weights
// and the message's ratings, in lang's number format, e.g.
// "100 × (2×5 + 2×4 + 3×5 + 2×4 + 1×5) ÷ (5 × 10) = 92". It fails as Score
// does.
func (s *ResponseScoring) Explain(ratings map[string]float64, lang text.Lang) (string, error) {
	score, err := s.Score(ratings)
	if err != nil {
		return "", err
	}
	total, _ := s.totalWeight()
	terms := make([]string, len(s.Criteria))
	for i, c := range s.Criteria {
		terms[i] = formatNumber(c.Weight, lang) + "×" + formatNumber(ratings[c.ID], lang)
	}
	return fmt.Sprintf("100 × (%s) ÷ (5 × %s) = %s",
		strings.Join(terms, " + "), formatNumber(total, lang), formatNumber(score, lang)), nil
}
