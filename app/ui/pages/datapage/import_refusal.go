package datapage

import (
	"errors"

	"reachlab/app/i18n"
	"reachlab/app/plan"
	"reachlab/app/store"
	"reachlab/app/text"
	"reachlab/app/workspace"
)

// recordProblems maps each problem of a refused record of a workspace file
// to its message.
var recordProblems = []errKey{
	{workspace.ErrBadRecord, i18n.ErrMsgWSBadRecord},
	{workspace.ErrDuplicateRecord, i18n.ErrMsgWSDuplicate},
	{workspace.ErrBadDescription, i18n.ErrMsgWSDescription},
	{workspace.ErrEmptyDataset, i18n.ErrMsgWSEmpty},
	{workspace.ErrNoSource, i18n.ErrMsgWSNoSource},
	{workspace.ErrNoDescription, i18n.ErrMsgWSNoDesc},
	{workspace.ErrBadSetting, i18n.ErrMsgWSSetting},
	{workspace.ErrBuiltIn, i18n.ErrMsgWSBuiltIn},
}

// refusal says, in l, why the workspace file name was not imported: one
// line per refused record when records were refused, else the cause.
func refusal(l text.Lang, name string, err error) []string {
	var refused *workspace.RefusedError
	if !errors.As(err, &refused) {
		return []string{cause(l, name, err)}
	}
	lines := make([]string, 0, len(refused.Records)+1)
	for i, r := range refused.Records {
		line := recordText(l, r)
		if i == 0 {
			line = i18n.Tf(l, i18n.DataWSRefused, name, line)
		}
		lines = append(lines, line)
	}
	if refused.More > 0 {
		lines = append(lines, i18n.Tf(l, i18n.DataWSRefusedMore, refused.More))
	}
	return lines
}

// recordText says which record was refused and why: "record 3, plan
// “Q3”: the plan cannot be read (…)".
func recordText(l text.Lang, r *workspace.RecordError) string {
	return i18n.Tf(l, i18n.DataWSRecord, r.Index+1, kindText(l, r.Kind), r.Title, problemText(l, r))
}

// kindText names a kind of record in l.
func kindText(l text.Lang, k store.Kind) string {
	switch k {
	case store.Datasets:
		return i18n.T(l, i18n.DataWSKindDataset)
	case store.Mappings:
		return i18n.T(l, i18n.DataWSKindMapping)
	case store.Plans:
		return i18n.T(l, i18n.DataWSKindPlan)
	case store.Settings:
		return i18n.T(l, i18n.DataWSKindSetting)
	}
	return i18n.T(l, i18n.DataWSKindOther)
}

// problemText says in l what is wrong with a refused record. A plan's
// problem is said in the user's words where the plan package has them (a
// date, a budget), with the field's path; otherwise in the reader's.
func problemText(l text.Lang, r *workspace.RecordError) string {
	switch r.Problem {
	case workspace.ErrTitleTooLong:
		return i18n.Tf(l, i18n.ErrMsgWSTitle, i18n.Number(l, workspace.MaxTitle, 0))
	case workspace.ErrBadPlan:
		return i18n.Tf(l, i18n.ErrMsgWSBadPlan, planProblem(l, r.Cause))
	}
	if k, ok := keyOf(recordProblems, r.Problem); ok {
		return i18n.T(l, k)
	}
	return r.Problem.Error()
}

// planProblem says why plan.Import refused a plan.
func planProblem(l text.Lang, err error) string {
	var ae *plan.AmountError
	if errors.As(err, &ae) {
		return i18n.Tf(l, i18n.PlanAmountRange, ae.Action, i18n.Auto(l, ae.Amount), i18n.Number(l, plan.MaxAmount, 0))
	}
	var fe *plan.FieldError
	if t, ok := plan.ErrorText(err, l); ok && errors.As(err, &fe) {
		return i18n.Tf(l, i18n.DataAt, fe.Path, t)
	}
	if errors.Is(err, plan.ErrCorrupt) || errors.Is(err, plan.ErrNotAPlan) || errors.Is(err, plan.ErrTooLarge) {
		return i18n.T(l, i18n.ErrMsgWSPlanFile)
	}
	if err == nil {
		return ""
	}
	return err.Error()
}
