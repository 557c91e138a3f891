package i18n

func init() { register(deletionMessages) }

// Deleting a dataset: the undo window, and freeing the space before it ends.
const (
	DataDeletedSpace   Key = "data.deleted.space"
	DataDeletedTabOnly Key = "data.deleted.tabonly"
	DataFreeNow        Key = "data.freenow"
	DataFreed          Key = "data.freed"
)

var deletionMessages = map[Key]message{
	DataDeletedSpace:   {"Its space is freed when undo ends, in %d seconds.", "Son espace est libéré quand l’annulation prend fin, dans %d secondes."},
	DataDeletedTabOnly: {"The storage is full: until then it is hidden in this tab only, and if the tab closes first the dataset is kept.", "Le stockage est plein : d’ici là, il n’est masqué que dans cet onglet, et si l’onglet se ferme avant, le jeu de données est conservé."},
	DataFreeNow:        {"Free the space now", "Libérer l’espace maintenant"},
	DataFreed:          {"%s deleted; its space is freed.", "%s supprimé ; son espace est libéré."},
}
