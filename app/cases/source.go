package cases

import "reachlab/app/i18n"

// Source says where a figure comes from: who said or measured it, where it was
// published and when, in both UI languages.
type Source struct {
	ID    string
	Label map[i18n.Lang]string
	// Illustrative marks data made up for teaching, shaped on what the other
	// sources describe; the UI says so next to every figure that uses it.
	Illustrative bool
}

// Text returns the source's label in l.
func (s Source) Text(l i18n.Lang) string { return s.Label[l] }

// The sources the built-in cases cite.
var (
	SourceMediametrieTF1 = Source{
		ID: "mediametrie-tf1-20h",
		Label: map[i18n.Lang]string{
			i18n.EN: "TF1 evening news (20h): about 5.2 million viewers, 25.8 % audience share — Médiamétrie figures as reported by the French trade press",
			i18n.FR: "Journal de 20 h de TF1 : environ 5,2 millions de téléspectateurs, 25,8 % de part d'audience — chiffres Médiamétrie repris par la presse spécialisée",
		},
	}
	SourceGourvennec2016 = Source{
		ID: "gourvennec-2016",
		Label: map[i18n.Lang]string{
			i18n.EN: "Yann Gourvennec, interview published 11 January 2016: TV carries few messages to a huge audience, social media many messages to niches that stay small",
			i18n.FR: "Yann Gourvennec, entretien publié le 11 janvier 2016 : la télévision porte peu de messages vers une audience énorme, les médias sociaux beaucoup de messages vers des niches qui restent faibles",
		},
	}
	SourceIllustrativePage = Source{
		ID:           "illustrative-brand-page",
		Illustrative: true,
		Label: map[i18n.Lang]string{
			i18n.EN: "Illustrative brand page: 48 posts over 16 weeks, made up for teaching at the scale the 2016 interview describes (a few thousand people reached per post)",
			i18n.FR: "Page de marque fictive : 48 publications sur 16 semaines, inventées pour l'exercice à l'échelle que décrit l'entretien de 2016 (quelques milliers de personnes touchées par publication)",
		},
	}
)
