package cases

import (
	"net/url"
	"strconv"

	"reachlab/app/metrics"
	"reachlab/app/plan"
	"reachlab/app/text"
)

// Lessons returns the seven lessons in the order the lessons page lists
// them. Figures in their reading steps are computed from the cases; a test
// recomputes each one so that text and data cannot drift apart.
func Lessons() []Lesson {
	return []Lesson{
		massVsSocial(), engagementRate(), unansweredConversation(), longTail(),
		fragmentation(), advertisingValue(), findingsToPlan(),
	}
}

// LessonByID returns the lesson with the given ID.
func LessonByID(id string) (Lesson, bool) {
	for _, l := range Lessons() {
		if l.ID == id {
			return l, true
		}
	}
	return Lesson{}, false
}

// bi is a text in both UI languages, English first.
func bi(en, fr string) text.Text { return text.Text{EN: en, FR: fr} }

// steps builds a lesson's five steps in their order; chart names the chart
// its chart step draws.
func steps(chart string, question, chartText, reading, takeaway, exercise text.Text) []Step {
	return []Step{
		{Kind: StepQuestion, Text: question},
		{Kind: StepChart, Text: chartText, Chart: chart},
		{Kind: StepReading, Text: reading},
		{Kind: StepTakeaway, Text: takeaway},
		{Kind: StepExercise, Text: exercise},
	}
}

// caseLink opens a case's dataset on a page; pairs are more query
// parameters, name then value.
func caseLink(route, caseID string, pairs ...string) Link {
	q := url.Values{"dataset": {"case:" + caseID}}
	for i := 0; i+1 < len(pairs); i += 2 {
		q.Set(pairs[i], pairs[i+1])
	}
	return Link{Route: route, Query: q}
}

// Lesson 1: one TV message against a brand page's posts.
func massVsSocial() Lesson {
	return Lesson{
		ID: "mass-vs-social",
		Title: bi("Mass media and social media: one message against many",
			"Médias de masse et médias sociaux : un message contre beaucoup"),
		CaseID: "tv-vs-brand",
		Steps: steps(ChartSignature,
			bi("A brand page posts three times a week. How many of its posts would it take to reach as many people as one TV evening news?",
				"Une page de marque publie trois fois par semaine. Combien de ses publications faudrait-il pour toucher autant de monde qu'un seul journal télévisé du soir ?"),
			bi("Each dot is a channel: across, how many messages it sent; up, how many people one message reached on average. Both axes are logarithmic, so each step means ten times more.",
				"Chaque point est un canal : en abscisse, le nombre de messages envoyés ; en ordonnée, le nombre moyen de personnes touchées par message. Les deux axes sont logarithmiques : chaque graduation vaut dix fois la précédente."),
			bi("TF1's evening news reached about 5.2 million viewers at once. The page's median post reached 2,910 people, so it would take 1,787 such posts to match one bulletin; all 48 posts together add up to 178,940 contacts, 3.4% of it.",
				"Le journal de 20 h de TF1 a touché environ 5,2 millions de téléspectateurs d'un coup. La publication médiane de la page a touché 2\u00a0910 personnes : il en faudrait 1\u00a0787 comme elle pour égaler un seul journal, et les 48 publications réunies totalisent 178\u00a0940 contacts, soit 3,4\u00a0% de son audience."),
			bi("Television sends few messages to a huge audience; social media send many messages to small audiences that never add up to a mass. Judge a social channel on what it does well (conversation, loyalty, listening), not on its reach.",
				"La télévision envoie peu de messages à une audience énorme ; les médias sociaux envoient beaucoup de messages à de petites audiences qui ne s'additionnent jamais en une masse. Jugez un canal social sur ce qu'il fait bien (la conversation, la fidélité, l'écoute), pas sur sa portée."),
			bi("Open the comparison and find how many posts one TV message is worth. Then load your own page's export: what is that figure for your posts?",
				"Ouvrez la comparaison et trouvez combien de publications vaut un message télévisé. Chargez ensuite l'export de votre propre page : que donne ce chiffre pour vos publications ?"),
		),
		Open:    caseLink("/compare", "tv-vs-brand"),
		Sources: []Source{SourceMediametrieTF1, SourceGourvennec2016, SourceIllustrativePage},
	}
}

// Lesson 2: an engagement rate of 0.002 %.
func engagementRate() Lesson {
	return Lesson{
		ID: "engagement-rate",
		Title: bi("0.002%: why an engagement rate convinces no executive",
			"0,002\u00a0% : pourquoi un taux d'engagement ne convainc aucun dirigeant"),
		CaseID: "fan-page-engagement",
		Steps: steps(ChartEngagementRate,
			bi("A page with 10 million followers gets about 200 likes, comments and shares per post. Is that the figure to take to your chief executive?",
				"Une page de 10 millions d'abonnés recueille environ 200 « j'aime », commentaires et partages par publication. Est-ce le chiffre à présenter à votre directeur général ?"),
			bi("The bar is the page's engagement rate: interactions per post divided by followers, as a percentage. The axis names the denominator; change the denominator and the bar changes.",
				"La barre est le taux d'engagement de la page : les interactions par publication divisées par le nombre d'abonnés, en pourcentage. L'axe nomme le dénominateur ; changez-le et la barre change."),
			bi("200 interactions per post for 10,000,000 followers makes 0.002%. Divided by the people each post actually reached (44,620 on average), the same interactions give 0.45%: a rate depends first on what it is divided by.",
				"200 interactions par publication pour 10\u00a0000\u00a0000 abonnés, cela fait 0,002\u00a0%. Rapportées aux personnes réellement touchées par chaque publication (44\u00a0620 en moyenne), les mêmes interactions donnent 0,45\u00a0% : un taux dépend d'abord de ce par quoi on le divise."),
			bi("A rate on its own says nothing about the business. Report what the posts did for an objective (questions answered, leads, visits, customers who spoke up) and show the counts behind every rate. In B2B, one or two customers who say they read you can be worth a year's work.",
				"Un taux seul ne dit rien de l'activité. Rendez compte de ce que les publications ont apporté à un objectif (questions traitées, contacts commerciaux, visites, clients qui se sont exprimés) et montrez les nombres derrière chaque taux. En B2B, un ou deux clients qui disent vous lire peuvent valoir une année de travail."),
			bi("On the comparison page, switch the engagement rate's denominator from followers to reach. Write down the figure you would show an executive, and the sentence you would put next to it.",
				"Sur la page de comparaison, passez le dénominateur du taux d'engagement des abonnés à la portée. Notez le chiffre que vous montreriez à un dirigeant, et la phrase que vous mettriez à côté."),
		),
		Open:    caseLink("/compare", "fan-page-engagement", "denominator", string(metrics.ByFollowers)),
		Sources: []Source{SourceGourvennec2016Engagement, SourceIllustrativeFanPage, SourceDellESCP2011},
	}
}

// Lesson 3: a sponsored post whose comments got no reply.
func unansweredConversation() Lesson {
	return Lesson{
		ID: "unanswered-conversation",
		Title: bi("39 likes, 22 comments: a conversation left unanswered",
			"39 « j'aime », 22 commentaires : une conversation sans réponse"),
		CaseID: "linkedin-sponsored",
		Steps: steps(ChartConversation,
			bi("A bank pays LinkedIn to promote a post about meal vouchers going digital. It gets 39 likes and 22 comments. What should happen next?",
				"Une banque paie LinkedIn pour mettre en avant une publication sur la dématérialisation du ticket restaurant. Elle obtient 39 « j'aime » et 22 commentaires. Que doit-il se passer ensuite ?"),
			bi("One bar for the sponsored post, one for the page's ordinary posts: the comments each drew, on average. Above each bar, the share of those comments the brand answered. Look for the bar with many comments and no answer.",
				"Une barre pour la publication sponsorisée, une pour les publications ordinaires de la page : les commentaires que chacune a suscités, en moyenne. Au-dessus de chaque barre, la part de ces commentaires à laquelle la marque a répondu. Cherchez la barre qui a beaucoup de commentaires et aucune réponse."),
			bi("The sponsored post drew one comment for every 1.8 likes, against one for every 8 on the page's ordinary posts: people wanted to talk. The brand answered none of the 22 comments, while it answers 80% of those on its other posts.",
				"La publication sponsorisée a suscité un commentaire pour 1,8 « j'aime », contre un pour 8 sur les publications ordinaires de la page : les gens voulaient parler. La marque n'a répondu à aucun des 22 commentaires, alors qu'elle répond à 80\u00a0% de ceux de ses autres publications."),
			bi("On social media, comments are the point: answer every one, if only to say thank you, and use what people say to improve the product or the message. When comments pile up, sort them: Citibank's team scored each message on five criteria to decide what to answer first.",
				"Sur les médias sociaux, les commentaires sont l'essentiel : répondez à chacun, au moins pour remercier, et servez-vous de ce qui est dit pour améliorer le produit ou le discours. Quand ils s'accumulent, triez-les : l'équipe de Citibank notait chaque message sur cinq critères pour choisir quoi traiter d'abord."),
			bi("In the comparison, read each channel's conversation rate and response rate. Then add a “Brand replies” column to your own export: what is your response rate?",
				"Dans la comparaison, lisez le taux de conversation et le taux de réponse de chaque canal. Ajoutez ensuite une colonne « Réponses de la marque » à votre propre export : quel est votre taux de réponse ?"),
		),
		Open:    caseLink("/compare", "linkedin-sponsored"),
		Sources: []Source{SourceGourvennec2015LinkedIn, SourceIllustrativeLinkedIn, SourceCitibankESCP2011},
	}
}

// Lesson 4: a 6-million-view video and the long tail of a page's videos.
func longTail() Lesson {
	return Lesson{
		ID: "long-tail",
		Title: bi("The long tail: one 6-million-view video and the rest",
			"La longue traîne : une vidéo à 6 millions de vues et les autres"),
		CaseID: "viral-video",
		Steps: steps(ChartCCDF,
			bi("Orangina's “404” video was viewed 6 million times. Is that a lot, or very little?",
				"La vidéo « 404 » d'Orangina a été vue 6 millions de fois. Est-ce beaucoup, ou très peu ?"),
			bi("For each number of views, the curve gives the share of videos that did at least as well, on logarithmic axes. A straight stretch is the mark of a power law; the dashed line is the law fitted to the tail.",
				"Pour chaque nombre de vues, la courbe donne la part des vidéos qui ont fait au moins autant, sur des axes logarithmiques. Une portion droite signale une loi de puissance ; la ligne en tirets est la loi ajustée sur la traîne."),
			bi("On its own, the campaign video holds 96% of all the views in the table, 24 times as many as the page's 199 other videos together, whose median is 535 views. Yet 6 million views is barely more than the 5.2 million viewers of one TF1 evening news, and a view counts a play, not a person.",
				"À elle seule, la vidéo de campagne concentre 96\u00a0% des vues du tableau, 24 fois plus que les 199 autres vidéos de la page réunies, dont la médiane est de 535 vues. Pourtant, 6 millions de vues, c'est à peine plus que les 5,2 millions de téléspectateurs d'un journal de 20 h de TF1, et une vue compte une lecture, pas une personne."),
			bi("Social audiences follow a long tail: a rare hit, then many small posts. Report the median and the concentration rather than the best video, and do not build a plan on hits.",
				"Les audiences sociales suivent une longue traîne : un succès rare, puis beaucoup de petites publications. Rendez compte de la médiane et de la concentration plutôt que de la meilleure vidéo, et ne bâtissez pas un plan sur des succès."),
			bi("On the long-tail page, choose the channel “Page videos” to leave the campaign video out. Does the power law still fit, and how much of the total do the top 10% of videos hold?",
				"Sur la page longue traîne, choisissez le canal « Page videos » pour écarter la vidéo de campagne. La loi de puissance tient-elle toujours, et quelle part du total les 10\u00a0% de vidéos les plus vues détiennent-elles ?"),
		),
		Open:    caseLink("/longtail", "viral-video", "column", "Views"),
		Sources: []Source{SourceGourvennec2016Orangina, SourceIllustrativeVideos, SourceMediametrieTF1},
	}
}

// Lesson 5: the fragmentation of French television's audience.
func fragmentation() Lesson {
	return Lesson{
		ID: "fragmentation",
		Title: bi("Fragmentation: 19 digital channels sharing a quarter of the audience",
			"Fragmentation : 19 chaînes de la TNT pour un quart de l'audience"),
		CaseID: "dtt-fragmentation",
		Steps: steps(ChartFragmentation,
			bi("When French digital terrestrial TV (DTT) added channels, did the audience scatter into niches, or did the big channels keep it?",
				"Quand la TNT a multiplié les chaînes, l'audience s'est-elle éparpillée en niches, ou les grandes chaînes l'ont-elles gardée ?"),
			bi("Each line is a channel's share of the TV audience, year by year. The reading under the chart gives, for the first and the last year, the Herfindahl–Hirschman index (HHI), the sum of the squared shares, which falls as the audience spreads over more channels.",
				"Chaque ligne est la part d'audience d'une chaîne, année par année. La lecture sous le graphique donne, pour la première et la dernière année, l'indice de Herfindahl-Hirschman (IHH), la somme des carrés des parts, qui baisse quand l'audience se répartit sur plus de chaînes."),
			bi("In this illustration the DTT channels grow from 4% of the audience in 2006 to 25% in 2015, when there are 19 of them. Among the listed channels, the audience is as concentrated as 3.9 equal channels in 2006 and 7.1 in 2015, yet the four historic channels still hold 55%.",
				"Dans cette illustration, les chaînes de la TNT passent de 4\u00a0% de l'audience en 2006 à 25\u00a0% en 2015, où elles sont 19. Entre les chaînes listées, l'audience est aussi concentrée que 3,9 chaînes égales en 2006 et 7,1 en 2015, et pourtant les quatre chaînes historiques gardent 55\u00a0%."),
			bi("More channels thinned the audience out, but the big groups bought most of the newcomers and kept their viewers. Fragmentation is measured, not guessed: count the channels, their shares and the HHI, period after period.",
				"La multiplication des chaînes a dispersé l'audience, mais les grands groupes ont racheté la plupart des nouvelles venues et gardé leurs téléspectateurs. La fragmentation se mesure, elle ne se devine pas : comptez les chaînes, leurs parts et l'IHH, période après période."),
			bi("On the long-tail page, read the fragmentation table: between which two periods does the HHI fall most? How many of the 19 DTT channels reach 1% in 2015?",
				"Sur la page longue traîne, lisez le tableau de fragmentation : entre quelles périodes l'IHH baisse-t-il le plus ? Combien des 19 chaînes de la TNT atteignent 1\u00a0% en 2015 ?"),
		),
		Open:    caseLink("/longtail", "dtt-fragmentation", "column", "Audience share (%)"),
		Sources: []Source{SourceGourvennec2015DTT, SourceIllustrativeDTT},
	}
}

// Lesson 6: Kodak's advertising value equivalent.
func advertisingValue() Lesson {
	return Lesson{
		ID: "advertising-value-equivalent",
		Title: bi("Advertising value equivalents: 300,000 mentions “worth” $2.4M",
			"Équivalents publicitaires : 300\u00a0000 mentions qui « valent » 2,4\u00a0M$"),
		CaseID: "kodak-mentions",
		Steps: steps(ChartAVE,
			bi("At a 2011 conference, Kodak said its 300,000 monthly mentions on social media were worth $2.4M of ad space. What is such a figure worth?",
				"Devant une conférence, en 2011, Kodak a estimé que ses 300\u00a0000 mentions mensuelles sur les médias sociaux valaient 2,4\u00a0M$ d'espace publicitaire. Que vaut un tel chiffre ?"),
			bi("Each bar counts one month's mentions, about 300,000 month after month. Keep that number in mind against the $2.4M it is said to be worth.",
				"Chaque barre compte les mentions d'un mois, environ 300 000 mois après mois. Gardez ce nombre en tête face aux 2,4 M$ qu'il est censé valoir."),
			bi("The claim puts a mention at $8, a CPM of $8,000. At that price, the 3,600,000 mentions of this illustrative year would come to $28.8M; the source does not even say whether the $2.4M is per month or per year.",
				"L'annonce fixe la mention à 8\u00a0$, soit un CPM de 8\u00a0000\u00a0$. À ce prix, les 3\u00a0600\u00a0000 mentions de cette année fictive vaudraient 28,8\u00a0M$ ; la source ne dit même pas si les 2,4\u00a0M$ sont par mois ou par an."),
			bi("An advertising value equivalent prices attention as if it were bought space; it says nothing about what the communication achieved. The measurement profession says so plainly: AVEs are not the value of communication (AMEC, Barcelona Principles 3.0, principle 5).",
				"Un équivalent publicitaire valorise l'attention comme de l'espace acheté ; il ne dit rien de ce que la communication a produit. Les professionnels de la mesure le disent sans détour : les AVE ne sont pas la valeur de la communication (AMEC, Principes de Barcelone 3.0, principe 5)."),
			bi("On the comparison page, the reference CPM is set to Kodak's $8,000. Replace it with a price you could really buy ads at and watch the “value” move. What would you report instead?",
				"Sur la page de comparaison, le CPM de référence est réglé sur les 8\u00a0000\u00a0$ de Kodak. Remplacez-le par un prix auquel vous pourriez vraiment acheter de l'espace et regardez la « valeur » bouger. Que présenteriez-vous à la place ?"),
		),
		Open:    caseLink("/compare", "kodak-mentions", "cpm", strconv.Itoa(KodakClaimedValue*1000/KodakMonthlyMentions)),
		Sources: []Source{SourceKodakESCP2011, SourceIllustrativeMentions, SourceAMECBarcelona3},
	}
}

// Lesson 7: from the findings to a three-phase plan.
func findingsToPlan() Lesson {
	return Lesson{
		ID:    "findings-to-plan",
		Title: bi("From findings to a plan", "Des constats au plan d'action"),
		Steps: steps(ChartPlanPhases,
			bi("Small audiences, unanswered comments, rates nobody believes: how do you turn these findings into a programme your company can run?",
				"Petites audiences, commentaires sans réponse, taux auxquels personne ne croit : comment transformer ces constats en un programme que l'entreprise peut mener ?"),
			bi("Three phases, one after the other: prove the concept, scale up, then structure. Each phase has its own objectives and its own indicators.",
				"Trois phases qui se suivent : prouver l'intérêt, monter en charge, puis structurer. Chaque phase a ses objectifs et ses indicateurs."),
			bi("First show the programme is worth doing; then grow users and conversation without buying audience at any cost; finally set the processes and the organisation that keep it going whoever leaves. That is how Yann Gourvennec, then at Orange, described a social media programme in 2013.",
				"D'abord montrer que le programme en vaut la peine ; puis faire croître utilisateurs et conversation sans acheter d'audience à tout prix ; enfin fixer les processus et l'organisation qui le font tenir quels que soient les départs. C'est ainsi que Yann Gourvennec, alors chez Orange, décrivait un programme de médias sociaux en 2013."),
			bi("Give each phase SMART objectives (specific, measurable, achievable, relevant and time-bound) and choose the KPIs from the objectives, not from whatever the tools happen to count, as Dell advised at the 2011 ESCP conference.",
				"Donnez à chaque phase des objectifs SMART (spécifiques, mesurables, atteignables, réalistes et datés) et choisissez les indicateurs d'après les objectifs, pas d'après ce que les outils comptent, comme le conseillait Dell à la conférence de l'ESCP en 2011."),
			bi("Start a plan from the three-phase template. Write one SMART objective for the first phase, for instance a response rate to reach by a given date, and attach a KPI your data can measure.",
				"Créez un plan à partir du modèle en trois phases. Écrivez un objectif SMART pour la première phase, par exemple un taux de réponse à atteindre à une date donnée, et associez-lui un indicateur que vos données savent mesurer."),
		),
		Open:    Link{Route: "/plan", Query: url.Values{"template": {string(plan.TemplateThreePhases)}}},
		Sources: []Source{SourceGourvennec2013Phases, SourceDellESCP2011},
	}
}
