//go:build js && wasm

package main

import (
	"context"
	"errors"
	"syscall/js"
)

// readChunk is how much of a file one read brings into Go memory at a time.
const readChunk = 8 << 20

// readFile reads a File (or Blob) the page handed over, or the bytes of a
// Uint8Array, reporting the bytes read; cancelling ctx stops it between
// chunks.
func readFile(ctx context.Context, file js.Value, progress func(done, total int64)) ([]byte, error) {
	if file.InstanceOf(js.Global().Get("Uint8Array")) {
		b := make([]byte, file.Length())
		js.CopyBytesToGo(b, file)
		progress(int64(len(b)), int64(len(b)))
		return b, nil
	}
	size := int64(file.Get("size").Float())
	b := make([]byte, size)
	for off := int64(0); off < size; off += readChunk {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		end := min(off+readChunk, size)
		buf, err := await(ctx, file.Call("slice", off, end).Call("arrayBuffer"))
		if err != nil {
			return nil, err
		}
		js.CopyBytesToGo(b[off:end], js.Global().Get("Uint8Array").New(buf))
		progress(end, size)
	}
	return b, nil
}

// await waits for a promise.
func await(ctx context.Context, p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	done := make(chan result, 1)
	ok := js.FuncOf(func(this js.Value, args []js.Value) any { done <- result{v: args[0]}; return nil })
	fail := js.FuncOf(func(this js.Value, args []js.Value) any {
		done <- result{err: errors.New(args[0].Call("toString").String())}
		return nil
	})
	defer ok.Release()
	defer fail.Release()
	p.Call("then", ok, fail)
	select {
	case r := <-done:
		return r.v, r.err
	case <-ctx.Done():
		return js.Value{}, ctx.Err()
	}
}
