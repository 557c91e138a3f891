package planpage

import (
	"errors"
	"math"

	"reachlab/app/i18n"
	"reachlab/app/plan"
	"reachlab/app/text"
)

// problemText says what is wrong with a plan that Import or Validate
// refused, in the user's language where the problem is one the user can
// act on (a budget out of range names the action and the bounds), and in
// the plan package's words otherwise.
func problemText(l text.Lang, err error) string {
	var ae *plan.AmountError
	if errors.As(err, &ae) {
		return i18n.Tf(l, i18n.PlanAmountRange, ae.Action, i18n.Auto(l, ae.Amount), i18n.Number(l, plan.MaxAmount, 0))
	}
	return err.Error()
}

// amountAllowed reports whether x may be typed as a budget: missing (NaN)
// or 0…plan.MaxAmount.
func amountAllowed(x float64) bool { return math.IsNaN(x) || (x >= 0 && x <= plan.MaxAmount) }
