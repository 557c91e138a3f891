package xlsx

import (
	"io"
	"strconv"
)

// parseStyles reads the number format class of each cell format (the
// <xf> elements of <cellXfs>, which a cell's s attribute indexes) from a
// styles part. Custom codes come from <numFmts>; ids without a code are
// Excel's built-in formats.
func parseStyles(r io.Reader) ([]Format, error) {
	s := newScanner(r)
	custom := map[int]Format{}
	var ids []int
	for {
		if err := s.next(); err != nil {
			return nil, err
		}
		if s.kind == tokenEOF {
			break
		}
		if s.kind != tokenStart {
			continue
		}
		switch string(s.name) {
		case "numFmt":
			id, okID := s.attr("numFmtId")
			code, okCode := s.attr("formatCode")
			n, err := strconv.Atoi(string(id))
			if !okID || !okCode || err != nil {
				return nil, corrupt("number format without id or code at byte %d", s.offset())
			}
			custom[n] = classifyFormat(string(code))
		case "cellStyleXfs", "dxfs":
			// Their <xf> are the styles' own formats, not cells'.
			if err := s.skip(); err != nil {
				return nil, err
			}
		case "xf":
			id := 0
			if v, ok := s.attr("numFmtId"); ok {
				n, err := strconv.Atoi(string(v))
				if err != nil || n < 0 {
					return nil, corrupt("bad numFmtId %q at byte %d", v, s.offset())
				}
				id = n
			}
			ids = append(ids, id)
		}
	}
	formats := make([]Format, len(ids))
	for i, id := range ids {
		if f, ok := custom[id]; ok {
			formats[i] = f
		} else {
			formats[i] = builtinFormat(id)
		}
	}
	return formats, nil
}
