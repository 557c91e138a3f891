// Package workspace is what a user has loaded and built in this browser:
// datasets (kept as the source the user gave, plus the column mapping they
// set), plans and settings, persisted in the store and shared by every page.
//
//	w, err := workspace.Shared(ctx)               // opens IndexedDB once per tab
//	meta, t, err := w.Add(ctx, src, "fr")         // read, keep, return the table
//	t, meta, err = w.Table(ctx, meta.ID, "fr")    // read again (cached) on another page
//	w.SetMapping(ctx, meta.ID, t.Mapping())       // remember roles and types
//
// Built-in cases are datasets too, always present and never stored.
package workspace
