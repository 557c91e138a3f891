package plan

import "reachlab/app/text"

// amecTemplate: the AMEC Integrated Evaluation Framework. Its stages form a
// logic chain that runs through the whole horizon, so every phase spans it.
var amecTemplate = templateSpec{
	id:   TemplateAMEC,
	name: text.Text{FR: "Cadre d'évaluation intégré de l'AMEC", EN: "AMEC Integrated Evaluation Framework"},
	summary: text.Text{
		FR: "Un fil logique pour évaluer la communication : des objectifs aux ressources et aux activités, puis de ce qui est diffusé à ce que le public en retient, à ce qu'il fait ensuite et enfin à l'effet sur l'organisation.",
		EN: "A logic chain for evaluating communication: from objectives to resources and activities, then from what is put out to what the audience takes away, what it then does, and finally the effect on the organisation.",
	},
	source: text.Text{
		FR: "AMEC (association internationale pour la mesure et l'évaluation de la communication), cadre publié en 2016.",
		EN: "AMEC (International Association for the Measurement and Evaluation of Communication), framework published in 2016.",
	},
	phases: []phaseSpec{
		{
			name:  text.Text{FR: "Objectifs", EN: "Objectives"},
			descr: text.Text{FR: "Les buts de l'organisation et les objectifs de communication qui en découlent, chiffrés et datés.", EN: "The organisation's goals and the communication objectives drawn from them, with figures and dates."},
			objectives: []objectiveSpec{{
				statement: text.Text{FR: "Obtenir 400 demandes de démonstration par mois venant des médias sociaux auprès des DSI de PME d'ici la fin du plan, pour nourrir le pipeline commercial.", EN: "Get 400 demo requests a month from social media among IT directors of small firms by the end of the plan, to feed the sales pipeline."},
				who:       text.Text{FR: "DSI de PME", EN: "IT directors of small firms"},
				what:      text.Text{FR: "demandes de démonstration issues des médias sociaux", EN: "demo requests from social media"},
				quantity:  400, baseline: 120,
				unit: text.Text{FR: "demandes par mois", EN: "requests per month"},
				goal: text.Text{FR: "Augmenter le pipeline commercial B2B", EN: "Grow the B2B sales pipeline"},
				kpis: []kpiSpec{
					{name: text.Text{FR: "Demandes de démonstration par mois", EN: "Demo requests per month"}, metric: MetricManual, unit: text.Text{FR: "demandes", EN: "requests"}, baseline: 120, target: 400},
				},
			}},
		},
		{
			name:   text.Text{FR: "Intrants (ressources)", EN: "Inputs"},
			descr:  text.Text{FR: "Ce qui est engagé : équipes, budget, études préalables, connaissance du public.", EN: "What is put in: staff, budget, prior research, audience insight."},
			people: text.Text{FR: "Un community manager à plein temps, deux experts produit deux jours par mois.", EN: "One full-time community manager, two product experts two days a month."},
			actions: []actionSpec{
				{title: text.Text{FR: "Étude d'audience auprès de 20 clients", EN: "Audience study with 20 customers"}, owner: text.Text{FR: "Études marketing", EN: "Market research"}, channel: text.Text{FR: "Interne", EN: "Internal"}, offset: 0, months: 1, budget: 5000},
			},
		},
		{
			name:  text.Text{FR: "Activités", EN: "Activities"},
			descr: text.Text{FR: "Ce qui est fait : contenus, campagnes, événements, réponses.", EN: "What is done: content, campaigns, events, replies."},
			actions: []actionSpec{
				{title: text.Text{FR: "Webinaires mensuels avec un expert produit", EN: "Monthly webinars with a product expert"}, owner: text.Text{FR: "Community manager", EN: "Community manager"}, channel: text.Text{FR: "LinkedIn", EN: "LinkedIn"}, offset: 1, months: 11, budget: 6000},
				{title: text.Text{FR: "Série d'études de cas clients", EN: "Customer case-study series"}, owner: text.Text{FR: "Responsable éditorial", EN: "Editorial lead"}, channel: text.Text{FR: "Blog", EN: "Blog"}, offset: 2, months: 6, budget: 4000},
			},
		},
		{
			name:  text.Text{FR: "Extrants (productions)", EN: "Outputs"},
			descr: text.Text{FR: "Ce qui atteint le public : messages diffusés, portée, impressions.", EN: "What reaches the audience: messages put out, reach, impressions."},
			objectives: []objectiveSpec{{
				statement: text.Text{FR: "Toucher 5 000 DSI de PME par message d'ici la fin du plan, pour faire connaître l'offre aux décideurs.", EN: "Reach 5,000 IT directors of small firms per message by the end of the plan, to make the offer known to decision makers."},
				who:       text.Text{FR: "DSI de PME", EN: "IT directors of small firms"},
				what:      text.Text{FR: "portée des messages", EN: "reach of messages"},
				quantity:  5000, baseline: 1500,
				unit: text.Text{FR: "personnes par message", EN: "people per message"},
				goal: text.Text{FR: "Faire connaître l'offre aux décideurs", EN: "Make the offer known to decision makers"},
				kpis: []kpiSpec{
					{name: text.Text{FR: "Portée par message", EN: "Reach per message"}, metric: "reach_per_message", unit: text.Text{FR: "personnes", EN: "people"}, baseline: 1500, target: 5000},
				},
			}},
		},
		{
			name:  text.Text{FR: "Retombées immédiates (out-takes)", EN: "Out-takes"},
			descr: text.Text{FR: "Ce que le public en retient ou en pense : attention, compréhension, réactions, conversation.", EN: "What the audience takes away: attention, understanding, reactions, conversation."},
			objectives: []objectiveSpec{{
				statement: text.Text{FR: "Porter de 1,2 % à 3 % l'engagement des DSI abonnés sur nos contenus d'experts d'ici la fin du plan, pour installer la marque comme référence technique.", EN: "Raise engagement of subscribed IT directors with our expert content from 1.2% to 3% by the end of the plan, to establish the brand as a technical reference."},
				who:       text.Text{FR: "DSI de PME abonnés", EN: "subscribed IT directors of small firms"},
				what:      text.Text{FR: "engagement sur les contenus d'experts", EN: "engagement with expert content"},
				quantity:  3, baseline: 1.2,
				unit: text.Text{FR: "%", EN: "%"},
				goal: text.Text{FR: "Installer la marque comme référence technique", EN: "Establish the brand as a technical reference"},
				kpis: []kpiSpec{
					{name: text.Text{FR: "Taux d'engagement", EN: "Engagement rate"}, metric: "engagement_rate_reach", unit: text.Text{FR: "%", EN: "%"}, baseline: 1.2, target: 3},
				},
			}},
		},
		{
			name:  text.Text{FR: "Effets (outcomes)", EN: "Outcomes"},
			descr: text.Text{FR: "Ce que le public fait ensuite : demandes, inscriptions, recommandations, changement d'opinion.", EN: "What the audience then does: enquiries, sign-ups, recommendations, changed opinions."},
			actions: []actionSpec{
				{title: text.Text{FR: "Suivre le formulaire de démonstration de bout en bout", EN: "Track the demo form end to end"}, owner: text.Text{FR: "Marketing opérationnel", EN: "Marketing operations"}, channel: text.Text{FR: "CRM", EN: "CRM"}, offset: 0, months: 2, budget: 2000},
			},
		},
		{
			name:  text.Text{FR: "Impact", EN: "Impact"},
			descr: text.Text{FR: "L'effet sur l'organisation : ventes, fidélité, réputation, coûts évités.", EN: "The effect on the organisation: sales, loyalty, reputation, costs avoided."},
			risks: []riskSpec{{
				descr:      text.Text{FR: "Attribuer aux médias sociaux des ventes dues à d'autres causes.", EN: "Crediting social media with sales that have other causes."},
				mitigation: text.Text{FR: "Comparer avec une période ou une région sans campagne.", EN: "Compare with a period or region without the campaign."},
				likelihood: RiskHigh, impact: RiskMedium,
			}},
		},
	},
}
