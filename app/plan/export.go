package plan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"
)

// FormatName is the "format" field of the JSON envelope.
const FormatName = "reachlab-plan"

// Export writes p as JSON in a versioned envelope:
//
//	{"format": "reachlab-plan", "version": 3, "plan": {…}}
//
// Keys are snake_case and come in a fixed order; the output is indented with
// two spaces and ends with a newline. Missing numbers (NaN) and unset dates
// are written as null; dates as "YYYY-MM-DD"; times as RFC 3339 with their
// UTC offset and nanoseconds. Strings are written through CleanText (no
// control characters but newline and tab). Import(Export(p)) equals p
// field for field, times included (same instant, same offset).
//
// Export first calls p.Validate and returns its error, so that every
// exported file can be imported back.
func Export(p *Plan) ([]byte, error) {
	if p == nil {
		return nil, fmt.Errorf("%w: nil plan", ErrInvalid)
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	w := &jsonWriter{}
	w.beginObject()
	w.key("format")
	w.str(FormatName)
	w.key("version")
	w.integer(SchemaVersion)
	w.key("plan")
	w.plan(p)
	w.endObject()
	var out bytes.Buffer
	if err := json.Indent(&out, w.buf, "", "  "); err != nil {
		// The writer only produces valid JSON; reaching this is a bug.
		return nil, fmt.Errorf("plan: Export wrote invalid JSON: %w", err)
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

func (w *jsonWriter) plan(p *Plan) {
	w.beginObject()
	w.field("id", p.ID)
	w.field("title", p.Title)
	w.field("owner", p.Owner)
	w.field("lang", string(p.Lang))
	w.field("template", string(p.Template))
	w.key("context")
	w.beginObject()
	w.field("market", string(p.Context.Market))
	w.field("sector", p.Context.Sector)
	w.endObject()
	w.key("horizon")
	w.beginObject()
	w.dateField("start", p.Horizon.Start)
	w.dateField("end", p.Horizon.End)
	w.endObject()
	w.key("phases")
	w.beginArray()
	for i := range p.Phases {
		w.phase(&p.Phases[i])
	}
	w.endArray()
	w.key("scoring")
	w.scoring(&p.Scoring)
	w.key("maturity")
	w.beginObject()
	w.key("answers")
	w.beginObject()
	for _, k := range sortedKeys(p.Maturity.Answers) {
		w.key(k)
		w.integer(int64(p.Maturity.Answers[k]))
	}
	w.endObject()
	w.endObject()
	w.timeField("created_at", p.CreatedAt)
	w.timeField("updated_at", p.UpdatedAt)
	w.key("revision")
	w.integer(p.Revision)
	w.endObject()
}

func (w *jsonWriter) phase(ph *Phase) {
	w.beginObject()
	w.field("id", ph.ID)
	w.field("name", ph.Name)
	w.field("description", ph.Description)
	w.dateField("start", ph.Start)
	w.dateField("end", ph.End)
	w.key("objectives")
	w.beginArray()
	for i := range ph.Objectives {
		w.objective(&ph.Objectives[i])
	}
	w.endArray()
	w.key("actions")
	w.beginArray()
	for i := range ph.Actions {
		w.action(&ph.Actions[i])
	}
	w.endArray()
	w.field("people", ph.People)
	w.field("process", ph.Process)
	w.field("platforms", ph.Platforms)
	w.key("risks")
	w.beginArray()
	for _, r := range ph.Risks {
		w.beginObject()
		w.field("id", r.ID)
		w.field("description", r.Description)
		w.key("likelihood")
		w.integer(int64(r.Likelihood))
		w.key("impact")
		w.integer(int64(r.Impact))
		w.field("mitigation", r.Mitigation)
		w.endObject()
	}
	w.endArray()
	w.endObject()
}

func (w *jsonWriter) objective(o *Objective) {
	w.beginObject()
	w.field("id", o.ID)
	w.field("statement", o.Statement)
	w.field("who", o.Who)
	w.field("what", o.What)
	w.numberField("quantity", o.Quantity)
	w.field("unit", o.Unit)
	w.numberField("baseline", o.Baseline)
	w.dateField("by_when", o.ByWhen)
	w.field("business_goal", o.BusinessGoal)
	w.key("kpis")
	w.beginArray()
	for i := range o.KPIs {
		w.kpi(&o.KPIs[i])
	}
	w.endArray()
	w.endObject()
}

func (w *jsonWriter) kpi(k *KPI) {
	w.beginObject()
	w.field("id", k.ID)
	w.field("name", k.Name)
	w.field("metric_id", k.MetricID)
	w.field("dataset_id", k.DatasetID)
	w.field("column", k.Column)
	w.key("filter")
	w.beginObject()
	w.key("channels")
	w.beginArray()
	for _, c := range k.Filter.Channels {
		w.str(c)
	}
	w.endArray()
	w.field("kind", k.Filter.Kind)
	w.dateField("from", k.Filter.From)
	w.dateField("to", k.Filter.To)
	w.endObject()
	w.field("unit", k.Unit)
	w.numberField("baseline", k.Baseline)
	w.dateField("baseline_date", k.BaselineDate)
	w.numberField("target", k.Target)
	w.dateField("target_date", k.TargetDate)
	w.numberField("manual_current", k.ManualCurrent)
	w.key("history")
	w.beginArray()
	for _, pt := range k.History {
		w.beginObject()
		w.dateField("date", pt.Date)
		w.numberField("value", pt.Value)
		w.endObject()
	}
	w.endArray()
	w.endObject()
}

func (w *jsonWriter) action(a *Action) {
	w.beginObject()
	w.field("id", a.ID)
	w.field("title", a.Title)
	w.field("owner", a.Owner)
	w.field("channel", a.Channel)
	w.dateField("start", a.Start)
	w.dateField("end", a.End)
	w.key("budget")
	w.beginObject()
	w.numberField("amount", a.Budget.Amount)
	w.field("currency", a.Budget.Currency)
	w.endObject()
	w.field("status", string(a.Status))
	w.endObject()
}

func (w *jsonWriter) scoring(s *ResponseScoring) {
	w.beginObject()
	w.key("criteria")
	w.beginArray()
	for _, c := range s.Criteria {
		w.beginObject()
		w.field("id", c.ID)
		w.field("name", c.Name)
		w.field("description", c.Description)
		w.numberField("weight", c.Weight)
		w.endObject()
	}
	w.endArray()
	w.key("bands")
	w.beginArray()
	for _, b := range s.Bands {
		w.beginObject()
		w.field("code", string(b.Code))
		w.numberField("min", b.Min)
		w.endObject()
	}
	w.endArray()
	w.endObject()
}

// jsonWriter writes compact JSON. Every value goes through item, which puts
// the comma between members; key marks that the next value follows a key.
type jsonWriter struct {
	buf      []byte
	first    []bool // per open object/array: no member written yet
	afterKey bool
}

func (w *jsonWriter) item() {
	if w.afterKey {
		w.afterKey = false
		return
	}
	if n := len(w.first); n > 0 {
		if !w.first[n-1] {
			w.buf = append(w.buf, ',')
		}
		w.first[n-1] = false
	}
}

func (w *jsonWriter) open(c byte) {
	w.item()
	w.buf = append(w.buf, c)
	w.first = append(w.first, true)
}

func (w *jsonWriter) close(c byte) {
	w.first = w.first[:len(w.first)-1]
	w.buf = append(w.buf, c)
}

func (w *jsonWriter) beginObject() { w.open('{') }
func (w *jsonWriter) endObject()   { w.close('}') }
func (w *jsonWriter) beginArray()  { w.open('[') }
func (w *jsonWriter) endArray()    { w.close(']') }

func (w *jsonWriter) key(k string) {
	w.item()
	w.buf = appendJSONString(w.buf, k)
	w.buf = append(w.buf, ':')
	w.afterKey = true
}

func (w *jsonWriter) str(s string) {
	w.item()
	w.buf = appendJSONString(w.buf, CleanText(s, 0))
}

func (w *jsonWriter) integer(n int64) {
	w.item()
	w.buf = strconv.AppendInt(w.buf, n, 10)
}

// number writes x in the shortest form that reads back to the same float64,
// or null for NaN. Validate has excluded ±Inf.
func (w *jsonWriter) number(x float64) {
	w.item()
	if math.IsNaN(x) {
		w.buf = append(w.buf, "null"...)
		return
	}
	w.buf = strconv.AppendFloat(w.buf, x, 'g', -1, 64)
}

func (w *jsonWriter) field(k, s string)               { w.key(k); w.str(s) }
func (w *jsonWriter) numberField(k string, x float64) { w.key(k); w.number(x) }

func (w *jsonWriter) dateField(k string, d Date) {
	w.key(k)
	if d.IsZero() {
		w.item()
		w.buf = append(w.buf, "null"...)
		return
	}
	w.str(d.String())
}

func (w *jsonWriter) timeField(k string, t time.Time) {
	w.key(k)
	if t.IsZero() {
		w.item()
		w.buf = append(w.buf, "null"...)
		return
	}
	w.str(t.Format(time.RFC3339Nano))
}

// appendJSONString appends s as a JSON string. s is valid UTF-8 (CleanText);
// quotes, backslashes and control characters are escaped, and so are U+2028
// and U+2029, which some JavaScript parsers reject in strings.
func appendJSONString(buf []byte, s string) []byte {
	const hex = "0123456789abcdef"
	buf = append(buf, '"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			buf = append(buf, '\\', byte(r))
		case r == '\n':
			buf = append(buf, '\\', 'n')
		case r == '\t':
			buf = append(buf, '\\', 't')
		case r < 0x20 || r == 0x2028 || r == 0x2029:
			buf = append(buf, '\\', 'u', hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf])
		default:
			buf = utf8.AppendRune(buf, r)
		}
	}
	return append(buf, '"')
}

// sortedKeys returns m's keys in increasing order.
func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
