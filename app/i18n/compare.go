package i18n

func init() { register(compareMessages) }

// The compare page: settings, channel table, charts, readings, advertising
// value equivalent, messages and definitions. Its title and introduction
// are CompareTitle and CompareIntro.
const (
	CompareSettings          Key = "compare.settings"
	CompareDataset           Key = "compare.dataset"
	CompareNoDataset         Key = "compare.dataset.none"
	CompareDataLink          Key = "compare.dataset.link"
	CompareKind              Key = "compare.kind"
	CompareKindFromData      Key = "compare.kind.fromdata"
	CompareDenominator       Key = "compare.denominator"
	CompareByReach           Key = "compare.denominator.reach"
	CompareByImpressions     Key = "compare.denominator.impressions"
	CompareByFollowers       Key = "compare.denominator.followers"
	CompareBasis             Key = "compare.basis"
	CompareBasisReach        Key = "compare.basis.reach"
	CompareBasisImpressions  Key = "compare.basis.impressions"
	CompareUniverse          Key = "compare.universe"
	CompareUniverseHint      Key = "compare.universe.hint"
	CompareTopK              Key = "compare.topk"
	CompareLoading           Key = "compare.loading"
	CompareStopped           Key = "compare.stopped"
	CompareRetry             Key = "compare.retry"
	CompareCancel            Key = "compare.cancel"
	CompareComputed          Key = "compare.computed"
	CompareNoRoles           Key = "compare.noroles"
	CompareLoadError         Key = "compare.error.load"
	CompareStorageOff        Key = "compare.storage.off"
	CompareTableHeading      Key = "compare.table.heading"
	CompareTableNote         Key = "compare.table.note"
	CompareChannel           Key = "compare.col.channel"
	CompareKindColumn        Key = "compare.col.kind"
	CompareMixedKinds        Key = "compare.kind.mixed"
	CompareDefinitionOf      Key = "compare.def.of"
	CompareNotAvailable      Key = "compare.na"
	CompareNotAvailableMark  Key = "compare.na.mark"
	CompareAllChannels       Key = "compare.row.total"
	CompareKindRow           Key = "compare.row.kind"
	CompareHiddenColumns     Key = "compare.hidden"
	CompareExportCSV         Key = "compare.export.csv"
	CompareSaved             Key = "compare.export.saved"
	CompareChartsHeading     Key = "compare.charts.heading"
	CompareSignatureTitle    Key = "compare.signature.title"
	CompareSignatureX        Key = "compare.signature.x"
	CompareSignatureY        Key = "compare.signature.y"
	CompareSignatureSize     Key = "compare.signature.size"
	CompareSignatureAlt      Key = "compare.signature.alt"
	CompareSignatureItem     Key = "compare.signature.item"
	CompareSignatureLeftOut  Key = "compare.signature.leftout"
	CompareSignatureReading  Key = "compare.signature.reading"
	CompareRateTitle         Key = "compare.rate.title"
	CompareRateAxis          Key = "compare.rate.axis"
	CompareIPMTitle          Key = "compare.ipm.title"
	CompareIPMAxis           Key = "compare.ipm.axis"
	CompareBarsAlt           Key = "compare.bars.alt"
	CompareBarsHighLow       Key = "compare.bars.highlow"
	CompareBarsOne           Key = "compare.bars.one"
	CompareBarsMissing       Key = "compare.bars.missing"
	CompareAnsweredNote      Key = "compare.answered.note"
	CompareAnsweredReading   Key = "compare.answered.reading"
	CompareBarsNone          Key = "compare.bars.none"
	CompareTimelineTitle     Key = "compare.timeline.title"
	CompareReach             Key = "compare.reach"
	CompareImpressions       Key = "compare.impressions"
	CompareAxisReach         Key = "compare.axis.reach"
	CompareAxisImpressions   Key = "compare.axis.impressions"
	CompareTimelineTalk      Key = "compare.timeline.talk"
	CompareTimelineAlt       Key = "compare.timeline.alt"
	CompareTimelineReading   Key = "compare.timeline.reading"
	CompareTimelinePeak      Key = "compare.timeline.peak"
	CompareTimelineUndated   Key = "compare.timeline.undated"
	CompareTimelineLogGaps   Key = "compare.timeline.loggaps"
	CompareNoTimeline        Key = "compare.timeline.none"
	CompareBucketDay         Key = "compare.bucket.day"
	CompareBucketWeek        Key = "compare.bucket.week"
	CompareBucketMonth       Key = "compare.bucket.month"
	CompareBucketYear        Key = "compare.bucket.year"
	CompareReadingsHeading   Key = "compare.readings.heading"
	CompareReadingsNone      Key = "compare.readings.none"
	CompareReadingPosts      Key = "compare.reading.posts"
	CompareReadingPostsShown Key = "compare.reading.posts.shown"
	CompareReadingRate       Key = "compare.reading.rate"
	CompareReadingTalk       Key = "compare.reading.talk"
	CompareReadingUnanswered Key = "compare.reading.unanswered"
	CompareReadingSpread     Key = "compare.reading.spread"
	CompareReadingModerate   Key = "compare.reading.moderate"
	CompareReadingConcentr   Key = "compare.reading.concentrated"
	CompareEquivalences      Key = "compare.eq.heading"
	CompareEqNone            Key = "compare.eq.none"
	CompareEqMass            Key = "compare.eq.mass"
	CompareEqAudience        Key = "compare.eq.audience"
	CompareEqMedian          Key = "compare.eq.median"
	CompareAVEHeading        Key = "compare.ave.heading"
	CompareAVEIntro          Key = "compare.ave.intro"
	CompareAVECPM            Key = "compare.ave.cpm"
	CompareAVEBasis          Key = "compare.ave.basis"
	CompareAVEImpressions    Key = "compare.ave.basis.impressions"
	CompareAVEMentions       Key = "compare.ave.basis.mentions"
	CompareMentions          Key = "compare.ave.mentions"
	CompareAVEResult         Key = "compare.ave.result"
	CompareAVEMissing        Key = "compare.ave.missing"
	CompareKodakHeading      Key = "compare.kodak.heading"
	CompareKodak             Key = "compare.kodak"
	CompareKodakSource       Key = "compare.kodak.source"
	CompareKodakApply        Key = "compare.kodak.apply"
	CompareMessagesHeading   Key = "compare.msg.heading"
	CompareMessagesChannel   Key = "compare.msg.channel"
	CompareMessagesRange     Key = "compare.msg.range"
	CompareMessagesPrev      Key = "compare.msg.prev"
	CompareMessagesNext      Key = "compare.msg.next"
	CompareMessage           Key = "compare.msg.id"
	CompareDate              Key = "compare.msg.date"
	CompareMessageFrequency  Key = "compare.msg.frequency"
	CompareDefinitions       Key = "compare.defs.heading"
	CompareFormula           Key = "compare.defs.formula"
	CompareNumerator         Key = "compare.defs.numerator"
	CompareDenominatorTerm   Key = "compare.defs.denominator"
	CompareUnit              Key = "compare.defs.unit"
	CompareCaveat            Key = "compare.defs.caveat"
	CompareVanity            Key = "compare.defs.vanity"
	CompareUnitCount         Key = "compare.unit.count"
	CompareUnitPercent       Key = "compare.unit.percent"
	CompareUnitPerThousand   Key = "compare.unit.perthousand"
	CompareUnitCurrency      Key = "compare.unit.currency"
	CompareUnitRatio         Key = "compare.unit.ratio"
	CompareUnitPoints        Key = "compare.unit.points"
	CompareListSeparator     Key = "compare.list.sep"
	CompareLabelSeparator    Key = "compare.label.sep"
)

var compareMessages = map[Key]message{
	CompareSettings:         {"Settings", "Réglages"},
	CompareDataset:          {"Dataset", "Jeu de données"},
	CompareNoDataset:        {"No dataset to compare yet.", "Aucun jeu de données à comparer pour l'instant."},
	CompareDataLink:         {"Load or map your data on the Data page", "Chargez vos données ou donnez un rôle à leurs colonnes sur la page Données"},
	CompareKind:             {"Medium kind of rows that do not give one", "Type de média des lignes qui n'en donnent pas"},
	CompareKindFromData:     {"as in the data (unknown when missing)", "selon les données (inconnu s'il manque)"},
	CompareDenominator:      {"Engagement rate divides interactions by", "Le taux d'engagement divise les interactions par"},
	CompareByReach:          {"reach (people reached)", "la portée (personnes touchées)"},
	CompareByImpressions:    {"impressions or views", "les impressions ou vues"},
	CompareByFollowers:      {"followers", "les abonnés"},
	CompareBasis:            {"Audience of a message counted as", "Audience d'un message comptée en"},
	CompareBasisReach:       {"reach (distinct people)", "portée (personnes distinctes)"},
	CompareBasisImpressions: {"impressions (times shown)", "impressions (nombre d'affichages)"},
	CompareUniverse:         {"Universe: people in the target population (for reach percentage, GRP and frequency)", "Univers : personnes de la population cible (pour la couverture, les GRP et la répétition)"},
	CompareUniverseHint:     {"Leave empty when unknown.", "Laissez vide s'il n'est pas connu."},
	CompareTopK:             {"Largest channels summed in the top share", "Plus grands canaux additionnés dans la part des premiers"},
	CompareLoading:          {"Reading and computing %s…", "Lecture et calcul de %s…"},
	CompareStopped:          {"Measuring %s was cancelled: nothing was changed.", "La mesure de %s a été annulée : rien n'a changé."},
	CompareRetry:            {"Measure again", "Mesurer à nouveau"},
	CompareCancel:           {"Cancel", "Annuler"},
	CompareComputed:         {"%s — messages: %s, channels: %s.", "%s — messages : %s, canaux : %s."},
	CompareNoRoles:          {"No column of %s has a role yet (channel, reach, reactions…), so every row counts as one channel with no measure.", "Aucune colonne de %s n'a encore de rôle (canal, portée, réactions…) : toutes les lignes comptent pour un seul canal, sans mesure."},
	CompareLoadError:        {"%s could not be read: %s", "%s n'a pas pu être lu : %s"},
	CompareStorageOff:       {"This browser keeps no data (%s): only the built-in cases can be compared.", "Ce navigateur ne garde pas de données (%s) : seuls les cas intégrés peuvent être comparés."},
	CompareTableHeading:     {"Channels", "Canaux"},
	CompareTableNote:        {"One row per channel, then per medium kind and for all channels. Engagement rate here: %s = %s. Sort with the column buttons; each name links to its definition.", "Une ligne par canal, puis par type de média et pour l'ensemble. Taux d'engagement ici : %s = %s. Triez avec les boutons des colonnes ; chaque nom renvoie à sa définition."},
	CompareChannel:          {"Channel", "Canal"},
	CompareKindColumn:       {"Medium kind", "Type de média"},
	CompareMixedKinds:       {"(rows of several kinds)", "(lignes de plusieurs types)"},
	CompareDefinitionOf:     {"Definition of %s", "Définition de %s"},
	CompareNotAvailable:     {"not available", "non disponible"},
	CompareNotAvailableMark: {"n/a", "n.d."},
	CompareAllChannels:      {"All channels", "Tous les canaux"},
	CompareKindRow:          {"All: %s", "Ensemble : %s"},
	CompareHiddenColumns:    {"Not shown, as no channel has a value:", "Non affichés, faute de valeur pour un canal :"},
	CompareExportCSV:        {"Download the table (CSV)", "Télécharger le tableau (CSV)"},
	CompareSaved:            {"Saved %s.", "%s enregistré."},
	CompareChartsHeading:    {"Charts", "Graphiques"},
	CompareSignatureTitle:   {"Few messages to many people, or many messages to few", "Peu de messages pour beaucoup de monde, ou beaucoup pour peu"},
	CompareSignatureX:       {"Messages (log scale)", "Messages (échelle log)"},
	CompareSignatureY:       {"%s per message (log scale)", "%s par message (échelle log)"},
	CompareSignatureSize:    {"Interactions (bubble area)", "Interactions (aire de la bulle)"},
	CompareSignatureAlt:     {"Bubble chart on logarithmic scales, one bubble per channel, messages across and %s per message up, bubble area by interactions: %s.", "Graphique à bulles sur échelles logarithmiques, une bulle par canal, les messages en abscisse et %s par message en ordonnée, l'aire des bulles selon les interactions : %s."},
	CompareSignatureItem:    {"%s (%s): messages %s, per message %s, interactions %s", "%s (%s) : messages %s, par message %s, interactions %s"},
	CompareSignatureLeftOut: {"Not drawn (no audience per message): %s.", "Non dessinés (pas d'audience par message) : %s."},
	CompareSignatureReading: {"Largest audience per message: %s (%s per message; messages: %s). Most messages: %s (messages: %s; %s per message).", "Plus grande audience par message : %s (%s par message ; messages : %s). Le plus de messages : %s (messages : %s ; %s par message)."},
	CompareRateTitle:        {"Engagement rate by channel", "Taux d'engagement par canal"},
	CompareRateAxis:         {"%s = %s (%%)", "%s = %s (%%)"},
	CompareIPMTitle:         {"Interactions per message by channel", "Interactions par message, par canal"},
	CompareIPMAxis:          {"%s = %s", "%s = %s"},
	CompareBarsAlt:          {"Bar chart by channel, “%s”: %s.", "Diagramme en barres par canal, «\u00a0%s\u00a0» : %s."},
	CompareBarsHighLow:      {"%s — highest: %s (%s); lowest: %s (%s).", "%s — valeur la plus élevée : %s (%s) ; la plus basse : %s (%s)."},
	CompareBarsOne:          {"%s — %s: %s.", "%s — %s : %s."},
	CompareBarsMissing:      {"Not available for %s.", "Non disponible pour %s."},
	CompareAnsweredNote:     {"%s: %s", "%s : %s"},
	CompareAnsweredReading:  {"%s (%s): %s.", "%s (%s) : %s."},
	CompareBarsNone:         {"No channel has a value for “%s”.", "Aucun canal n'a de valeur pour «\u00a0%s\u00a0»."},
	CompareTimelineTitle:    {"%s and interactions by %s", "%s et interactions par %s"},
	CompareReach:            {"Reach", "Portée"},
	CompareImpressions:      {"Impressions", "Impressions"},
	CompareAxisReach:        {"Reach (people)", "Portée (personnes)"},
	CompareAxisImpressions:  {"Impressions (times shown)", "Impressions (affichages)"},
	CompareTimelineTalk:     {"Interactions", "Interactions"},
	CompareTimelineAlt:      {"Line chart by %s from %s to %s, %s as solid lines on the left axis and interactions as dashed lines on the right axis, for %s.", "Graphique en courbes par %s du %s au %s, %s en traits pleins sur l'axe de gauche et interactions en pointillés sur l'axe de droite, pour %s."},
	CompareTimelineReading:  {"Dated messages: %s, from %s to %s.", "Messages datés : %s, du %s au %s."},
	CompareTimelinePeak:     {"Largest in one %s (%s): %s, %s (%s).", "Maximum par %s (%s) : %s, %s (%s)."},
	CompareTimelineUndated:  {"Messages without a usable date, left out: %s.", "Messages sans date exploitable, laissés de côté : %s."},
	CompareTimelineLogGaps:  {"The audience axis is logarithmic: periods with an audience of zero show as gaps.", "L'axe de l'audience est logarithmique : les périodes d'audience nulle apparaissent comme des trous."},
	CompareNoTimeline:       {"No chart over time: %s.", "Pas de graphique dans le temps : %s."},
	CompareBucketDay:        {"day", "jour"},
	CompareBucketWeek:       {"week", "semaine"},
	CompareBucketMonth:      {"month", "mois"},
	CompareBucketYear:       {"year", "année"},
	CompareReadingsHeading:  {"Equivalences and readings", "Équivalences et lectures"},
	CompareReadingsNone:     {"No finding stands out in this data.", "Aucun constat ne ressort de ces données."},
	CompareReadingPosts:     {"One %s message reached as many people as %s posts at the median reach of this data's social posts (%s ÷ %s = %s).", "Un message de %s a touché autant de personnes que %s publications à la portée médiane des publications sociales de ces données (%s ÷ %s = %s)."},
	CompareReadingPostsShown: {"One %s message was shown as many times as %s posts at the median impressions of this data's social posts (%s ÷ %s = %s).",
		"Un message de %s a été affiché autant de fois que %s publications aux impressions médianes des publications sociales de ces données (%s ÷ %s = %s)."},
	CompareReadingRate: {"To gather the %s interactions of all social channels, one %s message would need an engagement rate of %s (%s ÷ %s × 100).",
		"Pour réunir les %s interactions de tous les canaux sociaux, un message de %s devrait atteindre un taux d'engagement de %s (%s ÷ %s × 100)."},
	CompareReadingTalk: {"%s: %s comments for %s reactions, %s per reaction: a conversation, not an audience.",
		"%s : %s commentaires pour %s réactions, soit %s par réaction : une conversation, pas une audience."},
	CompareReadingUnanswered: {"%s: the brand answered %s of %s comments (response rate %s); %s were left unanswered.",
		"%s : la marque a répondu à %s commentaires sur %s (taux de réponse %s) ; %s sont restés sans réponse."},
	CompareReadingSpread: {"The audience is spread over %s channels: Herfindahl–Hirschman index %s points, as if %s channels of equal size shared it; the %s largest hold %s (largest: %s).",
		"L'audience est répartie sur %s canaux : indice de Herfindahl-Hirschman de %s points, comme si %s canaux de même taille se la partageaient ; les %s plus grands en détiennent %s (le premier : %s)."},
	CompareReadingModerate: {"The audience is moderately concentrated over %s channels: Herfindahl–Hirschman index %s points, as if %s channels of equal size shared it; the %s largest hold %s (largest: %s).",
		"L'audience est moyennement concentrée sur %s canaux : indice de Herfindahl-Hirschman de %s points, comme si %s canaux de même taille se la partageaient ; les %s plus grands en détiennent %s (le premier : %s)."},
	CompareReadingConcentr: {"The audience is concentrated over %s channels: Herfindahl–Hirschman index %s points, as if %s channels of equal size shared it; the %s largest hold %s (largest: %s).",
		"L'audience est concentrée sur %s canaux : indice de Herfindahl-Hirschman de %s points, comme si %s canaux de même taille se la partageaient ; les %s plus grands en détiennent %s (le premier : %s)."},
	CompareEquivalences: {"Mass media in posts, and back", "Les médias de masse en publications, et l'inverse"},
	CompareEqNone:       {"No equivalence: %s. Give a channel the mass kind (a Kind column, or the medium kind setting) to compare.", "Pas d'équivalence : %s. Donnez le type «\u00a0média de masse\u00a0» à un canal (colonne Type, ou réglage du type de média) pour comparer."},
	CompareEqMass:       {"Mass channel", "Canal de masse"},
	CompareEqAudience:   {"Audience per message", "Audience par message"},
	CompareEqMedian:     {"Median audience of a social post", "Audience médiane d'une publication sociale"},
	CompareAVEHeading:   {"Advertising value equivalent: a translation, not a value", "Équivalent publicitaire : une traduction, pas une valeur"},
	CompareAVEIntro: {"An advertising value equivalent says what the same contacts would have cost as bought space at a reference CPM. It translates an audience into executives' terms; it is not what the communication was worth (AMEC Barcelona Principles 3.0, principle 5).",
		"L'équivalent publicitaire dit ce qu'auraient coûté les mêmes contacts achetés en espace au CPM de référence. Il traduit une audience dans la langue des dirigeants ; ce n'est pas ce que valait la communication (Principes de Barcelone 3.0 de l'AMEC, principe 5)."},
	CompareAVECPM:         {"Reference CPM (cost per 1,000 contacts, in the data's currency)", "CPM de référence (coût pour 1\u00a0000 contacts, dans la devise des données)"},
	CompareAVEBasis:       {"The CPM prices", "Le CPM s'applique aux"},
	CompareAVEImpressions: {"impressions", "impressions"},
	CompareAVEMentions:    {"mentions (one message, one mention)", "mentions (un message, une mention)"},
	CompareMentions:       {"mentions", "mentions"},
	CompareAVEResult:      {"At a CPM of %s, the %s %s of all channels translate into %s of bought space: %s ÷ 1,000 × %s.", "À un CPM de %s, les %s %s de l'ensemble des canaux se traduisent en %s d'espace acheté : %s ÷ 1\u00a0000 × %s."},
	CompareAVEMissing:     {"No equivalent: %s.", "Pas d'équivalent : %s."},
	CompareKodakHeading:   {"A case: Kodak's $2.4M", "Un cas : les 2,4 M$ de Kodak"},
	CompareKodak: {"Kodak valued its social media presence at $2.4M in ad-space equivalent for 300,000 mentions a month. The CPM that claim assumes: $2,400,000 ÷ 300,000 × 1,000 = $%s per 1,000 mentions, or $%s a mention. Ask of any equivalent whether anyone would pay that price for those contacts.",
		"Kodak estimait sa présence sur les médias sociaux à 2,4 M$ en équivalent d'achat d'espace, pour 300\u00a0000 mentions par mois. Le CPM que suppose ce chiffre : 2\u00a0400\u00a0000 $ ÷ 300\u00a0000 × 1\u00a0000 = %s $ pour 1\u00a0000 mentions, soit %s $ la mention. Devant tout équivalent, demandez-vous si quelqu'un paierait ce prix pour ces contacts."},
	CompareKodakSource:      {"Source: notes from the ESCP social media conference, Paris, 2011 (Kodak's talk).", "Source : compte rendu de la conférence médias sociaux de l'ESCP, Paris, 2011 (intervention de Kodak)."},
	CompareKodakApply:       {"Price my data's mentions at Kodak's implied CPM", "Valoriser les mentions de mes données au CPM implicite de Kodak"},
	CompareMessagesHeading:  {"Messages of one channel", "Messages d'un canal"},
	CompareMessagesChannel:  {"Channel", "Canal"},
	CompareMessagesRange:    {"Messages %s to %s of %s", "Messages %s à %s sur %s"},
	CompareMessagesPrev:     {"Previous 50", "50 précédents"},
	CompareMessagesNext:     {"Next 50", "50 suivants"},
	CompareMessage:          {"Message", "Message"},
	CompareDate:             {"Date", "Date"},
	CompareMessageFrequency: {"Frequency (impressions ÷ reach)", "Répétition (impressions ÷ portée)"},
	CompareDefinitions:      {"Definitions", "Définitions"},
	CompareFormula:          {"Formula", "Formule"},
	CompareNumerator:        {"Counts", "Compte"},
	CompareDenominatorTerm:  {"Divided by", "Divisé par"},
	CompareUnit:             {"Unit", "Unité"},
	CompareCaveat:           {"Caution", "Attention"},
	CompareVanity:           {"A vanity metric: taken alone, it says little about results.", "Un indicateur de vanité : seul, il dit peu de chose des résultats."},
	CompareUnitCount:        {"a count", "un nombre"},
	CompareUnitPercent:      {"percent", "pourcentage"},
	CompareUnitPerThousand:  {"per 1,000 followers", "pour 1\u00a0000 abonnés"},
	CompareUnitCurrency:     {"an amount in the data's currency", "un montant dans la devise des données"},
	CompareUnitRatio:        {"a ratio", "un rapport"},
	CompareUnitPoints:       {"points", "points"},
	CompareListSeparator:    {"; ", "\u00a0; "},
	CompareLabelSeparator:   {": ", "\u00a0: "},
}
