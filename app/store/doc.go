// Package store keeps the workspace in the browser: datasets, their column
// mappings, plans, lesson progress. In the browser it uses IndexedDB, which
// holds hundreds of megabytes where local storage holds about five; outside a
// browser (tests, tools) the same interface is kept in memory.
//
//	s, err := store.Open(ctx)                       // IndexedDB in the browser
//	r, err := s.Put(ctx, store.Record{Kind: store.Plans, ID: id, Title: "Q3", Data: b})
//	r.Rev                                            // 1: the first revision
//	_, err = s.Put(ctx, staleCopy)                   // errors.Is(err, store.ErrConflict)
//
// Every record carries a revision. Put writes only when the caller's
// revision is the stored one, so two tabs editing the same plan never
// silently overwrite each other: the second gets ErrConflict and can reload.
//
// The database is versioned (SchemaVersion); opening a database written by an
// older ReachLab upgrades it in place, step by step, keeping every record.
package store
