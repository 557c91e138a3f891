package i18n

func init() { register(longTailMessages) }

// The long-tail page: settings, concentration, charts, the power-law fit in
// plain words and its numbers, the goodness-of-fit test, attention over
// time and fragmentation. Its title and introduction are LongTailTitle and
// LongTailIntro.
const (
	LongTailSettings         Key = "longtail.settings"
	LongTailDataset          Key = "longtail.dataset"
	LongTailColumn           Key = "longtail.column"
	LongTailChannel          Key = "longtail.channel"
	LongTailAllRows          Key = "longtail.rows.all"
	LongTailChannelOnly      Key = "longtail.rows.only"
	LongTailExamples         Key = "longtail.examples"
	LongTailExampleAll       Key = "longtail.example.all"
	LongTailExamplePosts     Key = "longtail.example.posts"
	LongTailExampleReactions Key = "longtail.example.reactions"
	LongTailNoDataset        Key = "longtail.dataset.none"
	LongTailDataLink         Key = "longtail.dataset.link"
	LongTailLoading          Key = "longtail.loading"
	LongTailComputed         Key = "longtail.computed"
	LongTailRowsShown        Key = "longtail.rows.shown"
	LongTailLoadError        Key = "longtail.error.load"
	LongTailStorageOff       Key = "longtail.storage.off"
	LongTailCompareFailed    Key = "longtail.error.compare"
	LongTailChartFailed      Key = "longtail.error.chart"

	LongTailNoNumeric  Key = "longtail.problem.nonumeric"
	LongTailNoColumn   Key = "longtail.problem.nocolumn"
	LongTailNotNumeric Key = "longtail.problem.notnumeric"
	LongTailTooFew     Key = "longtail.problem.toofew"
	LongTailAllEqual   Key = "longtail.problem.allequal"

	LongTailAnd       Key = "longtail.and"
	LongTailNounPost  Key = "longtail.noun.post"
	LongTailNounPosts Key = "longtail.noun.posts"
	LongTailNounRow   Key = "longtail.noun.row"
	LongTailNounRows  Key = "longtail.noun.rows"

	LongTailConcHeading      Key = "longtail.conc.heading"
	LongTailTopSentence      Key = "longtail.conc.top"
	LongTailHalfSentence     Key = "longtail.conc.half"
	LongTailExcludedNone     Key = "longtail.excluded.none"
	LongTailExcludedOne      Key = "longtail.excluded.one"
	LongTailExcludedMany     Key = "longtail.excluded.many"
	LongTailExcludedZero     Key = "longtail.excluded.zero"
	LongTailExcludedNegative Key = "longtail.excluded.negative"
	LongTailExcludedBlank    Key = "longtail.excluded.blank"
	LongTailExcludedInfinite Key = "longtail.excluded.infinite"
	LongTailTopShare         Key = "longtail.conc.topshare"
	LongTailTopValue         Key = "longtail.conc.topvalue"
	LongTailGini             Key = "longtail.conc.gini"
	LongTailHHI              Key = "longtail.conc.hhi"
	LongTailHHIValue         Key = "longtail.conc.hhi.value"
	LongTailHalf             Key = "longtail.conc.halfcount"
	LongTailDefinitions      Key = "longtail.definitions"
	LongTailDefTop           Key = "longtail.def.top"
	LongTailDefGini          Key = "longtail.def.gini"
	LongTailDefHHI           Key = "longtail.def.hhi"
	LongTailDefHalf          Key = "longtail.def.half"
	LongTailDefExcluded      Key = "longtail.def.excluded"

	LongTailChartsHeading    Key = "longtail.charts.heading"
	LongTailLogAxis          Key = "longtail.chart.logaxis"
	LongTailRankTitle        Key = "longtail.rank.title"
	LongTailRankX            Key = "longtail.rank.x"
	LongTailRankAlt          Key = "longtail.rank.alt"
	LongTailRankReading      Key = "longtail.rank.reading"
	LongTailCCDFTitle        Key = "longtail.ccdf.title"
	LongTailCCDFY            Key = "longtail.ccdf.y"
	LongTailCCDFData         Key = "longtail.ccdf.data"
	LongTailCCDFFit          Key = "longtail.ccdf.fit"
	LongTailCCDFAlt          Key = "longtail.ccdf.alt"
	LongTailCCDFAltFit       Key = "longtail.ccdf.alt.fit"
	LongTailCCDFReading      Key = "longtail.ccdf.reading"
	LongTailCCDFReadingNoFit Key = "longtail.ccdf.reading.nofit"
	LongTailLorenzTitle      Key = "longtail.lorenz.title"
	LongTailLorenzX          Key = "longtail.lorenz.x"
	LongTailLorenzY          Key = "longtail.lorenz.y"
	LongTailLorenzEquality   Key = "longtail.lorenz.equality"
	LongTailLorenzAlt        Key = "longtail.lorenz.alt"
	LongTailLorenzReading    Key = "longtail.lorenz.reading"

	LongTailFitHeading    Key = "longtail.fit.heading"
	LongTailFitCutoff     Key = "longtail.fit.cutoff"
	LongTailFitCutoffGoF  Key = "longtail.fit.cutoff.gof"
	LongTailFitUntested   Key = "longtail.fit.untested"
	LongTailFitPlausible  Key = "longtail.fit.plausible"
	LongTailFitRuledOut   Key = "longtail.fit.ruledout"
	LongTailFitOutdone    Key = "longtail.fit.outdone"
	LongTailBetterOne     Key = "longtail.fit.better.one"
	LongTailBetterMany    Key = "longtail.fit.better.many"
	LongTailTiedOne       Key = "longtail.fit.tied.one"
	LongTailTiedMany      Key = "longtail.fit.tied.many"
	LongTailWorse         Key = "longtail.fit.worse"
	LongTailFitFailedFew  Key = "longtail.fit.failed.few"
	LongTailFitFailedFlat Key = "longtail.fit.failed.flat"
	LongTailFitFailed     Key = "longtail.fit.failed"
	LongTailComparing     Key = "longtail.fit.comparing"

	LongTailAltLognormal       Key = "longtail.alt.lognormal"
	LongTailAltExponential     Key = "longtail.alt.exponential"
	LongTailAltStretched       Key = "longtail.alt.stretched"
	LongTailAltCutoff          Key = "longtail.alt.cutoff"
	LongTailAltPoisson         Key = "longtail.alt.poisson"
	LongTailThanLognormal      Key = "longtail.than.lognormal"
	LongTailThanExponential    Key = "longtail.than.exponential"
	LongTailThanStretched      Key = "longtail.than.stretched"
	LongTailThanCutoff         Key = "longtail.than.cutoff"
	LongTailThanPoisson        Key = "longtail.than.poisson"
	LongTailNameLognormal      Key = "longtail.name.lognormal"
	LongTailNameExponential    Key = "longtail.name.exponential"
	LongTailNameStretched      Key = "longtail.name.stretched"
	LongTailNameCutoff         Key = "longtail.name.cutoff"
	LongTailNamePoisson        Key = "longtail.name.poisson"
	LongTailNumbers            Key = "longtail.numbers"
	LongTailKind               Key = "longtail.fit.kind"
	LongTailKindDiscrete       Key = "longtail.fit.kind.discrete"
	LongTailKindContinuous     Key = "longtail.fit.kind.continuous"
	LongTailPlusMinus          Key = "longtail.plusminus"
	LongTailOf                 Key = "longtail.of"
	LongTailPNotYet            Key = "longtail.fit.p.notyet"
	LongTailDefKind            Key = "longtail.def.kind"
	LongTailDefXMin            Key = "longtail.def.xmin"
	LongTailDefAlpha           Key = "longtail.def.alpha"
	LongTailDefNTail           Key = "longtail.def.ntail"
	LongTailDefD               Key = "longtail.def.d"
	LongTailDefP               Key = "longtail.def.p"
	LongTailLRHeading          Key = "longtail.lr.heading"
	LongTailColLaw             Key = "longtail.lr.law"
	LongTailColParams          Key = "longtail.lr.params"
	LongTailColFavours         Key = "longtail.lr.favours"
	LongTailFavoursPowerLaw    Key = "longtail.lr.favours.powerlaw"
	LongTailFavoursAlternative Key = "longtail.lr.favours.alternative"
	LongTailFavoursNeither     Key = "longtail.lr.favours.neither"
	LongTailNotFitted          Key = "longtail.lr.notfitted"
	LongTailDefLR              Key = "longtail.def.lr"
	LongTailDefLRP             Key = "longtail.def.lrp"

	LongTailGoFHeading    Key = "longtail.gof.heading"
	LongTailGoFIntro      Key = "longtail.gof.intro"
	LongTailResamples     Key = "longtail.gof.resamples"
	LongTailRun           Key = "longtail.gof.run"
	LongTailCancel        Key = "longtail.gof.cancel"
	LongTailProgress      Key = "longtail.gof.progress"
	LongTailProgressLabel Key = "longtail.gof.progress.label"
	LongTailStopping      Key = "longtail.gof.stopping"
	LongTailStopped       Key = "longtail.gof.stopped"
	LongTailGoFDone       Key = "longtail.gof.done"
	LongTailGoFFailed     Key = "longtail.gof.failed"

	LongTailTimeHeading      Key = "longtail.time.heading"
	LongTailAttnHeading      Key = "longtail.attention.heading"
	LongTailAttnNoColumns    Key = "longtail.attention.nocolumns"
	LongTailAttnOneRow       Key = "longtail.attention.onerow"
	LongTailAttnBadRows      Key = "longtail.attention.badrows"
	LongTailAttnCumulative   Key = "longtail.attention.cumulative"
	LongTailAttnDaily        Key = "longtail.attention.daily"
	LongTailAttnColDay       Key = "longtail.attention.col.day"
	LongTailAttnColShare     Key = "longtail.attention.col.share"
	LongTailAttnColPosts     Key = "longtail.attention.col.posts"
	LongTailAttnUnobserved   Key = "longtail.attention.unobserved"
	LongTailAttnHalfLife     Key = "longtail.attention.halflife"
	LongTailAttnNoHalfLife   Key = "longtail.attention.nohalflife"
	LongTailFragHeading      Key = "longtail.frag.heading"
	LongTailFragMissing      Key = "longtail.frag.missing"
	LongTailFragBadRows      Key = "longtail.frag.badrows"
	LongTailFragPercent      Key = "longtail.frag.percent"
	LongTailFragFractions    Key = "longtail.frag.fractions"
	LongTailFragSkipped      Key = "longtail.frag.skipped"
	LongTailColPeriod        Key = "longtail.frag.col.period"
	LongTailColChannels      Key = "longtail.frag.col.channels"
	LongTailColCoverage      Key = "longtail.frag.col.coverage"
	LongTailColHHI           Key = "longtail.frag.col.hhi"
	LongTailColEffective     Key = "longtail.frag.col.effective"
	LongTailColTop           Key = "longtail.frag.col.top"
	LongTailColOthers        Key = "longtail.frag.col.others"
	LongTailOthersValue      Key = "longtail.frag.others.value"
	LongTailNotAvailable     Key = "longtail.frag.na"
	LongTailDefFragHHI       Key = "longtail.def.frag.hhi"
	LongTailDefFragEffective Key = "longtail.def.frag.effective"
	LongTailPeriodSentence   Key = "longtail.frag.period"
	LongTailSharesTitle      Key = "longtail.shares.title"
	LongTailSharesY          Key = "longtail.shares.y"
	LongTailSharesOthers     Key = "longtail.shares.others"
	LongTailSharesAlt        Key = "longtail.shares.alt"
	LongTailDTTHeading       Key = "longtail.dtt.heading"
	LongTailDTTBadge         Key = "longtail.dtt.badge"
	LongTailDTTText          Key = "longtail.dtt.text"
	LongTailDTTSource        Key = "longtail.dtt.source"
)

// longTailMessages are the long-tail page's texts. Arguments are already
// formatted for the language (Number, Percent…); French puts a no-break
// space before « : ; ? » and inside guillemets.
var longTailMessages = map[Key]message{
	LongTailSettings:         {"What to measure", "Que mesurer"},
	LongTailDataset:          {"Dataset", "Jeu de données"},
	LongTailColumn:           {"Numeric column", "Colonne numérique"},
	LongTailChannel:          {"Rows", "Lignes"},
	LongTailAllRows:          {"All rows", "Toutes les lignes"},
	LongTailChannelOnly:      {"Only “%s”", "Seulement «\u00a0%s\u00a0»"},
	LongTailExamples:         {"Built-in examples:", "Exemples intégrés\u00a0:"},
	LongTailExampleAll:       {"one TV news and 48 brand posts, reach", "un journal télévisé et 48 publications de marque, couverture"},
	LongTailExamplePosts:     {"the brand page's 48 posts, reach", "les 48 publications de la page de marque, couverture"},
	LongTailExampleReactions: {"the brand page's 48 posts, reactions", "les 48 publications de la page de marque, réactions"},
	LongTailNoDataset:        {"No dataset yet.", "Aucun jeu de données pour l'instant."},
	LongTailDataLink:         {"Open the Data page", "Ouvrir la page Données"},
	LongTailLoading:          {"Reading and measuring “%s”…", "Lecture et mesure de «\u00a0%s\u00a0»…"},
	LongTailComputed:         {"“%[1]s”, column “%[2]s”: %[3]s values.", "«\u00a0%[1]s\u00a0», colonne «\u00a0%[2]s\u00a0»\u00a0: %[3]s valeurs."},
	LongTailRowsShown:        {"%[1]s of %[2]s rows, those of “%[3]s”.", "%[1]s lignes sur %[2]s, celles de «\u00a0%[3]s\u00a0»."},
	LongTailLoadError:        {"“%[1]s” could not be read: %[2]s", "«\u00a0%[1]s\u00a0» n'a pas pu être lu\u00a0: %[2]s"},
	LongTailStorageOff:       {"This browser keeps no data (%s): datasets last until the tab is closed.", "Ce navigateur ne conserve aucune donnée (%s)\u00a0: les jeux de données disparaissent à la fermeture de l'onglet."},
	LongTailCompareFailed:    {"The comparison with other laws failed (%s).", "La comparaison avec d'autres lois a échoué (%s)."},
	LongTailChartFailed:      {"This chart cannot be drawn (%s).", "Ce graphique ne peut pas être tracé (%s)."},

	LongTailNoNumeric:  {"“%s” has no numeric column: a long tail is measured on numbers such as reach, views or likes. Check the columns' types on the Data page.", "«\u00a0%s\u00a0» n'a aucune colonne numérique\u00a0: une longue traîne se mesure sur des nombres (couverture, vues, j'aime…). Vérifiez le type des colonnes sur la page Données."},
	LongTailNoColumn:   {"“%[1]s” has no column named “%[2]s”: pick one of its numeric columns above.", "«\u00a0%[1]s\u00a0» n'a pas de colonne nommée «\u00a0%[2]s\u00a0»\u00a0: choisissez l'une de ses colonnes numériques ci-dessus."},
	LongTailNotNumeric: {"The column “%s” holds text or dates, not numbers: pick a numeric column above, or change its type on the Data page.", "La colonne «\u00a0%s\u00a0» contient du texte ou des dates, pas des nombres\u00a0: choisissez une colonne numérique ci-dessus, ou changez son type sur la page Données."},
	LongTailTooFew:     {"Only %[1]s positive values in “%[2]s”: at least %[3]s are needed to measure a long tail and fit a power law.", "Seulement %[1]s valeurs positives dans «\u00a0%[2]s\u00a0»\u00a0: il en faut au moins %[3]s pour mesurer une longue traîne et ajuster une loi de puissance."},
	LongTailAllEqual:   {"All %[1]s positive values of “%[2]s” are equal (%[3]s): there is no tail to measure.", "Les %[1]s valeurs positives de «\u00a0%[2]s\u00a0» sont toutes égales (%[3]s)\u00a0: il n'y a pas de traîne à mesurer."},

	LongTailAnd:       {" and ", " et "},
	LongTailNounPost:  {"post", "publication"},
	LongTailNounPosts: {"posts", "publications"},
	LongTailNounRow:   {"row", "ligne"},
	LongTailNounRows:  {"rows", "lignes"},

	LongTailConcHeading:      {"Concentration", "Concentration"},
	LongTailTopSentence:      {"The top %[1]s of %[2]s (%[3]s of %[4]s) carry %[5]s of the total “%[6]s”.", "Les %[1]s de %[2]s en tête (%[3]s sur %[4]s) portent %[5]s du total de «\u00a0%[6]s\u00a0»."},
	LongTailHalfSentence:     {"Half of the total comes from %[1]s %[2]s, %[3]s of them.", "La moitié du total vient de %[1]s %[2]s, soit %[3]s d'entre elles."},
	LongTailExcludedNone:     {"All %s values are positive numbers: none is left out.", "Les %s valeurs sont toutes des nombres positifs\u00a0: aucune n'est écartée."},
	LongTailExcludedOne:      {"%[1]s of %[2]s values is left out (%[3]s): shares, log–log charts and the power-law fit need positive numbers.", "%[1]s valeur sur %[2]s est écartée (%[3]s)\u00a0: les parts, les graphiques log–log et l'ajustement en loi de puissance demandent des nombres positifs."},
	LongTailExcludedMany:     {"%[1]s of %[2]s values are left out (%[3]s): shares, log–log charts and the power-law fit need positive numbers.", "%[1]s valeurs sur %[2]s sont écartées (%[3]s)\u00a0: les parts, les graphiques log–log et l'ajustement en loi de puissance demandent des nombres positifs."},
	LongTailExcludedZero:     {"zero: %s", "nulles\u00a0: %s"},
	LongTailExcludedNegative: {"negative: %s", "négatives\u00a0: %s"},
	LongTailExcludedBlank:    {"blank or unreadable: %s", "vides ou illisibles\u00a0: %s"},
	LongTailExcludedInfinite: {"infinite: %s", "infinies\u00a0: %s"},
	LongTailTopShare:         {"Share of the top %s", "Part des %s en tête"},
	LongTailTopValue:         {"%[1]s (%[2]s)", "%[1]s (%[2]s)"},
	LongTailGini:             {"Gini coefficient", "Coefficient de Gini"},
	LongTailHHI:              {"Herfindahl–Hirschman index (HHI)", "Indice de Herfindahl-Hirschman (IHH)"},
	LongTailHHIValue:         {"%[1]s points, as concentrated as %[2]s equal %[3]s", "%[1]s points, autant que %[2]s %[3]s égales"},
	LongTailHalf:             {"Fewest items making half the total", "Nombre minimal d'éléments faisant la moitié du total"},
	LongTailDefinitions:      {"Definitions", "Définitions"},
	LongTailDefTop:           {"Share of the top k %: the sum of the ⌈k % × n⌉ largest values divided by the sum of all n values.", "Part des k % en tête\u00a0: la somme des ⌈k % × n⌉ plus grandes valeurs divisée par la somme des n valeurs."},
	LongTailDefGini:          {"Gini = Σᵢ (2i − n − 1)·x₍ᵢ₎ / (n·Σx), values sorted from smallest to largest: 0 when all are equal, up to 1 − 1/n when one holds everything.", "Gini = Σᵢ (2i − n − 1)·x₍ᵢ₎ / (n·Σx), valeurs triées de la plus petite à la plus grande\u00a0: 0 quand toutes sont égales, jusqu'à 1 − 1/n quand une seule détient tout."},
	LongTailDefHHI:           {"HHI = Σ sᵢ² × 10,000, where sᵢ is each item's share of the total: 10,000 when one item holds everything; 10,000/HHI is the number of equal items that would be as concentrated.", "IHH = Σ sᵢ² × 10\u00a0000, où sᵢ est la part du total de chaque élément\u00a0: 10\u00a0000 quand un seul détient tout\u00a0; 10\u00a0000/IHH est le nombre d'éléments égaux qui seraient aussi concentrés."},
	LongTailDefHalf:          {"The smallest number of the largest items whose values add up to at least half of the total.", "Le plus petit nombre des plus grands éléments dont les valeurs atteignent au moins la moitié du total."},
	LongTailDefExcluded:      {"Zeros, negative numbers and blank or unreadable cells cannot sit on a log scale nor in a power law: they are left out and counted, never read as 0.", "Les zéros, les nombres négatifs et les cellules vides ou illisibles ne peuvent figurer ni sur une échelle logarithmique ni dans une loi de puissance\u00a0: ils sont écartés et comptés, jamais lus comme 0."},

	LongTailChartsHeading:    {"Charts", "Graphiques"},
	LongTailLogAxis:          {"%s (log scale)", "%s (échelle log)"},
	LongTailRankTitle:        {"Rank–size (log–log)", "Rang–taille (log–log)"},
	LongTailRankX:            {"Rank (1 = largest)", "Rang (1 = la plus grande valeur)"},
	LongTailRankAlt:          {"Log–log chart of the %[1]s values of “%[2]s” sorted from the largest (%[3]s, rank 1) to the smallest (%[4]s, rank %[1]s).", "Graphique log–log des %[1]s valeurs de «\u00a0%[2]s\u00a0» classées de la plus grande (%[3]s, rang 1) à la plus petite (%[4]s, rang %[1]s)."},
	LongTailRankReading:      {"The largest value (%[1]s) is %[2]s times the median (%[3]s). A straight stretch on these log–log axes is the mark of a power law.", "La plus grande valeur (%[1]s) vaut %[2]s fois la médiane (%[3]s). Une portion droite sur ces axes log–log est la marque d'une loi de puissance."},
	LongTailCCDFTitle:        {"Share of values at least x (log–log)", "Part des valeurs au moins égales à x (log–log)"},
	LongTailCCDFY:            {"Share of values ≥ x (log scale)", "Part des valeurs ≥ x (échelle log)"},
	LongTailCCDFData:         {"Data", "Données"},
	LongTailCCDFFit:          {"Power law from x_min = %[1]s (α = %[2]s)", "Loi de puissance dès x_min = %[1]s (α = %[2]s)"},
	LongTailCCDFAlt:          {"Log–log chart of the share of values at least x, falling from 100%% at %[1]s to %[2]s at %[3]s.", "Graphique log–log de la part des valeurs au moins égales à x, qui descend de 100\u00a0%% à %[1]s jusqu'à %[2]s à %[3]s."},
	LongTailCCDFAltFit:       {"The fitted power law (α = %[1]s) is drawn as a dashed line from x_min = %[2]s.", "La loi de puissance ajustée (α = %[1]s) est tracée en pointillés à partir de x_min = %[2]s."},
	LongTailCCDFReading:      {"%[1]s of the %[2]s values (%[3]s) are at least x_min = %[4]s. Above it the fitted line falls with slope %[5]s: each time x is multiplied by 10, the share of values at least x is divided by %[6]s.", "%[1]s des %[2]s valeurs (%[3]s) sont au moins égales à x_min = %[4]s. Au-delà, la droite ajustée descend avec une pente de %[5]s\u00a0: chaque fois que x est multiplié par 10, la part des valeurs au moins égales à x est divisée par %[6]s."},
	LongTailCCDFReadingNoFit: {"No power law could be fitted: the chart shows the data only.", "Aucune loi de puissance n'a pu être ajustée\u00a0: le graphique ne montre que les données."},
	LongTailLorenzTitle:      {"Lorenz curve", "Courbe de Lorenz"},
	LongTailLorenzX:          {"Share of %s, smallest first", "Part des %s, des plus petites aux plus grandes"},
	LongTailLorenzY:          {"Share of the total “%s”", "Part du total de «\u00a0%s\u00a0»"},
	LongTailLorenzEquality:   {"Perfect equality", "Égalité parfaite"},
	LongTailLorenzAlt:        {"Lorenz curve of the %[1]s values: the share of the total held by the smallest ones, below the diagonal of perfect equality; Gini coefficient %[2]s.", "Courbe de Lorenz des %[1]s valeurs\u00a0: la part du total détenue par les plus petites, sous la diagonale de l'égalité parfaite\u00a0; coefficient de Gini %[2]s."},
	LongTailLorenzReading:    {"The smallest %[1]s of %[2]s hold %[3]s of the total; the top %[4]s hold %[5]s. The Gini coefficient (%[6]s) is twice the area between the curve and the diagonal.", "Les %[1]s de %[2]s les plus petites détiennent %[3]s du total\u00a0; les %[4]s en tête en détiennent %[5]s. Le coefficient de Gini (%[6]s) vaut deux fois l'aire entre la courbe et la diagonale."},

	LongTailFitHeading:    {"Is it a power law?", "Est-ce une loi de puissance\u00a0?"},
	LongTailFitCutoff:     {"Above %s, the values follow a power law with an exponential cut-off: the largest values fall off faster than a pure power law predicts, and the test favours the cut-off significantly.", "Au-delà de %s, les valeurs suivent une loi de puissance à coupure exponentielle\u00a0: les plus grandes valeurs décroissent plus vite que ne le prévoit une loi de puissance pure, et le test penche nettement pour la coupure."},
	LongTailFitCutoffGoF:  {"The goodness-of-fit test of the pure power law gives %s.", "Le test d'adéquation de la loi de puissance pure donne %s."},
	LongTailFitUntested:   {"Above %[1]s (%[2]s of %[3]s values), the values fall off like a power law with exponent α = %[4]s. Whether a power law is plausible is for the goodness-of-fit test below to say.", "Au-delà de %[1]s (%[2]s valeurs sur %[3]s), les valeurs décroissent comme une loi de puissance d'exposant α = %[4]s. Le test d'adéquation ci-dessous dira si une loi de puissance est plausible."},
	LongTailFitPlausible:  {"A power law is plausible above %[1]s (%[2]s).", "Une loi de puissance est plausible au-delà de %[1]s (%[2]s)."},
	LongTailFitRuledOut:   {"A power law is ruled out above %[1]s: the goodness-of-fit test gives %[2]s, below %[3]s.", "Une loi de puissance est exclue au-delà de %[1]s\u00a0: le test d'adéquation donne %[2]s, sous %[3]s."},
	LongTailFitOutdone:    {"A power law passes the goodness-of-fit test above %[1]s (%[2]s), but it is not the best description.", "Une loi de puissance passe le test d'adéquation au-delà de %[1]s (%[2]s), mais ce n'est pas la meilleure description."},
	LongTailBetterOne:     {"%s fits significantly better.", "%s convient nettement mieux."},
	LongTailBetterMany:    {"%s fit significantly better.", "%s conviennent nettement mieux."},
	LongTailTiedOne:       {"%s fits as well: the data cannot tell the two apart.", "%s convient aussi bien\u00a0: les données ne permettent pas de les départager."},
	LongTailTiedMany:      {"%s fit as well: the data cannot tell them from the power law.", "%s conviennent aussi bien\u00a0: les données ne permettent pas de les distinguer de la loi de puissance."},
	LongTailWorse:         {"The power law fits significantly better than %s.", "La loi de puissance convient nettement mieux %s."},
	LongTailFitFailedFew:  {"The power law cannot be fitted: no threshold leaves at least %s values in the tail.", "La loi de puissance ne peut pas être ajustée\u00a0: aucun seuil ne laisse au moins %s valeurs dans la queue."},
	LongTailFitFailedFlat: {"The power law cannot be fitted: the possible tails hold a single distinct value.", "La loi de puissance ne peut pas être ajustée\u00a0: les queues possibles ne contiennent qu'une seule valeur distincte."},
	LongTailFitFailed:     {"The power law could not be fitted (%s).", "La loi de puissance n'a pas pu être ajustée (%s)."},
	LongTailComparing:     {"Comparing the power law with other laws…", "Comparaison de la loi de puissance avec d'autres lois…"},

	LongTailAltLognormal:       {"a lognormal", "une loi log-normale"},
	LongTailAltExponential:     {"an exponential", "une loi exponentielle"},
	LongTailAltStretched:       {"a stretched exponential", "une exponentielle étirée"},
	LongTailAltCutoff:          {"a power law with exponential cut-off", "une loi de puissance à coupure exponentielle"},
	LongTailAltPoisson:         {"a Poisson law", "une loi de Poisson"},
	LongTailThanLognormal:      {"a lognormal", "qu'une loi log-normale"},
	LongTailThanExponential:    {"an exponential", "qu'une loi exponentielle"},
	LongTailThanStretched:      {"a stretched exponential", "qu'une exponentielle étirée"},
	LongTailThanCutoff:         {"a power law with exponential cut-off", "qu'une loi de puissance à coupure exponentielle"},
	LongTailThanPoisson:        {"a Poisson law", "qu'une loi de Poisson"},
	LongTailNameLognormal:      {"Lognormal", "Log-normale"},
	LongTailNameExponential:    {"Exponential", "Exponentielle"},
	LongTailNameStretched:      {"Stretched exponential", "Exponentielle étirée"},
	LongTailNameCutoff:         {"Power law with cut-off", "Loi de puissance à coupure"},
	LongTailNamePoisson:        {"Poisson", "Poisson"},
	LongTailNumbers:            {"The numbers behind it", "Les chiffres derrière"},
	LongTailKind:               {"Kind of fit", "Type d'ajustement"},
	LongTailKindDiscrete:       {"discrete (whole numbers)", "discret (nombres entiers)"},
	LongTailKindContinuous:     {"continuous", "continu"},
	LongTailPlusMinus:          {"%[1]s ± %[2]s", "%[1]s ± %[2]s"},
	LongTailOf:                 {"%[1]s of %[2]s", "%[1]s sur %[2]s"},
	LongTailPNotYet:            {"not available — run the goodness-of-fit test above", "non disponible — lancez le test d'adéquation ci-dessus"},
	LongTailDefKind:            {"Whole numbers get the discrete power law P(X = x) = x^−α / ζ(α, x_min) (Hurwitz zeta); other values the continuous density (α − 1)/x_min · (x/x_min)^−α.", "Les nombres entiers reçoivent la loi de puissance discrète P(X = x) = x^−α / ζ(α, x_min) (zêta de Hurwitz)\u00a0; les autres valeurs la densité continue (α − 1)/x_min · (x/x_min)^−α."},
	LongTailDefXMin:            {"Where the power-law tail starts: of every candidate value, the one whose fit is closest to the data (smallest D).", "Là où commence la queue en loi de puissance\u00a0: parmi toutes les valeurs candidates, celle dont l'ajustement est le plus proche des données (plus petit D)."},
	LongTailDefAlpha:           {"Exponent α, by maximum likelihood, ± its standard error: the larger α, the faster the tail thins out; the share of values at least x falls like x^−(α−1).", "Exposant α, estimé par maximum de vraisemblance, ± son erreur type\u00a0: plus α est grand, plus la queue s'amincit vite\u00a0; la part des valeurs au moins égales à x décroît comme x^−(α−1)."},
	LongTailDefNTail:           {"Number of values at least x_min: the tail the law is fitted to.", "Nombre de valeurs au moins égales à x_min\u00a0: la queue sur laquelle la loi est ajustée."},
	LongTailDefD:               {"Kolmogorov–Smirnov distance: the largest gap between the tail's cumulative distribution and the fitted law's (0 = identical).", "Distance de Kolmogorov-Smirnov\u00a0: le plus grand écart entre la distribution cumulée de la queue et celle de la loi ajustée (0 = identiques)."},
	LongTailDefP:               {"Goodness of fit: the share of synthetic data sets, drawn from the fitted law, whose own fit is at least as far (D) as the data's; below 0.1 the power law is ruled out.", "Adéquation\u00a0: la part des jeux de données synthétiques, tirés de la loi ajustée, dont l'ajustement est au moins aussi éloigné (D) que celui des données\u00a0; sous 0,1 la loi de puissance est exclue."},
	LongTailLRHeading:          {"Likelihood-ratio tests", "Tests du rapport de vraisemblance"},
	LongTailColLaw:             {"Alternative law", "Loi alternative"},
	LongTailColParams:          {"Fitted parameters", "Paramètres ajustés"},
	LongTailColFavours:         {"Favours", "Penche pour"},
	LongTailFavoursPowerLaw:    {"the power law", "la loi de puissance"},
	LongTailFavoursAlternative: {"the alternative", "l'alternative"},
	LongTailFavoursNeither:     {"neither (p ≥ 0.1)", "aucune (p ≥ 0,1)"},
	LongTailNotFitted:          {"not available — this law could not be fitted to the tail", "non disponible — cette loi n'a pas pu être ajustée à la queue"},
	LongTailDefLR:              {"LR: Vuong's normalised log-likelihood ratio R/(σ√n) over the tail, positive when the power law fits better; for the cut-off, which contains the power law, R itself.", "LR\u00a0: rapport de log-vraisemblance normalisé de Vuong R/(σ√n) sur la queue, positif quand la loi de puissance convient mieux\u00a0; pour la coupure, qui contient la loi de puissance, R lui-même."},
	LongTailDefLRP:             {"p: the chance of an LR this far from 0 if both laws fitted equally well; below 0.1 the sign of LR decides, above it the test cannot tell them apart.", "p\u00a0: la probabilité d'un LR aussi éloigné de 0 si les deux lois convenaient aussi bien\u00a0; sous 0,1 le signe de LR tranche, au-dessus le test ne peut pas les départager."},

	LongTailGoFHeading:    {"Goodness-of-fit test", "Test d'adéquation"},
	LongTailGoFIntro:      {"It draws synthetic data sets from the fitted law (keeping the values below x_min as they are), fits each again, and counts how often they land at least as far from their fit as the data does from its own (Clauset, Shalizi and Newman, 2009). The seed is fixed: the same data give the same p.", "Il tire des jeux de données synthétiques de la loi ajustée (en gardant les valeurs sous x_min telles quelles), les ajuste à nouveau et compte combien s'écartent de leur ajustement au moins autant que les données du leur (Clauset, Shalizi et Newman, 2009). La graine est fixe\u00a0: les mêmes données donnent le même p."},
	LongTailResamples:     {"Resamples", "Rééchantillons"},
	LongTailRun:           {"Run the test", "Lancer le test"},
	LongTailCancel:        {"Cancel", "Annuler"},
	LongTailProgress:      {"%[1]s of %[2]s", "%[1]s sur %[2]s"},
	LongTailProgressLabel: {"Goodness-of-fit test progress", "Avancement du test d'adéquation"},
	LongTailStopping:      {"Stopping…", "Arrêt en cours…"},
	LongTailStopped:       {"Stopped after %[1]s of %[2]s resamples: no p-value.", "Arrêté après %[1]s rééchantillons sur %[2]s\u00a0: pas de valeur p."},
	LongTailGoFDone:       {"Done: %[1]s over %[2]s resamples (%[3]s at least as far from their fit as the data).", "Terminé\u00a0: %[1]s sur %[2]s rééchantillons (%[3]s au moins aussi éloignés de leur ajustement que les données)."},
	LongTailGoFFailed:     {"%s resamples could not be fitted again and are left out of p.", "%s rééchantillons n'ont pas pu être ajustés à nouveau et sont exclus de p."},

	LongTailTimeHeading:      {"Time and fragmentation", "Temps et fragmentation"},
	LongTailAttnHeading:      {"Attention over time", "L'attention au fil du temps"},
	LongTailAttnNoColumns:    {"Not measured: it needs a post identifier, a date column and several rows per post (daily counts or cumulative readings).", "Non mesurée\u00a0: il faut un identifiant de publication, une colonne de date et plusieurs lignes par publication (comptes quotidiens ou relevés cumulés)."},
	LongTailAttnOneRow:       {"Not measured: this dataset has one row per post, and attention over time needs several (daily counts or cumulative readings).", "Non mesurée\u00a0: ce jeu de données a une ligne par publication, et l'attention au fil du temps en demande plusieurs (comptes quotidiens ou relevés cumulés)."},
	LongTailAttnBadRows:      {"These rows cannot be read as a time series (row %s): a value is negative, or a post has two rows for the same day.", "Ces lignes ne peuvent pas être lues comme une série temporelle (ligne %s)\u00a0: une valeur est négative, ou une publication a deux lignes pour le même jour."},
	LongTailAttnCumulative:   {"%s posts, read as cumulative totals (no post's value ever goes down); a post's age is counted from its first row.", "%s publications, lues comme des totaux cumulés (la valeur d'aucune publication ne baisse)\u00a0; l'âge d'une publication est compté à partir de sa première ligne."},
	LongTailAttnDaily:        {"%s posts, read as daily counts (some values go down over time); a post's age is counted from its first row.", "%s publications, lues comme des comptes quotidiens (certaines valeurs baissent avec le temps)\u00a0; l'âge d'une publication est compté à partir de sa première ligne."},
	LongTailAttnColDay:       {"After day", "Après le jour"},
	LongTailAttnColShare:     {"Share of interactions arriving later", "Part des interactions arrivées ensuite"},
	LongTailAttnColPosts:     {"Posts observed that long", "Publications observées aussi longtemps"},
	LongTailAttnUnobserved:   {"not available — no post was observed that long", "non disponible — aucune publication n'a été observée aussi longtemps"},
	LongTailAttnHalfLife:     {"Median attention half-life: %[1]s days (the age by which half of a post's interactions had arrived), over %[2]s posts.", "Demi-vie médiane de l'attention\u00a0: %[1]s jours (l'âge auquel la moitié des interactions d'une publication était arrivée), sur %[2]s publications."},
	LongTailAttnNoHalfLife:   {"Half-life not available: no post had any interaction.", "Demi-vie non disponible\u00a0: aucune publication n'a reçu d'interaction."},
	LongTailFragHeading:      {"Fragmentation of the audience", "Fragmentation de l'audience"},
	LongTailFragMissing:      {"Not measured: it needs a column with the role “%[1]s” and one with the role “%[2]s”, and a “%[3]s” column for periods (optional).", "Non mesurée\u00a0: il faut une colonne de rôle «\u00a0%[1]s\u00a0» et une de rôle «\u00a0%[2]s\u00a0», et une colonne «\u00a0%[3]s\u00a0» pour les périodes (facultative)."},
	LongTailFragBadRows:      {"The audience shares cannot be used (row %s): a share is negative or above 100%%, a channel appears twice in one period, or a period adds up to more than 100%%.", "Les parts d'audience sont inutilisables (ligne %s)\u00a0: une part est négative ou dépasse 100\u00a0%%, une chaîne figure deux fois dans une même période, ou une période dépasse 100\u00a0%% au total."},
	LongTailFragPercent:      {"Shares read as percentages of the whole audience.", "Parts lues en pourcentage de l'audience totale."},
	LongTailFragFractions:    {"Shares read as fractions of the whole audience (every share is at most 1).", "Parts lues en fractions de l'audience totale (chaque part vaut au plus 1)."},
	LongTailFragSkipped:      {"%s rows without a channel or a share are left out.", "%s lignes sans chaîne ou sans part sont écartées."},
	LongTailColPeriod:        {"Period", "Période"},
	LongTailColChannels:      {"Channels", "Chaînes"},
	LongTailColCoverage:      {"Listed total", "Total listé"},
	LongTailColHHI:           {"HHI among them (points)", "IHH entre elles (points)"},
	LongTailColEffective:     {"Equivalent equal channels", "Équivalent en chaînes égales"},
	LongTailColTop:           {"Top %s", "%s premières"},
	LongTailColOthers:        {"Other channels", "Autres chaînes"},
	LongTailOthersValue:      {"%[1]s (%[2]s channels)", "%[1]s (%[2]s chaînes)"},
	LongTailNotAvailable:     {"not available — the listed shares add up to 0", "non disponible — les parts listées font 0 au total"},
	LongTailDefFragHHI:       {"HHI among the listed channels: Σ (sᵢ/S)² × 10,000, where sᵢ is each channel's share and S the listed total; 10,000 is one channel holding everything.", "IHH entre les chaînes listées\u00a0: Σ (sᵢ/S)² × 10\u00a0000, où sᵢ est la part de chaque chaîne et S le total listé\u00a0; 10\u00a0000 correspond à une seule chaîne qui détient tout."},
	LongTailDefFragEffective: {"Equivalent equal channels: 10,000/HHI, the number of channels of equal size that would be as concentrated.", "Équivalent en chaînes égales\u00a0: 10\u00a0000/IHH, le nombre de chaînes de même taille qui seraient aussi concentrées."},
	LongTailPeriodSentence:   {"%[1]s: the %[2]s leading channels held %[3]s of the audience and the %[4]s others %[5]s; HHI among them %[6]s points, as concentrated as %[7]s equal channels.", "%[1]s\u00a0: les %[2]s premières chaînes réunissaient %[3]s de l'audience et les %[4]s autres %[5]s\u00a0; IHH entre elles de %[6]s points, autant que %[7]s chaînes égales."},
	LongTailSharesTitle:      {"Audience share by channel over time", "Part d'audience par chaîne au fil du temps"},
	LongTailSharesY:          {"Audience share", "Part d'audience"},
	LongTailSharesOthers:     {"Other channels (%s)", "Autres chaînes (%s)"},
	LongTailSharesAlt:        {"Line chart of the audience shares of %[1]s channels over %[2]s periods, from %[3]s to %[4]s.", "Graphique en courbes des parts d'audience de %[1]s chaînes sur %[2]s périodes, de %[3]s à %[4]s."},
	LongTailDTTHeading:       {"An illustration: French digital terrestrial TV", "Une illustration\u00a0: la TNT française"},
	LongTailDTTBadge:         {"illustration: an even split, not measured shares", "illustration\u00a0: partage égal, pas des parts mesurées"},
	LongTailDTTText:          {"In 2015 the %[1]s newer channels of French digital terrestrial TV (TNT) together drew about %[2]s of the TV audience. Split evenly, each would hold %[3]s of it; among themselves their HHI would be %[4]s points, as concentrated as %[5]s equal channels — as fragmented as %[1]s channels can be — while the remaining %[6]s of the audience went to the other channels.", "En 2015, les %[1]s chaînes les plus récentes de la TNT réunissaient ensemble environ %[2]s de l'audience de la télévision. Partagée également, chacune en détiendrait %[3]s\u00a0; entre elles, leur IHH serait de %[4]s points, autant que %[5]s chaînes égales — le plus fragmenté possible pour %[1]s chaînes — tandis que les %[6]s restants de l'audience allaient aux autres chaînes."},
	LongTailDTTSource:        {"Source: Yann Gourvennec, “Médias sociaux : de la nécessité d'interagir”, Visionary Marketing, 30 March 2015, reporting a Les Echos article discussed in Europe 1's press review that morning. The even split is ours, to show what such fragmentation means.", "Source\u00a0: Yann Gourvennec, «\u00a0Médias sociaux\u00a0: de la nécessité d'interagir\u00a0», Visionary Marketing, 30 mars 2015, d'après un article des Echos commenté le matin même dans la revue de presse d'Europe 1. Le partage égal est le nôtre, pour montrer ce que signifie une telle fragmentation."},
}
