//go:build js && wasm

package main

import "syscall/js"

// maxRSS returns the Node process's peak resident set size in bytes.
func maxRSS() int64 {
	usage := js.Global().Get("process").Call("resourceUsage")
	return int64(usage.Get("maxRSS").Int()) * 1024
}
