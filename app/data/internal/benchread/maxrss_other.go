//go:build !linux && !(js && wasm)

package main

// maxRSS is not measured on this system: it returns 0.
func maxRSS() int64 { return 0 }
