package plan

import (
	"strconv"
	"testing"
)

// benchPlan returns the three-phase template grown to n actions spread over
// MaxPhases phases (n ≤ MaxPhases × MaxActionsPerPhase), each action with a
// title, owner, channel, dates and a budget.
func benchPlan(n int) *Plan {
	p := NewFromTemplate(TemplateThreePhases, "fr", testNow)
	for len(p.Phases) < MaxPhases {
		p.Phases = append(p.Phases, p.Phases[len(p.Phases)%3].clone())
	}
	for i := range p.Phases {
		ph := &p.Phases[i]
		ph.ID = newID()
		for j := range ph.Objectives {
			ph.Objectives[j].ID = newID()
			for k := range ph.Objectives[j].KPIs {
				ph.Objectives[j].KPIs[k].ID = newID()
			}
		}
		ph.Risks = nil
		ph.Actions = nil
	}
	for i := 0; i < n; i++ {
		a := NewAction("Action n° " + strconv.Itoa(i) + " — publication « été »")
		a.Owner, a.Channel = "Équipe social", []string{"Twitter", "LinkedIn", "Blog", "Interne"}[i%4]
		a.Start, a.End = NewDate(2025, 1, 6).AddDays(i%300), NewDate(2025, 1, 6).AddDays(i%300+14)
		a.Budget = Money{Amount: float64(i%50) * 100.5, Currency: "EUR"}
		ph := &p.Phases[i%MaxPhases]
		ph.Actions = append(ph.Actions, a)
	}
	return p
}

var benchSizes = []int{10, 1000, 10000}

func BenchmarkExport(b *testing.B) {
	for _, n := range benchSizes {
		p := benchPlan(n)
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Export(p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkImport(b *testing.B) {
	for _, n := range benchSizes {
		data, err := Export(benchPlan(n))
		if err != nil {
			b.Fatal(err)
		}
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Import(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkMarkdown(b *testing.B) {
	for _, n := range benchSizes {
		p := benchPlan(n)
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				Markdown(p, MarkdownOptions{AsOf: NewDate(2025, 3, 1)})
			}
		})
	}
}

func BenchmarkClone(b *testing.B) {
	for _, n := range benchSizes {
		p := benchPlan(n)
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				p.Clone()
			}
		})
	}
}

func BenchmarkBudgetByChannel(b *testing.B) {
	for _, n := range benchSizes {
		p := benchPlan(n)
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				p.BudgetByChannel()
			}
		})
	}
}

func BenchmarkScore(b *testing.B) {
	s := DefaultResponseScoring("fr")
	ratings := SampleMessages()[0].Ratings
	for b.Loop() {
		if _, err := s.Score(ratings); err != nil {
			b.Fatal(err)
		}
	}
}
