package planpage

import (
	"context"
	"errors"
	"fmt"
	"math"
	"reachlab/app/analysis"

	"reachlab/app/data/load"
	"reachlab/app/metrics"
	"reachlab/app/text"
	"reachlab/app/ui/workspace"
)

// columnTotal is the pseudo-metric of a KPI that follows the total of one
// column of a dataset (any numeric column, mapped to a role or not).
const columnTotal = "column_total"

// dataSource gives KPIs their current values from the datasets of the
// workspace: a metric of the metrics engine computed over the whole dataset
// (its "all channels" row), or the total of a column. It implements
// plan.MetricSource.
type dataSource struct {
	ctx     context.Context
	w       *workspace.Workspace
	lang    text.Lang
	reports map[string]*metrics.Report // computed once per dataset
}

func newDataSource(ctx context.Context, w *workspace.Workspace, lang text.Lang) *dataSource {
	return &dataSource{ctx: ctx, w: w, lang: lang, reports: map[string]*metrics.Report{}}
}

// errNoDataset: the KPI names a metric but no dataset to compute it on.
var errNoDataset = errors.New("no dataset chosen")

// MetricValue implements plan.MetricSource. Rates are in percent units, as
// the metrics engine gives them (2.35 for 2.35 %).
func (s *dataSource) MetricValue(metricID, datasetID, column string) (float64, error) {
	if datasetID == "" {
		return math.NaN(), errNoDataset
	}
	t, meta, err := s.w.Table(s.ctx, datasetID, load.Options{Locale: string(s.lang)})
	if err != nil {
		return math.NaN(), err
	}
	if metricID == columnTotal {
		return analysis.ColumnSum(t, column)
	}
	rep, ok := s.reports[datasetID]
	if !ok {
		ds := analysis.Dataset{ID: datasetID, Table: t, Name: meta.Name, Platform: string(meta.Platform), MediumKind: meta.MediumKind}
		r := metrics.Compute(ds.Messages(metrics.KindUnknown), ds.Options(metrics.Options{}))
		rep = &r
		s.reports[datasetID] = rep
	}
	v, ok := rep.Total.Metric(metricID)
	if !ok {
		return math.NaN(), fmt.Errorf("%q is not a metric of a whole dataset", metricID)
	}
	if !v.OK {
		return math.NaN(), errors.New(v.Reason.Text().In(s.lang))
	}
	return v.V, nil
}
