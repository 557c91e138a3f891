package plan

import "reachlab/app/text"

// postTemplate: Forrester's POST method (Josh Bernoff and Charlene Li).
var postTemplate = templateSpec{
	id:   TemplatePOST,
	name: text.Text{FR: "POST (Forrester)", EN: "POST (Forrester)"},
	summary: text.Text{
		FR: "La méthode de Forrester en quatre étapes, dans cet ordre : connaître les personnes visées et leurs usages, fixer les objectifs, choisir la stratégie de relation, et seulement ensuite la technologie.",
		EN: "Forrester's four-step method, in this order: know the people you target and how they use social media, set objectives, choose the relationship strategy, and only then the technology.",
	},
	source: text.Text{
		FR: "Josh Bernoff et Charlene Li, Forrester Research, 2007 ; repris dans le livre Groundswell (2008).",
		EN: "Josh Bernoff and Charlene Li, Forrester Research, 2007; taken up in the book Groundswell (2008).",
	},
	phases: []phaseSpec{
		{
			name:   text.Text{FR: "Personnes (publics)", EN: "People"},
			descr:  text.Text{FR: "Qui sont vos publics, sur quels réseaux, et qu'y font-ils : créer, commenter, partager, ou seulement lire ?", EN: "Who your audiences are, on which networks, and what they do there: create, comment, share, or only read?"},
			months: 2,
			actions: []actionSpec{
				{title: text.Text{FR: "Enquête sur les usages sociaux de nos clients", EN: "Survey of our customers' social media habits"}, owner: text.Text{FR: "Études marketing", EN: "Market research"}, channel: text.Text{FR: "Interne", EN: "Internal"}, offset: 0, months: 2, budget: 4000},
			},
		},
		{
			name:   text.Text{FR: "Objectifs", EN: "Objectives"},
			descr:  text.Text{FR: "Ce que vous voulez obtenir : écouter, parler, mobiliser les plus enthousiastes, aider les clients à s'entraider, les associer à l'offre.", EN: "What you want to achieve: listen, talk, energise the keenest customers, help customers support each other, involve them in the offer."},
			months: 1,
			objectives: []objectiveSpec{{
				byPlanEnd: true,
				statement: text.Text{FR: "Faire traiter 40 % des questions du forum d'entraide par d'autres clients d'ici la fin du plan, pour alléger le support.", EN: "Have 40% of help-forum questions answered by other customers by the end of the plan, to lighten the support load."},
				who:       text.Text{FR: "clients inscrits au forum d'entraide", EN: "customers registered on the help forum"},
				what:      text.Text{FR: "questions résolues par d'autres clients", EN: "questions answered by other customers"},
				quantity:  40, baseline: 10,
				unit: text.Text{FR: "%", EN: "%"},
				goal: text.Text{FR: "Réduire le coût du support", EN: "Reduce support costs"},
				kpis: []kpiSpec{
					{name: text.Text{FR: "Part des réponses entre clients", EN: "Share of customer-to-customer answers"}, metric: MetricManual, unit: text.Text{FR: "%", EN: "%"}, baseline: 10, target: 40},
				},
			}},
		},
		{
			name:    text.Text{FR: "Stratégie", EN: "Strategy"},
			descr:   text.Text{FR: "Comment la relation avec les clients va changer, et comment vous saurez que c'est réussi.", EN: "How the relationship with customers will change, and how you will know it worked."},
			months:  3,
			process: text.Text{FR: "Règles de modération du forum ; reconnaissance des clients experts.", EN: "Forum moderation rules; recognition of expert customers."},
			actions: []actionSpec{
				{title: text.Text{FR: "Programme de clients experts (badges, accès anticipé)", EN: "Expert customer program (badges, early access)"}, owner: text.Text{FR: "Community manager", EN: "Community manager"}, channel: text.Text{FR: "Forum", EN: "Forum"}, offset: 0, months: 3, budget: 6000},
			},
		},
		{
			name:      text.Text{FR: "Technologie", EN: "Technology"},
			descr:     text.Text{FR: "Les outils se choisissent en dernier, parce qu'ils servent les objectifs : forum, réseau, outil d'écoute.", EN: "Tools are chosen last, because they serve the objectives: forum, network, listening tool."},
			months:    6,
			platforms: text.Text{FR: "Plateforme de forum reliée à la base de connaissances et au CRM.", EN: "Forum platform linked to the knowledge base and the CRM."},
			actions: []actionSpec{
				{title: text.Text{FR: "Choisir et paramétrer la plateforme de forum", EN: "Choose and set up the forum platform"}, owner: text.Text{FR: "DSI", EN: "IT department"}, channel: text.Text{FR: "Forum", EN: "Forum"}, offset: 0, months: 2, budget: 12000},
			},
		},
	},
}
