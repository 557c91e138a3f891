package data

import "testing"

func TestDecideType(t *testing.T) {
	tests := []struct {
		name  string
		votes Votes
		want  Type
		code  ReasonCode
	}{
		{"empty", Votes{Blank: 3, Marker: 2}, Text, ReasonEmpty},
		{"numbers", Votes{Number: 8, Text: 2, Blank: 5}, Number, ReasonVote},
		{"percentages", Votes{Number: 3, Percent: 5}, Percent, ReasonVote},
		{"just below", Votes{Number: 7, Text: 2, Date: 0, Identifier: 0, Marker: 9}, Text, ReasonNoMajority},
		{"dates", Votes{Date: 9, Number: 1}, Date, ReasonVote},
		{"identifiers", Votes{Identifier: 9, Number: 1}, Text, ReasonIdentifiers},
		{"text", Votes{Text: 4}, Text, ReasonText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, why := decideType(tt.votes)
			if got != tt.want || why.Code != tt.code {
				t.Errorf("decideType(%+v) = %v, %d; want %v, %d", tt.votes, got, why.Code, tt.want, tt.code)
			}
		})
	}
}

func TestExplain(t *testing.T) {
	tests := []struct {
		name   string
		d      Decision
		en, fr string
	}{
		{
			"decimal comma from the cells",
			Decision{Inferred: Number, Decimal: ',', Reason: Reason{Code: ReasonVote, Count: 998, Total: 1000},
				Format: Reason{Code: ReasonCells, Count: 12, Total: 12, Example: "1,5"}},
			"998 of 1000 non-empty cells read as numbers. Decimal comma: 12 numbers such as “1,5” read only that way.",
			"998 cellules non vides sur 1000 se lisent comme des nombres. Virgule décimale : 12 nombres comme « 1,5 » ne se lisent que de cette façon.",
		},
		{
			"one date decides",
			Decision{Inferred: Date, DateOrder: DMY, Reason: Reason{Code: ReasonVote, Count: 3, Total: 3},
				Format: Reason{Code: ReasonCells, Count: 1, Total: 1, Example: "25/12/2026"}},
			"3 of 3 non-empty cells read as dates. Day first (DD/MM): 1 date such as “25/12/2026” reads only that way.",
			"3 cellules non vides sur 3 se lisent comme des dates. Jour en premier (JJ/MM) : 1 date comme « 25/12/2026 » ne se lit que de cette façon.",
		},
		{
			"default for a semicolon file",
			Decision{Inferred: Number, Decimal: ',', Ambiguous: true, Reason: Reason{Code: ReasonVote, Count: 2, Total: 2},
				Format: Reason{Code: ReasonDelimiter, Example: "1,234", Hint: ";"}},
			"2 of 2 non-empty cells read as numbers. Decimal comma by default for a file separated by “;”: numbers such as “1,234” read both ways; please check.",
			"2 cellules non vides sur 2 se lisent comme des nombres. Virgule décimale par défaut pour un fichier séparé par « ; » : des nombres comme « 1,234 » se lisent des deux façons ; à vérifier.",
		},
		{
			"overridden",
			Decision{Inferred: Text, Overridden: true, Reason: Reason{Code: ReasonIdentifiers, Count: 1, Total: 1}},
			"Type chosen by the user (the data suggested: text). 1 of 1 cell is a code written with digits (a leading zero or more than 15 digits): text, so that no digit is lost.",
			"Type choisi par l’utilisateur (les données suggéraient : du texte). 1 cellule sur 1 est un code écrit en chiffres (zéro initial ou plus de 15 chiffres) : du texte, pour ne perdre aucun chiffre.",
		},
		{
			"not enough",
			Decision{Inferred: Text, Reason: Reason{Code: ReasonNoMajority, Count: 1, Total: 4}},
			"Only 1 of 4 non-empty cells reads as numbers or dates (80% needed): the column stays text.",
			"Seulement 1 cellule non vide sur 4 se lit comme des nombres ou des dates (il en faut 80 %) : la colonne reste du texte.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.Explain("en"); got != tt.en {
				t.Errorf("en:\n got %s\nwant %s", got, tt.en)
			}
			if got := tt.d.Explain("fr"); got != tt.fr {
				t.Errorf("fr:\n got %s\nwant %s", got, tt.fr)
			}
		})
	}
}

func TestTypeText(t *testing.T) {
	for typ, name := range map[Type]string{Auto: "", Text: "text", Number: "number", Percent: "percent", Date: "date"} {
		b, err := typ.MarshalText()
		var back Type
		if err != nil || string(b) != name || typ.String() != name || back.UnmarshalText(b) != nil || back != typ {
			t.Errorf("%d: %q %v", typ, b, err)
		}
	}
	if _, err := Type(9).MarshalText(); err == nil {
		t.Error("Type(9) marshals")
	}
}

func TestClassify(t *testing.T) {
	tests := map[string]cellKind{
		"": kindBlank, " \u00a0 ": kindBlank, "n/a": kindMarker, "—": kindMarker,
		"€12": kindNumber, "1 234,5": kindNumber, "08123": kindNumber, "−3": kindNumber,
		"Mar 3, 2026": kindDate, "août 15, 2026": kindDate, "3 déc. 2026": kindDate, "Tue, Jul 14, 2026": kindDate,
		"Facebook": kindText, "découvrez notre offre": kindText, "été": kindText, "marketing": kindText,
		`"Bravo" à l'équipe`: kindText, "#concours 2026": kindText, "(12 345)": kindNumber, "$1,5": kindNumber, ".5 k": kindNumber,
		"a post longer than any number or date could ever be, so it is text at once": kindText,
	}
	for cell, want := range tests {
		var b builder
		if got := b.classify(cell); got != want {
			t.Errorf("classify(%q) = %d, want %d", cell, got, want)
		}
	}
}
