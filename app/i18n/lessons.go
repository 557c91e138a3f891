package i18n

func init() { register(lessonMessages) }

// The lessons page and its presenter mode.
const (
	LessonsList         Key = "lessons.list"
	LessonsNumber       Key = "lessons.number"
	LessonsNotStarted   Key = "lessons.not.started"
	LessonsProgress     Key = "lessons.progress"
	LessonsDone         Key = "lessons.done"
	LessonsStart        Key = "lessons.start"
	LessonsContinue     Key = "lessons.continue"
	LessonsAll          Key = "lessons.all"
	LessonsCounter      Key = "lessons.counter"
	LessonsSteps        Key = "lessons.steps"
	LessonsPrevious     Key = "lessons.previous"
	LessonsNext         Key = "lessons.next"
	LessonsFinish       Key = "lessons.finish"
	LessonsNextLesson   Key = "lessons.next.lesson"
	LessonsOpenIn       Key = "lessons.open.in"
	LessonsPresent      Key = "lessons.present"
	LessonsPresentExit  Key = "lessons.present.exit"
	LessonsPresentKeys  Key = "lessons.present.keys"
	LessonsPresentIntro Key = "lessons.present.intro"
	LessonsSources      Key = "lessons.sources"
	LessonsIllustrative Key = "lessons.illustrative"
	LessonsNotFound     Key = "lessons.not.found"
	LessonsChartLoading Key = "lessons.chart.loading"
	LessonsChartError   Key = "lessons.chart.error"
	LessonsKindQuestion Key = "lessons.kind.question"
	LessonsKindChart    Key = "lessons.kind.chart"
	LessonsKindReading  Key = "lessons.kind.reading"
	LessonsKindTakeaway Key = "lessons.kind.takeaway"
	LessonsKindExercise Key = "lessons.kind.exercise"
	LessonsAVETitle     Key = "lessons.ave.title"
	LessonsAVEAlt       Key = "lessons.ave.alt"
	LessonsAVEReading   Key = "lessons.ave.reading"
	LessonsPhasesTitle  Key = "lessons.phases.title"
	LessonsPhasesAlt    Key = "lessons.phases.alt"
	LessonsShareHint    Key = "lessons.share.hint"
	LessonsSaveError    Key = "lessons.save.error"
)

var lessonMessages = map[Key]message{
	LessonsList:         {"The lessons", "Les leçons"},
	LessonsNumber:       {"Lesson %d", "Leçon %d"},
	LessonsNotStarted:   {"Not started", "Pas commencée"},
	LessonsProgress:     {"Step %d of %d seen", "Étape %d sur %d vue"},
	LessonsDone:         {"Done", "Terminée"},
	LessonsStart:        {"Start", "Commencer"},
	LessonsContinue:     {"Continue", "Reprendre"},
	LessonsAll:          {"All lessons", "Toutes les leçons"},
	LessonsCounter:      {"Step %d of %d", "Étape %d sur %d"},
	LessonsSteps:        {"Steps of the lesson", "Étapes de la leçon"},
	LessonsPrevious:     {"Previous", "Précédent"},
	LessonsNext:         {"Next", "Suivant"},
	LessonsFinish:       {"Finish the lesson", "Terminer la leçon"},
	LessonsNextLesson:   {"Next lesson", "Leçon suivante"},
	LessonsOpenIn:       {"Open this data in %s", "Ouvrir ces données dans %s"},
	LessonsPresent:      {"Present (full screen)", "Présenter (plein écran)"},
	LessonsPresentExit:  {"Leave the presentation", "Quitter la présentation"},
	LessonsPresentKeys:  {"→, Space or Page Down: next · ← or Page Up: previous · Esc: leave", "→, Espace ou Page suivante : suivant · ← ou Page précédente : précédent · Échap : quitter"},
	LessonsPresentIntro: {"Presenter mode shows one step per slide in large type, for a workshop's screen; it works offline too.", "Le mode présentation montre une étape par diapositive, en grand, pour l'écran d'un atelier ; il marche aussi hors ligne."},
	LessonsSources:      {"Sources", "Sources"},
	LessonsIllustrative: {"illustrative data", "données d'illustration"},
	LessonsNotFound:     {"There is no such lesson. Pick one from the list.", "Cette leçon n'existe pas. Choisissez-en une dans la liste."},
	LessonsChartLoading: {"Drawing the chart…", "Dessin du graphique…"},
	LessonsChartError:   {"The chart could not be drawn: %s", "Le graphique n'a pas pu être dessiné : %s"},
	LessonsKindQuestion: {"Question", "Question"},
	LessonsKindChart:    {"Chart", "Graphique"},
	LessonsKindReading:  {"Reading", "Lecture"},
	LessonsKindTakeaway: {"Takeaway", "À retenir"},
	LessonsKindExercise: {"Exercise", "Exercice"},
	LessonsAVETitle:     {"Mentions per month", "Mentions par mois"},
	LessonsAVEAlt:       {"Bar chart of mentions per month: %s.", "Diagramme en barres des mentions par mois : %s."},
	LessonsAVEReading:   {"%s mentions in %d months: %s a month on average.", "%s mentions en %d mois : %s par mois en moyenne."},
	LessonsPhasesTitle:  {"The three phases of a social media programme", "Les trois phases d'un programme de médias sociaux"},
	LessonsPhasesAlt:    {"Timeline of the %d actions of the three-phase template, from %s to %s.", "Calendrier des %d actions du modèle en trois phases, du %s au %s."},
	LessonsShareHint:    {"To hand a class its material, export the workspace on the Data page: datasets, plans and lesson progress travel in one file that students import, offline.", "Pour remettre le matériel à une classe, exportez l'espace de travail depuis la page Données : jeux de données, plans et progression des leçons tiennent dans un fichier que les étudiants importent, hors ligne."},
	LessonsSaveError:    {"Your progress could not be saved in this browser: %s", "Votre progression n'a pas pu être enregistrée dans ce navigateur : %s"},
}
