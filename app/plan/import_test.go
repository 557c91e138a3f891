package plan

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
)

// threePhaseExport is the export of fullPlan with a third phase (so that
// paths like phases[2]... exist) whose objective has two KPIs.
func threePhaseExport(t testing.TB) []byte {
	p := fullPlan()
	ph := p.Phases[0].clone()
	ph.ID = "00000000-0000-4000-8000-000000000030"
	ph.Objectives[0].ID = "00000000-0000-4000-8000-000000000031"
	ph.Objectives[0].KPIs[0].ID = "00000000-0000-4000-8000-000000000032"
	ph.Objectives[0].KPIs[1].ID = "00000000-0000-4000-8000-000000000033"
	ph.Actions = nil
	ph.Risks = nil
	p.Phases = append(p.Phases, ph)
	data, err := Export(p)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// mutate decodes data, lets edit change the tree, and encodes it again.
func mutate(t testing.TB, data []byte, edit func(root map[string]any)) []byte {
	var root map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&root); err != nil {
		t.Fatal(err)
	}
	edit(root)
	out, err := json.Marshal(root)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// at walks a decoded tree: keys for objects, ints for lists.
func at(v any, steps ...any) any {
	for _, s := range steps {
		switch k := s.(type) {
		case string:
			v = v.(map[string]any)[k]
		case int:
			v = v.([]any)[k]
		}
	}
	return v
}

func obj(v any, steps ...any) map[string]any { return at(v, steps...).(map[string]any) }

func TestImportRefusesBadEnvelopes(t *testing.T) {
	tests := []struct {
		name string
		data string
		want error
	}{
		{"empty", "", ErrCorrupt},
		{"not json", "hello", ErrCorrupt},
		{"truncated", `{"format":"reachlab-plan","version":2,"plan":{`, ErrCorrupt},
		{"trailing data", `{"format":"reachlab-plan","version":2,"plan":{}} {}`, ErrCorrupt},
		{"deep nesting", strings.Repeat("[", 100000) + strings.Repeat("]", 100000), ErrCorrupt},
		{"array", `[1,2,3]`, ErrNotAPlan},
		{"string", `"reachlab-plan"`, ErrNotAPlan},
		{"null", `null`, ErrNotAPlan},
		{"other format", `{"format":"other","version":2,"plan":{}}`, ErrNotAPlan},
		{"no format", `{"version":2,"plan":{}}`, ErrNotAPlan},
		{"newer version", `{"format":"reachlab-plan","version":4,"plan":{}}`, ErrUnsupportedVersion},
		{"far future version", `{"format":"reachlab-plan","version":99999999999,"plan":{}}`, ErrUnsupportedVersion},
		{"version as string", `{"format":"reachlab-plan","version":"2","plan":{}}`, ErrCorrupt},
		{"fractional version", `{"format":"reachlab-plan","version":1.5,"plan":{}}`, ErrCorrupt},
		{"version zero", `{"format":"reachlab-plan","version":0,"plan":{}}`, ErrCorrupt},
		{"huge version", `{"format":"reachlab-plan","version":1e999,"plan":{}}`, ErrCorrupt},
		{"no plan", `{"format":"reachlab-plan","version":2}`, ErrCorrupt},
		{"plan is a list", `{"format":"reachlab-plan","version":2,"plan":[]}`, ErrCorrupt},
		{"unknown envelope field", `{"format":"reachlab-plan","version":2,"plan":{},"x":1}`, ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Import([]byte(tt.data))
			if !errors.Is(err, tt.want) || p != nil {
				t.Fatalf("Import = %v, %v; want nil, %v", p, err, tt.want)
			}
		})
	}
}

func TestImportTooLarge(t *testing.T) {
	data := make([]byte, MaxImportSize+1)
	if _, err := Import(data); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}

func TestImportFieldErrors(t *testing.T) {
	base := threePhaseExport(t)
	kpi := func(root map[string]any) map[string]any {
		return obj(root, "plan", "phases", 2, "objectives", 0, "kpis", 1)
	}
	tests := []struct {
		name   string
		edit   func(map[string]any)
		path   string
		reason error
	}{
		{"target is text", func(r map[string]any) { kpi(r)["target"] = "beaucoup" }, "phases[2].objectives[0].kpis[1].target", ErrNotANumber},
		{"target is a list", func(r map[string]any) { kpi(r)["target"] = []any{1} }, "phases[2].objectives[0].kpis[1].target", ErrNotANumber},
		{"target overflows", func(r map[string]any) { kpi(r)["target"] = json.Number("1e999") }, "phases[2].objectives[0].kpis[1].target", ErrNotFinite},
		{"name is a number", func(r map[string]any) { kpi(r)["name"] = json.Number("3") }, "phases[2].objectives[0].kpis[1].name", ErrNotAString},
		{"unknown kpi field", func(r map[string]any) { kpi(r)["colour"] = "red" }, "phases[2].objectives[0].kpis[1].colour", ErrUnknownField},
		{"unknown plan field", func(r map[string]any) { obj(r, "plan")["budget_total"] = 3 }, "budget_total", ErrUnknownField},
		{"phases not a list", func(r map[string]any) { obj(r, "plan")["phases"] = map[string]any{} }, "phases", ErrNotAList},
		{"phase not an object", func(r map[string]any) { obj(r, "plan")["phases"].([]any)[1] = "phase" }, "phases[1]", ErrNotAnObject},
		{"context not an object", func(r map[string]any) { obj(r, "plan")["context"] = "b2b" }, "context", ErrNotAnObject},
		{"bad date", func(r map[string]any) { obj(r, "plan", "phases", 0, "actions", 1)["end"] = "2025-02-30" }, "phases[0].actions[1].end", ErrBadDate},
		{"date as number", func(r map[string]any) { obj(r, "plan", "horizon")["start"] = json.Number("20250101") }, "horizon.start", ErrBadDate},
		{"bad time", func(r map[string]any) { obj(r, "plan")["created_at"] = "yesterday" }, "created_at", ErrBadTime},
		{"revision fractional", func(r map[string]any) { obj(r, "plan")["revision"] = json.Number("4.5") }, "revision", ErrNotAnInteger},
		{"revision negative", func(r map[string]any) { obj(r, "plan")["revision"] = json.Number("-1") }, "revision", ErrOutOfRange},
		{"answer not a number", func(r map[string]any) { obj(r, "plan", "maturity", "answers")["tools.crm"] = "two" }, `maturity.answers["tools.crm"]`, ErrNotAnInteger},
		{"answer out of scale", func(r map[string]any) { obj(r, "plan", "maturity", "answers")["tools.crm"] = json.Number("9") }, `maturity.answers["tools.crm"]`, ErrOutOfRange},
		{"answer key with quote", func(r map[string]any) { obj(r, "plan", "maturity", "answers")[`a"b`] = json.Number("1") }, `maturity.answers["a\"b"]`, ErrBadID},
		{"status unknown", func(r map[string]any) { obj(r, "plan", "phases", 1, "actions", 0)["status"] = "<script>" }, "phases[1].actions[0].status", ErrUnknownValue},
		{"duplicate id", func(r map[string]any) {
			obj(r, "plan", "phases", 2)["id"] = obj(r, "plan", "phases", 0)["id"]
		}, "phases[2].id", ErrDuplicateID},
		{"missing id", func(r map[string]any) { delete(obj(r, "plan", "phases", 0, "risks", 0), "id") }, "phases[0].risks[0].id", ErrBadID},
		{"title too long", func(r map[string]any) { obj(r, "plan")["title"] = strings.Repeat("a", MaxShortText+1) }, "title", ErrTooLong},
		{"too many phases", func(r map[string]any) {
			obj(r, "plan")["phases"] = make([]any, MaxPhases+1)
		}, "phases", ErrTooMany},
		{"a hundred thousand history points", func(r map[string]any) {
			kpi(r)["history"] = make([]any, 100_000)
		}, "phases[2].objectives[0].kpis[1].history", ErrTooMany},
		{"too many answers", func(r map[string]any) {
			ans := obj(r, "plan", "maturity", "answers")
			for i := 0; i <= MaxAnswers; i++ {
				ans["q"+strconv.Itoa(i)] = json.Number("1")
			}
		}, "maturity.answers", ErrTooMany},
		{"market unknown", func(r map[string]any) { obj(r, "plan", "context")["market"] = "b2g" }, "context.market", ErrUnknownValue},
		{"template unknown", func(r map[string]any) { obj(r, "plan")["template"] = "swot" }, "template", ErrUnknownValue},
		{"weight null", func(r map[string]any) { obj(r, "plan", "scoring", "criteria", 0)["weight"] = nil }, "scoring.criteria[0].weight", ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := mutate(t, base, tt.edit)
			p, err := Import(data)
			var fe *FieldError
			if !errors.As(err, &fe) || p != nil {
				t.Fatalf("Import = %v, %v; want nil and a *FieldError", p, err)
			}
			if fe.Path != tt.path || !errors.Is(err, tt.reason) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("err = %q (path %q), want path %q and %v", err, fe.Path, tt.path, tt.reason)
			}
		})
	}
}

func TestImportErrorMessage(t *testing.T) {
	data := mutate(t, threePhaseExport(t), func(r map[string]any) {
		obj(r, "plan", "phases", 2, "objectives", 0, "kpis", 1)["target"] = "12 %"
	})
	_, err := Import(data)
	if got, want := err.Error(), "phases[2].objectives[0].kpis[1].target: not a number"; got != want {
		t.Fatalf("message = %q, want %q", got, want)
	}
}

func TestImportCleansText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"controls stripped, newline and tab kept", "a\x00b\x07c\x1b[31md\r\ne\tf\x7f\u0085\u009f", "abc[31md\ne\tf"},
		{"markup kept verbatim", `<script>alert("x")</script> **b** [l](javascript:x)`, `<script>alert("x")</script> **b** [l](javascript:x)`},
		{"unicode kept", "Été 🌞 — 日本語 ‮rtl", "Été 🌞 — 日本語 ‮rtl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := mutate(t, threePhaseExport(t), func(r map[string]any) { obj(r, "plan")["title"] = tt.in })
			p, err := Import(data)
			if err != nil {
				t.Fatal(err)
			}
			if p.Title != tt.want {
				t.Fatalf("title = %q, want %q", p.Title, tt.want)
			}
		})
	}
}

func TestImportInvalidUTF8(t *testing.T) {
	data := bytes.Replace(threePhaseExport(t), []byte(`"owner": "Direction`), []byte("\"owner\": \"\xff\xfeDirection"), 1)
	p, err := Import(data)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(p.Owner, "\uFFFD") || !strings.HasSuffix(p.Owner, "Direction digitale & service client") {
		t.Fatalf("owner = %q", p.Owner)
	}
}

func TestImportAcceptsBOMAndNulls(t *testing.T) {
	data := append([]byte("\xef\xbb\xbf"), threePhaseExport(t)...)
	if _, err := Import(data); err != nil {
		t.Fatalf("with BOM: %v", err)
	}
	minimal := `{"format":"reachlab-plan","version":2,"plan":{
		"id":"00000000-0000-4000-8000-000000000001","lang":"en","title":null,
		"phases":[{"id":"00000000-0000-4000-8000-000000000002","objectives":null,
		  "actions":[{"id":"00000000-0000-4000-8000-000000000003","status":"planned","budget":null}]}]}}`
	p, err := Import([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	a := p.Phases[0].Actions[0]
	if p.Title != "" || a.Budget.IsSet() || !a.Start.IsZero() || p.Phases[0].Objectives != nil || p.Revision != 0 {
		t.Fatalf("nulls not read as missing: %+v", p)
	}
}

func TestImportV3Fixture(t *testing.T) {
	// The v3 fixture is the export of fullPlan; if the schema changes, the
	// fixture shows it in review. Regenerate with -update.
	data, err := Export(fullPlan())
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "testdata/plan_v3.json", data)
	disk, err := os.ReadFile("testdata/plan_v3.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Import(disk)
	if err != nil {
		t.Fatal(err)
	}
	if d := diff(fullPlan(), p); d != "" {
		t.Fatalf("fixture differs from fullPlan at %s", d)
	}
}

// TestImportV2Fixture reads a file written before KPIs had filters (the
// export of fullPlan by schema 2, kept as written): it loads unchanged,
// every KPI computed over all its rows.
func TestImportV2Fixture(t *testing.T) {
	disk, err := os.ReadFile("testdata/plan_v2.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Import(disk)
	if err != nil {
		t.Fatal(err)
	}
	want := fullPlan()
	for i := range want.Phases {
		for j := range want.Phases[i].Objectives {
			for k := range want.Phases[i].Objectives[j].KPIs {
				want.Phases[i].Objectives[j].KPIs[k].Filter = Filter{}
			}
		}
	}
	if d := diff(want, p); d != "" {
		t.Fatalf("v2 fixture differs from fullPlan without filters at %s", d)
	}
	if p.SchemaVersion != SchemaVersion {
		t.Errorf("schema %d, want %d", p.SchemaVersion, SchemaVersion)
	}
}

func FuzzImport(f *testing.F) {
	f.Add(threePhaseExport(f))
	if v1, err := os.ReadFile("testdata/plan_v1.json"); err == nil {
		f.Add(v1)
	}
	for _, s := range []string{
		``, `{}`, `[]`, `null`, `{"format":"reachlab-plan"}`,
		`{"format":"reachlab-plan","version":2,"plan":{}}`,
		`{"format":"reachlab-plan","version":1,"plan":{"id":"00000000-0000-4000-8000-000000000001","phases":[{"actions":[{"status":"todo","budget":12}]}]}}`,
		`{"format":"reachlab-plan","version":2,"plan":{"id":"00000000-0000-4000-8000-000000000001","lang":"fr","maturity":{"answers":{"x":1}}}}`,
		`{"format":"reachlab-plan","version":2,"plan":{"phases":[{"objectives":[{"kpis":[{"history":[{"date":"2025-01-01","value":1e308}]}]}]}]}}`,
		"\xef\xbb\xbf{\"format\":\"reachlab-plan\",\"version\":3}",
	} {
		f.Add([]byte(s))
	}
	f.Add([]byte(`{"format":"reachlab-plan","version":3,"plan":{"id":"00000000-0000-4000-8000-000000000001","lang":"fr","horizon":{"start":"1336-01-01"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if r, repaired, err := ImportRepairingDates(data); err == nil {
			if _, err := Export(r); err != nil {
				t.Fatalf("repaired plan does not export: %v", err)
			}
		} else if r != nil || repaired != nil {
			t.Fatal("plan or repairs returned with an error")
		}
		p, err := Import(data)
		if err != nil {
			if p != nil {
				t.Fatal("plan returned with an error")
			}
			return
		}
		out, err := Export(p)
		if err != nil {
			t.Fatalf("imported plan does not export: %v", err)
		}
		q, err := Import(out)
		if err != nil {
			t.Fatalf("export of an imported plan does not import: %v", err)
		}
		if d := diff(p, q); d != "" {
			t.Fatalf("re-import changed %s", d)
		}
	})
}
