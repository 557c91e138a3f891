package metrics

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

// benchInput returns n messages over 20 channels (2 mass, 16 social, 2
// owned) spread over a year, with every column and one cell in ten blank.
// The generator is seeded, so every run measures the same data.
func benchInput(n int) Input {
	rng := rand.New(rand.NewPCG(2016, 2015))
	names := make([]string, 20)
	kinds := make([]string, 20)
	for i := range names {
		names[i] = fmt.Sprintf("channel %02d", i)
		switch {
		case i < 2:
			kinds[i] = "mass"
		case i < 18:
			kinds[i] = "social"
		default:
			kinds[i] = "owned"
		}
	}
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	cell := func(v float64) float64 {
		if rng.IntN(10) == 0 {
			return math.NaN()
		}
		return math.Round(v)
	}
	msgs := make([]Message, n)
	for i := range msgs {
		ci := rng.IntN(20)
		m := NewMessage(names[ci], kinds[ci])
		m.Date = start.Add(time.Duration(rng.IntN(365*24)) * time.Hour)
		reach := math.Exp(rng.NormFloat64()*1.2 + 8)
		if ci < 2 {
			reach *= 1000
		}
		m.Reach, m.Impressions = cell(reach), cell(reach*1.4)
		m.Followers = cell(float64(5000 + 1000*ci))
		m.Reactions, m.Comments, m.Shares = cell(reach*0.01), cell(reach*0.001), cell(reach*0.0005)
		m.Clicks, m.Saves, m.Replies = cell(reach*0.002), cell(reach*0.0002), cell(reach*0.0004)
		m.Cost, m.AudienceShare = cell(reach*0.005), cell(rng.Float64()*30)
		msgs[i] = m
	}
	return Input{Messages: msgs, Present: allFields}
}

// BenchmarkCompute measures Compute on messages, and on rows standing for
// 1 to 4 messages each ("counts": weighted medians).
func BenchmarkCompute(b *testing.B) {
	for _, n := range []int{10_000, 1_000_000} {
		for _, counts := range []bool{false, true} {
			in := benchInput(n)
			name, messages := fmt.Sprintf("n=%d", n), n
			if counts {
				name, messages = name+"/counts", 0
				for i := range in.Messages {
					in.Messages[i].Count = float64(1 + i%4)
					messages += 1 + i%4
				}
			}
			b.Run(name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					rep := Compute(in, Options{Universe: 60_000_000, ReferenceCPM: 8})
					if rep.Total.Messages != messages {
						b.Fatalf("computed %d messages, want %d", rep.Total.Messages, messages)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/message")
			})
		}
	}
}

func BenchmarkMessageRows(b *testing.B) {
	in := benchInput(10_000)
	rep := Compute(in, Options{})
	b.ReportAllocs()
	for b.Loop() {
		if rows := rep.MessageRows(in, 5000, 5100); len(rows) != 100 {
			b.Fatalf("got %d rows", len(rows))
		}
	}
}
