package plan

import (
	"fmt"
	"math"
	"reachlab/app/text"
)

// Maturity self-assessment.
//
// The five dimensions follow what the source texts say a company must get
// right, in the order a program usually meets them:
//
//   - strategy: objectives before tools (2011 ESCP notes, Citibank: listening
//     without objectives is shopping without a list; Dell: KPIs tied to
//     objectives; Bloomberg: why would a customer want to talk with us?);
//   - governance: roles, charter, budget, sponsor, other departments (Intel's
//     "Operationalize" step; Intercontinental: a charter is easy to write,
//     hard to get applied; Dell: social media concern every department);
//   - people: training and autonomy (Dell's social media university, Edelman's
//     belts, InBev's academy; 2013 interview: training is the big challenge
//     ahead; Virgin America: leave community managers room to act);
//   - process: answering everyone, in order, in a human tone (2013 interview:
//     answer every question and be organised; Citibank: five-criteria
//     scoring, a less robotic tone; Kodak: feedback changed the products);
//   - tools: listening, dashboards, links to CRM, decisions (Dell's
//     analytics; Intercontinental: data for decisions, not the best
//     monitoring setup; Kodak: social linked to CRM).
//
// People, process and tools are Edelman's People + Process + Platforms;
// strategy and governance frame them. Each question is answered on the 0–4
// AnswerScale. A dimension's score is the mean of its answered questions
// rescaled to 0–100 (100 × mean / 4); the overall score is the mean of the
// five dimension scores (each dimension weighs the same, whatever its number
// of questions). The overall score suggests the plan phase to work on (see
// SuggestedStage).

// MaxAnswer is the top of the answer scale; answers are whole numbers 0…4.
const MaxAnswer = 4

// AnswerScale names the answers 0…4.
var AnswerScale = []text.Text{
	{FR: "Pas du tout", EN: "Not at all"},
	{FR: "Un peu, ponctuellement", EN: "A little, now and then"},
	{FR: "En partie", EN: "Partly"},
	{FR: "Largement", EN: "Largely"},
	{FR: "Entièrement, de façon systématique", EN: "Fully, systematically"},
}

// Question is one statement of the assessment, answered 0…4.
type Question struct {
	ID   string
	Text text.Text
}

// Dimension is one axis of the maturity radar.
type Dimension struct {
	ID        string
	Name      text.Text
	Questions []Question
}

var dimensions = []Dimension{
	{ID: "strategy", Name: text.Text{FR: "Stratégie et objectifs", EN: "Strategy and objectives"}, Questions: []Question{
		{"strategy.goals", text.Text{FR: "Nos objectifs médias sociaux sont écrits et reliés à des objectifs de l'entreprise.", EN: "Our social media objectives are written down and tied to business goals."}},
		{"strategy.why", text.Text{FR: "Nous savons pourquoi nos clients auraient envie d'échanger avec nous.", EN: "We know why our customers would want to talk with us."}},
		{"strategy.kpis", text.Text{FR: "Chaque objectif a ses indicateurs, choisis avant de lancer les actions.", EN: "Each objective has its indicators, chosen before actions start."}},
	}},
	{ID: "governance", Name: text.Text{FR: "Organisation et gouvernance", EN: "Organisation and governance"}, Questions: []Question{
		{"governance.roles", text.Text{FR: "Les rôles sont définis : qui publie, qui répond, qui valide.", EN: "Roles are defined: who posts, who answers, who approves."}},
		{"governance.charter", text.Text{FR: "Une charte interne des médias sociaux existe et elle est appliquée.", EN: "An internal social media charter exists and is applied."}},
		{"governance.budget", text.Text{FR: "Le programme a un budget propre et un sponsor à la direction.", EN: "The program has its own budget and a sponsor in senior management."}},
		{"governance.departments", text.Text{FR: "D'autres métiers que le marketing y prennent part (service client, RH, produit).", EN: "Departments beyond marketing take part (customer service, HR, product)."}},
	}},
	{ID: "people", Name: text.Text{FR: "Personnes et formation", EN: "People and training"}, Questions: []Question{
		{"people.trained", text.Text{FR: "Les personnes qui parlent au nom de la marque ont été formées.", EN: "People who speak for the brand have been trained."}},
		{"people.path", text.Text{FR: "Un parcours de formation existe, du débutant à l'expert.", EN: "A training path exists, from beginner to expert."}},
		{"people.autonomy", text.Text{FR: "Les community managers ont assez d'autonomie pour répondre en temps réel.", EN: "Community managers have enough autonomy to answer in real time."}},
	}},
	{ID: "process", Name: text.Text{FR: "Processus et réponse", EN: "Processes and response"}, Questions: []Question{
		{"process.monitoring", text.Text{FR: "Les messages entrants sont suivis chaque jour, avec un délai de réponse cible.", EN: "Incoming messages are followed daily, with a target response time."}},
		{"process.priority", text.Text{FR: "Une règle de priorité décide quels messages traiter d'abord et quand escalader.", EN: "A priority rule decides which messages come first and when to escalate."}},
		{"process.tone", text.Text{FR: "Le ton des réponses est défini : naturel, pas robotique.", EN: "The tone of answers is defined: natural, not robotic."}},
		{"process.feedback", text.Text{FR: "Les retours des clients remontent aux équipes produit et service.", EN: "Customer feedback reaches the product and service teams."}},
	}},
	{ID: "tools", Name: text.Text{FR: "Outils et mesure", EN: "Tools and measurement"}, Questions: []Question{
		{"tools.listening", text.Text{FR: "Un outil d'écoute couvre les canaux où nos clients s'expriment.", EN: "A listening tool covers the channels where our customers speak."}},
		{"tools.dashboard", text.Text{FR: "Les indicateurs sont suivis dans un tableau de bord partagé, à date fixe.", EN: "Indicators are tracked in a shared dashboard, on a fixed schedule."}},
		{"tools.crm", text.Text{FR: "Les données sociales sont reliées aux autres données clients (CRM, service client).", EN: "Social data is linked to other customer data (CRM, customer service)."}},
		{"tools.decisions", text.Text{FR: "Les résultats servent à décider (budget, contenus, produits), pas seulement à rendre compte.", EN: "Results drive decisions (budget, content, products), not just reports."}},
	}},
}

// MaturityDimensions returns the assessment's dimensions and questions, in
// radar order (a deep copy: callers may not change the package's list).
func MaturityDimensions() []Dimension {
	out := make([]Dimension, len(dimensions))
	for i, d := range dimensions {
		out[i] = d
		out[i].Questions = append([]Question(nil), d.Questions...)
	}
	return out
}

// Assessment holds answers to the maturity questions: question ID → 0…4. An
// absent key is an unanswered question (never counted as 0). Keys that are
// not question IDs are kept but ignored by the scores.
type Assessment struct {
	Answers map[string]int
}

// Set records an answer, creating the map if needed. Values are not checked
// here; Validate reports answers outside 0…4.
func (a *Assessment) Set(questionID string, answer int) {
	if a.Answers == nil {
		a.Answers = map[string]int{}
	}
	a.Answers[questionID] = answer
}

// DimensionScore is one point of the maturity radar.
type DimensionScore struct {
	ID   string
	Name text.Text
	// Score is 100 × (mean answer) / 4, in 0…100; NaN when no question of
	// the dimension is answered.
	Score    float64
	Answered int
	Total    int
}

// Scores returns the score of every dimension, in MaturityDimensions order.
// Answers outside 0…4 are ignored (as if unanswered).
func (a *Assessment) Scores() []DimensionScore {
	out := make([]DimensionScore, len(dimensions))
	for i, d := range dimensions {
		s := DimensionScore{ID: d.ID, Name: d.Name, Total: len(d.Questions)}
		sum := 0
		for _, q := range d.Questions {
			if v, ok := a.Answers[q.ID]; ok && v >= 0 && v <= MaxAnswer {
				sum += v
				s.Answered++
			}
		}
		s.Score = math.NaN()
		if s.Answered > 0 {
			s.Score = 100 * float64(sum) / float64(s.Answered*MaxAnswer)
		}
		out[i] = s
	}
	return out
}

// Overall returns the mean of the dimension scores, in 0…100, and an error
// wrapping ErrIncomplete (naming the first such dimension) with NaN when a
// dimension has no answered question.
func (a *Assessment) Overall() (float64, error) {
	scores := a.Scores()
	sum := 0.0
	for _, s := range scores {
		if math.IsNaN(s.Score) {
			return math.NaN(), fmt.Errorf("dimension %q: %w", s.ID, ErrIncomplete)
		}
		sum += s.Score
	}
	return sum / float64(len(scores)), nil
}

// Stage is a phase of a social media program (2013 interview, Yann
// Gourvennec: proof of concept, scale-up, structuring).
type Stage string

// The three stages, in order. They are the phases of the TemplateThreePhases
// template, at indexes 0, 1 and 2.
const (
	StageDeclenchement Stage = "declenchement"
	StageDeveloppement Stage = "developpement"
	StageStructuration Stage = "structuration"
)

var stageTexts = map[Stage]text.Text{
	StageDeclenchement: {FR: "Déclenchement (preuve de concept)", EN: "Proof of concept (déclenchement)"},
	StageDeveloppement: {FR: "Développement (montée en charge)", EN: "Scale-up (développement)"},
	StageStructuration: {FR: "Structuration (processus et gouvernance)", EN: "Structuring (structuration)"},
}

// Text names the stage in lang.
func (s Stage) Text(lang text.Lang) string { return stageTexts[s].In(lang) }

// Stage thresholds on the overall maturity score (0–100).
const (
	// DevelopmentFrom is the overall score from which the suggestion moves
	// from déclenchement to développement: below 40, fewer than half the
	// basics are in place "partly", so the program must still prove itself.
	DevelopmentFrom = 40.0
	// StructuringFrom is the overall score from which structuration is
	// suggested: at 70 most practices are "largely" in place and the next
	// gain comes from processes and governance that do not depend on who is
	// there.
	StructuringFrom = 70.0
)

// SuggestedStage maps the overall score to a stage: below DevelopmentFrom
// déclenchement, below StructuringFrom développement, else structuration. It
// returns the overall score too, and fails as Overall does.
func (a *Assessment) SuggestedStage() (Stage, float64, error) {
	overall, err := a.Overall()
	if err != nil {
		return "", overall, err
	}
	switch {
	case overall < DevelopmentFrom:
		return StageDeclenchement, overall, nil
	case overall < StructuringFrom:
		return StageDeveloppement, overall, nil
	}
	return StageStructuration, overall, nil
}
