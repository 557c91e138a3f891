package data

import (
	"errors"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// utf16Bytes encodes s as UTF-16 in the given byte order, with a byte
// order mark if bom.
func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var b []byte
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	for _, u := range units {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		forced   Encoding
		want     string
		encoding Encoding
		bom      bool
		issues   int // ErrEncoding issues
		err      error
	}{
		{"ascii", []byte("a,b\n"), EncodingAuto, "a,b\n", UTF8, false, 0, nil},
		{"utf-8", []byte("Chaîne;Coût €\n"), EncodingAuto, "Chaîne;Coût €\n", UTF8, false, 0, nil},
		{"utf-8 bom", []byte("\xEF\xBB\xBFa;b"), EncodingAuto, "a;b", UTF8, true, 0, nil},
		{"utf-16le bom", utf16Bytes("Vues\tJ’aime\r\n", false, true), EncodingAuto, "Vues\tJ’aime\r\n", UTF16LE, true, 0, nil},
		{"utf-16be bom", utf16Bytes("Vues\t😀\n", true, true), EncodingAuto, "Vues\t😀\n", UTF16BE, true, 0, nil},
		{"utf-16le without bom", utf16Bytes("date,views\n2026-07-14,12\n", false, false), EncodingAuto, "date,views\n2026-07-14,12\n", UTF16LE, false, 0, nil},
		{"windows-1252", []byte("Cha\xEEne;Co\xFBt \x80;\x92;\x9C\n"), EncodingAuto, "Chaîne;Coût €;’;œ\n", Windows1252, false, 0, nil},
		{"windows-1252 forced", []byte("caf\xC3\xA9"), Windows1252, "cafÃ©", Windows1252, false, 0, nil},
		{"utf-8 with one bad byte", []byte("é,é,é,é,é,é,é,é,é,é,\xFF\né"), EncodingAuto, "é,é,é,é,é,é,é,é,é,é,\uFFFD\né", UTF8, false, 1, nil},
		{"utf-8 forced on latin-1", []byte("caf\xE9"), UTF8, "caf\uFFFD", UTF8, false, 1, nil},
		{"utf-16 odd byte", append(utf16Bytes("ab", false, true), 'c'), EncodingAuto, "ab\uFFFD", UTF16LE, true, 1, nil},
		{"utf-16 unpaired surrogate", append(utf16Bytes("a", false, true), 0x00, 0xD8, 'b', 0), EncodingAuto, "a\uFFFDb", UTF16LE, true, 1, nil},
		{"empty", nil, EncodingAuto, "", 0, false, 0, ErrEmpty},
		{"bom only", []byte("\xEF\xBB\xBF"), EncodingAuto, "", 0, false, 0, ErrEmpty},
		{"nul bytes", []byte("PK\x03\x04\x14\x00\x00\x00"), EncodingAuto, "", 0, false, 0, ErrBinary},
		{"control bytes", []byte("a\x01\x02\x03\x04b\x05\x06\x07\x08"), EncodingAuto, "", 0, false, 0, ErrBinary},
		{"utf-16 of binary", utf16Bytes("a\x00\x00\x00b", false, true), EncodingAuto, "", 0, false, 0, ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			log := &issueLog{}
			got, err := decode(append([]byte(nil), tt.in...), tt.forced, log)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.text != tt.want || got.encoding != tt.encoding || got.bom != tt.bom {
				t.Errorf("decode = %q, %v, bom %v; want %q, %v, bom %v", got.text, got.encoding, got.bom, tt.want, tt.encoding, tt.bom)
			}
			if len(log.list) != tt.issues {
				t.Errorf("issues = %v, want %d", log.list, tt.issues)
			}
			for _, is := range log.list {
				if !errors.Is(is, ErrEncoding) {
					t.Errorf("issue %v does not wrap ErrEncoding", is)
				}
			}
		})
	}
}

// TestCP1252 checks the whole table against the code points browsers use.
func TestCP1252(t *testing.T) {
	special := map[byte]rune{
		0x80: '€', 0x81: 0x81, 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡',
		0x88: 'ˆ', 0x89: '‰', 0x8A: 'Š', 0x8B: '‹', 0x8C: 'Œ', 0x8D: 0x8D, 0x8E: 'Ž', 0x8F: 0x8F,
		0x90: 0x90, 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
		0x98: '˜', 0x99: '™', 0x9A: 'š', 0x9B: '›', 0x9C: 'œ', 0x9D: 0x9D, 0x9E: 'ž', 0x9F: 'Ÿ',
	}
	for c := 0; c < 256; c++ {
		want, ok := special[byte(c)]
		if !ok {
			want = rune(c)
		}
		if got := []rune(decodeCP1252([]byte{byte(c)})); len(got) != 1 || got[0] != want {
			t.Errorf("byte 0x%02X decodes to %U, want %U", c, got, want)
		}
	}
}

func TestValidUTF8(t *testing.T) {
	tests := []string{"", "ascii only, longer than sixteen bytes", "é", "août 2026 — 12 €", "😀 emoji",
		"\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE0\x80\x80", "\xF0\x80\x80\x80", "abc\xC3", "abcdefgh\xC3",
		"\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", "\xFF", "12345678\x80", "\xF4\x8F\xBF\xBF",
		"abcdé\xA9fg", "ab\xC1\x81cdefg", "abcdefg\xC3\xA9", "\xC3\xA9\xC3\xA9\xE2\x82\xACab", "abcdef\xC3(", "été à Noël, 12 €"}
	for _, s := range tests {
		if got, want := validUTF8([]byte(s)), utf8.ValidString(s); got != want {
			t.Errorf("validUTF8(%q) = %v, want %v", s, got, want)
		}
	}
}
