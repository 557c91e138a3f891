package platform

import (
	"strings"
	"unicode"

	r "reachlab/app/data/roles"
)

// common holds header names that mean the same in any table: the
// vocabulary of hand-made tables and of exports Detect does not know.
var common = newDictionary(Generic, BasisKnown, nil,
	use(r.Channel, "Channel", "Canal", "Chaîne", "Network", "Réseau", "Réseau social", "Social network",
		"Platform", "Plateforme", "Media", "Medium", "Support", "Page", "Page name", "Nom de la page",
		"Account", "Compte", "Source", "Kanal", "Plataforma", "Red social", "Rede social", "Cuenta", "Conta", "Konto",
		"チャンネル"),
	use(r.Kind, "Kind", "Medium kind", "Media kind", "Media type", "Type de média", "Type de support",
		"Catégorie de média", "Media category", "POE", "Paid owned earned"),
	use(r.Message, "Permalink", "Permalien", "URL", "Link", "Lien", "Post link", "Lien du post", "Lien de la publication"),
	use(r.Message, "ID", "Post ID", "Message ID", "Identifiant", "Identifiant de la publication", "Tweet id", "Video ID"),
	use(r.Text, "Text", "Texte", "Message", "Post text", "Texte du post", "Caption", "Légende", "Description",
		"Post", "Publication", "Content", "Contenu", "Tweet text", "Tweet"),
	use(r.Text, "Title", "Titre", "Post title", "Titre de la publication", "Video title", "Titre de la vidéo"),
	use(r.Date, "Date", "Publish time", "Published", "Publication date", "Date de publication", "Heure de publication",
		"Posted", "Post time", "Created", "Created date", "Date de création", "Day", "Jour", "Time", "Timestamp",
		"Horodatage", "Date et heure", "Datetime", "Fecha", "Datum", "Data", "Fecha de publicación",
		"Data de publicação", "Veröffentlichungsdatum", "日付", "日時", "投稿日", "投稿日時"),
	use(r.Date, "Month", "Mois", "Week", "Semaine", "Period", "Période", "Year", "Année"),
	use(r.MessageCount, "Messages", "Posts", "Spots", "Insertions", "Publications", "Parutions", "Diffusions",
		"Articles", "Number of posts", "Number of messages", "Number of spots", "Post count", "Posts count",
		"Message count", "Nombre de messages", "Nb de posts", "Nombre de publications", "Nombre de spots"),
	use(r.Reach, "Reach", "Couverture", "Portée", "Unique reach", "Reached audience", "Audience atteinte",
		"People reached", "Personnes touchées", "Personnes atteintes", "Accounts reached", "Comptes touchés",
		"Members reached", "Membres touchés", "Unique viewers", "Spectateurs uniques", "Alcance", "Reichweite",
		"Cuentas alcanzadas", "Contas alcançadas", "リーチ"),
	use(r.Reach, "Audience moyenne", "Average audience", "Viewers", "Téléspectateurs").because(noteTVAverage),
	use(r.Impressions, "Impressions", "Views", "Vues", "Video views", "Vues de vidéos", "Vues de la vidéo",
		"Plays", "Lectures", "Displays", "Affichages", "Impresiones", "Impressões", "Impressionen",
		"Visualizaciones", "Visualizações", "Aufrufe", "Reproducciones", "Reproduções", "インプレッション数", "表示回数", "視聴回数"),
	use(r.Followers, "Followers", "Abonnés", "Fans", "Subscribers", "Page likes", "Mentions J’aime la Page",
		"Page followers", "Followers count", "Audience size", "Taille de l’audience", "Community", "Communauté",
		"Seguidores", "Follower", "Abonnenten", "Suscriptores", "Inscritos", "フォロワー", "フォロワー数"),
	use(r.Reactions, "Reactions", "Réactions", "Likes", "J’aime", "Mentions J’aime", "Favorites", "Hearts", "Cœurs",
		"Me gusta", "Reacciones", "Curtidas", "Reações", "Gefällt mir", "Reaktionen", "Mi piace", "いいね", "いいね数"),
	use(r.Comments, "Comments", "Commentaires", "Replies", "Réponses", "Comments added", "Commentaires ajoutés",
		"Comentarios", "Comentários", "Kommentare", "Commenti", "コメント", "コメント数", "返信"),
	use(r.Shares, "Shares", "Partages", "Retweets", "Reposts", "Republications", "Repartages", "Compartidos",
		"Veces compartido", "Compartilhamentos", "Geteilte Inhalte", "Condivisioni", "シェア", "共有", "リポスト"),
	use(r.Clicks, "Clicks", "Clics", "Link clicks", "Clics sur un lien", "Clics sur le lien", "URL clicks", "Clics sur l’URL",
		"Cliques", "Klicks", "Clic", "クリック数"),
	use(r.Saves, "Saves", "Enregistrements", "Bookmarks", "Signets", "Favoris", "Add to Favorites", "Ajouts aux favoris",
		"Guardados", "Salvamentos", "Gespeichert", "保存数", "ブックマーク"),
	use(r.Replies, "Brand replies", "Replies by brand", "Réponses de la marque", "Answered comments",
		"Commentaires répondus", "Replied comments", "Responses", "Answers", "Réponses apportées"),
	use(r.Cost, "Cost", "Coût", "Spend", "Amount spent", "Montant dépensé", "Dépense", "Dépenses", "Budget",
		"Media cost", "Coût média", "Investment", "Investissement"),
	use(r.Share, "Audience share", "Part d’audience", "PDA", "PDA 4+", "Share", "Part de marché", "Market share",
		"Share of voice", "Part de voix", "SOV"),
	total("Engagements", "Engagement", "Interactions", "Total engagements", "Total interactions",
		"Reactions, comments and shares", "Réactions, commentaires et partages"),
	ignore(noteRate, "Engagement rate", "Taux d’engagement", "CTR", "Click-through rate", "Click through rate",
		"Taux de clics", "CPM", "CPC"),
	ignore(noteEngagedUsers, "Engaged users", "Utilisateurs engagés"),
	ignore(noteNewFollowers, "New followers", "Nouveaux abonnés", "Follows", "Abonnements", "New follows",
		"Nouveaux abonnements"),
	ignore(noteProfileVisits, "Profile visits", "Visites du profil", "Profile views", "Vues du profil"),
)

// wordRule maps headers containing one of its words to a role, or to
// None with a basis and note.
type wordRule struct {
	words []string // normalised words; a word of several words matches that phrase
	role  r.Role
	basis Basis // BasisWord, BasisIgnored or BasisTotal
	note  Text
}

// wordRules are tried in order on headers no dictionary knows: rates and
// durations first (so "Average likes" is a rate, not reactions), clicks
// before links (so "Link clicks" counts clicks), and names last.
var wordRules = []wordRule{
	{words: []string{"rate", "taux", "ratio", "ctr", "cpm", "cpc", "percentage", "pourcentage", "average", "avg",
		"moyenne", "moyen", "median", "mediane", "per", "par"}, basis: BasisIgnored, note: noteRate},
	{words: []string{"share of voice", "audience share", "part d audience", "part de voix", "part de marche",
		"market share", "pda", "sov"}, role: r.Share, basis: BasisWord},
	{words: []string{"duration", "duree", "seconds", "secondes", "sec", "minutes", "hours", "heures", "watch time",
		"play time", "temps de lecture", "visionnage"}, basis: BasisIgnored, note: noteDuration},
	{words: []string{"new", "nouveaux", "nouvelles", "nouveau", "gained", "lost", "obtenus", "perdus", "gagnes", "gagnees",
		"follows",
		"abonnements", "unfollows", "desabonnements"}, basis: BasisIgnored, note: noteNewFollowers},
	{words: []string{"profile", "profil"}, basis: BasisIgnored, note: noteProfileVisits},
	{words: []string{"revenue", "revenus", "earnings", "gains"}, basis: BasisIgnored, note: noteRevenue},
	{words: []string{"engagements", "engagement", "interactions"}, basis: BasisTotal},
	{words: []string{"clicks", "click", "clics", "clic", "klicks", "cliques"}, role: r.Clicks, basis: BasisWord},
	{words: []string{"saves", "saved", "enregistrements", "bookmarks", "signets", "favoris"}, role: r.Saves, basis: BasisWord},
	{words: []string{"cost", "cout", "couts", "spend", "spent", "depense", "depenses", "budget"}, role: r.Cost, basis: BasisWord},
	{words: []string{"reach", "couverture", "portee", "reached", "touches", "touchees", "atteintes", "unique", "uniques",
		"alcance", "reichweite"}, role: r.Reach, basis: BasisWord},
	{words: []string{"impressions", "impression", "views", "view", "vues", "vue", "plays", "lectures", "affichages",
		"impresiones", "impressoes", "impressionen", "visualizaciones", "visualizacoes", "aufrufe"},
		role: r.Impressions, basis: BasisWord},
	{words: []string{"followers", "follower", "abonnes", "fans", "subscribers", "communaute", "community"},
		role: r.Followers, basis: BasisWord},
	{words: []string{"likes", "like", "reactions", "reaction", "j aime", "hearts", "favorites", "me gusta", "curtidas",
		"reacciones", "reacoes"}, role: r.Reactions, basis: BasisWord},
	{words: []string{"comments", "comment", "commentaires", "commentaire", "replies", "reponses", "comentarios",
		"kommentare"}, role: r.Comments, basis: BasisWord},
	{words: []string{"shares", "partages", "retweets", "reposts", "republications", "repartages", "compartidos",
		"compartilhamentos"}, role: r.Shares, basis: BasisWord},
	{words: []string{"date", "time", "heure", "day", "jour", "published", "publie", "posted", "timestamp", "month",
		"mois", "week", "semaine", "year", "annee", "period", "periode"}, role: r.Date, basis: BasisWord},
	{words: []string{"permalink", "permalien", "url", "link", "lien", "id", "identifiant"}, role: r.Message, basis: BasisWord},
	{words: []string{"channel", "chaine", "canal", "network", "reseau", "platform", "plateforme", "media", "account",
		"compte", "page"}, role: r.Channel, basis: BasisWord},
	{words: []string{"text", "texte", "title", "titre", "caption", "legende", "message", "description", "contenu",
		"content"}, role: r.Text, basis: BasisWord},
}

// cjkRules are tried on headers no dictionary or word rule knows, when they
// hold letters of scripts written without spaces (Japanese, Chinese): the
// header contains the word. Counts of clicks first, so that "URLのクリック数"
// counts clicks; nothing here gives a message or text role.
var cjkRules = []wordRule{
	{words: []string{"率", "平均"}, basis: BasisIgnored, note: noteRate},
	{words: []string{"時間", "秒"}, basis: BasisIgnored, note: noteDuration},
	{words: []string{"新しいフォロー", "フォロー解除"}, basis: BasisIgnored, note: noteNewFollowers},
	{words: []string{"プロフィール"}, basis: BasisIgnored, note: noteProfileVisits},
	{words: []string{"エンゲージメント"}, basis: BasisTotal},
	{words: []string{"クリック", "点击"}, role: r.Clicks, basis: BasisWord},
	{words: []string{"インプレッション", "表示", "再生", "視聴", "浏览", "播放"}, role: r.Impressions, basis: BasisWord},
	{words: []string{"リーチ"}, role: r.Reach, basis: BasisWord},
	{words: []string{"フォロワー", "登録者", "粉丝"}, role: r.Followers, basis: BasisWord},
	{words: []string{"いいね", "点赞"}, role: r.Reactions, basis: BasisWord},
	{words: []string{"コメント", "返信", "评论"}, role: r.Comments, basis: BasisWord},
	{words: []string{"シェア", "共有", "リポスト", "分享", "转发"}, role: r.Shares, basis: BasisWord},
	{words: []string{"保存", "ブックマーク", "收藏"}, role: r.Saves, basis: BasisWord},
	{words: []string{"日付", "日時", "日期"}, role: r.Date, basis: BasisWord},
}

// matchCJK returns the first CJK rule whose word the header contains.
func matchCJK(norm string) (wordRule, string, bool) {
	if !hasCJK(norm) {
		return wordRule{}, "", false
	}
	for _, rule := range cjkRules {
		for _, w := range rule.words {
			if strings.Contains(norm, w) {
				return rule, w, true
			}
		}
	}
	return wordRule{}, "", false
}

// hasCJK reports whether s holds Han, Hiragana, Katakana or Hangul letters.
func hasCJK(s string) bool {
	for _, r := range s {
		if r >= 0x3040 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)) {
			return true
		}
	}
	return false
}

// paddedWords holds the words of each rule with a space on both sides, so
// that "view" matches "page view count" but not "review".
var paddedWords = func() [][]string {
	out := make([][]string, len(wordRules))
	for i, rule := range wordRules {
		for _, w := range rule.words {
			out[i] = append(out[i], " "+w+" ")
		}
	}
	return out
}()

// matchWords returns the first rule with a word (or phrase) of norm, and
// that word.
func matchWords(norm string) (wordRule, string, bool) {
	padded := " " + norm + " "
	for i, words := range paddedWords {
		for j, w := range words {
			if strings.Contains(padded, w) {
				return wordRules[i], wordRules[i].words[j], true
			}
		}
	}
	return wordRule{}, "", false
}

// Guess returns the role of a header in a table of unknown origin: from
// the common header names in English and French (see the package
// documentation for how headers are normalised), then from the words it
// contains. Headers of rates, durations, follower changes and totals of
// interactions get roles.None, as do headers it does not understand.
//
//	Guess("Nombre de vues") == roles.Impressions
//	Guess("Taux d'engagement (%)") == roles.None
func Guess(header string) r.Role {
	return guessColumn(header, normalize(header)).role
}

// guessColumn resolves a header with the common dictionary, then the
// word rules.
func guessColumn(header, norm string) candidate {
	if e, ok := common.lookup(norm); ok {
		return candidate{entry: e}
	}
	if rule, word, ok := matchWords(norm); ok {
		return candidate{entry: entry{role: rule.role, rank: 0, basis: rule.basis, note: rule.note}, word: word}
	}
	if rule, word, ok := matchCJK(norm); ok {
		return candidate{entry: entry{role: rule.role, rank: 0, basis: rule.basis, note: rule.note}, word: word}
	}
	return candidate{entry: entry{basis: BasisUnknown}}
}
