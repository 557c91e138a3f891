//go:build !(js && wasm)

package store

import "context"

// Open returns the workspace store: in memory outside a browser.
func Open(ctx context.Context) (Store, error) {
	return NewMemory(), nil
}
