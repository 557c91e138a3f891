package cases

import (
	"fmt"
	"math"
	"reachlab/app/text"
)

// The illustrative page's videos: their views are the quantiles of a power
// law of exponent videoAlpha above videoMinViews views.
const (
	pageVideos    = 199
	videoMinViews = 300
	videoAlpha    = 2.2
)

// ViralVideo is Orangina's "404" video, 6 million views, against the 199
// other videos of an illustrative page, whose views form a long tail.
func ViralVideo() Case {
	c := Case{
		ID: "viral-video",
		Title: text.Text{
			EN: "A 6-million-view video against a page's 199 other videos",
			FR: "Une vidéo à 6 millions de vues face aux 199 autres vidéos d'une page",
		},
		Question: text.Text{
			EN: "Is one hit a mass audience, or the head of a long tail?",
			FR: "Un succès isolé fait-il une audience de masse, ou la tête d'une longue traîne ?",
		},
		Sources: []Source{SourceGourvennec2016Orangina, SourceIllustrativeVideos},
	}
	hit := message("orangina-404", "Campaign video", "social", SourceGourvennec2016Orangina.ID)
	hit.Impressions = 6_000_000
	c.Messages = append(c.Messages, hit)
	for rank := 1; rank <= pageVideos; rank++ {
		m := message(fmt.Sprintf("video-%03d", rank), "Page videos", "social", SourceIllustrativeVideos.ID)
		m.Impressions = videoViews(rank)
		c.Messages = append(c.Messages, m)
	}
	return c
}

// videoViews returns the views of the page's rank-th most viewed video: the
// value a power law p(x) ∝ x^−α above x_min exceeds with probability
// u = (rank − ½) ÷ n, rounded to a whole view,
//
//	views = round(x_min × u^(−1/(α−1)))
//
// with α = 2.2, x_min = 300 and n = 199, from 44,000 views for the first
// down to 300 for the last. A fixed formula rather than random draws, so
// that the case is the same on every run.
func videoViews(rank int) float64 {
	u := (float64(rank) - 0.5) / pageVideos
	return math.Round(videoMinViews * math.Pow(u, -1/(videoAlpha-1)))
}
