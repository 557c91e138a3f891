package data

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"reachlab/app/data/roles"
)

// Mapping is what the user decided about a dataset's columns, remembered
// per dataset and applied again when the same kind of file comes back. It
// is keyed by column name and serialises to JSON as
//
//	{"columns": {"Vues": {"role": "impressions"}, "Date": {"role": "date", "type": "date"}}}
type Mapping struct {
	Columns map[string]ColumnMapping `json:"columns"` // by column name (Column.Name)
}

// ColumnMapping is one column's role and type override.
type ColumnMapping struct {
	Role roles.Role `json:"role,omitempty"` // roles.None: no role
	Type Type       `json:"type,omitempty"` // Auto: keep the inferred type
}

// Mapping returns the table's current roles and type overrides. Columns
// with no role and no override are left out.
func (t *Table) Mapping() Mapping {
	m := Mapping{Columns: make(map[string]ColumnMapping)}
	for _, c := range t.columns {
		cm := ColumnMapping{Role: c.role}
		if c.decision.Overridden {
			cm.Type = c.typ
		}
		if cm != (ColumnMapping{}) {
			m.Columns[c.name] = cm
		}
	}
	return m
}

// Apply sets the types (all in one pass over the input), then the roles,
// of the columns m names. It applies everything it can and returns the
// problems joined (errors.Join): ErrUnknownColumn for a name the table
// lacks, ErrInvalidType, ErrInvalidRole, ErrRoleType. A cancelled ctx stops
// it before the roles are set.
func (t *Table) Apply(ctx context.Context, m Mapping) error {
	names := make([]string, 0, len(m.Columns))
	for name := range m.Columns {
		names = append(names, name)
	}
	sort.Strings(names) // problems in a stable order
	var errs []error
	types := make(map[int]Type)
	for _, name := range names {
		i := t.Index(name)
		cm := m.Columns[name]
		switch {
		case i < 0:
			errs = append(errs, fmt.Errorf("%w: %q", ErrUnknownColumn, name))
		case cm.Type > Date:
			errs = append(errs, fmt.Errorf("%w: %q for %q", ErrInvalidType, cm.Type, name))
		case cm.Type != Auto && cm.Type != t.columns[i].typ:
			types[i] = cm.Type
		}
	}
	if len(types) > 0 {
		if err := t.retype(ctx, types); err != nil {
			return errors.Join(append(errs, err)...)
		}
	}
	for _, name := range names {
		if i := t.Index(name); i >= 0 {
			if err := t.SetRole(i, m.Columns[name].Role); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}
