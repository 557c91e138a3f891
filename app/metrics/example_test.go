package metrics_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"reachlab/app/metrics"
)

// One evening news against three brand posts: the package example.
func Example() {
	in := metrics.Input{Present: metrics.FieldsOf(metrics.FieldKind, metrics.FieldReach, metrics.FieldReactions, metrics.FieldComments)}
	tv := metrics.NewMessage("TF1 20h", "mass")
	tv.Reach = 5_200_000
	in.Messages = append(in.Messages, tv)
	for _, reach := range []float64{1200, 2889, 4100} {
		post := metrics.NewMessage("LinkedIn", "social")
		post.Reach, post.Reactions, post.Comments = reach, 39, 22
		in.Messages = append(in.Messages, post)
	}
	rep := metrics.Compute(in, metrics.Options{})
	eq := rep.Equivalences.Rows[0]
	fmt.Printf("one %s message = %.0f posts at the median reach of %.0f\n", eq.Channel, eq.Posts.V, rep.Equivalences.MedianSocialAudience.V)
	fmt.Printf("comments per reaction on LinkedIn: %.2f\n", rep.Channels[1].CommentsToReactions.V)
	er := rep.Channels[0].EngagementRateReach
	fmt.Printf("TF1 engagement rate: not available: %s\n", er.Reason.Text().In("en"))
	// Output:
	// one TF1 20h message = 1800 posts at the median reach of 2889
	// comments per reaction on LinkedIn: 0.56
	// TF1 engagement rate: not available: no interaction values
}

// The sponsored LinkedIn post: 39 likes, 22 comments, no answer.
func ExampleCompute_readings() {
	post := metrics.NewMessage("LinkedIn", "social")
	post.Reactions, post.Comments, post.Replies = 39, 22, 0
	rep := metrics.Compute(metrics.Input{
		Messages: []metrics.Message{post},
		Present:  metrics.FieldsOf(metrics.FieldReactions, metrics.FieldComments, metrics.FieldReplies),
	}, metrics.Options{})
	for _, r := range rep.Readings {
		switch r.Code {
		case metrics.ConversationNotAudience:
			fmt.Printf("%s: %.0f comments for %.0f reactions (%.2f)\n", r.Code, r.Comments, r.Reactions, r.Ratio)
		case metrics.CommentsUnanswered:
			fmt.Printf("%s: %.0f of %.0f unanswered, response rate %.0f %%\n", r.Code, r.Unanswered, r.Comments, r.Rate)
		}
	}
	// Output:
	// conversation_not_audience: 22 comments for 39 reactions (0.56)
	// comments_unanswered: 22 of 22 unanswered, response rate 0 %
}

// Missing inputs give a reason, never a zero.
func ExampleValue() {
	post := metrics.NewMessage("Page", "social")
	post.Reach, post.Reactions = 2000, 30
	rep := metrics.Compute(metrics.Input{
		Messages: []metrics.Message{post},
		Present:  metrics.FieldsOf(metrics.FieldReach, metrics.FieldReactions, metrics.FieldFollowers),
	}, metrics.Options{})
	row := rep.Channels[0]
	for _, v := range []metrics.Value{row.EngagementRateReach, row.EngagementRateFollowers, row.CPM} {
		if v.OK {
			fmt.Printf("%.1f %%\n", v.V)
			continue
		}
		fmt.Printf("non disponible : %s\n", v.Reason.Text().In("fr"))
	}
	// Output:
	// 1.5 %
	// non disponible : pas de nombre d'abonnés pour ce canal
	// non disponible : pas de colonne de coût
}

// Kodak's claim: 300 000 mentions a month worth $2.4 M.
func ExampleImpliedCostPerThousand() {
	cpm := metrics.ImpliedCostPerThousand(2_400_000, 300_000)
	fmt.Printf("implied CPM: $%.0f per thousand mentions, $%.0f a mention\n", cpm.V, cpm.V/1000)
	fmt.Println(metrics.AdvertisingValue(300_000, cpm.V))
	// Output:
	// implied CPM: $8000 per thousand mentions, $8 a mention
	// 2.4e+06
}

// Nineteen channels sharing 25 % of the audience.
func ExampleConcentration() {
	var in metrics.Input
	in.Present = metrics.FieldsOf(metrics.FieldAudienceShare)
	for i := range 19 {
		m := metrics.NewMessage(fmt.Sprintf("TNT %d", i+1), "")
		m.AudienceShare = 25.0 / 19
		in.Messages = append(in.Messages, m)
	}
	c := metrics.Compute(in, metrics.Options{}).Concentration
	fmt.Printf("HHI %.1f of a covered %.0f %%, %.0f equivalent channels, %s\n", c.HHI.V, c.Covered.V, c.EffectiveChannels.V, c.Band)
	// Output:
	// HHI 32.9 of a covered 25 %, 19 equivalent channels, unconcentrated
}

// Every figure has a definition to show next to it.
func ExampleByID() {
	m, _ := metrics.ByID("engagement_rate_followers")
	fmt.Println(m.Name.In("fr"), "=", m.Formula.In("fr"))
	fmt.Println(m.Name.In("en"), "=", m.Formula.In("en"), "| unit:", m.Unit, "| better:", m.Better)
	// Output:
	// Taux d'engagement (abonnés) = interactions par message ÷ abonnés × 100
	// Engagement rate (followers) = interactions per message ÷ followers × 100 | unit: percent | better: higher
}

// A French spreadsheet export: ';' between fields, ',' for decimals.
func ExampleWriteChannelsCSV() {
	post := metrics.NewMessage("=Page", "social")
	post.Reach, post.Reactions = 3, 1
	rep := metrics.Compute(metrics.Input{
		Messages: []metrics.Message{post},
		Present:  metrics.FieldsOf(metrics.FieldKind, metrics.FieldReach, metrics.FieldReactions),
	}, metrics.Options{})
	var buf bytes.Buffer
	if err := metrics.WriteChannelsCSV(&buf, &rep, metrics.CSVFrench); err != nil {
		fmt.Println(err)
		return
	}
	lines := strings.Split(strings.TrimPrefix(buf.String(), "\uFEFF"), "\r\n")
	for _, l := range lines[1:3] {
		fmt.Fprintln(os.Stdout, strings.Join(strings.Split(l, ";")[:16], ";"))
	}
	// Output:
	// '=Page;Média social;1;3;3;3;3;;;;;;100;1;1;33,33333333333333
	// Total;;1;3;3;3;3;;;;;;100;1;1;33,33333333333333
}

// A channel summary table: one row per channel, with the number of
// messages each row stands for and medium kinds written as media.
func ExampleCompute_summaryTable() {
	in := metrics.Input{Present: metrics.FieldsOf(metrics.FieldKind, metrics.FieldMessageCount, metrics.FieldReach)}
	tv := metrics.NewMessage("TF1", "TV")
	tv.Count, tv.Reach = 1, 5_400_000
	fb := metrics.NewMessage("Facebook", "Facebook")
	fb.Count, fb.Reach = 42, 120_000
	in.Messages = append(in.Messages, tv, fb)
	rep := metrics.Compute(in, metrics.Options{})
	for _, r := range rep.Channels {
		fmt.Printf("%s (%s, messages: %d): reach per message %.1f\n", r.Channel, r.Kind, r.Messages, r.ReachPerMessage.V)
		fmt.Println("  " + r.KindBy.Explain().In("en"))
	}
	fmt.Printf("one TF1 spot = %.0f posts\n", rep.Equivalences.Rows[0].Posts.V)
	// Output:
	// TF1 (mass, messages: 1): reach per message 5400000.0
	//   The kind column says “TV”: television, a mass medium.
	// Facebook (social, messages: 42): reach per message 2857.1
	//   The kind column says “Facebook”: Facebook, a social medium.
	// one TF1 spot = 1890 posts
}

// The kind of a row, and the rule that decided it.
func ExampleResolveKind() {
	for _, row := range [][3]string{{"Presse", "Le Parisien", ""}, {"", "Page Facebook", ""}, {"", "Acme", "tv-audience"}, {"", "Acme", ""}} {
		d := metrics.ResolveKind(row[0], row[1], row[2], nil)
		fmt.Printf("%-8s %-8s %s\n", d.Kind, d.Rule, d.Explain().In("fr"))
	}
	d := metrics.ResolveKind("", "Acme", "", map[string]metrics.Kind{"Acme": metrics.KindOwned})
	fmt.Println(d.Kind, d.Rule)
	// Output:
	// mass     medium   La colonne de type indique « Presse » : la presse, un média de masse.
	// social   channel  Le nom du canal « Page Facebook » désigne Facebook, un média social.
	// mass     platform Le fichier a été reconnu à ses en-têtes comme venant de la télévision : un média de masse.
	//          none     Rien dans « Acme » n’indique un type de média : type inconnu, à choisir.
	// owned override
}
