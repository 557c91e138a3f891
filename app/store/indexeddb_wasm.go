//go:build js && wasm

package store

import (
	"context"
	"errors"
	"fmt"
	"syscall/js"
	"time"
)

// dbName is the IndexedDB database of the workspace.
const dbName = "reachlab"

// The object stores: records holds what lists need (kind, id, title,
// revision, time, size) under the key "kind/id"; blobs holds the data under
// the same key, so that listing plans never loads a dataset.
const (
	recordsStore = "records"
	blobsStore   = "blobs"
)

// migrations bring a database from version i to i+1; migrations[0] creates
// the first layout. They run inside IndexedDB's upgrade transaction, so a
// failed upgrade leaves the old database as it was.
var migrations = []func(db, tx js.Value){
	func(db, tx js.Value) {
		records := db.Call("createObjectStore", recordsStore, map[string]any{"keyPath": "key"})
		records.Call("createIndex", "kind", "kind")
		db.Call("createObjectStore", blobsStore)
	},
}

// Open returns the workspace store, kept in IndexedDB. It upgrades a database
// written by an older ReachLab, and asks the browser to keep the data even
// when disk space runs low (browsers may refuse; the data is then still kept
// until space is needed).
func Open(ctx context.Context) (Store, error) {
	idb := js.Global().Get("indexedDB")
	if !idb.Truthy() {
		return nil, fmt.Errorf("no IndexedDB in this browser: %w", ErrUnavailable)
	}
	if storage := js.Global().Get("navigator").Get("storage"); storage.Truthy() && storage.Get("persist").Truthy() {
		storage.Call("persist")
	}

	req := idb.Call("open", dbName, SchemaVersion)
	var upgrade js.Func
	upgrade = js.FuncOf(func(this js.Value, args []js.Value) any {
		ev := args[0]
		db := req.Get("result")
		tx := req.Get("transaction")
		for v := ev.Get("oldVersion").Int(); v < SchemaVersion && v < len(migrations); v++ {
			migrations[v](db, tx)
		}
		return nil
	})
	defer upgrade.Release()
	req.Set("onupgradeneeded", upgrade)
	blocked := js.FuncOf(func(this js.Value, args []js.Value) any { return nil })
	defer blocked.Release()
	req.Set("onblocked", blocked)

	db, err := await(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("opening the workspace database: %v: %w", err, ErrUnavailable)
	}
	s := &indexedDB{db: db}
	// Another tab opening a newer ReachLab asks this one to let go.
	var onVersionChange js.Func
	onVersionChange = js.FuncOf(func(this js.Value, args []js.Value) any {
		db.Call("close")
		return nil
	})
	db.Set("onversionchange", onVersionChange)
	return s, nil
}

// indexedDB is the Store of the browser.
type indexedDB struct {
	db js.Value
}

func key(kind Kind, id string) string { return string(kind) + "/" + id }

// Get implements Store.
func (s *indexedDB) Get(ctx context.Context, kind Kind, id string) (Record, error) {
	tx, err := s.transaction("readonly")
	if err != nil {
		return Record{}, err
	}
	k := key(kind, id)
	meta, err := await(ctx, tx.Call("objectStore", recordsStore).Call("get", k))
	if err != nil {
		return Record{}, fmt.Errorf("reading %s %q: %w", kind, id, err)
	}
	if meta.IsUndefined() {
		return Record{}, fmt.Errorf("%s %q: %w", kind, id, ErrNotExist)
	}
	blob, err := await(ctx, tx.Call("objectStore", blobsStore).Call("get", k))
	if err != nil {
		return Record{}, fmt.Errorf("reading %s %q: %w", kind, id, err)
	}
	r := recordFrom(meta)
	if blob.Truthy() {
		r.Data = make([]byte, blob.Get("length").Int())
		js.CopyBytesToGo(r.Data, blob)
	}
	return r, nil
}

// List implements Store.
func (s *indexedDB) List(ctx context.Context, kind Kind) ([]Record, error) {
	tx, err := s.transaction("readonly")
	if err != nil {
		return nil, err
	}
	all, err := await(ctx, tx.Call("objectStore", recordsStore).Call("index", "kind").Call("getAll", string(kind)))
	if err != nil {
		return nil, fmt.Errorf("listing %s records: %w", kind, err)
	}
	list := make([]Record, all.Length())
	for i := range list {
		list[i] = recordFrom(all.Index(i))
	}
	sortNewestFirst(list)
	return list, nil
}

// Put implements Store. The revision check and the writes happen in one
// read-write transaction, which IndexedDB runs alone against every other tab's
// transactions on the same stores: two tabs cannot both pass the check.
func (s *indexedDB) Put(ctx context.Context, r Record) (Record, error) {
	if err := checkPut(r); err != nil {
		return Record{}, err
	}
	tx, err := s.transaction("readwrite")
	if err != nil {
		return Record{}, err
	}
	k := key(r.Kind, r.ID)
	records := tx.Call("objectStore", recordsStore)
	blobs := tx.Call("objectStore", blobsStore)

	out := r
	out.Rev = r.Rev + 1
	out.Updated = time.Now().UTC().Truncate(time.Millisecond)
	out.Size = int64(len(r.Data))
	data := js.Global().Get("Uint8Array").New(len(r.Data))
	js.CopyBytesToJS(data, r.Data)

	var refused error
	get := records.Call("get", k)
	// The writes must be issued while the transaction is active, that is
	// from within this success handler, not later from Go.
	onGet := js.FuncOf(func(this js.Value, args []js.Value) any {
		var stored int64
		if cur := get.Get("result"); cur.Truthy() {
			stored = int64(cur.Get("rev").Float())
		}
		if stored != r.Rev {
			refused = conflict(r, stored)
			tx.Call("abort")
			return nil
		}
		records.Call("put", map[string]any{
			"key": k, "kind": string(out.Kind), "id": out.ID, "title": out.Title,
			"rev": float64(out.Rev), "updated": float64(out.Updated.UnixMilli()), "size": float64(out.Size),
		})
		blobs.Call("put", data, k)
		return nil
	})
	defer onGet.Release()
	get.Set("onsuccess", onGet)

	if err := awaitTransaction(ctx, tx); err != nil {
		if refused != nil {
			return Record{}, refused
		}
		return Record{}, fmt.Errorf("saving %s %q: %w", r.Kind, r.ID, err)
	}
	return out, nil
}

// Delete implements Store.
func (s *indexedDB) Delete(ctx context.Context, kind Kind, id string) error {
	tx, err := s.transaction("readwrite")
	if err != nil {
		return err
	}
	k := key(kind, id)
	tx.Call("objectStore", recordsStore).Call("delete", k)
	tx.Call("objectStore", blobsStore).Call("delete", k)
	if err := awaitTransaction(ctx, tx); err != nil {
		return fmt.Errorf("deleting %s %q: %w", kind, id, err)
	}
	return nil
}

// Usage implements Store with navigator.storage.estimate().
func (s *indexedDB) Usage(ctx context.Context) (used, quota int64, err error) {
	storage := js.Global().Get("navigator").Get("storage")
	if !storage.Truthy() || !storage.Get("estimate").Truthy() {
		return 0, 0, nil
	}
	est, err := awaitPromise(ctx, storage.Call("estimate"))
	if err != nil {
		return 0, 0, err
	}
	return int64(est.Get("usage").Float()), int64(est.Get("quota").Float()), nil
}

func (s *indexedDB) transaction(mode string) (tx js.Value, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("the workspace database is closed (%v): %w", p, ErrUnavailable)
		}
	}()
	return s.db.Call("transaction", []any{recordsStore, blobsStore}, mode), nil
}

func recordFrom(v js.Value) Record {
	return Record{
		Kind:    Kind(v.Get("kind").String()),
		ID:      v.Get("id").String(),
		Title:   v.Get("title").String(),
		Rev:     int64(v.Get("rev").Float()),
		Updated: time.UnixMilli(int64(v.Get("updated").Float())).UTC(),
		Size:    int64(v.Get("size").Float()),
	}
}

// await waits for an IndexedDB request and returns its result.
func await(ctx context.Context, req js.Value) (js.Value, error) {
	done := make(chan error, 1)
	ok := js.FuncOf(func(this js.Value, args []js.Value) any { done <- nil; return nil })
	fail := js.FuncOf(func(this js.Value, args []js.Value) any {
		done <- domError(req.Get("error"))
		return nil
	})
	// The handlers are detached before they are released: an event that
	// comes after the answer would call a released function.
	defer func() {
		req.Set("onsuccess", js.Null())
		req.Set("onerror", js.Null())
		ok.Release()
		fail.Release()
	}()
	req.Set("onsuccess", ok)
	req.Set("onerror", fail)
	select {
	case err := <-done:
		if err != nil {
			return js.Undefined(), err
		}
		return req.Get("result"), nil
	case <-ctx.Done():
		return js.Undefined(), ctx.Err()
	}
}

// awaitTransaction waits until tx commits or fails.
func awaitTransaction(ctx context.Context, tx js.Value) error {
	done := make(chan error, 1)
	complete := js.FuncOf(func(this js.Value, args []js.Value) any { done <- nil; return nil })
	fail := js.FuncOf(func(this js.Value, args []js.Value) any {
		err := domError(tx.Get("error"))
		if err == nil && len(args) > 0 {
			// A request's error reaches the transaction before the
			// transaction takes it as its own: read it from the request.
			if req := args[0].Get("target"); req.Truthy() && !req.Equal(tx) {
				err = domError(req.Get("error"))
			}
		}
		if err == nil {
			err = errors.New("transaction aborted")
		}
		select {
		case done <- err:
		default:
		}
		return nil
	})
	// A failed transaction fires error, then abort: the handlers are
	// detached before they are released, or the abort would call a
	// released function.
	defer func() {
		for _, ev := range []string{"oncomplete", "onabort", "onerror"} {
			tx.Set(ev, js.Null())
		}
		complete.Release()
		fail.Release()
	}()
	tx.Set("oncomplete", complete)
	tx.Set("onabort", fail)
	tx.Set("onerror", fail)
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// awaitPromise waits for a JavaScript promise.
func awaitPromise(ctx context.Context, p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	done := make(chan result, 1)
	then := js.FuncOf(func(this js.Value, args []js.Value) any { done <- result{v: args[0]}; return nil })
	catch := js.FuncOf(func(this js.Value, args []js.Value) any {
		done <- result{err: domError(args[0])}
		return nil
	})
	defer then.Release()
	defer catch.Release()
	p.Call("then", then, catch)
	select {
	case r := <-done:
		return r.v, r.err
	case <-ctx.Done():
		return js.Undefined(), ctx.Err()
	}
}

// domError turns a DOMException into a Go error, mapping a full quota to
// ErrQuota.
func domError(e js.Value) error {
	if !e.Truthy() {
		return nil
	}
	name := e.Get("name").String()
	msg := e.Get("message").String()
	if name == "QuotaExceededError" {
		return fmt.Errorf("%s: %w", msg, ErrQuota)
	}
	return fmt.Errorf("%s: %s", name, msg)
}
