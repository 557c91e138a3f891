// ReachLab's engines' worker: runs engine.wasm (the readers, statistics and
// chart builders, in Go) off the page's thread and hands it the page's
// messages. engine.wasm sits beside this script, under the versioned path
// the service worker keeps for offline use.
"use strict";
importScripts("/wasm_exec.js");
const queue = [];
self.onmessage = (e) => (self.reachlabEngine ? self.reachlabEngine(e.data) : queue.push(e.data));
const go = new Go();
WebAssembly.instantiateStreaming(fetch(new URL("engine.wasm", self.location)), go.importObject)
  .then((r) => {
    go.run(r.instance); // sets self.reachlabEngine, then posts {ready: true}
    for (const m of queue.splice(0)) self.reachlabEngine(m);
  })
  .catch((err) => self.postMessage({ fatal: String(err) }));
