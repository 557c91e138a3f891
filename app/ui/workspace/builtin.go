package workspace

import (
	"reachlab/app/data/load"
	"reachlab/app/text"
)

// BuiltIn is a dataset shipped with ReachLab: a built-in case as CSV.
type BuiltIn struct {
	ID    string    // stable, prefixed "case:"
	Names text.Text // in each UI language; the English one is the default name
	CSV   []byte
}

type builtIn struct{ BuiltIn }

func (b builtIn) meta() Meta {
	return Meta{ID: b.ID, Name: b.Names.EN, Names: b.Names, Kind: load.CSV, Size: int64(len(b.CSV)), BuiltIn: true}
}

func (b builtIn) source() load.Source {
	return load.Source{Name: b.Names.EN, Kind: load.CSV, Bytes: b.CSV}
}
