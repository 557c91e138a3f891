package i18n

func init() { register(workspaceImportMessages) }

// The data page's import of a workspace file: what it would add, replace
// and skip, the user's choice, what was done, and why a file is refused.
const (
	DataWSPreview     Key = "data.ws.preview"
	DataWSAdd         Key = "data.ws.add"
	DataWSConflict    Key = "data.ws.conflict"
	DataWSSame        Key = "data.ws.same"
	DataWSEmpty       Key = "data.ws.empty"
	DataWSMore        Key = "data.ws.more"
	DataWSSettingsOne Key = "data.ws.settings.one"
	DataWSKeep        Key = "data.ws.keep"
	DataWSReplace     Key = "data.ws.replace"
	DataWSConfirm     Key = "data.ws.confirm"
	DataWSCancel      Key = "data.ws.cancel"
	DataWSCancelled   Key = "data.ws.cancelled"
	DataWSApplying    Key = "data.ws.applying"
	DataImportedWS    Key = "data.ws.imported"
	DataWSProgress    Key = "data.ws.progress"
	DataWSSetting     Key = "data.ws.setting"
	DataWSName        Key = "data.ws.name"

	DataWSRefused     Key = "data.ws.refused"
	DataWSRecord      Key = "data.ws.record"
	DataWSRefusedMore Key = "data.ws.refused.more"
	DataWSKindDataset Key = "data.ws.kind.dataset"
	DataWSKindMapping Key = "data.ws.kind.mapping"
	DataWSKindPlan    Key = "data.ws.kind.plan"
	DataWSKindSetting Key = "data.ws.kind.setting"
	DataWSKindOther   Key = "data.ws.kind.other"

	ErrMsgWSBadRecord   Key = "err.ws.badrecord"
	ErrMsgWSTitle       Key = "err.ws.title"
	ErrMsgWSDuplicate   Key = "err.ws.duplicate"
	ErrMsgWSBadPlan     Key = "err.ws.badplan"
	ErrMsgWSPlanFile    Key = "err.ws.planfile"
	ErrMsgWSDescription Key = "err.ws.description"
	ErrMsgWSEmpty       Key = "err.ws.empty"
	ErrMsgWSNoSource    Key = "err.ws.nosource"
	ErrMsgWSNoDesc      Key = "err.ws.nodesc"
	ErrMsgWSSetting     Key = "err.ws.setting"
	ErrMsgWSBuiltIn     Key = "err.ws.builtin"
	ErrMsgWSChanged     Key = "err.ws.changed"
)

var workspaceImportMessages = map[Key]message{
	DataWSPreview:     {"Importing %s: what it would change", "Import de %s : ce qu’il changerait"},
	DataWSAdd:         {"New here, will be added (%d): %s", "Nouveaux ici, seront ajoutés (%d) : %s"},
	DataWSConflict:    {"Already here with other content (%d): %s. Keep both (the file’s version is added as a copy), or replace yours with the file’s.", "Déjà présents avec un autre contenu (%d) : %s. Gardez les deux (la version du fichier est ajoutée en copie), ou remplacez les vôtres par celles du fichier."},
	DataWSSame:        {"Identical, skipped (%d): %s", "Identiques, ignorés (%d) : %s"},
	DataWSEmpty:       {"This file holds nothing to import.", "Ce fichier ne contient rien à importer."},
	DataWSMore:        {"%s and %d more", "%s et %d autres"},
	DataWSSettingsOne: {"Settings exist only once: keeping both keeps yours.", "Les réglages n’existent qu’en un exemplaire : garder les deux garde les vôtres."},
	DataWSKeep:        {"Keep both", "Garder les deux"},
	DataWSReplace:     {"Replace mine with the file’s", "Remplacer les miens par ceux du fichier"},
	DataWSConfirm:     {"Import", "Importer"},
	DataWSCancel:      {"Cancel the import", "Annuler l’import"},
	DataWSCancelled:   {"Import cancelled: nothing was changed.", "Import annulé : rien n’a été modifié."},
	DataWSApplying:    {"Importing…", "Import en cours…"},
	DataImportedWS:    {"Workspace imported: %d added, %d replaced, %d kept as a copy, %d unchanged.", "Espace de travail importé : %d ajoutés, %d remplacés, %d gardés en copie, %d inchangés."},
	DataWSProgress:    {"lesson progress", "progression des leçons"},
	DataWSSetting:     {"settings", "réglages"},
	DataWSName:        {"“%s”", "« %s »"},

	DataWSRefused:     {"%s was not imported and nothing was changed: %s", "%s n’a pas été importé et rien n’a été modifié : %s"},
	DataWSRecord:      {"record %d, %s “%s”: %s", "enregistrement %d, %s « %s » : %s"},
	DataWSRefusedMore: {"and %d more records refused", "et %d autres enregistrements refusés"},
	DataWSKindDataset: {"dataset", "jeu de données"},
	DataWSKindMapping: {"dataset description", "description de jeu de données"},
	DataWSKindPlan:    {"plan", "plan"},
	DataWSKindSetting: {"setting", "réglage"},
	DataWSKindOther:   {"record", "enregistrement"},

	ErrMsgWSBadRecord:   {"unknown kind of record, or an identifier missing or too long", "type d’enregistrement inconnu, ou identifiant absent ou trop long"},
	ErrMsgWSTitle:       {"the title or name is over %s characters", "le titre ou le nom dépasse %s caractères"},
	ErrMsgWSDuplicate:   {"it appears twice in the file", "il figure deux fois dans le fichier"},
	ErrMsgWSBadPlan:     {"the plan cannot be read (%s)", "le plan est illisible (%s)"},
	ErrMsgWSPlanFile:    {"it is not a ReachLab plan, or a damaged or oversized one", "ce n’est pas un plan ReachLab, ou il est endommagé ou trop volumineux"},
	ErrMsgWSDescription: {"the dataset’s description cannot be read", "la description du jeu de données est illisible"},
	ErrMsgWSEmpty:       {"the dataset is empty", "le jeu de données est vide"},
	ErrMsgWSNoSource:    {"the dataset’s data is neither in the file nor in this browser", "les données du jeu ne sont ni dans le fichier ni dans ce navigateur"},
	ErrMsgWSNoDesc:      {"the data comes without its dataset’s description", "les données arrivent sans la description de leur jeu"},
	ErrMsgWSSetting:     {"the setting cannot be read", "le réglage est illisible"},
	ErrMsgWSBuiltIn:     {"a built-in case cannot be replaced", "un cas intégré ne peut pas être remplacé"},
	ErrMsgWSChanged:     {"the data changed in another tab since the preview; nothing was changed: choose the file again", "les données ont changé dans un autre onglet depuis l’aperçu ; rien n’a été modifié : choisissez à nouveau le fichier"},
}
