// Package comparepage is the /compare route, which asks of one dataset: is
// this channel a mass medium? It sets the audience of mass media against the
// engagement of social media, channel by channel, with every figure defined
// on the page.
//
//	/compare?dataset=case:tv-vs-brand                        the built-in case
//	/compare?dataset=<id>&denominator=impressions&universe=…  settings in the URL
//
// The settings live in the URL, so that a lesson can link to a prepared
// comparison and a reload keeps it. The page asks the engine
// (client.Compare), which measures the dataset in the engines' worker with
// app/analysis/compare; it shows the channel table (sortable,
// missing values with their reason), the signature chart, engagement bars
// whose axis names the denominator, the timeline, the readings phrased from
// the engine's codes, the advertising value equivalent with its caveat, the
// messages of one channel fifty at a time, and the definition of every
// metric. Charts export to PNG and SVG, the table to CSV.
package comparepage
