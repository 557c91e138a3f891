package workspace

import (
	"context"
	"net/url"

	"reachlab/app/store"
)

// viewsID is the settings record holding the choices pages made for one
// dataset.
func viewsID(dataset string) string { return "views." + dataset }

// views holds, by page path ("/compare"), the settings the page keeps for
// one dataset, as a URL query without the dataset.
type views map[string]string

// View returns the settings page keeps for dataset (the denominator, the
// column analysed, the reference CPM…), as URL query values; none saved is
// an empty set.
func (w *Workspace) View(ctx context.Context, dataset, page string) (url.Values, error) {
	var v views
	if _, _, err := w.getJSON(ctx, store.Settings, viewsID(dataset), &v); err != nil {
		return url.Values{}, err
	}
	q, err := url.ParseQuery(v[page])
	if err != nil {
		return url.Values{}, nil
	}
	return q, nil
}

// SetView keeps the settings page uses for dataset, so they come back when
// the user returns to that dataset, in any tab. The dataset parameter
// itself is not kept.
func (w *Workspace) SetView(ctx context.Context, dataset, page string, q url.Values) error {
	q = cloneValues(q)
	q.Del("dataset")
	enc := q.Encode()
	_, err := update(ctx, w, viewsID(dataset), "Page settings", func(v *views) bool {
		if (*v)[page] == enc {
			return false
		}
		if *v == nil {
			*v = views{}
		}
		(*v)[page] = enc
		return true
	})
	return err
}

func cloneValues(q url.Values) url.Values {
	out := make(url.Values, len(q))
	for k, v := range q {
		out[k] = append([]string(nil), v...)
	}
	return out
}
