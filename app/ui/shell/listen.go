package shell

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Listen calls handle for every event of the given type on target (the
// window, the document) and returns the function that stops listening and
// frees the callback: call it when the component is dismounted.
func Listen(target app.Value, event string, handle func(e app.Value)) (stop func()) {
	f := app.FuncOf(func(this app.Value, args []app.Value) any {
		handle(args[0])
		return nil
	})
	target.Call("addEventListener", event, f)
	return func() {
		target.Call("removeEventListener", event, f)
		f.Release()
	}
}
