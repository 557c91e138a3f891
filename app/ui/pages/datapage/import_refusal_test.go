package datapage

import (
	"context"
	"strings"
	"testing"

	"reachlab/app/store"
	"reachlab/app/text"
	"reachlab/app/workspace"
)

// TestARefusalNamesEachRecordInBothLanguages: a workspace file with a
// garbage plan and a dataset description without its data is refused with
// one line per record, in the user's language.
func TestARefusalNamesEachRecordInBothLanguages(t *testing.T) {
	w := workspace.New(store.NewMemory())
	file := `{"format":"reachlab-workspace","version":1,"records":[` +
		`{"kind":"plan","id":"p1","title":"Launch plan","data":"bm90IGpzb24="},` +
		`{"kind":"mapping","id":"d1","title":"posts.csv","data":"eyJpZCI6ImQxIiwibmFtZSI6InBvc3RzLmNzdiJ9"}]}`
	_, err := w.Preview(context.Background(), []byte(file))
	if err == nil {
		t.Fatal("the file was accepted")
	}
	for _, c := range []struct {
		l    text.Lang
		want []string
	}{
		{text.EN, []string{
			"ws.json was not imported and nothing was changed: record 1, plan “Launch plan”: the plan cannot be read (it is not a ReachLab plan, or a damaged or oversized one)",
			"record 2, dataset description “posts.csv”: the dataset’s data is neither in the file nor in this browser",
		}},
		{text.FR, []string{
			"ws.json n’a pas été importé et rien n’a été modifié : enregistrement 1, plan « Launch plan » : le plan est illisible (ce n’est pas un plan ReachLab, ou il est endommagé ou trop volumineux)",
			"enregistrement 2, description de jeu de données « posts.csv » : les données du jeu ne sont ni dans le fichier ni dans ce navigateur",
		}},
	} {
		got := refusal(c.l, "ws.json", err)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s:\n%s\nwant\n%s", c.l, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
	}
}
