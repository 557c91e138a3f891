package client

import (
	"context"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// File is a file handed to the engine: a file the user picked or dropped
// (read by the engine, in the worker, straight from the user's disk) or
// bytes the page holds (a paste).
type File struct {
	Name string
	Size int64
	// blob is the browser's File object; bytes are used when it is nil.
	blob  app.Value
	bytes []byte
}

// Blob returns a file the user picked or dropped: the browser's File object
// blob, which the engine reads itself.
func Blob(name string, size int64, blob app.Value) *File {
	return &File{Name: name, Size: size, blob: blob}
}

// Bytes returns a file holding b.
func Bytes(name string, b []byte) *File { return &File{Name: name, Size: int64(len(b)), bytes: b} }

// read returns the file's bytes in this process.
func (f *File) read(ctx context.Context, progress func(done, total int64)) ([]byte, error) {
	if progress != nil {
		progress(int64(len(f.bytes)), int64(len(f.bytes)))
	}
	return f.bytes, ctx.Err()
}
