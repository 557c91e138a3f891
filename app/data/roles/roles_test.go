package roles

import "testing"

func TestRoleKinds(t *testing.T) {
	seen := map[Role]bool{}
	for _, r := range All {
		if r == None || !r.Valid() {
			t.Errorf("%q in All is not a valid role", r)
		}
		if seen[r] {
			t.Errorf("%q listed twice", r)
		}
		seen[r] = true
		if r.Interaction() && !r.Numeric() {
			t.Errorf("%q counts interactions but is not numeric", r)
		}
	}
	if !None.Valid() || Role("likes").Valid() {
		t.Error("Valid accepts an unknown role or refuses None")
	}
	for _, r := range []Role{Reactions, Comments, Shares, Clicks, Saves} {
		if !r.Interaction() {
			t.Errorf("%q should count as an interaction", r)
		}
	}
	if !MessageCount.Numeric() || MessageCount == Message {
		t.Error("the count of messages a row stands for is a number, not the message id")
	}
	for _, r := range []Role{Reach, Impressions, Followers, Replies, Cost, Channel, MessageCount} {
		if r.Interaction() {
			t.Errorf("%q is not an audience interaction", r)
		}
	}
}
