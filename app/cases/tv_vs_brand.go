package cases

import (
	"fmt"
	"reachlab/app/text"
)

// TVvsBrand is the home page's case: one evening news on TV against the 48
// posts of a brand page over four months.
func TVvsBrand() Case {
	c := Case{
		ID: "tv-vs-brand",
		Title: text.Text{
			EN: "One TV evening news against 48 brand posts",
			FR: "Un journal télévisé du soir face à 48 publications de marque",
		},
		Question: text.Text{
			EN: "How many posts does it take to reach as many people as one TV message?",
			FR: "Combien de publications faut-il pour toucher autant de monde qu'un message télévisé ?",
		},
		Sources: []Source{SourceMediametrieTF1, SourceGourvennec2016, SourceIllustrativePage},
	}
	tv := message("tf1-20h", "TF1 20h", "mass", SourceMediametrieTF1.ID)
	tv.Reach = 5_200_000
	c.Messages = append(c.Messages, tv)
	for _, p := range brandPosts {
		m := message(fmt.Sprintf("post-%02d", p.n), "Brand page", "social", SourceIllustrativePage.ID)
		m.Date, m.Reach, m.Reactions, m.Comments, m.Shares = p.date, p.reach, p.reactions, p.comments, p.shares
		c.Messages = append(c.Messages, m)
	}
	return c
}

// brandPosts are the illustrative page's posts: reach drawn once from a
// lognormal law (median ≈ 3,000, σ = 0.75) and rounded to tens, reactions
// 0.4–3 % of reach, comments and shares a fraction of reactions.
var brandPosts = []struct {
	n                                  int
	date                               string
	reach, reactions, comments, shares float64
}{
	{1, "2026-03-02", 1460, 41, 3, 10}, {2, "2026-03-04", 4320, 48, 7, 13},
	{3, "2026-03-06", 1830, 32, 0, 7}, {4, "2026-03-09", 5340, 123, 23, 35},
	{5, "2026-03-11", 1030, 8, 0, 0}, {6, "2026-03-13", 6870, 107, 17, 21},
	{7, "2026-03-16", 5320, 64, 8, 5}, {8, "2026-03-18", 4150, 117, 3, 27},
	{9, "2026-03-20", 3990, 25, 0, 3}, {10, "2026-03-23", 1060, 17, 2, 5},
	{11, "2026-03-25", 4410, 60, 3, 10}, {12, "2026-03-27", 5440, 139, 26, 37},
	{13, "2026-03-30", 1750, 14, 0, 0}, {14, "2026-04-01", 5000, 100, 13, 10},
	{15, "2026-04-03", 15800, 449, 4, 119}, {16, "2026-04-06", 1810, 17, 1, 3},
	{17, "2026-04-08", 640, 9, 0, 2}, {18, "2026-04-10", 2450, 28, 5, 4},
	{19, "2026-04-13", 7160, 205, 17, 21}, {20, "2026-04-15", 2740, 39, 4, 5},
	{21, "2026-04-17", 2020, 49, 1, 1}, {22, "2026-04-20", 1430, 11, 1, 0},
	{23, "2026-04-22", 3080, 87, 16, 21}, {24, "2026-04-24", 10530, 162, 3, 33},
	{25, "2026-04-27", 3620, 59, 9, 1}, {26, "2026-04-29", 510, 8, 0, 1},
	{27, "2026-05-01", 6680, 112, 17, 5}, {28, "2026-05-04", 4360, 112, 4, 15},
	{29, "2026-05-06", 1290, 16, 1, 2}, {30, "2026-05-08", 780, 20, 1, 4},
	{31, "2026-05-11", 11110, 215, 21, 63}, {32, "2026-05-13", 2740, 79, 8, 9},
	{33, "2026-05-15", 4310, 89, 16, 6}, {34, "2026-05-18", 2070, 20, 0, 3},
	{35, "2026-05-20", 4570, 91, 1, 10}, {36, "2026-05-22", 3450, 29, 0, 2},
	{37, "2026-05-25", 1170, 30, 4, 3}, {38, "2026-05-27", 3080, 27, 3, 3},
	{39, "2026-05-29", 3260, 30, 5, 0}, {40, "2026-06-01", 1680, 24, 2, 0},
	{41, "2026-06-03", 1460, 42, 6, 5}, {42, "2026-06-05", 2710, 30, 4, 8},
	{43, "2026-06-08", 2160, 38, 1, 6}, {44, "2026-06-10", 2540, 45, 2, 4},
	{45, "2026-06-12", 7890, 190, 14, 50}, {46, "2026-06-15", 1450, 15, 1, 3},
	{47, "2026-06-17", 5500, 45, 4, 11}, {48, "2026-06-19", 920, 7, 1, 1},
}
