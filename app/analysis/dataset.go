package analysis

import (
	"reachlab/app/data"
	"reachlab/app/data/roles"
	"reachlab/app/metrics"
)

// Dataset is what an analysis reads: a typed table whose columns carry
// roles, with what is known of it beyond its rows.
type Dataset struct {
	// ID is the workspace's id of the dataset (links and file names use it).
	ID string
	// Table holds the rows; only its columns with a role are read, but for
	// the long tail, which can measure any numeric column.
	Table *data.Table
	// Name is the dataset's name: the channel of every row of a table
	// without a channel column.
	Name string
	// Platform is the export the headers were recognised as (a
	// platform id, "" for a generic table): it decides the medium kind of
	// rows whose kind cell and channel name say nothing.
	Platform string
	// MediumKind is the medium kind the user gave the rows that have none
	// ("" when not given).
	MediumKind string
	// KindOverrides are the user's corrections to the medium kinds the
	// rules decided, by value as written (see metrics.ResolveKind).
	KindOverrides map[string]metrics.Kind
}

// Options returns opts completed with what the dataset decides: its
// platform and the user's kind overrides.
func (d Dataset) Options(opts metrics.Options) metrics.Options {
	opts.Platform = d.Platform
	if len(d.KindOverrides) > 0 {
		opts.KindOverrides = d.KindOverrides
	}
	return opts
}

// Column returns the first column with role r, or nil.
func (d Dataset) Column(r roles.Role) *data.Column {
	for _, c := range d.Table.Columns() {
		if c.Role() == r {
			return c
		}
	}
	return nil
}

// HasRoles reports whether some column of the table has a role.
func (d Dataset) HasRoles() bool {
	for _, c := range d.Table.Columns() {
		if c.Role() != roles.None {
			return true
		}
	}
	return false
}
