package metrics

import "reachlab/app/text"

// thousandFR and thousandEN write 1 000 in each language (French with a
// no-break space, so that a formula never wraps inside the number).
const (
	thousandFR = "1\u00a0000"
	thousandEN = "1,000"
)

// inputsInteractions are the columns summed into interactions.
var inputsInteractions = []Field{FieldReactions, FieldComments, FieldShares, FieldClicks, FieldSaves}

// perMessage lists the inputs of a per-message figure: fs and the count of
// messages each row stands for.
func perMessage(fs ...Field) []Field { return append(fs, FieldMessageCount) }

// countedFR and countedEN end the formulas that count messages: a row of a
// summary table counts for the messages it stands for.
const (
	countedFR = " (une ligne qui résume plusieurs messages les compte tous)"
	countedEN = " (a row that sums up several messages counts them all)"
)

// typicalFR and typicalEN end the formulas of medians: a row of a summary
// table counts as its messages, each with the row's average.
const (
	typicalFR = " ; une ligne qui résume n messages compte pour n messages de sa moyenne"
	typicalEN = "; a row that sums up n messages counts as n messages of its average"
)

// barcelonaCaveat warns that advertising value equivalents are not the value
// of communication, after principle 5 of AMEC's Barcelona Principles 3.0.
var barcelonaCaveat = text.Text{
	FR: "Les Principes de Barcelone 3.0 de l'AMEC (principe 5) écartent l'équivalent publicitaire comme mesure de la valeur d'une communication : il ne dit rien de l'effet sur les publics ni des résultats obtenus. À présenter comme une conversion en langage de dirigeant, jamais comme un résultat.",
	EN: "AMEC's Barcelona Principles 3.0 (principle 5) rule out advertising value equivalents as a measure of what communication is worth: they say nothing of the effect on people or of outcomes. Present them as a conversion into executives' terms, never as a result.",
}

// Volume metrics.
var (
	Messages = Metric{
		ID: "messages", Group: GroupVolume,
		Name:       text.Text{FR: "Messages", EN: "Messages"},
		Formula:    text.Text{FR: "nombre de messages (publications, spots, articles) : un par ligne, ou le nombre de messages que donne la ligne", EN: "number of messages (posts, spots, articles): one per row, or the number of messages the row gives"},
		Numerator:  text.Text{FR: "messages", EN: "messages"},
		Unit:       UnitCount,
		Definition: text.Text{FR: "Le nombre de messages diffusés par le canal : publications, spots ou articles.", EN: "How many messages the channel carried: posts, spots or articles."},
		Inputs:     []Field{FieldMessageCount},
		of:         func(r *ChannelRow) Value { return count(r.Messages) },
	}
	Reach = Metric{
		ID: "reach", Group: GroupVolume,
		Name:      text.Text{FR: "Portée cumulée", EN: "Cumulated reach"},
		Formula:   text.Text{FR: "somme des portées des messages", EN: "sum of the messages' reach"},
		Numerator: text.Text{FR: "portée de chaque message", EN: "each message's reach"},
		Unit:      UnitCount, Better: HigherIsBetter,
		Definition: text.Text{FR: "Les personnes touchées par chaque message, additionnées : une personne touchée par deux messages compte deux fois.", EN: "The people reached by each message, added up: someone reached by two messages counts twice."},
		Inputs:     []Field{FieldReach},
		of:         func(r *ChannelRow) Value { return r.Reach },
	}
	ReachPerMessage = Metric{
		ID: "reach_per_message", Group: GroupVolume,
		Name:        text.Text{FR: "Portée par message", EN: "Reach per message"},
		Formula:     text.Text{FR: "portée cumulée ÷ messages dont la portée est connue" + countedFR, EN: "cumulated reach ÷ messages with a known reach" + countedEN},
		Numerator:   text.Text{FR: "portée cumulée", EN: "cumulated reach"},
		Denominator: text.Text{FR: "messages dont la portée est connue", EN: "messages with a known reach"},
		Unit:        UnitCount, Better: HigherIsBetter,
		Definition: text.Text{FR: "Le nombre moyen de personnes touchées par un message.", EN: "The average number of people one message reached."},
		Inputs:     perMessage(FieldReach),
		of:         func(r *ChannelRow) Value { return r.ReachPerMessage },
	}
	MedianReach = Metric{
		ID: "median_reach", Group: GroupVolume,
		Name:      text.Text{FR: "Portée médiane", EN: "Median reach"},
		Formula:   text.Text{FR: "portée du message du milieu une fois les messages classés par portée (moyenne des deux du milieu pour un nombre pair)" + typicalFR, EN: "reach of the middle message once messages are sorted by reach (mean of the two middle ones for an even count)" + typicalEN},
		Numerator: text.Text{FR: "portée de chaque message", EN: "each message's reach"},
		Unit:      UnitCount, Better: HigherIsBetter,
		Definition: text.Text{FR: "La portée d'un message typique : la moitié des messages font moins, l'autre moitié plus, et un message viral ne la déplace pas.", EN: "The reach of a typical message: half the messages reach fewer people, half reach more, and one viral message does not move it."},
		Inputs:     perMessage(FieldReach),
		of:         func(r *ChannelRow) Value { return r.MedianReach },
	}
	PeakReach = Metric{
		ID: "peak_reach", Group: GroupVolume,
		Name:      text.Text{FR: "Portée maximale", EN: "Peak reach"},
		Formula:   text.Text{FR: "plus grande portée d'un message (pour une ligne qui résume plusieurs messages, sa portée par message)", EN: "largest reach of a single message (for a row that sums up several messages, its reach per message)"},
		Numerator: text.Text{FR: "portée de chaque message", EN: "each message's reach"},
		Unit:      UnitCount, Better: HigherIsBetter,
		Definition: text.Text{FR: "La portée du message qui a touché le plus de monde : le canal a touché au moins autant de personnes distinctes.", EN: "The reach of the message that reached the most people: the channel reached at least that many distinct people."},
		Inputs:     perMessage(FieldReach),
		of:         func(r *ChannelRow) Value { return r.PeakReach },
	}
	Impressions = Metric{
		ID: "impressions", Group: GroupVolume,
		Name:      text.Text{FR: "Impressions ou vues", EN: "Impressions or views"},
		Formula:   text.Text{FR: "somme des impressions des messages", EN: "sum of the messages' impressions"},
		Numerator: text.Text{FR: "impressions de chaque message", EN: "each message's impressions"},
		Unit:      UnitCount, Better: HigherIsBetter,
		Definition: text.Text{FR: "Le nombre de fois où les messages ont été affichés ou vus, répétitions comprises.", EN: "How many times the messages were shown or viewed, repeats included."},
		Inputs:     []Field{FieldImpressions},
		of:         func(r *ChannelRow) Value { return r.Impressions },
	}
	ImpressionsPerMessage = Metric{
		ID: "impressions_per_message", Group: GroupVolume,
		Name:        text.Text{FR: "Impressions par message", EN: "Impressions per message"},
		Formula:     text.Text{FR: "impressions ÷ messages dont les impressions sont connues" + countedFR, EN: "impressions ÷ messages with known impressions" + countedEN},
		Numerator:   text.Text{FR: "impressions", EN: "impressions"},
		Denominator: text.Text{FR: "messages dont les impressions sont connues", EN: "messages with known impressions"},
		Unit:        UnitCount, Better: HigherIsBetter,
		Definition: text.Text{FR: "Le nombre moyen d'affichages ou de vues d'un message.", EN: "The average number of times one message was shown or viewed."},
		Inputs:     perMessage(FieldImpressions),
		of:         func(r *ChannelRow) Value { return r.ImpressionsPerMessage },
	}
	MedianImpressions = Metric{
		ID: "median_impressions", Group: GroupVolume,
		Name:      text.Text{FR: "Impressions médianes", EN: "Median impressions"},
		Formula:   text.Text{FR: "impressions du message du milieu une fois les messages classés (moyenne des deux du milieu pour un nombre pair)" + typicalFR, EN: "impressions of the middle message once messages are sorted (mean of the two middle ones for an even count)" + typicalEN},
		Numerator: text.Text{FR: "impressions de chaque message", EN: "each message's impressions"},
		Unit:      UnitCount, Better: HigherIsBetter,
		Definition: text.Text{FR: "Les impressions d'un message typique, que quelques messages très vus ne déplacent pas.", EN: "The impressions of a typical message, which a few heavily viewed messages do not move."},
		Inputs:     perMessage(FieldImpressions),
		of:         func(r *ChannelRow) Value { return r.MedianImpressions },
	}
	Followers = Metric{
		ID: "followers", Group: GroupVolume,
		Name:      text.Text{FR: "Abonnés", EN: "Followers"},
		Formula:   text.Text{FR: "dernier nombre d'abonnés relevé (à la date la plus récente), à défaut le plus grand ; somme des canaux pour un groupe", EN: "latest followers count (at the most recent date), else the largest; sum over channels for a group"},
		Numerator: text.Text{FR: "abonnés", EN: "followers"},
		Unit:      UnitCount, Better: HigherIsBetter, Vanity: true,
		Definition: text.Text{FR: "Le nombre de personnes abonnées au canal : un public disponible, pas un public touché.", EN: "How many people follow the channel: an audience at hand, not an audience reached."},
		Caveat:     text.Text{FR: "Pour un groupe de canaux, une personne abonnée à deux canaux compte deux fois.", EN: "For a group of channels, someone following two channels counts twice."},
		Inputs:     []Field{FieldFollowers},
		of:         func(r *ChannelRow) Value { return r.Followers },
	}
	AudienceShare = Metric{
		ID: "audience_share", Group: GroupVolume,
		Name:      text.Text{FR: "Part d'audience", EN: "Audience share"},
		Formula:   text.Text{FR: "moyenne des parts d'audience des messages (chaque ligne pesant ses messages) ; somme des canaux pour un groupe", EN: "mean of the messages' audience shares (each row weighing its messages); sum over channels for a group"},
		Numerator: text.Text{FR: "part d'audience mesurée de chaque message", EN: "each message's measured audience share"},
		Unit:      UnitPercent, Better: HigherIsBetter,
		Definition: text.Text{FR: "Le pourcentage des personnes utilisant le média à ce moment qui suivaient ce canal, tel que mesuré (par exemple par Médiamétrie).", EN: "The percentage of everyone using the medium at that time who were on this channel, as measured (for instance by Médiamétrie)."},
		Inputs:     perMessage(FieldAudienceShare),
		of:         func(r *ChannelRow) Value { return r.AudienceShare },
	}
	DatasetShare = Metric{
		ID: "dataset_share", Group: GroupVolume,
		Name:        text.Text{FR: "Part de l'audience des données", EN: "Share of the data's audience"},
		Formula:     text.Text{FR: "audience du canal ÷ audience de tous les canaux × 100", EN: "channel audience ÷ audience of all channels × 100"},
		Numerator:   text.Text{FR: "audience cumulée du canal (portée ou impressions)", EN: "the channel's cumulated audience (reach or impressions)"},
		Denominator: text.Text{FR: "audience cumulée de tous les canaux", EN: "cumulated audience of all channels"},
		Unit:        UnitPercent,
		Definition:  text.Text{FR: "Le poids du canal dans l'audience totale des données, comptée en portée ou en impressions selon le choix du rapport.", EN: "The channel's weight in the data's total audience, counted in reach or impressions as the report chose."},
		Inputs:      []Field{FieldReach, FieldImpressions},
		of:          func(r *ChannelRow) Value { return r.DatasetShare },
	}
	HHI = Metric{
		ID: "hhi", Group: GroupVolume,
		Name:       text.Text{FR: "Indice de Herfindahl-Hirschman", EN: "Herfindahl–Hirschman index"},
		Formula:    text.Text{FR: "somme des carrés des parts d'audience des canaux (en %)", EN: "sum of the squared audience shares of the channels (in %)"},
		Numerator:  text.Text{FR: "part d'audience de chaque canal, au carré", EN: "each channel's audience share, squared"},
		Unit:       UnitPoints,
		Definition: text.Text{FR: "La concentration de l'audience : 10\u00a0000 quand un seul canal a tout, près de 0 quand elle est émiettée entre de nombreux petits canaux.", EN: "How concentrated the audience is: 10,000 when one channel has it all, close to 0 when it is crumbled among many small channels."},
		Inputs:     []Field{FieldAudienceShare, FieldReach, FieldImpressions},
	}
	EffectiveChannels = Metric{
		ID: "effective_channels", Group: GroupVolume,
		Name:        text.Text{FR: "Nombre équivalent de canaux", EN: "Effective number of channels"},
		Formula:     text.Text{FR: "(somme des parts)² ÷ somme des carrés des parts", EN: "(sum of shares)² ÷ sum of squared shares"},
		Numerator:   text.Text{FR: "somme des parts, au carré", EN: "sum of the shares, squared"},
		Denominator: text.Text{FR: "somme des carrés des parts (IHH)", EN: "sum of the squared shares (HHI)"},
		Unit:        UnitCount,
		Definition:  text.Text{FR: "Le nombre de canaux de même taille qui donneraient la même concentration : 19 chaînes à parts égales en font 19.", EN: "How many equal-sized channels would give the same concentration: 19 channels with equal shares make 19."},
		Inputs:      []Field{FieldAudienceShare, FieldReach, FieldImpressions},
	}
	TopShare = Metric{
		ID: "top_share", Group: GroupVolume,
		Name:       text.Text{FR: "Part des k premiers canaux", EN: "Top-k channels' share"},
		Formula:    text.Text{FR: "somme des k plus grandes parts d'audience", EN: "sum of the k largest audience shares"},
		Numerator:  text.Text{FR: "parts d'audience des k plus grands canaux", EN: "audience shares of the k largest channels"},
		Unit:       UnitPercent,
		Definition: text.Text{FR: "La part d'audience que se partagent les k plus grands canaux (4 par défaut).", EN: "The audience share held by the k largest channels (4 by default)."},
		Inputs:     []Field{FieldAudienceShare, FieldReach, FieldImpressions},
	}
)

// Engagement metrics.
var (
	Interactions = Metric{
		ID: "interactions", Group: GroupEngagement,
		Name:      text.Text{FR: "Interactions", EN: "Interactions"},
		Formula:   text.Text{FR: "réactions + commentaires + partages + clics + enregistrements, selon les colonnes disponibles", EN: "reactions + comments + shares + clicks + saves, as available"},
		Numerator: text.Text{FR: "interactions de chaque message", EN: "each message's interactions"},
		Unit:      UnitCount, Better: HigherIsBetter,
		Definition: text.Text{FR: "Tout ce que le public a fait des messages ; chaque ligne dit quelles parties ont été additionnées.", EN: "Everything the audience did with the messages; each row says which parts were added up."},
		Inputs:     inputsInteractions,
		of:         func(r *ChannelRow) Value { return r.Interactions },
	}
	InteractionsPerMessage = Metric{
		ID: "interactions_per_message", Group: GroupEngagement,
		Name:        text.Text{FR: "Interactions par message", EN: "Interactions per message"},
		Formula:     text.Text{FR: "interactions ÷ messages dont les interactions sont connues" + countedFR, EN: "interactions ÷ messages with known interactions" + countedEN},
		Numerator:   text.Text{FR: "interactions", EN: "interactions"},
		Denominator: text.Text{FR: "messages dont les interactions sont connues", EN: "messages with known interactions"},
		Unit:        UnitCount, Better: HigherIsBetter,
		Definition: text.Text{FR: "Le nombre moyen d'interactions suscitées par un message.", EN: "How many interactions a message draws on average."},
		Inputs:     perMessage(inputsInteractions...),
		of:         func(r *ChannelRow) Value { return r.InteractionsPerMessage },
	}
	EngagementRateReach = Metric{
		ID: "engagement_rate_reach", Group: GroupEngagement,
		Name:        text.Text{FR: "Taux d'engagement (portée)", EN: "Engagement rate (reach)"},
		Formula:     text.Text{FR: "interactions ÷ portée × 100", EN: "interactions ÷ reach × 100"},
		Numerator:   text.Text{FR: "interactions", EN: "interactions"},
		Denominator: text.Text{FR: "portée, sur les messages où les deux sont connues", EN: "reach, over the messages where both are known"},
		Unit:        UnitPercent, Better: HigherIsBetter,
		Definition: text.Text{FR: "Le nombre d'interactions pour 100 personnes touchées.", EN: "Interactions per 100 people reached."},
		Inputs:     append([]Field{FieldReach}, inputsInteractions...),
		of:         func(r *ChannelRow) Value { return r.EngagementRateReach },
	}
	EngagementRateImpressions = Metric{
		ID: "engagement_rate_impressions", Group: GroupEngagement,
		Name:        text.Text{FR: "Taux d'engagement (impressions)", EN: "Engagement rate (impressions)"},
		Formula:     text.Text{FR: "interactions ÷ impressions × 100", EN: "interactions ÷ impressions × 100"},
		Numerator:   text.Text{FR: "interactions", EN: "interactions"},
		Denominator: text.Text{FR: "impressions, sur les messages où les deux sont connues", EN: "impressions, over the messages where both are known"},
		Unit:        UnitPercent, Better: HigherIsBetter,
		Definition: text.Text{FR: "Le nombre d'interactions pour 100 affichages ou vues.", EN: "Interactions per 100 impressions or views."},
		Inputs:     append([]Field{FieldImpressions}, inputsInteractions...),
		of:         func(r *ChannelRow) Value { return r.EngagementRateImpressions },
	}
	EngagementRateFollowers = Metric{
		ID: "engagement_rate_followers", Group: GroupEngagement,
		Name:        text.Text{FR: "Taux d'engagement (abonnés)", EN: "Engagement rate (followers)"},
		Formula:     text.Text{FR: "interactions par message ÷ abonnés × 100", EN: "interactions per message ÷ followers × 100"},
		Numerator:   text.Text{FR: "interactions par message", EN: "interactions per message"},
		Denominator: text.Text{FR: "abonnés du canal", EN: "the channel's followers"},
		Unit:        UnitPercent, Better: HigherIsBetter,
		Definition: text.Text{FR: "Le nombre d'interactions qu'obtient un message moyen pour 100 abonnés ; tous les abonnés ne voient pas chaque message.", EN: "Interactions an average message gets per 100 followers; not every follower sees every message."},
		Inputs:     perMessage(append([]Field{FieldFollowers}, inputsInteractions...)...),
		of:         func(r *ChannelRow) Value { return r.EngagementRateFollowers },
	}
	Reactions = Metric{
		ID: "reactions", Group: GroupEngagement,
		Name:      text.Text{FR: "Réactions", EN: "Reactions"},
		Formula:   text.Text{FR: "somme des réactions (« j'aime » et autres)", EN: "sum of reactions (likes and others)"},
		Numerator: text.Text{FR: "réactions", EN: "reactions"},
		Unit:      UnitCount, Better: HigherIsBetter, Vanity: true,
		Definition: text.Text{FR: "Le nombre de « j'aime » et autres réactions : un applaudissement d'un clic, qui ne dit pas ce que le public en pense.", EN: "How many likes and other reactions: one-click applause that does not say what people think."},
		Inputs:     []Field{FieldReactions},
		of:         func(r *ChannelRow) Value { return r.Reactions },
	}
	Comments = Metric{
		ID: "comments", Group: GroupEngagement,
		Name:      text.Text{FR: "Commentaires", EN: "Comments"},
		Formula:   text.Text{FR: "somme des commentaires", EN: "sum of comments"},
		Numerator: text.Text{FR: "commentaires", EN: "comments"},
		Unit:      UnitCount, Better: HigherIsBetter,
		Definition: text.Text{FR: "Le nombre de commentaires laissés par le public.", EN: "How many comments the audience left."},
		Inputs:     []Field{FieldComments},
		of:         func(r *ChannelRow) Value { return r.Comments },
	}
	Shares = Metric{
		ID: "shares", Group: GroupEngagement,
		Name:      text.Text{FR: "Partages", EN: "Shares"},
		Formula:   text.Text{FR: "somme des partages", EN: "sum of shares"},
		Numerator: text.Text{FR: "partages", EN: "shares"},
		Unit:      UnitCount, Better: HigherIsBetter,
		Definition: text.Text{FR: "Le nombre de fois où le public a relayé les messages auprès de son propre réseau.", EN: "How many times the audience passed the messages on to their own network."},
		Inputs:     []Field{FieldShares},
		of:         func(r *ChannelRow) Value { return r.Shares },
	}
	ConversationRate = Metric{
		ID: "conversation_rate", Group: GroupEngagement,
		Name:        text.Text{FR: "Taux de conversation", EN: "Conversation rate"},
		Formula:     text.Text{FR: "commentaires ÷ messages" + countedFR, EN: "comments ÷ messages" + countedEN},
		Numerator:   text.Text{FR: "commentaires", EN: "comments"},
		Denominator: text.Text{FR: "messages dont les commentaires sont connus", EN: "messages with known comments"},
		Unit:        UnitRatio, Better: HigherIsBetter,
		Definition: text.Text{FR: "Le nombre moyen de commentaires suscités par un message.", EN: "How many comments a message draws on average."},
		Inputs:     perMessage(FieldComments),
		of:         func(r *ChannelRow) Value { return r.ConversationRate },
	}
	AmplificationRate = Metric{
		ID: "amplification_rate", Group: GroupEngagement,
		Name:        text.Text{FR: "Taux d'amplification", EN: "Amplification rate"},
		Formula:     text.Text{FR: "partages ÷ messages" + countedFR, EN: "shares ÷ messages" + countedEN},
		Numerator:   text.Text{FR: "partages", EN: "shares"},
		Denominator: text.Text{FR: "messages dont les partages sont connus", EN: "messages with known shares"},
		Unit:        UnitRatio, Better: HigherIsBetter,
		Definition: text.Text{FR: "Le nombre moyen de fois où un message est relayé par le public.", EN: "How many times the audience passes a message on, on average."},
		Inputs:     perMessage(FieldShares),
		of:         func(r *ChannelRow) Value { return r.AmplificationRate },
	}
	ApplauseRate = Metric{
		ID: "applause_rate", Group: GroupEngagement,
		Name:        text.Text{FR: "Taux d'applaudissement", EN: "Applause rate"},
		Formula:     text.Text{FR: "réactions ÷ messages" + countedFR, EN: "reactions ÷ messages" + countedEN},
		Numerator:   text.Text{FR: "réactions", EN: "reactions"},
		Denominator: text.Text{FR: "messages dont les réactions sont connues", EN: "messages with known reactions"},
		Unit:        UnitRatio, Better: HigherIsBetter, Vanity: true,
		Definition: text.Text{FR: "Le nombre moyen de « j'aime » et autres réactions obtenus par un message.", EN: "How many likes and other reactions a message gets on average."},
		Inputs:     perMessage(FieldReactions),
		of:         func(r *ChannelRow) Value { return r.ApplauseRate },
	}
	ConversationPerThousandFollowers = Metric{
		ID: "conversation_per_1000_followers", Group: GroupEngagement,
		Name:        text.Text{FR: "Conversation pour " + thousandFR + " abonnés", EN: "Conversation per " + thousandEN + " followers"},
		Formula:     text.Text{FR: "commentaires par message ÷ abonnés × " + thousandFR, EN: "comments per message ÷ followers × " + thousandEN},
		Numerator:   text.Text{FR: "commentaires par message", EN: "comments per message"},
		Denominator: text.Text{FR: "abonnés du canal", EN: "the channel's followers"},
		Unit:        UnitPerThousand, Better: HigherIsBetter,
		Definition: text.Text{FR: "Le nombre moyen de commentaires par message pour " + thousandFR + " abonnés, pour comparer des canaux de tailles différentes.", EN: "Comments per message per " + thousandEN + " followers, to compare channels of different sizes."},
		Inputs:     perMessage(FieldComments, FieldFollowers),
		of:         func(r *ChannelRow) Value { return r.ConversationPerThousandFollowers },
	}
	AmplificationPerThousandFollowers = Metric{
		ID: "amplification_per_1000_followers", Group: GroupEngagement,
		Name:        text.Text{FR: "Amplification pour " + thousandFR + " abonnés", EN: "Amplification per " + thousandEN + " followers"},
		Formula:     text.Text{FR: "partages par message ÷ abonnés × " + thousandFR, EN: "shares per message ÷ followers × " + thousandEN},
		Numerator:   text.Text{FR: "partages par message", EN: "shares per message"},
		Denominator: text.Text{FR: "abonnés du canal", EN: "the channel's followers"},
		Unit:        UnitPerThousand, Better: HigherIsBetter,
		Definition: text.Text{FR: "Le nombre moyen de partages par message pour " + thousandFR + " abonnés.", EN: "Shares per message per " + thousandEN + " followers."},
		Inputs:     perMessage(FieldShares, FieldFollowers),
		of:         func(r *ChannelRow) Value { return r.AmplificationPerThousandFollowers },
	}
	ApplausePerThousandFollowers = Metric{
		ID: "applause_per_1000_followers", Group: GroupEngagement,
		Name:        text.Text{FR: "Applaudissement pour " + thousandFR + " abonnés", EN: "Applause per " + thousandEN + " followers"},
		Formula:     text.Text{FR: "réactions par message ÷ abonnés × " + thousandFR, EN: "reactions per message ÷ followers × " + thousandEN},
		Numerator:   text.Text{FR: "réactions par message", EN: "reactions per message"},
		Denominator: text.Text{FR: "abonnés du canal", EN: "the channel's followers"},
		Unit:        UnitPerThousand, Better: HigherIsBetter, Vanity: true,
		Definition: text.Text{FR: "Le nombre moyen de réactions par message pour " + thousandFR + " abonnés.", EN: "Reactions per message per " + thousandEN + " followers."},
		Inputs:     perMessage(FieldReactions, FieldFollowers),
		of:         func(r *ChannelRow) Value { return r.ApplausePerThousandFollowers },
	}
	CommentsToReactions = Metric{
		ID: "comments_to_reactions", Group: GroupEngagement,
		Name:        text.Text{FR: "Commentaires par réaction", EN: "Comments per reaction"},
		Formula:     text.Text{FR: "commentaires ÷ réactions", EN: "comments ÷ reactions"},
		Numerator:   text.Text{FR: "commentaires", EN: "comments"},
		Denominator: text.Text{FR: "réactions, sur les messages où les deux sont connus", EN: "reactions, over the messages where both are known"},
		Unit:        UnitRatio,
		Definition:  text.Text{FR: "Le nombre de commentaires pour une réaction : un rapport élevé (22 commentaires pour 39 « j'aime » font 0,56) signale une conversation plutôt qu'une audience.", EN: "Comments per reaction: a high ratio (22 comments for 39 likes make 0.56) signals a conversation rather than an audience."},
		Inputs:      []Field{FieldComments, FieldReactions},
		of:          func(r *ChannelRow) Value { return r.CommentsToReactions },
	}
	Replies = Metric{
		ID: "replies", Group: GroupEngagement,
		Name:      text.Text{FR: "Réponses de la marque", EN: "Brand replies"},
		Formula:   text.Text{FR: "somme des réponses de la marque aux commentaires", EN: "sum of the brand's replies to comments"},
		Numerator: text.Text{FR: "réponses de la marque", EN: "brand replies"},
		Unit:      UnitCount, Better: HigherIsBetter,
		Definition: text.Text{FR: "Le nombre de commentaires auxquels la marque a répondu.", EN: "How many comments the brand answered."},
		Inputs:     []Field{FieldReplies},
		of:         func(r *ChannelRow) Value { return r.Replies },
	}
	ResponseRate = Metric{
		ID: "response_rate", Group: GroupEngagement,
		Name:        text.Text{FR: "Taux de réponse", EN: "Response rate"},
		Formula:     text.Text{FR: "réponses de la marque ÷ commentaires × 100", EN: "brand replies ÷ comments × 100"},
		Numerator:   text.Text{FR: "réponses de la marque", EN: "brand replies"},
		Denominator: text.Text{FR: "commentaires, sur les messages où les deux sont connus", EN: "comments, over the messages where both are known"},
		Unit:        UnitPercent, Better: HigherIsBetter,
		Definition: text.Text{FR: "La part des commentaires auxquels la marque a répondu : un message sponsorisé qui laisse ses 22 commentaires sans réponse est à 0 %.", EN: "The share of comments the brand answered: a sponsored post that leaves its 22 comments unanswered scores 0%."},
		Inputs:     []Field{FieldReplies, FieldComments},
		of:         func(r *ChannelRow) Value { return r.ResponseRate },
	}
)

// Cost metrics.
var (
	Cost = Metric{
		ID: "cost", Group: GroupCost,
		Name:       text.Text{FR: "Coût", EN: "Cost"},
		Formula:    text.Text{FR: "somme des coûts des messages", EN: "sum of the messages' costs"},
		Numerator:  text.Text{FR: "coût de chaque message", EN: "each message's cost"},
		Unit:       UnitCurrency,
		Definition: text.Text{FR: "Ce qu'ont coûté les messages dont le coût est connu.", EN: "What the messages with a known cost cost."},
		Inputs:     []Field{FieldCost},
		of:         func(r *ChannelRow) Value { return r.Cost },
	}
	CPM = Metric{
		ID: "cpm", Group: GroupCost,
		Name:        text.Text{FR: "CPM (coût pour mille)", EN: "CPM (cost per thousand)"},
		Formula:     text.Text{FR: "coût ÷ impressions × " + thousandFR, EN: "cost ÷ impressions × " + thousandEN},
		Numerator:   text.Text{FR: "coût", EN: "cost"},
		Denominator: text.Text{FR: "impressions, sur les messages où les deux sont connus", EN: "impressions, over the messages where both are known"},
		Unit:        UnitCurrency, Better: LowerIsBetter,
		Definition: text.Text{FR: "Ce que coûtent " + thousandFR + " affichages ou vues.", EN: "What " + thousandEN + " impressions or views cost."},
		Inputs:     []Field{FieldCost, FieldImpressions},
		of:         func(r *ChannelRow) Value { return r.CPM },
	}
	CostPerEngagement = Metric{
		ID: "cost_per_engagement", Group: GroupCost,
		Name:        text.Text{FR: "Coût par interaction", EN: "Cost per engagement"},
		Formula:     text.Text{FR: "coût ÷ interactions", EN: "cost ÷ interactions"},
		Numerator:   text.Text{FR: "coût", EN: "cost"},
		Denominator: text.Text{FR: "interactions, sur les messages où les deux sont connus", EN: "interactions, over the messages where both are known"},
		Unit:        UnitCurrency, Better: LowerIsBetter,
		Definition: text.Text{FR: "Ce qu'a coûté chaque interaction obtenue.", EN: "What each interaction obtained cost."},
		Inputs:     append([]Field{FieldCost}, inputsInteractions...),
		of:         func(r *ChannelRow) Value { return r.CostPerEngagement },
	}
	CostPerMessage = Metric{
		ID: "cost_per_message", Group: GroupCost,
		Name:        text.Text{FR: "Coût par message", EN: "Cost per message"},
		Formula:     text.Text{FR: "coût ÷ messages dont le coût est connu" + countedFR, EN: "cost ÷ messages with a known cost" + countedEN},
		Numerator:   text.Text{FR: "coût", EN: "cost"},
		Denominator: text.Text{FR: "messages dont le coût est connu", EN: "messages with a known cost"},
		Unit:        UnitCurrency, Better: LowerIsBetter,
		Definition: text.Text{FR: "Ce qu'a coûté un message en moyenne.", EN: "What a message cost on average."},
		Inputs:     perMessage(FieldCost),
		of:         func(r *ChannelRow) Value { return r.CostPerMessage },
	}
)

// Broadcast metrics, against Options.Universe.
var (
	ReachPercent = Metric{
		ID: "reach_percent", Group: GroupBroadcast,
		Name:        text.Text{FR: "Couverture", EN: "Reach %"},
		Formula:     text.Text{FR: "portée maximale ÷ univers × 100", EN: "peak reach ÷ universe × 100"},
		Numerator:   text.Text{FR: "portée du message le plus vu", EN: "reach of the most-seen message"},
		Denominator: text.Text{FR: "univers (population cible)", EN: "universe (target population)"},
		Unit:        UnitPercent, Better: HigherIsBetter,
		Definition: text.Text{FR: "La part de la population cible touchée ; faute de données de duplication entre messages, on retient le message le plus vu, ce qui donne un minimum pour le canal.", EN: "The share of the target population reached; lacking data on overlap between messages, the most-seen message is used, which gives the channel a floor."},
		Inputs:     perMessage(FieldReach),
		of:         func(r *ChannelRow) Value { return r.ReachPercent },
	}
	GRP = Metric{
		ID: "grp", Group: GroupBroadcast,
		Name:        text.Text{FR: "GRP", EN: "GRP"},
		Formula:     text.Text{FR: "impressions ÷ univers × 100", EN: "impressions ÷ universe × 100"},
		Numerator:   text.Text{FR: "impressions (contacts)", EN: "impressions (contacts)"},
		Denominator: text.Text{FR: "univers (population cible)", EN: "universe (target population)"},
		Unit:        UnitPoints, Better: HigherIsBetter,
		Definition: text.Text{FR: "Les points de couverture brute : le nombre de contacts pour 100 personnes de la cible, répétitions comprises.", EN: "Gross rating points: contacts per 100 people of the target, repeats included."},
		Inputs:     []Field{FieldImpressions},
		of:         func(r *ChannelRow) Value { return r.GRP },
	}
	Frequency = Metric{
		ID: "frequency", Group: GroupBroadcast,
		Name:        text.Text{FR: "Répétition moyenne", EN: "Average frequency"},
		Formula:     text.Text{FR: "GRP ÷ couverture", EN: "GRP ÷ reach %"},
		Numerator:   text.Text{FR: "GRP", EN: "GRP"},
		Denominator: text.Text{FR: "couverture (%)", EN: "reach %"},
		Unit:        UnitRatio,
		Definition:  text.Text{FR: "Le nombre moyen de contacts par personne touchée ; comme la couverture retenue est un minimum, c'est un maximum.", EN: "The average number of contacts per person reached; since the reach used is a floor, this is a ceiling."},
		Inputs:      []Field{FieldReach, FieldImpressions},
		of:          func(r *ChannelRow) Value { return r.Frequency },
	}
)

// Equivalence metrics, between mass and social media.
var (
	PostsPerMassMessage = Metric{
		ID: "posts_per_mass_message", Group: GroupEquivalence,
		Name:        text.Text{FR: "Publications pour un message de masse", EN: "Posts per mass-media message"},
		Formula:     text.Text{FR: "audience par message du média de masse ÷ audience médiane d'une publication sociale", EN: "mass-medium audience per message ÷ median social post audience"},
		Numerator:   text.Text{FR: "audience par message du média de masse", EN: "mass-medium audience per message"},
		Denominator: text.Text{FR: "audience médiane d'une publication sur les médias sociaux", EN: "median audience of a social-media post"},
		Unit:        UnitCount,
		Definition:  text.Text{FR: "Combien de publications d'audience typique il faudrait pour toucher autant de monde qu'un seul message du média de masse (5,2 millions de téléspectateurs ÷ 2\u00a0889 ≈ 1\u00a0800).", EN: "How many posts of typical audience it would take to reach as many people as one mass-media message (5.2 million viewers ÷ 2,889 ≈ 1,800)."},
		Inputs:      []Field{FieldReach, FieldImpressions, FieldKind, FieldMessageCount},
	}
	RequiredMassEngagementRate = Metric{
		ID: "required_mass_engagement_rate", Group: GroupEquivalence,
		Name:        text.Text{FR: "Taux d'engagement qu'il faudrait à un message de masse", EN: "Engagement rate a mass message would need"},
		Formula:     text.Text{FR: "interactions sociales totales ÷ audience par message du média de masse × 100", EN: "total social interactions ÷ mass-medium audience per message × 100"},
		Numerator:   text.Text{FR: "interactions de tous les canaux sociaux", EN: "interactions of all social channels"},
		Denominator: text.Text{FR: "audience par message du média de masse", EN: "mass-medium audience per message"},
		Unit:        UnitPercent,
		Definition:  text.Text{FR: "Le taux d'engagement qu'un seul message du média de masse devrait atteindre pour égaler toutes les interactions obtenues sur les médias sociaux.", EN: "The engagement rate a single mass-media message would need to match all the interactions social media got."},
		Inputs:      append([]Field{FieldReach, FieldImpressions, FieldKind, FieldMessageCount}, inputsInteractions...),
	}
)

// Value metrics: money equivalents, computable only from a reference CPM.
var (
	AVE = Metric{
		ID: "ave", Group: GroupValue,
		Name:        text.Text{FR: "Équivalent publicitaire (AVE)", EN: "Advertising value equivalent (AVE)"},
		Formula:     text.Text{FR: "impressions ÷ " + thousandFR + " × CPM de référence (ou mentions ÷ " + thousandFR + " × CPM)", EN: "impressions ÷ " + thousandEN + " × reference CPM (or mentions ÷ " + thousandEN + " × CPM)"},
		Numerator:   text.Text{FR: "impressions (ou mentions) × CPM de référence", EN: "impressions (or mentions) × reference CPM"},
		Denominator: text.Text{FR: thousandFR, EN: thousandEN},
		Unit:        UnitCurrency,
		Definition:  text.Text{FR: "Ce qu'aurait coûté le même nombre de contacts acheté en espace publicitaire au CPM indiqué : une traduction pour les dirigeants, pas la valeur de la communication.", EN: "What the same number of contacts would have cost as advertising space bought at the given CPM: a translation for executives, not the value of communication."},
		Caveat:      barcelonaCaveat,
		Inputs:      []Field{FieldImpressions},
		of:          func(r *ChannelRow) Value { return r.AVE },
	}
	ImpliedCPM = Metric{
		ID: "implied_cpm", Group: GroupValue,
		Name:        text.Text{FR: "CPM implicite", EN: "Implied CPM"},
		Formula:     text.Text{FR: "valeur annoncée ÷ contacts × " + thousandFR, EN: "claimed value ÷ contacts × " + thousandEN},
		Numerator:   text.Text{FR: "valeur annoncée", EN: "claimed value"},
		Denominator: text.Text{FR: "contacts (impressions ou mentions)", EN: "contacts (impressions or mentions)"},
		Unit:        UnitCurrency,
		Definition:  text.Text{FR: "Le CPM que suppose une valeur annoncée : 2,4 M$ pour 300\u00a0000 mentions par mois reviennent à 8\u00a0000 $ les " + thousandFR + " mentions, soit 8 $ la mention.", EN: "The CPM a claimed value assumes: $2.4M for 300,000 mentions a month comes to $8,000 per " + thousandEN + " mentions, or $8 a mention."},
		Caveat:      barcelonaCaveat,
	}
)

// catalog lists every metric in display order.
var catalog = []*Metric{
	&Messages, &Reach, &ReachPerMessage, &MedianReach, &PeakReach,
	&Impressions, &ImpressionsPerMessage, &MedianImpressions,
	&Followers, &AudienceShare, &DatasetShare, &HHI, &EffectiveChannels, &TopShare,
	&Interactions, &InteractionsPerMessage,
	&EngagementRateReach, &EngagementRateImpressions, &EngagementRateFollowers,
	&Reactions, &Comments, &Shares,
	&ConversationRate, &AmplificationRate, &ApplauseRate,
	&ConversationPerThousandFollowers, &AmplificationPerThousandFollowers, &ApplausePerThousandFollowers,
	&CommentsToReactions, &Replies, &ResponseRate,
	&Cost, &CPM, &CostPerEngagement, &CostPerMessage,
	&ReachPercent, &GRP, &Frequency,
	&PostsPerMassMessage, &RequiredMassEngagementRate,
	&AVE, &ImpliedCPM,
}
