//go:build js && wasm

package workspace

import (
	"encoding/json"
	"syscall/js"
)

// channelName is the BroadcastChannel every tab and worker of ReachLab
// shares.
const channelName = "reachlab.workspace"

// broadcast tells the other tabs and workers of the browser profile about
// changes, and hears theirs, over a BroadcastChannel.
type broadcast struct {
	ch js.Value
}

// openBroadcast joins the channel; deliver receives the others' changes.
// Without BroadcastChannel (very old browsers) changes stay local.
func openBroadcast(deliver func(Change)) *broadcast {
	ctor := js.Global().Get("BroadcastChannel")
	if !ctor.Truthy() {
		return &broadcast{}
	}
	ch := ctor.New(channelName)
	ch.Set("onmessage", js.FuncOf(func(this js.Value, args []js.Value) any {
		data := args[0].Get("data")
		if data.Type() != js.TypeString {
			return nil
		}
		var c Change
		if json.Unmarshal([]byte(data.String()), &c) == nil && c.What != "" {
			go deliver(c)
		}
		return nil
	}))
	return &broadcast{ch: ch}
}

func (b *broadcast) post(c Change) {
	if !b.ch.Truthy() {
		return
	}
	if msg, err := json.Marshal(c); err == nil {
		b.ch.Call("postMessage", string(msg))
	}
}
