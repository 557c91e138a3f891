package metrics

import (
	"reachlab/app/text"
	"testing"
)

func TestKindParse(t *testing.T) {
	tests := map[string]Kind{
		"mass": KindMass, "Mass media": KindMass, "  MÉDIA DE MASSE ": KindMass, "mass-media": KindMass,
		"social": KindSocial, "Médias sociaux": KindSocial, "réseaux_sociaux": KindSocial, "Social medium": KindSocial,
		"owned": KindOwned, "Média propriétaire": KindOwned,
		"earned": KindEarned, "Média gagné": KindEarned,
		"paid": KindPaid, "Payant": KindPaid, "paid   media": KindPaid,
		"": KindUnknown, "tv": KindUnknown, "blog": KindUnknown,
	}
	for s, want := range tests {
		if got := ParseKind(s); got != want {
			t.Errorf("ParseKind(%q) = %q, want %q", s, got, want)
		}
	}
	for _, k := range append(Kinds(), KindUnknown) {
		for _, lang := range []text.Lang{text.FR, text.EN} {
			if name := k.Name().In(lang); name == "" || (k != KindUnknown && ParseKind(name) != k) {
				t.Errorf("kind %q: name %q in %s does not read back", k, name, lang)
			}
		}
	}
	if got := Kind("radio").Name().EN; got != "Unknown kind" {
		t.Errorf("undeclared kind is named %q", got)
	}
}
