package metrics

import "math"

// Equivalences express mass-media messages in social posts, and the
// reverse, with the audience counted by the report's basis (reach or
// impressions).
//
// For each mass channel M, with A_M its audience per message, m the median
// audience of a social post (over every message of the social channels)
// and I the interactions of all social channels together:
//
//	Posts        = A_M ÷ m        how many typical posts reach as many people as one message of M
//	RequiredRate = I ÷ A_M × 100  the engagement rate one message of M would need to gather I
type Equivalences struct {
	Reason               Reason        // NoMassMedium when the data has no mass channel; ReasonNone otherwise
	Basis                Basis         // what audience counts
	SocialMessages       int           // messages of the social channels
	MedianSocialAudience Value         // m
	SocialInteractions   Value         // I
	Rows                 []Equivalence // one per mass channel, in channel order
}

// Equivalence is one mass channel's equivalences.
type Equivalence struct {
	Channel            string // the mass channel
	AudiencePerMessage Value  // A_M
	Posts              Value  // PostsPerMassMessage: A_M ÷ m
	RequiredRate       Value  // RequiredMassEngagementRate: I ÷ A_M × 100, percent
}

// equivalences computes the report's Equivalences.
func (rep *Report) equivalences() Equivalences {
	e := Equivalences{Basis: rep.s.basis}
	e.MedianSocialAudience, e.SocialInteractions = missing(NoSocialMedium), missing(NoSocialMedium)
	for i := range rep.Kinds {
		if k := &rep.Kinds[i]; k.Kind == KindSocial {
			e.SocialMessages = k.Messages
			e.MedianSocialAudience = k.MedianReach
			if rep.s.basis == BasisImpressions {
				e.MedianSocialAudience = k.MedianImpressions
			}
			e.SocialInteractions = k.Interactions
		}
	}
	for i := range rep.Channels {
		r := &rep.Channels[i]
		if r.Kind != KindMass {
			continue
		}
		a := r.AudiencePerMessage(rep.s.basis)
		e.Rows = append(e.Rows, Equivalence{
			Channel:            r.Channel,
			AudiencePerMessage: a,
			Posts:              divide(a, e.MedianSocialAudience, 1),
			RequiredRate:       divide(e.SocialInteractions, a, 100),
		})
	}
	if len(e.Rows) == 0 {
		e.Reason = NoMassMedium
	}
	return e
}

// divide returns num ÷ den × scale, or why it is not available.
func divide(num, den Value, scale float64) Value {
	switch {
	case !num.OK:
		return num
	case !den.OK:
		return den
	case den.V == 0:
		return missing(ZeroDenominator)
	}
	return known(num.V / den.V * scale)
}

// AdvertisingValue returns the advertising value equivalent of contacts
// (impressions, or mentions) at a reference cost per thousand:
//
//	AVE = contacts ÷ 1 000 × cpm
//
// It is a translation into the price of bought space, not the value of the
// communication (see the AVE metric's caveat). It is not available when cpm
// is not a positive finite number (NoReferenceCPM) or contacts is not a
// finite number ≥ 0 (NoImpressions).
func AdvertisingValue(contacts, cpm float64) Value {
	switch {
	case !(cpm > 0 && cpm <= math.MaxFloat64):
		return missing(NoReferenceCPM)
	case !usable(contacts):
		return missing(NoImpressions)
	}
	return known(contacts / 1000 * cpm)
}

// ImpliedCostPerThousand returns the cost per thousand contacts a claimed
// value assumes, the inverse of AdvertisingValue:
//
//	implied CPM = value ÷ contacts × 1 000
//
// It is not available when value is not a finite number ≥ 0 (NoCost),
// contacts is not (NoImpressions), or contacts is zero (ZeroDenominator).
func ImpliedCostPerThousand(value, contacts float64) Value {
	switch {
	case !usable(value):
		return missing(NoCost)
	case !usable(contacts):
		return missing(NoImpressions)
	case contacts == 0:
		return missing(ZeroDenominator)
	}
	return known(value / contacts * 1000)
}
