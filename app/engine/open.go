package engine

import (
	"context"

	"reachlab/app/analysis"
	"reachlab/app/tables"
	"reachlab/app/text"
)

// open reads dataset id for an analysis, in l's conventions for ambiguous
// numbers and dates.
func (e *Engine) open(ctx context.Context, id string, l text.Lang, c Call) (analysis.Dataset, *tables.Table, error) {
	t, err := e.tables.Open(ctx, id, tables.Options{Locale: string(l), Progress: c.Progress, Retry: c.retry})
	if err != nil {
		name := id
		if d, derr := e.tables.Workspace().Dataset(ctx, id); derr == nil {
			name = d.Title(l)
		}
		return analysis.Dataset{}, nil, readError(l, name, err)
	}
	return datasetOf(t, l), t, nil
}

// datasetOf is what the analyses read of an open table.
func datasetOf(t *tables.Table, l text.Lang) analysis.Dataset {
	return analysis.Dataset{
		ID:         t.Dataset.ID,
		Table:      t.Table,
		Name:       t.Dataset.Title(l),
		Platform:   t.Dataset.Platform,
		MediumKind: t.Dataset.MediumKind,
	}
}
