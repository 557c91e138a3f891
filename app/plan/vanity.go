package plan

// vanityMetrics are metric ids that count an audience or its reactions and
// nothing else. They grow with money and time whatever the program achieves,
// so on their own they do not show that an objective is met (2011 ESCP notes,
// Bloomberg: is a fan or a like tied to daily business?; Intercontinental:
// a small community gives more than Facebook fans). The list is kept short on
// purpose: rates and ratios built on these counts (engagement_rate,
// conversation_rate) are not vanity metrics. The metrics engine flags vanity
// metrics too; the two lists must agree (see VanityMetrics).
var vanityMetrics = []string{
	"likes",
	"fans",
	"followers",
	"reactions",
	"page_likes",
	"subscribers",
}

// VanityMetrics returns the metric ids this package treats as vanity counts:
// likes, fans, followers, reactions, page_likes, subscribers.
func VanityMetrics() []string { return append([]string(nil), vanityMetrics...) }

// IsVanityMetric reports whether metricID is a vanity count (exact match).
func IsVanityMetric(metricID string) bool {
	for _, v := range vanityMetrics {
		if v == metricID {
			return true
		}
	}
	return false
}

// Vanity reports whether the KPI measures a vanity count alone. Manual KPIs
// are never flagged: their MetricID says nothing about what is typed in.
func (k *KPI) Vanity() bool { return IsVanityMetric(k.MetricID) }
