package plan

import (
	"reachlab/app/text"
	"strconv"
	"strings"
)

// MarkdownOptions tune Markdown.
type MarkdownOptions struct {
	// Lang is the language of headings and labels (text.FR or text.EN); ""
	// means the plan's Lang.
	Lang text.Lang
	// AsOf is the date KPI progress is judged at (usually today); the zero
	// Date skips the pace comparison (see KPI.Progress).
	AsOf Date
	// Source supplies the values of metric-bound KPIs; nil shows them as
	// not available. Manual KPIs use their own values. A filtered KPI needs
	// a FilteredMetricSource (see KPI.Current).
	Source MetricSource
	// MetricName names a KPI's metric in the "Mesure"/"Metric" column, in
	// lang (text.FR or text.EN): the caller passes the metrics catalog's
	// names, e.g. for "engagement_rate_reach" "Taux d'engagement (portée)".
	// nil, or "" for an id it does not know, shows the metric id.
	MetricName func(id string, lang text.Lang) string
	// DatasetName names a KPI's dataset in lang: the workspace's title for
	// the dataset, e.g. "Export Instagram mars 2025". nil, or "" for an id it
	// does not know, shows the dataset id.
	DatasetName func(id string, lang text.Lang) string
}

// Markdown writes p as a readable Markdown document (CommonMark with GitHub
// tables): title, owner, context, horizon; for each phase its dates and
// description, objectives (statement, SMART fields and issues, KPI table with
// baseline → target, current value, progress and status; the measure says
// the metric and dataset by name (MetricName, DatasetName), the column, and
// the rows the KPI's filter keeps), actions table,
// People / Process / Platforms notes and risks table; then budget totals by
// phase, by channel and overall; the response scoring rule (formula, weights,
// bands); the maturity scores when any question is answered.
//
// Every text is escaped (EscapeMarkdown; line by line for multi-line
// texts), so titles such as "<script>", "a | b" or "[x](y)" show as typed
// and cannot break the layout. The output is deterministic: no
// clock, no IDs.
func Markdown(p *Plan, opt MarkdownOptions) string {
	lang := opt.Lang
	if lang == "" {
		lang = p.Lang
	}
	m := &mdWriter{lang: lang.OrDefault()}
	m.plan(p, opt)
	return m.b.String()
}

// mdLabels are the fixed texts of the Markdown export.
var mdLabels = map[string]text.Text{
	"untitled":    {FR: "Plan sans titre", EN: "Untitled plan"},
	"owner":       {FR: "Responsable", EN: "Owner"},
	"context":     {FR: "Contexte", EN: "Context"},
	"sector":      {FR: "secteur", EN: "sector"},
	"horizon":     {FR: "Horizon", EN: "Horizon"},
	"template":    {FR: "Modèle", EN: "Template"},
	"revision":    {FR: "Révision", EN: "Revision"},
	"updated":     {FR: "mise à jour le", EN: "updated"},
	"phase":       {FR: "Phase", EN: "Phase"},
	"objectives":  {FR: "Objectifs", EN: "Objectives"},
	"objective":   {FR: "Objectif", EN: "Objective"},
	"who":         {FR: "Qui", EN: "Who"},
	"what":        {FR: "Quoi", EN: "What"},
	"howMuch":     {FR: "Combien", EN: "How much"},
	"baselineOf":  {FR: "point de départ", EN: "baseline"},
	"byWhen":      {FR: "Échéance", EN: "By when"},
	"goal":        {FR: "But de l'entreprise", EN: "Business goal"},
	"smart":       {FR: "Revue SMART", EN: "SMART review"},
	"smartOK":     {FR: "rien à signaler", EN: "nothing missing"},
	"kpi":         {FR: "Indicateur", EN: "KPI"},
	"metric":      {FR: "Mesure", EN: "Metric"},
	"manual":      {FR: "saisie manuelle", EN: "manual entry"},
	"noDataset":   {FR: "aucun jeu de données", EN: "no dataset"},
	"baseTarget":  {FR: "Départ → cible", EN: "Baseline → target"},
	"targetDate":  {FR: "Date cible", EN: "Target date"},
	"current":     {FR: "Valeur actuelle", EN: "Current value"},
	"progress":    {FR: "Progression", EN: "Progress"},
	"status":      {FR: "État", EN: "Status"},
	"vanity":      {FR: "indicateur de vanité", EN: "vanity metric"},
	"vanityNote":  {FR: "Les indicateurs de vanité (fans, abonnés, mentions J'aime, réactions) comptent une audience sans montrer qu'un objectif est atteint : associez-leur un taux ou un résultat.", EN: "Vanity metrics (fans, followers, likes, reactions) count an audience without showing that an objective is met: pair them with a rate or an outcome."},
	"noKPI":       {FR: "Aucun indicateur.", EN: "No KPI."},
	"actions":     {FR: "Actions", EN: "Actions"},
	"action":      {FR: "Action", EN: "Action"},
	"channel":     {FR: "Canal", EN: "Channel"},
	"start":       {FR: "Début", EN: "Start"},
	"end":         {FR: "Fin", EN: "End"},
	"budget":      {FR: "Budget", EN: "Budget"},
	"ppp":         {FR: "Personnes, processus, plateformes", EN: "People, process, platforms"},
	"people":      {FR: "Personnes", EN: "People"},
	"process":     {FR: "Processus", EN: "Process"},
	"platforms":   {FR: "Plateformes", EN: "Platforms"},
	"risks":       {FR: "Risques", EN: "Risks"},
	"risk":        {FR: "Risque", EN: "Risk"},
	"likelihood":  {FR: "Probabilité", EN: "Likelihood"},
	"impact":      {FR: "Impact", EN: "Impact"},
	"mitigation":  {FR: "Mesure d'atténuation", EN: "Mitigation"},
	"byPhase":     {FR: "Par phase", EN: "By phase"},
	"byChannel":   {FR: "Par canal", EN: "By channel"},
	"total":       {FR: "Total", EN: "Total"},
	"noChannel":   {FR: "(sans canal)", EN: "(no channel)"},
	"nActions":    {FR: "Actions comptées", EN: "Actions counted"},
	"budgetNote":  {FR: "Hors actions abandonnées et actions sans budget ; chaque devise est totalisée à part.", EN: "Dropped actions and actions without a budget are left out; each currency is totalled separately."},
	"noBudget":    {FR: "Aucun budget saisi.", EN: "No budget entered."},
	"scoring":     {FR: "Priorité des réponses", EN: "Response priority"},
	"criterion":   {FR: "Critère", EN: "Criterion"},
	"weight":      {FR: "Poids", EN: "Weight"},
	"description": {FR: "Description", EN: "Description"},
	"band":        {FR: "Priorité", EN: "Priority"},
	"fromScore":   {FR: "À partir du score", EN: "From score"},
	"maturity":    {FR: "Maturité", EN: "Maturity"},
	"dimension":   {FR: "Dimension", EN: "Dimension"},
	"score":       {FR: "Score", EN: "Score"},
	"answered":    {FR: "Questions répondues", EN: "Questions answered"},
	"overall":     {FR: "Score global", EN: "Overall score"},
	"stage":       {FR: "Phase suggérée", EN: "Suggested phase"},
	"incomplete":  {FR: "non disponible (répondez à au moins une question par dimension)", EN: "not available (answer at least one question per dimension)"},
	"na":          {FR: "non disponible", EN: "not available"},
	"none":        {FR: "—", EN: "—"},
}

// mdWriter accumulates the document.
type mdWriter struct {
	b    strings.Builder
	lang text.Lang
}

func (m *mdWriter) label(key string) string { return mdLabels[key].In(m.lang) }

// colon is ": " in English, " : " in French.
func (m *mdWriter) colon() string { return text.Text{FR: " : ", EN: ": "}.In(m.lang) }

// heading writes a heading; text is escaped.
func (m *mdWriter) heading(level int, text string) {
	m.b.WriteString(strings.Repeat("#", level) + " " + escapeInline(text, false) + "\n\n")
}

func (m *mdWriter) para(escaped string) {
	if escaped != "" {
		m.b.WriteString(escaped + "\n\n")
	}
}

// item writes "- **label:** value" with value escaped; empty values are
// skipped.
func (m *mdWriter) item(label, value string) {
	if strings.TrimSpace(value) == "" {
		return
	}
	m.b.WriteString("- **" + escapeInline(label, false) + strings.TrimRight(m.colon(), " ") + "** " + escapeInline(value, false) + "\n")
}

// table writes a GitHub table; every cell is escaped.
func (m *mdWriter) table(headers []string, rows [][]string) {
	row := func(cells []string) {
		m.b.WriteString("|")
		for _, c := range cells {
			m.b.WriteString(" " + escapeInline(c, false) + " |")
		}
		m.b.WriteString("\n")
	}
	row(headers)
	m.b.WriteString("|" + strings.Repeat(" --- |", len(headers)) + "\n")
	for _, r := range rows {
		row(r)
	}
	m.b.WriteString("\n")
}

func (m *mdWriter) date(d Date) string {
	if d.IsZero() {
		return m.label("none")
	}
	return d.String()
}

func (m *mdWriter) span(a, b Date) string { return m.date(a) + " → " + m.date(b) }

// value writes x followed by its unit, or "—".
func (m *mdWriter) value(x float64, unit string) string {
	if !finite(x) {
		return m.label("none")
	}
	if unit == "" {
		return formatNumber(x, m.lang)
	}
	return formatNumber(x, m.lang) + " " + unit
}

func (m *mdWriter) money(x Money) string {
	if !x.IsSet() {
		return m.label("none")
	}
	return strings.TrimSpace(formatAmount(x.Amount, m.lang) + " " + x.Currency)
}

func (m *mdWriter) plan(p *Plan, opt MarkdownOptions) {
	title := p.Title
	if strings.TrimSpace(title) == "" {
		title = m.label("untitled")
	}
	m.heading(1, title)
	m.item(m.label("owner"), p.Owner)
	ctx := p.Context.Market.Text(m.lang)
	if p.Context.Sector != "" {
		ctx += ", " + m.label("sector") + " " + p.Context.Sector
	}
	m.item(m.label("context"), ctx)
	m.item(m.label("horizon"), m.span(p.Horizon.Start, p.Horizon.End))
	for _, t := range Templates() {
		if t.ID == p.Template {
			m.item(m.label("template"), t.Name.In(m.lang))
		}
	}
	rev := strconv.FormatInt(p.Revision, 10)
	if !p.UpdatedAt.IsZero() {
		rev += " (" + m.label("updated") + " " + p.UpdatedAt.Format("2006-01-02 15:04 -07:00") + ")"
	}
	m.item(m.label("revision"), rev)
	m.b.WriteString("\n")

	for i := range p.Phases {
		m.phase(p, i, opt)
	}
	m.budgets(p)
	m.scoring(&p.Scoring)
	m.maturity(&p.Maturity)
}

func (m *mdWriter) phase(p *Plan, i int, opt MarkdownOptions) {
	ph := &p.Phases[i]
	title := m.label("phase") + " " + strconv.Itoa(i+1)
	if strings.TrimSpace(ph.Name) != "" {
		title += m.colon() + ph.Name
	}
	m.heading(2, title)
	m.para("*" + escapeInline(m.span(ph.Start, ph.End), false) + "*")
	m.para(escapeMarkdownBlock(ph.Description))

	if len(ph.Objectives) > 0 {
		m.heading(3, m.label("objectives"))
		for j := range ph.Objectives {
			m.objective(p, i, j, opt)
		}
	}
	if len(ph.Actions) > 0 {
		m.heading(3, m.label("actions"))
		rows := make([][]string, len(ph.Actions))
		for j, a := range ph.Actions {
			rows[j] = []string{a.Title, a.Owner, a.Channel, m.date(a.Start), m.date(a.End), m.money(a.Budget), a.Status.Text(m.lang)}
		}
		m.table([]string{m.label("action"), m.label("owner"), m.label("channel"), m.label("start"), m.label("end"), m.label("budget"), m.label("status")}, rows)
	}
	if ph.People != "" || ph.Process != "" || ph.Platforms != "" {
		m.heading(3, m.label("ppp"))
		for _, f := range []struct{ key, text string }{{"people", ph.People}, {"process", ph.Process}, {"platforms", ph.Platforms}} {
			if strings.TrimSpace(f.text) != "" {
				m.para("**" + escapeInline(m.label(f.key), false) + "**" + strings.TrimRight(m.colon(), " ") + " " + escapeMarkdownBlock(f.text))
			}
		}
	}
	if len(ph.Risks) > 0 {
		m.heading(3, m.label("risks"))
		rows := make([][]string, len(ph.Risks))
		for j, r := range ph.Risks {
			rows[j] = []string{r.Description, r.Likelihood.Text(m.lang), r.Impact.Text(m.lang), r.Mitigation}
		}
		m.table([]string{m.label("risk"), m.label("likelihood"), m.label("impact"), m.label("mitigation")}, rows)
	}
}

func (m *mdWriter) objective(p *Plan, i, j int, opt MarkdownOptions) {
	o := &p.Phases[i].Objectives[j]
	m.heading(4, m.label("objective")+" "+strconv.Itoa(i+1)+"."+strconv.Itoa(j+1))
	statement := o.Statement
	if strings.TrimSpace(statement) == "" {
		statement = o.Summary(m.lang)
	}
	m.para(escapeMarkdownBlock(statement))
	m.item(m.label("who"), o.Who)
	m.item(m.label("what"), o.What)
	if finite(o.Quantity) {
		howMuch := m.value(o.Quantity, o.Unit)
		if finite(o.Baseline) {
			howMuch += " (" + m.label("baselineOf") + " " + m.value(o.Baseline, o.Unit) + ")"
		}
		m.item(m.label("howMuch"), howMuch)
	}
	if !o.ByWhen.IsZero() {
		m.item(m.label("byWhen"), o.ByWhen.String())
	}
	m.item(m.label("goal"), o.BusinessGoal)
	review := m.label("smartOK")
	if issues := o.Check(p.Horizon); len(issues) > 0 {
		texts := make([]string, len(issues))
		for k, is := range issues {
			texts[k] = is.Criterion().Text(m.lang) + m.colon() + is.Text(m.lang)
		}
		review = strings.Join(texts, " ")
	}
	m.item(m.label("smart"), review)
	m.b.WriteString("\n")

	if len(o.KPIs) == 0 {
		m.para(EscapeMarkdown(m.label("noKPI")))
		return
	}
	rows := make([][]string, len(o.KPIs))
	vanity := false
	for k := range o.KPIs {
		kpi := &o.KPIs[k]
		name := kpi.Name
		if kpi.Vanity() {
			name += " (" + m.label("vanity") + ")"
			vanity = true
		}
		current, err := kpi.Current(opt.Source)
		cur := m.value(current, kpi.Unit)
		if err != nil {
			cur = m.label("na")
			if why, ok := ErrorText(err, m.lang); ok {
				cur += " (" + why + ")"
			}
		}
		pr := kpi.Progress(current, opt.AsOf)
		status := pr.Status.Text(m.lang)
		if pr.Reason != MissingNone {
			status += " (" + pr.Reason.Text(m.lang) + ")"
		}
		rows[k] = []string{
			name, m.measure(kpi, opt),
			m.value(kpi.Baseline, "") + " → " + m.value(kpi.Target, kpi.Unit),
			m.date(kpi.TargetDate), cur, formatPercent(pr.Fraction, m.lang), status,
		}
	}
	m.table([]string{m.label("kpi"), m.label("metric"), m.label("baseTarget"), m.label("targetDate"), m.label("current"), m.label("progress"), m.label("status")}, rows)
	if vanity {
		m.para("*" + escapeInline(m.label("vanityNote"), false) + "*")
	}
}

// measure says what a KPI measures: "saisie manuelle", or the metric's name,
// its dataset's name (and column), and the rows its filter keeps, joined by
// " · ": "Taux d'engagement (portée) · Export Instagram · canal Instagram".
func (m *mdWriter) measure(k *KPI, opt MarkdownOptions) string {
	if k.IsManual() {
		return m.label("manual")
	}
	name := nameOr(opt.MetricName, k.MetricID, m.lang)
	data := m.label("noDataset")
	if k.DatasetID != "" {
		data = nameOr(opt.DatasetName, k.DatasetID, m.lang)
	}
	if k.Column != "" {
		data += " / " + k.Column
	}
	parts := []string{name, data}
	if !k.Filter.IsZero() {
		parts = append(parts, k.Filter.Describe(m.lang))
	}
	return strings.Join(parts, " · ")
}

// nameOr returns names(id, lang), or id when names is nil or gives "".
func nameOr(names func(id string, lang text.Lang) string, id string, lang text.Lang) string {
	if names != nil {
		if n := strings.TrimSpace(names(id, lang)); n != "" {
			return n
		}
	}
	return id
}

func (m *mdWriter) budgets(p *Plan) {
	m.heading(2, m.label("budget"))
	total := p.BudgetTotal()
	if len(total) == 0 {
		m.para(EscapeMarkdown(m.label("noBudget")))
		return
	}
	m.para("*" + escapeInline(m.label("budgetNote"), false) + "*")
	lines := func(ls []BudgetLine, group func(BudgetLine) string) [][]string {
		rows := make([][]string, len(ls))
		for i, l := range ls {
			rows[i] = []string{group(l), m.money(Money{l.Amount, l.Currency}), strconv.Itoa(l.Actions)}
		}
		return rows
	}
	m.heading(3, m.label("byPhase"))
	m.table([]string{m.label("phase"), m.label("budget"), m.label("nActions")}, lines(p.BudgetByPhase(), func(l BudgetLine) string {
		name := m.label("phase") + " " + strconv.Itoa(l.Phase+1)
		if strings.TrimSpace(l.Group) != "" {
			name += m.colon() + l.Group
		}
		return name
	}))
	m.heading(3, m.label("byChannel"))
	m.table([]string{m.label("channel"), m.label("budget"), m.label("nActions")}, lines(p.BudgetByChannel(), func(l BudgetLine) string {
		if l.Group == "" {
			return m.label("noChannel")
		}
		return l.Group
	}))
	m.heading(3, m.label("total"))
	m.table([]string{m.label("total"), m.label("budget"), m.label("nActions")}, lines(total, func(BudgetLine) string { return m.label("total") }))
}

func (m *mdWriter) scoring(s *ResponseScoring) {
	m.heading(2, m.label("scoring"))
	m.para(EscapeMarkdown(Formula(m.lang)))
	if len(s.Criteria) > 0 {
		rows := make([][]string, len(s.Criteria))
		for i, c := range s.Criteria {
			rows[i] = []string{c.Name, formatNumber(c.Weight, m.lang), c.Description}
		}
		m.table([]string{m.label("criterion"), m.label("weight"), m.label("description")}, rows)
	}
	if len(s.Bands) > 0 {
		rows := make([][]string, len(s.Bands))
		for i, b := range s.Bands {
			rows[i] = []string{b.Code.Text(m.lang), formatNumber(b.Min, m.lang)}
		}
		m.table([]string{m.label("band"), m.label("fromScore")}, rows)
	}
}

func (m *mdWriter) maturity(a *Assessment) {
	if len(a.Answers) == 0 {
		return
	}
	m.heading(2, m.label("maturity"))
	scores := a.Scores()
	rows := make([][]string, len(scores))
	for i, s := range scores {
		rows[i] = []string{s.Name.In(m.lang), m.value(s.Score, "/ 100"), strconv.Itoa(s.Answered) + " / " + strconv.Itoa(s.Total)}
	}
	m.table([]string{m.label("dimension"), m.label("score"), m.label("answered")}, rows)
	stage, overall, err := a.SuggestedStage()
	if err != nil {
		m.item(m.label("stage"), m.label("incomplete"))
	} else {
		m.item(m.label("overall"), m.value(overall, "/ 100"))
		m.item(m.label("stage"), stage.Text(m.lang))
	}
	m.b.WriteString("\n")
}
