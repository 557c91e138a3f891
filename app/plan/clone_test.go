package plan

import (
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"
)

func TestCloneIsDeep(t *testing.T) {
	p := fullPlan()
	c := p.Clone()
	if d := diff(p, c); d != "" {
		t.Fatalf("clone differs at %s", d)
	}
	if path := sharedMemory(reflect.ValueOf(*p), reflect.ValueOf(*c), "plan"); path != "" {
		t.Fatalf("clone shares %s with the original", path)
	}
	c.Phases[0].Objectives[0].KPIs[0].History[0].Value = 99
	c.Maturity.Answers["tools.crm"] = 4
	c.Scoring.Criteria[0].Weight = 9
	if p.Phases[0].Objectives[0].KPIs[0].History[0].Value == 99 || p.Maturity.Answers["tools.crm"] == 4 || p.Scoring.Criteria[0].Weight == 9 {
		t.Fatal("editing the clone changed the original")
	}
	var nilPlan *Plan
	if nilPlan.Clone() != nil {
		t.Error("Clone of nil is not nil")
	}
}

// sharedMemory returns the path of a slice or map that a and b share.
func sharedMemory(a, b reflect.Value, path string) string {
	switch a.Kind() {
	case reflect.Slice:
		if a.Len() > 0 && a.Pointer() == b.Pointer() {
			return path
		}
		for i := 0; i < a.Len(); i++ {
			if p := sharedMemory(a.Index(i), b.Index(i), path+"[]"); p != "" {
				return p
			}
		}
	case reflect.Map:
		if a.Len() > 0 && a.Pointer() == b.Pointer() {
			return path
		}
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if a.Type().Field(i).IsExported() {
				if p := sharedMemory(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); p != "" {
					return p
				}
			}
		}
	}
	return ""
}

func TestDuplicate(t *testing.T) {
	p := fullPlan()
	later := testNow.Add(48 * time.Hour)
	d := p.Duplicate(later)
	if d.Title != p.Title+" (copie)" {
		t.Errorf("title = %q", d.Title)
	}
	if d.Revision != 1 || !d.CreatedAt.Equal(later) || !d.UpdatedAt.Equal(later) {
		t.Errorf("revision %d, times %v %v", d.Revision, d.CreatedAt, d.UpdatedAt)
	}
	old := map[string]bool{}
	collectIDs(p, func(id string) { old[id] = true })
	n := 0
	collectIDs(d, func(id string) {
		n++
		if old[id] {
			t.Errorf("duplicate keeps id %s", id)
		}
		if _, err := uuid.Parse(id); err != nil {
			t.Errorf("new id %q is not a UUID", id)
		}
	})
	if n != len(old) || n != 13 {
		t.Errorf("%d new ids for %d old, want 13", n, len(old))
	}
	if err := d.Validate(); err != nil {
		t.Errorf("duplicate invalid: %v", err)
	}
	// Content is kept, identities are not: with IDs, title, times and
	// revision put aside, the copy equals the original.
	forEachID(d, func(id *string) { *id = "" })
	forEachID(p, func(id *string) { *id = "" })
	d.Title, d.CreatedAt, d.UpdatedAt, d.Revision = p.Title, p.CreatedAt, p.UpdatedAt, p.Revision
	if x := diff(p, d); x != "" {
		t.Errorf("duplicate changed content at %s", x)
	}

	en := NewFromTemplate(TemplatePOST, "en", testNow)
	en.Title = strings.Repeat("x", MaxShortText)
	if got := en.Duplicate(testNow).Title; !strings.HasSuffix(got, "x (copy)") || utf8.RuneCountInString(got) != MaxShortText {
		t.Errorf("long title duplicate = %d chars, %q…", utf8.RuneCountInString(got), got[len(got)-10:])
	}
	var nilPlan *Plan
	if nilPlan.Duplicate(testNow) != nil {
		t.Error("Duplicate of nil is not nil")
	}
}

// collectIDs calls f with every entity ID of p.
func collectIDs(p *Plan, f func(string)) { forEachID(p, func(id *string) { f(*id) }) }

// forEachID calls f with a pointer to every entity ID of p.
func forEachID(p *Plan, f func(*string)) {
	f(&p.ID)
	for i := range p.Phases {
		ph := &p.Phases[i]
		f(&ph.ID)
		for j := range ph.Objectives {
			o := &ph.Objectives[j]
			f(&o.ID)
			for k := range o.KPIs {
				f(&o.KPIs[k].ID)
			}
		}
		for j := range ph.Actions {
			f(&ph.Actions[j].ID)
		}
		for j := range ph.Risks {
			f(&ph.Risks[j].ID)
		}
	}
}

func TestTouch(t *testing.T) {
	p := fullPlan()
	later := testNow.Add(time.Minute)
	p.Touch(later)
	p.Touch(later)
	if p.Revision != 44 || !p.UpdatedAt.Equal(later) {
		t.Fatalf("revision %d updated %v", p.Revision, p.UpdatedAt)
	}
}
