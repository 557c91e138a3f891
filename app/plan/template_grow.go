package plan

import "reachlab/app/text"

// growTemplate: Intel's G.R.O.W., as Ekaterina Walter presented it at the 2011
// ESCP social media conference.
var growTemplate = templateSpec{
	id:   TemplateGROW,
	name: text.Text{FR: "G.R.O.W. (Intel)", EN: "G.R.O.W. (Intel)"},
	summary: text.Text{
		FR: "Le parcours d'Intel en quatre temps : des passionnés se lancent, on teste en mesurant, on met le programme en ordre (gouvernance, budget, formation), puis toute l'entreprise l'adopte.",
		EN: "Intel's four-step path: enthusiasts get started, tests are run and measured, the program is put in order (governance, budget, training), then the whole company adopts it.",
	},
	source: text.Text{
		FR: "Ekaterina Walter (Intel), conférence médias sociaux de l'ESCP, 2011.",
		EN: "Ekaterina Walter (Intel), ESCP social media conference, 2011.",
	},
	phases: []phaseSpec{
		{
			name:   text.Text{FR: "Grassroots (initiatives spontanées)", EN: "Grassroots"},
			descr:  text.Text{FR: "Des collaborateurs passionnés ouvrent des comptes et essaient, sans cadre formel ; on repère ce qui marche et qui s'implique.", EN: "Enthusiastic employees open accounts and try things without a formal frame; spot what works and who gets involved."},
			months: 3,
			people: text.Text{FR: "Recenser les volontaires et leurs compétences.", EN: "List the volunteers and their skills."},
			actions: []actionSpec{
				{title: text.Text{FR: "Recenser les comptes et initiatives existants", EN: "Map existing accounts and initiatives"}, owner: text.Text{FR: "Responsable digital", EN: "Digital lead"}, channel: text.Text{FR: "Interne", EN: "Internal"}, offset: 0, months: 1, budget: 0},
				{title: text.Text{FR: "Réunir les passionnés une fois par mois", EN: "Bring the enthusiasts together once a month"}, owner: text.Text{FR: "Responsable digital", EN: "Digital lead"}, channel: text.Text{FR: "Interne", EN: "Internal"}, offset: 1, months: 2, budget: 500},
			},
			risks: []riskSpec{{
				descr:      text.Text{FR: "Des comptes ouverts sans règle parlent au nom de la marque de façon incohérente.", EN: "Accounts opened without rules speak for the brand inconsistently."},
				mitigation: text.Text{FR: "Publier trois règles simples en attendant la charte.", EN: "Publish three simple rules until the charter exists."},
				likelihood: RiskHigh, impact: RiskMedium,
			}},
		},
		{
			name:      text.Text{FR: "Results & testing (résultats et tests)", EN: "Results & testing"},
			descr:     text.Text{FR: "Chaque initiative reçoit un objectif et des indicateurs ; on multiplie les essais courts, on échoue vite et on en tire la leçon plus vite encore.", EN: "Each initiative gets an objective and indicators; run many short trials, fail fast and learn even faster."},
			months:    3,
			platforms: text.Text{FR: "Outils de mesure communs à toutes les initiatives.", EN: "Measurement tools shared by every initiative."},
			objectives: []objectiveSpec{{
				statement: text.Text{FR: "Doubler le taux de conversation des publications tests auprès des développeurs (de 0,4 à 0,8 commentaire par publication) d'ici la fin de la phase, pour savoir quels formats déployer.", EN: "Double the conversation rate of test posts among developers (from 0.4 to 0.8 comments per post) by the end of the phase, to learn which formats to roll out."},
				who:       text.Text{FR: "développeurs qui suivent la marque", EN: "developers who follow the brand"},
				what:      text.Text{FR: "conversation sur les publications tests", EN: "conversation on test posts"},
				quantity:  0.8, baseline: 0.4,
				unit: text.Text{FR: "commentaires par publication", EN: "comments per post"},
				goal: text.Text{FR: "Choisir les formats qui soutiennent les ventes aux développeurs", EN: "Pick the formats that support sales to developers"},
				kpis: []kpiSpec{
					{name: text.Text{FR: "Taux de conversation", EN: "Conversation rate"}, metric: "conversation_rate", unit: text.Text{FR: "commentaires par publication", EN: "comments per post"}, baseline: 0.4, target: 0.8},
				},
			}},
			actions: []actionSpec{
				{title: text.Text{FR: "Tester trois formats de contenu, deux à quatre semaines chacun", EN: "Test three content formats, two to four weeks each"}, owner: text.Text{FR: "Community manager", EN: "Community manager"}, channel: text.Text{FR: "Twitter", EN: "Twitter"}, offset: 0, months: 3, budget: 3000},
			},
		},
		{
			name:    text.Text{FR: "Operationalize (mise en ordre)", EN: "Operationalize"},
			descr:   text.Text{FR: "On installe une gouvernance et une charte interne, on sécurise un budget et on forme les équipes autour d'un centre d'excellence.", EN: "Set up governance and an internal charter, secure a budget and train teams around a centre of excellence."},
			months:  3,
			people:  text.Text{FR: "Centre d'excellence médias sociaux ; formation des équipes.", EN: "Social media centre of excellence; team training."},
			process: text.Text{FR: "Charte interne, circuit de validation, budget annuel.", EN: "Internal charter, approval path, yearly budget."},
			objectives: []objectiveSpec{{
				statement: text.Text{FR: "Former 50 collaborateurs qui prennent la parole pour la marque d'ici la fin de la phase, pour réduire les risques de prise de parole.", EN: "Train 50 employees who speak for the brand by the end of the phase, to reduce the risks of speaking in its name."},
				who:       text.Text{FR: "collaborateurs qui prennent la parole pour la marque", EN: "employees who speak for the brand"},
				what:      text.Text{FR: "collaborateurs formés", EN: "employees trained"},
				quantity:  50, baseline: 8,
				unit: text.Text{FR: "personnes", EN: "people"},
				goal: text.Text{FR: "Réduire les risques juridiques et d'image", EN: "Reduce legal and reputation risks"},
				kpis: []kpiSpec{
					{name: text.Text{FR: "Collaborateurs formés", EN: "Employees trained"}, metric: MetricManual, unit: text.Text{FR: "personnes", EN: "people"}, baseline: 8, target: 50},
				},
			}},
			actions: []actionSpec{
				{title: text.Text{FR: "Créer le centre d'excellence médias sociaux", EN: "Create the social media centre of excellence"}, owner: text.Text{FR: "Sponsor", EN: "Sponsor"}, channel: text.Text{FR: "Interne", EN: "Internal"}, offset: 0, months: 1, budget: 10000},
				{title: text.Text{FR: "Former 50 collaborateurs", EN: "Train 50 employees"}, owner: text.Text{FR: "RH", EN: "HR"}, channel: text.Text{FR: "Interne", EN: "Internal"}, offset: 1, months: 2, budget: 8000},
			},
		},
		{
			name:   text.Text{FR: "Widespread adoption (adoption générale)", EN: "Widespread adoption"},
			descr:  text.Text{FR: "Les médias sociaux entrent dans le quotidien de tous les métiers : service client, RH, R&D, ventes.", EN: "Social media become part of every department's daily work: customer service, HR, R&D, sales."},
			months: 3,
			actions: []actionSpec{
				{title: text.Text{FR: "Inscrire les médias sociaux dans les objectifs annuels des métiers", EN: "Write social media into departments' yearly objectives"}, owner: text.Text{FR: "Direction générale", EN: "Executive team"}, channel: text.Text{FR: "Interne", EN: "Internal"}, offset: 0, months: 1, budget: 0},
			},
			risks: []riskSpec{{
				descr:      text.Text{FR: "Les métiers voient les médias sociaux comme l'affaire du seul marketing.", EN: "Departments see social media as marketing's business only."},
				mitigation: text.Text{FR: "Partager chaque mois un cas concret venu d'un autre métier.", EN: "Share a concrete case from another department every month."},
				likelihood: RiskMedium, impact: RiskMedium,
			}},
		},
	},
}
