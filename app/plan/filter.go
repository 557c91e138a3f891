package plan

import (
	"fmt"
	"reachlab/app/text"
	"slices"
	"strings"
)

// Filter scopes a metric-bound KPI to part of its dataset: "Instagram
// engagement rate" is the engagement rate over the Instagram rows, not over
// every network. It is plain data; the metric source applies it (see
// FilteredMetricSource), and Keeps states which rows it keeps. The zero
// Filter keeps every row, which is what plans written before filters existed
// mean.
//
// The conditions add up: a row is kept when it passes all the set ones.
type Filter struct {
	// Channels lists the channels kept, by their exact name in the dataset
	// ("Instagram", "TF1 20h"), as the metrics engine groups rows. Empty
	// keeps every channel.
	Channels []string
	// Kind keeps one medium kind: one of FilterKinds ("social", "mass", …),
	// the metrics engine's kind ids. "" keeps every kind.
	Kind string
	// From and To keep the rows dated from From to To, both included; an
	// unset bound does not limit. With a bound set, undated rows are left
	// out.
	From, To Date
}

// FilterKinds lists the medium kinds a Filter can keep, in display order:
// the ids of the metrics engine's kinds (metrics.Kinds).
var FilterKinds = []string{"mass", "social", "owned", "earned", "paid"}

// kindTexts name the kinds in a filter's description.
var kindTexts = map[string]text.Text{
	"mass":   {FR: "médias de masse", EN: "mass media"},
	"social": {FR: "médias sociaux", EN: "social media"},
	"owned":  {FR: "médias propriétaires", EN: "owned media"},
	"earned": {FR: "médias gagnés", EN: "earned media"},
	"paid":   {FR: "médias payants", EN: "paid media"},
}

// KindText names a medium kind of FilterKinds in lang ("médias sociaux",
// "social media"); "" for an unknown kind.
func KindText(kind string, lang text.Lang) string { return kindTexts[kind].In(lang) }

// IsZero reports whether f keeps every row.
func (f Filter) IsZero() bool {
	return len(f.Channels) == 0 && f.Kind == "" && f.From.IsZero() && f.To.IsZero()
}

// Keeps reports whether f keeps a row of the given channel, medium kind (a
// FilterKinds id, "" when unknown) and day (the zero Date when the row has
// no date). This is the rule every metric source applies:
//   - Channels: the row's channel is one of them, compared exactly;
//   - Kind: the row's kind equals it (a row of unknown kind is left out);
//   - From, To: the row's day lies within them, bounds included (an undated
//     row is left out when either bound is set).
func (f Filter) Keeps(channel, kind string, day Date) bool {
	if len(f.Channels) > 0 && !slices.Contains(f.Channels, channel) {
		return false
	}
	if f.Kind != "" && kind != f.Kind {
		return false
	}
	if f.From.IsZero() && f.To.IsZero() {
		return true
	}
	return Horizon{Start: f.From, End: f.To}.Contains(day)
}

// WithChannels returns f keeping the given channels: names are trimmed,
// blank names dropped and repeats kept once, in the order given. The plan
// editor should set Channels through it; Validate refuses blank and
// repeated names.
func (f Filter) WithChannels(names ...string) Filter {
	var out []string
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	f.Channels = out
	return f
}

// filterTexts are the parts of a filter's description.
var filterTexts = map[string]text.Text{
	"all":      {FR: "toutes les lignes", EN: "all rows"},
	"channel":  {FR: "canal ", EN: "channel "},
	"channels": {FR: "canaux ", EN: "channels "},
	"and":      {FR: " et ", EN: " and "},
	"between":  {FR: "du %s au %s", EN: "%s to %s"},
	"from":     {FR: "depuis le %s", EN: "from %s"},
	"until":    {FR: "jusqu'au %s", EN: "until %s"},
}

// Describe says in lang which rows f keeps, for the KPI card and the
// Markdown export: "canaux Instagram et Facebook · médias sociaux · du
// 2025-01-01 au 2025-03-31" in French, "channels Instagram and Facebook ·
// social media · 2025-01-01 to 2025-03-31" in English. The zero Filter is
// "toutes les lignes" / "all rows". Channel names are written as they are
// in the dataset; dates in ISO form, as the rest of the plan.
func (f Filter) Describe(lang text.Lang) string {
	if f.IsZero() {
		return filterTexts["all"].In(lang)
	}
	var parts []string
	if n := len(f.Channels); n > 0 {
		names := strings.Join(f.Channels, ", ")
		key := "channel"
		if n > 1 {
			names = strings.Join(f.Channels[:n-1], ", ") + filterTexts["and"].In(lang) + f.Channels[n-1]
			key = "channels"
		}
		parts = append(parts, filterTexts[key].In(lang)+names)
	}
	if f.Kind != "" {
		k := KindText(f.Kind, lang)
		if k == "" {
			k = f.Kind
		}
		parts = append(parts, k)
	}
	switch {
	case !f.From.IsZero() && !f.To.IsZero():
		parts = append(parts, fmt.Sprintf(filterTexts["between"].In(lang), f.From, f.To))
	case !f.From.IsZero():
		parts = append(parts, fmt.Sprintf(filterTexts["from"].In(lang), f.From))
	case !f.To.IsZero():
		parts = append(parts, fmt.Sprintf(filterTexts["until"].In(lang), f.To))
	}
	return strings.Join(parts, " · ")
}

// clone returns f with its own Channels.
func (f Filter) clone() Filter {
	f.Channels = slices.Clone(f.Channels)
	return f
}
