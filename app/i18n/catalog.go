package i18n

import (
	"fmt"
	"reachlab/app/text"
)

// Key names one message of the catalog.
type Key string

// message is one text in every language.
type message struct{ en, fr string }

// T returns the message k in l. A key missing from the catalog, which a test
// rules out, is shown as itself so the gap is visible rather than blank.
func T(l text.Lang, k Key) string {
	m, ok := catalog[k]
	if !ok {
		return string(k)
	}
	if l == text.FR {
		return m.fr
	}
	return m.en
}

// Tf formats the message k in l with args, as fmt.Sprintf does. Numbers in
// args should already be formatted for l (see Number).
func Tf(l text.Lang, k Key, args ...any) string {
	return fmt.Sprintf(T(l, k), args...)
}

// Keys lists every key of the catalog, for tests.
func Keys() []Key {
	keys := make([]Key, 0, len(catalog))
	for k := range catalog {
		keys = append(keys, k)
	}
	return keys
}

// The shell: name, navigation, language, updates.
const (
	AppName         Key = "app.name"
	AppTagline      Key = "app.tagline"
	SkipToContent   Key = "app.skip"
	NavLabel        Key = "nav.label"
	NavHome         Key = "nav.home"
	NavData         Key = "nav.data"
	NavCompare      Key = "nav.compare"
	NavLongTail     Key = "nav.longtail"
	NavPlan         Key = "nav.plan"
	NavLessons      Key = "nav.lessons"
	LangSwitch      Key = "lang.switch"
	UpdateReady     Key = "update.ready"
	UpdateReload    Key = "update.reload"
	InstallApp      Key = "install.app"
	FooterPrivacy   Key = "footer.privacy"
	FooterOffline   Key = "footer.offline"
	PageNotFound    Key = "page.notfound"
	ViewFailedTitle Key = "view.failed.title"
	ViewFailed      Key = "view.failed"
	ViewFailedHome  Key = "view.failed.home"
	ViewFailedData  Key = "view.failed.data"
	PageNotFoundTo  Key = "page.notfound.to"

	CurrentDataset      Key = "current.dataset"
	CurrentMine         Key = "current.mine"
	CurrentExamples     Key = "current.examples"
	CurrentExampleBadge Key = "current.example"
	CurrentWaiting      Key = "current.waiting"
)

// The home page.
const (
	HomeTitle        Key = "home.title"
	HomeIntro        Key = "home.intro"
	HomeWhat         Key = "home.what"
	HomeStepData     Key = "home.step.data"
	HomeStepCompare  Key = "home.step.compare"
	HomeStepLongTail Key = "home.step.longtail"
	HomeStepPlan     Key = "home.step.plan"
	HomeStepLessons  Key = "home.step.lessons"
	HomeCaseHeading  Key = "home.case.heading"
	HomeReading      Key = "home.reading"
	HomeSources      Key = "home.sources"
	HomeIllustrative Key = "home.illustrative"
	ChartReachYAxis  Key = "chart.reach.y"
	ChartReachAlt    Key = "chart.reach.alt"
	ChartSave        Key = "chart.save"
	KindMass         Key = "kind.mass"
	KindSocial       Key = "kind.social"
)

// The routes later work fills; each says what it is for.
const (
	DataTitle     Key = "data.title"
	DataIntro     Key = "data.intro"
	CompareTitle  Key = "compare.title"
	CompareIntro  Key = "compare.intro"
	LongTailTitle Key = "longtail.title"
	LongTailIntro Key = "longtail.intro"
	PlanTitle     Key = "plan.title"
	PlanIntro     Key = "plan.intro"
	LessonsTitle  Key = "lessons.title"
	LessonsIntro  Key = "lessons.intro"
)

// catalog holds every message; each file of the package registers its
// area's messages with register, in an init function.
var catalog = map[Key]message{}

// register adds messages to the catalog. A key registered twice is a
// programming error, caught at start-up.
func register(messages map[Key]message) {
	for k, m := range messages {
		if _, dup := catalog[k]; dup {
			panic("i18n: message " + string(k) + " registered twice")
		}
		catalog[k] = m
	}
}

func init() { register(shellMessages) }

// shellMessages are the shell's and the home page's texts.
var shellMessages = map[Key]message{
	AppName:         {"ReachLab", "ReachLab"},
	AppTagline:      {"Are social media a mass medium? Test it on your own data.", "Les médias sociaux sont-ils un média de masse ? Vérifiez-le sur vos propres données."},
	SkipToContent:   {"Skip to content", "Aller au contenu"},
	ViewFailedTitle: {"This view could not be shown", "Cette vue n'a pas pu être affichée"},
	ViewFailed:      {"Something in it could not be drawn (%s). The rest of ReachLab works and nothing you saved was changed: go back, or open your datasets and plans to fix or delete what caused it.", "Un de ses éléments n'a pas pu être dessiné (%s). Le reste de ReachLab fonctionne et rien de ce que vous avez enregistré n'a été modifié : revenez en arrière, ou ouvrez vos jeux de données et vos plans pour corriger ou supprimer ce qui l'a causé."},
	ViewFailedHome:  {"Back to the home page", "Retour à l'accueil"},
	ViewFailedData:  {"Your datasets", "Vos jeux de données"},
	NavLabel:        {"Main navigation", "Navigation principale"},
	NavHome:         {"Home", "Accueil"},
	NavData:         {"Data", "Données"},
	NavCompare:      {"Compare", "Comparer"},
	NavLongTail:     {"Long tail", "Longue traîne"},
	NavPlan:         {"Plan", "Plan"},
	NavLessons:      {"Lessons", "Leçons"},
	LangSwitch:      {"Language", "Langue"},
	UpdateReady:     {"A new version of ReachLab is ready. Your work is saved in this browser.", "Une nouvelle version de ReachLab est prête. Votre travail est enregistré dans ce navigateur."},
	UpdateReload:    {"Reload now", "Recharger"},
	InstallApp:      {"Install the app", "Installer l'application"},
	FooterPrivacy:   {"Your data never leaves this browser: every computation runs on your machine.", "Vos données ne quittent jamais ce navigateur : tous les calculs se font sur votre machine."},
	FooterOffline:   {"After a first visit, ReachLab works offline.", "Après une première visite, ReachLab fonctionne hors ligne."},
	PageNotFound:    {"This page does not exist.", "Cette page n'existe pas."},
	PageNotFoundTo:  {"Back to the home page", "Retour à l'accueil"},

	CurrentDataset:      {"Data shown", "Données affichées"},
	CurrentMine:         {"Your datasets", "Vos jeux de données"},
	CurrentExamples:     {"Built-in cases", "Cas intégrés"},
	CurrentExampleBadge: {"example: a built-in case, until you load your own data", "exemple : un cas intégré, en attendant vos propres données"},
	CurrentWaiting:      {"Opening your data…", "Ouverture de vos données…"},

	HomeTitle:        {"Reach is not engagement", "La portée n'est pas l'engagement"},
	HomeIntro:        {"Television carries a few messages to millions of people at once. Social media carry countless messages to small, scattered audiences, where the value hides in a long tail and in conversations. ReachLab lets you check that claim — and argue about it — with your own exports.", "La télévision porte quelques messages à des millions de personnes à la fois. Les médias sociaux portent d'innombrables messages vers de petites audiences dispersées, où la valeur se cache dans une longue traîne et dans les conversations. ReachLab vous permet de vérifier cette affirmation — et d'en débattre — avec vos propres exports."},
	HomeWhat:         {"What you can do", "Ce que vous pouvez faire"},
	HomeStepData:     {"Load your exports: CSV, Excel, JSON, or paste from a spreadsheet.", "Chargez vos exports : CSV, Excel, JSON, ou collez depuis un tableur."},
	HomeStepCompare:  {"Compare mass-media reach with social engagement, channel by channel.", "Comparez la portée des médias de masse et l'engagement social, canal par canal."},
	HomeStepLongTail: {"See where the value sits: head, long tail, and an honest power-law test.", "Voyez où se trouve la valeur : la tête, la longue traîne, et un test honnête de loi de puissance."},
	HomeStepPlan:     {"Turn findings into a plan with objectives, KPIs, owners and budget.", "Transformez les constats en plan : objectifs, indicateurs, responsables et budget."},
	HomeStepLessons:  {"Teach with guided lessons and a presenter mode.", "Enseignez avec des leçons guidées et un mode présentation."},
	HomeCaseHeading:  {"A built-in case", "Un cas intégré"},
	HomeReading:      {"One TV message reached as many people as %s posts at this page's median reach (%s people per post).", "Un seul message télévisé a touché autant de personnes que %s publications à la portée médiane de cette page (%s personnes par publication)."},
	HomeSources:      {"Sources", "Sources"},
	HomeIllustrative: {"illustrative data", "données illustratives"},
	ChartReachYAxis:  {"People reached per message (log scale)", "Personnes touchées par message (échelle log)"},
	ChartReachAlt:    {"Bar chart on a logarithmic scale: one TV message reaching %s people, then %d brand posts reaching between %s and %s people each (median %s).", "Diagramme en barres sur échelle logarithmique : un message télévisé touchant %s personnes, puis %d publications de marque touchant chacune entre %s et %s personnes (médiane %s)."},
	ChartSave:        {"Save the chart as", "Enregistrer le graphique en"},
	KindMass:         {"Mass medium (TV)", "Média de masse (TV)"},
	KindSocial:       {"Social media (brand page)", "Médias sociaux (page de marque)"},

	DataTitle:     {"Your data", "Vos données"},
	DataIntro:     {"Bring the exports you have — social platforms, audience tables, spreadsheets — and tell ReachLab what each column means.", "Apportez les exports dont vous disposez — plateformes sociales, tableaux d'audience, tableurs — et indiquez à ReachLab ce que signifie chaque colonne."},
	CompareTitle:  {"Mass reach against social engagement", "Portée de masse contre engagement social"},
	CompareIntro:  {"Is this channel a mass medium? Compare audience per message and engagement, channel by channel, with every metric defined.", "Ce canal est-il un média de masse ? Comparez l'audience par message et l'engagement, canal par canal, chaque indicateur étant défini."},
	LongTailTitle: {"The long tail", "La longue traîne"},
	LongTailIntro: {"A few posts with huge reach, a long tail of small ones: measure the concentration and test whether a power law fits.", "Quelques publications à très forte portée, une longue traîne de petites : mesurez la concentration et testez si une loi de puissance convient."},
	PlanTitle:     {"Strategy plans", "Plans stratégiques"},
	PlanIntro:     {"From objectives to KPIs wired to your data, with actions, owners, budget and timeline.", "Des objectifs aux indicateurs reliés à vos données, avec actions, responsables, budget et calendrier."},
	LessonsTitle:  {"Lessons", "Leçons"},
	LessonsIntro:  {"Guided stories on the built-in cases, for workshops and for learning alone.", "Des histoires guidées sur les cas intégrés, pour les ateliers et pour apprendre seul."},
}
