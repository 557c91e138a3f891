package metrics

import "reachlab/app/text"

// Reason says why a Value is not available. Its string is a stable id the UI
// may use to pick its own message; Text gives a French and an English
// fragment to show after "not available: ".
type Reason string

// The reasons a figure can be missing.
const (
	ReasonNone Reason = "" // the value is available

	NoMessages      Reason = "no_messages"      // the group has no messages (empty dataset, empty time bucket)
	NoOverlap       Reason = "no_overlap"       // the numerator and denominator are never known on the same message
	ZeroDenominator Reason = "zero_denominator" // the denominator is zero
	NotFinite       Reason = "not_finite"       // the result overflowed the range of numbers

	NoReachColumn        Reason = "no_reach_column"
	NoReach              Reason = "no_reach"
	NoImpressionsColumn  Reason = "no_impressions_column"
	NoImpressions        Reason = "no_impressions"
	NoFollowersColumn    Reason = "no_followers_column"
	NoFollowers          Reason = "no_followers"
	NoReactionsColumn    Reason = "no_reactions_column"
	NoReactions          Reason = "no_reactions"
	NoCommentsColumn     Reason = "no_comments_column"
	NoComments           Reason = "no_comments"
	NoSharesColumn       Reason = "no_shares_column"
	NoShares             Reason = "no_shares"
	NoRepliesColumn      Reason = "no_replies_column"
	NoReplies            Reason = "no_replies"
	NoCostColumn         Reason = "no_cost_column"
	NoCost               Reason = "no_cost"
	NoShareColumn        Reason = "no_share_column"
	NoShare              Reason = "no_share"
	NoInteractionColumns Reason = "no_interaction_columns"
	NoInteractions       Reason = "no_interactions"
	NoDateColumn         Reason = "no_date_column"
	NoDates              Reason = "no_dates"

	NoUniverse      Reason = "no_universe"        // Options.Universe was not given
	NoReferenceCPM  Reason = "no_reference_cpm"   // Options.ReferenceCPM was not given
	NoMassMedium    Reason = "no_mass_medium"     // no channel of kind mass
	NoSocialMedium  Reason = "no_social_medium"   // no channel of kind social
	DateSpanTooWide Reason = "date_span_too_wide" // even yearly buckets would exceed MaxBuckets
)

// noColumn and noValues give, per field, the reason for a column absent from
// the data and for a column whose cells are all blank in a group.
var (
	noColumn = [numFields + 1]Reason{
		FieldReach: NoReachColumn, FieldImpressions: NoImpressionsColumn, FieldFollowers: NoFollowersColumn,
		FieldReactions: NoReactionsColumn, FieldComments: NoCommentsColumn, FieldShares: NoSharesColumn,
		FieldClicks: NoInteractionColumns, FieldSaves: NoInteractionColumns,
		FieldReplies: NoRepliesColumn, FieldCost: NoCostColumn, FieldAudienceShare: NoShareColumn,
		FieldDate: NoDateColumn, needInter: NoInteractionColumns,
	}
	noValues = [numFields + 1]Reason{
		FieldReach: NoReach, FieldImpressions: NoImpressions, FieldFollowers: NoFollowers,
		FieldReactions: NoReactions, FieldComments: NoComments, FieldShares: NoShares,
		FieldClicks: NoInteractions, FieldSaves: NoInteractions,
		FieldReplies: NoReplies, FieldCost: NoCost, FieldAudienceShare: NoShare,
		FieldDate: NoDates, needInter: NoInteractions,
	}
)

// reasonTexts holds the French and English fragment for each reason.
var reasonTexts = map[Reason]text.Text{
	NoMessages:      {FR: "aucun message", EN: "no messages"},
	NoOverlap:       {FR: "aucun message ne porte à la fois le numérateur et le dénominateur", EN: "no message has both the numerator and the denominator"},
	ZeroDenominator: {FR: "le dénominateur vaut zéro", EN: "the denominator is zero"},
	NotFinite:       {FR: "le résultat dépasse les nombres représentables", EN: "the result is too large to represent"},

	NoReachColumn:        {FR: "pas de colonne de portée", EN: "no reach column"},
	NoReach:              {FR: "aucune valeur de portée", EN: "no reach values"},
	NoImpressionsColumn:  {FR: "pas de colonne d'impressions ou de vues", EN: "no impressions or views column"},
	NoImpressions:        {FR: "aucune valeur d'impressions ou de vues", EN: "no impressions or views values"},
	NoFollowersColumn:    {FR: "pas de colonne d'abonnés", EN: "no followers column"},
	NoFollowers:          {FR: "pas de nombre d'abonnés pour ce canal", EN: "no followers count for this channel"},
	NoReactionsColumn:    {FR: "pas de colonne de réactions", EN: "no reactions column"},
	NoReactions:          {FR: "aucune valeur de réactions", EN: "no reactions values"},
	NoCommentsColumn:     {FR: "pas de colonne de commentaires", EN: "no comments column"},
	NoComments:           {FR: "aucune valeur de commentaires", EN: "no comments values"},
	NoSharesColumn:       {FR: "pas de colonne de partages", EN: "no shares column"},
	NoShares:             {FR: "aucune valeur de partages", EN: "no shares values"},
	NoRepliesColumn:      {FR: "pas de colonne de réponses de la marque", EN: "no brand replies column"},
	NoReplies:            {FR: "aucune valeur de réponses de la marque", EN: "no brand replies values"},
	NoCostColumn:         {FR: "pas de colonne de coût", EN: "no cost column"},
	NoCost:               {FR: "aucune valeur de coût", EN: "no cost values"},
	NoShareColumn:        {FR: "pas de colonne de part d'audience", EN: "no audience share column"},
	NoShare:              {FR: "aucune valeur de part d'audience", EN: "no audience share values"},
	NoInteractionColumns: {FR: "aucune colonne d'interactions (réactions, commentaires, partages, clics, enregistrements)", EN: "no interaction columns (reactions, comments, shares, clicks, saves)"},
	NoInteractions:       {FR: "aucune valeur d'interactions", EN: "no interaction values"},
	NoDateColumn:         {FR: "pas de colonne de date", EN: "no date column"},
	NoDates:              {FR: "aucune date valide", EN: "no valid dates"},

	NoUniverse:      {FR: "taille de l'univers (population cible) non renseignée", EN: "universe size (target population) not given"},
	NoReferenceCPM:  {FR: "CPM de référence non renseigné", EN: "reference CPM not given"},
	NoMassMedium:    {FR: "aucun canal de type média de masse", EN: "no mass-medium channel"},
	NoSocialMedium:  {FR: "aucun canal de type média social", EN: "no social-medium channel"},
	DateSpanTooWide: {FR: "les dates couvrent plus de siècles que le graphique ne peut en montrer", EN: "the dates span more centuries than the chart can show"},
}

// Text returns the reason as a fragment to follow "not available: ", in
// French and English. ReasonNone and unknown reasons give empty text.
func (r Reason) Text() text.Text { return reasonTexts[r] }

// Reasons lists every reason but ReasonNone, for translation tables.
func Reasons() []Reason {
	return []Reason{
		NoMessages, NoOverlap, ZeroDenominator, NotFinite,
		NoReachColumn, NoReach, NoImpressionsColumn, NoImpressions, NoFollowersColumn, NoFollowers,
		NoReactionsColumn, NoReactions, NoCommentsColumn, NoComments, NoSharesColumn, NoShares,
		NoRepliesColumn, NoReplies, NoCostColumn, NoCost, NoShareColumn, NoShare,
		NoInteractionColumns, NoInteractions, NoDateColumn, NoDates,
		NoUniverse, NoReferenceCPM, NoMassMedium, NoSocialMedium, DateSpanTooWide,
	}
}
