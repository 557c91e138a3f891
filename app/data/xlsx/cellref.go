package xlsx

import "strconv"

// Excel's grid: rows 1 to 1,048,576 and columns A to XFD (16,384).
const (
	maxRows    = 1 << 20
	maxColumns = 1 << 14
)

// parseCellRef parses a reference such as "C7" into the zero-based column
// (2) and the one-based row (7). It reports false for anything else,
// including references outside Excel's grid.
func parseCellRef(ref []byte) (col, row int, ok bool) {
	i := 0
	for ; i < len(ref); i++ {
		c := ref[i] | 0x20 // lower case
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a') + 1
		if col > maxColumns {
			return 0, 0, false
		}
	}
	if i == 0 || i == len(ref) || ref[i] == '0' {
		return 0, 0, false
	}
	for ; i < len(ref); i++ {
		if ref[i] < '0' || ref[i] > '9' {
			return 0, 0, false
		}
		row = row*10 + int(ref[i]-'0')
		if row > maxRows {
			return 0, 0, false
		}
	}
	return col - 1, row, true
}

// columnName returns the letters of a zero-based column: 0 is "A", 26 "AA".
func columnName(col int) string {
	var b [4]byte
	i := len(b)
	for col++; col > 0; col = (col - 1) / 26 {
		i--
		b[i] = 'A' + byte((col-1)%26)
	}
	return string(b[i:])
}

// cellName returns the reference of a zero-based column and one-based row.
func cellName(col, row int) string {
	return columnName(col) + strconv.Itoa(row)
}
