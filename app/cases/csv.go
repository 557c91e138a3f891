package cases

import (
	"bytes"
	"math"
	"strconv"
	"strings"
)

// CSV writes the case's messages as a CSV file with a header, the form every
// dataset takes in ReachLab: the data page reads it like a user's file.
// Missing counts are blank cells, never 0.
func (c Case) CSV() []byte {
	var b bytes.Buffer
	b.WriteString("Post ID,Channel,Kind,Date,Reach,Reactions,Comments,Shares\n")
	for _, m := range c.Messages {
		fields := []string{m.ID, m.Channel, m.Kind, m.Date,
			count(m.Reach), count(m.Reactions), count(m.Comments), count(m.Shares)}
		for i, f := range fields {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(quote(f))
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
