package engine

import (
	"context"
	"encoding/json"
	"errors"
	"testing"

	"reachlab/app/store"
	"reachlab/app/tables"
	"reachlab/app/text"
	"reachlab/app/view"
	"reachlab/app/workspace"
)

func newTest() *Engine {
	return New(tables.New(workspace.New(store.NewMemory(), workspace.BuiltInCases()...)))
}

// call sends req to method as a page would, JSON both ways.
func call[Req, Resp any](t *testing.T, e *Engine, method string, req Req) (Resp, error) {
	t.Helper()
	var resp Resp
	body, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	out, err := e.Handle(context.Background(), method, body, Call{})
	if err != nil {
		return resp, err
	}
	if err := json.Unmarshal(out, &resp); err != nil {
		t.Fatalf("%s answered %s: %v", method, out, err)
	}
	return resp, nil
}

func TestCompareRoundTrip(t *testing.T) {
	v, err := call[view.CompareRequest, view.Compare](t, newTest(), "compare", view.CompareRequest{
		Request: view.Request{Lang: text.FR}, Settings: view.CompareSettings{Dataset: "case:tv-vs-brand"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Channels.Rows) != 2 || len(v.Charts) != 4 || v.Settings.Denominator != "reach" {
		t.Errorf("compare: %d channels, %d charts, settings %+v", len(v.Channels.Rows), len(v.Charts), v.Settings)
	}
}

func TestErrorsArePagesErrors(t *testing.T) {
	e := newTest()
	_, err := call[view.CompareRequest, view.Compare](t, e, "compare", view.CompareRequest{
		Request: view.Request{Lang: text.EN}, Settings: view.CompareSettings{Dataset: "gone"}})
	var ve *view.Error
	if !errors.As(err, &ve) || ve.Code != view.ErrNotFound || ve.Message == "" {
		t.Errorf("a missing dataset: %#v", err)
	}
	if _, err := e.Handle(context.Background(), "no-such-method", nil, Call{}); !errors.As(err, &ve) || ve.Code != view.ErrBadRequest {
		t.Errorf("an unknown method: %v", err)
	}
	if _, err := e.Handle(context.Background(), "compare", []byte("{"), Call{}); !errors.As(err, &ve) || ve.Code != view.ErrBadRequest {
		t.Errorf("a broken request: %v", err)
	}
}
