package i18n

func init() { register(dataMessages) }

// The data page: loading, the dataset list, the column mapping, the preview.
const (
	DataChooseFiles    Key = "data.choose"
	DataDropHint       Key = "data.drop.hint"
	DataPasteLabel     Key = "data.paste.label"
	DataPasteLoad      Key = "data.paste.load"
	DataPasteName      Key = "data.paste.name"
	DataLoading        Key = "data.loading"
	DataCancel         Key = "data.cancel"
	DataLoaded         Key = "data.loaded"
	DataDatasets       Key = "data.datasets"
	DataBuiltIn        Key = "data.builtin"
	DataDamaged        Key = "data.damaged"
	DataRowsCols       Key = "data.rowscols"
	DataOpen           Key = "data.open"
	DataDelete         Key = "data.delete"
	DataDeleted        Key = "data.deleted"
	DataUndo           Key = "data.undo"
	DataCompareLink    Key = "data.compare"
	DataLongTailLink   Key = "data.longtail"
	DataFormat         Key = "data.format"
	DataFormatEncoding Key = "data.format.encoding"
	DataFormatDelim    Key = "data.format.delim"
	DataFormatDecimal  Key = "data.format.decimal"
	DataFormatGroup    Key = "data.format.group"
	DataFormatDates    Key = "data.format.dates"
	DataFormatTitles   Key = "data.format.titles"
	DataFormatTotal    Key = "data.format.total"
	DataFormatSheet    Key = "data.format.sheet"
	DataNone           Key = "data.none"
	DataColumns        Key = "data.columns"
	DataColName        Key = "data.col.name"
	DataColType        Key = "data.col.type"
	DataColRole        Key = "data.col.role"
	DataColMissing     Key = "data.col.missing"
	DataColUnparsed    Key = "data.col.unparsed"
	DataColWhy         Key = "data.col.why"
	DataPreview        Key = "data.preview"
	DataPreviewRows    Key = "data.preview.rows"
	DataIssues         Key = "data.issues"
	DataIssuesMore     Key = "data.issues.more"
	DataMappingSaved   Key = "data.mapping.saved"
	DataWorkspace      Key = "data.workspace"
	DataExportWS       Key = "data.ws.export"
	DataImportWS       Key = "data.ws.import"
	DataStorage        Key = "data.storage"
	DataStorageOff     Key = "data.storage.off"
	DataLine           Key = "data.line"
	DataColumn         Key = "data.column"
	DataCell           Key = "data.cell"
	DataAt             Key = "data.at"
	DataTypeAuto       Key = "data.type.auto"
	DataTypeText       Key = "data.type.text"
	DataTypeNumber     Key = "data.type.number"
	DataTypePercent    Key = "data.type.percent"
	DataTypeDate       Key = "data.type.date"
	DataRoleNone       Key = "data.role.none"
)

// Why a file could not be read, or what was found in it; one message per
// sentinel error of the readers.
const (
	ErrMsgEmpty        Key = "err.empty"
	ErrMsgBinary       Key = "err.binary"
	ErrMsgNoRows       Key = "err.norows"
	ErrMsgTooLarge     Key = "err.toolarge"
	ErrMsgUnpacked     Key = "err.unpacked"
	ErrMsgPartTooLarge Key = "err.parttoolarge"
	ErrMsgTooManyCells Key = "err.toomanycells"
	ErrMsgTooManyParts Key = "err.toomanyparts"
	ErrMsgJSONTooDeep  Key = "err.json.toodeep"
	ErrMsgDeleted      Key = "err.deleted"
	ErrMsgTooManyCols  Key = "err.toomanycols"
	ErrMsgJSONSyntax   Key = "err.json.syntax"
	ErrMsgJSONNotTable Key = "err.json.nottable"
	ErrMsgUnclosed     Key = "err.unclosed"
	ErrMsgQuote        Key = "err.quote"
	ErrMsgFieldCount   Key = "err.fieldcount"
	ErrMsgEncoding     Key = "err.encoding"
	ErrMsgTotalRow     Key = "err.totalrow"
	ErrMsgBlankRow     Key = "err.blankrow"
	ErrMsgUnparsed     Key = "err.unparsed"
	ErrMsgAmbiguous    Key = "err.ambiguous"
	ErrMsgDuplicate    Key = "err.duplicate"
	ErrMsgRoleType     Key = "err.roletype"
	ErrMsgNotXLSX      Key = "err.notxlsx"
	ErrMsgOldXLS       Key = "err.oldxls"
	ErrMsgCorruptXLSX  Key = "err.corruptxlsx"
	ErrMsgNoSheet      Key = "err.nosheet"
	ErrMsgQuota        Key = "err.quota"
	ErrMsgCancelled    Key = "err.cancelled"
	ErrMsgInterrupted  Key = "err.interrupted"
	DataRetry          Key = "data.retry"
	ErrMsgNotWorkspace Key = "err.notworkspace"
	ErrMsgNewerFile    Key = "err.newerfile"
	ErrMsgCorruptFile  Key = "err.corruptfile"
	ErrMsgOther        Key = "err.other"
)

var dataMessages = map[Key]message{
	DataChooseFiles:    {"Choose files…", "Choisir des fichiers…"},
	DataDropHint:       {"Drop CSV, TSV, Excel (.xlsx) or JSON files here, or choose them with the button. You can also paste cells copied from a spreadsheet.", "Déposez ici des fichiers CSV, TSV, Excel (.xlsx) ou JSON, ou choisissez-les avec le bouton. Vous pouvez aussi coller des cellules copiées d'un tableur."},
	DataPasteLabel:     {"Paste cells from a spreadsheet (the first row holds the column names)", "Collez des cellules d'un tableur (la première ligne contient les noms de colonnes)"},
	DataPasteLoad:      {"Load the pasted cells", "Charger les cellules collées"},
	DataPasteName:      {"Pasted %s", "Collage du %s"},
	DataLoading:        {"Reading %s… %s", "Lecture de %s… %s"},
	DataCancel:         {"Cancel", "Annuler"},
	DataLoaded:         {"%s loaded: %s rows, %d columns.", "%s chargé : %s lignes, %d colonnes."},
	DataDatasets:       {"Datasets in this browser", "Jeux de données de ce navigateur"},
	DataBuiltIn:        {"built-in case", "cas intégré"},
	DataDamaged:        {"damaged: this record cannot be read; delete it", "endommagé : cet enregistrement est illisible ; supprimez-le"},
	DataRowsCols:       {"%s rows × %d columns", "%s lignes × %d colonnes"},
	DataOpen:           {"Open", "Ouvrir"},
	DataDelete:         {"Delete", "Supprimer"},
	DataDeleted:        {"%s deleted.", "%s supprimé."},
	DataUndo:           {"Undo", "Annuler la suppression"},
	DataCompareLink:    {"Compare", "Comparer"},
	DataLongTailLink:   {"Long tail", "Longue traîne"},
	DataFormat:         {"What was detected", "Ce qui a été détecté"},
	DataFormatEncoding: {"Encoding", "Encodage"},
	DataFormatDelim:    {"Delimiter", "Séparateur"},
	DataFormatDecimal:  {"Decimal separator", "Séparateur décimal"},
	DataFormatGroup:    {"Digit grouping", "Séparateur de milliers"},
	DataFormatDates:    {"Dates", "Dates"},
	DataFormatTitles:   {"Title lines skipped above the header", "Lignes de titre ignorées au-dessus de l'en-tête"},
	DataFormatTotal:    {"Total row skipped (line)", "Ligne de total ignorée (ligne)"},
	DataFormatSheet:    {"Sheet", "Feuille"},
	DataNone:           {"none", "aucun"},
	DataColumns:        {"Columns: types and roles", "Colonnes : types et rôles"},
	DataColName:        {"Column", "Colonne"},
	DataColType:        {"Type", "Type"},
	DataColRole:        {"Role", "Rôle"},
	DataColMissing:     {"Missing", "Manquantes"},
	DataColUnparsed:    {"Unreadable", "Illisibles"},
	DataColWhy:         {"Why this type", "Pourquoi ce type"},
	DataPreview:        {"Preview", "Aperçu"},
	DataPreviewRows:    {"Rows %s–%s of %s", "Lignes %s à %s sur %s"},
	DataIssues:         {"Problems found while reading", "Problèmes rencontrés à la lecture"},
	DataIssuesMore:     {"…and %d more of the same kinds.", "…et %d autres du même genre."},
	DataMappingSaved:   {"Column settings saved for %s.", "Réglages des colonnes enregistrés pour %s."},
	DataWorkspace:      {"Workspace file", "Fichier d'espace de travail"},
	DataExportWS:       {"Export the workspace (datasets, plans, progress)", "Exporter l'espace de travail (données, plans, progression)"},
	DataImportWS:       {"Import a workspace file…", "Importer un fichier d'espace de travail…"},
	DataStorage:        {"Stored in this browser: %s of %s available.", "Stocké dans ce navigateur : %s sur %s disponibles."},
	DataStorageOff:     {"This browser does not let ReachLab store data (%s): your datasets will be lost when the page closes.", "Ce navigateur ne permet pas à ReachLab de stocker des données (%s) : vos jeux de données seront perdus à la fermeture de la page."},
	DataLine:           {"line %d", "ligne %d"},
	DataColumn:         {"column %d", "colonne %d"},
	DataCell:           {"cell %s", "cellule %s"},
	DataAt:             {"%s: %s", "%s : %s"},
	DataTypeAuto:       {"automatic", "automatique"},
	DataTypeText:       {"text", "texte"},
	DataTypeNumber:     {"number", "nombre"},
	DataTypePercent:    {"percent", "pourcentage"},
	DataTypeDate:       {"date", "date"},
	DataRoleNone:       {"no role", "aucun rôle"},

	ErrMsgEmpty:        {"the file is empty", "le fichier est vide"},
	ErrMsgBinary:       {"this is not a text file (a binary file renamed .csv?)", "ce n'est pas un fichier texte (un fichier binaire renommé en .csv ?)"},
	ErrMsgNoRows:       {"there is a header but no data rows", "il y a un en-tête mais aucune ligne de données"},
	ErrMsgTooLarge:     {"the file is too large (%s; the limit is %s)", "le fichier est trop volumineux (%s ; la limite est de %s)"},
	ErrMsgUnpacked:     {"the workbook unpacks to more than %s of data (the limit is %s)", "le classeur se décompresse en plus de %s de données (la limite est de %s)"},
	ErrMsgPartTooLarge: {"one part of the workbook unpacks to %s (the limit is %s per part)", "une partie du classeur se décompresse en %s (la limite est de %s par partie)"},
	ErrMsgTooManyCells: {"the sheet holds more than %s cells, the limit, counting the empty ones between them; keep only the rows and columns you need", "la feuille compte plus de %s cellules, la limite, en comptant les vides entre elles ; ne gardez que les lignes et colonnes utiles"},
	ErrMsgTooManyParts: {"the archive lists %s files (the limit is %s): it is not a workbook as spreadsheets write them", "l'archive contient %s fichiers (la limite est de %s) : ce n'est pas un classeur tel que les tableurs les écrivent"},
	ErrMsgJSONTooDeep:  {"the JSON nests values more than %s levels deep: it holds no table that can be read", "le JSON imbrique des valeurs sur plus de %s niveaux : il ne contient pas de tableau lisible"},
	ErrMsgDeleted:      {"this dataset was deleted (here or in another tab)", "ce jeu de données a été supprimé (ici ou dans un autre onglet)"},
	ErrMsgTooManyCols:  {"too many columns", "trop de colonnes"},
	ErrMsgJSONSyntax:   {"invalid JSON", "JSON invalide"},
	ErrMsgJSONNotTable: {"the JSON holds no array of objects (rows)", "le JSON ne contient pas de tableau d'objets (de lignes)"},
	ErrMsgUnclosed:     {"a quoted field is never closed; the rest of the file was read as one cell", "un champ entre guillemets n'est jamais refermé ; la suite du fichier a été lue comme une seule cellule"},
	ErrMsgQuote:        {"text follows a closing quote", "du texte suit un guillemet fermant"},
	ErrMsgFieldCount:   {"this row does not have as many cells as the header", "cette ligne n'a pas autant de cellules que l'en-tête"},
	ErrMsgEncoding:     {"characters that are not valid in the file's encoding", "des caractères invalides dans l'encodage du fichier"},
	ErrMsgTotalRow:     {"a total row under the header was skipped", "une ligne de total sous l'en-tête a été ignorée"},
	ErrMsgBlankRow:     {"a blank row was skipped", "une ligne vide a été ignorée"},
	ErrMsgUnparsed:     {"cells that do not read as the column's type (kept as missing)", "des cellules illisibles dans le type de la colonne (gardées comme manquantes)"},
	ErrMsgAmbiguous:    {"the format could not be told from the file: a default was used", "le format n'a pas pu être déduit du fichier : une valeur par défaut a été utilisée"},
	ErrMsgDuplicate:    {"two columns have the same name; the second was renamed", "deux colonnes portent le même nom ; la seconde a été renommée"},
	ErrMsgRoleType:     {"this role needs a numeric column", "ce rôle demande une colonne numérique"},
	ErrMsgNotXLSX:      {"this is not an Excel workbook (.xlsx)", "ce n'est pas un classeur Excel (.xlsx)"},
	ErrMsgOldXLS:       {"old .xls workbooks and password-protected workbooks cannot be read: save it as .xlsx or CSV", "les anciens classeurs .xls et les classeurs protégés par mot de passe ne peuvent pas être lus : enregistrez-le en .xlsx ou en CSV"},
	ErrMsgCorruptXLSX:  {"the workbook is damaged", "le classeur est endommagé"},
	ErrMsgNoSheet:      {"the workbook has no such sheet", "le classeur n'a pas cette feuille"},
	ErrMsgQuota:        {"the browser's storage is full: delete a dataset (its space is freed when its undo ends, or at once with “Free the space now”) or free disk space; nothing was saved", "le stockage du navigateur est plein : supprimez un jeu de données (son espace est libéré quand l’annulation prend fin, ou aussitôt avec « Libérer l’espace maintenant ») ou libérez de l'espace disque ; rien n'a été enregistré"},
	ErrMsgCancelled:    {"loading cancelled", "chargement annulé"},
	ErrMsgInterrupted:  {"this file stopped the page the last time it was read, so it was not opened again; try again or delete it", "ce fichier a arrêté la page la dernière fois qu’il a été lu : il n’a pas été rouvert ; réessayez ou supprimez-le"},
	DataRetry:          {"Try again", "Réessayer"},
	ErrMsgNotWorkspace: {"this is not a ReachLab workspace file", "ce n'est pas un fichier d'espace de travail ReachLab"},
	ErrMsgNewerFile:    {"this file comes from a newer ReachLab; update the app", "ce fichier vient d'une version plus récente de ReachLab ; mettez l'application à jour"},
	ErrMsgCorruptFile:  {"the file is damaged; nothing was changed", "le fichier est endommagé ; rien n'a été modifié"},
	ErrMsgOther:        {"could not be read (%s)", "n'a pas pu être lu (%s)"},
}

func init() { register(separatorMessages) }

// Separators and date orders, as the format summary names them.
const (
	SepComma     Key = "sep.comma"
	SepSemicolon Key = "sep.semicolon"
	SepTab       Key = "sep.tab"
	SepPipe      Key = "sep.pipe"
	SepPoint     Key = "sep.point"
	SepSpace     Key = "sep.space"
	SepNBSP      Key = "sep.nbsp"
	SepNNBSP     Key = "sep.nnbsp"
	SepApostr    Key = "sep.apostrophe"
	OrderDMY     Key = "order.dmy"
	OrderMDY     Key = "order.mdy"
)

var separatorMessages = map[Key]message{
	SepComma:     {"comma (,)", "virgule (,)"},
	SepSemicolon: {"semicolon (;)", "point-virgule (;)"},
	SepTab:       {"tab", "tabulation"},
	SepPipe:      {"vertical bar (|)", "barre verticale (|)"},
	SepPoint:     {"point (.)", "point (.)"},
	SepSpace:     {"space", "espace"},
	SepNBSP:      {"no-break space", "espace insécable"},
	SepNNBSP:     {"narrow no-break space", "espace fine insécable"},
	SepApostr:    {"apostrophe (')", "apostrophe (')"},
	OrderDMY:     {"day/month/year", "jour/mois/année"},
	OrderMDY:     {"month/day/year", "mois/jour/année"},
}

func init() { register(exportMessages) }

// What the data page says of the export a table was recognised as.
const (
	DataRecognised  Key = "data.recognised"
	DataMediumKind  Key = "data.mediumkind"
	DataKindUnknown Key = "data.kind.unknown"
)

var exportMessages = map[Key]message{
	DataRecognised:  {"Recognised as:", "Reconnu comme :"},
	DataMediumKind:  {"Medium kind of rows without a kind column:", "Type de média des lignes sans colonne de type :"},
	DataKindUnknown: {"unknown", "inconnu"},
}

func init() { register(readingMessages) }

// What the data page says of the reader's guesses the user can reverse:
// the header row, the year of dates written without one, and a role on a
// column whose cells do not read as the role needs.
const (
	DataHeaderSwitch  Key = "data.header.switch"
	DataHeaderChanged Key = "data.header.changed"
	DataYears         Key = "data.years"
	DataYearsWhy      Key = "data.years.why"
	DataYearsOption   Key = "data.years.option"
	DataYearsPeriod   Key = "data.years.period"
	DataYearsAssumed  Key = "data.years.assumed"
	DataYearLabel     Key = "data.year.label"
	DataYearAuto      Key = "data.year.auto"
	DataYearChanged   Key = "data.year.changed"
	DataYearInvalid   Key = "data.year.invalid"
	DataRoleCheck     Key = "data.role.check"
	DataCheckDate     Key = "data.check.date"
	DataCheckNumber   Key = "data.check.number"
)

var readingMessages = map[Key]message{
	DataHeaderSwitch:  {"The first row is a header (it names the columns)", "La première ligne est un en-tête (elle nomme les colonnes)"},
	DataHeaderChanged: {"%s read again: %s", "%s relu : %s"},
	DataYears:         {"Dates without a year", "Dates sans année"},
	DataYearsWhy:      {"%s: %s dates written without a year, read in %s — %s", "%s : %s dates écrites sans année, lues en %s — %s"},
	DataYearsOption:   {"the year you set.", "l’année que vous avez indiquée."},
	DataYearsPeriod:   {"from the period the file’s name gives (up to %s).", "d’après la période que donne le nom du fichier (jusqu’au %s)."},
	DataYearsAssumed:  {"assumed: the most recent years that keep the dates in order, none after %s. Set the year if it is wrong.", "supposées : les années les plus récentes qui gardent les dates dans l’ordre, aucune après le %s. Indiquez l’année si elle est fausse."},
	DataYearLabel:     {"Year of the most recent dates:", "Année des dates les plus récentes :"},
	DataYearAuto:      {"Take it from the file", "La déduire du fichier"},
	DataYearChanged:   {"%s read again with its dates in %s.", "%s relu avec ses dates en %s."},
	DataYearInvalid:   {"“%s” is not a year between 1900 and 2100.", "« %s » n’est pas une année entre 1900 et 2100."},
	DataRoleCheck:     {"%s of %s cells do not read as %s, which the role “%s” needs: the figures leave them out. First: row %s (line %s), “%s”.", "%s cellules sur %s ne se lisent pas comme %s, ce que demande le rôle « %s » : les chiffres les laissent de côté. Première : ligne de données %s (ligne %s du fichier), « %s »."},
	DataCheckDate:     {"dates", "des dates"},
	DataCheckNumber:   {"numbers", "des nombres"},
}
