//go:build amd64 || 386 || arm64 || wasm

package data

import "unsafe"

// load64 returns the 8 bytes of s at i, s[i] in the lowest byte. The
// caller ensures i+8 <= len(s). These little-endian machines load 8 bytes
// at any address in one instruction; so does WebAssembly, and the direct
// load keeps the callers small enough to be inlined there.
func load64(s string, i int) uint64 {
	return *(*uint64)(unsafe.Pointer(unsafe.StringData(s[i:])))
}
