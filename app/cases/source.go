package cases

import "reachlab/app/text"

// Source says where a figure comes from: who said or measured it, where it was
// published and when, in both UI languages.
type Source struct {
	ID    string
	Label text.Text
	// Illustrative marks data made up for teaching, shaped on what the other
	// sources describe; the UI says so next to every figure that uses it.
	Illustrative bool
}

// Text returns the source's label in l.
func (s Source) Text(l text.Lang) string { return s.Label.In(l) }

// The sources the built-in cases cite.
var (
	SourceMediametrieTF1 = Source{
		ID: "mediametrie-tf1-20h",
		Label: text.Text{
			EN: "TF1 evening news (20h): about 5.2 million viewers, 25.8 % audience share — Médiamétrie figures as reported by the French trade press",
			FR: "Journal de 20 h de TF1 : environ 5,2 millions de téléspectateurs, 25,8\u00a0% de part d'audience — chiffres Médiamétrie repris par la presse spécialisée",
		},
	}
	SourceGourvennec2016 = Source{
		ID: "gourvennec-2016",
		Label: text.Text{
			EN: "Yann Gourvennec, interview published 11 January 2016: TV carries few messages to a huge audience, social media many messages to niches that stay small",
			FR: "Yann Gourvennec, entretien publié le 11 janvier 2016 : la télévision porte peu de messages vers une audience énorme, les médias sociaux beaucoup de messages vers des niches qui restent faibles",
		},
	}
	SourceIllustrativePage = Source{
		ID:           "illustrative-brand-page",
		Illustrative: true,
		Label: text.Text{
			EN: "Illustrative brand page: 48 posts over 16 weeks, made up for teaching at the scale the 2016 interview describes (a few thousand people reached per post)",
			FR: "Page de marque fictive : 48 publications sur 16 semaines, inventées pour l'exercice à l'échelle que décrit l'entretien de 2016 (quelques milliers de personnes touchées par publication)",
		},
	}
)

// The sources of the other cases and of the lessons. Figures from the field
// first, then the illustrative data shaped on them.
var (
	SourceGourvennec2013Phases = Source{
		ID: "gourvennec-2013-phases",
		Label: text.Text{
			EN: "Yann Gourvennec, then head of web, digital and social media at Orange, interviewed at SMI 2012 in Morocco (published 5 March 2013): a social media programme goes through three phases — prove it is worth doing, scale up, then settle processes and organisation",
			FR: "Yann Gourvennec, alors directeur Web, numérique et médias sociaux d'Orange, interrogé à la SMI 2012 au Maroc (publié le 5 mars 2013) : un programme de médias sociaux passe par trois phases — prouver qu'il en vaut la peine, monter en charge, puis fixer processus et organisation",
		},
	}
	SourceGourvennec2016Engagement = Source{
		ID: "gourvennec-2016-engagement",
		Label: text.Text{
			EN: "Yann Gourvennec, interview published 11 January 2016: an engagement rate of 0.002 % will win over no chief executive; in B2B, one or two enthusiastic customers are enough to make a year's work worthwhile",
			FR: "Yann Gourvennec, entretien publié le 11 janvier 2016 : un taux d'engagement de 0,002\u00a0% ne séduira aucun directeur général ; en B2B, il suffit d'un ou deux clients enthousiastes pour qu'une année de travail en vaille la peine",
		},
	}
	SourceGourvennec2016Orangina = Source{
		ID: "gourvennec-2016-orangina",
		Label: text.Text{
			EN: "Yann Gourvennec, interview published 11 January 2016: Orangina's “404” video, which cost a lot to make, drew 6 million views, a figure both large and tiny",
			FR: "Yann Gourvennec, entretien publié le 11 janvier 2016 : la vidéo « 404 » d'Orangina, qui a coûté cher, a fait 6 millions de vues, un chiffre à la fois élevé et dérisoire",
		},
	}
	SourceGourvennec2015LinkedIn = Source{
		ID: "gourvennec-2015-linkedin",
		Label: text.Text{
			EN: "Yann Gourvennec, “médias sociaux : de la nécessité d'interagir”, Visionary Marketing, 30 March 2015: a sponsored LinkedIn post by the bank CIC about meal vouchers going digital drew 39 likes and 22 comments, and the brand answered none of them",
			FR: "Yann Gourvennec, « médias sociaux : de la nécessité d'interagir », Visionary Marketing, 30 mars 2015 : une publication LinkedIn sponsorisée de la banque CIC sur la dématérialisation du ticket restaurant a recueilli 39 « j'aime » et 22 commentaires, tous restés sans réponse de la marque",
		},
	}
	SourceGourvennec2015DTT = Source{
		ID: "gourvennec-2015-dtt",
		Label: text.Text{
			EN: "Yann Gourvennec, Visionary Marketing, 30 March 2015, citing Axel de Tarlé's press review on Europe 1 that morning and an article in Les Echos: the 19 channels of French digital terrestrial TV (DTT) share 25 % of the audience, and the big channels have bought most of them",
			FR: "Yann Gourvennec, Visionary Marketing, 30 mars 2015, d'après la revue de presse d'Axel de Tarlé sur Europe 1 le matin même et un article des Échos : les 19 chaînes de la TNT se partagent 25\u00a0% de l'audience, et les grandes chaînes en ont racheté la plupart",
		},
	}
	SourceKodakESCP2011 = Source{
		ID: "escp-2011-kodak",
		Label: text.Text{
			EN: "Madlen Nicolaus (Kodak), ESCP social media conference, Paris, 2011, as reported in the conference notes: Kodak reckoned its 300,000 monthly mentions on social media equal to $2.4M of bought ad space",
			FR: "Madlen Nicolaus (Kodak), conférence médias sociaux de l'ESCP, Paris, 2011, d'après le compte rendu : Kodak estimait à 2,4\u00a0M$ d'achat d'espace équivalent la valeur de ses 300\u00a0000 mentions mensuelles sur les médias sociaux",
		},
	}
	SourceCitibankESCP2011 = Source{
		ID: "escp-2011-citibank",
		Label: text.Text{
			EN: "Anna Obrien (formerly of Citibank), ESCP social media conference, Paris, 2011, as reported in the conference notes: her team ranked incoming messages with a five-criteria score to decide which to answer first",
			FR: "Anna Obrien (anciennement chez Citibank), conférence médias sociaux de l'ESCP, Paris, 2011, d'après le compte rendu : son équipe classait les messages reçus avec une note sur cinq critères pour décider lesquels traiter d'abord",
		},
	}
	SourceDellESCP2011 = Source{
		ID: "escp-2011-dell",
		Label: text.Text{
			EN: "Richard Binhammer (Dell), ESCP social media conference, Paris, 2011, as reported in the conference notes: there is no end of things to track, so pick the KPIs that match your objectives, and think in business value rather than ROI",
			FR: "Richard Binhammer (Dell), conférence médias sociaux de l'ESCP, Paris, 2011, d'après le compte rendu : on peut tout surveiller, l'essentiel est de choisir les indicateurs qui correspondent à ses objectifs, et de raisonner en valeur pour l'entreprise plutôt qu'en ROI",
		},
	}
	SourceAMECBarcelona3 = Source{
		ID: "amec-barcelona-3",
		Label: text.Text{
			EN: "AMEC (International Association for the Measurement and Evaluation of Communication), Barcelona Principles 3.0, 2020 — principle 5: AVEs are not the value of communication",
			FR: "AMEC (association internationale pour la mesure et l'évaluation de la communication), Principes de Barcelone 3.0, 2020 — principe 5 : les équivalents publicitaires (AVE) ne sont pas la valeur de la communication",
		},
	}

	SourceIllustrativeLinkedIn = Source{
		ID:           "illustrative-linkedin-page",
		Illustrative: true,
		Label: text.Text{
			EN: "Illustrative organic posts: 8 posts of a company page in March 2015, made up for teaching (they are not CIC's), answered the way a page that listens would answer",
			FR: "Publications organiques fictives : 8 publications d'une page d'entreprise en mars 2015, inventées pour l'exercice (ce ne sont pas celles du CIC), avec les réponses qu'une page à l'écoute aurait données",
		},
	}
	SourceIllustrativeFanPage = Source{
		ID:           "illustrative-fan-page",
		Illustrative: true,
		Label: text.Text{
			EN: "Illustrative fan page: 30 posts over ten weeks before the 2016 interview, close to 10 million followers, with interactions set so that the engagement rate by followers is the interview's 0.002 %",
			FR: "Page de fans fictive : 30 publications sur dix semaines avant l'entretien de 2016, près de 10 millions d'abonnés, avec des interactions fixées pour que le taux d'engagement rapporté aux abonnés soit les 0,002\u00a0% de l'entretien",
		},
	}
	SourceIllustrativeVideos = Source{
		ID:           "illustrative-page-videos",
		Illustrative: true,
		Label: text.Text{
			EN: "Illustrative page videos: 199 videos whose views follow a power law (exponent 2.2, from 300 views up), computed with a fixed formula, to set against the 6 million views of the “404”",
			FR: "Vidéos fictives d'une page : 199 vidéos dont les vues suivent une loi de puissance (exposant 2,2, à partir de 300 vues), calculées par une formule fixe, à mettre en regard des 6 millions de vues de « 404 »",
		},
	}
	SourceIllustrativeMentions = Source{
		ID:           "illustrative-monthly-mentions",
		Illustrative: true,
		Label: text.Text{
			EN: "Illustrative monthly mentions: 12 months averaging 300,000 mentions, the scale Kodak gave; the month-by-month figures are made up",
			FR: "Mentions mensuelles fictives : 12 mois à 300\u00a0000 mentions en moyenne, l'ordre de grandeur donné par Kodak ; le détail mois par mois est inventé",
		},
	}
	SourceIllustrativeDTT = Source{
		ID:           "illustrative-dtt-shares",
		Illustrative: true,
		Label: text.Text{
			EN: "Illustrative audience shares, 2006–2015: the four historic channels (TF1, France 2, France 3, M6) and the DTT channels, rounded to orders of magnitude, not Médiamétrie figures. Only the 2015 total of 25 % for 19 DTT channels comes from the source; the split between channels and the earlier years are made up. TF1's share here is the channel's over the whole day, not the 25.8 % of its evening news",
			FR: "Parts d'audience fictives, 2006-2015 : les quatre chaînes historiques (TF1, France 2, France 3, M6) et les chaînes de la TNT, arrondies à des ordres de grandeur, pas des chiffres Médiamétrie. Seul le total de 25\u00a0% pour 19 chaînes de la TNT en 2015 vient de la source ; la répartition entre chaînes et les années antérieures sont inventées. La part de TF1 est ici celle de la chaîne sur toute la journée, pas les 25,8\u00a0% de son journal de 20 h",
		},
	}
)
