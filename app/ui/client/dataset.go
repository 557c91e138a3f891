package client

import (
	"context"

	"reachlab/app/view"
)

// Dataset describes a dataset for the data page.
func Dataset(ctx context.Context, req view.DatasetRequest) (view.Dataset, error) {
	return call[view.DatasetRequest, view.Dataset](ctx, "dataset", req, Options{})
}

// Add hands file f to the engine, which reads it, keeps it and makes it the
// current dataset; progress gets the bytes read.
func Add(ctx context.Context, req view.AddRequest, f *File, progress func(done, total int64)) (view.Dataset, error) {
	return call[view.AddRequest, view.Dataset](ctx, "add", req, Options{File: f, Progress: progress})
}

// Rows returns rows of a dataset's preview.
func Rows(ctx context.Context, req view.RowsRequest) (view.Rows, error) {
	return call[view.RowsRequest, view.Rows](ctx, "rows", req, Options{})
}

// SetColumn changes a column's role or type.
func SetColumn(ctx context.Context, req view.SetColumnRequest) (view.Dataset, error) {
	return call[view.SetColumnRequest, view.Dataset](ctx, "set-column", req, Options{})
}

// SetSheet reads another sheet of a workbook dataset.
func SetSheet(ctx context.Context, req view.SetSheetRequest, progress func(done, total int64)) (view.Dataset, error) {
	return call[view.SetSheetRequest, view.Dataset](ctx, "set-sheet", req, Options{Progress: progress})
}

// SetKind sets the medium kind of a dataset's rows without a kind column.
func SetKind(ctx context.Context, req view.SetKindRequest) (view.Dataset, error) {
	return call[view.SetKindRequest, view.Dataset](ctx, "set-kind", req, Options{})
}

// SetReading reads a dataset again with the user's answers to the
// reader's guesses (header row, year of dates written without one).
func SetReading(ctx context.Context, req view.SetReadingRequest, progress func(done, total int64)) (view.Dataset, error) {
	return call[view.SetReadingRequest, view.Dataset](ctx, "set-reading", req, Options{Progress: progress})
}
