package longtail

import (
	"reachlab/app/analysis"
	"reachlab/app/data"
	"reachlab/app/data/roles"
)

// defaultColumn is the column the page studies when the URL names none:
// the first numeric column with the role reach, else the first with the
// role impressions, else the first numeric column; "" when t has none.
func defaultColumn(t *data.Table) string {
	for _, want := range []roles.Role{roles.Reach, roles.Impressions} {
		for _, c := range t.Columns() {
			if c.Role() == want && c.Type().Numeric() {
				return c.Name()
			}
		}
	}
	if names := analysis.NumericColumns(t); len(names) > 0 {
		return names[0]
	}
	return ""
}

// roleColumn returns t's first column with role r, or nil.
func roleColumn(t *data.Table, r roles.Role) *data.Column {
	for _, c := range t.Columns() {
		if c.Role() == r {
			return c
		}
	}
	return nil
}

// maxChannelChoices bounds the channel filter's list: beyond it, the
// "channel" column is more likely an identifier than a handful of media.
const maxChannelChoices = 60

// channelNames lists the distinct values of t's channel column in order of
// first appearance, or nil when t has no channel column or more than
// maxChannelChoices channels.
func channelNames(t *data.Table) []string {
	c := roleColumn(t, roles.Channel)
	if c == nil {
		return nil
	}
	seen := map[string]bool{}
	var names []string
	for i := range c.Len() {
		if c.Missing(i) {
			continue
		}
		name := c.Cell(i)
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
			if len(names) > maxChannelChoices {
				return nil
			}
		}
	}
	return names
}

// selectedRows returns the indexes of t's rows whose channel is channel, or
// every row when channel is "" (or t has no channel column).
func selectedRows(t *data.Table, channel string) []int {
	c := roleColumn(t, roles.Channel)
	rows := make([]int, 0, t.Len())
	for i := range t.Len() {
		if channel == "" || c == nil || (!c.Missing(i) && c.Cell(i) == channel) {
			rows = append(rows, i)
		}
	}
	return rows
}
