package workspace

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"strings"

	"reachlab/app/store"
)

// Action is what importing an item of a workspace file does.
type Action int

// The actions, as Preview finds them.
const (
	// Add: nothing of the item is stored here; it is added.
	Add Action = iota
	// Conflict: the item is stored here with other content (an older or a
	// newer version of it). Apply replaces it, or keeps both, as the user
	// chooses.
	Conflict
	// Same: the item is stored here exactly as in the file; it is skipped.
	Same
)

// ItemKind says what an item of a workspace file is.
type ItemKind string

// The kinds of item.
const (
	// ItemDataset is a dataset: its data, its description and the page
	// settings kept for it, whichever of them the file carries.
	ItemDataset ItemKind = "dataset"
	// ItemPlan is a plan.
	ItemPlan ItemKind = "plan"
	// ItemProgress is the lessons' progress.
	ItemProgress ItemKind = "progress"
	// ItemSetting is another setting: the datasets opened last, the page
	// settings of a dataset the file does not carry (a built-in case's).
	ItemSetting ItemKind = "setting"
)

// Item is one thing a workspace file brings, as the user knows it: a
// dataset, a plan, a setting.
type Item struct {
	Kind   ItemKind
	ID     string // the dataset's, plan's or setting's ID
	Title  string // its name in the file (a dataset's name, a plan's title)
	Action Action

	records []incoming
}

// incoming is one record of the file, with what is stored under its kind
// and ID.
type incoming struct {
	rec    store.Record // as in the file
	rev    int64        // the revision stored here, 0 when there is none
	same   bool         // stored here exactly as in the file
	stored bool
}

// ImportPlan is what importing a workspace file would do, item by item,
// from Preview; Apply does it.
type ImportPlan struct {
	Items []Item // in the order of the file
}

// Count is how many items would have action a.
func (p ImportPlan) Count(a Action) int {
	n := 0
	for _, it := range p.Items {
		if it.Action == a {
			n++
		}
	}
	return n
}

// Titles lists the titles of the items that would have action a.
func (p ImportPlan) Titles(a Action) []string {
	var list []string
	for _, it := range p.Items {
		if it.Action == a {
			list = append(list, it.Title)
		}
	}
	return list
}

// Preview reads a workspace file and says what importing it would do,
// without storing anything. Every record is checked first: a file with a
// record that cannot be stored is refused with a *RefusedError naming
// each such record (see RecordError), a file that is not a workspace file
// with ErrNotWorkspace, one from a newer ReachLab with
// ErrUnsupportedVersion; every refusal matches ErrCorruptWorkspace or one
// of those.
//
// Records are grouped into items (a dataset's data, description and page
// settings are one item), and each item is classified against what is
// stored here: Add, Conflict or Same. The note of the datasets being read
// (which guards this browser against a file that stopped the page) belongs
// to the browser that wrote it, and is never imported.
func (w *Workspace) Preview(ctx context.Context, b []byte) (ImportPlan, error) {
	f, err := readFile(b)
	if err != nil {
		return ImportPlan{}, err
	}
	if err := w.check(ctx, f); err != nil {
		return ImportPlan{}, err
	}
	var p ImportPlan
	index := map[string]int{} // item key → position in p.Items
	datasets := map[string]bool{}
	for _, r := range f.Records {
		if r.Kind == store.Datasets || r.Kind == store.Mappings {
			datasets[r.ID] = true
		}
	}
	for _, r := range f.Records {
		kind, id := itemOf(r, datasets)
		if kind == "" {
			continue
		}
		key := string(kind) + "/" + id
		i, ok := index[key]
		if !ok {
			i = len(p.Items)
			index[key] = i
			p.Items = append(p.Items, Item{Kind: kind, ID: id})
		}
		in, err := w.compare(ctx, r)
		if err != nil {
			return ImportPlan{}, err
		}
		p.Items[i].records = append(p.Items[i].records, in)
	}
	for i := range p.Items {
		p.Items[i].classify()
	}
	return p, nil
}

// itemOf says which item the record r belongs to; "" for a record that is
// not imported.
func itemOf(r fileRecord, datasets map[string]bool) (ItemKind, string) {
	switch r.Kind {
	case store.Datasets, store.Mappings:
		return ItemDataset, r.ID
	case store.Plans:
		return ItemPlan, r.ID
	}
	switch {
	case r.ID == readsID:
		return "", ""
	case r.ID == progressID:
		return ItemProgress, r.ID
	case strings.HasPrefix(r.ID, viewsID("")) && datasets[strings.TrimPrefix(r.ID, viewsID(""))]:
		return ItemDataset, strings.TrimPrefix(r.ID, viewsID(""))
	}
	return ItemSetting, r.ID
}

// compare reads what is stored under r's kind and ID.
func (w *Workspace) compare(ctx context.Context, r fileRecord) (incoming, error) {
	in := incoming{rec: store.Record{Kind: r.Kind, ID: r.ID, Title: r.Title, Data: r.Data}}
	old, err := w.store.Get(ctx, r.Kind, r.ID)
	switch {
	case errors.Is(err, store.ErrNotExist):
		return in, nil
	case err != nil:
		return in, err
	}
	in.stored, in.rev = true, old.Rev
	in.same = old.Title == r.Title && bytes.Equal(old.Data, r.Data)
	return in, nil
}

// classify sets the item's action and title from its records.
func (it *Item) classify() {
	stored, same := false, true
	for _, in := range it.records {
		stored = stored || in.stored
		same = same && in.same
		if it.Title == "" || it.Kind == ItemDataset && in.rec.Kind == store.Mappings {
			it.Title = titleOf(in.rec)
		}
	}
	switch {
	case !stored:
		it.Action = Add
	case same:
		it.Action = Same
	default:
		it.Action = Conflict
	}
}

// titleOf is the name a record shows: a description's dataset name, else
// the record's title, else its ID.
func titleOf(r store.Record) string {
	if r.Kind == store.Mappings {
		var d Dataset
		if json.Unmarshal(r.Data, &d) == nil && d.Name != "" {
			return d.Name
		}
	}
	return cmp.Or(r.Title, r.ID)
}
