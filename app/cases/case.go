package cases

import "reachlab/app/text"

// Case is a built-in dataset with its title, the question it illustrates and
// the sources of its figures.
type Case struct {
	ID       string // URL-safe; the workspace offers it as "case:" + ID
	Title    text.Text
	Question text.Text
	Sources  []Source
	Messages []Message
}

// All returns every built-in case: the home page's TV-versus-brand case
// first, then the others in the order of the lessons that read them.
func All() []Case {
	return []Case{
		TVvsBrand(),
		FanPageEngagement(),
		LinkedInSponsored(),
		ViralVideo(),
		DTTFragmentation(),
		KodakMentions(),
	}
}

// ByID returns the built-in case with the given ID.
func ByID(id string) (Case, bool) {
	for _, c := range All() {
		if c.ID == id {
			return c, true
		}
	}
	return Case{}, false
}
