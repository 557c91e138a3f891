package data

import "strings"

// layout is where the parts of a CSV text are, as found by sniffLayout.
type layout struct {
	delim       byte
	sepLine     bool
	titleLines  int // lines above the header, after any sep= line
	header      []string
	headerLine  int
	headerStart int // offset of the header record
	totalLine   int // 0 if no total row was skipped
	dataStart   int // offset of the first data record
	dataLine    int // its line
}

// delimiters are the candidates, in order of preference on a tie.
var delimiters = []byte{',', ';', '\t', '|'}

// sniffRecords is how many records the delimiter and header detection read.
const sniffRecords = 64

// headerSearch is how many records are searched for the header.
const headerSearch = 32

// totalWords are the first cells of a total row, compared without case
// (German YouTube Studio writes "Ge\u00adsamt", with a soft hyphen: they
// are dropped first).
var totalWords = []string{"total", "totals", "totaux", "total général", "total general", "grand total", "somme",
	"gesamt", "insgesamt", "summe", "totale", "totales", "total geral", "合計", "总计", "합계"}

// maxColumns is the most columns a table may have: Excel's limit.
const maxColumns = 16384

// sniffLayout finds the delimiter (unless forced), an Excel "sep=" line,
// title lines above the header, the header, and a total row directly under
// it (unless keepTotal). headerLine, when positive, forces the header's line.
//
// The delimiter is the candidate (",", ";", tab, "|") whose records, among
// the first 64 in the first 64 KiB, most often share the same number of
// fields, that number being at least 2; ties go to more fields, then to the
// order above. With no candidate giving two fields the file has one column.
//
// Title lines: with M that usual number of fields, the header is the first
// record among the first 32 with at least ¾·M fields (and at least 2 when
// M ≥ 2); records above it are title lines (a report name, a date range).
// If none qualifies, the header is the first non-blank record.
func sniffLayout(text string, forcedDelim byte, headerLine int, keepTotal bool) (layout, error) {
	var lay layout
	pos, line := 0, 1
	if d, next, ok := sepLine(text); ok {
		lay.sepLine = true
		forcedDelim = d
		pos, line = next, 2
	}
	sample := text[pos:min(len(text), pos+sniffLen)]
	lay.delim = forcedDelim
	var usual int
	if lay.delim == 0 {
		lay.delim, usual = guessDelimiter(sample)
	} else {
		usual, _ = fieldMode(sample, lay.delim)
	}
	need := max(1, (3*usual+3)/4)
	if usual >= 2 {
		need = max(2, need)
	}

	sc := newScanner(text, lay.delim, pos, line, nil)
	headerPos, found := -1, false
	fallbackPos, fallbackLine := -1, 0
	var buf [64]span
	for rec := 0; rec < headerSearch || headerLine > 0; rec++ {
		startPos, startLine := sc.pos, sc.line
		k, ok := sc.next(buf[:])
		if !ok {
			break
		}
		if headerLine > 0 {
			if startLine >= headerLine {
				headerPos, lay.headerLine, found = startPos, startLine, true
				break
			}
			continue
		}
		blank := allBlank(text, buf[:min(k, len(buf))]) && !sc.extra
		if !blank && fallbackPos < 0 {
			fallbackPos, fallbackLine = startPos, startLine
		}
		if !blank && k >= need {
			headerPos, lay.headerLine, found = startPos, startLine, true
			break
		}
	}
	if !found {
		if fallbackPos < 0 {
			return lay, ErrNoRows
		}
		headerPos, lay.headerLine = fallbackPos, fallbackLine
	}
	lay.titleLines = lay.headerLine - line
	lay.headerStart = headerPos
	sc.pos, sc.line = headerPos, lay.headerLine
	k, _ := sc.next(nil)
	if k > maxColumns {
		return lay, detail(ErrTooManyColumns, "%d fields in the header, at most %d", k, maxColumns)
	}
	fields := make([]span, k)
	sc.pos, sc.line = headerPos, lay.headerLine
	sc.next(fields)
	lay.header = make([]string, k)
	for i, sp := range fields {
		lay.header[i] = cellString(text, sp)
	}
	lay.dataStart, lay.dataLine = sc.pos, sc.line
	if !keepTotal {
		var first [1]span
		if _, ok := sc.next(first[:]); ok && isTotal(cellString(text, first[0])) {
			lay.totalLine = lay.dataLine
			lay.dataStart, lay.dataLine = sc.pos, sc.line
		}
	}
	return lay, nil
}

// sepLine recognises Excel's first line "sep=X" (possibly quoted) and
// returns X and the offset of the next line.
func sepLine(text string) (delim byte, next int, ok bool) {
	s := text
	quoted := strings.HasPrefix(s, `"`)
	if quoted {
		s = s[1:]
	}
	if len(s) < 5 || !strings.EqualFold(s[:4], "sep=") {
		return 0, 0, false
	}
	delim = s[4]
	rest := s[5:]
	if quoted {
		if !strings.HasPrefix(rest, `"`) {
			return 0, 0, false
		}
		rest = rest[1:]
	}
	switch {
	case rest == "":
	case strings.HasPrefix(rest, "\r\n"):
		rest = rest[2:]
	case rest[0] == '\n' || rest[0] == '\r':
		rest = rest[1:]
	default:
		return 0, 0, false
	}
	if delim == '\n' || delim == '\r' || delim == '"' {
		return 0, 0, false
	}
	return delim, len(text) - len(rest), true
}

// guessDelimiter picks the delimiter of sample and returns it with the
// usual number of fields per record (see sniffLayout).
func guessDelimiter(sample string) (byte, int) {
	best, bestFields, bestSupport := delimiters[0], 1, 0
	for _, d := range delimiters {
		fields, support := fieldMode(sample, d)
		if fields < 2 {
			continue
		}
		if support > bestSupport || support == bestSupport && fields > bestFields {
			best, bestFields, bestSupport = d, fields, support
		}
	}
	return best, bestFields
}

// fieldMode counts the fields of the first records of sample split by d
// and returns the most frequent count of at least 2 (1 if none) and how
// many records have it. A record cut by the end of the sample is ignored.
func fieldMode(sample string, d byte) (fields, support int) {
	sc := newScanner(sample, d, 0, 1, nil)
	counts := make(map[int]int)
	for rec := 0; rec < sniffRecords; rec++ {
		k, ok := sc.next(nil)
		if !ok || sc.pos >= len(sample) && len(sample) == sniffLen {
			break
		}
		if k >= 2 {
			counts[k]++
		}
	}
	fields = 1
	for k, c := range counts {
		if c > support || c == support && k > fields {
			fields, support = k, c
		}
	}
	return fields, support
}

// isTotal reports whether a first cell names a total row.
func isTotal(s string) bool {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ":"))
	if strings.Contains(s, "\u00ad") {
		s = strings.ReplaceAll(s, "\u00ad", "")
	}
	for _, w := range totalWords {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}
