package longtail

import (
	"net/url"
	"slices"
	"strconv"

	"reachlab/app/longtail"
)

// Settings are the user's choices, kept in the page's URL so that a lesson
// can link to a given view and a reload keeps it:
//
//	/longtail?dataset=case:tv-vs-brand&column=Reach&channel=Brand+page&resamples=250
type Settings struct {
	Dataset string // workspace dataset id
	Column  string // the numeric column studied; "" for the default (see defaultColumn)
	Channel string // keep only the rows of this channel; "" for every row
	// Resamples is the number of goodness-of-fit resamples, one of
	// resampleChoices.
	Resamples int
}

// The URL query parameters of the settings.
const (
	paramDataset   = "dataset"
	paramColumn    = "column"
	paramChannel   = "channel"
	paramResamples = "resamples"
)

// ResampleChoices are the bootstrap sizes offered. With R resamples the
// p-value's standard error is at most √(¼/R): 0.05, 0.03 and 0.016.
var ResampleChoices = []int{100, 250, longtail.DefaultResamples}

// SettingsFrom reads settings from a URL query. A number of resamples the
// page does not offer is replaced by the default, so that a mistyped link
// still opens.
func SettingsFrom(q url.Values) Settings {
	s := Settings{
		Dataset:   q.Get(paramDataset),
		Column:    q.Get(paramColumn),
		Channel:   q.Get(paramChannel),
		Resamples: longtail.DefaultResamples,
	}
	if r, err := strconv.Atoi(q.Get(paramResamples)); err == nil && slices.Contains(ResampleChoices, r) {
		s.Resamples = r
	}
	return s
}

// Query writes the settings that differ from the defaults.
func (s Settings) Query() url.Values {
	q := url.Values{}
	for _, kv := range [][2]string{{paramDataset, s.Dataset}, {paramColumn, s.Column}, {paramChannel, s.Channel}} {
		if kv[1] != "" {
			q.Set(kv[0], kv[1])
		}
	}
	if s.Resamples != longtail.DefaultResamples && s.Resamples > 0 {
		q.Set(paramResamples, strconv.Itoa(s.Resamples))
	}
	return q
}

// Link is the page's address for these settings.
func (s Settings) Link() string {
	if q := s.Query().Encode(); q != "" {
		return "/longtail?" + q
	}
	return "/longtail"
}

// SameData reports whether s and o select the same values (the number of
// resamples aside), so that a change of resamples alone keeps the analysis.
func (s Settings) SameData(o Settings) bool {
	return s.Dataset == o.Dataset && s.Column == o.Column && s.Channel == o.Channel
}
