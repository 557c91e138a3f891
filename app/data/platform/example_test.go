package platform_test

import (
	"fmt"

	"reachlab/app/data/platform"
)

func ExampleDetect() {
	headers := []string{"Tweet id", "Tweet permalink", "Tweet text", "time", "impressions", "engagements", "retweets", "replies", "likes"}
	d := platform.Detect(headers)
	fmt.Println(d.Platform, d.Kind, d.Score)
	for _, c := range d.Columns {
		fmt.Printf("%-16s %-12s %s\n", c.Header, c.Role, c.Basis)
	}
	fmt.Println(d.Columns[5].Reason.In("fr"))
	// Output:
	// x-tweet-activity social 1
	// Tweet id                      duplicate
	// Tweet permalink  message      platform
	// Tweet text       text         platform
	// time             date         platform
	// impressions      impressions  platform
	// engagements                   total
	// retweets         shares       platform
	// replies          comments     platform
	// likes            reactions    platform
	// Un total d’interactions, déjà comptées dans leurs propres colonnes (« retweets », « replies », « likes ») : l’associer aussi les compterait deux fois.
}

func ExampleGuess() {
	for _, h := range []string{"Couverture", "Nombre de vues", "Taux d'engagement (%)", "Coût (€)", "Link clicks"} {
		fmt.Printf("%q → %q\n", h, platform.Guess(h))
	}
	// Output:
	// "Couverture" → "reach"
	// "Nombre de vues" → "impressions"
	// "Taux d'engagement (%)" → ""
	// "Coût (€)" → "cost"
	// "Link clicks" → "clicks"
}

func ExampleDetectRows() {
	rows := [][]string{
		{"All posts: statistics for the posts your page published", "", ""},
		{"", "", ""},
		{"Post title", "Post link", "Created date", "Impressions", "Clicks", "Likes", "Comments", "Reposts"},
		{"We are hiring", "https://www.linkedin.com/feed/update/urn:li:activity:1", "06/03/2026", "6060", "97", "26", "6", "29"},
	}
	header, d := platform.DetectRows(rows, 0)
	fmt.Println(header, d.Platform, d.Roles())
	// Output:
	// 2 linkedin-page [text message date impressions clicks reactions comments shares]
}

func ExampleIsSummaryRow() {
	fmt.Println(platform.IsSummaryRow([]string{"Total", "", "", "", "255594"}))
	fmt.Println(platform.IsSummaryRow([]string{"dQ8kP3vX1aA", "Total recall", "10186"}))
	// Output:
	// true
	// false
}
