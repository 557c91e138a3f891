package workspace

import (
	"time"

	"reachlab/app/data/load"
)

// BuiltIn is a dataset shipped with ReachLab: a built-in case as CSV.
type BuiltIn struct {
	ID   string // stable, prefixed "case:"
	Name string
	CSV  []byte
}

type builtIn struct{ BuiltIn }

func (b builtIn) meta() Meta {
	return Meta{ID: b.ID, Name: b.Name, Kind: load.CSV, Size: int64(len(b.CSV)), BuiltIn: true, Added: time.Time{}}
}

func (b builtIn) source() load.Source {
	return load.Source{Name: b.Name, Kind: load.CSV, Bytes: b.CSV}
}
