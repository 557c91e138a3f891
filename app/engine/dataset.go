package engine

import (
	"context"
	"strconv"

	"reachlab/app/analysis/problems"
	"reachlab/app/analysis/tableview"
	"reachlab/app/data"
	"reachlab/app/data/load"
	"reachlab/app/i18n"
	"reachlab/app/tables"
	"reachlab/app/text"
	"reachlab/app/view"
)

func init() {
	register("dataset", openDataset)
	register("add", addDataset)
	register("rows", datasetRows)
	register("set-column", setColumn)
	register("set-sheet", setSheet)
	register("set-kind", setKind)
	register("set-reading", setReading)
}

// openDataset answers the data page's view of a dataset.
func openDataset(ctx context.Context, e *Engine, req view.DatasetRequest, c Call) (view.Dataset, error) {
	if req.Retry {
		c.retry = true
	}
	_, t, err := e.open(ctx, req.ID, req.Lang, c)
	if err != nil {
		return view.Dataset{}, err
	}
	return tableview.Describe(ctx, t, req.Lang)
}

// addDataset reads the file that comes with the call, keeps it and makes it
// the current dataset.
func addDataset(ctx context.Context, e *Engine, req view.AddRequest, c Call) (view.Dataset, error) {
	if c.File == nil {
		return view.Dataset{}, &view.Error{Code: view.ErrBadRequest, Message: "add: no file"}
	}
	if req.Size > data.DefaultMaxSize {
		// Refused before reading a byte: a 2 GB file must not fill the
		// worker's memory.
		return view.Dataset{}, fail(req.Lang, req.Name, &data.SizeError{Size: req.Size, Limit: data.DefaultMaxSize})
	}
	b, err := c.File(ctx, c.Progress)
	if err != nil {
		return view.Dataset{}, fail(req.Lang, req.Name, err)
	}
	src := load.Source{Name: req.Name, Bytes: b}
	if req.Paste {
		src.Kind = load.Paste
	}
	t, err := e.tables.Add(ctx, src, tables.Options{Locale: string(req.Lang), Progress: c.Progress})
	if err != nil {
		return view.Dataset{}, fail(req.Lang, req.Name, err)
	}
	return tableview.Describe(ctx, t, req.Lang)
}

// datasetRows answers rows of a dataset's preview.
func datasetRows(ctx context.Context, e *Engine, req view.RowsRequest, c Call) (view.Rows, error) {
	_, t, err := e.open(ctx, req.ID, req.Lang, c)
	if err != nil {
		return view.Rows{}, err
	}
	return tableview.Rows(t.Table, req.From, req.To, req.Lang), nil
}

// setColumn changes a column's role or type and keeps the mapping (for a
// built-in case, for this visit only: cases are read again as shipped).
func setColumn(ctx context.Context, e *Engine, req view.SetColumnRequest, c Call) (view.Dataset, error) {
	_, t, err := e.open(ctx, req.ID, req.Lang, c)
	if err != nil {
		return view.Dataset{}, err
	}
	name := t.Dataset.Title(req.Lang)
	if req.Column < 0 || req.Column >= len(t.Columns()) {
		return view.Dataset{}, &view.Error{Code: view.ErrBadRequest, Message: "set-column: no such column"}
	}
	if req.Type != "" {
		ty, err := tableview.ParseType(req.Type)
		if err == nil {
			err = t.SetType(ctx, req.Column, ty)
		}
		if err != nil {
			return view.Dataset{}, fail(req.Lang, name, err)
		}
	}
	if req.Role != "" {
		if err := t.SetRole(req.Column, tableview.ParseRole(req.Role)); err != nil {
			return view.Dataset{}, fail(req.Lang, name+" — "+t.Columns()[req.Column].Name(), err)
		}
	}
	if !t.Dataset.BuiltIn {
		if t, err = e.tables.SetMapping(ctx, req.ID, t.Mapping(), tables.Options{Locale: string(req.Lang)}); err != nil {
			return view.Dataset{}, fail(req.Lang, name, err)
		}
	}
	return tableview.Describe(ctx, t, req.Lang)
}

// setSheet reads another sheet of a workbook dataset.
func setSheet(ctx context.Context, e *Engine, req view.SetSheetRequest, c Call) (view.Dataset, error) {
	t, err := e.tables.SetSheet(ctx, req.ID, req.Sheet, tables.Options{Locale: string(req.Lang), Progress: c.Progress})
	if err != nil {
		return view.Dataset{}, fail(req.Lang, req.ID, err)
	}
	return tableview.Describe(ctx, t, req.Lang)
}

// setReading reads a dataset again with the user's answers: whether the
// first row is a header, the year of dates written without one.
func setReading(ctx context.Context, e *Engine, req view.SetReadingRequest, c Call) (view.Dataset, error) {
	var header data.HeaderMode
	if err := header.UnmarshalText([]byte(req.Header)); err != nil {
		return view.Dataset{}, &view.Error{Code: view.ErrBadRequest, Message: "set-reading: " + err.Error()}
	}
	if req.Year != 0 && (req.Year < tableview.MinYear || req.Year > tableview.MaxYear) {
		return view.Dataset{}, &view.Error{Code: view.ErrBadRequest, Message: i18n.Tf(req.Lang, i18n.DataYearInvalid, strconv.Itoa(req.Year))}
	}
	t, err := e.tables.SetReading(ctx, req.ID, tables.Reading{Header: header, Year: req.Year}, tables.Options{Locale: string(req.Lang), Progress: c.Progress})
	if err != nil {
		return view.Dataset{}, fail(req.Lang, req.ID, err)
	}
	return tableview.Describe(ctx, t, req.Lang)
}

// setKind sets the medium kind of rows without a kind column.
func setKind(ctx context.Context, e *Engine, req view.SetKindRequest, c Call) (view.Dataset, error) {
	kind := req.Kind
	if kind == tableview.NoKind {
		kind = ""
	}
	t, err := e.tables.SetMediumKind(ctx, req.ID, kind, tables.Options{Locale: string(req.Lang)})
	if err != nil {
		return view.Dataset{}, fail(req.Lang, req.ID, err)
	}
	return tableview.Describe(ctx, t, req.Lang)
}

// fail is the error a page gets when a read or a change of dataset name
// fails.
func fail(l text.Lang, name string, err error) error {
	if ve, ok := err.(*view.Error); ok {
		return ve
	}
	return &view.Error{Message: problems.Problem(l, name, err), Code: codeOf(err)}
}
