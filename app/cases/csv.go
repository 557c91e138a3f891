package cases

import (
	"bytes"
	"math"
	"strconv"
	"strings"
)

// column is one column a case's CSV can have: its header and the cell of a
// message.
type column struct {
	header string
	cell   func(Message) string
}

// columns are the CSV columns in the order they are written. Each header is
// one the data page's role detector maps to the intended role by itself
// (Post ID → message, Period and Date → date, Views and "Impressions
// (mentions)" → impressions, Brand replies → replies, "Audience share (%)"
// → share…); the tests load every case to check it.
var columns = []column{
	{"Post ID", func(m Message) string { return m.ID }},
	{"Channel", func(m Message) string { return m.Channel }},
	{"Kind", func(m Message) string { return m.Kind }},
	{"Period", func(m Message) string { return m.Period }},
	{"Date", func(m Message) string { return m.Date }},
	{"Reach", func(m Message) string { return count(m.Reach) }},
	{"Views", func(m Message) string { return count(m.Impressions) }},
	{"Impressions (mentions)", func(m Message) string { return count(m.Mentions) }},
	{"Followers", func(m Message) string { return count(m.Followers) }},
	{"Reactions", func(m Message) string { return count(m.Reactions) }},
	{"Comments", func(m Message) string { return count(m.Comments) }},
	{"Shares", func(m Message) string { return count(m.Shares) }},
	{"Brand replies", func(m Message) string { return count(m.Replies) }},
	{"Audience share (%)", func(m Message) string { return count(m.Share) }},
}

// CSV writes the case's messages as a CSV file with a header, the form every
// dataset takes in ReachLab: the data page reads it like a user's file.
// Only the columns that some message fills are written; missing counts are
// blank cells, never 0.
func (c Case) CSV() []byte {
	var used []column
	for _, col := range columns {
		for _, m := range c.Messages {
			if col.cell(m) != "" {
				used = append(used, col)
				break
			}
		}
	}
	var b bytes.Buffer
	for i, col := range used {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(quote(col.header))
	}
	b.WriteByte('\n')
	for _, m := range c.Messages {
		for i, col := range used {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(quote(col.cell(m)))
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// count writes a count, or nothing when it is missing.
func count(v float64) string {
	if math.IsNaN(v) {
		return ""
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// quote quotes a field when CSV needs it.
func quote(s string) string {
	if !strings.ContainsAny(s, ",\"\n\r") {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
