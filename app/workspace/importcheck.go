package workspace

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"reachlab/app/plan"
	"reachlab/app/store"
)

// MaxTitle bounds, in characters, the title of a record of a workspace file
// and the name in a dataset's description. Titles come from file names
// (at most 255 bytes on the common file systems), a paste's timestamp or a
// plan's title (plan.MaxShortText, 200 characters): 1,000 leaves room for
// any of them, while a title of megabytes, which every list, header and
// picker would then carry, is refused.
const MaxTitle = 1000

// maxID bounds the ID of a record: ReachLab's are UUIDs (36 characters)
// and short names ("lessons.progress", "views." and a UUID).
const maxID = 200

// maxRefusals is how many refused records a RefusedError lists; the others
// are counted.
const maxRefusals = 20

// shownTitle is how many characters of a title an error repeats.
const shownTitle = 60

// Problems of one record of a workspace file, each the Problem of a
// *RecordError.
var (
	ErrBadRecord       = errors.New("unknown kind of record, or an identifier missing or too long")
	ErrTitleTooLong    = errors.New("title too long")
	ErrDuplicateRecord = errors.New("the same record twice in the file")
	ErrBadPlan         = errors.New("the plan cannot be read")
	ErrBadDescription  = errors.New("the dataset's description cannot be read")
	ErrEmptyDataset    = errors.New("the dataset has no data")
	ErrNoSource        = errors.New("the dataset's description comes without its data")
	ErrNoDescription   = errors.New("the dataset's data comes without its description")
	ErrBadSetting      = errors.New("the setting cannot be read")
)

// RecordError is a record of a workspace file that cannot be stored: which
// one, and why. It matches (errors.Is) its Problem, ErrCorruptWorkspace,
// and its Cause when there is one (errors.As finds a plan's
// *plan.FieldError or *plan.AmountError).
type RecordError struct {
	Index   int        // the record's position in the file, from 0
	Kind    store.Kind // as the file says
	ID      string
	Title   string // the record's title (its ID when it has none), cut to 60 characters
	Problem error  // one of ErrBadRecord … ErrBadSetting, or ErrBuiltIn
	Cause   error  // what the reader of the record said; nil when Problem says it all
}

// Error returns, for example, `record 3 (plan "Q3 launch"): the plan
// cannot be read: phases[0].start: not a date (YYYY-MM-DD)`.
func (e *RecordError) Error() string {
	s := fmt.Sprintf("record %d (%s %q): %v", e.Index+1, e.Kind, e.Title, e.Problem)
	if e.Cause != nil {
		s += ": " + e.Cause.Error()
	}
	return s
}

// Unwrap returns the Problem, ErrCorruptWorkspace and the Cause.
func (e *RecordError) Unwrap() []error {
	list := []error{e.Problem, ErrCorruptWorkspace}
	if e.Cause != nil {
		list = append(list, e.Cause)
	}
	return list
}

// RefusedError refuses a workspace file for the records it lists (the first
// 20; More counts the others). Nothing was stored.
type RefusedError struct {
	Records []*RecordError
	More    int
}

// Error lists the refused records.
func (e *RefusedError) Error() string {
	parts := make([]string, len(e.Records))
	for i, r := range e.Records {
		parts[i] = r.Error()
	}
	s := strings.Join(parts, "; ")
	if e.More > 0 {
		s += fmt.Sprintf("; and %d more", e.More)
	}
	return s
}

// Unwrap returns the refused records.
func (e *RefusedError) Unwrap() []error {
	list := make([]error, len(e.Records))
	for i, r := range e.Records {
		list[i] = r
	}
	return list
}

// checker collects the refusals of one file.
type checker struct {
	refused RefusedError
}

func (c *checker) refuse(i int, r fileRecord, problem, cause error) {
	if len(c.refused.Records) == maxRefusals {
		c.refused.More++
		return
	}
	c.refused.Records = append(c.refused.Records, &RecordError{
		Index: i, Kind: r.Kind, ID: cut(r.ID, shownTitle), Title: cut(cmp.Or(r.Title, r.ID), shownTitle),
		Problem: problem, Cause: cause,
	})
}

// err is the refusal, nil when every record can be stored.
func (c *checker) err() error {
	if len(c.refused.Records) == 0 {
		return nil
	}
	return &c.refused
}

// check refuses the records of f that cannot be stored as they are, each
// for its first problem: an unknown kind or a bad ID, a title over MaxTitle,
// a kind and ID already seen in the file, a plan that plan.Import refuses
// (or whose ID is not the record's), a description that does not read or
// names another ID, a dataset without data, a built-in case's ID, a
// description whose data is neither in the file nor stored here (and data
// without a description), a setting that is not JSON.
func (w *Workspace) check(ctx context.Context, f file) error {
	var c checker
	known := map[store.Kind]bool{}
	for _, k := range kinds {
		known[k] = true
	}
	seen := map[store.Kind]map[string]bool{}
	for _, k := range kinds {
		seen[k] = map[string]bool{}
	}
	ok := make([]bool, len(f.Records))
	for i, r := range f.Records {
		var problem, cause error
		switch {
		case !known[r.Kind] || r.ID == "" || len(r.ID) > maxID:
			problem = ErrBadRecord
		case tooLong(r.Title):
			problem, cause = ErrTitleTooLong, fmt.Errorf("%d bytes (max %d characters)", len(r.Title), MaxTitle)
		case seen[r.Kind][r.ID]:
			problem = ErrDuplicateRecord
		case (r.Kind == store.Datasets || r.Kind == store.Mappings) && IsBuiltIn(r.ID):
			problem = ErrBuiltIn
		default:
			problem, cause = checkData(r)
		}
		if known[r.Kind] {
			seen[r.Kind][r.ID] = true
		}
		if problem != nil {
			c.refuse(i, r, problem, cause)
			continue
		}
		ok[i] = true
	}
	// A dataset is its data and its description: either may come alone to
	// update one stored here, never to stand alone.
	for i, r := range f.Records {
		if !ok[i] {
			continue
		}
		switch r.Kind {
		case store.Mappings:
			if !seen[store.Datasets][r.ID] && !w.has(ctx, store.Datasets, r.ID) {
				c.refuse(i, r, ErrNoSource, nil)
			}
		case store.Datasets:
			if !seen[store.Mappings][r.ID] && !w.has(ctx, store.Mappings, r.ID) {
				c.refuse(i, r, ErrNoDescription, nil)
			}
		}
	}
	return c.err()
}

// checkData checks the data of a record of a known kind, by kind.
func checkData(r fileRecord) (problem, cause error) {
	switch r.Kind {
	case store.Datasets:
		if len(r.Data) == 0 {
			return ErrEmptyDataset, nil
		}
	case store.Mappings:
		var d Dataset
		if err := json.Unmarshal(r.Data, &d); err != nil {
			return ErrBadDescription, err
		}
		if d.ID != r.ID {
			return ErrBadDescription, fmt.Errorf("it describes %q", cut(d.ID, shownTitle))
		}
		if tooLong(d.Name) {
			return ErrTitleTooLong, fmt.Errorf("name of %d bytes (max %d characters)", len(d.Name), MaxTitle)
		}
	case store.Plans:
		p, err := plan.Import(r.Data)
		if err != nil {
			return ErrBadPlan, err
		}
		if p.ID != r.ID {
			return ErrBadPlan, fmt.Errorf("the plan's ID %q is not the record's", cut(p.ID, shownTitle))
		}
	case store.Settings:
		if !json.Valid(r.Data) {
			return ErrBadSetting, nil
		}
	}
	return nil, nil
}

// has reports whether the record kind/id is stored here.
func (w *Workspace) has(ctx context.Context, kind store.Kind, id string) bool {
	_, err := w.store.Get(ctx, kind, id)
	return err == nil
}

// tooLong reports whether s has more than MaxTitle characters, without
// counting the characters of a huge s.
func tooLong(s string) bool {
	return len(s) > MaxTitle && (len(s) > utf8.UTFMax*MaxTitle || utf8.RuneCountInString(s) > MaxTitle)
}

// cut returns s, valid UTF-8, cut to n characters and "…".
func cut(s string, n int) string {
	if len(s) > utf8.UTFMax*n+utf8.UTFMax {
		s = s[:utf8.UTFMax*n+utf8.UTFMax]
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
