package cases

import (
	"fmt"
	"reachlab/app/text"
)

// LinkedInSponsored is a sponsored LinkedIn post that drew 39 likes and 22
// comments and got no reply from the brand, against eight illustrative
// organic posts of a page that answers, so that conversation rate and
// response rate have something to compare.
func LinkedInSponsored() Case {
	c := Case{
		ID: "linkedin-sponsored",
		Title: text.Text{
			EN: "A sponsored LinkedIn post: 39 likes, 22 comments, no reply",
			FR: "Une publication LinkedIn sponsorisée : 39 « j'aime », 22 commentaires, aucune réponse",
		},
		Question: text.Text{
			EN: "What does a brand miss when it pays for a post and never answers the comments?",
			FR: "Que perd une marque qui paie pour une publication et ne répond jamais aux commentaires ?",
		},
		Sources: []Source{SourceGourvennec2015LinkedIn, SourceIllustrativeLinkedIn},
	}
	// The source gives neither the post's date nor its reach: both stay
	// missing.
	sponsored := message("sponsored-meal-vouchers", "LinkedIn sponsored", "paid", SourceGourvennec2015LinkedIn.ID)
	sponsored.Reactions, sponsored.Comments, sponsored.Replies = 39, 22, 0
	c.Messages = append(c.Messages, sponsored)
	for i, p := range organicPosts {
		m := message(fmt.Sprintf("post-%02d", i+1), "LinkedIn organic", "social", SourceIllustrativeLinkedIn.ID)
		m.Date, m.Reactions, m.Comments, m.Replies = p.date, p.reactions, p.comments, p.replies
		c.Messages = append(c.Messages, m)
	}
	return c
}

// organicPosts are the illustrative page's ordinary posts: a few dozen likes,
// a few comments, most of them answered.
var organicPosts = []struct {
	date                         string
	reactions, comments, replies float64
}{
	{"2015-03-02", 18, 2, 2}, {"2015-03-05", 25, 4, 3},
	{"2015-03-09", 12, 0, 0}, {"2015-03-12", 31, 5, 4},
	{"2015-03-16", 9, 1, 1}, {"2015-03-19", 22, 3, 2},
	{"2015-03-23", 15, 2, 1}, {"2015-03-26", 28, 3, 3},
}
