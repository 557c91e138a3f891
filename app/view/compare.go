package view

import (
	"math"
	"net/url"
	"strconv"
)

// CompareSettings are the compare page's choices. They live in the page's
// URL (so a link opens the same view) and, per dataset, in the workspace
// (so they come back when the user returns to the dataset).
//
//	/compare?dataset=case:tv-vs-brand&denominator=impressions&cpm=8.5
type CompareSettings struct {
	Dataset string `json:"dataset"`
	// Kind is the medium kind given to rows that have none; "" leaves them
	// as the data says.
	Kind string `json:"kind,omitempty"`
	// Denominator of the engagement rate (reach, impressions, followers);
	// "" lets the engine take the first the data has.
	Denominator string `json:"denominator,omitempty"`
	// Basis is what counts as audience (reach, impressions); "" for auto.
	Basis string `json:"basis,omitempty"`
	// Universe is the target population (0 when not given).
	Universe float64 `json:"universe,omitempty"`
	// CPM is the reference cost per thousand for the AVE (0 when not given).
	CPM float64 `json:"cpm,omitempty"`
	// AVEBasis is what the CPM prices: impressions ("") or mentions.
	AVEBasis string `json:"ave,omitempty"`
	// TopK is the number of channels in the top share (0: the default).
	TopK int `json:"top,omitempty"`
	// Channel and Page are the message list's channel ("" for the first)
	// and page (0-based).
	Channel string `json:"channel,omitempty"`
	Page    int    `json:"page,omitempty"`
}

// The URL parameters of the compare settings.
const (
	ParamDataset     = "dataset"
	paramKind        = "kind"
	paramDenominator = "denominator"
	paramBasis       = "basis"
	paramUniverse    = "universe"
	paramCPM         = "cpm"
	paramAVEBasis    = "ave"
	paramTopK        = "top"
	paramChannel     = "channel"
	paramPage        = "page"
)

// CompareSettingsFrom reads settings from a URL query. Numbers that are not
// positive and finite are left unset, so a mistyped link still opens (the
// engine checks the other values).
func CompareSettingsFrom(q url.Values) CompareSettings {
	return CompareSettings{
		Dataset:     q.Get(ParamDataset),
		Kind:        q.Get(paramKind),
		Denominator: q.Get(paramDenominator),
		Basis:       q.Get(paramBasis),
		Universe:    positive(q.Get(paramUniverse)),
		CPM:         positive(q.Get(paramCPM)),
		AVEBasis:    q.Get(paramAVEBasis),
		TopK:        int(positive(q.Get(paramTopK))),
		Channel:     q.Get(paramChannel),
		Page:        int(positive(q.Get(paramPage))),
	}
}

// Query writes the settings that differ from the defaults.
func (s CompareSettings) Query() url.Values {
	q := url.Values{}
	set := func(name, value string) {
		if value != "" {
			q.Set(name, value)
		}
	}
	set(ParamDataset, s.Dataset)
	set(paramKind, s.Kind)
	set(paramDenominator, s.Denominator)
	set(paramBasis, s.Basis)
	set(paramAVEBasis, s.AVEBasis)
	set(paramUniverse, number(s.Universe))
	set(paramCPM, number(s.CPM))
	set(paramTopK, number(float64(s.TopK)))
	set(paramChannel, s.Channel)
	set(paramPage, number(float64(s.Page)))
	return q
}

// positive reads a positive finite number as a URL writes it; anything
// else is 0, "not given".
func positive(s string) float64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || !(v > 0) || math.IsInf(v, 0) {
		return 0
	}
	return v
}

// number writes a positive number for a URL, "" for 0.
func number(v float64) string {
	if !(v > 0) {
		return ""
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// CompareRequest asks for the comparison of one dataset.
type CompareRequest struct {
	Request
	Settings CompareSettings `json:"settings"`
}

// Compare is the compare page's content for one dataset and settings.
type Compare struct {
	// Settings are the settings used, automatic choices resolved (the
	// denominator and audience basis the data allowed, the top count).
	Settings CompareSettings `json:"settings"`
	Choices  CompareChoices  `json:"choices"`
	// Status sums up what was measured: "TV vs brand: 49 messages, 2
	// channels."
	Status string `json:"status"`
	// NoRoles says that no column has a role (the page links to /data to
	// set them); "" otherwise.
	NoRoles string `json:"noRoles,omitempty"`

	Channels      Table          `json:"channels"`
	ChannelsNote  string         `json:"channelsNote"`
	Hidden        []HiddenMetric `json:"hidden,omitempty"`
	Charts        []Chart        `json:"charts"`
	NoTimeline    string         `json:"noTimeline,omitempty"`
	Readings      []string       `json:"readings"`
	Equivalences  *Table         `json:"equivalences,omitempty"`
	NoEquivalence string         `json:"noEquivalence,omitempty"`
	AVE           AVE            `json:"ave"`
	Messages      MessagePage    `json:"messages"`
	Definitions   []Definition   `json:"definitions"`
	// CSV is the channel table as a spreadsheet file of the user's
	// language (French: ';' and decimal commas), named CSVName.
	CSV     string `json:"csv"`
	CSVName string `json:"csvName"`
}

// CompareChoices are the options of the compare page's selects.
type CompareChoices struct {
	Kinds        []Choice `json:"kinds"`
	Denominators []Choice `json:"denominators"`
	Bases        []Choice `json:"bases"`
	AVEBases     []Choice `json:"aveBases"`
}

// HiddenMetric is a metric the channel table leaves out because no channel
// has a value for it.
type HiddenMetric struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Why  string `json:"why"`
}

// AVE is the advertising value equivalent's part of the page.
type AVE struct {
	// Result says what the contacts come to at the reference CPM, with the
	// formula, or why it cannot be said.
	Result string `json:"result"`
	// Kodak is the Kodak case's sentence; KodakCPM the CPM it implies.
	Kodak    string  `json:"kodak"`
	KodakCPM float64 `json:"kodakCpm"`
}

// MessagePage is one page of one channel's messages.
type MessagePage struct {
	Channels []string `json:"channels"`
	Channel  string   `json:"channel"`
	Page     int      `json:"page"`
	Pages    int      `json:"pages"`
	Range    string   `json:"range"` // "Messages 1 to 50 of 120"
	Table    Table    `json:"table"`
}

// Definition defines one metric as the page lists it.
type Definition struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Definition  string `json:"definition"`
	Formula     string `json:"formula"`
	Numerator   string `json:"numerator"`
	Denominator string `json:"denominator,omitempty"`
	Unit        string `json:"unit"`
	Caveat      string `json:"caveat,omitempty"`
	Vanity      bool   `json:"vanity,omitempty"`
}
