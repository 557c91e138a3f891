package shell

import "time"

// Pacer lets long work running in the browser give way to it: WebAssembly
// runs Go on the page's only thread, so a loop that never blocks freezes
// the page until it ends. Call Yield often (every few thousand items); it
// sleeps for a millisecond, letting the browser paint and handle input, at
// most every Slice of work.
type Pacer struct {
	// Slice is the longest stretch of work between two pauses; 0 means
	// 30 ms, short enough for the page to stay responsive.
	Slice time.Duration
	last  time.Time
}

// Yield pauses if the current stretch of work has lasted a slice.
func (p *Pacer) Yield() {
	slice := p.Slice
	if slice == 0 {
		slice = 30 * time.Millisecond
	}
	now := time.Now()
	if p.last.IsZero() {
		p.last = now
		return
	}
	if now.Sub(p.last) >= slice {
		time.Sleep(time.Millisecond)
		p.last = time.Now()
	}
}
