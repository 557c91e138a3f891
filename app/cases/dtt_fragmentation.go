package cases

import (
	"fmt"
	"reachlab/app/text"
	"strings"
)

// DTTFragmentation is the audience of French television channel by channel
// in four years: the four historic channels and the digital terrestrial
// (DTT) channels, 13 of them until the channels added at the end of 2012
// make 19, which share 25 % of the audience in 2015. Shares are in percent
// of the whole TV audience; the rest goes to channels not listed (Canal+,
// France 5, Arte, cable and satellite…).
func DTTFragmentation() Case {
	c := Case{
		ID: "dtt-fragmentation",
		Title: text.Text{
			EN: "French digital TV: 19 channels sharing a quarter of the audience",
			FR: "TNT : 19 chaînes pour un quart de l'audience",
		},
		Question: text.Text{
			EN: "When channels multiply, does the audience scatter into niches or stay with the big channels?",
			FR: "Quand les chaînes se multiplient, l'audience s'éparpille-t-elle en niches ou reste-t-elle aux grandes chaînes ?",
		},
		Sources: []Source{SourceGourvennec2015DTT, SourceIllustrativeDTT},
	}
	for _, y := range dttYears {
		add := func(channel string, share float64) {
			id := y.period + "-" + strings.ToLower(strings.ReplaceAll(channel, " ", "-"))
			m := message(id, channel, "mass", SourceIllustrativeDTT.ID)
			m.Period, m.Share = y.period, share
			c.Messages = append(c.Messages, m)
		}
		for i, share := range y.historic {
			add(historicChannels[i], share)
		}
		for i, share := range y.dtt {
			add(fmt.Sprintf("DTT %02d", i+1), share)
		}
	}
	return c
}

// historicChannels are the four largest channels from before DTT.
var historicChannels = [...]string{"TF1", "France 2", "France 3", "M6"}

// dttYears are the illustrative shares, in percent, year by year: the
// historic channels in the order of historicChannels, then the 13 older DTT
// channels from the largest and, in 2015, the six added at the end of 2012.
// The DTT shares follow a Zipf-like law (the k-th older channel in
// proportion to 1/(k+1)^0.9, the k-th newer one to 1/k^0.6), scaled to the
// year's total and rounded to tenths: 4 % in 2006, 13 % in 2009, 19.5 % in
// 2012 and the source's 25 % in 2015 (22 % and 3 % for the older and the
// newer channels).
var dttYears = []struct {
	period   string
	historic [len(historicChannels)]float64
	dtt      []float64
}{
	{"2006", [...]float64{31.5, 19, 14.5, 12.5},
		[]float64{0.8, 0.6, 0.4, 0.4, 0.3, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.1, 0.1}},
	{"2009", [...]float64{26, 16.5, 12, 11},
		[]float64{2.6, 1.8, 1.4, 1.2, 1, 0.8, 0.8, 0.7, 0.6, 0.6, 0.5, 0.5, 0.5}},
	{"2012", [...]float64{22.5, 15, 9.5, 11},
		[]float64{4, 2.8, 2.1, 1.7, 1.5, 1.3, 1.1, 1, 0.9, 0.9, 0.8, 0.7, 0.7}},
	{"2015", [...]float64{21.5, 14.5, 9, 10},
		[]float64{4.5, 3.1, 2.4, 2, 1.7, 1.4, 1.3, 1.1, 1, 1, 0.9, 0.8, 0.8, 0.9, 0.6, 0.5, 0.4, 0.3, 0.3}},
}
