package plan

import "reachlab/app/text"

// SampleMessage is an invented incoming message with ratings on the default
// criteria, for trying the response scoring. Texts are ours, not quotes.
type SampleMessage struct {
	ID      string
	Channel string
	Text    text.Text
	// Ratings maps the default criterion IDs to 0–5 ratings.
	Ratings map[string]float64
}

// SampleMessages returns six sample messages (fresh copies: callers may edit
// the ratings). With DefaultResponseScoring they score 92, 54, 14, 46, 44 and
// 72, one or more per band.
func SampleMessages() []SampleMessage {
	return []SampleMessage{
		{
			ID: "outage-journalist", Channel: "Twitter",
			Text: text.Text{
				FR: "Journaliste tech : « Panne géante chez @marque depuis ce matin, des milliers d'abonnés sans réseau et toujours aucune explication. »",
				EN: "Tech journalist: \"Huge outage at @brand since this morning, thousands of subscribers offline and still no explanation.\"",
			},
			Ratings: map[string]float64{"influence": 5, "sentiment": 4, "urgency": 5, "reach": 4, "relevance": 5},
		},
		{
			ID: "billing-customer", Channel: "Facebook",
			Text: text.Text{
				FR: "Client : « Ma facture a doublé ce mois-ci et je n'arrive pas à me connecter à mon espace. Quelqu'un peut m'aider ? »",
				EN: "Customer: \"My bill doubled this month and I can't log in to my account. Can someone help?\"",
			},
			Ratings: map[string]float64{"influence": 1, "sentiment": 3, "urgency": 4, "reach": 1, "relevance": 5},
		},
		{
			ID: "compliment", Channel: "Instagram",
			Text: text.Text{
				FR: "Cliente fidèle : « Super accueil en boutique hier, merci à l'équipe ! »",
				EN: "Loyal customer: \"Great welcome in the shop yesterday, thanks to the team!\"",
			},
			Ratings: map[string]float64{"influence": 1, "sentiment": 0, "urgency": 0, "reach": 1, "relevance": 3},
		},
		{
			ID: "expert-suggestion", Channel: "LinkedIn",
			Text: text.Text{
				FR: "Blogueur spécialisé : « Il manque une option d'export à votre appli pro, dommage pour les PME. »",
				EN: "Specialist blogger: \"Your business app lacks an export option, a pity for small firms.\"",
			},
			Ratings: map[string]float64{"influence": 4, "sentiment": 1, "urgency": 1, "reach": 3, "relevance": 4},
		},
		{
			ID: "viral-joke", Channel: "TikTok",
			Text: text.Text{
				FR: "Vidéo humoristique qui détourne le slogan de la marque, très partagée.",
				EN: "Funny video spoofing the brand's slogan, widely shared.",
			},
			Ratings: map[string]float64{"influence": 2, "sentiment": 2, "urgency": 1, "reach": 5, "relevance": 1},
		},
		{
			ID: "safety-report", Channel: "Twitter",
			Text: text.Text{
				FR: "Utilisateur : « Le chargeur de mon téléphone a fondu pendant la nuit, c'est dangereux ! »",
				EN: "User: \"My phone charger melted overnight, this is dangerous!\"",
			},
			Ratings: map[string]float64{"influence": 1, "sentiment": 5, "urgency": 5, "reach": 2, "relevance": 5},
		},
	}
}
