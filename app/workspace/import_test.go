package workspace

import (
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"reachlab/app/plan"
	"reachlab/app/store"
	"reachlab/app/text"
)

var exported = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

// putPlan saves a plan from a template, titled title, as the plan page does.
func putPlan(t *testing.T, w *Workspace, title string) *plan.Plan {
	t.Helper()
	p := plan.NewFromTemplate(plan.TemplateThreePhases, text.EN, exported)
	p.Title = title
	savePlan(t, w, p)
	return p
}

// savePlan writes p over its stored version.
func savePlan(t *testing.T, w *Workspace, p *plan.Plan) {
	t.Helper()
	b, err := plan.Export(p)
	if err != nil {
		t.Fatal(err)
	}
	var rev int64
	if r, err := w.Plan(context.Background(), p.ID); err == nil {
		rev = r.Rev
	}
	if _, err := w.PutPlan(context.Background(), p.ID, p.Title, rev, b); err != nil {
		t.Fatal(err)
	}
}

// openPlan reads a stored plan.
func openPlan(t *testing.T, w *Workspace, id string) *plan.Plan {
	t.Helper()
	r, err := w.Plan(context.Background(), id)
	if err != nil {
		t.Fatalf("plan %s: %v", id, err)
	}
	p, err := plan.Import(r.Data)
	if err != nil {
		t.Fatalf("plan %s: %v", id, err)
	}
	return p
}

// export writes w's workspace file.
func export(t *testing.T, w *Workspace) []byte {
	t.Helper()
	b, err := w.Export(context.Background(), exported)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// preview previews file into w, failing the test on a refusal.
func preview(t *testing.T, w *Workspace, file []byte) ImportPlan {
	t.Helper()
	p, err := w.Preview(context.Background(), file)
	if err != nil {
		t.Fatalf("Preview: %v", err)
	}
	return p
}

// everything is every record stored in s, data included, by "kind/id".
func everything(t *testing.T, s store.Store) map[string]store.Record {
	t.Helper()
	ctx := context.Background()
	all := map[string]store.Record{}
	for _, k := range kinds {
		list, err := s.List(ctx, k)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range list {
			full, err := s.Get(ctx, k, r.ID)
			if err != nil {
				t.Fatal(err)
			}
			all[string(k)+"/"+r.ID] = full
		}
	}
	return all
}

// sameRecords reports the differences between two snapshots.
func sameRecords(t *testing.T, what string, before, after map[string]store.Record) {
	t.Helper()
	for k, b := range before {
		a, ok := after[k]
		if !ok || a.Rev != b.Rev || a.Title != b.Title || string(a.Data) != string(b.Data) {
			t.Errorf("%s: %s changed", what, k)
		}
	}
	for k := range after {
		if _, ok := before[k]; !ok {
			t.Errorf("%s: %s added", what, k)
		}
	}
}

func TestExportImportIntoAnEmptyWorkspace(t *testing.T) {
	ctx := context.Background()
	a := newTest()
	d := addDataset(t, a, "posts.csv")
	p := putPlan(t, a, "Q3")
	a.MarkSeen(ctx, "mass-vs-social", 1)
	a.StartRead(ctx, d.ID) // this browser's note: never imported
	b := newTest()
	ip := preview(t, b, export(t, a))
	want := []struct {
		kind  ItemKind
		title string
	}{{ItemDataset, "posts.csv"}, {ItemPlan, "Q3"}, {ItemProgress, "Lesson progress"}}
	if len(ip.Items) != len(want) {
		t.Fatalf("items = %+v, want %v", ip.Items, want)
	}
	for i, w := range want {
		if it := ip.Items[i]; it.Kind != w.kind || it.Title != w.title || it.Action != Add {
			t.Errorf("item %d = %+v, want %v to add", i, it, w)
		}
	}
	done, err := b.Apply(ctx, ip, KeepBoth, text.EN)
	if err != nil || done != (Applied{Added: 3}) {
		t.Fatalf("Apply = %+v, %v", done, err)
	}
	if got, err := b.Dataset(ctx, d.ID); err != nil || got.Name != "posts.csv" {
		t.Errorf("imported dataset: %+v, %v", got, err)
	}
	if src, _ := b.Source(ctx, d.ID); string(src) != "a,b,c\n1,2,3\n" {
		t.Errorf("imported source %q", src)
	}
	if got := openPlan(t, b, p.ID); got.Title != "Q3" {
		t.Errorf("imported plan %q", got.Title)
	}
	if pr, _ := b.LessonProgress(ctx); pr["mass-vs-social"] != 2 {
		t.Errorf("imported progress %v", pr)
	}
	if b.Interrupted(ctx, d.ID) {
		t.Error("the other browser's note of a read in progress was imported")
	}
	// The same file again: every item is identical and skipped.
	again := preview(t, b, export(t, a))
	if again.Count(Same) != 3 {
		t.Errorf("second preview: %+v", again.Items)
	}
	before := everything(t, b.store)
	if done, err := b.Apply(ctx, again, Replace, text.EN); err != nil || done != (Applied{Unchanged: 3}) {
		t.Errorf("second Apply = %+v, %v", done, err)
	}
	sameRecords(t, "identical import", before, everything(t, b.store))
}

// oldBackup is a workspace with a dataset (with page settings), three plans
// and lesson progress, exported, then changed: the dataset renamed, one
// plan's owner changed, one plan deleted, progress advanced. The file is the
// old backup.
type oldBackup struct {
	w                       *Workspace
	file                    []byte
	dataset                 Dataset
	edited, gone, untouched *plan.Plan
}

func newOldBackup(t *testing.T) oldBackup {
	t.Helper()
	ctx := context.Background()
	w := newTest()
	d := addDataset(t, w, "posts.csv")
	w.SetView(ctx, d.ID, "/compare", url.Values{"cpm": {"8"}})
	edited, gone, untouched := putPlan(t, w, "Launch"), putPlan(t, w, "Old idea"), putPlan(t, w, "Untouched")
	w.MarkSeen(ctx, "mass-vs-social", 0)
	file := export(t, w)

	d.Name = "posts (final).csv"
	d, err := w.PutDataset(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	edited.Owner = "Newer owner"
	savePlan(t, w, edited)
	w.DeletePlan(ctx, gone.ID)
	w.MarkSeen(ctx, "mass-vs-social", 3)
	return oldBackup{w: w, file: file, dataset: d, edited: edited, gone: gone, untouched: untouched}
}

func TestPreviewClassifiesEachItem(t *testing.T) {
	o := newOldBackup(t)
	ip := preview(t, o.w, o.file)
	for _, c := range []struct {
		a    Action
		want []string
	}{
		{Add, []string{"Old idea"}},
		{Conflict, []string{"posts.csv", "Launch", "Lesson progress"}},
		{Same, []string{"Untouched"}},
	} {
		if got := ip.Titles(c.a); !slices.Equal(got, c.want) {
			t.Errorf("action %d: %q, want %q", c.a, got, c.want)
		}
		if ip.Count(c.a) != len(c.want) {
			t.Errorf("Count(%d) = %d", c.a, ip.Count(c.a))
		}
	}
	// A preview stores nothing.
	before := everything(t, o.w.store)
	preview(t, o.w, o.file)
	sameRecords(t, "preview", before, everything(t, o.w.store))
}

func TestKeepBothRevertsNothing(t *testing.T) {
	ctx := context.Background()
	o := newOldBackup(t)
	done, err := o.w.Apply(ctx, preview(t, o.w, o.file), KeepBoth, text.FR)
	if err != nil || done != (Applied{Added: 1, Copied: 2, Unchanged: 2}) {
		t.Fatalf("Apply = %+v, %v", done, err)
	}
	// The newer work stands.
	if d, _ := o.w.Dataset(ctx, o.dataset.ID); d.Name != "posts (final).csv" {
		t.Errorf("the dataset was renamed back to %q", d.Name)
	}
	if p := openPlan(t, o.w, o.edited.ID); p.Owner != "Newer owner" {
		t.Errorf("the plan's owner went back to %q", p.Owner)
	}
	if pr, _ := o.w.LessonProgress(ctx); pr["mass-vs-social"] != 4 {
		t.Errorf("progress went back: %v", pr)
	}
	openPlan(t, o.w, o.gone.ID) // the deleted plan comes back: it was not here
	// The old versions are there beside them, as copies.
	list, _ := o.w.Datasets(ctx)
	var cp *Dataset
	for i := range list {
		if list[i].Name == "posts.csv (copie)" {
			cp = &list[i]
		}
	}
	if cp == nil || cp.ID == o.dataset.ID {
		t.Fatalf("no copy of the dataset: %+v", list)
	}
	if src, _ := o.w.Source(ctx, cp.ID); string(src) != "a,b,c\n1,2,3\n" {
		t.Errorf("the copy's data: %q", src)
	}
	if v, _ := o.w.View(ctx, cp.ID, "/compare"); v.Get("cpm") != "8" {
		t.Errorf("the copy's page settings: %v", v)
	}
	plans, _ := o.w.Plans(ctx)
	var copies []string
	for _, r := range plans {
		if p := openPlan(t, o.w, r.ID); strings.HasSuffix(p.Title, "(copy)") {
			copies = append(copies, p.Title)
			if r.ID == o.edited.ID || p.Owner == "Newer owner" {
				t.Errorf("the copy %s is not the file's version", r.ID)
			}
		}
	}
	if !slices.Equal(copies, []string{"Launch (copy)"}) {
		t.Errorf("plan copies %q", copies)
	}
}

func TestReplaceBringsTheFileBack(t *testing.T) {
	ctx := context.Background()
	o := newOldBackup(t)
	done, err := o.w.Apply(ctx, preview(t, o.w, o.file), Replace, text.EN)
	if err != nil || done != (Applied{Added: 1, Replaced: 3, Unchanged: 1}) {
		t.Fatalf("Apply = %+v, %v", done, err)
	}
	if d, _ := o.w.Dataset(ctx, o.dataset.ID); d.Name != "posts.csv" {
		t.Errorf("dataset %q", d.Name)
	}
	if p := openPlan(t, o.w, o.edited.ID); p.Owner == "Newer owner" {
		t.Error("the plan was not replaced")
	}
	if pr, _ := o.w.LessonProgress(ctx); pr["mass-vs-social"] != 1 {
		t.Errorf("progress %v", pr)
	}
	if list, _ := o.w.Datasets(ctx); len(list) != 1+len(BuiltInCases()) {
		t.Errorf("Replace made copies: %+v", list)
	}
}

func TestADescriptionAloneUpdatesTheStoredDataset(t *testing.T) {
	ctx := context.Background()
	w := newTest()
	d := addDataset(t, w, "posts.csv")
	d.Name = "renamed.csv"
	desc, _ := json.Marshal(d)
	file := workspaceFile(t, fileRecord{Kind: store.Mappings, ID: d.ID, Title: d.Name, Data: desc})
	ip := preview(t, w, file)
	if ip.Count(Conflict) != 1 {
		t.Fatalf("items %+v", ip.Items)
	}
	// Kept both: the copy takes the stored data.
	if _, err := w.Apply(ctx, ip, KeepBoth, text.EN); err != nil {
		t.Fatal(err)
	}
	list, _ := w.Datasets(ctx)
	if list[0].Name != "renamed.csv (copy)" {
		t.Fatalf("datasets %+v", list)
	}
	if src, _ := w.Source(ctx, list[0].ID); string(src) != "a,b,c\n1,2,3\n" {
		t.Errorf("the copy's data %q", src)
	}
	if _, err := w.Apply(ctx, preview(t, w, file), Replace, text.EN); err != nil {
		t.Fatal(err)
	}
	if got, _ := w.Dataset(ctx, d.ID); got.Name != "renamed.csv" {
		t.Errorf("replaced: %q", got.Name)
	}
}

func TestApplyAfterAChangeChangesNothing(t *testing.T) {
	ctx := context.Background()
	o := newOldBackup(t)
	ip := preview(t, o.w, o.file)
	// Another tab edits the plan after the preview: the dataset, written
	// first, is put back when the plan is refused.
	o.edited.Owner = "Another tab"
	savePlan(t, o.w, o.edited)
	before := everything(t, o.w.store)
	if _, err := o.w.Apply(ctx, ip, Replace, text.EN); !errors.Is(err, ErrChangedSincePreview) {
		t.Fatalf("Apply = %v, want ErrChangedSincePreview", err)
	}
	after := everything(t, o.w.store)
	for k, b := range before {
		if a := after[k]; a.Title != b.Title || string(a.Data) != string(b.Data) {
			t.Errorf("%s changed", k)
		}
	}
	if len(after) != len(before) {
		t.Errorf("%d records, want %d", len(after), len(before))
	}
}

// workspaceFile is a workspace file holding recs.
func workspaceFile(t *testing.T, recs ...fileRecord) []byte {
	t.Helper()
	b, err := json.Marshal(file{Format: FileFormat, Version: FileVersion, Exported: exported, Records: recs})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// startDate is the first start date of a plan's JSON.
var startDate = regexp.MustCompile(`"start": *"[0-9-]+"`)

// withStart returns an edit of a plan's JSON that sets its first start date.
func withStart(date string) func(string) string {
	return func(s string) string {
		i := startDate.FindStringIndex(s)
		return s[:i[0]] + `"start":"` + date + `"` + s[i[1]:]
	}
}

// planRecord is the record of a valid plan, edited by edit (its JSON).
func planRecord(t *testing.T, title string, edit func(string) string) fileRecord {
	t.Helper()
	p := plan.NewFromTemplate(plan.TemplateGROW, text.EN, exported)
	p.Title = title
	b, err := plan.Export(p)
	if err != nil {
		t.Fatal(err)
	}
	return fileRecord{Kind: store.Plans, ID: p.ID, Title: title, Data: []byte(edit(string(b)))}
}

func TestRefusedRecordsAreNamedAndChangeNothing(t *testing.T) {
	ctx := context.Background()
	same := func(s string) string { return s }
	desc := func(id, name string) fileRecord {
		b, _ := json.Marshal(Dataset{ID: id, Name: name, Kind: "csv"})
		return fileRecord{Kind: store.Mappings, ID: id, Title: name, Data: b}
	}
	source := func(id string, data string) fileRecord {
		return fileRecord{Kind: store.Datasets, ID: id, Title: id, Data: []byte(data)}
	}
	huge := strings.Repeat("é", 25<<20) // 50 MB
	good := planRecord(t, "Fine", same)
	badDates := planRecord(t, "Bad dates", withStart("2026-02-30"))
	for _, c := range []struct {
		name    string
		recs    []fileRecord
		index   int
		title   string
		problem error
	}{
		{"a 50 MB title", []fileRecord{good, {Kind: store.Plans, ID: "p", Title: huge, Data: good.Data}}, 1, strings.Repeat("é", 60) + "…", ErrTitleTooLong},
		{"a 50 MB dataset name", []fileRecord{source("d", "a\n1\n"), {Kind: store.Mappings, ID: "d", Title: "d.csv", Data: desc("d", huge).Data}}, 1, "d.csv", ErrTitleTooLong},
		{"garbage plan JSON", []fileRecord{{Kind: store.Plans, ID: "g", Title: "Garbage", Data: []byte("{not json")}}, 0, "Garbage", ErrBadPlan},
		{"a plan with impossible dates", []fileRecord{good, badDates}, 1, "Bad dates", ErrBadPlan},
		{"a plan under another ID", []fileRecord{{Kind: store.Plans, ID: "other", Title: "Moved", Data: good.Data}}, 0, "Moved", ErrBadPlan},
		{"an empty dataset", []fileRecord{source("e", ""), desc("e", "empty.csv")}, 0, "e", ErrEmptyDataset},
		{"a description without its dataset", []fileRecord{desc("m", "lonely.csv")}, 0, "lonely.csv", ErrNoSource},
		{"data without a description", []fileRecord{source("s", "a\n1\n")}, 0, "s", ErrNoDescription},
		{"a description of another ID", []fileRecord{source("x", "a\n1\n"), {Kind: store.Mappings, ID: "x", Title: "x.csv", Data: desc("y", "y").Data}}, 1, "x.csv", ErrBadDescription},
		{"the same plan twice", []fileRecord{good, good}, 1, "Fine", ErrDuplicateRecord},
		{"a built-in case", []fileRecord{source("case:tv-vs-brand", "a\n1\n")}, 0, "case:tv-vs-brand", ErrBuiltIn},
		{"a setting that is not JSON", []fileRecord{{Kind: store.Settings, ID: progressID, Title: "Lesson progress", Data: []byte("{")}}, 0, "Lesson progress", ErrBadSetting},
		{"an unknown kind", []fileRecord{{Kind: "script", ID: "a", Title: "a", Data: []byte("x")}}, 0, "a", ErrBadRecord},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := newTest()
			addDataset(t, w, "mine.csv")
			putPlan(t, w, "Mine")
			before := everything(t, w.store)
			_, err := w.Preview(ctx, workspaceFile(t, c.recs...))
			var refused *RefusedError
			if !errors.As(err, &refused) || !errors.Is(err, ErrCorruptWorkspace) || !errors.Is(err, c.problem) {
				t.Fatalf("Preview = %v, want a refusal for %v", err, c.problem)
			}
			if len(refused.Records) != 1 {
				t.Fatalf("refused %v, want one record", refused.Records)
			}
			r := refused.Records[0]
			if r.Index != c.index || r.Title != c.title || r.Problem != c.problem {
				t.Errorf("refused record %d %q (%v), want %d %q (%v)", r.Index, r.Title, r.Problem, c.index, c.title, c.problem)
			}
			if len(r.Error()) > 500 {
				t.Errorf("the refusal is %d bytes long", len(r.Error()))
			}
			sameRecords(t, c.name, before, everything(t, w.store))
		})
	}
}

func TestARefusalNamesEveryBadRecord(t *testing.T) {
	w := newTest()
	recs := []fileRecord{planRecord(t, "Good", func(s string) string { return s })}
	for range maxRefusals + 5 {
		recs = append(recs, fileRecord{Kind: store.Plans, ID: "bad", Title: "Bad", Data: []byte("x")})
	}
	_, err := w.Preview(context.Background(), workspaceFile(t, recs...))
	var refused *RefusedError
	if !errors.As(err, &refused) || len(refused.Records) != maxRefusals || refused.More != 5 {
		t.Fatalf("Preview = %v", err)
	}
	// The first is a bad plan; those after it are also the same record twice.
	if refused.Records[0].Index != 1 || refused.Records[0].Problem != ErrBadPlan || refused.Records[1].Problem != ErrDuplicateRecord {
		t.Errorf("refusals %v", refused.Records[:2])
	}
	var fe *plan.FieldError
	if !errors.As(err, &fe) && !errors.Is(err, plan.ErrCorrupt) {
		t.Errorf("the plan's own error is lost: %v", err)
	}
}

func TestARefusedPlanKeepsTheFieldError(t *testing.T) {
	w := newTest()
	bad := planRecord(t, "Dates", withStart("2026-13-01"))
	_, err := w.Preview(context.Background(), workspaceFile(t, bad))
	var fe *plan.FieldError
	if !errors.As(err, &fe) || !errors.Is(err, plan.ErrBadDate) || !strings.Contains(fe.Path, "start") {
		t.Errorf("Preview = %v, want the plan's field error on a start date", err)
	}
}

func TestHostileImportChangesNothing(t *testing.T) {
	ctx := context.Background()
	w := newTest()
	w.PutPlan(ctx, "mine", "", 0, []byte("keep"))
	for name, file := range map[string]string{
		"not json":      "<script>alert(1)</script>",
		"other format":  `{"format":"reachlab-plan","version":1}`,
		"newer version": `{"format":"reachlab-workspace","version":99,"records":[]}`,
		"bad kind":      `{"format":"reachlab-workspace","version":1,"records":[{"kind":"x","id":"a","data":""}]}`,
		"bad base64":    `{"format":"reachlab-workspace","version":1,"records":[{"kind":"plan","id":"a","data":"%%%"}]}`,
		"late bad meta": `{"format":"reachlab-workspace","version":1,"records":[{"kind":"plan","id":"mine","data":"b3Zlcg=="},{"kind":"mapping","id":"m","data":"e30="}]}`,
		"unknown field": `{"format":"reachlab-workspace","version":1,"records":[],"evil":true}`,
	} {
		if _, err := w.Preview(ctx, []byte(file)); err == nil {
			t.Errorf("%s: accepted", name)
		}
		r, _ := w.Plan(ctx, "mine")
		if string(r.Data) != "keep" {
			t.Fatalf("%s: overwrote a saved record", name)
		}
	}
	if _, err := w.Preview(ctx, []byte(strings.Repeat(" ", 10))); !errors.Is(err, ErrNotWorkspace) {
		t.Errorf("blank file: %v", err)
	}
}

func TestImportVersions(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name    string
		version string
		want    error
	}{
		{"zero", "0", ErrNotWorkspace},
		{"negative", "-1", ErrNotWorkspace},
		{"future", "2", ErrUnsupportedVersion},
	} {
		w := newTest()
		_, err := w.Preview(ctx, []byte(`{"format":"reachlab-workspace","version":`+c.version+`,"records":[]}`))
		if !errors.Is(err, c.want) {
			t.Errorf("version %s (%s): %v, want %v", c.version, c.name, err, c.want)
		}
	}
}
