package plan

import "reachlab/app/text"

// threePhasesTemplate: the three phases of a social media program, as Yann
// Gourvennec (Orange) described them in a 2013 interview.
var threePhasesTemplate = templateSpec{
	id:   TemplateThreePhases,
	name: text.Text{FR: "Les trois phases d'un programme médias sociaux", EN: "The three phases of a social media program"},
	summary: text.Text{
		FR: "Prouver d'abord que les médias sociaux valent l'effort, puis monter en charge en gardant une croissance organique, enfin structurer avec des processus et une gouvernance qui ne reposent plus sur quelques personnes.",
		EN: "First prove that social media are worth the effort, then scale up while keeping growth organic, and finally structure the program with processes and governance that no longer rest on a few people.",
	},
	source: text.Text{
		FR: "Yann Gourvennec (Orange), entretien donné à la SMI 2012 au Maroc, publié en mars 2013.",
		EN: "Yann Gourvennec (Orange), interview given at SMI 2012 in Morocco, published in March 2013.",
	},
	phases: []phaseSpec{
		{
			name:      text.Text{FR: "Déclenchement", EN: "Proof of concept"},
			descr:     text.Text{FR: "Un pilote limité et mesuré, qui montre à la direction que la présence sur les médias sociaux apporte quelque chose de concret.", EN: "A small, measured pilot that shows management that being on social media brings something concrete."},
			months:    3,
			people:    text.Text{FR: "Deux community managers volontaires, formés à la charte et au ton de la marque.", EN: "Two volunteer community managers, trained on the charter and the brand's tone."},
			process:   text.Text{FR: "Charte provisoire ; toute question reçoit une réponse ; les cas liés à un compte client passent au service client.", EN: "Interim charter; every question gets an answer; issues about a customer account go to customer service."},
			platforms: text.Text{FR: "Un compte par canal pilote, un outil d'écoute gratuit, un tableur de suivi.", EN: "One account per pilot channel, a free listening tool, a tracking spreadsheet."},
			objectives: []objectiveSpec{{
				statement: text.Text{FR: "Résoudre sur Twitter 300 questions de clients par mois d'ici la fin du pilote, pour montrer que le canal soulage le centre de contact.", EN: "Resolve 300 customer questions a month on Twitter by the end of the pilot, to show that the channel relieves the contact centre."},
				who:       text.Text{FR: "clients particuliers qui écrivent à la marque", EN: "consumer customers who write to the brand"},
				what:      text.Text{FR: "questions résolues sur Twitter", EN: "questions resolved on Twitter"},
				quantity:  300, baseline: 60,
				unit: text.Text{FR: "questions par mois", EN: "questions per month"},
				goal: text.Text{FR: "Réduire les appels au centre de contact", EN: "Reduce calls to the contact centre"},
				kpis: []kpiSpec{
					{name: text.Text{FR: "Questions résolues par mois", EN: "Questions resolved per month"}, metric: MetricManual, unit: text.Text{FR: "questions", EN: "questions"}, baseline: 60, target: 300},
					{name: text.Text{FR: "Taux de conversation", EN: "Conversation rate"}, metric: "conversation_rate", unit: text.Text{FR: "commentaires par message", EN: "comments per message"}, baseline: 0.5, target: 1.5},
				},
			}},
			actions: []actionSpec{
				{title: text.Text{FR: "Ouvrir le compte d'assistance et publier la charte provisoire", EN: "Open the support account and publish the interim charter"}, owner: text.Text{FR: "Responsable digital", EN: "Digital lead"}, channel: text.Text{FR: "Twitter", EN: "Twitter"}, offset: 0, months: 1, budget: 2000},
				{title: text.Text{FR: "Former deux community managers", EN: "Train two community managers"}, owner: text.Text{FR: "Responsable digital", EN: "Digital lead"}, channel: text.Text{FR: "Interne", EN: "Internal"}, offset: 0, months: 1, budget: 3000},
				{title: text.Text{FR: "Présenter le bilan du pilote au comité de direction", EN: "Present the pilot review to the executive committee"}, owner: text.Text{FR: "Sponsor", EN: "Sponsor"}, channel: text.Text{FR: "Interne", EN: "Internal"}, offset: 2, months: 1, budget: 0},
			},
			risks: []riskSpec{{
				descr:      text.Text{FR: "La direction juge le pilote au nombre d'abonnés plutôt qu'aux questions résolues.", EN: "Management judges the pilot by follower counts rather than by questions resolved."},
				mitigation: text.Text{FR: "Convenir dès le départ avec le sponsor des indicateurs du bilan.", EN: "Agree the review's indicators with the sponsor from day one."},
				likelihood: RiskMedium, impact: RiskHigh,
			}},
		},
		{
			name:      text.Text{FR: "Développement", EN: "Scale-up"},
			descr:     text.Text{FR: "On élargit : plus de canaux, plus de collaborateurs impliqués, une conversation qui s'amplifie, sans tout miser sur l'achat d'audience.", EN: "Widen the program: more channels, more staff involved, a growing conversation, without betting everything on bought audience."},
			months:    4,
			people:    text.Text{FR: "Un réseau d'une dizaine de contributeurs dans les métiers, chacun formé une demi-journée.", EN: "A network of about ten contributors across departments, each trained for half a day."},
			process:   text.Text{FR: "Calendrier éditorial partagé ; règle de priorité des réponses ; revue mensuelle des indicateurs.", EN: "Shared editorial calendar; response priority rule; monthly review of the indicators."},
			platforms: text.Text{FR: "Outil de publication multi-comptes ; outil d'écoute payant.", EN: "Multi-account publishing tool; paid listening tool."},
			objectives: []objectiveSpec{{
				statement: text.Text{FR: "Porter le taux d'engagement des publications de 1 % à 2,5 % auprès des abonnés actuels d'ici la fin de la phase, pour fidéliser sans acheter d'audience.", EN: "Raise the engagement rate of posts from 1% to 2.5% among current followers by the end of the phase, to build loyalty without buying audience."},
				who:       text.Text{FR: "abonnés actuels des comptes de la marque", EN: "current followers of the brand's accounts"},
				what:      text.Text{FR: "engagement sur les publications", EN: "engagement with posts"},
				quantity:  2.5, baseline: 1,
				unit: text.Text{FR: "%", EN: "%"},
				goal: text.Text{FR: "Fidéliser les clients existants", EN: "Retain existing customers"},
				kpis: []kpiSpec{
					{name: text.Text{FR: "Taux d'engagement", EN: "Engagement rate"}, metric: "engagement_rate_reach", unit: text.Text{FR: "%", EN: "%"}, baseline: 1, target: 2.5},
					{name: text.Text{FR: "Portée par message", EN: "Reach per message"}, metric: "reach_per_message", unit: text.Text{FR: "personnes", EN: "people"}, baseline: 2000, target: 5000},
				},
			}},
			actions: []actionSpec{
				{title: text.Text{FR: "Lancer la page LinkedIn de la marque", EN: "Launch the brand's LinkedIn page"}, owner: text.Text{FR: "Community manager", EN: "Community manager"}, channel: text.Text{FR: "LinkedIn", EN: "LinkedIn"}, offset: 0, months: 2, budget: 4000},
				{title: text.Text{FR: "Série de contenus avec les experts maison", EN: "Content series with in-house experts"}, owner: text.Text{FR: "Responsable éditorial", EN: "Editorial lead"}, channel: text.Text{FR: "Blog", EN: "Blog"}, offset: 1, months: 3, budget: 6000},
				{title: text.Text{FR: "Former les contributeurs des métiers", EN: "Train contributors in departments"}, owner: text.Text{FR: "Responsable digital", EN: "Digital lead"}, channel: text.Text{FR: "Interne", EN: "Internal"}, offset: 0, months: 1, budget: 5000},
			},
			risks: []riskSpec{{
				descr:      text.Text{FR: "Une croissance achetée (publicité) gonfle l'audience sans créer de conversation.", EN: "Bought growth (ads) inflates the audience without creating conversation."},
				mitigation: text.Text{FR: "Plafonner la part publicitaire du budget et suivre la portée par message.", EN: "Cap the advertising share of the budget and track reach per message."},
				likelihood: RiskHigh, impact: RiskMedium,
			}},
		},
		{
			name:      text.Text{FR: "Structuration", EN: "Structuring"},
			descr:     text.Text{FR: "On formalise les processus, l'organisation et la gouvernance, pour que le programme tienne même quand les personnes changent.", EN: "Formalise processes, organisation and governance, so that the program holds even when people change."},
			months:    5,
			people:    text.Text{FR: "Parcours de formation à niveaux ; un référent médias sociaux dans chaque direction.", EN: "Tiered training path; a social media lead in every department."},
			process:   text.Text{FR: "Charte définitive validée par le juridique ; circuit d'escalade ; comité de gouvernance trimestriel.", EN: "Final charter approved by legal; escalation path; quarterly governance committee."},
			platforms: text.Text{FR: "Outil de gestion des réponses relié au CRM ; tableau de bord partagé.", EN: "Response-management tool linked to the CRM; shared dashboard."},
			objectives: []objectiveSpec{{
				statement: text.Text{FR: "Ramener de 24 h à 4 h le délai médian de réponse aux clients qui nous interpellent en ligne d'ici la fin du plan, pour tenir la promesse de service.", EN: "Cut the median response time to customers who contact us online from 24 h to 4 h by the end of the plan, to keep the service promise."},
				who:       text.Text{FR: "clients qui interpellent la marque en ligne", EN: "customers who contact the brand online"},
				what:      text.Text{FR: "délai médian de réponse", EN: "median response time"},
				quantity:  4, baseline: 24,
				unit: text.Text{FR: "h", EN: "h"},
				goal: text.Text{FR: "Améliorer la satisfaction client", EN: "Improve customer satisfaction"},
				kpis: []kpiSpec{
					{name: text.Text{FR: "Délai médian de réponse", EN: "Median response time"}, metric: MetricManual, unit: text.Text{FR: "h", EN: "h"}, baseline: 24, target: 4},
				},
			}},
			actions: []actionSpec{
				{title: text.Text{FR: "Rédiger la charte définitive et la faire valider", EN: "Write the final charter and get it approved"}, owner: text.Text{FR: "Responsable digital", EN: "Digital lead"}, channel: text.Text{FR: "Interne", EN: "Internal"}, offset: 0, months: 2, budget: 3000},
				{title: text.Text{FR: "Relier l'outil de réponse au CRM", EN: "Link the response tool to the CRM"}, owner: text.Text{FR: "DSI", EN: "IT department"}, channel: text.Text{FR: "CRM", EN: "CRM"}, offset: 1, months: 3, budget: 15000},
				{title: text.Text{FR: "Installer le comité de gouvernance", EN: "Set up the governance committee"}, owner: text.Text{FR: "Sponsor", EN: "Sponsor"}, channel: text.Text{FR: "Interne", EN: "Internal"}, offset: 2, months: 1, budget: 0},
			},
			risks: []riskSpec{{
				descr:      text.Text{FR: "La charte reste lettre morte.", EN: "The charter stays on paper."},
				mitigation: text.Text{FR: "Former chaque équipe à la charte et vérifier son application lors des revues.", EN: "Train every team on the charter and check it is applied at each review."},
				likelihood: RiskMedium, impact: RiskHigh,
			}},
		},
	},
}
