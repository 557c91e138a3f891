package shell

import (
	"context"
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// File is a file the user picked, dropped or pasted: its name and size are
// known at once, its bytes are read on demand (from the user's disk, never
// from a server).
type File struct {
	Name string
	Size int64
	blob app.Value
}

// FilesOf returns the files of a FileList: an <input type="file">'s files or
// a drop event's dataTransfer.files.
func FilesOf(list app.Value) []File {
	if list == nil || !list.Truthy() {
		return nil
	}
	n := list.Length()
	files := make([]File, 0, n)
	for i := range n {
		f := list.Index(i)
		files = append(files, File{Name: f.Get("name").String(), Size: int64(f.Get("size").Float()), blob: f})
	}
	return files
}

// TakeFiles returns the files chosen in an <input type="file"> and clears
// the input, so that choosing the same file again fires a new change event.
func TakeFiles(input app.Value) []File {
	files := FilesOf(input.Get("files"))
	input.Set("value", "")
	return files
}

// readChunk is how much of a file one read brings into Go memory at a time.
const readChunk = 8 << 20

// Read reads the whole file, reporting the bytes read so far. It blocks
// until the browser hands the bytes over, so call it off the UI goroutine
// (in ctx.Async); cancelling ctx stops it between chunks.
func (f File) Read(ctx context.Context, progress func(done, total int64)) ([]byte, error) {
	if f.blob == nil {
		return nil, errors.New("no file")
	}
	b := make([]byte, f.Size)
	for off := int64(0); off < f.Size; off += readChunk {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		end := min(off+readChunk, f.Size)
		buf, err := await(ctx, f.blob.Call("slice", off, end).Call("arrayBuffer"))
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", f.Name, err)
		}
		app.CopyBytesToGo(b[off:end], app.Window().Get("Uint8Array").New(buf))
		if progress != nil {
			progress(end, f.Size)
		}
	}
	return b, nil
}

// await waits for a JavaScript promise to settle.
func await(ctx context.Context, promise app.Value) (app.Value, error) {
	type result struct {
		v   app.Value
		err error
	}
	done := make(chan result, 1)
	resolve := app.FuncOf(func(this app.Value, args []app.Value) any {
		done <- result{v: args[0]}
		return nil
	})
	reject := app.FuncOf(func(this app.Value, args []app.Value) any {
		done <- result{err: errors.New(args[0].Call("toString").String())}
		return nil
	})
	defer resolve.Release()
	defer reject.Release()
	promise.Call("then", resolve, reject)
	select {
	case r := <-done:
		return r.v, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Blob is the browser's File object, which the engine reads itself.
func (f File) Blob() app.Value { return f.blob }
