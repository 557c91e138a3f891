package charts

// Okabe–Ito colours (Okabe & Ito, "Color Universal Design", 2008), in the
// order charts use them. Black and yellow come last: black reads as text and
// yellow is weak on white.
const (
	Blue      = "#0072B2"
	Orange    = "#E69F00"
	Green     = "#009E73"
	Vermilion = "#D55E00"
	SkyBlue   = "#56B4E9"
	Purple    = "#CC79A7"
	Yellow    = "#F0E442"
	Black     = "#000000"
)

// Palette is the series colour cycle of every chart.
var Palette = []string{Blue, Orange, Green, Vermilion, SkyBlue, Purple, Black, Yellow}

// KindColor is the colour of a medium kind, the same on every chart: mass
// media in orange, social media in blue, others from the rest of the palette.
func KindColor(kind string) string {
	switch kind {
	case "mass":
		return Orange
	case "social":
		return Blue
	case "owned":
		return Green
	case "earned":
		return Purple
	case "paid":
		return Vermilion
	}
	return Black
}
