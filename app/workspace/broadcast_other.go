//go:build !(js && wasm)

package workspace

// broadcast tells other programs of the browser profile about changes;
// outside a browser there are none.
type broadcast struct{}

func openBroadcast(func(Change)) *broadcast { return &broadcast{} }

func (*broadcast) post(Change) {}
