package i18n

func init() { register(planMessages) }

// The plan page.
const (
	PlanList          Key = "plan.list"
	PlanNone          Key = "plan.none"
	PlanNew           Key = "plan.new"
	PlanCreate        Key = "plan.create"
	PlanTemplateFrom  Key = "plan.template.from"
	PlanOpen          Key = "plan.open"
	PlanDuplicate     Key = "plan.duplicate"
	PlanDelete        Key = "plan.delete"
	PlanDeleted       Key = "plan.deleted"
	PlanUndoDelete    Key = "plan.undo.delete"
	PlanImport        Key = "plan.import"
	PlanImported      Key = "plan.imported"
	PlanExportJSON    Key = "plan.export.json"
	PlanExportMD      Key = "plan.export.md"
	PlanPrint         Key = "plan.print"
	PlanBack          Key = "plan.back"
	PlanSaved         Key = "plan.saved"
	PlanSaving        Key = "plan.saving"
	PlanDraftRestored Key = "plan.draft.restored"
	PlanUndo          Key = "plan.undo"
	PlanRedo          Key = "plan.redo"
	PlanShortcuts     Key = "plan.shortcuts"
	PlanConflict      Key = "plan.conflict"
	PlanConflictLoad  Key = "plan.conflict.load"
	PlanConflictCopy  Key = "plan.conflict.copy"
	PlanNotFound      Key = "plan.notfound"
	PlanUntitled      Key = "plan.untitled"
	PlanUpdated       Key = "plan.updated"
	PlanGeneral       Key = "plan.general"
	PlanTitleField    Key = "plan.field.title"
	PlanOwner         Key = "plan.field.owner"
	PlanMarket        Key = "plan.field.market"
	PlanSector        Key = "plan.field.sector"
	PlanStart         Key = "plan.field.start"
	PlanEnd           Key = "plan.field.end"
	PlanPhases        Key = "plan.phases"
	PlanAddPhase      Key = "plan.phase.add"
	PlanRemovePhase   Key = "plan.phase.remove"
	PlanPhaseName     Key = "plan.phase.name"
	PlanDescription   Key = "plan.description"
	PlanPeople        Key = "plan.people"
	PlanProcess       Key = "plan.process"
	PlanPlatforms     Key = "plan.platforms"
	PlanObjectives    Key = "plan.objectives"
	PlanAddObjective  Key = "plan.objective.add"
	PlanRemove        Key = "plan.remove"
	PlanStatement     Key = "plan.objective.statement"
	PlanWho           Key = "plan.objective.who"
	PlanWhat          Key = "plan.objective.what"
	PlanHowMuch       Key = "plan.objective.howmuch"
	PlanUnit          Key = "plan.objective.unit"
	PlanBaseline      Key = "plan.baseline"
	PlanByWhen        Key = "plan.objective.bywhen"
	PlanBusinessGoal  Key = "plan.objective.goal"
	PlanSMARTOK       Key = "plan.smart.ok"
	PlanKPIs          Key = "plan.kpis"
	PlanAddKPI        Key = "plan.kpi.add"
	PlanKPIName       Key = "plan.kpi.name"
	PlanKPIMetric     Key = "plan.kpi.metric"
	PlanKPIManual     Key = "plan.kpi.manual"
	PlanKPIColumnSum  Key = "plan.kpi.columnsum"
	PlanKPIDataset    Key = "plan.kpi.dataset"
	PlanKPINoDataset  Key = "plan.kpi.nodataset"
	PlanKPIColumn     Key = "plan.kpi.column"
	PlanKPITarget     Key = "plan.kpi.target"
	PlanKPITargetDate Key = "plan.kpi.targetdate"
	PlanKPICurrent    Key = "plan.kpi.current"
	PlanKPIManualNow  Key = "plan.kpi.manualnow"
	PlanKPIDistance   Key = "plan.kpi.distance"
	PlanKPIProgress   Key = "plan.kpi.progress"
	PlanKPIVanity     Key = "plan.kpi.vanity"
	PlanKPIDefinition Key = "plan.kpi.definition"
	PlanNA            Key = "plan.na"
	PlanActions       Key = "plan.actions"
	PlanAddAction     Key = "plan.action.add"
	PlanActionTitle   Key = "plan.action.title"
	PlanActionChannel Key = "plan.action.channel"
	PlanActionBudget  Key = "plan.action.budget"
	PlanActionStatus  Key = "plan.action.status"
	PlanRisks         Key = "plan.risks"
	PlanAddRisk       Key = "plan.risk.add"
	PlanRisk          Key = "plan.risk"
	PlanLikelihood    Key = "plan.risk.likelihood"
	PlanImpact        Key = "plan.risk.impact"
	PlanMitigation    Key = "plan.risk.mitigation"
	PlanTimeline      Key = "plan.timeline"
	PlanTimelineAlt   Key = "plan.timeline.alt"
	PlanTimelineNone  Key = "plan.timeline.none"
	PlanToday         Key = "plan.today"
	PlanBudget        Key = "plan.budget"
	PlanBudgetPhase   Key = "plan.budget.phase"
	PlanBudgetChannel Key = "plan.budget.channel"
	PlanBudgetAlt     Key = "plan.budget.alt"
	PlanBudgetTotal   Key = "plan.budget.total"
	PlanBudgetNone    Key = "plan.budget.none"
	PlanScoring       Key = "plan.scoring"
	PlanScoringIntro  Key = "plan.scoring.intro"
	PlanCriterion     Key = "plan.scoring.criterion"
	PlanWeight        Key = "plan.scoring.weight"
	PlanMessage       Key = "plan.scoring.message"
	PlanScore         Key = "plan.scoring.score"
	PlanBand          Key = "plan.scoring.band"
	PlanRating        Key = "plan.scoring.rating"
	PlanMaturity      Key = "plan.maturity"
	PlanMaturityIntro Key = "plan.maturity.intro"
	PlanMaturityAlt   Key = "plan.maturity.alt"
	PlanStage         Key = "plan.maturity.stage"
	PlanStageMissing  Key = "plan.maturity.missing"
	PlanImportError   Key = "plan.import.error"
	PlanSaveError     Key = "plan.save.error"
	PlanAmountRange   Key = "plan.amount.range"
	PlanAmountTyped   Key = "plan.amount.typed"
	PlanTemplateInfo  Key = "plan.template.info"
)

var planMessages = map[Key]message{
	PlanList:          {"Your plans", "Vos plans"},
	PlanNone:          {"No plan yet: start from a template below.", "Aucun plan pour l'instant : partez d'un modèle ci-dessous."},
	PlanNew:           {"Start a plan from a template", "Commencer un plan à partir d'un modèle"},
	PlanCreate:        {"Create", "Créer"},
	PlanTemplateFrom:  {"Template", "Modèle"},
	PlanOpen:          {"Open", "Ouvrir"},
	PlanDuplicate:     {"Duplicate", "Dupliquer"},
	PlanDelete:        {"Delete", "Supprimer"},
	PlanDeleted:       {"Plan “%s” deleted.", "Plan « %s » supprimé."},
	PlanUndoDelete:    {"Undo", "Annuler la suppression"},
	PlanImport:        {"Import a plan file…", "Importer un fichier de plan…"},
	PlanImported:      {"Plan “%s” imported.", "Plan « %s » importé."},
	PlanExportJSON:    {"Export (JSON, re-importable)", "Exporter (JSON, réimportable)"},
	PlanExportMD:      {"Export as Markdown", "Exporter en Markdown"},
	PlanPrint:         {"Print / PDF", "Imprimer / PDF"},
	PlanBack:          {"All plans", "Tous les plans"},
	PlanSaved:         {"Saved in this browser.", "Enregistré dans ce navigateur."},
	PlanSaving:        {"Saving…", "Enregistrement…"},
	PlanDraftRestored: {"Your last edits, not yet saved when the page closed, are back. Saving…", "Vos dernières modifications, pas encore enregistrées quand la page s'est fermée, sont revenues. Enregistrement…"},
	PlanUndo:          {"Undo", "Annuler"},
	PlanRedo:          {"Redo", "Rétablir"},
	PlanShortcuts:     {"Shortcuts: Ctrl+Z undo, Ctrl+Shift+Z or Ctrl+Y redo (outside text fields).", "Raccourcis : Ctrl+Z pour annuler, Ctrl+Maj+Z ou Ctrl+Y pour rétablir (hors des champs de texte)."},
	PlanConflict:      {"This plan was changed in another tab or window. Your last change was not saved, so nothing was overwritten.", "Ce plan a été modifié dans un autre onglet ou une autre fenêtre. Votre dernière modification n'a pas été enregistrée : rien n'a été écrasé."},
	PlanConflictLoad:  {"Load the other version", "Charger l'autre version"},
	PlanConflictCopy:  {"Keep mine as a copy", "Garder la mienne comme copie"},
	PlanNotFound:      {"This plan does not exist in this browser.", "Ce plan n'existe pas dans ce navigateur."},
	PlanUntitled:      {"Untitled plan", "Plan sans titre"},
	PlanUpdated:       {"updated %s", "modifié le %s"},
	PlanGeneral:       {"The plan", "Le plan"},
	PlanTitleField:    {"Title", "Titre"},
	PlanOwner:         {"Owner", "Responsable"},
	PlanMarket:        {"Market", "Marché"},
	PlanSector:        {"Sector", "Secteur"},
	PlanStart:         {"Start", "Début"},
	PlanEnd:           {"End", "Fin"},
	PlanPhases:        {"Phases", "Phases"},
	PlanAddPhase:      {"Add a phase", "Ajouter une phase"},
	PlanRemovePhase:   {"Remove this phase", "Retirer cette phase"},
	PlanPhaseName:     {"Phase name", "Nom de la phase"},
	PlanDescription:   {"Description", "Description"},
	PlanPeople:        {"People (roles, training)", "Personnes (rôles, formation)"},
	PlanProcess:       {"Process (charter, response rules, governance)", "Processus (charte, règles de réponse, gouvernance)"},
	PlanPlatforms:     {"Platforms (tools)", "Plateformes (outils)"},
	PlanObjectives:    {"Objectives", "Objectifs"},
	PlanAddObjective:  {"Add an objective", "Ajouter un objectif"},
	PlanRemove:        {"Remove", "Retirer"},
	PlanStatement:     {"Objective, in your words", "Objectif, en vos mots"},
	PlanWho:           {"Who (audience)", "Qui (public)"},
	PlanWhat:          {"What (change sought)", "Quoi (changement visé)"},
	PlanHowMuch:       {"How much (target)", "Combien (cible)"},
	PlanUnit:          {"Unit", "Unité"},
	PlanBaseline:      {"Baseline", "Point de départ"},
	PlanByWhen:        {"By when", "Pour quand"},
	PlanBusinessGoal:  {"Business goal it serves", "Objectif d'entreprise servi"},
	PlanSMARTOK:       {"SMART: nothing missing.", "SMART : rien ne manque."},
	PlanKPIs:          {"KPIs", "Indicateurs (KPI)"},
	PlanAddKPI:        {"Add a KPI", "Ajouter un indicateur"},
	PlanKPIName:       {"KPI name", "Nom de l'indicateur"},
	PlanKPIMetric:     {"Metric", "Mesure"},
	PlanKPIManual:     {"manual (I type the value)", "manuel (je saisis la valeur)"},
	PlanKPIColumnSum:  {"total of a column", "total d'une colonne"},
	PlanKPIDataset:    {"Dataset", "Jeu de données"},
	PlanKPINoDataset:  {"none", "aucun"},
	PlanKPIColumn:     {"Column (for a column total)", "Colonne (pour un total de colonne)"},
	PlanKPITarget:     {"Target", "Cible"},
	PlanKPITargetDate: {"Target date", "Date cible"},
	PlanKPICurrent:    {"Current value", "Valeur actuelle"},
	PlanKPIManualNow:  {"Current value (typed)", "Valeur actuelle (saisie)"},
	PlanKPIDistance:   {"%s to go", "encore %s"},
	PlanKPIProgress:   {"Progress to target", "Progression vers la cible"},
	PlanKPIVanity:     {"A count of likes or fans alone says little about your objective: pair it with a rate or an outcome.", "Un nombre de « j'aime » ou de fans ne dit pas grand-chose de votre objectif : associez-le à un taux ou à un résultat."},
	PlanKPIDefinition: {"Definition", "Définition"},
	PlanNA:            {"not available — %s", "non disponible — %s"},
	PlanActions:       {"Actions", "Actions"},
	PlanAddAction:     {"Add an action", "Ajouter une action"},
	PlanActionTitle:   {"Action", "Action"},
	PlanActionChannel: {"Channel", "Canal"},
	PlanActionBudget:  {"Budget (€)", "Budget (€)"},
	PlanActionStatus:  {"Status", "État"},
	PlanRisks:         {"Risks", "Risques"},
	PlanAddRisk:       {"Add a risk", "Ajouter un risque"},
	PlanRisk:          {"Risk", "Risque"},
	PlanLikelihood:    {"Likelihood", "Probabilité"},
	PlanImpact:        {"Impact", "Impact"},
	PlanMitigation:    {"Mitigation", "Parade"},
	PlanTimeline:      {"Timeline", "Calendrier"},
	PlanTimelineAlt:   {"Timeline of %d actions from %s to %s, with today's date marked.", "Calendrier de %d actions du %s au %s, la date du jour marquée."},
	PlanTimelineNone:  {"Give actions a start and an end to see them on the timeline.", "Donnez un début et une fin aux actions pour les voir sur le calendrier."},
	PlanToday:         {"today", "aujourd'hui"},
	PlanBudget:        {"Budget", "Budget"},
	PlanBudgetPhase:   {"By phase", "Par phase"},
	PlanBudgetChannel: {"By channel", "Par canal"},
	PlanBudgetAlt:     {"Budget by %s: %s.", "Budget %s : %s."},
	PlanBudgetTotal:   {"Total budget: %s.", "Budget total : %s."},
	PlanBudgetNone:    {"No action has a budget yet.", "Aucune action n'a encore de budget."},
	PlanScoring:       {"Response priority", "Priorité de réponse"},
	PlanScoringIntro:  {"Rate incoming messages 0–5 on each criterion; weights say what matters to you. Citibank's team ranked messages on five such criteria (ESCP conference, 2011).", "Notez les messages entrants de 0 à 5 sur chaque critère ; les poids disent ce qui compte pour vous. L'équipe de Citibank classait les messages sur cinq critères de ce genre (conférence ESCP, 2011)."},
	PlanCriterion:     {"Criterion", "Critère"},
	PlanWeight:        {"Weight", "Poids"},
	PlanMessage:       {"Message", "Message"},
	PlanScore:         {"Score", "Score"},
	PlanBand:          {"Priority", "Priorité"},
	PlanRating:        {"%s rating for “%s”", "note %s pour « %s »"},
	PlanMaturity:      {"Maturity self-assessment", "Autodiagnostic de maturité"},
	PlanMaturityIntro: {"Answer 0 (not at all) to 4 (fully); the radar shows where the program stands and which phase fits.", "Répondez de 0 (pas du tout) à 4 (entièrement) ; le radar montre où en est le programme et quelle phase lui convient."},
	PlanMaturityAlt:   {"Radar of maturity by dimension: %s.", "Radar de maturité par dimension : %s."},
	PlanStage:         {"Suggested phase: %s (overall score %s / 100).", "Phase conseillée : %s (score global %s / 100)."},
	PlanStageMissing:  {"Answer at least one question in every dimension to get a suggested phase.", "Répondez à au moins une question de chaque dimension pour obtenir une phase conseillée."},
	PlanImportError:   {"%s: %s. Nothing saved was changed.", "%s : %s. Rien de ce qui était enregistré n'a changé."},
	PlanSaveError:     {"Not saved: %s", "Non enregistré : %s"},
	PlanAmountRange:   {"the action “%s” has a budget of %s, but a budget must be between 0 and %s", "l'action « %s » a un budget de %s, mais un budget doit être compris entre 0 et %s"},
	PlanAmountTyped:   {"%s: %s is refused, a budget must be between 0 and %s. The previous value is kept.", "%s : %s est refusé, un budget doit être compris entre 0 et %s. La valeur précédente est conservée."},
	PlanTemplateInfo:  {"%s — %s (Source: %s)", "%s — %s (Source : %s)"},
}
