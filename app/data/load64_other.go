//go:build !(amd64 || 386 || arm64 || wasm)

package data

import (
	"encoding/binary"
	"unsafe"
)

// load64 returns the 8 bytes of s at i, s[i] in the lowest byte, on any
// machine: byte order and alignment do not matter. The caller ensures
// i+8 <= len(s).
func load64(s string, i int) uint64 {
	return binary.LittleEndian.Uint64((*[8]byte)(unsafe.Pointer(unsafe.StringData(s[i:])))[:])
}
